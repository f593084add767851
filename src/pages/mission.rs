//! `/`: what DG CONNECT is for, what it does, and where to go next.

use crate::addresses::{DOSSIERS, INTERNATIONAL, THEMES};
use crate::components::context::use_i18n;
use crate::components::loaded::WithSite;
use crate::components::page_meta::PageMeta;
use crate::components::source_note::SourceNote;
use crate::site::Site;
use leptos::prelude::*;
use std::sync::Arc;

/// The home page: mission, aims, values, tasks and role, and entry points.
#[component]
pub fn MissionPage() -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    view! {
        <PageMeta
            title=t.mission_title.to_owned()
            description=t.mission_description.to_owned()
        />
        <h1>{t.mission_h1}</h1>
        <WithSite let:site>
            <MissionContent site />
        </WithSite>
    }
}

#[component]
fn MissionContent(site: Arc<Site>) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let mission = site.content.mission.clone();
    let role = site.content.role.clone();
    let prose = site.prose_lang(i18n.lang());
    view! {
        <section aria-labelledby="mission-statement" class="lead-block">
            <h2 id="mission-statement">{t.mission_statement_heading}</h2>
            <p class="lead" lang=prose>
                {mission.statement}
            </p>
            <h3>{t.mission_aims_heading}</h3>
            <ol class="aims" lang=prose>
                {mission.aims.into_iter().map(|aim| view! { <li>{aim}</li> }).collect_view()}
            </ol>
            <h3>{t.mission_values_heading}</h3>
            <p lang=prose>{mission.values}</p>
            <SourceNote site=site.clone() id=mission.source />
        </section>

        <Explore site=site.clone() />

        <section aria-labelledby="role">
            <h2 id="role">{t.mission_role_heading}</h2>
            <p lang=prose>{role.summary}</p>
            <h3>{t.mission_tasks_heading}</h3>
            <ul lang=prose>{role.tasks.into_iter().map(|task| view! { <li>{task}</li> }).collect_view()}</ul>
            <h3>{t.mission_priorities_heading}</h3>
            <div class="cards" lang=prose>
                {role
                    .priorities
                    .into_iter()
                    .map(|p| {
                        view! {
                            <div class="card">
                                <h4>{p.heading}</h4>
                                <p>{p.text}</p>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
            <h3>{t.mission_values_heading}</h3>
            <p lang=prose>{role.values}</p>
            <SourceNote site=site.clone() id=role.source />
        </section>
    }
}

/// Entry points to the rest of the site, with the source's counts of legislative files.
#[component]
fn Explore(site: Arc<Site>) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let counts = site.source_list.clone();
    let themes = site.content.themes.len() as u64;
    let records = site.dossiers.len() as u64;
    let listed = site.dossiers.listed_count() as u64;
    view! {
        <section aria-labelledby="explore">
            <h2 id="explore">{t.mission_explore_heading}</h2>
            <ul class="cards entry-points">
                <li class="card">
                    <h3>
                        <a href=i18n.href(THEMES)>{t.nav_themes}</a>
                    </h3>
                    <p>{t.explore_themes(themes)}</p>
                </li>
                <li class="card">
                    <h3>
                        <a href=i18n.href(INTERNATIONAL)>{t.nav_international}</a>
                    </h3>
                    <p>{t.explore_international}</p>
                </li>
                <li class="card">
                    <h3>
                        <a href=i18n.href(DOSSIERS)>{t.nav_dossiers}</a>
                    </h3>
                    <p>{t.explore_dossiers(records)}</p>
                </li>
            </ul>
            <h3>{t.source_counts_heading}</h3>
            <ul class="figures">
                <li>{t.count_negotiation(u64::from(counts.negotiation))}</li>
                <li>{t.count_implementation(u64::from(counts.implementation))}</li>
                <li>{t.count_in_force_at_least(u64::from(counts.in_force_at_least))}</li>
            </ul>
            <p class="note">{t.source_counts_note(counts.newest_item, listed)}</p>
            <SourceNote site=site.clone() id=counts.source.clone() />
        </section>
    }
}
