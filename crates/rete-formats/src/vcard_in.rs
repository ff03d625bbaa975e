//! vCard 2.1, 3.0 and 4.0 import. calcard reads the syntax (folding,
//! quoted-printable and charsets of 2.1, escapes, groups such as
//! `item1.EMAIL`); this module cuts the file into cards so each carries
//! the line where it starts and a truncated card is rejected alone, then
//! picks out what rete keeps. Photos, keys and unknown properties pass
//! without a word.

use crate::birthday;
use crate::contact::{non_empty, push_unique, ImportedContact, ParsedFile, RejectKind, Rejected};
use crate::contact::{Warning, WarningKind};
use crate::decode;
use crate::error::{FormatError, NotFormat};
use crate::vcard_lines;
use calcard::vcard::{VCard, VCardEntry, VCardParameterName, VCardParameterValue, VCardProperty, VCardValue};
use chrono::NaiveDate;
use rete_core::Tier;

/// rete's own properties, written by [`crate::vcard_out`] so that an
/// export re-imports to the same people.
pub(crate) const X_MET_ON: &str = "X-RETE-MET-ON";
pub(crate) const X_MET_AT: &str = "X-RETE-MET-AT";
pub(crate) const X_TIER: &str = "X-RETE-TIER";
pub(crate) const X_ADDRESS: &str = "X-RETE-ADDRESS";

const FORMAT: &str = crate::error::format::VCARD;

/// Reads every card of a `.vcf` file.
pub fn parse(bytes: &[u8]) -> Result<ParsedFile, FormatError> {
    decode::refuse_binary(FORMAT, bytes)?;
    let file = decode_vcard(bytes)?;
    let mut out =
        ParsedFile { warnings: file.warnings, encoding: file.assumed.map(decode::describe), ..Default::default() };
    for chunk in split_cards(&file.text)? {
        match chunk {
            Err(rejected) => out.rejected.push(rejected),
            Ok((line, body)) => {
                let card = vcard_lines::card_text(body, line);
                out.warnings.extend(card.warnings);
                match read_card(&card.text, line, &mut out.warnings) {
                    Ok(contact) => out.contacts.push(contact),
                    Err(kind) => out.rejected.push(Rejected::new(line, kind)),
                }
            }
        }
    }
    out.warnings.sort_by_key(|w| w.line);
    Ok(out)
}

/// A byte-order mark or UTF-16's NULs decide for the whole file; without
/// them each line is UTF-8, or its declared charset, or the encoding
/// detected for the file (see [`vcard_lines::file_text`]).
fn decode_vcard(bytes: &[u8]) -> Result<vcard_lines::FileText, FormatError> {
    let decoded = decode::text(bytes)?;
    if decoded.assumed.is_some_and(|e| e == encoding_rs::UTF_16LE || e == encoding_rs::UTF_16BE) {
        let assumed = decoded.assumed;
        return Ok(vcard_lines::FileText { text: decoded.text.into_owned(), assumed, warnings: Vec::new() });
    }
    if encoding_rs::Encoding::for_bom(bytes).is_some_and(|(e, _)| e != encoding_rs::UTF_8) {
        return Ok(vcard_lines::FileText { text: decoded.text.into_owned(), assumed: None, warnings: Vec::new() });
    }
    Ok(vcard_lines::file_text(bytes))
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
                    reason: NotFormat::NotACard(shown),
                });
            }
            None => {
                if !stray_reported {
                    chunks.push(Err(Rejected::new(line_no, RejectKind::OutsideCard)));
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
        return Err(FormatError::NotThisFormat { format: FORMAT, line: 1, reason: NotFormat::NoCard });
    }
    Ok(chunks)
}

fn truncated(line: usize) -> Rejected {
    Rejected::new(line, RejectKind::CutShort)
}

