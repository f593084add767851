//! The interface text of one language, read from the language's file
//! (`data/lang/<code>.json`): plain texts, lists in the order of the model's enums, and
//! messages with placeholders ([`super::format`]). The WebAssembly holds no language's text;
//! each language's file is checked natively, naming the language and the key of a message
//! that is missing, unknown or has placeholders that do not match. No Leptos here.

use super::format::{Arg, Grammar, Pattern};
use crate::data::date::Date;
use crate::data::validation::{Checker, ValidationErrors};
use crate::dossiers::model::{
    Fact, Field, Kind, List, RelationKind, Status, Step, StepKind, TypeFacet,
};
use crate::dossiers::query::Sort;
use crate::dossiers::reference::{Act, ActForm, CitedNumber, Polity};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A message in a language's file: a text (with placeholders, if it is a pattern) or a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Entry {
    /// A text or a pattern.
    Text(String),
    /// A list of texts.
    List(Vec<String>),
}

/// The Rust type of a placeholder's value.
macro_rules! value_type {
    (N) => {
        u64
    };
    (T) => {
        &str
    };
    (D) => {
        Date
    };
}

/// A placeholder's value as the formatter takes it.
macro_rules! value_arg {
    (N, $v:ident) => {
        Arg::Number($v)
    };
    (T, $v:ident) => {
        Arg::Text($v)
    };
    (D, $v:ident) => {
        Arg::Date($v)
    };
}

/// Gives a text for ever: a language's messages are read once per visit and kept.
fn leak(text: &str) -> &'static str {
    Box::leak(text.to_owned().into_boxed_str())
}

/// Reads the messages of a file, noting what is wrong.
struct Reader<'a> {
    check: Checker,
    entries: &'a BTreeMap<String, Entry>,
    grammar: &'a Grammar,
}

impl<'a> Reader<'a> {
    /// The entry for `key`; one the file lacks is noted as missing.
    fn entry(&mut self, key: &str) -> Option<&'a Entry> {
        let entry = self.entries.get(key);
        if entry.is_none() {
            self.check.fail(
                key,
                "messages",
                "missing: this language has no such message",
            );
        }
        entry
    }

    fn text(&mut self, key: &str) -> &'static str {
        match self.entry(key) {
            Some(Entry::Text(text)) => {
                // A language may need no words where another does ("not selected").
                if !text.is_empty() {
                    self.check.text(key, "messages", text);
                }
                leak(text)
            }
            Some(Entry::List(_)) => {
                self.check
                    .fail(key, "messages", "a list, where a text is expected");
                ""
            }
            None => "",
        }
    }

    fn list(&mut self, key: &str, len: Option<usize>) -> &'static [&'static str] {
        match self.entry(key) {
            Some(Entry::List(items)) => {
                if let Some(len) = len.filter(|len| *len != items.len()) {
                    self.check.fail(
                        key,
                        "messages",
                        format!("{} items, expected {len}", items.len()),
                    );
                }
                for item in items {
                    self.check.text(key, "messages", item);
                }
                Box::leak(
                    items
                        .iter()
                        .map(|item| leak(item))
                        .collect::<Vec<_>>()
                        .into_boxed_slice(),
                )
            }
            Some(Entry::Text(_)) => {
                self.check
                    .fail(key, "messages", "a text, where a list is expected");
                &[]
            }
            None => &[],
        }
    }

    fn pattern(&mut self, key: &str, names: &[&str]) -> Pattern {
        let text = match self.entry(key) {
            Some(Entry::Text(text)) => text,
            Some(Entry::List(_)) => {
                self.check
                    .fail(key, "messages", "a list, where a pattern is expected");
                return Pattern::default();
            }
            None => return Pattern::default(),
        };
        match Pattern::parse(text).and_then(|p| p.check(names, self.grammar).map(|()| p)) {
            Ok(pattern) => pattern,
            Err(error) => {
                self.check.fail(
                    key,
                    "messages",
                    format!("{error} (its placeholders: {})", names.join(", ")),
                );
                Pattern::default()
            }
        }
    }
}

