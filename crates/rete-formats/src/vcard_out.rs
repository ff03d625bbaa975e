//! vCard export, 4.0 by default and 3.0 for Google Contacts and older
//! phones. Everything rete knows about a person that vCard can say goes
//! in standard properties; what it cannot (how we met, the tier) goes in
//! `X-RETE-*` properties, so that exporting and importing into an empty
//! database gives the same people back.

use crate::vcard_in::{X_ADDRESS, X_MET_AT, X_MET_ON, X_TIER};
use rete_core::{Birthday, Person, Tier};
use std::io::{self, Write};

/// Which vCard to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum VCardVersion {
    /// RFC 6350, what current address books read.
    #[default]
    V4,
    /// RFC 2426, for Google Contacts and older phones.
    V3,
}

/// Writes one card per person, with CRLF line ends and lines folded at
/// 75 octets as both RFCs require.
pub fn write<W: Write>(people: &[Person], version: VCardVersion, w: &mut W) -> io::Result<()> {
    for person in people {
        let mut card = Card { out: Vec::new() };
        card.line("BEGIN:VCARD");
        card.line(match version {
            VCardVersion::V4 => "VERSION:4.0",
            VCardVersion::V3 => "VERSION:3.0",
        });
        card.line(&format!("FN:{}", escape(&person.name)));
        let (given, family) = names(person);
        card.line(&format!("N:{};{};;;", escape(family), escape(given)));
        if let Some(nickname) = &person.nickname {
            card.line(&format!("NICKNAME:{}", escape(nickname)));
        }
        if person.company.is_some() || person.department.is_some() {
            let company = person.company.as_deref().unwrap_or("");
            let org = match &person.department {
                Some(dept) => format!("{};{}", escape(company), escape(dept)),
                None => escape(company),
            };
            card.line(&format!("ORG:{org}"));
        }
        if let Some(role) = &person.role {
            card.line(&format!("TITLE:{}", escape(role)));
        }
        for email in &person.emails {
            card.line(&match version {
                VCardVersion::V4 => format!("EMAIL:{}", escape(email)),
                VCardVersion::V3 => format!("EMAIL;TYPE=INTERNET:{}", escape(email)),
            });
        }
        for phone in &person.phones {
            card.line(&format!("TEL:{}", escape(phone)));
        }
        if let Some(city) = &person.city {
            card.line(&format!("ADR:;;;{};;;", escape(city)));
        }
        // The whole address as rete holds it (lines, not ADR's parts),
        // which rete's importer reads back.
        if let Some(address) = &person.address {
            card.line(&format!("{X_ADDRESS}:{}", escape(address)));
        }
        if let Some(b) = person.birthday {
            card.line(&birthday_line(b, version));
        }
        if let Some(notes) = &person.notes {
            card.line(&format!("NOTE:{}", escape(notes)));
        }
        if !person.tags.is_empty() {
            let tags: Vec<String> = person.tags.iter().map(|t| escape(t)).collect();
            card.line(&format!("CATEGORIES:{}", tags.join(",")));
        }
        for link in &person.links {
            card.line(&format!("URL:{}", link.replace(['\r', '\n'], "")));
        }
        if let Some(met_on) = person.met_on {
            card.line(&format!("{X_MET_ON}:{}", met_on.format("%Y-%m-%d")));
        }
        if let Some(met_at) = &person.met_at {
            card.line(&format!("{X_MET_AT}:{}", escape(met_at)));
        }
        if person.tier != Tier::Network {
            card.line(&format!("{X_TIER}:{}", person.tier));
        }
        card.line("END:VCARD");
        w.write_all(&card.out)?;
    }
    Ok(())
}

