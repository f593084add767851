//! Everything the pages show, parsed, validated and indexed once. No Leptos here.

use crate::data::content::Content;
use crate::data::date::Date;
use crate::data::validation::ValidationErrors;
use crate::dossiers::index::DossierIndex;
use crate::dossiers::model::{DossierFile, SourceList};

/// The site's data, ready to render.
#[derive(Debug)]
pub struct Site {
    /// Editorial content.
    pub content: Content,
    /// The dossiers, indexed for search.
    pub dossiers: DossierIndex,
    /// The source's own counts of the DG's files.
    pub source_list: SourceList,
    /// The day the records were last checked against their sources.
    pub checked: Date,
    /// The day statuses were computed for.
    pub today: Date,
}

impl Site {
    /// Parses both data files, checks each on its own and against each other, and indexes the
    /// dossiers with their statuses as of `today`.
    pub fn from_json(content: &str, dossiers: &str, today: Date) -> Result<Site, ValidationErrors> {
        Ok(CheckedData::from_json(content, dossiers)?.index(today))
    }
}

/// Both data files parsed and checked, not yet indexed. The loader lets go of the files' text
/// before indexing, so the browser's memory, which never shrinks, holds the text and the
/// records at once, or the records and the index, but never all three.
#[derive(Debug)]
pub struct CheckedData {
    content: Content,
    file: DossierFile,
}

impl CheckedData {
    /// Parses both data files and checks each on its own and against each other.
    pub fn from_json(content: &str, dossiers: &str) -> Result<CheckedData, ValidationErrors> {
        let content = Content::from_json(content)?;
        let source_ids: Vec<&str> = content.sources.iter().map(|s| s.id.as_str()).collect();
        let file = DossierFile::from_json(dossiers, &source_ids)?;
        Ok(CheckedData { content, file })
    }

    /// Indexes the dossiers with their statuses as of `today`.
    pub fn index(self, today: Date) -> Site {
        Site {
            dossiers: DossierIndex::new(self.file.dossiers, today),
            source_list: self.file.source_list,
            checked: self.file.checked,
            content: self.content,
            today,
        }
    }
}

/// A fingerprint of the two data files (64-bit FNV-1a, hex): a prerendered page records the one
/// it was built from, so the browser knows whether the data it fetched is the same.
pub fn fingerprint(content: &str, dossiers: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in content.bytes().chain([0]).chain(dossiers.bytes()) {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// The shipped data, indexed for a fixed day, for tests across the crate.
#[cfg(test)]
pub(crate) mod fixtures {
    use super::Site;
    use crate::data::date::Date;

    /// The day tests compute statuses for.
    pub const TODAY: Date = Date {
        year: 2026,
        month: 11,
        day: 23,
    };

    /// The site built from the shipped data files.
    pub fn shipped_site() -> Site {
        Site::from_json(
            include_str!("../public/data/content.json"),
            include_str!("../public/data/dossiers.json"),
            TODAY,
        )
        .expect("the shipped data is valid")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_tell_data_apart() {
        assert_eq!(fingerprint("", ""), fingerprint("", ""));
        assert_ne!(
            fingerprint("a", "b"),
            fingerprint("ab", ""),
            "the boundary between files counts"
        );
        assert_ne!(fingerprint("{}", "[1]"), fingerprint("{}", "[2]"));
        assert_eq!(fingerprint("x", "y").len(), 16);
    }
}
