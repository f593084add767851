//! Sizes at 100,000 synthetic records, for BENCHMARKS.md (`.ci/bench`): the largest pages the
//! prerenderer writes (HTML bytes and elements), the sitemaps, the feed and the timeline.
//! Ignored by default; run with `--ignored --nocapture` and the `ssr` feature. Prints figures
//! and checks the bounds each holds by design.

use connect_explorer::dossiers::index::DossierIndex;
use connect_explorer::dossiers::synthetic::synthetic_dossiers;
use connect_explorer::i18n::Lang;
use connect_explorer::render::render_app;
use connect_explorer::site::Site;
use connect_explorer::static_site::feed::{atom_feed, FEED_ENTRIES};
use connect_explorer::static_site::sitemap::{sitemaps, PROTOCOL_LIMITS};
use std::sync::Arc;
use std::time::Instant;

const RECORDS: usize = 100_000;

fn synthetic_site() -> Arc<Site> {
    let today = "2026-11-23".parse().expect("a date");
    let shipped = Site::from_json(
        include_str!("../public/data/content.json"),
        include_str!("../public/data/dossiers.json"),
        today,
    )
    .expect("the shipped data is valid");
    Arc::new(Site {
        dossiers: DossierIndex::new(synthetic_dossiers(RECORDS), today),
        ..shipped
    })
}

fn elements(html: &str) -> usize {
    html.matches('<').count() - html.matches("</").count() - html.matches("<!").count()
}

#[test]
#[ignore = "a benchmark: run by .ci/bench"]
fn sizes_at_100k_records() {
    let site = synthetic_site();
    let _ = any_spawner::Executor::init_futures_executor();
    println!("records {RECORDS}");
    for path in ["/dossiers/", "/timeline/", "/", "/about/"] {
        let started = Instant::now();
        let html = render_app(site.clone(), "", path);
        println!(
            "page {path}: {} KiB of HTML, {} elements, rendered in {} ms",
            html.len() / 1024,
            elements(&html),
            started.elapsed().as_millis()
        );
        assert!(html.len() < 2 * 1024 * 1024, "{path} stays under 2 MiB");
    }
    let id = site.dossiers.id(0).to_owned();
    let html = render_app(site.clone(), "", &format!("/dossiers/{id}/"));
    println!(
        "page /dossiers/{id}/: {} KiB of HTML, {} elements",
        html.len() / 1024,
        elements(&html)
    );

    let files = sitemaps(&site, "https://example.org");
    let largest = files.iter().map(|f| f.xml.len()).max().unwrap_or(0);
    let urls: usize = files[1..]
        .iter()
        .map(|f| f.xml.matches("<url>").count())
        .sum();
    println!(
        "sitemaps: an index and {} files, {urls} URLs, the largest {} MiB",
        files.len() - 1,
        largest / (1024 * 1024)
    );
    assert!(files.iter().all(|f| f.xml.len() <= PROTOCOL_LIMITS.bytes));

    let feed = atom_feed(&site, Lang::En, "https://example.org");
    println!(
        "feed: {} entries, {} KiB",
        feed.matches("<entry>").count(),
        feed.len() / 1024
    );
    assert_eq!(feed.matches("<entry>").count(), FEED_ENTRIES);
}
