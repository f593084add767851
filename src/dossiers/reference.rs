//! EU document references in the forms people paste, and the CELEX numbers EUR-Lex uses.
//!
//! A document reference is `COM(2021)574`; people also write `com(2021) 574`, `COM/2021/574`,
//! `COM(2021) 574 final` or the old two-digit year `COM(94)492`. A procedure is `2021/0293(COD)`;
//! an adopted act is numbered `2022/2481`; EUR-Lex knows both by CELEX numbers (`52021PC0574`,
//! `32022D2481`).

use serde::{Deserialize, Serialize};
use std::fmt;

/// A Commission document reference such as `COM(2021)574`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DocRef {
    /// Series in upper case: `COM`, `SEC`, `JOIN`, `SWD`, `C`.
    pub series: String,
    /// Four-digit year.
    pub year: u16,
    /// Number within the year.
    pub number: u32,
}

/// The series of Commission documents this site understands.
const SERIES: [&str; 5] = ["COM", "JOIN", "SEC", "SWD", "C"];

impl DocRef {
    /// Reads a reference in any of the forms described in the module documentation.
    pub fn parse(text: &str) -> Option<DocRef> {
        let mut scan = Scanner::new(text);
        let series = scan.letters()?.to_ascii_uppercase();
        if !SERIES.contains(&series.as_str()) {
            return None;
        }
        scan.skip(|c| c == ' ' || c == '(' || c == '/');
        let year = expand_year(scan.digits()?)?;
        scan.skip(|c| c == ' ' || c == ')' || c == '/');
        let number: u32 = scan.digits()?.parse().ok()?;
        scan.skip(|c| c == ' ');
        let rest = scan.rest();
        let tail_ok = rest.is_empty() || rest.eq_ignore_ascii_case("final");
        (tail_ok && number > 0).then_some(DocRef {
            series,
            year,
            number,
        })
    }

    /// The document's CELEX number, by the EUR-Lex rules for preparatory acts: `PC` for a
    /// proposal of a legislative act (`legislative`), `DC` for other COM documents (a Council
    /// resolution's record is the Commission communication that led to it), `JC` for joint
    /// documents, `SC` for staff documents.
    pub fn celex(&self, legislative: bool) -> Option<String> {
        let descriptor = match self.series.as_str() {
            "COM" if legislative => "PC",
            "COM" => "DC",
            "JOIN" => "JC",
            "SEC" | "SWD" => "SC",
            _ => return None,
        };
        Some(format!("5{}{descriptor}{:04}", self.year, self.number))
    }

    /// The URL id of a dossier with this reference (`com-2021-574`).
    pub fn slug(&self) -> String {
        format!(
            "{}-{}-{}",
            self.series.to_ascii_lowercase(),
            self.year,
            self.number
        )
    }
}

impl fmt::Display for DocRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}({}){}", self.series, self.year, self.number)
    }
}

impl Serialize for DocRef {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for DocRef {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        DocRef::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("`{text}` is not a reference like COM(2021)574"))
        })
    }
}

/// Two-digit years are the old style of the 1990s (`COM(94)492`).
fn expand_year(digits: &str) -> Option<u16> {
    let value: u16 = digits.parse().ok()?;
    match digits.len() {
        4 if (1950..=2199).contains(&value) => Some(value),
        2 if value >= 50 => Some(1900 + value),
        2 => Some(2000 + value),
        _ => None,
    }
}

/// A number within a year, as in procedures (`2021/0293(COD)`) and acts (`2022/2481`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearNumber {
    /// Four-digit year.
    pub year: u16,
    /// Number within the year.
    pub number: u32,
}

impl YearNumber {
    fn scan(scan: &mut Scanner) -> Option<YearNumber> {
        let year = scan.digits().filter(|d| d.len() == 4)?.parse().ok()?;
        scan.skip(|c| c == ' ');
        if !scan.eat('/') {
            return None;
        }
        scan.skip(|c| c == ' ');
        let number = scan.digits().filter(|d| d.len() <= 6)?.parse().ok()?;
        Some(YearNumber { year, number })
    }
}

