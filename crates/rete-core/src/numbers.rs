//! Numbers and amounts as a person of each language writes and reads
//! them: "3.500,50 €" and "0,34" in Italian, "€3,500.50" and "0.34" in
//! English.
//!
//! Reading follows the language in force, never a guess: `1.200` is one
//! thousand two hundred euros in Italian and one euro twenty in English,
//! and whoever typed it sees it echoed back the way rete read it.

use crate::person::InvalidField;
use crate::vocab::Lang;
use rete_i18n::t;

/// The decimal and the grouping separator of `lang`.
fn separators(lang: Lang) -> (char, char) {
    match lang {
        Lang::It => (',', '.'),
        Lang::En => ('.', ','),
    }
}

/// `1234567` → "1.234.567" (Italian), "1,234,567" (English).
pub fn integer(n: i64, lang: Lang) -> String {
    let (_, group) = separators(lang);
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(group);
        }
        out.push(c);
    }
    out
}

/// `0.3449` with 2 places → "0,34" (Italian), "0.34" (English).
pub fn decimal(value: f64, places: usize, lang: Lang) -> String {
    let (point, _) = separators(lang);
    let text = format!("{value:.places$}");
    match text.split_once('.') {
        Some((int, frac)) => {
            let int = int.parse::<i64>().map(|i| integer(i, lang)).unwrap_or_else(|_| int.to_string());
            // -0.001 rounds to "-0.00": the sign stays with the digits.
            let int = if text.starts_with('-') && !int.starts_with('-') { format!("-{int}") } else { int };
            format!("{int}{point}{frac}")
        }
        None => text,
    }
}

/// Euro cents as money: "3.500,50 €" (Italian), "€3,500.50" (English).
pub fn euros(cents: i64, lang: Lang) -> String {
    let (point, _) = separators(lang);
    let sign = if cents < 0 { "-" } else { "" };
    let whole = integer((cents / 100).abs(), lang);
    let frac = (cents % 100).abs();
    match lang {
        Lang::It => format!("{sign}{whole}{point}{frac:02} €"),
        Lang::En => format!("{sign}€{whole}{point}{frac:02}"),
    }
}

/// An amount of euros typed in `lang`, into cents: `1500`, `1.500,50`,
/// `€ 20` in Italian; `1500`, `1,500.50`, `€20` in English. Grouping is
/// optional but, where written, in threes; at most two decimals; more
/// than zero. The error, in `lang`, says which rule was broken and how to
/// write the amount.
pub fn parse_amount(text: &str, lang: Lang) -> Result<i64, InvalidField> {
    let l = lang.as_str();
    let (point, group) = separators(lang);
    let refuse = |key: &str| InvalidField::new("amount", t!(key, locale = l, value = text.trim()).into_owned());
    let v: String = text
        .trim()
        .trim_start_matches('€')
        .trim_end_matches('€')
        .trim_end_matches("EUR")
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\'')
        .collect();
    if v.starts_with(['-', '−']) {
        return Err(refuse("amount.negative"));
    }
    let (int, frac) = match v.split_once(point) {
        Some((int, frac)) => (int, frac),
        None => (v.as_str(), ""),
    };
    if int.is_empty() && frac.is_empty() {
        return Err(refuse("amount.bad"));
    }
    if frac.contains(point) || frac.contains(group) || !frac.chars().all(|c| c.is_ascii_digit()) {
        return Err(refuse("amount.bad"));
    }
    if frac.len() > 2 {
        return Err(refuse("amount.too_precise"));
    }
    // ".5" is half a euro: an empty whole part is zero euros.
    let groups: Vec<&str> = if int.is_empty() { Vec::new() } else { int.split(group).collect() };
    let grouped_well = groups.iter().all(|g| !g.is_empty() && g.chars().all(|c| c.is_ascii_digit()))
        && (groups.len() <= 1 || (groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3)));
    if !grouped_well {
        return Err(refuse("amount.bad"));
    }
    let digits: String = groups.concat();
    let euros: i64 = if digits.is_empty() { 0 } else { digits.parse().map_err(|_| refuse("amount.bad"))? };
    let cents: i64 = format!("{frac:0<2}").parse().map_err(|_| refuse("amount.bad"))?;
    let total = euros.checked_mul(100).and_then(|e| e.checked_add(cents)).ok_or_else(|| refuse("amount.bad"))?;
    if total == 0 {
        return Err(refuse("amount.negative"));
    }
    Ok(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_and_decimals_are_written_as_each_language_does() {
        assert_eq!(euros(350_050, Lang::It), "3.500,50 €");
        assert_eq!(euros(350_050, Lang::En), "€3,500.50");
        assert_eq!(euros(2_000, Lang::It), "20,00 €");
        assert_eq!(euros(123_456_789, Lang::En), "€1,234,567.89");
        assert_eq!(decimal(0.3449, 2, Lang::It), "0,34");
        assert_eq!(decimal(0.3449, 2, Lang::En), "0.34");
        assert_eq!(decimal(1234.5, 1, Lang::It), "1.234,5");
        assert_eq!(integer(5_000, Lang::It), "5.000");
        assert_eq!(integer(999, Lang::En), "999");
    }

    #[test]
    fn amounts_are_read_by_the_language_in_force() {
        let it = |s: &str| parse_amount(s, Lang::It);
        let en = |s: &str| parse_amount(s, Lang::En);
        assert_eq!(it("1500").unwrap(), 150_000);
        assert_eq!(it("1.500,50").unwrap(), 150_050);
        assert_eq!(it("1500,5").unwrap(), 150_050);
        assert_eq!(it("€ 20").unwrap(), 2_000);
        assert_eq!(it("3 500,50 €").unwrap(), 350_050);
        assert_eq!(en("1,500.50").unwrap(), 150_050);
        assert_eq!(en("€20").unwrap(), 2_000);
        assert_eq!(en(".5").unwrap(), 50);
        // The same text, two meanings: each language reads its own.
        assert_eq!(it("1.200").unwrap(), 120_000);
        assert_eq!(en("1.200").unwrap_err().message, "'1.200' has more than two decimals: amounts go to the cent");
        assert_eq!(en("1,200").unwrap(), 120_000);
        assert_eq!(it("1,200").unwrap_err().field, "amount");
        assert!(it("0,001").unwrap_err().message.contains("più di due decimali"));
    }

    #[test]
    fn a_wrong_amount_says_what_is_wrong() {
        let e = parse_amount("-5", Lang::En).unwrap_err();
        assert_eq!((e.field, e.message.as_str()), ("amount", "'-5' must be positive"));
        assert_eq!(parse_amount("0", Lang::It).unwrap_err().message, "'0' deve essere maggiore di zero");
        assert!(parse_amount("1.5", Lang::It).unwrap_err().message.contains("1.500,50"), "the hint shows the form");
        assert!(parse_amount("12,34,5", Lang::En).is_err());
        assert!(parse_amount("abc", Lang::En).is_err());
        assert!(parse_amount("", Lang::En).is_err());
        assert!(parse_amount("99999999999999999999", Lang::En).is_err());
    }
}
