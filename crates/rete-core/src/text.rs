//! Text folding for search: lower case, accents dropped, so that
//! `niccolo` finds `Niccolò` on every backend the same way.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Lower-cases, decomposes (NFKD) and drops combining marks.
pub fn fold(text: &str) -> String {
    text.to_lowercase().nfkd().filter(|c| !is_combining_mark(*c)).collect()
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
