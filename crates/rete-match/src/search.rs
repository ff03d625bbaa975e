//! Exact top-k of one member against everyone, the hot kernel.
//!
//! Most pairs share no exchange term, so the search never looks at them:
//! 1. `s_ab` for every `b` offering a term `a` seeks, accumulated sparsely
//!    from the offers postings of `a`'s seek terms;
//! 2. `s_ba` from the seeks postings of `a`'s offer terms, kept only where
//!    `s_ab > 0` (give-give needs both);
//! 3. the candidates' scores: the k best by give-give first, which sets a
//!    high bar at once, then the others whose upper bound (their give-give,
//!    plus a bound on shared interests from the interest masks) can still
//!    clear it; only those read the other member's interests vector;
//! 4. members with give-give 0 score `0.2 * shared <= 0.2`: when the k-th
//!    best already beats that (most queries) they are skipped wholesale,
//!    otherwise an interests pass over the postings scores them exactly.
//!
//! Steps 1-3a run block by block over the members (postings are sorted by
//! slot, so each term's cursor just moves on): the accumulators of a block
//! fit in the L1 cache, where a whole-community array would miss the cache
//! on most postings.
//!
//! Every cosine is summed in ascending term order whichever path computes
//! it, so the score of a pair is the same bits from either side and in any
//! pass; ties stay ties.
//!
//! The batch builds on that symmetry ([`Searcher::sweep`]): steps 1-3 for
//! a member against the members after it only, each pair offered to both
//! lists, then step 4 ([`Searcher::add_interests`]) for the few members
//! whose lists leave room for shared interests alone.

use crate::index::{shared_reach, Entry, Index, Rows};
use crate::members::Field;
use crate::score::{give_give, score, W_SHARED};
use crate::topk::{Leaders, Scored, TopK, Tops};

/// Members per block: `[f32; 2]` accumulators of 32 KiB.
const BLOCK: usize = 4096;

/// A query term's walk along its posting list: weight, next entry, end.
#[derive(Debug, Clone, Copy)]
struct Cursor {
    w: f32,
    at: usize,
    end: usize,
}

/// A member with give-give > 0 for the current query.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    slot: u32,
    /// Scored already (a leader).
    done: bool,
    /// The most b could share with anyone (`InterestKey::reach`).
    reach: f32,
    /// The bound on shared interests from the two masks, once computed.
    bound: f32,
    /// Meet of the two interest masks: 0 means no shared interest.
    mask: u64,
    give_give: f64,
}

/// Scratch space of one searching thread, reused across queries so that a
/// query allocates only its result.
#[derive(Debug, Default)]
pub(crate) struct Searcher {
    /// `[s_ab, s_ba]` of the current block's members.
    exchange: Vec<[f32; 2]>,
    /// Block members with give-give > 0, as found; sized to hold the whole
    /// block so that recording one needs no branch.
    found: Vec<u32>,
    seek_cursors: Vec<Cursor>,
    offer_cursors: Vec<Cursor>,
    candidates: Vec<Candidate>,
    leaders: Leaders,
    /// Candidates left for exact scoring after the cheap bounds.
    survivors: Vec<Candidate>,
    /// For each bit of the interest masks: the query's weights of the terms
    /// with that bit times each term's largest weight in anyone's
    /// interests, summed (0 for bits the query lacks).
    bit_bounds: Vec<f64>,
    /// Shared-interest cosine by slot, for the interests pass.
    shared: Vec<f32>,
    shared_touched: Vec<u32>,
    /// The query's interests vector, dense over the vocabulary.
    dense: Vec<f32>,
}

impl Searcher {
    fn fit(&mut self, index: &Index) {
        if self.bit_bounds.len() != 64 {
            self.bit_bounds = vec![0.0; 64];
        }
        if self.exchange.len() != BLOCK {
            self.exchange = vec![[0.0; 2]; BLOCK];
            self.found = vec![0; BLOCK];
        }
        if self.shared.len() != index.len() {
            self.shared = vec![0.0; index.len()];
        }
        let terms = index.by_term[Field::Interests as usize].len();
        if self.dense.len() != terms {
            self.dense = vec![0.0; terms];
        }
    }

