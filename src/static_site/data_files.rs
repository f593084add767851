//! The data files a build ships, and what each language's pages are rendered from: the English
//! content, the dossiers and the language's files (its messages and, but for English, its
//! translation of the content and of the records' texts).

use crate::data::date::Date;
use crate::data::validation::ValidationErrors;
use crate::i18n::file::LanguageFile;
use crate::i18n::{Lang, Messages};
use crate::site::{fingerprint_files, CheckedData, Site};

/// The text of every data file.
#[derive(Debug, Clone)]
pub struct DataFiles {
    /// `data/content.json`.
    pub content: String,
    /// `data/dossiers.json`.
    pub dossiers: String,
    /// Each language's files ([`Lang::files`]), in the order of [`Lang::ALL`].
    pub languages: Vec<(Lang, Vec<String>)>,
}

impl DataFiles {
    /// Reads every data file with `read`, which is given each file's path relative to the
    /// site's root.
    pub fn read<E>(mut read: impl FnMut(&str) -> Result<String, E>) -> Result<DataFiles, E> {
        let content = read(crate::data::content::CONTENT_FILE)?;
        let dossiers = read(crate::dossiers::model::DOSSIERS_FILE)?;
        let mut languages = Vec::new();
        for lang in Lang::ALL {
            let mut texts = Vec::new();
            for file in lang.files() {
                texts.push(read(file)?);
            }
            languages.push((lang, texts));
        }
        Ok(DataFiles {
            content,
            dossiers,
            languages,
        })
    }

    /// Checks every language's file as written: its messages, and its translations against the
    /// current English (the hashes the shipped copies leave out).
    pub fn check_languages(&self) -> Result<(), ValidationErrors> {
        let checked = CheckedData::from_json(&self.content, &self.dossiers)?;
        for (lang, texts) in &self.languages {
            let file = LanguageFile::parse(*lang, texts)?;
            file.messages(*lang)?;
            checked.check_translation(*lang, &file)?;
        }
        Ok(())
    }

    /// The same files with each language's as the site ships it ([`LanguageFile::shipped`]).
    pub fn shipped(mut self) -> Result<DataFiles, ValidationErrors> {
        for (lang, texts) in &mut self.languages {
            *texts = LanguageFile::parse(*lang, texts)?.shipped(*lang);
        }
        Ok(self)
    }

    fn language(&self, lang: Lang) -> &[String] {
        self.languages
            .iter()
            .find(|(l, _)| *l == lang)
            .map_or(&[], |(_, texts)| texts.as_slice())
    }

    /// The deployment's data version: a fingerprint of every file, which every page asks for
    /// its files with, so that one language's pages share the files they have in common with
    /// another's.
    pub fn version(&self) -> String {
        let mut files = vec![self.content.as_str(), self.dossiers.as_str()];
        files.extend(
            self.languages
                .iter()
                .flat_map(|(_, texts)| texts.iter().map(String::as_str)),
        );
        fingerprint_files(&files)
    }

    /// The fingerprint of the files a page in `lang` is rendered from, as the browser computes
    /// it from the files it loads.
    pub fn fingerprint_in(&self, lang: Lang) -> String {
        let mut files = vec![self.content.as_str(), self.dossiers.as_str()];
        files.extend(self.language(lang).iter().map(String::as_str));
        fingerprint_files(&files)
    }

    /// `lang`'s messages, checked.
    pub fn messages_in(&self, lang: Lang) -> Result<Messages, ValidationErrors> {
        LanguageFile::parse(lang, self.language(lang))?.messages(lang)
    }

    /// The site in `lang` as it will read on each day after `today` on which its data can
    /// change ([`crate::dossiers::index::DossierIndex::change_days`]), in order. Each still names
    /// `today` as its day, as the browser shows a prerendered page whose statuses hold: so a
    /// page rendered from one of them differs from today's only if what it states has changed.
    pub fn sites_ahead(
        &self,
        lang: Lang,
        today: Date,
    ) -> Result<Vec<(Date, Site)>, ValidationErrors> {
        let days = self.site_in(lang, today)?.dossiers.change_days();
        days.into_iter()
            .map(|day| {
                let mut site = self.site_in(lang, day)?;
                site.today = today;
                Ok((day, site))
            })
            .collect()
    }

    /// The site with its content in `lang`, its statuses as of `today`.
    pub fn site_in(&self, lang: Lang, today: Date) -> Result<Site, ValidationErrors> {
        let mut checked = CheckedData::from_json(&self.content, &self.dossiers)?;
        let file = LanguageFile::parse(lang, self.language(lang))?;
        checked.check_translation(lang, &file)?;
        if lang != Lang::En {
            checked = checked.translated(lang, &file);
        }
        Ok(checked.index(today))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::fixtures::TODAY;

    fn shipped() -> DataFiles {
        DataFiles::read(|file| {
            std::fs::read_to_string(format!("{}/public/{file}", env!("CARGO_MANIFEST_DIR")))
        })
        .expect("the data files are there")
    }

    #[test]
    fn every_language_renders_from_its_own_files() {
        let files = shipped();
        for lang in Lang::ALL {
            let site = files
                .site_in(lang, TODAY)
                .unwrap_or_else(|errors| panic!("{lang:?}:\n{errors}"));
            assert_eq!(site.prose, lang);
            assert_eq!(site.prose_lang(lang), None, "{lang:?} prose is its own");
        }
        let english = files.site_in(Lang::En, TODAY).unwrap();
        let french = files.site_in(Lang::Fr, TODAY).unwrap();
        assert_ne!(
            english.content.mission.statement,
            french.content.mission.statement
        );
        assert_eq!(
            english.content.sources[0].title, french.content.sources[0].title,
            "source pages keep their names"
        );
        assert_eq!(
            english.content.themes[0].slug,
            french.content.themes[0].slug
        );
    }

    #[test]
    fn the_build_checks_every_language_and_ships_it_without_hashes() {
        let files = shipped();
        for lang in Lang::ALL {
            assert!(files.messages_in(lang).is_ok(), "{lang:?}");
        }
        assert_eq!(files.check_languages(), Ok(()));
        let mut stale = files.clone();
        for (lang, texts) in &mut stale.languages {
            if *lang == Lang::De {
                let mut value: serde_json::Value = serde_json::from_str(&texts[1]).expect("parses");
                value["content"]["/mission/statement"]["from"] = "00000000".into();
                texts[1] = value.to_string();
            }
        }
        let problems = stale
            .check_languages()
            .expect_err("a stale translation")
            .to_string();
        assert!(
            problems.contains("data/lang/de.content.json: record /mission/statement, field `from`"),
            "{problems}"
        );
        let shipped = files.clone().shipped().expect("the files parse");
        for lang in Lang::ALL {
            let site = shipped
                .site_in(lang, TODAY)
                .expect("the shipped copy is whole");
            assert_eq!(site.prose, lang);
            for (shipped, written) in shipped.language(lang).iter().zip(files.language(lang)) {
                assert!(
                    shipped.len() < written.len(),
                    "{lang:?} ships compact files"
                );
                assert!(!shipped.contains("\"from\""), "no hashes shipped");
            }
        }
    }
}
