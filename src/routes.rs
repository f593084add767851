//! The site's routes, in one table that the router, the prerenderer, the sitemap, the
//! navigation, the international overview and the tests all read. No Leptos here: the table
//! names each route's view only as a token, which the router's expansion turns into the view.

use crate::i18n::Messages;

/// Picks one text out of the interface messages.
pub type Text = fn(&Messages) -> &'static str;

/// Which pages a route has: one, or one per theme or per dossier of the data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pages {
    /// A single page at the route's path.
    One,
    /// One page per theme (`/themes/:slug`).
    EachTheme,
    /// One page per dossier (`/dossiers/:id`).
    EachDossier,
}

/// What a route's page needs in the browser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Nothing but its links: the prerendered page is the whole page, and loads no
    /// WebAssembly while it shows what it was rendered to show.
    Static,
    /// Controls only the app works (search, filters, sorting, paging through the query
    /// string): the page loads the app, which takes it over.
    Interactive,
}

/// A section of the primary navigation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nav {
    /// The home page.
    Mission,
    /// The themes.
    Themes,
    /// International cooperation.
    International,
    /// The legislative files.
    Dossiers,
    /// The timeline of their dates.
    Timeline,
    /// About the site.
    About,
}

impl Nav {
    /// The section's name in the navigation.
    pub fn label(self, t: &Messages) -> &'static str {
        match self {
            Nav::Mission => t.nav_mission,
            Nav::Themes => t.nav_themes,
            Nav::International => t.nav_international,
            Nav::Dossiers => t.nav_dossiers,
            Nav::Timeline => t.nav_timeline,
            Nav::About => t.nav_about,
        }
    }
}

/// One route.
#[derive(Debug, Clone, Copy)]
pub struct Route {
    /// Its path pattern, without language prefix and base (`/themes/:slug`).
    pub path: &'static str,
    /// Which pages it has.
    pub pages: Pages,
    /// Whether its pages load the app.
    pub kind: Kind,
    /// Its section in the primary navigation, if it heads one.
    pub nav: Option<Nav>,
    /// A one-line summary, for routes that an overview page lists (the international ones).
    pub summary: Option<(Text, Text)>,
}

impl Route {
    /// Whether `page`, a path without language prefix and base (`/dossiers/com-2021-574`), is
    /// one of this route's pages.
    pub fn has_page(&self, page: &str) -> bool {
        match self.path.split_once("/:") {
            Some((prefix, _)) => page
                .strip_prefix(prefix)
                .and_then(|rest| rest.strip_prefix('/'))
                .is_some_and(|value| !value.is_empty() && !value.contains('/')),
            None => page == self.path,
        }
    }
}

/// The route `page` (without language prefix and base) belongs to.
pub fn route_of(page: &str) -> Option<&'static Route> {
    ROUTES.iter().find(|route| route.has_page(page))
}

/// Calls `$then!` with every route: path, view, pages, kind, navigation section and, for the pages
/// the international overview lists, their title and summary. The one list of the site's
/// routes, in the router's order.
#[macro_export]
macro_rules! with_routes {
    ($then:ident) => {
        $then! {
            "/" => MissionPage, One, Static, Some(Nav::Mission), None;
            "/themes" => ThemesPage, One, Static, Some(Nav::Themes), None;
            "/themes/:slug" => ThemePage, EachTheme, Static, None, None;
            "/international" => InternationalPage, One, Static, Some(Nav::International), None;
            "/international/global-internet" => GlobalInternetPage, One, Static, None,
                Some((|t| t.global_internet_title, |t| t.global_internet_summary));
            "/international/regional-relations" => RegionalRelationsPage, One, Static, None,
                Some((|t| t.regional_title, |t| t.regional_summary));
            "/international/digital4development" => Digital4DevelopmentPage, One, Static, None,
                Some((|t| t.d4d_title, |t| t.d4d_summary));
            "/international/projects" => ProjectsPage, One, Interactive, None,
                Some((|t| t.projects_title, |t| t.projects_summary));
            "/dossiers" => DossierListPage, One, Interactive, Some(Nav::Dossiers), None;
            "/dossiers/:id" => DossierPage, EachDossier, Static, None, None;
            "/timeline" => TimelinePage, One, Interactive, Some(Nav::Timeline), None;
            "/about" => AboutPage, One, Static, Some(Nav::About), None;
        }
    };
}

macro_rules! table {
    ($($path:tt => $view:ident, $pages:ident, $kind:ident, $nav:expr, $summary:expr;)*) => {
        /// Every route, in the router's order.
        pub const ROUTES: &[Route] = &[$(Route {
            path: $path,
            pages: Pages::$pages,
            kind: Kind::$kind,
            nav: $nav,
            summary: $summary,
        },)*];
    };
}

with_routes!(table);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_is_unique_and_the_navigation_has_each_section_once() {
        for (i, route) in ROUTES.iter().enumerate() {
            assert!(route.path.starts_with('/'), "{}", route.path);
            assert!(
                ROUTES[..i].iter().all(|r| r.path != route.path),
                "{} twice",
                route.path
            );
        }
        let nav: Vec<Nav> = ROUTES.iter().filter_map(|r| r.nav).collect();
        let kind = |page| route_of(page).map(|r| r.kind);
        assert_eq!(kind("/"), Some(Kind::Static));
        assert_eq!(kind("/dossiers/com-2021-574"), Some(Kind::Static));
        assert_eq!(kind("/dossiers"), Some(Kind::Interactive));
        assert_eq!(kind("/timeline"), Some(Kind::Interactive));
        assert_eq!(kind("/international/projects"), Some(Kind::Interactive));
        assert_eq!(kind("/themes/a/b"), None);
        assert_eq!(kind("/dossiers/"), None);
        assert_eq!(
            nav,
            [
                Nav::Mission,
                Nav::Themes,
                Nav::International,
                Nav::Dossiers,
                Nav::Timeline,
                Nav::About
            ]
        );
    }
}
