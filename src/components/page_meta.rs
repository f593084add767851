//! Per-page `<title>` and meta description.

use super::context::use_i18n;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// Sets the document title ("<title> – <site name>") and the meta description. Plain text,
/// not signals: a page is built anew for each language, and the prerenderer reads the title
/// after the page's own reactive values are gone.
#[component]
pub fn PageMeta(
    /// The page's own title.
    #[prop(into)]
    title: String,
    /// One or two sentences on what the page offers.
    #[prop(into)]
    description: String,
) -> impl IntoView {
    let full_title = format!("{title} – {}", use_i18n().t().site_name);
    view! {
        <Title text=full_title />
        <Meta name="description" content=description />
    }
}
