//! The text rules of MATCHING.md steps 1-4, one edge case at a time.

use rete_match::text::{fold, is_word_char, tokens, TextPipeline};
use rete_match::Lang;

fn terms(s: &str, lang: Lang) -> Vec<String> {
    TextPipeline::new().terms(s, lang)
}

#[test]
fn accents_fold_away() {
    assert_eq!(fold("Perché"), "perche");
    assert_eq!(fold("PERCHÉ"), "perche");
    // Already decomposed input (e + combining acute) folds the same way.
    assert_eq!(fold("perche\u{301}"), "perche");
    assert_eq!(terms("realtà aumentata", Lang::It), terms("realta aumentata", Lang::It));
    // "perché" is an Italian stop word once folded, like the list's entry.
    assert_eq!(terms("perché lavorare", Lang::It), terms("lavorare", Lang::It));
}

#[test]
fn full_unicode_lowercase_and_compatibility_forms() {
    assert_eq!(fold("İstanbul"), "istanbul"); // dotted capital I, dot dropped
    assert_eq!(fold("ﬁnanza"), "finanza"); // ligature
    assert_eq!(fold("Ⓐⓑ"), "ab"); // circled letters decompose to letters
    assert_eq!(tokens(&fold("ＷＥＢ")).collect::<Vec<_>>(), ["web"]); // fullwidth
}

#[test]
fn negative_circled_and_squared_letters_split() {
    // Rust's is_alphanumeric accepts these; category L/N does not.
    for c in ['\u{1F150}', '\u{1F169}', '\u{1F170}', '\u{1F189}'] {
        assert!(c.is_alphanumeric(), "{c:?} is alphabetic for Rust");
        assert!(!is_word_char(c), "{c:?} must split");
        let s = format!("ab{c}cd");
        assert_eq!(tokens(&fold(&s)).collect::<Vec<_>>(), ["ab", "cd"]);
    }
    assert!(is_word_char('7') && is_word_char('ß') && is_word_char('Ⅻ'));
}

#[test]
fn apostrophes_underscores_and_punctuation_split() {
    assert_eq!(tokens("dell'azienda foo_bar c++/web").collect::<Vec<_>>(), ["dell", "azienda", "foo", "bar", "web"]);
    // "dell" is an Italian stop word; the noun stays.
    assert_eq!(terms("dell'azienda", Lang::It), terms("azienda", Lang::It));
    // English "don't" is listed with its apostrophe, so it never matches a
    // token: "don" stays, "t" is too short.
    assert_eq!(terms("don't stop", Lang::En), ["don", "stop"]);
}

#[test]
fn short_tokens_and_stop_words_drop() {
    assert_eq!(terms("a b c x web", Lang::En), ["web"]);
    assert_eq!(terms("the web and the app", Lang::En), ["web", "app"]);
    assert_eq!(terms("il sito e la app", Lang::It), ["sit", "app"]);
    // "è" folds to "e": one character, dropped.
    assert!(terms("è", Lang::It).is_empty());
    // Numbers are words: ISO 9001 keeps both tokens.
    assert_eq!(terms("ISO 9001", Lang::En), ["iso", "9001"]);
}

#[test]
fn stems_are_snowball_2_2() {
    // Snowball 3 stems "international" as "internat"; 2.2 as "intern".
    assert_eq!(terms("international", Lang::En), ["intern"]);
    assert_eq!(terms("websites", Lang::En), ["websit"]);
    assert_eq!(terms("sviluppo siti web", Lang::It), ["svilupp", "sit", "web"]);
    // Repeats are kept: they are the term frequency.
    assert_eq!(terms("web web", Lang::En), ["web", "web"]);
}

#[test]
fn sourced_terms_give_the_written_words() {
    // "perché" is a stop word and goes; "no" is not one and stays.
    let t = TextPipeline::new().sourced_terms("Realtà Aumentata, perché no", Lang::It);
    let words: Vec<&str> = t.iter().map(|s| s.word.as_str()).collect();
    assert_eq!(words, ["Realtà", "Aumentata", "no"]);
    assert_eq!(t[0].stem, "realt");
}
