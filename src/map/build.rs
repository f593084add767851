//! Build script: projects Natural Earth's countries at 1:110m (the `world-atlas` 2.0.2
//! TopoJSON checked in beside this file) into SVG path data for the projects page's map, so
//! the browser receives finished outlines and runs no geometry at all.
//!
//! Each shared border (a TopoJSON arc) is projected and simplified once, so neighbours keep
//! meeting exactly; coordinates are rounded to whole units of a 1000-unit-wide map and written
//! as relative moves.

mod projection;

use serde_json::Value;
use std::fmt::Write as _;
use std::path::PathBuf;

/// Width of the map in SVG units.
const WIDTH: f64 = 1000.0;
/// Room left around the land, in SVG units.
const MARGIN: f64 = 4.0;
/// Simplification tolerance in SVG units: finer detail is invisible at the map's sizes.
const TOLERANCE: f64 = 0.7;
/// Islands smaller than this (in square SVG units) are left out, except a country's largest.
const MIN_RING_AREA: f64 = 3.0;
/// Antarctica: no project names it, and it would take a sixth of the height.
const LEFT_OUT: &[&str] = &["010"];
/// Countries smaller than Natural Earth's 1:110m scale, which leaves them out: drawn as a dot
/// at the centre of their 1:50m outline's bounding box (ISO 3166-1 numeric, longitude,
/// latitude).
const DOTS: &[(&str, f64, f64)] = &[("702", 103.82, 1.36)];

type Point = (f64, f64);

fn main() {
    let dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let source = dir.join("src/map/countries-110m.json");
    println!("cargo:rerun-if-changed=src/map/countries-110m.json");
    println!("cargo:rerun-if-changed=src/map/build.rs");
    println!("cargo:rerun-if-changed=src/map/projection.rs");
    let text =
        std::fs::read_to_string(&source).unwrap_or_else(|e| panic!("{}: {e}", source.display()));
    let topology: Value = serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{}: not JSON: {e}", source.display()));
    let out = render(&topology);
    let target =
        PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo")).join("world_map.rs");
    std::fs::write(&target, out).unwrap_or_else(|e| panic!("{}: {e}", target.display()));
}

/// The TopoJSON's arcs in longitude and latitude.
fn decode_arcs(topology: &Value) -> Vec<Vec<Point>> {
    let transform = &topology["transform"];
    let number = |v: &Value| v.as_f64().expect("a number in the topology");
    let (sx, sy) = (
        number(&transform["scale"][0]),
        number(&transform["scale"][1]),
    );
    let (tx, ty) = (
        number(&transform["translate"][0]),
        number(&transform["translate"][1]),
    );
    topology["arcs"]
        .as_array()
        .expect("arcs")
        .iter()
        .map(|arc| {
            let (mut x, mut y) = (0.0, 0.0);
            arc.as_array()
                .expect("an arc")
                .iter()
                .map(|delta| {
                    x += number(&delta[0]);
                    y += number(&delta[1]);
                    (x * sx + tx, y * sy + ty)
                })
                .collect()
        })
        .collect()
}

/// Douglas–Peucker on the projected `points`: which to keep, the first and last always and
/// any further than `tolerance` from the simplified line.
fn simplify(points: &[Point], tolerance: f64) -> Vec<bool> {
    fn keep(points: &[Point], first: usize, last: usize, tolerance: f64, kept: &mut Vec<bool>) {
        let (a, b) = (points[first], points[last]);
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let length = (dx * dx + dy * dy).sqrt();
        let mut furthest = (0.0, first);
        for (i, p) in points.iter().enumerate().take(last).skip(first + 1) {
            // Distance to the segment, not to its line: a point beyond either end is as far
            // as that end.
            let t = if length == 0.0 {
                0.0
            } else {
                (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / (length * length)).clamp(0.0, 1.0)
            };
            let distance = ((p.0 - a.0 - t * dx).powi(2) + (p.1 - a.1 - t * dy).powi(2)).sqrt();
            if distance > furthest.0 {
                furthest = (distance, i);
            }
        }
        if furthest.0 > tolerance {
            kept[furthest.1] = true;
            keep(points, first, furthest.1, tolerance, kept);
            keep(points, furthest.1, last, tolerance, kept);
        }
    }
    let mut kept = vec![points.len() < 3; points.len()];
    if let Some(last) = points.len().checked_sub(1) {
        kept[0] = true;
        kept[last] = true;
        if last >= 2 {
            keep(points, 0, last, tolerance, &mut kept);
        }
    }
    kept
}

