//! Text to terms, steps 1-4 of MATCHING.md: fold (lower-case, NFKD, drop
//! combining marks), split on everything that is not a letter or a number,
//! drop short tokens and stop words, stem with Snowball 2.2. Kept apart from
//! the engine so the exact rules can be tested one by one.

use std::collections::HashSet;
use std::fmt;
use std::ops::Range;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_general_category::{get_general_category, GeneralCategory as Gc};
use unicode_normalization::UnicodeNormalization;

use crate::profile::Lang;

/// The Snowball stop-word lists, shipped with the crate (BSD-3-Clause, see
/// `data/stopwords-LICENSE.txt`).
const STOPWORDS_IT: &str = include_str!("../data/stopwords-it.txt");
const STOPWORDS_EN: &str = include_str!("../data/stopwords-en.txt");

/// Step 1 (full Unicode lower-casing, NFKD, general category M dropped)
/// is rete-core's folding, the same that search uses.
pub use rete_core::text::{fold, is_mark};

/// Step 2's notion of a word character: general category L or N, like
/// Python's `\w` minus `_`. Unlike `char::is_alphanumeric`, the negative
/// circled and squared letters (U+1F150.., U+1F170..) are symbols here.
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    matches!(
        get_general_category(c),
        Gc::UppercaseLetter
            | Gc::LowercaseLetter
            | Gc::TitlecaseLetter
            | Gc::ModifierLetter
            | Gc::OtherLetter
            | Gc::DecimalNumber
            | Gc::LetterNumber
            | Gc::OtherNumber
    )
}

/// Steps 2-3 without stop words: the tokens of folded text that are at
/// least two code points long.
pub fn tokens(folded: &str) -> impl Iterator<Item = &str> {
    folded.split(|c: char| !is_word_char(c)).filter(|t| t.chars().nth(1).is_some())
}

/// Stop words and stemmers of both languages: everything needed to turn a
/// phrase into terms. Built once per engine; cheap to share between threads.
pub struct TextPipeline {
    stop: [HashSet<String>; 2],
    stemmers: [Stemmer; 2],
}

impl fmt::Debug for TextPipeline {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TextPipeline")
            .field("stop_it", &self.stop[Lang::It.index()].len())
            .field("stop_en", &self.stop[Lang::En.index()].len())
            .finish_non_exhaustive()
    }
}

impl Default for TextPipeline {
    fn default() -> Self {
        Self::new()
    }
}

/// A term of a phrase together with where it came from, for explanations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourcedTerm {
    /// The stem: the term the score compares.
    pub stem: String,
    /// The word as the person wrote it (byte range into the phrase), or
    /// the folded token when the two cannot be lined up.
    pub word: String,
}

impl TextPipeline {
    /// Loads the embedded stop-word lists (folded, as step 3 says).
    pub fn new() -> Self {
        let load = |list: &str| list.split_whitespace().map(fold).collect::<HashSet<_>>();
        TextPipeline {
            stop: [load(STOPWORDS_IT), load(STOPWORDS_EN)],
            stemmers: [Stemmer::create(Algorithm::Italian), Stemmer::create(Algorithm::English)],
        }
    }

    /// Whether a folded token is a stop word of `lang`.
    pub fn is_stop_word(&self, token: &str, lang: Lang) -> bool {
        self.stop[lang.index()].contains(token)
    }

    /// The terms (stems) of one phrase, in order, repeats kept (they are the
    /// term frequency).
    pub fn terms(&self, phrase: &str, lang: Lang) -> Vec<String> {
        let folded = fold(phrase);
        tokens(&folded)
            .filter(|t| !self.is_stop_word(t, lang))
            .map(|t| self.stemmers[lang.index()].stem(t).into_owned())
            .collect()
    }

    /// Like [`TextPipeline::terms`], each term with the word it came from
    /// as written, for explanations. Slower; not used for scoring.
    pub fn sourced_terms(&self, phrase: &str, lang: Lang) -> Vec<SourcedTerm> {
        let stems = self.terms(phrase, lang);
        let words: Vec<String> = match word_sources(phrase) {
            Some((folded, sources)) => tokens_with_ranges(&folded)
                .filter(|(t, _)| !self.is_stop_word(t, lang))
                .map(|(_, chars)| {
                    let start = sources[chars.start].start;
                    let end = sources[chars.end - 1].end;
                    phrase[start..end].to_string()
                })
                .collect(),
            None => Vec::new(),
        };
        let aligned = words.len() == stems.len();
        stems
            .into_iter()
            .enumerate()
            .map(|(i, stem)| SourcedTerm {
                word: match words.get(i) {
                    Some(w) if aligned => w.clone(),
                    _ => stem.clone(),
                },
                stem,
            })
            .collect()
    }
}

/// Folds character by character, remembering for each folded character the
/// byte range of the source character it came from. `None` when this does
/// not give the same text as [`fold`] (Greek final sigma is the case: it
/// depends on the next letter), so callers fall back to folded tokens.
fn word_sources(phrase: &str) -> Option<(Vec<char>, Vec<Range<usize>>)> {
    let mut folded = Vec::new();
    let mut sources = Vec::new();
    for (at, c) in phrase.char_indices() {
        let range = at..at + c.len_utf8();
        for lower in c.to_lowercase() {
            for d in std::iter::once(lower).nfkd().filter(|&d| !is_mark(d)) {
                folded.push(d);
                sources.push(range.clone());
            }
        }
    }
    (folded.iter().collect::<String>() == fold(phrase)).then_some((folded, sources))
}

/// Tokens of folded characters with their character ranges, with the same
/// rules as [`tokens`].
fn tokens_with_ranges(folded: &[char]) -> impl Iterator<Item = (String, Range<usize>)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || loop {
        while i < folded.len() && !is_word_char(folded[i]) {
            i += 1;
        }
        if i >= folded.len() {
            return None;
        }
        let start = i;
        while i < folded.len() && is_word_char(folded[i]) {
            i += 1;
        }
        if i - start >= 2 {
            return Some((folded[start..i].iter().collect(), start..i));
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_drops_accents_and_lowercases() {
        assert_eq!(fold("Perché"), "perche");
        assert_eq!(fold("ÀÉÎÕÜ"), "aeiou");
        assert_eq!(fold("ﬁne"), "fine"); // compatibility ligature
    }

    #[test]
    fn sourced_terms_keep_the_written_word() {
        let p = TextPipeline::new();
        let t = p.sourced_terms("Consulenza società", Lang::It);
        let words: Vec<&str> = t.iter().map(|s| s.word.as_str()).collect();
        assert_eq!(words, ["Consulenza", "società"]);
        assert_eq!(t[1].stem, p.terms("società", Lang::It)[0]);
    }
}
