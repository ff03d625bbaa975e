//! vCard 2.1, 3.0 and 4.0 import. calcard reads the syntax (folding,
//! quoted-printable and charsets of 2.1, escapes, groups such as
//! `item1.EMAIL`); this module cuts the file into cards so each carries
//! the line where it starts and a truncated card is rejected alone, then
//! picks out what rete keeps. Photos, keys and unknown properties pass
//! without a word.

use crate::birthday;
use crate::contact::{non_empty, push_unique, ImportedContact, ParsedFile, Rejected};
use crate::decode;
use crate::error::FormatError;
use calcard::vcard::{VCard, VCardEntry, VCardParameterName, VCardParameterValue, VCardProperty, VCardValue};
use chrono::NaiveDate;
use rete_core::Tier;
use std::borrow::Cow;

/// rete's own properties, written by [`crate::vcard_out`] so that an
/// export re-imports to the same people.
pub(crate) const X_MET_ON: &str = "X-RETE-MET-ON";
pub(crate) const X_MET_AT: &str = "X-RETE-MET-AT";
pub(crate) const X_TIER: &str = "X-RETE-TIER";

const FORMAT: &str = "vCard";

/// Reads every card of a `.vcf` file.
pub fn parse(bytes: &[u8]) -> Result<ParsedFile, FormatError> {
    decode::refuse_binary(FORMAT, bytes)?;
    let text = decode_vcard(bytes)?;
    let mut out = ParsedFile::default();
    for chunk in split_cards(&text)? {
        match chunk {
            Err(rejected) => out.rejected.push(rejected),
            Ok((line, body)) => match read_card(body, line) {
                Ok(contact) => out.contacts.push(contact),
                Err(reason) => out.rejected.push(Rejected { line, reason }),
            },
        }
    }
    Ok(out)
}

/// vCard 3.0 and 4.0 are UTF-8; 2.1 predates that and Outlook writes it
/// in the Windows code page, so a 2.1 file that is not UTF-8 is read as
/// Windows-1252 rather than refused.
fn decode_vcard(bytes: &[u8]) -> Result<Cow<'_, str>, FormatError> {
    match decode::text(bytes) {
        Ok(text) => Ok(text),
        Err(err) => {
            let is_21 = bytes.windows(11).any(|w| w.eq_ignore_ascii_case(b"VERSION:2.1"));
            if is_21 {
                let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
                Ok(Cow::Owned(text.into_owned()))
            } else {
                Err(err)
            }
        }
    }
}

/// One card's text and its first line, or a rejected fragment.
type Chunk<'a> = Result<(usize, &'a str), Rejected>;

/// Cuts the text into `BEGIN:VCARD` .. `END:VCARD` blocks. Text before
/// the first card means the file is not a vCard at all; a card cut short
/// (by the end of the file or by the next `BEGIN:VCARD`) is rejected with
/// its line. A 2.1 `AGENT:` property may embed a whole card, which is
/// kept inside its parent.
fn split_cards(text: &str) -> Result<Vec<Chunk<'_>>, FormatError> {
    let mut chunks = Vec::new();
    let mut start: Option<(usize, usize)> = None; // (line, byte offset)
    let mut depth = 0usize;
    let mut offset = 0usize;
    let mut previous = "";
    let mut stray_reported = false;
    for (index, raw) in text.split_inclusive('\n').enumerate() {
        let line_no = index + 1;
        let line = raw.trim_end_matches(['\r', '\n']).trim_start_matches('\u{feff}');
        let trimmed = line.trim();
        let is_begin = trimmed.eq_ignore_ascii_case("BEGIN:VCARD");
        let is_end = trimmed.eq_ignore_ascii_case("END:VCARD");
        match start {
            None if is_begin => {
                start = Some((line_no, offset));
                depth = 1;
                stray_reported = false;
            }
            None if trimmed.is_empty() => {}
            None if chunks.is_empty() => {
                let shown: String = trimmed.chars().take(40).collect();
                return Err(FormatError::NotThisFormat {
                    format: FORMAT,
                    line: line_no,
                    reason: format!("expected BEGIN:VCARD, found '{shown}'"),
                });
            }
            None => {
                if !stray_reported {
                    chunks.push(Err(Rejected { line: line_no, reason: "text outside any card".into() }));
                    stray_reported = true;
                }
            }
            Some((card_line, card_offset)) => {
                if is_begin {
                    let agent = previous.trim_end().to_ascii_uppercase();
                    if agent.starts_with("AGENT") && agent.ends_with(':') {
                        depth += 1;
                    } else {
                        chunks.push(Err(truncated(card_line)));
                        start = Some((line_no, offset));
                        depth = 1;
                    }
                } else if is_end {
                    depth -= 1;
                    if depth == 0 {
                        chunks.push(Ok((card_line, &text[card_offset..offset + raw.len()])));
                        start = None;
                    }
                }
            }
        }
        previous = line;
        offset += raw.len();
    }
    if let Some((card_line, _)) = start {
        chunks.push(Err(truncated(card_line)));
    }
    if chunks.is_empty() {
        return Err(FormatError::NotThisFormat { format: FORMAT, line: 1, reason: "no BEGIN:VCARD found".into() });
    }
    Ok(chunks)
}

