//! Grow in the CLI: a community's profiles, your own, `rete matches` with
//! reasons (leaving out the opted-out and people you already know), and
//! `rete profile check`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::{ok, rete};

use serde_json::Value;

const MEMBERS: &str = r#"{"id": 1, "name": "Foto Felice", "lang": "it", "city": "Milano", "offers": ["fotografia aziendale", "video"], "seeks": ["sviluppo siti web"], "interests": ["vela"]}
{"id": 2, "name": "Nascosto Opt", "lang": "it", "offers": ["fotografia aziendale"], "seeks": ["sviluppo siti web"], "interests": ["vela"], "opt_in": false}
{"id": 3, "name": "Già Conosciuto", "lang": "it", "offers": ["fotografia aziendale"], "seeks": ["sviluppo siti web"]}
{"id": 4, "name": "Anna Fisco", "lang": "it", "offers": ["consulenza fiscale"], "seeks": ["e-commerce"]}
{"id": 5, "name": "Carlo Consulenza", "lang": "it", "offers": ["consulenza"], "seeks": ["consulenza"]}
{"id": 6, "name": "Nobody Related", "lang": "en", "offers": ["plumbing"], "seeks": ["gardening"]}
"#;

#[test]
fn matches_come_with_reasons_and_respect_opt_out_and_existing_ties() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("rete.db");
    ok(&db, &["init"]);
    let file = dir.path().join("members.jsonl");
    std::fs::write(&file, MEMBERS).unwrap();
    ok(&db, &["community", "import", "BNI Leonardo", "--input", file.to_str().unwrap()]);
    ok(&db, &["person", "add", "Gia Conosciuto"]);
    let no_profile = rete(&db, &["matches"]);
    assert_eq!(no_profile.status.code(), Some(2), "no profile yet");
    ok(
        &db,
        &[
            "profile",
            "set",
            "--offer",
            "sviluppo siti web",
            "--offer",
            "e-commerce",
            "--seek",
            "fotografia aziendale",
            "--seek",
            "consulenza fiscale",
            "--interest",
            "vela",
        ],
    );
    let found: Value = serde_json::from_str(&ok(&db, &["matches", "--json"])).unwrap();
    let names: Vec<&str> = found.as_array().unwrap().iter().map(|m| m["name"].as_str().unwrap()).collect();
    assert!(names.contains(&"Foto Felice") && names.contains(&"Anna Fisco"), "{names:?}");
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(!names.contains(&"Nascosto Opt"), "opted out");
    assert!(!names.contains(&"Già Conosciuto"), "already in your network");
    assert!(!names.contains(&"Nobody Related"), "no give-give");
    let foto = found.as_array().unwrap().iter().find(|m| m["name"] == "Foto Felice").unwrap();
    let reason = foto["reason"].as_str().unwrap();
    assert!(reason.contains("fotografia aziendale") && reason.contains("sviluppo siti web"), "{reason}");
    let it = ok(&db, &["--lang", "it", "matches"]);
    assert!(it.contains("che cerchi"), "{it}");

    // Opting out hides you from matching altogether.
    ok(&db, &["profile", "set", "--opt-out"]);
    assert_eq!(rete(&db, &["matches"]).status.code(), Some(2));
}

#[test]
fn profile_check_points_at_vague_phrases() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("rete.db");
    ok(&db, &["init"]);
    let file = dir.path().join("members.jsonl");
    std::fs::write(&file, MEMBERS).unwrap();
    ok(&db, &["community", "import", "Club", "--input", file.to_str().unwrap()]);
    ok(&db, &["profile", "set", "--offer", "consulenza"]);
    let advice = ok(&db, &["profile", "check"]);
    assert!(advice.contains("'consulenza' is too generic"), "{advice}");
    assert!(advice.contains("You seek nothing"), "{advice}");
    assert!(advice.contains("One offer is little"), "{advice}");
    ok(
        &db,
        &[
            "profile",
            "set",
            "--offer",
            "consulenza GDPR per studi medici",
            "--offer",
            "audit privacy",
            "--seek",
            "fotografia aziendale",
            "--interest",
            "vela",
        ],
    );
    assert!(ok(&db, &["profile", "check"]).contains("specific"));
    let bad = dir.path().join("bad.jsonl");
    std::fs::write(&bad, "{\"id\": 1, \"lang\": \"it\"}\n{\"id\": 2, \"lang\": \"de\"}\n").unwrap();
    let out = rete(&db, &["community", "import", "Club", "--input", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 2"));
}

#[test]
fn a_lookup_never_creates_a_community_and_a_refused_import_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("rete.db");
    ok(&db, &["init"]);
    let file = dir.path().join("members.jsonl");
    std::fs::write(&file, MEMBERS).unwrap();
    ok(&db, &["community", "import", "Club", "--input", file.to_str().unwrap()]);
    // A typo in a name is an error listing the communities there are.
    let typo = rete(&db, &["community", "set", "Clubb", "--no-webhook"]);
    assert_eq!(typo.status.code(), Some(2));
    let message = String::from_utf8_lossy(&typo.stderr);
    assert!(message.contains("Clubb") && message.contains("Club"), "{message}");
    assert_eq!(rete(&db, &["profile", "set", "--community", "Clubb", "--offer", "x"]).status.code(), Some(2));
    assert_eq!(rete(&db, &["matches", "--community", "Clubb"]).status.code(), Some(2));
    // A file that does not read creates nothing.
    let bad = dir.path().join("bad.jsonl");
    std::fs::write(&bad, "{\"id\": 1, \"lang\": \"it\"}\nnot json\n").unwrap();
    assert_eq!(rete(&db, &["community", "import", "Nuova", "--input", bad.to_str().unwrap()]).status.code(), Some(2));
    let all: Value = serde_json::from_str(&ok(&db, &["community", "list", "--json"])).unwrap();
    let names: Vec<&str> = all.as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Club"]);
}
