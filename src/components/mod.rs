//! Reusable views and the context they share.

pub mod context;
pub mod dossier_title;
pub mod filter_controls;
pub mod language;
pub mod loaded;
pub mod not_found;
pub mod page_meta;
pub mod pagination;
pub mod shell;
pub mod source_note;
pub mod step_detail;
