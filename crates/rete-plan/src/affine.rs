//! Resolvable designs from finite fields: affine geometries and transversal designs.
//!
//! - AG(m, q): the `q^m` points of GF(q)^m, tables the `q`-point lines; lines with
//!   the same direction form a parallel class (a round), and two points lie on one
//!   line only, so the `(q^m − 1)/(q − 1)` directions give that many repeat-free
//!   rounds, which meets the bound `(N−1)/(S−1)`: 9/3/4, 16/4/5, 25/5/6, 27/3/13,
//!   64/4/21, 64/8/9, …. Desarguesian spreads (GF(q^k) ⊃ GF(q)) are the same thing
//!   seen over the larger field, so they are covered by taking `q` a prime power.
//! - TD(k, q) for `k <= q`: points `(x, y)` with `x` among `k` field elements and
//!   `y` in GF(q), tables the lines `y = a·x + b` (round `a`, table `b`): `q` rounds
//!   of `q` tables of `k`, people with the same `x` never meet (e.g. 20/4/5, 12/3/4).

use crate::field::Field;

/// Parallel classes of lines of AG(m, q), at most `limit` of them, points numbered by
/// their coordinates in base `q`.
pub(crate) fn affine_classes(f: &Field, m: usize, limit: usize) -> Vec<Vec<Vec<usize>>> {
    let q = f.order();
    let points = q.pow(m as u32);
    let coords = |p: usize| -> Vec<usize> { (0..m).map(|i| p / q.pow(i as u32) % q).collect() };
    let number = |c: &[usize]| -> usize { c.iter().rev().fold(0, |acc, &d| acc * q + d) };
    let mut classes = Vec::new();
    // directions: first nonzero coordinate 1
    'lead: for lead in 0..m {
        for tail in 0..q.pow((m - lead - 1) as u32) {
            if classes.len() >= limit {
                break 'lead;
            }
            let mut dir = vec![0; m];
            dir[lead] = 1;
            for (i, d) in dir[lead + 1..].iter_mut().enumerate() {
                *d = tail / q.pow(i as u32) % q;
            }
            let mut seen = vec![false; points];
            let mut class = Vec::with_capacity(points / q);
            for p in 0..points {
                if seen[p] {
                    continue;
                }
                let c = coords(p);
                let line: Vec<usize> = (0..q)
                    .map(|t| {
                        let pt: Vec<usize> = c.iter().zip(&dir).map(|(&x, &d)| f.add(x, f.mul(t, d))).collect();
                        number(&pt)
                    })
                    .collect();
                for &x in &line {
                    seen[x] = true;
                }
                class.push(line);
            }
            classes.push(class);
        }
    }
    classes
}

/// The `q` parallel classes of the resolvable TD(k, q), `k <= q`, on `k·q` points
/// (point `(x, y)` numbered `x·q + y`), at most `limit` of them.
pub(crate) fn transversal_classes(f: &Field, k: usize, limit: usize) -> Vec<Vec<Vec<usize>>> {
    let q = f.order();
    (0..q.min(limit))
        .map(|a| (0..q).map(|b| (0..k).map(|x| x * q + f.add(f.mul(a, x), b)).collect()).collect())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::score;

    #[test]
    fn affine_plane_of_order_4() {
        let f = Field::new(4).unwrap();
        let classes = affine_classes(&f, 2, usize::MAX);
        assert_eq!(classes.len(), 5);
        let s = score(&classes, &[]);
        assert_eq!((s.repeats, s.pairs_met), (0, 120));
    }

    #[test]
    fn affine_space_3_3() {
        let f = Field::new(3).unwrap();
        let classes = affine_classes(&f, 3, usize::MAX);
        assert_eq!(classes.len(), 13);
        assert_eq!(score(&classes, &[]).repeats, 0);
    }

    #[test]
    fn transversal_4_5() {
        let f = Field::new(5).unwrap();
        let classes = transversal_classes(&f, 4, usize::MAX);
        assert_eq!(classes.len(), 5);
        let s = score(&classes, &[]);
        assert_eq!((s.repeats, s.pairs_met), (0, 5 * 5 * 6));
    }
}
