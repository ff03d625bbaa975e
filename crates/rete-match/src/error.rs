//! The one error type of the crate, so callers (the CLI, the web layer) can
//! tell bad input apart from a query about a member who is not there.

use std::io;

/// Everything that can go wrong while reading profiles or using an engine.
///
/// Input errors carry the 1-based line number so the person fixing the file
/// knows where to look.
#[derive(Debug, thiserror::Error)]
pub enum MatchError {
    /// The input could not be read at all.
    #[error("line {line}: cannot read input: {source}")]
    Io {
        /// Line being read when the error happened.
        line: usize,
        /// The underlying I/O error.
        source: io::Error,
    },
    /// A line is not valid JSON, or a field has the wrong type.
    #[error("line {line}: malformed profile: {source}")]
    Json {
        /// Line of the input.
        line: usize,
        /// serde_json's description of the problem.
        source: serde_json::Error,
    },
    /// A line has no `id`.
    #[error("line {line}: missing \"id\"")]
    MissingId {
        /// Line of the input.
        line: usize,
    },
    /// `id` is not an unsigned integer.
    #[error("line {line}: \"id\" must be an unsigned integer, found {found}")]
    InvalidId {
        /// Line of the input.
        line: usize,
        /// The offending value, as JSON.
        found: String,
    },
    /// Two lines have the same `id`.
    #[error("line {line}: duplicate id {id} (first on line {first})")]
    DuplicateIdAt {
        /// Line of the second occurrence.
        line: usize,
        /// The repeated id.
        id: u64,
        /// Line of the first occurrence.
        first: usize,
    },
    /// `lang` is missing or is neither `it` nor `en`.
    #[error("line {line}: \"lang\" must be \"it\" or \"en\", found {found}")]
    UnknownLang {
        /// Line of the input.
        line: usize,
        /// The offending value, as JSON (`null` when missing).
        found: String,
    },
    /// Two profiles given to [`crate::Engine::build`] share an id.
    #[error("duplicate profile id {0}")]
    DuplicateId(u64),
    /// A query or explanation named a profile the engine does not hold.
    #[error("unknown profile id {0}")]
    UnknownId(u64),
    /// More profiles than the engine's 32-bit slots can address.
    #[error("too many profiles: {0} (at most {max})", max = u32::MAX)]
    TooManyProfiles(usize),
}
