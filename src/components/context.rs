//! Values every view can reach: the interface language and the site's data.

use crate::addresses::MISSION;
use crate::i18n::{Lang, Messages};
use crate::loader::{load, DataSource, LoadError};
use crate::paths::{clean_path, localize, split_lang, strip_base, with_base, NOT_FOUND_PAGE};
use crate::site::Site;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use std::sync::Arc;

/// The interface language and the current address, and the links that depend on them.
///
/// Reactivity: a page's language never changes while it is shown (another language is another
/// page load), so a page may read [`I18n::t`] once, untracked, when it is built.
#[derive(Clone, Copy)]
pub struct I18n {
    lang: Signal<Lang>,
    /// The current page's path, without base and language prefix, cleaned of odd slashes.
    page: Signal<String>,
    /// The current query string, without `?`.
    search: Signal<String>,
    base: StoredValue<String>,
}

impl I18n {
    /// Derives the language and page from the router's location under `base` (the deployment's
    /// base path, e.g. `/connect-explorer`, or empty) and makes them available to all views
    /// below.
    pub fn provide(base: &str) -> I18n {
        let location = use_location();
        let base = base.to_owned();
        let split = {
            let base = base.clone();
            Memo::new(move |_| {
                let path = location.pathname.read();
                let (lang, page) = split_lang(strip_base(&base, &path));
                (lang, clean_path(page))
            })
        };
        let i18n = I18n {
            lang: Memo::new(move |_| split.read().0).into(),
            page: Memo::new(move |_| split.read().1.clone()).into(),
            search: location.search.into(),
            base: StoredValue::new(base),
        };
        provide_context(i18n);
        i18n
    }

    /// The same, for a view mounted outside the router (the notice on a prerendered page whose
    /// data could not be loaded): the address is read once, as the browser has it.
    pub fn provide_fixed(base: &str, pathname: &str, search: &str) -> I18n {
        let (lang, page) = split_lang(strip_base(base, pathname));
        let i18n = I18n {
            lang: Signal::stored(lang),
            page: Signal::stored(clean_path(page)),
            search: Signal::stored(search.trim_start_matches('?').to_owned()),
            base: StoredValue::new(base.to_owned()),
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

    /// The address of `page` in the current language, under the base path (tracked).
    pub fn href(&self, page: &str) -> String {
        self.href_in(self.lang.get(), page)
    }

    /// The address of `page` in `lang`, under the base path.
    pub fn href_in(&self, lang: Lang, page: &str) -> String {
        self.base
            .with_value(|base| with_base(base, &localize(lang, page)))
    }

    /// The current page's path without base and language prefix (tracked).
    pub fn page_path(&self) -> String {
        self.page.get()
    }

    /// The current page in `lang`, with its query string (tracked): where the language
    /// selector leads, and, in the current language, where "try again" reloads.
    pub fn here_in(&self, lang: Lang) -> String {
        let page = self.page.get();
        let page = if page.trim_end_matches('/') == NOT_FOUND_PAGE {
            self.href_in(lang, MISSION)
        } else {
            self.href_in(lang, &page)
        };
        let search = self.search.get();
        if search.is_empty() {
            page
        } else {
            format!("{page}?{search}")
        }
    }

    /// The current page with its query string, in the current language (tracked).
    pub fn here(&self) -> String {
        self.here_in(self.lang.get())
    }
}

/// Navigates within the app to a whole address, base and language prefix included, as
/// [`I18n::href`] writes it: the router's own `navigate` would put its base in front again.
pub fn use_navigate_to() -> impl Fn(&str, NavigateOptions) + Clone {
    let navigate = use_navigate();
    move |href: &str, options: NavigateOptions| {
        navigate(
            href,
            NavigateOptions {
                resolve: false,
                ..options
            },
        )
    }
}

/// The interface language and text.
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
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
    /// Makes `ready` data available to all views below, or starts fetching it from under
    /// `base`, with the content in the language of `i18n`.
    pub fn provide(ready: Option<Arc<Site>>, base: String, i18n: I18n) {
        let data = match ready {
            Some(site) => SiteData::Ready(site),
            None => SiteData::Fetched(LocalResource::new(move || {
                let source = DataSource {
                    base: base.clone(),
                    version: None,
                };
                let lang = i18n.lang();
                async move {
                    let loaded = load(&source, crate::today::today(), lang).await?;
                    Ok(Arc::new(loaded.site))
                }
            })),
        };
        provide_context(data);
    }
}

/// The site's data resource.
pub fn use_site_data() -> SiteData {
    expect_context::<SiteData>()
}
