//! Table plans: classic social golfer instances, beyond the bound, uneven counts, ties.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::check;
use rete_plan::{plan, Method, PlanError, PlanRequest, TableCount};
use std::time::Duration;

fn run(n: usize, s: usize, r: usize) -> rete_plan::Plan {
    let req = PlanRequest { budget: Duration::from_secs(20), ..PlanRequest::new(n, s, r) };
    let p = plan(&req).unwrap();
    check(&p, n, r, &[]);
    p
}

/// Classic instances that must reach their published rounds with zero repeats.
#[test]
fn classic_instances_reach_their_rounds() {
    for (n, s, r, pairs) in [
        (9, 3, 4, 36),
        (15, 3, 7, 105),
        (16, 4, 5, 120),
        (25, 5, 6, 300),
        (27, 3, 13, 351),
        (21, 3, 10, 210),
        (18, 3, 8, 144),
        (20, 4, 5, 150),
        (28, 4, 9, 378),
        (64, 8, 9, 2016),
        (39, 3, 19, 741),
    ] {
        let p = run(n, s, r);
        assert_eq!(p.repeats, 0, "{n}/{s}/{r} via {}", p.method_detail);
        assert_eq!(p.pairs_met, pairs, "{n}/{s}/{r}");
        assert!(!p.beyond_bound);
        assert_ne!(p.method, Method::LocalSearch, "{n}/{s}/{r} should come from a design");
    }
}

/// 29 at tables of 5 for 7 rounds: 5 × 5 + 1 × 4 is no known design, 1 × 5 + 6 × 4 is (TD(5,7)
/// minus 6 of a group): offered with tables of 5, chosen when 4 and 5 are allowed.
#[test]
fn more_smaller_tables_reach_further() {
    let req = PlanRequest { budget: Duration::from_millis(500), ..PlanRequest::new(29, 5, 7) };
    let p = plan(&req).unwrap();
    check(&p, 29, 7, &[]);
    assert_eq!(p.tables, vec![TableCount { size: 5, count: 5 }, TableCount { size: 4, count: 1 }]);
    let offer = p.offer.expect("an offer");
    assert_eq!(offer.tables, vec![TableCount { size: 5, count: 1 }, TableCount { size: 4, count: 6 }]);
    assert_eq!(offer.repeat_free_bound, 8);

    let allowed = [4, 5];
    let req = PlanRequest { allowed: Some(&allowed), ..PlanRequest::new(29, 5, 7) };
    let p = plan(&req).unwrap();
    check(&p, 29, 7, &[]);
    assert_eq!(p.repeats, 0, "{}", p.method_detail);
    assert_eq!(p.tables, offer.tables);
    assert_eq!(p.mixes.len(), 2);
    assert!(p.mixes[0].reached_by.is_none() && p.offer.is_none());

    // a mix that reaches the rounds at once is neither offered nor weighed against others
    let p = run(35, 5, 7);
    assert!(p.offer.is_none() && p.mixes.is_empty());
    assert_eq!(
        plan(&PlanRequest { allowed: Some(&[5]), ..PlanRequest::new(29, 5, 3) }),
        Err(PlanError::NoMix { people: 29, sizes: vec![5] })
    );
}

#[test]
fn golfers_8_4_10() {
    let p = run(32, 4, 10);
    assert_eq!(p.repeats, 0, "{}", p.method_detail);
    assert_eq!(p.pairs_met, 480);
    assert_eq!(p.repeat_free_bound, Some(10));
}

#[test]
fn beyond_the_bound_minimises_repeats() {
    let p = run(16, 4, 6);
    assert!(p.beyond_bound);
    assert_eq!(p.repeat_free_bound, Some(5));
    // 6 rounds seat 144 pairs, only 120 exist: 24 repeats is the minimum
    assert_eq!(p.repeats, 24);
    assert_eq!(p.pairs_met, 120);
}

