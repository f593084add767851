//! A compact in-memory index over the dossiers: one pass per query filters, counts every facet
//! and yields the matches already in the requested order, so a keystroke costs O(records)
//! with no sorting.

use super::model::{Dossier, Status, Title, TypeFacet};
use super::query::{ListQuery, Sort};
use super::reference::{DocRef, Procedure, RefQuery, YearNumber};
use crate::data::date::Date;
use crate::text::{fold, search_terms};
use std::cmp::Ordering;

/// How many dossiers one page of the list shows.
pub const PAGE_SIZE: usize = 50;

/// What a reference query is compared with, per dossier.
#[derive(Debug)]
struct RefKeys {
    doc: Option<DocRef>,
    celex: [Option<String>; 2],
    procedure: Option<Procedure>,
    act: Option<YearNumber>,
}

/// The dossiers with everything needed to filter, count and sort them. Per-dossier facts live
/// in parallel arrays and the searchable text in one buffer, so a query walks memory in order.
#[derive(Debug)]
pub struct DossierIndex {
    dossiers: Vec<Dossier>,
    ids: Vec<String>,
    /// Folded search text of every dossier, each ending in a line break.
    text: String,
    /// Where each dossier's text starts in `text`; one more entry marks the end.
    starts: Vec<u32>,
    status: Vec<Status>,
    facet: Vec<TypeFacet>,
    year: Vec<u16>,
    refs: Vec<RefKeys>,
    first_year: u16,
    /// How many years from the first to the last, both included.
    year_span: usize,
    /// The day the statuses are computed for.
    day: Date,
    /// The positions in each order of [`Sort::ALL`].
    orders: [Vec<u32>; Sort::ALL.len()],
}

/// The outcome of one query.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SearchResult {
    /// Positions of the matching dossiers, in the requested order.
    pub matches: Vec<u32>,
    /// For each status (in [`Status::ALL`] order): matches if the status filter were only it.
    pub status_counts: [u32; Status::ALL.len()],
    /// For each type (in [`TypeFacet::ALL`] order): matches if the type filter were only it.
    pub type_counts: [u32; TypeFacet::ALL.len()],
    /// Per year, oldest first: matches of every filter but the years.
    pub year_counts: Vec<(u16, u32)>,
    /// Matches of every filter but the search text.
    pub without_text: u32,
}

impl SearchResult {
    /// Matches if the status filter were dropped.
    pub fn without_status(&self) -> u32 {
        self.status_counts.iter().sum()
    }

    /// Matches if the type filter were dropped.
    pub fn without_type(&self) -> u32 {
        self.type_counts.iter().sum()
    }

    /// Matches if the year filters were dropped.
    pub fn without_years(&self) -> u32 {
        self.year_counts.iter().map(|(_, n)| n).sum()
    }

    /// Matches if the years were limited to `from..=to`, all else kept.
    pub fn in_years(&self, from: Option<u16>, to: Option<u16>) -> u32 {
        let (from, to) = (from.unwrap_or(0), to.unwrap_or(u16::MAX));
        self.year_counts
            .iter()
            .filter(|(y, _)| (from..=to).contains(y))
            .map(|(_, n)| n)
            .sum()
    }

    /// The pages there are (at least one, even when empty).
    pub fn page_count(&self) -> u32 {
        (self.matches.len().div_ceil(PAGE_SIZE).max(1)) as u32
    }

    /// The matches on `page` (from 1), clamped to the last page.
    pub fn page(&self, page: u32) -> &[u32] {
        let page = page.clamp(1, self.page_count()) as usize;
        let start = (page - 1) * PAGE_SIZE;
        &self.matches[start.min(self.matches.len())..(start + PAGE_SIZE).min(self.matches.len())]
    }
}

/// The page numbers to link to: the first, the last, and two either side of `current`;
/// `None` marks a gap. Keeps the pagination short at any number of pages.
pub fn page_window(current: u32, count: u32) -> Vec<Option<u32>> {
    let mut pages = Vec::new();
    let mut last = 0;
    for p in 1..=count {
        let near = p.abs_diff(current) <= 2;
        if p == 1 || p == count || near {
            if p > last + 1 {
                pages.push(None);
            }
            pages.push(Some(p));
            last = p;
        } else if p > current + 2 {
            if count > last + 1 {
                pages.push(None);
            }
            pages.push(Some(count));
            break;
        }
    }
    pages
}

