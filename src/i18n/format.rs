//! Messages with placeholders, in a subset of ICU MessageFormat that translators know:
//! `{name}`, `{count, plural, one {# file} other {# files}}` (CLDR categories or `=N`),
//! `{form, select, regulation {…} other {…}}`, `{day, date}` or `{day, date, on}` (the
//! language's date patterns), `{count, words}` (one to nine written out) and `{facts, lower}`
//! (a list of labels in running text, each in lower case). No Leptos here.

use super::plural::PluralRules;
use crate::data::date::Date;
use std::collections::BTreeMap;
use thiserror::Error;

/// A value put into a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arg<'a> {
    /// Text, as it is.
    Text(&'a str),
    /// A whole number, written with the language's digit grouping.
    Number(u64),
    /// A date, written with one of the language's date patterns.
    Date(Date),
}

/// What a message needs besides its arguments: the language's plural rules, digit grouping,
/// month names, small numbers and date patterns.
#[derive(Debug, Clone, Default)]
pub struct Grammar {
    /// CLDR plural rules.
    pub plural: PluralRules,
    /// Between groups of three digits ("," in English, U+202F in French).
    pub group: String,
    /// How many digits the highest group needs before a number is grouped: CLDR's
    /// `minimumGroupingDigits` (2 in Polish or Spanish, which write 1000 but 10 000).
    pub min_grouping: u8,
    /// January to December.
    pub months: Vec<String>,
    /// One to nine, as running text writes them.
    pub small_numbers: Vec<String>,
    /// Date patterns by style ("long", and others a language needs, such as Hungarian "on"),
    /// with the placeholders `{day}`, `{month}` and `{year}`; parsed once, since pages write
    /// hundreds of dates.
    pub dates: BTreeMap<String, Pattern>,
}

