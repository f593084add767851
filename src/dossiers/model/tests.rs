//! Tests of the data model: statuses through an act's life, ids, titles, CELEX numbers, and
//! validation that names the record and the field.

use super::*;
use crate::data::date::Date;
use crate::dossiers::reference::{Act, ActForm, DocRef};

fn date(text: &str) -> Date {
    text.parse().unwrap()
}

fn step(kind: StepKind, on: &str) -> Step {
    Step {
        kind,
        date: date(on),
        detail: None,
    }
}

/// A record that states its steps, confirmed by one page.
fn dossier(steps: Vec<Step>) -> Dossier {
    let confirms = [
        Fact::Field(Field::Title),
        Fact::Field(Field::Reference),
        Fact::Field(Field::LeadDg),
    ]
    .into_iter()
    .chain(steps.iter().map(|s| Fact::Step(s.kind)))
    .collect();
    Dossier {
        title: "Example".into(),
        short_name: None,
        names: Vec::new(),
        doc_type: Some(DocType::Regulation),
        reference: DocRef::parse("COM(2021)574"),
        procedure: None,
        act: None,
        committees: vec![],
        rapporteurs: vec![],
        notes: vec![],
        listed: None,
        steps,
        relations: vec![],
        checked: date("2026-11-29"),
        evidence: vec![Evidence {
            source: None,
            url: Some("https://eur-lex.europa.eu/example".into()),
            secondary: false,
            confirms,
        }],
    }
}

/// A seed row: the source's date and list, confirmed by the source.
fn seed(on: &str, list: List) -> Dossier {
    let mut d = dossier(vec![step(StepKind::Document, on)]);
    d.listed = Some(list);
    d.evidence = vec![Evidence {
        source: Some("001".into()),
        url: None,
        secondary: false,
        confirms: vec![
            Fact::Field(Field::Title),
            Fact::Field(Field::Reference),
            Fact::Field(Field::LeadDg),
            Fact::Step(StepKind::Document),
            Fact::Field(Field::Listed),
        ],
    }];
    d
}

fn file(dossiers: Vec<Dossier>) -> DossierFile {
    DossierFile {
        checked: date("2026-11-29"),
        source_list: SourceList {
            source: "001".into(),
            newest_item: date("2021-09-15"),
            negotiation: 1,
            implementation: 1,
            in_force_at_least: 1,
        },
        dossiers,
    }
}

