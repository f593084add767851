//! `/timeline`: what applies when. Every dated step of the dossiers the filters keep, drawn on
//! one time axis (one lane per dossier, today marked), the steps still ahead, and the same
//! steps as an ordered list with links: the chart's accessible equivalent.

use crate::addresses::{self, calendar_beside, MISSION};
use crate::components::context::{use_i18n, I18n};
use crate::components::loaded::WithSite;
use crate::components::page_meta::PageMeta;
use crate::components::pagination::Pagination;
use crate::data::date::Date;
use crate::dossiers::model::{Status, StepKind, TypeFacet};
use crate::dossiers::timeline::{Dated, Timeline, TimelineQuery};
use crate::site::Site;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use std::sync::Arc;

/// The chart's drawing area, in tenths of an SVG unit: the lanes' labels on the left, the axis
/// beside. Whole tenths are written with one decimal by [`tenths`]: formatting floats brought
/// Rust's float printing into the WebAssembly for this one chart (15 KB, 6.5 KiB brotli).
const WIDTH: i64 = 10_000;
const LABELS: i64 = 3_000;
const ROW: i64 = 220;
const TOP: i64 = 340;

/// A coordinate given in tenths, as SVG text with one decimal ("301.5").
fn tenths(value: i64) -> String {
    let sign = if value < 0 { "-" } else { "" };
    let value = value.unsigned_abs();
    format!("{sign}{}.{}", value / 10, value % 10)
}

/// The timeline page.
#[component]
pub fn TimelinePage() -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    view! {
        <PageMeta title=t.timeline_title.to_owned() description=t.timeline_description.to_owned() />
        <h1>{t.timeline_title}</h1>
        <p class="lead">{t.timeline_intro}</p>
        <WithSite let:site>
            <TimelineView site />
        </WithSite>
    }
}

/// The page of the timeline with `query`, in the current language.
fn timeline_href(i18n: I18n, query: &TimelineQuery) -> String {
    i18n.href(&addresses::timeline(&query.to_suffix()))
}

#[component]
fn TimelineView(site: Arc<Site>) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let location = use_location();
    let query = Memo::new(move |_| TimelineQuery::parse(&location.search.read()));
    let timeline = {
        let site = site.clone();
        Memo::new(move |_| query.with(|q| site.dossiers.timeline(q, site.today)))
    };
    let calendar = calendar_beside(&i18n.href(MISSION));
    view! {
        <TimelineFilters site=site.clone() query />
        <p class="result-count" role="status" data-testid="timeline-count">
            {move || timeline.with(|tl| (t.timeline_count)(tl.total_steps as u64, tl.total_lanes as u64))}
        </p>
        <section aria-labelledby="coming-up">
            <h2 id="coming-up">{t.coming_up_heading}</h2>
            {
                let site = site.clone();
                move || {
                    let coming = timeline.read().coming.clone();
                    if coming.is_empty() {
                        view! { <p>{t.coming_up_none}</p> }.into_any()
                    } else {
                        view! { <StepList site=site.clone() steps=coming test_id="coming-up" /> }.into_any()
                    }
                }
            }
            <p class="subscriptions">
                <a href=calendar rel="external" type="text/calendar">{t.calendar_all_link}</a>
            </p>
        </section>
        <Show when=move || timeline.with(|tl| tl.page_count > 1)>
            <p class="page-range" data-testid="timeline-range">
                {move || timeline.with(|tl| (t.timeline_page_range)(
                    tl.first_shown() as u64,
                    (tl.first_shown() + tl.steps.len()).saturating_sub(1) as u64,
                    tl.total_steps as u64,
                ))}
            </p>
        </Show>
        <figure class="timeline-chart">
            <div class="chart-scroll">
                {
                    let site = site.clone();
                    move || view! { <Chart site=site.clone() timeline=timeline.get() /> }
                }
            </div>
            <figcaption>
                <ul class="legend">
                    {StepKind::ALL
                        .into_iter()
                        .map(|kind| view! {
                            <li><span class=format!("swatch kind-{}", kind.key()) aria-hidden="true"></span>{t.step_name(kind)}</li>
                        })
                        .collect_view()}
                </ul>
            </figcaption>
        </figure>
        <section aria-labelledby="every-step">
            <h2 id="every-step">{t.timeline_list_heading}</h2>
            {move || view! { <StepList site=site.clone() steps=timeline.read().steps.clone() test_id="every-step" /> }}
            <Pagination
                page=Signal::derive(move || timeline.read().page)
                count=Signal::derive(move || timeline.read().page_count)
                href=move |p| timeline_href(i18n, &query.read().with_page(p))
            />
        </section>
    }
}

