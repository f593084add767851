//! `/international` and three of its sub-pages: the global Internet, regional and bilateral
//! relations, and Digital4Development.

use crate::addresses::INTERNATIONAL;
use crate::components::context::use_i18n;
use crate::components::loaded::WithSite;
use crate::components::page_meta::PageMeta;
use crate::components::source_note::{cited_once, SourceNote};
use crate::data::content::Area;
use crate::i18n::Lang;
use crate::routes::ROUTES;
use crate::site::Site;
use leptos::prelude::*;
use std::sync::Arc;

/// Breadcrumb back to the international overview.
#[component]
pub fn InternationalCrumb() -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    view! {
        <p class="breadcrumb">
            <a href=i18n.href(INTERNATIONAL)>{t.nav_international}</a>
        </p>
    }
}

/// The overview: what the Commission does internationally, and the four sub-pages.
#[component]
pub fn InternationalPage() -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    view! {
        <PageMeta
            title=t.international_title.to_owned()
            description=t.international_description.to_owned()
        />
        <h1>{t.international_title}</h1>
        <WithSite let:site>
            <InternationalOverview site />
        </WithSite>
    }
}

#[component]
fn InternationalOverview(site: Arc<Site>) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let int = &site.content.international;
    let prose = site.prose_lang(i18n.lang());
    let (overview, overview_lang) = overview_text(&site, i18n.lang());
    view! {
        <p class="lead" lang=overview_lang>{overview}</p>
        <p lang=prose>{int.regional_relations.intro.clone()}</p>
        <ul class="cards">
            {ROUTES
                .iter()
                .filter_map(|route| Some((route.path, route.summary?)))
                .map(|(path, (title, summary))| {
                    view! {
                        <li class="card">
                            <h2>
                                <a href=i18n.href(path)>{title(i18n.t())}</a>
                            </h2>
                            <p>{summary(i18n.t())}</p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <section aria-labelledby="foreign-policy" class="callout">
            <h2 id="foreign-policy">{t.foreign_policy_heading}</h2>
            <p lang=prose>{int.foreign_policy.text.clone()}</p>
        </section>
        <SourceNote site=site.clone() id=int.overview.source.clone() />
        <SourceNote site=site.clone() id=int.regional_relations.source.clone() />
    }
}

/// `/international/global-internet`.
#[component]
pub fn GlobalInternetPage() -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    view! {
        <PageMeta
            title=t.global_internet_title.to_owned()
            description=t.global_internet_summary.to_owned()
        />
        <InternationalCrumb />
        <h1>{t.global_internet_title}</h1>
        <WithSite let:site>
            <GlobalInternet site />
        </WithSite>
    }
}

#[component]
fn GlobalInternet(site: Arc<Site>) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let int = &site.content.international;
    let gi = int.global_internet.clone();
    let prose = site.prose_lang(i18n.lang());
    let (overview, overview_lang) = overview_text(&site, i18n.lang());
    // On Hungarian pages the lead is the source's own Hungarian, from another page: cite it too.
    let hungarian_lead = (i18n.lang() == Lang::Hu).then(|| {
        let id = int.hungarian_global_internet.source.clone();
        view! { <SourceNote site=site.clone() id original=true /> }
    });
    view! {
        <p class="lead" lang=overview_lang>{overview}</p>
        <p lang=prose>{gi.intro}</p>
        <h2>{t.gi_vision_heading}</h2>
        {gi.vision.into_iter().map(|p| view! { <p lang=prose>{p}</p> }).collect_view()}
        <h2>{t.gi_goals_heading}</h2>
        <ul lang=prose>{gi.goals.into_iter().map(|g| view! { <li>{g}</li> }).collect_view()}</ul>
        <h2>{t.gi_observatory_heading}</h2>
        <p lang=prose>{gi.observatory}</p>
        <h2>{t.gi_fora_heading}</h2>
        <p lang=prose>{gi.fora}</p>
        {hungarian_lead}
        <SourceNote site=site.clone() id=gi.source />
    }
}

/// `/international/regional-relations`, with the geographical areas and the Hungarian items.
#[component]
pub fn RegionalRelationsPage() -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    view! {
        <PageMeta
            title=t.regional_title.to_owned()
            description=t.regional_summary.to_owned()
        />
        <InternationalCrumb />
        <h1>{t.regional_title}</h1>
        <WithSite let:site>
            <RegionalRelations site />
        </WithSite>
    }
}

