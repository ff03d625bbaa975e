//! Why two members match: the terms behind each direction of the give-give
//! score and behind shared interests, ordered by how much each contributes,
//! in the words the members wrote, and a sentence in Italian or English.

use std::fmt;

use crate::i18n::{fill, Msg};
use crate::index::{Entry, Index};
use crate::members::{Field, Members};
use crate::profile::Lang;
use crate::score::{give_give, score};

/// One term both sides named.
#[derive(Debug, Clone, PartialEq)]
pub struct Reason {
    /// The stem the score compares.
    pub term: String,
    /// The word as written (by the giver for an exchange, by the reader for
    /// an interest).
    pub word: String,
    /// The phrase that word comes from.
    pub phrase: String,
    /// Its part of the cosine: the product of the two TF-IDF weights.
    pub weight: f64,
}

/// The score of `a` and `b` taken apart, from `a`'s point of view.
#[derive(Debug, Clone, PartialEq)]
pub struct Explanation {
    /// The reader.
    pub a: u64,
    /// The member the reader is matched with.
    pub b: u64,
    /// Language of [`fmt::Display`].
    pub lang: Lang,
    /// The match score, exactly as the top-k lists it.
    pub score: f64,
    /// Harmonic mean of `s_ab` and `s_ba`.
    pub give_give: f64,
    /// How much `b` offers of what `a` seeks.
    pub s_ab: f64,
    /// How much `a` offers of what `b` seeks.
    pub s_ba: f64,
    /// Cosine of the two members' interests.
    pub shared: f64,
    /// What `b` offers that `a` seeks, largest contribution first.
    pub b_gives_a: Vec<Reason>,
    /// What `a` offers that `b` seeks, largest contribution first.
    pub a_gives_b: Vec<Reason>,
    /// Interests both have, largest contribution first.
    pub shared_interests: Vec<Reason>,
}

/// Phrases named in a sentence per part, so it stays readable.
const MAX_PHRASES: usize = 3;

impl Explanation {
    /// A sentence in `lang`, calling `b` `"member <id>"`.
    pub fn render(&self, lang: Lang) -> String {
        let name = fill(Msg::Member, lang, &self.b.to_string(), "", &[]);
        self.render_named(lang, &name)
    }

    /// A sentence in `lang`, calling `b` by `name` (e.g. "Marco offre
    /// sviluppo web, che cerchi; tu offri consulenza legale, che cerca
    /// Marco").
    pub fn render_named(&self, lang: Lang, name: &str) -> String {
        let mut sentence = capitalise(&self.parts_named(lang, name).join("; "));
        sentence.push('.');
        sentence
    }

    /// The reasons one by one, each a sentence: what `name` offers that
    /// you seek, what you offer that they seek, the interests you share
    /// (the parts [`Explanation::render_named`] joins).
    pub fn reasons_named(&self, lang: Lang, name: &str) -> Vec<String> {
        self.parts_named(lang, name).iter().map(|p| format!("{}.", capitalise(p))).collect()
    }

    fn parts_named(&self, lang: Lang, name: &str) -> Vec<String> {
        let mut parts = Vec::new();
        for (reasons, msg) in
            [(&self.b_gives_a, Msg::TheyOffer), (&self.a_gives_b, Msg::YouOffer), (&self.shared_interests, Msg::Shared)]
        {
            let phrases = phrases(reasons);
            if !phrases.is_empty() {
                parts.push(fill(msg, lang, name, "", &phrases));
            }
        }
        if parts.is_empty() {
            parts.push(fill(Msg::Nothing, lang, name, "", &[]));
        }
        parts
    }
}

impl Explanation {
    /// A sentence in `lang` about two other people, `a` called `a_name` and
    /// `b` called `b_name` (a pairing announcement: "Bruno offers tax advice,
    /// which Carla is looking for; ...").
    pub fn render_between(&self, lang: Lang, a_name: &str, b_name: &str) -> String {
        let mut parts = Vec::new();
        for (reasons, giver, taker) in [(&self.b_gives_a, b_name, a_name), (&self.a_gives_b, a_name, b_name)] {
            let phrases = phrases(reasons);
            if !phrases.is_empty() {
                parts.push(fill(Msg::Gives, lang, giver, taker, &phrases));
            }
        }
        let shared = phrases(&self.shared_interests);
        if !shared.is_empty() {
            parts.push(fill(Msg::BothShare, lang, a_name, "", &shared));
        }
        if parts.is_empty() {
            parts.push(fill(Msg::NothingBetween, lang, a_name, b_name, &[]));
        }
        let mut sentence = capitalise(&parts.join("; "));
        sentence.push('.');
        sentence
    }
}

