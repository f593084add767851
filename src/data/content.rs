//! The site's editorial content (`data/content.json`): mission, themes and international
//! cooperation, each block tagged with the source page it comes from.

use super::date::Date;
use super::validation::{parse_json, Checker, ValidationErrors};
use serde::{Deserialize, Serialize};

/// Where `content.json` is served from, relative to the site's base URL.
pub const CONTENT_FILE: &str = "data/content.json";

/// Everything in `content.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Content {
    /// The pages the content was taken from.
    pub sources: Vec<Source>,
    /// The mission statement, aims and values (seed 000).
    pub mission: Mission,
    /// The DG's tasks and role (seed 001).
    pub role: Role,
    /// The five themes the DG covers.
    pub themes: Vec<Theme>,
    /// International cooperation.
    pub international: International,
}

/// A source page the site's content comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Short key that blocks of content use to cite this source.
    pub id: String,
    /// The page's title.
    pub title: String,
    /// Who published it.
    pub publisher: String,
    /// What the site takes from it.
    pub covers: String,
    /// How current it is.
    pub as_of: String,
}

/// The mission statement and what the DG does to achieve it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mission {
    /// Source id.
    pub source: String,
    /// The mission statement.
    pub statement: String,
    /// The five aims ("to help achieve this, we …").
    pub aims: Vec<String>,
    /// How the DG lives its values.
    pub values: String,
}

/// The DG's tasks and its role, as another source describes them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// Source id.
    pub source: String,
    /// What the DG supports and focuses on.
    pub summary: String,
    /// The DG's tasks.
    pub tasks: Vec<String>,
    /// The DG's main lines of work.
    pub priorities: Vec<Priority>,
    /// The values paragraph of this source.
    pub values: String,
}

/// A headed paragraph.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Priority {
    /// Short heading.
    pub heading: String,
    /// The paragraph.
    pub text: String,
}

/// One of the themes the DG covers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    /// Stable, readable URL segment (`/themes/<slug>`).
    pub slug: String,
    /// The theme's title.
    pub title: String,
    /// Source id.
    pub source: String,
    /// The theme's text.
    pub text: String,
}

/// A paragraph with the source it comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sourced {
    /// Source id.
    pub source: String,
    /// The paragraph.
    pub text: String,
}

/// International cooperation: the overview and its four sub-pages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct International {
    /// What the Commission does internationally, in one paragraph.
    pub overview: Sourced,
    /// The "Foreign policy" teaser.
    pub foreign_policy: Sourced,
    /// The global Internet and telecommunications page.
    pub global_internet: GlobalInternet,
    /// Regional and bilateral relations.
    pub regional_relations: RegionalRelations,
    /// The geographical areas of the DG's regional relations.
    pub areas: Vec<Area>,
    /// Digital4Development.
    pub digital4development: Digital4Development,
    /// International cooperation in ICT research and innovation.
    pub research: Research,
    /// The Hungarian news item of seed 003.
    pub hungarian_news: HungarianNews,
    /// The Hungarian teaser for the global Internet page.
    pub hungarian_global_internet: HungarianTeaser,
}

/// The global Internet and telecommunications page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GlobalInternet {
    /// Source id.
    pub source: String,
    /// Why the Internet matters and what it challenges.
    pub intro: String,
    /// The vision (open, distributed; COMPACT).
    pub vision: Vec<String>,
    /// The five goals.
    pub goals: Vec<String>,
    /// The Global Internet Policy Observatory.
    pub observatory: String,
    /// Where the Commission engages (organisations, fora, technical bodies).
    pub fora: String,
}

/// Regional and bilateral relations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionalRelations {
    /// Source id.
    pub source: String,
    /// What regional and bilateral relations focus on.
    pub intro: String,
    /// "A global environment with fair and transparent rules".
    pub fair_rules: Vec<String>,
    /// The seven policy goals.
    pub policy_goals: Vec<String>,
    /// How activities are carried out.
    pub implementation: String,
}

/// A geographical area of the DG's regional relations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Area {
    /// Stable key.
    pub id: String,
    /// English name.
    pub name: String,
    /// Source id of the English text.
    pub source: String,
    /// English text.
    pub text: String,
    /// The Hungarian teaser of seed 003, where there is one.
    #[serde(default)]
    pub hungarian: Option<HungarianText>,
}

/// Hungarian text, with a title where the source gives one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HungarianText {
    /// Hungarian title, if the source gives one.
    #[serde(default)]
    pub title: Option<String>,
    /// Hungarian text.
    pub text: String,
}

/// Digital4Development.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Digital4Development {
    /// Source id.
    pub source: String,
    /// The approach.
    pub approach: String,
    /// The initial focus on Africa.
    pub africa: String,
    /// The Council's 2016 conclusions.
    pub council_2016: String,
    /// The 2017 staff working document.
    pub swd_2017: String,
    /// Its four priorities.
    pub priorities: Vec<String>,
    /// Where to follow the work.
    pub follow: String,
}

