//! The application: router, shell and the route table.

use crate::components::context::{I18n, SiteData};
use crate::components::not_found::NotFound;
use crate::components::shell::{SiteFooter, SiteHeader, SkipLink, MAIN_ID};
use crate::pages::about::AboutPage;
use crate::pages::dossier_list::DossierListPage;
use crate::pages::dossier_page::DossierPage;
use crate::pages::international::{
    Digital4DevelopmentPage, GlobalInternetPage, InternationalPage, RegionalRelationsPage,
};
use crate::pages::mission::MissionPage;
use crate::pages::projects::ProjectsPage;
use crate::pages::themes::{ThemePage, ThemesPage};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Html};
use leptos_router::components::{Outlet, ParentRoute, Route, Router, Routes};
use leptos_router::{path, MatchNestedRoutes};

/// The whole site.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Router>
            <Shell />
        </Router>
    }
}

/// Everything inside the router: language, data, header, routes and footer.
#[component]
fn Shell() -> impl IntoView {
    let i18n = I18n::provide();
    SiteData::provide();
    view! {
        <Html {..} lang=move || i18n.lang().code() />
        <SkipLink />
        <SiteHeader />
        <main id=MAIN_ID tabindex="-1">
            <Routes fallback=NotFound>
                <ParentRoute path=path!("") view=Outlet>
                    <PageRoutes />
                </ParentRoute>
            </Routes>
        </main>
        <SiteFooter />
    }
}

/// The pages, relative to a language prefix.
#[component(transparent)]
fn PageRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/") view=MissionPage />
        <Route path=path!("/themes") view=ThemesPage />
        <Route path=path!("/themes/:slug") view=ThemePage />
        <Route path=path!("/international") view=InternationalPage />
        <Route path=path!("/international/global-internet") view=GlobalInternetPage />
        <Route path=path!("/international/regional-relations") view=RegionalRelationsPage />
        <Route path=path!("/international/digital4development") view=Digital4DevelopmentPage />
        <Route path=path!("/international/projects") view=ProjectsPage />
        <Route path=path!("/dossiers") view=DossierListPage />
        <Route path=path!("/dossiers/:id") view=DossierPage />
        <Route path=path!("/about") view=AboutPage />
    }
    .into_inner()
}
