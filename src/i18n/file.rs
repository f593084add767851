//! A language's file (`data/lang/<code>.json`): its grammar (CLDR plural rules, digit
//! grouping, month names, date patterns), its interface messages, and, for every language but
//! English, this site's translation of the content. Read by the prerenderer, and fetched by the
//! browser for the page's language only. No Leptos here.

use super::format::{Grammar, Pattern};
use super::messages::{Entry, Messages};
use super::plural::PluralRules;
use super::Lang;
use crate::data::translation::Translated;
use crate::data::validation::{parse_json, Checker, ValidationErrors};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A language's file, as written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageFile {
    /// The language's code, as in the file's name.
    pub lang: String,
    /// How the language writes numbers, dates and plurals.
    pub grammar: GrammarFile,
    /// The interface messages by key.
    pub messages: BTreeMap<String, Entry>,
    /// This site's translation of the content's texts, by JSON pointer into `content.json`;
    /// none for English.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub content: BTreeMap<String, Translated>,
    /// This site's translation of the records' notes and step details (`dossiers.json`), by
    /// their English; none for English.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub record_texts: BTreeMap<String, String>,
}

/// A language's grammar, as written in its file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GrammarFile {
    /// CLDR plural rules by category ("one": "i = 1 and v = 0"); "other" is implied.
    pub plural: BTreeMap<String, String>,
    /// What separates groups of three digits.
    pub group: String,
    /// January to December.
    pub months: Vec<String>,
    /// One to nine, as running text writes them.
    pub small_numbers: Vec<String>,
    /// Date patterns by style; "long" is required.
    pub dates: BTreeMap<String, String>,
}

impl LanguageFile {
    /// Parses `lang`'s file, checking that it is that language's.
    pub fn parse(lang: Lang, text: &str) -> Result<LanguageFile, ValidationErrors> {
        let name = lang.file();
        let file: LanguageFile = parse_json(name, text)?;
        if file.lang != lang.code() {
            let mut check = Checker::new(name);
            check.fail(
                "(file)",
                "lang",
                format!("is {:?}, expected {:?}", file.lang, lang.code()),
            );
            check.finish()?;
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

    /// The file as the site ships it: without the hashes of the English each translation was
    /// made from (only the native tests read them), and without spaces between values.
    pub fn shipped(&self) -> String {
        let mut shipped = self.clone();
        for translated in shipped.content.values_mut() {
            translated.from.clear();
        }
        serde_json::to_string(&shipped).unwrap_or_default()
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

    fn shipped(lang: Lang) -> String {
        std::fs::read_to_string(format!(
            "{}/public/{}",
            env!("CARGO_MANIFEST_DIR"),
            lang.file()
        ))
        .expect("every language has its file")
    }

    /// The errors of `lang`'s shipped file with one change made to its JSON.
    fn problems_with(lang: Lang, change: impl FnOnce(&mut serde_json::Value)) -> String {
        let mut value: serde_json::Value = serde_json::from_str(&shipped(lang)).expect("parses");
        change(&mut value);
        match LanguageFile::parse(lang, &value.to_string()).and_then(|f| f.messages(lang)) {
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
    }
}
