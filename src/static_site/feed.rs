//! An Atom feed of the dossiers' history steps, newest first.

use super::escape;
use crate::data::date::Date;
use crate::i18n::Lang;
use crate::paths::localize;
use crate::site::Site;

/// The feed's file name, at the site root.
pub const FEED_FILE: &str = "feed.xml";

/// The feed of every dated step up to `site.today` (steps still ahead are plans, not news),
/// newest first. `root` is the site's absolute address with its base path, without the
/// trailing slash.
pub fn atom_feed(site: &Site, root: &str) -> String {
    let messages = Lang::En.messages();
    let mut entries: Vec<(Date, String, String)> = Vec::new();
    for position in 0..site.dossiers.len() as u32 {
        let (Some(dossier), id) = (site.dossiers.get(position), site.dossiers.id(position)) else {
            continue;
        };
        let name = dossier.display_name(id);
        let act = dossier.act.as_ref();
        for step in dossier.steps.iter().filter(|s| s.date <= site.today) {
            let what = messages.step_text(step, act);
            let detail = messages.step_detail_suffix(step);
            let link = format!("{root}{}", localize(Lang::En, &format!("/dossiers/{id}")));
            // Named by date and kind, not position, so that a step added to a record's history
            // does not make readers show its later steps again as new.
            let entry = format!(
                "  <entry>\n    <title>{title}</title>\n    <id>{link}#step-{date}-{kind}</id>\n    \
                 <link rel=\"alternate\" type=\"text/html\" href=\"{link}\"/>\n    <updated>{date}T00:00:00Z</updated>\n    \
                 <summary>{summary}</summary>\n  </entry>\n",
                title = escape(&format!("{name}: {what}")),
                link = escape(&link),
                date = step.date,
                kind = step.kind.key(),
                summary = escape(&format!("{what}{detail}, {}.", messages.date(step.date))),
            );
            entries.push((step.date, id.to_owned(), entry));
        }
    }
    entries.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    let updated = entries.first().map_or(site.today, |e| e.0);
    let mut feed = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">\n  \
         <title>CONNECT Explorer: DG CONNECT legislative files</title>\n  \
         <subtitle>Steps in the history of the legislative files of the European Commission's DG CONNECT (unofficial).</subtitle>\n  \
         <id>{root}/{FEED_FILE}</id>\n  <link rel=\"self\" type=\"application/atom+xml\" href=\"{root}/{FEED_FILE}\"/>\n  \
         <link rel=\"alternate\" type=\"text/html\" href=\"{root}/dossiers/\"/>\n  <updated>{updated}T00:00:00Z</updated>\n  \
         <author><name>CONNECT Explorer</name></author>\n",
        root = escape(root),
    );
    for (_, _, entry) in entries {
        feed.push_str(&entry);
    }
    feed.push_str("</feed>\n");
    feed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::fixtures::shipped_site as site;

    #[test]
    fn lists_past_steps_newest_first() {
        let feed = atom_feed(&site(), "https://example.org/ce");
        assert!(feed.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\""));
        let dates: Vec<&str> = feed
            .match_indices("<updated>")
            .skip(1)
            .map(|(i, _)| &feed[i + 9..i + 19])
            .collect();
        assert!(dates.windows(2).all(|w| w[0] >= w[1]), "newest first");
        assert_eq!(
            dates[0], "2026-09-11",
            "the newest past step: CRA reporting obligations"
        );
        assert!(!feed.contains("2027-"), "steps still ahead are not news");
        assert!(feed.contains("<link rel=\"alternate\" type=\"text/html\" href=\"https://example.org/ce/dossiers/com-2021-574/\"/>"));
        assert!(
            feed.contains("Artificial Intelligence Act: Date of application of some provisions")
        );
        assert!(
            !feed.contains("Listed by"),
            "a listing has no date of its own, so it is no event"
        );
        assert!(feed.contains("Adopted as Regulation (EU) 2022/2065"));
        let count = site().dossiers.len();
        let dossiers_in_feed = (0..count as u32)
            .filter(|p| feed.contains(&format!("/dossiers/{}/\"", site().dossiers.id(*p))))
            .count();
        assert_eq!(
            dossiers_in_feed, count,
            "every dossier has at least one step in the feed"
        );
    }
}
