//! Errors that name the file, the record and the field of a bad data entry.

use crate::text::{is_control, is_invisible};
use std::fmt;
use thiserror::Error;

/// One problem found in a data file: where it is, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{file}: record {record}, field `{field}`: {problem}")]
pub struct ValidationError {
    /// The data file, as shipped (e.g. `data/content.json`).
    pub file: &'static str,
    /// Which record, e.g. `themes[2] (strategic-vision)`.
    pub record: String,
    /// The field inside the record, e.g. `title`.
    pub field: String,
    /// What is wrong with it.
    pub problem: String,
}

/// Every problem found in the data files, one per line when shown.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{}", lines(.0))]
pub struct ValidationErrors(pub Vec<ValidationError>);

fn lines(errors: &[ValidationError]) -> String {
    errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

impl std::ops::Deref for ValidationErrors {
    type Target = [ValidationError];

    fn deref(&self) -> &[ValidationError] {
        &self.0
    }
}

impl<'a> IntoIterator for &'a ValidationErrors {
    type Item = &'a ValidationError;
    type IntoIter = std::slice::Iter<'a, ValidationError>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

/// Parses a data file, naming the file and the place of a syntax or shape error.
pub fn parse_json<T: serde::de::DeserializeOwned>(
    file: &'static str,
    text: &str,
) -> Result<T, ValidationErrors> {
    serde_json::from_str(text).map_err(|error| {
        ValidationErrors(vec![ValidationError {
            file,
            record: format!("at line {}, column {}", error.line(), error.column()),
            field: "(JSON)".into(),
            problem: error.to_string(),
        }])
    })
}

/// What a text must not contain: control characters (they break the feed's XML and hide in
/// titles), direction overrides and invisible characters (they let one title pose as another),
/// and decomposed accents (a search for "dragos" must find "Dragoş", so texts are composed,
/// NFC).
fn unfit_character(text: &str) -> Option<(char, &'static str)> {
    text.chars().find_map(|c| {
        let why = match c {
            c if is_control(c) => "a control character",
            c if is_invisible(c) => "an invisible or direction-changing character",
            '\u{FFFE}' | '\u{FFFF}' => "a noncharacter",
            '\u{0300}'..='\u{036F}' => "a combining accent (write the text composed, NFC)",
            _ => return None,
        };
        Some((c, why))
    })
}

/// True for lower-case ASCII words joined by single hyphens, e.g. `asia-pacific`.
pub fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && text.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Collects validation problems for one file, so that all of them are reported at once.
#[derive(Debug)]
pub struct Checker {
    file: &'static str,
    errors: Vec<ValidationError>,
}

impl Checker {
    /// Starts checking `file`.
    pub fn new(file: &'static str) -> Self {
        Checker {
            file,
            errors: Vec::new(),
        }
    }

    /// Records a problem with `field` of `record`.
    pub fn fail(&mut self, record: impl fmt::Display, field: &str, problem: impl Into<String>) {
        self.errors.push(ValidationError {
            file: self.file,
            record: record.to_string(),
            field: field.to_owned(),
            problem: problem.into(),
        });
    }

    /// Fails unless `value` has visible text (empty or blank strings say nothing to a visitor)
    /// made only of characters fit to show.
    pub fn text(&mut self, record: impl fmt::Display, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.fail(record, field, "must not be empty");
        } else if let Some((c, why)) = unfit_character(value) {
            let problem = format!("contains {why} (U+{:04X})", u32::from(c));
            self.fail(record, field, problem);
        }
    }

    /// Checks every string in a list with [`Checker::text`].
    pub fn texts(&mut self, record: impl fmt::Display + Copy, field: &str, values: &[String]) {
        for (i, value) in values.iter().enumerate() {
            self.text(record, &format!("{field}[{i}]"), value);
        }
    }

    /// Fails unless `value` is a URL segment: lower-case letters and digits in words joined by
    /// single hyphens.
    pub fn slug(&mut self, record: impl fmt::Display, field: &str, value: &str) {
        if !is_slug(value) {
            self.fail(
                record,
                field,
                "must be lower-case letters, digits and single hyphens",
            );
        }
    }

    /// Fails unless `id` names one of `sources`.
    pub fn cites(&mut self, record: impl fmt::Display, field: &str, id: &str, sources: &[&str]) {
        self.known(record, field, id, sources, "sources");
    }

    /// Fails unless `id` is one of `known`, which are the file's `what` ("regions").
    pub fn known(
        &mut self,
        record: impl fmt::Display,
        field: &str,
        id: &str,
        known: &[&str],
        what: &str,
    ) {
        if !known.contains(&id) {
            self.fail(record, field, format!("`{id}` is not one of the {what}"));
        }
    }

    /// Fails unless `values` has at least one entry and every entry has text.
    pub fn list(&mut self, record: impl fmt::Display + Copy, field: &str, values: &[String]) {
        self.non_empty(record, field, values);
        self.texts(record, field, values);
    }

    /// Fails when `values` is empty.
    pub fn non_empty<T>(&mut self, record: impl fmt::Display, field: &str, values: &[T]) {
        if values.is_empty() {
            self.fail(record, field, "must list at least one entry");
        }
    }

    /// Fails when a key occurs twice among `keys`; `label` builds the record name.
    pub fn unique<'a>(
        &mut self,
        keys: impl IntoIterator<Item = &'a str>,
        field: &str,
        label: impl Fn(usize, &str) -> String,
    ) {
        let mut seen = std::collections::HashMap::new();
        for (i, key) in keys.into_iter().enumerate() {
            if let Some(first) = seen.insert(key, i) {
                let problem = format!("`{key}` is used twice (also by record {first})");
                self.fail(label(i, key), field, problem);
            }
        }
    }

    /// Ends the check: all problems found, or `Ok` when there were none.
    pub fn finish(self) -> Result<(), ValidationErrors> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(ValidationErrors(self.errors))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_file_record_and_field() {
        let mut check = Checker::new("data/x.json");
        check.text("themes[1] (a)", "title", "  ");
        let errors = check.finish().unwrap_err();
        assert_eq!(
            errors[0].to_string(),
            "data/x.json: record themes[1] (a), field `title`: must not be empty"
        );
    }

    #[test]
    fn refuses_characters_unfit_to_show() {
        for (text, why) in [
            ("Title\u{000B}", "control character"),
            ("Digital \u{202E}tca", "direction-changing"),
            ("Zero\u{200B}width", "invisible"),
            ("Drago\u{0073}\u{0327}", "combining accent"),
        ] {
            let mut check = Checker::new("f");
            check.text("r", "title", text);
            let errors = check.finish().unwrap_err();
            assert!(errors[0].problem.contains(why), "{text:?}: {}", errors[0]);
        }
        let mut check = Checker::new("f");
        check.text("r", "title", "Dragoş Tudorache – “Path” (UE) n° 2022/2065");
        assert!(check.finish().is_ok());
    }

    #[test]
    fn shows_every_problem_on_its_own_line() {
        let mut check = Checker::new("f");
        check.text("a", "x", "");
        check.text("b", "y", "");
        let shown = check.finish().unwrap_err().to_string();
        assert_eq!(shown.lines().count(), 2, "{shown}");
    }

    #[test]
    fn slugs() {
        assert!(is_slug("asia-pacific"));
        assert!(is_slug("idealist2018"));
        assert!(!is_slug("Asia"));
        assert!(!is_slug("a--b"));
        assert!(!is_slug("-a"));
        assert!(!is_slug(""));
    }

    #[test]
    fn finds_duplicates() {
        let mut check = Checker::new("f");
        check.unique(["a", "b", "a"], "slug", |i, k| format!("r[{i}] ({k})"));
        let errors = check.finish().unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].record, "r[2] (a)");
        assert!(errors[0].problem.contains("record 0"));
    }
}
