//! Choosing the interface language: the selector in the header. The boot script remembers a
//! choice made in it and follows that choice, or the browser's preference, on a first visit to
//! the root (`src/js/boot.js`): the root is a page that loads no app.

use super::context::use_i18n;
use crate::i18n::Lang;
use leptos::prelude::*;

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
