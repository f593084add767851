//! Loading the data files from the server the site is served from: the one start-up path for
//! prerendered pages, the development server and the browser tests.

use crate::browser::{next_task, FetchFailure};
use crate::data::date::Date;
use crate::data::validation::ValidationErrors;
use crate::data::wire::{SITE_FILE, SITE_FILE_GZ};
use crate::i18n::file::LanguageFile;
use crate::i18n::{install, Lang};
use crate::site::{fingerprint_continue, fingerprint_hex, CheckedData, Site};
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
    /// [`crate::site::fingerprint_files`] of the files it was built from: content, dossiers
    /// and, if it loaded, the translation.
    pub fingerprint: String,
}

/// Where the site's data files are and which deployment's copy to ask for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DataSource {
    /// The deployment's base path (`/connect-explorer`, or empty).
    pub base: String,
    /// The data version a prerendered page names; asked for as `?v=…`, so that no HTTP cache
    /// answers a new deployment's page with an old deployment's data.
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
        .map_err(|failure| fetch_failure(file, failure))
}

fn fetch_failure(file: &'static str, failure: FetchFailure) -> LoadError {
    match failure {
        FetchFailure::Status(status) => LoadError::Status { file, status },
        FetchFailure::Stalled => LoadError::Network {
            file,
            detail: format!("nothing arrived for {} seconds", IDLE_TIMEOUT_MS / 1000),
        },
        FetchFailure::Network(detail) => LoadError::Network { file, detail },
    }
}

/// Fetches the binary data file (its compressed copy where the browser can decompress it),
/// giving up once nothing has arrived for [`IDLE_TIMEOUT_MS`].
async fn fetch_site_data(source: &DataSource) -> Result<Vec<u8>, LoadError> {
    let (url, compressed) = (source.url(SITE_FILE), source.url(SITE_FILE_GZ));
    crate::browser::fetch_bytes(&url, &compressed, IDLE_TIMEOUT_MS)
        .await
        .map_err(|failure| fetch_failure(SITE_FILE, failure))
}

/// Fetches `file`, if there is one.
async fn fetch_if_any(
    source: &DataSource,
    file: Option<&'static str>,
) -> Result<Option<String>, LoadError> {
    match file {
        Some(file) => fetch_text(source, file).await.map(Some),
        None => Ok(None),
    }
}

/// Fetches `lang`'s files at once and installs its messages, so that the interface can be
/// shown in the page's language; also returns the files' texts and what they hold.
pub async fn load_language(
    source: &DataSource,
    lang: Lang,
) -> Result<(Vec<String>, LanguageFile), LoadError> {
    let files = lang.files();
    let (interface, content, records) = futures::join!(
        fetch_text(source, files[0]),
        fetch_if_any(source, files.get(1).copied()),
        fetch_if_any(source, files.get(2).copied())
    );
    let texts: Vec<String> = [Some(interface?), content?, records?]
        .into_iter()
        .flatten()
        .collect();
    let parsed = LanguageFile::parse(lang, &texts)?;
    install(lang, parsed.messages(lang)?);
    Ok((texts, parsed))
}

/// Fetches the data files at once (the page preloads them): the site's data, as the build
/// checked and wrote it ([`SITE_FILE`], or [`SITE_FILE_GZ`]), and `lang`'s files, whose
/// messages it installs as soon as they arrive; then reads and indexes them with their
/// statuses as of `today`, each step in a task of its own. Without its language's file a page has no words, so that is a failure
/// like the others; a translation that does not fit the content leaves the content in English,
/// which the pages then mark as such.
pub async fn load(source: &DataSource, today: Date, lang: Lang) -> Result<LoadedSite, LoadError> {
    let (data, language) = futures::join!(fetch_site_data(source), load_language(source, lang));
    let (data, (texts, file)) = (data?, language?);
    next_task().await;
    let (mut checked, mut state) = CheckedData::from_wire(&data)?;
    drop(data);
    if checked.check_content_translation(lang, &file).is_ok() {
        if lang != Lang::En {
            checked = checked.translated(lang, &file);
        }
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        state = fingerprint_continue(state, &texts);
    }
    let fingerprint = fingerprint_hex(state);
    drop((texts, file));
    next_task().await;
    Ok(LoadedSite {
        site: checked.index(today),
        fingerprint,
    })
}
