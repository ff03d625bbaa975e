//! The k best candidates of one query, in MATCHING.md's order: higher score
//! first, equal scores by lower id. Small k (10) makes a sorted array with
//! insertion faster than a heap, and its last element is the bar a new
//! candidate must clear, which the search uses to skip work.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::sync::atomic::{AtomicU32, Ordering};

/// A candidate: score and member id (for ties and output). 16 bytes: the
/// batch keeps k of them for every member in every thread.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Scored {
    pub score: f64,
    pub id: u64,
}

impl Scored {
    /// True when `self` ranks before `other`.
    fn beats(&self, other: &Scored) -> bool {
        self.score > other.score || (self.score == other.score && self.id < other.id)
    }
}

/// The positions of the k largest of a stream of non-negative values:
/// which candidates to score first so the bar rises at once.
#[derive(Debug, Default)]
pub(crate) struct Leaders {
    k: usize,
    /// Min-heap of (value, position); for non-negative floats the bit
    /// patterns order like the values.
    heap: BinaryHeap<Reverse<(u64, u32)>>,
}

impl Leaders {
    /// Empties it for a new query, keeping its memory.
    pub fn reset(&mut self, k: usize) {
        self.k = k;
        self.heap.clear();
    }

    /// Offers the value of the candidate at `position`.
    pub fn push(&mut self, value: f64, position: u32) {
        let entry = Reverse((value.to_bits(), position));
        if self.heap.len() < self.k {
            self.heap.push(entry);
        } else if self.heap.peek().is_some_and(|min| entry < *min) {
            self.heap.pop();
            self.heap.push(entry);
        }
    }

    /// Positions of the (up to) k largest, in no particular order.
    pub fn positions(&self) -> impl Iterator<Item = u32> + '_ {
        self.heap.iter().map(|Reverse((_, p))| *p)
    }
}

/// The best `k` candidates seen so far, best first.
#[derive(Debug)]
pub(crate) struct TopK {
    k: usize,
    items: Vec<Scored>,
}

impl TopK {
    pub fn new(k: usize) -> TopK {
        TopK { k, items: Vec::with_capacity(k + 1) }
    }

    /// Whether a candidate scoring at most `bound` (with this id) could
    /// still enter; false lets the caller skip computing its exact score.
    pub fn admits(&self, bound: f64, id: u64) -> bool {
        if self.k == 0 {
            return false;
        }
        match self.items.get(self.k - 1) {
            None => true,
            Some(last) => bound > last.score || (bound == last.score && id < last.id),
        }
    }

    /// Whether a candidate scoring at most `bound` is sure to rank after
    /// the k kept ones (strictly below the k-th: on a tie the id decides,
    /// so it must be scored), and need not be scored exactly.
    pub fn excludes(&self, bound: f64) -> bool {
        self.bar().is_some_and(|bar| bound < bar)
    }

    /// The k-th score when full: nothing scoring below it can enter.
    pub fn bar(&self) -> Option<f64> {
        match self.k {
            0 => Some(f64::INFINITY),
            k => self.items.get(k - 1).map(|s| s.score),
        }
    }

    /// Offers the member in `slot` with `score`; its id (for ties and the
    /// result) is looked up in `ids` only if it may enter, as that lookup is
    /// a cache miss in a large community.
    pub fn offer(&mut self, score: f64, slot: u32, ids: &[u64]) {
        if self.excludes(score) {
            return;
        }
        let id = ids.get(slot as usize).copied().unwrap_or(u64::MAX);
        self.push(Scored { score, id });
    }

    /// Offers a candidate with a score above 0.
    pub fn push(&mut self, c: Scored) {
        if !self.admits(c.score, c.id) {
            return;
        }
        let at = self.items.partition_point(|s| s.beats(&c));
        self.items.insert(at, c);
        self.items.truncate(self.k);
    }

    pub fn items(&self) -> &[Scored] {
        &self.items
    }
}

/// Every member's best `k` at once, for the batch: one flat array of `k`
/// slots a member (a `TopK` each would be 100,000 allocations). Each thread
/// of the batch keeps its own lists, of the pairs it scored; the bars are
/// shared (the largest k-th score any thread has for the member, a lower
/// bound of the final one), so that a pair one thread need not score is
/// known to every thread, and most offers are turned down without
/// touching a list.
#[derive(Debug)]
pub(crate) struct Tops<'s> {
    k: usize,
    items: Vec<Scored>,
    lens: Vec<u32>,
    bars: &'s Bars,
}

/// The shared bars of [`Tops`]: bit patterns of non-negative `f32`s,
/// which order like the floats, so `fetch_max` raises a bar without a lock;
/// 0 means none yet (every candidate scores above 0). A bar is rounded
/// down to `f32`, so it stays a lower bound of the true one, and the array
/// (4 bytes a member, read for every candidate) fits the L2 cache at
/// 100,000 members.
pub(crate) type Bars = [AtomicU32];

/// Bars for `members`, none set.
pub(crate) fn bars(members: usize) -> Vec<AtomicU32> {
    (0..members).map(|_| AtomicU32::new(0)).collect()
}

/// The largest `f32` at most `x` (for `x >= 0`).
fn f32_below(x: f64) -> f32 {
    let f = x as f32;
    if f64::from(f) > x {
        f.next_down()
    } else {
        f
    }
}