/// 4.0 writes `--MMDD` for a birthday without a year; 3.0 has no such
/// form, so it uses Apple's convention (placeholder year 1604 flagged by
/// `X-APPLE-OMIT-YEAR`), which Apple and Google address books and rete's
/// own importer understand.
fn birthday_line(b: Birthday, version: VCardVersion) -> String {
    match (version, b.year) {
        (VCardVersion::V4, Some(y)) => format!("BDAY:{y:04}{:02}{:02}", b.month, b.day),
        (VCardVersion::V4, None) => format!("BDAY:--{:02}{:02}", b.month, b.day),
        (VCardVersion::V3, Some(y)) => format!("BDAY:{y:04}-{:02}-{:02}", b.month, b.day),
        (VCardVersion::V3, None) => format!("BDAY;X-APPLE-OMIT-YEAR=1604:1604-{:02}-{:02}", b.month, b.day),
    }
}

/// Given and family name for `N`, which 3.0 requires: as the address
/// book or the user gave them, else split from the display name.
fn names(person: &Person) -> (&str, &str) {
    if person.given_name.is_some() || person.family_name.is_some() {
        return (person.given_name.as_deref().unwrap_or(""), person.family_name.as_deref().unwrap_or(""));
    }
    split_name(&person.name)
}

/// The last word is taken as the family name, as most Western address
/// books do; only for people whose parts nobody gave.
pub(crate) fn split_name(name: &str) -> (&str, &str) {
    match name.trim().rsplit_once(' ') {
        Some((given, family)) => (given.trim(), family),
        None => ("", name.trim()),
    }
}

/// Escapes a text value (RFC 6350 §3.4).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// A card being written, folding long lines.
struct Card {
    out: Vec<u8>,
}

impl Card {
    /// Writes a content line folded at 75 octets, never inside a UTF-8
    /// character; continuation lines start with one space.
    fn line(&mut self, content: &str) {
        let mut width = 0;
        for c in content.chars() {
            let len = c.len_utf8();
            if width + len > 75 {
                self.out.extend_from_slice(b"\r\n ");
                width = 1;
            }
            let mut buf = [0u8; 4];
            self.out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            width += len;
        }
        self.out.extend_from_slice(b"\r\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rete_core::{PersonData, PersonId};

    fn card(data: PersonData, version: VCardVersion) -> String {
        let mut out = Vec::new();
        write(&[Person { id: PersonId(1), data }], version, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn lines_are_folded_within_75_octets_and_escaped() {
        let mut p = PersonData::named("Niccolò Rossi");
        p.notes = Some(format!("{}; a, b\nè", "à".repeat(60)));
        let text = card(p, VCardVersion::V4);
        assert!(text.contains("FN:Niccolò Rossi\r\n"));
        assert!(text.contains("N:Rossi;Niccolò;;;\r\n"));
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "{line:?} is {} octets", line.len());
        }
        let unfolded = text.replace("\r\n ", "");
        assert!(unfolded.contains(&format!("NOTE:{}\\; a\\, b\\nè\r\n", "à".repeat(60))), "{unfolded}");
    }

    #[test]
    fn given_and_family_names_are_written_as_they_came() {
        let mut p = PersonData::named("Mustermann, Heiko");
        assert!(card(p.clone(), VCardVersion::V4).contains("N:Heiko;Mustermann\\,;;;\r\n"), "derived when none");
        p.given_name = Some("Heiko".into());
        p.family_name = Some("Mustermann".into());
        p.nickname = Some("Hei".into());
        let text = card(p, VCardVersion::V4);
        assert!(text.contains("N:Mustermann;Heiko;;;\r\n"), "{text}");
        assert!(text.contains("NICKNAME:Hei\r\n"), "{text}");
    }

    #[test]
    fn year_less_birthdays_per_version() {
        let mut p = PersonData::named("A");
        p.birthday = Birthday::from_parts(None, 3, 9);
        assert!(card(p.clone(), VCardVersion::V4).contains("BDAY:--0309\r\n"));
        assert!(card(p.clone(), VCardVersion::V3).contains("BDAY;X-APPLE-OMIT-YEAR=1604:1604-03-09\r\n"));
        p.birthday = Birthday::from_parts(Some(1980), 3, 9);
        assert!(card(p.clone(), VCardVersion::V4).contains("BDAY:19800309\r\n"));
        assert!(card(p, VCardVersion::V3).contains("BDAY:1980-03-09\r\n"));
    }
}