/// A ring that crosses the antimeridian (Russia's Chukotka, Fiji), cut into the part west of it
/// and the part east of it; any other ring unchanged. Longitudes are unwrapped so the ring is
/// continuous, each side is clipped at the meridian, and the cut edge gets a point every two
/// degrees of latitude so it follows the projected meridian's curve.
fn cut_at_antimeridian(ring: Vec<Point>) -> Vec<Vec<Point>> {
    let crosses = ring
        .iter()
        .zip(ring.iter().cycle().skip(1))
        .any(|(a, b)| (a.0 - b.0).abs() > 180.0);
    if !crosses {
        return vec![ring];
    }
    let mut unwrapped: Vec<Point> = Vec::with_capacity(ring.len());
    for &(lon, lat) in &ring {
        let lon = match unwrapped.last() {
            Some(&(previous, _)) => lon + 360.0 * ((previous - lon) / 360.0).round(),
            None => lon,
        };
        unwrapped.push((lon, lat));
    }
    let meridian = if unwrapped.iter().any(|p| p.0 > 180.0) {
        180.0
    } else {
        -180.0
    };
    let shift = if meridian > 0.0 { -360.0 } else { 360.0 };
    [true, false]
        .into_iter()
        .map(|west| {
            let inside = |p: &Point| {
                if west {
                    p.0 <= meridian
                } else {
                    p.0 >= meridian
                }
            };
            let mut clipped: Vec<Point> = Vec::new();
            for (a, b) in unwrapped.iter().zip(unwrapped.iter().cycle().skip(1)) {
                if inside(a) {
                    clipped.push(*a);
                }
                if inside(a) != inside(b) {
                    let t = (meridian - a.0) / (b.0 - a.0);
                    clipped.push((meridian, a.1 + t * (b.1 - a.1)));
                }
            }
            let mut dense: Vec<Point> = Vec::new();
            for (a, b) in clipped.iter().zip(clipped.iter().cycle().skip(1)) {
                dense.push(*a);
                if a.0 == meridian && b.0 == meridian {
                    let steps = ((b.1 - a.1).abs() / 2.0).ceil() as usize;
                    dense.extend(
                        (1..steps).map(|i| (meridian, a.1 + (b.1 - a.1) * i as f64 / steps as f64)),
                    );
                }
            }
            let offset = if (meridian > 0.0) == west { 0.0 } else { shift };
            dense
                .into_iter()
                .map(|(lon, lat)| (lon + offset, lat))
                .collect()
        })
        .filter(|part: &Vec<Point>| part.len() >= 3)
        .collect()
}

fn area(ring: &[(i64, i64)]) -> f64 {
    let twice: i64 = ring
        .iter()
        .zip(ring.iter().cycle().skip(1))
        .map(|(a, b)| a.0 * b.1 - b.0 * a.1)
        .sum();
    (twice as f64 / 2.0).abs()
}

/// The arc with index `i`, reversed for a negative (one's complement) index.
fn arc_points(arcs: &[Vec<Point>], i: i64) -> Vec<Point> {
    if i < 0 {
        arcs[!i as usize].iter().rev().copied().collect()
    } else {
        arcs[i as usize].clone()
    }
}

/// SVG path data for `rings`: relative whole-unit moves, no separator before a minus sign.
fn path_data(rings: &[Vec<(i64, i64)>]) -> String {
    let mut d = String::new();
    for ring in rings {
        let _ = write!(d, "M{} {}l", ring[0].0, ring[0].1);
        for (i, pair) in ring.windows(2).enumerate() {
            let (dx, dy) = (pair[1].0 - pair[0].0, pair[1].1 - pair[0].1);
            let gap = |n: i64, first: bool| if first || n < 0 { "" } else { " " };
            let _ = write!(d, "{}{dx}{}{dy}", gap(dx, i == 0), gap(dy, false));
        }
        d.push('z');
    }
    d
}

