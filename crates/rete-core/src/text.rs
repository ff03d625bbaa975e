//! Text folding: lower case, accents dropped, so that `niccolo` finds
//! `Niccolò` in search on every backend, and `perché` and `perche` are one
//! word in matching. One definition for both, the one MATCHING.md fixes.

use unicode_general_category::{get_general_category, GeneralCategory as Gc};
use unicode_normalization::UnicodeNormalization;

/// Full Unicode lower-casing, NFKD, then general category M dropped.
pub fn fold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    text.to_lowercase().nfkd().filter(|&c| !is_mark(c)).collect()
}

/// General category M (Mn, Mc, Me): the marks folding drops.
pub fn is_mark(c: char) -> bool {
    matches!(get_general_category(c), Gc::NonspacingMark | Gc::SpacingMark | Gc::EnclosingMark)
}

/// The folded words of a text, split on anything that is not a letter or a
/// digit; what the search index stores and what a query is cut into.
pub fn search_terms(text: &str) -> Vec<String> {
    fold(text).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_string).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_and_case() {
        assert_eq!(fold("Niccolò Forlì PERCHÉ"), "niccolo forli perche");
        assert_eq!(search_terms("D'Angelo, Müller-Lüdenscheidt"), vec!["d", "angelo", "muller", "ludenscheidt"]);
    }
}