/// An interinstitutional procedure, e.g. `2021/0293(COD)`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Procedure {
    /// Year and number.
    pub id: YearNumber,
    /// Procedure type in upper case: `COD`, `NLE`, `CNS`, …
    pub kind: String,
}

impl Procedure {
    /// Reads `2021/0293(COD)` (spaces and case do not matter).
    pub fn parse(text: &str) -> Option<Procedure> {
        let mut scan = Scanner::new(text);
        let id = YearNumber::scan(&mut scan)?;
        scan.skip(|c| c == ' ');
        if !scan.eat('(') {
            return None;
        }
        let kind = scan.letters()?.to_ascii_uppercase();
        let closed = scan.eat(')');
        (closed && scan.rest().is_empty() && kind.len() == 3).then_some(Procedure { id, kind })
    }
}

impl fmt::Display for Procedure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{:04}({})", self.id.year, self.id.number, self.kind)
    }
}

/// The legal form of an adopted act.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ActForm {
    /// A regulation.
    Regulation,
    /// A directive.
    Directive,
    /// A decision.
    Decision,
}

impl ActForm {
    /// The CELEX sector-3 letter for this form.
    fn celex_letter(self) -> char {
        match self {
            ActForm::Regulation => 'R',
            ActForm::Directive => 'L',
            ActForm::Decision => 'D',
        }
    }

    /// English name, as in the act's title.
    pub fn name(self) -> &'static str {
        match self {
            ActForm::Regulation => "Regulation",
            ActForm::Directive => "Directive",
            ActForm::Decision => "Decision",
        }
    }
}

/// An adopted act such as Regulation (EU) 2022/2065.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Act {
    /// Regulation, directive or decision.
    pub form: ActForm,
    /// Its number, year first: `YYYY/N`, also for acts of before 2015, which are cited in
    /// another order ("Regulation (EU) No 910/2014", "Directive 2014/61/EU").
    pub number: String,
    /// Adopted by the Council alone ("Council Regulation").
    #[serde(default, skip_serializing_if = "crate::data::wire::omit_false")]
    pub council: bool,
}

/// Since 1 January 2015 every EU act is numbered `(EU) YYYY/N`; earlier acts were cited in
/// other forms.
const UNIFORM_NUMBERING_FROM: u16 = 2015;

/// Acts of the European Community, before the Treaty of Lisbon (December 2009) made it the
/// Union, are cited "(EC)" and "/EC".
const UNION_ACTS_FROM: u16 = 2010;

/// Acts of the European Economic Community, before the Treaty of Maastricht (November 1993)
/// made it the European Community, are cited "(EEC)" and "/EEC".
const COMMUNITY_ACTS_FROM: u16 = 1994;

/// Acts numbered before 1999 give their year in two digits ("Directive 96/9/EC").
const FOUR_DIGIT_YEARS_FROM: u16 = 1999;

/// Whose act it is, as its number says: "EU", "EC" or "EEC" in English.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Polity {
    /// The European Union, since the Treaty of Lisbon.
    Union,
    /// The European Community, from the Treaty of Maastricht to the Treaty of Lisbon.
    Community,
    /// The European Economic Community, before the Treaty of Maastricht.
    EconomicCommunity,
}

/// An act's number as it is cited, the same in every language but for the words around it
/// and the abbreviation of its [`Polity`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CitedNumber<'a> {
    /// Since 2015, "(EU) 2022/2065"; also a number this site cannot read, as written.
    Uniform(&'a str),
    /// Before 2015, a regulation, or a decision of the Parliament and the Council: number
    /// first, "Regulation (EU) No 910/2014", "Decision No 243/2012/EU".
    NumberFirst {
        /// The number within the year.
        number: u32,
        /// The year, in two digits before 1999.
        year: String,
    },
    /// Before 2015, a directive or any other decision: year first, "Directive 2014/61/EU".
    YearFirst {
        /// The year, in two digits before 1999.
        year: String,
        /// The number within the year.
        number: u32,
    },
}

impl Act {
    /// The act's year and number, if `number` is well formed.
    pub fn year_number(&self) -> Option<YearNumber> {
        let mut scan = Scanner::new(&self.number);
        YearNumber::scan(&mut scan).filter(|_| scan.rest().is_empty())
    }

