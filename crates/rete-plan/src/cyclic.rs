//! Resolvable designs developed cyclically from base blocks found by exact search.
//!
//! Ansatz: the people are `Z_m × {0..L}` plus `f` fixed points `∞_k`; a *base class*
//! (a partition into tables) is shifted by `x ↦ x + i` for `i` in `Z_m` to give `m`
//! rounds, and `c` base classes give `c·m` rounds. A pair `{(j,x), (j',x')}` and all its
//! shifts form an *orbit* (named by the layers and the difference `x' − x`); the
//! developed rounds are repeat-free exactly when every orbit occurs at most once among
//! the base classes' pairs, and cover the wanted pairs when the count matches. Orbits
//! that must not occur: `∞_1∞_2` (fixed by every shift) and, for even `m`, the
//! difference `m/2` inside a layer (a half orbit, shifted onto itself) — which is
//! exactly what a group divisible design with groups of two wants.
//!
//! This gives Kirkman triple systems (15 = Z_7 × 2 + ∞, Kirkman's schoolgirls, 7 rounds;
//! 21 = Z_5 × 4 + ∞ with two base classes, 10 rounds), resolvable 2-(v,4,1) designs
//! (28 = Z_9 × 3 + ∞, 9 rounds), the nearly Kirkman system 18 = Z_8 × 2 + ∞_1 + ∞_2
//! (a 3-RGDD of type 2^9, 8 rounds) and the 4-RGDD of type 2^16 that is the social
//! golfer instance 8-4-10: 32 = Z_10 × 3 + ∞_1 + ∞_2, 10 rounds where each person
//! misses only their partner (`(j, x)` and `(j, x+5)`, and `∞_1`, `∞_2`).
//! The search is a backtracking exact cover (tables filled from the first unseated
//! person, candidates in a seeded random order, restarted with growing node limits).

use rand::rngs::SmallRng;
use rand::seq::SliceRandom;
use rand::SeedableRng;
use std::time::Instant;

/// Which pairs of finite points are never together (the groups of a group divisible design).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Groups {
    /// a resolvable 2-design: every pair meets once (needs odd `m`, one fixed point)
    None,
    /// groups `{(j,x), (j,x+m/2)}` and `{∞_1, ∞_2}` (even `m`, two fixed points)
    HalfTurn,
    /// groups `{(2i,x), (2i+1,x)}` and `{∞_1, ∞_2}` (even number of layers, two fixed points)
    LayerPairs,
    /// as `HalfTurn`, but the shift by one also swaps `∞_1` and `∞_2`
    HalfTurnSwap,
}

/// One cyclic ansatz.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Ansatz {
    pub m: usize,
    pub layers: usize,
    pub fixed: usize,
    pub classes: usize,
    pub block: usize,
    pub groups: Groups,
    /// order `h` of the subgroup `H = <m/h>` fixing each base class; a class gives `m/h` rounds
    pub stab: usize,
}

impl Ansatz {
    pub(crate) fn points(&self) -> usize {
        self.layers * self.m + self.fixed
    }

    pub(crate) fn rounds(&self) -> usize {
        self.classes * self.m / self.stab
    }

    /// The shift generating `H`.
    fn step(&self) -> usize {
        self.m / self.stab
    }

    fn pure(&self) -> usize {
        self.layers * (self.m / 2)
    }

    fn mixed_at(&self) -> usize {
        self.pure()
    }

    fn inf_at(&self) -> usize {
        self.mixed_at() + self.layers * self.layers * self.m
    }

    fn ff_at(&self) -> usize {
        self.inf_at() + self.fixed * self.layers
    }

    fn orbit_space(&self) -> usize {
        self.ff_at() + self.fixed * self.fixed
    }

    /// The orbit of the pair `a`, `b` (points numbered `j·m + x`, then the fixed points).
    fn orbit(&self, a: usize, b: usize) -> usize {
        let (m, fin) = (self.m, self.layers * self.m);
        let (a, b) = if a < b { (a, b) } else { (b, a) };
        if a >= fin {
            return self.ff_at() + (a - fin) * self.fixed + (b - fin);
        }
        if b >= fin {
            let k = if self.groups == Groups::HalfTurnSwap { (b - fin) ^ (a % m % 2) } else { b - fin };
            return self.inf_at() + k * self.layers + a / m;
        }
        let (ja, xa, jb, xb) = (a / m, a % m, b / m, b % m);
        let d = (xb + m - xa) % m;
        if ja == jb {
            ja * (m / 2) + d.min(m - d) - 1
        } else {
            self.mixed_at() + (ja * self.layers + jb) * m + d
        }
    }