/// Parses one card with calcard and keeps what rete needs. A field that
/// does not read (a birthday `circa 1800`) is a warning and stays empty;
/// what the data model has no place for (a second organisation, an
/// anniversary, related people) goes into the notes, labelled with its
/// property name, so a re-import reads it back.
fn read_card(body: &str, line: usize, warnings: &mut Vec<Warning>) -> Result<ImportedContact, RejectKind> {
    let card = VCard::parse(body).map_err(|_| RejectKind::Unreadable)?;
    let mut c = ImportedContact { line, ..Default::default() };
    let mut notes: Vec<String> = Vec::new();
    let mut extra: Vec<String> = Vec::new();
    let mut adr: Option<(bool, Address)> = None;
    // A first address without a locality (a street in one line).
    let mut unplaced: Option<String> = None;
    let mut fallback_role = None;
    let mut warn = |kind: WarningKind, field: &str, value: String, message: &str| {
        warnings.push(Warning { line, kind, field: field.to_string(), value, message: message.to_string() })
    };
    for entry in &card.entries {
        match &entry.name {
            VCardProperty::Fn => set_once(&mut c.full_name, first_text(entry)),
            VCardProperty::N => {
                set_once(&mut c.family_name, component(entry, 0));
                set_once(&mut c.given_name, component(entry, 1));
            }
            VCardProperty::Nickname => set_once(&mut c.nickname, first_text(entry)),
            VCardProperty::Org if c.company.is_none() && c.department.is_none() => {
                c.company = component(entry, 0);
                c.department = component(entry, 1);
            }
            VCardProperty::Org => texts(entry).iter().for_each(|t| push_unique(&mut extra, &format!("ORG: {t}"))),
            VCardProperty::Title if c.role.is_none() => c.role = first_text(entry),
            VCardProperty::Title => texts(entry).iter().for_each(|t| push_unique(&mut extra, &format!("TITLE: {t}"))),
            VCardProperty::Role => set_once(&mut fallback_role, first_text(entry)),
            VCardProperty::Email => texts(entry).iter().for_each(|e| push_unique(&mut c.emails, e)),
            VCardProperty::Tel => texts(entry).iter().for_each(|t| push_unique(&mut c.phones, t)),
            VCardProperty::Adr => {
                let address = Address::of(entry);
                let pref = is_preferred(entry);
                if address.locality.is_some() {
                    if adr.as_ref().is_none_or(|(had_pref, _)| pref && !had_pref) {
                        adr = Some((pref, address));
                    }
                } else if unplaced.is_none() {
                    unplaced = address.full;
                }
            }
            VCardProperty::Bday if c.birthday.is_none() => match read_birthday(entry, body) {
                Ok(b) => c.birthday = Some(b),
                Err(value) => warn(WarningKind::NotADate, "BDAY", value, "not a date; the birthday is left empty"),
            },
            VCardProperty::Anniversary => {
                let raw = raw_value(body, "ANNIVERSARY").unwrap_or_default();
                push_unique(&mut extra, &format!("ANNIVERSARY: {raw}"));
            }
            VCardProperty::Related => {
                texts(entry).iter().for_each(|t| push_unique(&mut extra, &format!("RELATED: {t}")))
            }
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
            VCardProperty::Other(name) => read_extension(&mut c, name, entry, &mut extra, &mut warn),
            _ => {}
        }
    }
    if c.role.is_none() {
        c.role = fallback_role;
    }
    if let Some((_, address)) = adr {
        c.city = address.locality;
        // An address that is only the city says nothing more.
        c.address = address.full.filter(|full| Some(full) != c.city.as_ref());
        c.country = address.country;
    }
    if c.address.is_none() {
        c.address = unplaced;
    }
    if let Some(address) = c.rete_address.take() {
        // Its last line is the country when the address had one: the
        // region of the person's national numbers on the way back.
        if c.country.is_none() {
            c.country = address.lines().last().map(str::to_string).filter(|_| address.contains('\n'));
        }
        c.address = Some(address);
    }
    c.note = (!notes.is_empty()).then(|| notes.join("\n\n"));
    c.extras = extra;
    if c.is_empty() {
        return Err(RejectKind::NoIdentity);
    }
    Ok(c)
}

