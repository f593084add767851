//! The data file's format: `dossiers.json` as serde reads it. What follows from a record is in
//! `derived.rs`; what a record must satisfy, in `validate.rs`.

use super::vocabulary::{DocType, Fact, List, RelationKind, StepKind};
use crate::data::date::Date;
use crate::dossiers::reference::{Act, DocRef};
use serde::{Deserialize, Serialize};

/// Where `dossiers.json` is served from, relative to the site's base URL.
pub const DOSSIERS_FILE: &str = "data/dossiers.json";

/// Everything in `dossiers.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DossierFile {
    /// The day the records were last checked against the sources they cite: the newest of
    /// the records' own days.
    pub checked: Date,
    /// The source's lists of the DG's files, from which the seed rows come.
    pub source_list: SourceList,
    /// The records.
    pub dossiers: Vec<Dossier>,
}

/// A source's lists of the DG's legislative files: its own counts, and the rows it shows,
/// which are the records that name it in `listed`. The lists are undated; the newest item
/// they show dates them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceList {
    /// Source id.
    pub source: String,
    /// The date of the newest item the lists show.
    pub newest_item: Date,
    /// Proposals in negotiation.
    pub negotiation: u32,
    /// Acts being implemented.
    pub implementation: u32,
    /// Acts in force; the source says "at least".
    pub in_force_at_least: u32,
}

/// One dated step in a dossier's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// What happened.
    pub kind: StepKind,
    /// When.
    pub date: Date,
    /// Extra detail, in English: the Official Journal issue, which provisions apply, …
    #[serde(default, skip_serializing_if = "crate::data::wire::omit_none")]
    pub detail: Option<String>,
}

/// An act's official short title in one language, as its official title on EUR-Lex gives it
/// in its final parentheses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfficialName {
    /// The language's code (`fr`).
    pub lang: String,
    /// The short title, as written there.
    pub name: String,
    /// The act's page in that language on EUR-Lex, which shows the title.
    pub url: String,
}

/// How the record's act bears on another act, or the other on it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Relation {
    /// Repealed by, amends, …
    pub kind: RelationKind,
    /// The other act's CELEX number (`32022L2555`).
    pub act: String,
    /// The day the relation takes effect, where a source gives it: a repeal "with effect
    /// from".
    #[serde(default, skip_serializing_if = "crate::data::wire::omit_none")]
    pub date: Option<Date>,
    /// Only some provisions are repealed, amended or replaced.
    #[serde(default, skip_serializing_if = "crate::data::wire::omit_false")]
    pub partly: bool,
    /// Which provisions, in English.
    #[serde(default, skip_serializing_if = "crate::data::wire::omit_none")]
    pub detail: Option<String>,
}

/// Where facts of a record come from: one of the site's sources (a seed page, the verified
/// facts file) or a public page, and which facts it confirms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// A source id from `content.json`.
    #[serde(default, skip_serializing_if = "crate::data::wire::omit_none")]
    pub source: Option<String>,
    /// Or the address of a public page.
    #[serde(default, skip_serializing_if = "crate::data::wire::omit_none")]
    pub url: Option<String>,
    /// The page is not an institution's (EUR-Lex, the Official Journal, the Parliament, the
    /// Commission): cited only where no institutional page states the fact, and shown as a
    /// secondary source.
    #[serde(default, skip_serializing_if = "crate::data::wire::omit_false")]
    pub secondary: bool,
    /// What it confirms.
    pub confirms: Vec<Fact>,
}

/// A legislative file, as the data file records it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dossier {
    /// Title as the source gives it (possibly cut off with "...", or just ".").
    pub title: String,
    /// Common name, where there is one ("Digital Services Act").
    #[serde(default, skip_serializing_if = "crate::data::wire::omit_none")]
    pub short_name: Option<String>,
    /// The act's official short title in other languages, from its title on EUR-Lex in each
    /// ("règlement sur les services numériques"); each names the page it comes from.
    #[serde(default, skip_serializing_if = "crate::data::wire::omit_empty")]
    pub names: Vec<OfficialName>,
    /// Type of document, where the source gives one: for a proposal, the form of the act
    /// proposed.
    #[serde(
        default,
        rename = "type",
        skip_serializing_if = "crate::data::wire::omit_none"
    )]
    pub doc_type: Option<DocType>,
    /// Commission document reference.
    #[serde(default, skip_serializing_if = "crate::data::wire::omit_none")]
    pub reference: Option<DocRef>,
    /// Interinstitutional procedure, in the form `2021/0293(COD)`.
    #[serde(default, skip_serializing_if = "crate::data::wire::omit_none")]
    pub procedure: Option<String>,
    /// The act adopted, if any.
    #[serde(default, skip_serializing_if = "crate::data::wire::omit_none")]
    pub act: Option<Act>,
    /// Lead European Parliament committees, where confirmed.
    #[serde(default, skip_serializing_if = "crate::data::wire::omit_empty")]
    pub committees: Vec<String>,
    /// Parliament rapporteurs, where confirmed.
    #[serde(default, skip_serializing_if = "crate::data::wire::omit_empty")]
    pub rapporteurs: Vec<String>,
    /// Further facts in English.
    #[serde(default, skip_serializing_if = "crate::data::wire::omit_empty")]
    pub notes: Vec<String>,
    /// The list the source of [`SourceList`] put the record in; undated.
    #[serde(default, skip_serializing_if = "crate::data::wire::omit_none")]
    pub listed: Option<List>,
    /// History, oldest first.
    pub steps: Vec<Step>,
    /// How the act bears on other acts and they on it.
    #[serde(default, skip_serializing_if = "crate::data::wire::omit_empty")]
    pub relations: Vec<Relation>,
    /// The day the record's facts were last checked against its sources.
    pub checked: Date,
    /// Where each fact comes from.
    pub evidence: Vec<Evidence>,
}
