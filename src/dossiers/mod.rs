//! Legislative dossiers: the record model, references, the URL query, the search index and
//! export. No Leptos here: this is plain Rust, tested natively.

pub mod chart;
pub mod export;
pub mod index;
pub mod model;
pub mod query;
pub mod recheck;
pub mod reference;
pub mod relax;
pub mod synthetic;
pub mod timeline;
