//! Finite fields GF(q), q = p^n, for the affine geometries and transversal designs.
//!
//! Elements are the integers `0..q`, read as polynomials over GF(p) by their base-`p`
//! digits. Prime fields use modular arithmetic; extension fields find a primitive
//! polynomial by trying them in order (x generates all `q − 1` units exactly when the
//! polynomial is primitive, which also proves it irreducible) and multiply through
//! exponent/logarithm tables.

/// Largest field built; designs over larger fields would seat more people than the planner accepts.
pub(crate) const MAX_ORDER: usize = 1 << 13;

/// `Some((p, n))` when `q = p^n` for a prime `p` and `n >= 1`.
pub(crate) fn prime_power(q: usize) -> Option<(usize, usize)> {
    if q < 2 {
        return None;
    }
    let p = (2..).take_while(|d| d * d <= q).find(|d| q.is_multiple_of(*d)).unwrap_or(q);
    let (mut rest, mut n) = (q, 0);
    while rest % p == 0 {
        rest /= p;
        n += 1;
    }
    (rest == 1).then_some((p, n))
}

/// The field GF(q).
#[derive(Debug, Clone)]
pub(crate) struct Field {
    q: usize,
    p: usize,
    n: usize,
    exp: Vec<u32>,
    log: Vec<u32>,
}

impl Field {
    /// GF(q), or `None` when `q` is not a prime power (or too large).
    pub(crate) fn new(q: usize) -> Option<Field> {
        let (p, n) = prime_power(q)?;
        if q > MAX_ORDER {
            return None;
        }
        if n == 1 {
            return Some(Field { q, p, n, exp: Vec::new(), log: Vec::new() });
        }
        // x^n = c_0 + c_1 x + … + c_{n-1} x^{n-1}, the c_i the base-p digits of `tail`
        (0..q).filter(|tail| tail % p != 0).find_map(|tail| {
            let (exp, log) = powers_of_x(p, n, q, tail)?;
            Some(Field { q, p, n, exp, log })
        })
    }

    pub(crate) fn order(&self) -> usize {
        self.q
    }

    pub(crate) fn add(&self, a: usize, b: usize) -> usize {
        if self.n == 1 {
            return (a + b) % self.p;
        }
        if self.p == 2 {
            return a ^ b;
        }
        let (mut a, mut b, mut out, mut place) = (a, b, 0, 1);
        for _ in 0..self.n {
            out += ((a % self.p + b % self.p) % self.p) * place;
            a /= self.p;
            b /= self.p;
            place *= self.p;
        }
        out
    }

    pub(crate) fn mul(&self, a: usize, b: usize) -> usize {
        if a == 0 || b == 0 {
            return 0;
        }
        if self.n == 1 {
            return a * b % self.p;
        }
        let e = (self.log[a] as usize + self.log[b] as usize) % (self.q - 1);
        self.exp[e] as usize
    }
}

/// Powers of x modulo the polynomial given by `tail`, if x has order `q − 1`.
fn powers_of_x(p: usize, n: usize, q: usize, tail: usize) -> Option<(Vec<u32>, Vec<u32>)> {
    let c: Vec<usize> = (0..n).map(|i| tail / p.pow(i as u32) % p).collect();
    let mut cur = vec![0usize; n];
    cur[0] = 1;
    let mut exp = vec![0u32; q - 1];
    let mut log = vec![u32::MAX; q];
    for i in 0..q - 1 {
        let e = cur.iter().rev().fold(0, |acc, &d| acc * p + d);
        if log[e] != u32::MAX {
            return None;
        }
        log[e] = i as u32;
        exp[i] = e as u32;
        let top = cur[n - 1];
        for k in (1..n).rev() {
            cur[k] = (cur[k - 1] + top * c[k]) % p;
        }
        cur[0] = top * c[0] % p;
    }
    Some((exp, log))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prime_powers() {
        assert_eq!(prime_power(8), Some((2, 3)));
        assert_eq!(prime_power(9), Some((3, 2)));
        assert_eq!(prime_power(7), Some((7, 1)));
        assert_eq!(prime_power(6), None);
        assert_eq!(prime_power(1), None);
    }

    #[test]
    fn field_axioms() {
        for q in [2, 3, 4, 5, 7, 8, 9, 16, 25, 27, 32, 49] {
            let f = Field::new(q).unwrap();
            for a in 0..q {
                assert_eq!(f.add(a, 0), a);
                assert_eq!(f.mul(a, 1), a);
                // additive inverse and multiplicative inverse exist
                assert!((0..q).any(|b| f.add(a, b) == 0));
                if a != 0 {
                    assert!((0..q).any(|b| f.mul(a, b) == 1), "q={q} a={a}");
                }
                for b in 0..q {
                    assert_eq!(f.mul(a, b), f.mul(b, a));
                    for c in [1, q / 2, q - 1] {
                        assert_eq!(f.mul(a, f.add(b, c)), f.add(f.mul(a, b), f.mul(a, c)), "q={q}");
                    }
                }
            }
        }
    }
}
