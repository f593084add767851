//! Native benchmark of reading the data: the JSON files parsed and checked (what the browser did
//! before, and what the build does) against the binary file the build writes for the browser
//! (`src/data/wire.rs`), at the real data and at 100,000 synthetic records. It prints figures
//! and asserts nothing about time; run it with
//! `cargo test --release --test bench_decode -- --ignored --nocapture`.

use connect_explorer::data::content::{Content, Source};
use connect_explorer::dossiers::synthetic::{synthetic_file, SYNTHETIC_SOURCE};
use connect_explorer::site::CheckedData;
use std::time::{Duration, Instant};

/// The median of `runs` timings of `read`.
fn median<T>(runs: usize, mut read: impl FnMut() -> T) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let started = Instant::now();
            std::hint::black_box(read());
            started.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

fn measure(label: &str, content: &str, dossiers: &str, runs: usize) {
    let checked = CheckedData::from_json(content, dossiers).expect("the data is valid");
    let bytes = checked.to_wire(content, dossiers).expect("writes");
    let json = median(runs, || {
        CheckedData::from_json(content, dossiers).expect("reads")
    });
    let wire = median(runs, || CheckedData::from_wire(&bytes).expect("reads"));
    let kib = |n: usize| n as f64 / 1024.0;
    println!(
        "{label:<10} | JSON {:>9.1} KiB {:>9.2} ms | binary {:>9.1} KiB {:>9.2} ms | ratio {:.2}",
        kib(content.len() + dossiers.len()),
        json.as_secs_f64() * 1e3,
        kib(bytes.len()),
        wire.as_secs_f64() * 1e3,
        wire.as_secs_f64() / json.as_secs_f64()
    );
}

#[test]
#[ignore = "benchmark: prints figures"]
fn reading_the_data() {
    println!("\ndata       | parsed and checked (JSON)     | read (binary)                 | time");
    let content = include_str!("../public/data/content.json");
    measure(
        "real",
        content,
        include_str!("../public/data/dossiers.json"),
        51,
    );
    let mut with_source = Content::from_json(content).expect("the content is valid");
    with_source.sources.push(Source {
        id: SYNTHETIC_SOURCE.into(),
        title: "Synthetic test data".into(),
        publisher: "The benchmark".into(),
        covers: "Invented records for measuring speed at scale; not real dossiers.".into(),
        as_of: "Generated".into(),
    });
    let content = serde_json::to_string(&with_source).expect("writes");
    let dossiers = serde_json::to_string(&synthetic_file(100_000)).expect("writes");
    measure("100k", &content, &dossiers, 5);
}
