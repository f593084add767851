use super::projection::equal_earth;
use super::*;

/// The absolute points of path data written as `M x y l dx dy … z` subpaths.
fn points(d: &str) -> Vec<(i64, i64)> {
    let mut out = Vec::new();
    for subpath in d.split('M').filter(|s| !s.is_empty()) {
        let body = subpath.strip_suffix('z').expect("each subpath is closed");
        let (start, moves) = body.split_once('l').expect("each subpath has lines");
        let numbers = |text: &str| -> Vec<i64> {
            let spaced = text.replace('-', " -");
            spaced
                .split_whitespace()
                .map(|n| n.parse().expect("whole numbers"))
                .collect()
        };
        let start = numbers(start);
        let mut at = (start[0], start[1]);
        out.push(at);
        for step in numbers(moves).chunks(2) {
            at = (at.0 + step[0], at.1 + step[1]);
            out.push(at);
        }
    }
    out
}

/// Each subpath of path data, as absolute points.
fn subpaths(d: &str) -> Vec<Vec<(i64, i64)>> {
    d.split_inclusive('z').map(points).collect()
}

/// Where a country sits: the mean of its points, or its dot.
fn centre(iso: &str) -> (f64, f64) {
    match shape(iso).expect("on the map").outline {
        Outline::Path(d) => {
            let p = points(d);
            let n = p.len() as f64;
            (
                p.iter().map(|q| q.0 as f64).sum::<f64>() / n,
                p.iter().map(|q| q.1 as f64).sum::<f64>() / n,
            )
        }
        Outline::Dot { x, y } => (f64::from(x), f64::from(y)),
    }
}

#[test]
fn equal_earth_matches_its_published_extent() {
    assert_eq!(equal_earth(0.0, 0.0), (0.0, 0.0));
    let (x, _) = equal_earth(180.0, 0.0);
    assert!((x - 2.7066).abs() < 1e-3, "{x}");
    let (_, y) = equal_earth(0.0, 90.0);
    assert!((y - 1.3174).abs() < 1e-3, "{y}");
    let (east, north) = equal_earth(30.0, 45.0);
    assert_eq!(equal_earth(-30.0, -45.0), (-east, -north));
}

#[test]
fn every_outline_stays_inside_the_map() {
    for s in SHAPES {
        let inside = |x: i64, y: i64| {
            (0..=i64::from(WIDTH)).contains(&x) && (0..=i64::from(HEIGHT)).contains(&y)
        };
        match s.outline {
            Outline::Path(d) => {
                let p = points(d);
                assert!(p.len() >= 3, "{:?}: {} points", s.iso, p.len());
                assert!(
                    p.iter().all(|&(x, y)| inside(x, y)),
                    "{:?} leaves the map",
                    s.iso
                );
            }
            Outline::Dot { x, y } => assert!(inside(x.into(), y.into()), "{:?}", s.iso),
        }
    }
}

#[test]
fn countries_are_where_they_are_on_earth() {
    let (kenya, ghana, greece) = (centre("404"), centre("288"), centre("300"));
    let (usa, australia, singapore) = (centre("840"), centre("036"), centre("702"));
    assert!(kenya.0 > ghana.0, "Kenya lies east of Ghana");
    assert!(
        greece.1 < kenya.1,
        "Greece lies north of Kenya (y grows downwards)"
    );
    assert!(usa.0 < greece.0, "the United States lie west of Greece");
    assert!(
        australia.0 > singapore.0 && australia.1 > singapore.1,
        "Australia lies south-east of Singapore"
    );
}

#[test]
fn codes_are_unique_and_antarctica_is_left_out() {
    let mut codes = codes();
    let n = codes.len();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), n);
    assert!(shape("010").is_none());
    assert!(n > 170, "{n} countries");
}

#[test]
fn every_shape_of_the_source_is_drawn() {
    let source: serde_json::Value =
        serde_json::from_str(include_str!("countries-110m.json")).expect("the source parses");
    let geometries = source["objects"]["countries"]["geometries"]
        .as_array()
        .expect("geometries");
    let drawable = geometries
        .iter()
        .filter(|g| matches!(g["type"].as_str(), Some("Polygon" | "MultiPolygon")))
        .filter(|g| g["id"].as_str() != Some("010"))
        .count();
    let paths = SHAPES
        .iter()
        .filter(|s| matches!(s.outline, Outline::Path(_)))
        .count();
    assert_eq!(
        paths, drawable,
        "every country and territory but Antarctica"
    );
    let uncoded = SHAPES.iter().filter(|s| s.iso.is_none()).count();
    assert_eq!(
        uncoded, 3,
        "Somaliland, Kosovo and Northern Cyprus have no code but are land"
    );
}

#[test]
fn shapes_that_cross_the_antimeridian_are_cut_at_it() {
    let half = i64::from(WIDTH) / 2;
    for s in SHAPES {
        if let Outline::Path(d) = s.outline {
            for subpath in subpaths(d) {
                let (min, max) = subpath.iter().fold((i64::MAX, i64::MIN), |(lo, hi), p| {
                    (lo.min(p.0), hi.max(p.0))
                });
                assert!(max - min < half, "{:?} has a subpath across the map", s.iso);
            }
        }
    }
    // Chukotka lies beyond the antimeridian (Fiji's sliver beyond it is too thin to draw).
    let Some(Outline::Path(russia)) = shape("643").map(|s| s.outline) else {
        panic!("Russia is drawn");
    };
    let parts = subpaths(russia);
    assert!(
        parts.iter().any(|p| p.iter().all(|q| q.0 < half)),
        "a part of Russia in the west, beyond the antimeridian"
    );
    assert!(
        parts.iter().any(|p| p.iter().all(|q| q.0 > half)),
        "the rest of Russia in the east"
    );
}
