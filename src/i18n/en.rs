//! English.

use super::{group_digits, one_is_singular, Messages};
use crate::data::date::Date;
use crate::dossiers::reference::{Act, ActForm};

fn n(value: u64) -> String {
    group_digits(value, ",")
}

fn plural(value: u64, one: &str, other: &str) -> String {
    format!(
        "{} {}",
        n(value),
        if one_is_singular(value) { one } else { other }
    )
}

fn format_date(month: &str, date: Date) -> String {
    format!("{} {month} {}", date.day, date.year)
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const SMALL_NUMBERS: [&str; 9] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
];

fn long_date(date: Date) -> String {
    format_date(MONTHS[usize::from(date.month.clamp(1, 12)) - 1], date)
}

fn small(count: u64) -> String {
    super::small_number(&SMALL_NUMBERS, count)
}

fn act_citation(act: &Act) -> String {
    act.title()
}

fn proposal_name(form: ActForm) -> &'static str {
    match form {
        ActForm::Regulation => "Proposal for a regulation",
        ActForm::Directive => "Proposal for a directive",
        ActForm::Decision => "Proposal for a decision",
    }
}

/// The English interface.
pub const MESSAGES: Messages = Messages {
    site_name: "CONNECT Explorer",
    site_tagline: "An unofficial guide to the European Commission's DG for Communications Networks, Content and Technology",
    skip_to_content: "Skip to main content",
    nav_label: "Main",
    nav_mission: "Mission",
    nav_themes: "Themes",
    nav_international: "International",
    nav_dossiers: "Legislative files",
    nav_timeline: "Timeline",
    nav_about: "About",
    language_label: "Language",
    footer_disclaimer: "This site is not an official website of the European Commission. It presents public information about DG CONNECT from the sources it names.",
    footer_sources: "Sources",
    footer_accessibility: "Accessibility statement",
    source_label: "Source:",
    label_separator: ": ",

    loading: "Loading…",
    load_failed_title: "This content could not be loaded",
    load_failed_body: "The site's data did not arrive or is damaged. Check your connection and try again.",
    retry: "Try again",
    error_details: "Technical details",
    not_found_title: "Page not found",
    not_found_body: "There is no page at this address. The link may be mistyped, or the page may have moved.",
    not_found_home: "Go to the home page",
    not_found_dossiers: "Browse the legislative files",

    mission_title: "Mission",
    mission_h1: "Directorate-General for Communications Networks, Content and Technology",
    mission_description: "What DG CONNECT, the European Commission's department for communications networks, content and technology, is for and what it does.",
    mission_statement_heading: "Mission statement",
    mission_aims_heading: "To help achieve this, DG CONNECT aims to:",
    mission_values_heading: "Values",
    mission_role_heading: "Tasks and role",
    mission_tasks_heading: "Tasks",
    mission_priorities_heading: "Priorities",
    mission_explore_heading: "Explore",
    explore_themes: |count| format!("The {} themes DG CONNECT covers.", small(count)),
    explore_international: "Global Internet, regional relations, Digital4Development and research projects abroad.",
    explore_dossiers: |count| format!("Search, filter and export {}, with their history and EUR-Lex links.", plural(count, "legislative file", "legislative files")),
    source_counts_heading: "The DG's legislative files, as counted by the source",
    count_negotiation: |count| plural(count, "proposal for a legislative or other legal instrument in negotiation with the Council and the European Parliament", "proposals for legislative or other legal instruments in negotiation with the Council and the European Parliament"),
    count_implementation: |count| plural(count, "act being implemented by the Member States", "acts being implemented by the Member States"),
    count_in_force_at_least: |count| format!("at least {}", plural(count, "act in force", "acts in force")),
    source_counts_note: |newest, held| format!("Figures reported by EU Monitor, in lists that carry no date of their own; the newest item they show is dated {}. This site holds the {} rows those lists show, not the others they count.", long_date(newest), n(held)),

    themes_title: "Themes",
    themes_description: "The five themes DG CONNECT covers: innovation and growth, research funding, opportunities for Europe, ICT for society and a strategic vision.",
    themes_intro: |count| format!("DG CONNECT covers {} themes.", small(count)),
    theme_position: |position, count| format!("Theme {position} of {count}"),
    themes_pager_label: "Other themes",
    previous_theme: "Previous theme",
    next_theme: "Next theme",

    international_title: "International cooperation",
    international_description: "How the European Commission works with partners worldwide on the Internet, telecommunications, development and ICT research.",
    foreign_policy_heading: "Foreign policy",
    global_internet_title: "Global Internet and telecommunications",
    global_internet_summary: "The Commission's vision of an open Internet, its goals and the Global Internet Policy Observatory.",
    gi_vision_heading: "What digital world do we want?",
    gi_goals_heading: "Goals",
    gi_observatory_heading: "Global Internet Policy Observatory",
    gi_fora_heading: "Where the Commission takes part",
    regional_title: "Regional and bilateral relations",
    regional_summary: "Fair and transparent rules, policy goals, strategic partners and geographical areas.",
    regional_fair_rules_heading: "A global environment with fair and transparent rules",
    regional_goals_heading: "Policy goals",
    regional_goals_intro: "Activities and policy development in this area typically aim to:",
    regional_areas_heading: "Geographical scope",
    regional_areas_intro: "The source’s related pages cover these areas:",
    hungarian_heading: "News and related content in Hungarian",
    hungarian_intro: "The source page shows these items in Hungarian. Each is given as published, with this site’s English translation beside it.",
    hungarian_original_label: "As published, in Hungarian",
    english_version_label: "English translation by this site",
    hungarian_related_heading: "See also",
    d4d_title: "Digital for development",
    d4d_summary: "Digital4Development: digital technology in the EU's development policy, its priorities and its focus on Africa.",
    d4d_africa_heading: "Focus on Africa",
    d4d_council_heading: "Council conclusions, 2016",
    d4d_swd_heading: "Staff working document, May 2017",
    d4d_follow_heading: "Follow the work",
    projects_title: "International ICT research projects",
    projects_summary: "ICT research and innovation projects with partners abroad, among them those funded under Horizon 2020 in 2018, by region and country.",
    projects_count: |shown, total| format!("Showing {} of {}", n(shown), plural(total, "project", "projects")),
    projects_short: |count| plural(count, "project", "projects"),
    region_map_label: "Regions",
    map_caption: "Countries named as partners, darker the more projects name them. A project that names only a region is counted under that region.",
    map_credit: "Country outlines: Natural Earth (public domain).",
    projects_at_least: |count| format!("{} or more projects", n(count)),
    all_regions: "All regions",
    all_countries: "All countries",
    regions_label: "Regions",
    countries_label: "Countries",
    none_named: "none named by the source",
    funding_2018: "Among the projects funded in 2018",
    funding_ongoing: "Listed by the source as ongoing",

    dossiers_title: "Legislative files",
    dossiers_description: "DG CONNECT's legislative files: search by title or reference, filter by status, type and year, and export the selection.",
    filters_heading: "Filter",
    filters_toggle: |n| if n == 0 { "Filters".to_owned() } else { format!("Filters ({n} on)") },
    needs_app_note: "Search, filters, sorting and export need JavaScript; the list below is unfiltered.",
    results_heading: "Results",
    search_label: "Search titles, names and references",
    search_hint: "For example: data act, COM(2021)574, 52021PC0574, 2021/0293(COD) or 2022/2481",
    status_label: "Status",
    type_label: "Type",
    years_label: "Year of the first known step",
    from_label: "From",
    to_label: "To",
    any_year: "Any year",
    sort_label: "Sort:",
    facet_selected: "(selected)",
    facet_not_selected: "",
    status_group_dated: "From the dated steps",
    status_group_listed: |year| format!("As EU Monitor listed them ({year})"),
    n_of_m_dossiers: |shown, total| format!("{} of {}", n(shown), plural(total, "dossier", "dossiers")),
    clear_filters: "Clear all filters",
    empty_title: "No dossiers match",
    empty_body: "Relax one of your filters:",
    relax_text: |text, count| format!("Remove the search “{text}” ({})", plural(count, "dossier", "dossiers")),
    relax_status: |count| format!("Any status ({})", plural(count, "dossier", "dossiers")),
    relax_type: |count| format!("Any type ({})", plural(count, "dossier", "dossiers")),
    relax_years: |count| format!("Any year ({})", plural(count, "dossier", "dossiers")),
    pagination_label: "Pages",
    previous_page: "Previous",
    next_page: "Next",
    page_n: |page| format!("Page {page}"),
    export_heading: "Download this selection",
    export_note: |count| {
        if count == 1 {
            "The dossier matching your filters.".to_owned()
        } else {
            format!("All {} matching your filters, not only this page.", plural(count, "dossier", "dossiers"))
        }
    },
    export_csv: "Download CSV",
    export_json: "Download JSON",
    title_cut_off: "(title cut off by the source)",
    title_missing: "Title not given by the source",
    status_names: [
        "In negotiation",
        "Adopted, not yet in force",
        "Being implemented",
        "In force",
        "No longer in force",
        "Withdrawn",
        "Listed as in negotiation",
        "Listed as being implemented",
        "Listed as in force",
    ],
    type_names: ["Regulation", "Directive", "Decision", "Communication", "Report", "Council resolution", "Type not given"],
    sort_names: ["Newest first", "Oldest first", "Title", "Reference"],
    proposal_name,
    act_citation,

    back_to_list: "All legislative files",
    back_to_filtered_list: "Back to your filtered list",
    dossier_description: |title, date| {
        if title.is_empty() {
            format!("A DG CONNECT legislative file dated {date}: status, history, sources and EUR-Lex links.")
        } else {
            format!("{title} ({date}): status, history, sources and EUR-Lex links.")
        }
    },
    status_dated_note: |today| format!("Computed from the dated steps in this record, as of {}.", long_date(today)),
    status_listed_note: |list, newest| format!("EU Monitor listed it under “{list}”, in lists that carry no date of their own (their newest item is dated {}); no dated step known to this site says more.", long_date(newest)),
    facts_heading: "Facts",
    field_title: "Title",
    field_short_name: "Known as",
    field_type: "Type",
    field_reference: "Reference",
    field_date: "Date of the Commission proposal",
    field_date_given: "Date given by the source",
    field_procedure: "Procedure",
    field_act: "Adopted act",
    field_status: "Status",
    field_committees: |count| if count == 1 { "European Parliament committee" } else { "European Parliament committees" },
    field_rapporteurs: |count| if count == 1 { "Rapporteur" } else { "Rapporteurs" },
    field_notes: "Notes",
    no_reference: "No reference given by the source",
    history_heading: "History",
    list_names: ["Legislative proposals in negotiation", "Legislation currently being implemented", "Legislation in force"],
    step_names: [
        "Date of the document, as EU Monitor gives it",
        "Proposed by the Commission",
        "Adopted",
        "Published in the Official Journal",
        "Entry into force",
        "Date of application",
        "Date of application of some provisions",
        "Deadline for Member States to transpose it",
        "End of validity",
        "Withdrawn by the Commission",
    ],
    step_adopted: |act| act.map_or_else(|| "Adopted".to_owned(), |act| format!("Adopted as {act}")),
    official_journal: "OJ",
    documents_heading: "Documents on EUR-Lex",
    proposal_on_eur_lex: |celex| format!("The proposal ({celex})"),
    document_on_eur_lex: |celex| format!("The Commission document ({celex})"),
    act_on_eur_lex: |celex| format!("The adopted act ({celex})"),
    no_eur_lex: "No EUR-Lex link: the source gives no document reference for this record.",
    sources_heading: "Sources",
    evidence_confirms: |facts| format!("confirms: {facts}"),
    evidence_secondary: "secondary source: not an institution’s page",
    evidence_official_name: "confirms: the official short title",
    checked_note: |day| format!("This record was checked against its sources on {}.", long_date(day)),
    relations_heading: "Related acts",
    relation_names: ["Repealed by", "Repeals", "Amended by", "Amends", "Replaced by", "Replaces"],
    relation_partly: "in part",
    relation_from: |date| format!("with effect from {}", long_date(date)),
    status_repealed_note: |act, last| format!("Repealed by {act}; its last day of validity was {}.", long_date(last)),
    status_expired_note: |last| format!("Expired; its last day of validity was {}.", long_date(last)),
    fact_listed: "listing by EU Monitor",
    fact_lead_dg: "DG CONNECT as the lead department",
    feed_link: "Follow every file's history steps in the Atom feed",
    calendar_title: "DG CONNECT legislative files: dates ahead",
    calendar_dossier_link: "Add its coming dates to your calendar (iCalendar)",
    calendar_all_link: "Subscribe to the coming dates of every file (iCalendar)",

    timeline_title: "Timeline: what applies when",
    timeline_description: "Every dated step of DG CONNECT’s legislative files on one time axis, the dates still ahead, and a calendar to subscribe to.",
    timeline_intro: "Every dated step of the legislative files on one axis: proposals, adoptions, publication, entry into force, application and transposition deadlines. The same steps are listed, with links, below the chart.",
    timeline_count: |steps, files| format!("{} of {}", plural(steps, "step", "steps"), plural(files, "file", "files")),
    timeline_page_range: |first, last, total| format!("Showing steps {}–{} of {}, by date.", n(first), n(last), n(total)),
    coming_up_heading: "Coming up",
    coming_up_none: "None of the files shown has a dated step ahead.",
    timeline_list_heading: "Every step, by date",
    timeline_chart_label: "Chart: one line per file, one mark per dated step; each mark links to its file",
    today_label: "Today",
    kind_label: "Step",
    timeline_years_label: "Years of the steps",
    timeline_search_button: "Search",
    applies_when_heading: "When it applies",
    timeline_link: "See every file’s dates on the timeline",

    about_title: "About this site",
    about_description: "What CONNECT Explorer is, where its data comes from, and its accessibility statement.",
    about_what_heading: "What this site is",
    about_what: "CONNECT Explorer presents the European Commission's Directorate-General for Communications Networks, Content and Technology (DG CONNECT): its mission, themes, international cooperation and legislative files. It is built from public pages, listed below, and works in the browser without tracking or third-party requests.",
    about_disclaimer_heading: "An unofficial site",
    about_disclaimer: "This site is not an official website of the European Commission and is not endorsed by it. Texts from the sources are reworded lightly for reading and stay in English where no other version exists; the headings, the names of the geographical areas and the English translation of the Hungarian news item are this site’s own. For anything that matters, check the source and EUR-Lex.",
    about_sources_heading: "Sources",
    about_sources_intro: "Every block of text taken from a source names it. These are the sources of the pages; each legislative file’s page lists its own.",
    source_publisher: "Publisher",
    source_covers: "What this site takes from it",
    source_as_of: "As of",
    about_records: |total, listed, listed_pages, pages, facts_only, checked| format!("The legislative files section holds {} records. {} are the rows of EU Monitor’s lists, {} of which also take later steps from public pages. Of the others, {} take their facts from public pages and {} from the verified facts file alone. A fact is cited from the institution’s page that states it (EUR-Lex, the Official Journal, the European Parliament’s Legislative Observatory, the Commission); another page only where none does, and then marked as a secondary source. Every title, reference, procedure, act, committee, rapporteur, dated step and relation to another act shown is confirmed by a source the record’s page names, and a fact no source confirms is left out; short names, types and notes are this site’s wording. The records were last checked against their sources on {}.", n(total), n(listed), n(listed_pages), n(pages), n(facts_only), long_date(checked)),
    about_status_rule: |today, newest| format!("A dossier’s status is computed from the dated steps in its record, through an act’s whole life: a proposal is “in negotiation” until it is adopted or withdrawn; an adopted act is “adopted, not yet in force” until its entry into force, “being implemented” while a date of application or a deadline for transposing it is still ahead, “in force” after, and “no longer in force” after its end of validity, whether another act repealed it or it expired. An act repealed only in part stays in force, as EUR-Lex has it; its page says what was repealed. Records known only from EU Monitor’s lists have no such steps: they show the list the source put them in, as the source’s word, not as today’s status; those lists carry no date, and their newest item is dated {}. Computed as of {}.", long_date(newest), long_date(today)),
    about_coverage: |checked| format!("The legislative files are the rows of EU Monitor’s lists of the DG’s files, and the files DG CONNECT led since the DG was formed in July 2012, where a source shows that it led them: the proposal’s legislative financial statement naming DG CNECT, the DG’s own site (“Shaping Europe’s digital future”) presenting the file as its policy, or EUR-Lex or the Legislative Observatory naming the DG. Files other Directorates-General led are left out. The data was last checked on {}.", long_date(checked)),
    a11y_heading: "Accessibility statement",
    a11y_standard: "This site aims to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA.",
    a11y_testing_heading: "How it is tested",
    a11y_testing: "Every page is audited with axe-core in headless Chromium on each change, in every language, and end-to-end tests use it by keyboard. Colours are chosen for a contrast ratio of at least 4.5:1 for text.",
    a11y_limitations_heading: "Known limitations",
    a11y_limitations: &[
        "Texts from the sources that exist only in English or Hungarian are shown in that language, marked so that screen readers pronounce them correctly.",
        "The region diagram on the projects page is decorative; the region links beside it do the same job for every visitor.",
        "Automated audits cannot find every barrier; the site has not yet been tested with users of assistive technologies.",
    ],

    months: MONTHS,
    format_date,
    small_numbers: SMALL_NUMBERS,
};