/// Why a message could not be read or filled.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum FormatError {
    /// The pattern is not well formed.
    #[error("cannot read {0}")]
    Syntax(String),
    /// The pattern names a value the message is not given.
    #[error("unknown placeholder {{{0}}}")]
    UnknownArg(String),
    /// A plural or select has no `other` branch.
    #[error("{{{0}, …}} has no `other` branch")]
    NoOther(String),
    /// A plural names a category the language's rules do not have.
    #[error("{{{0}, plural, …}}: no plural category {1:?} in this language")]
    UnknownCategory(String, String),
    /// A date placeholder names a date pattern the language does not have.
    #[error("{{{0}, date, {1}}}: no such date pattern")]
    UnknownDateStyle(String, String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Node {
    Text(String),
    /// `#` in a plural branch: the number.
    Hash(String),
    Arg(String, Form),
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Form {
    Plain,
    Words,
    /// A list of labels as running text: each item's first letter in lower case.
    Lower,
    Date(String),
    Plural(Vec<(String, Vec<Node>)>),
    Select(Vec<(String, Vec<Node>)>),
}

/// A parsed message.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Pattern(Vec<Node>);

impl Pattern {
    /// Reads a pattern.
    pub fn parse(text: &str) -> Result<Pattern, FormatError> {
        let chars: Vec<char> = text.chars().collect();
        let mut at = 0;
        let nodes = parse_nodes(&chars, &mut at, None)?;
        if at < chars.len() {
            return Err(FormatError::Syntax(format!("an unmatched }} at {at}")));
        }
        Ok(Pattern(nodes))
    }

    /// The names of the values the pattern uses, each once.
    pub fn args(&self) -> Vec<String> {
        let mut names = Vec::new();
        collect_args(&self.0, &mut names);
        names
    }

    /// Checks the pattern against the values it is given (`names`) and the language: every
    /// placeholder known, every plural and select with `other`, only the language's plural
    /// categories and date patterns.
    pub fn check(&self, names: &[&str], grammar: &Grammar) -> Result<(), FormatError> {
        check_nodes(&self.0, names, grammar)
    }

    /// The message with `args` put in.
    pub fn format(&self, args: &[(&str, Arg)], grammar: &Grammar) -> String {
        let mut out = String::new();
        write_nodes(&self.0, args, grammar, &mut out);
        out
    }
}

fn parse_nodes(
    chars: &[char],
    at: &mut usize,
    plural: Option<&str>,
) -> Result<Vec<Node>, FormatError> {
    let mut nodes = Vec::new();
    let mut text = String::new();
    while let Some(&c) = chars.get(*at) {
        match c {
            '}' => break,
            '{' => {
                if !text.is_empty() {
                    nodes.push(Node::Text(std::mem::take(&mut text)));
                }
                *at += 1;
                nodes.push(parse_arg(chars, at)?);
            }
            '#' if plural.is_some() => {
                if !text.is_empty() {
                    nodes.push(Node::Text(std::mem::take(&mut text)));
                }
                nodes.push(Node::Hash(plural.unwrap_or_default().to_owned()));
                *at += 1;
            }
            c => {
                text.push(c);
                *at += 1;
            }
        }
    }
    if !text.is_empty() {
        nodes.push(Node::Text(text));
    }
    Ok(nodes)
}

/// After `{`: `name}`, `name, words}`, `name, date[, style]}`, or `name, plural|select, …}`.
fn parse_arg(chars: &[char], at: &mut usize) -> Result<Node, FormatError> {
    let word = |at: &mut usize| {
        while chars.get(*at).is_some_and(|c| c.is_whitespace()) {
            *at += 1;
        }
        let start = *at;
        while chars
            .get(*at)
            .is_some_and(|c| c.is_alphanumeric() || *c == '_' || *c == '=' || *c == '-')
        {
            *at += 1;
        }
        let word: String = chars[start..*at].iter().collect();
        while chars.get(*at).is_some_and(|c| c.is_whitespace()) {
            *at += 1;
        }
        word
    };
    let expect = |at: &mut usize, c: char| {
        if chars.get(*at) == Some(&c) {
            *at += 1;
            Ok(())
        } else {
            Err(FormatError::Syntax(format!("expected {c:?} at {}", *at)))
        }
    };
    let name = word(at);
    if name.is_empty() {
        return Err(FormatError::Syntax(format!(
            "a placeholder without a name at {}",
            *at
        )));
    }
    if chars.get(*at) == Some(&'}') {
        *at += 1;
        return Ok(Node::Arg(name, Form::Plain));
    }
    expect(at, ',')?;
    let kind = word(at);
    let form = match kind.as_str() {
        "words" => Form::Words,
        "lower" => Form::Lower,
        "date" => {
            let style = if chars.get(*at) == Some(&',') {
                *at += 1;
                word(at)
            } else {
                "long".to_owned()
            };
            Form::Date(style)
        }
        "plural" | "select" => {
            expect(at, ',')?;
            let mut branches = Vec::new();
            loop {
                let key = word(at);
                if key.is_empty() {
                    break;
                }
                expect(at, '{')?;
                let nodes = parse_nodes(chars, at, (kind == "plural").then_some(name.as_str()))?;
                expect(at, '}')?;
                branches.push((key, nodes));
            }
            if kind == "plural" {
                Form::Plural(branches)
            } else {
                Form::Select(branches)
            }
        }
        other => return Err(FormatError::Syntax(format!("unknown kind {other:?}"))),
    };
    while chars.get(*at).is_some_and(|c| c.is_whitespace()) {
        *at += 1;
    }
    expect(at, '}')?;
    Ok(Node::Arg(name, form))
}

fn collect_args(nodes: &[Node], names: &mut Vec<String>) {
    for node in nodes {
        if let Node::Arg(name, form) = node {
            if !names.contains(name) {
                names.push(name.clone());
            }
            if let Form::Plural(branches) | Form::Select(branches) = form {
                for (_, nodes) in branches {
                    collect_args(nodes, names);
                }
            }
        }
    }
}

fn check_nodes(nodes: &[Node], names: &[&str], grammar: &Grammar) -> Result<(), FormatError> {
    for node in nodes {
        let Node::Arg(name, form) = node else {
            continue;
        };
        if !names.contains(&name.as_str()) {
            return Err(FormatError::UnknownArg(name.clone()));
        }
        match form {
            Form::Plural(branches) | Form::Select(branches) => {
                if !branches.iter().any(|(key, _)| key == "other") {
                    return Err(FormatError::NoOther(name.clone()));
                }
                if matches!(form, Form::Plural(_)) {
                    let categories = grammar.plural.categories();
                    if let Some((key, _)) = branches.iter().find(|(key, _)| {
                        !key.starts_with('=') && !categories.contains(&key.as_str())
                    }) {
                        return Err(FormatError::UnknownCategory(name.clone(), key.clone()));
                    }
                }
                for (_, nodes) in branches {
                    check_nodes(nodes, names, grammar)?;
                }
            }
            Form::Date(style) if !grammar.dates.contains_key(style) => {
                return Err(FormatError::UnknownDateStyle(name.clone(), style.clone()));
            }
            _ => {}
        }
    }
    Ok(())
}

/// A list of labels joined with ", " as running text: each item's first letter lower-cased,
/// unless it starts an abbreviation ("DG CONNECT"): "Title, Reference" becomes "title,
/// reference".
pub fn lower_initials(list: &str) -> String {
    list.split(", ")
        .map(|item| {
            let mut chars = item.chars();
            match (chars.next(), chars.next()) {
                (Some(first), Some(second)) if first.is_uppercase() && second.is_lowercase() => {
                    first.to_lowercase().chain(item.chars().skip(1)).collect()
                }
                _ => item.to_owned(),
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A whole number with the language's grouping of three digits, once it has at least
/// `min_grouping` digits more than three.
pub fn group_digits(n: u64, separator: &str, min_grouping: u8) -> String {
    let digits = n.to_string();
    if digits.len() < 3 + usize::from(min_grouping.max(1)) {
        return digits;
    }
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(c);
    }
    out
}

impl Grammar {
    /// A whole number as the language groups its digits.
    pub fn number(&self, n: u64) -> String {
        group_digits(n, &self.group, self.min_grouping)
    }

    /// A date in the pattern of `style` (`long` if the language has no such style).
    pub fn date(&self, date: Date, style: &str) -> String {
        let pattern = self.dates.get(style).or_else(|| self.dates.get("long"));
        let month = self
            .months
            .get(usize::from(date.month.clamp(1, 12)) - 1)
            .map_or("", String::as_str);
        let year = date.year.to_string();
        match pattern {
            Some(pattern) => pattern.format(
                &[
                    ("day", Arg::Number(u64::from(date.day))),
                    ("month", Arg::Text(month)),
                    ("year", Arg::Text(&year)),
                ],
                self,
            ),
            None => date.to_string(),
        }
    }

    /// A count in running text: one to nine written out, larger ones in digits.
    pub fn small_number(&self, n: u64) -> String {
        match n {
            1..=9 => self
                .small_numbers
                .get(n as usize - 1)
                .cloned()
                .unwrap_or_else(|| n.to_string()),
            _ => self.number(n),
        }
    }
}

fn write_nodes(nodes: &[Node], args: &[(&str, Arg)], grammar: &Grammar, out: &mut String) {
    let find = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, a)| *a);
    for node in nodes {
        match node {
            Node::Text(text) => out.push_str(text),
            Node::Hash(name) => {
                if let Some(Arg::Number(n)) = find(name) {
                    out.push_str(&grammar.number(n));
                }
            }
            Node::Arg(name, form) => {
                let Some(arg) = find(name) else { continue };
                match (form, arg) {
                    (Form::Plain, Arg::Text(text)) => out.push_str(text),
                    (Form::Plain, Arg::Number(n)) => out.push_str(&grammar.number(n)),
                    (Form::Words, Arg::Number(n)) => out.push_str(&grammar.small_number(n)),
                    (Form::Lower, Arg::Text(text)) => out.push_str(&lower_initials(text)),
                    (_, Arg::Date(date)) => {
                        let style = match form {
                            Form::Date(style) => style.as_str(),
                            _ => "long",
                        };
                        out.push_str(&grammar.date(date, style));
                    }
                    (Form::Plural(branches), Arg::Number(n)) => {
                        let exact = format!("={n}");
                        let category = grammar.plural.category(n);
                        let branch = branches
                            .iter()
                            .find(|(key, _)| *key == exact)
                            .or_else(|| branches.iter().find(|(key, _)| key == category))
                            .or_else(|| branches.iter().find(|(key, _)| key == "other"));
                        if let Some((_, nodes)) = branch {
                            write_nodes(nodes, args, grammar, out);
                        }
                    }
                    (Form::Select(branches), arg) => {
                        let value = match arg {
                            Arg::Text(text) => text.to_owned(),
                            Arg::Number(n) => n.to_string(),
                            Arg::Date(date) => date.to_string(),
                        };
                        let branch = branches
                            .iter()
                            .find(|(key, _)| *key == value)
                            .or_else(|| branches.iter().find(|(key, _)| key == "other"));
                        if let Some((_, nodes)) = branch {
                            write_nodes(nodes, args, grammar, out);
                        }
                    }
                    (_, Arg::Text(text)) => out.push_str(text),
                    (_, Arg::Number(n)) => out.push_str(&grammar.number(n)),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn french() -> Grammar {
        Grammar {
            plural: PluralRules::parse([("one", "i = 0,1")]).expect("rules"),
            group: "\u{202f}".into(),
            min_grouping: 1,
            months: [
                "janvier",
                "février",
                "mars",
                "avril",
                "mai",
                "juin",
                "juillet",
                "août",
                "septembre",
                "octobre",
                "novembre",
                "décembre",
            ]
            .map(String::from)
            .to_vec(),
            small_numbers: [
                "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
            ]
            .map(String::from)
            .to_vec(),
            dates: [(
                "long".to_owned(),
                Pattern::parse("{day, select, 1 {1er} other {{day}}} {month} {year}")
                    .expect("parses"),
            )]
            .into(),
        }
    }

    fn fill(pattern: &str, args: &[(&str, Arg)]) -> String {
        Pattern::parse(pattern)
            .expect("parses")
            .format(args, &french())
    }

    #[test]
    fn placeholders_plurals_selects_dates_and_words() {
        let count = "{shown} sur {total, plural, one {# dossier} other {# dossiers}}";
        assert_eq!(
            fill(
                count,
                &[("shown", Arg::Number(0)), ("total", Arg::Number(0))]
            ),
            "0 sur 0 dossier"
        );
        assert_eq!(
            fill(
                count,
                &[("shown", Arg::Number(2)), ("total", Arg::Number(100_000))]
            ),
            "2 sur 100\u{202f}000 dossiers"
        );
        assert_eq!(
            fill(
                "{n, plural, =0 {aucun} other {#}}",
                &[("n", Arg::Number(0))]
            ),
            "aucun"
        );
        let form = "{form, select, regulation {règlement} other {décision}} (UE) {number}";
        assert_eq!(
            fill(
                form,
                &[
                    ("form", Arg::Text("regulation")),
                    ("number", Arg::Text("2022/2065"))
                ]
            ),
            "règlement (UE) 2022/2065"
        );
        let day = Date {
            year: 2024,
            month: 5,
            day: 1,
        };
        assert_eq!(
            fill("le {d, date}", &[("d", Arg::Date(day))]),
            "le 1er mai 2024"
        );
        assert_eq!(
            fill("{d}", &[("d", Arg::Date(Date { day: 15, ..day }))]),
            "15 mai 2024"
        );
        assert_eq!(
            fill("Les {n, words} thèmes", &[("n", Arg::Number(5))]),
            "Les cinq thèmes"
        );
        assert_eq!(
            fill("# {n, words}", &[("n", Arg::Number(12))]),
            "# 12",
            "# is text outside a plural"
        );
    }

    #[test]
    fn a_pattern_is_checked_against_its_values_and_its_language() {
        let grammar = french();
        let check = |pattern: &str, names: &[&str]| {
            Pattern::parse(pattern).and_then(|p| p.check(names, &grammar))
        };
        assert_eq!(check("{n} de {m}", &["n", "m"]), Ok(()));
        assert_eq!(
            check("{n} de {x}", &["n", "m"]),
            Err(FormatError::UnknownArg("x".into()))
        );
        assert_eq!(
            check("{n, plural, one {un}}", &["n"]),
            Err(FormatError::NoOther("n".into()))
        );
        assert_eq!(
            check("{n, plural, few {#} other {#}}", &["n"]),
            Err(FormatError::UnknownCategory("n".into(), "few".into()))
        );
        assert_eq!(
            check("{d, date, on}", &["d"]),
            Err(FormatError::UnknownDateStyle("d".into(), "on".into()))
        );
        assert!(matches!(Pattern::parse("{n"), Err(FormatError::Syntax(_))));
        assert!(matches!(Pattern::parse("a}"), Err(FormatError::Syntax(_))));
        assert!(matches!(
            Pattern::parse("{n, color}"),
            Err(FormatError::Syntax(_))
        ));
        assert_eq!(
            Pattern::parse("{a} {b, plural, one {{c}} other {#}}").map(|p| p.args()),
            Ok(vec!["a".to_owned(), "b".to_owned(), "c".to_owned()])
        );
    }
}
