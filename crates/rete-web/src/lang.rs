//! Which language a response speaks: the signed-in user's choice, else the
//! browser's `Accept-Language`, else the server's default.

use axum::http::HeaderMap;
use rete_core::Lang;

/// The first of Italian or English that `Accept-Language` asks for, by
/// quality; `None` when it asks for neither.
pub fn from_headers(headers: &HeaderMap) -> Option<Lang> {
    let value = headers.get(axum::http::header::ACCEPT_LANGUAGE)?.to_str().ok()?;
    let mut best: Option<(f32, Lang)> = None;
    for part in value.split(',') {
        let mut pieces = part.trim().split(';');
        let tag = pieces.next().unwrap_or("").trim().to_ascii_lowercase();
        let q = pieces.find_map(|p| p.trim().strip_prefix("q=").and_then(|q| q.parse::<f32>().ok())).unwrap_or(1.0);
        let lang = if tag == "it" || tag.starts_with("it-") {
            Lang::It
        } else if tag == "en" || tag.starts_with("en-") {
            Lang::En
        } else {
            continue;
        };
        if best.is_none_or(|(bq, _)| q > bq) {
            best = Some((q, lang));
        }
    }
    best.map(|(_, l)| l)
}

/// A stored language code (`en`, `it`).
pub fn parse(code: Option<&str>) -> Option<Lang> {
    match code {
        Some("it") => Some(Lang::It),
        Some("en") => Some(Lang::En),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn the_preferred_known_language_wins() {
        let mut h = HeaderMap::new();
        h.insert("accept-language", HeaderValue::from_static("de-DE, it-IT;q=0.8, en;q=0.5"));
        assert_eq!(from_headers(&h), Some(Lang::It));
        h.insert("accept-language", HeaderValue::from_static("en-GB,en;q=0.9,it;q=0.8"));
        assert_eq!(from_headers(&h), Some(Lang::En));
        h.insert("accept-language", HeaderValue::from_static("fr"));
        assert_eq!(from_headers(&h), None);
    }
}
