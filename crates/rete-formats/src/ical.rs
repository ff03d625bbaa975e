//! The agenda as an iCalendar feed (RFC 5545): to-dos with due dates and
//! yearly birthdays, with stable UIDs so that a calendar re-importing the
//! feed updates its entries instead of duplicating them.

use chrono::{Datelike, NaiveDate};
use std::io::{self, Write};

/// Something to do by a date (a VTODO).
#[derive(Debug, Clone, PartialEq)]
pub struct Todo {
    /// Stable across exports for the same action.
    pub uid: String,
    pub summary: String,
    pub description: String,
    pub due: NaiveDate,
    /// Remind on the morning of the due date.
    pub alarm: bool,
}

/// A date that comes back every year (a VEVENT with RRULE:FREQ=YEARLY).
#[derive(Debug, Clone, PartialEq)]
pub struct Yearly {
    pub uid: String,
    pub summary: String,
    pub month: u32,
    pub day: u32,
    /// The first year, when known (a birth year).
    pub year: Option<i32>,
}

/// Escapes a TEXT value (RFC 5545 3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Writes one content line folded at 75 octets, never inside a UTF-8
/// sequence, with CRLF endings (RFC 5545 3.1).
fn line<W: Write>(w: &mut W, content: &str) -> io::Result<()> {
    let mut start = 0;
    let mut limit = 75;
    while content.len() - start > limit {
        let mut end = start + limit;
        while !content.is_char_boundary(end) {
            end -= 1;
        }
        w.write_all(&content.as_bytes()[start..end])?;
        w.write_all(b"\r\n ")?;
        start = end;
        limit = 74; // the leading space counts
    }
    w.write_all(&content.as_bytes()[start..])?;
    w.write_all(b"\r\n")
}

fn date(d: NaiveDate) -> String {
    d.format("%Y%m%d").to_string()
}

/// Writes the calendar. `stamp` is the DTSTAMP of every component: the
/// date the feed was made, so that the same day gives the same bytes.
pub fn write<W: Write>(name: &str, stamp: NaiveDate, todos: &[Todo], yearly: &[Yearly], w: &mut W) -> io::Result<()> {
    let stamp = format!("{}T000000Z", date(stamp));
    line(w, "BEGIN:VCALENDAR")?;
    line(w, "VERSION:2.0")?;
    line(w, "PRODID:-//rete//rete agenda//EN")?;
    line(w, "CALSCALE:GREGORIAN")?;
    line(w, "METHOD:PUBLISH")?;
    line(w, &format!("X-WR-CALNAME:{}", escape(name)))?;
    for t in todos {
        line(w, "BEGIN:VTODO")?;
        line(w, &format!("UID:{}", t.uid))?;
        line(w, &format!("DTSTAMP:{stamp}"))?;
        line(w, &format!("SUMMARY:{}", escape(&t.summary)))?;
        if !t.description.is_empty() {
            line(w, &format!("DESCRIPTION:{}", escape(&t.description)))?;
        }
        line(w, &format!("DUE;VALUE=DATE:{}", date(t.due)))?;
        line(w, "STATUS:NEEDS-ACTION")?;
        if t.alarm {
            line(w, "BEGIN:VALARM")?;
            line(w, "ACTION:DISPLAY")?;
            line(w, &format!("DESCRIPTION:{}", escape(&t.summary)))?;
            // Nine in the morning of the due date.
            line(w, "TRIGGER;RELATED=END:PT9H")?;
            line(w, "END:VALARM")?;
        }
        line(w, "END:VTODO")?;
    }
    for y in yearly {
        // A year-less date starts in 2000, a leap year, so 29 February exists.
        let first = NaiveDate::from_ymd_opt(y.year.unwrap_or(2000), y.month, y.day)
            .or_else(|| NaiveDate::from_ymd_opt(2000, y.month, y.day));
        let Some(first) = first else { continue };
        let next = first.succ_opt().unwrap_or(first);
        line(w, "BEGIN:VEVENT")?;
        line(w, &format!("UID:{}", y.uid))?;
        line(w, &format!("DTSTAMP:{stamp}"))?;
        line(w, &format!("SUMMARY:{}", escape(&y.summary)))?;
        line(w, &format!("DTSTART;VALUE=DATE:{}", date(first)))?;
        line(w, &format!("DTEND;VALUE=DATE:{}", date(next)))?;
        if first.month() == 2 && first.day() == 29 {
            line(w, "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1")?;
        } else {
            line(w, "RRULE:FREQ=YEARLY")?;
        }
        line(w, "TRANSP:TRANSPARENT")?;
        line(w, "BEGIN:VALARM")?;
        line(w, "ACTION:DISPLAY")?;
        line(w, &format!("DESCRIPTION:{}", escape(&y.summary)))?;
        line(w, "TRIGGER:PT9H")?;
        line(w, "END:VALARM")?;
        line(w, "END:VEVENT")?;
    }
    line(w, "END:VCALENDAR")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_long_lines_on_character_boundaries() {
        let mut out = Vec::new();
        let text = format!("SUMMARY:{}", "è".repeat(60));
        line(&mut out, &text).unwrap();
        let s = String::from_utf8(out).unwrap();
        for l in s.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets", l.len());
        }
        assert_eq!(s.replace("\r\n ", "").trim_end(), text);
    }

    #[test]
    fn escapes_text() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }
}
