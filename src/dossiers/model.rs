//! The dossier data file (`data/dossiers.json`) and what follows from each record: its URL id,
//! its date, its status on a given day and its links to EUR-Lex.

use super::query::YEARS;
use super::reference::{Act, DocRef, Procedure};
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
    /// The counts the source reports for the DG's files, of which the records are a sample.
    pub source_counts: SourceCounts,
    /// The records.
    pub dossiers: Vec<Dossier>,
}

/// The source's own counts of the DG's legislative files.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceCounts {
    /// Source id.
    pub source: String,
    /// Proposals in negotiation.
    pub negotiation: u32,
    /// Acts being implemented.
    pub implementation: u32,
    /// Acts in force; the source says "at least".
    pub in_force_at_least: u32,
}

/// Where a dossier stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// A proposal not known to be adopted.
    Negotiation,
    /// Adopted, but an application or transposition date is still ahead.
    Implementation,
    /// Adopted and applicable.
    InForce,
}

impl Status {
    /// All statuses, in the order of the legislative cycle.
    pub const ALL: [Status; 3] = [Status::Negotiation, Status::Implementation, Status::InForce];

    /// The URL value (`?status=in-force`).
    pub fn key(self) -> &'static str {
        match self {
            Status::Negotiation => "negotiation",
            Status::Implementation => "implementation",
            Status::InForce => "in-force",
        }
    }

    /// The status with this URL value.
    pub fn from_key(key: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.key() == key)
    }

    /// Position in [`Status::ALL`].
    pub fn index(self) -> usize {
        self as usize
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

    /// Position in [`TypeFacet::ALL`].
    pub fn index(self) -> usize {
        TypeFacet::ALL
            .iter()
            .position(|t| *t == self)
            .unwrap_or(TypeFacet::ALL.len() - 1)
    }
}

/// What happened to a dossier, or what the source says about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepKind {
    /// The source lists the dossier, with this date, in one of its lists.
    Listed,
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
    /// Deadline for member states to transpose a directive.
    Transposition,
}

impl StepKind {
    /// The data file's name for the kind (`in-force`).
    pub fn key(self) -> &'static str {
        match self {
            StepKind::Listed => "listed",
            StepKind::Proposed => "proposed",
            StepKind::Adopted => "adopted",
            StepKind::Published => "published",
            StepKind::InForce => "in-force",
            StepKind::Applies => "applies",
            StepKind::AppliesInPart => "applies-in-part",
            StepKind::Transposition => "transposition",
        }
    }

    /// Steps whose date, while still ahead, means that an adopted act is not yet fully
    /// applicable.
    fn is_application(self) -> bool {
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
    /// For [`StepKind::Listed`]: which of the source's lists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list: Option<Status>,
    /// Extra detail, in English: the Official Journal issue, which provisions apply, …
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
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
    /// Type of document, where the source gives one.
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
    /// Ids of the sources the record comes from.
    pub sources: Vec<String>,
    /// History, oldest first.
    pub steps: Vec<Step>,
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

    /// The type for filtering.
    pub fn type_facet(&self) -> TypeFacet {
        self.doc_type.map_or(TypeFacet::NotGiven, TypeFacet::Given)
    }

    /// The step with this kind, if the record has one.
    pub fn step(&self, kind: StepKind) -> Option<&Step> {
        self.steps.iter().find(|s| s.kind == kind)
    }

    /// The list the source put the record in, if it is listed by the source.
    pub fn source_list(&self) -> Option<Status> {
        self.step(StepKind::Listed).and_then(|s| s.list)
    }

    /// Where the dossier stands on `today`. An act adopted by then is being implemented while
    /// any of its entry-into-force, application or transposition dates is still ahead, and in
    /// force after; otherwise the source's list decides, and a record no list names is a
    /// proposal.
    pub fn status(&self, today: Date) -> Status {
        if self
            .step(StepKind::Adopted)
            .is_some_and(|s| s.date <= today)
        {
            let pending = self
                .steps
                .iter()
                .any(|s| s.kind.is_application() && s.date > today);
            if pending {
                Status::Implementation
            } else {
                Status::InForce
            }
        } else {
            self.source_list().unwrap_or(Status::Negotiation)
        }
    }

    /// The proposal's CELEX number, for COM proposals of legislative acts. Communications and
    /// reports follow another CELEX rule, and old Council resolutions are not reliably
    /// numbered that way, so they get none rather than a wrong link.
    pub fn proposal_celex(&self) -> Option<String> {
        let legislative = matches!(
            self.doc_type,
            Some(DocType::Regulation | DocType::Directive | DocType::Decision)
        );
        self.reference
            .as_ref()
            .filter(|_| legislative)
            .and_then(DocRef::proposal_celex)
    }

    /// The adopted act's CELEX number.
    pub fn act_celex(&self) -> Option<String> {
        self.act.as_ref().and_then(Act::celex)
    }

    /// The procedure, parsed.
    pub fn parsed_procedure(&self) -> Option<Procedure> {
        self.procedure.as_deref().and_then(Procedure::parse)
    }
}

