//! The data files and their validation. No Leptos here: this is plain Rust, tested natively.

pub mod content;
pub mod date;
pub mod projects;
pub mod translation;
pub mod validation;
pub mod wire;
