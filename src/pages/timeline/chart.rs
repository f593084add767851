//! The timeline chart: draws what [`ChartLayout`] places, one lane per dossier, each step a
//! mark linking to its dossier, years along the top, today marked.

use crate::addresses;
use crate::components::context::use_i18n;
use crate::dossiers::chart::{lane_label, tenths, ChartLayout, LABELS, WIDTH};
use crate::dossiers::timeline::Timeline;
use crate::site::Site;
use leptos::prelude::*;
use std::sync::Arc;

/// The chart of one page of the timeline.
#[component]
pub(super) fn Chart(site: Arc<Site>, timeline: Timeline) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let layout = ChartLayout::new(&timeline, site.today);
    let bottom = (layout.height / 10).to_string();
    let axis_end = tenths(layout.axis_end());
    let lanes = layout
        .lanes
        .iter()
        .zip(&timeline.lanes)
        .filter_map(|(placed, lane)| {
            let dossier = site.dossiers.get(placed.position)?;
            let id = site.dossiers.id(placed.position);
            let (name, lang) = dossier.display_name_in(id, i18n.lang().code());
            let href = i18n.href(&addresses::dossier(id));
            let y = tenths(placed.y);
            let marks = lane
                .steps
                .iter()
                .zip(&placed.marks)
                .map(|(step, &x)| {
                    let what = format!(
                        "{name} – {} ({})",
                        t.step_text(step, dossier.act.as_ref()),
                        t.date(step.date)
                    );
                    let tooltip = what.clone();
                    view! {
                        <g>
                            <a href=href.clone() aria-label=what>
                                <circle class=format!("mark kind-{}", step.kind.key()) cx=tenths(x) cy=y.clone() r="5">
                                    <title>{tooltip}</title>
                                </circle>
                            </a>
                        </g>
                    }
                })
                .collect_view();
            Some(view! {
                <g class="lane">
                    <text class="lane-label" x=tenths(LABELS - 80) y=tenths(placed.y + 40) lang=lang>{lane_label(&name)}</text>
                    <line class="lane-line" x1=tenths(LABELS) x2=axis_end.clone() y1=y.clone() y2=y.clone() />
                    {marks}
                </g>
            })
        })
        .collect_view();
    let today_x = tenths(layout.today);
    view! {
        <svg class="timeline-svg" viewBox=format!("0 0 {} {}", WIDTH / 10, layout.height / 10) role="group" aria-label=t.timeline_chart_label>
            {layout
                .ticks
                .iter()
                .map(|&(year, x)| {
                    let tx = tenths(x);
                    view! {
                        <g class="tick">
                            <line x1=tx.clone() x2=tx.clone() y1="18" y2=bottom.clone() />
                            <text x=tx y="12">{year}</text>
                        </g>
                    }
                })
                .collect_view()}
            <g class="today">
                <line x1=today_x.clone() x2=today_x.clone() y1="18" y2=bottom.clone() />
                <text x=today_x y="28">{t.today_label}</text>
            </g>
            {lanes}
        </svg>
    }
}