#[component]
fn RegionalRelations(site: Arc<Site>) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let lang = i18n.lang();
    let prose = site.prose_lang(lang);
    // Beside the source's Hungarian, the other version: this site's translation, or on
    // Hungarian pages the English.
    let other_lang = if lang == Lang::Hu { Some("en") } else { prose };
    let int = site.content.international.clone();
    let rr = int.regional_relations;
    let news = int.hungarian_news;
    let gi_hu = int.hungarian_global_internet;
    let news_date = news.date;
    let (gi_title, gi_title_lang) = match (lang, site.content.source(&int.overview.source)) {
        (Lang::Hu, Some(source)) => (source.title.clone(), Some("en")),
        _ => (t.global_internet_title.to_owned(), None),
    };
    view! {
        <p class="lead" lang=prose>{rr.intro}</p>
        <h2>{t.regional_fair_rules_heading}</h2>
        {rr.fair_rules.into_iter().map(|p| view! { <p lang=prose>{p}</p> }).collect_view()}
        <h2>{t.regional_goals_heading}</h2>
        <p>{t.regional_goals_intro}</p>
        <ul lang=prose>{rr.policy_goals.into_iter().map(|g| view! { <li>{g}</li> }).collect_view()}</ul>
        <h2>{t.regional_areas_heading}</h2>
        <p>{t.regional_areas_intro}</p>
        <ul class="cards">
            {int
                .areas
                .iter()
                .map(|area| {
                    let (name, name_lang, text, text_lang) = area_in(area, lang, prose);
                    view! {
                        <li class="card">
                            <h3 lang=name_lang>{name}</h3>
                            <p lang=text_lang>{text}</p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <p lang=prose>{rr.implementation}</p>
        {cited_once(std::iter::once(rr.source.as_str()).chain(int.areas.iter().map(|a| a.source.as_str())))
            .into_iter()
            .map(|id| view! { <SourceNote site=site.clone() id /> })
            .collect_view()}

        <section aria-labelledby="hungarian-items" class="bilingual">
            <h2 id="hungarian-items">{t.hungarian_heading}</h2>
            <p>{t.hungarian_intro}</p>
            <article class="pair">
                <div class="original" lang="hu">
                    <p class="label" lang=lang.code()>{t.hungarian_original_label}</p>
                    <h3>{news.title}</h3>
                    <p>{news.text}</p>
                </div>
                <div class="translation">
                    <p class="label">{t.english_version_label}</p>
                    <h3 lang=other_lang>{news.english_title}</h3>
                    <p class="meta">{t.date(news_date)}</p>
                    <p lang=other_lang>{news.english_summary}</p>
                </div>
            </article>
            <h3>{t.hungarian_related_heading}</h3>
            {int
                .areas
                .iter()
                .filter_map(|area| area.hungarian.clone().map(|hu| (area.clone(), hu)))
                .map(|(area, hu)| {
                    // On Hungarian pages the English column keeps the source's English, but a
                    // name the source gives no Hungarian for is this site's translation.
                    let name_lang = if hu.title.is_none() { prose } else { other_lang };
                    view! {
                        <article class="pair">
                            <div class="original" lang="hu">
                                <p class="label" lang=lang.code()>{t.hungarian_original_label}</p>
                                {hu.title.map(|title| view! { <h4>{title}</h4> })}
                                <p>{hu.text}</p>
                            </div>
                            <div class="translation">
                                <h4 lang=name_lang>{area.name}</h4>
                                <p lang=other_lang>{area.text}</p>
                            </div>
                        </article>
                    }
                })
                .collect_view()}
            <article class="pair">
                <div class="original" lang="hu">
                    <p class="label" lang=lang.code()>{t.hungarian_original_label}</p>
                    <h4>{gi_hu.title}</h4>
                    <p>{gi_hu.text}</p>
                </div>
                <div class="translation">
                    <h4 lang=gi_title_lang>{gi_title}</h4>
                    <p lang=other_lang>{int.overview.text.clone()}</p>
                </div>
            </article>
            <SourceNote site=site.clone() id=news.source />
        </section>
    }
}

/// An area's name and text with their `lang` attributes: on Hungarian pages the source's own
/// Hungarian where it gives one, elsewhere the content's, in `prose`'s language.
fn area_in(
    area: &Area,
    lang: Lang,
    prose: Option<&'static str>,
) -> (String, Option<&'static str>, String, Option<&'static str>) {
    let hungarian = area.hungarian.as_ref().filter(|_| lang == Lang::Hu);
    // Where the source gives no Hungarian title, the name is this site's translation.
    let name = match hungarian.and_then(|hu| hu.title.clone()) {
        Some(title) => (title, None),
        None => (area.name.clone(), prose),
    };
    let text = match hungarian {
        Some(hu) => (hu.text.clone(), None),
        None => (area.text.clone(), prose),
    };
    (name.0, name.1, text.0, text.1)
}

/// The overview sentence of the international pages: on Hungarian pages the source's own
/// Hungarian (its teaser for the global Internet page), elsewhere the content's.
fn overview_text(site: &Site, lang: Lang) -> (String, Option<&'static str>) {
    let int = &site.content.international;
    if lang == Lang::Hu {
        (int.hungarian_global_internet.text.clone(), None)
    } else {
        (int.overview.text.clone(), site.prose_lang(lang))
    }
}

/// `/international/digital4development`.
#[component]
pub fn Digital4DevelopmentPage() -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    view! {
        <PageMeta
            title=t.d4d_title.to_owned()
            description=t.d4d_summary.to_owned()
        />
        <InternationalCrumb />
        <h1>{t.d4d_title}</h1>
        <WithSite let:site>
            <Digital4Development site />
        </WithSite>
    }
}

#[component]
fn Digital4Development(site: Arc<Site>) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let d4d = site.content.international.digital4development.clone();
    let prose = site.prose_lang(i18n.lang());
    view! {
        <p class="lead" lang=prose>{d4d.approach}</p>
        <h2>{t.d4d_africa_heading}</h2>
        <p lang=prose>{d4d.africa}</p>
        <h2>{t.d4d_council_heading}</h2>
        <blockquote lang=prose>
            <p>{d4d.council_2016}</p>
        </blockquote>
        <h2>{t.d4d_swd_heading}</h2>
        <p lang=prose>{d4d.swd_2017}</p>
        <ol lang=prose>{d4d.priorities.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ol>
        <h2>{t.d4d_follow_heading}</h2>
        <p lang=prose>{d4d.follow}</p>
        <SourceNote site=site.clone() id=d4d.source />
    }
}
