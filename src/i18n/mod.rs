//! Interface languages. Every string the site writes itself is a message of [`Messages`], read
//! from the language's files ([`file`]): adding a language is adding its three files (with
//! `node tests/tools/cldr-write.mjs <code>` for what CLDR gives) and its line in `languages!`
//! below. No Leptos here: plain Rust, tested natively.

pub mod file;
pub mod format;
mod messages;
pub mod plural;

pub use messages::{Entry, Messages, RecordCounts};

use std::sync::OnceLock;

/// Declares the languages, one line each: the variant, the BCP 47 code (the address prefix and
/// the files' names, `public/data/lang/<code>.json`, `.content.json`, `.records.json`) and the
/// language's name in itself as CLDR gives it. The first is English, at the unprefixed
/// addresses, with its interface file only; the others follow in the EU's protocol order.
macro_rules! languages {
    ($first:ident $first_code:literal $first_name:literal, $($variant:ident $code:literal $name:literal,)*) => {
        /// A language of the interface.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub enum Lang {
            #[doc = concat!($first_name, ", at the unprefixed addresses.")]
            #[default]
            $first,
            $(#[doc = concat!($name, ", under `/", $code, "/`.")] $variant,)*
        }

        impl Lang {
            /// All languages, in the order the selector lists them.
            pub const ALL: [Lang; [$first_code $(, $code)*].len()] = [Lang::$first $(, Lang::$variant)*];

            /// BCP 47 code, as in `<html lang>`.
            pub fn code(self) -> &'static str {
                match self {
                    Lang::$first => $first_code,
                    $(Lang::$variant => $code,)*
                }
            }

            /// The language's name in itself, as language selectors show it.
            pub fn native_name(self) -> &'static str {
                match self {
                    Lang::$first => $first_name,
                    $(Lang::$variant => $name,)*
                }
            }

            /// Where the language's interface file (grammar and messages) is served from,
            /// relative to the site's base URL.
            pub fn file(self) -> &'static str {
                self.files()[0]
            }

            /// Every file of the language, relative to the site's base URL: the interface and,
            /// for every language but the first, this site's translation of the content
            /// (`.content.json`) and of the records' notes and details (`.records.json`). Three
            /// files rather than one keep each within the 12 KiB (brotli) a language's file may
            /// take.
            pub fn files(self) -> &'static [&'static str] {
                match self {
                    Lang::$first => &[concat!("data/lang/", $first_code, ".json")],
                    $(Lang::$variant => &[
                        concat!("data/lang/", $code, ".json"),
                        concat!("data/lang/", $code, ".content.json"),
                        concat!("data/lang/", $code, ".records.json"),
                    ],)*
                }
            }

            /// The shipped files, in the order of [`Lang::files`], built into native programs
            /// (the prerenderer, the tests) only.
            #[cfg(not(target_arch = "wasm32"))]
            fn builtin(self) -> &'static [&'static str] {
                match self {
                    Lang::$first => &[include_str!(concat!("../../public/data/lang/", $first_code, ".json"))],
                    $(Lang::$variant => &[
                        include_str!(concat!("../../public/data/lang/", $code, ".json")),
                        include_str!(concat!("../../public/data/lang/", $code, ".content.json")),
                        include_str!(concat!("../../public/data/lang/", $code, ".records.json")),
                    ],)*
                }
            }
        }
    };
}

languages! {
    En "en" "English",
    Bg "bg" "български",
    Es "es" "español",
    Cs "cs" "čeština",
    Da "da" "dansk",
    De "de" "Deutsch",
    Et "et" "eesti",
    El "el" "Ελληνικά",
    Fr "fr" "français",
    Ga "ga" "Gaeilge",
    Hr "hr" "hrvatski",
    It "it" "italiano",
    Lv "lv" "latviešu",
    Lt "lt" "lietuvių",
    Hu "hu" "magyar",
    Mt "mt" "Malti",
    Nl "nl" "Nederlands",
    Pl "pl" "polski",
    Pt "pt" "português",
    Ro "ro" "română",
    Sk "sk" "slovenčina",
    Sl "sl" "slovenščina",
    Fi "fi" "suomi",
    Sv "sv" "svenska",
}

