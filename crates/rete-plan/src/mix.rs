//! The table mix (how many tables of which size every round) and the proven
//! upper bound on repeat-free rounds for that mix.
//!
//! Rule: with `g = ceil(N/S)` tables, sizes as even as possible, so `N` not
//! divisible by `S` gives `d = g·S − N` tables of `S − 1`. A table is never of
//! one or two people: when that would happen (always for `S = 3`, e.g. 10 at
//! tables of 3) the number of tables drops until every table has at least three,
//! which gives tables of `S` and `S + 1` (10/3 → 4, 3, 3); when everyone fits at
//! one table (N ≤ S, or 5 at tables of 3 or 4) there is a single table.

use crate::error::PlanError;
use crate::request::TableCount;

/// Table sizes of one round, largest first.
pub(crate) fn table_sizes(n: usize, s: usize) -> Vec<usize> {
    if n <= s {
        return vec![n];
    }
    let mut g = n.div_ceil(s);
    while g > 1 && n / g < 3 {
        g -= 1;
    }
    even_sizes(n, g)
}

/// `n` people at `g` tables, sizes as even as possible, largest first.
pub(crate) fn even_sizes(n: usize, g: usize) -> Vec<usize> {
    let g = g.max(1);
    let (base, extra) = (n / g, n % g);
    (0..g).map(|i| if i < extra { base + 1 } else { base }).collect()
}

/// Every mix of the `allowed` sizes (one size, or two adjacent ones, each at least 3) that
/// seats `n` people every round, fewest tables first: `g` tables from ⌈n/max⌉ to
/// ⌊n/min⌋, sizes as even as possible.
pub(crate) fn mixes_of(n: usize, allowed: &[usize]) -> Result<Vec<Vec<usize>>, PlanError> {
    let mut sizes = allowed.to_vec();
    sizes.sort_unstable();
    sizes.dedup();
    let (Some(&min), Some(&max)) = (sizes.first(), sizes.last()) else {
        return Err(PlanError::BadSizes(allowed.to_vec()));
    };
    if min < 3 || max - min > 1 {
        return Err(PlanError::BadSizes(allowed.to_vec()));
    }
    let out: Vec<Vec<usize>> = (n.div_ceil(max)..=n / min).map(|g| even_sizes(n, g)).collect();
    if out.is_empty() {
        return Err(PlanError::NoMix { people: n, sizes });
    }
    Ok(out)
}

/// Sizes grouped into counts, largest first.
pub(crate) fn table_counts(sizes: &[usize]) -> Vec<TableCount> {
    let mut out: Vec<TableCount> = Vec::new();
    for &size in sizes {
        match out.iter_mut().find(|t| t.size == size) {
            Some(t) => t.count += 1,
            None => out.push(TableCount { size, count: 1 }),
        }
    }
    out.sort_by_key(|t| std::cmp::Reverse(t.size));
    out
}

/// Pairs seated per round.
pub(crate) fn pairs_per_round(sizes: &[usize]) -> usize {
    sizes.iter().map(|&s| s * (s - 1) / 2).sum()
}

/// Proven upper bound on repeat-free rounds for `n` people seated as `sizes` every round:
/// the minimum of
/// - every person meets at least `min size − 1` new people a round: `(n−1) / (min−1)`,
/// - all pairs seated are distinct: `C(n,2) / pairs per round`,
/// - pigeonhole: a table larger than the number of tables must repeat a pair in round 2.
///
/// For equal tables this is the classic `floor((N−1)/(S−1))`.
pub(crate) fn repeat_free_bound(n: usize, sizes: &[usize]) -> usize {
    let (Some(&min), Some(&max)) = (sizes.iter().min(), sizes.iter().max()) else {
        return 0;
    };
    if sizes.len() == 1 || min < 2 {
        return 1;
    }
    let per_person = (n - 1) / (min - 1);
    let per_pair = (n * (n - 1) / 2) / pairs_per_round(sizes).max(1);
    let pigeon = if max > sizes.len() { 1 } else { usize::MAX };
    per_person.min(per_pair).min(pigeon)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mixes() {
        assert_eq!(table_sizes(30, 4), vec![4, 4, 4, 4, 4, 4, 3, 3]);
        assert_eq!(table_sizes(13, 4), vec![4, 3, 3, 3]);
        assert_eq!(table_sizes(10, 3), vec![4, 3, 3]);
        assert_eq!(table_sizes(11, 3), vec![4, 4, 3]);
        assert_eq!(table_sizes(5, 3), vec![5]);
        assert_eq!(table_sizes(5, 4), vec![5]);
        assert_eq!(table_sizes(6, 5), vec![3, 3]);
        assert_eq!(table_sizes(100, 5), vec![5; 20]);
        assert_eq!(table_sizes(3, 8), vec![3]);
    }

    #[test]
    fn mixes_of_adjacent_sizes() {
        assert_eq!(mixes_of(29, &[5, 4]).unwrap(), vec![vec![5, 5, 5, 5, 5, 4], vec![5, 4, 4, 4, 4, 4, 4]]);
        assert_eq!(mixes_of(30, &[5]).unwrap(), vec![vec![5; 6]]);
        assert_eq!(mixes_of(29, &[5]), Err(PlanError::NoMix { people: 29, sizes: vec![5] }));
        assert_eq!(mixes_of(29, &[3, 5]), Err(PlanError::BadSizes(vec![3, 5])));
        assert_eq!(mixes_of(29, &[2, 3]), Err(PlanError::BadSizes(vec![2, 3])));
        assert_eq!(mixes_of(29, &[]), Err(PlanError::BadSizes(vec![])));
        assert_eq!(mixes_of(4, &[4, 5]).unwrap(), vec![vec![4]]);
    }

    #[test]
    fn bounds() {
        assert_eq!(repeat_free_bound(32, &[4; 8]), 10);
        assert_eq!(repeat_free_bound(16, &[4; 4]), 5);
        assert_eq!(repeat_free_bound(15, &[3; 5]), 7);
        assert_eq!(repeat_free_bound(6, &[3, 3]), 1);
        // a table of 4 in round 2 draws from only 3 tables of round 1
        assert_eq!(repeat_free_bound(10, &[4, 3, 3]), 1);
        assert_eq!(repeat_free_bound(13, &[4, 3, 3, 3]), 5);
    }
}
