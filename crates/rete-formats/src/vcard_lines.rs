//! A vCard's bytes made into the clean UTF-8 text calcard reads, one
//! property at a time, because real files mix what the standards keep
//! apart: a 2.1 card from a Japanese phone holds Shift-JIS bytes under
//! `CHARSET=SHIFT_JIS`, a Polish one ISO-8859-2 in quoted-printable,
//! Evolution writes the bare `;QUOTED-PRINTABLE` form without
//! `ENCODING=`, and Apple Address Book exports whole 3.0 files in
//! ISO-8859-1 with only some cards accented. Here every value is decoded
//! from its transfer encoding and its declared charset (else the file's),
//! and written back without those parameters; a value that does not
//! decode is dropped with a warning instead of being stored as mojibake.

use crate::contact::{Warning, WarningKind};
use crate::decode;
use encoding_rs::Encoding;

/// Properties rete reads nothing from: their (often huge, base64) values
/// are left out before calcard parses the card.
const SKIPPED: &[&str] = &["PHOTO", "LOGO", "SOUND", "KEY"];

/// The file as text, with the encoding assumed for bytes that declared
/// none and were not UTF-8, and a warning for every value whose declared
/// charset did not decode it.
pub(crate) struct FileText {
    pub text: String,
    pub assumed: Option<&'static Encoding>,
    pub warnings: Vec<Warning>,
}

/// Decodes a whole file line by line: UTF-8 lines stay as they are, a
/// line declaring `CHARSET=` has its value decoded with it, any other
/// line is read in the encoding detected for the file.
pub(crate) fn file_text(bytes: &[u8]) -> FileText {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Ok(text) = std::str::from_utf8(bytes) {
        return FileText { text: text.to_string(), assumed: None, warnings: Vec::new() };
    }
    let fallback = decode::detect(bytes);
    let mut used_fallback = false;
    let mut warnings = Vec::new();
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 8);
    // The charset of the property a folded continuation line belongs to.
    let mut current: Option<&'static Encoding> = None;
    for (index, raw) in bytes.split_inclusive(|&b| b == b'\n').enumerate() {
        let continuation = raw.first().is_some_and(|&b| b == b' ' || b == b'\t');
        if !continuation {
            current = None;
        }
        if let Ok(line) = std::str::from_utf8(raw) {
            text.push_str(line);
            continue;
        }
        let split = if continuation { Some(0) } else { value_start(raw) };
        let declared = if continuation { current } else { split.and_then(|at| charset_of(&raw[..at])) };
        if !continuation {
            current = declared;
        }
        match (split, declared) {
            (Some(at), Some(encoding)) => {
                text.push_str(&String::from_utf8_lossy(&raw[..at]));
                let (value, had_errors) = encoding.decode_without_bom_handling(&raw[at..]);
                if had_errors {
                    let field = String::from_utf8_lossy(&raw[..at.saturating_sub(1)]).into_owned();
                    warnings.push(Warning {
                        line: index + 1,
                        kind: WarningKind::NotDecoded,
                        field: property_name(&field),
                        value: shown_bytes(&raw[at..]),
                        message: format!("not valid {} text; left out", encoding.name()),
                    });
                    text.push_str(if raw.ends_with(b"\n") { "\n" } else { "" });
                } else {
                    text.push_str(&value);
                }
            }
            _ => {
                used_fallback = true;
                text.push_str(&fallback.decode_without_bom_handling(raw).0);
            }
        }
    }
    FileText { text, assumed: used_fallback.then_some(fallback), warnings }
}

/// One card's text ready for calcard, and what was left out of it.
pub(crate) struct CardText {
    pub text: String,
    pub warnings: Vec<Warning>,
}

