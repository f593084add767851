//! The dossier list's state as it lives in the URL query string: parsing that forgives any
//! input, and one canonical way of writing it back.

use super::model::{Status, TypeFacet};
use crate::data::date::YEARS;
use crate::query_string::{encode, pairs, suffix};
use crate::text::typed_text;
use std::collections::BTreeSet;

/// The longest search text kept; anything longer is cut, never rejected.
pub const MAX_QUERY_CHARS: usize = 200;

/// How the list is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Sort {
    /// Newest first (the default).
    #[default]
    Date,
    /// Oldest first.
    DateAsc,
    /// By title, A to Z.
    Title,
    /// By reference: series, year, number.
    Reference,
}

impl Sort {
    /// All orders, in display order.
    pub const ALL: [Sort; 4] = [Sort::Date, Sort::DateAsc, Sort::Title, Sort::Reference];

    /// The URL value (`?sort=date-asc`).
    pub fn key(self) -> &'static str {
        match self {
            Sort::Date => "date",
            Sort::DateAsc => "date-asc",
            Sort::Title => "title",
            Sort::Reference => "reference",
        }
    }

    /// The order with this URL value.
    pub fn from_key(key: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|s| s.key() == key)
    }

    /// Position in [`Sort::ALL`], for arrays of per-order values.
    pub fn index(self) -> usize {
        match self {
            Sort::Date => 0,
            Sort::DateAsc => 1,
            Sort::Title => 2,
            Sort::Reference => 3,
        }
    }
}

/// Filters, order and page of the dossier list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListQuery {
    /// Free text or a reference, as typed (cut to [`MAX_QUERY_CHARS`]).
    pub q: String,
    /// Statuses to keep; empty keeps all.
    pub statuses: BTreeSet<Status>,
    /// Types to keep; empty keeps all.
    pub types: BTreeSet<TypeFacet>,
    /// Earliest year to keep.
    pub from: Option<u16>,
    /// Latest year to keep.
    pub to: Option<u16>,
    /// Order.
    pub sort: Sort,
    /// Page, from 1.
    pub page: u32,
}

impl Default for ListQuery {
    /// The unfiltered list, newest first, on its first page.
    fn default() -> ListQuery {
        ListQuery {
            q: String::new(),
            statuses: BTreeSet::new(),
            types: BTreeSet::new(),
            from: None,
            to: None,
            sort: Sort::default(),
            page: 1,
        }
    }
}

impl ListQuery {
    /// Reads a query string (with or without the leading `?`). Unknown keys and malformed
    /// values are ignored; repeated keys and comma-separated lists both add values.
    pub fn parse(query: &str) -> ListQuery {
        let mut list = ListQuery::default();
        for (key, value) in pairs(query.strip_prefix('?').unwrap_or(query)) {
            match key.as_str() {
                "q" if list.q.is_empty() => {
                    list.q = typed_text(&value).chars().take(MAX_QUERY_CHARS).collect()
                }
                "status" => list
                    .statuses
                    .extend(value.split(',').filter_map(Status::from_key)),
                "type" => list
                    .types
                    .extend(value.split(',').filter_map(TypeFacet::from_key)),
                "from" => list.from = list.from.or_else(|| year(&value)),
                "to" => list.to = list.to.or_else(|| year(&value)),
                "sort" => {
                    if let Some(sort) = Sort::from_key(&value) {
                        list.sort = sort;
                    }
                }
                "page" => {
                    if let Some(page) = value
                        .parse::<u32>()
                        .ok()
                        .filter(|p| (1..=100_000).contains(p))
                    {
                        list.page = page;
                    }
                }
                _ => {}
            }
        }
        list
    }

    /// Writes the canonical query string, without the leading `?`; defaults are left out, so
    /// an unfiltered list is the empty string.
    pub fn to_query_string(&self) -> String {
        let mut out = Vec::new();
        if !self.q.is_empty() {
            out.push(format!("q={}", encode(&self.q)));
        }
        if !self.statuses.is_empty() {
            let keys: Vec<&str> = self.statuses.iter().map(|s| s.key()).collect();
            out.push(format!("status={}", keys.join(",")));
        }
        if !self.types.is_empty() {
            let keys: Vec<&str> = self.types.iter().map(|t| t.key()).collect();
            out.push(format!("type={}", keys.join(",")));
        }
        if let Some(from) = self.from {
            out.push(format!("from={from}"));
        }
        if let Some(to) = self.to {
            out.push(format!("to={to}"));
        }
        if self.sort != Sort::default() {
            out.push(format!("sort={}", self.sort.key()));
        }
        if self.page > 1 {
            out.push(format!("page={}", self.page));
        }
        out.join("&")
    }

    /// `?` and the query string, or nothing when there is no query: ready to append to a path.
    pub fn to_suffix(&self) -> String {
        suffix(&self.to_query_string())
    }

    /// True when no filter narrows the list (order and page do not count).
    pub fn is_unfiltered(&self) -> bool {
        self.q.trim().is_empty()
            && self.statuses.is_empty()
            && self.types.is_empty()
            && self.from.is_none()
            && self.to.is_none()
    }

    /// A copy with `status` switched on or off, back on page 1.
    pub fn toggle_status(&self, status: Status) -> ListQuery {
        let mut next = self.with_page(1);
        toggle(&mut next.statuses, status);
        next
    }

