//! French.

use super::{group_digits, zero_and_one_are_singular, Messages};
use crate::data::date::Date;
use crate::dossiers::reference::{Act, ActForm};

fn n(value: u64) -> String {
    group_digits(value, "\u{202f}")
}

fn plural(value: u64, one: &str, other: &str) -> String {
    format!(
        "{} {}",
        n(value),
        if zero_and_one_are_singular(value) {
            one
        } else {
            other
        }
    )
}

fn format_date(month: &str, date: Date) -> String {
    if date.day == 1 {
        format!("1er {month} {}", date.year)
    } else {
        format!("{} {month} {}", date.day, date.year)
    }
}

const MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

const SMALL_NUMBERS: [&str; 9] = [
    "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
];

fn long_date(date: Date) -> String {
    format_date(MONTHS[usize::from(date.month.clamp(1, 12)) - 1], date)
}

fn small(count: u64) -> String {
    super::small_number(&SMALL_NUMBERS, count)
}

/// "règlement (UE) 2022/2065", "règlement (UE) n° 910/2014", "directive 2014/61/UE",
/// "règlement (UE) 2021/1173 du Conseil".
fn act_citation(act: &Act) -> String {
    let form = match act.form {
        ActForm::Regulation => "règlement",
        ActForm::Directive => "directive",
        ActForm::Decision => "décision",
    };
    let by = if act.council { " du Conseil" } else { "" };
    match (act.year_number(), act.older_numbering(), act.form) {
        (Some(id), true, ActForm::Regulation) => {
            format!("{form} (UE) n\u{b0}\u{a0}{}/{}{by}", id.number, id.year)
        }
        (Some(id), true, _) => format!("{form} {}/{}/UE{by}", id.year, id.number),
        _ => format!("{form} (UE) {}{by}", act.number),
    }
}

fn proposal_name(form: ActForm) -> &'static str {
    match form {
        ActForm::Regulation => "Proposition de règlement",
        ActForm::Directive => "Proposition de directive",
        ActForm::Decision => "Proposition de décision",
    }
}

