//! Top-k results as JSON Lines, the output format of MATCHING.md, written
//! by hand: it is one fixed shape, and formatting millions of scores through
//! a generic serializer would cost more than the matching of a large batch.

use std::io::{self, Write};

/// Writes one line per member: `{"id": 17, "matches": [[4411, 0.4132], ...]}`,
/// scores rounded to 9 decimals as the reference writes them (trailing
/// zeros dropped).
pub fn write_top_k<'a, I>(mut w: impl Write, results: I) -> io::Result<()>
where
    I: IntoIterator<Item = &'a (u64, Vec<(u64, f64)>)>,
{
    let mut line = String::with_capacity(512);
    for (id, matches) in results {
        line.clear();
        line.push_str("{\"id\": ");
        push_u64(&mut line, *id);
        line.push_str(", \"matches\": [");
        for (i, (other, score)) in matches.iter().enumerate() {
            if i > 0 {
                line.push_str(", ");
            }
            line.push('[');
            push_u64(&mut line, *other);
            line.push_str(", ");
            push_score(&mut line, *score);
            line.push(']');
        }
        line.push_str("]}\n");
        w.write_all(line.as_bytes())?;
    }
    w.flush()
}

/// A non-negative score with 9 decimals, shortest form (`0.25`, `1.0`).
fn push_score(out: &mut String, score: f64) {
    if !(0.0..1e9).contains(&score) {
        out.push_str(&format!("{score}"));
        return;
    }
    // Scores are in [0, 1]: the rounded value fits u64 comfortably.
    let nano = (score * 1e9).round() as u64;
    let (int, mut frac) = (nano / 1_000_000_000, nano % 1_000_000_000);
    push_u64(out, int);
    out.push('.');
    if frac == 0 {
        out.push('0');
        return;
    }
    let mut width = 9;
    while frac % 10 == 0 {
        frac /= 10;
        width -= 1;
    }
    let mut digits = [b'0'; 9];
    for slot in digits[..width].iter_mut().rev() {
        *slot = b'0' + (frac % 10) as u8;
        frac /= 10;
    }
    out.extend(digits[..width].iter().map(|&d| char::from(d)));
}

/// Decimal digits of `n`, without the allocation of `to_string` (a batch
/// writes over two million numbers).
fn push_u64(out: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend(digits[at..].iter().map(|&d| char::from(d)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_the_reference_format() {
        let rows = vec![
            (17, vec![(4411, 0.4132), (905, 0.123_456_789_4)]),
            (3, vec![]),
            (5, vec![(6, 1.0), (0, 0.000_000_01), (u64::MAX, 0.05)]),
        ];
        let mut out = Vec::new();
        write_top_k(&mut out, &rows).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "{\"id\": 17, \"matches\": [[4411, 0.4132], [905, 0.123456789]]}\n\
             {\"id\": 3, \"matches\": []}\n\
             {\"id\": 5, \"matches\": [[6, 1.0], [0, 0.00000001], [18446744073709551615, 0.05]]}\n"
        );
    }
}
