//! Values every view can reach: the interface language and the site's data.

use crate::i18n::{Lang, Messages};
use crate::loader::LoadError;
use crate::paths::{localize, split_lang};
use crate::site::Site;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use std::sync::Arc;

/// The interface language, derived from the URL, and helpers that depend on it.
#[derive(Clone, Copy)]
pub struct I18n {
    lang: Memo<Lang>,
}

impl I18n {
    /// Derives the language from the current path and makes it available to all views below.
    pub fn provide() -> I18n {
        let location = use_location();
        let i18n = I18n {
            lang: Memo::new(move |_| split_lang(&location.pathname.read()).0),
        };
        provide_context(i18n);
        i18n
    }

    /// The current language (tracked).
    pub fn lang(&self) -> Lang {
        self.lang.get()
    }

    /// The interface text in the current language (tracked).
    pub fn t(&self) -> &'static Messages {
        self.lang.get().messages()
    }

    /// The path of `page` in the current language (tracked).
    pub fn href(&self, page: &str) -> String {
        localize(self.lang.get(), page)
    }
}

/// The interface language and text.
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// The current path with its query string (tracked), for links back to this very view.
pub fn current_path_and_query() -> String {
    let location = use_location();
    let search = location.search.get();
    if search.is_empty() {
        location.pathname.get()
    } else {
        format!("{}?{search}", location.pathname.get())
    }
}

/// The site's data, loaded once for the whole visit.
#[derive(Clone, Copy)]
pub struct SiteData(pub LocalResource<Result<Arc<Site>, LoadError>>);

impl SiteData {
    /// Starts loading the data files and makes the resource available to all views below.
    pub fn provide() {
        provide_context(SiteData(LocalResource::new(crate::loader::load_site)));
    }
}

/// The site's data resource.
pub fn use_site_data() -> SiteData {
    expect_context::<SiteData>()
}