/// Steps as an ordered list: date, dossier (a link to its page) and what happened.
#[component]
fn StepList(site: Arc<Site>, steps: Vec<Dated>, test_id: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    view! {
        <ol class="step-list" data-testid=test_id>
            {steps
                .into_iter()
                .filter_map(|dated| {
                    let dossier = site.dossiers.get(dated.position)?;
                    let id = site.dossiers.id(dated.position);
                    let name = dossier.display_name(id);
                    let what = format!(
                        "{}{}",
                        t.step_text(&dated.step, dossier.act.as_ref()),
                        t.step_detail_suffix(&dated.step)
                    );
                    let href = i18n.href(&addresses::dossier(id));
                    Some(view! {
                        <li class=format!("kind-{}", dated.step.kind.key())>
                            <time datetime=dated.step.date.to_string()>{t.date(dated.step.date)}</time>
                            " "
                            <a href=href lang="en">{name}</a>
                            {t.label_separator}
                            <span>{what}</span>
                        </li>
                    })
                })
                .collect_view()}
        </ol>
    }
}

/// The chart: one lane per dossier, each step a mark linking to its dossier, years along the
/// top, today marked.
#[component]
fn Chart(site: Arc<Site>, timeline: Timeline) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let (first, last) = timeline.span;
    let start = Date {
        month: 1,
        day: 1,
        ..first
    }
    .unix_days();
    let end = Date {
        year: last.year + 1,
        month: 1,
        day: 1,
    }
    .unix_days();
    let span = (end - start).max(1);
    let x = move |date: Date| {
        let along = (date.unix_days() - start) * (WIDTH - LABELS - 100);
        LABELS + (along + span / 2).div_euclid(span)
    };
    let height = TOP + ROW * timeline.lanes.len() as i64 + 100;
    let step_years = if last.year - first.year > 20 { 5 } else { 2 };
    let ticks: Vec<u16> = (first.year..=last.year + 1)
        .filter(|y| y % step_years == 0)
        .collect();
    let today = site.today;
    let lanes = timeline
        .lanes
        .iter()
        .enumerate()
        .filter_map(|(i, lane)| {
            let dossier = site.dossiers.get(lane.position)?;
            let id = site.dossiers.id(lane.position);
            let name = dossier.display_name(id);
            let y = TOP + ROW * i as i64 + ROW / 2;
            let href = i18n.href(&addresses::dossier(id));
            let label: String = name.chars().take(44).collect();
            let label = if label.len() < name.len() { format!("{label}…") } else { label };
            let marks = lane
                .steps
                .iter()
                .map(|step| {
                    let what = format!("{name}{}{} ({})", t.label_separator, t.step_text(step, dossier.act.as_ref()), t.date(step.date));
                    let tooltip = what.clone();
                    view! {
                        <g>
                            <a href=href.clone() aria-label=what>
                                <circle class=format!("mark kind-{}", step.kind.key()) cx=tenths(x(step.date)) cy=tenths(y) r="5">
                                    <title>{tooltip}</title>
                                </circle>
                            </a>
                        </g>
                    }
                })
                .collect_view();
            Some(view! {
                <g class="lane">
                    <text class="lane-label" x=tenths(LABELS - 80) y=tenths(y + 40) lang="en">{label}</text>
                    <line class="lane-line" x1=tenths(LABELS) x2=tenths(WIDTH - 100) y1=tenths(y) y2=tenths(y) />
                    {marks}
                </g>
            })
        })
        .collect_view();
    let today_x = tenths(x(today));
    view! {
        <svg class="timeline-svg" viewBox=format!("0 0 {} {}", WIDTH / 10, height / 10) role="group" aria-label=t.timeline_chart_label>
            {ticks
                .into_iter()
                .map(|year| {
                    let tx = tenths(x(Date { year, month: 1, day: 1 }));
                    view! {
                        <g class="tick">
                            <line x1=tx.clone() x2=tx.clone() y1="18" y2=(height / 10).to_string() />
                            <text x=tx y="12">{year}</text>
                        </g>
                    }
                })
                .collect_view()}
            <g class="today">
                <line x1=today_x.clone() x2=today_x.clone() y1="18" y2=(height / 10).to_string() />
                <text x=today_x y="28">{t.today_label}</text>
            </g>
            {lanes}
        </svg>
    }
}

