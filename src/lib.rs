//! connect-explorer: an unofficial, accessible guide to the European Commission's
//! Directorate-General for Communications Networks, Content and Technology (DG CONNECT).
//!
//! Plain-Rust modules (`data`, `dossiers`, `i18n`, `paths`, `site`, `text`) hold the model
//! and the logic and are tested natively; `components` and `pages` are the Leptos views.

pub mod addresses;
pub mod app;
pub mod browser;
pub mod components;
pub mod data;
pub mod dossiers;
pub mod i18n;
pub mod loader;
pub mod map;
pub mod pages;
pub mod paths;
pub mod query_string;
#[cfg(feature = "ssr")]
pub mod render;
pub mod routes;
pub mod site;
pub mod start;
pub mod static_site;
pub mod text;
pub mod today;

pub use app::App;
