//! Why a whole file could not be read. A file that is not the format the
//! user named fails as a whole, with the line where it went wrong; a single
//! bad record inside a good file is a [`crate::Rejected`] row instead, so
//! one broken card does not block a thousand good ones.

/// The names of the formats, as a [`FormatError`] carries them: front ends
/// match on these to say "not a vCard file" in the reader's language.
pub mod format {
    pub const VCARD: &str = "vCard";
    pub const LINKEDIN: &str = "LinkedIn connections";
    pub const GOOGLE: &str = "Google Contacts CSV";
    pub const OUTLOOK: &str = "Outlook CSV";
}

/// A file that cannot be imported at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormatError {
    /// Bytes that are not text in the encoding the file declares (a
    /// UTF-16 byte-order mark over odd bytes).
    #[error("line {line}: the file is not valid {encoding} text")]
    InvalidText { line: usize, encoding: &'static str },
    /// Text that is not the format at all (a PDF given as a vCard).
    #[error("line {line}: not a {format} file: {reason}")]
    NotThisFormat { format: &'static str, line: usize, reason: NotFormat },
    /// A CSV whose header lacks the columns the format needs.
    #[error("line {line}: not a {format} file: no header with the columns {}", .missing.join(", "))]
    MissingColumns { format: &'static str, line: usize, missing: Vec<String> },
    /// A file given without a kind that is none of the kinds rete reads.
    #[error("not a file rete can import: looked for {looked_for}")]
    Unrecognised { looked_for: &'static str },
    /// The CSV reader gave up (an unterminated quote at the end of the file).
    #[error("line {line}: {message}")]
    Csv { line: usize, message: String },
}

/// Why a file is not the format it was given as, for front ends that say
/// it in the user's language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NotFormat {
    #[error("it is a PDF document")]
    Pdf,
    #[error("it is a ZIP archive; extract the export from it first")]
    Zip,
    #[error("it is an image")]
    Image,
    #[error("it holds binary data")]
    Binary,
    #[error("no BEGIN:VCARD found")]
    NoCard,
    /// The first line that is not blank, cut to 40 characters.
    #[error("expected BEGIN:VCARD, found '{0}'")]
    NotACard(String),
}
