//! The dossier data file (`data/dossiers.json`) and what follows from each record: its URL id,
//! its date, its status on a given day, its evidence and its links to EUR-Lex.

use super::query::YEARS;
use super::reference::{Act, ActForm, DocRef, Procedure};
use crate::data::date::Date;
use crate::data::validation::{parse_json, Checker, ValidationErrors};
use crate::text::slugify;
use serde::{Deserialize, Serialize};

/// The longest id a record may have: the id names the folder of its page, and file systems
/// refuse names past 255 bytes.
const MAX_ID_BYTES: usize = 100;

/// Where `dossiers.json` is served from, relative to the site's base URL.
pub const DOSSIERS_FILE: &str = "data/dossiers.json";

/// Everything in `dossiers.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DossierFile {
    /// The day the records were last checked against the sources they cite.
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

/// Where a file is in the legislative cycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    /// A proposal not known to be adopted or withdrawn.
    Negotiation,
    /// Adopted, but an entry-into-force, application or transposition date is still ahead.
    Implementation,
    /// Adopted and applicable.
    InForce,
    /// Withdrawn by the Commission.
    Withdrawn,
}

impl Stage {
    /// The data file's name for the stage (`in-force`).
    pub fn key(self) -> &'static str {
        match self {
            Stage::Negotiation => "negotiation",
            Stage::Implementation => "implementation",
            Stage::InForce => "in-force",
            Stage::Withdrawn => "withdrawn",
        }
    }
}

/// The source's three lists of the DG's files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum List {
    /// Legislative proposals in negotiation.
    Negotiation,
    /// Legislation being implemented.
    Implementation,
    /// Legislation in force.
    InForce,
}

impl List {
    /// The three lists, in the source's order.
    pub const ALL: [List; 3] = [List::Negotiation, List::Implementation, List::InForce];
}

/// Where a dossier stands, and on whose word: computed from the record's dated steps, or,
/// for a record that has none that say more, the list its source put it in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// Computed from the record's dated steps.
    Dated(Stage),
    /// As the source's list has it; the list's date, not today, is when it held.
    Listed(List),
}

impl Status {
    /// Every status, computed ones first, each in the order of the legislative cycle.
    pub const ALL: [Status; 7] = [
        Status::Dated(Stage::Negotiation),
        Status::Dated(Stage::Implementation),
        Status::Dated(Stage::InForce),
        Status::Dated(Stage::Withdrawn),
        Status::Listed(List::Negotiation),
        Status::Listed(List::Implementation),
        Status::Listed(List::InForce),
    ];

    /// The URL value (`?status=in-force`, `?status=listed-negotiation`).
    pub fn key(self) -> &'static str {
        match self {
            Status::Dated(Stage::Negotiation) => "negotiation",
            Status::Dated(Stage::Implementation) => "implementation",
            Status::Dated(Stage::InForce) => "in-force",
            Status::Dated(Stage::Withdrawn) => "withdrawn",
            Status::Listed(List::Negotiation) => "listed-negotiation",
            Status::Listed(List::Implementation) => "listed-implementation",
            Status::Listed(List::InForce) => "listed-in-force",
        }
    }

    /// The status with this URL value.
    pub fn from_key(key: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.key() == key)
    }

    /// Position in [`Status::ALL`], for arrays of per-status values.
    pub fn index(self) -> usize {
        match self {
            Status::Dated(Stage::Negotiation) => 0,
            Status::Dated(Stage::Implementation) => 1,
            Status::Dated(Stage::InForce) => 2,
            Status::Dated(Stage::Withdrawn) => 3,
            Status::Listed(List::Negotiation) => 4,
            Status::Listed(List::Implementation) => 5,
            Status::Listed(List::InForce) => 6,
        }
    }
}

/// The kind of document, as the sources name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum DocType {
    /// Regulation.
    Regulation,
    /// Directive.
    Directive,
    /// Decision.
    Decision,
    /// Communication.
    Communication,
    /// Report.
    Report,
    /// Council resolution.
    #[serde(rename = "Council resolution")]
    CouncilResolution,
}