/// The search text, understood once per query.
struct TextFilter {
    reference: Option<RefQuery>,
    words: Vec<String>,
}

impl TextFilter {
    fn new(q: &str) -> Option<TextFilter> {
        let words = search_terms(q);
        // A reference pasted in quotes or with a full stop after it is still that reference.
        let bare = q.trim_matches(|c: char| c.is_whitespace() || "\"“”„«».,;:".contains(c));
        (!words.is_empty()).then(|| TextFilter {
            reference: RefQuery::parse(bare),
            words,
        })
    }
}

impl RefKeys {
    fn new(dossier: &Dossier) -> RefKeys {
        RefKeys {
            doc: dossier.reference.clone(),
            celex: [dossier.document_celex(), dossier.act_celex()],
            procedure: dossier.parsed_procedure(),
            act: dossier.act.as_ref().and_then(|a| a.year_number()),
        }
    }

    fn matches(&self, query: &RefQuery) -> bool {
        match query {
            RefQuery::Document(doc) => self.doc.as_ref() == Some(doc),
            RefQuery::Celex(code) => self.celex.iter().flatten().any(|c| c == code),
            RefQuery::Procedure(procedure) => self.procedure.as_ref() == Some(procedure),
            RefQuery::Number(number) => {
                self.act == Some(*number)
                    || self.procedure.as_ref().is_some_and(|p| p.id == *number)
            }
        }
    }
}

/// Counts of records by where their facts come from (see [`DossierIndex::record_origins`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RecordOrigins {
    /// Rows of the source's lists that also cite public pages.
    pub listed_with_pages: usize,
    /// Other records citing public pages.
    pub pages: usize,
    /// Other records citing only the site's own sources.
    pub facts_only: usize,
}

/// The folded text a dossier is found by: title, short name, reference, type, procedure,
/// adopted act and CELEX numbers.
fn search_text(dossier: &Dossier, keys: &RefKeys) -> String {
    let mut parts: Vec<String> = vec![dossier.title.clone()];
    parts.extend(dossier.short_name.clone());
    // Every language's official name, so a name finds its act on a page in any language.
    parts.extend(dossier.names.iter().map(|n| n.name.clone()));
    parts.extend(dossier.procedure.clone());
    parts.extend(dossier.reference.as_ref().map(ToString::to_string));
    parts.extend(dossier.doc_type.map(|t| t.name().to_owned()));
    parts.extend(dossier.act.as_ref().map(|a| a.title()));
    parts.extend(keys.celex.iter().flatten().cloned());
    // A line break never occurs inside a search word, so no match can run into the next dossier.
    fold(&parts.join(" ")).replace('\n', " ")
}

impl DossierIndex {
    /// Indexes `dossiers` with statuses as of `today`.
    pub fn new(dossiers: Vec<Dossier>, today: Date) -> DossierIndex {
        let refs: Vec<RefKeys> = dossiers.iter().map(RefKeys::new).collect();
        let mut text = String::new();
        let mut starts = Vec::with_capacity(dossiers.len() + 1);
        for (dossier, keys) in dossiers.iter().zip(&refs) {
            starts.push(text.len() as u32);
            text.push_str(&search_text(dossier, keys));
            text.push('\n');
        }
        starts.push(text.len() as u32);
        let year: Vec<u16> = dossiers.iter().map(|d| d.date().year).collect();
        let ids: Vec<String> = dossiers.iter().map(Dossier::id).collect();
        let titles: Vec<Option<String>> = dossiers
            .iter()
            .map(|d| match d.title() {
                Title::Full(t) | Title::CutOff(t) => Some(fold(t)),
                Title::Missing => None,
            })
            .collect();
        let dates: Vec<Date> = dossiers.iter().map(Dossier::date).collect();
        let by_id = |a: usize, b: usize| ids[a].cmp(&ids[b]);
        let order = |compare: &dyn Fn(usize, usize) -> Ordering| {
            let mut order: Vec<u32> = (0..dossiers.len() as u32).collect();
            order.sort_by(|&a, &b| {
                compare(a as usize, b as usize).then_with(|| by_id(a as usize, b as usize))
            });
            order
        };
        let orders = Sort::ALL.map(|sort| match sort {
            Sort::Date => order(&|a, b| dates[b].cmp(&dates[a])),
            Sort::DateAsc => order(&|a, b| dates[a].cmp(&dates[b])),
            Sort::Title => order(&|a, b| none_last(titles[a].as_ref(), titles[b].as_ref())),
            Sort::Reference => order(&|a, b| {
                let reference = |i: usize| dossiers[i].reference.as_ref();
                none_last(reference(a), reference(b)).then_with(|| dates[a].cmp(&dates[b]))
            }),
        });
        let first_year = year.iter().copied().min().unwrap_or(0);
        let year_span = year
            .iter()
            .map(|y| usize::from(y - first_year) + 1)
            .max()
            .unwrap_or(0);
        DossierIndex {
            day: today,
            status: dossiers.iter().map(|d| d.status(today)).collect(),
            facet: dossiers.iter().map(Dossier::type_facet).collect(),
            first_year,
            year_span,
            year,
            refs,
            text,
            starts,
            ids,
            dossiers,
            orders,
        }
    }

