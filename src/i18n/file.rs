//! A language's files ([`Lang::files`]): `data/lang/<code>.json`, its grammar (CLDR plural
//! rules, digit grouping, month names, date patterns) and interface messages, and, for every
//! language but English, `<code>.content.json` and `<code>.records.json`, this site's
//! translation of the content and of the records' notes and details. Read by the prerenderer,
//! and fetched by the browser for the page's language only. No Leptos here.

use super::format::{Grammar, Pattern};
use super::messages::{Entry, Messages};
use super::plural::PluralRules;
use super::Lang;
use crate::data::translation::Translated;
use crate::data::validation::{parse_json, Checker, ValidationErrors};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A language's files, read together.
#[derive(Debug, Clone, PartialEq)]
pub struct LanguageFile {
    /// The language's code, as in the files' names.
    pub lang: String,
    /// How the language writes numbers, dates and plurals.
    pub grammar: GrammarFile,
    /// The interface messages by key.
    pub messages: BTreeMap<String, Entry>,
    /// This site's translation of the content's texts, by JSON pointer into `content.json`;
    /// none for English.
    pub content: BTreeMap<String, Translated>,
    /// This site's translation of the records' notes and step details (`dossiers.json`), by
    /// their English; none for English.
    pub record_texts: BTreeMap<String, String>,
}

/// One of a language's files as written: the interface file has `grammar` and `messages`, the
/// content file `content`, the records file `record_texts` ([`LanguageFile::parse`] checks that
/// each has its own and no other). One type for the three keeps the WebAssembly to one reader.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Part {
    lang: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    grammar: Option<GrammarFile>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    messages: Option<BTreeMap<String, Entry>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    content: Option<BTreeMap<String, Translated>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    record_texts: Option<BTreeMap<String, String>>,
}

impl Part {
    /// The fields the part has, by name, to compare with what its file should hold.
    fn fields(&self) -> Vec<&'static str> {
        [
            ("grammar", self.grammar.is_some()),
            ("messages", self.messages.is_some()),
            ("content", self.content.is_some()),
            ("record_texts", self.record_texts.is_some()),
        ]
        .into_iter()
        .filter_map(|(name, present)| present.then_some(name))
        .collect()
    }
}

/// What each of a language's files holds, in the order of [`Lang::files`].
const PART_FIELDS: [&[&str]; 3] = [&["grammar", "messages"], &["content"], &["record_texts"]];

/// A language's grammar, as written in its file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GrammarFile {
    /// CLDR plural rules by category ("one": "i = 1 and v = 0"); "other" is implied.
    pub plural: BTreeMap<String, String>,
    /// What separates groups of three digits.
    pub group: String,
    /// CLDR's `minimumGroupingDigits`, where it is not 1.
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub min_grouping: u8,
    /// January to December.
    pub months: Vec<String>,
    /// One to nine, as running text writes them.
    pub small_numbers: Vec<String>,
    /// Date patterns by style; "long" is required.
    pub dates: BTreeMap<String, String>,
}

/// Nothing yet, with the grouping of a file that does not name one.
impl Default for GrammarFile {
    fn default() -> GrammarFile {
        GrammarFile {
            plural: BTreeMap::new(),
            group: String::new(),
            min_grouping: one(),
            months: Vec::new(),
            small_numbers: Vec::new(),
            dates: BTreeMap::new(),
        }
    }
}

fn one() -> u8 {
    1
}

fn is_one(n: &u8) -> bool {
    *n == 1
}

