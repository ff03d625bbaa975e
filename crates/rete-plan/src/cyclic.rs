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
    /// groups the columns `{(j,x) : every layer j}` and the fixed points (as many as the
    /// layers): a resolvable GDD of type `L^(m+1)`, e.g. 4-RGDDs of type 3^u (24, 36, 48, 60)
    Columns,
}

/// An extra symmetry the base class must have, on top of the shifts: it cuts the
/// exact cover by its order (rows are orbits of tables), which is what makes the larger
/// designs (RBIBD(40,4,1), 4-RGDDs of type 3^12 and 2^22, NKTS(54)) quick to find. The
/// classical direct constructions are invariant in the same way (multipliers of `GF(q)`
/// acting on the differences; layers permuted cyclically).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sym {
    /// only the shifts
    Identity,
    /// `(j, x) ↦ (j, μ·x)`, fixed points fixed (`μ` a unit of `Z_m`)
    Multiplier(usize),
    /// `(j, x) ↦ (j + t, x)`, and `∞_k ↦ ∞_{k+1}` when the fixed points are a column
    /// (`t = 2` keeps the pairs of layers of [`Groups::LayerPairs`])
    LayerCycle(usize),
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
    /// one more round whose tables are the layers themselves (needs `m == block`, no fixed
    /// points): the shifts fix it, and it seats every pair inside a layer
    pub layer_round: bool,
    /// symmetry of each base class besides `H`
    pub sym: Sym,
}

impl Ansatz {
    pub(crate) fn points(&self) -> usize {
        self.layers * self.m + self.fixed
    }

    pub(crate) fn rounds(&self) -> usize {
        self.classes * self.m / self.stab + usize::from(self.layer_round)
    }

    /// The image of point `p` under [`Sym`].
    fn sym_image(&self, p: usize) -> usize {
        let fin = self.layers * self.m;
        match self.sym {
            Sym::Identity => p,
            Sym::Multiplier(mu) if p < fin => p / self.m * self.m + p % self.m * mu % self.m,
            Sym::LayerCycle(t) if p < fin => (p / self.m + t) % self.layers * self.m + p % self.m,
            Sym::LayerCycle(_) if self.groups == Groups::Columns => fin + (p - fin + 1) % self.fixed,
            _ => p,
        }
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

    /// Whether orbit `o` is a half orbit: difference `m/2` inside a layer, `m/2` pairs only.
    fn half(&self, o: usize) -> bool {
        self.m.is_multiple_of(2) && o < self.pure() && o % (self.m / 2) == self.m / 2 - 1
    }

    /// How often the pairs of orbit `o` occur in one `H`-invariant base class when the
    /// developed rounds seat each of them once: `h` for a full orbit, `h/2` for a half one
    /// (a 1-rotational design under `Z_m` with `h = 2`, such as KTS(33) on `Z_32 + ∞`).
    fn multiplicity(&self, o: usize) -> usize {
        if self.half(o) {
            self.stab / 2
        } else {
            self.stab
        }
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
                        let turn = matches!(self.groups, Groups::HalfTurn | Groups::HalfTurnSwap);
                        !(self.layer_round || (m.is_multiple_of(2) && d == m / 2 && turn))
                    } else {
                        match self.groups {
                            Groups::LayerPairs => !(d == 0 && ja % 2 == 0 && jb == ja + 1),
                            Groups::Columns => d != 0,
                            _ => true,
                        }
                    }
                };
                if wanted && self.multiplicity(self.orbit(a, b)) > 0 {
                    req[self.orbit(a, b)] = true;
                }
            }
        }
        req
    }

    /// Pairs the base classes seat, and seats the wanted orbits offer.
    fn counts(&self) -> Option<(usize, usize)> {
        let points = self.points();
        if self.block < 2 || !points.is_multiple_of(self.block) || self.m < 2 {
            return None;
        }
        if self.stab == 0 || !self.m.is_multiple_of(self.stab) || (self.stab > 1 && self.groups == Groups::HalfTurnSwap)
        {
            return None;
        }
        if self.layer_round && (self.m != self.block || self.fixed != 0) {
            return None;
        }
        if self.groups == Groups::Columns && self.fixed != self.layers {
            return None;
        }
        let per_class = points / self.block * self.block * (self.block - 1) / 2;
        let offered: usize =
            self.required().iter().enumerate().filter(|&(_, &r)| r).map(|(o, _)| self.multiplicity(o)).sum();
        Some((per_class * self.classes, offered))
    }

    /// Whether the orbit count matches the pairs the base classes seat: a design where every
    /// wanted pair meets once.
    pub(crate) fn consistent(&self) -> bool {
        self.counts().is_some_and(|(seated, offered)| seated == offered)
    }

    /// Whether the base classes fit in the wanted orbits with some to spare: a packing,
    /// searched with the orbits as at-most-once columns.
    pub(crate) fn packable(&self) -> bool {
        self.counts().is_some_and(|(seated, offered)| seated <= offered)
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
        if self.layer_round {
            rounds.push((0..self.layers).map(|j| (j * self.m..(j + 1) * self.m).collect()).collect());
        }
        for class in base {
            for i in 0..self.step() {
                rounds.push(class.iter().map(|t| t.iter().map(|&p| shift(p, i)).collect()).collect());
            }
        }
        rounds
    }
}

