//! This site's translations of the English content, in each language's file
//! ([`crate::i18n::file`]). Each text is keyed by its place in `content.json` (a JSON pointer)
//! and records a hash of the English it was translated from, so that a changed English text
//! fails the native tests until its translation is redone. No Leptos here.

use super::content::{Content, Source};
use super::validation::{Checker, ValidationErrors};
use crate::dossiers::model::Dossier;
use crate::i18n::file::LanguageFile;
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// One translated text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Translated {
    /// [`english_hash`] of the English text it translates; left out of the copy the site
    /// ships, which the native tests do not read.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub from: String,
    /// The translation.
    pub text: String,
}

/// A short hash of an English text (32-bit FNV-1a, hex): enough to notice that a text changed.
pub fn english_hash(text: &str) -> String {
    let mut hash: u32 = 0x811c_9dc5;
    for byte in text.bytes() {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    format!("{hash:08x}")
}

/// The records' notes and details (of steps, but for Official Journal references, which each
/// language writes its own way, and of relations), each once: the texts every language but
/// English translates in its `record_texts`.
pub fn record_texts(dossiers: &[Dossier]) -> BTreeSet<&str> {
    let mut texts = BTreeSet::new();
    for dossier in dossiers {
        texts.extend(dossier.notes.iter().map(String::as_str));
        let steps = dossier.steps.iter().filter_map(|s| s.detail.as_deref());
        texts.extend(steps.filter(|d| !d.starts_with("OJ ")));
        texts.extend(dossier.relations.iter().filter_map(|r| r.detail.as_deref()));
    }
    texts
}

/// Checks `lang`'s translation of the records' notes and details: each translated, nothing
/// else, none empty.
pub fn check_record_texts(
    lang: Lang,
    file: &LanguageFile,
    dossiers: &[Dossier],
) -> Result<(), ValidationErrors> {
    let mut check = Checker::new(lang.records_file());
    let expected = if lang == Lang::En {
        BTreeSet::new()
    } else {
        record_texts(dossiers)
    };
    for english in &expected {
        match file.record_texts.get(*english) {
            Some(text) => check.text(english, "record_texts", text),
            None => check.fail(
                english,
                "record_texts",
                "missing: translate this note or detail",
            ),
        }
    }
    for english in file
        .record_texts
        .keys()
        .filter(|k| !expected.contains(k.as_str()))
    {
        check.fail(
            english,
            "record_texts",
            "unknown: no record has this note or detail",
        );
    }
    check.finish()
}

impl Source {
    /// Whether the source's title is this site's (its compilation of the legislative files),
    /// and so translated, rather than the English title of a page it cites.
    pub fn named_by_this_site(&self) -> bool {
        self.id == "facts"
    }
}

impl Content {
    /// Calls `visit` with every text this site translates, by its JSON pointer: the sources'
    /// prose, every paragraph of every page, and the names of areas, regions and countries.
    /// Names (of source pages and projects), keys and the source's own Hungarian are not
    /// translated.
    pub fn visit_texts(&mut self, mut visit: impl FnMut(&str, &mut String)) {
        let each =
            |prefix: &str, texts: &mut [String], visit: &mut dyn FnMut(&str, &mut String)| {
                for (i, text) in texts.iter_mut().enumerate() {
                    visit(&format!("{prefix}/{i}"), text);
                }
            };
        for (i, source) in self.sources.iter_mut().enumerate() {
            let at = format!("/sources/{i}");
            if source.named_by_this_site() {
                visit(&format!("{at}/title"), &mut source.title);
            }
            visit(&format!("{at}/publisher"), &mut source.publisher);
            visit(&format!("{at}/covers"), &mut source.covers);
            visit(&format!("{at}/as_of"), &mut source.as_of);
        }
        let mission = &mut self.mission;
        visit("/mission/statement", &mut mission.statement);
        each("/mission/aims", &mut mission.aims, &mut visit);
        visit("/mission/values", &mut mission.values);
        let role = &mut self.role;
        visit("/role/summary", &mut role.summary);
        each("/role/tasks", &mut role.tasks, &mut visit);
        for (i, priority) in role.priorities.iter_mut().enumerate() {
            visit(
                &format!("/role/priorities/{i}/heading"),
                &mut priority.heading,
            );
            visit(&format!("/role/priorities/{i}/text"), &mut priority.text);
        }
        visit("/role/values", &mut role.values);
        for (i, theme) in self.themes.iter_mut().enumerate() {
            visit(&format!("/themes/{i}/title"), &mut theme.title);
            visit(&format!("/themes/{i}/text"), &mut theme.text);
        }
        let int = &mut self.international;
        visit("/international/overview/text", &mut int.overview.text);
        visit(
            "/international/foreign_policy/text",
            &mut int.foreign_policy.text,
        );
        let gi = &mut int.global_internet;
        visit("/international/global_internet/intro", &mut gi.intro);
        each(
            "/international/global_internet/vision",
            &mut gi.vision,
            &mut visit,
        );
        each(
            "/international/global_internet/goals",
            &mut gi.goals,
            &mut visit,
        );
        visit(
            "/international/global_internet/observatory",
            &mut gi.observatory,
        );
        visit("/international/global_internet/fora", &mut gi.fora);
        let rr = &mut int.regional_relations;
        visit("/international/regional_relations/intro", &mut rr.intro);
        each(
            "/international/regional_relations/fair_rules",
            &mut rr.fair_rules,
            &mut visit,
        );
        each(
            "/international/regional_relations/policy_goals",
            &mut rr.policy_goals,
            &mut visit,
        );
        visit(
            "/international/regional_relations/implementation",
            &mut rr.implementation,
        );
        for (i, area) in int.areas.iter_mut().enumerate() {
            visit(&format!("/international/areas/{i}/name"), &mut area.name);
            visit(&format!("/international/areas/{i}/text"), &mut area.text);
        }
        let d4d = &mut int.digital4development;
        visit(
            "/international/digital4development/approach",
            &mut d4d.approach,
        );
        visit("/international/digital4development/africa", &mut d4d.africa);
        visit(
            "/international/digital4development/council_2016",
            &mut d4d.council_2016,
        );
        visit(
            "/international/digital4development/swd_2017",
            &mut d4d.swd_2017,
        );
        each(
            "/international/digital4development/priorities",
            &mut d4d.priorities,
            &mut visit,
        );
        visit("/international/digital4development/follow", &mut d4d.follow);
        let research = &mut int.research;
        visit("/international/research/intro", &mut research.intro);
        for (i, region) in research.regions.iter_mut().enumerate() {
            visit(
                &format!("/international/research/regions/{i}/name"),
                &mut region.name,
            );
        }
        for (i, country) in research.countries.iter_mut().enumerate() {
            visit(
                &format!("/international/research/countries/{i}/name"),
                &mut country.name,
            );
        }
        for (i, project) in research.projects.iter_mut().enumerate() {
            visit(
                &format!("/international/research/projects/{i}/description"),
                &mut project.description,
            );
        }
        let news = &mut int.hungarian_news;
        visit(
            "/international/hungarian_news/english_title",
            &mut news.english_title,
        );
        visit(
            "/international/hungarian_news/english_summary",
            &mut news.english_summary,
        );
    }

    /// The texts `lang`'s file must translate, with their English: every text of
    /// [`Content::visit_texts`] except, in Hungarian, those the source itself gives in Hungarian
    /// (which the pages show in the source's words) and the English of the Hungarian news item.
    pub fn texts_to_translate(&self, lang: Lang) -> BTreeMap<String, String> {
        let given = self.given_in_hungarian();
        let mut copy = self.clone();
        let mut texts = BTreeMap::new();
        copy.visit_texts(|key, text| {
            if lang != Lang::Hu || !given.iter().any(|g| g == key) {
                texts.insert(key.to_owned(), text.clone());
            }
        });
        texts
    }

    /// The texts whose Hungarian the source itself gives, by JSON pointer.
    fn given_in_hungarian(&self) -> Vec<String> {
        let mut keys = vec![
            "/international/overview/text".to_owned(),
            "/international/hungarian_news/english_title".to_owned(),
            "/international/hungarian_news/english_summary".to_owned(),
        ];
        for (i, area) in self.international.areas.iter().enumerate() {
            if let Some(hungarian) = &area.hungarian {
                keys.push(format!("/international/areas/{i}/text"));
                if hungarian.title.is_some() {
                    keys.push(format!("/international/areas/{i}/name"));
                }
            }
        }
        keys
    }

    /// The content with `file`'s translations in place of the English texts they translate.
    pub fn translated(mut self, file: &LanguageFile) -> Content {
        self.visit_texts(|key, text| {
            if let Some(translated) = file.content.get(key) {
                *text = translated.text.clone();
            }
        });
        self
    }

    /// Checks `lang`'s translation of the content: every text translated, nothing else, each
    /// from the current English, none empty.
    pub fn check_translation(
        &self,
        lang: Lang,
        file: &LanguageFile,
    ) -> Result<(), ValidationErrors> {
        let mut check = Checker::new(lang.content_file());
        let expected = if lang == Lang::En {
            BTreeMap::new()
        } else {
            self.texts_to_translate(lang)
        };
        for (key, english) in &expected {
            match file.content.get(key) {
                None => check.fail(key, "content", "missing: translate this text"),
                Some(translated) => {
                    check.text(key, "text", &translated.text);
                    // The shipped copy has no hashes: the source file's were checked natively.
                    if !translated.from.is_empty() && translated.from != english_hash(english) {
                        check.fail(
                            key,
                            "from",
                            format!(
                                "translates an older English text (hash {}, now {}): translate it again",
                                translated.from,
                                english_hash(english)
                            ),
                        );
                    }
                }
            }
        }
        for key in file.content.keys().filter(|k| !expected.contains_key(*k)) {
            check.fail(
                key,
                "content",
                "unknown: content.json has no text to translate here",
            );
        }
        check.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONTENT: &str = include_str!("../../public/data/content.json");
    const FRENCH: [&str; 3] = [
        include_str!("../../public/data/lang/fr.json"),
        include_str!("../../public/data/lang/fr.content.json"),
        include_str!("../../public/data/lang/fr.records.json"),
    ];

    fn content() -> Content {
        Content::from_json(CONTENT).expect("the shipped content is valid")
    }

    /// The French files with one change made to the content file's JSON, checked.
    fn french_with(change: impl FnOnce(&mut serde_json::Value)) -> String {
        let mut value: serde_json::Value = serde_json::from_str(FRENCH[1]).expect("parses");
        change(&mut value);
        let changed = value.to_string();
        match LanguageFile::parse(Lang::Fr, &[FRENCH[0], &changed, FRENCH[2]])
            .and_then(|file| content().check_translation(Lang::Fr, &file))
        {
            Ok(()) => String::new(),
            Err(errors) => errors.to_string(),
        }
    }

    #[test]
    fn every_language_translates_every_text_from_the_current_english() {
        let content = content();
        for lang in Lang::ALL {
            let name = lang.content_file();
            let texts: Vec<String> = lang
                .files()
                .iter()
                .map(|file| {
                    std::fs::read_to_string(format!("{}/public/{file}", env!("CARGO_MANIFEST_DIR")))
                        .unwrap_or_else(|e| panic!("{file}: {e}"))
                })
                .collect();
            let file =
                LanguageFile::parse(lang, &texts).unwrap_or_else(|errors| panic!("{errors}"));
            if let Err(errors) = content.check_translation(lang, &file) {
                panic!("{errors}");
            }
            for (key, translated) in &file.content {
                assert!(
                    !translated.from.is_empty(),
                    "{name}: record {key}: no `from`, the hash of the English it translates"
                );
            }
        }
    }

    #[test]
    fn a_missing_unknown_stale_or_empty_text_is_named_with_its_file_and_key() {
        let missing = french_with(|v| {
            v["content"]
                .as_object_mut()
                .map(|m| m.remove("/mission/statement"));
        });
        assert!(
            missing.contains(
                "data/lang/fr.content.json: record /mission/statement, field `content`: missing"
            ),
            "{missing}"
        );
        let unknown = french_with(|v| {
            v["content"]["/mission/slogan"] = serde_json::json!({"from": "00000000", "text": "x"});
        });
        assert!(
            unknown.contains("record /mission/slogan, field `content`: unknown"),
            "{unknown}"
        );
        let stale = french_with(|v| v["content"]["/role/values"]["from"] = "00000000".into());
        assert!(
            stale.contains("record /role/values, field `from`: translates an older English text"),
            "{stale}"
        );
        let empty = french_with(|v| v["content"]["/role/values"]["text"] = " ".into());
        assert!(
            empty.contains("record /role/values, field `text`"),
            "{empty}"
        );
    }

    #[test]
    fn hungarian_keeps_the_sources_own_hungarian() {
        let content = content();
        let hungarian = content.texts_to_translate(Lang::Hu);
        let french = content.texts_to_translate(Lang::Fr);
        assert!(french.contains_key("/international/areas/0/text"));
        assert!(!hungarian.contains_key("/international/areas/0/text"));
        assert!(!hungarian.contains_key("/international/overview/text"));
        assert!(
            hungarian.contains_key("/international/areas/3/name"),
            "the source gives no Hungarian for the Americas"
        );
        assert!(
            !french.contains_key("/sources/0/title"),
            "a cited page keeps its name"
        );
        assert!(
            french.contains_key("/sources/4/title"),
            "the site's own compilation"
        );
        assert!(!french.contains_key("/international/research/projects/0/name"));
    }

    #[test]
    fn a_note_or_detail_without_its_translation_is_named() {
        let content = content();
        let sources: Vec<&str> = content.sources.iter().map(|s| s.id.as_str()).collect();
        let dossiers = crate::dossiers::model::DossierFile::from_json(
            include_str!("../../public/data/dossiers.json"),
            &sources,
        )
        .expect("the shipped records are valid")
        .dossiers;
        let texts = record_texts(&dossiers);
        assert!(texts.contains("Chapters I and II"));
        assert!(
            !texts.iter().any(|t| t.starts_with("OJ ")),
            "each language writes the OJ its way"
        );
        let mut file = LanguageFile::parse(Lang::Fr, &FRENCH).expect("parses");
        assert_eq!(check_record_texts(Lang::Fr, &file, &dossiers), Ok(()));
        file.record_texts.remove("Chapters I and II");
        file.record_texts
            .insert("Chapter XX".into(), "Chapitre XX".into());
        let problems = check_record_texts(Lang::Fr, &file, &dossiers)
            .expect_err("one missing, one unknown")
            .to_string();
        assert!(
            problems.contains(
                "data/lang/fr.records.json: record Chapters I and II, field `record_texts`: missing"
            ),
            "{problems}"
        );
        assert!(
            problems.contains("record Chapter XX, field `record_texts`: unknown"),
            "{problems}"
        );
        let english =
            LanguageFile::parse(Lang::En, &[include_str!("../../public/data/lang/en.json")])
                .expect("parses");
        assert_eq!(check_record_texts(Lang::En, &english, &dossiers), Ok(()));
    }

    #[test]
    fn hashes_tell_texts_apart() {
        assert_eq!(english_hash(""), "811c9dc5");
        assert_ne!(english_hash("Africa"), english_hash("africa"));
    }
}