impl DocType {
    /// English name, as the sources write it.
    pub fn name(self) -> &'static str {
        match self {
            DocType::Regulation => "Regulation",
            DocType::Directive => "Directive",
            DocType::Decision => "Decision",
            DocType::Communication => "Communication",
            DocType::Report => "Report",
            DocType::CouncilResolution => "Council resolution",
        }
    }

    /// The form of the act a document of this type proposes, for legislative types.
    pub fn act_form(self) -> Option<ActForm> {
        match self {
            DocType::Regulation => Some(ActForm::Regulation),
            DocType::Directive => Some(ActForm::Directive),
            DocType::Decision => Some(ActForm::Decision),
            DocType::Communication | DocType::Report | DocType::CouncilResolution => None,
        }
    }
}

impl From<ActForm> for DocType {
    fn from(form: ActForm) -> DocType {
        match form {
            ActForm::Regulation => DocType::Regulation,
            ActForm::Directive => DocType::Directive,
            ActForm::Decision => DocType::Decision,
        }
    }
}

/// A dossier's type for filtering: one of the [`DocType`]s, or not given by the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TypeFacet {
    /// The source gives this type.
    Given(DocType),
    /// The source gives no type.
    NotGiven,
}

impl TypeFacet {
    /// All values, in display order.
    pub const ALL: [TypeFacet; 7] = [
        TypeFacet::Given(DocType::Regulation),
        TypeFacet::Given(DocType::Directive),
        TypeFacet::Given(DocType::Decision),
        TypeFacet::Given(DocType::Communication),
        TypeFacet::Given(DocType::Report),
        TypeFacet::Given(DocType::CouncilResolution),
        TypeFacet::NotGiven,
    ];

    /// The URL value (`?type=council-resolution`).
    pub fn key(self) -> &'static str {
        match self {
            TypeFacet::Given(DocType::Regulation) => "regulation",
            TypeFacet::Given(DocType::Directive) => "directive",
            TypeFacet::Given(DocType::Decision) => "decision",
            TypeFacet::Given(DocType::Communication) => "communication",
            TypeFacet::Given(DocType::Report) => "report",
            TypeFacet::Given(DocType::CouncilResolution) => "council-resolution",
            TypeFacet::NotGiven => "not-given",
        }
    }

    /// The value with this URL key.
    pub fn from_key(key: &str) -> Option<TypeFacet> {
        TypeFacet::ALL.into_iter().find(|t| t.key() == key)
    }

    /// Position in [`TypeFacet::ALL`], for arrays of per-type values.
    pub fn index(self) -> usize {
        match self {
            TypeFacet::Given(DocType::Regulation) => 0,
            TypeFacet::Given(DocType::Directive) => 1,
            TypeFacet::Given(DocType::Decision) => 2,
            TypeFacet::Given(DocType::Communication) => 3,
            TypeFacet::Given(DocType::Report) => 4,
            TypeFacet::Given(DocType::CouncilResolution) => 5,
            TypeFacet::NotGiven => 6,
        }
    }
}

/// What a record is, as a visitor should read it: the act adopted, the proposal for one, or a
/// document of the type the source gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind<'a> {
    /// An adopted act.
    Act(&'a Act),
    /// A Commission proposal for an act of this form, not (or not known to be) adopted.
    Proposal(ActForm),
    /// A document of this type.
    Document(DocType),
    /// The source gives no type.
    NotGiven,
}

/// What happened to a dossier, on a date a source gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepKind {
    /// The date the source gives for the document, where no source says more about it.
    Document,
    /// The Commission adopted its proposal.
    Proposed,
    /// Parliament and Council (or the Council) adopted the act.
    Adopted,
    /// Published in the Official Journal.
    Published,
    /// Entered into force.
    InForce,
    /// Applies (from this date).
    Applies,
    /// Some provisions apply from this date.
    AppliesInPart,
    /// Deadline for Member States to transpose a directive.
    Transposition,
    /// The Commission withdrew its proposal.
    Withdrawn,
}

impl StepKind {
    /// Every kind, in the order a file's history usually runs.
    pub const ALL: [StepKind; 9] = [
        StepKind::Document,
        StepKind::Proposed,
        StepKind::Adopted,
        StepKind::Published,
        StepKind::InForce,
        StepKind::Applies,
        StepKind::AppliesInPart,
        StepKind::Transposition,
        StepKind::Withdrawn,
    ];

