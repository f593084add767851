//! Starting the app in the browser. A prerendered page is taken over in place (hydrated) only
//! when it shows exactly what the app would render now: same data, same day's statuses, same
//! address, and a page nothing has changed since it arrived. Otherwise the app renders from
//! scratch, with the data it already fetched. If the data cannot be loaded, the prerendered
//! page stays as it is, with a notice.

/// What a prerendered page says about itself, in attributes of its `<body>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prerendered {
    /// Fingerprint of the data files it was rendered from.
    pub data: String,
    /// The deployment's data version, which the data files are asked for with (`?v=`): one
    /// for every language, where [`Prerendered::data`] covers the page's language's files.
    pub version: String,
    /// The day its statuses were computed for.
    pub as_of: crate::data::date::Date,
    /// The address it was rendered for (base included, with its trailing slash); empty for
    /// `404.html`, which fits any address.
    pub path: String,
}

/// Whether to hydrate: the page was rendered from these very data files, for this address with
/// no query string, and no dossier's status has changed since the page's day. The address must
/// be the page's own, or the same without its trailing slash (hosts serve a directory's page at
/// both); anything else, such as doubled slashes or escaped ones, may render differently in
/// the router, and hydrating a page that differs stops the app.
pub fn can_hydrate(
    page: &Prerendered,
    site_data: &str,
    path: &str,
    search: &str,
    statuses_unchanged: bool,
) -> bool {
    let same_path =
        path == page.path || (!path.ends_with('/') && page.path.strip_suffix('/') == Some(path));
    let same_path = same_path && !path.is_empty();
    page.data == site_data
        && !page.path.is_empty()
        && same_path
        && search.is_empty()
        && statuses_unchanged
}

/// Starts the app: guards, then hydrates or renders the page (the boot script has registered
/// the service worker).
#[cfg(target_arch = "wasm32")]
pub fn start() {
    use crate::app::App;
    use crate::loader::{load, DataSource, LoadedSite};
    use crate::paths::normalize_base;
    use leptos::prelude::*;
    use std::sync::Arc;

    crate::browser::install_guards();
    spell_address_as_the_site_does();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else {
        return;
    };
    // Prerendered pages name their base path; the development server's page has a <base>.
    let base = normalize_base(
        &body
            .get_attribute("data-base")
            .or_else(|| document.base_uri().ok().flatten())
            .unwrap_or_default(),
    );
    let prerendered = (|| {
        Some(Prerendered {
            data: body.get_attribute("data-prerendered")?,
            version: body.get_attribute("data-version")?,
            as_of: body.get_attribute("data-as-of")?.parse().ok()?,
            path: body.get_attribute("data-path").unwrap_or_default(),
        })
    })();
    let Some(page) = prerendered else {
        // No prerendered page (the development server): the page's language first, then render
        // and fetch the data in the browser.
        wasm_bindgen_futures::spawn_local(async move {
            let (path, _) = address();
            let lang = crate::paths::split_lang(crate::paths::strip_base(&base, &path)).0;
            let source = DataSource {
                base: base.clone(),
                version: None,
            };
            // Without its file the page is shown without its words, and the data's failure
            // says what went wrong.
            let _ = crate::loader::load_language(&source, lang).await;
            leptos::mount::mount_to_body(move || view! { <App base lang /> });
            mark_started(&body, "rendered");
        });
        return;
    };
    // Not leptos::task::spawn_local: Leptos sets up its executor only when it mounts.
    wasm_bindgen_futures::spawn_local(async move {
        // Instantiating the WebAssembly was this task's work; the rest waits for the next.
        crate::browser::next_task().await;
        let source = DataSource {
            base: base.clone(),
            version: Some(page.version.clone()),
        };
        let (served, _) = address();
        let lang = crate::paths::split_lang(crate::paths::strip_base(&base, &served)).0;
        let loaded = load(&source, crate::today::today(), lang).await;
        crate::browser::next_task().await;
        // Read now, not before loading: the address may have changed since.
        let (path, search) = address();
        let LoadedSite {
            mut site,
            fingerprint,
        } = match loaded {
            Ok(loaded) => loaded,
            // Without the language's own file there are no words for a notice: the page stays
            // as it was prerendered, its links ordinary page loads.
            Err(_) if !crate::i18n::installed(lang) => return mark_started(&body, "unavailable"),
            Err(error) => {
                return show_data_notice(&document, &body, base, path, search, error.to_string())
            }
        };
        // A translation tool or an extension that changed the page before now would make
        // hydration fail; the boot script marks the page when anything changes it.
        let untouched = !body.has_attribute("data-mutated");
        let unchanged = site.dossiers.statuses_hold_on(page.as_of);
        if untouched && can_hydrate(&page, &fingerprint, &path, &search, unchanged) {
            // Every status is the same on the page's day as today, so the page's day is shown,
            // exactly as rendered.
            site.today = page.as_of;
            let site = Arc::new(site);
            leptos::mount::hydrate_body(move || view! { <App base data=site lang /> });
            mark_started(&body, "hydrated");
            return;
        }
        let site = Arc::new(site);
        // Render from scratch over the static page, dropping what it put in <head> too.
        clear_prerendered(&document, &body);
        leptos::mount::mount_to_body(move || view! { <App base data=site lang /> });
        mark_started(&body, "rendered");
    });
}

