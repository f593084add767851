//! The dossier list's filters: the search box, the facets and the year range. Each value is
//! a link, so the address carries the list's state.

use super::list_href;
use crate::components::context::{use_i18n, use_navigate_to};
use crate::components::filter_controls::{FilterLink, YearSelect};
use crate::dossiers::index::SearchResult;
use crate::dossiers::model::{Status, TypeFacet};
use crate::dossiers::query::{ListQuery, MAX_QUERY_CHARS};
use crate::site::Site;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use std::sync::Arc;

/// The search field: the list follows every keystroke; the address follows once typing
/// pauses, or at Enter or on leaving the field, replacing the history entry, so back leaves
/// the list rather than stepping through letters.
#[component]
pub(super) fn SearchBox(
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
                            {items.into_iter().map(|item| view! { <FilterLink href=item.href selected=item.selected label=item.label count=item.count /> }).collect_view()}
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
pub(super) fn StatusFacet(
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
            Some(t.status_group_listed(year)),
            listed.into_iter().map(item).collect(),
        ),
    ];
    view! { <FacetNav id="facet-status" title=t.status_label groups /> }
}

/// The type filter.
#[component]
pub(super) fn TypeFacetList(query: Memo<ListQuery>, result: Memo<SearchResult>) -> impl IntoView {
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
pub(super) fn YearFilter(query: Memo<ListQuery>, result: Memo<SearchResult>) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    view! {
        <fieldset class="facet years needs-app">
            <legend class="facet-title">{t.years_label}</legend>
            <ListYearSelect query result is_from=true />
            <ListYearSelect query result is_from=false />
        </fieldset>
    }
}

/// One end of the year range, each year with the count it would yield; choosing a year
/// pushes a history entry.
#[component]
fn ListYearSelect(
    query: Memo<ListQuery>,
    result: Memo<SearchResult>,
    is_from: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let navigate = use_navigate_to();
    let chosen = Signal::derive(move || query.read().year_end(is_from));
    let years = Signal::derive(move || result.read().year_counts.iter().map(|(y, _)| *y).collect());
    let option_label = Callback::new(move |year: u16| {
        let q = query.read();
        let r = result.read();
        let n = if is_from {
            r.in_years(Some(year), q.to)
        } else {
            r.in_years(q.from, Some(year))
        };
        format!("{year} ({n})")
    });
    let on_choose = Callback::new(move |year: Option<u16>| {
        let next = query.get_untracked().with_year_end(is_from, year);
        navigate(
            &list_href(i18n, &next),
            NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        );
    });
    view! {
        <YearSelect
            id=if is_from { "year-from" } else { "year-to" }
            label=if is_from { t.from_label } else { t.to_label }
            years
            chosen
            option_label
            on_choose
        />
    }
}
