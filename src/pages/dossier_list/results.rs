//! The dossier list's results: the sort order, the rows, the empty state and the pages.

use super::list_href;
use crate::addresses;
use crate::components::context::use_i18n;
use crate::components::dossier_title::DossierTitle;
use crate::dossiers::index::SearchResult;
use crate::dossiers::query::{ListQuery, Sort};
use crate::dossiers::relax::Relax;
use crate::site::Site;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub(super) fn SortLinks(query: Memo<ListQuery>) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    view! {
        <nav class="sort needs-app" aria-labelledby="sort-label">
            <span id="sort-label">{t.sort_label}</span>
            <ul>
                {Sort::ALL
                    .into_iter()
                    .map(|sort| {
                        view! {
                            <li>
                                <a
                                    href=move || list_href(i18n, &ListQuery { sort, page: 1, ..query.get() })
                                    aria-current=move || (query.read().sort == sort).then_some("true")
                                    data-noscroll=""
                                >
                                    {t.sort_name(sort)}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

/// Says which filter to relax, with what each would yield, and offers to clear them.
#[component]
pub(super) fn EmptyState(query: Memo<ListQuery>, result: Memo<SearchResult>) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let suggestions = move || {
        let q = query.read();
        q.relaxations(&result.read())
            .into_iter()
            .map(|r| {
                let count = u64::from(r.count);
                let text = match r.relax {
                    Relax::Text => t.relax_text(&q.q, count),
                    Relax::Status => t.relax_status(count),
                    Relax::Type => t.relax_type(count),
                    Relax::Years => t.relax_years(count),
                };
                (list_href(i18n, &r.query), text)
            })
            .collect::<Vec<_>>()
    };
    view! {
        <div class="notice empty-state" data-testid="empty-state">
            <h3>{t.empty_title}</h3>
            <p>{t.empty_body}</p>
            <ul>
                {move || {
                    suggestions()
                        .into_iter()
                        .map(|(href, text)| view! { <li><a href=href data-noscroll="">{text}</a></li> })
                        .collect_view()
                }}
            </ul>
            <p>
                <a href=list_href(i18n, &ListQuery::default()) data-noscroll="">{t.clear_filters}</a>
            </p>
        </div>
    }
}

/// The current page of results.
#[component]
pub(super) fn DossierRows(
    site: Arc<Site>,
    query: Memo<ListQuery>,
    result: Memo<SearchResult>,
    page: Memo<u32>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let rows = move || result.read().page(page.get()).to_vec();
    // One memo for all rows' links, so a keystroke serialises the query once, not per row.
    let suffix = Memo::new(move |_| query.read().to_suffix());
    view! {
        <ol class="dossier-list" data-testid="dossier-list">
            <For
                each=rows
                key=|position| *position
                children=move |position| {
                    let dossier = site.dossiers.get(position).cloned();
                    let id = site.dossiers.id(position).to_owned();
                    let status = site.dossiers.status(position);
                    dossier.map(|d| {
                        let href = move || i18n.href(&format!("{}{}", addresses::dossier(&id), suffix.read()));
                        let date = d.date();
                        let title = d.title.clone();
                        let kind = t.kind_name(d.kind());
                        let reference = d.reference.as_ref().map(ToString::to_string);
                        view! {
                            <li class="dossier-row">
                                <h3>
                                    <a href=href>
                                        <DossierTitle title short_name=d.short_name_in(i18n.lang().code()) />
                                    </a>
                                </h3>
                                <p class="meta">
                                    <span>{t.date(date)}</span>
                                    <span>{kind}</span>
                                    <span lang="en">{reference.clone().unwrap_or_else(|| "—".to_owned())}</span>
                                    {status.map(|s| view! {
                                        <span class=format!("badge status-{}", s.key())>{t.status_name(s)}</span>
                                    })}
                                </p>
                            </li>
                        }
                    })
                }
            />
        </ol>
    }
}
