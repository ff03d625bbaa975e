//! Dates as exporting programs and spreadsheets write them: LinkedIn's
//! `12 Jan 2023`, Excel's re-save `15-Jan-24`, ISO `2024-01-15`, and the
//! slashed forms `1/15/2024` (American) and `15/01/2024` (European). A
//! slashed date says its order only when one number exceeds 12; for the
//! others the file's other rows decide ([`SlashOrder::of`]), and failing
//! those the program's own convention.

use chrono::NaiveDate;

/// Which number comes first in a slashed date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlashOrder {
    /// `1/15/2024`: month, day, year (US spreadsheets, LinkedIn, Outlook in English).
    MonthFirst,
    /// `15/01/2024`: day, month, year (Europe, Outlook in Italian).
    DayFirst,
}

impl SlashOrder {
    /// The order a column of dates shows: the first value whose first
    /// number exceeds 12 says day first, whose second does says month
    /// first; with no such value, `default`.
    pub fn of<'a>(values: impl IntoIterator<Item = &'a str>, default: SlashOrder) -> SlashOrder {
        for v in values {
            if let Some((a, b, _)) = slashed(v.trim()) {
                if a > 12 && b <= 12 {
                    return SlashOrder::DayFirst;
                }
                if b > 12 && a <= 12 {
                    return SlashOrder::MonthFirst;
                }
            }
        }
        default
    }

    /// Whether `value` is a slashed date whose order cannot be told from
    /// the value alone.
    pub fn is_ambiguous(value: &str) -> bool {
        slashed(value.trim()).is_some_and(|(a, b, _)| a <= 12 && b <= 12 && a != b)
    }
}

/// Reads every form listed in the module comment; `order` settles slashed
/// dates that do not settle themselves.
pub fn parse(value: &str, order: SlashOrder) -> Option<NaiveDate> {
    let v = value.trim();
    // Spreadsheets add a time to dates they re-save ("2024-01-15 00:00:00").
    let v = v.split_once(['T', ' ']).filter(|(d, _)| d.contains(['-', '/'])).map_or(v, |(d, _)| d);
    if let Some((a, b, year)) = slashed(v) {
        let (month, day) = match order {
            _ if a > 12 => (b, a),
            _ if b > 12 => (a, b),
            SlashOrder::MonthFirst => (a, b),
            SlashOrder::DayFirst => (b, a),
        };
        return NaiveDate::from_ymd_opt(year, month, day);
    }
    if let Some(d) = day_month_year(v) {
        return Some(d);
    }
    ["%Y-%m-%d", "%Y%m%d", "%d %B %Y", "%d.%m.%Y", "%B %d, %Y", "%b %d, %Y"]
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(v, f).ok())
}

/// `a/b/year` with a four- or two-digit year (`24` is 2024, `75` is 1975).
fn slashed(v: &str) -> Option<(u32, u32, i32)> {
    let mut parts = v.split('/');
    let (a, b, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    Some((number(a, 1..=2)?, number(b, 1..=2)?, year(y)?))
}

/// `12 Jan 2023` and `15-Jan-24`: a day, an English month abbreviation
/// (or full name) and a year, separated by spaces or dashes.
fn day_month_year(v: &str) -> Option<NaiveDate> {
    const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    let sep = if v.contains(' ') { ' ' } else { '-' };
    let mut parts = v.split(sep).filter(|p| !p.is_empty());
    let (day, month, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || month.len() < 3 || !month.is_ascii() {
        return None;
    }
    let m = month.to_ascii_lowercase();
    let full = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october"];
    let index = MONTHS.iter().position(|abbr| m == *abbr).or_else(|| {
        let long = full.iter().chain(["november", "december"].iter());
        long.clone().position(|name| m == *name)
    })?;
    NaiveDate::from_ymd_opt(year(y)?, u32::try_from(index).ok()? + 1, number(day, 1..=2)?)
}

fn number(s: &str, len: std::ops::RangeInclusive<usize>) -> Option<u32> {
    (len.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
}

/// A four-digit year, or a two-digit one in the window spreadsheets use:
/// 00–29 are 2000–2029, 30–99 are 1930–1999.
fn year(s: &str) -> Option<i32> {
    let n = i32::try_from(number(s, 2..=4)?).ok()?;
    match s.len() {
        4 => Some(n),
        2 if n < 30 => Some(2000 + n),
        2 => Some(1900 + n),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use SlashOrder::*;

    fn d(s: &str) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
    }

    #[test]
    fn every_documented_form() {
        assert_eq!(parse("12 Jan 2023", MonthFirst), d("2023-01-12"));
        assert_eq!(parse("15-Jan-24", MonthFirst), d("2024-01-15"));
        assert_eq!(parse("2024-01-15", DayFirst), d("2024-01-15"));
        assert_eq!(parse("1/15/2024", DayFirst), d("2024-01-15"), "15 cannot be a month");
        assert_eq!(parse("15/01/2024", MonthFirst), d("2024-01-15"));
        assert_eq!(parse("3 September 2021", MonthFirst), d("2021-09-03"));
        assert_eq!(parse("2024-01-15 00:00:00", MonthFirst), d("2024-01-15"));
        assert_eq!(parse("05-Mar-98", MonthFirst), d("1998-03-05"));
    }

    #[test]
    fn ambiguous_slashes_follow_the_order() {
        assert_eq!(parse("02/03/2024", MonthFirst), d("2024-02-03"));
        assert_eq!(parse("02/03/2024", DayFirst), d("2024-03-02"));
        assert!(SlashOrder::is_ambiguous("02/03/2024"));
        assert!(!SlashOrder::is_ambiguous("15/03/2024"));
        assert_eq!(SlashOrder::of(["02/03/2024", "25/12/2023"], MonthFirst), DayFirst);
        assert_eq!(SlashOrder::of(["02/03/2024", "12/25/2023"], DayFirst), MonthFirst);
        assert_eq!(SlashOrder::of(["02/03/2024"], DayFirst), DayFirst);
    }

    #[test]
    fn what_is_not_a_date() {
        assert_eq!(parse("31 Feb 2023", MonthFirst), None);
        assert_eq!(parse("13/13/2024", MonthFirst), None);
        assert_eq!(parse("circa 1800", MonthFirst), None);
        assert_eq!(parse("03 Sept 2021", MonthFirst), None);
        assert_eq!(parse("", MonthFirst), None);
    }
}
