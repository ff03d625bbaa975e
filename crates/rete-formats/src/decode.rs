//! Bytes to text. Exports come as UTF-8 with or without a byte-order
//! mark, older Google exports as UTF-16 (with a mark, or without one from
//! some Windows tools), Apple Address Book and Excel write the legacy
//! code page of the machine. UTF-8 is taken as it is; UTF-16 is
//! recognised by its NUL bytes; anything else is given to `chardetng`
//! (Firefox's detector) and the encoding it picks is reported, so the
//! user knows what was assumed.

use crate::error::{FormatError, NotFormat};
use encoding_rs::Encoding;
use std::borrow::Cow;

/// A decoded file and, when the bytes declared nothing and were not
/// UTF-8, the encoding that was assumed.
#[derive(Debug)]
pub(crate) struct Decoded<'a> {
    pub text: Cow<'a, str>,
    pub assumed: Option<&'static Encoding>,
}

/// Decodes a file: a byte-order mark wins, then UTF-16 recognised by its
/// NULs, then UTF-8, then the legacy encoding the detector finds.
pub(crate) fn text(bytes: &[u8]) -> Result<Decoded<'_>, FormatError> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let body = &bytes[bom_len..];
        if encoding == encoding_rs::UTF_8 {
            return Ok(Decoded { text: utf8_or_legacy(body).0, assumed: utf8_or_legacy(body).1 });
        }
        return utf16(encoding, body).map(|text| Decoded { text: Cow::Owned(text), assumed: None });
    }
    if let Some(encoding) = bomless_utf16(bytes) {
        return utf16(encoding, bytes).map(|text| Decoded { text: Cow::Owned(text), assumed: Some(encoding) });
    }
    let (text, assumed) = utf8_or_legacy(bytes);
    Ok(Decoded { text, assumed })
}

/// UTF-8 borrowed as it is, else the whole file in the detected legacy
/// encoding.
fn utf8_or_legacy(bytes: &[u8]) -> (Cow<'_, str>, Option<&'static Encoding>) {
    match std::str::from_utf8(bytes) {
        Ok(text) => (Cow::Borrowed(text), None),
        Err(_) => {
            let encoding = detect(bytes);
            let (text, _) = encoding.decode_without_bom_handling(bytes);
            (Cow::Owned(text.into_owned()), Some(encoding))
        }
    }
}

/// The legacy encoding `bytes` are most likely in. Never UTF-8: callers
/// ask only once the bytes failed as UTF-8.
pub(crate) fn detect(bytes: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    detector.guess(None, false)
}

fn utf16(encoding: &'static Encoding, body: &[u8]) -> Result<String, FormatError> {
    let (text, had_errors) = encoding.decode_without_bom_handling(body);
    if had_errors {
        let line = text.split('\n').position(|l| l.contains('\u{FFFD}')).map_or(1, |i| i + 1);
        return Err(FormatError::InvalidText { line, encoding: encoding.name() });
    }
    Ok(text.into_owned())
}

/// UTF-16 without a byte-order mark: text of Latin letters in UTF-16 has
/// a NUL in every other byte, on the odd bytes for little-endian and on
/// the even ones for big-endian; no 8-bit text has that.
fn bomless_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 8 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd = sample.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    let mostly = |n: usize| n * 10 >= pairs * 6;
    let rarely = |n: usize| n * 10 <= pairs;
    if mostly(odd) && rarely(even) {
        Some(encoding_rs::UTF_16LE)
    } else if mostly(even) && rarely(odd) {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

/// Refuses files that are plainly something else (a PDF, a ZIP archive,
/// an image) before decoding, so the user reads "this is a PDF" rather
/// than a complaint about line 2.
pub(crate) fn refuse_binary(format: &'static str, bytes: &[u8]) -> Result<(), FormatError> {
    let what = if bytes.starts_with(b"%PDF") {
        NotFormat::Pdf
    } else if bytes.starts_with(b"PK\x03\x04") {
        NotFormat::Zip
    } else if bytes.starts_with(b"\x89PNG") || bytes.starts_with(b"\xFF\xD8\xFF") || bytes.starts_with(b"GIF8") {
        NotFormat::Image
    } else if Encoding::for_bom(bytes).is_none()
        && bomless_utf16(bytes).is_none()
        && bytes.iter().take(4096).any(|&b| b == 0)
    {
        NotFormat::Binary
    } else {
        return Ok(());
    };
    Err(FormatError::NotThisFormat { format, line: 1, reason: what })
}

/// A name for an encoding in a report: the WHATWG name, with the
/// ISO-8859-1 that people know for the Windows code page that replaces it.
pub fn describe(encoding: &'static Encoding) -> String {
    if encoding == encoding_rs::WINDOWS_1252 {
        "windows-1252 (ISO-8859-1)".to_string()
    } else {
        encoding.name().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16le(s: &str) -> Vec<u8> {
        s.encode_utf16().flat_map(u16::to_le_bytes).collect()
    }

    #[test]
    fn boms_are_dropped_and_utf16_decoded() {
        assert_eq!(text(b"\xEF\xBB\xBFabc").unwrap().text, "abc");
        let mut le = vec![0xFF, 0xFE];
        le.extend(utf16le("Niccolò,x\n"));
        assert_eq!(text(&le).unwrap().text, "Niccolò,x\n");
        let mut be = vec![0xFE, 0xFF];
        for u in "é".encode_utf16() {
            be.extend(u.to_be_bytes());
        }
        assert_eq!(text(&be).unwrap().text, "é");
    }

    #[test]
    fn utf16_without_a_mark_is_recognised() {
        let le = utf16le("BEGIN:VCARD\r\nFN:Niccolò\r\nEND:VCARD\r\n");
        let d = text(&le).unwrap();
        assert_eq!(d.text, "BEGIN:VCARD\r\nFN:Niccolò\r\nEND:VCARD\r\n");
        assert_eq!(d.assumed, Some(encoding_rs::UTF_16LE));
        assert!(refuse_binary("vCard", &le).is_ok());
        let be: Vec<u8> = "First Name,Last Name\n".encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(text(&be).unwrap().text, "First Name,Last Name\n");
    }

    #[test]
    fn legacy_text_is_detected_and_reported() {
        let d = text(b"FN:Jos\xE9 Garc\xEDa\nN:Garc\xEDa;Jos\xE9\nNOTE:caf\xE9 cr\xE8me\n").unwrap();
        assert!(d.text.contains("José García"), "{}", d.text);
        assert_eq!(d.assumed, Some(encoding_rs::WINDOWS_1252));
        assert_eq!(describe(encoding_rs::WINDOWS_1252), "windows-1252 (ISO-8859-1)");
        assert_eq!(text("già".as_bytes()).unwrap().assumed, None);
    }

    #[test]
    fn binary_files_are_named() {
        let err = refuse_binary("vCard", b"%PDF-1.4\n%\xE2\xE3").unwrap_err();
        assert_eq!(err.to_string(), "line 1: not a vCard file: it is a PDF document");
        assert!(refuse_binary("CSV", b"PK\x03\x04rest").unwrap_err().to_string().contains("ZIP"));
        assert!(refuse_binary("CSV", b"a,b\0c").is_err());
        assert!(refuse_binary("CSV", b"First Name,Last Name\n").is_ok());
    }
}