/// Rewrites one card (`first_line` is its line in the file): folded and
/// soft-broken lines joined, quoted-printable and base64 values decoded
/// with their charset, nested `AGENT` cards left out with a warning.
pub(crate) fn card_text(card: &str, first_line: usize) -> CardText {
    let mut out = CardText { text: String::with_capacity(card.len()), warnings: Vec::new() };
    let lines: Vec<&str> = card.lines().collect();
    let mut i = 0;
    let mut depth = 0usize;
    while i < lines.len() {
        let line_no = first_line + i;
        let line = lines[i];
        // A nested card, as 2.1's AGENT holds it: skipped to its end.
        if depth > 0 || (i > 0 && line.trim().eq_ignore_ascii_case("BEGIN:VCARD")) {
            if line.trim().eq_ignore_ascii_case("BEGIN:VCARD") {
                depth += 1;
            } else if line.trim().eq_ignore_ascii_case("END:VCARD") {
                depth -= 1;
            } else if let Some(name) = line.strip_prefix("FN:").or_else(|| line.strip_prefix("fn:")) {
                if let Some(w) = out.warnings.last_mut().filter(|w| w.field == "AGENT") {
                    w.value = name.trim().to_string();
                }
            }
            i += 1;
            continue;
        }
        let Some(at) = value_start(line.as_bytes()) else {
            if !line.trim().is_empty() {
                out.text.push_str(line);
                out.text.push_str("\r\n");
            }
            i += 1;
            continue;
        };
        let head = &line[..at - 1];
        let params = Params::read(head);
        // Folded continuation lines, and quoted-printable soft breaks.
        let mut value = line[at..].to_string();
        let mut next = i + 1;
        while let Some(more) = lines.get(next) {
            if params.quoted_printable && value.ends_with('=') {
                value.pop();
                value.push_str(more.trim_start());
            } else if more.starts_with([' ', '\t']) && !more.trim().eq_ignore_ascii_case("BEGIN:VCARD") {
                value.push_str(if params.quoted_printable { more.trim_start() } else { &more[1..] });
            } else {
                break;
            }
            next += 1;
        }
        i = next;
        if SKIPPED.iter().any(|s| params.name.eq_ignore_ascii_case(s)) {
            continue;
        }
        if params.name.eq_ignore_ascii_case("AGENT") {
            let nested = lines.get(i).is_some_and(|l| l.trim().eq_ignore_ascii_case("BEGIN:VCARD"));
            out.warnings.push(Warning {
                line: line_no,
                kind: WarningKind::NestedCard,
                field: "AGENT".into(),
                value: if nested { String::new() } else { value.trim().to_string() },
                message: if nested {
                    "a card nested inside this one (an assistant or agent) is not imported; the card itself is".into()
                } else {
                    "the agent is not imported; the card itself is".into()
                },
            });
            continue;
        }
        if !params.needs_rewrite() {
            out.text.push_str(head);
            out.text.push(':');
            out.text.push_str(&value);
            out.text.push_str("\r\n");
            continue;
        }
        let bytes = if params.quoted_printable {
            quoted_printable(&value)
        } else if params.base64 {
            match base64(&value) {
                Some(b) => b,
                None => {
                    out.warnings.push(warning(line_no, &params, &value, "not valid base64; left out"));
                    continue;
                }
            }
        } else {
            value.clone().into_bytes()
        };
        // Values were already turned to UTF-8 when the file was read,
        // unless a transfer encoding hid their bytes until now.
        let encoding = if params.quoted_printable || params.base64 {
            params.charset.unwrap_or(encoding_rs::UTF_8)
        } else {
            encoding_rs::UTF_8
        };
        let decoded = match decode_value(&bytes, encoding) {
            Some(text) => text,
            None => {
                let message = format!("not valid {} text; left out", encoding.name());
                out.warnings.push(warning(line_no, &params, &shown_bytes(&bytes), &message));
                continue;
            }
        };
        if let Some(label) = &params.unknown_charset {
            out.warnings.push(warning(line_no, &params, label, "unknown charset; read as UTF-8"));
        }
        out.text.push_str(&params.rewritten_head());
        out.text.push(':');
        out.text.push_str(&decoded.replace("\r\n", "\\n").replace(['\n', '\r'], "\\n"));
        out.text.push_str("\r\n");
    }
    out
}

