//! Clearly synthetic dossiers for benchmarks and scale tests. Every title starts with
//! "SYNTHETIC TEST RECORD" and every record cites the source `synthetic`; none of this is ever
//! part of the shipped data.

use super::model::{
    DocType, Dossier, DossierFile, Evidence, Fact, Field, SourceList, Step, StepKind,
};
use super::reference::{Act, ActForm, DocRef};
use crate::data::date::Date;

/// The source id synthetic records cite.
pub const SYNTHETIC_SOURCE: &str = "synthetic";

const WORDS: [&str; 24] = [
    "digital",
    "data",
    "network",
    "cyber",
    "media",
    "market",
    "services",
    "identity",
    "artificial",
    "intelligence",
    "broadband",
    "gigabit",
    "chips",
    "cloud",
    "platform",
    "security",
    "research",
    "innovation",
    "audiovisual",
    "copyright",
    "spectrum",
    "satellite",
    "health",
    "skills",
];

/// A small deterministic pseudo-random sequence, so every run builds the same records.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % below.max(1)
    }
}

/// `count` synthetic dossiers with varied types, years, statuses and words.
pub fn synthetic_dossiers(count: usize) -> Vec<Dossier> {
    let mut rng = Lcg(0x5eed);
    (0..count)
        .map(|i| {
            let year = 1990 + rng.next(37) as u16;
            let date =
                Date::new(year, 1 + rng.next(12) as u8, 1 + rng.next(28) as u8).unwrap_or(Date {
                    year,
                    month: 1,
                    day: 1,
                });
            let words: Vec<&str> = (0..5)
                .map(|_| WORDS[rng.next(WORDS.len() as u64) as usize])
                .collect();
            let doc_type = (rng.next(10) > 0)
                .then(|| DocType::ALL[rng.next(DocType::ALL.len() as u64) as usize]);
            let adopted = matches!(
                doc_type,
                Some(DocType::Regulation | DocType::Directive | DocType::Decision)
            ) && rng.next(2) == 0;
            let mut steps = vec![Step {
                kind: StepKind::Proposed,
                date,
                detail: None,
            }];
            let mut act = None;
            if adopted {
                let later = |years: u16| Date {
                    year: date.year + years,
                    ..date
                };
                steps.push(Step {
                    kind: StepKind::Adopted,
                    date: later(1),
                    detail: None,
                });
                steps.push(Step {
                    kind: StepKind::Applies,
                    date: later(1 + rng.next(4) as u16),
                    detail: None,
                });
                let form = match doc_type {
                    Some(DocType::Directive) => ActForm::Directive,
                    Some(DocType::Decision) => ActForm::Decision,
                    _ => ActForm::Regulation,
                };
                act = Some(Act {
                    form,
                    number: format!("{}/{}", date.year + 1, 1000 + i % 9000),
                    council: false,
                });
            }
            Dossier {
                title: format!("SYNTHETIC TEST RECORD {i}: {}", words.join(" ")),
                short_name: None,
                names: Vec::new(),
                doc_type,
                reference: Some(DocRef {
                    series: "SWD".into(),
                    year,
                    number: i as u32 + 1,
                }),
                procedure: None,
                act,
                committees: vec![],
                rapporteurs: vec![],
                notes: vec![],
                listed: None,
                relations: vec![],
                checked: CHECKED,
                evidence: vec![Evidence {
                    source: Some(SYNTHETIC_SOURCE.into()),
                    url: None,
                    secondary: false,
                    confirms: [Field::Title, Field::Reference, Field::LeadDg, Field::Act]
                        .into_iter()
                        .map(Fact::Field)
                        .chain(steps.iter().map(|s| Fact::Step(s.kind)))
                        .collect(),
                }],
                steps,
            }
        })
        .collect()
}

/// The day every synthetic record says it was checked.
const CHECKED: Date = Date {
    year: 2026,
    month: 1,
    day: 1,
};

/// A whole data file of `count` synthetic dossiers, citing the `synthetic` source.
pub fn synthetic_file(count: usize) -> DossierFile {
    DossierFile {
        checked: CHECKED,
        source_list: SourceList {
            source: SYNTHETIC_SOURCE.into(),
            newest_item: Date {
                year: 2026,
                month: 1,
                day: 1,
            },
            negotiation: 0,
            implementation: 0,
            in_force_at_least: 0,
        },
        dossiers: synthetic_dossiers(count),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dossiers::model::{Stage, Status};

    #[test]
    fn synthetic_records_are_valid_labelled_and_varied() {
        let dossiers = synthetic_dossiers(2000);
        assert!(dossiers
            .iter()
            .all(|d| d.title.starts_with("SYNTHETIC TEST RECORD")));
        let file = synthetic_file(2000);
        assert_eq!(file.dossiers, dossiers);
        file.validate(&[SYNTHETIC_SOURCE]).expect("valid records");
        let today = Date {
            year: 2026,
            month: 11,
            day: 23,
        };
        let mut spread = [0; 3];
        for dossier in &dossiers {
            match dossier.status(today) {
                Status::Dated(Stage::Negotiation) => spread[0] += 1,
                Status::Dated(Stage::Implementation) => spread[1] += 1,
                Status::Dated(Stage::InForce) => spread[2] += 1,
                other => panic!("synthetic records have no {other:?}"),
            }
        }
        assert!(
            spread.iter().all(|&n| n > 0),
            "every computed status but withdrawn occurs: {spread:?}"
        );
        assert_eq!(synthetic_dossiers(2000), dossiers, "deterministic");
    }
}
