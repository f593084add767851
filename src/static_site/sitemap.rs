//! The sitemaps: `sitemap.xml` is a sitemap index naming one sitemap per language (split into
//! several files where one would pass the protocol's limits), each listing every page in that
//! language; and `robots.txt` pointing to the index. A page's other language versions are named
//! in its own head (`<link rel="alternate" hreflang>`), not here again: in the sitemaps they
//! would grow with the square of the number of languages (24 alternates on each of 24 × every
//! page's URLs), where search engines read either.

use super::escape;
use super::pages::page_paths;
use crate::i18n::Lang;
use crate::paths::localize;
use crate::site::Site;

/// The sitemap index's file name, at the site root.
pub const SITEMAP_INDEX: &str = "sitemap.xml";

/// What the sitemap protocol allows in one file: 50,000 URLs and 50 MB uncompressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// URLs per file.
    pub urls: usize,
    /// Bytes per file.
    pub bytes: usize,
}

/// The protocol's limits (sitemaps.org), with a margin of a kilobyte on the size.
pub const PROTOCOL_LIMITS: Limits = Limits {
    urls: 50_000,
    bytes: 50 * 1024 * 1024 - 1024,
};

/// One file to write: its name at the site root and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SitemapFile {
    /// File name, e.g. `sitemap-fr.xml` or `sitemap-fr-2.xml`.
    pub name: String,
    /// The XML.
    pub xml: String,
}

const URLSET_START: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
const URLSET_END: &str = "</urlset>\n";

/// The site's sitemaps within the protocol's limits; the index comes first.
pub fn sitemaps(site: &Site, root: &str) -> Vec<SitemapFile> {
    sitemap_files(&page_paths(site), root, PROTOCOL_LIMITS)
}

/// The sitemap index and the sitemaps for `pages` (page paths without language prefix) in
/// every language, each file within `limits`. `root` is the site's absolute address with its
/// base path, without the trailing slash.
pub fn sitemap_files(pages: &[String], root: &str, limits: Limits) -> Vec<SitemapFile> {
    let mut files = Vec::new();
    for lang in Lang::ALL {
        let mut parts: Vec<String> = Vec::new();
        let mut current = String::from(URLSET_START);
        let mut count = 0;
        for page in pages {
            let entry = url_entry(root, page, lang);
            let full = current.len() + entry.len() + URLSET_END.len() > limits.bytes;
            if count > 0 && (count == limits.urls || full) {
                current.push_str(URLSET_END);
                parts.push(std::mem::replace(&mut current, String::from(URLSET_START)));
                count = 0;
            }
            current.push_str(&entry);
            count += 1;
        }
        current.push_str(URLSET_END);
        parts.push(current);
        let several = parts.len() > 1;
        for (i, xml) in parts.into_iter().enumerate() {
            let name = if several {
                format!("sitemap-{}-{}.xml", lang.code(), i + 1)
            } else {
                format!("sitemap-{}.xml", lang.code())
            };
            files.push(SitemapFile { name, xml });
        }
    }
    let mut index = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for file in &files {
        index.push_str(&format!(
            "  <sitemap><loc>{}</loc></sitemap>\n",
            escape(&format!("{root}/{}", file.name))
        ));
    }
    index.push_str("</sitemapindex>\n");
    files.insert(
        0,
        SitemapFile {
            name: SITEMAP_INDEX.to_owned(),
            xml: index,
        },
    );
    files
}

/// One `<url>`: the page in `lang`.
fn url_entry(root: &str, page: &str, lang: Lang) -> String {
    format!(
        "  <url><loc>{}</loc></url>\n",
        escape(&format!("{root}{}", localize(lang, page)))
    )
}

/// `robots.txt`: everything may be crawled; here is the sitemap index.
pub fn robots(root: &str) -> String {
    format!("User-agent: *\nAllow: /\n\nSitemap: {root}/{SITEMAP_INDEX}\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_every_page_in_each_language_under_an_index() {
        let site = crate::site::fixtures::shipped_site();
        let files = sitemaps(&site, "https://example.org/ce");
        assert_eq!(files[0].name, SITEMAP_INDEX);
        assert_eq!(files.len(), 1 + Lang::ALL.len(), "one file per language");
        for lang in Lang::ALL {
            let loc = format!(
                "<loc>https://example.org/ce/sitemap-{}.xml</loc>",
                lang.code()
            );
            assert!(files[0].xml.contains(&loc), "{loc}");
        }
        assert_eq!(page_paths(&site).len(), 10 + 5 + site.dossiers.len());
        let en = &files[1].xml;
        assert_eq!(en.matches("<url>").count(), page_paths(&site).len());
        assert!(en.contains("<loc>https://example.org/ce/dossiers/com-2021-574/</loc>"));
        assert!(en.contains("<loc>https://example.org/ce/</loc>"));
        let hu = files.iter().find(|f| f.name == "sitemap-hu.xml").unwrap();
        assert!(hu
            .xml
            .contains("<loc>https://example.org/ce/hu/dossiers/com-2021-574/</loc>"));
        assert!(hu
            .xml
            .contains("<loc>https://example.org/ce/hu/themes/strategic-vision/</loc>"));
        assert!(
            !hu.xml.contains("hreflang"),
            "the pages name their versions"
        );
        assert_eq!(
            robots("https://example.org/ce"),
            "User-agent: *\nAllow: /\n\nSitemap: https://example.org/ce/sitemap.xml\n"
        );
    }

    #[test]
    fn splits_at_the_protocols_limits() {
        let pages: Vec<String> = (0..125_001).map(|i| format!("/dossiers/x-{i}")).collect();
        let files = sitemap_files(&pages, "https://example.org", PROTOCOL_LIMITS);
        assert_eq!(
            files.len(),
            1 + 3 * Lang::ALL.len(),
            "three files per language"
        );
        for file in &files[1..] {
            let urls = file.xml.matches("<url>").count();
            assert!(urls <= 50_000, "{}: {urls} URLs", file.name);
            assert!(file.xml.len() <= PROTOCOL_LIMITS.bytes, "{}", file.name);
            assert!(file.xml.ends_with("</urlset>\n"));
        }
        let en: Vec<usize> = files[1..4]
            .iter()
            .map(|f| f.xml.matches("<url>").count())
            .collect();
        assert_eq!(en, [50_000, 50_000, 25_001]);
        assert_eq!(files[1].name, "sitemap-en-1.xml");
        assert_eq!(files[0].xml.matches("<sitemap>").count(), files.len() - 1);

        let small = Limits {
            urls: 1000,
            bytes: 2_000,
        };
        let files = sitemap_files(&pages[..10], "https://example.org", small);
        for file in &files[1..] {
            assert!(
                file.xml.len() <= small.bytes,
                "{}: {} bytes",
                file.name,
                file.xml.len()
            );
        }
        let total: usize = files[1..]
            .iter()
            .map(|f| f.xml.matches("<url>").count())
            .sum();
        assert_eq!(total, 10 * Lang::ALL.len(), "no page lost to the split");
    }
}
