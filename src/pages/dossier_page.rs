//! `/dossiers/:id`: one legislative file with all its fields, its history as a timeline, its
//! EUR-Lex documents and its sources; the list's filters ride along in the query string so
//! the way back keeps them.

use crate::components::context::use_i18n;
use crate::components::dossier_title::DossierTitle;
use crate::components::loaded::WithSite;
use crate::components::not_found::NotFound;
use crate::components::page_meta::PageMeta;
use crate::data::date::Date;
use crate::dossiers::model::{Dossier, Fact, Status, StepKind, Title};
use crate::dossiers::query::ListQuery;
use crate::dossiers::reference::eur_lex_url;
use crate::site::Site;
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_params_map};
use std::sync::Arc;

/// The dossier page.
#[component]
pub fn DossierPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").unwrap_or_default();
    view! {
        <WithSite let:site>
            {move || {
                let id = id();
                let found = site.dossiers.find(&id).and_then(|position| {
                    Some((site.dossiers.get(position)?.clone(), site.dossiers.status(position)))
                });
                match found {
                    Some((dossier, status)) => {
                        Either::Left(view! { <DossierDetail site=site.clone() dossier status /> })
                    }
                    None => Either::Right(view! { <NotFound /> }),
                }
            }}
        </WithSite>
    }
}

/// A label and its value in the facts list, left out when there is no value.
fn fact(label: &'static str, value: Option<AnyView>) -> impl IntoView {
    value.map(|value| {
        view! {
            <dt>{label}</dt>
            <dd>{value}</dd>
        }
    })
}

#[component]
fn DossierDetail(site: Arc<Site>, dossier: Dossier, status: Option<Status>) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let location = use_location();
    let list_query = Memo::new(move |_| ListQuery::parse(&location.search.read()));
    let back_href = move || i18n.href(&format!("/dossiers{}", list_query.read().to_suffix()));
    let back_label = move || {
        if list_query.read().is_unfiltered() {
            t.back_to_list
        } else {
            t.back_to_filtered_list
        }
    };
    let plain_title = match dossier.title() {
        Title::Full(t) | Title::CutOff(t) => t.to_owned(),
        Title::Missing => String::new(),
    };
    let reference = dossier.reference.as_ref().map(ToString::to_string);
    let name = dossier.short_name.clone().unwrap_or(plain_title.clone());
    let page_title = match (&reference, name.is_empty()) {
        (Some(r), true) => r.clone(),
        (Some(r), false) => format!("{name} ({r})"),
        (None, _) => name,
    };
    let description = (t.dossier_description)(&plain_title, &t.date(dossier.date()));
    let today = site.today;
    let newest = site.source_list.newest_item;
    let status_note = status.map(|s| match s {
        Status::Dated(_) => (t.status_dated_note)(today),
        Status::Listed(list) => (t.status_listed_note)(t.list_name(list), newest),
    });

    view! {
        <PageMeta title=page_title description />
        <p class="breadcrumb">
            <a href=back_href data-testid="back-to-list">{back_label}</a>
        </p>
        <article class="dossier" data-testid="dossier">
            <h1>
                <DossierTitle title=dossier.title.clone() short_name=dossier.short_name.clone() />
            </h1>
            {status.map(|s| {
                view! {
                    <p class="status-line">
                        <span class=format!("badge status-{}", s.key())>{t.status_name(s)}</span>
                        " "
                        <span class="note" data-testid="status-note">{status_note}</span>
                    </p>
                }
            })}
            <AppliesWhen dossier=dossier.clone() />
            <Facts dossier=dossier.clone() status />
            <Timeline dossier=dossier.clone() newest />
            <EurLexLinks dossier=dossier.clone() />
            <Evidence site=site.clone() dossier=dossier.clone() />
        </article>
    }
}

/// When the act applies: its entry into force, application and transposition dates, at a
/// glance, with a way to the timeline of every file. Nothing for a record without them.
#[component]
fn AppliesWhen(dossier: Dossier) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let steps: Vec<_> = dossier
        .steps
        .iter()
        .filter(|s| s.kind.is_application())
        .cloned()
        .collect();
    let timeline = i18n.href(&format!(
        "/timeline?q={}",
        crate::query_string::encode(
            &dossier
                .reference
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default()
        )
    ));
    (!steps.is_empty()).then(|| {
        view! {
            <section class="applies-when" aria-labelledby="applies-when" data-testid="applies-when">
                <h2 id="applies-when">{t.applies_when_heading}</h2>
                <ul>
                    {steps
                        .into_iter()
                        .map(|step| view! {
                            <li>
                                <time datetime=step.date.to_string()>{t.date(step.date)}</time>
                                {t.label_separator}
                                {format!("{}{}", t.step_name(step.kind), t.step_detail_suffix(&step))}
                            </li>
                        })
                        .collect_view()}
                </ul>
                <p><a href=timeline>{t.timeline_link}</a></p>
            </section>
        }
    })
}

