//! Renaming people inside a design so pairs who already know each other are seated
//! together as rarely as possible.
//!
//! A design fixes which *points* meet; which person gets which point is free. A
//! hill climb over swaps of two people's points (cost: meetings of tie pairs,
//! plateaus accepted) usually hides every tie in a pair that never meets or spreads
//! them so the local search has little left to repair.

use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};
use std::time::Instant;

/// Renames the people of `rounds` (on `0..n`) to seat the `ties` together as rarely as possible.
pub(crate) fn hide_ties(
    n: usize,
    rounds: &mut [Vec<Vec<usize>>],
    ties: &[(usize, usize)],
    seed: u64,
    deadline: Instant,
) {
    let ties: Vec<(usize, usize)> = ties.iter().copied().filter(|&(a, b)| a != b && a < n && b < n).collect();
    if ties.is_empty() || n < 3 {
        return;
    }
    let mut met = vec![0u16; n * n];
    for round in rounds.iter() {
        for t in round {
            for &a in t {
                for &b in t {
                    if a != b {
                        met[a * n + b] = met[a * n + b].saturating_add(1);
                    }
                }
            }
        }
    }
    let mut incident: Vec<Vec<usize>> = vec![Vec::new(); n];
    for &(a, b) in &ties {
        incident[a].push(b);
        incident[b].push(a);
    }
    // point[person]
    let mut point: Vec<usize> = (0..n).collect();
    let cost_of = |point: &[usize], p: usize| -> i64 {
        incident[p].iter().map(|&o| i64::from(met[point[p] * n + point[o]])).sum()
    };
    let mut total: i64 = ties.iter().map(|&(a, b)| i64::from(met[point[a] * n + point[b]])).sum();
    let mut rng = SmallRng::seed_from_u64(seed ^ 0x5EED);
    let tied: Vec<usize> = (0..n).filter(|&p| !incident[p].is_empty()).collect();
    for iter in 0..400_000u32 {
        if total == 0 || (iter % 1024 == 0 && Instant::now() >= deadline) {
            break;
        }
        let a = tied[rng.gen_range(0..tied.len())];
        let b = rng.gen_range(0..n);
        if a == b {
            continue;
        }
        let before = cost_of(&point, a) + cost_of(&point, b);
        point.swap(a, b);
        let after = cost_of(&point, a) + cost_of(&point, b);
        // a tie between a and b is counted twice on each side, consistently
        let delta = after - before;
        if delta <= 0 {
            if incident[a].contains(&b) {
                total = ties.iter().map(|&(x, y)| i64::from(met[point[x] * n + point[y]])).sum();
            } else {
                total += delta;
            }
        } else {
            point.swap(a, b);
        }
    }
    let mut person = vec![0; n];
    for (p, &pt) in point.iter().enumerate() {
        person[pt] = p;
    }
    for round in rounds.iter_mut() {
        for t in round.iter_mut() {
            for p in t.iter_mut() {
                *p = person[*p];
            }
        }
    }
}
