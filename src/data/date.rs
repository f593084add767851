//! Calendar dates as the data files write them (`YYYY-MM-DD`), without a time zone.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;
use thiserror::Error;

/// The years the site handles: data outside them is refused, and year filters stay within them.
pub const YEARS: std::ops::RangeInclusive<u16> = 1950..=2199;

/// A calendar date. Ordering is chronological.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, e.g. 2021.
    pub year: u16,
    /// Month, 1 to 12.
    pub month: u8,
    /// Day of the month, 1 to 31.
    pub day: u8,
}

/// Why a string is not a valid `YYYY-MM-DD` date.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum DateError {
    /// The text does not have the shape `YYYY-MM-DD`.
    #[error("`{0}` is not a date in the form YYYY-MM-DD")]
    Shape(String),
    /// The shape is right but the day does not exist (e.g. 2021-02-30).
    #[error("`{0}` is not a day that exists")]
    NoSuchDay(String),
}

impl Date {
    /// Builds a date, checking that the day exists in that month and year.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// The date `days` after 1970-01-01 (negative: before), in the proleptic Gregorian
    /// calendar. Uses Howard Hinnant's `civil_from_days`.
    pub fn from_unix_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date {
            year: year.clamp(0, i64::from(u16::MAX)) as u16,
            month,
            day,
        }
    }
}

impl Date {
    /// Days since 1970-01-01 (negative: before), the inverse of [`Date::from_unix_days`]
    /// (Howard Hinnant's `days_from_civil`).
    pub fn unix_days(self) -> i64 {
        let year = i64::from(self.year) - i64::from(self.month <= 2);
        let era = year.div_euclid(400);
        let yoe = year.rem_euclid(400);
        let month = i64::from(self.month);
        let doy = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5
            + i64::from(self.day)
            - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        _ => 0,
    }
}

impl FromStr for Date {
    type Err = DateError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let shape = || DateError::Shape(text.to_owned());
        let bytes = text.as_bytes();
        let digits_at = |range: std::ops::Range<usize>| {
            bytes[range.clone()]
                .iter()
                .all(u8::is_ascii_digit)
                .then(|| &text[range])
        };
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return Err(shape());
        }
        let year = digits_at(0..4)
            .and_then(|s| s.parse().ok())
            .ok_or_else(shape)?;
        let month = digits_at(5..7)
            .and_then(|s| s.parse().ok())
            .ok_or_else(shape)?;
        let day = digits_at(8..10)
            .and_then(|s| s.parse().ok())
            .ok_or_else(shape)?;
        Date::new(year, month, day).ok_or_else(|| DateError::NoSuchDay(text.to_owned()))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_days_both_ways() {
        for days in [-700_000, -1, 0, 1, 59, 60, 11_016, 20_000, 21_040, 60_000] {
            assert_eq!(Date::from_unix_days(days).unix_days(), days);
        }
        assert_eq!("1970-01-01".parse::<Date>().unwrap().unix_days(), 0);
        assert_eq!("2000-03-01".parse::<Date>().unwrap().unix_days(), 11_017);
    }

    #[test]
    fn parses_and_prints_iso_dates() {
        let date: Date = "2021-09-15".parse().unwrap();
        assert_eq!(
            date,
            Date {
                year: 2021,
                month: 9,
                day: 15
            }
        );
        assert_eq!(date.to_string(), "2021-09-15");
    }

    #[test]
    fn rejects_days_that_do_not_exist() {
        assert_eq!(
            "2021-02-29".parse::<Date>(),
            Err(DateError::NoSuchDay("2021-02-29".into()))
        );
        assert!("2024-02-29".parse::<Date>().is_ok());
        assert!("1900-02-29".parse::<Date>().is_err());
        assert!("2000-02-29".parse::<Date>().is_ok());
        assert!("2021-13-01".parse::<Date>().is_err());
        assert!("2021-04-31".parse::<Date>().is_err());
    }

    #[test]
    fn rejects_other_shapes() {
        for text in [
            "15.09.2021",
            "2021-9-15",
            "2021-09-15T00:00",
            "",
            "２０２１-09-15",
            "abcd-ef-gh",
        ] {
            assert!(
                matches!(text.parse::<Date>(), Err(DateError::Shape(_))),
                "{text}"
            );
        }
    }

    #[test]
    fn counts_days_from_the_unix_epoch() {
        assert_eq!(Date::from_unix_days(0).to_string(), "1970-01-01");
        assert_eq!(Date::from_unix_days(-1).to_string(), "1969-12-31");
        assert_eq!(Date::from_unix_days(11_016).to_string(), "2000-02-29");
        assert_eq!(Date::from_unix_days(20_415).to_string(), "2025-11-23");
        assert_eq!(Date::from_unix_days(20_780).to_string(), "2026-11-23");
    }

    #[test]
    fn orders_chronologically() {
        let a: Date = "2020-12-31".parse().unwrap();
        let b: Date = "2021-01-01".parse().unwrap();
        assert!(a < b);
    }
}
