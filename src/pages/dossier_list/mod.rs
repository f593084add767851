//! `/dossiers`: every legislative file we hold, filterable, sortable and shareable; the URL's
//! query string is the whole state of the view.

mod filters;
mod results;

use crate::addresses;
use crate::browser::{Download, Timer};
use crate::components::context::{use_i18n, use_navigate_to, I18n};
use crate::components::loaded::WithSite;
use crate::components::page_meta::PageMeta;
use crate::components::pagination::Pagination;
use crate::dossiers::export::{write_csv, write_json};
use crate::dossiers::query::{ListQuery, MAX_QUERY_CHARS};
use crate::site::Site;
use filters::{SearchBox, StatusFacet, TypeFacetList, YearFilter};
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use leptos_router::NavigateOptions;
use results::{DossierRows, EmptyState, SortLinks};
use std::sync::{Arc, Mutex};

/// The dossier browser page.
#[component]
pub fn DossierListPage() -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    view! {
        <PageMeta
            title=t.dossiers_title.to_owned()
            description=t.dossiers_description.to_owned()
        />
        <h1>{t.dossiers_title}</h1>
        <WithSite let:site>
            <DossierBrowser site />
        </WithSite>
    }
}

/// The path of the list with `query`, in the current language.
fn list_href(i18n: I18n, query: &ListQuery) -> String {
    i18n.href(&addresses::dossier_list(&query.to_suffix()))
}

/// Text typed into the search box that the address may not show yet, and the address query
/// it was typed over: it counts only while the address still shows that query, so any
/// navigation (a link, back, forward) brings the view back to the address.
#[derive(Debug, Clone, PartialEq)]
struct Typed {
    over: ListQuery,
    text: String,
}

/// How long typing must pause before the address is written: every history call counts
/// against the browser's limit (100 in 10 seconds in WebKit), and the list itself follows the
/// box at once.
const WRITE_ADDRESS_AFTER_MS: i32 = 400;

