//! The fast engine against a brute-force evaluation of the formula on every
//! pair of 1500 generated profiles, and against the Python reference's own
//! output for them: any pruning or indexing mistake shows up as a missing,
//! extra or mis-scored match.

// Test helpers may panic: a broken fixture should fail the test loudly.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::HashMap;
use std::fs;

use common::{assert_top_k, data, fixture, BruteForce};
use rete_match::Engine;

#[test]
fn every_top_k_equals_brute_force() {
    let profiles = fixture();
    let brute = BruteForce::new(&profiles);
    let engine = Engine::build(profiles.clone()).unwrap();
    let rows: Vec<HashMap<u64, f64>> = (0..profiles.len()).map(|a| brute.row(a)).collect();
    for k in [1, 10, 40] {
        let all = engine.top_k_all(k, 2);
        assert_eq!(all.len(), profiles.len());
        for ((p, row), (id, got)) in profiles.iter().zip(&rows).zip(&all) {
            assert_eq!(*id, p.id, "input order");
            assert_top_k(p.id, got, row, k);
        }
    }
}

#[test]
fn single_queries_equal_the_batch() {
    let engine = Engine::build(fixture()).unwrap();
    let all = engine.top_k_all(10, 1);
    for (id, row) in all.iter().step_by(7) {
        assert_eq!(&engine.query(*id, 10).unwrap(), row);
    }
    for (id, row) in all.iter().step_by(101) {
        for (other, score) in row {
            assert_eq!(engine.score(*id, *other).unwrap(), *score, "same bits");
            assert_eq!(engine.score(*other, *id).unwrap(), *score, "symmetric");
        }
    }
}

/// The batch sweeps each member against the members after it, a block of
/// 4096 at a time, and hands every pair to both lists; single queries walk
/// everyone. Six copies of the fixture (9,000 members, three blocks, and
/// every score tied five times over, so ids must break the ties) must give
/// the same lists both ways.
#[test]
fn batch_equals_single_queries_across_blocks() {
    let mut profiles = Vec::new();
    for copy in 0..6u64 {
        profiles.extend(fixture().into_iter().map(|mut p| {
            p.id = p.id * 10 + copy;
            p
        }));
    }
    let engine = Engine::build(profiles).unwrap();
    for (k, threads) in [(10, 2), (3, 1)] {
        let all = engine.top_k_all(k, threads);
        assert_eq!(all.len(), 9000);
        for (id, row) in all.iter().step_by(37) {
            assert_eq!(&engine.query(*id, k).unwrap(), row, "member {id}, k {k}");
        }
    }
}

#[test]
fn thread_count_does_not_change_results() {
    let engine = Engine::build(fixture()).unwrap();
    assert_eq!(engine.top_k_all(10, 1), engine.top_k_all(10, 3));
}

#[test]
fn matches_the_python_reference() {
    let engine = Engine::build(fixture()).unwrap();
    let ours: HashMap<u64, Vec<(u64, f64)>> = engine.top_k_all(5, 0).into_iter().collect();
    let text = fs::read_to_string(data("reference-1500-seed7-k5.jsonl")).unwrap();
    let mut lines = 0;
    for line in text.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let id = v["id"].as_u64().unwrap();
        let want: Vec<(u64, f64)> =
            v["matches"].as_array().unwrap().iter().map(|m| (m[0].as_u64().unwrap(), m[1].as_f64().unwrap())).collect();
        let got = &ours[&id];
        assert_eq!(got.len(), want.len(), "member {id}");
        for (g, w) in got.iter().zip(&want) {
            // 1e-6: f32 sums against float64, and the reference's rounding.
            assert!((g.1 - w.1).abs() <= 1e-6, "member {id}: {g:?} vs {w:?}");
            let tied = want.iter().filter(|x| (x.1 - w.1).abs() <= 1e-6).count() > 1;
            assert!(g.0 == w.0 || tied, "member {id}: {g:?} vs {w:?}");
        }
        lines += 1;
    }
    assert_eq!(lines, 1500);
}

#[test]
fn k_zero_and_tiny_communities() {
    let engine = Engine::build(fixture()).unwrap();
    assert!(engine.top_k_all(0, 2).iter().all(|(_, m)| m.is_empty()));
    let empty = Engine::build(Vec::new()).unwrap();
    assert!(empty.top_k_all(10, 2).is_empty());
    let one = Engine::build(fixture().into_iter().take(1).collect()).unwrap();
    assert_eq!(one.top_k_all(10, 2)[0].1, Vec::new());
}
