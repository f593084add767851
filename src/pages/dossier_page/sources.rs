//! The dossier page's documents and sources: the EUR-Lex links, each source with what it
//! confirms (a page that is not an institution's marked as a secondary source), the day the
//! record was checked, and the calendars and the feed.

use crate::addresses::{self, about_section, calendar_beside, FEED_FILE, MISSION};
use crate::components::context::use_i18n;
use crate::dossiers::model::{Dossier, Fact};
use crate::dossiers::reference::eur_lex_url;
use crate::site::Site;
use leptos::either::Either;
use leptos::prelude::*;
use std::sync::Arc;

/// Links to the Commission document and the act on EUR-Lex, in the page's language, built
/// from their CELEX numbers.
#[component]
pub(super) fn EurLexLinks(dossier: Dossier) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let language = i18n.lang().code();
    let document = dossier.document_celex().map(|celex| {
        // `5YYYYPC…` is a proposal for a legislative act; other descriptors, other documents.
        let label = if celex.get(5..7) == Some("PC") {
            t.proposal_on_eur_lex(&celex)
        } else {
            t.document_on_eur_lex(&celex)
        };
        (eur_lex_url(&celex, language), label)
    });
    let act = dossier
        .act_celex()
        .map(|celex| (eur_lex_url(&celex, language), t.act_on_eur_lex(&celex)));
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

/// The record's sources, each with what it confirms, and the feed.
#[component]
pub(super) fn Evidence(site: Arc<Site>, dossier: Dossier) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    // The calendars are written on the build day; the page says "coming" as of the site's day.
    let coming = dossier.steps.iter().any(|s| s.date > site.today);
    let confirms = move |facts: &[Fact]| {
        let names: Vec<String> = facts.iter().map(|f| t.fact_name(*f)).collect();
        t.evidence_confirms(&names.join(", "))
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
                                let (title, title_lang) = site.source_title(id, i18n.lang());
                                let href = i18n.href(&about_section(&format!("source-{id}")));
                                view! { <a href=href lang=title_lang>{title}</a> }.into_any()
                            }
                            (None, Some(url)) => {
                                let shown = url.trim_start_matches("https://").to_owned();
                                let secondary = evidence.secondary.then(|| view! {
                                    " " <span class="secondary" data-testid="secondary">{format!("({})", t.evidence_secondary)}</span>
                                });
                                view! { <a href=url.clone() rel="external" class="page-link">{shown}</a>{secondary} }.into_any()
                            }
                            (None, None) => ().into_any(),
                        };
                        view! { <li>{link}" "<span class="note">{what}</span></li> }
                    })
                    .collect_view()}
                {dossier
                    .names
                    .iter()
                    .map(|official| {
                        let shown = official.url.trim_start_matches("https://").to_owned();
                        view! {
                            <li>
                                <a href=official.url.clone() rel="external" class="page-link" hreflang=official.lang.clone()>{shown}</a>
                                " "
                                <span class="note">
                                    {t.evidence_official_name}
                                    " "
                                    <q lang=official.lang.clone()>{official.name.clone()}</q>
                                </span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <p class="checked" data-testid="checked">{t.checked_note(dossier.checked)}</p>
            // Files, not routes: rel="external" leaves the click to the browser.
            <ul class="subscriptions">
                {coming.then(|| {
                    let href = calendar_beside(&i18n.href(&addresses::dossier(&dossier.id())));
                    view! {
                        <li><a href=href rel="external" type="text/calendar" data-testid="dossier-calendar">{t.calendar_dossier_link}</a></li>
                    }
                })}
                <li><a href=calendar_beside(&i18n.href(MISSION)) rel="external" type="text/calendar">{t.calendar_all_link}</a></li>
                <li><a href=format!("{}{FEED_FILE}", i18n.href("/")) rel="external" type="application/atom+xml">{t.feed_link}</a></li>
            </ul>
        </section>
    }
}
