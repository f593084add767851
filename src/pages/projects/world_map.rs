//! The projects page's world map: every country drawn from the build-time outlines in
//! `crate::map`, the countries that projects name shaded by how many do, each a link that
//! filters the list. The map is a picture for pointing: it is hidden from assistive technology
//! and out of the tab order, because the country and region links beside it are the same links
//! in text.

use super::Place;
use crate::components::context::{use_i18n, use_navigate_to};
use crate::data::content::Research;
use crate::data::projects::{map_countries, map_key, ProjectQuery};
use crate::map::{self, Outline};
use leptos::ev::MouseEvent;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// The map, its key and where its outlines come from.
#[component]
pub fn WorldMap(
    /// The countries and projects.
    research: Arc<Research>,
    /// The current filter.
    query: Memo<ProjectQuery>,
    /// Builds the link for a filter.
    link: impl Fn(ProjectQuery) -> String + Copy + Send + Sync + 'static,
    /// The `lang` attribute of the country names, where they are not in the page's language.
    prose: Option<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let countries = map_countries(&research);
    let key = map_key(&countries);
    let land: String = map::SHAPES
        .iter()
        .filter(|shape| {
            !countries
                .iter()
                .any(|c| shape.iso == Some(c.country.iso.as_str()))
        })
        .filter_map(|shape| match shape.outline {
            Outline::Path(d) => Some(d),
            Outline::Dot { .. } => None,
        })
        .collect();
    let marks = countries
        .iter()
        .filter_map(|c| Some((c, map::shape(&c.country.iso)?)))
        .map(|(c, shape)| {
            let country = c.country.clone();
            let shade = c.shade;
            let tooltip = format!(
                "{}{}{}",
                Place::new(prose, &country.name).name,
                t.label_separator,
                t.projects_short(c.projects as u64)
            );
            let href = {
                let country = country.clone();
                move || link(query.read().with_map_country(&country))
            };
            let class = {
                let region = country.region.clone();
                move || {
                    let outside = query.read().region.as_ref().is_some_and(|r| *r != region);
                    format!(
                        "country shade-{shade}{}",
                        if outside { " outside" } else { "" }
                    )
                }
            };
            let current = move || {
                (query.read().country.as_deref() == Some(country.id.as_str())).then_some("true")
            };
            let outline = match shape.outline {
                Outline::Path(d) => view! { <path d=d fill-rule="evenodd" /> }.into_any(),
                Outline::Dot { x, y } => view! { <circle cx=x cy=y r="5" /> }.into_any(),
            };
            view! {
                <g>
                    <a href=href class=class aria-current=current tabindex="-1">
                        <title>{tooltip}</title>
                        {outline}
                    </a>
                </g>
            }
        })
        .collect_view();
    let navigate = use_navigate_to();
    // The router follows only HTML links; an SVG link would load the whole page again.
    let follow = move |ev: MouseEvent| {
        if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
            return;
        }
        let href = ev
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|element| element.closest("a").ok().flatten())
            .and_then(|anchor| anchor.get_attribute("href"));
        if let Some(href) = href {
            ev.prevent_default();
            navigate(
                &href,
                NavigateOptions {
                    scroll: false,
                    ..Default::default()
                },
            );
        }
    };
    view! {
        <figure class="world-map">
            <svg
                viewBox=format!("0 0 {} {}", map::WIDTH, map::HEIGHT)
                class="map-svg"
                aria-hidden="true"
                focusable="false"
                on:click=follow
            >
                <path class="land" d=land fill-rule="evenodd" />
                {marks}
            </svg>
            <figcaption>
                <ul class="map-key">
                    {key
                        .into_iter()
                        .map(|entry| {
                            let text = if entry.or_more {
                                t.projects_at_least(entry.projects as u64)
                            } else {
                                t.projects_short(entry.projects as u64)
                            };
                            view! {
                                <li>
                                    <span class=format!("swatch shade-{}", entry.shade) aria-hidden="true"></span>
                                    {text}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
                <p>{t.map_caption}</p>
                <p class="map-credit">{t.map_credit}</p>
            </figcaption>
        </figure>
    }
}
