//! German.

use super::{group_digits, one_is_singular, Messages};
use crate::data::date::Date;
use crate::dossiers::reference::{Act, ActForm};

fn n(value: u64) -> String {
    group_digits(value, ".")
}

fn plural(value: u64, one: &str, other: &str) -> String {
    format!(
        "{} {}",
        n(value),
        if one_is_singular(value) { one } else { other }
    )
}

fn format_date(month: &str, date: Date) -> String {
    format!("{}. {month} {}", date.day, date.year)
}

const MONTHS: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];

const SMALL_NUMBERS: [&str; 9] = [
    "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun",
];

fn long_date(date: Date) -> String {
    format_date(MONTHS[usize::from(date.month.clamp(1, 12)) - 1], date)
}

fn small(count: u64) -> String {
    super::small_number(&SMALL_NUMBERS, count)
}

/// "Verordnung (EU) 2022/2065", "Verordnung (EU) Nr. 910/2014", "Richtlinie 2014/61/EU",
/// "Beschluss (EU) 2022/2481", "Verordnung (EU) 2021/1173 des Rates".
fn act_citation(act: &Act) -> String {
    let form = match act.form {
        ActForm::Regulation => "Verordnung",
        ActForm::Directive => "Richtlinie",
        ActForm::Decision => "Beschluss",
    };
    let by = if act.council { " des Rates" } else { "" };
    match (act.year_number(), act.older_numbering(), act.form) {
        (Some(id), true, ActForm::Regulation) => {
            format!("{form} (EU) Nr.\u{a0}{}/{}{by}", id.number, id.year)
        }
        (Some(id), true, _) => format!("{form} {}/{}/EU{by}", id.year, id.number),
        _ => format!("{form} (EU) {}{by}", act.number),
    }
}

fn proposal_name(form: ActForm) -> &'static str {
    match form {
        ActForm::Regulation => "Vorschlag für eine Verordnung",
        ActForm::Directive => "Vorschlag für eine Richtlinie",
        ActForm::Decision => "Vorschlag für einen Beschluss",
    }
}