/// Hosts serve a page at addresses the router does not know (`/dossiers/index.html`,
/// `/%66r/`): before anything reads the address, it is written the way the site writes it, so
/// that the page hydrates and the router shows the page, not "Page not found".
#[cfg(target_arch = "wasm32")]
fn spell_address_as_the_site_does() {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return;
    };
    let path = location.pathname().unwrap_or_default();
    let served = crate::paths::served_page_path(&path);
    if served != path {
        let search = location.search().unwrap_or_default();
        let hash = location.hash().unwrap_or_default();
        crate::browser::replace_address(&format!("{served}{search}{hash}"));
    }
}

/// The page's path and query string, as the browser shows them now.
#[cfg(target_arch = "wasm32")]
fn address() -> (String, String) {
    let location = web_sys::window().map(|w| w.location());
    let path = location.as_ref().and_then(|l| l.pathname().ok());
    let search = location.as_ref().and_then(|l| l.search().ok());
    (path.unwrap_or_default(), search.unwrap_or_default())
}

/// Puts the data-unavailable notice at the top of the page's main content.
#[cfg(target_arch = "wasm32")]
fn show_data_notice(
    page: &web_sys::Document,
    body: &web_sys::HtmlElement,
    base: String,
    pathname: String,
    search: String,
    details: String,
) {
    use crate::components::loaded::DataUnavailableNotice;
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;

    let main = page.get_element_by_id(crate::components::shell::MAIN_ID);
    let holder = page.create_element("div").ok();
    if let (Some(main), Some(holder)) = (main, holder) {
        let _ = main.prepend_with_node_1(&holder);
        let handle = leptos::mount::mount_to(holder.unchecked_into(), move || {
            view! { <DataUnavailableNotice base pathname search details /> }
        });
        handle.forget();
    }
    mark_started(body, "unavailable");
}

/// Records on `<body data-app>` how the app started, "hydrated" or "rendered": the page is
/// interactive from then on (its JavaScript-only controls show), and tests can tell that a
/// prerendered page was taken over in place.
#[cfg(target_arch = "wasm32")]
fn mark_started(body: &web_sys::HtmlElement, how: &str) {
    let _ = body.set_attribute("data-app", how);
}

/// Removes the prerendered body and the head elements the prerenderer added after its
/// `<!--HEAD-->` marker, so that a fresh render does not duplicate them.
#[cfg(target_arch = "wasm32")]
fn clear_prerendered(document: &web_sys::Document, body: &web_sys::HtmlElement) {
    body.replace_children_with_node_0();
    if let Some(head) = document.head() {
        let mut marker_seen = false;
        let mut child = head.first_child();
        while let Some(node) = child {
            child = node.next_sibling();
            if marker_seen {
                let _ = head.remove_child(&node);
            } else if node.node_type() == web_sys::Node::COMMENT_NODE
                && node.text_content().as_deref() == Some("HEAD")
            {
                marker_seen = true;
                let _ = head.remove_child(&node);
            }
        }
    }
}

/// Outside the browser there is nothing to start.
#[cfg(not(target_arch = "wasm32"))]
pub fn start() {}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(path: &str) -> Prerendered {
        Prerendered {
            data: "abc".into(),
            version: "v1".into(),
            as_of: "2026-11-23".parse().unwrap(),
            path: path.into(),
        }
    }

    #[test]
    fn hydrates_only_an_exact_match() {
        assert!(can_hydrate(
            &page("/dossiers/"),
            "abc",
            "/dossiers/",
            "",
            true
        ));
        assert!(
            !can_hydrate(&page("/dossiers/"), "abd", "/dossiers/", "", true),
            "other data"
        );
        assert!(
            !can_hydrate(&page("/dossiers/"), "abc", "/dossiers/", "?q=x", true),
            "a query string"
        );
        assert!(
            !can_hydrate(&page("/dossiers/"), "abc", "/themes/", "", true),
            "another path"
        );
        assert!(
            !can_hydrate(&page("/dossiers/"), "abc", "/dossiers/", "", false),
            "a status changed since"
        );
        assert!(
            !can_hydrate(&page(""), "abc", "/anything", "", true),
            "404.html fits any path, so it never hydrates"
        );
        assert!(
            can_hydrate(&page("/fr/"), "abc", "/fr", "", true),
            "without its trailing slash the address names the same page"
        );
        assert!(can_hydrate(&page("/"), "abc", "/", "", true));
        assert!(can_hydrate(&page("/ce/"), "abc", "/ce/", "", true));
        for odd in [
            "/dossiers//",
            "/dossiers///",
            "//dossiers/",
            "/dossiers%2F",
            "/dossiers\\",
            "/Dossiers/",
        ] {
            assert!(
                !can_hydrate(&page("/dossiers/"), "abc", odd, "", true),
                "{odd} may render otherwise, so it renders from scratch"
            );
        }
        assert!(!can_hydrate(&page("/"), "abc", "", "", true));
    }
}
