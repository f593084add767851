//! The timeline of the digital rulebook: every dated step of the dossiers the list's filters
//! keep, narrowed by step kind and by year, and the steps still ahead. Its state is a query
//! string, shared with the dossier list (`q`, `status`, `type`) plus `kind`, `from` and `to`,
//! which here apply to the steps' dates. No Leptos here.

use super::index::DossierIndex;
use super::model::{Step, StepKind};
use super::query::{ListQuery, YEARS};
use crate::data::date::Date;
use crate::query_string::{pairs, suffix};
use std::collections::BTreeSet;

/// How many steps ahead the "coming up" list shows.
pub const COMING_UP: usize = 8;

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
        list.page = 1;
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

    /// A copy with `kind` switched on or off.
    pub fn toggle_kind(&self, kind: StepKind) -> TimelineQuery {
        let mut next = self.clone();
        if !next.kinds.remove(&kind) {
            next.kinds.insert(kind);
        }
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

/// What the timeline shows for a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timeline {
    /// One lane per dossier with at least one step kept, by its first kept step.
    pub lanes: Vec<Lane>,
    /// The first and last day shown on the axis: the kept steps' span, and today.
    pub span: (Date, Date),
    /// Every kept step, by date.
    pub steps: Vec<Dated>,
    /// The next kept steps after `today`, by date.
    pub coming: Vec<Dated>,
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
        let mut lanes: Vec<Lane> = self
            .search(&dossiers)
            .matches
            .into_iter()
            .filter_map(|position| {
                let steps: Vec<Step> = self
                    .get(position)?
                    .steps
                    .iter()
                    .filter(|s| query.keeps(s))
                    .cloned()
                    .collect();
                (!steps.is_empty()).then_some(Lane { position, steps })
            })
            .collect();
        lanes.sort_by_key(|lane| (lane.steps[0].date, lane.position));
        let mut steps: Vec<Dated> = lanes
            .iter()
            .flat_map(|lane| {
                lane.steps.iter().map(|step| Dated {
                    position: lane.position,
                    step: step.clone(),
                })
            })
            .collect();
        steps.sort_by_key(|d| (d.step.date, d.position));
        let first = steps.first().map_or(today, |d| d.step.date.min(today));
        let last = steps.last().map_or(today, |d| d.step.date.max(today));
        let coming = steps
            .iter()
            .filter(|d| d.step.date > today)
            .take(COMING_UP)
            .cloned()
            .collect();
        Timeline {
            lanes,
            span: (first, last),
            steps,
            coming,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::fixtures::{shipped_site, TODAY};

    #[test]
    fn the_query_round_trips_and_shares_the_list_filters() {
        let q = TimelineQuery::parse("q=data&status=in-force&type=regulation&kind=applies,in-force&from=2024&to=2027&sort=title&page=3&kind=bogus");
        assert_eq!(q.list.q, "data");
        assert_eq!(q.kinds, [StepKind::InForce, StepKind::Applies].into());
        assert_eq!(
            q.to_query_string(),
            "q=data&status=in-force&type=regulation&from=2024&to=2027&kind=in-force,applies"
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
        assert_eq!(all.lanes.len(), site.dossiers.len());
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
            Some("com-2021-206 2027-08-02"),
            "the AI Act's Article 6(1) comes next: {coming:?}"
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
