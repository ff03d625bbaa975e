//! Recurring pairing (`rete pairing run`): one round of pairs, at most one trio,
//! avoiding pairs who met in earlier runs.
//!
//! The round is a maximum-weight perfect matching where every earlier meeting of a
//! pair costs more than all weights together: so a pair that already met is used
//! only when the pairs not yet met cannot pair everyone, and then the least-often
//! met pairs go first. With an odd count one person joins a pair to make a trio,
//! chosen (exactly for up to 64 members, by a dummy partner beyond) so the trio adds
//! the fewest earlier meetings and then the most weight. Deterministic given its inputs.

use crate::matching::{max_weight_perfect, scale};
use std::collections::HashMap;

/// Small enough to try every member as the one who completes the trio.
const EXACT_TRIO: usize = 64;

/// One round for `members` people `0..members`: pairs, plus one trio when the count is odd
/// (a lone member is returned alone). `weight(a, b)` is the pair's value (give-give score plus
/// whatever bonus the caller adds); `met` counts earlier meetings, keyed either way round.
/// Each group is sorted, groups sorted by their first member.
pub fn pairing_round(
    members: usize,
    weight: &dyn Fn(usize, usize) -> f64,
    met: &HashMap<(usize, usize), u32>,
) -> Vec<Vec<usize>> {
    if members <= 3 {
        return if members == 0 { Vec::new() } else { vec![(0..members).collect()] };
    }
    let n = members;
    let mut ws = vec![0i128; n * n];
    let mut times = vec![0i128; n * n];
    let mut wmax = 1i128;
    let mut tmax = 0i128;
    for a in 0..n {
        for b in a + 1..n {
            let w = scale(weight(a, b)).max(scale(weight(b, a)));
            let t =
                i128::from(met.get(&(a, b)).copied().unwrap_or(0)) + i128::from(met.get(&(b, a)).copied().unwrap_or(0));
            ws[a * n + b] = w;
            ws[b * n + a] = w;
            times[a * n + b] = t;
            times[b * n + a] = t;
            wmax = wmax.max(w);
            tmax = tmax.max(t);
        }
    }
    // one earlier meeting outweighs any round's total weight
    let pen = wmax * (n as i128 / 2 + 2) + 1;
    let base = pen * (tmax + 2);
    let value = |a: usize, b: usize| base + ws[a * n + b] - pen * times[a * n + b];
    let mut groups: Vec<Vec<usize>> = if n.is_multiple_of(2) {
        max_weight_perfect(n, value).into_iter().map(|(a, b)| vec![a, b]).collect()
    } else if n <= EXACT_TRIO {
        let mut best: Option<(i128, Vec<Vec<usize>>)> = None;
        for left in 0..n {
            let others: Vec<usize> = (0..n).filter(|&p| p != left).collect();
            let pairs = max_weight_perfect(n - 1, |a, b| value(others[a], others[b]));
            let pairs: Vec<(usize, usize)> = pairs.into_iter().map(|(a, b)| (others[a], others[b])).collect();
            let (total, groups) = with_trio(left, &pairs, &value);
            if best.as_ref().is_none_or(|(t, _)| total > *t) {
                best = Some((total, groups));
            }
        }
        best.map(|(_, g)| g).unwrap_or_default()
    } else {
        // a dummy partner (index n) marks who completes the trio
        let pairs = max_weight_perfect(n + 1, |a, b| if b == n { base } else { value(a, b) });
        let left = pairs.iter().find(|&&(_, b)| b == n).map(|&(a, _)| a).unwrap_or(0);
        let pairs: Vec<(usize, usize)> = pairs.into_iter().filter(|&(_, b)| b != n).collect();
        with_trio(left, &pairs, &value).1
    };
    for g in &mut groups {
        g.sort_unstable();
    }
    groups.sort();
    groups
}

/// Adds `left` to the pair where it is worth most; returns the round's total value and groups.
fn with_trio(left: usize, pairs: &[(usize, usize)], value: &dyn Fn(usize, usize) -> i128) -> (i128, Vec<Vec<usize>>) {
    let total: i128 = pairs.iter().map(|&(a, b)| value(a, b)).sum();
    let (best_i, gain) = pairs
        .iter()
        .enumerate()
        .map(|(i, &(a, b))| (i, value(left.min(a), left.max(a)) + value(left.min(b), left.max(b))))
        .fold((0, i128::MIN), |acc, x| if x.1 > acc.1 { x } else { acc });
    let groups =
        pairs.iter().enumerate().map(|(i, &(a, b))| if i == best_i { vec![a, b, left] } else { vec![a, b] }).collect();
    (total + gain, groups)
}
