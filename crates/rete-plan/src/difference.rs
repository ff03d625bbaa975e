//! Resolvable designs from difference families and difference matrices, found by small
//! exact searches (nothing here is a stored schedule).
//!
//! - [`rotational`]: `k + 1` rounds of `k(k + 1)` people at `k + 1` tables of `k` on
//!   `Z_v`, `v = k(k + 1)`, with `H = (k + 1)·Z_v` (order `k`). Round `i` is the coset
//!   `H + i` and the `k` translates `T + h + i` (`h` in `H`) of a starter table `T` with
//!   one point in each nonzero residue class mod `k + 1`. Pairs in a coset differ by a
//!   multiple of `k + 1` and each coset is a table once; a pair of `T`'s translates differs
//!   by one of `T`'s differences, and the shifts `h + i` run over all of `Z_v` once, so the
//!   rounds are repeat-free exactly when `T`'s `k(k − 1)` differences are distinct and none
//!   is `v/2` (a difference `v/2` would be met twice). For `k = 5` this is 30 people at six
//!   tables of 5 for six rounds, which no transversal design gives (there is no TD(5,6)).
//! - [`transversal_12`]: the resolvable TD(5,12) (60 people at twelve tables of 5 for
//!   twelve rounds) from a (12,5;1) difference matrix over `G = Z_2 × Z_2 × Z_3`: rows 0 and
//!   the identity, then three orthomorphisms of `G` pairwise orthogonal (their
//!   differences are permutations), found by enumerating the 16,512 orthomorphisms fixing
//!   0 and searching a triangle. Column `c` of the matrix and its translates by `G` are a
//!   round. (A cyclic group of order 12 has no orthomorphism at all, by Hall–Paige.)

/// Rounds from a starter table on `Z_{k(k+1)}`, `k + 1` of them; `None` when no starter
/// exists within the search's node cap.
pub(crate) fn rotational(k: usize) -> Option<Vec<Vec<Vec<usize>>>> {
    let g = k + 1;
    let v = k * g;
    if !(3..=7).contains(&k) {
        return None;
    }
    // differences used, as a bitmask over Z_v (v <= 56)
    fn grow(v: usize, g: usize, t: &mut Vec<usize>, used: u64, nodes: &mut u32) -> bool {
        if t.len() == g - 1 {
            return true;
        }
        let residue = t.len() + 1;
        for j in 0..v / g {
            if *nodes == 0 {
                return false;
            }
            *nodes -= 1;
            let x = residue + j * g;
            let mut mask = used;
            let mut fine = true;
            for &y in t.iter() {
                for d in [(x + v - y) % v, (y + v - x) % v] {
                    if d == v / 2 || mask & (1 << d) != 0 {
                        fine = false;
                    }
                    mask |= 1 << d;
                }
            }
            if fine {
                t.push(x);
                if grow(v, g, t, mask, nodes) {
                    return true;
                }
                t.pop();
            }
        }
        false
    }
    // a translate by H keeps the residues: the point of residue 1 may be 1
    let mut t = vec![1];
    let mut nodes = 1_000_000;
    if !grow(v, g, &mut t, 0, &mut nodes) {
        return None;
    }
    Some(
        (0..g)
            .map(|i| {
                let coset: Vec<usize> = (0..k).map(|h| (i + h * g) % v).collect();
                std::iter::once(coset).chain((0..k).map(|h| t.iter().map(|&x| (x + h * g + i) % v).collect())).collect()
            })
            .collect(),
    )
}

/// Order of the group of [`transversal_12`].
const G: usize = 12;

/// `Z_2 × Z_2 × Z_3`, element `a + 2b + 4c`: the sum and difference tables.
fn group() -> ([[u8; G]; G], [[u8; G]; G]) {
    let part = |e: usize| (e & 1, (e >> 1) & 1, e / 4 % 3);
    let mut add = [[0u8; G]; G];
    let mut sub = [[0u8; G]; G];
    for x in 0..G {
        for y in 0..G {
            let ((a, b, c), (d, e, f)) = (part(x), part(y));
            add[x][y] = ((a ^ d) + 2 * (b ^ e) + 4 * ((c + f) % 3)) as u8;
            sub[x][y] = ((a ^ d) + 2 * (b ^ e) + 4 * ((c + 3 - f) % 3)) as u8;
        }
    }
    (add, sub)
}

