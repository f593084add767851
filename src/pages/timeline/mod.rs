//! `/timeline`: what applies when. Every dated step of the dossiers the filters keep, drawn on
//! one time axis (one lane per dossier, today marked), the steps still ahead, and the same
//! steps as an ordered list with links: the chart's accessible equivalent.

use crate::addresses::{self, calendar_beside, MISSION};
use crate::components::context::{use_i18n, I18n};
use crate::components::loaded::WithSite;
use crate::components::page_meta::PageMeta;
use crate::components::pagination::Pagination;
use crate::components::step_detail::StepDetail;
use crate::dossiers::model::StepKind;
use crate::dossiers::timeline::{Dated, TimelineQuery};
use crate::site::Site;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use std::sync::Arc;

mod chart;
mod filters;

use chart::Chart;
use filters::TimelineFilters;

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
pub(super) fn timeline_href(i18n: I18n, query: &TimelineQuery) -> String {
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
            {move || timeline.with(|tl| t.timeline_count(tl.total_steps as u64, tl.total_lanes as u64))}
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
                {move || timeline.with(|tl| t.timeline_page_range(
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
                    let (name, lang) = dossier.display_name_in(id, i18n.lang().code());
                    let what = t.step_text(&dated.step, dossier.act.as_ref());
                    let href = i18n.href(&addresses::dossier(id));
                    Some(view! {
                        <li class=format!("kind-{}", dated.step.kind.key())>
                            <time datetime=dated.step.date.to_string()>{t.date(dated.step.date)}</time>
                            " "
                            <a href=href lang=lang>{name}</a>
                            // A dash, not a colon: the step's name begins with a capital.
                            " – "
                            <span>{what}</span>
                            <StepDetail step=dated.step.clone() />
                        </li>
                    })
                })
                .collect_view()}
        </ol>
    }
}
