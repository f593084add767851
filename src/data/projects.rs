//! Filtering the international research projects by region and country, with the URL query
//! (`?region=africa&country=kenya`) as the state. No Leptos here.

use super::content::{Country, Project, Research};
use crate::query_string::{encode, pairs, suffix};

/// The project filter, as in the URL.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ProjectQuery {
    /// Region id.
    pub region: Option<String>,
    /// Country id.
    pub country: Option<String>,
}

impl ProjectQuery {
    /// Reads `region` and `country`, keeping only ids that `research` knows.
    pub fn parse(query: &str, research: &Research) -> ProjectQuery {
        let mut parsed = ProjectQuery::default();
        for (key, value) in pairs(query.trim_start_matches('?')) {
            match key.as_str() {
                "region" if research.regions.iter().any(|r| r.id == value) => {
                    parsed.region.get_or_insert(value);
                }
                "country" if research.countries.iter().any(|c| c.id == value) => {
                    parsed.country.get_or_insert(value);
                }
                _ => {}
            }
        }
        parsed
    }

    /// `?region=…&country=…`, or the empty string without filters.
    pub fn to_suffix(&self) -> String {
        let pairs: Vec<String> = [("region", &self.region), ("country", &self.country)]
            .into_iter()
            .filter_map(|(key, value)| value.as_ref().map(|v| format!("{key}={}", encode(v))))
            .collect();
        suffix(&pairs.join("&"))
    }

    /// The filter with another region (or none), and no country outside it.
    pub fn with_region(&self, region: Option<&str>, research: &Research) -> ProjectQuery {
        let country = self.country.clone().filter(|c| {
            region.is_none_or(|r| {
                research
                    .countries
                    .iter()
                    .any(|k| k.id == *c && k.region == r)
            })
        });
        ProjectQuery {
            region: region.map(str::to_owned),
            country,
        }
    }

    /// The filter with another country (or none).
    pub fn with_country(&self, country: Option<&str>) -> ProjectQuery {
        ProjectQuery {
            country: country.map(str::to_owned),
            ..self.clone()
        }
    }

    /// Where a country on the map leads: to that country, keeping the region if the country
    /// lies in it; from the country already chosen, back to the region alone.
    pub fn with_map_country(&self, country: &Country) -> ProjectQuery {
        if self.country.as_deref() == Some(country.id.as_str()) {
            return self.with_country(None);
        }
        ProjectQuery {
            region: self.region.clone().filter(|r| *r == country.region),
            country: Some(country.id.clone()),
        }
    }

    /// True when `project` passes the filter.
    pub fn matches(&self, project: &Project, research: &Research) -> bool {
        let region_ok = self
            .region
            .as_ref()
            .is_none_or(|r| project_regions(project, research).contains(&r.as_str()));
        let country_ok = self
            .country
            .as_ref()
            .is_none_or(|c| project.countries.contains(c));
        region_ok && country_ok
    }
}

/// The regions a project is named for: its own, and those of its countries, in the order of
/// the research regions.
pub fn project_regions<'a>(project: &Project, research: &'a Research) -> Vec<&'a str> {
    research
        .regions
        .iter()
        .map(|r| r.id.as_str())
        .filter(|region| {
            project.regions.iter().any(|r| r == region)
                || project.countries.iter().any(|c| {
                    research
                        .countries
                        .iter()
                        .any(|k| k.id == *c && k.region == *region)
                })
        })
        .collect()
}

/// How many projects each region would show (country filter ignored), in region order.
pub fn region_counts(research: &Research) -> Vec<(&str, usize)> {
    research
        .regions
        .iter()
        .map(|region| {
            let q = ProjectQuery {
                region: Some(region.id.clone()),
                country: None,
            };
            (
                region.id.as_str(),
                research
                    .projects
                    .iter()
                    .filter(|p| q.matches(p, research))
                    .count(),
            )
        })
        .collect()
}

/// The countries to offer under the current region filter, each with the number of projects
/// it would show, in alphabetical order of their English names.
pub fn country_counts<'a>(
    query: &ProjectQuery,
    research: &'a Research,
) -> Vec<(&'a Country, usize)> {
    research
        .countries
        .iter()
        .filter(|c| query.region.as_ref().is_none_or(|r| c.region == *r))
        .map(|country| {
            let q = ProjectQuery {
                country: Some(country.id.clone()),
                ..query.clone()
            };
            let n = research
                .projects
                .iter()
                .filter(|p| q.matches(p, research))
                .count();
            (country, n)
        })
        .collect()
}

/// How many shades the map has; the darkest also takes every larger count.
pub const SHADES: usize = 4;

/// A country on the world map.
#[derive(Debug, Clone, PartialEq)]
pub struct MapCountry<'a> {
    /// The country.
    pub country: &'a Country,
    /// How many projects name it.
    pub projects: usize,
    /// Its shade, from 1 (one project) to `SHADES`.
    pub shade: usize,
}

/// One entry of the map's key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyEntry {
    /// The shade.
    pub shade: usize,
    /// The number of projects it stands for.
    pub projects: usize,
    /// True when it also stands for every larger number.
    pub or_more: bool,
}

/// The countries that projects name, in the source's order, each with its count and shade.
pub fn map_countries(research: &Research) -> Vec<MapCountry<'_>> {
    country_counts(&ProjectQuery::default(), research)
        .into_iter()
        .filter(|&(_, projects)| projects > 0)
        .map(|(country, projects)| MapCountry {
            country,
            projects,
            shade: projects.min(SHADES),
        })
        .collect()
}

