//! Web links and LinkedIn profile URLs. The same profile is written as
//! `https://www.linkedin.com/in/x/`, `http://linkedin.com/in/x` or
//! `it.linkedin.com/in/X`; comparing them as strings would create two
//! people, and two different profiles are two people for certain.

/// A comparison key for any link: no scheme, no `www.`, no trailing slash,
/// no query or fragment, lower case.
pub fn link_key(url: &str) -> String {
    let mut s = url.trim();
    for scheme in ["https://", "http://", "HTTPS://", "HTTP://"] {
        if let Some(rest) = s.strip_prefix(scheme) {
            s = rest;
            break;
        }
    }
    let s = s.split(['?', '#']).next().unwrap_or(s);
    let mut s = s.trim_end_matches('/').to_lowercase();
    if let Some(rest) = s.strip_prefix("www.") {
        s = rest.to_string();
    }
    s
}

/// The canonical key of a LinkedIn member profile (`linkedin.com/in/slug`),
/// or `None` when the URL is not one. Country subdomains (`it.`, `uk.`)
/// point at the same profile.
pub fn linkedin_key(url: &str) -> Option<String> {
    let key = link_key(url);
    let (host, path) = key.split_once('/')?;
    let is_linkedin = host == "linkedin.com" || host.ends_with(".linkedin.com");
    let slug = path.strip_prefix("in/")?;
    let slug = slug.split('/').next().unwrap_or(slug);
    (is_linkedin && !slug.is_empty()).then(|| format!("linkedin.com/in/{slug}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn linkedin_spellings_meet() {
        let want = Some("linkedin.com/in/giulia-conti".to_string());
        for url in [
            "https://www.linkedin.com/in/giulia-conti/",
            "http://linkedin.com/in/giulia-conti",
            "https://it.linkedin.com/in/Giulia-Conti?trk=x",
            "www.linkedin.com/in/giulia-conti/details/experience/",
        ] {
            assert_eq!(linkedin_key(url), want, "{url}");
        }
        assert_eq!(linkedin_key("https://www.linkedin.com/company/acme"), None);
        assert_eq!(linkedin_key("https://example.com/in/giulia"), None);
        assert_eq!(linkedin_key("https://www.linkedin.com/in/"), None);
    }

    #[test]
    fn link_keys_ignore_scheme_and_slash() {
        assert_eq!(link_key("http://www.IBM.com/"), "ibm.com");
        assert_eq!(link_key("https://ibm.com"), "ibm.com");
    }
}
