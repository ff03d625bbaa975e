//! Pair rounds (tables of two): maximum-weight matchings guarded by a round-robin.
//!
//! Each round is the maximum-weight perfect matching among pairs not yet met (a
//! tie or an earlier meeting costs more than all weights together, so it is used
//! only when unavoidable), so the best conversations happen first. Greedy
//! matchings can paint a plan into a corner (the pairs left over may have no
//! perfect matching for the last rounds), so a round is accepted only if the
//! remaining rounds stay provably possible, checked cheaply two ways:
//! - Dirac: if every person still has at least `n/2 + t − 1` allowed partners, any
//!   `t` further perfect matchings exist one after the other (min degree `n/2` gives a
//!   Hamiltonian cycle, hence a perfect matching, and each round lowers every degree
//!   by exactly one);
//! - round-robin: a 1-factorisation of `K_n` by the circle method, relabelled so its
//!   first round is the first maximum-weight matching, still has `t` rounds untouched.
//!
//! Otherwise the round is the best untouched round-robin round, which keeps the
//! guarantee. An odd count adds a dummy person: whoever is matched with it rests,
//! and since a rest is a "pair" with the dummy nobody rests twice before everyone
//! has rested.

use crate::matching::{max_weight_perfect, scale};
use rand::rngs::SmallRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};

/// Pair rounds, rests and where the rounds came from.
#[derive(Debug)]
pub(crate) struct PairRounds {
    pub rounds: Vec<Vec<Vec<usize>>>,
    pub rests: Vec<Vec<usize>>,
    /// rounds that were maximum-weight matchings
    pub matched: usize,
    /// rounds taken from the round-robin
    pub round_robin: usize,
}

/// The circle method on `np` (even) vertices labelled by circle position, relabelled by
/// `label` (circle position → person): factor `k` pairs `np−1` with `k` and `k+i` with `k−i`.
struct RoundRobin {
    np: usize,
    /// person → circle position
    pos: Vec<usize>,
    label: Vec<usize>,
}

impl RoundRobin {
    /// Relabelled so that factor 0 is `first` (a perfect matching of `0..np`).
    fn new(np: usize, first: &[(usize, usize)], ties: &[(usize, usize)], rng: &mut SmallRng) -> RoundRobin {
        let m = np - 1;
        // factor 0 pairs (m, 0) and (i, m - i)
        let slots: Vec<(usize, usize)> = std::iter::once((m, 0)).chain((1..np / 2).map(|i| (i, m - i))).collect();
        let mut best: Option<(usize, RoundRobin)> = None;
        for attempt in 0..64 {
            let mut pairs = first.to_vec();
            if attempt > 0 {
                pairs.shuffle(rng);
            }
            let mut label = vec![0; np];
            for (&(s1, s2), &(a, b)) in slots.iter().zip(&pairs) {
                let (a, b) = if attempt > 0 && rng.gen_bool(0.5) { (b, a) } else { (a, b) };
                label[s1] = a;
                label[s2] = b;
            }
            let mut pos = vec![0; np];
            for (s, &p) in label.iter().enumerate() {
                pos[p] = s;
            }
            let rr = RoundRobin { np, pos, label };
            // ties spread over few factors leave more clean rounds
            let mut hit: Vec<usize> = ties.iter().map(|&(a, b)| rr.factor(a, b)).collect();
            hit.sort_unstable();
            hit.dedup();
            if best.as_ref().is_none_or(|(h, _)| hit.len() < *h) {
                best = Some((hit.len(), rr));
            }
            if ties.is_empty() {
                break;
            }
        }
        match best {
            Some((_, rr)) => rr,
            None => RoundRobin { np, pos: (0..np).collect(), label: (0..np).collect() },
        }
    }

    fn factors(&self) -> usize {
        self.np - 1
    }

    /// The factor holding the pair `a`–`b`.
    fn factor(&self, a: usize, b: usize) -> usize {
        let m = self.np - 1;
        let (u, v) = (self.pos[a], self.pos[b]);
        if u == m {
            v
        } else if v == m {
            u
        } else {
            // u + v ≡ 2k (mod m), and 2 · (np/2) ≡ 1 (mod m)
            ((u + v) % m * (self.np / 2)) % m
        }
    }

    fn pairs(&self, k: usize) -> Vec<(usize, usize)> {
        let m = self.np - 1;
        let mut out = vec![ordered(self.label[m], self.label[k])];
        for i in 1..self.np / 2 {
            out.push(ordered(self.label[(k + i) % m], self.label[(k + m - i) % m]));
        }
        out
    }
}

fn ordered(a: usize, b: usize) -> (usize, usize) {
    if a < b {
        (a, b)
    } else {
        (b, a)
    }
}

