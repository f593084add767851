//! Every page of the route table renders, in every language, as its own page: never the
//! not-found view, always with one main heading. Rendered natively with the app's own views
//! (the `ssr` feature), as the prerenderer renders them.

use connect_explorer::i18n::Lang;
use connect_explorer::render::render_app;
use connect_explorer::site::Site;
use connect_explorer::static_site::pages::{all_pages, Page};
use std::sync::Arc;

fn site() -> Arc<Site> {
    let site = Site::from_json(
        include_str!("../public/data/content.json"),
        include_str!("../public/data/dossiers.json"),
        "2026-11-23".parse().expect("a date"),
    )
    .expect("the shipped data is valid");
    Arc::new(site)
}

fn render(site: &Arc<Site>, path: &str) -> String {
    let _ = any_spawner::Executor::init_futures_executor();
    render_app(site.clone(), "", path)
}

#[test]
fn every_page_in_every_language_renders_as_itself() {
    let site = site();
    let pages = all_pages(&site);
    assert!(pages.len() > 100, "{} pages", pages.len());
    for page in pages {
        let html = render(&site, &page.path());
        let path = page.path();
        assert!(
            !html.contains("data-testid=\"not-found\""),
            "{path} renders the not-found view"
        );
        assert_eq!(
            html.matches("<h1").count(),
            1,
            "{path} has one main heading"
        );
        let dossiers = page.lang.messages().nav_dossiers;
        assert!(
            html.contains(dossiers),
            "{path} is in its language (“{dossiers}” in the navigation)"
        );
    }
}

#[test]
fn an_address_that_is_no_page_renders_the_not_found_view() {
    let site = site();
    for path in [
        "/no-such-page",
        "/themes/no-such-theme/",
        "/fr/dossiers/com-1999-1/",
    ] {
        assert!(
            render(&site, path).contains("data-testid=\"not-found\""),
            "{path}"
        );
    }
    let page = Page {
        lang: Lang::Hu,
        page: "/about".into(),
    };
    assert!(!render(&site, &page.path()).contains("data-testid=\"not-found\""));
}
