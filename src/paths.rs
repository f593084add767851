//! Site paths in each language: English at the unprefixed paths, the others under `/fr`,
//! `/de` and `/hu`; and the base path when the site is deployed under a sub-path
//! (`/connect-explorer/…`). Every page is a directory on a static host, so its address ends
//! with a slash: that is the address the host serves without a redirect. No Leptos here.

use crate::i18n::Lang;

/// The page the prerenderer renders `404.html` at: no route has it, so the router shows the
/// not-found view. Links to it in another language lead to that language's home page instead.
pub const NOT_FOUND_PAGE: &str = "/404-not-found";

/// The address of `page` in `lang`, without the base path: `/themes` → `/fr/themes/`,
/// `/` → `/fr/`, `/dossiers?q=x` → `/fr/dossiers/?q=x`. `page` starts with `/` and may carry a
/// query string or a fragment.
pub fn localize(lang: Lang, page: &str) -> String {
    let split = page.find(['?', '#']).unwrap_or(page.len());
    let (path, rest) = page.split_at(split);
    let path = path.trim_end_matches('/');
    match lang {
        Lang::En if path.is_empty() => format!("/{rest}"),
        Lang::En => format!("{path}/{rest}"),
        _ => format!("/{}{path}/{rest}", lang.code()),
    }
}

/// A path as a visitor may type or a host may pass it, made safe to build links from: every
/// run of slashes and backslashes becomes one slash, so that no link the site writes can
/// become protocol-relative (`//host/…`) and leave the site.
pub fn clean_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len() + 1);
    out.push('/');
    for c in path.chars() {
        let slash = c == '/' || c == '\\';
        if !(slash && out.ends_with('/')) {
            out.push(if slash { '/' } else { c });
        }
    }
    out
}

