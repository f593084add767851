//! iCalendar files (RFC 5545) of the steps still ahead: one for every dossier of the site and
//! one per dossier, in each language, written at build time. Visitors subscribe to them in
//! their calendar program. The `icalendar` crate writes them, escaping and folding lines as the
//! RFC asks. Built only for the build machine.

use crate::data::date::Date;
use crate::dossiers::model::Dossier;
use crate::i18n::Lang;
use crate::paths::localize;
use crate::site::Site;
use icalendar::{Calendar, Component, Event, EventLike};

/// The calendar's file name, in the site's root (per language) and in each dossier's folder.
pub const CALENDAR_FILE: &str = "calendar.ics";

/// The steps of the dossier at `position` still ahead of the site's day.
pub fn coming_steps(site: &Site, position: u32) -> usize {
    site.dossiers.get(position).map_or(0, |d| {
        d.steps.iter().filter(|s| s.date > site.today).count()
    })
}

fn naive(date: Date) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::from_ymd_opt(
        i32::from(date.year),
        u32::from(date.month),
        u32::from(date.day),
    )
}

/// One all-day event per step of `dossier` still ahead of `site.today`.
fn events(site: &Site, lang: Lang, root: &str, dossier: &Dossier, id: &str) -> Vec<Event> {
    let t = lang.messages();
    let name = dossier.display_name(id);
    let url = format!("{root}{}", localize(lang, &format!("/dossiers/{id}")));
    let stamp = naive(site.today)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|d| d.and_utc());
    dossier
        .steps
        .iter()
        .filter(|s| s.date > site.today)
        .filter_map(|step| {
            let day = naive(step.date)?;
            let what = format!(
                "{}{}",
                t.step_text(step, dossier.act.as_ref()),
                t.step_detail_suffix(step)
            );
            let mut event = Event::new();
            // The same step keeps its identity from build to build.
            event
                .uid(&format!(
                    "{id}-{}-{}@connect-explorer",
                    step.kind.key(),
                    step.date
                ))
                .summary(&format!("{name}: {what}"))
                .all_day(day)
                .url(&url);
            if let Some(stamp) = stamp {
                event.timestamp(stamp);
            }
            Some(event.done())
        })
        .collect()
}

/// The calendar of the dossiers at `positions`, in `lang`, named `title`. `root` is the site's
/// absolute address with its base path, without the trailing slash.
pub fn calendar(site: &Site, lang: Lang, root: &str, title: &str, positions: &[u32]) -> String {
    let mut calendar = Calendar::new();
    calendar.name(title);
    for &position in positions {
        if let Some(dossier) = site.dossiers.get(position) {
            for event in events(site, lang, root, dossier, site.dossiers.id(position)) {
                calendar.push(event);
            }
        }
    }
    calendar.done().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::fixtures::shipped_site;

    #[test]
    fn every_coming_step_is_one_stable_all_day_event() {
        let site = shipped_site();
        let all: Vec<u32> = (0..site.dossiers.len() as u32).collect();
        let ics = calendar(
            &site,
            Lang::En,
            "https://example.org/ce",
            "DG CONNECT",
            &all,
        );
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"), "{ics}");
        assert!(ics.lines().all(|line| line.len() <= 75), "lines are folded");
        let coming: usize = all.iter().map(|&p| coming_steps(&site, p)).sum();
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), coming);
        assert!(
            coming >= 2,
            "the AI Act's Article 6(1) and the CRA's application are ahead"
        );
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains("UID:com-2021-206-applies-in-part-2027-08-02@connect-explorer"));
        assert!(unfolded.contains("DTSTART;VALUE=DATE:20270802"));
        assert!(unfolded.contains("SUMMARY:Artificial Intelligence Act: Date of application of some provisions (Article 6(1))"));
        assert!(unfolded.contains("URL:https://example.org/ce/dossiers/com-2021-206/"));
        assert_eq!(
            ics,
            calendar(
                &site,
                Lang::En,
                "https://example.org/ce",
                "DG CONNECT",
                &all
            ),
            "the same data makes the same file"
        );
        let french = calendar(
            &site,
            Lang::Fr,
            "https://example.org/ce",
            "DG CONNECT",
            &all,
        )
        .replace("\r\n ", "");
        assert!(french.contains("Date d’application de certaines dispositions"));
        assert!(french.contains("URL:https://example.org/ce/fr/dossiers/com-2021-206/"));
    }
}
