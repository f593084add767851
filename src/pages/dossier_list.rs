//! `/dossiers`: every legislative file we hold, filterable, sortable and shareable; the URL's
//! query string is the whole state of the view.

use crate::components::context::{use_i18n, I18n};
use crate::components::download::download;
use crate::components::loaded::WithSite;
use crate::components::page_meta::PageMeta;
use crate::dossiers::export::{to_csv, to_json, ExportRow};
use crate::dossiers::index::{page_window, SearchResult};
use crate::dossiers::model::{Status, Title, TypeFacet};
use crate::dossiers::query::{ListQuery, Sort, MAX_QUERY_CHARS};
use crate::site::Site;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use std::sync::Arc;

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
    i18n.href(&format!("/dossiers{}", query.to_suffix()))
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
const WRITE_ADDRESS_AFTER: std::time::Duration = std::time::Duration::from_millis(400);

#[component]
fn DossierBrowser(site: Arc<Site>) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let location = use_location();
    let navigate = use_navigate();
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
    let timer = StoredValue::new(None::<TimeoutHandle>);
    on_cleanup(move || {
        if let Some(Some(handle)) = timer.try_get_value() {
            handle.clear();
        }
    });
    let on_input = Callback::new({
        let write_address = write_address.clone();
        move |text: String| {
            let text: String = text.chars().take(MAX_QUERY_CHARS).collect();
            let over = address.get_untracked();
            typed.update(|typed| match typed {
                Some(typed) if typed.over == over => typed.text = text,
                _ => *typed = Some(Typed { over, text }),
            });
            if let Some(handle) = timer.get_value() {
                handle.clear();
            }
            timer.set_value(
                set_timeout_with_handle(write_address.clone(), WRITE_ADDRESS_AFTER).ok(),
            );
        }
    });
    let on_commit = Callback::new(move |()| {
        if let Some(handle) = timer.get_value() {
            handle.clear();
        }
        write_address();
    });

    let total = site.dossiers.len() as u64;
    let export_site = site.clone();
    let export = move |json: bool| {
        let site = &export_site;
        let rows: Vec<ExportRow> = result.with_untracked(|result| {
            result
                .matches
                .iter()
                .filter_map(|&p| {
                    let status = site.dossiers.status(p)?;
                    Some(ExportRow::new(
                        site.dossiers.get(p)?,
                        site.dossiers.id(p),
                        status,
                    ))
                })
                .collect()
        });
        if json {
            download(
                "dg-connect-dossiers.json",
                "application/json;charset=utf-8",
                &to_json(&rows),
            );
        } else {
            download(
                "dg-connect-dossiers.csv",
                "text/csv;charset=utf-8",
                &to_csv(&rows),
            );
        }
    };

    view! {
        <div class="browser">
            <aside class="filters" aria-labelledby="filters-title">
                <h2 id="filters-title">{t.filters_heading}</h2>
                <p class="needs-app-note notice">{t.needs_app_note}</p>
                <SearchBox query on_input on_commit />
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
                    <p class="result-count" role="status" data-testid="result-count">
                        {move || (t.n_of_m_dossiers)(result.read().matches.len() as u64, total)}
                    </p>
                    <SortLinks query />
                </div>
                <Show when=move || result.read().matches.is_empty()>
                    <EmptyState query result />
                </Show>
                <DossierRows site=site.clone() query result page />
                <Pagination query result page />
                <div class="export needs-app">
                    <h3>{t.export_heading}</h3>
                    <p>{move || (t.export_note)(result.read().matches.len() as u64)}</p>
                    <button type="button" on:click={
                        let export = export.clone();
                        move |_| export(false)
                    }>{t.export_csv}</button>
                    " "
                    <button type="button" on:click=move |_| export(true)>{t.export_json}</button>
                </div>
            </section>
        </div>
    }
}

/// The search field: the list follows every keystroke; the address follows once typing
/// pauses, or at Enter or on leaving the field, replacing the history entry, so back leaves
/// the list rather than stepping through letters.
#[component]
fn SearchBox(
    /// The list's state.
    query: Memo<ListQuery>,
    /// Called with the text on every input.
    on_input: Callback<String>,
    /// Called when the text is final for now: Enter, or focus leaving the field.
    on_commit: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    view! {
        <form
            role="search"
            class="search needs-app"
            on:submit=move |ev| {
                ev.prevent_default();
                on_commit.run(());
            }
        >
            <label for="dossier-search">{t.search_label}</label>
            <input
                id="dossier-search"
                type="search"
                name="q"
                autocomplete="off"
                spellcheck="false"
                maxlength=MAX_QUERY_CHARS
                aria-describedby="dossier-search-hint"
                prop:value=move || query.read().q.clone()
                on:input=move |ev| on_input.run(event_target_value(&ev))
                on:change=move |_| on_commit.run(())
            />
            <p id="dossier-search-hint" class="hint">{t.search_hint}</p>
        </form>
    }
}

