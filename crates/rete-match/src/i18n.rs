//! The sentences of explanations in Italian and English, one table keyed by
//! message id, so adding a language or rewording is an edit here and
//! nowhere else.

use crate::profile::Lang;

/// A message of an explanation. Placeholders: `{name}` (the other member),
/// `{items}` (a list joined with [`Msg::And`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Msg {
    /// What the other member offers that you seek.
    TheyOffer,
    /// What you offer that the other member seeks.
    YouOffer,
    /// Interests you share.
    Shared,
    /// Nothing matches either way.
    Nothing,
    /// The word joining the last two items of a list.
    And,
    /// How to call a member known only by id (`{name}` is the id).
    Member,
    /// Between two others: `{name}` offers what `{other}` seeks.
    Gives,
    /// Between two others: interests they share.
    BothShare,
    /// Between two others: nothing matches yet.
    NothingBetween,
}

/// One row per message, in [`Msg`] order; one column per language, in
/// [`Lang::ALL`] order.
const TABLE: [(Msg, [&str; 2]); 9] = [
    (Msg::TheyOffer, ["{name} offre {items}, che cerchi", "{name} offers {items}, which you are looking for"]),
    (Msg::YouOffer, ["tu offri {items}, che cerca {name}", "you offer {items}, which {name} is looking for"]),
    (Msg::Shared, ["avete in comune {items}", "you share an interest in {items}"]),
    (Msg::Nothing, ["{name} e tu non avete ancora nulla in comune", "{name} and you have nothing in common yet"]),
    (Msg::And, [" e ", " and "]),
    (Msg::Member, ["il membro {name}", "member {name}"]),
    (Msg::Gives, ["{name} offre {items}, che cerca {other}", "{name} offers {items}, which {other} is looking for"]),
    (Msg::BothShare, ["hanno in comune {items}", "they share an interest in {items}"]),
    (
        Msg::NothingBetween,
        [
            "{name} e {other} non hanno ancora nulla in comune: un'occasione per scoprirsi",
            "{name} and {other} have nothing in common yet: a chance to discover each other",
        ],
    ),
];

/// The template of `msg` in `lang`.
pub(crate) fn text(msg: Msg, lang: Lang) -> &'static str {
    TABLE.iter().find(|(m, _)| *m == msg).map_or("", |(_, texts)| texts[lang.index()])
}

/// `msg` in `lang` with its placeholders filled.
pub(crate) fn fill(msg: Msg, lang: Lang, name: &str, items: &[&str]) -> String {
    text(msg, lang).replace("{items}", &list(items, lang)).replace("{name}", name)
}

/// `a`, `a e b`, `a, b e c`.
pub fn list(items: &[&str], lang: Lang) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{}{}{last}", init.join(", "), text(Msg::And, lang)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_has_both_languages() {
        for (i, (msg, texts)) in TABLE.iter().enumerate() {
            assert_eq!(*msg as usize, i, "TABLE is in Msg order");
            assert!(texts.iter().all(|t| !t.is_empty()));
        }
    }

    #[test]
    fn lists_join_with_the_language_conjunction() {
        assert_eq!(list(&["a", "b", "c"], Lang::It), "a, b e c");
        assert_eq!(list(&["a", "b"], Lang::En), "a and b");
        assert_eq!(fill(Msg::Member, Lang::It, "7", &[]), "il membro 7");
    }
}
