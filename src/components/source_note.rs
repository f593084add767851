//! A short citation under a block of content, linking to the source's entry on the About page,
//! and, under a block this site translated, a note saying so with a link to the English
//! original.

use super::context::use_i18n;
use crate::addresses::about_section;
use crate::i18n::Lang;
use crate::site::Site;
use leptos::prelude::*;

/// "Source: <title>", linking to `/about#source-<id>`; under translated content, "Translated by
/// this site." and a link to the same page in English.
#[component]
pub fn SourceNote(
    /// The loaded site, to look the source up.
    site: std::sync::Arc<Site>,
    /// The source's id.
    #[prop(into)]
    id: String,
    /// The block is the source's own words in the page's language (its Hungarian on Hungarian
    /// pages): no translation note.
    #[prop(optional)]
    original: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let (title, title_lang) = site.source_title(&id, i18n.lang());
    let href = i18n.href(&about_section(&format!("source-{id}")));
    let translated = !original && site.prose != Lang::En && site.prose == i18n.lang();
    let original = i18n.here_in(Lang::En);
    view! {
        <p class="source-note">
            {t.source_label}
            " "
            <a href=href lang=title_lang>
                {title}
            </a>
            {translated
                .then(|| {
                    view! {
                        " "
                        <span class="translated-note">
                            {t.translated_note}
                            " "
                            // Another language's page is a page load of its own: its content
                            // is another file.
                            <a href=original hreflang="en" rel="external">
                                {t.translated_original}
                            </a>
                        </span>
                    }
                })}
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
