//! Interface languages. Every string the site writes itself is a field of [`Messages`], and each
//! language is one `const` value of it, so a missing translation is a compile error. No Leptos
//! here: plain Rust, tested natively.

mod de;
mod en;
mod fr;
mod hu;
mod messages;
pub mod places;

pub use messages::Messages;

use crate::data::date::Date;

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English, at the unprefixed paths.
    #[default]
    En,
    /// French, under `/fr`.
    Fr,
    /// German, under `/de`.
    De,
    /// Hungarian, under `/hu`.
    Hu,
}

impl Lang {
    /// All languages, in the order the selector lists them.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Fr, Lang::De, Lang::Hu];

    /// BCP 47 code, as in `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::Hu => "hu",
        }
    }

    /// The language's name in itself, as language selectors show it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::De => "Deutsch",
            Lang::Hu => "Magyar",
        }
    }

    /// The language with this code.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code))
    }

    /// The interface text in this language.
    pub fn messages(self) -> &'static Messages {
        match self {
            Lang::En => &en::MESSAGES,
            Lang::Fr => &fr::MESSAGES,
            Lang::De => &de::MESSAGES,
            Lang::Hu => &hu::MESSAGES,
        }
    }

    /// The first supported language in a browser's preference list (`navigator.languages`),
    /// matching on the primary subtag (`fr-BE` is French).
    pub fn preferred<'a>(preferences: impl IntoIterator<Item = &'a str>) -> Option<Lang> {
        preferences
            .into_iter()
            .find_map(|tag| Lang::from_code(tag.split(['-', '_']).next()?))
    }
}

/// Where a visit to the site's root (`/`) should go instead of English: the language the
/// visitor chose before, or else, once, the browser's preferred language. Any other path, and a
/// remembered choice of English, stays where it is: an explicit URL always wins.
pub fn root_redirect(
    path: &str,
    remembered: Option<Lang>,
    preferred: Option<Lang>,
) -> Option<Lang> {
    if path != "/" {
        return None;
    }
    remembered.or(preferred).filter(|lang| *lang != Lang::En)
}

/// English plural choice: one for exactly 1.
fn one_is_singular(n: u64) -> bool {
    n == 1
}

/// French plural choice: 0 and 1 take the singular.
fn zero_and_one_are_singular(n: u64) -> bool {
    n <= 1
}

/// Formats a whole number with the language's thousands separator.
fn group_digits(n: u64, separator: &str) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(c);
    }
    out
}

/// A count in running text: one to nine from `words`, larger ones in digits.
fn small_number(words: &[&str; 9], n: u64) -> String {
    match n {
        1..=9 => words[n as usize - 1].to_owned(),
        _ => n.to_string(),
    }
}

