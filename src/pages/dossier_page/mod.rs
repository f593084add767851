//! `/dossiers/:id`: one legislative file with all its fields, its history as a timeline, its
//! EUR-Lex documents and its sources; the list's filters ride along in the query string so
//! the way back keeps them.

mod facts;
mod history;
mod relations;
mod sources;

use crate::addresses::dossier_list;
use crate::components::context::use_i18n;
use crate::components::dossier_title::DossierTitle;
use crate::components::loaded::WithSite;
use crate::components::not_found::NotFound;
use crate::components::page_meta::PageMeta;
use crate::dossiers::model::{Dossier, Stage, Status, StepKind, Title};
use crate::dossiers::query::ListQuery;
use crate::dossiers::reference::Act;
use crate::site::Site;
use facts::Facts;
use history::{AppliesWhen, Timeline};
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_params_map};
use relations::Relations;
use sources::{EurLexLinks, Evidence};
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

#[component]
fn DossierDetail(site: Arc<Site>, dossier: Dossier, status: Option<Status>) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let location = use_location();
    let list_query = Memo::new(move |_| ListQuery::parse(&location.search.read()));
    let back_href = move || i18n.href(&dossier_list(&list_query.read().to_suffix()));
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
    let name = dossier
        .short_name_in(i18n.lang().code())
        .map_or(plain_title.clone(), |(name, _)| name);
    let page_title = match (&reference, name.is_empty()) {
        (Some(r), true) => r.clone(),
        (Some(r), false) => format!("{name} ({r})"),
        (None, _) => name,
    };
    let description = t.dossier_description(&plain_title, &t.date(dossier.date()));
    let today = site.today;
    let newest = site.source_list.newest_item;
    let status_note = status.map(|s| match s {
        Status::Dated(Stage::NoLongerInForce) => {
            let last = dossier
                .step(StepKind::EndOfValidity)
                .map_or(today, |s| s.date);
            let ended = match dossier.repealed_by().and_then(|r| Act::from_celex(&r.act)) {
                Some(act) => t.status_repealed_note(&t.act_citation(&act), last),
                None => t.status_expired_note(last),
            };
            format!("{ended} {}", t.status_dated_note(today))
        }
        Status::Dated(_) => t.status_dated_note(today),
        Status::Listed(list) => t.status_listed_note(t.list_name(list), newest),
    });

    view! {
        <PageMeta title=page_title description />
        <p class="breadcrumb">
            <a href=back_href data-testid="back-to-list">{back_label}</a>
        </p>
        <article class="dossier" data-testid="dossier">
            <h1>
                <DossierTitle title=dossier.title.clone() short_name=dossier.short_name_in(i18n.lang().code()) />
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
            <Relations site=site.clone() dossier=dossier.clone() />
            <Timeline dossier=dossier.clone() newest />
            <EurLexLinks dossier=dossier.clone() />
            <Evidence site=site.clone() dossier=dossier.clone() />
        </article>
    }
}