    /// How many dossiers there are.
    pub fn len(&self) -> usize {
        self.dossiers.len()
    }

    /// True when there are no dossiers.
    pub fn is_empty(&self) -> bool {
        self.dossiers.is_empty()
    }

    /// The dossier at `position`.
    pub fn get(&self, position: u32) -> Option<&Dossier> {
        self.dossiers.get(position as usize)
    }

    /// The URL id of the dossier at `position`.
    pub fn id(&self, position: u32) -> &str {
        self.ids.get(position as usize).map_or("", String::as_str)
    }

    /// The status of the dossier at `position`, as of the index's day.
    pub fn status(&self, position: u32) -> Option<Status> {
        self.status.get(position as usize).copied()
    }

    /// How many records are rows of the source's lists.
    pub fn listed_count(&self) -> usize {
        self.dossiers.iter().filter(|d| d.listed.is_some()).count()
    }

    /// How the records divide by where their facts come from: the source's list rows that
    /// also cite public pages, the other records citing public pages, and the other records
    /// citing only the site's own sources (the verified facts file).
    pub fn record_origins(&self) -> RecordOrigins {
        let mut origins = RecordOrigins::default();
        for dossier in &self.dossiers {
            let pages = dossier.pages().next().is_some();
            match (dossier.listed.is_some(), pages) {
                (true, true) => origins.listed_with_pages += 1,
                (true, false) => {}
                (false, true) => origins.pages += 1,
                (false, false) => origins.facts_only += 1,
            }
        }
        origins
    }

    /// True when the site reads the same on `day` as on the index's own day: every dossier has
    /// the same status, and no step falls between the two days (so the steps still ahead, as
    /// the timeline lists them, are the same too).
    pub fn statuses_hold_on(&self, day: Date) -> bool {
        let (low, high) = (day.min(self.day), day.max(self.day));
        let statuses = self
            .dossiers
            .iter()
            .zip(&self.status)
            .all(|(d, status)| d.status(day) == *status);
        let steps_between = self
            .dossiers
            .iter()
            .flat_map(|d| &d.steps)
            .any(|s| low < s.date && s.date <= high);
        statuses && !steps_between
    }

    /// The days after the index's own day on which what the site shows may change, in order:
    /// statuses change only on a step's date or the day after it (a validity ends after its
    /// last day), and the steps still ahead only on a step's date.
    pub fn change_days(&self) -> Vec<Date> {
        let mut days: Vec<Date> = self
            .dossiers
            .iter()
            .flat_map(|d| &d.steps)
            .flat_map(|s| [s.date, Date::from_unix_days(s.date.unix_days() + 1)])
            .filter(|day| *day > self.day)
            .collect();
        days.sort_unstable();
        days.dedup();
        days
    }

    /// The position of the dossier whose adopted act has this CELEX number.
    pub fn find_act(&self, celex: &str) -> Option<u32> {
        self.refs
            .iter()
            .position(|keys| keys.celex[1].as_deref() == Some(celex))
            .map(|p| p as u32)
    }

    /// The position of the dossier with this URL id.
    pub fn find(&self, id: &str) -> Option<u32> {
        self.ids.iter().position(|i| i == id).map(|p| p as u32)
    }