    /// Whose act it is, by its year.
    pub fn polity(&self) -> Polity {
        match self.year_number() {
            Some(id) if id.year < COMMUNITY_ACTS_FROM => Polity::EconomicCommunity,
            Some(id) if id.year < UNION_ACTS_FROM => Polity::Community,
            _ => Polity::Union,
        }
    }

    /// The act's number in the form of its time. Before 2015 a decision not of the Council
    /// alone is taken for one of the Parliament and the Council, numbered as a regulation.
    pub fn cited_number(&self) -> CitedNumber<'_> {
        let id = match self.year_number() {
            Some(id) if id.year < UNIFORM_NUMBERING_FROM => id,
            _ => return CitedNumber::Uniform(&self.number),
        };
        let year = if id.year < FOUR_DIGIT_YEARS_FROM {
            format!("{:02}", id.year % 100)
        } else {
            id.year.to_string()
        };
        let number = id.number;
        match self.form {
            ActForm::Regulation => CitedNumber::NumberFirst { number, year },
            ActForm::Decision if !self.council => CitedNumber::NumberFirst { number, year },
            _ => CitedNumber::YearFirst { year, number },
        }
    }

    /// How the act is cited in English: "Regulation (EU) 2022/2065", "Council Regulation (EU)
    /// 2021/1173", "Regulation (EU) No 910/2014", "Directive 2014/61/EU", "Decision No
    /// 243/2012/EU", "Directive 96/9/EC".
    pub fn title(&self) -> String {
        let by = if self.council { "Council " } else { "" };
        let form = self.form.name();
        let code = self.union_code();
        match self.cited_number() {
            CitedNumber::Uniform(number) => format!("{by}{form} (EU) {number}"),
            CitedNumber::NumberFirst { number, year } if self.form == ActForm::Regulation => {
                format!("{by}{form} ({code}) No {number}/{year}")
            }
            CitedNumber::NumberFirst { number, year } => {
                format!("{by}{form} No {number}/{year}/{code}")
            }
            CitedNumber::YearFirst { year, number } => format!("{by}{form} {year}/{number}/{code}"),
        }
    }

    /// "EU", or "EC" for an act of before the Treaty of Lisbon, "EEC" before Maastricht.
    pub fn union_code(&self) -> &'static str {
        match self.polity() {
            Polity::Union => "EU",
            Polity::Community => "EC",
            Polity::EconomicCommunity => "EEC",
        }
    }

    /// The act with this CELEX number (`32022L2555`, `32014R0910`), if it is one of a
    /// regulation, directive or decision. Whether the Council alone adopted it, the number
    /// does not say.
    pub fn from_celex(celex: &str) -> Option<Act> {
        let bytes = celex.as_bytes();
        let digits = |range: std::ops::Range<usize>| {
            let part = celex.get(range)?;
            part.bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| part.parse::<u32>().ok())?
        };
        if bytes.len() != 10 || bytes[0] != b'3' {
            return None;
        }
        let form = match bytes[5] {
            b'R' => ActForm::Regulation,
            b'L' => ActForm::Directive,
            b'D' => ActForm::Decision,
            _ => return None,
        };
        let (year, number) = (digits(1..5)?, digits(6..10)?);
        (number > 0).then(|| Act {
            form,
            number: format!("{year}/{number}"),
            council: false,
        })
    }

    /// Its CELEX number: `3YYYY` + R, L or D + the number padded to four digits.
    pub fn celex(&self) -> Option<String> {
        let id = self.year_number()?;
        Some(format!(
            "3{}{}{:04}",
            id.year,
            self.form.celex_letter(),
            id.number
        ))
    }
}

/// The EUR-Lex page of a CELEX number, in a language EUR-Lex has (`EN`, `FR`, `DE`, `HU`).
pub fn eur_lex_url(celex: &str, language: &str) -> String {
    format!(
        "https://eur-lex.europa.eu/legal-content/{}/TXT/?uri=CELEX:{celex}",
        language.to_ascii_uppercase()
    )
}

