//! Control characters out of imported text. A wrongly decoded file (or a
//! phone that pads fields with NULs) leaves C0 and C1 controls inside
//! names: invisible in a terminal, they break sorting, search and every
//! export. Names and companies keep printable text only; notes and
//! addresses keep their line breaks and tabs.

/// `text` without control characters; line breaks become spaces.
pub(crate) fn clean_line(text: String) -> String {
    if !text.chars().any(char::is_control) {
        return text;
    }
    let spaced: String = text.chars().map(|c| if matches!(c, '\n' | '\r' | '\t') { ' ' } else { c }).collect();
    spaced.chars().filter(|c| !c.is_control()).collect()
}

/// `text` without control characters but line breaks and tabs.
pub(crate) fn clean_block(text: String) -> String {
    if !text.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\t')) {
        return text;
    }
    text.replace("\r\n", "\n").chars().filter(|&c| !c.is_control() || matches!(c, '\n' | '\t')).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn c0_and_c1_controls_go() {
        assert_eq!(clean_line("Jos\u{0}e\u{85} Ma\u{9a}rtin\ttwo".into()), "Jose Martin two");
        assert_eq!(clean_line("plain".into()), "plain");
        assert_eq!(clean_block("a\r\nb\u{7}\u{9f}\tc".into()), "a\nb\tc");
    }
}