    /// Which dossiers the search text matches, if there is search text: each word must
    /// occur, or the whole text must be the dossier's reference in a form people paste.
    fn text_matches(&self, filter: &TextFilter) -> Vec<bool> {
        let n = self.dossiers.len();
        // words_found[i] counts the words found so far in dossier i; a dossier that missed one
        // word can never catch up, so later words only look at those still in the race.
        let mut words_found = vec![0u16; n];
        let bytes = self.text.as_bytes();
        for (k, word) in filter.words.iter().enumerate() {
            let finder = memchr::memmem::Finder::new(word.as_bytes());
            let k = k as u16;
            if k == 0 {
                let mut at = 0;
                while let Some(found) = finder.find(&bytes[at..]) {
                    let row = self.starts.partition_point(|&s| s as usize <= at + found) - 1;
                    words_found[row] = 1;
                    at = self.starts[row + 1] as usize;
                }
            } else {
                for (row, found) in words_found.iter_mut().enumerate() {
                    if *found == k {
                        let slice =
                            &bytes[self.starts[row] as usize..self.starts[row + 1] as usize];
                        if finder.find(slice).is_some() {
                            *found = k + 1;
                        }
                    }
                }
            }
        }
        let all = filter.words.len() as u16;
        let mut matches: Vec<bool> = words_found.into_iter().map(|found| found == all).collect();
        if let Some(reference) = &filter.reference {
            for (hit, keys) in matches.iter_mut().zip(&self.refs) {
                *hit = *hit || keys.matches(reference);
            }
        }
        matches
    }

    /// Filters, counts facets and orders, in one pass over the dossiers.
    pub fn search(&self, query: &ListQuery) -> SearchResult {
        let text = TextFilter::new(&query.q).map(|filter| self.text_matches(&filter));
        let mask = |bits: &mut dyn Iterator<Item = usize>| bits.fold(0u32, |m, i| m | (1 << i));
        let statuses = mask(&mut query.statuses.iter().map(|s| s.index()));
        let types = mask(&mut query.types.iter().map(|t| t.index()));
        let (from, to) = (query.from.unwrap_or(0), query.to.unwrap_or(u16::MAX));
        let mut result = SearchResult::default();
        let mut years = vec![0u32; self.year_span];

        for &position in &self.orders[query.sort.index()] {
            let i = position as usize;
            let (status, facet, year) = (self.status[i], self.facet[i], self.year[i]);
            let status_ok = statuses == 0 || statuses & (1 << status.index()) != 0;
            let type_ok = types == 0 || types & (1 << facet.index()) != 0;
            let year_ok = (from..=to).contains(&year);
            let text_ok = text.as_ref().is_none_or(|t| t[i]);
            if status_ok && type_ok && year_ok {
                result.without_text += 1;
            }
            if !text_ok {
                continue;
            }
            if type_ok && year_ok {
                result.status_counts[status.index()] += 1;
            }
            if status_ok && year_ok {
                result.type_counts[facet.index()] += 1;
            }
            if status_ok && type_ok {
                years[usize::from(year - self.first_year)] += 1;
                if year_ok {
                    result.matches.push(position);
                }
            }
        }
        result.year_counts = (self.first_year..)
            .zip(years)
            .filter(|(_, n)| *n > 0)
            .collect();
        result
    }
}

