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

/// Terminal escape sequences out of `text`: CSI (`ESC [ … m`, colours and
/// cursor moves), OSC (`ESC ] … BEL`, titles and links) and two-character
/// escapes. Names arriving in imported files or typed text must not
/// recolour, move or retitle the terminal that lists them.
fn without_escapes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\u{1b}' && c != '\u{9b}' {
            out.push(c);
            continue;
        }
        match if c == '\u{9b}' { Some('[') } else { chars.next() } {
            // CSI: parameters and intermediates up to a final byte @ to ~.
            Some('[') => {
                for d in chars.by_ref() {
                    if ('@'..='~').contains(&d) {
                        break;
                    }
                }
            }
            // OSC, DCS and the like: up to BEL or ESC \.
            Some(']' | 'P' | '^' | '_') => {
                while let Some(d) = chars.next() {
                    if d == '\u{7}' {
                        break;
                    }
                    if d == '\u{1b}' {
                        chars.next_if_eq(&'\\');
                        break;
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// `text` as one printable line: terminal escapes and control characters
/// removed, line breaks and tabs turned into spaces. For names, companies
/// and every one-line field, whoever wrote them (a person, an import).
pub fn clean_line(text: String) -> String {
    if !text.chars().any(char::is_control) {
        return text;
    }
    let text = without_escapes(&text);
    let spaced: String = text.chars().map(|c| if matches!(c, '\n' | '\r' | '\t') { ' ' } else { c }).collect();
    spaced.chars().filter(|c| !c.is_control()).collect()
}

/// `text` without terminal escapes and control characters but its line
/// breaks and tabs: for notes and addresses.
pub fn clean_block(text: String) -> String {
    if !text.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\t')) {
        return text;
    }
    let text = without_escapes(&text.replace("\r\n", "\n"));
    text.chars().filter(|&c| !c.is_control() || matches!(c, '\n' | '\t')).collect()
}

#[cfg(test)]
mod control_tests {
    use super::*;

    #[test]
    fn c0_and_c1_controls_go() {
        assert_eq!(clean_line("Jos\u{0}e\u{85} Ma\u{9a}rtin\ttwo".into()), "Jose Martin two");
        assert_eq!(clean_line("plain".into()), "plain");
        assert_eq!(clean_block("a\r\nb\u{7}\u{9f}\tc".into()), "a\nb\tc");
    }

    #[test]
    fn terminal_escapes_go_whole() {
        assert_eq!(clean_line("Evil \u{1b}[31mRed\u{1b}[0m Name".into()), "Evil Red Name");
        assert_eq!(clean_line("\u{1b}]0;pwned\u{7}Anna".into()), "Anna");
        assert_eq!(clean_line("\u{1b}]8;;http://x\u{1b}\\link\u{1b}]8;;\u{1b}\\".into()), "link");
        assert_eq!(clean_block("note\n\u{1b}[2Jcleared".into()), "note\ncleared");
    }
}
