//! Page links for a paged view: the dossier list and the timeline.

use crate::components::context::use_i18n;
use crate::dossiers::index::page_window;
use leptos::prelude::*;

/// Previous, next and numbered page links (the first, the last and two either side of the
/// current page); nothing when there is one page. Each is a link to its page's address.
#[component]
pub fn Pagination<H>(
    /// The page shown, from 1.
    #[prop(into)]
    page: Signal<u32>,
    /// How many pages there are.
    #[prop(into)]
    count: Signal<u32>,
    /// The address of a page.
    href: H,
) -> impl IntoView
where
    H: Fn(u32) -> String + Copy + Send + Sync + 'static,
{
    let i18n = use_i18n();
    let t = i18n.t();
    view! {
        <Show when=move || { count.get() > 1 }>
            <nav class="pagination" aria-label=t.pagination_label>
                <ul>
                    <Show when=move || { page.get() > 1 }>
                        <li><a href=move || href(page.get() - 1) rel="prev">{t.previous_page}</a></li>
                    </Show>
                    {move || {
                        page_window(page.get(), count.get())
                            .into_iter()
                            .map(|slot| match slot {
                                Some(p) => view! {
                                    <li>
                                        <a
                                            href=move || href(p)
                                            aria-current=move || (page.get() == p).then_some("page")
                                            aria-label=t.page_n(u64::from(p))
                                        >
                                            {p}
                                        </a>
                                    </li>
                                }
                                .into_any(),
                                None => view! { <li class="gap" aria-hidden="true">"…"</li> }.into_any(),
                            })
                            .collect_view()
                    }}
                    <Show when=move || { page.get() < count.get() }>
                        <li><a href=move || href(page.get() + 1) rel="next">{t.next_page}</a></li>
                    </Show>
                </ul>
            </nav>
        </Show>
    }
}
