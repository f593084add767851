//! Every address the site writes, built in one place from the route table's paths: pages
//! (without language prefix and base; [`crate::paths::localize`] and the base path come after)
//! and the files beside them. No view, feed, calendar or sitemap writes a path of its own.
//! No Leptos here.

/// The home page.
pub const MISSION: &str = "/";
/// The themes.
pub const THEMES: &str = "/themes";
/// International cooperation.
pub const INTERNATIONAL: &str = "/international";
/// The legislative files.
pub const DOSSIERS: &str = "/dossiers";
/// The timeline of their dates.
pub const TIMELINE: &str = "/timeline";
/// About the site.
pub const ABOUT: &str = "/about";
/// The research projects.
pub const PROJECTS: &str = "/international/projects";

/// The calendar of coming dates, at a language's root and in each dossier's folder.
pub const CALENDAR_FILE: &str = "calendar.ics";
/// The Atom feed's file name, at each language's root (`feed.xml`, `fr/feed.xml`).
pub const FEED_FILE: &str = "feed.xml";

/// One theme's page.
pub fn theme(slug: &str) -> String {
    format!("{THEMES}/{slug}")
}

/// One dossier's page.
pub fn dossier(id: &str) -> String {
    format!("{DOSSIERS}/{id}")
}

/// The dossier list with a query suffix (`?status=in-force`, or empty).
pub fn dossier_list(suffix: &str) -> String {
    format!("{DOSSIERS}{suffix}")
}

/// The timeline with a query suffix.
pub fn timeline(suffix: &str) -> String {
    format!("{TIMELINE}{suffix}")
}

/// The projects page with a query suffix.
pub fn projects(suffix: &str) -> String {
    format!("{PROJECTS}{suffix}")
}

/// A section of the about page (`sources`, `source-001`, `accessibility`).
pub fn about_section(fragment: &str) -> String {
    format!("{ABOUT}#{fragment}")
}

/// The calendar beside a page, given that page's address as written (with its trailing
/// slash): `/fr/` gives `/fr/calendar.ics`.
pub fn calendar_beside(page_address: &str) -> String {
    format!("{page_address}{CALENDAR_FILE}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routes::ROUTES;

    /// Whether `path` is one of the route table's patterns, filled in.
    fn routed(path: &str) -> bool {
        let path = path.split(['?', '#']).next().unwrap_or_default();
        ROUTES.iter().any(|route| {
            let pattern: Vec<&str> = route.path.split('/').collect();
            let parts: Vec<&str> = path.split('/').collect();
            pattern.len() == parts.len()
                && pattern
                    .iter()
                    .zip(&parts)
                    .all(|(p, s)| p.starts_with(':') && !s.is_empty() || p == s)
        })
    }

    #[test]
    fn every_address_is_a_route() {
        for address in [
            MISSION.to_owned(),
            THEMES.to_owned(),
            INTERNATIONAL.to_owned(),
            DOSSIERS.to_owned(),
            TIMELINE.to_owned(),
            ABOUT.to_owned(),
            PROJECTS.to_owned(),
            theme("strategic-vision"),
            dossier("com-2021-574"),
            dossier_list("?q=data"),
            timeline("?kind=applies"),
            projects("?country=kenya"),
            about_section("sources"),
        ] {
            assert!(routed(&address), "{address} is in the route table");
        }
        assert!(!routed("/dossiers/a/b") && !routed("/nowhere"));
        assert_eq!(calendar_beside("/fr/"), "/fr/calendar.ics");
    }
}
