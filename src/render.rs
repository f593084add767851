//! Rendering a page of the app to HTML on the build machine (the `ssr` feature): the
//! prerenderer writes every page with it, and the native tests render every page with it.

use crate::data::date::Date;
use crate::paths::{split_lang, with_base};
use crate::site::Site;
use crate::static_site::document::{PageParts, Template};
use crate::App;
use futures::StreamExt;
use leptos::prelude::*;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;
use std::sync::Arc;

/// The app's body at `path` (language prefix included, base not) under `base`, and what it
/// asked leptos_meta to put in the head.
fn render_body(
    site: Arc<Site>,
    base: &str,
    path: &str,
) -> (String, leptos_meta::ServerMetaContextOutput) {
    let (meta, meta_output) = ServerMetaContext::new();
    provide_context(meta);
    provide_context(RequestUrl::new(&with_base(base, path)));
    let lang = split_lang(path).0;
    let base = base.to_owned();
    // `<!>` marks a place for the app's views; HTML parses it as a bogus comment, which
    // validators report. `<!---->` builds the same empty comment node.
    let body = view! { <App base data=site lang /> }
        .to_html()
        .replace("<!>", "<!---->");
    (body, meta_output)
}

/// The app's body at `path`, on its own: what the native tests look at.
pub fn render_app(site: Arc<Site>, base: &str, path: &str) -> String {
    Owner::new().with(|| render_body(site, base, path).0)
}

/// A whole document: the app at `path` in the template, with the page's title, description
/// and `<html lang>` from leptos_meta.
pub fn render_page(template: &Template, parts: PageParts, site: Arc<Site>, path: &str) -> String {
    Owner::new().with(|| {
        let (body, meta_output) = render_body(site, parts.base, path);
        let document = template.render(&PageParts {
            body: &body,
            ..parts
        });
        futures::executor::block_on(async move {
            let stream = futures::stream::iter([document]);
            meta_output
                .inject_meta_context(stream)
                .await
                .collect::<String>()
                .await
        })
    })
}

/// The first of `later` (the site as it reads on each day its data may change, in order) on
/// which the page at `path` renders otherwise than it does in `site`: the day until which the
/// prerendered page shows the truth. `None` if it reads the same on all of them.
pub fn holds_until(
    site: Arc<Site>,
    later: &[(Date, Arc<Site>)],
    base: &str,
    path: &str,
) -> Option<Date> {
    let now = render_app(site, base, path);
    later
        .iter()
        .find(|(_, then)| render_app(then.clone(), base, path) != now)
        .map(|(day, _)| *day)
}
