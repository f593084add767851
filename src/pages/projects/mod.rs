//! `/international/projects`: the international ICT research projects, filterable by region
//! and country through the URL, with a world map to pick from.

mod world_map;

use super::international::InternationalCrumb;
use crate::addresses::projects;
use crate::components::context::use_i18n;
use crate::components::loaded::WithSite;
use crate::components::page_meta::PageMeta;
use crate::components::source_note::SourceNote;
use crate::data::content::{Funding, Research};
use crate::data::projects::{country_counts, project_regions, region_counts, ProjectQuery};
use crate::site::Site;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use std::sync::Arc;
use world_map::WorldMap;

/// The projects page.
#[component]
pub fn ProjectsPage() -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    view! {
        <PageMeta
            title=t.projects_title.to_owned()
            description=t.projects_summary.to_owned()
        />
        <InternationalCrumb />
        <h1>{t.projects_title}</h1>
        <WithSite let:site>
            <Projects site />
        </WithSite>
    }
}

#[component]
fn Projects(site: Arc<Site>) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let prose = site.prose_lang(i18n.lang());
    let location = use_location();
    let research = Arc::new(site.content.international.research.clone());
    let query = {
        let research = research.clone();
        Memo::new(move |_| ProjectQuery::parse(&location.search.read(), &research))
    };
    let link = move |q: ProjectQuery| i18n.href(&projects(&q.to_suffix()));
    let shown = {
        let research = research.clone();
        move || {
            let q = query.get();
            research
                .projects
                .iter()
                .filter(|p| q.matches(p, &research))
                .cloned()
                .collect::<Vec<_>>()
        }
    };
    let total = research.projects.len() as u64;
    let count_text = {
        let shown = shown.clone();
        move || t.projects_count(shown().len() as u64, total)
    };
    let research_for_list = research.clone();
    let research_for_filters = research.clone();
    view! {
        <p class="lead" lang=prose>{research.intro.clone()}</p>
        <WorldMap research=research.clone() query link prose />
        <RegionLinks research=research.clone() query link prose />
        <div class="filters-row">
            <CountryFilter research=research_for_filters query link prose />
        </div>
        <p class="result-count" role="status" aria-live="polite">{count_text}</p>
        <ul class="project-list">
            <For
                each=shown
                key=|project| project.slug.clone()
                children=move |project| {
                    let regions: Vec<Place> = project_regions(&project, &research_for_list)
                        .into_iter()
                        .filter_map(|id| research_for_list.regions.iter().find(|r| r.id == id))
                        .map(|r| Place::new(prose, &r.name))
                        .collect();
                    let countries: Vec<Place> = project
                        .countries
                        .iter()
                        .filter_map(|id| research_for_list.countries.iter().find(|c| c.id == *id))
                        .map(|c| Place::new(prose, &c.name))
                        .collect();
                    let funding = project.funding;
                    view! {
                        <li class="card project" data-testid="project">
                            <h2 lang="en">{project.name.clone()}</h2>
                            <p lang=prose>{project.description.clone()}</p>
                            <p class="meta">
                                {match funding {
                                    Funding::Horizon2020In2018 => t.funding_2018,
                                    Funding::Ongoing => t.funding_ongoing,
                                }}
                            </p>
                            <PlaceList label=t.regions_label places=regions />
                            <PlaceList label=t.countries_label places=countries />
                        </li>
                    }
                }
            />
        </ul>
        <SourceNote site=site.clone() id=research.source.clone() />
    }
}

/// A region's or a country's name, with the `lang` attribute of the content's language where it
/// is not the page's.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Place {
    name: String,
    lang: Option<&'static str>,
}

impl Place {
    fn new(lang: Option<&'static str>, name: &str) -> Place {
        Place {
            name: name.to_owned(),
            lang,
        }
    }
}

