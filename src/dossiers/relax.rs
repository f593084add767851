//! What to suggest when no dossier matches: each filter that is on, the list without it, and
//! how many dossiers that list would show. No Leptos here.

use super::index::SearchResult;
use super::query::ListQuery;

/// A filter the visitor could drop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relax {
    /// The search text.
    Text,
    /// The status filter.
    Status,
    /// The type filter.
    Type,
    /// The year range.
    Years,
}

/// One suggestion: which filter to drop, the list without it, and what it would show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relaxation {
    /// The filter.
    pub relax: Relax,
    /// The list without it, on its first page.
    pub query: ListQuery,
    /// How many dossiers that list shows.
    pub count: u32,
}

impl ListQuery {
    /// Every filter that is on, each with the list without it and the count `result` (this
    /// query's result) already knows for it, in the order the filters appear on the page.
    pub fn relaxations(&self, result: &SearchResult) -> Vec<Relaxation> {
        let base = self.with_page(1);
        let mut out = Vec::new();
        let mut offer = |on: bool, relax: Relax, query: ListQuery, count: u32| {
            if on {
                out.push(Relaxation {
                    relax,
                    query,
                    count,
                });
            }
        };
        offer(
            !self.q.trim().is_empty(),
            Relax::Text,
            ListQuery {
                q: String::new(),
                ..base.clone()
            },
            result.without_text,
        );
        offer(
            !self.statuses.is_empty(),
            Relax::Status,
            ListQuery {
                statuses: Default::default(),
                ..base.clone()
            },
            result.without_status(),
        );
        offer(
            !self.types.is_empty(),
            Relax::Type,
            ListQuery {
                types: Default::default(),
                ..base.clone()
            },
            result.without_type(),
        );
        offer(
            self.from.is_some() || self.to.is_some(),
            Relax::Years,
            ListQuery {
                from: None,
                to: None,
                ..base
            },
            result.without_years(),
        );
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::fixtures::shipped_site;

    #[test]
    fn each_relaxation_yields_what_it_says() {
        let site = shipped_site();
        let query =
            ListQuery::parse("q=zebra&status=in-force&type=directive&from=2020&to=2021&page=3");
        let result = site.dossiers.search(&query);
        assert!(result.matches.is_empty());
        let offered = query.relaxations(&result);
        assert_eq!(
            offered.iter().map(|r| r.relax).collect::<Vec<_>>(),
            [Relax::Text, Relax::Status, Relax::Type, Relax::Years]
        );
        for relaxation in offered {
            assert_eq!(relaxation.query.page, 1);
            assert_eq!(
                relaxation.count as usize,
                site.dossiers.search(&relaxation.query).matches.len(),
                "{:?}",
                relaxation.relax
            );
        }
        assert!(
            ListQuery::default().relaxations(&result).is_empty(),
            "nothing to drop"
        );
        let inverted = ListQuery::parse("from=2022&to=2020");
        let result = site.dossiers.search(&inverted);
        assert!(
            result.matches.is_empty(),
            "an inverted range matches nothing"
        );
        let years = inverted.relaxations(&result);
        assert_eq!(years.len(), 1);
        assert_eq!(years[0].count as usize, site.dossiers.len());
    }
}
