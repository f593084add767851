//! Which records a maintainer should check against their sources before a release: those
//! whose status changes soon (a date of their own falls in the coming days, so the page will
//! say something new), and those not checked for a long time. No Leptos here.

use super::model::{Dossier, Status};
use crate::data::date::Date;

/// Why a record is due for a check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// Its status changes on this day, from one to the other.
    StatusChanges {
        /// The first day of the new status.
        on: Date,
        /// The status until then.
        from: Status,
        /// The status from then.
        to: Status,
    },
    /// It was last checked this many days ago.
    CheckedLongAgo(i64),
}

/// The records due for a check on `today`, each with its reasons: a status that changes
/// within `within_days`, or a check older than `older_than_days`. In the records' order.
pub fn due(
    dossiers: &[Dossier],
    today: Date,
    within_days: i64,
    older_than_days: i64,
) -> Vec<(&Dossier, Vec<Reason>)> {
    dossiers
        .iter()
        .filter_map(|dossier| {
            let mut reasons = Vec::new();
            let now = dossier.status(today);
            // Statuses change only on the days of the record's own steps (the day after an
            // end of validity); those are the days to look at.
            let mut days: Vec<i64> = dossier
                .steps
                .iter()
                .flat_map(|s| [s.date.unix_days(), s.date.unix_days() + 1])
                .filter(|&d| d > today.unix_days() && d <= today.unix_days() + within_days)
                .collect();
            days.sort_unstable();
            days.dedup();
            let mut before = now;
            for day in days {
                let on = Date::from_unix_days(day);
                let then = dossier.status(on);
                if then != before {
                    reasons.push(Reason::StatusChanges {
                        on,
                        from: before,
                        to: then,
                    });
                    before = then;
                }
            }
            let age = today.unix_days() - dossier.checked.unix_days();
            if age > older_than_days {
                reasons.push(Reason::CheckedLongAgo(age));
            }
            (!reasons.is_empty()).then_some((dossier, reasons))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dossiers::model::{DossierFile, Stage};

    #[test]
    fn lists_coming_status_changes_and_old_checks() {
        let file = DossierFile::from_json(
            include_str!("../../public/data/dossiers.json"),
            &["001", "facts"],
        )
        .unwrap();
        let day = |text: &str| text.parse::<Date>().unwrap();
        let mut dossiers = file.dossiers.clone();
        let ai = dossiers
            .iter()
            .position(|d| d.act.as_ref().is_some_and(|a| a.number == "2024/1689"))
            .unwrap();
        let last = dossiers[ai].steps.iter().map(|s| s.date).max().unwrap();
        let eve = Date::from_unix_days(last.unix_days() - 10);
        let found = due(&dossiers, eve, 90, 10_000);
        let (record, reasons) = found
            .iter()
            .find(|(d, _)| d.act == dossiers[ai].act)
            .expect("the AI Act's last date is within 90 days");
        assert!(
            reasons.contains(&Reason::StatusChanges {
                on: last,
                from: Status::Dated(Stage::Implementation),
                to: Status::Dated(Stage::InForce),
            }),
            "{:?}: {reasons:?}",
            record.title
        );
        assert!(
            due(&dossiers, eve, 5, 10_000)
                .iter()
                .all(|(d, _)| d.act != dossiers[ai].act),
            "not within 5 days"
        );
        dossiers[ai].checked = day("2020-01-01");
        let old = due(&dossiers, day("2026-12-04"), 0, 365);
        assert!(old.iter().any(
            |(d, r)| d.act == dossiers[ai].act && matches!(r[..], [Reason::CheckedLongAgo(_)])
        ));
    }
}
