//! Every data file the site ships parses and validates; a broken record fails with the file,
//! the record and the field named.

use connect_explorer::data::content::Content;
use connect_explorer::data::date::Date;
use connect_explorer::dossiers::model::{DossierFile, StepKind};
use connect_explorer::site::Site;

const CONTENT: &str = include_str!("../public/data/content.json");
const DOSSIERS: &str = include_str!("../public/data/dossiers.json");
const TODAY: Date = Date {
    year: 2026,
    month: 11,
    day: 23,
};

fn report(errors: &[connect_explorer::data::validation::ValidationError]) -> String {
    errors.iter().map(|e| format!("\n  {e}")).collect()
}

#[test]
fn the_shipped_data_files_are_valid() {
    if let Err(errors) = Site::from_json(CONTENT, DOSSIERS, TODAY) {
        panic!("invalid data:{}", report(&errors));
    }
}

#[test]
fn the_dossiers_are_the_seed_rows_merged_with_the_verified_files() {
    let site = Site::from_json(CONTENT, DOSSIERS, TODAY).expect("valid data");
    let file: DossierFile = serde_json::from_str(DOSSIERS).expect("parses");
    let listed = file
        .dossiers
        .iter()
        .filter(|d| d.step(StepKind::Listed).is_some())
        .count();
    let verified = file
        .dossiers
        .iter()
        .filter(|d| d.sources.iter().any(|s| s == "facts"))
        .count();
    let both = file
        .dossiers
        .iter()
        .filter(|d| d.step(StepKind::Listed).is_some() && d.sources.iter().any(|s| s == "facts"));
    let merged: Vec<String> = both.map(|d| d.id()).collect();
    assert_eq!(listed, 15, "the 15 rows of seed 001");
    assert_eq!(verified, 12, "the 12 verified files");
    assert_eq!(
        merged,
        ["com-2021-574", "com-2021-281"],
        "the two seed rows that are verified files"
    );
    assert_eq!(site.dossiers.len(), 25);
    assert_eq!(site.source_counts.negotiation, 530);
    assert_eq!(site.source_counts.implementation, 69);
    assert_eq!(site.source_counts.in_force_at_least, 26);
}

#[test]
fn content_has_the_five_themes_and_twelve_projects() {
    let content = Content::from_json(CONTENT).expect("valid content");
    assert_eq!(content.themes.len(), 5);
    assert_eq!(content.mission.aims.len(), 5);
    assert_eq!(content.international.global_internet.goals.len(), 5);
    assert_eq!(
        content.international.regional_relations.policy_goals.len(),
        7
    );
    assert_eq!(
        content.international.digital4development.priorities.len(),
        4
    );
    let projects: Vec<&str> = content
        .international
        .research
        .projects
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(
        projects,
        [
            "ISOOKO",
            "FANFAR",
            "SAMS",
            "YAKSHA",
            "WAZIHUB",
            "GO-GA",
            "EPICA",
            "PICASSO",
            "DISCOVERY",
            "Idealist2018",
            "EPIC",
            "IST-Africa"
        ]
    );
}

#[test]
fn a_broken_content_record_is_named_by_file_record_and_field() {
    let broken = CONTENT.replacen(
        "\"title\": \"Shaping a strategic vision\"",
        "\"title\": \"\"",
        1,
    );
    let errors = Content::from_json(&broken).expect_err("an empty title is refused");
    let text = report(&errors);
    assert!(text.contains("data/content.json: record themes[4] (strategic-vision), field `title`: must not be empty"), "{text}");

    let duplicate = CONTENT.replacen(
        "\"slug\": \"strategic-vision\"",
        "\"slug\": \"ict-benefits-society\"",
        1,
    );
    let text = report(&Content::from_json(&duplicate).expect_err("duplicate slugs are refused"));
    assert!(
        text.contains("record themes[4] (ict-benefits-society), field `slug`"),
        "{text}"
    );

    let unknown = CONTENT.replacen(
        "\"countries\": [\"kenya\", \"rwanda\"]",
        "\"countries\": [\"kenia\", \"rwanda\"]",
        1,
    );
    let text = report(&Content::from_json(&unknown).expect_err("unknown countries are refused"));
    assert!(
        text.contains("international.research.projects[0] (isooko), field `countries`: `kenia`"),
        "{text}"
    );
}

#[test]
fn a_broken_dossier_record_is_named_by_file_record_and_field() {
    let sources = ["000", "001", "002", "003", "facts"];
    let bad_date = DOSSIERS.replacen("\"date\": \"2020-12-15\"", "\"date\": \"2020-02-30\"", 1);
    let errors =
        DossierFile::from_json(&bad_date, &sources).expect_err("a day that does not exist");
    assert!(
        report(&errors).contains("data/dossiers.json: record at line"),
        "{}",
        report(&errors)
    );
    assert!(
        report(&errors).contains("2020-02-30"),
        "{}",
        report(&errors)
    );

    let bad_procedure = DOSSIERS.replacen(
        "\"procedure\": \"2020/0361(COD)\"",
        "\"procedure\": \"2020-361\"",
        1,
    );
    let text = report(
        &DossierFile::from_json(&bad_procedure, &sources).expect_err("a malformed procedure"),
    );
    assert!(
        text.contains("record dossiers[15] (com-2020-825), field `procedure`"),
        "{text}"
    );

    let bad_source = DOSSIERS.replacen(
        "\"sources\": [\"facts\"]",
        "\"sources\": [\"wikipedia\"]",
        1,
    );
    let text =
        report(&DossierFile::from_json(&bad_source, &sources).expect_err("an unknown source"));
    assert!(
        text.contains("field `sources`: `wikipedia` is not one of the sources"),
        "{text}"
    );
}
