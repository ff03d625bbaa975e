//! The sentences of explanations in Italian and English, written in
//! Fluent (`locales/{en,it}.ftl`) like every other text of rete, so that
//! rewording or adding a language is an edit there and nowhere else.

use crate::profile::Lang;
use rete_i18n::FluentArgs;

/// A message of an explanation.
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
    /// How to call a member known only by id (`$name` is the id).
    Member,
    /// Between two others: `$name` offers what `$other` seeks.
    Gives,
    /// Between two others: interests they share.
    BothShare,
    /// Between two others: nothing matches yet.
    NothingBetween,
}

impl Msg {
    fn id(self) -> &'static str {
        match self {
            Msg::TheyOffer => "match-they_offer",
            Msg::YouOffer => "match-you_offer",
            Msg::Shared => "match-shared",
            Msg::Nothing => "match-nothing",
            Msg::Member => "match-member",
            Msg::Gives => "match-gives",
            Msg::BothShare => "match-both_share",
            Msg::NothingBetween => "match-nothing_between",
        }
    }
}

/// `msg` in `lang` about `name` (and `other`, between two others).
pub(crate) fn fill(msg: Msg, lang: Lang, name: &str, other: &str, items: &[&str]) -> String {
    let mut args = FluentArgs::new();
    args.set("name", name.to_owned());
    args.set("other", other.to_owned());
    args.set("items", list(items, lang));
    crate::RETE_I18N_CATALOG.text(lang.code(), msg.id(), Some(&args)).into_owned()
}

/// `a`, `a e b`, `a, b e c`.
pub fn list(items: &[&str], lang: Lang) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => {
            let and = crate::RETE_I18N_CATALOG.text(lang.code(), "match-and", None);
            format!("{}{and}{last}", init.join(", "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_and_members_read_in_each_language() {
        assert_eq!(list(&["a", "b", "c"], Lang::It), "a, b e c");
        assert_eq!(list(&["a", "b"], Lang::En), "a and b");
        assert_eq!(fill(Msg::Member, Lang::It, "7", "", &[]), "il membro 7");
        assert_eq!(
            fill(Msg::Gives, Lang::En, "Anna", "Bruno", &["web sites"]),
            "Anna offers web sites, which Bruno is looking for"
        );
    }
}