/// A postal address: the locality rete filters by, the country that
/// tells how to read the card's phone numbers, and the whole address in
/// lines as an envelope shows it.
struct Address {
    locality: Option<String>,
    country: Option<String>,
    full: Option<String>,
}

impl Address {
    fn of(entry: &VCardEntry) -> Self {
        // ADR: post office box; extended; street; locality; region; postal code; country.
        let part = |i: usize| component(entry, i);
        let street = [part(0), part(1), part(2)].into_iter().flatten().collect::<Vec<_>>().join("\n");
        let town = [part(5), part(3), part(4)].into_iter().flatten().collect::<Vec<_>>().join(" ");
        let full = [street, town, part(6).unwrap_or_default()]
            .into_iter()
            .filter(|s| !s.trim().is_empty())
            .collect::<Vec<_>>()
            .join("\n");
        Address { locality: part(3), country: part(6), full: non_empty(Some(&full)) }
    }
}

/// Social profiles from before RFC 9554, Apple's and Evolution's
/// anniversaries and related names, and rete's own properties.
fn read_extension(
    c: &mut ImportedContact,
    name: &str,
    entry: &VCardEntry,
    extra: &mut Vec<String>,
    warn: &mut impl FnMut(WarningKind, &str, String, &str),
) {
    let name = name.to_ascii_uppercase();
    match name.as_str() {
        "X-SOCIALPROFILE" => texts(entry).iter().for_each(|u| push_unique(&mut c.links, u)),
        "X-ANNIVERSARY" | "X-EVOLUTION-ANNIVERSARY" | "X-MS-ANNIVERSARY" => {
            texts(entry).iter().for_each(|t| push_unique(extra, &format!("ANNIVERSARY: {t}")))
        }
        "X-SPOUSE"
        | "X-EVOLUTION-SPOUSE"
        | "X-MS-SPOUSE"
        | "X-ASSISTANT"
        | "X-EVOLUTION-ASSISTANT"
        | "X-MANAGER"
        | "X-EVOLUTION-MANAGER" => {
            let label = name.trim_start_matches("X-").trim_start_matches("EVOLUTION-").trim_start_matches("MS-");
            texts(entry).iter().for_each(|t| push_unique(extra, &format!("RELATED: {t} ({})", label.to_lowercase())))
        }
        X_MET_AT => set_once(&mut c.met_at, first_text(entry)),
        X_ADDRESS => c.rete_address = first_text(entry),
        X_MET_ON => {
            if let Some(text) = first_text(entry) {
                match NaiveDate::parse_from_str(&text, "%Y-%m-%d") {
                    Ok(date) => c.met_on = Some(date),
                    Err(_) => {
                        warn(WarningKind::NotADate, X_MET_ON, text, "not a date (expected YYYY-MM-DD); left empty")
                    }
                }
            }
        }
        X_TIER => {
            if let Some(text) = first_text(entry) {
                match text.parse::<Tier>() {
                    Ok(tier) => c.tier = Some(tier),
                    Err(e) => {
                        warn(WarningKind::NotRead, X_TIER, text, &format!("{e}; the contact goes in the network tier"))
                    }
                }
            }
        }
        _ => {}
    }
}

/// A card's birthday, or the value that is not a date. A year equal to
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
                Some(from_text(&raw).ok_or(raw))
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

/// A value as the card wrote it, for a warning.
fn describe(value: &VCardValue) -> String {
    match value {
        VCardValue::Text(t) => t.clone(),
        VCardValue::PartialDateTime(dt) => format!(
            "{}-{}-{}",
            dt.year.map_or("?".into(), |y| y.to_string()),
            dt.month.map_or("?".into(), |m| m.to_string()),
            dt.day.map_or("?".into(), |d| d.to_string())
        ),
        _ => String::new(),
    }
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
