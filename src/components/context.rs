//! Values every view can reach: the interface language and the site's data.

use crate::i18n::{Lang, Messages};
use crate::loader::LoadError;
use crate::paths::{localize, split_lang, strip_base, with_base};
use crate::site::Site;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use std::sync::Arc;

/// The interface language, derived from the URL, and helpers that depend on it.
#[derive(Clone, Copy)]
pub struct I18n {
    lang: Memo<Lang>,
    base: &'static str,
}

impl I18n {
    /// Derives the language from the current path under `base` (the deployment's base path,
    /// e.g. `/connect-explorer`, or empty) and makes it available to all views below.
    pub fn provide(base: &str) -> I18n {
        let location = use_location();
        // One small string per app instance, kept for its lifetime so that I18n stays Copy.
        let base: &'static str = Box::leak(base.to_owned().into_boxed_str());
        let i18n = I18n {
            lang: Memo::new(move |_| split_lang(strip_base(base, &location.pathname.read())).0),
            base,
        };
        provide_context(i18n);
        i18n
    }

    /// The deployment's base path (`/connect-explorer`, or empty at the root).
    pub fn base(&self) -> &'static str {
        self.base
    }

    /// The current language (tracked).
    pub fn lang(&self) -> Lang {
        self.lang.get()
    }

    /// The interface text in the current language (tracked).
    pub fn t(&self) -> &'static Messages {
        self.lang.get().messages()
    }

    /// The path of `page` in the current language, under the base path (tracked).
    pub fn href(&self, page: &str) -> String {
        self.href_in(self.lang.get(), page)
    }

    /// The path of `page` in `lang`, under the base path.
    pub fn href_in(&self, lang: Lang, page: &str) -> String {
        with_base(self.base, &localize(lang, page))
    }

    /// The current page's path without base and language prefix (tracked).
    pub fn page_path(&self) -> String {
        let location = use_location();
        let path = location.pathname.get();
        split_lang(strip_base(self.base, &path)).1.to_owned()
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

/// The site's data: already there (prerendered pages, and the browser when it takes them
/// over), or loaded once for the whole visit.
#[derive(Clone)]
pub enum SiteData {
    /// Parsed before rendering, so every view can render at once and identically on the
    /// build machine and in the browser.
    Ready(Arc<Site>),
    /// Fetched in the browser.
    Fetched(LocalResource<Result<Arc<Site>, LoadError>>),
}

impl SiteData {
    /// Makes `ready` data available to all views below, or starts fetching it.
    pub fn provide(ready: Option<Arc<Site>>) {
        let data = match ready {
            Some(site) => SiteData::Ready(site),
            None => SiteData::Fetched(LocalResource::new(crate::loader::load_site)),
        };
        provide_context(data);
    }
}

/// The site's data resource.
pub fn use_site_data() -> SiteData {
    expect_context::<SiteData>()
}
