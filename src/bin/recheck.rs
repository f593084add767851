//! Lists the records to check against their sources before a release: those whose status
//! changes in the coming days and those checked longest ago.
//!
//! Usage: `recheck [--within 90] [--older-than 180] [--today YYYY-MM-DD]`

use connect_explorer::dossiers::model::DossierFile;
use connect_explorer::dossiers::recheck::{due, Reason};
use std::process::ExitCode;

fn main() -> ExitCode {
    let usage = "usage: recheck [--within DAYS] [--older-than DAYS] [--today YYYY-MM-DD]";
    let (mut within, mut older_than) = (90, 180);
    let mut today = connect_explorer::today::today();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let value = args.next();
        let parsed = match (arg.as_str(), value.as_deref()) {
            ("--within", Some(v)) => v.parse().map(|d| within = d).is_ok(),
            ("--older-than", Some(v)) => v.parse().map(|d| older_than = d).is_ok(),
            ("--today", Some(v)) => v.parse().map(|d| today = d).is_ok(),
            _ => false,
        };
        if !parsed {
            eprintln!("{usage}");
            return ExitCode::from(2);
        }
    }
    let text = include_str!("../../public/data/dossiers.json");
    let sources = connect_explorer::data::content::Content::from_json(include_str!(
        "../../public/data/content.json"
    ))
    .map(|c| c.sources.iter().map(|s| s.id.clone()).collect::<Vec<_>>())
    .unwrap_or_default();
    let ids: Vec<&str> = sources.iter().map(String::as_str).collect();
    let file = match DossierFile::from_json(text, &ids) {
        Ok(file) => file,
        Err(errors) => {
            eprintln!("recheck: {errors}");
            return ExitCode::FAILURE;
        }
    };
    let found = due(&file.dossiers, today, within, older_than);
    println!(
        "{} of {} records to check on {today} (status changes within {within} days, checks older than {older_than} days):",
        found.len(),
        file.dossiers.len()
    );
    for (dossier, reasons) in found {
        let name = dossier.display_name(&dossier.id());
        for reason in reasons {
            match reason {
                Reason::StatusChanges { on, from, to } => println!(
                    "  {} ({name}): {} → {} on {on}",
                    dossier.id(),
                    from.key(),
                    to.key()
                ),
                Reason::CheckedLongAgo(days) => println!(
                    "  {} ({name}): last checked {} ({days} days ago)",
                    dossier.id(),
                    dossier.checked
                ),
            }
        }
    }
    ExitCode::SUCCESS
}