/// The record's sources, each with what it confirms, and the feed.
#[component]
fn Evidence(site: Arc<Site>, dossier: Dossier) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    // The calendars are written on the build day; the page says "coming" as of the site's day.
    let coming = dossier.steps.iter().any(|s| s.date > site.today);
    let confirms = move |facts: &[Fact]| {
        let names: Vec<&str> = facts.iter().map(|f| t.fact_name(*f)).collect();
        (t.evidence_confirms)(&names.join(", "))
    };
    view! {
        <section aria-labelledby="dossier-sources">
            <h2 id="dossier-sources">{t.sources_heading}</h2>
            <ul class="evidence">
                {dossier
                    .evidence
                    .iter()
                    .map(|evidence| {
                        let what = confirms(&evidence.confirms);
                        let link = match (&evidence.source, &evidence.url) {
                            (Some(id), _) => {
                                let title = site.content.source(id).map_or_else(|| id.clone(), |s| s.title.clone());
                                let href = i18n.href(&format!("/about#source-{id}"));
                                view! { <a href=href lang="en">{title}</a> }.into_any()
                            }
                            (None, Some(url)) => {
                                let shown = url.trim_start_matches("https://").to_owned();
                                view! { <a href=url.clone() rel="external" class="page-link">{shown}</a> }.into_any()
                            }
                            (None, None) => ().into_any(),
                        };
                        view! { <li>{link}" "<span class="note">{what}</span></li> }
                    })
                    .collect_view()}
            </ul>
            // Files, not routes: rel="external" leaves the click to the browser.
            <ul class="subscriptions">
                {coming.then(|| {
                    let href = format!("{}calendar.ics", i18n.href(&format!("/dossiers/{}", dossier.id())));
                    view! {
                        <li><a href=href rel="external" type="text/calendar" data-testid="dossier-calendar">{t.calendar_dossier_link}</a></li>
                    }
                })}
                <li><a href=format!("{}calendar.ics", i18n.href("/")) rel="external" type="text/calendar">{t.calendar_all_link}</a></li>
                <li><a href=format!("{}/feed.xml", i18n.base()) rel="external" type="application/atom+xml">{t.feed_link}</a></li>
            </ul>
        </section>
    }
}

/// Every field the record has, as a description list.
#[component]
fn Facts(dossier: Dossier, status: Option<Status>) -> impl IntoView {
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
    let committees = (t.field_committees)(dossier.committees.len() as u64);
    let rapporteurs = (t.field_rapporteurs)(dossier.rapporteurs.len() as u64);
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
                {fact(t.field_act, dossier.act.as_ref().map(|a| view! { {(t.act_citation)(a)} }.into_any()))}
                {fact(
                    t.field_status,
                    status.map(|s| view! { {t.status_name(s)} }.into_any()),
                )}
                {fact(committees, list(&dossier.committees))}
                {fact(rapporteurs, list(&dossier.rapporteurs))}
                {fact(t.field_notes, list(&dossier.notes))}
            </dl>
        </section>
    }
}

/// The history steps, oldest first, as an ordered list with dates, and the record's listing
/// by the source, which has no date of its own.
#[component]
fn Timeline(
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
        .map(|list| (t.status_listed_note)(t.list_name(list), newest));
    view! {
        <section aria-labelledby="dossier-history">
            <h2 id="dossier-history">{t.history_heading}</h2>
            <ol class="timeline" data-testid="timeline">
                {steps
                    .into_iter()
                    .map(|step| {
                        let date = step.date;
                        let detail = step.detail.as_deref().map(|d| t.step_detail(d));
                        view! {
                            <li>
                                <time datetime=date.to_string()>{t.date(date)}</time>
                                <span class="step">{t.step_text(&step, act.as_ref())}</span>
                                {detail.map(|(text, translated)| {
                                    let lang = (!translated).then_some("en");
                                    view! { " " <span class="step-detail" lang=lang>{format!("({text})")}</span> }
                                })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            {listing.map(|text| view! { <p class="listing" data-testid="listing">{text}</p> })}
        </section>
    }
}

/// Links to the Commission document and the act on EUR-Lex, in the page's language, built
/// from their CELEX numbers.
#[component]
fn EurLexLinks(dossier: Dossier) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let language = i18n.lang().code();
    let document = dossier.document_celex().map(|celex| {
        // `5YYYYPC…` is a proposal for a legislative act; other descriptors, other documents.
        let label = if celex.get(5..7) == Some("PC") {
            (t.proposal_on_eur_lex)(&celex)
        } else {
            (t.document_on_eur_lex)(&celex)
        };
        (eur_lex_url(&celex, language), label)
    });
    let act = dossier
        .act_celex()
        .map(|celex| (eur_lex_url(&celex, language), (t.act_on_eur_lex)(&celex)));
    let links: Vec<(String, String)> = document.into_iter().chain(act).collect();
    view! {
        <section aria-labelledby="dossier-documents">
            <h2 id="dossier-documents">{t.documents_heading}</h2>
            {if links.is_empty() {
                Either::Left(view! { <p>{t.no_eur_lex}</p> })
            } else {
                Either::Right(view! {
                    <ul class="documents">
                        {links
                            .into_iter()
                            .map(|(url, label)| view! { <li><a href=url rel="external">{label}</a></li> })
                            .collect_view()}
                    </ul>
                })
            }}
        </section>
    }
}
