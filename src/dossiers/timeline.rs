//! The timeline of the digital rulebook: every dated step of the dossiers the list's filters
//! keep, narrowed by step kind and by year, and the steps still ahead. Its state is a query
//! string, shared with the dossier list (`q`, `status`, `type`) plus `kind`, `from` and `to`,
//! which here apply to the steps' dates. No Leptos here.

use super::index::DossierIndex;
use super::model::{Step, StepKind};
use super::query::ListQuery;
use crate::data::date::{Date, YEARS};
use crate::query_string::{pairs, suffix};
use std::collections::BTreeSet;

/// How many steps ahead the "coming up" list shows.
pub const COMING_UP: usize = 8;

/// The most steps one page of the timeline shows. Past it, the timeline is paged (`page` in
/// the address), so that the chart and the list stay a few thousand elements at any size of
/// the data.
pub const STEPS_PER_PAGE: usize = 500;

/// The timeline's filters, as in the URL.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TimelineQuery {
    /// The dossier filters, as in the dossier list: text, statuses, types. Its years are the
    /// steps' years here.
    pub list: ListQuery,
    /// Step kinds to keep; empty keeps all.
    pub kinds: BTreeSet<StepKind>,
}

impl TimelineQuery {
    /// Reads a query string; unknown keys and malformed values are ignored.
    pub fn parse(query: &str) -> TimelineQuery {
        let mut kinds = BTreeSet::new();
        for (key, value) in pairs(query.trim_start_matches('?')) {
            if key == "kind" {
                kinds.extend(
                    value
                        .split(',')
                        .filter_map(|k| StepKind::ALL.into_iter().find(|s| s.key() == k)),
                );
            }
        }
        let mut list = ListQuery::parse(query);
        list.sort = Default::default();
        TimelineQuery { list, kinds }
    }

    /// The canonical query string, without `?`.
    pub fn to_query_string(&self) -> String {
        let mut out = self.list.to_query_string();
        if !self.kinds.is_empty() {
            let keys: Vec<&str> = self.kinds.iter().map(|k| k.key()).collect();
            if !out.is_empty() {
                out.push('&');
            }
            out.push_str(&format!("kind={}", keys.join(",")));
        }
        out
    }

    /// `?` and the query string, or nothing.
    pub fn to_suffix(&self) -> String {
        suffix(&self.to_query_string())
    }

    /// A copy with `kind` switched on or off, from the first page.
    pub fn toggle_kind(&self, kind: StepKind) -> TimelineQuery {
        let mut next = self.clone();
        if !next.kinds.remove(&kind) {
            next.kinds.insert(kind);
        }
        next.list.page = 1;
        next
    }

    /// A copy showing page `page`.
    pub fn with_page(&self, page: u32) -> TimelineQuery {
        let mut next = self.clone();
        next.list.page = page;
        next
    }

    fn keeps(&self, step: &Step) -> bool {
        let (from, to) = (
            self.list.from.unwrap_or(*YEARS.start()),
            self.list.to.unwrap_or(*YEARS.end()),
        );
        (self.kinds.is_empty() || self.kinds.contains(&step.kind))
            && (from..=to).contains(&step.date.year)
    }
}

/// One dossier's lane: its position in the index and the steps the filters keep.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lane {
    /// The dossier's position.
    pub position: u32,
    /// Its steps, oldest first.
    pub steps: Vec<Step>,
}

/// One step on the timeline, with the dossier it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dated {
    /// The dossier's position.
    pub position: u32,
    /// The step.
    pub step: Step,
}

/// What the timeline shows for a query: one page of its steps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timeline {
    /// One lane per dossier with at least one step on this page, by its first such step.
    pub lanes: Vec<Lane>,
    /// The first and last day shown on the axis: this page's steps' span, and today.
    pub span: (Date, Date),
    /// The kept steps on this page, by date.
    pub steps: Vec<Dated>,
    /// The next kept steps after `today`, by date, whatever the page.
    pub coming: Vec<Dated>,
    /// How many steps the filters keep, on every page.
    pub total_steps: usize,
    /// How many dossiers have a kept step, on every page.
    pub total_lanes: usize,
    /// The page shown (the one asked for, within the pages there are).
    pub page: u32,
    /// How many pages there are; at least one.
    pub page_count: u32,
}

