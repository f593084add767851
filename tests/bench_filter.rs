//! Native filter benchmark at 1k, 10k and 100k synthetic dossiers. It prints figures and
//! asserts nothing about time; run it with
//! `cargo test --release --test bench_filter -- --ignored --nocapture`.

use connect_explorer::data::date::Date;
use connect_explorer::dossiers::index::DossierIndex;
use connect_explorer::dossiers::query::ListQuery;
use connect_explorer::dossiers::synthetic::synthetic_dossiers;
use std::time::Instant;

const TODAY: Date = Date {
    year: 2026,
    month: 11,
    day: 23,
};

/// What a visitor does: type a word letter by letter, add filters, change the order.
const QUERIES: [&str; 12] = [
    "",
    "q=d",
    "q=di",
    "q=dig",
    "q=digital",
    "q=digital+data",
    "q=digital+data&status=in-force",
    "q=digital+data&status=in-force&type=regulation",
    "q=digital+data&status=in-force&type=regulation&from=2000&to=2020",
    "q=SWD(2010)5000",
    "status=negotiation&sort=title",
    "type=report&sort=reference&page=3",
];

#[test]
#[ignore = "benchmark: prints figures"]
fn filter_time_by_dataset_size() {
    println!("\nrecords | build index | per query: median   p95     max  (12 queries x 15 rounds)");
    for size in [1_000, 10_000, 100_000] {
        let started = Instant::now();
        let index = DossierIndex::new(synthetic_dossiers(size), TODAY);
        let build = started.elapsed();
        let queries: Vec<ListQuery> = QUERIES.iter().map(|q| ListQuery::parse(q)).collect();
        let mut times = Vec::new();
        let mut matched = 0;
        for _ in 0..15 {
            for query in &queries {
                let started = Instant::now();
                let result = index.search(query);
                times.push(started.elapsed().as_secs_f64() * 1000.0);
                matched += result.matches.len();
            }
        }
        times.sort_by(f64::total_cmp);
        let at = |q: f64| times[((times.len() as f64 - 1.0) * q).round() as usize];
        println!(
            "{size:>7} | {:>8.1} ms | {:>12.3} ms {:>6.3} ms {:>6.3} ms   ({matched} matches in all)",
            build.as_secs_f64() * 1000.0,
            at(0.5),
            at(0.95),
            at(1.0),
        );
    }
}