/// What a search box query means when it is a reference rather than words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RefQuery {
    /// A document reference, `COM(2021)574` and its variants.
    Document(DocRef),
    /// A CELEX number, upper case.
    Celex(String),
    /// A procedure, `2021/0293(COD)`.
    Procedure(Procedure),
    /// `YYYY/N`: an act number, or a procedure written without its type.
    Number(YearNumber),
}

impl RefQuery {
    /// Recognises a whole query that is a reference; `None` for ordinary words.
    pub fn parse(query: &str) -> Option<RefQuery> {
        let query = query.trim();
        if let Some(doc) = DocRef::parse(query) {
            return Some(RefQuery::Document(doc));
        }
        if let Some(celex) = parse_celex(query) {
            return Some(RefQuery::Celex(celex));
        }
        if let Some(procedure) = Procedure::parse(query) {
            return Some(RefQuery::Procedure(procedure));
        }
        let mut scan = Scanner::new(query);
        YearNumber::scan(&mut scan)
            .filter(|_| scan.rest().is_empty())
            .map(RefQuery::Number)
    }
}

/// A CELEX number: sector digit, four-digit year, one or two letters, four digits.
fn parse_celex(text: &str) -> Option<String> {
    let upper = text.to_ascii_uppercase();
    let bytes = upper.as_bytes();
    let letters = bytes
        .iter()
        .skip(5)
        .take_while(|b| b.is_ascii_uppercase())
        .count();
    let valid = (10..=11).contains(&bytes.len())
        && bytes[..5].iter().all(u8::is_ascii_digit)
        && (1..=2).contains(&letters)
        && bytes.len() == 5 + letters + 4
        && bytes[5 + letters..].iter().all(u8::is_ascii_digit);
    valid.then_some(upper)
}

