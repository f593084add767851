//! The words of the data file and of the site's addresses: stages, the source's lists,
//! statuses, document types, step kinds, relations between acts, and the facts evidence can
//! confirm.

use super::keyed::keyed_enum;
use crate::dossiers::reference::ActForm;
use serde::{Deserialize, Serialize};

keyed_enum! {
    /// Where a file is in its life, from its proposal to the end of the act's validity.
    pub enum Stage {
        /// A proposal not known to be adopted or withdrawn.
        Negotiation => "negotiation",
        /// Adopted, not yet in force.
        Adopted => "adopted",
        /// In force, with dates of its own still ahead: application of some or all of its
        /// provisions, or a deadline for transposing it.
        Implementation => "implementation",
        /// In force and applicable.
        InForce => "in-force",
        /// Repealed or expired: past its end of validity.
        NoLongerInForce => "no-longer-in-force",
        /// Withdrawn by the Commission.
        Withdrawn => "withdrawn",
    }
}

keyed_enum! {
    /// The source's three lists of the DG's files.
    pub enum List {
        /// Legislative proposals in negotiation.
        Negotiation => "negotiation",
        /// Legislation being implemented.
        Implementation => "implementation",
        /// Legislation in force.
        InForce => "in-force",
    }
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
    /// Every status, computed ones first, each in the order of a file's life.
    pub const ALL: [Status; Stage::ALL.len() + List::ALL.len()] = {
        let mut all = [Status::Dated(Stage::Negotiation); Stage::ALL.len() + List::ALL.len()];
        let mut i = 0;
        while i < Stage::ALL.len() {
            all[i] = Status::Dated(Stage::ALL[i]);
            i += 1;
        }
        while i < all.len() {
            all[i] = Status::Listed(List::ALL[i - Stage::ALL.len()]);
            i += 1;
        }
        all
    };

    /// The URL value (`?status=in-force`, `?status=listed-negotiation`).
    pub fn key(self) -> &'static str {
        match self {
            Status::Dated(stage) => stage.key(),
            // The lists are the source's word, so their values say so.
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
            Status::Dated(stage) => stage.index(),
            Status::Listed(list) => Stage::ALL.len() + list.index(),
        }
    }
}

/// The kind of document, as the sources name it (the data file uses these English names).
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
    /// Every type, in display order.
    pub const ALL: [DocType; 6] = [
        DocType::Regulation,
        DocType::Directive,
        DocType::Decision,
        DocType::Communication,
        DocType::Report,
        DocType::CouncilResolution,
    ];

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

    /// The URL value (`?type=council-resolution`): the name, slugged.
    pub fn key(self) -> &'static str {
        match self {
            DocType::Regulation => "regulation",
            DocType::Directive => "directive",
            DocType::Decision => "decision",
            DocType::Communication => "communication",
            DocType::Report => "report",
            DocType::CouncilResolution => "council-resolution",
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
    pub const ALL: [TypeFacet; DocType::ALL.len() + 1] = {
        let mut all = [TypeFacet::NotGiven; DocType::ALL.len() + 1];
        let mut i = 0;
        while i < DocType::ALL.len() {
            all[i] = TypeFacet::Given(DocType::ALL[i]);
            i += 1;
        }
        all
    };

    /// The URL value (`?type=council-resolution`, `?type=not-given`).
    pub fn key(self) -> &'static str {
        match self {
            TypeFacet::Given(doc_type) => doc_type.key(),
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
            TypeFacet::Given(doc_type) => doc_type as usize,
            TypeFacet::NotGiven => DocType::ALL.len(),
        }
    }
}

