//! Every data file the site ships parses and validates; a broken record fails with the file,
//! the record and the field named.

use connect_explorer::data::content::Content;
use connect_explorer::data::date::Date;
use connect_explorer::data::validation::ValidationErrors;
use connect_explorer::dossiers::model::DossierFile;
use connect_explorer::site::Site;
use serde_json::{json, Value};

const CONTENT: &str = include_str!("../public/data/content.json");
const DOSSIERS: &str = include_str!("../public/data/dossiers.json");
const SOURCES: [&str; 5] = ["000", "001", "002", "003", "facts"];
const TODAY: Date = Date {
    year: 2026,
    month: 11,
    day: 23,
};

fn report(errors: &ValidationErrors) -> String {
    errors.iter().map(|e| format!("\n  {e}")).collect()
}

/// The shipped file with one change made to its JSON.
fn changed(file: &str, change: impl FnOnce(&mut Value)) -> String {
    let mut value: Value = serde_json::from_str(file).expect("the shipped file parses");
    change(&mut value);
    value.to_string()
}

/// The position of the record with this reference in the shipped dossiers.
fn position(reference: &str) -> usize {
    let value: Value = serde_json::from_str(DOSSIERS).expect("parses");
    value["dossiers"]
        .as_array()
        .and_then(|all| all.iter().position(|d| d["reference"] == reference))
        .expect("the record is shipped")
}

fn dossier_problems(file: &str) -> String {
    report(&DossierFile::from_json(file, &SOURCES).expect_err("the change is refused"))
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
    let cites =
        |d: &&connect_explorer::dossiers::model::Dossier, id: &str| d.sources().any(|s| s == id);
    let listed: Vec<_> = file
        .dossiers
        .iter()
        .filter(|d| d.listed.is_some())
        .collect();
    let verified = file.dossiers.iter().filter(|d| cites(d, "facts")).count();
    let merged: Vec<String> = listed
        .iter()
        .filter(|d| cites(d, "facts"))
        .map(|d| d.id())
        .collect();
    assert_eq!(listed.len(), 15, "the 15 rows of seed 001");
    assert!(listed.iter().all(|d| cites(d, "001")));
    assert_eq!(verified, 12, "the 12 verified files");
    assert_eq!(
        merged,
        ["com-2021-574", "com-2021-281"],
        "the two seed rows that are verified files"
    );
    assert_eq!(site.dossiers.len(), file.dossiers.len());
    assert_eq!(site.source_list.negotiation, 530);
    assert_eq!(site.source_list.implementation, 69);
    assert_eq!(site.source_list.in_force_at_least, 26);
    assert_eq!(site.source_list.newest_item.to_string(), "2021-09-15");
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
    let broken = changed(CONTENT, |c| c["themes"][4]["title"] = json!(""));
    let errors = Content::from_json(&broken).expect_err("an empty title is refused");
    let text = report(&errors);
    assert!(text.contains("data/content.json: record themes[4] (strategic-vision), field `title`: must not be empty"), "{text}");

    let duplicate = changed(CONTENT, |c| {
        c["themes"][4]["slug"] = json!("ict-benefits-society")
    });
    let text = report(&Content::from_json(&duplicate).expect_err("duplicate slugs are refused"));
    assert!(
        text.contains("record themes[4] (ict-benefits-society), field `slug`"),
        "{text}"
    );

    let unknown = changed(CONTENT, |c| {
        c["international"]["research"]["projects"][0]["countries"][0] = json!("kenia")
    });
    let text = report(&Content::from_json(&unknown).expect_err("unknown countries are refused"));
    assert!(
        text.contains("international.research.projects[0] (isooko), field `countries`: `kenia`"),
        "{text}"
    );

    let off_the_map = changed(CONTENT, |c| {
        c["international"]["research"]["countries"][6]["iso"] = json!("999")
    });
    let text =
        report(&Content::from_json(&off_the_map).expect_err("a country the map lacks is refused"));
    assert!(
        text.contains("international.research.countries[6] (kenya), field `iso`: `999`"),
        "{text}"
    );
}

#[test]
fn a_broken_dossier_record_is_named_by_file_record_and_field() {
    let dsa = position("COM(2020)825");
    let bad_date = changed(DOSSIERS, |d| {
        d["dossiers"][dsa]["steps"][0]["date"] = json!("2020-02-30")
    });
    let text = dossier_problems(&bad_date);
    assert!(
        text.contains("data/dossiers.json: record at line"),
        "{text}"
    );
    assert!(text.contains("2020-02-30"), "{text}");

    let bad_procedure = changed(DOSSIERS, |d| {
        d["dossiers"][dsa]["procedure"] = json!("2020-361")
    });
    let text = dossier_problems(&bad_procedure);
    assert!(
        text.contains(&format!(
            "record dossiers[{dsa}] (com-2020-825), field `procedure`"
        )),
        "{text}"
    );

    let bad_source = changed(DOSSIERS, |d| {
        d["dossiers"][dsa]["evidence"][0]["source"] = json!("wikipedia")
    });
    let text = dossier_problems(&bad_source);
    assert!(
        text.contains("field `evidence[0].source`: `wikipedia` is not one of the sources"),
        "{text}"
    );
}

#[test]
fn a_dated_step_without_evidence_is_named_by_file_record_and_field() {
    let dsa = position("COM(2020)825");
    let unconfirmed = changed(DOSSIERS, |d| {
        for evidence in d["dossiers"][dsa]["evidence"]
            .as_array_mut()
            .expect("a list")
        {
            let confirms = evidence["confirms"].as_array_mut().expect("a list");
            confirms.retain(|fact| fact != "adopted");
        }
    });
    let text = dossier_problems(&unconfirmed);
    assert!(
        text.contains(&format!(
            "data/dossiers.json: record dossiers[{dsa}] (com-2020-825), field `steps[1]`: no evidence confirms the `adopted` step"
        )),
        "{text}"
    );
    let no_reference_evidence = changed(DOSSIERS, |d| {
        let confirms = d["dossiers"][dsa]["evidence"][0]["confirms"]
            .as_array_mut()
            .expect("a list");
        confirms.retain(|fact| fact != "reference");
    });
    assert!(dossier_problems(&no_reference_evidence)
        .contains("field `reference`: no evidence confirms the `reference`"));
}

#[test]
fn ids_are_unique() {
    let dsa = position("COM(2020)825");
    let twice = changed(DOSSIERS, |d| {
        let copy = d["dossiers"][dsa].clone();
        d["dossiers"].as_array_mut().expect("a list").push(copy);
    });
    assert!(dossier_problems(&twice)
        .contains("(com-2020-825), field `id`: `com-2020-825` is used twice"));
}