    /// The data file's name for the kind (`in-force`).
    pub fn key(self) -> &'static str {
        match self {
            StepKind::Document => "document",
            StepKind::Proposed => "proposed",
            StepKind::Adopted => "adopted",
            StepKind::Published => "published",
            StepKind::InForce => "in-force",
            StepKind::Applies => "applies",
            StepKind::AppliesInPart => "applies-in-part",
            StepKind::Transposition => "transposition",
            StepKind::Withdrawn => "withdrawn",
        }
    }

    /// Steps whose date, while still ahead, means that an adopted act is not yet fully
    /// applicable.
    pub fn is_application(self) -> bool {
        matches!(
            self,
            StepKind::InForce
                | StepKind::Applies
                | StepKind::AppliesInPart
                | StepKind::Transposition
        )
    }
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

/// A fact of a record that evidence can confirm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Fact {
    /// The title.
    Title,
    /// The Commission reference.
    Reference,
    /// The procedure number.
    Procedure,
    /// The adopted act's form and number.
    Act,
    /// The Parliament committees.
    Committees,
    /// The rapporteurs.
    Rapporteurs,
    /// The source list the record is in.
    Listed,
    /// That DG CONNECT led the file: what makes it one of the DG's files.
    LeadDg,
    /// A dated step of this kind.
    Step(StepKind),
}

impl Fact {
    /// The data file's name for the fact.
    pub fn key(self) -> &'static str {
        match self {
            Fact::Title => "title",
            Fact::Reference => "reference",
            Fact::Procedure => "procedure",
            Fact::Act => "act",
            Fact::Committees => "committees",
            Fact::Rapporteurs => "rapporteurs",
            Fact::Listed => "listed",
            Fact::LeadDg => "lead-dg",
            Fact::Step(kind) => kind.key(),
        }
    }

    fn from_key(key: &str) -> Option<Fact> {
        [
            Fact::Title,
            Fact::Reference,
            Fact::Procedure,
            Fact::Act,
            Fact::Committees,
            Fact::Rapporteurs,
            Fact::Listed,
            Fact::LeadDg,
        ]
        .into_iter()
        .chain(StepKind::ALL.map(Fact::Step))
        .find(|f| f.key() == key)
    }
}

impl Serialize for Fact {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.key())
    }
}

impl<'de> Deserialize<'de> for Fact {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let key = String::deserialize(deserializer)?;
        Fact::from_key(&key).ok_or_else(|| {
            serde::de::Error::custom(format!("`{key}` is not a fact a source can confirm"))
        })
    }
}

/// Where facts of a record come from: one of the site's sources (a seed page, the verified
/// facts file) or a public page, and which facts it confirms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// A source id from `content.json`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Or the address of a public page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_name: Option<String>,
    /// Type of document, where the source gives one: for a proposal, the form of the act
    /// proposed.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub doc_type: Option<DocType>,
    /// Commission document reference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<DocRef>,
    /// Interinstitutional procedure, in the form `2021/0293(COD)`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub procedure: Option<String>,
    /// The act adopted, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub act: Option<Act>,
    /// Lead European Parliament committees, where confirmed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub committees: Vec<String>,
    /// Parliament rapporteurs, where confirmed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rapporteurs: Vec<String>,
    /// Further facts in English.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// The list the source of [`SourceList`] put the record in; undated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub listed: Option<List>,
    /// History, oldest first.
    pub steps: Vec<Step>,
    /// Where each fact comes from.
    pub evidence: Vec<Evidence>,
}