impl LanguageFile {
    /// Parses `lang`'s files, given in the order of [`Lang::files`], checking that each is that
    /// language's.
    pub fn parse(lang: Lang, texts: &[impl AsRef<str>]) -> Result<LanguageFile, ValidationErrors> {
        let names = lang.files();
        if texts.len() != names.len() {
            let mut check = Checker::new(lang.file());
            check.fail(
                "(files)",
                "files",
                format!("given {} of its {} files", texts.len(), names.len()),
            );
            check.finish()?;
        }
        let mut file = LanguageFile {
            lang: lang.code().to_owned(),
            grammar: GrammarFile::default(),
            messages: BTreeMap::new(),
            content: BTreeMap::new(),
            record_texts: BTreeMap::new(),
        };
        for ((name, text), expected) in names.iter().zip(texts).zip(PART_FIELDS) {
            let part: Part = parse_json(name, text.as_ref())?;
            let mut check = Checker::new(name);
            if part.lang != lang.code() {
                check.fail(
                    "(file)",
                    "lang",
                    format!("is {:?}, expected {:?}", part.lang, lang.code()),
                );
            }
            let fields = part.fields();
            for field in expected.iter().filter(|f| !fields.contains(f)) {
                check.fail("(file)", field, "missing");
            }
            for field in fields.iter().filter(|f| !expected.contains(f)) {
                check.fail(
                    "(file)",
                    field,
                    "belongs in another of the language's files",
                );
            }
            check.finish()?;
            if let Some(grammar) = part.grammar {
                file.grammar = grammar;
            }
            file.messages.extend(part.messages.unwrap_or_default());
            file.content.extend(part.content.unwrap_or_default());
            file.record_texts
                .extend(part.record_texts.unwrap_or_default());
        }
        Ok(file)
    }