fn render(topology: &Value) -> String {
    let geometries = topology["objects"]["countries"]["geometries"]
        .as_array()
        .expect("objects.countries.geometries");
    // Somaliland, Kosovo and Northern Cyprus have no code in Natural Earth; they are drawn as
    // land all the same.
    let countries: Vec<(Option<&str>, Vec<Vec<i64>>)> = geometries
        .iter()
        .filter_map(|g| {
            let id = g["id"].as_str();
            let polygons = match g["type"].as_str()? {
                "Polygon" => vec![g["arcs"].clone()],
                "MultiPolygon" => g["arcs"].as_array()?.clone(),
                _ => return None,
            };
            let rings = polygons
                .iter()
                .flat_map(|polygon| polygon.as_array().expect("rings").clone())
                .map(|ring| {
                    ring.as_array()
                        .expect("arc indices")
                        .iter()
                        .map(|i| i.as_i64().expect("an arc index"))
                        .collect()
                })
                .collect();
            (!id.is_some_and(|id| LEFT_OUT.contains(&id))).then_some((id, rings))
        })
        .collect();

    // The map's scale comes from the whole land before simplification; the cut at the
    // antimeridian only adds points on it, inside that extent.
    let geographic = decode_arcs(topology);
    let drawn = countries
        .iter()
        .flat_map(|(_, rings)| rings.iter().flatten())
        .flat_map(|&i| &geographic[if i < 0 { !i } else { i } as usize])
        .map(|&(lon, lat)| projection::equal_earth(lon, lat));
    let (mut min_x, mut max_x, mut min_y, mut max_y) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
    for (x, y) in drawn {
        min_x = min_x.min(x);
        max_x = max_x.max(x);
        min_y = min_y.min(y);
        max_y = max_y.max(y);
    }
    let scale = (WIDTH - 2.0 * MARGIN) / (max_x - min_x);

    // Simplify each arc once, where it is drawn, so shared borders stay shared.
    let arcs: Vec<Vec<Point>> = geographic
        .into_iter()
        .map(|arc| {
            let on_map: Vec<Point> = arc
                .iter()
                .map(|&(lon, lat)| projection::equal_earth(lon, lat))
                .collect();
            arc.into_iter()
                .zip(simplify(&on_map, TOLERANCE / scale))
                .filter_map(|(p, k)| k.then_some(p))
                .collect()
        })
        .collect();
    let shapes: Vec<(Option<&str>, Vec<Vec<Point>>)> = countries
        .iter()
        .map(|(id, rings)| {
            let rings = rings
                .iter()
                .flat_map(|ring| {
                    let mut points: Vec<Point> = Vec::new();
                    for &i in ring {
                        for p in arc_points(&arcs, i) {
                            if points.last() != Some(&p) {
                                points.push(p);
                            }
                        }
                    }
                    if points.len() > 1 && points.first() == points.last() {
                        points.pop();
                    }
                    cut_at_antimeridian(points)
                })
                .map(|ring| {
                    ring.into_iter()
                        .map(|(lon, lat)| projection::equal_earth(lon, lat))
                        .collect()
                })
                .collect();
            (*id, rings)
        })
        .collect();

    let height = ((max_y - min_y) * scale + 2.0 * MARGIN).ceil();
    let to_map = |(x, y): Point| {
        (
            ((x - min_x) * scale + MARGIN).round() as i64,
            ((max_y - y) * scale + MARGIN).round() as i64,
        )
    };

    let mut out =
        String::from("// Written by src/map/build.rs from src/map/countries-110m.json.\n");
    let _ = writeln!(
        out,
        "/// Width of the map in SVG units.\npub const WIDTH: u32 = {WIDTH};"
    );
    let _ = writeln!(
        out,
        "/// Height of the map in SVG units.\npub const HEIGHT: u32 = {height};"
    );
    out.push_str(
        "/// Every country on the map by ISO 3166-1 numeric code, in the source's order.\n",
    );
    out.push_str("pub static SHAPES: &[Shape] = &[\n");
    for (id, rings) in &shapes {
        let mut rings: Vec<Vec<(i64, i64)>> = rings
            .iter()
            .map(|ring| {
                let mut points: Vec<(i64, i64)> = Vec::new();
                for p in ring.iter().copied().map(to_map) {
                    if points.last() != Some(&p) {
                        points.push(p);
                    }
                }
                if points.len() > 1 && points.first() == points.last() {
                    points.pop();
                }
                points
            })
            .filter(|ring| ring.len() >= 3)
            .collect();
        let largest = rings.iter().map(|r| area(r)).fold(0.0, f64::max);
        rings.retain(|r| area(r) >= MIN_RING_AREA.min(largest));
        let d = path_data(&rings);
        let _ = writeln!(
            out,
            "    Shape {{ iso: {id:?}, outline: Outline::Path({d:?}) }},"
        );
    }
    for &(id, lon, lat) in DOTS {
        let (x, y) = to_map(projection::equal_earth(lon, lat));
        let _ = writeln!(
            out,
            "    Shape {{ iso: Some({id:?}), outline: Outline::Dot {{ x: {x}, y: {y} }} }},"
        );
    }
    out.push_str("];\n");
    out
}
