//! Loading the data files from the server the site is served from: the one start-up path for
//! prerendered pages, the development server and the browser tests.

use crate::browser::{next_task, FetchFailure};
use crate::data::content::CONTENT_FILE;
use crate::data::date::Date;
use crate::data::validation::ValidationErrors;
use crate::dossiers::model::DOSSIERS_FILE;
use crate::site::{fingerprint, CheckedData, Site};
use thiserror::Error;

/// How long a data file may go without a byte arriving before the app gives up on it and says
/// so. A slow download that keeps arriving is never cut off: at 100,000 records the file is
/// about 30 MiB, which a slow connection takes well over a minute to bring.
const IDLE_TIMEOUT_MS: u32 = 15_000;

/// Why the site's data could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum LoadError {
    /// The request did not complete (offline, blocked, too slow, …).
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
    /// The files arrived but are not valid.
    #[error("{0}")]
    Invalid(#[from] ValidationErrors),
}

/// The site's data, with the fingerprint of the files it was parsed from.
#[derive(Debug)]
pub struct LoadedSite {
    /// The data, indexed for `today`.
    pub site: Site,
    /// [`fingerprint`] of the two files.
    pub fingerprint: String,
}

/// Where the site's data files are and which deployment's copy to ask for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DataSource {
    /// The deployment's base path (`/connect-explorer`, or empty).
    pub base: String,
    /// The data fingerprint a prerendered page names; asked for as `?v=…`, so that no HTTP
    /// cache answers a new deployment's page with an old deployment's data.
    pub version: Option<String>,
}

impl DataSource {
    /// The address of a data file.
    pub fn url(&self, file: &str) -> String {
        match &self.version {
            Some(version) => format!("{}/{file}?v={version}", self.base),
            None => format!("{}/{file}", self.base),
        }
    }
}

/// Fetches a data file, giving up once nothing has arrived for [`IDLE_TIMEOUT_MS`].
async fn fetch_text(source: &DataSource, file: &'static str) -> Result<String, LoadError> {
    crate::browser::fetch_text(&source.url(file), IDLE_TIMEOUT_MS)
        .await
        .map_err(|failure| match failure {
            FetchFailure::Status(status) => LoadError::Status { file, status },
            FetchFailure::Stalled => LoadError::Network {
                file,
                detail: format!("nothing arrived for {} seconds", IDLE_TIMEOUT_MS / 1000),
            },
            FetchFailure::Network(detail) => LoadError::Network { file, detail },
        })
}

/// Fetches both data files at once (the page preloads them), then validates and indexes them
/// with their statuses as of `today`, each step in a task of its own.
pub async fn load(source: &DataSource, today: Date) -> Result<LoadedSite, LoadError> {
    let (content, dossiers) = futures::join!(
        fetch_text(source, CONTENT_FILE),
        fetch_text(source, DOSSIERS_FILE)
    );
    let (content, dossiers) = (content?, dossiers?);
    let fingerprint = fingerprint(&content, &dossiers);
    next_task().await;
    let checked = CheckedData::from_json(&content, &dossiers)?;
    drop((content, dossiers));
    next_task().await;
    Ok(LoadedSite {
        site: checked.index(today),
        fingerprint,
    })
}
