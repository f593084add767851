//! What a record must satisfy beyond its format: texts fit to show, dates in order and within
//! the years the site handles, steps that fit the record, evidence for every fact from pages
//! the site may cite, relations that both acts' records agree on, unique ids.

use super::record::{Dossier, DossierFile, Relation, DOSSIERS_FILE};
use super::vocabulary::{Fact, Field, StepKind};
use crate::data::date::YEARS;
use crate::data::validation::{parse_json, Checker, ValidationErrors};
use crate::dossiers::reference::{Act, Procedure};
use crate::i18n::Lang;
use crate::text::{is_control, is_invisible};
use std::collections::HashMap;

/// The longest id a record may have: the id names the folder of its page, and file systems
/// refuse names past 255 bytes.
const MAX_ID_BYTES: usize = 100;

/// Whether a web page is an institution's: the EU's own sites (EUR-Lex, the Official
/// Journal, the Parliament, the Council, the Commission and its DGs, the agencies) are all
/// under `europa.eu`.
pub fn is_institutional(host: &str) -> bool {
    host == "europa.eu" || host.ends_with(".europa.eu")
}

/// The host of an `https://` address, if it is one the site may link to: `https`, a host of
/// letters, digits, dots and hyphens, and nothing invisible, no control character and no
/// space anywhere.
pub fn https_host(url: &str) -> Option<&str> {
    let rest = url.strip_prefix("https://")?;
    let host = &rest[..rest.find(['/', '?', '#']).unwrap_or(rest.len())];
    let fit_host = !host.is_empty()
        && host
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-');
    let fit_text = !url
        .chars()
        .any(|c| c.is_whitespace() || is_control(c) || is_invisible(c));
    (fit_host && fit_text).then_some(host)
}

impl DossierFile {
    /// Parses and validates `dossiers.json`; `source_ids` are the sources a record may cite.
    pub fn from_json(text: &str, source_ids: &[&str]) -> Result<DossierFile, ValidationErrors> {
        let file: DossierFile = parse_json(DOSSIERS_FILE, text)?;
        file.validate(source_ids)?;
        Ok(file)
    }

    /// Checks what serde cannot: texts, dates in order, steps that fit the record, evidence
    /// for every fact, relations both ends agree on, unique ids, and sources that exist.
    pub fn validate(&self, source_ids: &[&str]) -> Result<(), ValidationErrors> {
        let mut check = Checker::new(DOSSIERS_FILE);
        let list = &self.source_list;
        check.cites("source_list", "source", &list.source, source_ids);
        let ids: Vec<String> = self.dossiers.iter().map(Dossier::id).collect();
        let records: Vec<String> = ids
            .iter()
            .enumerate()
            .map(|(i, id)| format!("dossiers[{i}] ({id})"))
            .collect();
        for (dossier, record) in self.dossiers.iter().zip(&records) {
            validate_dossier(&mut check, record, dossier, source_ids, &list.source);
        }
        if let Some(newest) = self.dossiers.iter().map(|d| d.checked).max() {
            if newest != self.checked {
                check.fail(
                    "file",
                    "checked",
                    format!(
                        "is {}, but the newest record was checked on {newest}",
                        self.checked
                    ),
                );
            }
        }
        validate_relations(&mut check, &self.dossiers, &records);
        check.unique(ids.iter().map(String::as_str), "id", |i, k| {
            format!("dossiers[{i}] ({k})")
        });
        check.finish()
    }
}

fn validate_dossier(
    check: &mut Checker,
    record: &str,
    dossier: &Dossier,
    source_ids: &[&str],
    list_source: &str,
) {
    check.text(record, "title", &dossier.title);
    if let Some(name) = &dossier.short_name {
        check.text(record, "short_name", name);
    }
    validate_names(check, record, dossier);
    let id = dossier.id();
    if id.is_empty() {
        check.fail(
            record,
            "title",
            "gives no letters or digits for an id, and there is no reference",
        );
    } else if id.len() > MAX_ID_BYTES {
        check.fail(
            record,
            "title",
            format!(
                "makes an id of {} bytes, more than {MAX_ID_BYTES} (it names a folder of the site)",
                id.len()
            ),
        );
    }
    if let Some(procedure) = &dossier.procedure {
        if Procedure::parse(procedure).is_none_or(|p| p.to_string() != *procedure) {
            check.fail(
                record,
                "procedure",
                format!("`{procedure}` is not written like 2021/0293(COD)"),
            );
        }
    }
    if let Some(act) = &dossier.act {
        if act.year_number().is_none() {
            check.fail(
                record,
                "act.number",
                format!("`{}` is not written like 2022/2481", act.number),
            );
        }
    }
    check.texts(record, "committees", &dossier.committees);
    check.texts(record, "rapporteurs", &dossier.rapporteurs);
    check.texts(record, "notes", &dossier.notes);
    check_year(check, record, "checked", dossier.checked.year);
    validate_steps(check, record, dossier);
    for (i, relation) in dossier.relations.iter().enumerate() {
        let field = format!("relations[{i}]");
        validate_relation(check, record, &field, dossier, relation);
        let twice = dossier.relations[..i]
            .iter()
            .any(|r| r.kind == relation.kind && r.act == relation.act);
        if twice {
            check.fail(record, &field, "the same relation is listed twice");
        }
    }
    validate_evidence(check, record, dossier, source_ids, list_source);
}

