//! Components in a real browser (headless Chromium through wasm-bindgen-test-runner).
#![cfg(target_arch = "wasm32")]

use connect_explorer::components::context::I18n;
use connect_explorer::components::loaded::DataUnavailableNotice;
use connect_explorer::components::not_found::NotFound;
use connect_explorer::i18n::file::LanguageFile;
use connect_explorer::i18n::{install, Lang};
use connect_explorer::App;
use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos_router::components::Router;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Installs the messages of the four languages these tests render from the shipped files, as the app does for the page's
/// language once its file arrives (the test runner serves no data files).
fn install_languages() {
    macro_rules! files {
        ($code:literal) => {
            &[
                include_str!(concat!("../public/data/lang/", $code, ".json")),
                include_str!(concat!("../public/data/lang/", $code, ".content.json")),
                include_str!(concat!("../public/data/lang/", $code, ".records.json")),
            ]
        };
    }
    let files: [(Lang, &[&str]); 4] = [
        (Lang::En, &[include_str!("../public/data/lang/en.json")]),
        (Lang::Fr, files!("fr")),
        (Lang::De, files!("de")),
        (Lang::Hu, files!("hu")),
    ];
    for (lang, texts) in files {
        let messages = LanguageFile::parse(lang, texts)
            .and_then(|file| file.messages(lang))
            .expect("the shipped language files are valid");
        install(lang, messages);
    }
}

/// A fresh element to mount into.
fn container() -> web_sys::HtmlElement {
    let document = document();
    let section = document
        .create_element("section")
        .expect("can create an element");
    document
        .body()
        .expect("has a body")
        .append_child(&section)
        .expect("can append");
    section.unchecked_into()
}

/// Waits for the browser to run other tasks (network, timers) for `ms` milliseconds.
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Polls until `selector` matches inside `root`, for up to five seconds.
async fn wait_for(root: &web_sys::HtmlElement, selector: &str) -> web_sys::Element {
    for _ in 0..100 {
        leptos::task::tick().await;
        if let Ok(Some(found)) = root.query_selector(selector) {
            return found;
        }
        sleep(50).await;
    }
    panic!("`{selector}` never appeared in {}", root.inner_html());
}

#[wasm_bindgen_test]
async fn the_shell_mounts_with_navigation_and_disclaimer() {
    install_languages();
    let root = container();
    let _handle = mount_to(root.clone(), || view! { <App /> });
    leptos::task::tick().await;

    let skip = root
        .query_selector("a.skip-link")
        .unwrap()
        .expect("a skip link");
    let href = skip.get_attribute("href").unwrap_or_default();
    assert!(href.ends_with("#main"), "{href}");
    let nav = root
        .query_selector("nav.primary-nav")
        .unwrap()
        .expect("a primary navigation");
    let anchors = nav.query_selector_all("a").unwrap();
    let links: Vec<String> = (0..anchors.length())
        .filter_map(|i| anchors.item(i)?.text_content())
        .collect();
    assert_eq!(
        links,
        [
            "Mission",
            "Themes",
            "International",
            "Legislative files",
            "Timeline",
            "About"
        ]
    );
    assert!(root.query_selector("main#main").unwrap().is_some());
    let footer = root
        .query_selector("footer")
        .unwrap()
        .expect("a footer")
        .text_content()
        .unwrap_or_default();
    assert!(
        footer.contains("not an official website of the European Commission"),
        "{footer}"
    );
}

#[wasm_bindgen_test]
async fn the_not_found_view_renders() {
    install_languages();
    let root = container();
    let _handle = mount_to(root.clone(), || {
        view! {
            <Router>
                {
                    I18n::provide("");
                    view! { <NotFound /> }
                }
            </Router>
        }
    });
    leptos::task::tick().await;
    let heading = root.query_selector("h1").unwrap().expect("a heading");
    assert_eq!(heading.text_content().as_deref(), Some("Page not found"));
    let links = root
        .query_selector_all("[data-testid=not-found] a")
        .unwrap();
    assert_eq!(links.length(), 2, "ways on: home and the legislative files");
}

#[wasm_bindgen_test]
async fn missing_data_shows_a_message_with_a_retry_link() {
    install_languages();
    // The test runner serves no data files, so loading fails as it would offline.
    let root = container();
    let _handle = mount_to(root.clone(), || view! { <App /> });
    let alert = wait_for(&root, "[role=alert]").await;
    let text = alert.text_content().unwrap_or_default();
    assert!(text.contains("could not be loaded"), "{text}");
    let retry = alert
        .query_selector("a[rel=external]")
        .unwrap()
        .expect("a retry link");
    assert_eq!(retry.text_content().as_deref(), Some("Try again"));
}

#[wasm_bindgen_test]
async fn the_data_notice_needs_no_router_and_links_to_the_visitor_page_in_its_language() {
    install_languages();
    let root = container();
    let _handle = mount_to(root.clone(), || {
        view! {
            <DataUnavailableNotice
                base="/ce".to_owned()
                pathname="/ce/fr//dossiers/".to_owned()
                search="?q=data".to_owned()
                details="data/dossiers.json answered with HTTP status 503".to_owned()
            />
        }
    });
    leptos::task::tick().await;
    let alert = root
        .query_selector("[role=alert]")
        .unwrap()
        .expect("a notice");
    let retry = alert.query_selector("a").unwrap().expect("a retry link");
    assert_eq!(
        retry.text_content().as_deref(),
        Some("Réessayer"),
        "in the page's language"
    );
    assert_eq!(
        retry.get_attribute("href").as_deref(),
        Some("/ce/fr/dossiers/?q=data"),
        "the visitor's page, cleaned of its doubled slash, under the base"
    );
    assert_eq!(retry.get_attribute("rel").as_deref(), Some("external"));
}