/// Plans `rounds` rounds of pairs for `n` people.
pub(crate) fn plan_pairs(
    n: usize,
    rounds: usize,
    ties: &[(usize, usize)],
    weight: Option<&(dyn Fn(usize, usize) -> f64 + Sync)>,
    seed: u64,
) -> PairRounds {
    let mut rng = SmallRng::seed_from_u64(seed);
    let np = n + n % 2;
    let mut ws = vec![0i128; np * np];
    let mut wmax = 1i128;
    if let Some(w) = weight {
        for a in 0..n {
            for b in a + 1..n {
                let x = scale(w(a, b)).max(scale(w(b, a)));
                ws[a * np + b] = x;
                ws[b * np + a] = x;
                wmax = wmax.max(x);
            }
        }
    }
    let mut tie = vec![false; np * np];
    let mut clean_ties = Vec::new();
    for &(a, b) in ties {
        if a != b && a < n && b < n && !tie[a * np + b] {
            tie[a * np + b] = true;
            tie[b * np + a] = true;
            clean_ties.push(ordered(a, b));
        }
    }
    // more than every matching's total weight, so conflicts dominate
    let pen = wmax * (np as i128 / 2 + 1) + 1;
    let base = pen * (rounds as i128 + 2);
    let mut cnt = vec![0u32; np * np];
    let mut free_degree: Vec<usize> =
        (0..np).map(|a| (0..np).filter(|&b| b != a && !tie[a * np + b]).count()).collect();
    let conflicts = |cnt: &[u32], m: &[(usize, usize)]| -> usize {
        m.iter().map(|&(a, b)| cnt[a * np + b] as usize + usize::from(tie[a * np + b])).sum()
    };
    let weight_of = |m: &[(usize, usize)]| -> i128 { m.iter().map(|&(a, b)| ws[a * np + b]).sum() };
    let matching = |cnt: &[u32]| {
        max_weight_perfect(np, |a, b| {
            base + ws[a * np + b] - pen * (cnt[a * np + b] as i128 + i128::from(tie[a * np + b]))
        })
    };

    let first = matching(&cnt);
    let rr = RoundRobin::new(np, &first, &clean_ties, &mut rng);
    let mut dirty = vec![false; rr.factors()];
    for &(a, b) in &clean_ties {
        dirty[rr.factor(a, b)] = true;
    }
    let prefer_round_robin = weight.is_none();
    let mut out = PairRounds { rounds: Vec::new(), rests: Vec::new(), matched: 0, round_robin: 0 };
    for k in 0..rounds {
        let t = rounds - k - 1;
        let m = if k == 0 { first.clone() } else { matching(&cnt) };
        let m_conf = conflicts(&cnt, &m);
        let clean_factor = (0..rr.factors())
            .filter(|&f| !dirty[f])
            .map(|f| (f, rr.pairs(f)))
            .max_by_key(|(f, p)| (weight_of(p), std::cmp::Reverse(*f)));
        let greedy_ok = m_conf == 0 && {
            let touched: Vec<usize> = m.iter().map(|&(a, b)| rr.factor(a, b)).collect();
            let mut clean_after = (0..rr.factors()).filter(|&f| !dirty[f]).count();
            let mut seen = touched.clone();
            seen.sort_unstable();
            seen.dedup();
            clean_after -= seen.iter().filter(|&&f| !dirty[f]).count();
            let dirac = free_degree.iter().all(|&d| d >= np / 2 + t);
            t == 0 || dirac || clean_after >= t
        };
        let (chosen, from_matching) = match clean_factor {
            Some((_, p)) if prefer_round_robin || !greedy_ok => (p, false),
            _ if greedy_ok => (m, true),
            _ => {
                // nothing clean left: the least conflicting of the matching and every factor
                let mut best = (m_conf, m, true);
                for f in 0..rr.factors() {
                    let p = rr.pairs(f);
                    let c = conflicts(&cnt, &p);
                    if c < best.0 {
                        best = (c, p, false);
                    }
                }
                (best.1, best.2)
            }
        };
        if from_matching || k == 0 {
            out.matched += 1;
        } else {
            out.round_robin += 1;
        }
        let mut tables = Vec::with_capacity(np / 2);
        let mut rest = Vec::new();
        for &(a, b) in &chosen {
            if cnt[a * np + b] == 0 && !tie[a * np + b] {
                free_degree[a] = free_degree[a].saturating_sub(1);
                free_degree[b] = free_degree[b].saturating_sub(1);
            }
            cnt[a * np + b] += 1;
            cnt[b * np + a] += 1;
            dirty[rr.factor(a, b)] = true;
            if b >= n {
                rest.push(a);
            } else {
                tables.push(vec![a, b]);
            }
        }
        tables.sort();
        out.rounds.push(tables);
        out.rests.push(rest);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_robin_factor_lookup() {
        let mut rng = SmallRng::seed_from_u64(3);
        let first: Vec<(usize, usize)> = vec![(0, 5), (1, 4), (2, 3)];
        let rr = RoundRobin::new(6, &first, &[], &mut rng);
        assert_eq!(rr.pairs(0), first);
        let mut all = Vec::new();
        for f in 0..rr.factors() {
            for (a, b) in rr.pairs(f) {
                assert_eq!(rr.factor(a, b), f);
                all.push((a, b));
            }
        }
        all.sort();
        all.dedup();
        assert_eq!(all.len(), 15);
    }
}
