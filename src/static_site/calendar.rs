//! iCalendar files (RFC 5545) of the steps still ahead: one for every dossier of the site and
//! one per dossier, in each language, written at build time. Visitors subscribe to them in
//! their calendar program. The `icalendar` crate writes them, escaping and folding lines as the
//! RFC asks. Built only for the build machine.

use crate::addresses;
use crate::data::date::Date;
use crate::dossiers::model::Dossier;
use crate::i18n::Lang;
use crate::paths::localize;
use crate::site::Site;
use icalendar::{Calendar, Component, Event, EventLike, Property};

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
    let (name, _) = dossier.display_name_in(id, lang.code());
    let url = format!("{root}{}", localize(lang, &addresses::dossier(id)));
    let stamp = naive(site.today)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|d| d.and_utc());
    dossier
        .steps
        .iter()
        .enumerate()
        .filter(|(_, s)| s.date > site.today)
        .filter_map(|(i, step)| {
            let day = naive(step.date)?;
            let what = format!(
                "{}{}",
                t.step_text(step, dossier.act.as_ref()),
                t.step_detail_suffix(step)
            );
            let mut event = Event::new();
            // The same step keeps its identity from build to build; a second step of the same
            // kind on the same day gets its own.
            let repeat = match super::occurrence(&dossier.steps, i) {
                1 => String::new(),
                n => format!("-{n}"),
            };
            event
                .uid(&format!(
                    "{id}-{}-{}{repeat}@connect-explorer",
                    step.kind.key(),
                    step.date
                ))
                .summary(&format!("{name} – {what}").replace('\r', ""))
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
    // The crate escapes X-WR-CALNAME (an X- property is text) but writes NAME (RFC 7986) as it
    // is given, so NAME is escaped here; and it escapes no carriage return.
    let title = title.replace('\r', "");
    calendar.append_property(Property::new("NAME", text_value(&title)));
    calendar.append_property(Property::new("X-WR-CALNAME", &title));
    for &position in positions {
        if let Some(dossier) = site.dossiers.get(position) {
            for event in events(site, lang, root, dossier, site.dossiers.id(position)) {
                calendar.push(event);
            }
        }
    }
    calendar.done().to_string()
}

/// `text` as an iCalendar TEXT value (RFC 5545, 3.3.11).
fn text_value(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace(',', "\\,")
        .replace(';', "\\;")
        .replace('\n', "\\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dossiers::index::DossierIndex;
    use crate::dossiers::model::{Step, StepKind};
    use crate::site::fixtures::shipped_site;

    #[test]
    fn names_are_escaped_and_same_day_steps_keep_apart() {
        let mut site = shipped_site();
        let mut dossiers: Vec<_> = (0..site.dossiers.len() as u32)
            .filter_map(|p| site.dossiers.get(p).cloned())
            .collect();
        let ai = dossiers
            .iter_mut()
            .find(|d| d.id() == "com-2021-206")
            .unwrap();
        let later = ai.steps.iter().map(|s| s.date).max().unwrap();
        for _ in 0..2 {
            ai.steps.push(Step {
                kind: StepKind::AppliesInPart,
                date: later,
                detail: None,
            });
        }
        site.dossiers = DossierIndex::new(dossiers, site.today);
        let position = site.dossiers.find("com-2021-206").unwrap();
        let ics = calendar(
            &site,
            Lang::En,
            "https://x.org",
            "A, B; C\\ D\r",
            &[position],
        )
        .replace("\r\n ", "");
        assert!(ics.contains("\r\nNAME:A\\, B\\; C\\\\ D\r\n"), "{ics}");
        assert!(
            ics.contains("\r\nX-WR-CALNAME:A\\, B\\; C\\\\ D\r\n"),
            "{ics}"
        );
        let uids: Vec<&str> = ics.lines().filter(|l| l.starts_with("UID:")).collect();
        let same_day = format!("UID:com-2021-206-applies-in-part-{later}");
        assert_eq!(
            uids.iter().filter(|u| u.starts_with(&same_day)).count(),
            3,
            "the last step and the two added on its day: {uids:?}"
        );
        let unique: std::collections::BTreeSet<&&str> = uids.iter().collect();
        assert_eq!(
            unique.len(),
            uids.len(),
            "no two events share a UID: {uids:?}"
        );
    }

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
            "the AI Act's high-risk rules and the CRA's application are ahead"
        );
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains("UID:com-2021-206-applies-in-part-2028-08-02@connect-explorer"));
        assert!(unfolded.contains("DTSTART;VALUE=DATE:20280802"));
        assert!(unfolded.contains(
            "SUMMARY:Artificial Intelligence Act – Date of application of some provisions (Article \
             6(1): high-risk AI systems in products under Annex I\\, deferred by the Digital Omnibus \
             on AI)"
        ));
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