/// Official names: one per language the site has other than English (whose name is
/// `short_name`), only for an adopted act, each cited from an institution's https page.
fn validate_names(check: &mut Checker, record: &str, dossier: &Dossier) {
    for (i, official) in dossier.names.iter().enumerate() {
        let field = format!("names[{i}]");
        match Lang::from_code(&official.lang).filter(|l| l.code() == official.lang) {
            Some(Lang::En) | None => check.fail(
                record,
                &format!("{field}.lang"),
                format!(
                    "`{}` is not one of the site's languages other than English",
                    official.lang
                ),
            ),
            Some(_) => {}
        }
        if dossier.names[..i].iter().any(|n| n.lang == official.lang) {
            check.fail(
                record,
                &format!("{field}.lang"),
                format!("a second name in `{}`", official.lang),
            );
        }
        check.text(record, &format!("{field}.name"), &official.name);
        if !https_host(&official.url).is_some_and(is_institutional) {
            check.fail(
                record,
                &format!("{field}.url"),
                format!(
                    "`{}` is not an https page of an institution (EUR-Lex)",
                    official.url
                ),
            );
        }
    }
    if !dossier.names.is_empty() && dossier.act.is_none() {
        check.fail(record, "names", "only an adopted act has official names");
    }
}

fn check_year(check: &mut Checker, record: &str, field: &str, year: u16) {
    if !YEARS.contains(&year) {
        check.fail(
            record,
            field,
            format!(
                "the year {year} is outside {}–{}",
                YEARS.start(),
                YEARS.end()
            ),
        );
    }
}

fn validate_steps(check: &mut Checker, record: &str, dossier: &Dossier) {
    check.non_empty(record, "steps", &dossier.steps);
    for (i, step) in dossier.steps.iter().enumerate() {
        let field = format!("steps[{i}]");
        if let Some(detail) = &step.detail {
            check.text(record, &format!("{field}.detail"), detail);
        }
        check_year(check, record, &format!("{field}.date"), step.date.year);
        if !step.kind.repeatable() && dossier.steps[..i].iter().any(|s| s.kind == step.kind) {
            check.fail(
                record,
                &format!("{field}.kind"),
                format!("a second `{}` step", step.kind.key()),
            );
        }
        if i > 0 && step.date < dossier.steps[i - 1].date {
            check.fail(
                record,
                &format!("{field}.date"),
                "steps must be in date order, oldest first",
            );
        }
    }
    if dossier.step(StepKind::Adopted).is_some() != dossier.act.is_some() {
        check.fail(record, "act", "an `adopted` step and an `act` go together");
    }
    if dossier.step(StepKind::Withdrawn).is_some() && dossier.act.is_some() {
        check.fail(record, "steps", "a withdrawn proposal has no adopted act");
    }
    if let Some(end) = dossier.step(StepKind::EndOfValidity) {
        if dossier.act.is_none() {
            check.fail(
                record,
                "steps",
                "only an adopted act has an end of validity",
            );
        }
        for kind in [StepKind::Adopted, StepKind::InForce] {
            if dossier.step(kind).is_some_and(|s| s.date >= end.date) {
                check.fail(
                    record,
                    "steps",
                    format!(
                        "the end of validity must come after the `{}` step",
                        kind.key()
                    ),
                );
            }
        }
    }
}

/// A relation names another act by its CELEX number; a full repeal ends the act's validity the
/// day before it takes effect.
fn validate_relation(
    check: &mut Checker,
    record: &str,
    field: &str,
    dossier: &Dossier,
    relation: &Relation,
) {
    if dossier.act.is_none() {
        check.fail(
            record,
            field,
            "only an adopted act has relations to other acts",
        );
    }
    if Act::from_celex(&relation.act).is_none() {
        check.fail(
            record,
            &format!("{field}.act"),
            format!(
                "`{}` is not the CELEX number of an act, like 32022L2555",
                relation.act
            ),
        );
    }
    if dossier.act_celex().as_deref() == Some(relation.act.as_str()) {
        check.fail(
            record,
            &format!("{field}.act"),
            "names the record's own act",
        );
    }
    if let Some(detail) = &relation.detail {
        check.text(record, &format!("{field}.detail"), detail);
    }
    if let Some(date) = relation.date {
        check_year(check, record, &format!("{field}.date"), date.year);
    }
    if relation.kind.ends_the_act() && !relation.partly {
        match dossier.step(StepKind::EndOfValidity) {
            None => check.fail(
                record,
                field,
                "an act repealed or replaced in full has an `end-of-validity` step",
            ),
            Some(end) => {
                if relation
                    .date
                    .is_some_and(|d| d.unix_days() != end.date.unix_days() + 1)
                {
                    check.fail(
                        record,
                        &format!("{field}.date"),
                        format!(
                            "a repeal or replacement takes effect the day after the end of validity ({})",
                            end.date
                        ),
                    );
                }
            }
        }
    }
}

