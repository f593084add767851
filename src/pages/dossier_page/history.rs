//! The dossier page's history: when the act applies, at a glance, and every dated step.

use crate::addresses;
use crate::components::context::use_i18n;
use crate::components::step_detail::StepDetail;
use crate::data::date::Date;
use crate::dossiers::model::Dossier;
use leptos::prelude::*;

/// When the act applies: its entry into force, application and transposition dates, at a
/// glance, with a way to the timeline of every file. Nothing for a record without them.
#[component]
pub(super) fn AppliesWhen(dossier: Dossier) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let steps: Vec<_> = dossier
        .steps
        .iter()
        .filter(|s| s.kind.is_application())
        .cloned()
        .collect();
    let timeline = i18n.href(&addresses::timeline(&format!(
        "?q={}",
        crate::query_string::encode(
            &dossier
                .reference
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default()
        )
    )));
    (!steps.is_empty()).then(|| {
        view! {
            <section class="applies-when" aria-labelledby="applies-when" data-testid="applies-when">
                <h2 id="applies-when">{t.applies_when_heading}</h2>
                <ul>
                    {steps
                        .into_iter()
                        .map(|step| view! {
                            <li>
                                {t.step_name(step.kind)}
                                <StepDetail step=step.clone() />
                                {t.label_separator}
                                <time datetime=step.date.to_string()>{t.date(step.date)}</time>
                            </li>
                        })
                        .collect_view()}
                </ul>
                <p><a href=timeline>{t.timeline_link}</a></p>
            </section>
        }
    })
}

/// The history steps, oldest first, as an ordered list with dates, and the record's listing
/// by the source, which has no date of its own.
#[component]
pub(super) fn Timeline(
    /// The record.
    dossier: Dossier,
    /// The date of the newest item of the source's lists.
    newest: Date,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let act = dossier.act.clone();
    let steps = dossier.steps.clone();
    let listing = dossier
        .listed
        .map(|list| t.status_listed_note(t.list_name(list), newest));
    view! {
        <section aria-labelledby="dossier-history">
            <h2 id="dossier-history">{t.history_heading}</h2>
            <ol class="timeline" data-testid="timeline">
                {steps
                    .into_iter()
                    .map(|step| {
                        let date = step.date;
                        view! {
                            <li>
                                <time datetime=date.to_string()>{t.date(date)}</time>
                                <span class="step">{t.step_text(&step, act.as_ref())}</span>
                                <StepDetail step=step.clone() />
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            {listing.map(|text| view! { <p class="listing" data-testid="listing">{text}</p> })}
        </section>
    }
}