/// A tiny cursor over ASCII-ish input; it never panics on any UTF-8.
struct Scanner<'a> {
    rest: &'a str,
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str) -> Self {
        Scanner { rest: text.trim() }
    }

    fn take_while(&mut self, keep: impl Fn(char) -> bool) -> &'a str {
        let end = self
            .rest
            .find(|c: char| !keep(c))
            .unwrap_or(self.rest.len());
        let (taken, rest) = self.rest.split_at(end);
        self.rest = rest;
        taken
    }

    fn letters(&mut self) -> Option<&'a str> {
        Some(self.take_while(|c| c.is_ascii_alphabetic())).filter(|s| !s.is_empty())
    }

    fn digits(&mut self) -> Option<&'a str> {
        Some(self.take_while(|c| c.is_ascii_digit())).filter(|s| !s.is_empty())
    }

    fn skip(&mut self, skip: impl Fn(char) -> bool) {
        self.take_while(skip);
    }

    fn eat(&mut self, c: char) -> bool {
        match self.rest.strip_prefix(c) {
            Some(rest) => {
                self.rest = rest;
                true
            }
            None => false,
        }
    }

    fn rest(&self) -> &'a str {
        self.rest.trim()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn com_2021_574() -> DocRef {
        DocRef {
            series: "COM".into(),
            year: 2021,
            number: 574,
        }
    }

    #[test]
    fn reads_every_pasted_form_of_a_document_reference() {
        for text in [
            "COM(2021)574",
            "com(2021) 574",
            "COM/2021/574",
            "COM(2021) 574 final",
            "COM (2021) 574",
            " com(2021)574 FINAL ",
        ] {
            assert_eq!(DocRef::parse(text), Some(com_2021_574()), "{text}");
        }
        assert_eq!(
            DocRef::parse("COM(94)492")
                .map(|r| r.to_string())
                .as_deref(),
            Some("COM(1994)492")
        );
        assert_eq!(
            DocRef::parse("join(2016)19").map(|r| r.slug()).as_deref(),
            Some("join-2016-19")
        );
    }

    #[test]
    fn refuses_what_is_not_a_reference() {
        for text in [
            "COM",
            "COM(2021)",
            "XYZ(2021)574",
            "COM(2021)574 draft",
            "COM(123)5",
            "com(2021)0",
            "",
        ] {
            assert_eq!(DocRef::parse(text), None, "{text}");
        }
    }

    #[test]
    fn builds_celex_numbers_by_the_eur_lex_rule() {
        let act = |form, number: &str| Act {
            form,
            number: number.into(),
            council: false,
        };
        assert_eq!(
            act(ActForm::Regulation, "2022/2065").celex().as_deref(),
            Some("32022R2065")
        );
        assert_eq!(
            act(ActForm::Directive, "2022/2555").celex().as_deref(),
            Some("32022L2555")
        );
        assert_eq!(
            act(ActForm::Decision, "2022/2481").celex().as_deref(),
            Some("32022D2481")
        );
        assert_eq!(
            act(ActForm::Regulation, "2022/868").celex().as_deref(),
            Some("32022R0868")
        );
        assert_eq!(act(ActForm::Regulation, "2022-868").celex(), None);
        assert_eq!(
            eur_lex_url("32022R2065", "en"),
            "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32022R2065"
        );
        assert_eq!(
            eur_lex_url("32022R2065", "hu"),
            "https://eur-lex.europa.eu/legal-content/HU/TXT/?uri=CELEX:32022R2065"
        );
    }

    #[test]
    fn cites_acts_in_the_numbering_of_their_year() {
        let act = |form, number: &str, council| Act {
            form,
            number: number.into(),
            council,
        };
        assert_eq!(
            act(ActForm::Regulation, "2022/2065", false).title(),
            "Regulation (EU) 2022/2065"
        );
        assert_eq!(
            act(ActForm::Regulation, "2014/910", false).title(),
            "Regulation (EU) No 910/2014"
        );
        assert_eq!(
            act(ActForm::Directive, "2014/61", false).title(),
            "Directive 2014/61/EU"
        );
        assert_eq!(
            act(ActForm::Regulation, "2021/1173", true).title(),
            "Council Regulation (EU) 2021/1173"
        );
        assert_eq!(
            act(ActForm::Decision, "2012/243", false).title(),
            "Decision No 243/2012/EU",
            "a decision of the Parliament and the Council before 2015 is numbered as a regulation"
        );
        assert_eq!(
            act(ActForm::Decision, "2013/488", true).title(),
            "Council Decision 2013/488/EU"
        );
        assert_eq!(
            act(ActForm::Regulation, "2004/874", false).title(),
            "Regulation (EC) No 874/2004"
        );
        assert_eq!(
            act(ActForm::Directive, "1996/9", false).title(),
            "Directive 96/9/EC",
            "two-digit years before 1999"
        );
        assert_eq!(
            act(ActForm::Directive, "1993/83", true).title(),
            "Council Directive 93/83/EEC"
        );
        assert_eq!(
            act(ActForm::Regulation, "1997/2027", true).title(),
            "Council Regulation (EC) No 2027/97"
        );
        assert_eq!(
            act(ActForm::Directive, "1999/93", false).title(),
            "Directive 1999/93/EC"
        );
        assert_eq!(
            act(ActForm::Regulation, "2014/910", false)
                .celex()
                .as_deref(),
            Some("32014R0910")
        );
    }

    #[test]
    fn recognises_each_kind_of_reference_query() {
        assert_eq!(
            RefQuery::parse("COM(2021) 574 final"),
            Some(RefQuery::Document(com_2021_574()))
        );
        assert_eq!(
            RefQuery::parse("52021pc0574"),
            Some(RefQuery::Celex("52021PC0574".into()))
        );
        assert_eq!(
            RefQuery::parse("2021/0293(COD)"),
            Some(RefQuery::Procedure(Procedure {
                id: YearNumber {
                    year: 2021,
                    number: 293
                },
                kind: "COD".into()
            }))
        );
        assert_eq!(
            RefQuery::parse("2022/2481"),
            Some(RefQuery::Number(YearNumber {
                year: 2022,
                number: 2481
            }))
        );
        for words in [
            "digital services",
            "2022",
            "AI Act 2024/1689",
            "ü(2021)5",
            "5202ıPC0574",
        ] {
            assert_eq!(RefQuery::parse(words), None, "{words}");
        }
    }

    #[test]
    fn prints_procedures_in_oeil_form() {
        let procedure = Procedure::parse("2021/293 (cod)").unwrap();
        assert_eq!(procedure.to_string(), "2021/0293(COD)");
    }
}