fn truncated(line: usize) -> Rejected {
    Rejected { line, reason: "card cut short: no END:VCARD".into() }
}

/// Parses one card with calcard and keeps what rete needs.
fn read_card(body: &str, line: usize) -> Result<ImportedContact, String> {
    let card = VCard::parse(body).map_err(|_| "not a readable vCard".to_string())?;
    let mut c = ImportedContact { line, ..Default::default() };
    let mut notes: Vec<String> = Vec::new();
    let mut city: Option<(bool, String)> = None;
    let mut fallback_role = None;
    for entry in &card.entries {
        match &entry.name {
            VCardProperty::Fn => set_once(&mut c.full_name, first_text(entry)),
            VCardProperty::N => {
                set_once(&mut c.family_name, component(entry, 0));
                set_once(&mut c.given_name, component(entry, 1));
            }
            VCardProperty::Org if c.company.is_none() && c.department.is_none() => {
                c.company = component(entry, 0);
                c.department = component(entry, 1);
            }
            VCardProperty::Title => set_once(&mut c.role, first_text(entry)),
            VCardProperty::Role => set_once(&mut fallback_role, first_text(entry)),
            VCardProperty::Email => texts(entry).iter().for_each(|e| push_unique(&mut c.emails, e)),
            VCardProperty::Tel => texts(entry).iter().for_each(|t| push_unique(&mut c.phones, t)),
            VCardProperty::Adr => {
                if let Some(locality) = component(entry, 3) {
                    let pref = is_preferred(entry);
                    if city.as_ref().is_none_or(|(had_pref, _)| pref && !had_pref) {
                        city = Some((pref, locality));
                    }
                }
            }
            VCardProperty::Bday if c.birthday.is_none() => c.birthday = Some(read_birthday(entry, body)?),
            VCardProperty::Note => texts(entry).iter().for_each(|n| push_unique(&mut notes, &clean_note(n))),
            VCardProperty::Categories => {
                for value in texts(entry) {
                    for tag in value.split(',') {
                        if let Some(tag) = crate::google::clean_label(tag) {
                            push_unique(&mut c.tags, &tag);
                        }
                    }
                }
            }
            VCardProperty::Url | VCardProperty::Socialprofile => {
                texts(entry).iter().for_each(|u| push_unique(&mut c.links, u))
            }
            VCardProperty::Other(name) => read_extension(&mut c, name, entry)?,
            _ => {}
        }
    }
    if c.role.is_none() {
        c.role = fallback_role;
    }
    c.city = city.map(|(_, locality)| locality);
    c.note = (!notes.is_empty()).then(|| notes.join("\n\n"));
    if c.is_empty() {
        return Err("no name, e-mail or phone".into());
    }
    Ok(c)
}

/// Social profiles from before RFC 9554, and rete's own properties.
fn read_extension(c: &mut ImportedContact, name: &str, entry: &VCardEntry) -> Result<(), String> {
    let name = name.to_ascii_uppercase();
    match name.as_str() {
        "X-SOCIALPROFILE" => texts(entry).iter().for_each(|u| push_unique(&mut c.links, u)),
        X_MET_AT => set_once(&mut c.met_at, first_text(entry)),
        X_MET_ON => {
            if let Some(text) = first_text(entry) {
                let date = NaiveDate::parse_from_str(&text, "%Y-%m-%d")
                    .map_err(|_| format!("{X_MET_ON}: '{text}' is not a date (expected YYYY-MM-DD)"))?;
                c.met_on = Some(date);
            }
        }
        X_TIER => {
            if let Some(text) = first_text(entry) {
                c.tier = Some(text.parse::<Tier>().map_err(|e| e.to_string())?);
            }
        }
        _ => {}
    }
    Ok(())
}

