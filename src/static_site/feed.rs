//! An Atom feed of the dossiers' history steps, newest first, one per language
//! (`feed.xml`, `fr/feed.xml`, …).

use super::{escape, occurrence};
use crate::addresses::{self, DOSSIERS, FEED_FILE};
use crate::data::date::Date;
use crate::dossiers::model::Step;
use crate::i18n::Lang;
use crate::paths::localize;
use crate::site::Site;

/// How many steps the feed holds: the newest. Feed readers poll the whole file, so it stays
/// small however many records the data holds.
pub const FEED_ENTRIES: usize = 100;

/// Where `lang`'s feed is, relative to the site's root (`feed.xml`, `fr/feed.xml`).
pub fn feed_file(lang: Lang) -> String {
    format!("{}{FEED_FILE}", localize(lang, "/").trim_start_matches('/'))
}

/// The feed's title in `lang`, as the feed and the pages' links to it give it.
pub fn feed_title(lang: Lang) -> String {
    let t = lang.messages();
    format!("{}: {}", t.site_name, t.dossiers_title)
}

/// The feed, in `lang`, of the newest [`FEED_ENTRIES`] dated steps up to `site.today` (steps
/// still ahead are plans, not news), newest first. `root` is the site's absolute address with
/// its base path, without the trailing slash.
pub fn atom_feed(site: &Site, lang: Lang, root: &str) -> String {
    let messages = lang.messages();
    // Which steps, before any text is written: at 100,000 records most never make the feed.
    let mut chosen: Vec<(Date, &str, u32, usize)> = Vec::new();
    for position in 0..site.dossiers.len() as u32 {
        let (Some(dossier), id) = (site.dossiers.get(position), site.dossiers.id(position)) else {
            continue;
        };
        for (i, step) in dossier.steps.iter().enumerate() {
            if step.date <= site.today {
                chosen.push((step.date, id, position, i));
            }
        }
    }
    chosen.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(b.1)).then(a.3.cmp(&b.3)));
    chosen.truncate(FEED_ENTRIES);
    let mut entries: Vec<(Date, String)> = Vec::with_capacity(chosen.len());
    for (date, id, position, i) in chosen {
        let Some(dossier) = site.dossiers.get(position) else {
            continue;
        };
        let step = &dossier.steps[i];
        let what = messages.step_text(step, dossier.act.as_ref());
        let detail = messages.step_detail_suffix(step);
        let link = format!("{root}{}", localize(lang, &addresses::dossier(id)));
        let (name, _) = dossier.display_name_in(id, lang.code());
        let entry = format!(
            "  <entry>\n    <title>{title}</title>\n    <id>{link}#{anchor}</id>\n    \
             <link rel=\"alternate\" type=\"text/html\" href=\"{link}\"/>\n    <updated>{date}T00:00:00Z</updated>\n    \
             <summary>{summary}</summary>\n  </entry>\n",
            title = escape(&format!("{name} – {what}")),
            link = escape(&link),
            anchor = step_anchor(&dossier.steps, i),
            summary = escape(&format!("{what}{detail}, {}.", messages.date(date))),
        );
        entries.push((date, entry));
    }
    let updated = entries.first().map_or(site.today, |e| e.0);
    let mut feed = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{code}\">\n  \
         <title>{title}</title>\n  <subtitle>{subtitle}</subtitle>\n  \
         <id>{root}/{file}</id>\n  <link rel=\"self\" type=\"application/atom+xml\" href=\"{root}/{file}\"/>\n  \
         <link rel=\"alternate\" type=\"text/html\" href=\"{root}{list}\"/>\n  <updated>{updated}T00:00:00Z</updated>\n  \
         <author><name>{site}</name></author>\n",
        code = lang.code(),
        title = escape(&feed_title(lang)),
        subtitle = escape(messages.site_tagline),
        root = escape(root),
        file = feed_file(lang),
        list = localize(lang, &format!("{DOSSIERS}/")),
        site = escape(messages.site_name),
    );
    for (_, entry) in entries {
        feed.push_str(&entry);
    }
    feed.push_str("</feed>\n");
    feed
}

/// A step's name within its record: its date and kind, and a count where the record has
/// several steps of that kind on that day, so that no two share it. Not its position: a step
/// added to a record's history must not make readers show its later steps again as new.
fn step_anchor(steps: &[Step], i: usize) -> String {
    let step = &steps[i];
    match occurrence(steps, i) {
        1 => format!("step-{}-{}", step.date, step.kind.key()),
        n => format!("step-{}-{}-{n}", step.date, step.kind.key()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::fixtures::shipped_site as site;

    #[test]
    fn lists_past_steps_newest_first() {
        let feed = atom_feed(&site(), Lang::En, "https://example.org/ce");
        assert!(feed.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\""));
        let dates: Vec<&str> = feed
            .match_indices("<updated>")
            .skip(1)
            .map(|(i, _)| &feed[i + 9..i + 19])
            .collect();
        assert!(dates.windows(2).all(|w| w[0] >= w[1]), "newest first");
        assert_eq!(
            dates[0], "2026-09-12",
            "the newest past step: the Data Act's design obligation"
        );
        assert!(!feed.contains("2027-"), "steps still ahead are not news");
        assert!(feed.contains("<link rel=\"alternate\" type=\"text/html\" href=\"https://example.org/ce/dossiers/com-2021-574/\"/>"));
        assert!(
            feed.contains("Artificial Intelligence Act – Date of application of some provisions")
        );
        assert!(
            !feed.contains("Listed by"),
            "a listing has no date of its own, so it is no event"
        );
        assert!(feed.contains("Adopted as Regulation (EU) 2022/2065"));
        let site = site();
        let past = (0..site.dossiers.len() as u32)
            .filter_map(|p| site.dossiers.get(p))
            .flat_map(|d| &d.steps)
            .filter(|s| s.date <= site.today)
            .count();
        assert_eq!(
            feed.matches("<entry>").count(),
            past.min(FEED_ENTRIES),
            "the newest steps, at most {FEED_ENTRIES}"
        );
        assert!(feed.contains("<title>CONNECT Explorer: Legislative files</title>"));
    }

    #[test]
    fn each_language_has_its_feed() {
        assert_eq!(feed_file(Lang::En), "feed.xml");
        assert_eq!(feed_file(Lang::Fr), "fr/feed.xml");
        let feed = atom_feed(&site(), Lang::Fr, "https://example.org");
        assert!(feed.contains("xml:lang=\"fr\""));
        assert!(feed.contains("<id>https://example.org/fr/feed.xml</id>"));
        assert!(feed.contains("href=\"https://example.org/fr/dossiers/com-2021-574/\""));
        assert!(feed.contains("Dossiers législatifs"), "{feed}");
        assert!(
            feed.contains("règlement sur les services numériques"),
            "official short titles"
        );
    }
}