/// The German interface.
pub const MESSAGES: Messages = Messages {
    site_name: "CONNECT Explorer",
    site_tagline: "Ein inoffizieller Leitfaden zur GD Kommunikationsnetze, Inhalte und Technologien der Europäischen Kommission",
    skip_to_content: "Zum Hauptinhalt springen",
    nav_label: "Hauptmenü",
    nav_mission: "Auftrag",
    nav_themes: "Themen",
    nav_international: "International",
    nav_dossiers: "Gesetzgebungsdossiers",
    nav_timeline: "Zeitleiste",
    nav_about: "Über diese Seite",
    language_label: "Sprache",
    footer_disclaimer: "Dies ist keine offizielle Website der Europäischen Kommission. Sie stellt öffentliche Informationen über die GD CONNECT aus den genannten Quellen dar.",
    footer_sources: "Quellen",
    footer_accessibility: "Erklärung zur Barrierefreiheit",
    source_label: "Quelle:",
    label_separator: ": ",

    loading: "Wird geladen …",
    load_failed_title: "Dieser Inhalt konnte nicht geladen werden",
    load_failed_body: "Die Daten der Website sind nicht angekommen oder beschädigt. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
    retry: "Erneut versuchen",
    error_details: "Technische Einzelheiten",
    not_found_title: "Seite nicht gefunden",
    not_found_body: "Unter dieser Adresse gibt es keine Seite. Der Link ist vielleicht fehlerhaft, oder die Seite wurde verschoben.",
    not_found_home: "Zur Startseite",
    not_found_dossiers: "Die Gesetzgebungsdossiers durchsuchen",

    mission_title: "Auftrag",
    mission_h1: "Generaldirektion Kommunikationsnetze, Inhalte und Technologien",
    mission_description: "Auftrag und Tätigkeit der GD CONNECT, der für Kommunikationsnetze, Inhalte und Technologien zuständigen Generaldirektion der Europäischen Kommission.",
    mission_statement_heading: "Leitbild",
    mission_aims_heading: "Um dies zu erreichen, will die GD CONNECT:",
    mission_values_heading: "Werte",
    mission_role_heading: "Aufgaben und Rolle",
    mission_tasks_heading: "Aufgaben",
    mission_priorities_heading: "Schwerpunkte",
    mission_explore_heading: "Entdecken",
    explore_themes: |count| format!("Die {} Themen, die die GD CONNECT abdeckt.", small(count)),
    explore_international: "Globales Internet, regionale Beziehungen, Digital4Development und Forschungsprojekte im Ausland.",
    explore_dossiers: |count| format!("{} durchsuchen, filtern und exportieren, mit Verlauf und EUR-Lex-Links.", plural(count, "Gesetzgebungsdossier", "Gesetzgebungsdossiers")),
    source_counts_heading: "Die Dossiers der GD, wie die Quelle sie zählt",
    count_negotiation: |count| plural(count, "Vorschlag für einen Gesetzgebungsakt oder ein anderes Rechtsinstrument in Verhandlung mit Rat und Europäischem Parlament", "Vorschläge für Gesetzgebungsakte oder andere Rechtsinstrumente in Verhandlung mit Rat und Europäischem Parlament"),
    count_implementation: |count| plural(count, "Rechtsakt in Durchführung durch die Mitgliedstaaten", "Rechtsakte in Durchführung durch die Mitgliedstaaten"),
    count_in_force_at_least: |count| format!("mindestens {}", plural(count, "Rechtsakt in Kraft", "Rechtsakte in Kraft")),
    source_counts_note: |newest, held| format!("Zahlen von EU Monitor, aus Listen ohne eigenes Datum; ihr neuester Eintrag ist vom {}. Diese Website enthält die {} Zeilen, die diese Listen zeigen, nicht die übrigen Dossiers, die sie zählen.", long_date(newest), n(held)),

    themes_title: "Themen",
    themes_description: "Die fünf Themen der GD CONNECT: Innovation und Wachstum, Forschungsförderung, Chancen für Europa, IKT für die Gesellschaft und eine strategische Vision.",
    themes_intro: |count| format!("Die GD CONNECT deckt {} Themen ab.", small(count)),
    theme_position: |position, count| format!("Thema {position} von {count}"),
    themes_pager_label: "Weitere Themen",
    previous_theme: "Vorheriges Thema",
    next_theme: "Nächstes Thema",

    international_title: "Internationale Zusammenarbeit",
    international_description: "Wie die Europäische Kommission weltweit mit Partnern zu Internet, Telekommunikation, Entwicklung und IKT-Forschung zusammenarbeitet.",
    foreign_policy_heading: "Außenpolitik",
    global_internet_title: "Globales Internet und Telekommunikation",
    global_internet_summary: "Die Vision der Kommission von einem offenen Internet, ihre Ziele und das Global Internet Policy Observatory.",
    gi_vision_heading: "Welche digitale Welt wollen wir?",
    gi_goals_heading: "Ziele",
    gi_observatory_heading: "Global Internet Policy Observatory",
    gi_fora_heading: "Wo die Kommission mitwirkt",
    regional_title: "Regionale und bilaterale Beziehungen",
    regional_summary: "Faire und transparente Regeln, politische Ziele, strategische Partner und geografische Räume.",
    regional_fair_rules_heading: "Ein globales Umfeld mit fairen und transparenten Regeln",
    regional_goals_heading: "Politische Ziele",
    regional_goals_intro: "Tätigkeiten und Politikgestaltung in diesem Bereich verfolgen in der Regel folgende Ziele:",
    regional_areas_heading: "Geografischer Rahmen",
    regional_areas_intro: "Die verwandten Seiten der Quelle betreffen diese Räume:",
    hungarian_heading: "Nachrichten und verwandte Inhalte auf Ungarisch",
    hungarian_intro: "Die Quellseite zeigt diese Beiträge auf Ungarisch. Jeder steht hier wie veröffentlicht, daneben die englische Übersetzung dieser Website.",
    hungarian_original_label: "Wie veröffentlicht, auf Ungarisch",
    english_version_label: "Englische Übersetzung dieser Website",
    hungarian_related_heading: "Siehe auch",
    d4d_title: "Digitalisierung im Dienste der Entwicklung",
    d4d_summary: "Digital4Development: digitale Technologie in der Entwicklungspolitik der EU, ihre Prioritäten und der Schwerpunkt Afrika.",
    d4d_africa_heading: "Schwerpunkt Afrika",
    d4d_council_heading: "Schlussfolgerungen des Rates, 2016",
    d4d_swd_heading: "Arbeitsunterlage der Kommissionsdienststellen, Mai 2017",
    d4d_follow_heading: "Die Arbeit verfolgen",
    projects_title: "Internationale IKT-Forschungsprojekte",
    projects_summary: "IKT-Forschungs- und Innovationsprojekte mit Partnern im Ausland, darunter die 2018 aus Horizont 2020 geförderten, nach Region und Land.",
    projects_count: |shown, total| format!("{} von {}", n(shown), plural(total, "Projekt", "Projekten")),
    projects_short: |count| plural(count, "Projekt", "Projekte"),
    region_map_label: "Regionen",
    map_caption: "Als Partner genannte Länder: Je häufiger ein Land in Projekten genannt wird, desto dunkler ist es. Ein Projekt, das nur eine Region nennt, wird bei dieser Region mitgezählt.",
    map_credit: "Ländergrenzen: Natural Earth (gemeinfrei).",
    projects_at_least: |count| format!("{} oder mehr Projekte", n(count)),
    all_regions: "Alle Regionen",
    all_countries: "Alle Länder",
    regions_label: "Regionen",
    countries_label: "Länder",
    none_named: "von der Quelle nicht genannt",
    funding_2018: "Unter den 2018 geförderten Projekten",
    funding_ongoing: "Von der Quelle als laufend aufgeführt",

    dossiers_title: "Gesetzgebungsdossiers",
    dossiers_description: "Die Gesetzgebungsdossiers der GD CONNECT: Suche nach Titel oder Referenz, Filter nach Status, Art und Jahr, Export der Auswahl.",
    filters_heading: "Filtern",
    filters_toggle: |n| if n == 0 { "Filter".to_owned() } else { format!("Filter ({n} aktiv)") },
    needs_app_note: "Suche, Filter, Sortierung und Export erfordern JavaScript; die Liste unten ist ungefiltert.",
    results_heading: "Ergebnisse",
    search_label: "Titel, Namen und Referenzen durchsuchen",
    search_hint: "Zum Beispiel: data act, COM(2021)574, 52021PC0574, 2021/0293(COD) oder 2022/2481",
    status_label: "Status",
    type_label: "Art",
    years_label: "Jahr des ersten bekannten Schritts",
    from_label: "Von",
    to_label: "Bis",
    any_year: "Alle",
    sort_label: "Sortieren:",
    facet_selected: "(ausgewählt)",
    facet_not_selected: "",
    status_group_dated: "Aus den datierten Schritten",
    status_group_listed: |year| format!("Laut den Listen von EU Monitor ({year})"),
    n_of_m_dossiers: |shown, total| format!("{} von {}", n(shown), plural(total, "Dossier", "Dossiers")),
    clear_filters: "Alle Filter entfernen",
    empty_title: "Keine passenden Dossiers",
    empty_body: "Lockern Sie einen Ihrer Filter:",
    relax_text: |text, count| format!("Suche „{text}“ entfernen ({})", plural(count, "Dossier", "Dossiers")),
    relax_status: |count| format!("Beliebiger Status ({})", plural(count, "Dossier", "Dossiers")),
    relax_type: |count| format!("Beliebige Art ({})", plural(count, "Dossier", "Dossiers")),
    relax_years: |count| format!("Beliebiges Jahr ({})", plural(count, "Dossier", "Dossiers")),
    pagination_label: "Seiten",
    previous_page: "Zurück",
    next_page: "Weiter",
    page_n: |page| format!("Seite {page}"),
    export_heading: "Diese Auswahl herunterladen",
    export_note: |count| {
        if count == 1 {
            "Das Dossier, das Ihren Filtern entspricht.".to_owned()
        } else {
            format!("Alle {}, die Ihren Filtern entsprechen, nicht nur diese Seite.", plural(count, "Dossier", "Dossiers"))
        }
    },
    export_csv: "CSV herunterladen",
    export_json: "JSON herunterladen",
    title_cut_off: "(Titel von der Quelle gekürzt)",
    title_missing: "Titel von der Quelle nicht angegeben",
    status_names: [
        "In Verhandlung",
        "Erlassen, noch nicht in Kraft",
        "In Durchführung",
        "In Kraft",
        "Nicht mehr in Kraft",
        "Zurückgezogen",
        "Laut Liste: in Verhandlung",
        "Laut Liste: in Durchführung",
        "Laut Liste: in Kraft",
    ],
    type_names: ["Verordnung", "Richtlinie", "Beschluss", "Mitteilung", "Bericht", "Entschließung des Rates", "Art nicht angegeben"],
    sort_names: ["Neueste zuerst", "Älteste zuerst", "Titel", "Referenz"],
    proposal_name,
    act_citation,

    back_to_list: "Alle Gesetzgebungsdossiers",
    back_to_filtered_list: "Zurück zu Ihrer gefilterten Liste",
    dossier_description: |title, date| {
        if title.is_empty() {
            format!("Ein Gesetzgebungsdossier der GD CONNECT vom {date}: Status, Verlauf, Quellen und EUR-Lex-Links.")
        } else {
            format!("{title} ({date}): Status, Verlauf, Quellen und EUR-Lex-Links.")
        }
    },
    status_dated_note: |today| format!("Aus den datierten Schritten dieses Eintrags berechnet, Stand: {}.", long_date(today)),
    status_listed_note: |list, newest| format!("EU Monitor führte es unter „{list}“, in Listen ohne eigenes Datum (ihr neuester Eintrag ist vom {}); kein dieser Website bekannter datierter Schritt sagt mehr.", long_date(newest)),
    facts_heading: "Angaben",
    field_title: "Titel",
    field_short_name: "Bekannt als",
    field_type: "Art",
    field_reference: "Referenz",
    field_date: "Datum des Kommissionsvorschlags",
    field_date_given: "Von der Quelle angegebenes Datum",
    field_procedure: "Verfahren",
    field_act: "Erlassener Rechtsakt",
    field_status: "Status",
    field_committees: |count| if count == 1 { "Federführender Ausschuss des Europäischen Parlaments" } else { "Federführende Ausschüsse des Europäischen Parlaments" },
    field_rapporteurs: |_| "Berichterstattung",
    field_notes: "Hinweise",
    no_reference: "Keine Referenz von der Quelle angegeben",
    history_heading: "Verlauf",
    list_names: ["Legislativvorschläge in Verhandlung", "Rechtsvorschriften in Durchführung", "Geltende Rechtsvorschriften"],
    step_names: [
        "Datum des Dokuments laut EU Monitor",
        "Von der Kommission vorgeschlagen",
        "Erlassen",
        "Im Amtsblatt veröffentlicht",
        "Inkrafttreten",
        "Geltungsbeginn",
        "Geltungsbeginn einzelner Bestimmungen",
        "Frist für die Umsetzung durch die Mitgliedstaaten",
        "Ende der Gültigkeit",
        "Von der Kommission zurückgezogen",
    ],
    step_adopted: |act| act.map_or_else(|| "Erlassen".to_owned(), |act| format!("Erlassen als {act}")),
    official_journal: "ABl.",
    documents_heading: "Dokumente in EUR-Lex",
    proposal_on_eur_lex: |celex| format!("Der Vorschlag ({celex})"),
    document_on_eur_lex: |celex| format!("Das Kommissionsdokument ({celex})"),
    act_on_eur_lex: |celex| format!("Der erlassene Rechtsakt ({celex})"),
    no_eur_lex: "Kein EUR-Lex-Link: Die Quelle gibt für diesen Eintrag keine Dokumentreferenz an.",
    sources_heading: "Quellen",
    evidence_confirms: |facts| format!("bestätigt: {facts}"),
    evidence_secondary: "Sekundärquelle: keine Seite eines EU-Organs",
    evidence_official_name: "bestätigt: den amtlichen Kurztitel",
    checked_note: |day| format!("Dieser Eintrag wurde am {} mit seinen Quellen abgeglichen.", long_date(day)),
    relations_heading: "Zusammenhängende Rechtsakte",
    relation_names: ["Aufgehoben durch", "Hebt auf", "Geändert durch", "Ändert", "Ersetzt durch", "Ersetzt"],
    relation_partly: "teilweise",
    relation_from: |date| format!("mit Wirkung vom {}", long_date(date)),
    status_repealed_note: |act, last| format!("Aufgehoben durch {act}; letzter Tag der Gültigkeit: {}.", long_date(last)),
    status_expired_note: |last| format!("Ausgelaufen; letzter Tag der Gültigkeit: {}.", long_date(last)),
    fact_listed: "Aufführung in den Listen von EU Monitor",
    fact_lead_dg: "die GD CONNECT als federführende Dienststelle",
    feed_link: "Die Schritte aller Dossiers im Atom-Feed verfolgen",
    calendar_title: "Gesetzgebungsdossiers der GD CONNECT: kommende Termine",
    calendar_dossier_link: "Die kommenden Termine in Ihren Kalender übernehmen (iCalendar)",
    calendar_all_link: "Die kommenden Termine aller Dossiers abonnieren (iCalendar)",

    timeline_title: "Zeitleiste: was wann gilt",
    timeline_description: "Alle datierten Schritte der Gesetzgebungsdossiers der GD CONNECT auf einer Zeitachse, die kommenden Termine und ein Kalender zum Abonnieren.",
    timeline_intro: "Alle datierten Schritte der Gesetzgebungsdossiers auf einer Achse: Vorschläge, Erlass, Veröffentlichung, Inkrafttreten, Geltungsbeginn und Umsetzungsfristen. Dieselben Schritte stehen mit Links unter der Grafik.",
    timeline_count: |steps, files| format!("{} aus {}", plural(steps, "Schritt", "Schritte"), plural(files, "Dossier", "Dossiers")),
    timeline_page_range: |first, last, total| format!("Schritte {} bis {} von {}, nach Datum.", n(first), n(last), n(total)),
    coming_up_heading: "Demnächst",
    coming_up_none: "Keines der gezeigten Dossiers hat einen kommenden datierten Schritt.",
    timeline_list_heading: "Alle Schritte nach Datum",
    timeline_chart_label: "Grafik: eine Zeile je Dossier, eine Marke je datiertem Schritt; jede Marke führt zu ihrem Dossier",
    today_label: "Heute",
    kind_label: "Schritt",
    timeline_years_label: "Jahre der Schritte",
    timeline_search_button: "Suchen",
    applies_when_heading: "Wann es gilt",
    timeline_link: "Die Termine aller Dossiers auf der Zeitleiste ansehen",

    about_title: "Über diese Seite",
    about_description: "Was CONNECT Explorer ist, woher seine Daten stammen, und seine Erklärung zur Barrierefreiheit.",
    about_what_heading: "Was diese Seite ist",
    about_what: "CONNECT Explorer stellt die Generaldirektion Kommunikationsnetze, Inhalte und Technologien (GD CONNECT) der Europäischen Kommission vor: ihren Auftrag, ihre Themen, ihre internationale Zusammenarbeit und ihre Gesetzgebungsdossiers. Die Website beruht auf öffentlichen Seiten, die unten aufgeführt sind, und läuft im Browser ohne Tracking und ohne Anfragen an Dritte.",
    about_disclaimer_heading: "Eine inoffizielle Website",
    about_disclaimer: "Dies ist keine offizielle Website der Europäischen Kommission und wird nicht von ihr gebilligt. Texte aus den Quellen wurden zur besseren Lesbarkeit leicht umformuliert und bleiben auf Englisch, wo es keine andere Fassung gibt; die Zwischenüberschriften, die Namen der geografischen Räume und die englische Übersetzung der ungarischen Nachricht stammen von dieser Website. Prüfen Sie für alles Wichtige die Quelle und EUR-Lex.",
    about_sources_heading: "Quellen",
    about_sources_intro: "Jeder Textblock, der einer Quelle entnommen ist, nennt sie. Dies sind die Quellen der Seiten; die Seite jedes Gesetzgebungsdossiers nennt ihre eigenen.",
    source_publisher: "Herausgeber",
    source_covers: "Was diese Website daraus übernimmt",
    source_as_of: "Stand",
    about_records: |total, listed, listed_pages, pages, facts_only, checked| format!("Der Bereich Gesetzgebungsdossiers enthält {} Einträge. {} sind die Zeilen der Listen von EU Monitor, davon entnehmen {} spätere Schritte auch öffentlichen Seiten. Von den übrigen stützen sich {} auf öffentliche Seiten und {} allein auf die Datei geprüfter Fakten. Jede Angabe wird nach der Seite des Organs belegt, das sie nennt (EUR-Lex, das Amtsblatt, die Legislative Beobachtungsstelle des Europäischen Parlaments, die Kommission); eine andere Seite nur dort, wo keine sie nennt, und dann als Sekundärquelle gekennzeichnet. Jeder angezeigte Titel, jede Referenz, jedes Verfahren, jeder Rechtsakt, Ausschuss, Berichterstatter, jeder datierte Schritt und jede Beziehung zu einem anderen Rechtsakt ist durch eine Quelle belegt, die die Seite des Eintrags nennt; eine Angabe, die keine Quelle bestätigt, fehlt. Kurznamen, Arten und Anmerkungen sind Formulierungen dieser Website. Die Einträge wurden zuletzt am {} mit ihren Quellen abgeglichen.", n(total), n(listed), n(listed_pages), n(pages), n(facts_only), long_date(checked)),
    about_status_rule: |today, newest| format!("Der Status eines Dossiers wird aus den datierten Schritten seines Eintrags berechnet, über das ganze Leben eines Rechtsakts: Ein Vorschlag ist „in Verhandlung“, bis er erlassen oder zurückgezogen wird; ein erlassener Rechtsakt ist „erlassen, noch nicht in Kraft“ bis zu seinem Inkrafttreten, „in Durchführung“, solange ein Geltungsbeginn oder eine Umsetzungsfrist noch bevorsteht, danach „in Kraft“ und nach dem Ende seiner Gültigkeit „nicht mehr in Kraft“, ob ein anderer Rechtsakt ihn aufgehoben hat oder er ausgelaufen ist. Ein nur teilweise aufgehobener Rechtsakt bleibt in Kraft, wie EUR-Lex es angibt; seine Seite nennt, was aufgehoben wurde. Einträge, die nur aus den Listen von EU Monitor bekannt sind, haben keine solchen Schritte: Sie zeigen die Liste, in die die Quelle sie gestellt hat, als Angabe der Quelle und nicht als heutigen Status; diese Listen tragen kein Datum, ihr neuester Eintrag ist vom {}. Stand der Berechnung: {}.", long_date(newest), long_date(today)),
    about_coverage: |checked| format!("Die Gesetzgebungsdossiers sind die Zeilen der Listen von EU Monitor zu den Dossiers der GD und die Dossiers, die die GD CONNECT seit ihrer Gründung im Juli 2012 federführend betreut hat, wo eine Quelle dies zeigt: der Finanzbogen zu Rechtsakten des Vorschlags, der die GD CNECT nennt, die Website der GD („Gestaltung der digitalen Zukunft Europas“), die das Dossier als ihre Politik darstellt, oder EUR-Lex oder die Legislative Beobachtungsstelle, die die GD nennen. Dossiers anderer Generaldirektionen sind nicht enthalten. Die Daten wurden zuletzt am {} überprüft.", long_date(checked)),
    a11y_heading: "Erklärung zur Barrierefreiheit",
    a11y_standard: "Diese Website strebt Konformität mit den Web Content Accessibility Guidelines (WCAG) 2.1 auf Stufe AA an.",
    a11y_testing_heading: "Wie sie geprüft wird",
    a11y_testing: "Jede Seite wird bei jeder Änderung in jeder Sprache mit axe-core in Chromium ohne Oberfläche geprüft, und die End-to-End-Tests bedienen sie mit der Tastatur. Die Farben sind für einen Kontrast von mindestens 4,5:1 bei Text gewählt.",
    a11y_limitations_heading: "Bekannte Einschränkungen",
    a11y_limitations: &[
        "Texte aus den Quellen, die es nur auf Englisch oder Ungarisch gibt, erscheinen in dieser Sprache und sind so ausgezeichnet, dass Screenreader sie richtig aussprechen.",
        "Das Regionenschema auf der Projektseite ist dekorativ; die Regionslinks daneben leisten für alle dasselbe.",
        "Automatische Prüfungen finden nicht jede Barriere; die Website wurde noch nicht mit Nutzerinnen und Nutzern assistiver Technologien getestet.",
    ],

    months: MONTHS,
    format_date,
    small_numbers: SMALL_NUMBERS,
};
