//! The timeline's filters: text, step kind, status, type and years, each a link or a field
//! whose value goes into the address. The controls are the dossier list's own.

use super::timeline_href;
use crate::components::context::{use_i18n, use_navigate_to};
use crate::components::filter_controls::{FilterLink, YearSelect};
use crate::dossiers::model::{Status, StepKind, TypeFacet};
use crate::dossiers::query::MAX_QUERY_CHARS;
use crate::dossiers::timeline::TimelineQuery;
use crate::site::Site;
use leptos::prelude::*;
use std::sync::Arc;

/// The years any step of the data falls in, and this year.
fn step_years(site: &Site) -> Vec<u16> {
    let years = (0..site.dossiers.len() as u32)
        .filter_map(|p| site.dossiers.get(p))
        .flat_map(|d| d.steps.iter().map(|s| s.date.year));
    let (first, last) = years.fold((site.today.year, site.today.year), |(lo, hi), y| {
        (lo.min(y), hi.max(y))
    });
    (first..=last).collect()
}

/// The filters, folded away behind their heading.
#[component]
pub(super) fn TimelineFilters(site: Arc<Site>, query: Memo<TimelineQuery>) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let navigate = use_navigate_to();
    let go = move |next: TimelineQuery| navigate(&timeline_href(i18n, &next), Default::default());
    let years = Signal::stored(step_years(&site));
    let year_select = {
        let go = go.clone();
        move |is_from: bool| {
            let go = go.clone();
            let chosen = Signal::derive(move || query.read().list.year_end(is_from));
            let on_choose = Callback::new(move |year: Option<u16>| {
                let current = query.get_untracked();
                go(TimelineQuery {
                    list: current.list.with_year_end(is_from, year),
                    ..current
                });
            });
            view! {
                <YearSelect
                    id=if is_from { "timeline-from" } else { "timeline-to" }
                    label=if is_from { t.from_label } else { t.to_label }
                    years
                    chosen
                    option_label=Callback::new(|year: u16| year.to_string())
                    on_choose
                />
            }
        }
    };
    let search = NodeRef::<leptos::html::Input>::new();
    let on_search = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(input) = search.get() {
            let mut next = query.get_untracked().with_page(1);
            next.list.q = input.value().chars().take(MAX_QUERY_CHARS).collect();
            go(next);
        }
    };
    let link = move |change: &dyn Fn(&mut TimelineQuery)| {
        let mut next = query.get();
        change(&mut next);
        timeline_href(i18n, &next)
    };
    view! {
        <details class="timeline-filters needs-app">
            <summary><h2 class="summary-heading">{t.filters_heading}</h2></summary>
            <form role="search" class="search" on:submit=on_search>
                <label for="timeline-search">{t.search_label}</label>
                <input id="timeline-search" node_ref=search type="search" maxlength=MAX_QUERY_CHARS prop:value=move || query.read().list.q.clone() />
                <button type="submit">{t.timeline_search_button}</button>
            </form>
            <nav class="facet" aria-labelledby="timeline-kind">
                <h3 id="timeline-kind" class="facet-title">{t.kind_label}</h3>
                <ul class="chips">
                    {StepKind::ALL
                        .into_iter()
                        .map(|kind| view! {
                            <FilterLink
                                label=t.step_name(kind)
                                selected=Signal::derive(move || query.read().kinds.contains(&kind))
                                href=Signal::derive(move || timeline_href(i18n, &query.read().toggle_kind(kind)))
                            />
                        })
                        .collect_view()}
                </ul>
            </nav>
            <nav class="facet" aria-labelledby="timeline-status">
                <h3 id="timeline-status" class="facet-title">{t.status_label}</h3>
                <ul class="chips">
                    {Status::ALL
                        .into_iter()
                        .map(|status| view! {
                            <FilterLink
                                label=t.status_name(status)
                                selected=Signal::derive(move || query.read().list.statuses.contains(&status))
                                href=Signal::derive(move || link(&|q| q.list = q.list.toggle_status(status)))
                            />
                        })
                        .collect_view()}
                </ul>
            </nav>
            <nav class="facet" aria-labelledby="timeline-type">
                <h3 id="timeline-type" class="facet-title">{t.type_label}</h3>
                <ul class="chips">
                    {TypeFacet::ALL
                        .into_iter()
                        .map(|facet| view! {
                            <FilterLink
                                label=t.type_name(facet)
                                selected=Signal::derive(move || query.read().list.types.contains(&facet))
                                href=Signal::derive(move || link(&|q| q.list = q.list.toggle_type(facet)))
                            />
                        })
                        .collect_view()}
                </ul>
            </nav>
            <fieldset class="facet years">
                <legend class="facet-title">{t.timeline_years_label}</legend>
                {year_select(true)}
                {year_select(false)}
            </fieldset>
            <p><a href=timeline_href(i18n, &TimelineQuery::default()) data-noscroll="">{t.clear_filters}</a></p>
        </details>
    }
}
