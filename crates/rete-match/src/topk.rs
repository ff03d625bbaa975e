//! The k best candidates of one query, in MATCHING.md's order: higher score
//! first, equal scores by lower id. Small k (10) makes a sorted array with
//! insertion faster than a heap, and its last element is the bar a new
//! candidate must clear, which the search uses to skip work.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// A candidate: score, member id (for ties and output), slot (for lookups).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Scored {
    pub score: f64,
    pub id: u64,
    pub slot: u32,
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
        self.push(Scored { score, id, slot });
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

#[cfg(test)]
mod tests {
    use super::*;

    fn s(score: f64, id: u64) -> Scored {
        Scored { score, id, slot: 0 }
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
