//! Reading profiles (every error names its line) and writing top-k lines in
//! the reference format.

// Test helpers may panic: a broken fixture should fail the test loudly.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use rete_match::{read_profiles, write_top_k, Lang, MatchError};

fn read(text: &str) -> Result<Vec<rete_match::Profile>, MatchError> {
    read_profiles(text.as_bytes())
}

fn error(text: &str) -> String {
    read(text).expect_err("must fail").to_string()
}

const OK: &str = r#"{"id": 1, "lang": "it", "offers": ["web"], "seeks": ["legale"], "interests": ["vela"]}"#;

#[test]
fn reads_profiles_ignoring_other_keys_and_defaulting_lists() {
    let text = format!(
        "{OK}\n\n{}\n{}\n",
        r#"{"id": 2, "lang": "en", "name": "Ann", "city": "Rome", "offers": null}"#,
        r#"{"id": 18446744073709551615, "lang": "en", "seeks": []}"#
    );
    let p = read(&text).unwrap();
    assert_eq!(p.len(), 3);
    assert_eq!(p[0].offers, ["web"]);
    assert_eq!((p[1].id, p[1].lang), (2, Lang::En));
    assert!(p[1].offers.is_empty() && p[1].seeks.is_empty() && p[1].interests.is_empty());
    assert_eq!(p[2].id, u64::MAX);
}

#[test]
fn malformed_json_names_the_line() {
    let e = error(&format!("{OK}\n\n{{\"id\": 3, \"lang\": \n"));
    assert!(e.starts_with("line 3: malformed profile"), "{e}");
    let e = error(r#"{"id": 3, "lang": "it", "offers": "web"}"#);
    assert!(e.starts_with("line 1: malformed profile"), "{e}");
}

#[test]
fn bad_ids_name_the_line() {
    assert_eq!(error(r#"{"lang": "it"}"#), "line 1: missing \"id\"");
    for (bad, shown) in [("-1", "-1"), ("1.5", "1.5"), ("\"7\"", "\"7\""), ("null", "null")] {
        let e = error(&format!("{OK}\n{{\"id\": {bad}, \"lang\": \"it\"}}"));
        if bad == "null" {
            assert_eq!(e, "line 2: missing \"id\"");
        } else {
            assert_eq!(e, format!("line 2: \"id\" must be an unsigned integer, found {shown}"));
        }
    }
}

#[test]
fn duplicate_ids_name_both_lines() {
    let e = error(&format!("{OK}\n{}\n{OK}\n", OK.replace("\"id\": 1", "\"id\": 2")));
    assert_eq!(e, "line 3: duplicate id 1 (first on line 1)");
    assert!(matches!(read(&format!("{OK}\n{OK}")), Err(MatchError::DuplicateIdAt { line: 2, id: 1, first: 1 })));
}

#[test]
fn unknown_or_missing_lang_names_the_line() {
    assert_eq!(error(r#"{"id": 1, "lang": "fr"}"#), "line 1: \"lang\" must be \"it\" or \"en\", found \"fr\"");
    assert_eq!(error(&format!("{OK}\n{{\"id\": 2}}")), "line 2: \"lang\" must be \"it\" or \"en\", found null");
}

#[test]
fn engine_refuses_duplicate_ids() {
    let mut p = read(OK).unwrap();
    p.push(p[0].clone());
    let e = rete_match::Engine::build(p).unwrap_err();
    assert_eq!(e.to_string(), "duplicate profile id 1");
}

#[test]
fn writes_reference_lines() {
    let rows = vec![(17u64, vec![(4411u64, 0.41320000049), (905, 0.1)]), (5, vec![])];
    let mut out = Vec::new();
    write_top_k(&mut out, &rows).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert_eq!(text, "{\"id\": 17, \"matches\": [[4411, 0.4132], [905, 0.1]]}\n{\"id\": 5, \"matches\": []}\n");
    // Every line is JSON a reader of the reference format accepts.
    for line in text.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(v["matches"].is_array());
    }
}

/// A file of several MiB is parsed in parts on every core: lines must
/// still be counted across parts, and the first error in line order wins.
#[test]
fn large_files_name_the_right_line() {
    let line = |id: usize| OK.replace("\"id\": 1", &format!("\"id\": {id}"));
    let lines: Vec<String> = (1..=40_000).map(line).collect();
    let big = |edit: &dyn Fn(&mut Vec<String>)| {
        let mut l = lines.clone();
        edit(&mut l);
        l.join("\n") + "\n"
    };
    assert!(big(&|_| {}).len() > 3 << 20, "several parts");
    assert_eq!(read(&big(&|_| {})).unwrap().len(), 40_000);
    let e = error(&big(&|l| l[29_999] = "{\"id\": ".into()));
    assert!(e.starts_with("line 30000: malformed profile"), "{e}");
    // A repeated id before a malformed line is the first error.
    let e = error(&big(&|l| {
        l[25_000] = line(7);
        l[35_000] = "{".into();
    }));
    assert_eq!(e, "line 25001: duplicate id 7 (first on line 7)");
    let bytes = {
        let mut b = big(&|_| {}).into_bytes();
        let at = b.len() - 10;
        b[at] = 0xff;
        b
    };
    let e = read_profiles(&bytes[..]).expect_err("invalid UTF-8").to_string();
    assert!(e.starts_with("line 40000: cannot read input"), "{e}");
}
