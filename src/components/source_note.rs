//! A short citation under a block of content, linking to the source's entry on the About page.

use super::context::use_i18n;
use crate::addresses::about_section;
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
    let t = i18n.t();
    let title = site
        .content
        .source(&id)
        .map(|s| s.title.clone())
        .unwrap_or_else(|| id.clone());
    let href = i18n.href(&about_section(&format!("source-{id}")));
    view! {
        <p class="source-note">
            {t.source_label}
            " "
            <a href=href lang="en">
                {title}
            </a>
        </p>
    }
}

/// The sources a list of blocks cites, each once, in the order they first appear.
pub fn cited_once<'a>(ids: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    for id in ids {
        if !seen.iter().any(|s| s == id) {
            seen.push(id.to_owned());
        }
    }
    seen
}
