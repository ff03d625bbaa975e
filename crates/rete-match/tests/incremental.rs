//! Adding, updating and removing members keeps every score exact: the
//! engine after a series of changes answers like one built from scratch on
//! the resulting community (idf, norms and all).

// Test helpers may panic: a broken fixture should fail the test loudly.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{assert_top_k, fixture, BruteForce};
use rete_match::{Engine, MatchError, Profile};

/// The community after the changes below, in the engine's order: updated
/// members keep their place, new ones are appended, removed ones vanish.
fn changed(profiles: &[Profile]) -> (Vec<Profile>, Engine) {
    let mut engine = Engine::build(profiles[..1000].to_vec()).unwrap();
    let mut expected: Vec<Profile> = profiles[..1000].to_vec();
    // 200 newcomers.
    for p in &profiles[1000..1200] {
        engine.upsert(p.clone()).unwrap();
        expected.push(p.clone());
    }
    // 50 members rewrite their profile with someone else's text.
    for i in (0..1000).step_by(20) {
        let mut p = profiles[1200 + i / 20].clone();
        p.id = expected[i].id;
        engine.upsert(p.clone()).unwrap();
        expected[i] = p;
    }
    // 100 leave.
    for i in (5..1000).step_by(10) {
        engine.remove(profiles[i].id).unwrap();
    }
    expected.retain(|p| !(5..1000).step_by(10).any(|i| profiles[i].id == p.id));
    (expected, engine)
}

#[test]
fn changes_equal_a_rebuild() {
    let profiles = fixture();
    let (expected, engine) = changed(&profiles);
    assert_eq!(engine.len(), expected.len());
    let rebuilt = Engine::build(expected.clone()).unwrap();
    let brute = BruteForce::new(&expected);
    let got = engine.top_k_all(10, 2);
    let want = rebuilt.top_k_all(10, 2);
    assert_eq!(got.len(), want.len());
    for (a, ((id, list), (id2, _))) in got.iter().zip(&want).enumerate() {
        assert_eq!(id, id2, "order");
        assert_eq!(*id, expected[a].id);
        assert_top_k(*id, list, &brute.row(a), 10);
    }
}

#[test]
fn queries_after_a_change_see_it() {
    let profiles = fixture();
    let mut engine = Engine::build(profiles[..300].to_vec()).unwrap();
    let a = profiles[0].id;
    // A newcomer offering exactly what a seeks and seeking what a offers.
    let twin = Profile {
        id: 999_999,
        lang: profiles[0].lang,
        offers: profiles[0].seeks.clone(),
        seeks: profiles[0].offers.clone(),
        interests: profiles[0].interests.clone(),
    };
    assert!(!engine.query(a, 10).unwrap().iter().any(|m| m.0 == 999_999));
    engine.upsert(twin).unwrap();
    let top = engine.query(a, 10).unwrap();
    assert_eq!(top[0].0, 999_999, "the perfect counterpart ranks first");
    assert!((top[0].1 - 1.0).abs() < 1e-5, "and scores 1: {top:?}");
    engine.remove(999_999).unwrap();
    assert!(!engine.query(a, 10).unwrap().iter().any(|m| m.0 == 999_999));
    assert!(!engine.contains(999_999));
}

#[test]
fn unknown_ids_are_errors() {
    let mut engine = Engine::build(fixture()[..10].to_vec()).unwrap();
    assert!(matches!(engine.remove(42_000), Err(MatchError::UnknownId(42_000))));
    assert!(matches!(engine.query(42_000, 3), Err(MatchError::UnknownId(42_000))));
    assert_eq!(engine.len(), 10);
}
