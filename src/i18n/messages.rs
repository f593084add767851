//! The interface text of one language.

use crate::data::date::Date;
use crate::dossiers::model::{
    Fact, Field, Kind, List, RelationKind, Status, Step, StepKind, TypeFacet,
};
use crate::dossiers::query::Sort;
use crate::dossiers::reference::{Act, ActForm};

/// Every string the site writes itself, in one language. Plain strings are `&'static str`;
/// strings with numbers or names in them are functions, so each language places them and
/// chooses plural forms its own way.
pub struct Messages {
    // Shell
    pub site_name: &'static str,
    pub site_tagline: &'static str,
    pub skip_to_content: &'static str,
    pub nav_label: &'static str,
    pub nav_mission: &'static str,
    pub nav_themes: &'static str,
    pub nav_international: &'static str,
    pub nav_dossiers: &'static str,
    pub nav_timeline: &'static str,
    pub nav_about: &'static str,
    pub language_label: &'static str,
    pub footer_disclaimer: &'static str,
    pub footer_sources: &'static str,
    pub footer_accessibility: &'static str,
    pub source_label: &'static str,
    /// What separates a label from its value (French puts a no-break space before the colon).
    pub label_separator: &'static str,

    // Loading and errors
    pub loading: &'static str,
    pub load_failed_title: &'static str,
    pub load_failed_body: &'static str,
    pub retry: &'static str,
    pub error_details: &'static str,
    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub not_found_home: &'static str,
    pub not_found_dossiers: &'static str,

    // Mission
    pub mission_title: &'static str,
    pub mission_h1: &'static str,
    pub mission_description: &'static str,
    pub mission_statement_heading: &'static str,
    pub mission_aims_heading: &'static str,
    pub mission_values_heading: &'static str,
    pub mission_role_heading: &'static str,
    pub mission_tasks_heading: &'static str,
    pub mission_priorities_heading: &'static str,
    pub mission_explore_heading: &'static str,
    pub explore_themes: fn(u64) -> String,
    pub explore_international: &'static str,
    pub explore_dossiers: fn(u64) -> String,
    pub source_counts_heading: &'static str,
    pub count_negotiation: fn(u64) -> String,
    pub count_implementation: fn(u64) -> String,
    pub count_in_force_at_least: fn(u64) -> String,
    /// Whose the counts are and as of when: the date of the newest item the source's lists
    /// show, and how many of their rows this site holds.
    pub source_counts_note: fn(Date, u64) -> String,

    // Themes
    pub themes_title: &'static str,
    pub themes_description: &'static str,
    pub themes_intro: fn(u64) -> String,
    pub theme_position: fn(u64, u64) -> String,
    pub themes_pager_label: &'static str,
    pub previous_theme: &'static str,
    pub next_theme: &'static str,

    // International
    pub international_title: &'static str,
    pub international_description: &'static str,
    pub foreign_policy_heading: &'static str,
    pub global_internet_title: &'static str,
    pub global_internet_summary: &'static str,
    pub gi_vision_heading: &'static str,
    pub gi_goals_heading: &'static str,
    pub gi_observatory_heading: &'static str,
    pub gi_fora_heading: &'static str,
    pub regional_title: &'static str,
    pub regional_summary: &'static str,
    pub regional_fair_rules_heading: &'static str,
    pub regional_goals_heading: &'static str,
    pub regional_goals_intro: &'static str,
    pub regional_areas_heading: &'static str,
    pub regional_areas_intro: &'static str,
    pub hungarian_heading: &'static str,
    pub hungarian_intro: &'static str,
    pub hungarian_original_label: &'static str,
    pub english_version_label: &'static str,
    pub hungarian_related_heading: &'static str,
    pub d4d_title: &'static str,
    pub d4d_summary: &'static str,
    pub d4d_africa_heading: &'static str,
    pub d4d_council_heading: &'static str,
    pub d4d_swd_heading: &'static str,
    pub d4d_follow_heading: &'static str,
    pub projects_title: &'static str,
    pub projects_summary: &'static str,
    pub projects_count: fn(u64, u64) -> String,
    pub projects_short: fn(u64) -> String,
    pub region_map_label: &'static str,
    /// Under the world map: what the shading means.
    pub map_caption: &'static str,
    /// Where the map's outlines come from.
    pub map_credit: &'static str,
    /// The top step of the map's key ("4 or more projects").
    pub projects_at_least: fn(u64) -> String,
    pub all_regions: &'static str,
    pub all_countries: &'static str,
    pub regions_label: &'static str,
    pub countries_label: &'static str,
    pub none_named: &'static str,
    pub funding_2018: &'static str,
    pub funding_ongoing: &'static str,

