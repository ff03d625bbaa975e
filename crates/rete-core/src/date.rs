//! Dates as people type them. Birthdays are special: many address books
//! know the day and month but not the year, so the year is optional.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A date that could not be read, with the field it was meant for.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: '{value}' is not a valid date ({expected})")]
pub struct BadDate {
    pub field: &'static str,
    pub value: String,
    pub expected: &'static str,
}

/// Reads `YYYY-MM-DD`, plus `today` and `yesterday` relative to `today`,
/// which is what people log most.
pub fn parse_date(field: &'static str, value: &str, today: NaiveDate) -> Result<NaiveDate, BadDate> {
    let v = value.trim();
    match v.to_lowercase().as_str() {
        "today" | "oggi" => return Ok(today),
        "yesterday" | "ieri" => return today.pred_opt().ok_or_else(|| bad(field, value, ISO)),
        _ => {}
    }
    NaiveDate::parse_from_str(v, "%Y-%m-%d").map_err(|_| bad(field, value, ISO))
}

const ISO: &str = "expected YYYY-MM-DD";

fn bad(field: &'static str, value: &str, expected: &'static str) -> BadDate {
    BadDate { field, value: value.to_string(), expected }
}

/// A birthday: always a month and a day, a year when known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Birthday {
    pub year: Option<i32>,
    pub month: u32,
    pub day: u32,
}

impl Birthday {
    /// Accepts `YYYY-MM-DD`, `MM-DD` and vCard's `--MM-DD` / `--MMDD`.
    pub fn parse(field: &'static str, value: &str) -> Result<Self, BadDate> {
        const EXPECTED: &str = "expected YYYY-MM-DD or MM-DD";
        let v = value.trim();
        let err = || bad(field, value, EXPECTED);
        if let Ok(date) = NaiveDate::parse_from_str(v, "%Y-%m-%d") {
            return Ok(Birthday { year: Some(date.year()), month: date.month(), day: date.day() });
        }
        let md = v.trim_start_matches('-');
        let (m, d) = match md.split_once('-') {
            Some((m, d)) => (m, d),
            None if md.len() == 4 && md.chars().all(|c| c.is_ascii_digit()) => md.split_at(2),
            None => return Err(err()),
        };
        let month: u32 = m.parse().map_err(|_| err())?;
        let day: u32 = d.parse().map_err(|_| err())?;
        Birthday::from_parts(None, month, day).ok_or_else(err)
    }

    /// Checks the day exists in some year (29 February is valid without a year).
    pub fn from_parts(year: Option<i32>, month: u32, day: u32) -> Option<Self> {
        NaiveDate::from_ymd_opt(year.unwrap_or(2000), month, day)?;
        Some(Birthday { year, month, day })
    }

    /// The next date on or after `from` when this birthday falls; 29
    /// February is celebrated on 28 February in common years.
    pub fn next_on_or_after(&self, from: NaiveDate) -> NaiveDate {
        let in_year = |y: i32| {
            NaiveDate::from_ymd_opt(y, self.month, self.day)
                .or_else(|| NaiveDate::from_ymd_opt(y, self.month, self.day.saturating_sub(1)))
                .unwrap_or(from)
        };
        let this_year = in_year(from.year());
        if this_year >= from {
            this_year
        } else {
            in_year(from.year() + 1)
        }
    }

    /// Age reached on `date`, when the year is known.
    pub fn age_on(&self, date: NaiveDate) -> Option<i32> {
        let year = self.year?;
        let had_birthday = (date.month(), date.day()) >= (self.month, self.day);
        Some(date.year() - year - if had_birthday { 0 } else { 1 })
    }
}

impl fmt::Display for Birthday {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.year {
            Some(y) => write!(f, "{y:04}-{:02}-{:02}", self.month, self.day),
            None => write!(f, "--{:02}-{:02}", self.month, self.day),
        }
    }
}

impl Serialize for Birthday {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Birthday {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Birthday::parse("birthday", &text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn birthday_forms() {
        assert_eq!(Birthday::parse("b", "1980-03-09").unwrap().to_string(), "1980-03-09");
        assert_eq!(Birthday::parse("b", "03-09").unwrap().to_string(), "--03-09");
        assert_eq!(Birthday::parse("b", "--0309").unwrap().to_string(), "--03-09");
        assert_eq!(Birthday::parse("b", "--02-29").unwrap().to_string(), "--02-29");
        let err = Birthday::parse("birthday", "13-40").unwrap_err();
        assert_eq!(err.field, "birthday");
        assert!(Birthday::parse("b", "soon").is_err());
    }

    #[test]
    fn next_birthday_wraps_the_year_and_leap_days() {
        let b = Birthday::parse("b", "01-05").unwrap();
        assert_eq!(b.next_on_or_after(d("2026-11-23")), d("2027-01-05"));
        assert_eq!(b.next_on_or_after(d("2026-01-05")), d("2026-01-05"));
        let leap = Birthday::parse("b", "02-29").unwrap();
        assert_eq!(leap.next_on_or_after(d("2026-11-23")), d("2027-02-28"));
    }

    #[test]
    fn age_needs_a_year() {
        let b = Birthday::parse("b", "1990-06-15").unwrap();
        assert_eq!(b.age_on(d("2026-06-14")), Some(35));
        assert_eq!(b.age_on(d("2026-06-15")), Some(36));
        assert_eq!(Birthday::parse("b", "06-15").unwrap().age_on(d("2026-06-15")), None);
    }

    #[test]
    fn relative_dates() {
        let today = d("2026-11-23");
        assert_eq!(parse_date("on", "yesterday", today).unwrap(), d("2026-11-22"));
        assert_eq!(parse_date("on", "oggi", today).unwrap(), today);
        let err = parse_date("on", "2026-13-01", today).unwrap_err();
        assert_eq!(err.to_string(), "on: '2026-13-01' is not a valid date (expected YYYY-MM-DD)");
    }
}