/// The French interface.
pub const MESSAGES: Messages = Messages {
    site_name: "CONNECT Explorer",
    site_tagline: "Un guide non officiel de la DG Réseaux de communication, contenu et technologies de la Commission européenne",
    skip_to_content: "Aller au contenu principal",
    nav_label: "Menu principal",
    nav_mission: "Mission",
    nav_themes: "Thèmes",
    nav_international: "International",
    nav_dossiers: "Dossiers législatifs",
    nav_timeline: "Chronologie",
    nav_about: "À propos",
    language_label: "Langue",
    footer_disclaimer: "Ce site n’est pas un site officiel de la Commission européenne. Il présente des informations publiques sur la DG CONNECT, tirées des sources qu’il cite.",
    footer_sources: "Sources",
    footer_accessibility: "Déclaration d’accessibilité",
    source_label: "Source :",
    label_separator: "\u{a0}: ",

    loading: "Chargement…",
    load_failed_title: "Ce contenu n’a pas pu être chargé",
    load_failed_body: "Les données du site ne sont pas arrivées ou sont endommagées. Vérifiez votre connexion et réessayez.",
    retry: "Réessayer",
    error_details: "Détails techniques",
    not_found_title: "Page introuvable",
    not_found_body: "Il n’y a pas de page à cette adresse. Le lien est peut-être erroné, ou la page a été déplacée.",
    not_found_home: "Aller à la page d’accueil",
    not_found_dossiers: "Parcourir les dossiers législatifs",

    mission_title: "Mission",
    mission_h1: "Direction générale des réseaux de communication, du contenu et des technologies",
    mission_description: "Rôle et activités de la DG CONNECT, service de la Commission européenne chargé des réseaux de communication, du contenu et des technologies.",
    mission_statement_heading: "Énoncé de mission",
    mission_aims_heading: "Pour y parvenir, la DG CONNECT vise à :",
    mission_values_heading: "Valeurs",
    mission_role_heading: "Attributions et rôle",
    mission_tasks_heading: "Attributions",
    mission_priorities_heading: "Priorités",
    mission_explore_heading: "Explorer",
    explore_themes: |count| format!("Les {} thèmes couverts par la DG CONNECT.", small(count)),
    explore_international: "Internet mondial, relations régionales, Digital4Development et projets de recherche à l’étranger.",
    explore_dossiers: |count| format!("Rechercher, filtrer et exporter {}, avec leur historique et leurs liens EUR-Lex.", plural(count, "dossier législatif", "dossiers législatifs")),
    source_counts_heading: "Les dossiers législatifs de la DG, selon le décompte de la source",
    count_negotiation: |count| plural(count, "proposition d’instrument législatif ou autre instrument juridique en négociation avec le Conseil et le Parlement européen", "propositions d’instruments législatifs ou autres instruments juridiques en négociation avec le Conseil et le Parlement européen"),
    count_implementation: |count| plural(count, "acte en cours de mise en œuvre par les États membres", "actes en cours de mise en œuvre par les États membres"),
    count_in_force_at_least: |count| format!("au moins {}", plural(count, "acte en vigueur", "actes en vigueur")),
    source_counts_note: |newest, held| format!("Chiffres publiés par EU Monitor, dans des listes qui ne portent pas de date ; l’élément le plus récent qu’elles présentent est daté du {}. Ce site reprend les {} lignes que présentent ces listes, et non les autres dossiers qu’elles comptent.", long_date(newest), n(held)),

    themes_title: "Thèmes",
    themes_description: "Les cinq thèmes de la DG CONNECT : innovation et croissance, financement de la recherche, perspectives pour l’Europe, les TIC au service de la société et une vision stratégique.",
    themes_intro: |count| format!("La DG CONNECT couvre {} thèmes.", small(count)),
    theme_position: |position, count| format!("Thème {position} sur {count}"),
    themes_pager_label: "Autres thèmes",
    previous_theme: "Thème précédent",
    next_theme: "Thème suivant",

    international_title: "Coopération internationale",
    international_description: "Comment la Commission européenne travaille avec ses partenaires dans le monde sur l’internet, les télécommunications, le développement et la recherche en TIC.",
    foreign_policy_heading: "Politique étrangère",
    global_internet_title: "Internet mondial et télécommunications",
    global_internet_summary: "La vision d’un internet ouvert portée par la Commission, ses objectifs et l’Observatoire mondial des politiques de l’internet.",
    gi_vision_heading: "Quel monde numérique voulons-nous ?",
    gi_goals_heading: "Objectifs",
    gi_observatory_heading: "Observatoire mondial des politiques de l’internet (GIPO)",
    gi_fora_heading: "Où la Commission intervient",
    regional_title: "Relations régionales et bilatérales",
    regional_summary: "Des règles équitables et transparentes, des objectifs d’action, des partenaires stratégiques et des zones géographiques.",
    regional_fair_rules_heading: "Un environnement mondial aux règles équitables et transparentes",
    regional_goals_heading: "Objectifs d’action",
    regional_goals_intro: "Les activités et l’élaboration des politiques dans ce domaine visent généralement à :",
    regional_areas_heading: "Couverture géographique",
    regional_areas_intro: "Les pages connexes de la source couvrent ces zones :",
    hungarian_heading: "Actualités et contenus associés en hongrois",
    hungarian_intro: "La page source présente ces éléments en hongrois. Chacun est reproduit tel que publié, avec en regard la traduction anglaise de ce site.",
    hungarian_original_label: "Tel que publié, en hongrois",
    english_version_label: "Traduction anglaise de ce site",
    hungarian_related_heading: "Voir aussi",
    d4d_title: "Le numérique au service du développement",
    d4d_summary: "Digital4Development : le numérique dans la politique de développement de l’UE, ses priorités et l’accent mis sur l’Afrique.",
    d4d_africa_heading: "Priorité à l’Afrique",
    d4d_council_heading: "Conclusions du Conseil, 2016",
    d4d_swd_heading: "Document de travail des services, mai 2017",
    d4d_follow_heading: "Suivre les travaux",
    projects_title: "Projets internationaux de recherche en TIC",
    projects_summary: "Des projets de recherche et d’innovation en TIC avec des partenaires étrangers, dont ceux financés par Horizon 2020 en 2018, par région et par pays.",
    projects_count: |shown, total| format!("{} sur {}", n(shown), plural(total, "projet", "projets")),
    projects_short: |count| plural(count, "projet", "projets"),
    region_map_label: "Régions",
    map_caption: "Pays cités comme partenaires, d’autant plus foncés que les projets qui les citent sont nombreux. Un projet qui ne cite qu’une région est compté dans cette région.",
    map_credit: "Contours des pays\u{a0}: Natural Earth (domaine public).",
    projects_at_least: |count| format!("{} projets ou plus", n(count)),
    all_regions: "Toutes les régions",
    all_countries: "Tous les pays",
    regions_label: "Régions",
    countries_label: "Pays",
    none_named: "non précisé par la source",
    funding_2018: "Parmi les projets financés en 2018",
    funding_ongoing: "Présenté par la source comme en cours",

    dossiers_title: "Dossiers législatifs",
    dossiers_description: "Les dossiers législatifs de la DG CONNECT : recherche par titre ou référence, filtres par statut, type et année, et export de la sélection.",
    filters_heading: "Filtrer",
    filters_toggle: |n| if n == 0 { "Filtres".to_owned() } else { format!("Filtres ({n} actif{})", if n > 1 { "s" } else { "" }) },
    needs_app_note: "La recherche, les filtres, le tri et l’export nécessitent JavaScript ; la liste ci-dessous n’est pas filtrée.",
    results_heading: "Résultats",
    search_label: "Rechercher dans les titres, noms et références",
    search_hint: "Par exemple : data act, COM(2021)574, 52021PC0574, 2021/0293(COD) ou 2022/2481",
    status_label: "Statut",
    type_label: "Type",
    years_label: "Année de la première étape connue",
    from_label: "De",
    to_label: "À",
    any_year: "Toutes",
    sort_label: "Trier :",
    facet_selected: "(sélectionné)",
    facet_not_selected: "",
    status_group_dated: "D’après les étapes datées",
    status_group_listed: |year| format!("Selon les listes d’EU Monitor ({year})"),
    n_of_m_dossiers: |shown, total| format!("{} sur {}", n(shown), plural(total, "dossier", "dossiers")),
    clear_filters: "Effacer tous les filtres",
    empty_title: "Aucun dossier ne correspond",
    empty_body: "Assouplissez l’un de vos filtres :",
    relax_text: |text, count| format!("Retirer la recherche « {text} » ({})", plural(count, "dossier", "dossiers")),
    relax_status: |count| format!("Tous les statuts ({})", plural(count, "dossier", "dossiers")),
    relax_type: |count| format!("Tous les types ({})", plural(count, "dossier", "dossiers")),
    relax_years: |count| format!("Toutes les années ({})", plural(count, "dossier", "dossiers")),
    pagination_label: "Pages",
    previous_page: "Précédente",
    next_page: "Suivante",
    page_n: |page| format!("Page {page}"),
    export_heading: "Télécharger cette sélection",
    export_note: |count| {
        if count == 1 {
            "Le dossier correspondant à vos filtres.".to_owned()
        } else {
            format!("Les {} correspondant à vos filtres, pas seulement cette page.", plural(count, "dossier", "dossiers"))
        }
    },
    export_csv: "Télécharger en CSV",
    export_json: "Télécharger en JSON",
    title_cut_off: "(titre tronqué par la source)",
    title_missing: "Titre non fourni par la source",
    status_names: [
        "En négociation",
        "Adopté, pas encore en vigueur",
        "En cours de mise en œuvre",
        "En vigueur",
        "Plus en vigueur",
        "Retiré",
        "Répertorié en négociation",
        "Répertorié en cours de mise en œuvre",
        "Répertorié en vigueur",
    ],
    type_names: ["Règlement", "Directive", "Décision", "Communication", "Rapport", "Résolution du Conseil", "Type non indiqué"],
    sort_names: ["Les plus récents d’abord", "Les plus anciens d’abord", "Titre", "Référence"],
    proposal_name,
    act_citation,

    back_to_list: "Tous les dossiers législatifs",
    back_to_filtered_list: "Retour à votre liste filtrée",
    dossier_description: |title, date| {
        if title.is_empty() {
            format!("Un dossier législatif de la DG CONNECT du {date} : statut, historique, sources et liens EUR-Lex.")
        } else {
            format!("{title} ({date}) : statut, historique, sources et liens EUR-Lex.")
        }
    },
    status_dated_note: |today| format!("Calculé à partir des étapes datées de ce dossier, au {}.", long_date(today)),
    status_listed_note: |list, newest| format!("EU Monitor l’a répertorié sous « {list} », dans des listes qui ne portent pas de date (leur élément le plus récent est daté du {}) ; aucune étape datée connue de ce site n’en dit plus.", long_date(newest)),
    facts_heading: "Informations",
    field_title: "Titre",
    field_short_name: "Nom usuel",
    field_type: "Type",
    field_reference: "Référence",
    field_date: "Date de la proposition de la Commission",
    field_date_given: "Date indiquée par la source",
    field_procedure: "Procédure",
    field_act: "Acte adopté",
    field_status: "Statut",
    field_committees: |count| if count <= 1 { "Commission parlementaire compétente" } else { "Commissions parlementaires compétentes" },
    field_rapporteurs: |count| if count <= 1 { "Rapporteur(e)" } else { "Rapporteur(e)s" },
    field_notes: "Remarques",
    no_reference: "Aucune référence fournie par la source",
    history_heading: "Historique",
    list_names: ["Propositions législatives en négociation", "Législation en cours de mise en œuvre", "Législation en vigueur"],
    step_names: [
        "Date du document, selon EU Monitor",
        "Proposé par la Commission",
        "Adoption",
        "Publié au Journal officiel",
        "Entrée en vigueur",
        "Date d’application",
        "Date d’application de certaines dispositions",
        "Date limite de transposition par les États membres",
        "Date de fin de validité",
        "Retiré par la Commission",
    ],
    step_adopted: |act| act.map_or_else(|| "Adoption".to_owned(), |act| format!("Adoption : {act}")),
    official_journal: "JO",
    documents_heading: "Documents sur EUR-Lex",
    proposal_on_eur_lex: |celex| format!("La proposition ({celex})"),
    document_on_eur_lex: |celex| format!("Le document de la Commission ({celex})"),
    act_on_eur_lex: |celex| format!("L’acte adopté ({celex})"),
    no_eur_lex: "Pas de lien EUR-Lex : la source n’indique aucune référence de document pour ce dossier.",
    sources_heading: "Sources",
    evidence_confirms: |facts| format!("confirme : {facts}"),
    evidence_secondary: "source secondaire\u{a0}: pas une page d’une institution",
    evidence_official_name: "confirme\u{a0}: le titre court officiel",
    checked_note: |day| format!("Cette fiche a été vérifiée par rapport à ses sources le {}.", long_date(day)),
    relations_heading: "Actes liés",
    relation_names: ["Abrogé par", "Abroge", "Modifié par", "Modifie", "Remplacé par", "Remplace"],
    relation_partly: "en partie",
    relation_from: |date| format!("avec effet au {}", long_date(date)),
    status_repealed_note: |act, last| format!("Abrogé par {act}\u{202f}; dernier jour de validité\u{a0}: {}.", long_date(last)),
    status_expired_note: |last| format!("Expiré\u{202f}; dernier jour de validité\u{a0}: {}.", long_date(last)),
    fact_listed: "inscription sur les listes d’EU Monitor",
    fact_lead_dg: "la DG CONNECT comme service chef de file",
    feed_link: "Suivre les étapes de tous les dossiers dans le flux Atom",
    calendar_title: "Dossiers législatifs de la DG CONNECT : dates à venir",
    calendar_dossier_link: "Ajouter ses prochaines dates à votre agenda (iCalendar)",
    calendar_all_link: "S’abonner aux prochaines dates de tous les dossiers (iCalendar)",

    timeline_title: "Chronologie : ce qui s’applique et quand",
    timeline_description: "Toutes les étapes datées des dossiers législatifs de la DG CONNECT sur un même axe, les dates à venir et un agenda auquel s’abonner.",
    timeline_intro: "Toutes les étapes datées des dossiers législatifs sur un même axe : propositions, adoptions, publication, entrée en vigueur, dates d’application et de transposition. Les mêmes étapes sont énumérées, avec des liens, sous le graphique.",
    timeline_count: |steps, files| format!("{} de {}", plural(steps, "étape", "étapes"), plural(files, "dossier", "dossiers")),
    timeline_page_range: |first, last, total| format!("Étapes {} à {} sur {}, par date.", n(first), n(last), n(total)),
    coming_up_heading: "À venir",
    coming_up_none: "Aucun des dossiers affichés n’a d’étape datée à venir.",
    timeline_list_heading: "Toutes les étapes, par date",
    timeline_chart_label: "Graphique : une ligne par dossier, une marque par étape datée ; chaque marque renvoie à son dossier",
    today_label: "Aujourd’hui",
    kind_label: "Étape",
    timeline_years_label: "Années des étapes",
    timeline_search_button: "Rechercher",
    applies_when_heading: "Dates d’application",
    timeline_link: "Voir les dates de tous les dossiers sur la chronologie",

    about_title: "À propos de ce site",
    about_description: "Ce qu’est CONNECT Explorer, d’où viennent ses données, et sa déclaration d’accessibilité.",
    about_what_heading: "Ce qu’est ce site",
    about_what: "CONNECT Explorer présente la direction générale des réseaux de communication, du contenu et des technologies (DG CONNECT) de la Commission européenne : sa mission, ses thèmes, sa coopération internationale et ses dossiers législatifs. Il repose sur des pages publiques, citées ci-dessous, et fonctionne dans le navigateur sans pistage ni requêtes vers des tiers.",
    about_disclaimer_heading: "Un site non officiel",
    about_disclaimer: "Ce site n’est pas un site officiel de la Commission européenne et n’est pas approuvé par elle. Les textes des sources sont légèrement reformulés pour la lecture et restent en anglais là où il n’existe pas d’autre version ; les intertitres, les noms des zones géographiques et la traduction anglaise de l’actualité hongroise sont de ce site. Pour toute décision, vérifiez la source et EUR-Lex.",
    about_sources_heading: "Sources",
    about_sources_intro: "Chaque bloc de texte tiré d’une source la cite. Voici les sources des pages\u{202f}; la page de chaque dossier législatif cite les siennes.",
    source_publisher: "Éditeur",
    source_covers: "Ce que ce site en reprend",
    source_as_of: "Situation au",
    about_records: |total, listed, listed_pages, pages, facts_only, checked| format!("La rubrique des dossiers législatifs compte {} fiches. {} sont les lignes des listes d’EU Monitor, dont {} tirent aussi des étapes ultérieures de pages publiques. Parmi les autres, {} tirent leurs informations de pages publiques et {} du seul fichier de faits vérifiés. Chaque information est citée d’après la page de l’institution qui l’énonce (EUR-Lex, le Journal officiel, l’Observatoire législatif du Parlement européen, la Commission)\u{202f}; une autre page seulement quand aucune ne l’énonce, et elle est alors signalée comme source secondaire. Chaque titre, référence, procédure, acte, commission, rapporteur, étape datée et lien avec un autre acte affiché est confirmé par une source que cite la page de la fiche, et une information qu’aucune source ne confirme est omise\u{202f}; les noms courts, les types et les notes sont formulés par ce site. Les fiches ont été vérifiées par rapport à leurs sources le {}.", n(total), n(listed), n(listed_pages), n(pages), n(facts_only), long_date(checked)),
    about_status_rule: |today, newest| format!("Le statut d’un dossier est calculé à partir des étapes datées de sa fiche, sur toute la vie d’un acte\u{a0}: une proposition est «\u{202f}en négociation\u{202f}» jusqu’à son adoption ou son retrait\u{202f}; un acte adopté est «\u{202f}adopté, pas encore en vigueur\u{202f}» jusqu’à son entrée en vigueur, «\u{202f}en cours de mise en œuvre\u{202f}» tant qu’une date d’application ou une date limite de transposition reste à venir, puis «\u{202f}en vigueur\u{202f}», et «\u{202f}plus en vigueur\u{202f}» après sa date de fin de validité, qu’un autre acte l’ait abrogé ou qu’il ait expiré. Un acte abrogé en partie seulement reste en vigueur, comme l’indique EUR-Lex\u{202f}; sa page précise ce qui a été abrogé. Les dossiers connus seulement par les listes d’EU Monitor n’ont pas de telles étapes\u{a0}: ils restent classés dans la liste où la source les a placés, selon la source et non à la date d’aujourd’hui\u{202f}; ces listes ne portent pas de date, et leur élément le plus récent est daté du {}. Calcul au {}.", long_date(newest), long_date(today)),
    about_coverage: |checked| format!("Les dossiers législatifs sont les lignes des listes d’EU Monitor consacrées aux dossiers de la DG, et les dossiers que la DG CONNECT a pilotés depuis sa création en juillet 2012, lorsqu’une source montre qu’elle les a pilotés\u{a0}: la fiche financière législative de la proposition désignant la DG CNECT, le site de la DG («\u{202f}Façonner l’avenir numérique de l’Europe\u{202f}») présentant le dossier comme relevant de sa politique, ou EUR-Lex ou l’Observatoire législatif nommant la DG. Les dossiers pilotés par d’autres directions générales sont exclus. Les données ont été vérifiées pour la dernière fois le {}.", long_date(checked)),
    a11y_heading: "Déclaration d’accessibilité",
    a11y_standard: "Ce site vise la conformité aux règles pour l’accessibilité des contenus web (WCAG) 2.1, niveau AA.",
    a11y_testing_heading: "Comment il est testé",
    a11y_testing: "Chaque page est auditée avec axe-core dans Chromium sans interface à chaque modification, dans chaque langue, et les tests de bout en bout l’utilisent au clavier. Les couleurs sont choisies pour un contraste d’au moins 4,5:1 pour le texte.",
    a11y_limitations_heading: "Limites connues",
    a11y_limitations: &[
        "Les textes des sources qui n’existent qu’en anglais ou en hongrois sont affichés dans cette langue, balisés pour que les lecteurs d’écran les prononcent correctement.",
        "Le schéma des régions de la page des projets est décoratif ; les liens de région qui l’accompagnent offrent la même fonction à tous.",
        "Les audits automatiques ne trouvent pas tous les obstacles ; le site n’a pas encore été testé avec des utilisateurs de technologies d’assistance.",
    ],

    months: MONTHS,
    format_date,
    small_numbers: SMALL_NUMBERS,
};
