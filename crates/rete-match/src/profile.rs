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
/// or `en`.
pub fn read_profiles(mut r: impl BufRead) -> Result<Vec<Profile>, MatchError> {
    let mut out = Vec::new();
    let mut first_line: HashMap<u64, usize> = HashMap::new();
    let mut buf = String::new();
    let mut line = 0usize;
    loop {
        buf.clear();
        line += 1;
        let read = r.read_line(&mut buf).map_err(|source| MatchError::Io { line, source })?;
        if read == 0 {
            break;
        }
        if buf.trim().is_empty() {
            continue;
        }
        let raw: RawProfile = serde_json::from_str(&buf).map_err(|source| MatchError::Json { line, source })?;
        let id = match raw.id {
            None => return Err(MatchError::MissingId { line }),
            Some(v) => v.as_u64().ok_or_else(|| MatchError::InvalidId { line, found: v.to_string() })?,
        };
        let lang = raw.lang.as_ref().and_then(Value::as_str).and_then(Lang::from_code).ok_or_else(|| {
            MatchError::UnknownLang { line, found: raw.lang.as_ref().map_or("null".into(), Value::to_string) }
        })?;
        if let Some(&first) = first_line.get(&id) {
            return Err(MatchError::DuplicateIdAt { line, id, first });
        }
        first_line.insert(id, line);
        out.push(Profile { id, lang, offers: raw.offers, seeks: raw.seeks, interests: raw.interests });
    }
    Ok(out)
}
