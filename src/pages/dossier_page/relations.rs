//! The dossier page's relations to other acts: what repealed, amended or replaced it, and
//! what it repealed, amended or replaced. An act the site holds links to its page; any other,
//! to EUR-Lex in the page's language.

use crate::addresses;
use crate::components::context::use_i18n;
use crate::dossiers::model::Dossier;
use crate::dossiers::reference::{eur_lex_url, Act};
use crate::site::Site;
use leptos::prelude::*;
use std::sync::Arc;

/// The record's relations, or nothing when it has none.
#[component]
pub(super) fn Relations(site: Arc<Site>, dossier: Dossier) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let language = i18n.lang().code();
    (!dossier.relations.is_empty()).then(|| {
        let items = dossier
            .relations
            .iter()
            .map(|relation| {
                let cited = Act::from_celex(&relation.act)
                    .map_or_else(|| relation.act.clone(), |act| t.act_citation(&act));
                let held = site.dossiers.find_act(&relation.act);
                let link = match held {
                    Some(position) => {
                        let id = site.dossiers.id(position);
                        let (name, lang) = site
                            .dossiers
                            .get(position)
                            .map(|d| d.display_name_in(id, i18n.lang().code()))
                            .unwrap_or_default();
                        let href = i18n.href(&addresses::dossier(id));
                        view! {
                            <a href=href>{cited}</a>
                            " (" <span lang=lang>{name}</span> ")"
                        }
                        .into_any()
                    }
                    None => {
                        let href = eur_lex_url(&relation.act, language);
                        view! { <a href=href rel="external">{cited}</a> }.into_any()
                    }
                };
                let partly = relation.partly.then(|| format!(", {}", t.relation_partly));
                let from = relation
                    .date
                    .map(|date| format!(", {}", t.relation_from(date)));
                let detail = relation.detail.as_deref().map(|detail| {
                    let (text, translated) = t.record_text(detail);
                    let lang = (!translated).then_some("en");
                    view! { " " <span class="step-detail" lang=lang>{format!("({text})")}</span> }
                });
                view! {
                    // A label, then the act: languages that inflect cannot put the act's name
                    // (given in its base form) straight after "Repealed by".
                    <li data-relation=relation.kind.key()>
                        {t.relation_name(relation.kind)}
                        {t.label_separator}
                        {link}
                        {partly}
                        {from}
                        {detail}
                    </li>
                }
            })
            .collect_view();
        view! {
            <section aria-labelledby="dossier-relations" data-testid="relations">
                <h2 id="dossier-relations">{t.relations_heading}</h2>
                <ul class="relations">{items}</ul>
            </section>
        }
    })
}
