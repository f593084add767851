//! Hungarian. After a number, Hungarian nouns stay singular ("25 dosszié"), so counts need no
//! plural forms.

use super::{group_digits, Messages};
use crate::data::date::Date;
use crate::dossiers::reference::{Act, ActForm};

fn n(value: u64) -> String {
    group_digits(value, "\u{a0}")
}

fn count(value: u64, noun: &str) -> String {
    format!("{} {noun}", n(value))
}

fn format_date(month: &str, date: Date) -> String {
    format!("{}. {month} {}.", date.year, date.day)
}

const MONTHS: [&str; 12] = [
    "január",
    "február",
    "március",
    "április",
    "május",
    "június",
    "július",
    "augusztus",
    "szeptember",
    "október",
    "november",
    "december",
];

/// The attributive forms ("két téma", not "kettő téma").
const SMALL_NUMBERS: [&str; 9] = [
    "egy", "két", "három", "négy", "öt", "hat", "hét", "nyolc", "kilenc",
];

fn long_date(date: Date) -> String {
    format_date(MONTHS[usize::from(date.month.clamp(1, 12)) - 1], date)
}

fn month(date: Date) -> &'static str {
    MONTHS[usize::from(date.month.clamp(1, 12)) - 1]
}

/// The adjectival form of a date, as in "a 2026. november 23-i állapot szerint": the day takes
/// -i, and the first of the month -jei (elsejei).
pub fn date_attributive(date: Date) -> String {
    let suffix = if date.day == 1 { "jei" } else { "i" };
    format!("{}. {} {}-{suffix}", date.year, month(date), date.day)
}

/// The date as "on the day", as in "2027. augusztus 2-án": -án or -én after the day's
/// ordinal as spoken (elsején, másodikán, …, harmincadikán).
pub fn date_on(date: Date) -> String {
    const ON: [&str; 31] = [
        "jén", "án", "án", "én", "én", "án", "én", "án", "én", "én", "én", "én", "án", "én", "én",
        "án", "én", "án", "én", "án", "én", "én", "án", "én", "én", "án", "én", "án", "én", "án",
        "én",
    ];
    let suffix = ON[usize::from(date.day.clamp(1, 31)) - 1];
    format!("{}. {} {}-{suffix}", date.year, month(date), date.day)
}

fn small(count: u64) -> String {
    super::small_number(&SMALL_NUMBERS, count)
}

/// Number first, as Hungarian cites acts: "(EU) 2022/2065 rendelet", "910/2014/EU rendelet",
/// "2014/61/EU irányelv", "(EU) 2021/1173 tanácsi rendelet".
fn act_citation(act: &Act) -> String {
    let form = match act.form {
        ActForm::Regulation => "rendelet",
        ActForm::Directive => "irányelv",
        ActForm::Decision => "határozat",
    };
    let by = if act.council { "tanácsi " } else { "" };
    match (act.year_number(), act.older_numbering(), act.form) {
        (Some(id), true, ActForm::Regulation) => format!("{}/{}/EU {by}{form}", id.number, id.year),
        (Some(id), true, _) => format!("{}/{}/EU {by}{form}", id.year, id.number),
        _ => format!("(EU) {} {by}{form}", act.number),
    }
}

fn proposal_name(form: ActForm) -> &'static str {
    match form {
        ActForm::Regulation => "Rendeletjavaslat",
        ActForm::Directive => "Irányelvjavaslat",
        ActForm::Decision => "Határozatjavaslat",
    }
}