    /// Orbits that the base classes must cover (exactly once each).
    fn required(&self) -> Vec<bool> {
        let mut req = vec![false; self.orbit_space()];
        let (m, fin) = (self.m, self.layers * self.m);
        let points = self.points();
        for a in 0..points {
            for b in a + 1..points {
                let wanted = if a >= fin {
                    false
                } else if b >= fin {
                    true
                } else {
                    let (ja, xa, jb, xb) = (a / m, a % m, b / m, b % m);
                    let d = (xb + m - xa) % m;
                    if ja == jb {
                        !(m % 2 == 0 && d == m / 2)
                    } else {
                        !(self.groups == Groups::LayerPairs && d == 0 && ja % 2 == 0 && jb == ja + 1)
                    }
                };
                if wanted {
                    req[self.orbit(a, b)] = true;
                }
            }
        }
        req
    }

    /// Whether the orbit count matches the pairs the base classes seat.
    pub(crate) fn consistent(&self) -> bool {
        let points = self.points();
        if self.block < 2 || !points.is_multiple_of(self.block) || self.m < 2 {
            return false;
        }
        if self.stab == 0 || !self.m.is_multiple_of(self.stab) || (self.stab > 1 && self.groups == Groups::HalfTurnSwap)
        {
            return false;
        }
        let per_class = points / self.block * self.block * (self.block - 1) / 2;
        self.required().iter().filter(|&&r| r).count() * self.stab == per_class * self.classes
    }

    /// `p` shifted by `i` (fixed points stay, or swap under `HalfTurnSwap`).
    fn shift(&self, p: usize, i: usize) -> usize {
        let fin = self.layers * self.m;
        if p < fin {
            p / self.m * self.m + (p % self.m + i) % self.m
        } else if self.groups == Groups::HalfTurnSwap {
            fin + ((p - fin) ^ (i % 2))
        } else {
            p
        }
    }

    /// The rounds developed from base classes.
    fn develop(&self, base: &[Vec<Vec<usize>>]) -> Vec<Vec<Vec<usize>>> {
        let fin = self.layers * self.m;
        let swap = self.groups == Groups::HalfTurnSwap;
        let shift = |p: usize, i: usize| {
            if p < fin {
                p / self.m * self.m + (p % self.m + i) % self.m
            } else if swap {
                fin + ((p - fin) ^ (i % 2))
            } else {
                p
            }
        };
        let mut rounds = Vec::with_capacity(self.rounds());
        for class in base {
            for i in 0..self.step() {
                rounds.push(class.iter().map(|t| t.iter().map(|&p| shift(p, i)).collect()).collect());
            }
        }
        rounds
    }
}

/// Exact cover by Knuth's Algorithm X: columns are (class, point) and the required
/// orbits, rows are the candidate tables of each class; the column with the fewest
/// live rows is branched on first.
struct Cover {
    /// row → columns
    rows: Vec<Vec<u32>>,
    /// column → rows (in a seeded random order)
    col_rows: Vec<Vec<u32>>,
    col_live: Vec<bool>,
    /// live rows per column
    size: Vec<u32>,
    /// how many chosen rows conflict with a row (0 = live)
    dead: Vec<u32>,
    chosen: Vec<u32>,
    nodes: u64,
    limit: u64,
    deadline: Instant,
}

impl Cover {
    fn select(&mut self, r: usize) {
        for i in 0..self.rows[r].len() {
            let c = self.rows[r][i] as usize;
            self.col_live[c] = false;
            for j in 0..self.col_rows[c].len() {
                let r2 = self.col_rows[c][j] as usize;
                self.dead[r2] += 1;
                if self.dead[r2] == 1 {
                    for &c2 in &self.rows[r2] {
                        self.size[c2 as usize] -= 1;
                    }
                }
            }
        }
    }

    fn unselect(&mut self, r: usize) {
        for i in (0..self.rows[r].len()).rev() {
            let c = self.rows[r][i] as usize;
            for j in 0..self.col_rows[c].len() {
                let r2 = self.col_rows[c][j] as usize;
                self.dead[r2] -= 1;
                if self.dead[r2] == 0 {
                    for &c2 in &self.rows[r2] {
                        self.size[c2 as usize] += 1;
                    }
                }
            }
            self.col_live[c] = true;
        }
    }