    /// The language's grammar, checked: rules CLDR can read, twelve months, nine small
    /// numbers, a long date pattern.
    pub fn grammar(&self, lang: Lang) -> Result<Grammar, ValidationErrors> {
        let mut check = Checker::new(lang.file());
        let g = &self.grammar;
        let plural = PluralRules::parse(g.plural.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .unwrap_or_else(|error| {
                check.fail("grammar", "plural", error.to_string());
                PluralRules::default()
            });
        if g.months.len() != 12 {
            check.fail(
                "grammar",
                "months",
                format!("{} months, expected 12", g.months.len()),
            );
        }
        if g.small_numbers.len() != 9 {
            check.fail(
                "grammar",
                "small_numbers",
                format!(
                    "{} numbers, expected 9 (one to nine)",
                    g.small_numbers.len()
                ),
            );
        }
        if !g.dates.contains_key("long") {
            check.fail("grammar", "dates", "no \"long\" date pattern");
        }
        let mut dates = BTreeMap::new();
        for (style, pattern) in &g.dates {
            match Pattern::parse(pattern) {
                Ok(parsed) => {
                    dates.insert(style.clone(), parsed);
                }
                Err(error) => check.fail("grammar", &format!("dates.{style}"), error.to_string()),
            }
        }
        let grammar = Grammar {
            plural,
            group: g.group.clone(),
            min_grouping: g.min_grouping,
            months: g.months.clone(),
            small_numbers: g.small_numbers.clone(),
            dates,
        };
        for (style, pattern) in &grammar.dates {
            if let Err(error) = pattern.check(&["day", "month", "year"], &grammar) {
                check.fail("grammar", &format!("dates.{style}"), error.to_string());
            }
        }
        check.finish()?;
        Ok(grammar)
    }

    /// The files as the site ships them, in the order of [`Lang::files`]: without the hashes of
    /// the English each translation was made from (only the native tests read them), and
    /// without spaces between values.
    pub fn shipped(&self, lang: Lang) -> Vec<String> {
        let part = || Part {
            lang: self.lang.clone(),
            ..Part::default()
        };
        let mut files = vec![serde_json::to_string(&Part {
            grammar: Some(self.grammar.clone()),
            messages: Some(self.messages.clone()),
            ..part()
        })
        .unwrap_or_default()];
        if lang.files().len() > 1 {
            let content = self
                .content
                .iter()
                .map(|(key, translated)| {
                    let text = translated.text.clone();
                    (
                        key.clone(),
                        Translated {
                            from: String::new(),
                            text,
                        },
                    )
                })
                .collect();
            let record_texts = self.record_texts.clone();
            for shipped in [
                Part {
                    content: Some(content),
                    ..part()
                },
                Part {
                    record_texts: Some(record_texts),
                    ..part()
                },
            ] {
                files.push(serde_json::to_string(&shipped).unwrap_or_default());
            }
        }
        files
    }

    /// The language's messages, checked: none missing, none unknown, every placeholder one the
    /// message is given.
    pub fn messages(&self, lang: Lang) -> Result<Messages, ValidationErrors> {
        let grammar = self.grammar(lang)?;
        Ok(Messages::read(lang.file(), grammar, &self.messages)?
            .with_record_texts(self.record_texts.clone()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped(lang: Lang) -> Vec<String> {
        lang.files()
            .iter()
            .map(|file| {
                std::fs::read_to_string(format!("{}/public/{file}", env!("CARGO_MANIFEST_DIR")))
                    .expect("every language has its files")
            })
            .collect()
    }

    /// The errors of `lang`'s shipped files with one change made to its interface file's JSON.
    fn problems_with(lang: Lang, change: impl FnOnce(&mut serde_json::Value)) -> String {
        let mut texts = shipped(lang);
        let mut value: serde_json::Value = serde_json::from_str(&texts[0]).expect("parses");
        change(&mut value);
        texts[0] = value.to_string();
        match LanguageFile::parse(lang, &texts).and_then(|f| f.messages(lang)) {
            Ok(_) => String::new(),
            Err(errors) => errors.to_string(),
        }
    }

    #[test]
    fn every_language_has_every_message_and_no_other() {
        for lang in Lang::ALL {
            let file = LanguageFile::parse(lang, &shipped(lang))
                .unwrap_or_else(|errors| panic!("{errors}"));
            if let Err(errors) = file.messages(lang) {
                panic!("{errors}");
            }
        }
    }

    #[test]
    fn a_missing_unknown_or_mismatched_message_is_named_with_language_and_key() {
        let missing = problems_with(Lang::De, |v| {
            v["messages"].as_object_mut().map(|m| m.remove("nav_about"));
        });
        assert!(
            missing.contains("data/lang/de.json: record nav_about, field `messages`: missing"),
            "{missing}"
        );
        let unknown = problems_with(Lang::Fr, |v| v["messages"]["nav_shop"] = "Boutique".into());
        assert!(
            unknown.contains("data/lang/fr.json: record nav_shop, field `messages`: unknown"),
            "{unknown}"
        );
        let placeholder = problems_with(Lang::Hu, |v| {
            v["messages"]["page_n"] = "{oldal}. oldal".into();
        });
        assert!(
            placeholder.contains("record page_n, field `messages`: unknown placeholder {oldal}"),
            "{placeholder}"
        );
        let category = problems_with(Lang::En, |v| {
            v["messages"]["page_n"] = "{page, plural, few {#} other {#}}".into();
        });
        assert!(
            category.contains("no plural category \"few\""),
            "{category}"
        );
        let list = problems_with(Lang::En, |v| {
            v["messages"]["status_names"] = serde_json::json!(["In force"]);
        });
        assert!(
            list.contains("record status_names, field `messages`: 1 items, expected"),
            "{list}"
        );
        let months = problems_with(Lang::Fr, |v| {
            v["grammar"]["months"] = serde_json::json!(["janvier"]);
        });
        assert!(
            months.contains("field `months`: 1 months, expected 12"),
            "{months}"
        );
        let date = problems_with(Lang::De, |v| {
            v["grammar"]["dates"]["long"] = "{day}. {month {year}".into();
        });
        assert!(
            date.contains("record grammar, field `dates.long`: cannot read"),
            "{date}"
        );
        let wrong = problems_with(Lang::Fr, |v| v["lang"] = "de".into());
        assert!(wrong.contains("field `lang`"), "{wrong}");
        let only_one = LanguageFile::parse(Lang::Fr, &shipped(Lang::Fr)[..1])
            .expect_err("French has three files")
            .to_string();
        assert!(
            only_one.contains(
                "data/lang/fr.json: record (files), field `files`: given 1 of its 3 files"
            ),
            "{only_one}"
        );
        let misplaced = problems_with(Lang::Pl, |v| v["content"] = serde_json::json!({}));
        assert!(
            misplaced.contains(
                "data/lang/pl.json: record (file), field `content`: belongs in another of the language's files"
            ),
            "{misplaced}"
        );
        let missing = problems_with(Lang::El, |v| {
            v.as_object_mut().map(|file| file.remove("messages"));
        });
        assert!(
            missing.contains("data/lang/el.json: record (file), field `messages`: missing"),
            "{missing}"
        );
    }
}
