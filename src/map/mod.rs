//! The world map of the projects page. Its outlines are Natural Earth's countries at 1:110m
//! (public domain), as redistributed by `world-atlas` 2.0.2 (ISC licence, see
//! `world-atlas-LICENSE`) and checked in as `countries-110m.json`; the build script
//! (`build.rs`) projects them with the Equal Earth projection into SVG path data. No Leptos
//! and no geometry here: the browser only draws the finished paths.

/// How a country is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outline {
    /// SVG path data, one closed subpath per island (fill with `evenodd` for lakes and
    /// enclaves).
    Path(&'static str),
    /// Too small for the scale: a dot centred here.
    Dot {
        /// Horizontal position in map units.
        x: u16,
        /// Vertical position in map units, downwards.
        y: u16,
    },
}

/// One country on the map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shape {
    /// ISO 3166-1 numeric code, as Natural Earth gives it (`Some("404")` for Kenya); `None`
    /// for the territories it draws without one (Somaliland, Kosovo, Northern Cyprus).
    pub iso: Option<&'static str>,
    /// Its outline.
    pub outline: Outline,
}

include!(concat!(env!("OUT_DIR"), "/world_map.rs"));

/// The shape of the country with ISO 3166-1 numeric code `iso`, if the map has one.
pub fn shape(iso: &str) -> Option<&'static Shape> {
    SHAPES.iter().find(|s| s.iso == Some(iso))
}

/// The ISO 3166-1 numeric codes the map can draw.
pub fn codes() -> Vec<&'static str> {
    SHAPES.iter().filter_map(|s| s.iso).collect()
}

#[cfg(test)]
#[path = "projection.rs"]
mod projection;

#[cfg(test)]
mod tests;