/// Exact cover by Knuth's Algorithm X with dancing links: columns are (class, point) and
/// the required orbits, rows are the candidate tables of each class; the column with the
/// fewest live rows is branched on first (the first such in column order), its rows in the
/// order of `col_rows`. Covering a column unlinks the rows that meet it from their other
/// columns, so deep in the search only live rows are visited.
struct Cover {
    /// node → column (nodes `0..=cols` are the column headers and the root)
    col: Vec<u32>,
    /// node → row (`u32::MAX` for headers)
    row_of: Vec<u32>,
    up: Vec<u32>,
    down: Vec<u32>,
    /// row → its nodes `row_start[r]..row_start[r + 1]`
    row_start: Vec<u32>,
    /// the primary columns still to cover, linked through the root `cols`
    left: Vec<u32>,
    right: Vec<u32>,
    root: u32,
    /// live rows per column
    size: Vec<u32>,
    chosen: Vec<u32>,
    nodes: u64,
    limit: u64,
    deadline: Instant,
}

impl Cover {
    /// Where the nodes of each row start: row `r` has nodes `start[r]..start[r + 1]`, after
    /// the `cols` headers and the root.
    fn layout(rows: &[Vec<u32>], cols: usize) -> Vec<u32> {
        let mut row_start = Vec::with_capacity(rows.len() + 1);
        let mut next = cols as u32 + 1;
        for row in rows {
            row_start.push(next);
            next += row.len() as u32;
        }
        row_start.push(next);
        row_start
    }

    /// `col_nodes[c]` lists the nodes of column `c` (from [`Cover::layout`]) in the order
    /// their rows are tried; columns `0..primary` must be covered, the others (orbits of a
    /// packing) at most once.
    fn new(
        rows: &[Vec<u32>],
        row_start: Vec<u32>,
        col_nodes: &[Vec<u32>],
        primary: usize,
        limit: u64,
        deadline: Instant,
    ) -> Cover {
        let cols = col_nodes.len();
        let root = cols as u32;
        let total = row_start.last().copied().unwrap_or(root + 1) as usize;
        let mut col: Vec<u32> = (0..=cols as u32).collect();
        col.resize(total, 0);
        let mut row_of = vec![u32::MAX; total];
        for (r, row) in rows.iter().enumerate() {
            for (k, &c) in row.iter().enumerate() {
                let node = row_start[r] as usize + k;
                col[node] = c;
                row_of[node] = r as u32;
            }
        }
        let mut up: Vec<u32> = (0..total as u32).collect();
        let mut down = up.clone();
        for (c, list) in col_nodes.iter().enumerate() {
            let mut last = c as u32;
            for &node in list {
                down[last as usize] = node;
                up[node as usize] = last;
                last = node;
            }
            down[last as usize] = c as u32;
            up[c] = last;
        }
        // header list: root, then the primary columns in order; secondary ones link to themselves
        let mut left: Vec<u32> = (0..=cols as u32).collect();
        let mut right = left.clone();
        let mut prev = root;
        for c in 0..primary as u32 {
            right[prev as usize] = c;
            left[c as usize] = prev;
            prev = c;
        }
        right[prev as usize] = root;
        left[root as usize] = prev;
        Cover {
            col,
            row_of,
            up,
            down,
            row_start,
            left,
            right,
            root,
            size: col_nodes.iter().map(|l| l.len() as u32).collect(),
            chosen: Vec::new(),
            nodes: 0,
            limit,
            deadline,
        }
    }