/// Where both acts of a relation are in the data, each record states it, from its side, with
/// the same date and extent.
fn validate_relations(check: &mut Checker, dossiers: &[Dossier], records: &[String]) {
    let by_celex: HashMap<String, usize> = dossiers
        .iter()
        .enumerate()
        .filter_map(|(i, d)| Some((d.act_celex()?, i)))
        .collect();
    for (i, dossier) in dossiers.iter().enumerate() {
        let Some(own) = dossier.act_celex() else {
            continue;
        };
        for (k, relation) in dossier.relations.iter().enumerate() {
            let Some(&other) = by_celex.get(&relation.act) else {
                continue;
            };
            let agrees = dossiers[other].relations.iter().any(|r| {
                r.kind == relation.kind.inverse()
                    && r.act == own
                    && r.date == relation.date
                    && r.partly == relation.partly
            });
            if !agrees {
                check.fail(
                    &records[i],
                    &format!("relations[{k}]"),
                    format!(
                        "{} ({}) must state `{}` {own} with the same date and extent",
                        records[other],
                        relation.act,
                        relation.kind.inverse().key()
                    ),
                );
            }
        }
    }
}

/// Every piece of evidence names one source or one page and confirms something; a page is
/// an `https` address, of an institution unless marked secondary; every fact the record
/// states is confirmed by some evidence; and a record is in the source's lists exactly when
/// that source confirms it.
fn validate_evidence(
    check: &mut Checker,
    record: &str,
    dossier: &Dossier,
    source_ids: &[&str],
    list_source: &str,
) {
    check.non_empty(record, "evidence", &dossier.evidence);
    for (i, evidence) in dossier.evidence.iter().enumerate() {
        let field = format!("evidence[{i}]");
        match (&evidence.source, &evidence.url) {
            (Some(source), None) => {
                check.cites(record, &format!("{field}.source"), source, source_ids);
                if evidence.secondary {
                    check.fail(
                        record,
                        &format!("{field}.secondary"),
                        "only a page can be a secondary source",
                    );
                }
            }
            (None, Some(url)) => match https_host(url) {
                None => check.fail(
                    record,
                    &format!("{field}.url"),
                    format!("`{url}` is not an https address of a host"),
                ),
                Some(host) if !is_institutional(host) && !evidence.secondary => check.fail(
                    record,
                    &format!("{field}.url"),
                    format!(
                        "{host} is not an institution's site: cite one where it states the \
                         fact, or mark this page `secondary`"
                    ),
                ),
                Some(host) if is_institutional(host) && evidence.secondary => check.fail(
                    record,
                    &format!("{field}.secondary"),
                    format!("{host} is an institution's site, not a secondary source"),
                ),
                Some(_) => {}
            },
            _ => check.fail(
                record,
                &field,
                "names either a `source` or a `url`, not both or neither",
            ),
        }
        check.non_empty(record, &format!("{field}.confirms"), &evidence.confirms);
    }
    for (field, fact) in dossier.stated_facts() {
        let confirmed = dossier.evidence.iter().any(|e| e.confirms.contains(&fact));
        if !confirmed {
            check.fail(
                record,
                &field,
                format!("no evidence confirms the {}", describe(fact)),
            );
        }
    }
    let listed = Fact::Field(Field::Listed);
    let listed_by_source = dossier
        .evidence
        .iter()
        .any(|e| e.source.as_deref() == Some(list_source) && e.confirms.contains(&listed));
    if dossier.listed.is_some() != listed_by_source {
        check.fail(
            record,
            "listed",
            format!(
                "a record is in the source's lists exactly when source `{list_source}` confirms it"
            ),
        );
    }
}

/// A fact as a validation message names it.
fn describe(fact: Fact) -> String {
    match fact {
        Fact::Field(field) => format!("`{}`", field.key()),
        Fact::Step(kind) => format!("`{}` step", kind.key()),
        Fact::Relation(kind) => format!("`{}` relation", kind.key()),
    }
}
