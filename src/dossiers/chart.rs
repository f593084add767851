//! The timeline chart's geometry: where each lane, step mark, year tick and today's line go,
//! in whole tenths of an SVG unit. No Leptos here; the page only draws what this computes.
//!
//! Coordinates are integers written with one decimal by [`tenths`]: formatting floats brought
//! Rust's float printing into the WebAssembly for this one chart (15 KB, 6.5 KiB brotli).

use super::timeline::Timeline;
use crate::data::date::Date;

/// The chart's width, in tenths.
pub const WIDTH: i64 = 10_000;
/// Where the axis begins: the lanes' labels take the space before it.
pub const LABELS: i64 = 3_000;
/// The height of one lane.
const ROW: i64 = 220;
/// The space above the first lane, for the year labels and "today".
const TOP: i64 = 340;
/// The space after the axis and under the last lane.
const MARGIN: i64 = 100;
/// Lanes' labels longer than this many characters are cut, with "…".
const LABEL_CHARS: usize = 44;

/// A coordinate given in tenths, as SVG text with one decimal ("301.5").
pub fn tenths(value: i64) -> String {
    let sign = if value < 0 { "-" } else { "" };
    let value = value.unsigned_abs();
    format!("{sign}{}.{}", value / 10, value % 10)
}

/// A lane's label: the dossier's name, cut to [`LABEL_CHARS`] characters.
pub fn lane_label(name: &str) -> String {
    let label: String = name.chars().take(LABEL_CHARS).collect();
    if label.len() < name.len() {
        format!("{label}…")
    } else {
        label
    }
}

/// One lane: its dossier, its height on the chart, and where each of its steps goes along.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LaneLayout {
    /// The dossier's position in the index.
    pub position: u32,
    /// The lane's middle, from the top.
    pub y: i64,
    /// Each step's place along the axis, in the lane's order of steps.
    pub marks: Vec<i64>,
}

/// Everything the chart draws, placed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartLayout {
    /// The chart's height.
    pub height: i64,
    /// The years marked along the top, each with its place.
    pub ticks: Vec<(u16, i64)>,
    /// Where today's line goes.
    pub today: i64,
    /// The lanes, top to bottom.
    pub lanes: Vec<LaneLayout>,
}

impl ChartLayout {
    /// Places `timeline` on the chart: the axis runs from the first step's year to the end of
    /// the last step's, years are marked every two (every five past twenty years), and today is
    /// marked where it falls.
    pub fn new(timeline: &Timeline, today: Date) -> ChartLayout {
        let (first, last) = timeline.span;
        let start = Date {
            month: 1,
            day: 1,
            ..first
        }
        .unix_days();
        let end = Date {
            year: last.year + 1,
            month: 1,
            day: 1,
        }
        .unix_days();
        let span = (end - start).max(1);
        let x = |date: Date| {
            let along = (date.unix_days() - start) * (WIDTH - LABELS - MARGIN);
            LABELS + (along + span / 2).div_euclid(span)
        };
        let every = if last.year - first.year > 20 { 5 } else { 2 };
        let ticks = (first.year..=last.year + 1)
            .filter(|y| y % every == 0)
            .map(|year| {
                (
                    year,
                    x(Date {
                        year,
                        month: 1,
                        day: 1,
                    }),
                )
            })
            .collect();
        let lanes = timeline
            .lanes
            .iter()
            .zip(0i64..)
            .map(|(lane, i)| LaneLayout {
                position: lane.position,
                y: TOP + ROW * i + ROW / 2,
                marks: lane.steps.iter().map(|s| x(s.date)).collect(),
            })
            .collect();
        ChartLayout {
            height: TOP + ROW * timeline.lanes.len() as i64 + MARGIN,
            ticks,
            today: x(today),
            lanes,
        }
    }

    /// Where the axis ends.
    pub fn axis_end(&self) -> i64 {
        WIDTH - MARGIN
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dossiers::model::{Step, StepKind};
    use crate::dossiers::timeline::Lane;

    fn day(text: &str) -> Date {
        text.parse().unwrap()
    }

    fn step(date: &str) -> Step {
        Step {
            kind: StepKind::Adopted,
            date: day(date),
            detail: None,
        }
    }

    fn timeline(lanes: Vec<Lane>, span: (&str, &str)) -> Timeline {
        Timeline {
            lanes,
            span: (day(span.0), day(span.1)),
            steps: Vec::new(),
            coming: Vec::new(),
            total_steps: 0,
            total_lanes: 0,
            page: 1,
            page_count: 1,
        }
    }

    #[test]
    fn tenths_are_written_with_one_decimal() {
        assert_eq!(tenths(0), "0.0");
        assert_eq!(tenths(3015), "301.5");
        assert_eq!(tenths(10_000), "1000.0");
        assert_eq!(tenths(-15), "-1.5");
        assert_eq!(tenths(-5), "-0.5");
    }

    #[test]
    fn the_axis_runs_from_the_first_year_to_the_end_of_the_last() {
        let lanes = vec![
            Lane {
                position: 7,
                steps: vec![step("2020-01-01"), step("2021-07-02")],
            },
            Lane {
                position: 3,
                steps: vec![step("2021-12-31")],
            },
        ];
        let chart = ChartLayout::new(
            &timeline(lanes, ("2020-01-01", "2021-12-31")),
            day("2021-01-01"),
        );
        assert_eq!(
            chart.lanes[0].marks[0], LABELS,
            "the first day starts the axis"
        );
        assert!(chart.lanes[1].marks[0] < chart.axis_end());
        assert_eq!(
            chart.ticks.iter().map(|t| t.0).collect::<Vec<_>>(),
            [2020, 2022],
            "every two years, the end of the last year included"
        );
        assert_eq!(
            chart.ticks[1].1,
            chart.axis_end(),
            "the axis ends with the last year"
        );
        let middle = (LABELS + chart.axis_end()) / 2;
        assert!(
            (chart.today - middle).abs() <= 10,
            "a year into two: the middle"
        );
        assert_eq!(
            chart
                .lanes
                .iter()
                .map(|l| (l.position, l.y))
                .collect::<Vec<_>>(),
            [(7, TOP + ROW / 2), (3, TOP + ROW + ROW / 2)],
            "lanes keep their order, one row each"
        );
        assert_eq!(chart.height, TOP + 2 * ROW + MARGIN);
    }

    #[test]
    fn long_spans_are_marked_every_five_years() {
        let chart = ChartLayout::new(
            &timeline(Vec::new(), ("1994-11-23", "2028-08-02")),
            day("2026-11-23"),
        );
        assert!(chart.ticks.iter().all(|(year, _)| year % 5 == 0));
        assert_eq!(chart.ticks.first().map(|t| t.0), Some(1995));
        assert_eq!(chart.ticks.last().map(|t| t.0), Some(2025));
        assert!(chart.ticks.windows(2).all(|w| w[0].1 < w[1].1));
        assert!(chart.lanes.is_empty());
    }

    #[test]
    fn labels_are_cut_with_an_ellipsis() {
        assert_eq!(lane_label("Data Act"), "Data Act");
        let long = "a".repeat(50);
        assert_eq!(lane_label(&long), format!("{}…", "a".repeat(LABEL_CHARS)));
        assert_eq!(
            lane_label(&"é".repeat(44)),
            "é".repeat(44),
            "characters, not bytes"
        );
    }
}
