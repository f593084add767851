//! What a visitor sees at an address where there is nothing.

use super::context::use_i18n;
use super::page_meta::PageMeta;
use crate::addresses::{DOSSIERS, MISSION};
use leptos::prelude::*;

/// The not-found view: says so plainly and offers ways on.
#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageMeta
            title=i18n.t().not_found_title
            description=i18n.t().not_found_body
        />
        <section class="not-found" data-testid="not-found">
            <h1>{move || i18n.t().not_found_title}</h1>
            <p>{move || i18n.t().not_found_body}</p>
            <ul>
                <li>
                    <a href=move || i18n.href(MISSION)>{move || i18n.t().not_found_home}</a>
                </li>
                <li>
                    <a href=move || i18n.href(DOSSIERS)>{move || i18n.t().not_found_dossiers}</a>
                </li>
            </ul>
        </section>
    }
}