/// The timeline's filters: text, status, type, step kind and years, each a link or a field
/// whose value goes into the address.
#[component]
fn TimelineFilters(site: Arc<Site>, query: Memo<TimelineQuery>) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let navigate = use_navigate();
    let link = move |change: &dyn Fn(&mut TimelineQuery)| {
        let mut next = query.get();
        change(&mut next);
        timeline_href(i18n, &next)
    };
    let chip = move |label: &'static str, selected: Signal<bool>, href: Signal<String>| {
        view! {
            <li>
                <a href=href class="facet-link" class:selected=selected aria-current=move || selected.get().then_some("true") data-noscroll="">
                    <span class="check" aria-hidden="true"></span>
                    <span class="facet-label">{label}</span>
                </a>
            </li>
        }
    };
    let years: Vec<u16> = {
        let step_years = (0..site.dossiers.len() as u32)
            .filter_map(|p| site.dossiers.get(p))
            .flat_map(|d| d.steps.iter().map(|s| s.date.year));
        let (first, last) = step_years.fold((site.today.year, site.today.year), |(lo, hi), y| {
            (lo.min(y), hi.max(y))
        });
        (first..=last).collect()
    };
    let year_select = {
        let navigate = navigate.clone();
        move |is_from: bool| {
            let navigate = navigate.clone();
            let id = if is_from {
                "timeline-from"
            } else {
                "timeline-to"
            };
            let chosen = move || {
                let q = query.read();
                if is_from {
                    q.list.from
                } else {
                    q.list.to
                }
            };
            let on_change = move |ev: leptos::ev::Event| {
                let year = event_target_value(&ev).parse::<u16>().ok();
                let mut next = query.get_untracked().with_page(1);
                if is_from {
                    next.list.from = year
                } else {
                    next.list.to = year
                }
                navigate(&timeline_href(i18n, &next), Default::default());
            };
            view! {
                <div class="field">
                    <label for=id>{if is_from { t.from_label } else { t.to_label }}</label>
                    <select id=id on:change=on_change>
                        <option value="" prop:selected=move || chosen().is_none()>{t.any_year}</option>
                        {years
                            .iter()
                            .map(|&year| view! { <option value=year.to_string() prop:selected=move || chosen() == Some(year)>{year}</option> })
                            .collect_view()}
                    </select>
                </div>
            }
        }
    };
    let search = NodeRef::<leptos::html::Input>::new();
    let on_search = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(input) = search.get() {
            let mut next = query.get_untracked().with_page(1);
            next.list.q = input
                .value()
                .chars()
                .take(crate::dossiers::query::MAX_QUERY_CHARS)
                .collect();
            navigate(&timeline_href(i18n, &next), Default::default());
        }
    };
    view! {
        <details class="timeline-filters needs-app">
            <summary><h2 class="summary-heading">{t.filters_heading}</h2></summary>
            <form role="search" class="search" on:submit=on_search>
                <label for="timeline-search">{t.search_label}</label>
                <input id="timeline-search" node_ref=search type="search" maxlength=crate::dossiers::query::MAX_QUERY_CHARS prop:value=move || query.read().list.q.clone() />
                <button type="submit">{t.timeline_search_button}</button>
            </form>
            <nav class="facet" aria-labelledby="timeline-kind">
                <h3 id="timeline-kind" class="facet-title">{t.kind_label}</h3>
                <ul class="chips">
                    {StepKind::ALL
                        .into_iter()
                        .map(|kind| chip(
                            t.step_name(kind),
                            Signal::derive(move || query.read().kinds.contains(&kind)),
                            Signal::derive(move || timeline_href(i18n, &query.read().toggle_kind(kind))),
                        ))
                        .collect_view()}
                </ul>
            </nav>
            <nav class="facet" aria-labelledby="timeline-status">
                <h3 id="timeline-status" class="facet-title">{t.status_label}</h3>
                <ul class="chips">
                    {Status::ALL
                        .into_iter()
                        .map(|status| chip(
                            t.status_name(status),
                            Signal::derive(move || query.read().list.statuses.contains(&status)),
                            Signal::derive(move || link(&|q| q.list = q.list.toggle_status(status))),
                        ))
                        .collect_view()}
                </ul>
            </nav>
            <nav class="facet" aria-labelledby="timeline-type">
                <h3 id="timeline-type" class="facet-title">{t.type_label}</h3>
                <ul class="chips">
                    {TypeFacet::ALL
                        .into_iter()
                        .map(|facet| chip(
                            t.type_name(facet),
                            Signal::derive(move || query.read().list.types.contains(&facet)),
                            Signal::derive(move || link(&|q| q.list = q.list.toggle_type(facet))),
                        ))
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

#[cfg(test)]
mod tests {
    use super::tenths;

    #[test]
    fn tenths_are_written_with_one_decimal() {
        assert_eq!(tenths(0), "0.0");
        assert_eq!(tenths(3015), "301.5");
        assert_eq!(tenths(10_000), "1000.0");
        assert_eq!(tenths(-15), "-1.5");
        assert_eq!(tenths(-5), "-0.5");
    }
}
