//! A short citation under a block of content, linking to the source's entry on the About page.

use super::context::use_i18n;
use crate::site::Site;
use leptos::prelude::*;

/// "Source: <title>", linking to `/about#source-<id>`.
#[component]
pub fn SourceNote(
    /// The loaded site, to look the source up.
    site: std::sync::Arc<Site>,
    /// The source's id.
    #[prop(into)]
    id: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let title = site
        .content
        .source(&id)
        .map(|s| s.title.clone())
        .unwrap_or_else(|| id.clone());
    let href = move || i18n.href(&format!("/about#source-{id}"));
    view! {
        <p class="source-note">
            {move || i18n.t().source_label}
            " "
            <a href=href lang="en">
                {title}
            </a>
        </p>
    }
}
