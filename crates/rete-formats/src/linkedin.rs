//! LinkedIn's `Connections.csv`, from "Get a copy of your data". It opens
//! with a `Notes:` preamble, then the header `First Name, Last Name, URL,
//! Email Address, Company, Position, Connected On`; e-mails are often
//! empty (members choose whether to share them), positions may hold
//! commas and line breaks, and the file starts with a UTF-8 BOM.

use crate::contact::{non_empty, push_unique, ImportedContact, ParsedFile, Rejected};
use crate::csv_in;
use crate::error::FormatError;
use chrono::NaiveDate;

/// Columns without which the file is not a connections export. `URL` and
/// `Email Address` are optional: older exports lack the first.
const REQUIRED: &[&str] = &["First Name", "Last Name", "Company", "Position", "Connected On"];

/// What rete records as the place two people met.
pub const MET_AT: &str = "LinkedIn";

/// Reads a LinkedIn connections export.
pub fn parse(bytes: &[u8]) -> Result<ParsedFile, FormatError> {
    let table = csv_in::read("LinkedIn connections", bytes, &[REQUIRED])?;
    let col = |name: &str| table.column(name);
    let (first, last, url, email, company, position, connected) = (
        col("First Name"),
        col("Last Name"),
        col("URL").or_else(|| col("Profile URL")),
        col("Email Address"),
        col("Company"),
        col("Position"),
        col("Connected On"),
    );
    let mut out = ParsedFile { contacts: Vec::with_capacity(table.rows.len()), rejected: table.rejected };
    for row in &table.rows {
        let get = |idx: Option<usize>| non_empty(idx.and_then(|i| row.fields.get(i)));
        let met_on = match get(connected) {
            None => None,
            Some(text) => match parse_date(&text) {
                Some(date) => Some(date),
                None => {
                    out.rejected.push(Rejected {
                        line: row.line,
                        reason: format!("Connected On: '{text}' is not a date like '12 Jan 2023'"),
                    });
                    continue;
                }
            },
        };
        let mut contact = ImportedContact {
            line: row.line,
            given_name: get(first),
            family_name: get(last),
            company: get(company),
            role: get(position),
            met_on,
            met_at: Some(MET_AT.to_string()),
            ..Default::default()
        };
        if let Some(e) = get(email) {
            push_unique(&mut contact.emails, &e);
        }
        if let Some(u) = get(url) {
            push_unique(&mut contact.links, &u);
        }
        if contact.is_empty() {
            out.rejected.push(Rejected { line: row.line, reason: "no name, e-mail or phone".into() });
            continue;
        }
        out.contacts.push(contact);
    }
    out.rejected.sort_by_key(|r| r.line);
    Ok(out)
}

/// LinkedIn writes `12 Jan 2023`; older exports used `1/12/23` and some
/// tools rewrite dates as ISO.
fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    linkedin_date(text).or_else(|| {
        ["%d %b %Y", "%d %B %Y", "%Y-%m-%d", "%m/%d/%y", "%m/%d/%Y"]
            .iter()
            .find_map(|f| NaiveDate::parse_from_str(text, f).ok())
    })
}

/// `12 Jan 2023`, read directly: chrono's general parser reads its format
/// string again on every call, a tenth of a 30,000-row import.
fn linkedin_date(text: &str) -> Option<NaiveDate> {
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let mut parts = text.split(' ');
    let (day, month, year) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |s: &str, len: std::ops::RangeInclusive<usize>| {
        (len.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse::<u32>().ok()).flatten()
    };
    let month = MONTHS.iter().position(|m| *m == month)?;
    let year = i32::try_from(digits(year, 4..=4)?).ok()?;
    if parts.next().is_some() {
        return None;
    }
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()? + 1, digits(day, 1..=2)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_linkedin_spelling() {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        assert_eq!(parse_date("12 Jan 2023"), d("2023-01-12"));
        assert_eq!(parse_date("03 Sept 2021"), None);
        assert_eq!(parse_date("3 September 2021"), d("2021-09-03"));
        assert_eq!(parse_date("31 Feb 2023"), None);
        assert_eq!(parse_date(" 1 Dec 1999 "), d("1999-12-01"));
        assert_eq!(parse_date("12 jan 2023"), d("2023-01-12"), "other spellings still reach chrono");
        assert_eq!(parse_date("12 Jan 2023 x"), None);
        assert_eq!(parse_date("2023-01-12"), d("2023-01-12"));
    }
}