    fn solve(&mut self) -> bool {
        self.nodes += 1;
        if self.nodes.is_multiple_of(4096) && Instant::now() >= self.deadline {
            self.limit = 0;
        }
        if self.nodes > self.limit {
            return false;
        }
        let mut best: Option<(u32, usize)> = None;
        for c in 0..self.col_live.len() {
            if self.col_live[c] && best.is_none_or(|(s, _)| self.size[c] < s) {
                best = Some((self.size[c], c));
            }
        }
        let Some((size, c)) = best else { return true };
        if size == 0 {
            return false;
        }
        for j in 0..self.col_rows[c].len() {
            let r = self.col_rows[c][j] as usize;
            if self.dead[r] != 0 {
                continue;
            }
            self.select(r);
            self.chosen.push(r as u32);
            if self.solve() {
                return true;
            }
            self.chosen.pop();
            self.unselect(r);
            if self.nodes > self.limit {
                return false;
            }
        }
        false
    }
}

/// Candidate rows: `H`-orbits of tables (disjoint translates) in which every pair orbit
/// that occurs is required and occurs exactly `h` times; returned as their tables.
fn candidate_rows(a: &Ansatz, required: &[bool]) -> Vec<Vec<Vec<usize>>> {
    fn grow(a: &Ansatz, req: &[bool], cur: &mut Vec<usize>, out: &mut Vec<Vec<Vec<usize>>>) {
        if cur.len() == a.block {
            if let Some(row) = h_orbit(a, cur) {
                out.push(row);
            }
            return;
        }
        let from = cur.last().map_or(0, |&p| p + 1);
        for q in from..a.points() {
            let fine = cur.iter().all(|&b| {
                let o = a.orbit(b, q);
                req[o] && (a.stab > 1 || cur.iter().take_while(|&&c| c != b).all(|&c| a.orbit(c, q) != o))
            });
            if fine {
                cur.push(q);
                grow(a, req, cur, out);
                cur.pop();
            }
        }
    }
    fn h_orbit(a: &Ansatz, block: &[usize]) -> Option<Vec<Vec<usize>>> {
        let mut blocks: Vec<Vec<usize>> = (0..a.stab)
            .map(|t| {
                let mut b: Vec<usize> = block.iter().map(|&p| a.shift(p, t * a.step())).collect();
                b.sort_unstable();
                b
            })
            .collect();
        if blocks.iter().any(|b| b.as_slice() < block) {
            return None;
        }
        blocks.sort();
        blocks.dedup();
        let mut seen: Vec<usize> = blocks.iter().flatten().copied().collect();
        seen.sort_unstable();
        if seen.windows(2).any(|w| w[0] == w[1]) {
            return None;
        }
        let mut orbits: Vec<usize> = Vec::new();
        for b in &blocks {
            for (i, &p) in b.iter().enumerate() {
                for &q in &b[i + 1..] {
                    orbits.push(a.orbit(p, q));
                }
            }
        }
        orbits.sort_unstable();
        let mut i = 0;
        while i < orbits.len() {
            let j = orbits[i..].iter().take_while(|&&o| o == orbits[i]).count();
            if j != a.stab {
                return None;
            }
            i += j;
        }
        Some(blocks)
    }
    let mut out = Vec::new();
    grow(a, required, &mut Vec::new(), &mut out);
    out
}

