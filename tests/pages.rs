//! Every page of the route table renders, in every language, as its own page: never the
//! not-found view, always with one main heading, and with the content's prose in the page's
//! language. Rendered natively with the app's own views (the `ssr` feature), as the
//! prerenderer renders them, each language from its own data files.

use connect_explorer::i18n::Lang;
use connect_explorer::render::render_app;
use connect_explorer::site::Site;
use connect_explorer::static_site::data_files::DataFiles;
use connect_explorer::static_site::pages::{all_pages, Page};
use std::sync::Arc;

fn files() -> DataFiles {
    DataFiles::read(|file| {
        std::fs::read_to_string(format!("{}/public/{file}", env!("CARGO_MANIFEST_DIR")))
    })
    .expect("the data files are there")
}

fn site(lang: Lang) -> Arc<Site> {
    let site = files()
        .site_in(lang, "2026-11-23".parse().expect("a date"))
        .expect("the shipped data is valid");
    Arc::new(site)
}

fn render(site: &Arc<Site>, path: &str) -> String {
    let _ = any_spawner::Executor::init_futures_executor();
    // Without Leptos' hydration markers, so that text reads as it shows.
    render_app(site.clone(), "", path).replace("<!---->", "")
}

/// Text as it appears in the HTML of a page.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[test]
fn every_page_in_every_language_renders_as_itself() {
    let sites: Vec<(Lang, Arc<Site>)> = Lang::ALL.iter().map(|&l| (l, site(l))).collect();
    let english = &sites[0].1;
    let pages = all_pages(english);
    assert!(pages.len() > 100, "{} pages", pages.len());
    for page in pages {
        let site = &sites
            .iter()
            .find(|(l, _)| *l == page.lang)
            .expect("a site")
            .1;
        let html = render(site, &page.path());
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
        if page.lang != Lang::En {
            // Every text this site translates, in English, is absent: short ones (names
            // such as "Ghana" may be the same in both languages) are left out of the check.
            for (key, text) in english.content.texts_to_translate(page.lang) {
                if text.len() > 24 {
                    assert!(
                        !html.contains(&escaped(&text)),
                        "{path} shows the English of {key}: {text}"
                    );
                }
            }
        }
    }
}

#[test]
fn translated_blocks_say_so_and_lead_to_the_english_original() {
    for lang in Lang::ALL.into_iter().filter(|lang| *lang != Lang::En) {
        let site = site(lang);
        let t = lang.messages();
        for page in ["/", "/themes/", "/international/global-internet/"] {
            let path = Page {
                lang,
                page: page.into(),
            }
            .path();
            let html = render(&site, &path);
            assert!(
                html.contains(t.translated_note),
                "{path}: no translation note"
            );
            let original = format!("href=\"{page}\" hreflang=\"en\" rel=\"external\"");
            assert!(
                html.contains(&original),
                "{path}: no link to the original ({original})"
            );
            assert!(
                !html.contains("lang=\"en\">The DG helps"),
                "{path}: English prose"
            );
        }
    }
    let english = render(&site(Lang::En), "/");
    assert!(!english.contains(Lang::En.messages().translated_note));
}

#[test]
fn hungarian_pages_show_the_sources_own_hungarian() {
    let site = site(Lang::Hu);
    let html = render(&site, "/hu/international/regional-relations/");
    assert!(
        html.contains("<h3>Az EU szomszédai</h3>"),
        "the source's own title"
    );
    assert!(html.contains("A digitális átalakulás óriási lehetőségeket kínál Afrikának."));
    let overview = render(&site, "/hu/international/");
    assert!(overview.contains(
        "Az Európai Bizottság nemzetközi szinten együttműködik más globális szereplőkkel"
    ));
    let global = render(&site, "/hu/international/global-internet/");
    assert!(
        global.contains("href=\"/hu/about/#source-003\""),
        "the Hungarian lead cites the page it comes from"
    );
    assert_eq!(
        global.matches("class=\"translated-note\"").count(),
        1,
        "only the translated blocks say they are translated"
    );
}

#[test]
fn an_address_that_is_no_page_renders_the_not_found_view() {
    let site = site(Lang::En);
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

#[test]
fn a_static_page_holds_until_the_first_day_it_reads_otherwise() {
    use connect_explorer::render::holds_until;
    let _ = any_spawner::Executor::init_futures_executor();
    let now = site(Lang::En);
    let later: Vec<_> = files()
        .sites_ahead(Lang::En, now.today)
        .expect("valid")
        .into_iter()
        .map(|(day, site)| (day, Arc::new(site)))
        .collect();
    assert!(later.len() > 2, "days ahead in the data");
    let day = |path: &str| holds_until(now.clone(), &later, "", path).map(|d| d.to_string());
    assert_eq!(day("/"), None, "the mission reads the same on every day");
    assert_eq!(day("/themes/"), None);
    assert_eq!(
        day("/about/"),
        None,
        "the day the about page names is the page's own, as on every page"
    );
    assert_eq!(
        day("/dossiers/com-2022-457/"),
        Some("2027-05-08".to_owned()),
        "the Media Freedom Act's page changes when it applies"
    );
}
