//! Renders a view once the site's data is there, with a loading state and a helpful message
//! with a retry link when it cannot be loaded.

use super::context::{use_i18n, use_site_data, I18n, SiteData};
use crate::site::Site;
use leptos::prelude::*;
use std::sync::Arc;

/// Shows `children` with the site's data; while it loads, a polite status line; if it fails,
/// what went wrong and a link that loads the page again.
#[component]
pub fn WithSite<F, V>(
    /// Builds the view from the loaded data.
    children: F,
) -> impl IntoView
where
    F: Fn(Arc<Site>) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let render: Render = Arc::new(move |site| children(site).into_any());
    view! { <Loaded render /> }
}

/// Builds a page's view from the loaded data.
type Render = Arc<dyn Fn(Arc<Site>) -> AnyView + Send + Sync>;

/// One non-generic body for every [`WithSite`]: the suspense, error boundary and future are
/// compiled once instead of once per page, which keeps the WebAssembly small.
#[component]
fn Loaded(render: Render) -> impl IntoView {
    let data = match use_site_data() {
        SiteData::Ready(site) => return render(site),
        SiteData::Fetched(resource) => resource,
    };
    let i18n = use_i18n();
    view! {
        <Transition fallback=move || {
            view! {
                <p class="loading" role="status">
                    {move || i18n.t().loading}
                </p>
            }
        }>
            <ErrorBoundary fallback=|errors| view! { <LoadFailure errors /> }>
                {
                    let render = render.clone();
                    move || {
                        let render = render.clone();
                        Suspend::new(async move { data.await.map(|site| render(site)) })
                    }
                }
            </ErrorBoundary>
        </Transition>
    }
    .into_any()
}

/// The message shown when the data could not be loaded.
#[component]
fn LoadFailure(
    /// The errors caught by the boundary.
    errors: ArcRwSignal<Errors>,
) -> impl IntoView {
    let details = move || {
        let errors = errors.get();
        errors
            .into_iter()
            .map(|(_, e)| e.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    };
    view! { <FailureMessage details /> }
}

/// What went wrong, in the interface language, with a link that loads the page again and the
/// technical details folded away.
#[component]
fn FailureMessage(
    /// The technical details.
    #[prop(into)]
    details: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="notice notice-error" role="alert">
            <h2>{move || i18n.t().load_failed_title}</h2>
            <p>{move || i18n.t().load_failed_body}</p>
            <p>
                // rel="external" makes the router leave the click to the browser: a real reload.
                <a href=move || i18n.here() rel="external">
                    {move || i18n.t().retry}
                </a>
            </p>
            <details>
                <summary>{move || i18n.t().error_details}</summary>
                <pre lang="en">{details}</pre>
            </details>
        </div>
    }
}

/// A stand-alone notice for a prerendered page whose data could not be loaded: the page stays
/// readable, and this says why its interactive parts do not work. Mounted on its own, without
/// a router: a router here would take over every link on the static page and, with no routes
/// to complete its navigations, leave them dead. Its links are ordinary page loads.
#[component]
pub fn DataUnavailableNotice(
    /// The deployment's base path.
    base: String,
    /// The page's path, as the browser has it.
    pathname: String,
    /// The page's query string.
    search: String,
    /// The technical details.
    details: String,
) -> impl IntoView {
    I18n::provide_fixed(&base, &pathname, &search);
    view! { <FailureMessage details /> }
}