    /// Loads the query's interests (dense, and per-term bounds) and its
    /// candidates: the members after `after - 1` with give-give > 0 (steps
    /// 1-3a). Returns the best shared interests anyone could have with it.
    fn collect(&mut self, index: &Index, slot: usize, k: usize, after: usize) -> f64 {
        self.fit(index);
        let [offers, seeks, interests] = &index.by_member;
        let [offers_t, seeks_t, _] = &index.by_term;

        // The query's interests: dense, and its per-term bounds.
        let mine = interests.row(slot);
        let my_mask = index.interest_keys[slot].mask;
        for e in mine {
            let t = e.key as usize;
            self.dense[t] = e.w;
            let bit = index.interest_bit.get(t).copied().unwrap_or(63);
            let max = index.interest_max.get(t).copied().unwrap_or(1.0);
            self.bit_bounds[usize::from(bit)] += f64::from(e.w) * f64::from(max);
        }

        set_cursors(seeks.row(slot), offers_t, after, &mut self.seek_cursors);
        set_cursors(offers.row(slot), seeks_t, after, &mut self.offer_cursors);
        let offer_postings = offers_t.entries();
        let seek_postings = seeks_t.entries();
        self.candidates.clear();
        self.leaders.reset(k);
        for first in (after / BLOCK * BLOCK..index.len()).step_by(BLOCK) {
            let last = (first + BLOCK).min(index.len()) as u32;
            // Cleared in bulk: a memset of the block is cheaper than
            // tracking which entries each posting touches.
            let exchange = &mut self.exchange[..];
            exchange.fill([0.0; 2]);

            // 1. s_ab: how much each b offers of what a seeks.
            for c in self.seek_cursors.iter_mut() {
                let mut used = 0;
                for p in &offer_postings[c.at..c.end] {
                    if p.key >= last {
                        break;
                    }
                    used += 1;
                    exchange[p.key as usize - first][0] += c.w * p.w;
                }
                c.at += used;
            }
            // 2. s_ba, accumulated for everyone and read only where s_ab >
            // 0; a member is a candidate (give-give > 0) from its first s_ba
            // on.
            let found = &mut self.found[..];
            let mut candidates = 0usize;
            for c in self.offer_cursors.iter_mut() {
                let mut used = 0;
                for p in &seek_postings[c.at..c.end] {
                    if p.key >= last {
                        break;
                    }
                    used += 1;
                    let acc = &mut exchange[p.key as usize - first];
                    found[candidates] = p.key;
                    candidates += usize::from(acc[0] > 0.0 && acc[1] == 0.0);
                    acc[1] += c.w * p.w;
                }
                c.at += used;
            }
            // 3a. Give-give of the block's candidates. Their masks are
            // cache misses in a large community: reading them all first,
            // with nothing depending on one another, lets the misses
            // overlap (the loop below waits on each in turn).
            let warm = found[..candidates].iter().fold(0, |x, &b| x ^ index.interest_keys[b as usize].mask);
            std::hint::black_box(warm);
            for &b in &found[..candidates] {
                if b as usize == slot {
                    continue;
                }
                let [s_ab, s_ba] = exchange[b as usize - first];
                let gg = give_give(f64::from(s_ab), f64::from(s_ba));
                let key = index.interest_keys[b as usize];
                let mask = key.mask & my_mask;
                self.leaders.push(gg, self.candidates.len() as u32);
                let reach = key.reach;
                self.candidates.push(Candidate { slot: b, done: false, reach, bound: 0.0, mask, give_give: gg });
            }
        }
        f64::from(self.shared_bound(my_mask))
    }

    /// Sum, over my terms whose bit the mask has, of my weight times the
    /// largest weight anyone has for the term: >= the cosine.
    fn shared_bound(&self, mask: u64) -> f32 {
        let bits = std::iter::successors(Some(mask).filter(|&m| m != 0), |&m| Some(m & (m - 1)).filter(|&m| m != 0));
        shared_reach(bits.map(|m| self.bit_bounds[m.trailing_zeros() as usize]))
    }

    /// Forgets the query's dense interests and bounds, ready for the next
    /// query.
    fn clear_dense(&mut self, index: &Index, slot: usize) {
        for e in index.by_member[Field::Interests as usize].row(slot) {
            self.dense[e.key as usize] = 0.0;
        }
        self.bit_bounds.fill(0.0);
    }

