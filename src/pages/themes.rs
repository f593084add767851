//! `/themes` and `/themes/:slug`: the five themes DG CONNECT covers.

use crate::addresses::{self, THEMES};
use crate::components::context::use_i18n;
use crate::components::loaded::WithSite;
use crate::components::not_found::NotFound;
use crate::components::page_meta::PageMeta;
use crate::components::source_note::{cited_once, SourceNote};
use crate::site::Site;
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use std::sync::Arc;

/// All themes, each with its text and a link to its own page.
#[component]
pub fn ThemesPage() -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    view! {
        <PageMeta
            title=t.themes_title.to_owned()
            description=t.themes_description.to_owned()
        />
        <h1>{t.themes_title}</h1>
        <WithSite let:site>
            <p class="lead">{t.themes_intro(site.content.themes.len() as u64)}</p>
            <ol class="theme-list">
                {site
                    .content
                    .themes
                    .iter()
                    .map(|theme| {
                        let slug = theme.slug.clone();
                        let prose = site.prose_lang(i18n.lang());
                        view! {
                            <li class="card">
                                <h2 lang=prose>
                                    <a href=i18n.href(&addresses::theme(&slug))>{theme.title.clone()}</a>
                                </h2>
                                <p lang=prose>{theme.text.clone()}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            {cited_once(site.content.themes.iter().map(|theme| theme.source.as_str()))
                .into_iter()
                .map(|id| view! { <SourceNote site=site.clone() id /> })
                .collect_view()}
        </WithSite>
    }
}

/// One theme, with links to the previous and the next.
#[component]
pub fn ThemePage() -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    view! {
        <WithSite let:site>
            {move || view! { <Theme site=site.clone() slug=slug() /> }}
        </WithSite>
    }
}

#[component]
fn Theme(site: Arc<Site>, slug: String) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let themes = &site.content.themes;
    let Some((position, theme)) = site.content.theme(&slug) else {
        return Either::Right(view! { <NotFound /> });
    };
    let count = themes.len();
    let neighbour = |at: Option<usize>| {
        let theme = themes.get(at?)?;
        Some((addresses::theme(&theme.slug), theme.title.clone()))
    };
    let previous = neighbour(position.checked_sub(1));
    let next = neighbour(Some(position + 1));
    let title = theme.title.clone();
    let description = theme.text.clone();
    let prose = site.prose_lang(i18n.lang());
    Either::Left(view! {
        <PageMeta title=title.clone() description />
        <p class="breadcrumb">
            <a href=i18n.href(THEMES)>{t.themes_title}</a>
        </p>
        <h1 lang=prose>{title}</h1>
        <p class="eyebrow">{t.theme_position(position as u64 + 1, count as u64)}</p>
        <p class="lead" lang=prose>
            {theme.text.clone()}
        </p>
        <SourceNote site=site.clone() id=theme.source.clone() />
        <nav class="pager" aria-label=t.themes_pager_label>
            {previous
                .map(|(href, title)| {
                    view! {
                        <a rel="prev" class="pager-prev" href=i18n.href(&href)>
                            <span class="pager-label">{t.previous_theme}</span>
                            <span lang=prose>{title}</span>
                        </a>
                    }
                })}
            {next
                .map(|(href, title)| {
                    view! {
                        <a rel="next" class="pager-next" href=i18n.href(&href)>
                            <span class="pager-label">{t.next_theme}</span>
                            <span lang=prose>{title}</span>
                        </a>
                    }
                })}
        </nav>
    })
}
