//! Site paths in each language: English at the unprefixed paths, the others under `/fr`,
//! `/de` and `/hu`. No Leptos here.

use crate::i18n::Lang;

/// The path of `page` (which starts with `/`) in `lang`: `/themes` → `/fr/themes`, `/` → `/fr`.
pub fn localize(lang: Lang, page: &str) -> String {
    match lang {
        Lang::En => page.to_owned(),
        _ if page == "/" || page.is_empty() => format!("/{}", lang.code()),
        _ => format!("/{}{page}", lang.code()),
    }
}

/// Splits a path into its language and the page path: `/fr/themes` → (French, `/themes`),
/// `/fr` → (French, `/`), `/themes` → (English, `/themes`).
pub fn split_lang(path: &str) -> (Lang, &str) {
    let rest = path.strip_prefix('/').unwrap_or(path);
    let (first, tail) = rest.split_once('/').map_or((rest, ""), |(f, t)| (f, t));
    match Lang::ALL
        .into_iter()
        .find(|l| *l != Lang::En && l.code() == first)
    {
        Some(lang) if tail.is_empty() => (lang, "/"),
        Some(lang) => (lang, &path[first.len() + 1..]),
        None => (Lang::En, path),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn localizes_paths() {
        assert_eq!(localize(Lang::En, "/themes"), "/themes");
        assert_eq!(localize(Lang::Fr, "/themes"), "/fr/themes");
        assert_eq!(localize(Lang::Hu, "/"), "/hu");
        assert_eq!(
            localize(Lang::De, "/dossiers?status=in-force"),
            "/de/dossiers?status=in-force"
        );
    }

    #[test]
    fn splits_the_language_off() {
        assert_eq!(
            split_lang("/fr/themes/strategic-vision"),
            (Lang::Fr, "/themes/strategic-vision")
        );
        assert_eq!(split_lang("/fr"), (Lang::Fr, "/"));
        assert_eq!(split_lang("/fr/"), (Lang::Fr, "/"));
        assert_eq!(split_lang("/themes"), (Lang::En, "/themes"));
        assert_eq!(split_lang("/"), (Lang::En, "/"));
        assert_eq!(split_lang("/en/themes"), (Lang::En, "/en/themes"));
        assert_eq!(split_lang("/french"), (Lang::En, "/french"));
        assert_eq!(split_lang("/ő/x"), (Lang::En, "/ő/x"));
        for lang in Lang::ALL {
            for page in ["/", "/themes", "/dossiers/com-2021-574"] {
                assert_eq!(split_lang(&localize(lang, page)), (lang, page));
            }
        }
    }
}
