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

/// The region a card's own data gives for its national numbers: the
/// country of its address (a code or a name in a few languages), else the
/// country of its first number written with a `+` prefix. `None` when the
/// card says nothing and the caller's default applies.
pub fn region_of(country: Option<&str>, phones: &[String]) -> Option<String> {
    if let Some(code) = country.and_then(country_code) {
        return Some(code);
    }
    phones.iter().find_map(|raw| {
        let cleaned = clean(raw)?;
        if !cleaned.starts_with('+') {
            return None;
        }
        let number = phonenumber::parse(None, &cleaned).ok()?;
        let id = number.country().id()?;
        Some(format!("{id:?}"))
    })
}

/// Whether `raw` is written without a country code (no `+`, no `00`).
pub fn is_national(raw: &str) -> bool {
    let s = raw.trim().trim_start_matches("tel:").trim_start_matches("TEL:").trim_start();
    !s.starts_with('+') && !s.starts_with("00")
}

/// ISO 3166 code of a country as address books write it: the code itself,
/// or the name in English or the country's own language.
fn country_code(country: &str) -> Option<String> {
    const NAMES: &[(&str, &[&str])] = &[
        ("IT", &["italy", "italia"]),
        ("DE", &["germany", "deutschland", "germania"]),
        ("FR", &["france", "francia"]),
        ("ES", &["spain", "espana", "españa", "spagna"]),
        ("GB", &["united kingdom", "uk", "great britain", "england", "regno unito"]),
        ("US", &["united states", "usa", "united states of america", "stati uniti"]),
        ("CH", &["switzerland", "schweiz", "suisse", "svizzera"]),
        ("AT", &["austria", "österreich", "osterreich"]),
        ("NL", &["netherlands", "nederland", "paesi bassi"]),
        ("BE", &["belgium", "belgique", "belgië", "belgio"]),
        ("PL", &["poland", "polska", "polonia"]),
        ("PT", &["portugal", "portogallo"]),
        ("JP", &["japan", "日本", "giappone"]),
        ("CA", &["canada"]),
        ("IE", &["ireland", "irlanda"]),
        ("SE", &["sweden", "sverige", "svezia"]),
        ("GR", &["greece", "grecia"]),
        ("CZ", &["czech republic", "czechia", "česko"]),
        ("HU", &["hungary", "magyarország"]),
        ("RO", &["romania"]),
        ("BR", &["brazil", "brasil"]),
        ("AU", &["australia"]),
        ("SM", &["san marino"]),
    ];
    let c = country.trim().to_lowercase();
    if c.len() == 2 && c.is_ascii() {
        let upper = c.to_ascii_uppercase();
        if upper.parse::<country::Id>().is_ok() {
            return Some(upper);
        }
    }
    NAMES.iter().find(|(_, names)| names.contains(&c.as_str())).map(|(code, _)| (*code).to_string())
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
    fn a_cards_own_country_decides() {
        assert_eq!(region_of(Some("Deutschland"), &[]).as_deref(), Some("DE"));
        assert_eq!(region_of(Some("us"), &[]).as_deref(), Some("US"));
        assert_eq!(region_of(None, &["030 1234567".into(), "+49 30 7654321".into()]).as_deref(), Some("DE"));
        assert_eq!(region_of(None, &["030 1234567".into()]), None);
        assert!(is_national("030 1234567") && !is_national("+49 30 1") && !is_national("0049 30 1"));
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
