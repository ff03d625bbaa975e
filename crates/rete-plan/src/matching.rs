//! Maximum-weight perfect matching on a complete graph (Edmonds' blossom
//! algorithm from rustworkx-core), plus the scaling of caller scores to the
//! integer weights it needs.

use petgraph::graph::UnGraph;
use rustworkx_core::max_weight_matching::max_weight_matching;
use std::convert::Infallible;

/// Scores are f64; the blossom algorithm wants exact integers, so scores are kept to a
/// millionth. Negative, NaN and infinite scores count as 0 (scores are documented `>= 0`).
pub(crate) fn scale(w: f64) -> i128 {
    if w.is_finite() && w > 0.0 {
        (w.min(1e15) * 1e6).round() as i128
    } else {
        0
    }
}

/// Above this many people a round is matched over everyone's [`NEAREST`] best partners only.
pub(crate) const SPARSE_ABOVE: usize = 150;
/// Partners kept per person on large graphs.
pub(crate) const NEAREST: usize = 40;

/// Maximum-weight matching of maximum cardinality on the complete graph over `0..n`
/// (perfect when `n` is even), edges weighted by `w(a, b)` for `a < b`. Pairs come sorted.
///
/// The blossom algorithm is cubic, so beyond [`SPARSE_ABOVE`] people the graph keeps only
/// each person's [`NEAREST`] heaviest edges: the heaviest perfect matching practically never
/// needs a lighter edge, and if the sparse graph leaves someone out the full graph is used.
pub(crate) fn max_weight_perfect(n: usize, w: impl Fn(usize, usize) -> i128) -> Vec<(usize, usize)> {
    if n > SPARSE_ABOVE {
        let mut keep = vec![false; n * n];
        let mut row: Vec<(i128, usize)> = Vec::with_capacity(n);
        for a in 0..n {
            row.clear();
            row.extend((0..n).filter(|&b| b != a).map(|b| (w(a.min(b), a.max(b)), b)));
            let k = NEAREST.min(row.len());
            row.select_nth_unstable_by(k - 1, |x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)));
            for &(_, b) in &row[..k] {
                keep[a.min(b) * n + a.max(b)] = true;
            }
        }
        let found = matching_on(n, |a, b| keep[a * n + b], &w);
        if found.len() == n / 2 {
            return found;
        }
    }
    matching_on(n, |_, _| true, &w)
}

fn matching_on(
    n: usize,
    keep: impl Fn(usize, usize) -> bool,
    w: &impl Fn(usize, usize) -> i128,
) -> Vec<(usize, usize)> {
    let mut g: UnGraph<(), i128> = UnGraph::with_capacity(n, n * n.saturating_sub(1) / 2);
    let nodes: Vec<_> = (0..n).map(|_| g.add_node(())).collect();
    for a in 0..n {
        for b in a + 1..n {
            if keep(a, b) {
                g.add_edge(nodes[a], nodes[b], w(a, b));
            }
        }
    }
    let found = match max_weight_matching(&g, true, |e| Ok::<i128, Infallible>(*e.weight()), false) {
        Ok(m) => m,
        Err(never) => match never {},
    };
    let mut pairs: Vec<(usize, usize)> = found.into_iter().map(|(a, b)| if a < b { (a, b) } else { (b, a) }).collect();
    pairs.sort_unstable();
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perfect_and_maximum() {
        // 0-1 heavy, 2-3 heavy, the rest light
        let m = max_weight_perfect(4, |a, b| if (a, b) == (0, 1) || (a, b) == (2, 3) { 10 } else { 1 });
        assert_eq!(m, vec![(0, 1), (2, 3)]);
        // max cardinality beats one heavy edge
        let m = max_weight_perfect(4, |a, b| if (a, b) == (1, 2) { 100 } else { 1 });
        assert_eq!(m.len(), 2);
    }
}