/// The address a static host serves for the same page, spelt as the site writes it: a final
/// `index.html` dropped (`/dossiers/index.html` is `/dossiers/`), and letters, digits and
/// `-._~` written plainly where they come percent-encoded (`/%66r/` is `/fr/`): hosts decode
/// them to find the file, but the router compares the address as it is. Other escapes stay, so
/// that an encoded slash never becomes a path separator. A run of slashes at the start becomes
/// one: written back as it came, `//host/…` would name another origin, which the History API
/// refuses.
pub fn served_page_path(path: &str) -> String {
    let path = match path.find(|c| c != '/') {
        Some(start) if start > 1 => &path[start - 1..],
        None if path.len() > 1 => "/",
        _ => path,
    };
    let path = match path.strip_suffix("index.html") {
        Some(dir) if dir.ends_with('/') => dir,
        _ => path,
    };
    let bytes = path.as_bytes();
    let mut out = String::with_capacity(path.len());
    let mut i = 0;
    while i < bytes.len() {
        let decoded = (bytes[i] == b'%')
            .then(|| path.get(i + 1..i + 3))
            .flatten()
            .and_then(|hex| u8::from_str_radix(hex, 16).ok())
            .filter(|b| b.is_ascii_alphanumeric() || b"-._~".contains(b));
        match decoded {
            Some(byte) => {
                out.push(char::from(byte));
                i += 3;
            }
            None => {
                let next = path[i..].chars().next().unwrap_or_default();
                out.push(next);
                i += next.len_utf8().max(1);
            }
        }
    }
    out
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

/// The base path from a `<base href>` value, without its trailing slash: `/` becomes the
/// empty string, `/connect-explorer/` becomes `/connect-explorer`. Only the path of an absolute
/// URL counts.
pub fn normalize_base(href: &str) -> String {
    let path = match href.split_once("://") {
        Some((_, rest)) => rest.find('/').map_or("/", |i| &rest[i..]),
        None => href,
    };
    let path = path.split(['?', '#']).next().unwrap_or_default();
    let trimmed = path.trim_matches('/');
    if trimmed.is_empty() || trimmed == "." {
        String::new()
    } else {
        format!("/{trimmed}")
    }
}

/// `path` (which starts with `/`) under `base`: `/themes` → `/connect-explorer/themes`; the
/// root becomes `/connect-explorer/`.
pub fn with_base(base: &str, path: &str) -> String {
    if base.is_empty() {
        path.to_owned()
    } else if path == "/" {
        format!("{base}/")
    } else {
        format!("{base}{path}")
    }
}

/// `path` without `base`, when it starts with it.
pub fn strip_base<'a>(base: &str, path: &'a str) -> &'a str {
    match path.strip_prefix(base) {
        Some("") => "/",
        Some(rest) if !base.is_empty() && rest.starts_with('/') => rest,
        _ => path,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spells_a_served_address_as_the_site_writes_it() {
        assert_eq!(served_page_path("/dossiers/index.html"), "/dossiers/");
        assert_eq!(
            served_page_path("//evil.example/index.html"),
            "/evil.example/"
        );
        assert_eq!(served_page_path("///"), "/");
        assert_eq!(
            served_page_path("/dossiers//"),
            "/dossiers//",
            "only the start"
        );
        assert_eq!(served_page_path("/index.html"), "/");
        assert_eq!(served_page_path("/ce/fr/index.html"), "/ce/fr/");
        assert_eq!(served_page_path("/%66r/themes/"), "/fr/themes/");
        assert_eq!(
            served_page_path("/%64ossiers/com%2D2021%2d574/"),
            "/dossiers/com-2021-574/"
        );
        assert_eq!(served_page_path("/dossiers/"), "/dossiers/");
        assert_eq!(
            served_page_path("/dossiers%2F"),
            "/dossiers%2F",
            "an encoded slash is no separator"
        );
        assert_eq!(
            served_page_path("/a%20b/%"),
            "/a%20b/%",
            "other escapes stay"
        );
        assert_eq!(served_page_path("/%E2%82%AC/"), "/%E2%82%AC/");
        assert_eq!(
            served_page_path("/dossiers/notindex.html"),
            "/dossiers/notindex.html"
        );
        assert_eq!(served_page_path("/é/index.html"), "/é/");
        assert_eq!(served_page_path("/%"), "/%");
    }

    #[test]
    fn localizes_paths() {
        assert_eq!(localize(Lang::En, "/"), "/");
        assert_eq!(localize(Lang::En, "/themes"), "/themes/");
        assert_eq!(localize(Lang::En, "/themes/"), "/themes/");
        assert_eq!(localize(Lang::Fr, "/themes"), "/fr/themes/");
        assert_eq!(localize(Lang::Hu, "/"), "/hu/");
        assert_eq!(
            localize(Lang::De, "/dossiers?status=in-force"),
            "/de/dossiers/?status=in-force"
        );
        assert_eq!(localize(Lang::En, "/about#sources"), "/about/#sources");
        assert_eq!(localize(Lang::En, "/?q=x"), "/?q=x");
    }

    #[test]
    fn cleans_paths_that_could_leave_the_site() {
        assert_eq!(clean_path("//evil.example/x"), "/evil.example/x");
        assert_eq!(clean_path("/\\evil.example"), "/evil.example");
        assert_eq!(clean_path("\\/evil"), "/evil");
        assert_eq!(clean_path("/dossiers//"), "/dossiers/");
        assert_eq!(clean_path(""), "/");
        assert_eq!(clean_path("/themes"), "/themes");
        for lang in Lang::ALL {
            for odd in [
                "//evil.example/x",
                "/\\evil.example",
                "/%2F%2Fx",
                "/dossiers//",
            ] {
                let href = localize(lang, &clean_path(odd));
                assert!(href.starts_with('/') && !href.starts_with("//"), "{href}");
            }
        }
    }

    #[test]
    fn base_paths() {
        assert_eq!(normalize_base("/"), "");
        assert_eq!(normalize_base(""), "");
        assert_eq!(normalize_base("./"), "");
        assert_eq!(normalize_base("/connect-explorer/"), "/connect-explorer");
        assert_eq!(
            normalize_base("https://example.org/connect-explorer/?x#y"),
            "/connect-explorer"
        );
        assert_eq!(normalize_base("http://127.0.0.1:8080/"), "");
        assert_eq!(with_base("", "/themes"), "/themes");
        assert_eq!(with_base("/ce", "/themes"), "/ce/themes");
        assert_eq!(with_base("/ce", "/"), "/ce/");
        assert_eq!(strip_base("/ce", "/ce/themes"), "/themes");
        assert_eq!(strip_base("/ce", "/ce"), "/");
        assert_eq!(strip_base("/ce", "/ce/"), "/");
        assert_eq!(strip_base("/ce", "/cex/themes"), "/cex/themes");
        assert_eq!(strip_base("", "/themes"), "/themes");
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
            for page in ["/", "/themes/", "/dossiers/com-2021-574/"] {
                assert_eq!(split_lang(&localize(lang, page)), (lang, page));
            }
        }
    }
}