/// One value of a filter: where its link goes, whether it is on, its label, and how many
/// dossiers it would yield.
#[derive(Clone)]
struct FacetItem {
    href: Signal<String>,
    selected: Signal<bool>,
    label: &'static str,
    count: Signal<u32>,
}

/// A filter value as a link that switches it on or off, with the count it would yield.
#[component]
fn FacetLink(
    /// The value.
    item: FacetItem,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let FacetItem {
        href,
        selected,
        label,
        count,
    } = item;
    view! {
        <li>
            <a
                href=href
                class="facet-link"
                class:selected=selected
                class:empty=move || count.get() == 0 && !selected.get()
                aria-current=move || selected.get().then_some("true")
                data-noscroll=""
            >
                <span class="check" aria-hidden="true"></span>
                <span class="facet-label">{label}</span>
                <span class="count">{count}</span>
                <span class="visually-hidden">
                    {move || if selected.get() { t.facet_selected } else { t.facet_not_selected }}
                </span>
            </a>
        </li>
    }
}

/// A filter: its values as links, in groups that may have a heading of their own.
#[component]
fn FacetNav(
    /// The id of its heading.
    id: &'static str,
    /// Its heading.
    title: &'static str,
    /// Its values, in groups, each with an optional heading.
    groups: Vec<(Option<String>, Vec<FacetItem>)>,
) -> impl IntoView {
    view! {
        <nav class="facet needs-app" aria-labelledby=id>
            <h3 id=id class="facet-title">{title}</h3>
            {groups
                .into_iter()
                .map(|(heading, items)| {
                    view! {
                        {heading.map(|h| view! { <p class="facet-group">{h}</p> })}
                        <ul>
                            {items.into_iter().map(|item| view! { <FacetLink item /> }).collect_view()}
                        </ul>
                    }
                })
                .collect_view()}
        </nav>
    }
}

/// The status filter: statuses computed from dated steps, and those the source's lists give,
/// as two groups, so that nobody takes a list of 2021 for today's state.
#[component]
fn StatusFacet(
    site: Arc<Site>,
    query: Memo<ListQuery>,
    result: Memo<SearchResult>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let item = move |status: Status| FacetItem {
        href: Signal::derive(move || list_href(i18n, &query.read().toggle_status(status))),
        selected: Signal::derive(move || query.read().statuses.contains(&status)),
        label: t.status_name(status),
        count: Signal::derive(move || result.read().status_counts[status.index()]),
    };
    let (dated, listed): (Vec<Status>, Vec<Status>) = Status::ALL
        .into_iter()
        .partition(|s| matches!(s, Status::Dated(_)));
    let year = site.source_list.newest_item.year;
    let groups = vec![
        (
            Some(t.status_group_dated.to_owned()),
            dated.into_iter().map(item).collect(),
        ),
        (
            Some((t.status_group_listed)(year)),
            listed.into_iter().map(item).collect(),
        ),
    ];
    view! { <FacetNav id="facet-status" title=t.status_label groups /> }
}

/// The type filter.
#[component]
fn TypeFacetList(query: Memo<ListQuery>, result: Memo<SearchResult>) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let items = TypeFacet::ALL
        .into_iter()
        .map(|facet| FacetItem {
            href: Signal::derive(move || list_href(i18n, &query.read().toggle_type(facet))),
            selected: Signal::derive(move || query.read().types.contains(&facet)),
            label: t.type_name(facet),
            count: Signal::derive(move || result.read().type_counts[facet.index()]),
        })
        .collect();
    view! { <FacetNav id="facet-type" title=t.type_label groups=vec![(None, items)] /> }
}

/// `from` and `to`: the years present, each with the count it would yield.
#[component]
fn YearFilter(query: Memo<ListQuery>, result: Memo<SearchResult>) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    view! {
        <fieldset class="facet years needs-app">
            <legend class="facet-title">{t.years_label}</legend>
            <YearSelect query result is_from=true />
            <YearSelect query result is_from=false />
        </fieldset>
    }
}

/// One end of the year range; choosing a year pushes a history entry.
#[component]
fn YearSelect(query: Memo<ListQuery>, result: Memo<SearchResult>, is_from: bool) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let navigate = use_navigate();
    let id = if is_from { "year-from" } else { "year-to" };
    let chosen = move || {
        let q = query.read();
        if is_from {
            q.from
        } else {
            q.to
        }
    };
    let years = move || {
        result
            .read()
            .year_counts
            .iter()
            .map(|(y, _)| *y)
            .collect::<Vec<u16>>()
    };
    let option_label = move |year: u16| {
        let q = query.read();
        let r = result.read();
        let n = if is_from {
            r.in_years(Some(year), q.to)
        } else {
            r.in_years(q.from, Some(year))
        };
        format!("{year} ({n})")
    };
    let on_change = move |ev: leptos::ev::Event| {
        let year = event_target_value(&ev).parse::<u16>().ok();
        let current = query.get_untracked();
        let next = if is_from {
            ListQuery {
                from: year,
                page: 1,
                ..current
            }
        } else {
            ListQuery {
                to: year,
                page: 1,
                ..current
            }
        };
        navigate(
            &list_href(i18n, &next),
            NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        );
    };
    view! {
        <div class="field">
            <label for=id>{move || if is_from { t.from_label } else { t.to_label }}</label>
            <select id=id on:change=on_change>
                <option value="" prop:selected=move || chosen().is_none()>
                    {t.any_year}
                </option>
                <For
                    each=years
                    key=|year| *year
                    children=move |year| {
                        view! {
                            <option value=year.to_string() prop:selected=move || chosen() == Some(year)>
                                {move || option_label(year)}
                            </option>
                        }
                    }
                />
            </select>
        </div>
    }
}