/// The map's key: a shade for each count from one up to the largest shown, the darkest marked
/// "or more" when it also stands for larger counts.
pub fn map_key(countries: &[MapCountry]) -> Vec<KeyEntry> {
    let most = countries.iter().map(|c| c.projects).max().unwrap_or(0);
    (1..=most.min(SHADES))
        .map(|shade| KeyEntry {
            shade,
            projects: shade,
            or_more: shade == SHADES && most > SHADES,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::content::Content;

    fn research() -> Research {
        Content::from_json(include_str!("../../public/data/content.json"))
            .unwrap()
            .international
            .research
    }

    fn names(query: &str) -> Vec<String> {
        let research = research();
        let q = ProjectQuery::parse(query, &research);
        research
            .projects
            .iter()
            .filter(|p| q.matches(p, &research))
            .map(|p| p.name.clone())
            .collect()
    }

    #[test]
    fn all_twelve_projects_without_a_filter() {
        assert_eq!(names("").len(), 12);
    }

    #[test]
    fn filters_by_region_and_country() {
        assert_eq!(names("?region=asia-pacific"), ["SAMS", "YAKSHA", "EPIC"]);
        assert_eq!(names("?region=north-america"), ["PICASSO", "DISCOVERY"]);
        assert_eq!(
            names("?country=kenya"),
            ["ISOOKO", "WAZIHUB", "GO-GA", "EPICA"]
        );
        assert_eq!(names("?region=africa&country=uganda"), ["WAZIHUB", "EPICA"]);
        assert!(names("?region=europe&country=kenya").is_empty());
    }

    #[test]
    fn ignores_unknown_ids_and_round_trips() {
        let research = research();
        let q = ProjectQuery::parse("?region=atlantis&country=kenya&x=1", &research);
        assert_eq!(q.to_suffix(), "?country=kenya");
        assert_eq!(ProjectQuery::parse(&q.to_suffix(), &research), q);
        assert_eq!(
            ProjectQuery::parse("region=%3Cb%3E", &research),
            ProjectQuery::default()
        );
    }

    #[test]
    fn choosing_a_region_drops_a_country_outside_it() {
        let research = research();
        let kenya = ProjectQuery::parse("country=kenya", &research);
        assert_eq!(
            kenya.with_region(Some("africa"), &research).to_suffix(),
            "?region=africa&country=kenya"
        );
        assert_eq!(
            kenya.with_region(Some("europe"), &research).to_suffix(),
            "?region=europe"
        );
        assert_eq!(kenya.with_country(None).to_suffix(), "");
    }

    #[test]
    fn counts_regions_and_countries() {
        let research = research();
        let regions = region_counts(&research);
        assert_eq!(
            regions,
            [
                ("africa", 6),
                ("asia-pacific", 3),
                ("europe", 5),
                ("north-america", 2)
            ]
        );
        let africa = ProjectQuery::parse("region=africa", &research);
        let countries = country_counts(&africa, &research);
        assert!(countries.iter().all(|(c, _)| c.region == "africa"));
        assert!(countries
            .iter()
            .any(|(c, n)| c.id == "kenya" && c.name == "Kenya" && *n == 4));
    }

    #[test]
    fn the_map_shades_each_named_country_by_its_projects() {
        let research = research();
        let countries = map_countries(&research);
        let count = |id: &str| {
            countries
                .iter()
                .find(|c| c.country.id == id)
                .map(|c| (c.projects, c.shade))
        };
        assert_eq!(count("kenya"), Some((4, 4)));
        assert_eq!(count("tanzania"), Some((2, 2)));
        assert_eq!(count("singapore"), Some((1, 1)));
        assert_eq!(
            countries.len(),
            research.countries.len(),
            "every listed country is named by a project"
        );
        let key = map_key(&countries);
        assert_eq!(
            key.iter().map(|k| k.projects).collect::<Vec<_>>(),
            [1, 2, 3, 4]
        );
        assert!(key.iter().all(|k| !k.or_more), "no count above four");
    }

    #[test]
    fn the_darkest_shade_gathers_larger_counts() {
        let research = research();
        let kenya = research.countries.iter().find(|c| c.id == "kenya").unwrap();
        let many = [MapCountry {
            country: kenya,
            projects: 7,
            shade: SHADES,
        }];
        assert_eq!(
            map_key(&many).last(),
            Some(&KeyEntry {
                shade: 4,
                projects: 4,
                or_more: true
            })
        );
        assert!(map_key(&[]).is_empty());
    }

    #[test]
    fn a_country_on_the_map_keeps_its_region_and_toggles() {
        let research = research();
        let country = |id: &str| research.countries.iter().find(|c| c.id == id).unwrap();
        let africa = ProjectQuery::parse("?region=africa", &research);
        assert_eq!(
            africa.with_map_country(country("kenya")).to_suffix(),
            "?region=africa&country=kenya"
        );
        assert_eq!(
            africa.with_map_country(country("greece")).to_suffix(),
            "?country=greece"
        );
        let kenya = ProjectQuery::parse("?region=africa&country=kenya", &research);
        assert_eq!(
            kenya.with_map_country(country("kenya")).to_suffix(),
            "?region=africa"
        );
    }
}
