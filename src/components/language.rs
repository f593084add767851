//! Choosing the interface language: the selector in the header, and following a remembered
//! choice or the browser's preference on a first visit to the root.

use super::context::use_i18n;
use crate::i18n::{root_redirect, Lang};
use crate::paths::localize;
use leptos::prelude::*;

/// The `localStorage` key of the visitor's language choice.
const STORAGE_KEY: &str = "connect-explorer.lang";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Remembers `lang` as the visitor's choice.
fn remember(lang: Lang) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(STORAGE_KEY, lang.code());
    }
}

/// On a visit to `/` from outside the site, goes to the remembered language, or once to the
/// browser's preferred one (and remembers it). Runs in the browser only, after the first render.
/// The other language's page is loaded, not rendered in place: its content is another file.
/// A visitor who came from another page of the site (the English original of a French page) or
/// through Back stays on the English page they asked for.
pub fn follow_language_preference() {
    let i18n = use_i18n();
    Effect::new(move |_| {
        if crate::browser::arrived_within_site() {
            return;
        }
        let path = untrack(|| localize(i18n.lang(), &i18n.page_path()));
        let remembered = storage()
            .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
            .and_then(|code| Lang::from_code(&code));
        let preferred = web_sys::window().and_then(|w| {
            let languages: Vec<String> = w
                .navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect();
            Lang::preferred(languages.iter().map(String::as_str))
        });
        if let Some(lang) = root_redirect(&path, remembered, preferred) {
            remember(lang);
            let target = untrack(|| i18n.here_in(lang));
            if let Some(window) = web_sys::window() {
                let _ = window.location().replace(&target);
            }
        }
    });
}

/// The language selector: the current language's code, opening a list of the languages by
/// their own names; each keeps the current page and its query string. Each is a page load
/// (`rel="external"` keeps the router out of it), since only the page's language's content is
/// loaded, and works without JavaScript.
#[component]
pub fn LanguageSelector() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <details class="lang-select">
            <summary>
                <span class="visually-hidden">{move || i18n.t().language_label}{move || i18n.t().label_separator}</span>
                <span aria-hidden="true" class="lang-code">
                    {move || i18n.lang().code().to_uppercase()}
                </span>
                <span class="visually-hidden">{move || i18n.lang().native_name()}</span>
            </summary>
            <ul>
                {Lang::ALL
                    .into_iter()
                    .map(|lang| {
                        view! {
                            <li>
                                <a
                                    href=move || i18n.here_in(lang)
                                    hreflang=lang.code()
                                    lang=lang.code()
                                    rel="external"
                                    aria-current=move || (i18n.lang() == lang).then_some("true")
                                    on:click=move |_| remember(lang)
                                >
                                    {lang.native_name()}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </details>
    }
}
