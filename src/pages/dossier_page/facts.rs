//! The dossier page's facts: every field the record has, as a description list.

use crate::components::context::use_i18n;
use crate::dossiers::model::{Dossier, Status, StepKind};
use leptos::prelude::*;

/// A label and its value in the facts list, left out when there is no value.
fn fact(label: impl Into<String>, value: Option<AnyView>) -> impl IntoView {
    let label = label.into();
    value.map(|value| {
        view! {
            <dt>{label}</dt>
            <dd>{value}</dd>
        }
    })
}

/// Every field the record has, as a description list.
#[component]
pub(super) fn Facts(dossier: Dossier, status: Option<Status>) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let text =
        |value: Option<String>| value.map(|v| view! { <span lang="en">{v}</span> }.into_any());
    let list = |values: &[String]| {
        (!values.is_empty())
            .then(|| view! { <span lang="en">{values.join(", ")}</span> }.into_any())
    };
    let kind = t.kind_name(dossier.kind());
    let date = dossier.date();
    // The record's date is its first step's: a proposal's date, or the date a source gives
    // for the document; a record whose history starts later has no such date to show.
    let date_label = match dossier.steps.first().map(|s| s.kind) {
        Some(StepKind::Proposed) => Some(t.field_date),
        Some(StepKind::Document) => Some(t.field_date_given),
        _ => None,
    };
    let committees = t.field_committees(dossier.committees.len() as u64);
    let rapporteurs = t.field_rapporteurs(dossier.rapporteurs.len() as u64);
    view! {
        <section aria-labelledby="dossier-facts">
            <h2 id="dossier-facts">{t.facts_heading}</h2>
            <dl class="facts">
                {fact(t.field_short_name, text(dossier.short_name.clone()))}
                {fact(t.field_type, Some(view! { {kind} }.into_any()))}
                {fact(
                    t.field_reference,
                    Some(match &dossier.reference {
                        Some(r) => view! { <span lang="en">{r.to_string()}</span> }.into_any(),
                        None => view! { {t.no_reference} }.into_any(),
                    }),
                )}
                {date_label.map(|label| fact(label, Some(view! { {t.date(date)} }.into_any())))}
                {fact(t.field_procedure, text(dossier.procedure.clone()))}
                {fact(t.field_act, dossier.act.as_ref().map(|a| view! { {t.act_name(a)} }.into_any()))}
                {fact(
                    t.field_status,
                    status.map(|s| view! { {t.status_name(s)} }.into_any()),
                )}
                {fact(committees, list(&dossier.committees))}
                {fact(rapporteurs, list(&dossier.rapporteurs))}
                {fact(
                    t.field_notes,
                    (!dossier.notes.is_empty())
                        .then(|| {
                            dossier
                                .notes
                                .iter()
                                .map(|note| {
                                    let (text, translated) = t.record_text(note);
                                    let lang = (!translated).then_some("en");
                                    view! { <p lang=lang>{text}</p> }
                                })
                                .collect_view()
                                .into_any()
                        }),
                )}
            </dl>
        </section>
    }
}