/// How a record's title can be shown honestly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Title<'a> {
    /// A full title.
    Full(&'a str),
    /// The source cut the title off; this is the part it gives, without the trailing "...".
    CutOff(&'a str),
    /// The source gives no real title.
    Missing,
}

impl<'a> Title<'a> {
    /// Reads a title as the source gives it: no letters or digits means no title, and a
    /// trailing "..." means the source cut it off.
    pub fn classify(title: &'a str) -> Title<'a> {
        let title = title.trim();
        if !title.chars().any(char::is_alphanumeric) {
            Title::Missing
        } else if let Some(start) = title
            .strip_suffix("...")
            .or_else(|| title.strip_suffix('…'))
        {
            Title::CutOff(start.trim_end())
        } else {
            Title::Full(title)
        }
    }
}

impl Dossier {
    /// The URL id: the slugged reference, or the date and title when there is no reference.
    pub fn id(&self) -> String {
        match &self.reference {
            Some(reference) => reference.slug(),
            None => slugify(&format!("{} {}", self.date(), self.title)),
        }
    }

    /// The dossier's date: its first step (the Commission document's date).
    pub fn date(&self) -> Date {
        self.steps.iter().map(|s| s.date).min().unwrap_or(Date {
            year: 0,
            month: 1,
            day: 1,
        })
    }

    /// The title in a form that says what the source did with it.
    pub fn title(&self) -> Title<'_> {
        Title::classify(&self.title)
    }

    /// The name to list the record under, in feeds and calendars: its common name, else its
    /// title (marked where the source cut it off), else its reference, else `id`.
    pub fn display_name(&self, id: &str) -> String {
        self.short_name
            .clone()
            .unwrap_or_else(|| match self.title() {
                Title::Full(t) => t.to_owned(),
                Title::CutOff(t) => format!("{t} …"),
                Title::Missing => self
                    .reference
                    .as_ref()
                    .map_or_else(|| id.to_owned(), ToString::to_string),
            })
    }

    /// The type for filtering: the adopted act's form, or the type the source gives (a
    /// proposed regulation may become a directive).
    pub fn type_facet(&self) -> TypeFacet {
        match &self.act {
            Some(act) => TypeFacet::Given(DocType::from(act.form)),
            None => self.doc_type.map_or(TypeFacet::NotGiven, TypeFacet::Given),
        }
    }

    /// What the record is, for a visitor: the adopted act, a proposal for one (a Commission or
    /// joint proposal of a legislative type with no act), or the type the source gives.
    pub fn kind(&self) -> Kind<'_> {
        if let Some(act) = &self.act {
            return Kind::Act(act);
        }
        let proposal = self
            .reference
            .as_ref()
            .is_some_and(|r| r.series == "COM" || r.series == "JOIN");
        match self.doc_type {
            Some(doc_type) => match doc_type.act_form() {
                Some(form) if proposal => Kind::Proposal(form),
                _ => Kind::Document(doc_type),
            },
            None => Kind::NotGiven,
        }
    }

    /// The step with this kind, if the record has one.
    pub fn step(&self, kind: StepKind) -> Option<&Step> {
        self.steps.iter().find(|s| s.kind == kind)
    }

    /// Where the dossier stands on `today`. A withdrawn proposal is withdrawn; an act adopted
    /// by then is being implemented while any of its entry-into-force, application or
    /// transposition dates is still ahead, and in force after; a dated proposal is in
    /// negotiation; otherwise the source's list decides, as the source's word.
    pub fn status(&self, today: Date) -> Status {
        let passed = |kind| self.step(kind).is_some_and(|s| s.date <= today);
        if passed(StepKind::Withdrawn) {
            Status::Dated(Stage::Withdrawn)
        } else if passed(StepKind::Adopted) {
            let pending = self
                .steps
                .iter()
                .any(|s| s.kind.is_application() && s.date > today);
            Status::Dated(if pending {
                Stage::Implementation
            } else {
                Stage::InForce
            })
        } else if passed(StepKind::Proposed) {
            Status::Dated(Stage::Negotiation)
        } else if let Some(list) = self.listed {
            Status::Listed(list)
        } else {
            Status::Dated(Stage::Negotiation)
        }
    }

    /// The CELEX number of the Commission document, by the EUR-Lex rules for preparatory acts:
    /// `PC` for a proposal of a legislative act, `DC` for other COM documents, `JC` for joint
    /// documents, `SC` for staff documents. A Council resolution's record is the Commission
    /// communication that led to it, so it is a `DC`.
    pub fn document_celex(&self) -> Option<String> {
        let reference = self.reference.as_ref()?;
        let legislative = self.doc_type.and_then(DocType::act_form).is_some();
        let descriptor = match reference.series.as_str() {
            "COM" if legislative => "PC",
            "COM" => "DC",
            "JOIN" => "JC",
            "SEC" | "SWD" => "SC",
            _ => return None,
        };
        Some(format!(
            "5{}{descriptor}{:04}",
            reference.year, reference.number
        ))
    }

    /// The adopted act's CELEX number.
    pub fn act_celex(&self) -> Option<String> {
        self.act.as_ref().and_then(Act::celex)
    }

    /// The procedure, parsed.
    pub fn parsed_procedure(&self) -> Option<Procedure> {
        self.procedure.as_deref().and_then(Procedure::parse)
    }

    /// The site's sources the record cites, in the order of its evidence.
    pub fn sources(&self) -> impl Iterator<Item = &str> {
        self.evidence.iter().filter_map(|e| e.source.as_deref())
    }

    /// The public pages the record cites, in the order of its evidence.
    pub fn pages(&self) -> impl Iterator<Item = &Evidence> {
        self.evidence.iter().filter(|e| e.url.is_some())
    }

    /// The facts the record states, each of which some evidence must confirm.
    fn stated_facts(&self) -> Vec<(String, Fact)> {
        let mut facts = vec![
            ("title".to_owned(), Fact::Title),
            ("evidence".to_owned(), Fact::LeadDg),
        ];
        let mut state = |present: bool, field: &str, fact: Fact| {
            if present {
                facts.push((field.to_owned(), fact));
            }
        };
        state(self.reference.is_some(), "reference", Fact::Reference);
        state(self.procedure.is_some(), "procedure", Fact::Procedure);
        state(self.act.is_some(), "act", Fact::Act);
        state(!self.committees.is_empty(), "committees", Fact::Committees);
        state(
            !self.rapporteurs.is_empty(),
            "rapporteurs",
            Fact::Rapporteurs,
        );
        state(self.listed.is_some(), "listed", Fact::Listed);
        for (i, step) in self.steps.iter().enumerate() {
            facts.push((format!("steps[{i}]"), Fact::Step(step.kind)));
        }
        facts
    }
}

