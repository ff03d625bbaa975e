//! Member profiles as the matching engine sees them, and the JSON Lines
//! reader of MATCHING.md. The reader validates everything before anything is
//! scored, so a bad file fails early with the line to fix.

use std::collections::HashMap;
use std::io::BufRead;

use serde::{Deserialize, Deserializer};
use serde_json::Value;

use crate::error::MatchError;

/// The language of a profile: it picks the stemmer and the stop words of its
/// text, and the language an explanation is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Italian (`"it"`).
    It,
    /// English (`"en"`).
    En,
}

impl Lang {
    /// Both languages, in a fixed order for per-language tables.
    pub const ALL: [Lang; 2] = [Lang::It, Lang::En];

    /// The code used in profile files (`it`, `en`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::It => "it",
            Lang::En => "en",
        }
    }

    /// Parses a profile-file code; `None` for anything but `it` and `en`.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "it" => Some(Lang::It),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Position in [`Lang::ALL`], to index per-language tables.
    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

/// One member's public profile: only the fields the score reads.
///
/// Other keys of the JSON object (`name`, `city`, ...) are ignored, and a
/// missing or `null` list is an empty one, as MATCHING.md says.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Profile {
    /// Unique member id.
    pub id: u64,
    /// Language of the text fields.
    pub lang: Lang,
    /// What this member can give.
    #[serde(default, deserialize_with = "null_as_empty")]
    pub offers: Vec<String>,
    /// What this member is looking for.
    #[serde(default, deserialize_with = "null_as_empty")]
    pub seeks: Vec<String>,
    /// Personal and professional interests.
    #[serde(default, deserialize_with = "null_as_empty")]
    pub interests: Vec<String>,
}

/// `null` means "nothing", like a missing key (the reference reads
/// `p.get("offers") or []`).
fn null_as_empty<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    Ok(Option::<Vec<String>>::deserialize(d)?.unwrap_or_default())
}

/// A line as parsed before validation, so `id` and `lang` errors can say
/// what was found instead of a generic type error.
#[derive(Deserialize)]
struct RawProfile {
    id: Option<Value>,
    lang: Option<Value>,
    #[serde(default, deserialize_with = "null_as_empty")]
    offers: Vec<String>,
    #[serde(default, deserialize_with = "null_as_empty")]
    seeks: Vec<String>,
    #[serde(default, deserialize_with = "null_as_empty")]
    interests: Vec<String>,
}

/// Reads profiles as JSON Lines (blank lines skipped), checking every line.
///
/// Errors name the 1-based line: malformed JSON or wrongly typed lists,
/// missing or non-integer `id`, a repeated `id`, a `lang` other than `it`
/// or `en`, invalid UTF-8. The first error in line order is the one
/// reported.
///
/// The input is read a block of about 16 MiB at a time, whose lines are
/// parsed on every core (JSON parsing is most of the reading of a large
/// file); memory stays bounded by the block whatever the file's size.
pub fn read_profiles(mut r: impl BufRead) -> Result<Vec<Profile>, MatchError> {
    const BLOCK: usize = 16 << 20;
    let threads = std::thread::available_parallelism().map_or(1, |t| t.get());
    let mut out = Vec::new();
    let mut first_line: HashMap<u64, usize> = HashMap::new();
    let mut block: Vec<u8> = Vec::new();
    // The 1-based line the next block starts on.
    let mut line = 1usize;
    loop {
        block.clear();
        // Whole lines up to about BLOCK bytes.
        while block.len() < BLOCK {
            match r.read_until(b'\n', &mut block) {
                Ok(0) => break,
                Ok(_) => {}
                Err(source) => return Err(MatchError::Io { line: line + count_lines(&block), source }),
            }
        }
        if block.is_empty() {
            break;
        }
        for (parsed, error) in parse_block(&block, line, threads) {
            for (at, profile) in parsed {
                if let Some(&first) = first_line.get(&profile.id) {
                    return Err(MatchError::DuplicateIdAt { line: at, id: profile.id, first });
                }
                first_line.insert(profile.id, at);
                out.push(profile);
            }
            if let Some(e) = error {
                return Err(e);
            }
        }
        line += count_lines(&block);
    }
    Ok(out)
}

/// Lines ended in `text` (a last line without a newline is not counted).
fn count_lines(text: &[u8]) -> usize {
    text.iter().filter(|&&b| b == b'\n').count()
}

/// The profiles of a block of whole lines starting on line `line`, parsed
/// in up to `threads` parts: each part's profiles (with their lines) up to
/// its first error, and that error.
type Parsed = (Vec<(usize, Profile)>, Option<MatchError>);

fn parse_block(block: &[u8], line: usize, threads: usize) -> Vec<Parsed> {
    // Parts of at least 1 MiB: a thread costs more than a small file.
    let parts = threads.min(block.len() / (1 << 20) + 1).max(1);
    let mut bounds = vec![0];
    for p in 1..parts {
        let guess = block.len() * p / parts;
        let end = block[guess..].iter().position(|&b| b == b'\n').map_or(block.len(), |i| guess + i + 1);
        if end > bounds[bounds.len() - 1] {
            bounds.push(end);
        }
    }
    bounds.push(block.len());
    let mut jobs = Vec::new();
    let mut at = line;
    for w in bounds.windows(2) {
        let part = &block[w[0]..w[1]];
        jobs.push((part, at));
        at += count_lines(part);
    }
    if jobs.len() == 1 {
        return jobs.into_iter().map(|(part, at)| parse_part(part, at)).collect();
    }
    std::thread::scope(|s| {
        let handles: Vec<_> = jobs.into_iter().map(|(part, at)| s.spawn(move || parse_part(part, at))).collect();
        // Parsing panics only on a bug: pass the panic on.
        handles.into_iter().map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))).collect()
    })
}

fn parse_part(part: &[u8], first: usize) -> Parsed {
    let mut out = Vec::new();
    for (i, bytes) in part.split_inclusive(|&b| b == b'\n').enumerate() {
        let line = first + i;
        match parse_line(bytes, line) {
            Ok(Some(profile)) => out.push((line, profile)),
            Ok(None) => {}
            Err(e) => return (out, Some(e)),
        }
    }
    (out, None)
}

/// One line's profile; `None` for a blank line.
fn parse_line(bytes: &[u8], line: usize) -> Result<Option<Profile>, MatchError> {
    let text = std::str::from_utf8(bytes).map_err(|_| MatchError::Io {
        line,
        source: std::io::Error::new(std::io::ErrorKind::InvalidData, "stream did not contain valid UTF-8"),
    })?;
    if text.trim().is_empty() {
        return Ok(None);
    }
    let raw: RawProfile = serde_json::from_str(text).map_err(|source| MatchError::Json { line, source })?;
    let id = match raw.id {
        None => return Err(MatchError::MissingId { line }),
        Some(v) => v.as_u64().ok_or_else(|| MatchError::InvalidId { line, found: v.to_string() })?,
    };
    let lang = raw.lang.as_ref().and_then(Value::as_str).and_then(Lang::from_code).ok_or_else(|| {
        MatchError::UnknownLang { line, found: raw.lang.as_ref().map_or("null".into(), Value::to_string) }
    })?;
    Ok(Some(Profile { id, lang, offers: raw.offers, seeks: raw.seeks, interests: raw.interests }))
}