    // Dossier list
    pub dossiers_title: &'static str,
    pub dossiers_description: &'static str,
    pub filters_heading: &'static str,
    /// The button that shows the filters on a narrow screen, with how many are on.
    pub filters_toggle: fn(u64) -> String,
    /// Shown instead of the search and filters when they cannot work (no JavaScript, or the
    /// app could not start).
    pub needs_app_note: &'static str,
    pub results_heading: &'static str,
    pub search_label: &'static str,
    pub search_hint: &'static str,
    pub status_label: &'static str,
    pub type_label: &'static str,
    pub years_label: &'static str,
    pub from_label: &'static str,
    pub to_label: &'static str,
    pub any_year: &'static str,
    pub sort_label: &'static str,
    pub facet_selected: &'static str,
    pub facet_not_selected: &'static str,
    /// The heading of the statuses computed from dated steps.
    pub status_group_dated: &'static str,
    /// The heading of the statuses as the source lists them; the argument is the year of the
    /// lists' newest item.
    pub status_group_listed: fn(u16) -> String,
    pub n_of_m_dossiers: fn(u64, u64) -> String,
    pub clear_filters: &'static str,
    pub empty_title: &'static str,
    pub empty_body: &'static str,
    pub relax_text: fn(&str, u64) -> String,
    pub relax_status: fn(u64) -> String,
    pub relax_type: fn(u64) -> String,
    pub relax_years: fn(u64) -> String,
    pub pagination_label: &'static str,
    pub previous_page: &'static str,
    pub next_page: &'static str,
    pub page_n: fn(u64) -> String,
    pub export_heading: &'static str,
    pub export_note: fn(u64) -> String,
    pub export_csv: &'static str,
    pub export_json: &'static str,
    pub title_cut_off: &'static str,
    pub title_missing: &'static str,
    /// In the order of [`Status::ALL`].
    pub status_names: [&'static str; Status::ALL.len()],
    /// In the order of [`TypeFacet::ALL`].
    pub type_names: [&'static str; TypeFacet::ALL.len()],
    /// In the order of [`Sort::ALL`].
    pub sort_names: [&'static str; Sort::ALL.len()],
    /// A proposal for an act of this form ("Proposal for a regulation").
    pub proposal_name: fn(ActForm) -> &'static str,
    /// How an adopted act is cited in this language ("règlement (UE) 2022/2065").
    pub act_citation: fn(&Act) -> String,

    // Dossier page
    pub back_to_list: &'static str,
    pub back_to_filtered_list: &'static str,
    /// The page's description: the title (empty when the source gives none) and the date.
    pub dossier_description: fn(&str, &str) -> String,
    /// Under a status computed from dated steps: the day it is computed for.
    pub status_dated_note: fn(Date) -> String,
    /// Under a status the source's list gives: the list's name, and the date of the newest
    /// item the lists show.
    pub status_listed_note: fn(&str, Date) -> String,
    pub facts_heading: &'static str,
    pub field_title: &'static str,
    pub field_short_name: &'static str,
    pub field_type: &'static str,
    pub field_reference: &'static str,
    /// The date of a record whose first step is the Commission's proposal.
    pub field_date: &'static str,
    /// The date of a record whose first step is a date a source gives for the document.
    pub field_date_given: &'static str,
    pub field_procedure: &'static str,
    pub field_act: &'static str,
    pub field_status: &'static str,
    /// Singular or plural label for the count of committees.
    pub field_committees: fn(u64) -> &'static str,
    /// Singular or plural label for the count of rapporteurs.
    pub field_rapporteurs: fn(u64) -> &'static str,
    pub field_notes: &'static str,
    pub no_reference: &'static str,
    pub history_heading: &'static str,
    /// The source's lists, by the names it gives them, in the order of [`List::ALL`].
    pub list_names: [&'static str; List::ALL.len()],
    /// Names of the steps, in the order of [`StepKind::ALL`].
    pub step_names: [&'static str; StepKind::ALL.len()],
    /// The adoption step, naming the act when there is one.
    pub step_adopted: fn(Option<&str>) -> String,
    /// What the Official Journal reference in a step's detail is called ("JO L 277").
    pub official_journal: &'static str,
    pub documents_heading: &'static str,
    /// Link to the proposal on EUR-Lex, with its CELEX number.
    pub proposal_on_eur_lex: fn(&str) -> String,
    /// Link to another Commission document on EUR-Lex, with its CELEX number.
    pub document_on_eur_lex: fn(&str) -> String,
    /// Link to the adopted act on EUR-Lex, with its CELEX number.
    pub act_on_eur_lex: fn(&str) -> String,
    pub no_eur_lex: &'static str,
    pub sources_heading: &'static str,
    /// What a source confirms: the list of facts, already joined.
    pub evidence_confirms: fn(&str) -> String,
    /// Beside a page that is not an institution's.
    pub evidence_secondary: &'static str,
    /// Beside an act's page on EUR-Lex in another language: what it confirms, before the
    /// official short title it gives.
    pub evidence_official_name: &'static str,
    /// The day the record was checked against its sources.
    pub checked_note: fn(Date) -> String,
    pub relations_heading: &'static str,
    /// In the order of [`RelationKind::ALL`] ("Repealed by").
    pub relation_names: [&'static str; RelationKind::ALL.len()],
    /// After a relation that concerns only some provisions.
    pub relation_partly: &'static str,
    /// The day a relation takes effect.
    pub relation_from: fn(Date) -> String,
    /// Under "no longer in force": the act that repealed it, and its last day of validity.
    pub status_repealed_note: fn(&str, Date) -> String,
    /// Under "no longer in force" for an act that expired: its last day of validity.
    pub status_expired_note: fn(Date) -> String,
    /// The name of the source's listing, among the facts a source confirms.
    pub fact_listed: &'static str,
    /// That DG CONNECT led the file, among the facts a source confirms.
    pub fact_lead_dg: &'static str,
    pub feed_link: &'static str,
    /// The name of the calendar of coming dates, in calendar programs.
    pub calendar_title: &'static str,
    /// A link to one dossier's calendar of coming dates.
    pub calendar_dossier_link: &'static str,
    /// A link to the calendar of every dossier's coming dates.
    pub calendar_all_link: &'static str,

    // Timeline
    pub timeline_title: &'static str,
    pub timeline_description: &'static str,
    pub timeline_intro: &'static str,
    /// How many steps of how many dossiers the timeline shows.
    pub timeline_count: fn(u64, u64) -> String,
    /// Which steps a page of the timeline shows, when there are several pages: first, last,
    /// of how many.
    pub timeline_page_range: fn(u64, u64, u64) -> String,
    pub coming_up_heading: &'static str,
    pub coming_up_none: &'static str,
    pub timeline_list_heading: &'static str,
    pub timeline_chart_label: &'static str,
    pub today_label: &'static str,
    pub kind_label: &'static str,
    pub timeline_years_label: &'static str,
    pub timeline_search_button: &'static str,
    /// The dossier page's summary of when the act applies.
    pub applies_when_heading: &'static str,
    /// A link to the timeline.
    pub timeline_link: &'static str,

    // About
    pub about_title: &'static str,
    pub about_description: &'static str,
    pub about_what_heading: &'static str,
    pub about_what: &'static str,
    pub about_disclaimer_heading: &'static str,
    pub about_disclaimer: &'static str,
    pub about_sources_heading: &'static str,
    pub about_sources_intro: &'static str,
    pub source_publisher: &'static str,
    pub source_covers: &'static str,
    pub source_as_of: &'static str,
    /// What the dossier records are. The record counts: all, the source's list rows, those of them that also cite public
    /// pages, the other records citing public pages, the other records citing only the facts
    /// file; and the day the records were checked.
    pub about_records: fn(u64, u64, u64, u64, u64, Date) -> String,
    /// Which files are the DG's, and the day the data was checked.
    pub about_coverage: fn(Date) -> String,
    /// How statuses are computed: the day they are computed for, and the date of the newest
    /// item of the source's lists.
    pub about_status_rule: fn(Date, Date) -> String,
    pub a11y_heading: &'static str,
    pub a11y_standard: &'static str,
    pub a11y_testing_heading: &'static str,
    pub a11y_testing: &'static str,
    pub a11y_limitations_heading: &'static str,
    pub a11y_limitations: &'static [&'static str],

    // Dates
    pub months: [&'static str; 12],
    /// A date in the language's long form, from the month's name.
    pub format_date: fn(&str, Date) -> String,
    /// Small numbers written out in running text (one to nine), as EU style guides ask.
    pub small_numbers: [&'static str; 9],
}

impl Messages {
    /// The name of a status.
    pub fn status_name(&self, status: Status) -> &'static str {
        self.status_names[status.index()]
    }

    /// The name of a document type, or that the source gives none.
    pub fn type_name(&self, facet: TypeFacet) -> &'static str {
        self.type_names[facet.index()]
    }

    /// The name of a sort order.
    pub fn sort_name(&self, sort: Sort) -> &'static str {
        self.sort_names[sort.index()]
    }

    /// The name of one of the source's lists.
    pub fn list_name(&self, list: List) -> &'static str {
        self.list_names[list.index()]
    }

    /// The name of a step.
    pub fn step_name(&self, kind: StepKind) -> &'static str {
        self.step_names[kind.index()]
    }

    /// The name of a relation between acts.
    pub fn relation_name(&self, kind: RelationKind) -> &'static str {
        self.relation_names[kind.index()]
    }

    /// What a record is, in a word or two: the act cited, "Proposal for a regulation", or the
    /// type the source gives.
    pub fn kind_name(&self, kind: Kind) -> String {
        match kind {
            Kind::Act(act) => (self.act_citation)(act),
            Kind::Proposal(form) => (self.proposal_name)(form).to_owned(),
            Kind::Document(doc_type) => self.type_name(TypeFacet::Given(doc_type)).to_owned(),
            Kind::NotGiven => self.type_name(TypeFacet::NotGiven).to_owned(),
        }
    }

    /// What a history step says; `act` is the adopted act.
    pub fn step_text(&self, step: &Step, act: Option<&Act>) -> String {
        match step.kind {
            StepKind::Adopted => (self.step_adopted)(act.map(self.act_citation).as_deref()),
            kind => self.step_name(kind).to_owned(),
        }
    }

    /// A step's detail in this language: the Official Journal's abbreviation is the
    /// language's own ("OJ L 323" is "JO L 323" in French); anything else stays as the
    /// source writes it, in English.
    pub fn step_detail(&self, detail: &str) -> (String, bool) {
        match detail.strip_prefix("OJ ") {
            Some(issue) => (format!("{} {issue}", self.official_journal), true),
            None => (detail.to_owned(), false),
        }
    }

    /// A step's detail as a suffix to its text (" (JO L 323)"), or nothing.
    pub fn step_detail_suffix(&self, step: &Step) -> String {
        step.detail
            .as_deref()
            .map(|d| format!(" ({})", self.step_detail(d).0))
            .unwrap_or_default()
    }

    /// The name of a fact a source confirms.
    pub fn fact_name(&self, fact: Fact) -> &'static str {
        match fact {
            Fact::Field(Field::Title) => self.field_title,
            Fact::Field(Field::Reference) => self.field_reference,
            Fact::Field(Field::Procedure) => self.field_procedure,
            Fact::Field(Field::Act) => self.field_act,
            Fact::Field(Field::Committees) => (self.field_committees)(2),
            Fact::Field(Field::Rapporteurs) => (self.field_rapporteurs)(2),
            Fact::Field(Field::Listed) => self.fact_listed,
            Fact::Field(Field::LeadDg) => self.fact_lead_dg,
            Fact::Step(kind) => self.step_name(kind),
            Fact::Relation(kind) => self.relation_name(kind),
        }
    }

    /// A count in running text: one to nine written out, larger ones in digits.
    pub fn small_number(&self, n: u64) -> String {
        super::small_number(&self.small_numbers, n)
    }
}
