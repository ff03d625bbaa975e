//! Which kind of file this is, from its content, for `rete import FILE`
//! without a kind: people rarely know that "contacts.csv" came from
//! Outlook rather than Google. A vCard starts with `BEGIN:VCARD`, rete's
//! backup is a JSON object naming its format, and a CSV is told by its
//! header, looked for as each importer looks for it.

use crate::decode;
use crate::error::FormatError;
use crate::{google, linkedin, outlook};

/// What a file was taken for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Vcard,
    Linkedin,
    Google,
    Outlook,
    /// rete's own JSON backup (`rete export json`).
    JsonBackup,
}

impl Kind {
    /// The name the CLI uses for the kind (`rete import <name>`).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Vcard => "vcard",
            Kind::Linkedin => "linkedin",
            Kind::Google => "google",
            Kind::Outlook => "outlook",
            Kind::JsonBackup => "json",
        }
    }
}

/// What the guess looked for, for the message of a file it cannot place.
pub const LOOKED_FOR: &str = "a vCard (BEGIN:VCARD), a rete JSON backup, or a CSV header of LinkedIn \
    (First Name, Last Name, Company, Position, Connected On), Google (First Name, Last Name with Labels, \
    E-mail 1 - Value or Phone 1 - Value) or Outlook (First Name, Last Name, E-mail Address; Nome, Cognome, \
    Indirizzo posta elettronica)";

/// The kind of `bytes`, or why it is none rete reads.
pub fn guess(bytes: &[u8]) -> Result<Kind, FormatError> {
    decode::refuse_binary("contacts", bytes)?;
    let decoded = decode::text(bytes)?;
    let text = decoded.text.trim_start_matches('\u{feff}');
    let start = text.trim_start();
    if start.starts_with('{') && start.contains("\"people\"") {
        return Ok(Kind::JsonBackup);
    }
    let head: String = start.chars().take(4096).collect::<String>().to_ascii_uppercase();
    if head.starts_with("BEGIN:VCARD") || head.contains("\nBEGIN:VCARD") {
        return Ok(Kind::Vcard);
    }
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
    for record in reader.records().take(20) {
        let Ok(record) = record else { break };
        let names: Vec<&str> = record.iter().map(str::trim).collect();
        let has = |headers: &[&[&str]]| {
            headers.iter().any(|cols| cols.iter().all(|c| names.iter().any(|n| n.eq_ignore_ascii_case(c))))
        };
        if has(&[linkedin::REQUIRED]) {
            return Ok(Kind::Linkedin);
        }
        if has(outlook::HEADERS) {
            return Ok(Kind::Outlook);
        }
        if has(google::HEADERS) {
            return Ok(Kind::Google);
        }
    }
    Err(FormatError::Unrecognised { looked_for: LOOKED_FOR })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_by_its_content() {
        assert_eq!(guess(b"\r\nbegin:vcard\r\nVERSION:3.0\r\nFN:A\r\nEND:VCARD\r\n").unwrap(), Kind::Vcard);
        assert_eq!(guess(br#"{"format": "rete", "version": 1, "people": []}"#).unwrap(), Kind::JsonBackup);
        let linkedin = b"Notes:\n\"x\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n";
        assert_eq!(guess(linkedin).unwrap(), Kind::Linkedin);
        assert_eq!(guess(b"First Name,Middle Name,Last Name,E-mail 1 - Value\n").unwrap(), Kind::Google);
        assert_eq!(guess(b"Nome,Cognome,Indirizzo posta elettronica,Societ\xE0\n").unwrap(), Kind::Outlook);
        let err = guess(b"a,b,c\n1,2,3\n").unwrap_err();
        assert!(err.to_string().contains("BEGIN:VCARD") && err.to_string().contains("Connected On"), "{err}");
    }
}