    /// The best `k` others of the member in `slot`, score > 0, best first.
    pub fn top_k(&mut self, index: &Index, slot: usize, k: usize) -> TopK {
        let mut top = TopK::new(k);
        if k == 0 || slot >= index.len() {
            return top;
        }
        let best_shared = self.collect(index, slot, k, 0);

        // 3b. Exact scores: the leaders by give-give first, then whoever
        // can still beat the k-th, by ever tighter (and dearer) bounds:
        // the best shared interests anyone could have with me, then the
        // bound from b's mask; only then b's interests vector.
        let dense = &self.dense[..];
        let exact = |c: &Candidate, top: &mut TopK| {
            top.offer(score(c.give_give, f64::from(shared_of(index, dense, c))), c.slot, &index.ids);
        };
        for i in self.leaders.positions() {
            let c = &mut self.candidates[i as usize];
            exact(c, &mut top);
            c.done = true;
        }
        self.survivors.clear();
        for c in &self.candidates {
            if c.done || top.excludes(score(c.give_give, best_shared)) {
                continue;
            }
            if c.mask == 0 {
                exact(c, &mut top); // exact without reading anything
            } else {
                let bound = self.shared_bound(c.mask);
                if !top.excludes(score(c.give_give, f64::from(bound))) {
                    self.survivors.push(Candidate { bound, ..*c });
                }
            }
        }
        // Survivors need b's interests vector, a cache miss each. Loading
        // them all first lets the misses overlap; interleaved with the
        // checks above they would mostly wait one after the other.
        let warm = self.survivors.iter().fold(0, |x, c| x ^ index.interest_cards[c.slot as usize].first_term());
        std::hint::black_box(warm);
        for c in &self.survivors {
            if !top.excludes(score(c.give_give, f64::from(c.bound))) {
                exact(c, &mut top);
            }
        }

        // 4. Give-give 0: only shared interests, at most 0.2.
        if interests_matter(best_shared, top.bar()) {
            // Candidates of step 3 are scored already: mark them.
            for c in &self.candidates {
                self.shared[c.slot as usize] = f32::NEG_INFINITY;
            }
            self.interests_pass(index, slot, &mut top, |_| false);
            for c in &self.candidates {
                self.shared[c.slot as usize] = 0.0;
            }
        }
        self.clear_dense(index, slot);
        top
    }

    /// The batch's last step for a member whose list of give-give matches
    /// (`list`: exact, from the sweeps) leaves room for shared interests
    /// alone: step 4, where the members the sweeps scored are told apart
    /// by their rows (give-give > 0 means a term in common both ways),
    /// checked only for the few whose shared interests could enter.
    pub fn add_interests(&mut self, index: &Index, slot: usize, k: usize, list: &[Scored]) -> TopK {
        self.fit(index);
        let mut top = TopK::new(k);
        for &c in list {
            top.push(c);
        }
        let [offers, seeks, _] = &index.by_member;
        self.interests_pass(index, slot, &mut top, |b| {
            meets(seeks.row(slot), offers.row(b)) && meets(offers.row(slot), seeks.row(b))
        });
        top
    }

    /// Step 4: offers `top` every member sharing an interest with the one
    /// in `slot`, scored by shared interests alone, except the members
    /// marked in `shared` beforehand (minus infinity) and those
    /// `has_give_give` names, asked only of members that could enter.
    fn interests_pass(&mut self, index: &Index, slot: usize, top: &mut TopK, has_give_give: impl Fn(usize) -> bool) {
        let interests = &index.by_member[Field::Interests as usize];
        let interests_t = &index.by_term[Field::Interests as usize];
        for q in interests.row(slot) {
            for p in interests_t.row(q.key as usize) {
                let acc = &mut self.shared[p.key as usize];
                if *acc == 0.0 {
                    self.shared_touched.push(p.key);
                }
                *acc += q.w * p.w;
            }
        }
        for &b in &self.shared_touched {
            let bu = b as usize;
            let shared = std::mem::take(&mut self.shared[bu]);
            if bu == slot || shared == f32::NEG_INFINITY {
                continue;
            }
            let s = score(0.0, f64::from(shared));
            if top.excludes(s) || has_give_give(bu) {
                continue;
            }
            top.offer(s, b, &index.ids);
        }
        self.shared_touched.clear();
    }

