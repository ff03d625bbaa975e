//! Birthdays as address books write them. Many know the day and month but
//! not the year and say so in their own way: vCard 4.0 `--MMDD`, Apple's
//! `X-APPLE-OMIT-YEAR` and the placeholder years 1604 (Apple) and 1900
//! (Outlook, Android). All of them mean "day and month only", so a
//! contact is never given an age of 422.

use chrono::{Datelike, NaiveDate};
use rete_core::Birthday;

/// Years that stand for "unknown" in exports.
pub const PLACEHOLDER_YEARS: [i32; 2] = [1604, 1900];

/// A birthday from its parts, dropping placeholder years; `None` when the
/// day does not exist (31 April).
pub fn from_parts(year: Option<i32>, month: u32, day: u32) -> Option<Birthday> {
    let year = year.filter(|y| !PLACEHOLDER_YEARS.contains(y));
    Birthday::from_parts(year, month, day)
}

/// Reads the text forms met in vCard and CSV exports: `1980-03-22`,
/// `19800322`, `1980-03-22T00:00:00Z`, `--03-22`, `--0322`, `03-22`.
/// Placeholder years are dropped.
pub fn parse(value: &str) -> Option<Birthday> {
    let v = value.trim();
    let date_part = v.split(['T', ' ']).next().unwrap_or(v);
    for format in ["%Y-%m-%d", "%Y%m%d"] {
        if let Ok(d) = NaiveDate::parse_from_str(date_part, format) {
            if date_part.len() >= 8 {
                return from_parts(Some(d.year()), d.month(), d.day());
            }
        }
    }
    let b = Birthday::parse("birthday", date_part).ok()?;
    from_parts(b.year, b.month, b.day)
}

/// A birthday cell that holds no date: the importer warns and leaves the
/// birthday empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotADate;

/// As [`parse`], and the date forms of spreadsheets and CSV exports
/// ([`crate::dates`]), slashed ones in `order`. Outlook's `0/0/00`, its
/// "no birthday", is no date and no error: `Ok(None)`. `Err` is a value
/// that is no date at all.
pub fn parse_csv(value: &str, order: crate::dates::SlashOrder) -> Result<Option<Birthday>, NotADate> {
    let v = value.trim();
    if v.is_empty() || v.split(['/', '-', '.']).all(|p| p.trim().chars().all(|c| c == '0')) {
        return Ok(None);
    }
    if let Some(b) = parse(v) {
        return Ok(Some(b));
    }
    let d = crate::dates::parse(v, order).ok_or(NotADate)?;
    Ok(from_parts(Some(d.year()), d.month(), d.day()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(b: Option<Birthday>) -> String {
        b.map_or("none".into(), |b| b.to_string())
    }

    #[test]
    fn reads_every_spelling() {
        assert_eq!(show(parse("1980-03-22")), "1980-03-22");
        assert_eq!(show(parse("19800322")), "1980-03-22");
        assert_eq!(show(parse("1980-03-22T00:00:00Z")), "1980-03-22");
        assert_eq!(show(parse("--0322")), "--03-22");
        assert_eq!(show(parse("--03-22")), "--03-22");
        assert_eq!(show(parse("03-22")), "--03-22");
    }

    #[test]
    fn placeholder_years_mean_no_year() {
        assert_eq!(show(parse("1604-03-22")), "--03-22");
        assert_eq!(show(parse("1900-12-01")), "--12-01");
        assert_eq!(show(from_parts(Some(1604), 2, 29)), "--02-29");
        assert_eq!(show(from_parts(Some(1901), 2, 3)), "1901-02-03");
    }

    #[test]
    fn csv_forms_and_outlooks_empty_date() {
        use crate::dates::SlashOrder::*;
        assert_eq!(parse_csv("0/0/00", MonthFirst), Ok(None));
        assert_eq!(show(parse_csv("3/22/1980", MonthFirst).unwrap()), "1980-03-22");
        assert_eq!(show(parse_csv("22/03/1980", MonthFirst).unwrap()), "1980-03-22");
        assert_eq!(show(parse_csv("04/03/1980", DayFirst).unwrap()), "1980-03-04");
        assert_eq!(show(parse_csv("--03-22", DayFirst).unwrap()), "--03-22");
        assert_eq!(parse_csv("circa 1800", DayFirst), Err(NotADate));
    }

    #[test]
    fn impossible_dates_are_refused() {
        assert_eq!(parse("1980-13-01"), None);
        assert_eq!(parse("1980-02-30"), None);
        assert_eq!(parse("--0431"), None);
        assert_eq!(parse("soon"), None);
        assert_eq!(parse(""), None);
    }
}
