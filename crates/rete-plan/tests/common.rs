//! Shared checker: every plan the tests see is verified from scratch here.
#![allow(clippy::unwrap_used, clippy::expect_used, dead_code)]

use rete_plan::Plan;
use std::collections::{HashMap, HashSet};

/// Checks seating, table mix and the reported scores of `plan` for `n` people and `rounds` rounds.
pub fn check(plan: &Plan, n: usize, rounds: usize, ties: &[(usize, usize)]) {
    assert_eq!(plan.rounds.len(), rounds, "round count");
    assert_eq!(plan.rests.len(), rounds, "rests per round");
    let mut mix: Vec<usize> = plan.tables.iter().flat_map(|t| std::iter::repeat_n(t.size, t.count)).collect();
    mix.sort_unstable();
    for (r, round) in plan.rounds.iter().enumerate() {
        let mut seen = vec![0u32; n];
        for table in round {
            for &p in table {
                assert!(p < n, "person {p} out of range");
                seen[p] += 1;
            }
            assert!(table.windows(2).all(|w| w[0] < w[1]), "tables are sorted");
        }
        for &p in &plan.rests[r] {
            seen[p] += 1;
        }
        assert!(seen.iter().all(|&s| s == 1), "round {r}: everyone seated exactly once (or resting): {seen:?}");
        let mut sizes: Vec<usize> = round.iter().map(Vec::len).collect();
        sizes.sort_unstable();
        assert_eq!(sizes, mix, "round {r}: table sizes follow the reported mix");
    }
    let ties: HashSet<(usize, usize)> = ties.iter().map(|&(a, b)| (a.min(b), a.max(b))).collect();
    let mut times: HashMap<(usize, usize), usize> = HashMap::new();
    for round in &plan.rounds {
        for table in round {
            for &a in table {
                for &b in table {
                    if a < b {
                        *times.entry((a, b)).or_default() += 1;
                    }
                }
            }
        }
    }
    let repeats: usize = times.iter().map(|(k, &t)| if ties.contains(k) { t } else { t - 1 }).sum();
    let met = times.keys().filter(|k| !ties.contains(k)).count();
    assert_eq!(plan.repeats, repeats, "repeats recomputed");
    assert_eq!(plan.pairs_met, met, "pairs_met recomputed");
}