    fn cover(&mut self, c: usize) {
        let (l, r) = (self.left[c], self.right[c]);
        self.right[l as usize] = r;
        self.left[r as usize] = l;
        let mut i = self.down[c] as usize;
        while i != c {
            let row = self.row_of[i] as usize;
            for j in self.row_start[row] as usize..self.row_start[row + 1] as usize {
                if j != i {
                    let (u, d) = (self.up[j], self.down[j]);
                    self.down[u as usize] = d;
                    self.up[d as usize] = u;
                    self.size[self.col[j] as usize] -= 1;
                }
            }
            i = self.down[i] as usize;
        }
    }

    fn uncover(&mut self, c: usize) {
        let mut i = self.up[c] as usize;
        while i != c {
            let row = self.row_of[i] as usize;
            for j in (self.row_start[row] as usize..self.row_start[row + 1] as usize).rev() {
                if j != i {
                    let (u, d) = (self.up[j], self.down[j]);
                    self.down[u as usize] = j as u32;
                    self.up[d as usize] = j as u32;
                    self.size[self.col[j] as usize] += 1;
                }
            }
            i = self.up[i] as usize;
        }
        let (l, r) = (self.left[c], self.right[c]);
        self.right[l as usize] = c as u32;
        self.left[r as usize] = c as u32;
    }

    /// Takes row `r` into the cover before the search.
    fn select(&mut self, r: usize) {
        for j in self.row_start[r] as usize..self.row_start[r + 1] as usize {
            self.cover(self.col[j] as usize);
        }
        self.chosen.push(r as u32);
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
        let mut c = self.right[self.root as usize];
        while c != self.root {
            if best.is_none_or(|(s, _)| self.size[c as usize] < s) {
                best = Some((self.size[c as usize], c as usize));
            }
            c = self.right[c as usize];
        }
        let Some((size, c)) = best else { return true };
        if size == 0 {
            return false;
        }
        self.cover(c);
        let mut i = self.down[c] as usize;
        while i != c {
            let row = self.row_of[i] as usize;
            let (from, to) = (self.row_start[row] as usize, self.row_start[row + 1] as usize);
            for j in from..to {
                if j != i {
                    self.cover(self.col[j] as usize);
                }
            }
            self.chosen.push(row as u32);
            if self.solve() {
                return true;
            }
            self.chosen.pop();
            for j in (from..to).rev() {
                if j != i {
                    self.uncover(self.col[j] as usize);
                }
            }
            if self.nodes > self.limit {
                self.uncover(c);
                return false;
            }
            i = self.down[i] as usize;
        }
        self.uncover(c);
        false
    }
}

