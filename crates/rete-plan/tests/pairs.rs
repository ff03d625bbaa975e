//! Pair plans (tables of two) and recurring pairing.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::check;
use rete_plan::{pairing_round, plan, Method, PlanRequest};
use std::collections::HashMap;

fn hash_weight(a: usize, b: usize) -> f64 {
    let (a, b) = (a.min(b) as u64, a.max(b) as u64);
    let x = (a * 1_000_003 + b).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    ((x >> 33) % 1000) as f64 / 10.0
}

/// Best perfect matching weight by brute force (n even, small).
fn brute(n: usize, w: &dyn Fn(usize, usize) -> f64) -> f64 {
    fn go(left: &mut Vec<usize>, w: &dyn Fn(usize, usize) -> f64) -> f64 {
        if left.is_empty() {
            return 0.0;
        }
        let a = left.remove(0);
        let mut best = f64::MIN;
        for i in 0..left.len() {
            let b = left.remove(i);
            best = best.max(w(a, b) + go(left, w));
            left.insert(i, b);
        }
        left.insert(0, a);
        best
    }
    go(&mut (0..n).collect(), w)
}

#[test]
fn even_reaches_n_minus_one_rounds() {
    for n in [2, 4, 6, 12, 20] {
        let w = hash_weight;
        let req = PlanRequest { weight: Some(&w), ..PlanRequest::new(n, 2, n - 1) };
        let p = plan(&req).unwrap();
        check(&p, n, n - 1, &[]);
        assert_eq!(p.repeats, 0, "n={n} {}", p.method_detail);
        assert_eq!(p.pairs_met, n * (n - 1) / 2);
        assert!(!p.beyond_bound);
    }
}

#[test]
fn first_round_is_the_maximum_weight_matching() {
    for seed in 0..5u64 {
        let w = move |a: usize, b: usize| hash_weight(a + seed as usize * 7, b + seed as usize * 7);
        let req = PlanRequest { weight: Some(&w), ..PlanRequest::new(8, 2, 3) };
        let p = plan(&req).unwrap();
        check(&p, 8, 3, &[]);
        assert_eq!(p.method, Method::MaxWeightMatching);
        let first: f64 = p.rounds[0].iter().map(|t| w(t[0], t[1])).sum();
        assert!((first - brute(8, &w)).abs() < 1e-6, "seed {seed}: {first} vs {}", brute(8, &w));
        // and the rounds get no better later
        let second: f64 = p.rounds[1].iter().map(|t| w(t[0], t[1])).sum();
        assert!(second <= first + 1e-9);
    }
}

#[test]
fn odd_rests_rotate() {
    let n = 9;
    let w = hash_weight;
    let req = PlanRequest { weight: Some(&w), ..PlanRequest::new(n, 2, 12) };
    let p = plan(&req).unwrap();
    check(&p, n, 12, &[]);
    assert!(p.rests.iter().all(|r| r.len() == 1));
    let first_cycle: Vec<usize> = p.rests[..n].iter().map(|r| r[0]).collect();
    let mut sorted = first_cycle.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, (0..n).collect::<Vec<_>>(), "nobody rests twice before all rested");
    // the first 9 rounds are a full round-robin: repeats only in the 3 extra rounds (4 pairs each)
    assert!(p.beyond_bound);
    assert_eq!(p.repeat_free_bound, Some(9));
    assert_eq!(p.repeats, 12);
    let again: Vec<usize> = p.rests[n..].iter().map(|r| r[0]).collect();
    let mut again_sorted = again.clone();
    again_sorted.sort_unstable();
    again_sorted.dedup();
    assert_eq!(again_sorted.len(), again.len(), "second cycle of rests has no duplicates");
}

#[test]
fn ties_never_paired_when_avoidable() {
    let n = 10;
    let ties: Vec<(usize, usize)> = vec![(0, 1), (0, 2), (0, 3), (4, 5), (6, 7), (8, 9), (1, 9)];
    // weights that love the tied pairs
    let w = |a: usize, b: usize| if ties.contains(&(a.min(b), a.max(b))) { 100.0 } else { hash_weight(a, b) };
    let rounds = n - 1 - 3;
    let req = PlanRequest { weight: Some(&w), ties: &ties, ..PlanRequest::new(n, 2, rounds) };
    let p = plan(&req).unwrap();
    check(&p, n, rounds, &ties);
    assert_eq!(p.repeats, 0, "{}", p.method_detail);
}