    /// A copy with `facet` switched on or off, back on page 1.
    pub fn toggle_type(&self, facet: TypeFacet) -> ListQuery {
        let mut next = self.with_page(1);
        toggle(&mut next.types, facet);
        next
    }

    /// A copy on another page.
    pub fn with_page(&self, page: u32) -> ListQuery {
        ListQuery {
            page,
            ..self.clone()
        }
    }

    /// One end of the year range: `from` when `from_end`, else `to`.
    pub fn year_end(&self, from_end: bool) -> Option<u16> {
        if from_end {
            self.from
        } else {
            self.to
        }
    }

    /// A copy with one end of the year range set to `year`, on its first page.
    pub fn with_year_end(&self, from_end: bool, year: Option<u16>) -> ListQuery {
        let mut next = self.with_page(1);
        if from_end {
            next.from = year;
        } else {
            next.to = year;
        }
        next
    }
}

/// Takes `value` out of `set`, or puts it in.
fn toggle<T: Ord>(set: &mut BTreeSet<T>, value: T) {
    if !set.remove(&value) {
        set.insert(value);
    }
}

fn year(value: &str) -> Option<u16> {
    value.parse().ok().filter(|y| YEARS.contains(y))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dossiers::model::{DocType, Stage};

    #[test]
    fn one_end_of_the_year_range_is_set_on_the_first_page() {
        let q = ListQuery::parse("from=2018&to=2022&page=3");
        assert_eq!(
            (q.year_end(true), q.year_end(false)),
            (Some(2018), Some(2022))
        );
        let from = q.with_year_end(true, Some(2020));
        assert_eq!((from.from, from.to, from.page), (Some(2020), Some(2022), 1));
        let to = q.with_year_end(false, None);
        assert_eq!((to.from, to.to, to.page), (Some(2018), None, 1));
    }

    #[test]
    fn parses_every_filter() {
        let q = ListQuery::parse("?q=digital+act&status=negotiation,in-force&type=regulation&type=not-given&from=2020&to=2022&sort=title&page=2");
        assert_eq!(q.q, "digital act");
        assert_eq!(
            q.statuses,
            [
                Status::Dated(Stage::Negotiation),
                Status::Dated(Stage::InForce)
            ]
            .into()
        );
        assert_eq!(
            q.types,
            [TypeFacet::Given(DocType::Regulation), TypeFacet::NotGiven].into()
        );
        assert_eq!((q.from, q.to), (Some(2020), Some(2022)));
        assert_eq!(q.sort, Sort::Title);
        assert_eq!(q.page, 2);
    }

    #[test]
    fn round_trips_through_the_canonical_form() {
        for text in [
            "",
            "q=COM(2021)+574+final",
            "status=negotiation,implementation&sort=date-asc",
            "q=caf%C3%A9+%26+%3D+%2B&type=council-resolution&from=1994&to=2024&sort=reference&page=3",
            "q=%3Cscript%3Ealert(1)%3C/script%3E",
        ] {
            let parsed = ListQuery::parse(text);
            let written = parsed.to_query_string();
            assert_eq!(written, text, "canonical form");
            assert_eq!(ListQuery::parse(&written), parsed, "{text}");
        }
        let q = ListQuery::parse("q=caf%C3%A9+%26");
        assert_eq!(q.q, "café &");
    }

    #[test]
    fn drops_unknown_and_malformed_parameters() {
        let q = ListQuery::parse(
            "status=bogus&type=&from=abc&to=99999&sort=random&page=0&utm_source=x&page=-1",
        );
        assert_eq!(q, ListQuery::default());
        assert_eq!(q.to_query_string(), "");
        let canonical =
            ListQuery::parse("sort=date&page=1&status=in-force&status=in-force").to_query_string();
        assert_eq!(canonical, "status=in-force");
    }

    #[test]
    fn survives_hostile_query_strings() {
        let long = "q=".to_string() + &"a".repeat(100_000);
        assert_eq!(ListQuery::parse(&long).q.chars().count(), MAX_QUERY_CHARS);
        let unicode = "q=".to_string() + &"ő€😀".repeat(1000);
        let parsed = ListQuery::parse(&unicode);
        assert_eq!(parsed.q.chars().count(), MAX_QUERY_CHARS);
        for hostile in [
            "%",
            "%%",
            "%E",
            "%ZZ",
            "q=%",
            "q=%C3",
            "q=%FF%FE",
            "&&&",
            "=",
            "==",
            "q==",
            "?",
            "??q=a",
            "status=,,,",
            "type=regulation,,,decision",
            "from=2020&from=2021",
            "page=99999999999999999999",
            "q=\u{0}\u{1}",
            "q=<b onmouseover=alert(1)>",
        ] {
            let parsed = ListQuery::parse(hostile);
            assert_eq!(
                ListQuery::parse(&parsed.to_query_string()),
                parsed,
                "{hostile}"
            );
        }
        let repeated = "status=negotiation&".repeat(10_000);
        assert_eq!(ListQuery::parse(&repeated).statuses.len(), 1);
    }

    #[test]
    fn toggles_go_back_to_the_first_page() {
        let q = ListQuery::parse("page=3&status=negotiation");
        let off = q.toggle_status(Status::Dated(Stage::Negotiation));
        assert!(off.statuses.is_empty());
        assert_eq!(off.page, 1);
        let on = q.toggle_type(TypeFacet::NotGiven);
        assert!(on.types.contains(&TypeFacet::NotGiven));
        assert_eq!(on.to_suffix(), "?status=negotiation&type=not-given");
    }
}
