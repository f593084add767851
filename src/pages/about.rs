//! `/about`: what this site is, that it is unofficial, where its data comes from, and its
//! accessibility statement.

use crate::components::context::use_i18n;
use crate::components::loaded::WithSite;
use crate::components::page_meta::PageMeta;
use crate::i18n::RecordCounts;
use leptos::prelude::*;

/// The about page.
#[component]
pub fn AboutPage() -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    view! {
        <PageMeta
            title=t.about_title.to_owned()
            description=t.about_description.to_owned()
        />
        <h1>{t.about_title}</h1>
        <section aria-labelledby="what">
            <h2 id="what">{t.about_what_heading}</h2>
            <p>{t.about_what}</p>
        </section>
        <section aria-labelledby="disclaimer">
            <h2 id="disclaimer">{t.about_disclaimer_heading}</h2>
            <p>{t.about_disclaimer}</p>
        </section>
        <section aria-labelledby="sources">
            <h2 id="sources">{t.about_sources_heading}</h2>
            <p>{t.about_sources_intro}</p>
            <WithSite let:site>
                <ul class="sources">
                    {site
                        .content
                        .sources
                        .iter()
                        .map(|source| {
                            let prose = site.prose_lang(i18n.lang());
                            let title_lang = site.source_title_lang(source, i18n.lang());
                            view! {
                                <li id=format!("source-{}", source.id) class="card">
                                    <h3 lang=title_lang>{source.title.clone()}</h3>
                                    <dl>
                                        <dt>{t.source_publisher}</dt>
                                        <dd lang=prose>{source.publisher.clone()}</dd>
                                        <dt>{t.source_covers}</dt>
                                        <dd lang=prose>{source.covers.clone()}</dd>
                                        <dt>{t.source_as_of}</dt>
                                        <dd lang=prose>{source.as_of.clone()}</dd>
                                    </dl>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
                <p data-testid="about-coverage">{t.about_coverage(site.checked)}</p>
                {
                    let origins = site.dossiers.record_origins();
                    view! {
                        <p data-testid="about-records">
                            {t.about_records(
                                RecordCounts {
                                    all: site.dossiers.len() as u64,
                                    listed: site.dossiers.listed_count() as u64,
                                    listed_citing: origins.listed_with_pages as u64,
                                    others_citing: origins.pages as u64,
                                    facts_only: origins.facts_only as u64,
                                },
                                site.checked,
                            )}
                        </p>
                    }
                }
                <p>{t.about_status_rule(site.today, site.source_list.newest_item)}</p>
            </WithSite>
        </section>
        <section aria-labelledby="accessibility">
            <h2 id="accessibility">{t.a11y_heading}</h2>
            <p>{t.a11y_standard}</p>
            <h3>{t.a11y_testing_heading}</h3>
            <p>{t.a11y_testing}</p>
            <h3>{t.a11y_limitations_heading}</h3>
            <ul>
                {t.a11y_limitations.iter().map(|item| view! { <li>{*item}</li> }).collect_view()}
            </ul>
        </section>
    }
}
