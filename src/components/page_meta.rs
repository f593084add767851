//! Per-page `<title>` and meta description.

use super::context::use_i18n;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// Sets the document title ("<title> – <site name>") and the meta description.
#[component]
pub fn PageMeta(
    /// The page's own title.
    #[prop(into)]
    title: Signal<String>,
    /// One or two sentences on what the page offers.
    #[prop(into)]
    description: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let full_title = move || format!("{} – {}", title.get(), i18n.t().site_name);
    view! {
        <Title text=full_title />
        <Meta name="description" content=description />
    }
}
