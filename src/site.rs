//! Everything the pages show, parsed, validated and indexed once. No Leptos here.

use crate::data::content::{Content, Source};
use crate::data::date::Date;
use crate::data::validation::ValidationErrors;
use crate::data::wire::{self, FINGERPRINT_START};
use crate::dossiers::index::DossierIndex;
use crate::dossiers::model::{DossierFile, SourceList};
use crate::i18n::file::LanguageFile;
use crate::i18n::Lang;

/// The site's data, ready to render.
#[derive(Debug)]
pub struct Site {
    /// Editorial content, in [`Site::prose`]'s language.
    pub content: Content,
    /// The language of the content's prose: the page's, or English where its translation
    /// could not be loaded.
    pub prose: Lang,
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

    /// The `lang` attribute of a block of translated content on a page in `page`'s language:
    /// none when the prose is in that language, else the prose's language.
    pub fn prose_lang(&self, page: Lang) -> Option<&'static str> {
        (self.prose != page).then_some(self.prose.code())
    }

    /// The `lang` attribute of a source's title on a page in `page`'s language: the prose's
    /// for the title this site gives (translated with the content), English for a page's own.
    pub fn source_title_lang(&self, source: &Source, page: Lang) -> Option<&'static str> {
        if source.named_by_this_site() {
            self.prose_lang(page)
        } else {
            Some("en")
        }
    }

    /// A link to source `id`'s text on a page in `page`'s language: its title and the title's
    /// `lang` attribute (the id, as English, for a source the content does not have).
    pub fn source_title(&self, id: &str, page: Lang) -> (String, Option<&'static str>) {
        match self.content.source(id) {
            Some(source) => (source.title.clone(), self.source_title_lang(source, page)),
            None => (id.to_owned(), Some("en")),
        }
    }
}

/// Both data files parsed and checked, not yet indexed. The loader lets go of the files' text
/// before indexing, so the browser's memory, which never shrinks, holds the text and the
/// records at once, or the records and the index, but never all three.
#[derive(Debug)]
pub struct CheckedData {
    content: Content,
    prose: Lang,
    file: DossierFile,
}

impl CheckedData {
    /// Parses both data files and checks each on its own and against each other.
    pub fn from_json(content: &str, dossiers: &str) -> Result<CheckedData, ValidationErrors> {
        let content = Content::from_json(content)?;
        let source_ids: Vec<&str> = content.sources.iter().map(|s| s.id.as_str()).collect();
        let file = DossierFile::from_json(dossiers, &source_ids)?;
        Ok(CheckedData {
            content,
            prose: Lang::En,
            file,
        })
    }

    /// The data as the browser reads it ([`crate::data::wire`]), written from the JSON files
    /// it was read from: `content` and `dossiers`, whose fingerprint it carries.
    pub fn to_wire(&self, content: &str, dossiers: &str) -> Result<Vec<u8>, String> {
        let state = fingerprint_continue(feed(FINGERPRINT_START, content.as_bytes()), &[dossiers]);
        wire::encode(&(&self.content, &self.file), state)
    }

    /// Reads [`CheckedData::to_wire`]'s file, which the build checked, without checking it
    /// again; also returns the fingerprint's state after the JSON files it was written from.
    pub fn from_wire(bytes: &[u8]) -> Result<(CheckedData, u64), ValidationErrors> {
        let ((content, file), state) = wire::decode::<(Content, DossierFile)>(bytes)?;
        let checked = CheckedData {
            content,
            prose: Lang::En,
            file,
        };
        Ok((checked, state))
    }

    /// Checks `lang`'s translation of the content against the English: what the browser checks
    /// before it shows the translation (a note or detail without one shows in English).
    pub fn check_content_translation(
        &self,
        lang: Lang,
        file: &LanguageFile,
    ) -> Result<(), ValidationErrors> {
        self.content.check_translation(lang, file)
    }

    /// Checks `lang`'s translation of the content and of the records' notes and details
    /// against the English, as the build does.
    pub fn check_translation(
        &self,
        lang: Lang,
        file: &LanguageFile,
    ) -> Result<(), ValidationErrors> {
        self.content.check_translation(lang, file)?;
        crate::data::translation::check_record_texts(lang, file, &self.file.dossiers)
    }

    /// The same data with the content in `file`'s language.
    pub fn translated(self, lang: Lang, file: &LanguageFile) -> CheckedData {
        CheckedData {
            content: self.content.translated(file),
            prose: lang,
            file: self.file,
        }
    }

    /// Indexes the dossiers with their statuses as of `today`.
    pub fn index(self, today: Date) -> Site {
        Site {
            dossiers: DossierIndex::new(self.file.dossiers, today),
            source_list: self.file.source_list,
            checked: self.file.checked,
            content: self.content,
            prose: self.prose,
            today,
        }
    }
}

/// A fingerprint of the two data files (64-bit FNV-1a, hex): a prerendered page records the one
/// it was built from, so the browser knows whether the data it fetched is the same.
pub fn fingerprint(content: &str, dossiers: &str) -> String {
    fingerprint_files(&[content, dossiers])
}

/// A fingerprint of several files, each boundary counted (64-bit FNV-1a, hex): the data files a
/// page is rendered from are three: content, dossiers and its language's file.
pub fn fingerprint_files(files: &[&str]) -> String {
    let (first, rest) = files
        .split_first()
        .map_or((&b""[..], &[][..]), |(first, rest)| {
            (first.as_bytes(), rest)
        });
    fingerprint_hex(fingerprint_continue(feed(FINGERPRINT_START, first), rest))
}

/// The state of [`fingerprint_files`]' hash after more `files`, going on from `state` (the
/// files before them): the browser goes on from the state the binary data file carries with
/// its language's files.
pub fn fingerprint_continue(state: u64, files: &[&str]) -> u64 {
    files
        .iter()
        .fold(state, |hash, file| feed(feed(hash, &[0]), file.as_bytes()))
}

/// A fingerprint of bytes (the same hash), for a file that is not text.
pub fn fingerprint_bytes(bytes: &[u8]) -> String {
    fingerprint_hex(feed(FINGERPRINT_START, bytes))
}

fn feed(state: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(state, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// A fingerprint's state written as the fingerprint.
pub fn fingerprint_hex(state: u64) -> String {
    format!("{state:016x}")
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

    #[test]
    fn the_binary_file_holds_the_checked_data_whole_and_the_files_fingerprint() {
        let content = include_str!("../public/data/content.json");
        let dossiers = include_str!("../public/data/dossiers.json");
        let checked = CheckedData::from_json(content, dossiers).expect("the shipped data is valid");
        let bytes = checked.to_wire(content, dossiers).expect("writes");
        let (read, state) = CheckedData::from_wire(&bytes).expect("reads");
        assert_eq!(read.content, checked.content);
        assert_eq!(
            read.file, checked.file,
            "every field of every record, empty ones too"
        );
        assert_eq!(fingerprint_hex(state), fingerprint(content, dossiers));
        let french = ["{\"a\":1}", "{\"b\":2}"];
        assert_eq!(
            fingerprint_hex(fingerprint_continue(state, &french)),
            fingerprint_files(&[content, dossiers, french[0], french[1]]),
            "the browser goes on from the file's state with its language's files"
        );
    }
}