#[test]
fn full_round_robin_despite_adversarial_weights() {
    // greedy matchings on these weights pair inside halves first and get stuck
    let n = 10;
    let w = |a: usize, b: usize| if (a < 5) == (b < 5) { 50.0 + (a + b) as f64 } else { (a * b % 7) as f64 };
    let req = PlanRequest { weight: Some(&w), ..PlanRequest::new(n, 2, n - 1) };
    let p = plan(&req).unwrap();
    check(&p, n, n - 1, &[]);
    assert_eq!(p.repeats, 0, "{}", p.method_detail);
    assert_eq!(p.pairs_met, 45);
}

#[test]
fn no_weights_is_a_round_robin() {
    let p = plan(&PlanRequest::new(11, 2, 11)).unwrap();
    check(&p, 11, 11, &[]);
    assert_eq!(p.repeats, 0);
    assert_eq!(p.method, Method::RoundRobin);
}

#[test]
fn large_pairs_plan() {
    let n = 60;
    let w = hash_weight;
    let req = PlanRequest { weight: Some(&w), ..PlanRequest::new(n, 2, 8) };
    let p = plan(&req).unwrap();
    check(&p, n, 8, &[]);
    assert_eq!(p.repeats, 0);
    assert_eq!(p.method, Method::MaxWeightMatching);
}

fn key(a: usize, b: usize) -> (usize, usize) {
    (a.min(b), a.max(b))
}

/// Whether the pairs not yet met can pair everyone (brute force, small n).
fn unmet_has_perfect_matching(left: &mut Vec<usize>, met: &HashMap<(usize, usize), u32>) -> bool {
    if left.len() < 2 {
        return true;
    }
    let a = left.remove(0);
    for i in 0..left.len() {
        if met.contains_key(&key(a, left[i])) {
            continue;
        }
        let b = left.remove(i);
        let ok = unmet_has_perfect_matching(left, met);
        left.insert(i, b);
        if ok {
            left.insert(0, a);
            return true;
        }
    }
    left.insert(0, a);
    false
}

#[test]
fn recurring_pairing_avoids_repeats_until_all_met() {
    for n in [6, 8, 10] {
        let mut met: HashMap<(usize, usize), u32> = HashMap::new();
        let w = hash_weight;
        let mut calls = 0;
        while met.len() < n * (n - 1) / 2 {
            calls += 1;
            assert!(calls <= 2 * n, "n={n}: everyone should meet everyone in a few rounds");
            let avoidable = unmet_has_perfect_matching(&mut (0..n).collect(), &met);
            let round = pairing_round(n, &w, &met);
            let mut seen: Vec<usize> = round.iter().flatten().copied().collect();
            seen.sort_unstable();
            assert_eq!(seen, (0..n).collect::<Vec<_>>());
            assert!(round.iter().all(|g| g.len() == 2));
            let repeats = round.iter().filter(|g| met.contains_key(&key(g[0], g[1]))).count();
            if avoidable {
                assert_eq!(repeats, 0, "n={n} call {calls}: repeat while unmet pairs could pair everyone");
            }
            for g in &round {
                *met.entry(key(g[0], g[1])).or_default() += 1;
            }
        }
    }
}

#[test]
fn recurring_pairing_odd_makes_one_trio() {
    let mut met: HashMap<(usize, usize), u32> = HashMap::new();
    met.insert((0, 1), 3);
    for n in [5, 7, 11, 71] {
        let round = pairing_round(n, &hash_weight, &met);
        assert_eq!(round.iter().filter(|g| g.len() == 3).count(), 1);
        assert!(round.iter().all(|g| g.len() == 2 || g.len() == 3));
        let mut seen: Vec<usize> = round.iter().flatten().copied().collect();
        seen.sort_unstable();
        assert_eq!(seen, (0..n).collect::<Vec<_>>());
        assert!(!round.iter().any(|g| g.contains(&0) && g.contains(&1)), "0 and 1 met before");
        // deterministic
        assert_eq!(round, pairing_round(n, &hash_weight, &met));
    }
    assert_eq!(pairing_round(1, &hash_weight, &met), vec![vec![0]]);
    assert!(pairing_round(0, &hash_weight, &met).is_empty());
}

#[test]
fn recurring_pairing_prefers_weight_among_unmet() {
    // 0-1 and 2-3 are best, but 0-1 met already
    let w = |a: usize, b: usize| if key(a, b) == (0, 1) || key(a, b) == (2, 3) { 10.0 } else { 1.0 };
    let mut met = HashMap::new();
    assert_eq!(pairing_round(4, &w, &met), vec![vec![0, 1], vec![2, 3]]);
    met.insert((1, 0), 1);
    let round = pairing_round(4, &w, &met);
    assert!(!round.contains(&vec![0, 1]));
}