impl Timeline {
    /// The position of this page's first step among all kept steps, from 1.
    pub fn first_shown(&self) -> usize {
        (self.page as usize - 1) * STEPS_PER_PAGE + 1
    }
}

impl DossierIndex {
    /// The timeline of the dossiers `query` keeps, as of `today`.
    pub fn timeline(&self, query: &TimelineQuery, today: Date) -> Timeline {
        let dossiers = ListQuery {
            from: None,
            to: None,
            sort: super::query::Sort::DateAsc,
            ..query.list.clone()
        };
        // Every kept step as (date, dossier, step): at 100k records these are many, so only
        // the steps shown are copied out of their records.
        let mut kept: Vec<(Date, u32, usize)> = Vec::new();
        let mut total_lanes = 0;
        for position in self.search(&dossiers).matches {
            let Some(dossier) = self.get(position) else {
                continue;
            };
            let before = kept.len();
            kept.extend(
                dossier
                    .steps
                    .iter()
                    .enumerate()
                    .filter(|(_, s)| query.keeps(s))
                    .map(|(i, s)| (s.date, position, i)),
            );
            total_lanes += usize::from(kept.len() > before);
        }
        kept.sort_unstable();
        let dated = |&(_, position, i): &(Date, u32, usize)| {
            let step = self.get(position)?.steps.get(i)?.clone();
            Some(Dated { position, step })
        };
        let coming = kept
            .iter()
            .filter(|(date, _, _)| *date > today)
            .take(COMING_UP)
            .filter_map(dated)
            .collect();
        let total_steps = kept.len();
        let page_count = total_steps.div_ceil(STEPS_PER_PAGE).max(1) as u32;
        let page = query.list.page.clamp(1, page_count);
        let start = (page as usize - 1) * STEPS_PER_PAGE;
        let steps: Vec<Dated> = kept
            .iter()
            .skip(start)
            .take(STEPS_PER_PAGE)
            .filter_map(dated)
            .collect();
        let mut lanes: Vec<Lane> = Vec::new();
        let mut lane_of = std::collections::HashMap::new();
        for dated in &steps {
            let lane = *lane_of.entry(dated.position).or_insert_with(|| {
                lanes.push(Lane {
                    position: dated.position,
                    steps: Vec::new(),
                });
                lanes.len() - 1
            });
            lanes[lane].steps.push(dated.step.clone());
        }
        lanes.sort_by_key(|lane| (lane.steps[0].date, lane.position));
        let first = steps.first().map_or(today, |d| d.step.date.min(today));
        let last = steps.last().map_or(today, |d| d.step.date.max(today));
        Timeline {
            lanes,
            span: (first, last),
            steps,
            coming,
            total_steps,
            total_lanes,
            page,
            page_count,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::fixtures::{shipped_site, TODAY};

    #[test]
    fn pages_the_steps_past_the_bound() {
        let index = DossierIndex::new(crate::dossiers::synthetic::synthetic_dossiers(2_000), TODAY);
        let first = index.timeline(&TimelineQuery::default(), TODAY);
        assert!(
            first.total_steps > 2 * STEPS_PER_PAGE,
            "{}",
            first.total_steps
        );
        assert_eq!(first.steps.len(), STEPS_PER_PAGE);
        assert_eq!(
            first.page_count as usize,
            first.total_steps.div_ceil(STEPS_PER_PAGE)
        );
        let lane_steps: usize = first.lanes.iter().map(|l| l.steps.len()).sum();
        assert_eq!(
            lane_steps, STEPS_PER_PAGE,
            "the chart draws this page's steps only"
        );
        let mut seen = 0;
        let mut previous: Option<Date> = None;
        for page in 1..=first.page_count {
            let shown = index.timeline(&TimelineQuery::default().with_page(page), TODAY);
            assert_eq!(shown.page, page);
            assert_eq!(shown.first_shown(), seen + 1);
            assert!(shown.steps.len() <= STEPS_PER_PAGE);
            assert!(
                previous.is_none_or(|p| p <= shown.steps[0].step.date),
                "pages run in date order"
            );
            previous = shown.steps.last().map(|d| d.step.date);
            assert_eq!(
                shown.coming, first.coming,
                "coming up does not depend on the page"
            );
            seen += shown.steps.len();
        }
        assert_eq!(seen, first.total_steps, "every step on exactly one page");
        let past_the_end = index.timeline(&TimelineQuery::parse("page=100000"), TODAY);
        assert_eq!(
            past_the_end.page, first.page_count,
            "a page past the end shows the last"
        );
        assert_eq!(
            TimelineQuery::parse("page=3")
                .toggle_kind(StepKind::Applies)
                .list
                .page,
            1,
            "a new filter starts from the first page"
        );
    }

    #[test]
    fn the_query_round_trips_and_shares_the_list_filters() {
        let q = TimelineQuery::parse("q=data&status=in-force&type=regulation&kind=applies,in-force&from=2024&to=2027&sort=title&page=3&kind=bogus");
        assert_eq!(q.list.q, "data");
        assert_eq!(q.kinds, [StepKind::InForce, StepKind::Applies].into());
        assert_eq!(
            q.to_query_string(),
            "q=data&status=in-force&type=regulation&from=2024&to=2027&page=3&kind=in-force,applies"
        );
        assert_eq!(TimelineQuery::parse(&q.to_query_string()), q);
        assert_eq!(
            q.toggle_kind(StepKind::Applies).kinds,
            [StepKind::InForce].into()
        );
        assert_eq!(TimelineQuery::parse("").to_suffix(), "");
    }

    #[test]
    fn lanes_and_steps_follow_the_filters_and_coming_up_follows_today() {
        let site = shipped_site();
        let all = site.dossiers.timeline(&TimelineQuery::default(), TODAY);
        let every_step: usize = (0..site.dossiers.len() as u32)
            .filter_map(|p| site.dossiers.get(p))
            .map(|d| d.steps.len())
            .sum();
        assert_eq!(all.steps.len(), every_step);
        assert_eq!((all.total_steps, all.page_count), (every_step, 1));
        assert_eq!(all.lanes.len(), site.dossiers.len());
        assert_eq!(all.total_lanes, site.dossiers.len());
        assert!(all
            .steps
            .windows(2)
            .all(|w| w[0].step.date <= w[1].step.date));
        assert!(all.span.0 <= TODAY && TODAY <= all.span.1);
        let coming: Vec<String> = all
            .coming
            .iter()
            .map(|d| format!("{} {}", site.dossiers.id(d.position), d.step.date))
            .collect();
        assert_eq!(
            coming.first().map(String::as_str),
            Some("com-2021-206 2026-12-02"),
            "the AI Act's new prohibitions come next: {coming:?}"
        );
        assert!(
            coming.contains(&"com-2022-454 2027-12-11".to_owned()),
            "{coming:?}"
        );
        let later = site
            .dossiers
            .timeline(&TimelineQuery::default(), "2027-08-02".parse().unwrap());
        assert!(
            later
                .coming
                .iter()
                .all(|d| d.step.date > "2027-08-02".parse().unwrap()),
            "computed from the day given, not the build's"
        );

        let applies = site.dossiers.timeline(
            &TimelineQuery::parse("kind=applies-in-part&from=2025&to=2025"),
            TODAY,
        );
        assert!(applies
            .steps
            .iter()
            .all(|d| d.step.kind == StepKind::AppliesInPart && d.step.date.year == 2025));
        assert!(applies
            .lanes
            .iter()
            .any(|l| site.dossiers.id(l.position) == "com-2021-206"));
        let directives = site.dossiers.timeline(
            &TimelineQuery::parse("type=directive&kind=transposition"),
            TODAY,
        );
        assert!(!directives.lanes.is_empty());
        assert!(directives
            .steps
            .iter()
            .all(|d| d.step.kind == StepKind::Transposition));
    }
}