/// Orders present values first, in their own order, then absent ones.
fn none_last<T: Ord>(a: Option<&T>, b: Option<&T>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => a.cmp(b),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dossiers::model::{DocType, List, Stage};

    use crate::site::fixtures::TODAY;

    fn index() -> DossierIndex {
        crate::site::fixtures::shipped_site().dossiers
    }

    fn ids(index: &DossierIndex, query: &str) -> Vec<String> {
        let result = index.search(&ListQuery::parse(query));
        result
            .matches
            .iter()
            .map(|&p| index.id(p).to_owned())
            .collect()
    }

    #[test]
    fn every_reference_form_finds_its_dossier() {
        let index = index();
        for q in [
            "COM(2021)574",
            "com(2021) 574",
            "COM/2021/574",
            "COM(2021) 574 final",
            "52021PC0574",
            "2021/0293(COD)",
            "2022/2481",
            "32022D2481",
        ] {
            let query = format!("q={}", crate::query_string::encode(q));
            assert_eq!(ids(&index, &query), ["com-2021-574"], "{q}");
        }
    }

    #[test]
    fn words_match_case_and_accent_insensitively_and_all_must_match() {
        let index = index();
        assert_eq!(ids(&index, "q=DIGITAL+services"), ["com-2020-825"]);
        assert_eq!(ids(&index, "q=m%C3%A9dia+freedom"), ["com-2022-457"]);
        assert_eq!(ids(&index, "q=council+resolution"), ["com-1994-492"]);
        assert!(ids(&index, "q=digital+zebra").is_empty());
        let digital = ids(&index, "q=digital");
        assert!(digital.len() > 5 && digital.contains(&"com-2021-281".to_owned()));
    }

    #[test]
    fn filters_combine() {
        let index = index();
        let all = index.search(&ListQuery::parse(""));
        assert_eq!(all.matches.len(), index.len());
        let result = index.search(&ListQuery::parse(
            "status=in-force&type=regulation&from=2020&to=2021",
        ));
        let found: Vec<&str> = result.matches.iter().map(|&p| index.id(p)).collect();
        assert_eq!(
            found,
            [
                "com-2021-281",
                "com-2020-825",
                "com-2020-842",
                "com-2020-767",
                "com-2020-569"
            ],
            "newest first, ties by id; the interim CSAM derogation (com-2020-568) expired on 3 April 2026"
        );
        for &p in &result.matches {
            let d = index.get(p).unwrap();
            assert_eq!(d.doc_type, Some(DocType::Regulation));
            assert_eq!(index.status(p), Some(Status::Dated(Stage::InForce)));
            assert!((2020..=2021).contains(&d.date().year));
        }
    }

    #[test]
    fn statuses_on_the_fixed_day() {
        let index = index();
        let status = |id: &str| index.status(index.find(id).unwrap()).unwrap();
        assert_eq!(
            status("com-2021-206"),
            Status::Dated(Stage::Implementation),
            "AI Act: high-risk rules from 2027 and 2028"
        );
        assert_eq!(
            status("com-2022-454"),
            Status::Dated(Stage::Implementation),
            "CRA applies 2027"
        );
        assert_eq!(
            status("com-2022-68"),
            Status::Dated(Stage::Implementation),
            "Data Act: applies since 2025, Article 29(1) from 2027"
        );
        assert_eq!(
            status("com-2013-48"),
            Status::Dated(Stage::NoLongerInForce),
            "NIS Directive: repealed by NIS2 from 18 October 2024"
        );
        assert_eq!(
            status("com-2016-399"),
            Status::Dated(Stage::NoLongerInForce),
            "wholesale roaming: end of validity 30 June 2022"
        );
        assert_eq!(
            status("com-2020-568"),
            Status::Dated(Stage::NoLongerInForce),
            "interim CSAM derogation: expired 3 April 2026"
        );
        assert_eq!(
            status("com-2021-574"),
            Status::Dated(Stage::InForce),
            "adopted after the source listed it"
        );
        assert_eq!(
            status("com-2021-288"),
            Status::Listed(List::Negotiation),
            "kept in the source's list, as the source's word"
        );
        assert_eq!(status("sec-2004-661"), Status::Listed(List::InForce));
    }

    #[test]
    fn facet_counts_ignore_their_own_filter_only() {
        let index = index();
        let query = ListQuery::parse("status=listed-implementation&type=regulation");
        let result = index.search(&query);
        for (i, status) in Status::ALL.into_iter().enumerate() {
            let alone = ListQuery {
                statuses: [status].into(),
                ..query.clone()
            };
            assert_eq!(
                result.status_counts[i] as usize,
                index.search(&alone).matches.len(),
                "{status:?}"
            );
        }
        for (i, facet) in TypeFacet::ALL.into_iter().enumerate() {
            let alone = ListQuery {
                types: [facet].into(),
                ..query.clone()
            };
            assert_eq!(
                result.type_counts[i] as usize,
                index.search(&alone).matches.len(),
                "{facet:?}"
            );
        }
        let no_years = index.search(&ListQuery {
            from: None,
            to: None,
            ..query.clone()
        });
        assert_eq!(result.without_years() as usize, no_years.matches.len());
        assert_eq!(
            result.without_status() as usize,
            index
                .search(&ListQuery {
                    statuses: Default::default(),
                    ..query.clone()
                })
                .matches
                .len()
        );
        let texted = ListQuery::parse("q=zebra&status=in-force");
        let result = index.search(&texted);
        assert!(result.matches.is_empty());
        assert_eq!(
            result.without_text as usize,
            index
                .search(&ListQuery::parse("status=in-force"))
                .matches
                .len()
        );
        assert_eq!(result.in_years(Some(2020), Some(2021)), 0);
    }

    #[test]
    fn sorts() {
        let index = index();
        let dates = |q: &str| -> Vec<Date> {
            index
                .search(&ListQuery::parse(q))
                .matches
                .iter()
                .map(|&p| index.get(p).unwrap().date())
                .collect()
        };
        let newest_first = dates("");
        assert!(newest_first.windows(2).all(|w| w[0] >= w[1]));
        let newest = (0..index.len() as u32)
            .filter_map(|p| index.get(p))
            .map(Dossier::date)
            .max();
        assert_eq!(Some(newest_first[0]), newest);
        let oldest_first = dates("sort=date-asc");
        assert!(oldest_first.windows(2).all(|w| w[0] <= w[1]));
        let titles = ids(&index, "sort=title");
        assert_eq!(
            titles.first().map(String::as_str),
            Some("com-2021-574"),
            "“2030 …” sorts first"
        );
        assert_eq!(
            titles.last().map(String::as_str),
            Some("sec-2004-661"),
            "no title sorts last"
        );
        let by_reference = ids(&index, "sort=reference");
        assert_eq!(
            by_reference.first().map(String::as_str),
            Some("com-1994-492")
        );
        assert_eq!(
            &by_reference[by_reference.len() - 3..],
            [
                "join-2016-19",
                "sec-2004-661",
                "2021-07-08-mental-health-in-the-digital-world-of-work"
            ]
        );
    }

    #[test]
    fn a_quoted_phrase_copied_from_a_page_finds_its_dossier() {
        let index = index();
        for q in [
            "\"Regulation (EU) 2022/2065\"",
            "“règlement sur les données”",
        ] {
            let result = index.search(&ListQuery::parse(&format!(
                "q={}",
                crate::query_string::encode(q)
            )));
            let found: Vec<&str> = result.matches.iter().map(|&p| index.id(p)).collect();
            assert_eq!(found.len(), 1, "{q}: {found:?}");
        }
        assert_eq!(
            index.find_act("32022L2555").map(|p| index.id(p)),
            Some("com-2020-823")
        );
        assert_eq!(index.find_act("32022R9999"), None);
    }

    #[test]
    fn statuses_hold_until_a_date_passes() {
        let index = index();
        assert!(index.statuses_hold_on(TODAY));
        assert!(index.statuses_hold_on(Date {
            year: 2026,
            month: 12,
            day: 1
        }));
        assert!(
            !index.statuses_hold_on(Date {
                year: 2026,
                month: 12,
                day: 2
            }),
            "the AI Act's new prohibitions apply"
        );
        let days = index.change_days();
        assert!(days.windows(2).all(|w| w[0] < w[1]), "in order, once each");
        assert!(days.iter().all(|day| *day > TODAY));
        assert_eq!(
            days.iter().find(|day| !index.statuses_hold_on(**day)),
            Some(&Date {
                year: 2026,
                month: 12,
                day: 2
            }),
            "the first day that reads otherwise is one of them"
        );
    }

    #[test]
    fn page_window_stays_short() {
        assert_eq!(page_window(1, 1), [Some(1)]);
        assert_eq!(page_window(1, 2), [Some(1), Some(2)]);
        assert_eq!(
            page_window(1, 5000),
            [Some(1), Some(2), Some(3), None, Some(5000)]
        );
        assert_eq!(
            page_window(10, 5000),
            [
                Some(1),
                None,
                Some(8),
                Some(9),
                Some(10),
                Some(11),
                Some(12),
                None,
                Some(5000)
            ]
        );
        assert_eq!(
            page_window(5000, 5000),
            [Some(1), None, Some(4998), Some(4999), Some(5000)]
        );
        assert_eq!(
            page_window(4, 7),
            [
                Some(1),
                Some(2),
                Some(3),
                Some(4),
                Some(5),
                Some(6),
                Some(7)
            ]
        );
    }

    #[test]
    fn pages_hold_at_most_a_page_and_clamp() {
        let real = index().search(&ListQuery::parse(""));
        assert_eq!(
            real.page_count(),
            1,
            "the real dataset fits one page, as pages without JavaScript show it"
        );
        assert_eq!(real.page(1).len(), index().len());
        let synthetic =
            DossierIndex::new(crate::dossiers::synthetic::synthetic_dossiers(120), TODAY);
        let result = synthetic.search(&ListQuery::parse(""));
        assert_eq!(result.page_count(), 3);
        assert_eq!(result.page(1).len(), PAGE_SIZE);
        assert_eq!(result.page(3).len(), 120 - 2 * PAGE_SIZE);
        assert_eq!(result.page(99), result.page(3));
        let empty = index().search(&ListQuery::parse("q=zebra"));
        assert_eq!(empty.page_count(), 1);
        assert!(empty.page(1).is_empty());
    }
}