/// The `limit` (at most twelve) rounds of the resolvable TD(`k`,12), `k <= 5`, point `(i, g)`
/// numbered `12·i + g`; `None` if the search fails (it does not: the triangle is there).
pub(crate) fn transversal_12(k: usize, limit: usize) -> Option<Vec<Vec<Vec<usize>>>> {
    if !(2..=5).contains(&k) {
        return None;
    }
    let (add, _) = group();
    let [a, b, c] = (*ROWS.get_or_init(orthogonal_orthomorphisms))?;
    let mut ident = [0u8; G];
    for (x, e) in ident.iter_mut().enumerate() {
        *e = x as u8;
    }
    let matrix = [[0u8; G], ident, a, b, c];
    Some(
        (0..G.min(limit))
            .map(|col| {
                (0..G).map(|t| (0..k).map(|i| i * G + add[matrix[i][col] as usize][t] as usize).collect()).collect()
            })
            .collect(),
    )
}

/// The three orthomorphisms of [`transversal_12`], searched once per process (0.1 s).
static ROWS: std::sync::OnceLock<Option<[[u8; G]; 3]>> = std::sync::OnceLock::new();

/// Three orthomorphisms of `G` fixing 0, pairwise orthogonal: the first triangle, in the
/// order of a backtracking enumeration, so always the same one.
fn orthogonal_orthomorphisms() -> Option<[[u8; G]; 3]> {
    let (_, sub) = group();
    // orthomorphisms σ with σ(0) = 0: σ a permutation and x ↦ σ(x) − x one too
    let mut orth: Vec<[u8; G]> = Vec::new();
    fn grow(x: usize, s: &mut [u8; G], used: u16, diff: u16, sub: &[[u8; G]; G], out: &mut Vec<[u8; G]>) {
        if x == G {
            out.push(*s);
            return;
        }
        for y in 1..G {
            let d = sub[y][x] as usize;
            if used & (1 << y) == 0 && diff & (1 << d) == 0 {
                s[x] = y as u8;
                grow(x + 1, s, used | 1 << y, diff | 1 << d, sub, out);
            }
        }
    }
    grow(1, &mut [0u8; G], 1, 1, &sub, &mut orth);
    let orthogonal =
        |p: &[u8; G], q: &[u8; G]| (0..G).fold(0u16, |m, x| m | 1 << sub[p[x] as usize][q[x] as usize]) == (1 << G) - 1;
    let mut rows: Option<[[u8; G]; 3]> = None;
    'first: for (i, a) in orth.iter().enumerate() {
        let with_a: Vec<&[u8; G]> = orth[i + 1..].iter().filter(|b| orthogonal(a, b)).collect();
        for (j, b) in with_a.iter().enumerate() {
            if let Some(c) = with_a[j + 1..].iter().find(|c| orthogonal(b, c)) {
                rows = Some([*a, **b, **c]);
                break 'first;
            }
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::score;

    #[test]
    fn thirty_at_tables_of_five_for_six_rounds() {
        let rounds = rotational(5).unwrap();
        assert_eq!(rounds.len(), 6);
        for round in &rounds {
            let mut seated: Vec<usize> = round.iter().flatten().copied().collect();
            seated.sort_unstable();
            assert_eq!(seated, (0..30).collect::<Vec<_>>());
            assert!(round.iter().all(|t| t.len() == 5));
        }
        assert_eq!(score(&rounds, &[]).repeats, 0);
    }

    #[test]
    fn resolvable_td_5_12() {
        let rounds = transversal_12(5, 12).unwrap();
        assert_eq!(rounds.len(), 12);
        for round in &rounds {
            let mut seated: Vec<usize> = round.iter().flatten().copied().collect();
            seated.sort_unstable();
            assert_eq!(seated, (0..60).collect::<Vec<_>>());
        }
        let s = score(&rounds, &[]);
        assert_eq!((s.repeats, s.pairs_met), (0, 12 * 12 * 10));
    }
}