fn problems(dossiers: Vec<Dossier>) -> Vec<String> {
    match file(dossiers).validate(&["001", "facts"]) {
        Ok(()) => vec![],
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn ids_come_from_the_reference_or_the_date_and_title() {
    assert_eq!(seed("2021-09-15", List::Negotiation).id(), "com-2021-574");
    let mut untyped = seed("2021-07-08", List::Negotiation);
    untyped.reference = None;
    untyped.title = "Mental Health in the Digital World of Work".into();
    assert_eq!(
        untyped.id(),
        "2021-07-08-mental-health-in-the-digital-world-of-work"
    );
}

#[test]
fn titles_say_what_the_source_did() {
    let mut d = dossier(vec![]);
    d.title = ".".into();
    assert_eq!(d.title(), Title::Missing);
    d.title = "Derogation from directive ... child sexual abuse ...".into();
    assert_eq!(
        d.title(),
        Title::CutOff("Derogation from directive ... child sexual abuse")
    );
    d.title = "Data Act".into();
    assert_eq!(d.title(), Title::Full("Data Act"));
}

#[test]
fn status_follows_the_dates_from_a_fixed_today() {
    let ai_act = dossier(vec![
        step(StepKind::Proposed, "2021-04-21"),
        step(StepKind::Adopted, "2024-06-13"),
        step(StepKind::Applies, "2026-08-02"),
        step(StepKind::AppliesInPart, "2027-08-02"),
    ]);
    let at = |day: &str| ai_act.status(date(day));
    assert_eq!(at("2021-05-01"), Status::Dated(Stage::Negotiation));
    assert_eq!(
        at("2024-06-14"),
        Status::Dated(Stage::Implementation),
        "no entry into force recorded: applies ahead"
    );
    assert_eq!(at("2026-11-23"), Status::Dated(Stage::Implementation));
    assert_eq!(at("2027-08-01"), Status::Dated(Stage::Implementation));
    assert_eq!(at("2027-08-02"), Status::Dated(Stage::InForce));
    assert_eq!(at("2030-12-31"), Status::Dated(Stage::InForce));

    let nis2 = dossier(vec![
        step(StepKind::Adopted, "2022-12-14"),
        step(StepKind::InForce, "2023-01-16"),
        step(StepKind::Transposition, "2024-10-17"),
    ]);
    assert_eq!(
        nis2.status(date("2024-10-16")),
        Status::Dated(Stage::Implementation)
    );
    assert_eq!(
        nis2.status(date("2024-10-18")),
        Status::Dated(Stage::InForce)
    );
}

#[test]
fn a_withdrawn_proposal_is_withdrawn_from_its_date() {
    let eprivacy = dossier(vec![
        step(StepKind::Proposed, "2017-01-10"),
        step(StepKind::Withdrawn, "2025-02-11"),
    ]);
    assert_eq!(
        eprivacy.status(date("2024-01-01")),
        Status::Dated(Stage::Negotiation)
    );
    assert_eq!(
        eprivacy.status(date("2025-02-11")),
        Status::Dated(Stage::Withdrawn)
    );
    assert_eq!(
        Status::from_key("withdrawn"),
        Some(Status::Dated(Stage::Withdrawn))
    );
}

#[test]
fn the_source_list_is_the_source_word_until_dated_steps_say_more() {
    let seed_only = seed("2018-06-06", List::Implementation);
    assert_eq!(
        seed_only.status(date("2030-12-31")),
        Status::Listed(List::Implementation),
        "the same on any day: it is the list's, not today's"
    );
    let mut adopted_later = seed("2018-06-06", List::Implementation);
    adopted_later
        .steps
        .push(step(StepKind::Adopted, "2021-04-29"));
    adopted_later
        .steps
        .push(step(StepKind::InForce, "2021-05-11"));
    assert_eq!(
        adopted_later.status(date("2026-11-23")),
        Status::Dated(Stage::InForce)
    );
    let unlisted = dossier(vec![step(StepKind::Proposed, "2024-01-01")]);
    assert_eq!(
        unlisted.status(date("2026-11-23")),
        Status::Dated(Stage::Negotiation)
    );
}

#[test]
fn celex_numbers_follow_the_eur_lex_rules_for_each_series() {
    let mut d = dossier(vec![]);
    assert_eq!(d.document_celex().as_deref(), Some("52021PC0574"));
    d.doc_type = Some(DocType::Communication);
    assert_eq!(d.document_celex().as_deref(), Some("52021DC0574"));
    d.doc_type = Some(DocType::CouncilResolution);
    d.reference = DocRef::parse("COM(94)492");
    assert_eq!(d.document_celex().as_deref(), Some("51994DC0492"));
    d.doc_type = Some(DocType::Decision);
    d.reference = DocRef::parse("JOIN(2016)19");
    assert_eq!(d.document_celex().as_deref(), Some("52016JC0019"));
    d.reference = DocRef::parse("SEC(2004)661");
    assert_eq!(d.document_celex().as_deref(), Some("52004SC0661"));
    d.reference = None;
    assert_eq!(d.document_celex(), None);
}

#[test]
fn a_record_reads_as_its_act_its_proposal_or_its_document() {
    let mut d = dossier(vec![]);
    assert_eq!(d.kind(), Kind::Proposal(ActForm::Regulation));
    d.doc_type = Some(DocType::Report);
    assert_eq!(d.kind(), Kind::Document(DocType::Report));
    d.doc_type = Some(DocType::Decision);
    d.reference = DocRef::parse("SEC(2004)661");
    assert_eq!(
        d.kind(),
        Kind::Document(DocType::Decision),
        "a staff document is no proposal"
    );
    d.doc_type = None;
    assert_eq!(d.kind(), Kind::NotGiven);
    let act = Act {
        form: ActForm::Regulation,
        number: "2022/2065".into(),
        council: false,
    };
    d.act = Some(act.clone());
    assert_eq!(d.kind(), Kind::Act(&act));
}

#[test]
fn validation_names_record_and_field() {
    let mut bad = dossier(vec![
        step(StepKind::Proposed, "2021-09-15"),
        step(StepKind::Adopted, "2021-01-01"),
    ]);
    bad.title = " ".into();
    let text = problems(vec![bad.clone(), bad]);
    assert!(text.contains(&"data/dossiers.json: record dossiers[0] (com-2021-574), field `title`: must not be empty".to_string()), "{text:#?}");
    assert!(
        text.iter().any(|t| t.contains("field `steps[1].date`")),
        "{text:#?}"
    );
    assert!(
        text.iter()
            .any(|t| t.contains("field `act`: an `adopted` step and an `act` go together")),
        "{text:#?}"
    );
    assert!(
        text.iter()
            .any(|t| t.contains("dossiers[1] (com-2021-574), field `id`")),
        "{text:#?}"
    );
}

#[test]
fn every_fact_needs_evidence() {
    let mut unconfirmed = dossier(vec![
        step(StepKind::Proposed, "2021-09-15"),
        step(StepKind::Withdrawn, "2025-02-11"),
    ]);
    unconfirmed.evidence[0]
        .confirms
        .retain(|f| *f != Fact::Step(StepKind::Withdrawn));
    unconfirmed.procedure = Some("2021/0293(COD)".into());
    let text = problems(vec![unconfirmed]);
    assert!(
        text.contains(&"data/dossiers.json: record dossiers[0] (com-2021-574), field `steps[1]`: no evidence confirms the `withdrawn` step".to_string()),
        "{text:#?}"
    );
    assert!(
        text.iter()
            .any(|t| t.ends_with("field `procedure`: no evidence confirms the `procedure`")),
        "{text:#?}"
    );

    let mut sourceless = dossier(vec![step(StepKind::Proposed, "2021-09-15")]);
    sourceless.evidence[0].url = Some("ftp://example.org/x".into());
    sourceless.evidence.push(Evidence {
        source: Some("nowhere".into()),
        url: None,
        secondary: false,
        confirms: vec![],
    });
    let text = problems(vec![sourceless]);
    assert!(
        text.iter().any(|t| t.contains("field `evidence[0].url`")),
        "{text:#?}"
    );
    assert!(
        text.iter()
            .any(|t| t.contains("field `evidence[1].source`: `nowhere` is not one of the sources")),
        "{text:#?}"
    );
    assert!(
        text.iter()
            .any(|t| t.contains("field `evidence[1].confirms`")),
        "{text:#?}"
    );

    let mut listed_without_source = seed("2021-06-04", List::Negotiation);
    listed_without_source.evidence[0].source = Some("facts".into());
    let text = problems(vec![listed_without_source]);
    assert!(
        text.iter().any(|t| t.contains("field `listed`")),
        "{text:#?}"
    );
    assert!(problems(vec![seed("2021-06-04", List::Negotiation)]).is_empty());
}

#[test]
fn a_step_kind_occurs_once_except_partial_application() {
    let twice = dossier(vec![
        step(StepKind::Proposed, "2021-04-21"),
        step(StepKind::Adopted, "2024-06-13"),
        step(StepKind::Adopted, "2024-06-14"),
    ]);
    let text = problems(vec![twice]);
    assert!(
        text.iter()
            .any(|t| t.contains("field `steps[2].kind`: a second `adopted` step")),
        "{text:#?}"
    );
}

#[test]
fn keys_round_trip() {
    for status in Status::ALL {
        assert_eq!(Status::from_key(status.key()), Some(status));
        assert_eq!(Status::ALL[status.index()], status);
    }
    for facet in TypeFacet::ALL {
        assert_eq!(TypeFacet::from_key(facet.key()), Some(facet));
        assert_eq!(TypeFacet::ALL[facet.index()], facet);
    }
    for kind in StepKind::ALL {
        assert_eq!(Fact::from_key(kind.key()), Some(Fact::Step(kind)));
        assert_eq!(StepKind::ALL[kind.index()], kind);
    }
    for kind in RelationKind::ALL {
        assert_eq!(Fact::from_key(kind.key()), Some(Fact::Relation(kind)));
        assert_eq!(kind.inverse().inverse(), kind);
    }
    for field in Field::ALL {
        assert_eq!(Fact::from_key(field.key()), Some(Fact::Field(field)));
    }
    assert_eq!(Fact::from_key("nonsense"), None);
    assert_eq!(Status::from_key("In-Force"), None);
}

/// An act adopted on `adopted`, in force from `in_force`, applying from `applies`.
fn act(number: &str, adopted: &str, in_force: &str, applies: &str) -> Dossier {
    let mut d = dossier(vec![
        step(StepKind::Proposed, "2013-02-07"),
        step(StepKind::Adopted, adopted),
        step(StepKind::InForce, in_force),
        step(StepKind::Applies, applies),
    ]);
    d.act = Some(Act {
        form: ActForm::Directive,
        number: number.into(),
        council: false,
    });
    d.evidence[0].confirms.push(Fact::Field(Field::Act));
    d
}

/// `d` states `kind` of `other` from `date`, confirmed by its page.
fn relate(d: &mut Dossier, kind: RelationKind, other: &str, date_from: Option<&str>) {
    d.relations.push(Relation {
        kind,
        act: other.into(),
        date: date_from.map(date),
        partly: false,
        detail: None,
    });
    d.evidence[0].confirms.push(Fact::Relation(kind));
}

/// The NIS Directive, repealed by NIS2 with effect from 18 October 2024.
fn nis() -> Dossier {
    let mut nis = act("2016/1148", "2016-07-06", "2016-08-08", "2018-05-10");
    nis.steps.push(step(StepKind::EndOfValidity, "2024-10-17"));
    nis.evidence[0]
        .confirms
        .push(Fact::Step(StepKind::EndOfValidity));
    relate(
        &mut nis,
        RelationKind::RepealedBy,
        "32022L2555",
        Some("2024-10-18"),
    );
    nis
}

fn nis2() -> Dossier {
    let mut nis2 = act("2022/2555", "2022-12-14", "2023-01-16", "2024-10-18");
    nis2.reference = DocRef::parse("COM(2020)823");
    relate(
        &mut nis2,
        RelationKind::Repeals,
        "32016L1148",
        Some("2024-10-18"),
    );
    nis2
}

#[test]
fn statuses_run_through_an_acts_whole_life() {
    let nis = nis();
    let at = |day: &str| nis.status(date(day));
    assert_eq!(at("2015-01-01"), Status::Dated(Stage::Negotiation));
    assert_eq!(
        at("2016-07-20"),
        Status::Dated(Stage::Adopted),
        "adopted, in force from 8 August"
    );
    assert_eq!(
        at("2016-08-08"),
        Status::Dated(Stage::Implementation),
        "in force, applies from 2018"
    );
    assert_eq!(at("2018-05-10"), Status::Dated(Stage::InForce));
    assert_eq!(
        at("2024-10-17"),
        Status::Dated(Stage::InForce),
        "its last day of validity"
    );
    assert_eq!(
        at("2024-10-18"),
        Status::Dated(Stage::NoLongerInForce),
        "the day after the repeal takes effect"
    );
    assert_eq!(at("2030-12-31"), Status::Dated(Stage::NoLongerInForce));
    assert!(nis.repealed_by().is_some_and(|r| r.act == "32022L2555"));

    let mut expired = act("2017/1953", "2017-10-25", "2017-11-21", "2017-11-21");
    expired
        .steps
        .push(step(StepKind::EndOfValidity, "2020-12-31"));
    assert_eq!(
        expired.status(date("2021-01-01")),
        Status::Dated(Stage::NoLongerInForce)
    );
    assert!(expired.repealed_by().is_none(), "expired, not repealed");

    let mut partly = act("2014/61", "2014-05-15", "2014-06-12", "2016-07-01");
    partly.relations.push(Relation {
        kind: RelationKind::RepealedBy,
        act: "32024R1309".into(),
        date: None,
        partly: true,
        detail: Some("Article 7".into()),
    });
    assert_eq!(
        partly.status(date("2026-11-23")),
        Status::Dated(Stage::InForce),
        "a partial repeal leaves the act in force, as EUR-Lex has it"
    );
    assert!(partly.repealed_by().is_none());
}

#[test]
fn relations_are_stated_by_both_acts_and_their_dates_agree() {
    assert_eq!(problems(vec![nis(), nis2()]), Vec::<String>::new());
    assert_eq!(
        problems(vec![nis()]),
        Vec::<String>::new(),
        "the other act need not be in the data"
    );

    let mut one_sided = nis2();
    one_sided.relations.clear();
    let text = problems(vec![nis(), one_sided]);
    assert!(
        text.iter().any(
            |t| t.contains("dossiers[0] (com-2021-574), field `relations[0]`")
                && t.contains("must state `repeals` 32016L1148")
        ),
        "{text:#?}"
    );

    let mut other_day = nis2();
    other_day.relations[0].date = Some(date("2024-10-19"));
    assert!(problems(vec![nis(), other_day])
        .iter()
        .any(|t| t.contains("with the same date")));

    let mut wrong_day = nis();
    wrong_day.relations[0].date = Some(date("2024-10-17"));
    let text = problems(vec![wrong_day]);
    assert!(
        text.iter().any(|t| t.contains("field `relations[0].date`: a repeal or replacement takes effect the day after the end of validity (2024-10-17)")),
        "{text:#?}"
    );

    let mut no_end = nis();
    no_end.steps.retain(|s| s.kind != StepKind::EndOfValidity);
    assert!(problems(vec![no_end])
        .iter()
        .any(|t| t.contains("an act repealed or replaced in full has an `end-of-validity` step")));
    let mut recast = act("2016/999", "2016-06-13", "2016-07-01", "2016-07-01");
    relate(
        &mut recast,
        RelationKind::ReplacedBy,
        "32022R0612",
        Some("2022-07-01"),
    );
    assert!(problems(vec![recast.clone()])
        .iter()
        .any(|t| t.contains("an act repealed or replaced in full has an `end-of-validity` step")));
    recast
        .steps
        .push(step(StepKind::EndOfValidity, "2022-06-30"));
    recast.evidence[0]
        .confirms
        .push(Fact::Step(StepKind::EndOfValidity));
    assert_eq!(problems(vec![recast.clone()]), Vec::<String>::new());
    assert_eq!(
        recast.repealed_by().map(|r| r.act.as_str()),
        Some("32022R0612"),
        "a recast ends the act as a repeal does"
    );

    let mut bad_celex = nis();
    bad_celex.relations[0].act = "2022/2555".into();
    assert!(problems(vec![bad_celex])
        .iter()
        .any(|t| t.contains("is not the CELEX number of an act")));

    let mut unconfirmed = nis();
    unconfirmed.evidence[0]
        .confirms
        .retain(|f| *f != Fact::Relation(RelationKind::RepealedBy));
    assert!(problems(vec![unconfirmed]).iter().any(
        |t| t.contains("field `relations[0]`: no evidence confirms the `repealed-by` relation")
    ));
}

#[test]
fn the_end_of_validity_comes_after_entry_into_force() {
    let mut early = nis();
    early.steps.retain(|s| s.kind != StepKind::EndOfValidity);
    early
        .steps
        .insert(3, step(StepKind::EndOfValidity, "2016-08-01"));
    early.relations[0].date = Some(date("2016-08-02"));
    let text = problems(vec![early]);
    assert!(
        text.iter()
            .any(|t| t.contains("the end of validity must come after the `in-force` step")),
        "{text:#?}"
    );
    let mut proposal = dossier(vec![
        step(StepKind::Proposed, "2021-01-01"),
        step(StepKind::EndOfValidity, "2022-01-01"),
    ]);
    proposal.evidence[0]
        .confirms
        .push(Fact::Step(StepKind::EndOfValidity));
    assert!(problems(vec![proposal])
        .iter()
        .any(|t| t.contains("only an adopted act has an end of validity")));
}

#[test]
fn evidence_comes_from_institutions_unless_marked_secondary() {
    let with_url = |url: &str, secondary: bool| {
        let mut d = dossier(vec![step(StepKind::Proposed, "2021-09-15")]);
        d.evidence[0].url = Some(url.into());
        d.evidence[0].secondary = secondary;
        problems(vec![d])
    };
    for institutional in [
        "https://eur-lex.europa.eu/eli/dir/2016/1148/oj",
        "https://oeil.secure.europarl.europa.eu/oeil/en/procedure-file?reference=2013/0027(COD)",
        "https://digital-strategy.ec.europa.eu/en/policies/nis2-directive",
        "https://data.europa.eu/eli/reg/2017/920/oj",
    ] {
        assert_eq!(
            with_url(institutional, false),
            Vec::<String>::new(),
            "{institutional}"
        );
        assert!(with_url(institutional, true)
            .iter()
            .any(|t| t.contains("is an institution's site, not a secondary source")));
    }
    let blog = with_url("https://www.lawfirm.example/insights/eprivacy", false);
    assert!(
        blog.iter().any(|t| t
            .contains("field `evidence[0].url`: www.lawfirm.example is not an institution's site")),
        "{blog:#?}"
    );
    assert_eq!(
        with_url("https://www.lawfirm.example/insights/eprivacy", true),
        Vec::<String>::new(),
        "a secondary source, marked"
    );
    for unfit in [
        "http://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016L1148",
        "https://eur-lex.europa.eu\u{202e}/moc.elpmaxe//:sptth",
        "https://eur lex.europa.eu/",
        "https:///path",
        "https://EUR-LEX.europa.eu/",
    ] {
        assert!(
            with_url(unfit, false)
                .iter()
                .any(|t| t.contains("is not an https address of a host")),
            "{unfit}"
        );
    }
    assert!(!is_institutional("europa.eu.example.org") && !is_institutional("noteuropa.eu"));
    assert_eq!(
        https_host("https://eur-lex.europa.eu/x?y#z"),
        Some("eur-lex.europa.eu")
    );
    let mut source_marked = seed("2021-06-04", List::Negotiation);
    source_marked.evidence[0].secondary = true;
    assert!(problems(vec![source_marked])
        .iter()
        .any(|t| t.contains("only a page can be a secondary source")));
}

#[test]
fn the_file_is_checked_as_of_its_newest_record() {
    let mut later = nis();
    later.checked = date("2026-12-04");
    let text = problems(vec![later]);
    assert!(
        text.iter().any(|t| t.contains(
            "field `checked`: is 2026-11-29, but the newest record was checked on 2026-12-04"
        )),
        "{text:#?}"
    );
}

fn official(lang: &str, name: &str, url: &str) -> OfficialName {
    OfficialName {
        lang: lang.into(),
        name: name.into(),
        url: url.into(),
    }
}

#[test]
fn official_names_are_shown_in_their_language_and_cited_from_eur_lex() {
    let mut nis2 = nis2();
    nis2.short_name = Some("NIS2 Directive".into());
    let de = "https://eur-lex.europa.eu/legal-content/DE/TXT/?uri=CELEX:32022L2555";
    nis2.names = vec![official("de", "NIS-2-Richtlinie", de)];
    assert_eq!(
        nis2.short_name_in("de"),
        Some(("NIS-2-Richtlinie".to_owned(), "de"))
    );
    assert_eq!(
        nis2.short_name_in("fr"),
        Some(("NIS2 Directive".to_owned(), "en")),
        "no French name: the English one, marked as English"
    );
    assert_eq!(
        nis2.display_name_in("x", "hu"),
        ("NIS2 Directive".to_owned(), "en")
    );
    assert_eq!(problems(vec![nis(), nis2.clone()]), Vec::<String>::new());

    let mut wrong = nis2.clone();
    wrong.names = vec![
        official("en", "NIS 2 Directive", de),
        official("de", "NIS-2-Richtlinie", "https://example.org/nis2"),
        official("de", "NIS 2", de),
        official("DE", "NIS 2", de),
    ];
    let found = problems(vec![nis(), wrong]);
    for expected in [
        "field `names[0].lang`: `en` is not one of the site's languages other than English",
        "field `names[1].url`: `https://example.org/nis2` is not an https page of an institution (EUR-Lex)",
        "field `names[2].lang`: a second name in `de`",
        "field `names[3].lang`: `DE` is not one of the site's languages other than English",
    ] {
        assert!(found.iter().any(|p| p.contains(expected)), "{expected}: {found:?}");
    }

    let mut proposal = dossier(vec![step(StepKind::Proposed, "2026-01-21")]);
    proposal.names = vec![official("fr", "règlement", de)];
    assert!(problems(vec![proposal])
        .iter()
        .any(|p| p.contains("only an adopted act has official names")));
}

#[test]
fn a_relation_listed_twice_is_named_once_at_the_second() {
    let mut nis2 = nis2();
    let repeal = nis2.relations[0].clone();
    nis2.relations.push(repeal);
    let found = problems(vec![nis(), nis2]);
    let twice: Vec<&String> = found
        .iter()
        .filter(|p| p.contains("the same relation is listed twice"))
        .collect();
    assert_eq!(twice.len(), 1, "{found:?}");
    assert!(twice[0].contains("field `relations[1]`"), "{found:?}");
}