/// `bytes` as text in `encoding`; with UTF-8 declared but not written (an
/// old phone's Latin-1), the detected legacy encoding is tried before
/// giving up.
fn decode_value(bytes: &[u8], encoding: &'static Encoding) -> Option<String> {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    if !had_errors {
        return Some(text.into_owned());
    }
    None
}

fn warning(line: usize, params: &Params, value: &str, message: &str) -> Warning {
    Warning {
        line,
        kind: WarningKind::NotDecoded,
        field: params.name.to_ascii_uppercase(),
        value: value.to_string(),
        message: message.to_string(),
    }
}

/// The name of a property from its head (`item1.N;CHARSET=x` is `N`).
fn property_name(head: &str) -> String {
    let name = head.split(';').next().unwrap_or(head);
    name.rsplit('.').next().unwrap_or(name).trim().to_ascii_uppercase()
}

/// Undecodable bytes as a user can read them in a report: ASCII kept,
/// the rest as `\xNN`.
fn shown_bytes(bytes: &[u8]) -> String {
    let mut out = String::new();
    for &b in bytes.iter().take(60) {
        match b {
            b'\r' | b'\n' => {}
            0x20..=0x7E => out.push(char::from(b)),
            _ => out.push_str(&format!("\\x{b:02X}")),
        }
    }
    out
}

/// Where a property's value starts: after the first colon outside
/// double quotes; `None` for a line without one.
fn value_start(line: &[u8]) -> Option<usize> {
    let mut quoted = false;
    for (i, &b) in line.iter().enumerate() {
        match b {
            b'"' => quoted = !quoted,
            b':' if !quoted => return Some(i + 1),
            _ => {}
        }
    }
    None
}

/// The encoding a property head declares with `CHARSET=`.
fn charset_of(head: &[u8]) -> Option<&'static Encoding> {
    let head = String::from_utf8_lossy(head);
    Params::read(head.trim_end_matches(':')).charset
}

/// What a property head says about its value.
struct Params<'a> {
    /// `item1.N` keeps its group.
    group_and_name: &'a str,
    name: &'a str,
    /// The parameters that stay, as written.
    kept: Vec<&'a str>,
    quoted_printable: bool,
    base64: bool,
    charset: Option<&'static Encoding>,
    /// A `CHARSET=` no decoder knows.
    unknown_charset: Option<String>,
    /// `CHARSET=` or `ENCODING=` was present and must go.
    dropped_any: bool,
}

impl<'a> Params<'a> {
    fn read(head: &'a str) -> Self {
        let mut parts = head.split(';');
        let group_and_name = parts.next().unwrap_or(head).trim();
        let name = group_and_name.rsplit('.').next().unwrap_or(group_and_name);
        let mut p = Params {
            group_and_name,
            name,
            kept: Vec::new(),
            quoted_printable: false,
            base64: false,
            charset: None,
            unknown_charset: None,
            dropped_any: false,
        };
        for param in parts {
            let (key, value) = param.split_once('=').unwrap_or(("", param));
            let key = key.trim();
            let value = value.trim().trim_matches('"');
            let is = |k: &str| key.eq_ignore_ascii_case(k);
            let bare = key.is_empty();
            if (bare || is("ENCODING")) && value.eq_ignore_ascii_case("QUOTED-PRINTABLE") {
                p.quoted_printable = true;
            } else if (bare || is("ENCODING"))
                && (value.eq_ignore_ascii_case("BASE64") || value.eq_ignore_ascii_case("b"))
            {
                p.base64 = true;
            } else if (bare || is("ENCODING"))
                && (value.eq_ignore_ascii_case("8BIT") || value.eq_ignore_ascii_case("7BIT"))
            {
            } else if is("CHARSET") {
                match Encoding::for_label(value.as_bytes()) {
                    Some(e) => p.charset = Some(e),
                    None => p.unknown_charset = Some(value.to_string()),
                }
            } else {
                p.kept.push(param);
                continue;
            }
            p.dropped_any = true;
        }
        p
    }

