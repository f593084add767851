//! Interface languages. Every string the site writes itself is a field of [`Messages`], and each
//! language is one `const` value of it, so a missing translation is a compile error. No Leptos
//! here: plain Rust, tested natively.

mod de;
mod en;
mod fr;
mod hu;
mod messages;

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

impl Messages {
    /// A date in this language's long form.
    pub fn date(&self, date: Date) -> String {
        (self.format_date)(self.months[usize::from(date.month.clamp(1, 12)) - 1], date)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn groups_digits() {
        assert_eq!(group_digits(0, ","), "0");
        assert_eq!(group_digits(999, ","), "999");
        assert_eq!(group_digits(1000, ","), "1,000");
        assert_eq!(group_digits(1234567, "."), "1.234.567");
    }
}