impl DossierFile {
    /// Parses and validates `dossiers.json`; `source_ids` are the sources a record may cite.
    pub fn from_json(text: &str, source_ids: &[&str]) -> Result<DossierFile, ValidationErrors> {
        let file: DossierFile = parse_json(DOSSIERS_FILE, text)?;
        file.validate(source_ids)?;
        Ok(file)
    }

    /// Checks what serde cannot: texts, dates in order, steps that fit the record, unique ids,
    /// and sources that exist.
    pub fn validate(&self, source_ids: &[&str]) -> Result<(), ValidationErrors> {
        let mut check = Checker::new(DOSSIERS_FILE);
        if !source_ids.contains(&self.source_counts.source.as_str()) {
            let problem = format!("`{}` is not one of the sources", self.source_counts.source);
            check.fail("source_counts", "source", problem);
        }
        let ids: Vec<String> = self.dossiers.iter().map(Dossier::id).collect();
        for (i, dossier) in self.dossiers.iter().enumerate() {
            validate_dossier(
                &mut check,
                &format!("dossiers[{i}] ({})", ids[i]),
                dossier,
                source_ids,
            );
        }
        check.unique(ids.iter().map(String::as_str), "id", |i, k| {
            format!("dossiers[{i}] ({k})")
        });
        check.finish()
    }
}

