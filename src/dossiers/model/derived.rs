//! What follows from a record: its URL id, its date, how to name it, its type, its status on
//! a given day, and the facts it states that evidence must confirm.

use super::record::{Dossier, Evidence, Relation, Step};
use super::vocabulary::{DocType, Fact, Field, Stage, Status, StepKind, TypeFacet};
use crate::data::date::Date;
use crate::dossiers::reference::{Act, ActForm, Procedure};
use crate::text::slugify;

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

    /// The act's official short title in the language with this code, where the record has
    /// one.
    pub fn name_in(&self, lang: &str) -> Option<&str> {
        self.names
            .iter()
            .find(|n| n.lang == lang)
            .map(|n| n.name.as_str())
    }

    /// The common name to show first on a page in the language with code `lang`, and the
    /// language it is in: the act's official short title in that language, else the English
    /// short name.
    pub fn short_name_in<'a>(&self, lang: &'a str) -> Option<(String, &'a str)> {
        match self.name_in(lang) {
            Some(name) => Some((name.to_owned(), lang)),
            None => self.short_name.clone().map(|name| (name, "en")),
        }
    }

    /// The name to list the record under on a page in the language with code `lang`, and the
    /// language that name is in: the act's official short title in that language where the
    /// record has one, else [`Dossier::display_name`], in English.
    pub fn display_name_in<'a>(&self, id: &str, lang: &'a str) -> (String, &'a str) {
        match self.name_in(lang) {
            Some(name) => (name.to_owned(), lang),
            None => (self.display_name(id), "en"),
        }
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

    /// Where the dossier stands on `today`, through the act's whole life. A withdrawn
    /// proposal is withdrawn. An adopted act is no longer in force after its end of validity;
    /// before that it is adopted while its entry into force is ahead, being implemented while
    /// an application or transposition date of its own is ahead, and in force after. A dated
    /// proposal is in negotiation; otherwise the source's list decides, as the source's word.
    /// A partial repeal leaves the act in force, as EUR-Lex has it; its page says what went.
    pub fn status(&self, today: Date) -> Status {
        let passed = |kind| self.step(kind).is_some_and(|s: &Step| s.date <= today);
        let ahead = |kind| self.step(kind).is_some_and(|s: &Step| s.date > today);
        if passed(StepKind::Withdrawn) {
            Status::Dated(Stage::Withdrawn)
        } else if self
            .step(StepKind::EndOfValidity)
            .is_some_and(|s| s.date < today)
        {
            Status::Dated(Stage::NoLongerInForce)
        } else if passed(StepKind::Adopted) {
            let pending = self
                .steps
                .iter()
                .any(|s| s.kind.is_application() && s.date > today);
            Status::Dated(if ahead(StepKind::InForce) {
                Stage::Adopted
            } else if pending {
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

    /// The CELEX number of the Commission document (see [`crate::dossiers::reference::DocRef::celex`]).
    pub fn document_celex(&self) -> Option<String> {
        let legislative = self.doc_type.and_then(DocType::act_form).is_some();
        self.reference.as_ref()?.celex(legislative)
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

    /// The act that repealed or replaced this one in full, where the record says so.
    pub fn repealed_by(&self) -> Option<&Relation> {
        self.relations
            .iter()
            .find(|r| r.kind.ends_the_act() && !r.partly)
    }

    /// The facts the record states, each of which some evidence must confirm, with the field
    /// that states it.
    pub(super) fn stated_facts(&self) -> Vec<(String, Fact)> {
        let mut facts = vec![
            ("title".to_owned(), Fact::Field(Field::Title)),
            ("evidence".to_owned(), Fact::Field(Field::LeadDg)),
        ];
        let mut state = |present: bool, field: Field| {
            if present {
                facts.push((field.key().to_owned(), Fact::Field(field)));
            }
        };
        state(self.reference.is_some(), Field::Reference);
        state(self.procedure.is_some(), Field::Procedure);
        state(self.act.is_some(), Field::Act);
        state(!self.committees.is_empty(), Field::Committees);
        state(!self.rapporteurs.is_empty(), Field::Rapporteurs);
        state(self.listed.is_some(), Field::Listed);
        for (i, step) in self.steps.iter().enumerate() {
            facts.push((format!("steps[{i}]"), Fact::Step(step.kind)));
        }
        for (i, relation) in self.relations.iter().enumerate() {
            facts.push((format!("relations[{i}]"), Fact::Relation(relation.kind)));
        }
        facts
    }
}
