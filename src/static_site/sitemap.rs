//! `sitemap.xml` with every page and its language versions, and `robots.txt` pointing to it.

use super::escape;
use super::pages::page_paths;
use crate::i18n::Lang;
use crate::paths::localize;
use crate::site::Site;

/// The sitemap: each page in each language, with links to its other language versions.
/// `root` is the site's absolute address with its base path, without the trailing slash.
pub fn sitemap(site: &Site, root: &str) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" \
         xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for page in page_paths(site) {
        let url = |lang: Lang| escape(&format!("{root}{}", localize(lang, &page)));
        for lang in Lang::ALL {
            xml.push_str(&format!("  <url>\n    <loc>{}</loc>\n", url(lang)));
            for other in Lang::ALL {
                xml.push_str(&format!(
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>\n",
                    other.code(),
                    url(other)
                ));
            }
            xml.push_str("  </url>\n");
        }
    }
    xml.push_str("</urlset>\n");
    xml
}

/// `robots.txt`: everything may be crawled; here is the sitemap.
pub fn robots(root: &str) -> String {
    format!("User-agent: *\nAllow: /\n\nSitemap: {root}/sitemap.xml\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_every_page_with_its_languages() {
        let site = crate::site::fixtures::shipped_site();
        let xml = sitemap(&site, "https://example.org/ce");
        assert_eq!(xml.matches("<url>").count(), 4 * page_paths(&site).len());
        assert_eq!(page_paths(&site).len(), 10 + 5 + site.dossiers.len());
        assert!(xml.contains("<loc>https://example.org/ce/dossiers/com-2021-574/</loc>"));
        assert!(xml.contains("<loc>https://example.org/ce/hu/dossiers/com-2021-574/</loc>"));
        assert!(xml.contains(
            "hreflang=\"fr\" href=\"https://example.org/ce/fr/themes/strategic-vision/\""
        ));
        assert!(xml.contains("<loc>https://example.org/ce/</loc>"));
        assert_eq!(
            robots("https://example.org/ce"),
            "User-agent: *\nAllow: /\n\nSitemap: https://example.org/ce/sitemap.xml\n"
        );
    }
}
