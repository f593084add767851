//! Everything the pages show, parsed, validated and indexed once. No Leptos here.

use crate::data::content::Content;
use crate::data::date::Date;
use crate::data::validation::ValidationError;
use crate::dossiers::index::DossierIndex;
use crate::dossiers::model::{DossierFile, SourceCounts};

/// The site's data, ready to render.
#[derive(Debug)]
pub struct Site {
    /// Editorial content.
    pub content: Content,
    /// The dossiers, indexed for search.
    pub dossiers: DossierIndex,
    /// The source's own counts of the DG's files.
    pub source_counts: SourceCounts,
    /// The day statuses were computed for.
    pub today: Date,
}

impl Site {
    /// Parses both data files, checks each on its own and against each other, and indexes the
    /// dossiers with their statuses as of `today`.
    pub fn from_json(
        content: &str,
        dossiers: &str,
        today: Date,
    ) -> Result<Site, Vec<ValidationError>> {
        let content = Content::from_json(content)?;
        let source_ids: Vec<&str> = content.sources.iter().map(|s| s.id.as_str()).collect();
        let file = DossierFile::from_json(dossiers, &source_ids)?;
        Ok(Site {
            dossiers: DossierIndex::new(file.dossiers, today),
            source_counts: file.source_counts,
            content,
            today,
        })
    }
}
