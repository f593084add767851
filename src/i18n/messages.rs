//! The interface text of one language.

use crate::data::date::Date;
use crate::dossiers::model::{Status, Step, StepKind, TypeFacet};
use crate::dossiers::query::Sort;

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
    pub nav_about: &'static str,
    pub language_label: &'static str,
    pub footer_disclaimer: &'static str,
    pub footer_sources: &'static str,
    pub footer_accessibility: &'static str,
    pub source_label: &'static str,

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
    pub source_counts_note: fn(u64) -> String,

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
    pub source_reports: fn(u64, u64, u64) -> String,
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
    pub status_names: [&'static str; 3],
    pub type_names: [&'static str; 7],
    pub sort_names: [&'static str; 4],

    // Dossier page
    pub back_to_list: &'static str,
    pub back_to_filtered_list: &'static str,
    pub dossier_description: fn(&str, &str) -> String,
    pub status_explained: fn(&str) -> String,
    pub facts_heading: &'static str,
    pub field_short_name: &'static str,
    pub field_type: &'static str,
    pub field_reference: &'static str,
    pub field_date: &'static str,
    pub field_procedure: &'static str,
    pub field_act: &'static str,
    pub field_status: &'static str,
    pub field_committees: &'static str,
    pub field_rapporteurs: &'static str,
    pub field_notes: &'static str,
    pub no_reference: &'static str,
    pub history_heading: &'static str,
    pub source_lists: [&'static str; 3],
    pub step_listed: fn(&str) -> String,
    pub step_proposed: &'static str,
    pub step_adopted: fn(Option<&str>) -> String,
    pub step_published: &'static str,
    pub step_in_force: &'static str,
    pub step_applies: &'static str,
    pub step_applies_in_part: &'static str,
    pub step_transposition: &'static str,
    pub documents_heading: &'static str,
    pub proposal_on_eur_lex: fn(&str) -> String,
    pub act_on_eur_lex: fn(&str) -> String,
    pub no_eur_lex: &'static str,
    pub sources_heading: &'static str,
    pub feed_link: &'static str,

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
    pub about_status_rule: fn(&str) -> String,
    pub a11y_heading: &'static str,
    pub a11y_standard: &'static str,
    pub a11y_testing_heading: &'static str,
    pub a11y_testing: &'static str,
    pub a11y_limitations_heading: &'static str,
    pub a11y_limitations: &'static [&'static str],

    // Dates
    pub months: [&'static str; 12],
    pub format_date: fn(&str, Date) -> String,
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

    /// What a history step says; `act` names the adopted act.
    pub fn step_text(&self, step: &Step, act: Option<&str>) -> String {
        match step.kind {
            StepKind::Listed => {
                let list = step.list.map_or("", |l| self.source_lists[l.index()]);
                (self.step_listed)(list)
            }
            StepKind::Proposed => self.step_proposed.to_owned(),
            StepKind::Adopted => (self.step_adopted)(act),
            StepKind::Published => self.step_published.to_owned(),
            StepKind::InForce => self.step_in_force.to_owned(),
            StepKind::Applies => self.step_applies.to_owned(),
            StepKind::AppliesInPart => self.step_applies_in_part.to_owned(),
            StepKind::Transposition => self.step_transposition.to_owned(),
        }
    }
}