fn validate_dossier(check: &mut Checker, record: &str, dossier: &Dossier, source_ids: &[&str]) {
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

    check.non_empty(record, "sources", &dossier.sources);
    for source in &dossier.sources {
        if !source_ids.contains(&source.as_str()) {
            check.fail(
                record,
                "sources",
                format!("`{source}` is not one of the sources"),
            );
        }
    }

    check.non_empty(record, "steps", &dossier.steps);
    for (i, step) in dossier.steps.iter().enumerate() {
        let field = format!("steps[{i}]");
        match (step.kind, step.list) {
            (StepKind::Listed, None) => {
                check.fail(record, &field, "a `listed` step must name its `list`")
            }
            (StepKind::Listed, Some(_)) | (_, None) => {}
            (_, Some(_)) => check.fail(record, &field, "only a `listed` step has a `list`"),
        }
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
    let listed = dossier.step(StepKind::Listed).is_some();
    if listed != dossier.sources.iter().any(|s| s == "001") {
        check.fail(
            record,
            "sources",
            "a record is listed by the source exactly when it cites source `001`",
        );
    }
    if dossier.step(StepKind::Adopted).is_some() != dossier.act.is_some() {
        check.fail(record, "act", "an `adopted` step and an `act` go together");
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
            list: None,
            detail: None,
        }
    }

    fn listed(on: &str, list: Status) -> Step {
        Step {
            list: Some(list),
            ..step(StepKind::Listed, on)
        }
    }

    fn dossier(steps: Vec<Step>) -> Dossier {
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
            sources: vec!["001".into()],
            steps,
        }
    }

    #[test]
    fn ids_come_from_the_reference_or_the_date_and_title() {
        assert_eq!(
            dossier(vec![listed("2021-09-15", Status::Negotiation)]).id(),
            "com-2021-574"
        );
        let mut untyped = dossier(vec![listed("2021-07-08", Status::Negotiation)]);
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
        let mut ai_act = dossier(vec![
            step(StepKind::Proposed, "2021-04-21"),
            step(StepKind::Adopted, "2024-06-13"),
            step(StepKind::Applies, "2026-08-02"),
            step(StepKind::AppliesInPart, "2027-08-02"),
        ]);
        ai_act.sources = vec!["facts".into()];
        assert_eq!(ai_act.status(date("2026-11-23")), Status::Implementation);
        assert_eq!(ai_act.status(date("2027-08-01")), Status::Implementation);
        assert_eq!(ai_act.status(date("2027-08-02")), Status::InForce);
        assert_eq!(ai_act.status(date("2030-01-01")), Status::InForce);

        let nis2 = dossier(vec![
            step(StepKind::Adopted, "2022-12-14"),
            step(StepKind::InForce, "2023-01-16"),
            step(StepKind::Transposition, "2024-10-17"),
        ]);
        assert_eq!(nis2.status(date("2024-10-16")), Status::Implementation);
        assert_eq!(nis2.status(date("2024-10-18")), Status::InForce);
    }

    #[test]
    fn a_later_adoption_overrides_the_source_list() {
        let digital_decade = dossier(vec![
            step(StepKind::Proposed, "2021-09-15"),
            listed("2021-09-15", Status::Negotiation),
            step(StepKind::Adopted, "2022-12-14"),
            step(StepKind::InForce, "2023-01-08"),
        ]);
        assert_eq!(
            digital_decade.status(date("2021-10-01")),
            Status::Negotiation
        );
        assert_eq!(
            digital_decade.status(date("2022-12-20")),
            Status::Implementation
        );
        assert_eq!(digital_decade.status(date("2026-11-23")), Status::InForce);
        let seed_only = dossier(vec![listed("2018-06-06", Status::Implementation)]);
        assert_eq!(seed_only.status(date("2026-11-23")), Status::Implementation);
        let unlisted = dossier(vec![step(StepKind::Proposed, "2024-01-01")]);
        assert_eq!(unlisted.status(date("2026-11-23")), Status::Negotiation);
    }

    #[test]
    fn celex_only_for_legislative_com_proposals() {
        let mut d = dossier(vec![]);
        assert_eq!(d.proposal_celex().as_deref(), Some("52021PC0574"));
        d.doc_type = Some(DocType::Communication);
        assert_eq!(d.proposal_celex(), None);
        d.doc_type = Some(DocType::CouncilResolution);
        assert_eq!(d.proposal_celex(), None);
    }

    #[test]
    fn validation_names_record_and_field() {
        let mut bad = dossier(vec![
            listed("2021-09-15", Status::Negotiation),
            step(StepKind::Proposed, "2021-01-01"),
        ]);
        bad.title = " ".into();
        let file = DossierFile {
            source_counts: SourceCounts {
                source: "001".into(),
                negotiation: 1,
                implementation: 1,
                in_force_at_least: 1,
            },
            dossiers: vec![bad.clone(), bad],
        };
        let errors = file.validate(&["001", "facts"]).unwrap_err();
        let text: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert!(text.contains(&"data/dossiers.json: record dossiers[0] (com-2021-574), field `title`: must not be empty".to_string()), "{text:#?}");
        assert!(
            text.iter().any(|t| t.contains("field `steps[1].date`")),
            "{text:#?}"
        );
        assert!(
            text.iter()
                .any(|t| t.contains("dossiers[1] (com-2021-574), field `id`")),
            "{text:#?}"
        );
    }

    #[test]
    fn status_and_type_keys_round_trip() {
        for status in Status::ALL {
            assert_eq!(Status::from_key(status.key()), Some(status));
        }
        for facet in TypeFacet::ALL {
            assert_eq!(TypeFacet::from_key(facet.key()), Some(facet));
            assert_eq!(TypeFacet::ALL[facet.index()], facet);
        }
        assert_eq!(Status::from_key("In-Force"), None);
    }
}