impl DossierFile {
    /// Parses and validates `dossiers.json`; `source_ids` are the sources a record may cite.
    pub fn from_json(text: &str, source_ids: &[&str]) -> Result<DossierFile, ValidationErrors> {
        let file: DossierFile = parse_json(DOSSIERS_FILE, text)?;
        file.validate(source_ids)?;
        Ok(file)
    }

    /// Checks what serde cannot: texts, dates in order, steps that fit the record, evidence
    /// for every fact, unique ids, and sources that exist.
    pub fn validate(&self, source_ids: &[&str]) -> Result<(), ValidationErrors> {
        let mut check = Checker::new(DOSSIERS_FILE);
        let list = &self.source_list;
        check.cites("source_list", "source", &list.source, source_ids);
        let ids: Vec<String> = self.dossiers.iter().map(Dossier::id).collect();
        for (i, dossier) in self.dossiers.iter().enumerate() {
            let record = format!("dossiers[{i}] ({})", ids[i]);
            validate_dossier(&mut check, &record, dossier, source_ids, &list.source);
        }
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

    check.non_empty(record, "steps", &dossier.steps);
    for (i, step) in dossier.steps.iter().enumerate() {
        let field = format!("steps[{i}]");
        if let Some(detail) = &step.detail {
            check.text(record, &format!("{field}.detail"), detail);
        }
        if !YEARS.contains(&step.date.year) {
            check.fail(
                record,
                &format!("{field}.date"),
                format!(
                    "the year {} is outside {}–{}",
                    step.date.year,
                    YEARS.start(),
                    YEARS.end()
                ),
            );
        }
        let repeatable = step.kind == StepKind::AppliesInPart;
        if !repeatable && dossier.steps[..i].iter().any(|s| s.kind == step.kind) {
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
    validate_evidence(check, record, dossier, source_ids, list_source);
}

/// Every piece of evidence names one source or one page and confirms something; every fact
/// the record states is confirmed by some evidence; and a record is in the source's lists
/// exactly when that source confirms it.
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
                check.cites(record, &format!("{field}.source"), source, source_ids)
            }
            (None, Some(url)) => {
                let rest = url
                    .strip_prefix("https://")
                    .or_else(|| url.strip_prefix("http://"));
                let fit = rest.is_some_and(|r| !r.is_empty() && !r.contains(char::is_whitespace));
                if !fit {
                    check.fail(
                        record,
                        &format!("{field}.url"),
                        format!("`{url}` is not a web address"),
                    );
                }
            }
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
    let listed_by_source = dossier
        .evidence
        .iter()
        .any(|e| e.source.as_deref() == Some(list_source) && e.confirms.contains(&Fact::Listed));
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
        Fact::Step(kind) => format!("`{}` step", kind.key()),
        other => format!("`{}`", other.key()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        text.parse().unwrap()
    }

    fn step(kind: StepKind, on: &str) -> Step {
        Step {
            kind,
            date: date(on),
            detail: None,
        }
    }

    /// A record that states its steps, confirmed by one page.
    fn dossier(steps: Vec<Step>) -> Dossier {
        let confirms = [Fact::Title, Fact::Reference, Fact::LeadDg]
            .into_iter()
            .chain(steps.iter().map(|s| Fact::Step(s.kind)))
            .collect();
        Dossier {
            title: "Example".into(),
            short_name: None,
            doc_type: Some(DocType::Regulation),
            reference: DocRef::parse("COM(2021)574"),
            procedure: None,
            act: None,
            committees: vec![],
            rapporteurs: vec![],
            notes: vec![],
            listed: None,
            steps,
            evidence: vec![Evidence {
                source: None,
                url: Some("https://eur-lex.europa.eu/example".into()),
                confirms,
            }],
        }
    }

    /// A seed row: the source's date and list, confirmed by the source.
    fn seed(on: &str, list: List) -> Dossier {
        let mut d = dossier(vec![step(StepKind::Document, on)]);
        d.listed = Some(list);
        d.evidence = vec![Evidence {
            source: Some("001".into()),
            url: None,
            confirms: vec![
                Fact::Title,
                Fact::Reference,
                Fact::LeadDg,
                Fact::Step(StepKind::Document),
                Fact::Listed,
            ],
        }];
        d
    }

    fn file(dossiers: Vec<Dossier>) -> DossierFile {
        DossierFile {
            checked: date("2026-11-29"),
            source_list: SourceList {
                source: "001".into(),
                newest_item: date("2021-09-15"),
                negotiation: 1,
                implementation: 1,
                in_force_at_least: 1,
            },
            dossiers,
        }
    }

    fn problems(dossiers: Vec<Dossier>) -> Vec<String> {
        match file(dossiers).validate(&["001", "facts"]) {
            Ok(()) => vec![],
            Err(errors) => errors.iter().map(ToString::to_string).collect(),
        }
    }

    #[test]
    fn ids_come_from_the_reference_or_the_date_and_title() {
        assert_eq!(seed("2021-09-15", List::Negotiation).id(), "com-2021-574");
        let mut untyped = seed("2021-07-08", List::Negotiation);
        untyped.reference = None;
        untyped.title = "Mental Health in the Digital World of Work".into();
        assert_eq!(
            untyped.id(),
            "2021-07-08-mental-health-in-the-digital-world-of-work"
        );
    }

    #[test]
    fn titles_say_what_the_source_did() {
        let mut d = dossier(vec![]);
        d.title = ".".into();
        assert_eq!(d.title(), Title::Missing);
        d.title = "Derogation from directive ... child sexual abuse ...".into();
        assert_eq!(
            d.title(),
            Title::CutOff("Derogation from directive ... child sexual abuse")
        );
        d.title = "Data Act".into();
        assert_eq!(d.title(), Title::Full("Data Act"));
    }

    #[test]
    fn status_follows_the_dates_from_a_fixed_today() {
        let ai_act = dossier(vec![
            step(StepKind::Proposed, "2021-04-21"),
            step(StepKind::Adopted, "2024-06-13"),
            step(StepKind::Applies, "2026-08-02"),
            step(StepKind::AppliesInPart, "2027-08-02"),
        ]);
        let at = |day: &str| ai_act.status(date(day));
        assert_eq!(at("2021-05-01"), Status::Dated(Stage::Negotiation));
        assert_eq!(at("2026-11-23"), Status::Dated(Stage::Implementation));
        assert_eq!(at("2027-08-01"), Status::Dated(Stage::Implementation));
        assert_eq!(at("2027-08-02"), Status::Dated(Stage::InForce));
        assert_eq!(at("2030-12-31"), Status::Dated(Stage::InForce));

        let nis2 = dossier(vec![
            step(StepKind::Adopted, "2022-12-14"),
            step(StepKind::InForce, "2023-01-16"),
            step(StepKind::Transposition, "2024-10-17"),
        ]);
        assert_eq!(
            nis2.status(date("2024-10-16")),
            Status::Dated(Stage::Implementation)
        );
        assert_eq!(
            nis2.status(date("2024-10-18")),
            Status::Dated(Stage::InForce)
        );
    }

    #[test]
    fn a_withdrawn_proposal_is_withdrawn_from_its_date() {
        let eprivacy = dossier(vec![
            step(StepKind::Proposed, "2017-01-10"),
            step(StepKind::Withdrawn, "2025-02-11"),
        ]);
        assert_eq!(
            eprivacy.status(date("2024-01-01")),
            Status::Dated(Stage::Negotiation)
        );
        assert_eq!(
            eprivacy.status(date("2025-02-11")),
            Status::Dated(Stage::Withdrawn)
        );
        assert_eq!(
            Status::from_key("withdrawn"),
            Some(Status::Dated(Stage::Withdrawn))
        );
    }

    #[test]
    fn the_source_list_is_the_source_word_until_dated_steps_say_more() {
        let seed_only = seed("2018-06-06", List::Implementation);
        assert_eq!(
            seed_only.status(date("2030-12-31")),
            Status::Listed(List::Implementation),
            "the same on any day: it is the list's, not today's"
        );
        let mut adopted_later = seed("2018-06-06", List::Implementation);
        adopted_later
            .steps
            .push(step(StepKind::Adopted, "2021-04-29"));
        adopted_later
            .steps
            .push(step(StepKind::InForce, "2021-05-11"));
        assert_eq!(
            adopted_later.status(date("2026-11-23")),
            Status::Dated(Stage::InForce)
        );
        let unlisted = dossier(vec![step(StepKind::Proposed, "2024-01-01")]);
        assert_eq!(
            unlisted.status(date("2026-11-23")),
            Status::Dated(Stage::Negotiation)
        );
    }

    #[test]
    fn celex_numbers_follow_the_eur_lex_rules_for_each_series() {
        let mut d = dossier(vec![]);
        assert_eq!(d.document_celex().as_deref(), Some("52021PC0574"));
        d.doc_type = Some(DocType::Communication);
        assert_eq!(d.document_celex().as_deref(), Some("52021DC0574"));
        d.doc_type = Some(DocType::CouncilResolution);
        d.reference = DocRef::parse("COM(94)492");
        assert_eq!(d.document_celex().as_deref(), Some("51994DC0492"));
        d.doc_type = Some(DocType::Decision);
        d.reference = DocRef::parse("JOIN(2016)19");
        assert_eq!(d.document_celex().as_deref(), Some("52016JC0019"));
        d.reference = DocRef::parse("SEC(2004)661");
        assert_eq!(d.document_celex().as_deref(), Some("52004SC0661"));
        d.reference = None;
        assert_eq!(d.document_celex(), None);
    }

    #[test]
    fn a_record_reads_as_its_act_its_proposal_or_its_document() {
        let mut d = dossier(vec![]);
        assert_eq!(d.kind(), Kind::Proposal(ActForm::Regulation));
        d.doc_type = Some(DocType::Report);
        assert_eq!(d.kind(), Kind::Document(DocType::Report));
        d.doc_type = Some(DocType::Decision);
        d.reference = DocRef::parse("SEC(2004)661");
        assert_eq!(
            d.kind(),
            Kind::Document(DocType::Decision),
            "a staff document is no proposal"
        );
        d.doc_type = None;
        assert_eq!(d.kind(), Kind::NotGiven);
        let act = Act {
            form: ActForm::Regulation,
            number: "2022/2065".into(),
            council: false,
        };
        d.act = Some(act.clone());
        assert_eq!(d.kind(), Kind::Act(&act));
    }

    #[test]
    fn validation_names_record_and_field() {
        let mut bad = dossier(vec![
            step(StepKind::Proposed, "2021-09-15"),
            step(StepKind::Adopted, "2021-01-01"),
        ]);
        bad.title = " ".into();
        let text = problems(vec![bad.clone(), bad]);
        assert!(text.contains(&"data/dossiers.json: record dossiers[0] (com-2021-574), field `title`: must not be empty".to_string()), "{text:#?}");
        assert!(
            text.iter().any(|t| t.contains("field `steps[1].date`")),
            "{text:#?}"
        );
        assert!(
            text.iter()
                .any(|t| t.contains("field `act`: an `adopted` step and an `act` go together")),
            "{text:#?}"
        );
        assert!(
            text.iter()
                .any(|t| t.contains("dossiers[1] (com-2021-574), field `id`")),
            "{text:#?}"
        );
    }

    #[test]
    fn every_fact_needs_evidence() {
        let mut unconfirmed = dossier(vec![
            step(StepKind::Proposed, "2021-09-15"),
            step(StepKind::Withdrawn, "2025-02-11"),
        ]);
        unconfirmed.evidence[0]
            .confirms
            .retain(|f| *f != Fact::Step(StepKind::Withdrawn));
        unconfirmed.procedure = Some("2021/0293(COD)".into());
        let text = problems(vec![unconfirmed]);
        assert!(
            text.contains(&"data/dossiers.json: record dossiers[0] (com-2021-574), field `steps[1]`: no evidence confirms the `withdrawn` step".to_string()),
            "{text:#?}"
        );
        assert!(
            text.iter()
                .any(|t| t.ends_with("field `procedure`: no evidence confirms the `procedure`")),
            "{text:#?}"
        );

        let mut sourceless = dossier(vec![step(StepKind::Proposed, "2021-09-15")]);
        sourceless.evidence[0].url = Some("ftp://example.org/x".into());
        sourceless.evidence.push(Evidence {
            source: Some("nowhere".into()),
            url: None,
            confirms: vec![],
        });
        let text = problems(vec![sourceless]);
        assert!(
            text.iter().any(|t| t.contains("field `evidence[0].url`")),
            "{text:#?}"
        );
        assert!(
            text.iter()
                .any(|t| t
                    .contains("field `evidence[1].source`: `nowhere` is not one of the sources")),
            "{text:#?}"
        );
        assert!(
            text.iter()
                .any(|t| t.contains("field `evidence[1].confirms`")),
            "{text:#?}"
        );

        let mut listed_without_source = seed("2021-06-04", List::Negotiation);
        listed_without_source.evidence[0].source = Some("facts".into());
        let text = problems(vec![listed_without_source]);
        assert!(
            text.iter().any(|t| t.contains("field `listed`")),
            "{text:#?}"
        );
        assert!(problems(vec![seed("2021-06-04", List::Negotiation)]).is_empty());
    }

    #[test]
    fn a_step_kind_occurs_once_except_partial_application() {
        let twice = dossier(vec![
            step(StepKind::Proposed, "2021-04-21"),
            step(StepKind::Adopted, "2024-06-13"),
            step(StepKind::Adopted, "2024-06-14"),
        ]);
        let text = problems(vec![twice]);
        assert!(
            text.iter()
                .any(|t| t.contains("field `steps[2].kind`: a second `adopted` step")),
            "{text:#?}"
        );
    }

    #[test]
    fn keys_round_trip() {
        for status in Status::ALL {
            assert_eq!(Status::from_key(status.key()), Some(status));
            assert_eq!(Status::ALL[status.index()], status);
        }
        for facet in TypeFacet::ALL {
            assert_eq!(TypeFacet::from_key(facet.key()), Some(facet));
            assert_eq!(TypeFacet::ALL[facet.index()], facet);
        }
        for kind in StepKind::ALL {
            assert_eq!(Fact::from_key(kind.key()), Some(Fact::Step(kind)));
        }
        assert_eq!(Status::from_key("In-Force"), None);
    }
}
