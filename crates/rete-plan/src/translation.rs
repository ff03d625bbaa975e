//! 32 people at tables of 4 for 10 rounds (the original social golfer
//! instance, 8-4-10): a resolvable 4-GDD of type 2^16, built from ten base
//! rounds developed under the translations of W = GF(2)^3.
//!
//! Each person is a point (w, u): w in W, u one of four copies of W. A
//! round is invariant under adding any t in W to every w, so it is the union
//! of W-orbits of blocks, of three kinds:
//!
//! - *transversal*: a block {(b_u, u)} with one point in each copy; its 8
//!   translates fill the round and seat together, for each two copies u, v,
//!   the people whose w differ by b_u + b_v;
//! - *paired*: a block {(0, i), (s, i), (q, j), (q + s, j)} over two copies,
//!   fixed by adding s; its 4 translates fill copies i and j;
//! - *coset*: a subgroup H of W of order 4 placed in one copy; its 2
//!   translates fill that copy.
//!
//! Every pair of people is then a "difference" (within a copy: w + w'; across
//! copies u, v: the class of w + w'), and a round covers whole differences.
//! Ten rounds that cover every difference at most once seat 480 distinct
//! pairs, so each person misses exactly one other: the 16 missed pairs are
//! the groups of the GDD. The ten rounds below (six transversal, three made
//! of paired orbits, one of cosets) were found by an exact-cover search over
//! the 11,096 W-invariant rounds of the first two kinds, with the coset
//! rounds filled in last; the test below checks the whole schedule.

/// One W-orbit of blocks.
#[derive(Debug, Clone, Copy)]
enum Orbit {
    /// `b[u]` is the block's point in copy `u`.
    Transversal([usize; 4]),
    /// Copies `i` and `j`, fixed by `s`, the second copy shifted by `q`.
    Paired { i: usize, j: usize, s: usize, q: usize },
    /// The subgroup `h` (its four elements) in copy `u`.
    Coset { u: usize, h: [usize; 4] },
}

use Orbit::{Coset, Paired, Transversal};

const BASE: [&[Orbit]; 10] = [
    &[Transversal([0, 0, 0, 0])],
    &[Transversal([0, 1, 2, 3])],
    &[Transversal([0, 4, 1, 2])],
    &[Transversal([0, 3, 4, 6])],
    &[Paired { i: 0, j: 2, s: 3, q: 5 }, Paired { i: 1, j: 3, s: 5, q: 1 }],
    &[Transversal([0, 6, 7, 1])],
    &[Transversal([0, 7, 3, 4])],
    &[Paired { i: 0, j: 1, s: 7, q: 2 }, Paired { i: 2, j: 3, s: 1, q: 4 }],
    &[Paired { i: 0, j: 3, s: 2, q: 5 }, Paired { i: 1, j: 2, s: 4, q: 2 }],
    &[
        Coset { u: 0, h: [0, 1, 4, 5] },
        Coset { u: 1, h: [0, 1, 2, 3] },
        Coset { u: 2, h: [0, 2, 5, 7] },
        Coset { u: 3, h: [0, 3, 4, 7] },
    ],
];

/// Person number of point (w, u).
fn point(w: usize, u: usize) -> usize {
    u * 8 + w
}

/// The ten rounds on people `0..32`, each table sorted, tables sorted.
pub(crate) fn golfers_32_4() -> Vec<Vec<Vec<usize>>> {
    BASE.iter()
        .map(|orbits| {
            let mut round: Vec<Vec<usize>> = Vec::with_capacity(8);
            for orbit in orbits.iter() {
                for t in 0..8 {
                    let mut table: Vec<usize> = match *orbit {
                        Transversal(b) => (0..4).map(|u| point(b[u] ^ t, u)).collect(),
                        Paired { i, j, s, q } => {
                            vec![point(t, i), point(t ^ s, i), point(q ^ t, j), point(q ^ s ^ t, j)]
                        }
                        Coset { u, h } => h.iter().map(|x| point(x ^ t, u)).collect(),
                    };
                    table.sort_unstable();
                    if !round.contains(&table) {
                        round.push(table);
                    }
                }
            }
            round.sort_unstable();
            round
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::golfers_32_4;
    use crate::score::score;

    #[test]
    fn ten_rounds_seat_everyone_and_no_pair_twice() {
        let rounds = golfers_32_4();
        assert_eq!(rounds.len(), 10);
        for round in &rounds {
            assert_eq!(round.len(), 8);
            assert!(round.iter().all(|t| t.len() == 4));
            let mut seated: Vec<usize> = round.iter().flatten().copied().collect();
            seated.sort_unstable();
            assert_eq!(seated, (0..32).collect::<Vec<_>>());
        }
        let s = score(&rounds, &[]);
        assert_eq!((s.repeats, s.pairs_met), (0, 480));
    }
}
