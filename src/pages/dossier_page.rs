//! `/dossiers/:id`: one legislative file with all its fields, its history as a timeline, its
//! EUR-Lex documents and its sources; the list's filters ride along in the query string so
//! the way back keeps them.

use super::dossier_list::DossierTitle;
use crate::components::context::use_i18n;
use crate::components::loaded::WithSite;
use crate::components::not_found::NotFound;
use crate::components::page_meta::PageMeta;
use crate::dossiers::model::{Dossier, Status, Title};
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
    let sources: Vec<(String, String)> = dossier
        .sources
        .iter()
        .map(|id| {
            (
                id.clone(),
                site.content
                    .source(id)
                    .map_or_else(|| id.clone(), |s| s.title.clone()),
            )
        })
        .collect();

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
                        <span class="note">{move || (t.status_explained)(&t.date(today))}</span>
                    </p>
                }
            })}
            <Facts dossier=dossier.clone() status />
            <Timeline dossier=dossier.clone() />
            <EurLexLinks dossier=dossier.clone() />
            <section aria-labelledby="dossier-sources">
                <h2 id="dossier-sources">{t.sources_heading}</h2>
                <ul>
                    {sources
                        .into_iter()
                        .map(|(id, title)| {
                            view! {
                                <li>
                                    <a href=move || i18n.href(&format!("/about#source-{id}")) lang="en">{title}</a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
                <p class="feed">
                    // A file, not a route: rel="external" leaves the click to the browser.
                    <a href=format!("{}/feed.xml", i18n.base()) rel="external" type="application/atom+xml">
                        {t.feed_link}
                    </a>
                </p>
            </section>
        </article>
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
    let doc_type = dossier.type_facet();
    let date = dossier.date();
    view! {
        <section aria-labelledby="dossier-facts">
            <h2 id="dossier-facts">{t.facts_heading}</h2>
            <dl class="facts">
                {fact(t.field_short_name, text(dossier.short_name.clone()))}
                {fact(t.field_type, Some(view! { {t.type_name(doc_type)} }.into_any()))}
                {fact(
                    t.field_reference,
                    Some(match &dossier.reference {
                        Some(r) => view! { <span lang="en">{r.to_string()}</span> }.into_any(),
                        None => view! { {t.no_reference} }.into_any(),
                    }),
                )}
                {fact(t.field_date, Some(view! { {t.date(date)} }.into_any()))}
                {fact(t.field_procedure, text(dossier.procedure.clone()))}
                {fact(t.field_act, text(dossier.act.as_ref().map(|a| a.title())))}
                {fact(
                    t.field_status,
                    status.map(|s| view! { {t.status_name(s)} }.into_any()),
                )}
                {fact(t.field_committees, list(&dossier.committees))}
                {fact(t.field_rapporteurs, list(&dossier.rapporteurs))}
                {fact(t.field_notes, list(&dossier.notes))}
            </dl>
        </section>
    }
}

/// The history steps, oldest first, as an ordered list with dates.
#[component]
fn Timeline(dossier: Dossier) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let act = dossier.act.as_ref().map(|a| a.title());
    let steps = dossier.steps.clone();
    view! {
        <section aria-labelledby="dossier-history">
            <h2 id="dossier-history">{t.history_heading}</h2>
            <ol class="timeline" data-testid="timeline">
                {steps
                    .into_iter()
                    .map(|step| {
                        let act = act.clone();
                        let date = step.date;
                        let detail = step.detail.clone();
                        view! {
                            <li>
                                <time datetime=date.to_string()>{t.date(date)}</time>
                                <span class="step">{t.step_text(&step, act.as_deref())}</span>
                                {detail.map(|d| view! { " " <span class="step-detail" lang="en">{format!("({d})")}</span> })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </section>
    }
}

/// Links to the proposal and the act on EUR-Lex, built from their CELEX numbers.
#[component]
fn EurLexLinks(dossier: Dossier) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let proposal = dossier.proposal_celex();
    let act = dossier.act_celex();
    let none = proposal.is_none() && act.is_none();
    view! {
        <section aria-labelledby="dossier-documents">
            <h2 id="dossier-documents">{t.documents_heading}</h2>
            {if none {
                Either::Left(view! { <p>{t.no_eur_lex}</p> })
            } else {
                Either::Right(view! {
                    <ul class="documents">
                        {proposal.map(|celex| {
                            let url = eur_lex_url(&celex);
                            view! {
                                <li>
                                    <a href=url rel="external">{move || (t.proposal_on_eur_lex)(&celex)}</a>
                                </li>
                            }
                        })}
                        {act.map(|celex| {
                            let url = eur_lex_url(&celex);
                            view! {
                                <li>
                                    <a href=url rel="external">{move || (t.act_on_eur_lex)(&celex)}</a>
                                </li>
                            }
                        })}
                    </ul>
                })
            }}
        </section>
    }
}