#[component]
fn SortLinks(query: Memo<ListQuery>) -> impl IntoView {
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
fn EmptyState(query: Memo<ListQuery>, result: Memo<SearchResult>) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let suggestions = move || {
        let q = query.get();
        let r = result.read();
        let t = i18n.t();
        let mut items: Vec<(String, String)> = Vec::new();
        if !q.q.trim().is_empty() {
            let next = ListQuery {
                q: String::new(),
                page: 1,
                ..q.clone()
            };
            items.push((
                list_href(i18n, &next),
                (t.relax_text)(&q.q, u64::from(r.without_text)),
            ));
        }
        if !q.statuses.is_empty() {
            let next = ListQuery {
                statuses: Default::default(),
                page: 1,
                ..q.clone()
            };
            items.push((
                list_href(i18n, &next),
                (t.relax_status)(u64::from(r.without_status())),
            ));
        }
        if !q.types.is_empty() {
            let next = ListQuery {
                types: Default::default(),
                page: 1,
                ..q.clone()
            };
            items.push((
                list_href(i18n, &next),
                (t.relax_type)(u64::from(r.without_type())),
            ));
        }
        if q.from.is_some() || q.to.is_some() {
            let next = ListQuery {
                from: None,
                to: None,
                page: 1,
                ..q.clone()
            };
            items.push((
                list_href(i18n, &next),
                (t.relax_years)(u64::from(r.without_years())),
            ));
        }
        items
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
                <a href=move || list_href(i18n, &ListQuery::default()) data-noscroll="">{t.clear_filters}</a>
            </p>
        </div>
    }
}

/// The current page of results.
#[component]
fn DossierRows(
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
                        let href = move || i18n.href(&format!("/dossiers/{id}{}", suffix.read()));
                        let date = d.date();
                        let title = d.title.clone();
                        let kind = t.kind_name(d.kind());
                        let reference = d.reference.as_ref().map(ToString::to_string);
                        view! {
                            <li class="dossier-row">
                                <h3>
                                    <a href=href>
                                        <DossierTitle title short_name=d.short_name.clone() />
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

/// A dossier's title as honestly as the source allows: full, cut off, or missing.
#[component]
pub fn DossierTitle(
    /// The title as the source gives it.
    title: String,
    /// The common name, shown first when there is one.
    short_name: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let body = match Title::classify(&title) {
        Title::Full(text) => view! { <span lang="en">{text.to_owned()}</span> }.into_any(),
        Title::CutOff(text) => view! {
            <span lang="en">{format!("{text} …")}</span>
            " "
            <span class="title-note">{t.title_cut_off}</span>
        }
        .into_any(),
        Title::Missing => view! { <span class="title-note">{t.title_missing}</span> }.into_any(),
    };
    view! {
        {short_name.map(|name| view! { <span class="short-name" lang="en">{name}</span><span class="visually-hidden">": "</span> })}
        {body}
    }
}

/// Previous, next and numbered page links.
#[component]
fn Pagination(
    query: Memo<ListQuery>,
    result: Memo<SearchResult>,
    page: Memo<u32>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let count = move || result.read().page_count();
    let link = move |p: u32| list_href(i18n, &query.read().with_page(p));
    view! {
        <Show when=move || { count() > 1 }>
            <nav class="pagination" aria-label=t.pagination_label>
                <ul>
                    <Show when=move || { page.get() > 1 }>
                        <li><a href=move || link(page.get() - 1) rel="prev">{t.previous_page}</a></li>
                    </Show>
                    {move || {
                        page_window(page.get(), count())
                            .into_iter()
                            .map(|slot| match slot {
                                Some(p) => view! {
                                    <li>
                                        <a
                                            href=move || link(p)
                                            aria-current=move || (page.get() == p).then_some("page")
                                            aria-label=move || (t.page_n)(u64::from(p))
                                        >
                                            {p}
                                        </a>
                                    </li>
                                }
                                .into_any(),
                                None => view! { <li class="gap" aria-hidden="true">"…"</li> }.into_any(),
                            })
                            .collect_view()
                    }}
                    <Show when=move || { page.get() < count() }>
                        <li><a href=move || link(page.get() + 1) rel="next">{t.next_page}</a></li>
                    </Show>
                </ul>
            </nav>
        </Show>
    }
}