/// International cooperation in ICT research and innovation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Research {
    /// Source id.
    pub source: String,
    /// The Horizon 2020 investment.
    pub intro: String,
    /// Regions projects can be filtered by.
    pub regions: Vec<Region>,
    /// Countries named by the projects.
    pub countries: Vec<Country>,
    /// The projects.
    pub projects: Vec<Project>,
}

/// A world region used to filter projects.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    /// URL key (`?region=<id>`).
    pub id: String,
    /// English name.
    pub name: String,
}

/// A country named by a project.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Country {
    /// URL key (`?country=<id>`).
    pub id: String,
    /// English name.
    pub name: String,
    /// The region it belongs to.
    pub region: String,
    /// ISO 3166-1 numeric code (`"404"`), which finds its shape on the world map.
    pub iso: String,
}

/// How a project is described by the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Funding {
    /// Among the projects funded by the €13.6 million invested in 2018.
    #[serde(rename = "horizon-2020-2018")]
    Horizon2020In2018,
    /// Among the "other ongoing projects".
    Ongoing,
}

/// An international ICT research and innovation project.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Project {
    /// Stable key.
    pub slug: String,
    /// The project's name.
    pub name: String,
    /// How the source groups it.
    pub funding: Funding,
    /// What the project does.
    pub description: String,
    /// Countries the source names for it.
    pub countries: Vec<String>,
    /// Regions the source names for it beyond those of its countries.
    pub regions: Vec<String>,
}

/// The Hungarian news item, with an English summary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HungarianNews {
    /// Source id.
    pub source: String,
    /// Date of the news item.
    pub date: Date,
    /// Hungarian title.
    pub title: String,
    /// Hungarian text.
    pub text: String,
    /// English title.
    pub english_title: String,
    /// English summary.
    pub english_summary: String,
}

/// A Hungarian teaser.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HungarianTeaser {
    /// Source id.
    pub source: String,
    /// Hungarian title.
    pub title: String,
    /// Hungarian text.
    pub text: String,
}

impl Content {
    /// Parses and validates `content.json`.
    pub fn from_json(text: &str) -> Result<Content, ValidationErrors> {
        let content: Content = parse_json(CONTENT_FILE, text)?;
        content.validate()?;
        Ok(content)
    }

