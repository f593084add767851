//! The controls every filtered page shares: a filter value as a link that switches it on or
//! off, and one end of a year range. The dossier list and the timeline use the same ones, so
//! they look, sound to a screen reader and behave alike.

use super::context::use_i18n;
use leptos::prelude::*;

/// A filter value as a link that switches it on or off. The address carries the filter, so
/// the link works without the app; a screen reader hears whether the value is on.
#[component]
pub fn FilterLink(
    /// Where the link goes: the same page with this value switched.
    #[prop(into)]
    href: Signal<String>,
    /// Whether the value is on.
    #[prop(into)]
    selected: Signal<bool>,
    /// The value's name.
    label: &'static str,
    /// How many results the value would yield, where the page counts them.
    #[prop(optional, into)]
    count: Option<Signal<u32>>,
) -> impl IntoView {
    let t = use_i18n().t();
    let empty = move || count.is_some_and(|n| n.get() == 0) && !selected.get();
    view! {
        <li>
            <a
                href=href
                class="facet-link"
                class:selected=selected
                class:empty=empty
                aria-current=move || selected.get().then_some("true")
                data-noscroll=""
            >
                <span class="check" aria-hidden="true"></span>
                <span class="facet-label">{label}</span>
                {count.map(|n| view! { <span class="count">{n}</span> })}
                <span class="visually-hidden">
                    {move || if selected.get() { t.facet_selected } else { t.facet_not_selected }}
                </span>
            </a>
        </li>
    }
}

/// One end of a year range: "any year" or one of `years`. Choosing calls `on_choose`, which
/// puts the year into the address.
#[component]
pub fn YearSelect(
    /// The select's id, for its label.
    id: &'static str,
    /// Its label ("From", "To").
    label: &'static str,
    /// The years offered, oldest first.
    #[prop(into)]
    years: Signal<Vec<u16>>,
    /// The year chosen, if any.
    #[prop(into)]
    chosen: Signal<Option<u16>>,
    /// An option's text for a year: the year, or the year with a count.
    option_label: Callback<u16, String>,
    /// Called with the year chosen, or `None` for any year.
    on_choose: Callback<Option<u16>>,
) -> impl IntoView {
    let t = use_i18n().t();
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select id=id on:change=move |ev| on_choose.run(event_target_value(&ev).parse::<u16>().ok())>
                <option value="" prop:selected=move || chosen.get().is_none()>
                    {t.any_year}
                </option>
                <For
                    each=move || years.get()
                    key=|year| *year
                    children=move |year| {
                        view! {
                            <option value=year.to_string() prop:selected=move || chosen.get() == Some(year)>
                                {move || option_label.run(year)}
                            </option>
                        }
                    }
                />
            </select>
        </div>
    }
}