    fn needs_rewrite(&self) -> bool {
        self.dropped_any
    }

    fn rewritten_head(&self) -> String {
        let mut head = self.group_and_name.to_string();
        for k in &self.kept {
            head.push(';');
            head.push_str(k);
        }
        head
    }
}

/// Quoted-printable to bytes; a malformed escape is kept as written.
fn quoted_printable(value: &str) -> Vec<u8> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'=' {
            let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
            if let Some(v) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(v);
                i += 3;
                continue;
            }
            if i + 1 == bytes.len() {
                break; // a soft break at the end of the card
            }
        }
        out.push(b);
        i += 1;
    }
    out
}

/// Standard base64, whitespace ignored.
fn base64(value: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(value.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in value.bytes().filter(|b| !b.is_ascii_whitespace()) {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            b'=' => break,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push(u8::try_from((acc >> bits) & 0xFF).ok()?);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_printable_and_base64_decode() {
        assert_eq!(quoted_printable("Caf=C3=A9 =3D ok"), "Café = ok".as_bytes());
        assert_eq!(quoted_printable("=C3="), b"\xC3");
        assert_eq!(quoted_printable("=ZZ"), b"=ZZ");
        assert_eq!(base64("Q2Fmw6k=").as_deref(), Some("Café".as_bytes()));
        assert_eq!(base64("not*base64"), None);
    }

    #[test]
    fn bare_and_declared_parameters_are_decoded_and_dropped() {
        let card = "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=ISO-8859-2;QUOTED-PRINTABLE:=A3ukasz;=AF=F3=B3w\r\n\
                    TEL;CELL;8BIT:+48 600 100 200\r\nNOTE;ENCODING=QUOTED-PRINTABLE:a=0D=0A=\r\nb\r\nEND:VCARD\r\n";
        let out = card_text(card, 1);
        assert!(out.text.contains("\r\nN:Łukasz;Żółw\r\n"), "{}", out.text);
        assert!(out.text.contains("\r\nTEL;CELL:+48 600 100 200\r\n"), "{}", out.text);
        assert!(out.text.contains("\r\nNOTE:a\\nb\r\n"), "{}", out.text);
        assert!(out.warnings.is_empty());
    }

    #[test]
    fn undecodable_values_are_warnings() {
        let card = "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=FF=FE\r\nEND:VCARD\r\n";
        let out = card_text(card, 10);
        assert!(!out.text.contains("FN"), "{}", out.text);
        assert_eq!(out.warnings.len(), 1);
        assert_eq!((out.warnings[0].line, out.warnings[0].field.as_str()), (12, "FN"));
        assert_eq!(out.warnings[0].value, "\\xFF\\xFE");
    }

    #[test]
    fn eight_bit_lines_use_their_charset_or_the_files() {
        let mut bytes = b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=SHIFT_JIS:".to_vec();
        bytes.extend(encoding_rs::SHIFT_JIS.encode("山田太郎").0.iter());
        bytes.extend(b"\r\nEND:VCARD\r\n");
        let file = file_text(&bytes);
        assert!(file.text.contains("FN;CHARSET=SHIFT_JIS:山田太郎\r\n"), "{}", file.text);
        assert!(file.warnings.is_empty());
        let latin = file_text(b"FN:Jos\xE9 Mar\xEDa Garc\xEDa Pe\xF1a\r\n");
        assert_eq!(latin.text, "FN:José María García Peña\r\n");
        assert_eq!(latin.assumed, Some(encoding_rs::WINDOWS_1252));
    }
}