impl Lang {
    /// The file of this site's translation of the content (for English, which has none, the
    /// interface file), for naming it in errors.
    pub fn content_file(self) -> &'static str {
        self.files().get(1).copied().unwrap_or(self.file())
    }

    /// The file of this site's translation of the records' texts (for English, which has
    /// none, the interface file), for naming it in errors.
    pub fn records_file(self) -> &'static str {
        self.files().get(2).copied().unwrap_or(self.file())
    }

    /// The language with this code.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code))
    }

    /// The language's position in [`Lang::ALL`].
    pub fn index(self) -> usize {
        Lang::ALL
            .iter()
            .position(|l| *l == self)
            .unwrap_or_default()
    }

    /// The interface text in this language, as [`install`] was given it. Natively (the
    /// prerenderer, the tests) a language not installed is read from the shipped file built
    /// into the program; the WebAssembly holds none, and starts by installing the page's
    /// language, so there it is blank only if its file could not be had.
    pub fn messages(self) -> &'static Messages {
        if let Some(messages) = INSTALLED[self.index()].get() {
            return messages;
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            builtin::install(self)
        }
        #[cfg(target_arch = "wasm32")]
        {
            BLANK.get_or_init(Messages::blank)
        }
    }
}

/// Each language's messages, once installed.
static INSTALLED: [OnceLock<&'static Messages>; Lang::ALL.len()] =
    [const { OnceLock::new() }; Lang::ALL.len()];

/// What a language's pages show if its messages could not be had.
#[cfg(target_arch = "wasm32")]
static BLANK: OnceLock<Messages> = OnceLock::new();

/// Whether `lang`'s messages are there to show.
pub fn installed(lang: Lang) -> bool {
    INSTALLED[lang.index()].get().is_some()
}

/// Makes `messages` `lang`'s for the rest of the visit (the first installed stays) and returns
/// them.
pub fn install(lang: Lang, messages: Messages) -> &'static Messages {
    INSTALLED[lang.index()].get_or_init(|| Box::leak(Box::new(messages)))
}

/// The shipped language files, built into native programs only.
#[cfg(not(target_arch = "wasm32"))]
mod builtin {
    use super::{file::LanguageFile, install as keep, Lang, Messages};

    /// Installs `lang`'s shipped messages; a broken file (which the native tests report) gives
    /// blank ones.
    pub fn install(lang: Lang) -> &'static Messages {
        let messages = LanguageFile::parse(lang, lang.builtin())
            .and_then(|file| file.messages(lang))
            .unwrap_or_else(|_| Messages::blank());
        keep(lang, messages)
    }
}