    /// The theme with this slug.
    pub fn theme(&self, slug: &str) -> Option<(usize, &Theme)> {
        self.themes
            .iter()
            .enumerate()
            .find(|(_, theme)| theme.slug == slug)
    }

    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|source| source.id == id)
    }

    /// Checks what serde cannot: no empty text, unique keys, and references that resolve.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut check = Checker::new(CONTENT_FILE);
        let source_ids: Vec<&str> = self.sources.iter().map(|s| s.id.as_str()).collect();
        let cite = |check: &mut Checker, record: &str, source: &str| {
            check.cites(record, "source", source, &source_ids);
        };

        for (i, source) in self.sources.iter().enumerate() {
            let record = format!("sources[{i}]");
            // The id names an anchor on the About page (`#source-001`).
            check.slug(&record, "id", &source.id);
            for (field, value) in [
                ("title", &source.title),
                ("publisher", &source.publisher),
                ("covers", &source.covers),
                ("as_of", &source.as_of),
            ] {
                check.text(&record, field, value);
            }
        }
        check.unique(self.sources.iter().map(|s| s.id.as_str()), "id", |i, k| {
            format!("sources[{i}] ({k})")
        });

        let mission = &self.mission;
        cite(&mut check, "mission", &mission.source);
        check.text("mission", "statement", &mission.statement);
        check.list("mission", "aims", &mission.aims);
        check.text("mission", "values", &mission.values);

        let role = &self.role;
        cite(&mut check, "role", &role.source);
        check.text("role", "summary", &role.summary);
        check.list("role", "tasks", &role.tasks);
        check.non_empty("role", "priorities", &role.priorities);
        for (i, priority) in role.priorities.iter().enumerate() {
            check.text(
                "role",
                &format!("priorities[{i}].heading"),
                &priority.heading,
            );
            check.text("role", &format!("priorities[{i}].text"), &priority.text);
        }
        check.text("role", "values", &role.values);

        check.non_empty("themes", "themes", &self.themes);
        for (i, theme) in self.themes.iter().enumerate() {
            let record = format!("themes[{i}] ({})", theme.slug);
            check.slug(&record, "slug", &theme.slug);
            check.text(&record, "title", &theme.title);
            check.text(&record, "text", &theme.text);
            cite(&mut check, &record, &theme.source);
        }
        check.unique(
            self.themes.iter().map(|t| t.slug.as_str()),
            "slug",
            |i, k| format!("themes[{i}] ({k})"),
        );

        let int = &self.international;
        for (record, block) in [
            ("international.overview", &int.overview),
            ("international.foreign_policy", &int.foreign_policy),
        ] {
            cite(&mut check, record, &block.source);
            check.text(record, "text", &block.text);
        }

        let gi = &int.global_internet;
        let record = "international.global_internet";
        cite(&mut check, record, &gi.source);
        check.text(record, "intro", &gi.intro);
        check.list(record, "vision", &gi.vision);
        check.list(record, "goals", &gi.goals);
        check.text(record, "observatory", &gi.observatory);
        check.text(record, "fora", &gi.fora);

        let rr = &int.regional_relations;
        let record = "international.regional_relations";
        cite(&mut check, record, &rr.source);
        check.text(record, "intro", &rr.intro);
        check.list(record, "fair_rules", &rr.fair_rules);
        check.list(record, "policy_goals", &rr.policy_goals);
        check.text(record, "implementation", &rr.implementation);

        for (i, area) in int.areas.iter().enumerate() {
            let record = format!("international.areas[{i}] ({})", area.id);
            check.slug(&record, "id", &area.id);
            check.text(&record, "name", &area.name);
            check.text(&record, "text", &area.text);
            cite(&mut check, &record, &area.source);
            if let Some(hu) = &area.hungarian {
                check.text(&record, "hungarian.text", &hu.text);
                if let Some(title) = &hu.title {
                    check.text(&record, "hungarian.title", title);
                }
            }
        }
        check.unique(int.areas.iter().map(|a| a.id.as_str()), "id", |i, k| {
            format!("international.areas[{i}] ({k})")
        });

        let d4d = &int.digital4development;
        let record = "international.digital4development";
        cite(&mut check, record, &d4d.source);
        for (field, value) in [
            ("approach", &d4d.approach),
            ("africa", &d4d.africa),
            ("council_2016", &d4d.council_2016),
            ("swd_2017", &d4d.swd_2017),
            ("follow", &d4d.follow),
        ] {
            check.text(record, field, value);
        }
        check.list(record, "priorities", &d4d.priorities);

        self.validate_research(&mut check, &cite);

        let news = &int.hungarian_news;
        let record = "international.hungarian_news";
        cite(&mut check, record, &news.source);
        for (field, value) in [
            ("title", &news.title),
            ("text", &news.text),
            ("english_title", &news.english_title),
            ("english_summary", &news.english_summary),
        ] {
            check.text(record, field, value);
        }
        let teaser = &int.hungarian_global_internet;
        let record = "international.hungarian_global_internet";
        cite(&mut check, record, &teaser.source);
        check.text(record, "title", &teaser.title);
        check.text(record, "text", &teaser.text);

        check.finish()
    }

    fn validate_research(&self, check: &mut Checker, cite: &impl Fn(&mut Checker, &str, &str)) {
        let research = &self.international.research;
        let record = "international.research";
        cite(check, record, &research.source);
        check.text(record, "intro", &research.intro);
        let region_ids: Vec<&str> = research.regions.iter().map(|r| r.id.as_str()).collect();
        let country_ids: Vec<&str> = research.countries.iter().map(|c| c.id.as_str()).collect();

        for (i, region) in research.regions.iter().enumerate() {
            let record = format!("international.research.regions[{i}] ({})", region.id);
            check.slug(&record, "id", &region.id);
            check.text(&record, "name", &region.name);
        }
        check.unique(region_ids.iter().copied(), "id", |i, k| {
            format!("international.research.regions[{i}] ({k})")
        });

        for (i, country) in research.countries.iter().enumerate() {
            let record = format!("international.research.countries[{i}] ({})", country.id);
            check.slug(&record, "id", &country.id);
            check.text(&record, "name", &country.name);
            check.known(&record, "region", &country.region, &region_ids, "regions");
            check.known(
                &record,
                "iso",
                &country.iso,
                &crate::map::codes(),
                "ISO 3166-1 numeric codes of the world map's countries",
            );
        }
        check.unique(country_ids.iter().copied(), "id", |i, k| {
            format!("international.research.countries[{i}] ({k})")
        });

        check.non_empty(record, "projects", &research.projects);
        for (i, project) in research.projects.iter().enumerate() {
            let record = format!("international.research.projects[{i}] ({})", project.slug);
            check.slug(&record, "slug", &project.slug);
            check.text(&record, "name", &project.name);
            check.text(&record, "description", &project.description);
            for country in &project.countries {
                check.known(&record, "countries", country, &country_ids, "countries");
            }
            for region in &project.regions {
                check.known(&record, "regions", region, &region_ids, "regions");
            }
        }
        check.unique(
            research.projects.iter().map(|p| p.slug.as_str()),
            "slug",
            |i, k| format!("international.research.projects[{i}] ({k})"),
        );
    }
}