#[test]
fn uneven_30_at_4_for_10_rounds() {
    let p = run(30, 4, 10);
    assert_eq!(p.tables, vec![TableCount { size: 4, count: 6 }, TableCount { size: 3, count: 2 }]);
    assert_eq!(p.repeats, 0, "{}", p.method_detail);
}

#[test]
fn uneven_mixes() {
    // tables of 3 never leave a pair: 10 at tables of 3 sit 4 + 3 + 3, and a table of 4 drawn
    // from only three tables of round 1 must repeat a pair, so the bound is 1
    let req = PlanRequest { budget: Duration::from_secs(1), ..PlanRequest::new(10, 3, 3) };
    let p = plan(&req).unwrap();
    check(&p, 10, 3, &[]);
    assert_eq!(p.tables, vec![TableCount { size: 4, count: 1 }, TableCount { size: 3, count: 2 }]);
    assert_eq!(p.repeat_free_bound, Some(1));
    assert!(p.beyond_bound);
    let p = run(10, 3, 1);
    assert_eq!(p.repeats, 0);

    let p = run(13, 4, 4);
    assert_eq!(p.tables, vec![TableCount { size: 4, count: 1 }, TableCount { size: 3, count: 3 }]);
    assert_eq!(p.repeats, 0, "{}", p.method_detail);

    let p = run(14, 4, 4);
    assert_eq!(p.repeats, 0, "{}", p.method_detail);

    let p = run(22, 3, 7);
    assert_eq!(p.tables, vec![TableCount { size: 4, count: 1 }, TableCount { size: 3, count: 6 }]);
    assert_eq!(p.repeats, 0, "{}", p.method_detail);

    let p = run(100, 5, 12);
    assert_eq!(p.repeats, 0, "{}", p.method_detail);

    let p = run(97, 5, 8);
    assert_eq!(p.repeats, 0, "{}", p.method_detail);
}

#[test]
fn ties_are_avoided() {
    // 8 ties inside AG(2,4): the relabelling hides them
    let ties: Vec<(usize, usize)> = (0..8).map(|i| (i, i + 8)).collect();
    let req = PlanRequest { ties: &ties, ..PlanRequest::new(16, 4, 4) };
    let p = plan(&req).unwrap();
    check(&p, 16, 4, &ties);
    assert_eq!(p.repeats, 0, "{}", p.method_detail);

    // local search instance with ties
    let ties = [(0, 1), (2, 3), (4, 5), (0, 7)];
    let req = PlanRequest { ties: &ties, ..PlanRequest::new(24, 4, 4) };
    let p = plan(&req).unwrap();
    check(&p, 24, 4, &ties);
    assert_eq!(p.repeats, 0);
}

#[test]
fn deterministic_for_a_seed() {
    let a = run(40, 5, 6);
    let b = run(40, 5, 6);
    assert_eq!(a.rounds, b.rounds);
}

#[test]
fn single_table_and_errors() {
    let p = run(4, 6, 2);
    assert_eq!(p.method, Method::SingleTable);
    assert_eq!(p.repeats, 6);
    assert_eq!(plan(&PlanRequest::new(1, 3, 2)), Err(PlanError::TooFewPeople(1)));
    assert_eq!(plan(&PlanRequest::new(10, 1, 2)), Err(PlanError::TableTooSmall(1)));
    assert_eq!(plan(&PlanRequest::new(10, 3, 0)), Err(PlanError::NoRounds));
    let ties = [(0, 10)];
    assert_eq!(
        plan(&PlanRequest { ties: &ties, ..PlanRequest::new(10, 3, 1) }),
        Err(PlanError::TieOutOfRange(0, 10, 10))
    );
}

#[test]
fn serialises_to_json() {
    let p = run(9, 3, 2);
    let json = serde_json::to_value(&p).unwrap();
    assert_eq!(json["rounds"].as_array().unwrap().len(), 2);
    assert_eq!(json["repeats"], 0);
    assert_eq!(json["method"], "affine_geometry");
    assert_eq!(json["tables"][0]["size"], 3);
}
