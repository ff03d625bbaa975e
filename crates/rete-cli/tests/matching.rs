//! `rete match` end to end: the reference top-k of a generated community,
//! and bad input that names the line and prints nothing.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use serde_json::Value;
use std::path::Path;
use std::process::Command;

fn data(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../rete-match/tests/data").join(name).display().to_string()
}

fn rete(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_rete")).args(args).env("RETE_CONFIG", "/dev/null").output().unwrap()
}

#[test]
fn batch_top_k_equals_the_reference() {
    let out = rete(&["match", "--input", &data("profiles-1500-seed7.jsonl"), "--k", "5", "--threads", "2"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let ours: Vec<Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let reference: Vec<Value> = std::fs::read_to_string(data("reference-1500-seed7-k5.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(ours.len(), 1500);
    let mut same_ids = 0;
    for (a, b) in ours.iter().zip(&reference) {
        assert_eq!(a["id"], b["id"], "input order");
        let (ma, mb) = (a["matches"].as_array().unwrap(), b["matches"].as_array().unwrap());
        assert_eq!(ma.len(), mb.len());
        for (x, y) in ma.iter().zip(mb) {
            assert!((x[1].as_f64().unwrap() - y[1].as_f64().unwrap()).abs() < 1e-4, "{a} vs {b}");
        }
        same_ids += usize::from(ma.iter().map(|m| &m[0]).eq(mb.iter().map(|m| &m[0])));
    }
    assert!(same_ids >= 1490, "ids equal for {same_ids} of 1500 (ties may swap)");
}

#[test]
fn bad_lines_are_named_and_nothing_is_printed() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("p.jsonl");
    std::fs::write(&file, "{\"id\": 1, \"lang\": \"it\", \"offers\": [\"web\"]}\n{\"id\": 2, \"lang\": \"fr\"}\n")
        .unwrap();
    let out = rete(&["match", "--input", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("line 2"), "{err}");
    std::fs::write(&file, "{\"id\": 1, \"lang\": \"it\"}\n{\"id\": 1, \"lang\": \"en\"}\n").unwrap();
    let out = rete(&["match", "--input", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "duplicate id");
    assert!(out.stdout.is_empty());
    std::fs::write(&file, "{\"id\": 1, \"lang\": \"it\"\n").unwrap();
    let out = rete(&["match", "--input", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "malformed JSON");
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 1"));
}
