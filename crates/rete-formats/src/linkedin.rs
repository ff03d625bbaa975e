//! LinkedIn's `Connections.csv`, from "Get a copy of your data". It opens
//! with a `Notes:` preamble, then the header `First Name, Last Name, URL,
//! Email Address, Company, Position, Connected On`; e-mails are often
//! empty (members choose whether to share them), positions may hold
//! commas and line breaks, and the file starts with a UTF-8 BOM.

use crate::contact::{non_empty, push_unique, ImportedContact, ParsedFile, RejectKind, Rejected, Warning, WarningKind};
use crate::csv_in;
use crate::dates::{self, SlashOrder};
use crate::decode;
use crate::error::FormatError;
use chrono::NaiveDate;

/// Columns without which the file is not a connections export. `URL` and
/// `Email Address` are optional: older exports lack the first.
pub(crate) const REQUIRED: &[&str] = &["First Name", "Last Name", "Company", "Position", "Connected On"];

/// What rete records as the place two people met.
pub const MET_AT: &str = rete_core::LINKEDIN_CONNECTION;

/// Reads a LinkedIn connections export.
pub fn parse(bytes: &[u8]) -> Result<ParsedFile, FormatError> {
    let mut contacts = Vec::new();
    let rest = parse_each(bytes, |c| contacts.push(c))?;
    Ok(ParsedFile { contacts, ..rest })
}

/// As [`parse`], handing each contact to `emit` as soon as its row is read,
/// so that planning can start before the file is read to the end; returns
/// the rest (rejected rows in line order, warnings, the encoding assumed)
/// once it is. A row whose date could be day/month or month/day waits,
/// with the rows after it, until a later row settles the order.
pub fn parse_each(bytes: &[u8], mut emit: impl FnMut(ImportedContact)) -> Result<ParsedFile, FormatError> {
    let mut columns = None;
    let mut rest = ParsedFile::default();
    let mut order: Option<SlashOrder> = None;
    // Contacts held back while the order of a slashed date is unknown,
    // each with the date text it still has to read.
    let mut waiting: Vec<(ImportedContact, Option<String>)> = Vec::new();
    let mut warnings = Vec::new();
    let read = csv_in::read_each(crate::error::format::LINKEDIN, bytes, &[REQUIRED], |header, row| {
        let [first, last, url, email, company, position, connected] = *columns.get_or_insert_with(|| {
            let col = |name: &str| header.column(name);
            [
                col("First Name"),
                col("Last Name"),
                col("URL").or_else(|| col("Profile URL")),
                col("Email Address"),
                col("Company"),
                col("Position"),
                col("Connected On"),
            ]
        });
        let get = |idx: Option<usize>| non_empty(idx.and_then(|i| row.fields.get(i)));
        let mut contact = ImportedContact {
            line: row.line,
            given_name: get(first),
            family_name: get(last),
            company: get(company),
            role: get(position),
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
            rest.rejected.push(Rejected::new(row.line, RejectKind::NoIdentity));
            return;
        }
        let date = get(connected);
        if order.is_none() {
            order = date.as_deref().and_then(settled_order);
        }
        match order {
            None if !waiting.is_empty() || date.as_deref().is_some_and(SlashOrder::is_ambiguous) => {
                waiting.push((contact, date));
            }
            _ => {
                let order = order.unwrap_or(SlashOrder::MonthFirst);
                for (mut held, text) in waiting.drain(..) {
                    held.met_on = connected_on(&held, text, order, &mut warnings);
                    emit(held);
                }
                contact.met_on = connected_on(&contact, date, order, &mut warnings);
                emit(contact);
            }
        }
    });
    let (_, mut unreadable, encoding) = read?;
    // LinkedIn's own exports write American dates.
    for (mut held, text) in waiting.drain(..) {
        held.met_on = connected_on(&held, text, SlashOrder::MonthFirst, &mut warnings);
        emit(held);
    }
    rest.rejected.append(&mut unreadable);
    rest.rejected.sort_by_key(|r| r.line);
    rest.warnings = warnings;
    rest.encoding = encoding.map(decode::describe);
    Ok(rest)
}

/// The order a slashed date shows by itself (one number above 12).
fn settled_order(text: &str) -> Option<SlashOrder> {
    let month_first = SlashOrder::of([text], SlashOrder::MonthFirst);
    (month_first == SlashOrder::of([text], SlashOrder::DayFirst)).then_some(month_first)
}

/// The date a connection was made, or a warning and no date.
fn connected_on(
    contact: &ImportedContact,
    text: Option<String>,
    order: SlashOrder,
    warnings: &mut Vec<Warning>,
) -> Option<NaiveDate> {
    let text = text?;
    if let Some(d) = linkedin_date(&text) {
        return Some(d);
    }
    let date = dates::parse(&text, order);
    if date.is_none() {
        warnings.push(Warning {
            line: contact.line,
            kind: WarningKind::NotADate,
            field: "Connected On".into(),
            value: text,
            message: "not a date; left empty".into(),
        });
    }
    date
}

/// LinkedIn writes `12 Jan 2023`; older exports used `1/12/23` and
/// spreadsheets rewrite dates as `15-Jan-24` or ISO (see [`dates`]).
#[cfg(test)]
fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    linkedin_date(text).or_else(|| dates::parse(text, SlashOrder::MonthFirst))
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
        assert_eq!(parse_date("15-Jan-24"), d("2024-01-15"), "as Excel re-saves it");
        assert_eq!(parse_date("1/12/23"), d("2023-01-12"));
    }
}