keyed_enum! {
    /// What happened to a dossier, on a date a source gives.
    pub enum StepKind {
        /// The date the source gives for the document, where no source says more about it.
        Document => "document",
        /// The Commission adopted its proposal.
        Proposed => "proposed",
        /// Parliament and Council (or the Council) adopted the act.
        Adopted => "adopted",
        /// Published in the Official Journal.
        Published => "published",
        /// Entered into force.
        InForce => "in-force",
        /// Applies (from this date).
        Applies => "applies",
        /// Some provisions apply from this date.
        AppliesInPart => "applies-in-part",
        /// Deadline for Member States to transpose a directive.
        Transposition => "transposition",
        /// The last day the act is valid (EUR-Lex's "date of end of validity"): it is repealed
        /// or expires after it.
        EndOfValidity => "end-of-validity",
        /// The Commission withdrew its proposal.
        Withdrawn => "withdrawn",
    }
}

impl StepKind {
    /// Steps whose date, while still ahead, means that an act in force is not yet fully
    /// applicable.
    pub fn is_application(self) -> bool {
        matches!(
            self,
            StepKind::Applies | StepKind::AppliesInPart | StepKind::Transposition
        )
    }

    /// Kinds a record may have more than once: an act applies in several parts.
    pub fn repeatable(self) -> bool {
        self == StepKind::AppliesInPart
    }
}

keyed_enum! {
    /// How one act bears on another, as EUR-Lex records it.
    pub enum RelationKind {
        /// This act is repealed by the other.
        RepealedBy => "repealed-by",
        /// This act repeals the other.
        Repeals => "repeals",
        /// This act is amended by the other.
        AmendedBy => "amended-by",
        /// This act amends the other.
        Amends => "amends",
        /// This act is replaced by the other (a recast).
        ReplacedBy => "replaced-by",
        /// This act replaces the other.
        Replaces => "replaces",
    }
}

impl RelationKind {
    /// Whether the relation, in full, ends this act: a repeal, or a recast that replaces it
    /// (EUR-Lex shows both as the act's end of validity).
    pub fn ends_the_act(self) -> bool {
        matches!(self, RelationKind::RepealedBy | RelationKind::ReplacedBy)
    }

    /// The relation as the other act's record states it.
    pub fn inverse(self) -> RelationKind {
        match self {
            RelationKind::RepealedBy => RelationKind::Repeals,
            RelationKind::Repeals => RelationKind::RepealedBy,
            RelationKind::AmendedBy => RelationKind::Amends,
            RelationKind::Amends => RelationKind::AmendedBy,
            RelationKind::ReplacedBy => RelationKind::Replaces,
            RelationKind::Replaces => RelationKind::ReplacedBy,
        }
    }
}

keyed_enum! {
    /// A field of a record that evidence can confirm.
    pub enum Field {
        /// The title.
        Title => "title",
        /// The Commission reference.
        Reference => "reference",
        /// The procedure number.
        Procedure => "procedure",
        /// The adopted act's form and number.
        Act => "act",
        /// The Parliament committees.
        Committees => "committees",
        /// The rapporteurs.
        Rapporteurs => "rapporteurs",
        /// The source list the record is in.
        Listed => "listed",
        /// That DG CONNECT led the file: what makes it one of the DG's files.
        LeadDg => "lead-dg",
    }
}

/// A fact of a record that evidence can confirm: a field, a dated step of a kind, or a
/// relation to another act of a kind. Its key is the field's, the step kind's or the
/// relation's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Fact {
    /// A field.
    Field(Field),
    /// A dated step of this kind.
    Step(StepKind),
    /// A relation of this kind.
    Relation(RelationKind),
}

impl Fact {
    /// The data file's name for the fact.
    pub fn key(self) -> &'static str {
        match self {
            Fact::Field(field) => field.key(),
            Fact::Step(kind) => kind.key(),
            Fact::Relation(kind) => kind.key(),
        }
    }

    /// The fact with this name.
    pub fn from_key(key: &str) -> Option<Fact> {
        Field::from_key(key)
            .map(Fact::Field)
            .or_else(|| StepKind::from_key(key).map(Fact::Step))
            .or_else(|| RelationKind::from_key(key).map(Fact::Relation))
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
