//! Reading a file to import without letting one absurd line take the
//! machine's memory: an address book's lines are short (a vCard folds at
//! 75 characters; a CSV row is a contact), so a line of megabytes is not
//! one, and is refused as soon as it is seen, before the rest is read.

use std::io::Read;

/// The longest line an import reads. Generous: an unfolded vCard photo
/// of a few megabytes still passes.
pub const MAX_LINE_BYTES: usize = 16 * 1024 * 1024;

/// Why a file was not read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error(transparent)]
    Io(#[from] std::io::Error),
    /// Line `line` (1-based) goes on for more than `limit` bytes.
    #[error("line {line} is longer than {limit} bytes")]
    LineTooLong { line: usize, limit: usize },
}

/// Everything `reader` holds, unless a line is longer than `limit` bytes;
/// memory stays bounded by the longest line allowed, whatever the file.
pub fn read_bounded(mut reader: impl Read, limit: usize) -> Result<Vec<u8>, ReadError> {
    let mut out = Vec::new();
    let mut chunk = vec![0u8; 64 * 1024];
    let (mut line, mut current) = (1usize, 0usize);
    loop {
        let n = match reader.read(&mut chunk) {
            Ok(0) => return Ok(out),
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e.into()),
        };
        for &b in &chunk[..n] {
            if b == b'\n' {
                line += 1;
                current = 0;
            } else {
                current += 1;
                if current > limit {
                    return Err(ReadError::LineTooLong { line, limit });
                }
            }
        }
        out.extend_from_slice(&chunk[..n]);
    }
}

/// [`read_bounded`] on a file, with [`MAX_LINE_BYTES`].
pub fn read_file(path: &std::path::Path) -> Result<Vec<u8>, ReadError> {
    read_bounded(std::fs::File::open(path)?, MAX_LINE_BYTES)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_line_is_refused_before_the_rest_is_read() {
        let mut text = b"BEGIN:VCARD\nFN:Anna\n".to_vec();
        text.extend(std::iter::repeat_n(b'x', 5000));
        text.extend_from_slice(b"\nEND:VCARD\n");
        match read_bounded(text.as_slice(), 4096) {
            Err(ReadError::LineTooLong { line: 3, limit: 4096 }) => {}
            other => panic!("{other:?}"),
        }
        assert_eq!(read_bounded(text.as_slice(), 5000).unwrap(), text);
    }

    #[test]
    fn a_huge_line_costs_no_more_than_the_limit() {
        // An endless reader of one line: refused after the limit, not read to the end.
        let endless = std::io::repeat(b'a');
        match read_bounded(endless, 1 << 20) {
            Err(ReadError::LineTooLong { line: 1, .. }) => {}
            other => panic!("{other:?}"),
        }
    }
}
