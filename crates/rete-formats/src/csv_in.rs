//! Reading contact CSV exports by column name. Exports differ in column
//! order and count (Google writes as many `E-mail N` columns as the
//! busiest contact needs) and LinkedIn puts a `Notes:` preamble before the
//! header, so the header is searched for and every field is looked up by
//! its name, never its position.

use crate::contact::{RejectKind, Rejected};
use crate::decode;
use crate::error::FormatError;
use csv::StringRecord;

/// How many records may come before the header (LinkedIn's preamble is
/// three lines); past that the file is not the format asked for.
const MAX_PREAMBLE_RECORDS: usize = 20;

/// A CSV file with its header found.
pub(crate) struct Table {
    pub header: Header,
    pub rows: Vec<Row>,
    pub rejected: Vec<Rejected>,
    /// The encoding assumed for a file that was not UTF-8 and said nothing.
    pub encoding: Option<String>,
}

/// One data record and the line where it starts.
pub(crate) struct Row {
    pub line: usize,
    pub fields: StringRecord,
}

/// Decodes `bytes` and reads every record after the first one that holds
/// all of `required` (a header). One header in `alternatives` must match;
/// the error lists the first alternative's columns.
pub(crate) fn read(format: &'static str, bytes: &[u8], alternatives: &[&[&str]]) -> Result<Table, FormatError> {
    let mut rows = Vec::new();
    let (header, rejected, encoding) = read_each(format, bytes, alternatives, |_, row| rows.push(row))?;
    Ok(Table { header, rows, rejected, encoding: encoding.map(decode::describe) })
}

/// As [`read`], handing each row to `each` as soon as it is read (with
/// the header, to look columns up) instead of keeping them all: a large
/// export can then be planned while it is still being read. Returns the
/// header, the rows it rejected and the encoding assumed, if any.
pub(crate) fn read_each(
    format: &'static str,
    bytes: &[u8],
    alternatives: &[&[&str]],
    mut each: impl FnMut(&Header, Row),
) -> Result<(Header, Vec<Rejected>, Option<&'static encoding_rs::Encoding>), FormatError> {
    decode::refuse_binary(format, bytes)?;
    let decoded = decode::text(bytes)?;
    let text = decoded.text;
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut records = reader.records();
    let mut header: Option<Vec<String>> = None;
    for _ in 0..MAX_PREAMBLE_RECORDS {
        let Some(record) = records.next() else { break };
        let record = record.map_err(|e| csv_error(&e))?;
        let names: Vec<String> = record.iter().map(|f| f.trim().to_string()).collect();
        let has = |col: &&str| names.iter().any(|n| n.eq_ignore_ascii_case(col));
        if alternatives.iter().any(|req| req.iter().all(has)) {
            header = Some(names);
            break;
        }
    }
    let Some(header) = header else {
        let missing = alternatives.first().map_or(Vec::new(), |a| a.iter().map(|s| s.to_string()).collect());
        return Err(FormatError::MissingColumns { format, line: 1, missing });
    };
    let header = Header(header);
    let lines = LineIndex::new(&text);
    let mut rejected = Vec::new();
    for record in records {
        let fields = record.map_err(|e| csv_error(&e))?;
        let line = fields.position().map_or(0, |p| lines.line_at(p.byte() as usize));
        if fields.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if fields.len() != header.0.len() {
            rejected
                .push(Rejected::new(line, RejectKind::FieldCount { found: fields.len(), expected: header.0.len() }));
            continue;
        }
        each(&header, Row { line, fields });
    }
    Ok((header, rejected, decoded.assumed))
}

/// The header of a table: its column names, trimmed.
pub(crate) struct Header(Vec<String>);

impl Header {
    pub fn names(&self) -> &[String] {
        &self.0
    }

    /// The index of the column named `name` (trimmed, case-insensitive).
    pub fn column(&self, name: &str) -> Option<usize> {
        self.0.iter().position(|h| h.eq_ignore_ascii_case(name))
    }
}

/// Line numbers from byte offsets. The csv crate's own line count lags
/// one behind after a CR LF line end, and Windows exports use CR LF.
struct LineIndex<'t> {
    text: &'t str,
    newlines: Vec<usize>,
}

impl<'t> LineIndex<'t> {
    fn new(text: &'t str) -> Self {
        let newlines = text.bytes().enumerate().filter(|&(_, b)| b == b'\n').map(|(i, _)| i).collect();
        LineIndex { text, newlines }
    }

    /// The 1-based line of the record starting at `byte`, skipping the
    /// line end the reader may not have consumed yet.
    fn line_at(&self, byte: usize) -> usize {
        let rest = self.text.as_bytes().get(byte..).unwrap_or_default();
        let skip = rest.iter().take_while(|&&b| b == b'\r' || b == b'\n').count();
        let start = byte + skip;
        1 + self.newlines.partition_point(|&nl| nl < start)
    }
}

fn csv_error(e: &csv::Error) -> FormatError {
    let line = e.position().map_or(1, |p| p.line() as usize);
    FormatError::Csv { line, message: e.to_string() }
}

/// Splits a Google multi-value cell (`a@x.it ::: b@y.it`).
pub(crate) fn split_multi(cell: &str) -> impl Iterator<Item = &str> {
    cell.split(":::").map(str::trim).filter(|s| !s.is_empty())
}
