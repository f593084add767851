//! The application: router and shell; the routes come from [`crate::routes`].

use crate::components::context::{I18n, SiteData};
use crate::components::not_found::NotFound;
use crate::components::shell::{SiteFooter, SiteHeader, SkipLink, MAIN_ID};
use crate::i18n::Lang;
use crate::pages::about::AboutPage;
use crate::pages::dossier_list::DossierListPage;
use crate::pages::dossier_page::DossierPage;
use crate::pages::international::{
    Digital4DevelopmentPage, GlobalInternetPage, InternationalPage, RegionalRelationsPage,
};
use crate::pages::mission::MissionPage;
use crate::pages::projects::ProjectsPage;
use crate::pages::themes::{ThemePage, ThemesPage};
use crate::pages::timeline::TimelinePage;
use crate::paths::{localize, with_base};
use crate::site::Site;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Html};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use std::sync::Arc;

/// The router's routes, from the route table ([`crate::routes`]), written once: a page in
/// another language is routed under its language's prefix, which is part of the router's base
/// (see [`App`]).
macro_rules! router {
    ($($path:tt => $view:ident, $pages:ident, $kind:ident, $nav:expr, $summary:expr;)*) => {
        view! {
            <Routes fallback=NotFound>
                $( <Route path=path!($path) view=$view /> )*
            </Routes>
        }
    };
}

/// The whole site.
#[component]
pub fn App(
    /// The deployment's base path: empty at a domain's root, `/connect-explorer` under a
    /// sub-path.
    #[prop(optional, into)]
    base: String,
    /// The site's data when it is already loaded (prerendering, and the browser taking over a
    /// prerendered page); without it, the app fetches the data itself.
    #[prop(optional)]
    data: Option<Arc<Site>>,
    /// The page's language. Its prefix (`/fr`) is part of the router's base, so that the routes
    /// are written once. A link to another language must leave the app for that language's
    /// page, which loads that language's file: on a French page the router ignores it (it is
    /// outside the base), but English pages' base is a prefix of every other language's, so such
    /// links carry `rel="external"`.
    #[prop(optional)]
    lang: Lang,
) -> impl IntoView {
    provide_meta_context();
    let router_base = with_base(&base, localize(lang, "/").trim_end_matches('/'));
    view! {
        <Router base=router_base>
            <Shell base data />
        </Router>
    }
}

/// Everything inside the router: language, data, header, routes and footer.
#[component]
fn Shell(base: String, data: Option<Arc<Site>>) -> impl IntoView {
    let i18n = I18n::provide(&base);
    SiteData::provide(data, base, i18n);
    view! {
        <Html {..} lang=move || i18n.lang().code() />
        <SkipLink />
        <SiteHeader />
        <main id=MAIN_ID tabindex="-1">
            {crate::with_routes!(router)}
        </main>
        <SiteFooter />
    }
}
