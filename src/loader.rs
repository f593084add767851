//! Fetching the data files from the server the site is served from.

use crate::data::content::CONTENT_FILE;
use crate::dossiers::model::DOSSIERS_FILE;
use crate::site::Site;
use gloo_net::http::Request;
use std::sync::Arc;
use thiserror::Error;

/// Why the site's data could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum LoadError {
    /// The request did not complete (offline, blocked, …).
    #[error("could not fetch {file}: {detail}")]
    Network {
        /// The file requested.
        file: &'static str,
        /// What the browser reported.
        detail: String,
    },
    /// The server answered with an error status.
    #[error("{file} answered with HTTP status {status}")]
    Status {
        /// The file requested.
        file: &'static str,
        /// The HTTP status.
        status: u16,
    },
    /// A file arrived but is not valid.
    #[error("{0}")]
    Invalid(String),
}

/// Fetches a data file, relative to the document's base URL.
async fn fetch_text(file: &'static str) -> Result<String, LoadError> {
    let network = |error: gloo_net::Error| LoadError::Network {
        file,
        detail: error.to_string(),
    };
    let response = Request::get(file).send().await.map_err(network)?;
    if !response.ok() {
        return Err(LoadError::Status {
            file,
            status: response.status(),
        });
    }
    response.text().await.map_err(network)
}

/// Fetches both data files at once (the page preloads them): `(content, dossiers)`.
pub async fn fetch_data() -> Result<(String, String), LoadError> {
    let (content, dossiers) = futures::join!(fetch_text(CONTENT_FILE), fetch_text(DOSSIERS_FILE));
    Ok((content?, dossiers?))
}

/// Fetches both data files, then validates and indexes them.
pub async fn load_site() -> Result<Arc<Site>, LoadError> {
    let (content, dossiers) = fetch_data().await?;
    let site = Site::from_json(&content, &dossiers, crate::today::today()).map_err(|errors| {
        let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
        LoadError::Invalid(lines.join("\n"))
    })?;
    Ok(Arc::new(site))
}
