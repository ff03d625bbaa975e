//! Dates as people type them. Birthdays are special: many address books
//! know the day and month but not the year, so the year is optional.
//!
//! Every date a person types is also bounded by what it dates
//! ([`DateRule`]): one mistyped year (`+10000-01-01`) must not be accepted
//! and then break every daily agenda after it.

use chrono::{Datelike, Days, Months, NaiveDate};
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

/// A readable date outside what its field allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateOutOfRange {
    pub field: &'static str,
    pub value: NaiveDate,
    /// The first (or last) date allowed, on the side `value` crossed.
    pub bound: NaiveDate,
    pub rule: DateRule,
}

impl DateOutOfRange {
    /// Whether `value` lies after the last date allowed (else before the first).
    pub fn too_late(&self) -> bool {
        self.value > self.bound
    }
}

impl fmt::Display for DateOutOfRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let side = if self.too_late() { "after" } else { "before" };
        write!(f, "{}: {} is {side} {} ({})", self.field, self.value, self.bound, self.rule.describe())
    }
}

impl std::error::Error for DateOutOfRange {}

/// What a typed date dates, and so which dates make sense for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateRule {
    /// Something that happened (a contact, a meeting, an exchange, how
    /// you met): from 1900 to tomorrow (a late entry across midnight, or a
    /// time zone ahead).
    Happened,
    /// Something planned or recorded ahead (a due date, an event, a
    /// milestone): from 1900 to ten years ahead.
    Planned,
    /// A snooze: from today to ten years ahead.
    Snooze,
    /// A thank-you for an exchange on `0`: not before it, nor after tomorrow.
    ThankFor(NaiveDate),
}

/// The earliest year any date in rete may have.
pub const FIRST_YEAR: i32 = 1900;
/// How far ahead a plan may reach.
pub const YEARS_AHEAD: u32 = 10;

impl DateRule {
    /// The first and last dates allowed on `today`.
    pub fn range(self, today: NaiveDate) -> (NaiveDate, NaiveDate) {
        let first = NaiveDate::from_ymd_opt(FIRST_YEAR, 1, 1).unwrap_or(NaiveDate::MIN);
        let tomorrow = today.checked_add_days(Days::new(1)).unwrap_or(today);
        let ahead = today.checked_add_months(Months::new(12 * YEARS_AHEAD)).unwrap_or(today);
        match self {
            DateRule::Happened => (first, tomorrow),
            DateRule::Planned => (first, ahead),
            DateRule::Snooze => (today, ahead),
            DateRule::ThankFor(exchanged) => (exchanged, tomorrow.max(exchanged)),
        }
    }

    /// Checks `value` for `field` on `today`.
    pub fn check(self, field: &'static str, value: NaiveDate, today: NaiveDate) -> Result<NaiveDate, DateOutOfRange> {
        let (first, last) = self.range(today);
        let bound = if value < first {
            first
        } else if value > last {
            last
        } else {
            return Ok(value);
        };
        Err(DateOutOfRange { field, value, bound, rule: self })
    }

    /// In English, for logs and library callers; front ends word it themselves.
    fn describe(self) -> &'static str {
        match self {
            DateRule::Happened => "something that happened is dated from 1900 to tomorrow",
            DateRule::Planned => "a plan reaches from 1900 to ten years ahead",
            DateRule::Snooze => "a snooze reaches from today to ten years ahead",
            DateRule::ThankFor(_) => "a thank-you comes after the exchange and not after tomorrow",
        }
    }
}

