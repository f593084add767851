//! Errors that name the file, the record and the field of a bad data entry.

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

/// Parses a data file, naming the file and the place of a syntax or shape error.
pub fn parse_json<T: serde::de::DeserializeOwned>(
    file: &'static str,
    text: &str,
) -> Result<T, Vec<ValidationError>> {
    serde_json::from_str(text).map_err(|error| {
        vec![ValidationError {
            file,
            record: format!("at line {}, column {}", error.line(), error.column()),
            field: "(JSON)".into(),
            problem: error.to_string(),
        }]
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

    /// Fails unless `value` has visible text: empty or blank strings say nothing to a visitor.
    pub fn text(&mut self, record: impl fmt::Display, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.fail(record, field, "must not be empty");
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
    pub fn finish(self) -> Result<(), Vec<ValidationError>> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(self.errors)
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
