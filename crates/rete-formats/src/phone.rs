//! Phone numbers in E.164, the one spelling under which "+39 333 123 4567",
//! "0039 333 1234567" and "333 1234567" (typed in Italy) are the same
//! number. Parsing follows Google's libphonenumber metadata, so trunk
//! prefixes, international call prefixes and extensions are understood
//! the way phones understand them.

use phonenumber::country;
use phonenumber::Mode;

/// The region assumed for numbers written without a country code: rete's
/// first users are in Italy. Callers with a configured region pass theirs.
pub const DEFAULT_REGION: &str = "IT";

/// The E.164 form of `raw` (`+393331234567`), or `None` when it is not a
/// valid number. Numbers without a country code are read as dialled in
/// `default_region` (an ISO 3166 code such as `IT`); an unknown region
/// still lets numbers with a `+` through.
pub fn to_e164(raw: &str, default_region: &str) -> Option<String> {
    let cleaned = clean(raw)?;
    let region = default_region.trim().to_ascii_uppercase().parse::<country::Id>().ok();
    let number = phonenumber::parse(region, &cleaned).ok()?;
    if !phonenumber::is_valid(&number) {
        return None;
    }
    Some(number.format().mode(Mode::E164).to_string())
}

/// Keeps what a dialler would read. `tel:` URIs (vCard 4.0) lose their
/// scheme and parameters; the rest keeps its digits, `+` and separators.
/// Text with no digits at all, such as Outlook's "BusinessPhone"
/// placeholder, is not a number.
fn clean(raw: &str) -> Option<String> {
    let mut s = raw.trim();
    if let Some(rest) = s.strip_prefix("tel:").or_else(|| s.strip_prefix("TEL:")) {
        s = rest.split(';').next().unwrap_or(rest);
    }
    let digits = s.chars().filter(char::is_ascii_digit).count();
    if !(3..=20).contains(&digits) || s.len() > 64 {
        return None;
    }
    Some(s.to_string())
}

/// A loose key for numbers no library can validate (fictional or
/// malformed ones): the digits alone, when there are enough of them to
/// mean something.
pub(crate) fn digits_key(raw: &str) -> Option<String> {
    let digits: String = raw.chars().filter(char::is_ascii_digit).collect();
    (digits.len() >= 6).then_some(digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn italian_numbers_in_every_spelling_meet() {
        let want = Some("+393331234567".to_string());
        assert_eq!(to_e164("+39 333 123 4567", "IT"), want);
        assert_eq!(to_e164("333 1234567", "IT"), want);
        assert_eq!(to_e164("0039 333-123-4567", "IT"), want);
        assert_eq!(to_e164("tel:+39-333-123-4567", "IT"), want);
        assert_eq!(to_e164("02 1234 5678", "it"), Some("+390212345678".to_string()));
    }

    #[test]
    fn other_regions_and_bad_input() {
        assert_eq!(to_e164("+1-418-656-9254", "IT"), Some("+14186569254".to_string()));
        assert_eq!(to_e164("(418) 656-9254", "US"), Some("+14186569254".to_string()));
        assert_eq!(to_e164("tel:+1-418-656-9254;ext=102", "IT"), Some("+14186569254".to_string()));
        assert_eq!(to_e164("BusinessPhone", "IT"), None);
        assert_eq!(to_e164("12", "IT"), None);
        assert_eq!(to_e164("", "IT"), None);
        assert_eq!(to_e164("+39 333 123 4567", "nowhere"), Some("+393331234567".to_string()));
    }
}