/// Candidate rows: `H`-orbits of tables (disjoint translates) in which every pair orbit
/// that occurs is required and occurs exactly `h` times; returned as their tables.
fn candidate_rows(a: &Ansatz, required: &[bool]) -> Vec<Vec<Vec<usize>>> {
    fn grow(a: &Ansatz, req: &[bool], cur: &mut Vec<usize>, out: &mut Vec<Vec<Vec<usize>>>) {
        if cur.len() == a.block {
            if let Some(row) = h_orbit(a, cur, req) {
                out.push(row);
            }
            return;
        }
        let from = cur.last().map_or(0, |&p| p + 1);
        for q in from..a.points() {
            let fine = cur.iter().all(|&b| {
                let o = a.orbit(b, q);
                req[o]
                    && (a.stab > 1
                        || a.sym != Sym::Identity
                        || cur.iter().take_while(|&&c| c != b).all(|&c| a.orbit(c, q) != o))
            });
            if fine {
                cur.push(q);
                grow(a, req, cur, out);
                cur.pop();
            }
        }
    }
    /// The orbit of `block` under `H` and [`Sym`], when `block` is its least table, its
    /// tables are disjoint and every pair orbit in it is wanted and occurs as often as a
    /// base class needs.
    fn h_orbit(a: &Ansatz, block: &[usize], req: &[bool]) -> Option<Vec<Vec<usize>>> {
        let mut blocks: Vec<Vec<usize>> = vec![block.to_vec()];
        let mut i = 0;
        while i < blocks.len() {
            let images = [
                blocks[i].iter().map(|&p| a.shift(p, a.step())).collect::<Vec<_>>(),
                blocks[i].iter().map(|&p| a.sym_image(p)).collect(),
            ];
            for mut b in images {
                b.sort_unstable();
                if b.as_slice() < block {
                    return None;
                }
                if !blocks.contains(&b) {
                    blocks.push(b);
                }
            }
            i += 1;
            if blocks.len() > a.points() {
                return None;
            }
        }
        blocks.sort();
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
            if !req[orbits[i]] || j != a.multiplicity(orbits[i]) {
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

/// Searches base classes for `a` until `deadline` or `max_nodes` nodes of the exact cover
/// (over all restarts); returns the developed rounds. The node cap makes a failure as
/// deterministic as a success: the caller moves on to its next ansatz on any machine.
pub(crate) fn search(a: &Ansatz, seed: u64, deadline: Instant, max_nodes: u64) -> Option<Vec<Vec<Vec<usize>>>> {
    let exact = a.consistent();
    if !exact && !a.packable() {
        return None;
    }
    // every table is a candidate: beyond a few million the enumeration alone is too slow
    let candidates = (0..a.block).fold(1u128, |acc, i| acc * (a.points() - i) as u128 / (i as u128 + 1));
    if candidates > MAX_CANDIDATES {
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
    let row_start = Cover::layout(&rows, cols as usize);
    let mut col_nodes: Vec<Vec<u32>> = vec![Vec::new(); cols as usize];
    for (r, row) in rows.iter().enumerate() {
        for (k, &c) in row.iter().enumerate() {
            col_nodes[c as usize].push(row_start[r] + k as u32);
        }
    }
    let mut limit = 20_000u64;
    let mut spent = 0u64;
    for attempt in 0u64.. {
        if Instant::now() >= deadline || spent >= max_nodes {
            return None;
        }
        let limit_now = limit.min(max_nodes - spent);
        let mut rng = SmallRng::seed_from_u64(seed ^ attempt.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        let mut col_nodes = col_nodes.clone();
        for list in &mut col_nodes {
            list.shuffle(&mut rng);
        }
        let primary = if exact { cols as usize } else { a.classes * points };
        let mut x = Cover::new(&rows, row_start.clone(), &col_nodes, primary, limit_now, deadline);
        // Symmetry breaking: shifting one layer is an automorphism of the ansatz, so with one
        // class ∞_1's table (one point per layer) may be taken to be ∞_1, (0,0), (1,0), ….
        let layer_shifts = !matches!(a.groups, Groups::LayerPairs | Groups::Columns);
        if a.classes == 1
            && a.stab == 1
            && a.fixed >= 1
            && a.layers + 1 == a.block
            && layer_shifts
            && a.sym == Sym::Identity
        {
            let mut first: Vec<usize> = (0..a.layers).map(|j| j * a.m).chain(std::iter::once(a.layers * a.m)).collect();
            first.sort_unstable();
            if let Some(r) = tables.iter().position(|t| t.len() == 1 && t[0] == first) {
                x.select(r);
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
        spent += x.nodes;
        limit = (limit * 3 / 2).min(200_000_000);
    }
    None
}

/// Most candidate tables enumerated for one ansatz (C(60, 4) is 487,635). RBIBD(45,5,1)
/// (C(45, 5) = 1,221,759) was tried above the cap: Z_11 × 4 + ∞ with a multiplier of order 5
/// finds nothing in 200,000 nodes and Z_22 × 2 + ∞ takes 14 s for 20,000, so the cap stays.
const MAX_CANDIDATES: u128 = 1_000_000;

/// The symmetries worth imposing on `a`'s base classes, cheapest search first: one
/// the layer cycle, one multiplier subgroup of each small order (a base class invariant
/// under it is that many times smaller).
pub(crate) fn symmetries(a: &Ansatz) -> Vec<Sym> {
    let mut out = Vec::new();
    // 1-rotational designs (one layer) have no room for more symmetry
    if a.classes == 1 && a.layers >= 2 && a.groups != Groups::HalfTurnSwap && !a.layer_round {
        if a.fixed <= 1 || a.groups == Groups::Columns {
            out.push(Sym::LayerCycle(1));
        }
        if a.layers >= 4 && a.layers.is_multiple_of(2) && a.groups == Groups::LayerPairs {
            out.push(Sym::LayerCycle(2));
        }
        let order = |mu: usize| (1..=a.m).find(|&e| (0..e).fold(1, |acc, _| acc * mu % a.m) == 1);
        let gcd = |mut x: usize, mut y: usize| {
            while y != 0 {
                (x, y) = (y, x % y);
            }
            x
        };
        for e in [6, 4, 3, 5, 2] {
            if let Some(mu) = (2..a.m).find(|&mu| gcd(mu, a.m) == 1 && order(mu) == Some(e)) {
                out.push(Sym::Multiplier(mu));
            }
        }
    }
    out
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
            let columns = (v / (m + 1), Groups::Columns);
            for (fixed, groups) in
                [(1, Groups::None), (2, Groups::HalfTurn), (2, Groups::HalfTurnSwap), (2, Groups::LayerPairs), columns]
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
                if groups == Groups::Columns && (!v.is_multiple_of(m + 1) || layers != fixed || layers < 2) {
                    continue;
                }
                let a = Ansatz {
                    m,
                    layers,
                    fixed,
                    classes,
                    block: k,
                    groups,
                    stab,
                    layer_round: false,
                    sym: Sym::Identity,
                };
                if a.consistent() {
                    out.push(a);
                }
            }
        }
    }
    // one class first; a base class fixed by a large subgroup searches slowly, so those last
    out.sort_by_key(|a| (a.classes, a.stab >= 3, std::cmp::Reverse(a.m)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::score;
    use std::time::Duration;

    fn first(v: usize, k: usize, r: usize) -> Option<Vec<Vec<Vec<usize>>>> {
        let deadline = Instant::now() + Duration::from_secs(20);
        ansatze(v, k, r).iter().find_map(|a| search(a, 1, deadline, u64::MAX))
    }

    /// How long each ansatz and symmetry takes for `SPEC=v,k,r` over `SEEDS` seeds:
    /// `cargo test -p rete-plan --release --lib time_symmetries -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn time_symmetries() {
        let spec: Vec<usize> =
            std::env::var("SPEC").unwrap_or_default().split(',').filter_map(|x| x.parse().ok()).collect();
        let (v, k, r) = (spec[0], spec[1], spec[2]);
        for a in ansatze(v, k, r) {
            for sym in std::iter::once(Sym::Identity).chain(symmetries(&a)) {
                let b = Ansatz { sym, ..a };
                let seeds: u64 = std::env::var("SEEDS").ok().and_then(|x| x.parse().ok()).unwrap_or(1);
                for seed in 1..=seeds {
                    let t = Instant::now();
                    let found = search(&b, seed, Instant::now() + Duration::from_secs(5), 400_000).is_some();
                    println!("{:?} seed {seed}: {found} {:?}", b.sym, t.elapsed());
                }
            }
        }
    }

    #[test]
    fn kirkman_15() {
        let rounds = first(15, 3, 7).unwrap();
        assert_eq!(rounds.len(), 7);
        let s = score(&rounds, &[]);
        assert_eq!((s.repeats, s.pairs_met), (0, 105));
    }
}