/// A card's birthday, or the reason it is not a date. A year equal to
/// Apple's `X-APPLE-OMIT-YEAR`, or a placeholder year, is dropped. When
/// calcard's reading is partial (a 4.0 card written with 3.0's dashes,
/// `1604-02-29`, reads as a year and a month), the raw text is read again.
fn read_birthday(entry: &VCardEntry, body: &str) -> Result<rete_core::Birthday, String> {
    let omit_year = entry.params.iter().find_map(|p| match (&p.name, &p.value) {
        (VCardParameterName::Other(n), VCardParameterValue::Text(v)) if n.eq_ignore_ascii_case("X-APPLE-OMIT-YEAR") => {
            v.trim().parse::<i32>().ok()
        }
        _ => None,
    });
    let from_text = |text: &str| {
        birthday::parse(text).map(|b| match (b.year, omit_year) {
            (Some(y), Some(omit)) if y == omit => rete_core::Birthday { year: None, ..b },
            _ => b,
        })
    };
    let found = entry.values.iter().find_map(|value| match value {
        VCardValue::PartialDateTime(dt) => match (dt.month, dt.day) {
            (Some(month), Some(day)) => {
                let year = dt.year.map(i32::from).filter(|y| Some(*y) != omit_year);
                Some(birthday::from_parts(year, u32::from(month), u32::from(day)).ok_or_else(|| describe(value)))
            }
            _ => {
                let raw = raw_value(body, "BDAY").unwrap_or_default();
                Some(from_text(&raw).ok_or_else(|| format!("BDAY: '{raw}' is not a valid date")))
            }
        },
        VCardValue::Text(text) if !text.trim().is_empty() => Some(from_text(text).ok_or_else(|| describe(value))),
        _ => None,
    });
    match found {
        Some(result) => result,
        None => Err(describe(entry.values.first().unwrap_or(&VCardValue::Text(String::new())))),
    }
}

/// The raw value of the first `name` property of a card (after
/// unfolding), for the rare value calcard reads only in part.
fn raw_value(body: &str, name: &str) -> Option<String> {
    let unfolded = body.replace("\r\n ", "").replace("\r\n\t", "").replace("\n ", "").replace("\n\t", "");
    unfolded.lines().find_map(|line| {
        let (head, _) = line.split_once([';', ':'])?;
        let prop = head.rsplit('.').next().unwrap_or(head);
        if !prop.trim().eq_ignore_ascii_case(name) {
            return None;
        }
        let mut quoted = false;
        let (colon, _) = line.char_indices().find(|&(_, c)| {
            if c == '"' {
                quoted = !quoted;
            }
            c == ':' && !quoted
        })?;
        Some(line[colon + 1..].trim().to_string())
    })
}

fn describe(value: &VCardValue) -> String {
    let shown = match value {
        VCardValue::Text(t) => t.clone(),
        VCardValue::PartialDateTime(dt) => format!(
            "{}-{}-{}",
            dt.year.map_or("?".into(), |y| y.to_string()),
            dt.month.map_or("?".into(), |m| m.to_string()),
            dt.day.map_or("?".into(), |d| d.to_string())
        ),
        _ => String::new(),
    };
    format!("BDAY: '{shown}' is not a valid date")
}

/// Whether a property is marked preferred (`TYPE=pref` in 3.0, `PREF=1` in 4.0).
fn is_preferred(entry: &VCardEntry) -> bool {
    entry.params.iter().any(|p| match (&p.name, &p.value) {
        (VCardParameterName::Pref, _) => true,
        (VCardParameterName::Type, VCardParameterValue::Text(t)) => t.eq_ignore_ascii_case("pref"),
        (VCardParameterName::Other(n), _) => n.eq_ignore_ascii_case("pref"),
        _ => false,
    })
}

/// Every text value of a property, sub-values of a list joined by commas.
fn texts(entry: &VCardEntry) -> Vec<String> {
    entry.values.iter().filter_map(value_text).filter(|s| !s.is_empty()).collect()
}

fn first_text(entry: &VCardEntry) -> Option<String> {
    texts(entry).into_iter().next()
}

/// The `index`-th component of a structured value (N, ORG, ADR).
fn component(entry: &VCardEntry, index: usize) -> Option<String> {
    entry.values.get(index).and_then(value_text).filter(|s| !s.is_empty())
}

fn value_text(value: &VCardValue) -> Option<String> {
    match value {
        VCardValue::Text(s) => non_empty(Some(s)),
        VCardValue::Component(parts) => {
            non_empty(Some(&parts.iter().map(|p| p.trim()).filter(|p| !p.is_empty()).collect::<Vec<_>>().join(", ")))
        }
        VCardValue::Integer(i) => Some(i.to_string()),
        VCardValue::Float(f) => Some(f.to_string()),
        _ => None,
    }
}

/// Notes from Windows exports end lines with CR LF.
fn clean_note(note: &str) -> String {
    note.replace("\r\n", "\n").trim().to_string()
}

fn set_once(slot: &mut Option<String>, value: Option<String>) {
    if slot.is_none() {
        *slot = value;
    }
}