/// The text with its first letter a capital.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::format::{group_digits, lower_initials};
    use super::*;
    use crate::data::date::Date;
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
        let count = |lang: Lang, n: u64| lang.messages().n_of_m_dossiers(n, n);
        assert_eq!(count(Lang::En, 1), "1 of 1 file");
        assert_eq!(count(Lang::En, 0), "0 of 0 files");
        assert_eq!(count(Lang::En, 100_000), "100,000 of 100,000 files");
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

    fn act(form: ActForm, number: &str, council: bool) -> Act {
        Act {
            form,
            number: number.into(),
            council,
        }
    }

    #[test]
    fn acts_are_cited_with_each_language_grammar() {
        let cite = |lang: Lang, a: &Act| lang.messages().act_citation(a);
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
            "règlement (UE) n\u{ba}\u{a0}910/2014",
            "the ordinal sign, not the degree sign"
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
        let adopted = |lang: Lang, a: &Act| lang.messages().step_adopted(Some(a));
        assert_eq!(
            adopted(Lang::En, &dsa),
            "Adopted as Regulation (EU) 2022/2065"
        );
        assert_eq!(
            adopted(Lang::Fr, &dsa),
            "Adoption du règlement (UE) 2022/2065"
        );
        assert_eq!(
            adopted(Lang::Fr, &nis2),
            "Adoption de la directive (UE) 2022/2555"
        );
        assert_eq!(
            adopted(Lang::De, &dsa),
            "Erlass als Verordnung (EU) 2022/2065"
        );
        assert_eq!(
            adopted(Lang::Hu, &dsa),
            "Elfogadás (EU) 2022/2065 rendeletként"
        );
        assert_eq!(
            adopted(Lang::Hu, &nis2),
            "Elfogadás (EU) 2022/2555 irányelvként"
        );
        assert_eq!(Lang::Fr.messages().step_adopted(None), "Adoption");
    }

    #[test]
    fn older_acts_are_cited_in_the_forms_of_their_time() {
        let cite = |lang: Lang, a: &Act| lang.messages().act_citation(a);
        let rspp = act(ActForm::Decision, "2012/243", false);
        assert_eq!(cite(Lang::En, &rspp), "Decision No 243/2012/EU");
        assert_eq!(cite(Lang::Fr, &rspp), "décision n\u{ba}\u{a0}243/2012/UE");
        assert_eq!(cite(Lang::De, &rspp), "Beschluss Nr.\u{a0}243/2012/EU");
        assert_eq!(cite(Lang::Hu, &rspp), "243/2012/EU határozat");
        let spectrum = act(ActForm::Decision, "2002/676", false);
        assert_eq!(
            cite(Lang::De, &spectrum),
            "Entscheidung Nr.\u{a0}676/2002/EG"
        );
        assert_eq!(
            cite(Lang::Fr, &spectrum),
            "décision n\u{ba}\u{a0}676/2002/CE"
        );
        assert_eq!(cite(Lang::Hu, &spectrum), "676/2002/EK határozat");
        let council = act(ActForm::Decision, "2013/488", true);
        assert_eq!(cite(Lang::Fr, &council), "décision 2013/488/UE du Conseil");
        assert_eq!(cite(Lang::Hu, &council), "2013/488/EU tanácsi határozat");
        let dot_eu = act(ActForm::Regulation, "2002/733", false);
        assert_eq!(
            cite(Lang::Fr, &dot_eu),
            "règlement (CE) n\u{ba}\u{a0}733/2002"
        );
        assert_eq!(cite(Lang::De, &dot_eu), "Verordnung (EG) Nr.\u{a0}733/2002");
        assert_eq!(cite(Lang::Hu, &dot_eu), "733/2002/EK rendelet");
        let framework = act(ActForm::Directive, "2002/21", false);
        assert_eq!(cite(Lang::Fr, &framework), "directive 2002/21/CE");
        assert_eq!(cite(Lang::De, &framework), "Richtlinie 2002/21/EG");
        assert_eq!(cite(Lang::Hu, &framework), "2002/21/EK irányelv");
        let database = act(ActForm::Directive, "1996/9", false);
        assert_eq!(cite(Lang::En, &database), "Directive 96/9/EC");
        assert_eq!(cite(Lang::Hu, &database), "96/9/EK irányelv");
        let cable = act(ActForm::Directive, "1993/83", true);
        assert_eq!(cite(Lang::Fr, &cable), "directive 93/83/CEE du Conseil");
        assert_eq!(cite(Lang::De, &cable), "Richtlinie 93/83/EWG des Rates");
        assert_eq!(cite(Lang::Hu, &cable), "93/83/EGK tanácsi irányelv");
    }

    #[test]
    fn an_act_standing_alone_begins_with_a_capital() {
        let dsa = act(ActForm::Regulation, "2022/2065", false);
        let t = Lang::Fr.messages();
        assert_eq!(t.act_name(&dsa), "Règlement (UE) 2022/2065");
        assert_eq!(t.kind_name(Kind::Act(&dsa)), "Règlement (UE) 2022/2065");
        assert_eq!(t.act_citation(&dsa), "règlement (UE) 2022/2065");
        assert_eq!(
            Lang::Hu.messages().act_name(&dsa),
            "(EU) 2022/2065 rendelet"
        );
    }

    #[test]
    fn official_journal_references_are_written_each_language_s_way() {
        let oj = |lang: Lang, detail: &str| lang.messages().step_detail(detail);
        assert_eq!(
            oj(Lang::En, "OJ L 130, p. 82"),
            ("OJ L 130, p. 82".into(), true)
        );
        assert_eq!(oj(Lang::Fr, "OJ L 277"), ("JO L 277".into(), true));
        assert_eq!(
            oj(Lang::De, "OJ L 130, p. 82"),
            ("ABl. L 130, S. 82".into(), true)
        );
        assert_eq!(
            oj(Lang::Hu, "OJ L 130, p. 82"),
            ("HL L 130., 82. o.".into(), true)
        );
        assert_eq!(oj(Lang::Hu, "OJ L 277"), ("HL L 277.".into(), true));
        assert_eq!(
            oj(Lang::Hu, "OJ L, 2024/1689"),
            ("HL L, 2024/1689".into(), true)
        );
        assert_eq!(
            oj(Lang::De, "Article 3"),
            ("Artikel 3".into(), true),
            "this site's translation of a record's detail"
        );
        assert_eq!(
            oj(Lang::De, "Annex IX"),
            ("Annex IX".into(), false),
            "a detail no record has stays as written"
        );
    }

    #[test]
    fn confirmed_facts_read_as_running_text() {
        assert_eq!(
            lower_initials("Title, DG CONNECT as the lead department, Reference, Éditeur"),
            "title, DG CONNECT as the lead department, reference, éditeur"
        );
        assert_eq!(
            Lang::Hu
                .messages()
                .evidence_confirms("Cím, Hivatkozási szám"),
            "megerősíti: cím, hivatkozási szám"
        );
        assert_eq!(
            Lang::De.messages().evidence_confirms("Titel, Referenz"),
            "bestätigt: Titel, Referenz",
            "German nouns keep their capitals"
        );
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
                "Committee responsible (European Parliament)",
                "Committees responsible (European Parliament)",
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
                "Illetékes európai parlamenti bizottság",
                "Illetékes európai parlamenti bizottságok",
            ),
        ] {
            let t = lang.messages();
            assert_eq!(t.field_committees(1), one);
            assert_eq!(t.field_committees(2), two);
        }
        assert_eq!(Lang::En.messages().field_rapporteurs(2), "Rapporteurs");
        assert_eq!(Lang::Hu.messages().field_rapporteurs(2), "Előadók");
    }

    #[test]
    fn hungarian_dates_take_their_suffixes() {
        let t = Lang::Hu.messages();
        for (day, on) in [
            ("2027-08-02", "2027. augusztus 2-án"),
            ("2027-12-11", "2027. december 11-én"),
            ("2025-02-01", "2025. február 1-jén"),
            ("2026-08-20", "2026. augusztus 20-án"),
        ] {
            let note = t.checked_note(date(day));
            assert!(note.contains(on), "{note}");
        }
        let note = t.status_dated_note(date("2026-11-23"));
        assert!(
            note.ends_with("a 2026. november 23-i állapot szerint."),
            "{note}"
        );
        let first = t.status_dated_note(date("2024-05-01"));
        assert!(first.contains("2024. május 1-jei"), "{first}");
        let expired = t.status_expired_note(date("2026-04-03"));
        assert!(
            expired.ends_with("2026. április 3."),
            "one full stop: {expired}"
        );
        let rule = t.about_status_rule(date("2026-11-23"), date("2021-09-15"));
        assert!(rule.ends_with("időpontja: 2026. november 23."), "{rule}");
    }

    #[test]
    fn hungarian_puts_no_article_a_value_would_choose() {
        let t = Lang::Hu.messages();
        assert!(
            t.export_note(5).contains("összes dosszié (5)"),
            "{}",
            t.export_note(5)
        );
        assert!(t.relax_text("adat", 2).starts_with("„adat” keresés"));
        let listed = t.status_listed_note("Hatályos jogszabályok", date("2021-09-15"));
        assert!(listed.starts_with("Az EU Monitor a „Hatályos"), "{listed}");
    }

    #[test]
    fn small_numbers_are_written_out() {
        assert_eq!(
            Lang::En.messages().themes_intro(5),
            "DG CONNECT covers five themes."
        );
        assert_eq!(
            Lang::Fr.messages().explore_themes(5),
            "Les cinq thèmes couverts par la DG CONNECT."
        );
        assert_eq!(
            Lang::Hu.messages().themes_intro(5),
            "A DG CONNECT öt témakörrel foglalkozik."
        );
        assert_eq!(
            Lang::En.messages().themes_intro(12),
            "DG CONNECT covers 12 themes."
        );
    }

    #[test]
    fn one_exported_dossier_is_not_all_one() {
        assert_eq!(
            Lang::En.messages().export_note(1),
            "The file matching your filters."
        );
        assert!(Lang::Fr.messages().export_note(1).starts_with("Le dossier"));
        assert!(Lang::De
            .messages()
            .export_note(1)
            .starts_with("Das Dossier"));
    }

    /// Every text in the French file: messages, list items and translated content.
    fn french_texts() -> Vec<String> {
        let file = file::LanguageFile::parse(
            Lang::Fr,
            &[
                include_str!("../../public/data/lang/fr.json"),
                include_str!("../../public/data/lang/fr.content.json"),
                include_str!("../../public/data/lang/fr.records.json"),
            ],
        )
        .expect("the French files parse");
        let mut texts: Vec<String> = file.content.into_values().map(|t| t.text).collect();
        for entry in file.messages.into_values() {
            match entry {
                Entry::Text(text) => texts.push(text),
                Entry::List(items) => texts.extend(items),
            }
        }
        texts
    }

    #[test]
    fn french_typography_uses_no_break_spaces() {
        let texts = french_texts();
        assert!(texts.len() > 300, "{} texts", texts.len());
        for text in texts {
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
        let note = Lang::Fr
            .messages()
            .status_listed_note("Législation en vigueur", date("2021-09-15"));
        assert!(
            note.contains("«\u{202f}Législation en vigueur\u{202f}»"),
            "{note}"
        );
    }

    #[test]
    fn groups_digits() {
        assert_eq!(group_digits(0, ",", 1), "0");
        assert_eq!(group_digits(999, ",", 1), "999");
        assert_eq!(group_digits(1000, ",", 1), "1,000");
        assert_eq!(group_digits(1234567, ".", 1), "1.234.567");
        assert_eq!(group_digits(9999, " ", 2), "9999");
        assert_eq!(group_digits(10000, " ", 2), "10 000");
    }
}