/// The Hungarian interface.
pub const MESSAGES: Messages = Messages {
    site_name: "CONNECT Explorer",
    site_tagline: "Nem hivatalos útmutató az Európai Bizottság Kommunikációs Hálózatok, Tartalom- és Technológiaügyi Főigazgatóságához",
    skip_to_content: "Ugrás a fő tartalomra",
    nav_label: "Főmenü",
    nav_mission: "Küldetés",
    nav_themes: "Témák",
    nav_international: "Nemzetközi",
    nav_dossiers: "Jogalkotási dossziék",
    nav_timeline: "Idővonal",
    nav_about: "A webhelyről",
    language_label: "Nyelv",
    footer_disclaimer: "Ez nem az Európai Bizottság hivatalos webhelye. A DG CONNECT-ről szóló nyilvános információkat mutatja be az általa megnevezett forrásokból.",
    footer_sources: "Források",
    footer_accessibility: "Akadálymentességi nyilatkozat",
    source_label: "Forrás:",
    label_separator: ": ",

    loading: "Betöltés…",
    load_failed_title: "Ezt a tartalmat nem sikerült betölteni",
    load_failed_body: "A webhely adatai nem érkeztek meg, vagy sérültek. Ellenőrizze a kapcsolatot, és próbálja újra.",
    retry: "Újrapróbálás",
    error_details: "Műszaki részletek",
    not_found_title: "Az oldal nem található",
    not_found_body: "Ezen a címen nincs oldal. Lehet, hogy a hivatkozás hibás, vagy az oldal máshová került.",
    not_found_home: "Ugrás a kezdőlapra",
    not_found_dossiers: "A jogalkotási dossziék böngészése",

    mission_title: "Küldetés",
    mission_h1: "Kommunikációs Hálózatok, Tartalom- és Technológiaügyi Főigazgatóság",
    mission_description: "Mi a célja és mit tesz a DG CONNECT, az Európai Bizottság kommunikációs hálózatokért, tartalomért és technológiáért felelős szervezeti egysége.",
    mission_statement_heading: "Küldetésnyilatkozat",
    mission_aims_heading: "Ennek érdekében a DG CONNECT célja, hogy:",
    mission_values_heading: "Értékek",
    mission_role_heading: "Feladatok és szerep",
    mission_tasks_heading: "Feladatok",
    mission_priorities_heading: "Fő célkitűzések",
    mission_explore_heading: "Felfedezés",
    explore_themes: |value| format!("A DG CONNECT {} témája.", small(value)),
    explore_international: "Globális internet, regionális kapcsolatok, Digital4Development és külföldi kutatási projektek.",
    explore_dossiers: |value| format!("{} keresése, szűrése és exportálása, előzményeikkel és EUR-Lex-hivatkozásaikkal.", count(value, "jogalkotási dosszié")),
    source_counts_heading: "A főigazgatóság jogalkotási dossziéi a forrás számítása szerint",
    count_negotiation: |value| count(value, "jogalkotási vagy egyéb jogi eszközre irányuló, a Tanáccsal és az Európai Parlamenttel tárgyalás alatt álló javaslat"),
    count_implementation: |value| count(value, "a tagállamok által végrehajtás alatt álló jogi aktus"),
    count_in_force_at_least: |value| format!("legalább {}", count(value, "hatályos jogi aktus")),
    source_counts_note: |newest, held| format!("Az EU Monitor által közölt számok, saját dátum nélküli listákból; a listák legújabb eleme {} keltezésű. Ez a webhely a listákon szereplő {} sort tartalmazza, a listák által számba vett többi dossziét nem.", long_date(newest), n(held)),

    themes_title: "Témák",
    themes_description: "A DG CONNECT öt témája: innováció és növekedés, kutatásfinanszírozás, lehetőségek Európa számára, az IKT a társadalomért és stratégiai jövőkép.",
    themes_intro: |value| format!("A DG CONNECT {} témakörrel foglalkozik.", small(value)),
    theme_position: |position, total| format!("{position}. téma ({total} közül)"),
    themes_pager_label: "További témák",
    previous_theme: "Előző téma",
    next_theme: "Következő téma",

    international_title: "Nemzetközi együttműködés",
    international_description: "Hogyan működik együtt az Európai Bizottság partnereivel világszerte az internet, a távközlés, a fejlesztési együttműködés és az IKT-kutatás terén.",
    foreign_policy_heading: "Külpolitika",
    global_internet_title: "Globális internet és telekommunikáció",
    global_internet_summary: "A Bizottság nyitott internetre vonatkozó jövőképe, céljai és a Globális Internetpolitikai Megfigyelőközpont.",
    gi_vision_heading: "Milyen digitális világot szeretnénk?",
    gi_goals_heading: "Célok",
    gi_observatory_heading: "Globális Internetpolitikai Megfigyelőközpont (GIPO)",
    gi_fora_heading: "Ahol a Bizottság részt vesz",
    regional_title: "Regionális és kétoldalú kapcsolatok",
    regional_summary: "Tisztességes és átlátható szabályok, szakpolitikai célok, stratégiai partnerek és földrajzi térségek.",
    regional_fair_rules_heading: "Tisztességes és átlátható szabályokon alapuló globális környezet",
    regional_goals_heading: "Szakpolitikai célok",
    regional_goals_intro: "Az e területen végzett tevékenységek és szakpolitika-alakítás jellemzően a következőkre irányulnak:",
    regional_areas_heading: "Földrajzi hatókör",
    regional_areas_intro: "A forrás kapcsolódó oldalai a következő térségekkel foglalkoznak:",
    hungarian_heading: "Hírek és kapcsolódó tartalom magyarul",
    hungarian_intro: "A forrásoldal ezeket az elemeket magyarul közli. Mindegyik a közzétett formában szerepel, mellette e webhely angol fordításával.",
    hungarian_original_label: "Ahogy megjelent, magyarul",
    english_version_label: "E webhely angol fordítása",
    hungarian_related_heading: "Lásd még",
    d4d_title: "Digitalizáció a fejlődésért",
    d4d_summary: "Digital4Development: a digitális technológia az EU fejlesztési politikájában, prioritásai és az Afrikára helyezett hangsúly.",
    d4d_africa_heading: "Középpontban Afrika",
    d4d_council_heading: "A Tanács következtetései, 2016",
    d4d_swd_heading: "Szolgálati munkadokumentum, 2017. május",
    d4d_follow_heading: "A munka követése",
    projects_title: "Nemzetközi IKT-kutatási projektek",
    projects_summary: "IKT-kutatási és innovációs projektek külföldi partnerekkel, köztük a Horizont 2020 keretében 2018-ban finanszírozottak, térség és ország szerint.",
    projects_count: |shown, total| format!("{} / {}", n(shown), count(total, "projekt")),
    projects_short: |value| count(value, "projekt"),
    region_map_label: "Térségek",
    map_caption: "A projektek által partnerként megnevezett országok: minél több projekt nevezi meg őket, annál sötétebbek. A csak térséget megnevező projekteket az adott térséghez számítjuk.",
    map_credit: "Országhatárok: Natural Earth (közkincs).",
    projects_at_least: |count| format!("{} vagy több projekt", n(count)),
    all_regions: "Minden térség",
    all_countries: "Minden ország",
    regions_label: "Térségek",
    countries_label: "Országok",
    none_named: "a forrás nem nevez meg ilyet",
    funding_2018: "A 2018-ban finanszírozott projektek egyike",
    funding_ongoing: "A forrás szerint folyamatban lévő projekt",

    dossiers_title: "Jogalkotási dossziék",
    dossiers_description: "A DG CONNECT jogalkotási dossziéi: keresés cím vagy hivatkozás szerint, szűrés státusz, típus és év szerint, a kiválasztás exportálása.",
    filters_heading: "Szűrés",
    filters_toggle: |n| if n == 0 { "Szűrők".to_owned() } else { format!("Szűrők ({n} bekapcsolva)") },
    needs_app_note: "A kereséshez, a szűréshez, a rendezéshez és az exportáláshoz JavaScript szükséges; az alábbi lista szűretlen.",
    results_heading: "Találatok",
    search_label: "Keresés címekben, nevekben és hivatkozási számokban",
    search_hint: "Például: data act, COM(2021)574, 52021PC0574, 2021/0293(COD) vagy 2022/2481",
    status_label: "Státusz",
    type_label: "Típus",
    years_label: "Az első ismert lépés éve",
    from_label: "Kezdő év",
    to_label: "Záró év",
    any_year: "Bármely év",
    sort_label: "Rendezés:",
    facet_selected: "(kiválasztva)",
    facet_not_selected: "",
    status_group_dated: "A datált lépések alapján",
    status_group_listed: |year| format!("Az EU Monitor listái szerint ({year})"),
    n_of_m_dossiers: |shown, total| format!("{} / {}", n(shown), count(total, "dosszié")),
    clear_filters: "Minden szűrő törlése",
    empty_title: "Nincs megfelelő dosszié",
    empty_body: "Lazítson valamelyik szűrőn:",
    relax_text: |text, value| format!("A(z) „{text}” keresés törlése ({})", count(value, "dosszié")),
    relax_status: |value| format!("Bármely státusz ({})", count(value, "dosszié")),
    relax_type: |value| format!("Bármely típus ({})", count(value, "dosszié")),
    relax_years: |value| format!("Bármely év ({})", count(value, "dosszié")),
    pagination_label: "Oldalak",
    previous_page: "Előző",
    next_page: "Következő",
    page_n: |page| format!("{page}. oldal"),
    export_heading: "A kiválasztás letöltése",
    export_note: |value| {
        if value == 1 {
            "A szűrőknek megfelelő dosszié.".to_owned()
        } else {
            format!("A szűrőknek megfelelő mind a(z) {}, nem csak az aktuális oldal.", count(value, "dosszié"))
        }
    },
    export_csv: "Letöltés CSV formátumban",
    export_json: "Letöltés JSON formátumban",
    title_cut_off: "(a forrás csonkolta a címet)",
    title_missing: "A forrás nem adott meg címet",
    status_names: [
        "Tárgyalás alatt",
        "Elfogadva, még nem hatályos",
        "Végrehajtás alatt",
        "Hatályban",
        "Már nem hatályos",
        "Visszavonva",
        "Listán: tárgyalás alatt",
        "Listán: végrehajtás alatt",
        "Listán: hatályban",
    ],
    type_names: ["Rendelet", "Irányelv", "Határozat", "Közlemény", "Jelentés", "Tanácsi állásfoglalás", "Típus nincs megadva"],
    sort_names: ["Legújabb elöl", "Legrégebbi elöl", "Cím", "Hivatkozási szám"],
    proposal_name,
    act_citation,

    back_to_list: "Minden jogalkotási dosszié",
    back_to_filtered_list: "Vissza a szűrt listához",
    dossier_description: |title, date| {
        if title.is_empty() {
            format!("A DG CONNECT egy jogalkotási dossziéja ({date}): státusz, előzmények, források és EUR-Lex-hivatkozások.")
        } else {
            format!("{title} ({date}): státusz, előzmények, források és EUR-Lex-hivatkozások.")
        }
    },
    status_dated_note: |today| format!("A bejegyzés datált lépéseiből számítva, a {} állapot szerint.", date_attributive(today)),
    status_listed_note: |list, newest| format!("Az EU Monitor a(z) „{list}” listán tartotta nyilván, saját dátum nélküli listákban (legújabb elemük {} keltezésű); e webhely egyetlen ismert datált lépése sem mond többet.", long_date(newest)),
    facts_heading: "Adatok",
    field_title: "Cím",
    field_short_name: "Ismert néven",
    field_type: "Típus",
    field_reference: "Hivatkozási szám",
    field_date: "A bizottsági javaslat dátuma",
    field_date_given: "A forrás által megadott dátum",
    field_procedure: "Eljárás",
    field_act: "Elfogadott jogi aktus",
    field_status: "Státusz",
    field_committees: |value| if value == 1 { "Európai parlamenti bizottság" } else { "Európai parlamenti bizottságok" },
    field_rapporteurs: |value| if value == 1 { "Előadó" } else { "Előadók" },
    field_notes: "Megjegyzések",
    no_reference: "A forrás nem adott meg hivatkozási számot",
    history_heading: "Előzmények",
    list_names: ["Tárgyalás alatt álló jogalkotási javaslatok", "Végrehajtás alatt álló jogszabályok", "Hatályos jogszabályok"],
    step_names: [
        "A dokumentum dátuma az EU Monitor szerint",
        "A Bizottság javaslata",
        "Elfogadás",
        "Kihirdetés a Hivatalos Lapban",
        "Hatálybalépés",
        "Alkalmazás kezdőnapja",
        "Egyes rendelkezések alkalmazásának kezdete",
        "A tagállami átültetés határideje",
        "Az érvényesség vége",
        "A Bizottság visszavonta",
    ],
    step_adopted: |act| act.map_or_else(|| "Elfogadás".to_owned(), |act| format!("Elfogadás: {act}")),
    official_journal: "HL",
    documents_heading: "Dokumentumok az EUR-Lexen",
    proposal_on_eur_lex: |celex| format!("A javaslat ({celex})"),
    document_on_eur_lex: |celex| format!("A bizottsági dokumentum ({celex})"),
    act_on_eur_lex: |celex| format!("Az elfogadott jogi aktus ({celex})"),
    no_eur_lex: "Nincs EUR-Lex-hivatkozás: a forrás nem ad meg dokumentumszámot ehhez a bejegyzéshez.",
    sources_heading: "Források",
    evidence_confirms: |facts| format!("megerősíti: {facts}"),
    evidence_secondary: "másodlagos forrás: nem uniós intézmény oldala",
    evidence_official_name: "megerősíti: a hivatalos rövid címet",
    checked_note: |day| format!("Ezt a bejegyzést {} vetettük össze forrásaival.", date_on(day)),
    relations_heading: "Kapcsolódó jogi aktusok",
    relation_names: ["Hatályon kívül helyezte", "Hatályon kívül helyezi", "Módosította", "Módosítja", "Felváltotta", "Felváltja"],
    relation_partly: "részben",
    relation_from: |date| format!("{} hatállyal", long_date(date)),
    status_repealed_note: |act, last| format!("Hatályon kívül helyezte: {act}; érvényességének utolsó napja: {}.", long_date(last)),
    status_expired_note: |last| format!("Hatálya lejárt; érvényességének utolsó napja: {}.", long_date(last)),
    fact_listed: "szereplés az EU Monitor listáin",
    fact_lead_dg: "a DG CONNECT mint felelős főigazgatóság",
    feed_link: "Az összes dosszié lépéseinek követése az Atom-hírcsatornán",
    calendar_title: "A DG CONNECT jogalkotási dossziéi: közelgő dátumok",
    calendar_dossier_link: "Közelgő dátumainak felvétele a naptárába (iCalendar)",
    calendar_all_link: "Feliratkozás minden dosszié közelgő dátumaira (iCalendar)",

    timeline_title: "Idővonal: mi mikortól alkalmazandó",
    timeline_description: "A DG CONNECT jogalkotási dossziéinak minden datált lépése egy időtengelyen, a közelgő dátumok és egy feliratkozható naptár.",
    timeline_intro: "A jogalkotási dossziék minden datált lépése egy tengelyen: javaslatok, elfogadás, kihirdetés, hatálybalépés, alkalmazási és átültetési határidők. Ugyanezek a lépések hivatkozásokkal a grafikon alatt is szerepelnek.",
    timeline_count: |steps, files| format!("{} dossziéból {}", n(files), count(steps, "lépés")),
    timeline_page_range: |first, last, total| format!("Látható lépések: {}–{}, összesen {}, dátum szerint.", n(first), n(last), n(total)),
    coming_up_heading: "Hamarosan",
    coming_up_none: "A megjelenített dossziék egyikének sincs közelgő datált lépése.",
    timeline_list_heading: "Minden lépés dátum szerint",
    timeline_chart_label: "Grafikon: dossziénként egy sor, datált lépésenként egy jel; minden jel a dossziéjára mutat",
    today_label: "Ma",
    kind_label: "Lépés",
    timeline_years_label: "A lépések évei",
    timeline_search_button: "Keresés",
    applies_when_heading: "Mikortól alkalmazandó",
    timeline_link: "Az összes dosszié dátumai az idővonalon",

    about_title: "A webhelyről",
    about_description: "Mi a CONNECT Explorer, honnan származnak az adatai, és az akadálymentességi nyilatkozata.",
    about_what_heading: "Mi ez a webhely",
    about_what: "A CONNECT Explorer az Európai Bizottság Kommunikációs Hálózatok, Tartalom- és Technológiaügyi Főigazgatóságát (DG CONNECT) mutatja be: küldetését, témáit, nemzetközi együttműködését és jogalkotási dossziéit. Az alább felsorolt nyilvános oldalakra épül, és a böngészőben működik, nyomkövetés és harmadik félhez intézett kérések nélkül.",
    about_disclaimer_heading: "Nem hivatalos webhely",
    about_disclaimer: "Ez nem az Európai Bizottság hivatalos webhelye, és a Bizottság nem hagyta jóvá. A forrásokból származó szövegeket az olvashatóság kedvéért enyhén átfogalmaztuk; ahol nincs más változat, angolul maradnak. A címsorok, a földrajzi térségek nevei és a magyar hír angol fordítása e webhely saját szövegei. Minden fontos kérdésben ellenőrizze a forrást és az EUR-Lexet.",
    about_sources_heading: "Források",
    about_sources_intro: "Minden szövegblokk, amely forrásból származik, megnevezi azt. Ezek az oldalak forrásai; minden jogalkotási dosszié oldala a sajátjait sorolja fel.",
    source_publisher: "Kiadó",
    source_covers: "Amit ez a webhely átvesz belőle",
    source_as_of: "Állapot",
    about_records: |total, listed, listed_pages, pages, facts_only, checked| format!("A jogalkotási dossziék részben {} bejegyzés található. Közülük {} az EU Monitor listáinak sora; ezek közül {} későbbi lépéseit nyilvános oldalakról is veszi. A többiek közül {} adatai nyilvános oldalakról, {} adatai kizárólag az ellenőrzött tények fájljából származnak. Minden adatot annak az intézménynek az oldala alapján idézünk, amely közli (EUR-Lex, a Hivatalos Lap, az Európai Parlament jogalkotási obszervatóriuma, a Bizottság); más oldalt csak ott, ahol egyik sem közli, és azt másodlagos forrásként jelöljük. Minden megjelenített cím, hivatkozási szám, eljárás, jogi aktus, bizottság, előadó, datált lépés és más jogi aktussal való kapcsolat olyan forrásból származik, amelyet a bejegyzés oldala megnevez; amit egyetlen forrás sem erősít meg, az kimarad. A rövid nevek, típusok és megjegyzések e webhely megfogalmazásai. A bejegyzéseket legutóbb {} vetettük össze forrásaikkal.", n(total), n(listed), n(listed_pages), n(pages), n(facts_only), date_on(checked)),
    about_status_rule: |today, newest| format!("A dossziék státuszát a bejegyzések datált lépéseiből számítjuk, a jogi aktus teljes életútján: egy javaslat „tárgyalás alatt” van, amíg el nem fogadják vagy vissza nem vonják; egy elfogadott jogi aktus hatálybalépéséig „elfogadva, még nem hatályos”, „végrehajtás alatt” van, amíg alkalmazásának kezdőnapja vagy átültetési határideje még hátravan, utána „hatályban”, érvényessége végét követően pedig „már nem hatályos”, akár egy másik jogi aktus helyezte hatályon kívül, akár hatálya lejárt. A csak részben hatályon kívül helyezett jogi aktus hatályban marad, ahogy az EUR-Lex is jelzi; oldala közli, mit helyeztek hatályon kívül. A csak az EU Monitor listáiból ismert bejegyzéseknek nincsenek ilyen lépéseik: azt a listát mutatják, ahová a forrás sorolta őket, a forrás közlése szerint, nem a mai státuszként; e listák nem keltezettek, legújabb elemük {} keltezésű. A számítás időpontja: {}.", long_date(newest), long_date(today)),
    about_coverage: |checked| format!("A jogalkotási dossziék az EU Monitor főigazgatósági dossziélistáinak sorai, valamint azok a dossziék, amelyeket a DG CONNECT 2012 júliusi létrehozása óta vezetett, ha egy forrás ezt mutatja: a javaslat jogalkotási pénzügyi kimutatása, amely a DG CNECT-et nevezi meg, a főigazgatóság saját webhelye („Európa digitális jövőjének alakítása”), amely a dossziét saját szakpolitikájaként mutatja be, vagy az EUR-Lex, illetve a jogalkotási obszervatórium, amely megnevezi a főigazgatóságot. A más főigazgatóságok által vezetett dossziék nem szerepelnek. Az adatokat legutóbb {} ellenőriztük.", date_on(checked)),
    a11y_heading: "Akadálymentességi nyilatkozat",
    a11y_standard: "Ez a webhely a webes tartalmak akadálymentesítési útmutatója (WCAG) 2.1 AA szintjének való megfelelésre törekszik.",
    a11y_testing_heading: "Hogyan teszteljük",
    a11y_testing: "Minden oldalt minden változtatáskor, minden nyelven axe-core-ral ellenőrzünk felület nélküli Chromiumban, és a végponttól végpontig tartó tesztek billentyűzettel is végigjárják az oldalakat. A színeket úgy választottuk, hogy a szöveg kontrasztja legalább 4,5:1 legyen.",
    a11y_limitations_heading: "Ismert korlátok",
    a11y_limitations: &[
        "A csak angolul vagy magyarul létező forrásszövegek ezen a nyelven jelennek meg, megjelölve, hogy a képernyőolvasók helyesen ejtsék ki őket.",
        "A projektoldal térségábrája díszítő jellegű; a mellette lévő térséghivatkozások mindenki számára ugyanazt a célt szolgálják.",
        "Az automatikus ellenőrzések nem találnak meg minden akadályt; a webhelyet még nem tesztelték segítő technológiákat használó felhasználókkal.",
    ],

    months: MONTHS,
    format_date,
    small_numbers: SMALL_NUMBERS,
};