impl Messages {
    /// A date in this language's long form.
    pub fn date(&self, date: Date) -> String {
        (self.format_date)(self.months[usize::from(date.month.clamp(1, 12)) - 1], date)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dossiers::model::{DocType, Kind};
    use crate::dossiers::reference::{Act, ActForm};

    fn date(text: &str) -> Date {
        text.parse().unwrap()
    }

    #[test]
    fn dates_in_each_language() {
        let d = date("2021-09-15");
        assert_eq!(Lang::En.messages().date(d), "15 September 2021");
        assert_eq!(Lang::Fr.messages().date(d), "15 septembre 2021");
        assert_eq!(Lang::De.messages().date(d), "15. September 2021");
        assert_eq!(Lang::Hu.messages().date(d), "2021. szeptember 15.");
        assert_eq!(Lang::Fr.messages().date(date("2024-05-01")), "1er mai 2024");
        assert_eq!(Lang::De.messages().date(date("2024-05-01")), "1. Mai 2024");
    }

    #[test]
    fn plural_rules() {
        assert!(one_is_singular(1) && !one_is_singular(0) && !one_is_singular(2));
        assert!(
            zero_and_one_are_singular(0)
                && zero_and_one_are_singular(1)
                && !zero_and_one_are_singular(2)
        );
        let count = |lang: Lang, n: u64| (lang.messages().n_of_m_dossiers)(n, n);
        assert_eq!(count(Lang::En, 1), "1 of 1 dossier");
        assert_eq!(count(Lang::En, 0), "0 of 0 dossiers");
        assert_eq!(count(Lang::En, 100_000), "100,000 of 100,000 dossiers");
        assert_eq!(count(Lang::Fr, 0), "0 sur 0 dossier");
        assert_eq!(count(Lang::Fr, 1), "1 sur 1 dossier");
        assert_eq!(count(Lang::Fr, 2), "2 sur 2 dossiers");
        assert_eq!(
            count(Lang::Fr, 100_000),
            "100\u{202f}000 sur 100\u{202f}000 dossiers"
        );
        assert_eq!(count(Lang::De, 1), "1 von 1 Dossier");
        assert_eq!(count(Lang::De, 2), "2 von 2 Dossiers");
        assert_eq!(count(Lang::De, 100_000), "100.000 von 100.000 Dossiers");
        assert_eq!(count(Lang::Hu, 1), "1 / 1 dosszié");
        assert_eq!(count(Lang::Hu, 5), "5 / 5 dosszié");
        assert_eq!(
            count(Lang::Hu, 100_000),
            "100\u{a0}000 / 100\u{a0}000 dosszié"
        );
    }

    #[test]
    fn only_the_root_follows_a_remembered_or_preferred_language() {
        assert_eq!(root_redirect("/", None, Some(Lang::Fr)), Some(Lang::Fr));
        assert_eq!(
            root_redirect("/", Some(Lang::De), Some(Lang::Fr)),
            Some(Lang::De)
        );
        assert_eq!(
            root_redirect("/", Some(Lang::En), Some(Lang::Fr)),
            None,
            "a chosen English stays"
        );
        assert_eq!(root_redirect("/", None, None), None);
        assert_eq!(
            root_redirect("/dossiers", None, Some(Lang::Hu)),
            None,
            "explicit URLs win"
        );
        assert_eq!(root_redirect("/fr", None, Some(Lang::Hu)), None);
    }

    fn act(form: ActForm, number: &str, council: bool) -> Act {
        Act {
            form,
            number: number.into(),
            council,
        }
    }

    #[test]
    fn acts_are_cited_with_each_language_grammar() {
        let cite = |lang: Lang, a: &Act| (lang.messages().act_citation)(a);
        let dsa = act(ActForm::Regulation, "2022/2065", false);
        assert_eq!(cite(Lang::En, &dsa), "Regulation (EU) 2022/2065");
        assert_eq!(cite(Lang::Fr, &dsa), "règlement (UE) 2022/2065");
        assert_eq!(cite(Lang::De, &dsa), "Verordnung (EU) 2022/2065");
        assert_eq!(
            cite(Lang::Hu, &dsa),
            "(EU) 2022/2065 rendelet",
            "Hungarian puts the number first"
        );
        let decade = act(ActForm::Decision, "2022/2481", false);
        assert_eq!(
            cite(Lang::De, &decade),
            "Beschluss (EU) 2022/2481",
            "a decision is a Beschluss"
        );
        assert_eq!(cite(Lang::Fr, &decade), "décision (UE) 2022/2481");
        assert_eq!(cite(Lang::Hu, &decade), "(EU) 2022/2481 határozat");
        let nis2 = act(ActForm::Directive, "2022/2555", false);
        assert_eq!(cite(Lang::Hu, &nis2), "(EU) 2022/2555 irányelv");
        assert_eq!(cite(Lang::De, &nis2), "Richtlinie (EU) 2022/2555");
        let eidas = act(ActForm::Regulation, "2014/910", false);
        assert_eq!(cite(Lang::En, &eidas), "Regulation (EU) No 910/2014");
        assert_eq!(
            cite(Lang::Fr, &eidas),
            "règlement (UE) n\u{b0}\u{a0}910/2014"
        );
        assert_eq!(cite(Lang::De, &eidas), "Verordnung (EU) Nr.\u{a0}910/2014");
        assert_eq!(cite(Lang::Hu, &eidas), "910/2014/EU rendelet");
        let cost = act(ActForm::Directive, "2014/61", false);
        assert_eq!(cite(Lang::Fr, &cost), "directive 2014/61/UE");
        assert_eq!(cite(Lang::Hu, &cost), "2014/61/EU irányelv");
        let hpc = act(ActForm::Regulation, "2021/1173", true);
        assert_eq!(cite(Lang::En, &hpc), "Council Regulation (EU) 2021/1173");
        assert_eq!(cite(Lang::Fr, &hpc), "règlement (UE) 2021/1173 du Conseil");
        assert_eq!(cite(Lang::De, &hpc), "Verordnung (EU) 2021/1173 des Rates");
        assert_eq!(cite(Lang::Hu, &hpc), "(EU) 2021/1173 tanácsi rendelet");
        let adopted = |lang: Lang| (lang.messages().step_adopted)(Some(&cite(lang, &dsa)));
        assert_eq!(
            adopted(Lang::Fr),
            "Adoption\u{a0}: règlement (UE) 2022/2065"
        );
        assert_eq!(adopted(Lang::De), "Erlassen als Verordnung (EU) 2022/2065");
        assert_eq!(adopted(Lang::Hu), "Elfogadás: (EU) 2022/2065 rendelet");
    }

    #[test]
    fn proposals_and_document_types_are_named_in_each_language() {
        let proposal = |lang: Lang, form| lang.messages().kind_name(Kind::Proposal(form));
        assert_eq!(
            proposal(Lang::En, ActForm::Regulation),
            "Proposal for a regulation"
        );
        assert_eq!(
            proposal(Lang::Fr, ActForm::Regulation),
            "Proposition de règlement"
        );
        assert_eq!(
            proposal(Lang::De, ActForm::Regulation),
            "Vorschlag für eine Verordnung"
        );
        assert_eq!(
            proposal(Lang::De, ActForm::Decision),
            "Vorschlag für einen Beschluss"
        );
        assert_eq!(proposal(Lang::Hu, ActForm::Regulation), "Rendeletjavaslat");
        assert_eq!(proposal(Lang::Hu, ActForm::Directive), "Irányelvjavaslat");
        let document = |lang: Lang, doc_type| lang.messages().kind_name(Kind::Document(doc_type));
        assert_eq!(document(Lang::Fr, DocType::Communication), "Communication");
        assert_eq!(document(Lang::De, DocType::Report), "Bericht");
        assert_eq!(
            document(Lang::Hu, DocType::CouncilResolution),
            "Tanácsi állásfoglalás"
        );
    }

    #[test]
    fn committees_and_rapporteurs_take_singular_or_plural_labels() {
        for (lang, one, two) in [
            (
                Lang::En,
                "European Parliament committee",
                "European Parliament committees",
            ),
            (
                Lang::Fr,
                "Commission parlementaire compétente",
                "Commissions parlementaires compétentes",
            ),
            (
                Lang::De,
                "Federführender Ausschuss des Europäischen Parlaments",
                "Federführende Ausschüsse des Europäischen Parlaments",
            ),
            (
                Lang::Hu,
                "Európai parlamenti bizottság",
                "Európai parlamenti bizottságok",
            ),
        ] {
            let t = lang.messages();
            assert_eq!((t.field_committees)(1), one);
            assert_eq!((t.field_committees)(2), two);
        }
        assert_eq!((Lang::En.messages().field_rapporteurs)(2), "Rapporteurs");
        assert_eq!((Lang::Hu.messages().field_rapporteurs)(2), "Előadók");
    }

    #[test]
    fn hungarian_dates_take_their_suffixes() {
        assert_eq!(
            hu::date_attributive(date("2026-11-23")),
            "2026. november 23-i"
        );
        assert_eq!(
            hu::date_attributive(date("2024-05-01")),
            "2024. május 1-jei"
        );
        assert_eq!(hu::date_on(date("2027-08-02")), "2027. augusztus 2-án");
        assert_eq!(hu::date_on(date("2027-12-11")), "2027. december 11-én");
        assert_eq!(hu::date_on(date("2025-02-01")), "2025. február 1-jén");
        assert_eq!(hu::date_on(date("2026-08-20")), "2026. augusztus 20-án");
        let note = (Lang::Hu.messages().status_dated_note)(date("2026-11-23"));
        assert!(
            note.ends_with("a 2026. november 23-i állapot szerint."),
            "{note}"
        );
    }

    #[test]
    fn small_numbers_are_written_out() {
        assert_eq!(
            (Lang::En.messages().themes_intro)(5),
            "DG CONNECT covers five themes."
        );
        assert_eq!(
            (Lang::Fr.messages().explore_themes)(5),
            "Les cinq thèmes couverts par la DG CONNECT."
        );
        assert_eq!(
            (Lang::Hu.messages().themes_intro)(5),
            "A DG CONNECT öt témakörrel foglalkozik."
        );
        assert_eq!(
            (Lang::En.messages().themes_intro)(12),
            "DG CONNECT covers 12 themes."
        );
    }

    #[test]
    fn one_exported_dossier_is_not_all_one() {
        assert_eq!(
            (Lang::En.messages().export_note)(1),
            "The dossier matching your filters."
        );
        assert!((Lang::Fr.messages().export_note)(1).starts_with("Le dossier"));
        assert!((Lang::De.messages().export_note)(1).starts_with("Das Dossier"));
    }

    /// Every string literal in the French table, roughly: what lies between double quotes.
    fn french_literals() -> Vec<&'static str> {
        include_str!("fr.rs")
            .split('"')
            .skip(1)
            .step_by(2)
            .collect()
    }

    #[test]
    fn french_typography_uses_no_break_spaces() {
        for text in french_literals() {
            for bad in [" :", " ;", " ?", " !", "« ", " »"] {
                assert!(
                    !text.contains(bad),
                    "“{bad}” with an ordinary space in: {text}"
                );
            }
        }
        assert_eq!(Lang::Fr.messages().label_separator, "\u{a0}: ");
        assert!(Lang::Fr
            .messages()
            .gi_vision_heading
            .ends_with("voulons-nous\u{202f}?"));
        let note =
            (Lang::Fr.messages().status_listed_note)("Législation en vigueur", date("2021-09-15"));
        assert!(
            note.contains("«\u{202f}Législation en vigueur\u{202f}»"),
            "{note}"
        );
    }

    #[test]
    fn groups_digits() {
        assert_eq!(group_digits(0, ","), "0");
        assert_eq!(group_digits(999, ","), "999");
        assert_eq!(group_digits(1000, ","), "1,000");
        assert_eq!(group_digits(1234567, "."), "1.234.567");
    }
}