/// Declares the messages: the struct, the reading of a file into it, and a method for each
/// pattern.
macro_rules! messages {
    (
        texts { $( $(#[$tdoc:meta])* $text:ident, )* }
        lists { $( $(#[$ldoc:meta])* $list:ident: [$($len:expr)?], )* }
        patterns { $( $(#[$pdoc:meta])* $pat:ident($($arg:ident: $kind:ident),*), )* }
        raw_patterns { $( $(#[$rdoc:meta])* $raw:ident($($rarg:ident),*), )* }
    ) => {
        /// Every string the site writes itself, in one language. Texts and lists are fields;
        /// messages with numbers, dates or names in them are methods, so each language places
        /// them and chooses plural forms its own way.
        pub struct Messages {
            $( $(#[$tdoc])* pub $text: &'static str, )*
            $( $(#[$ldoc])* pub $list: &'static [&'static str], )*
            grammar: Grammar,
            patterns: Patterns,
            /// This site's translation of the records' notes and step details, by their English.
            record_texts: BTreeMap<String, String>,
        }

        /// The parsed patterns, by message.
        struct Patterns {
            $( $pat: Pattern, )*
            $( $raw: Pattern, )*
        }

        impl Messages {
            /// Every message's key.
            pub const KEYS: &'static [&'static str] = &[
                $(stringify!($text),)* $(stringify!($list),)* $(stringify!($pat),)* $(stringify!($raw),)*
            ];

            /// Reads `entries` with `grammar`; `file` names the file in errors.
            pub fn read(
                file: &'static str,
                grammar: Grammar,
                entries: &BTreeMap<String, Entry>,
            ) -> Result<Messages, ValidationErrors> {
                let mut reader = Reader { check: Checker::new(file), entries, grammar: &grammar };
                for key in entries.keys().filter(|k| !Self::KEYS.contains(&k.as_str())) {
                    reader.check.fail(key, "messages", "unknown: the site has no such message");
                }
                $( let $text = reader.text(stringify!($text)); )*
                $( let $list = reader.list(stringify!($list), None $(.or(Some($len)))?); )*
                let patterns = Patterns {
                    $( $pat: reader.pattern(stringify!($pat), &[$(stringify!($arg)),*]), )*
                    $( $raw: reader.pattern(stringify!($raw), &[$(stringify!($rarg)),*]), )*
                };
                reader.check.finish()?;
                Ok(Messages { $($text,)* $($list,)* grammar, patterns, record_texts: BTreeMap::new() })
            }

            /// Messages with nothing in them, for a language whose file could not be had.
            pub fn blank() -> Messages {
                Messages {
                    $($text: "",)*
                    $($list: &[],)*
                    grammar: Grammar::default(),
                    patterns: Patterns {
                        $( $pat: Pattern::default(), )*
                        $( $raw: Pattern::default(), )*
                    },
                    record_texts: BTreeMap::new(),
                }
            }

            $(
                $(#[$pdoc])*
                pub fn $pat(&self, $($arg: value_type!($kind)),*) -> String {
                    self.patterns.$pat.format(&[$((stringify!($arg), value_arg!($kind, $arg))),*], &self.grammar)
                }
            )*
        }
    };
}

messages! {
    texts {
        site_name,
        site_tagline,
        skip_to_content,
        nav_label,
        nav_mission,
        nav_themes,
        nav_international,
        nav_dossiers,
        nav_timeline,
        nav_about,
        language_label,
        footer_disclaimer,
        footer_sources,
        footer_accessibility,
        source_label,
        /// Under a block this site translated: that it did.
        translated_note,
        /// The link from a translated block to its English original.
        translated_original,
        /// What separates a label from its value (French puts a no-break space before the colon).
        label_separator,
        loading,
        load_failed_title,
        load_failed_body,
        retry,
        error_details,
        not_found_title,
        not_found_body,
        not_found_home,
        not_found_dossiers,
        mission_title,
        mission_h1,
        mission_description,
        mission_statement_heading,
        mission_aims_heading,
        mission_values_heading,
        mission_role_heading,
        mission_tasks_heading,
        mission_priorities_heading,
        mission_explore_heading,
        explore_international,
        source_counts_heading,
        themes_title,
        themes_description,
        themes_pager_label,
        previous_theme,
        next_theme,
        international_title,
        international_description,
        foreign_policy_heading,
        global_internet_title,
        global_internet_summary,
        gi_vision_heading,
        gi_goals_heading,
        gi_observatory_heading,
        gi_fora_heading,
        regional_title,
        regional_summary,
        regional_fair_rules_heading,
        regional_goals_heading,
        regional_goals_intro,
        regional_areas_heading,
        regional_areas_intro,
        hungarian_heading,
        hungarian_intro,
        hungarian_original_label,
        english_version_label,
        hungarian_related_heading,
        d4d_title,
        d4d_summary,
        d4d_africa_heading,
        d4d_council_heading,
        d4d_swd_heading,
        d4d_follow_heading,
        projects_title,
        projects_summary,
        region_map_label,
        /// Under the world map: what the shading means.
        map_caption,
        /// Where the map's outlines come from.
        map_credit,
        all_regions,
        all_countries,
        regions_label,
        countries_label,
        none_named,
        funding_2018,
        funding_ongoing,
        dossiers_title,
        dossiers_description,
        filters_heading,
        /// Shown instead of the search and filters when they cannot work (no JavaScript, or the
        /// app could not start).
        needs_app_note,
        results_heading,
        search_label,
        search_hint,
        status_label,
        type_label,
        years_label,
        from_label,
        to_label,
        any_year,
        sort_label,
        facet_selected,
        facet_not_selected,
        /// The heading of the statuses computed from dated steps.
        status_group_dated,
        clear_filters,
        empty_title,
        empty_body,
        pagination_label,
        previous_page,
        next_page,
        export_heading,
        export_csv,
        export_json,
        title_cut_off,
        title_missing,
        back_to_list,
        back_to_filtered_list,
        facts_heading,
        field_title,
        field_short_name,
        field_type,
        field_reference,
        /// The date of a record whose first step is the Commission's proposal.
        field_date,
        /// The date of a record whose first step is a date a source gives for the document.
        field_date_given,
        field_procedure,
        field_act,
        field_status,
        field_notes,
        no_reference,
        history_heading,
        documents_heading,
        no_eur_lex,
        sources_heading,
        /// Beside a page that is not an institution's.
        evidence_secondary,
        /// Beside an act's page on EUR-Lex in another language: what it confirms, before the
        /// official short title it gives.
        evidence_official_name,
        relations_heading,
        /// After a relation that concerns only some provisions.
        relation_partly,
        /// The name of the source's listing, among the facts a source confirms.
        fact_listed,
        /// That DG CONNECT led the file, among the facts a source confirms.
        fact_lead_dg,
        feed_link,
        /// The name of the calendar of coming dates, in calendar programs.
        calendar_title,
        /// A link to one dossier's calendar of coming dates.
        calendar_dossier_link,
        /// A link to the calendar of every dossier's coming dates.
        calendar_all_link,
        timeline_title,
        timeline_description,
        timeline_intro,
        coming_up_heading,
        coming_up_none,
        timeline_list_heading,
        timeline_chart_label,
        today_label,
        kind_label,
        timeline_years_label,
        timeline_search_button,
        /// The dossier page's summary of when the act applies.
        applies_when_heading,
        /// A link to the timeline.
        timeline_link,
        about_title,
        about_description,
        about_what_heading,
        about_what,
        about_disclaimer_heading,
        about_disclaimer,
        about_sources_heading,
        about_sources_intro,
        source_publisher,
        source_covers,
        source_as_of,
        a11y_heading,
        a11y_standard,
        a11y_testing_heading,
        a11y_testing,
        a11y_limitations_heading,
    }
    lists {
        /// In the order of [`Status::ALL`].
        status_names: [Status::ALL.len()],
        /// In the order of [`TypeFacet::ALL`].
        type_names: [TypeFacet::ALL.len()],
        /// In the order of [`Sort::ALL`].
        sort_names: [Sort::ALL.len()],
        /// The source's lists, by the names it gives them, in the order of [`List::ALL`].
        list_names: [List::ALL.len()],
        /// Names of the steps, in the order of [`StepKind::ALL`].
        step_names: [StepKind::ALL.len()],
        /// In the order of [`RelationKind::ALL`] ("Repealed by").
        relation_names: [RelationKind::ALL.len()],
        a11y_limitations: [],
    }
    patterns {
        explore_themes(count: N),
        explore_dossiers(count: N),
        count_negotiation(count: N),
        count_implementation(count: N),
        count_in_force_at_least(count: N),
        /// Whose the counts are and as of when: the date of the newest item the source's lists
        /// show, and how many of their rows this site holds.
        source_counts_note(newest: D, listed: N),
        themes_intro(count: N),
        theme_position(position: N, count: N),
        projects_count(shown: N, total: N),
        projects_short(count: N),
        /// The top step of the map's key ("4 or more projects").
        projects_at_least(count: N),
        /// The button that shows the filters on a narrow screen, with how many are on.
        filters_toggle(count: N),
        n_of_m_dossiers(shown: N, total: N),
        relax_text(text: T, count: N),
        relax_status(count: N),
        relax_type(count: N),
        relax_years(count: N),
        page_n(page: N),
        export_note(count: N),
        /// Under a status computed from dated steps: the day it is computed for.
        status_dated_note(today: D),
        /// Under a status the source's list gives: the list's name, and the date of the newest
        /// item the lists show.
        status_listed_note(list: T, newest: D),
        /// Singular or plural label for the count of committees.
        field_committees(count: N),
        /// Singular or plural label for the count of rapporteurs.
        field_rapporteurs(count: N),
        /// Link to the proposal on EUR-Lex, with its CELEX number.
        proposal_on_eur_lex(celex: T),
        /// Link to another Commission document on EUR-Lex, with its CELEX number.
        document_on_eur_lex(celex: T),
        /// Link to the adopted act on EUR-Lex, with its CELEX number.
        act_on_eur_lex(celex: T),
        /// What a source confirms: the list of facts, already joined. The names of the facts are
        /// labels; in running text a language may lower-case them (see [`super::format::lower_initials`]).
        evidence_confirms(facts: T),
        /// The day the record was checked against its sources.
        checked_note(day: D),
        /// The day a relation takes effect.
        relation_from(day: D),
        /// Under "no longer in force": the act that repealed it, and its last day of validity.
        status_repealed_note(act: T, last_day: D),
        /// Under "no longer in force" for an act that expired: its last day of validity.
        status_expired_note(last_day: D),
        /// How many steps of how many dossiers the timeline shows.
        timeline_count(steps: N, dossiers: N),
        /// Which steps a page of the timeline shows, when there are several pages: first, last,
        /// of how many.
        timeline_page_range(first: N, last: N, total: N),
        /// Which files are the DG's, and the day the data was checked.
        about_coverage(checked: D),
        /// How statuses are computed: the day they are computed for, and the date of the newest
        /// item of the source's lists.
        about_status_rule(today: D, newest: D),
    }
    raw_patterns {
        /// What the dossier records are. The record counts: all, the source's list rows, those of them that also cite public
        /// pages, the other records citing public pages, the other records citing only the facts
        /// file; and the day the records were checked.
        about_records(all, listed, listed_citing, others_citing, facts_only, others, checked),
        /// The heading of the statuses as the source lists them; the argument is the year of the
        /// lists' newest item.
        status_group_listed(year),
        /// A proposal for an act of this form ("Proposal for a regulation").
        proposal_name(form),
        /// How an adopted act is cited in this language ("règlement (UE) 2022/2065").
        act_citation(form, polity, council, numbering, number, year),
        /// The page's description: the title (empty when the source gives none) and the date.
        dossier_description(title, date, has_title),
        /// The adoption step, naming the act when there is one ("Adopted as Regulation (EU)
        /// 2022/2065", « Adoption du règlement (UE) 2022/2065 »).
        step_adopted(act, form),
        /// An Official Journal reference in this language, from what follows "OJ " in the
        /// English one: "L 277" is "JO L 277" in French, "L 130, p. 82" is "ABl. L 130, S. 82" in
        /// German.
        official_journal(issue, page, has_page, numbered),
    }
}

/// The key of an act's form in patterns.
fn form_key(form: ActForm) -> &'static str {
    match form {
        ActForm::Regulation => "regulation",
        ActForm::Directive => "directive",
        ActForm::Decision => "decision",
    }
}

/// Selects in patterns take "yes" or "no".
fn yes_no(yes: bool) -> &'static str {
    if yes {
        "yes"
    } else {
        "no"
    }
}

/// What the dossier records are, counted for the About page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RecordCounts {
    /// Every record.
    pub all: u64,
    /// The rows of the source's lists.
    pub listed: u64,
    /// Those of them that also cite public pages.
    pub listed_citing: u64,
    /// The other records that cite public pages.
    pub others_citing: u64,
    /// The other records that cite only the facts file.
    pub facts_only: u64,
}

impl Messages {
    /// What the dossier records are and where their facts come from, and the day they were
    /// checked.
    pub fn about_records(&self, counts: RecordCounts, checked: Date) -> String {
        let RecordCounts {
            all,
            listed,
            listed_citing,
            others_citing,
            facts_only,
        } = counts;
        self.patterns.about_records.format(
            &[
                ("all", Arg::Number(all)),
                ("listed", Arg::Number(listed)),
                ("listed_citing", Arg::Number(listed_citing)),
                ("others_citing", Arg::Number(others_citing)),
                ("facts_only", Arg::Number(facts_only)),
                ("others", Arg::Number(others_citing + facts_only)),
                ("checked", Arg::Date(checked)),
            ],
            &self.grammar,
        )
    }

    /// The heading of the statuses as the source lists them, with the year of its newest item.
    pub fn status_group_listed(&self, year: u16) -> String {
        let year = year.to_string();
        self.patterns
            .status_group_listed
            .format(&[("year", Arg::Text(&year))], &self.grammar)
    }

    /// A proposal for an act of this form ("Proposal for a regulation").
    pub fn proposal_name(&self, form: ActForm) -> String {
        self.patterns
            .proposal_name
            .format(&[("form", Arg::Text(form_key(form)))], &self.grammar)
    }

    /// How an adopted act is cited in this language, in running text ("règlement (UE)
    /// 2022/2065"): its form, the polity of its time, whether the Council alone adopted it, and
    /// its number in the form of its time.
    pub fn act_citation(&self, act: &Act) -> String {
        let polity = match act.polity() {
            Polity::Union => "union",
            Polity::Community => "community",
            Polity::EconomicCommunity => "economic-community",
        };
        let (numbering, number, year) = match act.cited_number() {
            CitedNumber::Uniform(number) => ("uniform", number.to_owned(), String::new()),
            CitedNumber::NumberFirst { number, year } => ("number-first", number.to_string(), year),
            CitedNumber::YearFirst { year, number } => ("year-first", number.to_string(), year),
        };
        self.patterns.act_citation.format(
            &[
                ("form", Arg::Text(form_key(act.form))),
                ("polity", Arg::Text(polity)),
                ("council", Arg::Text(yes_no(act.council))),
                ("numbering", Arg::Text(numbering)),
                ("number", Arg::Text(&number)),
                ("year", Arg::Text(&year)),
            ],
            &self.grammar,
        )
    }

    /// The page's description: the title (empty when the source gives none) and the date.
    pub fn dossier_description(&self, title: &str, date: &str) -> String {
        self.patterns.dossier_description.format(
            &[
                ("title", Arg::Text(title)),
                ("date", Arg::Text(date)),
                ("has_title", Arg::Text(yes_no(!title.is_empty()))),
            ],
            &self.grammar,
        )
    }

    /// The adoption step, naming the act when there is one.
    pub fn step_adopted(&self, act: Option<&Act>) -> String {
        let citation = act.map(|act| self.act_citation(act)).unwrap_or_default();
        let form = act.map_or("none", |act| form_key(act.form));
        self.patterns.step_adopted.format(
            &[("act", Arg::Text(&citation)), ("form", Arg::Text(form))],
            &self.grammar,
        )
    }

    /// An Official Journal reference as this language writes it, from the English form after
    /// "OJ " ("L 130, p. 82").
    pub fn official_journal(&self, reference: &str) -> String {
        let (issue, page) = match reference.split_once(", p. ") {
            Some((issue, page)) => (issue, Some(page)),
            None => (reference, None),
        };
        let numbered = issue.ends_with(|c: char| c.is_ascii_digit()) && !issue.contains('/');
        self.patterns.official_journal.format(
            &[
                ("issue", Arg::Text(issue)),
                ("page", Arg::Text(page.unwrap_or_default())),
                ("has_page", Arg::Text(yes_no(page.is_some()))),
                ("numbered", Arg::Text(yes_no(numbered))),
            ],
            &self.grammar,
        )
    }

    /// A date in this language's long form.
    pub fn date(&self, date: Date) -> String {
        self.grammar.date(date, "long")
    }

    /// A count in running text: one to nine written out, larger ones in digits.
    pub fn small_number(&self, n: u64) -> String {
        self.grammar.small_number(n)
    }

    /// The name of a status.
    pub fn status_name(&self, status: Status) -> &'static str {
        self.status_names
            .get(status.index())
            .copied()
            .unwrap_or_default()
    }

    /// The name of a document type, or that the source gives none.
    pub fn type_name(&self, facet: TypeFacet) -> &'static str {
        self.type_names
            .get(facet.index())
            .copied()
            .unwrap_or_default()
    }

    /// The name of a sort order.
    pub fn sort_name(&self, sort: Sort) -> &'static str {
        self.sort_names
            .get(sort.index())
            .copied()
            .unwrap_or_default()
    }

    /// The name of one of the source's lists.
    pub fn list_name(&self, list: List) -> &'static str {
        self.list_names
            .get(list.index())
            .copied()
            .unwrap_or_default()
    }

    /// The name of a step.
    pub fn step_name(&self, kind: StepKind) -> &'static str {
        self.step_names
            .get(kind.index())
            .copied()
            .unwrap_or_default()
    }

    /// The name of a relation between acts.
    pub fn relation_name(&self, kind: RelationKind) -> &'static str {
        self.relation_names
            .get(kind.index())
            .copied()
            .unwrap_or_default()
    }

    /// What a record is, in a word or two: the act cited, "Proposal for a regulation", or the
    /// type the source gives.
    pub fn kind_name(&self, kind: Kind) -> String {
        match kind {
            Kind::Act(act) => self.act_name(act),
            Kind::Proposal(form) => self.proposal_name(form),
            Kind::Document(doc_type) => self.type_name(TypeFacet::Given(doc_type)).to_owned(),
            Kind::NotGiven => self.type_name(TypeFacet::NotGiven).to_owned(),
        }
    }

    /// An act's citation standing on its own, as a value or a heading: its first letter a
    /// capital ("Règlement (UE) 2022/2065"), where in running text French writes
    /// « le règlement (UE) 2022/2065 ».
    pub fn act_name(&self, act: &Act) -> String {
        super::capitalised(&self.act_citation(act))
    }

    /// What a history step says; `act` is the adopted act.
    pub fn step_text(&self, step: &Step, act: Option<&Act>) -> String {
        match step.kind {
            StepKind::Adopted => self.step_adopted(act),
            kind => self.step_name(kind).to_owned(),
        }
    }

    /// The same messages with `texts`, this language's translation of the records' notes and
    /// step details.
    pub fn with_record_texts(self, texts: BTreeMap<String, String>) -> Messages {
        Messages {
            record_texts: texts,
            ..self
        }
    }

    /// A record's note or a step's detail in this language, and true if it is: its translation,
    /// or else the English as the record has it.
    pub fn record_text(&self, english: &str) -> (String, bool) {
        match self.record_texts.get(english) {
            Some(translated) => (translated.clone(), true),
            None => (english.to_owned(), false),
        }
    }

    /// A step's detail in this language: an Official Journal reference is written the
    /// language's way ("OJ L 323" is "JO L 323" in French); anything else is this site's
    /// translation of it, or the English; true says it is in this language.
    pub fn step_detail(&self, detail: &str) -> (String, bool) {
        match detail.strip_prefix("OJ ") {
            Some(issue) => (self.official_journal(issue), true),
            None => self.record_text(detail),
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
    pub fn fact_name(&self, fact: Fact) -> String {
        match fact {
            Fact::Field(Field::Title) => self.field_title.to_owned(),
            Fact::Field(Field::Reference) => self.field_reference.to_owned(),
            Fact::Field(Field::Procedure) => self.field_procedure.to_owned(),
            Fact::Field(Field::Act) => self.field_act.to_owned(),
            Fact::Field(Field::Committees) => self.field_committees(2),
            Fact::Field(Field::Rapporteurs) => self.field_rapporteurs(2),
            Fact::Field(Field::Listed) => self.fact_listed.to_owned(),
            Fact::Field(Field::LeadDg) => self.fact_lead_dg.to_owned(),
            Fact::Step(kind) => self.step_name(kind).to_owned(),
            Fact::Relation(kind) => self.relation_name(kind).to_owned(),
        }
    }
}