#[component]
fn DossierBrowser(site: Arc<Site>) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let location = use_location();
    let navigate = use_navigate_to();
    let address = Memo::new(move |_| ListQuery::parse(&location.search.read()));
    let typed = RwSignal::new(None::<Typed>);
    let query = Memo::new(move |_| {
        let address = address.get();
        typed.with(|typed| match typed {
            Some(typed) if typed.over == address && typed.text != address.q => ListQuery {
                q: typed.text.clone(),
                page: 1,
                ..address
            },
            _ => address,
        })
    });
    let result = {
        let site = site.clone();
        Memo::new(move |_| query.with(|q| site.dossiers.search(q)))
    };
    let page = Memo::new(move |_| query.read().page.min(result.read().page_count()));
    let replace = NavigateOptions {
        replace: true,
        scroll: false,
        ..Default::default()
    };

    // Unknown or malformed parameters, and pages past the end, are dropped from the address;
    // not while typed text waits to be written, which would write it early.
    {
        let navigate = navigate.clone();
        let replace = replace.clone();
        Effect::new(move |_| {
            if query.read().q != address.read().q {
                return;
            }
            let canonical = query.get().with_page(page.get()).to_query_string();
            let current = location.search.get();
            if current.trim_start_matches('?') != canonical {
                navigate(
                    &list_href(i18n, &ListQuery::parse(&canonical)),
                    replace.clone(),
                );
            }
        });
    }

    // Writes the typed text into the address, replacing the history entry, if it differs.
    // The timer may fire after the visitor has left the list, when its state is gone.
    let write_address = move || {
        let (Some(address), Some(Some(pending))) =
            (address.try_get_untracked(), typed.try_get_untracked())
        else {
            return;
        };
        if pending.over != address || pending.text == address.q {
            return;
        }
        let next = ListQuery {
            q: pending.text,
            page: 1,
            ..address
        };
        typed.update(|typed| {
            if let Some(typed) = typed {
                typed.over = next.clone();
            }
        });
        navigate(&list_href(i18n, &next), replace.clone());
    };
    // The pending write, shared by typing, committing and leaving the list (which cancels it).
    let timer = Arc::new(Mutex::new(None::<Timer>));
    on_cleanup({
        let timer = timer.clone();
        move || {
            if let Some(pending) = timer.lock().ok().and_then(|mut t| t.take()) {
                pending.cancel();
            }
        }
    });
    let on_input = Callback::new({
        let write_address = write_address.clone();
        let timer = timer.clone();
        move |text: String| {
            let text: String = text.chars().take(MAX_QUERY_CHARS).collect();
            let over = address.get_untracked();
            typed.update(|typed| match typed {
                Some(typed) if typed.over == over => typed.text = text,
                _ => *typed = Some(Typed { over, text }),
            });
            if let Ok(mut pending) = timer.lock() {
                if let Some(earlier) = pending.take() {
                    earlier.cancel();
                }
                *pending = Timer::once(WRITE_ADDRESS_AFTER_MS, write_address.clone());
            }
        }
    });
    let on_commit = Callback::new(move |()| {
        if let Some(pending) = timer.lock().ok().and_then(|mut t| t.take()) {
            pending.cancel();
        }
        write_address();
    });

    let total = site.dossiers.len() as u64;
    let export_site = site.clone();
    // The file is built row by row and handed to the browser in parts: at 100,000 records it
    // is tens of megabytes, which the WebAssembly's memory would otherwise keep for good.
    let export = move |json: bool| {
        let mut file = Download::default();
        result.with_untracked(|result| {
            let rows = export_site.dossiers.export_rows(&result.matches);
            if json {
                // Writing to the download cannot fail: it takes any UTF-8 text.
                let _ = write_json(rows, &mut file);
            } else {
                write_csv(rows, &mut |part| file.push(part));
            }
        });
        if json {
            file.finish("dg-connect-dossiers.json", "application/json;charset=utf-8");
        } else {
            file.finish("dg-connect-dossiers.csv", "text/csv;charset=utf-8");
        }
    };

    // On a narrow screen the filters fold away behind a button that says how many are on, so
    // that the search box, the count and the results come first.
    let filters_open = RwSignal::new(false);
    let active_filters = move || {
        let q = query.read();
        (q.statuses.len() + q.types.len() + usize::from(q.from.is_some() || q.to.is_some())) as u64
    };
    view! {
        <div class="browser">
            <div class="finder">
                <p class="needs-app-note notice">{t.needs_app_note}</p>
                <SearchBox query on_input on_commit />
                <p class="result-count" role="status" data-testid="result-count">
                    {move || t.n_of_m_dossiers(result.read().matches.len() as u64, total)}
                </p>
            </div>
            <button
                type="button"
                class="filters-toggle needs-app"
                aria-controls="filters"
                aria-expanded=move || filters_open.get().to_string()
                on:click=move |_| filters_open.update(|open| *open = !*open)
            >
                {move || t.filters_toggle(active_filters())}
            </button>
            <aside id="filters" class="filters" class:open=filters_open aria-labelledby="filters-title">
                <h2 id="filters-title">{t.filters_heading}</h2>
                <StatusFacet site=site.clone() query result />
                <TypeFacetList query result />
                <YearFilter query result />
                <p class="clear-all needs-app">
                    <a href=move || list_href(i18n, &ListQuery { sort: query.read().sort, ..ListQuery::default() }) data-noscroll="">
                        {t.clear_filters}
                    </a>
                </p>
            </aside>
            <section class="results" aria-labelledby="results-title">
                <h2 id="results-title" class="visually-hidden">{t.results_heading}</h2>
                <div class="results-head">
                    <SortLinks query />
                </div>
                <Show when=move || result.read().matches.is_empty()>
                    <EmptyState query result />
                </Show>
                <DossierRows site=site.clone() query result page />
                <Pagination
                    page
                    count=Signal::derive(move || result.read().page_count())
                    href=move |p| list_href(i18n, &query.read().with_page(p))
                />
                <div class="export needs-app">
                    <h3>{t.export_heading}</h3>
                    <p>{move || t.export_note(result.read().matches.len() as u64)}</p>
                    <button type="button" on:click={
                        let export = export.clone();
                        move |_| export(false)
                    }>{t.export_csv}</button>
                    " "
                    <button type="button" on:click=move |_| export(true)>{t.export_json}</button>
                    <p class="subscriptions">
                        <a href=i18n.href(addresses::TIMELINE)>{t.timeline_link}</a>
                        " · "
                        <a href=addresses::calendar_beside(&i18n.href(addresses::MISSION)) rel="external" type="text/calendar">{t.calendar_all_link}</a>
                    </p>
                </div>
            </section>
        </div>
    }
}
