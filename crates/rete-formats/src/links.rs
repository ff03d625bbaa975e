//! Web links and LinkedIn profile URLs. The same profile is written as
//! `https://www.linkedin.com/in/x/`, `http://linkedin.com/in/x` or
//! `it.linkedin.com/in/X`; comparing them as strings would create two
//! people, and two different profiles are two people for certain. The
//! keys live in `rete_core::identity`, beside the merge rule that unions
//! links by them; they are re-exported here for the importers.

pub use rete_core::identity::{link_key, linkedin_key};

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