impl<'s> Tops<'s> {
    pub fn new(k: usize, bars: &'s Bars) -> Tops<'s> {
        let members = bars.len();
        let empty = Scored { score: 0.0, id: u64::MAX };
        Tops { k, items: vec![empty; members * k], lens: vec![0; members], bars }
    }

    pub fn k(&self) -> usize {
        self.k
    }

    /// Like [`TopK::excludes`], for `member`'s list in any thread.
    pub fn excludes(&self, member: usize, bound: f64) -> bool {
        bound < f64::from(f32::from_bits(self.bars[member].load(Ordering::Relaxed)))
    }

    /// The shared bar's bits, to warm the cache.
    pub fn bar_bits(&self, member: usize) -> u32 {
        self.bars[member].load(Ordering::Relaxed)
    }

    /// Offers the member in `slot` with `score` to `member`'s list; its id
    /// is looked up in `ids` only if it may enter (a cache miss, see
    /// [`TopK::offer`]).
    pub fn offer(&mut self, member: usize, score: f64, slot: u32, ids: &[u64]) {
        if self.excludes(member, score) {
            return;
        }
        let id = ids.get(slot as usize).copied().unwrap_or(u64::MAX);
        self.push(member, Scored { score, id });
    }

    /// Offers a candidate whose id is known.
    fn push(&mut self, member: usize, c: Scored) {
        let k = self.k;
        if k == 0 || self.excludes(member, c.score) {
            return;
        }
        let len = self.lens[member] as usize;
        let list = &mut self.items[member * k..(member + 1) * k];
        let at = list[..len].partition_point(|s| s.beats(&c));
        if at == k {
            return;
        }
        let end = (len + 1).min(k);
        list.copy_within(at..end - 1, at + 1);
        list[at] = c;
        self.lens[member] = end as u32;
        if end == k {
            self.bars[member].fetch_max(f32_below(list[k - 1].score).to_bits(), Ordering::Relaxed);
        }
    }

    /// `member`'s list, best first.
    pub fn list(&self, member: usize) -> &[Scored] {
        let start = member * self.k;
        &self.items[start..start + self.lens[member] as usize]
    }

    /// The k-th score of `member`'s list when full.
    pub fn bar(&self, member: usize) -> Option<f64> {
        let list = self.list(member);
        (list.len() == self.k).then(|| list.last().map_or(f64::INFINITY, |c| c.score))
    }

    /// Takes in the lists of another thread, which scored other pairs.
    pub fn merge(&mut self, other: &Tops<'_>) {
        for member in 0..self.lens.len() {
            for &c in other.list(member) {
                self.push(member, c);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(score: f64, id: u64) -> Scored {
        Scored { score, id }
    }

    #[test]
    fn keeps_best_and_breaks_ties_by_lower_id() {
        let mut t = TopK::new(3);
        for c in [s(0.5, 9), s(0.7, 3), s(0.5, 2), s(0.1, 1), s(0.5, 4)] {
            t.push(c);
        }
        let got: Vec<u64> = t.items().iter().map(|c| c.id).collect();
        assert_eq!(got, [3, 2, 4]);
        assert!(!t.admits(0.5, 5));
        assert!(t.admits(0.5, 3));
        assert_eq!(t.bar(), Some(0.5));
        assert!(t.excludes(0.49));
        assert!(!t.excludes(0.5), "a tie with the k-th is decided by id");
        assert!(!TopK::new(3).excludes(0.0));
    }

    #[test]
    fn tops_keep_each_members_best() {
        let shared = bars(2);
        let mut tops = Tops::new(3, &shared);
        let ids: Vec<u64> = (0..10).collect();
        for (score, slot) in [(0.5, 9), (0.7, 3), (0.5, 2), (0.1, 1), (0.5, 4)] {
            tops.offer(1, score, slot, &ids);
        }
        let got: Vec<u64> = tops.list(1).iter().map(|c| c.id).collect();
        assert_eq!(got, [3, 2, 4], "the same order as TopK");
        assert_eq!(tops.bar(1), Some(0.5));
        assert!(tops.excludes(1, 0.49) && !tops.excludes(1, 0.5));
        assert!(tops.list(0).is_empty() && tops.bar(0).is_none() && !tops.excludes(0, 0.0));
        // Another thread's lists share the bars: what the first turns down,
        // the second does too.
        let mut other = Tops::new(3, &shared);
        assert!(other.excludes(1, 0.49) && other.list(1).is_empty());
        other.offer(1, 0.6, 7, &ids);
        other.offer(1, 0.3, 5, &ids);
        other.offer(0, 0.2, 8, &ids);
        assert_eq!(other.list(1).len(), 1, "0.3 is below the shared bar");
        tops.merge(&other);
        let got: Vec<u64> = tops.list(1).iter().map(|c| c.id).collect();
        assert_eq!(got, [3, 7, 2]);
        assert_eq!(tops.list(0).len(), 1);
        let none = Tops::new(0, &shared);
        assert!(none.list(0).is_empty() && none.bar(0) == Some(f64::INFINITY));
    }

    #[test]
    fn bars_round_down() {
        for x in [0.0, 0.1, 0.333_333_333_333, 1.0 / 3.0, 0.8, 1e-9] {
            assert!(f64::from(f32_below(x)) <= x, "{x}");
            assert!(x - f64::from(f32_below(x)) < 1e-7, "{x}");
        }
    }

    #[test]
    fn leaders_are_the_k_largest() {
        let mut l = Leaders::default();
        l.reset(2);
        for (i, x) in [0.3, 0.1, 0.5, 0.2].into_iter().enumerate() {
            l.push(x, i as u32);
        }
        let mut got: Vec<u32> = l.positions().collect();
        got.sort_unstable();
        assert_eq!(got, [0, 2]);
    }
}