    /// The batch's half of a query: the member in slot `a` against every
    /// member after it, each pair with give-give > 0 offered to both lists
    /// of `tops` (the score is symmetric to the bit). Returns `a`'s best
    /// possible shared interests, which decide afterwards whether its
    /// members with give-give 0 must be looked at (see `interests_matter`).
    pub fn sweep(&mut self, index: &Index, a: usize, tops: &mut Tops) -> f64 {
        let best_shared = self.collect(index, a, tops.k(), a + 1);
        let dense = &self.dense[..];
        let both = |c: &Candidate, s: f64, tops: &mut Tops| {
            tops.offer(a, s, c.slot, &index.ids);
            tops.offer(c.slot as usize, s, a as u32, &index.ids);
        };
        let exact =
            |c: &Candidate, tops: &mut Tops| both(c, score(c.give_give, f64::from(shared_of(index, dense, c))), tops);
        // Either list may still take the pair. The pair shares no more
        // than b could share with anyone: a bound from b's side (its reach,
        // read with its mask).
        let wanted = |tops: &Tops, c: &Candidate, shared: f32| {
            let bound = score(c.give_give, f64::from(shared.min(c.reach)));
            !tops.excludes(a, bound) || !tops.excludes(c.slot as usize, bound)
        };
        for i in self.leaders.positions() {
            let c = &mut self.candidates[i as usize];
            exact(c, tops);
            c.done = true;
        }
        // The others' bars are cache misses: read them all at once first.
        let warm = self.candidates.iter().fold(0, |x, c| x ^ tops.bar_bits(c.slot as usize));
        std::hint::black_box(warm);
        self.survivors.clear();
        for c in &self.candidates {
            if c.done {
                continue;
            }
            if c.mask == 0 {
                // No shared interest: the score is known without reading
                // anything, and each list's bar decides at once.
                both(c, score(c.give_give, 0.0), tops);
            } else if wanted(tops, c, best_shared as f32) {
                let bound = self.shared_bound(c.mask);
                if wanted(tops, c, bound) {
                    self.survivors.push(Candidate { bound, ..*c });
                }
            }
        }
        let warm = self.survivors.iter().fold(0, |x, c| x ^ index.interest_cards[c.slot as usize].first_term());
        std::hint::black_box(warm);
        for c in &self.survivors {
            if wanted(tops, c, c.bound) {
                exact(c, tops);
            }
        }
        self.clear_dense(index, a);
        best_shared
    }
}

/// Whether members with give-give 0 (scoring `0.2 * shared`, at most
/// `0.2 * best_shared`) could still enter a list whose k-th score is `bar`
/// (`None`: not full).
pub(crate) fn interests_matter(best_shared: f64, bar: Option<f64>) -> bool {
    best_shared > 0.0 && bar.is_none_or(|bar| bar <= W_SHARED * best_shared)
}

/// Whether two rows (keys ascending) have a key in common.
fn meets(x: &[Entry], y: &[Entry]) -> bool {
    let (mut i, mut j) = (0, 0);
    while let (Some(p), Some(q)) = (x.get(i), y.get(j)) {
        match p.key.cmp(&q.key) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

/// The shared-interests cosine of the query (dense) with a candidate.
fn shared_of(index: &Index, dense: &[f32], c: &Candidate) -> f32 {
    let b = c.slot as usize;
    match c.mask {
        0 => 0.0,
        _ => index.interest_cards[b]
            .dot(dense)
            .unwrap_or_else(|| dense_dot(dense, index.by_member[Field::Interests as usize].row(b))),
    }
}

/// One cursor per query term, at the term's first posting of a member in
/// slot `after` or later.
fn set_cursors(row: &[Entry], postings: &Rows, after: usize, out: &mut Vec<Cursor>) {
    out.clear();
    let entries = postings.entries();
    out.extend(row.iter().map(|q| {
        let span = postings.span(q.key as usize);
        let skip = match after {
            0 => 0,
            _ => entries[span.clone()].partition_point(|p| (p.key as usize) < after),
        };
        Cursor { w: q.w, at: span.start + skip, end: span.end }
    }));
}

/// Cosine of a dense query vector with a sparse row, summed in the row's
/// (ascending) term order: adding the zero products of terms the query lacks
/// changes nothing, so this equals the sparse sum over common terms.
fn dense_dot(dense: &[f32], row: &[Entry]) -> f32 {
    row.iter().fold(0.0f32, |acc, e| acc + dense.get(e.key as usize).copied().unwrap_or(0.0) * e.w)
}
