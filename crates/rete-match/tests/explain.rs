//! Explanations: the right terms in each direction, in the members' own
//! words, ordered by contribution, consistent with the score, and rendered
//! as a sentence in Italian and English.

// Test helpers may panic: a broken fixture should fail the test loudly.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use rete_match::{Engine, Lang, Profile};

fn profile(id: u64, lang: Lang, offers: &[&str], seeks: &[&str], interests: &[&str]) -> Profile {
    let own = |v: &[&str]| v.iter().map(|s| s.to_string()).collect();
    Profile { id, lang, offers: own(offers), seeks: own(seeks), interests: own(interests) }
}

fn community() -> Engine {
    Engine::build(vec![
        profile(1, Lang::It, &["Consulenza legale"], &["Sviluppo siti web"], &["Vela", "Opera lirica"]),
        profile(2, Lang::It, &["Sviluppo di siti web", "Fotografia"], &["consulenza legale per startup"], &["vela"]),
        profile(3, Lang::It, &["Catering"], &["Fotografia aziendale"], &["cucina"]),
        profile(4, Lang::En, &["web design"], &["bookkeeping"], &["sailing"]),
    ])
    .unwrap()
}

#[test]
fn reasons_name_the_terms_of_each_direction() {
    let e = community().explain(1, 2, Lang::It).unwrap();
    let words = |r: &[rete_match::Reason]| r.iter().map(|x| x.word.clone()).collect::<Vec<_>>();
    // What 2 offers that 1 seeks, in 2's words ("siti", not the stem "sit").
    let mut gives = words(&e.b_gives_a);
    gives.sort();
    assert_eq!(gives, ["Sviluppo", "siti", "web"]);
    assert!(e.b_gives_a.iter().all(|r| r.phrase == "Sviluppo di siti web"));
    assert_eq!(e.b_gives_a.iter().find(|r| r.word == "siti").unwrap().term, "sit");
    // What 1 offers that 2 seeks, in 1's words.
    let mut back = words(&e.a_gives_b);
    back.sort();
    assert_eq!(back, ["Consulenza", "legale"]);
    assert_eq!(words(&e.shared_interests), ["Vela"]);
    // Ordered by contribution, and contributions add up to the cosines.
    for list in [&e.b_gives_a, &e.a_gives_b] {
        assert!(list.windows(2).all(|w| w[0].weight >= w[1].weight));
    }
    let sum: f64 = e.b_gives_a.iter().map(|r| r.weight).sum();
    assert!((sum - e.s_ab).abs() < 1e-6);
    assert!(e.s_ab > 0.0 && e.s_ba > 0.0 && e.shared > 0.0);
}

#[test]
fn explanation_score_is_the_listed_score() {
    let engine = community();
    let top = engine.query(1, 10).unwrap();
    assert_eq!(top[0].0, 2);
    let e = engine.explain(1, 2, Lang::En).unwrap();
    assert_eq!(e.score, top[0].1, "same bits as the top-k");
    assert_eq!(e.score, engine.explain(2, 1, Lang::En).unwrap().score, "symmetric");
}

#[test]
fn renders_italian_and_english() {
    let e = community().explain(1, 2, Lang::It).unwrap();
    assert_eq!(
        e.render_named(Lang::It, "Marco"),
        "Marco offre Sviluppo di siti web, che cerchi; tu offri Consulenza legale, \
         che cerca Marco; avete in comune Vela."
    );
    assert_eq!(
        e.render_named(Lang::En, "Marco"),
        "Marco offers Sviluppo di siti web, which you are looking for; you offer \
         Consulenza legale, which Marco is looking for; you share an interest in Vela."
    );
    assert_eq!(
        e.render_between(Lang::En, "Anna", "Marco"),
        "Marco offers Sviluppo di siti web, which Anna is looking for; Anna offers \
         Consulenza legale, which Marco is looking for; they share an interest in Vela."
    );
    assert!(e.render_between(Lang::It, "Anna", "Marco").contains("che cerca Anna; Anna offre"));
    assert_eq!(e.to_string(), e.render(Lang::It), "Display uses the asked language");
    assert!(e.render(Lang::It).starts_with("Il membro 2 offre"));
}

#[test]
fn one_sided_and_empty_matches_say_so() {
    let engine = community();
    // 3 seeks photography, which 2 offers, but 2 does not need catering.
    let e = engine.explain(3, 2, Lang::It).unwrap();
    assert_eq!(e.give_give, 0.0);
    assert_eq!(e.render_named(Lang::It, "Sara"), "Sara offre Fotografia, che cerchi.");
    let e = engine.explain(3, 4, Lang::En).unwrap();
    assert_eq!(e.score, 0.0);
    assert_eq!(e.render_named(Lang::En, "Tom"), "Tom and you have nothing in common yet.");
    assert_eq!(e.render(Lang::It), "Il membro 4 e tu non avete ancora nulla in comune.");
}

#[test]
fn unknown_members_are_errors() {
    assert!(community().explain(1, 99, Lang::It).is_err());
}