impl fmt::Display for Explanation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(self.lang))
    }
}

/// The distinct phrases of `reasons`, in order, at most [`MAX_PHRASES`].
fn phrases(reasons: &[Reason]) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for r in reasons {
        if out.len() == MAX_PHRASES {
            break;
        }
        if !out.contains(&r.phrase.as_str()) {
            out.push(&r.phrase);
        }
    }
    out
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Terms of two rows in common, with the product of their weights, in
/// ascending term order.
fn common(x: &[Entry], y: &[Entry]) -> Vec<(u32, f32)> {
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while let (Some(p), Some(q)) = (x.get(i), y.get(j)) {
        match p.key.cmp(&q.key) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.push((p.key, p.w * q.w));
                i += 1;
                j += 1;
            }
        }
    }
    out
}

/// The cosine as the search sums it: f32, ascending terms.
fn cosine(products: &[(u32, f32)]) -> f64 {
    f64::from(products.iter().fold(0.0f32, |acc, &(_, p)| acc + p))
}

/// The score of slots `a` and `b`, bit for bit as the search computes it.
pub(crate) fn pair_score(index: &Index, a: usize, b: usize) -> f64 {
    let row = |slot: usize, field: Field| index.by_member[field as usize].row(slot);
    let s_ab = cosine(&common(row(a, Field::Seeks), row(b, Field::Offers)));
    let s_ba = cosine(&common(row(b, Field::Seeks), row(a, Field::Offers)));
    let sh = cosine(&common(row(a, Field::Interests), row(b, Field::Interests)));
    score(give_give(s_ab, s_ba), sh)
}

/// Builds the explanation of slots `a` and `b`.
pub(crate) fn explain(members: &Members, index: &Index, (a, b): (usize, usize), lang: Lang) -> Explanation {
    let row = |slot: usize, field: Field| index.by_member[field as usize].row(slot);
    let b_gives_a = common(row(a, Field::Seeks), row(b, Field::Offers));
    let a_gives_b = common(row(b, Field::Seeks), row(a, Field::Offers));
    let shared = common(row(a, Field::Interests), row(b, Field::Interests));
    let (s_ab, s_ba, sh) = (cosine(&b_gives_a), cosine(&a_gives_b), cosine(&shared));
    let gg = give_give(s_ab, s_ba);
    Explanation {
        a: index.ids[a],
        b: index.ids[b],
        lang,
        score: score(gg, sh),
        give_give: gg,
        s_ab,
        s_ba,
        shared: sh,
        b_gives_a: reasons(members, &b_gives_a, b, Field::Offers),
        a_gives_b: reasons(members, &a_gives_b, a, Field::Offers),
        shared_interests: reasons(members, &shared, a, Field::Interests),
    }
}

/// Turns `(term, weight)` pairs into reasons worded from `slot`'s `field`,
/// largest weight first.
fn reasons(members: &Members, products: &[(u32, f32)], slot: usize, field: Field) -> Vec<Reason> {
    let member = &members.members()[slot];
    let mut out: Vec<Reason> = products
        .iter()
        .filter_map(|&(term, weight)| {
            member.fields[field as usize].iter().find_map(|&pid| {
                let phrase = members.phrase(pid);
                let at = phrase.terms.iter().position(|&t| t == term)?;
                let sourced = members.pipeline().sourced_terms(&phrase.text, phrase.lang);
                let source = sourced.get(at)?;
                Some(Reason {
                    term: source.stem.clone(),
                    word: source.word.clone(),
                    phrase: phrase.text.to_string(),
                    weight: f64::from(weight),
                })
            })
        })
        .collect();
    out.sort_by(|x, y| y.weight.total_cmp(&x.weight).then_with(|| x.word.cmp(&y.word)));
    out
}
