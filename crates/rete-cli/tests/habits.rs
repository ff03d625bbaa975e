//! `rete audit`, `rete audit --quiz` and `rete draft` end to end.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::{ok, rete, rete_stdin};

use serde_json::Value;

fn seeded() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("rete.db");
    ok(&db, &["init"]);
    for name in ["Anna Riva", "Bruno Sala", "Carla Neri", "Dario Gallo"] {
        ok(&db, &["person", "add", name]);
    }
    for on in ["2026-06-01", "2026-08-01", "2026-10-01"] {
        ok(&db, &["log", "call", "--with", "Anna", "--on", on, "--purpose", "ask"]);
    }
    ok(&db, &["log", "meeting", "--with", "Bruno", "--on", "2026-09-01", "--topics", "export in Germania"]);
    ok(&db, &["receive", "referral", "--from", "Bruno", "--on", "2026-09-10"]);
    ok(&db, &["receive", "advice", "--from", "Carla", "--on", "2026-10-10"]);
    (dir, db)
}

#[test]
fn audit_reports_mistakes_with_numbers() {
    let (_dir, db) = seeded();
    let findings: Value = serde_json::from_str(&ok(&db, &["audit", "--json"])).unwrap();
    let find = |id: &str| findings.as_array().unwrap().iter().find(|f| f["id"] == id).cloned();
    let thanks = find("not_thanking").expect("unthanked exchanges");
    assert_eq!(thanks["evidence"]["unthanked"], 2);
    let abuse = find("abusing_network").expect("three asks to Anna");
    assert_eq!(abuse["evidence"]["most_asks"], 3);
    let cards = find("collecting_cards").expect("nobody has notes");
    assert_eq!(cards["evidence"]["people"], 4);
    let follow = find("no_follow_up").expect("first meetings without follow-up");
    assert_eq!(follow["evidence"]["without_follow_up"], 1);
    assert!(find("thinking_of_yourself").is_some(), "received 2, gave 0");
    for f in findings.as_array().unwrap() {
        assert!(!f["next_step"].as_str().unwrap().is_empty());
    }
    ok(&db, &["thank", "1"]);
    ok(&db, &["thank", "2"]);
    let after: Value = serde_json::from_str(&ok(&db, &["audit", "--json"])).unwrap();
    assert!(after.as_array().unwrap().iter().all(|f| f["id"] != "not_thanking"));
}

#[test]
fn quiz_answers_become_a_plan_joined_with_the_data() {
    let (dir, db) = seeded();
    let mut answers = vec!["no"; 17];
    answers[16] = "yes"; // not thanking
    answers[7] = "yes"; // being vague
    let plan = ok(&db, &["audit", "--answers", &answers.join(",")]);
    assert!(plan.starts_with("# Your networking action plan"), "{plan}");
    let recognised = plan.split("## What your data also shows").next().unwrap();
    assert!(recognised.contains("**Being vague**") && recognised.contains("**Not thanking**"), "{plan}");
    assert!(
        recognised.contains("2 of 2 exchanges you received were never thanked"),
        "the data joins the answer: {plan}"
    );
    assert!(plan.contains("Abusing the network"), "findings not answered yes still appear: {plan}");

    // Interactive, in Italian, with one unclear answer asked again.
    let input = format!("forse\n{}\n", ["s"; 17].join("\n"));
    let out = rete_stdin(&db, &["--lang", "it", "audit", "--quiz"], &input);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("Rispondi sì o no, per favore"), "{stderr}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("**Non ringraziare**"));

    let bad = rete(&db, &["audit", "--answers", "yes,no"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("expected 17"));
    let file = dir.path().join("plan.md");
    ok(&db, &["audit", "--answers", &answers.join(","), "--output", file.to_str().unwrap()]);
    assert!(std::fs::read_to_string(&file).unwrap().contains("Being vague"));
}

#[test]
fn drafts_are_specific_or_refused() {
    let (_dir, db) = seeded();
    let text = ok(&db, &["--lang", "it", "draft", "Bruno", "--kind", "follow-up"]);
    assert!(text.starts_with("Ciao Bruno,") && text.contains("export in Germania"), "{text}");
    let text = ok(&db, &["draft", "Bruno", "--kind", "thanks"]);
    assert!(text.contains("a referral") && text.contains("10 September"), "{text}");
    let refused = rete(&db, &["draft", "Dario", "--kind", "reconnect"]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("Dario Gallo"));
    assert!(refused.stdout.is_empty(), "no boilerplate on stdout");
}
