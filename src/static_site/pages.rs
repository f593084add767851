//! Every page the site has: each route, theme and dossier, in each language.

use crate::i18n::Lang;
use crate::paths::localize;
use crate::routes::{route_of, Kind, Pages, Route, ROUTES};
use crate::site::Site;

/// One page to prerender.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// The interface language.
    pub lang: Lang,
    /// The page's path without language prefix and base, e.g. `/dossiers/com-2021-574`.
    pub page: String,
}

impl Page {
    /// The path under its language prefix (without base): `/fr/dossiers/com-2021-574`.
    pub fn path(&self) -> String {
        localize(self.lang, &self.page)
    }

    /// The file that serves it, relative to the site root: `fr/dossiers/com-2021-574/index.html`.
    pub fn file(&self) -> String {
        let path = self.path();
        let dir = path.trim_matches('/');
        if dir.is_empty() {
            "index.html".to_owned()
        } else {
            format!("{dir}/index.html")
        }
    }

    /// What the page needs in the browser: its route's kind. A path no route has (none is
    /// listed) would be the app's not-found page, which the app serves.
    pub fn kind(&self) -> Kind {
        route_of(&self.page).map_or(Kind::Interactive, |route| route.kind)
    }
}

/// The page paths of the site, in one language, route by route in the table's order: each
/// route's page, or its pages for each theme or dossier.
pub fn page_paths(site: &Site) -> Vec<String> {
    ROUTES
        .iter()
        .flat_map(|route| route_pages(route, site))
        .collect()
}

/// The pages of one route.
pub fn route_pages(route: &Route, site: &Site) -> Vec<String> {
    let filled = |value: &str| {
        let (prefix, _parameter) = route.path.rsplit_once('/').unwrap_or((route.path, ""));
        format!("{prefix}/{value}")
    };
    match route.pages {
        Pages::One => vec![route.path.to_owned()],
        Pages::EachTheme => site
            .content
            .themes
            .iter()
            .map(|t| filled(&t.slug))
            .collect(),
        Pages::EachDossier => (0..site.dossiers.len() as u32)
            .map(|p| filled(site.dossiers.id(p)))
            .collect(),
    }
}

/// Every page in every language.
pub fn all_pages(site: &Site) -> Vec<Page> {
    let paths = page_paths(site);
    Lang::ALL
        .into_iter()
        .flat_map(|lang| {
            paths.iter().map(move |page| Page {
                lang,
                page: page.clone(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::fixtures::shipped_site as site;

    #[test]
    fn lists_every_route_theme_and_dossier_in_every_language() {
        let site = site();
        let paths = page_paths(&site);
        let single = ROUTES.iter().filter(|r| r.pages == Pages::One).count();
        assert_eq!(single, 10, "ten routes of one page each");
        assert_eq!(paths.len(), single + 5 + site.dossiers.len());
        assert!(paths.contains(&"/dossiers/com-2021-574".to_owned()));
        assert!(paths.contains(&"/themes/strategic-vision".to_owned()));
        assert_eq!(all_pages(&site).len(), Lang::ALL.len() * paths.len());
    }

    #[test]
    fn pages_map_to_files() {
        let page = |lang, path: &str| Page {
            lang,
            page: path.to_owned(),
        };
        assert_eq!(page(Lang::En, "/").file(), "index.html");
        assert_eq!(page(Lang::Fr, "/").file(), "fr/index.html");
        assert_eq!(
            page(Lang::En, "/dossiers/com-2021-574").file(),
            "dossiers/com-2021-574/index.html"
        );
        assert_eq!(page(Lang::Hu, "/about").path(), "/hu/about/");
        assert_eq!(page(Lang::Fr, "/about").kind(), Kind::Static);
        assert_eq!(page(Lang::Fr, "/dossiers").kind(), Kind::Interactive);
    }
}
