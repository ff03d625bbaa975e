//! Bytes to text. Exports come as UTF-8 with or without a byte-order
//! mark, and older Google exports as UTF-16; everything else must be
//! UTF-8, and when it is not the error names the line of the first bad
//! byte so the user can find it.

use crate::error::FormatError;
use std::borrow::Cow;

/// Decodes a file, honouring a UTF-8 or UTF-16 byte-order mark and
/// dropping it; without one, the bytes must be UTF-8.
pub(crate) fn text(bytes: &[u8]) -> Result<Cow<'_, str>, FormatError> {
    if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let body = &bytes[bom_len..];
        if encoding == encoding_rs::UTF_8 {
            return utf8(body).map(Cow::Borrowed);
        }
        let (text, had_errors) = encoding.decode_without_bom_handling(body);
        if had_errors {
            let line = text.split('\n').position(|l| l.contains('\u{FFFD}')).map_or(1, |i| i + 1);
            return Err(FormatError::InvalidUtf8 { line });
        }
        return Ok(Cow::Owned(text.into_owned()));
    }
    utf8(bytes).map(Cow::Borrowed)
}

/// Refuses files that are plainly something else (a PDF, a ZIP archive,
/// an image) before decoding, so the user reads "this is a PDF" rather
/// than a complaint about UTF-8 on line 2.
pub(crate) fn refuse_binary(format: &'static str, bytes: &[u8]) -> Result<(), FormatError> {
    let what = if bytes.starts_with(b"%PDF") {
        "it is a PDF document"
    } else if bytes.starts_with(b"PK\x03\x04") {
        "it is a ZIP archive; extract the export from it first"
    } else if bytes.starts_with(b"\x89PNG") || bytes.starts_with(b"\xFF\xD8\xFF") || bytes.starts_with(b"GIF8") {
        "it is an image"
    } else if encoding_rs::Encoding::for_bom(bytes).is_none() && bytes.iter().take(4096).any(|&b| b == 0) {
        "it holds binary data"
    } else {
        return Ok(());
    };
    Err(FormatError::NotThisFormat { format, line: 1, reason: what.to_string() })
}

fn utf8(bytes: &[u8]) -> Result<&str, FormatError> {
    std::str::from_utf8(bytes).map_err(|e| {
        let valid = &bytes[..e.valid_up_to()];
        let line = 1 + valid.iter().filter(|&&b| b == b'\n').count();
        FormatError::InvalidUtf8 { line }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boms_are_dropped_and_utf16_decoded() {
        assert_eq!(text(b"\xEF\xBB\xBFabc").unwrap(), "abc");
        let mut le = vec![0xFF, 0xFE];
        for u in "Niccolò,x\n".encode_utf16() {
            le.extend(u.to_le_bytes());
        }
        assert_eq!(text(&le).unwrap(), "Niccolò,x\n");
        let mut be = vec![0xFE, 0xFF];
        for u in "é".encode_utf16() {
            be.extend(u.to_be_bytes());
        }
        assert_eq!(text(&be).unwrap(), "é");
    }

    #[test]
    fn binary_files_are_named() {
        let err = refuse_binary("vCard", b"%PDF-1.4\n%\xE2\xE3").unwrap_err();
        assert_eq!(err.to_string(), "line 1: not a vCard file: it is a PDF document");
        assert!(refuse_binary("CSV", b"PK\x03\x04rest").unwrap_err().to_string().contains("ZIP"));
        assert!(refuse_binary("CSV", b"a,b\0c").is_err());
        assert!(refuse_binary("CSV", b"First Name,Last Name\n").is_ok());
    }

    #[test]
    fn invalid_utf8_names_its_line() {
        assert_eq!(text(b"ok\nok\nbad \xFF here\n").unwrap_err(), FormatError::InvalidUtf8 { line: 3 });
    }
}