/// A date typed for a field, read and bounded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error(transparent)]
    Unreadable(#[from] BadDate),
    #[error(transparent)]
    OutOfRange(#[from] DateOutOfRange),
}

/// Reads a date typed for `field` (see [`parse_date`]) and checks it
/// against what it dates.
pub fn parse_date_for(
    field: &'static str,
    value: &str,
    today: NaiveDate,
    rule: DateRule,
) -> Result<NaiveDate, DateError> {
    let date = parse_date(field, value, today)?;
    Ok(rule.check(field, date, today)?)
}

/// The forms [`parse_date`] reads, for error messages.
pub const DATE_FORMS: &str = "YYYY-MM-DD, today, yesterday, tomorrow, +3d, -2w, +1m";

/// Reads `YYYY-MM-DD`, the words `today`, `yesterday`, `tomorrow` (and
/// `oggi`, `ieri`, `domani`), and offsets from today: `+3d`, `-2w`, `+1m`
/// (days, weeks, months; Italian `g`, `s`, `m` too), which is what people
/// type most when they log or plan.
pub fn parse_date(field: &'static str, value: &str, today: NaiveDate) -> Result<NaiveDate, BadDate> {
    let v = value.trim();
    let err = || bad(field, value, EXPECTED);
    match v.to_lowercase().as_str() {
        "today" | "oggi" => return Ok(today),
        "yesterday" | "ieri" => return today.pred_opt().ok_or_else(err),
        "tomorrow" | "domani" => return today.succ_opt().ok_or_else(err),
        _ => {}
    }
    if let Some(rest) = v.strip_prefix('+').map(|r| (1i64, r)).or_else(|| v.strip_prefix('-').map(|r| (-1i64, r))) {
        return offset(today, rest.0, rest.1).ok_or_else(err);
    }
    // Four-digit years only: chrono also reads `+10000-01-01` and `20260-1-1`.
    let b = v.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return Err(err());
    }
    NaiveDate::parse_from_str(v, "%Y-%m-%d").map_err(|_| err())
}

/// `today` moved by `sign` times the amount in `text` (`3d`, `2w`, `1m`).
fn offset(today: NaiveDate, sign: i64, text: &str) -> Option<NaiveDate> {
    let text = text.to_lowercase();
    let unit_at = text.find(|c: char| !c.is_ascii_digit())?;
    let (n, unit) = text.split_at(unit_at);
    let n: u32 = n.parse().ok()?;
    let days = |d: u64| {
        if sign > 0 {
            today.checked_add_days(Days::new(d))
        } else {
            today.checked_sub_days(Days::new(d))
        }
    };
    match unit {
        "d" | "g" => days(u64::from(n)),
        "w" | "s" => days(u64::from(n) * 7),
        "m" if sign > 0 => today.checked_add_months(Months::new(n)),
        "m" => today.checked_sub_months(Months::new(n)),
        _ => None,
    }
}

const EXPECTED: &str = "write YYYY-MM-DD, today, yesterday, tomorrow, or +3d, -2w, +1m";

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
        assert_eq!(parse_date("on", "domani", today).unwrap(), d("2026-11-24"));
        assert_eq!(parse_date("on", "+3d", today).unwrap(), d("2026-11-26"));
        assert_eq!(parse_date("on", "+2w", today).unwrap(), d("2026-12-07"));
        assert_eq!(parse_date("on", "-1m", today).unwrap(), d("2026-10-23"));
        assert_eq!(parse_date("on", "+2S", today).unwrap(), d("2026-12-07"));
        let err = parse_date("on", "2026-13-01", today).unwrap_err();
        assert_eq!(
            err.to_string(),
            "on: '2026-13-01' is not a valid date (write YYYY-MM-DD, today, yesterday, tomorrow, or +3d, -2w, +1m)"
        );
        for bad in ["+10000-01-01", "20260-01-01", "+3y", "+d", "2026-1-1"] {
            assert!(parse_date("on", bad, today).is_err(), "{bad}");
        }
    }

    #[test]
    fn dates_are_bounded_by_what_they_date() {
        let today = d("2026-11-23");
        let on = |v: &str, rule| parse_date_for("on", v, today, rule);
        assert_eq!(on("tomorrow", DateRule::Happened).unwrap(), d("2026-11-24"));
        let late = on("2026-11-25", DateRule::Happened).unwrap_err();
        assert!(matches!(late, DateError::OutOfRange(DateOutOfRange { bound, .. }) if bound == d("2026-11-24")));
        assert!(on("1899-12-31", DateRule::Happened).is_err());
        assert!(on("1900-01-01", DateRule::Happened).is_ok());
        assert!(on("2036-11-23", DateRule::Planned).is_ok());
        assert!(on("2036-11-24", DateRule::Planned).is_err());
        assert!(on("yesterday", DateRule::Snooze).is_err());
        assert!(on("today", DateRule::Snooze).is_ok());
        assert!(on("2026-11-01", DateRule::ThankFor(d("2026-11-02"))).is_err());
        assert!(on("2026-11-02", DateRule::ThankFor(d("2026-11-02"))).is_ok());
    }
}
