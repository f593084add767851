//! The frame around every page: skip link, header with the primary navigation, and footer.

use super::context::use_i18n;
use super::language::LanguageSelector;
use crate::addresses::{about_section, MISSION};
use crate::routes::ROUTES;
use leptos::prelude::*;
use leptos_router::components::A;
use wasm_bindgen::JsCast;

/// The id of the element that holds each page's main content.
pub const MAIN_ID: &str = "main";

/// The first focusable element: jumps past the header to the page content. A bare fragment,
/// so that it stays on the visitor's address whatever that is; prerendered pages have no
/// `<base>` element, and where one exists (the development server) the click is handled here,
/// before the router or the browser resolves the fragment against it.
#[component]
pub fn SkipLink() -> impl IntoView {
    let i18n = use_i18n();
    let skip = |ev: leptos::ev::MouseEvent| {
        let main = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(MAIN_ID));
        if let Some(main) = main.and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok()) {
            ev.prevent_default();
            let _ = main.focus();
            main.scroll_into_view();
        }
    };
    view! {
        <a class="skip-link" href=format!("#{MAIN_ID}") on:click=skip>
            {move || i18n.t().skip_to_content}
        </a>
    }
}

/// Site name and the primary navigation; the link of the current section carries
/// `aria-current="page"`.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let i18n = use_i18n();
    let link = move |page: &'static str| move || i18n.href(page);
    view! {
        <header class="site-header">
            <div class="bar">
                <a class="site-name" href=link(MISSION)>
                    <span class="site-name-main">{move || i18n.t().site_name}</span>
                    <span class="site-name-sub">{move || i18n.t().site_tagline}</span>
                </a>
                <LanguageSelector />
            </div>
            <nav class="primary-nav" aria-label=move || i18n.t().nav_label>
                <ul>
                    {ROUTES
                        .iter()
                        .filter_map(|route| Some((route.path, route.nav?)))
                        .map(|(path, nav)| {
                            view! {
                                <li>
                                    <A href=link(path) exact=path == MISSION>
                                        {move || nav.label(i18n.t())}
                                    </A>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
        </header>
    }
}

/// The disclaimer and a link to the sources.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="site-footer">
            <p class="disclaimer">{move || i18n.t().footer_disclaimer}</p>
            <p>
                <a href=move || i18n.href(&about_section("sources"))>{move || i18n.t().footer_sources}</a>
                " · "
                <a href=move || i18n.href(&about_section("accessibility"))>{move || i18n.t().footer_accessibility}</a>
            </p>
        </footer>
    }
}
