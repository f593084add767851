//! A dossier's title, as honestly as the source allows.

use super::context::use_i18n;
use crate::dossiers::model::Title;
use leptos::prelude::*;

/// A dossier's title as honestly as the source allows: full, cut off, or missing.
#[component]
pub fn DossierTitle(
    /// The title as the source gives it.
    title: String,
    /// The common name, shown first when there is one, and the language it is in.
    short_name: Option<(String, &'static str)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let body = match Title::classify(&title) {
        Title::Full(text) => view! { <span lang="en">{text.to_owned()}</span> }.into_any(),
        Title::CutOff(text) => view! {
            <span lang="en">{format!("{text} …")}</span>
            " "
            <span class="title-note">{t.title_cut_off}</span>
        }
        .into_any(),
        Title::Missing => view! { <span class="title-note">{t.title_missing}</span> }.into_any(),
    };
    view! {
        {short_name.map(|(name, lang)| view! { <span class="short-name" lang=lang>{name}</span><span class="visually-hidden">": "</span> })}
        {body}
    }
}