/// "Regions: Africa, Europe", or that the source names none.
#[component]
fn PlaceList(
    /// The label, in the interface language.
    label: &'static str,
    /// The places.
    places: Vec<Place>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let empty = places.is_empty();
    let last = places.len().saturating_sub(1);
    view! {
        <p class="places">
            <span class="places-label">{label}{t.label_separator}</span>
            {if empty {
                view! { <span>{t.none_named}</span> }.into_any()
            } else {
                places
                    .into_iter()
                    .enumerate()
                    .map(|(i, place)| {
                        let separator = (i < last).then_some(", ");
                        view! { <span lang=place.lang>{place.name}</span>{separator} }
                    })
                    .collect_view()
                    .into_any()
            }}
        </p>
    }
}

/// The regions, each an ordinary link that filters the list (and from the chosen one, back to
/// all regions), with the number of projects it holds.
#[component]
fn RegionLinks(
    /// The regions and projects.
    research: Arc<Research>,
    /// The current filter.
    query: Memo<ProjectQuery>,
    /// Builds the link for a filter.
    link: impl Fn(ProjectQuery) -> String + Copy + Send + Sync + 'static,
    /// The `lang` attribute of the place names, where they are not in the page's language.
    prose: Option<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let counts = region_counts(&research);
    let selected = move |id: &str| query.read().region.as_deref() == Some(id);
    let all_research = research.clone();
    view! {
        <nav class="region-map" aria-label=t.region_map_label>
            <ul>
                {counts
                    .into_iter()
                    .map(|(id, n)| {
                        let id = id.to_owned();
                        let place = research.regions.iter().find(|r| r.id == id).map(|r| Place::new(prose, &r.name));
                        let research = all_research.clone();
                        let target = {
                            let id = id.clone();
                            move || {
                                let q = query.get();
                                if q.region.as_deref() == Some(id.as_str()) {
                                    link(q.with_region(None, &research))
                                } else {
                                    link(q.with_region(Some(&id), &research))
                                }
                            }
                        };
                        let current = {
                            let id = id.clone();
                            move || selected(&id).then_some("true")
                        };
                        view! {
                            <li class=format!("region-{id}")>
                                <a href=target aria-current=current data-noscroll="" class="region-link">
                                    {place.map(|p| view! { <span lang=p.lang>{p.name}</span> })}
                                    " "
                                    <span class="count">{t.projects_short(n as u64)}</span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <p class="region-all">
                <a
                    href=move || link(ProjectQuery::default())
                    aria-current=move || query.read().region.is_none().then_some("true")
                    data-noscroll=""
                >
                    {t.all_regions}
                </a>
            </p>
        </nav>
    }
}

/// Country links under the current region, with counts.
#[component]
fn CountryFilter(
    /// The regions, countries and projects.
    research: Arc<Research>,
    /// The current filter.
    query: Memo<ProjectQuery>,
    /// Builds the link for a filter.
    link: impl Fn(ProjectQuery) -> String + Copy + Send + Sync + 'static,
    /// The `lang` attribute of the place names, where they are not in the page's language.
    prose: Option<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let countries = move || {
        let q = query.get();
        country_counts(&q, &research)
            .into_iter()
            .map(|(country, n)| (country.id.clone(), country.name.clone(), n))
            .collect::<Vec<_>>()
    };
    view! {
        <nav class="facet" aria-labelledby="country-filter">
            <h2 id="country-filter" class="facet-title">{t.countries_label}</h2>
            <ul class="chips">
                <li>
                    <a
                        href=move || link(query.get().with_country(None))
                        aria-current=move || query.read().country.is_none().then_some("true")
                        data-noscroll=""
                    >
                        {t.all_countries}
                    </a>
                </li>
                <For
                    each=countries
                    key=|(id, _, n)| (id.clone(), *n)
                    children=move |(id, name, n)| {
                        let place = Place::new(prose, &name);
                        let target = {
                            let id = id.clone();
                            move || link(query.get().with_country(Some(&id)))
                        };
                        let current = move || (query.read().country.as_deref() == Some(id.as_str())).then_some("true");
                        view! {
                            <li>
                                <a href=target aria-current=current data-noscroll="">
                                    <span lang=place.lang>{place.name}</span>
                                    " "
                                    <span class="count">"("{n}")"</span>
                                </a>
                            </li>
                        }
                    }
                />
            </ul>
        </nav>
    }
}