/// Searches base classes for `a` until `deadline`; returns the developed rounds.
pub(crate) fn search(a: &Ansatz, seed: u64, deadline: Instant) -> Option<Vec<Vec<Vec<usize>>>> {
    if !a.consistent() {
        return None;
    }
    let points = a.points();
    let required = a.required();
    let tables = candidate_rows(a, &required);
    let mut orbit_col = vec![u32::MAX; required.len()];
    let mut cols = (a.classes * points) as u32;
    for (o, &r) in required.iter().enumerate() {
        if r {
            orbit_col[o] = cols;
            cols += 1;
        }
    }
    let mut rows: Vec<Vec<u32>> = Vec::with_capacity(tables.len() * a.classes);
    let mut row_table: Vec<(usize, usize)> = Vec::with_capacity(tables.len() * a.classes);
    for c in 0..a.classes {
        for (i, t) in tables.iter().enumerate() {
            let mut row: Vec<u32> = t.iter().flatten().map(|&p| (c * points + p) as u32).collect();
            let mut orbits: Vec<u32> = Vec::new();
            for b in t {
                for (x, &p) in b.iter().enumerate() {
                    for &q in &b[x + 1..] {
                        orbits.push(orbit_col[a.orbit(p, q)]);
                    }
                }
            }
            orbits.sort_unstable();
            orbits.dedup();
            row.extend(orbits);
            rows.push(row);
            row_table.push((c, i));
        }
    }
    let mut limit = 20_000u64;
    for attempt in 0u64.. {
        if Instant::now() >= deadline {
            return None;
        }
        let mut rng = SmallRng::seed_from_u64(seed ^ attempt.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        let mut col_rows: Vec<Vec<u32>> = vec![Vec::new(); cols as usize];
        for (r, row) in rows.iter().enumerate() {
            for &c in row {
                col_rows[c as usize].push(r as u32);
            }
        }
        for list in &mut col_rows {
            list.shuffle(&mut rng);
        }
        let size = col_rows.iter().map(|l| l.len() as u32).collect();
        let mut x = Cover {
            rows: rows.clone(),
            col_rows,
            col_live: vec![true; cols as usize],
            size,
            dead: vec![0; rows.len()],
            chosen: Vec::new(),
            nodes: 0,
            limit,
            deadline,
        };
        // Symmetry breaking: shifting one layer is an automorphism of the ansatz, so with one
        // class ∞_1's table (one point per layer) may be taken to be ∞_1, (0,0), (1,0), ….
        if a.classes == 1 && a.stab == 1 && a.fixed >= 1 && a.layers + 1 == a.block && a.groups != Groups::LayerPairs {
            let mut first: Vec<usize> = (0..a.layers).map(|j| j * a.m).chain(std::iter::once(a.layers * a.m)).collect();
            first.sort_unstable();
            if let Some(r) = tables.iter().position(|t| t.len() == 1 && t[0] == first) {
                x.select(r);
                x.chosen.push(r as u32);
            }
        }
        if x.solve() {
            let mut base: Vec<Vec<Vec<usize>>> = vec![Vec::new(); a.classes];
            for &r in &x.chosen {
                let (c, i) = row_table[r as usize];
                base[c].extend(tables[i].iter().cloned());
            }
            return Some(a.develop(&base));
        }
        if x.nodes <= x.limit {
            // the whole tree was searched: this ansatz has no solution
            return None;
        }
        limit = (limit * 3 / 2).min(200_000_000);
    }
    None
}

/// The cyclic ansätze worth trying for `v` people at tables of `k` over `rounds` rounds,
/// fewest base classes first.
pub(crate) fn ansatze(v: usize, k: usize, rounds: usize) -> Vec<Ansatz> {
    let mut out = Vec::new();
    if k < 3 || !v.is_multiple_of(k) || rounds == 0 {
        return out;
    }
    for m in 3..v {
        for stab in (1..=m).filter(|h| m % h == 0) {
            let step = m / stab;
            if !rounds.is_multiple_of(step) || (step == 1 && stab != 3) {
                continue;
            }
            let classes = rounds / step;
            for (fixed, groups) in
                [(1, Groups::None), (2, Groups::HalfTurn), (2, Groups::HalfTurnSwap), (2, Groups::LayerPairs)]
            {
                if v < fixed || !(v - fixed).is_multiple_of(m) {
                    continue;
                }
                let layers = (v - fixed) / m;
                if matches!(groups, Groups::HalfTurn | Groups::HalfTurnSwap) && m % 2 != 0 {
                    continue;
                }
                if groups == Groups::LayerPairs && (!layers.is_multiple_of(2) || m % 2 == 0) {
                    continue;
                }
                let a = Ansatz { m, layers, fixed, classes, block: k, groups, stab };
                if a.consistent() {
                    out.push(a);
                }
            }
        }
    }
    out.sort_by_key(|a| (a.classes, std::cmp::Reverse(a.m)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::score;
    use std::time::Duration;

    fn first(v: usize, k: usize, r: usize) -> Option<Vec<Vec<Vec<usize>>>> {
        let deadline = Instant::now() + Duration::from_secs(20);
        ansatze(v, k, r).iter().find_map(|a| search(a, 1, deadline))
    }

    #[test]
    fn kirkman_15() {
        let rounds = first(15, 3, 7).unwrap();
        assert_eq!(rounds.len(), 7);
        let s = score(&rounds, &[]);
        assert_eq!((s.repeats, s.pairs_met), (0, 105));
    }
}
