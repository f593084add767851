//! One module per route.

pub mod about;
pub mod dossier_list;
pub mod dossier_page;
pub mod international;
pub mod mission;
pub mod projects;
pub mod themes;
pub mod timeline;
