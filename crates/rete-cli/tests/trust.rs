//! Keep you can trust: a date that would break the agenda is refused, a
//! copy of the database file is the whole network, `rete backup` and
//! `rete restore` round-trip, every record can be listed, corrected and
//! deleted, and a typo in --db never starts an empty network.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{bad, ok, rete, rete_env};
use serde_json::Value;

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap()
}

#[test]
fn dates_that_would_break_the_agenda_are_refused_by_field() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    ok(&db, &["init"]);
    ok(&db, &["person", "add", "Anna Rossi"]);
    let err = bad(&db, &["log", "call", "--with", "Anna Rossi", "--on", "+10000-01-01"]);
    assert!(err.contains("--on") && err.contains("+3d"), "{err}");
    let err = bad(&db, &["log", "call", "--with", "Anna Rossi", "--on", "2026-11-25"]);
    assert!(err.contains("--on") && err.contains("2026-11-24"), "the bound is tomorrow: {err}");
    bad(&db, &["log", "call", "--with", "Anna Rossi", "--on", "1899-12-31"]);
    ok(&db, &["log", "call", "--with", "Anna Rossi", "--on", "tomorrow"]);
    ok(&db, &["log", "call", "--with", "Anna Rossi", "--on", "-3d"]);
    let fu = ok(&db, &["followup", "add", "--with", "Anna Rossi", "--due", "+2w", "send the deck"]);
    assert!(fu.contains("2026-12-07"), "+2w from 2026-11-23: {fu}");
    bad(&db, &["followup", "add", "--with", "Anna Rossi", "--due", "2037-01-01", "later"]);
    let err = bad(&db, &["followup", "snooze", "1", "--until", "yesterday"]);
    assert!(err.contains("--until"), "{err}");
    ok(&db, &["followup", "snooze", "1", "--until", "+1m"]);
    // Thanks: not for what you gave, not before the exchange.
    ok(&db, &["give", "referral", "--to", "Anna Rossi"]);
    ok(&db, &["receive", "advice", "--from", "Anna Rossi", "--on", "2026-11-20"]);
    let err = bad(&db, &["thank", "1"]);
    assert!(err.contains("gave"), "{err}");
    let err = bad(&db, &["thank", "2", "--on", "2026-11-19"]);
    assert!(err.contains("2026-11-20"), "{err}");
    ok(&db, &["thank", "2", "--on", "2026-11-21"]);
    // The agenda still works.
    ok(&db, &["today"]);
    ok(&db, &["calendar"]);
    // Italian says it in Italian.
    let err = bad(&db, &["--lang", "it", "log", "call", "--with", "Anna Rossi", "--on", "domani l'altro"]);
    assert!(err.contains("non è una data"), "{err}");
}

#[test]
fn a_copy_of_the_file_after_a_command_is_the_whole_network() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    ok(&db, &["init"]);
    for i in 0..20 {
        ok(&db, &["person", "add", &format!("Persona {i}")]);
    }
    assert!(
        !dir.path().join("d.db-wal").exists() || std::fs::metadata(dir.path().join("d.db-wal")).unwrap().len() == 0
    );
    let copy = dir.path().join("copy.db");
    std::fs::copy(&db, &copy).unwrap();
    let people = json(&ok(&copy, &["person", "list", "--json"]));
    assert_eq!(people.as_array().unwrap().len(), 20, "the copied file holds everyone");
}

#[test]
fn backup_and_restore_round_trip_the_whole_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    ok(&db, &["demo"]);
    let before = ok(&db, &["export", "json"]);
    let copy = dir.path().join("copy.db");
    let out = ok(&db, &["backup", copy.to_str().unwrap()]);
    assert!(out.contains("copy.db"), "{out}");
    // A second backup to the same file is refused, the first stays.
    bad(&db, &["backup", copy.to_str().unwrap()]);
    // Change the live database, then put the copy back.
    ok(&db, &["person", "add", "Dopo Il Backup"]);
    bad(&db, &["restore", copy.to_str().unwrap()]);
    let out = ok(&db, &["restore", copy.to_str().unwrap(), "--yes"]);
    assert!(out.contains("people"), "{out}");
    assert_eq!(ok(&db, &["export", "json"]), before, "restore gives back exactly what the backup held");
    // Not a rete database: refused, nothing changed.
    let junk = dir.path().join("junk.db");
    std::fs::write(&junk, "not a database").unwrap();
    bad(&db, &["restore", junk.to_str().unwrap(), "--yes"]);
    assert_eq!(ok(&db, &["export", "json"]), before);
}

#[test]
fn the_demo_backup_restores_every_table() {
    let dir = tempfile::tempdir().unwrap();
    let demo = dir.path().join("demo.db");
    ok(&demo, &["demo"]);
    let first = ok(&demo, &["export", "json"]);
    let doc = json(&first);
    assert_eq!(doc["version"], 2);
    let communities = doc["communities"].as_array().unwrap();
    let profiles: usize = communities.iter().map(|c| c["profiles"].as_array().unwrap().len()).sum();
    assert!(profiles > 100, "the demo's profiles are in the backup: {profiles}");
    assert!(
        communities.iter().any(|c| c["profiles"].as_array().unwrap().iter().any(|p| p["member"] == 0)),
        "your own profile too"
    );
    let file = dir.path().join("backup.json");
    std::fs::write(&file, &first).unwrap();
    let fresh = dir.path().join("fresh.db");
    ok(&fresh, &["init"]);
    let out = ok(&fresh, &["import", "json", file.to_str().unwrap()]);
    assert!(out.contains("profiles"), "{out}");
    assert_eq!(ok(&fresh, &["export", "json"]), first, "export -> import -> export is the same document");
}

#[test]
fn every_record_can_be_listed_corrected_and_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    ok(&db, &["init"]);
    ok(&db, &["person", "add", "Anna Rossi"]);
    ok(&db, &["person", "add", "Bruno Neri"]);
    ok(&db, &["log", "meeting", "--with", "Anna Rossi", "--on", "2026-11-20", "--topics", "fiera"]);
    let list = json(&ok(&db, &["log", "list", "--json"]));
    let id = list[0]["id"].as_i64().unwrap().to_string();
    ok(&db, &["log", "edit", &id, "--on", "2026-11-21", "--with", "Bruno Neri", "--topics", "fiera di Milano"]);
    let list = json(&ok(&db, &["log", "list", "--with", "Bruno Neri", "--json"]));
    assert_eq!(list[0]["on"], "2026-11-21");
    assert_eq!(list[0]["topics"], "fiera di Milano");
    assert!(json(&ok(&db, &["log", "list", "--with", "Anna Rossi", "--json"])).as_array().unwrap().is_empty());
    ok(&db, &["log", "delete", &id]);
    assert!(json(&ok(&db, &["log", "list", "--json"])).as_array().unwrap().is_empty());
    bad(&db, &["log", "delete", &id]);

    ok(&db, &["receive", "referral", "--from", "Anna Rossi"]);
    ok(&db, &["receive", "referral", "--from", "Anna Rossi"]);
    ok(&db, &["ledger", "edit", "2", "--kind", "business", "--amount", "1200"]);
    let ledger = json(&ok(&db, &["ledger", "--json"]));
    assert!(ledger.as_array().unwrap().iter().any(|e| e["kind"] == "business" && e["amount_cents"] == 120000));
    ok(&db, &["ledger", "delete", "1"]);
    assert_eq!(json(&ok(&db, &["ledger", "list", "--json"])).as_array().unwrap().len(), 1);

    ok(&db, &["followup", "add", "--with", "Anna Rossi", "--due", "2026-11-30", "preventivo"]);
    ok(&db, &["followup", "edit", "1", "--text", "preventivo firmato", "--with", "Bruno Neri"]);
    let fus = json(&ok(&db, &["followup", "list", "--json"]));
    assert_eq!(fus[0]["text"], "preventivo firmato");
    ok(&db, &["followup", "delete", "1"]);
    assert!(json(&ok(&db, &["followup", "list", "--all", "--json"])).as_array().unwrap().is_empty());

    ok(&db, &["milestone", "add", "--for", "Anna Rossi", "--kind", "new-job", "--on", "2026-11-01"]);
    ok(&db, &["milestone", "edit", "1", "--kind", "promotion"]);
    assert_eq!(json(&ok(&db, &["milestone", "list", "--json"]))[0]["kind"], "promotion");
    ok(&db, &["milestone", "delete", "1"]);

    ok(&db, &["event", "add", "Fiera", "--on", "2026-11-10"]);
    ok(&db, &["event", "attend", "Fiera", "--with", "Anna Rossi", "--with", "Bruno Neri"]);
    ok(&db, &["event", "edit", "Fiera", "--name", "Fiera di novembre", "--remove", "Bruno Neri"]);
    let ev = json(&ok(&db, &["event", "show", "Fiera di novembre", "--json"]));
    assert_eq!(ev["attendees"].as_array().unwrap().len(), 1, "{ev}");
    ok(&db, &["event", "delete", "Fiera di novembre"]);
    assert!(json(&ok(&db, &["event", "list", "--json"])).as_array().unwrap().is_empty());

    // Deleting a person: without a terminal it needs --yes.
    ok(&db, &["log", "call", "--with", "Anna Rossi"]);
    ok(&db, &["log", "meeting", "--with", "Anna Rossi", "--with", "Bruno Neri"]);
    let err = bad(&db, &["person", "delete", "Anna Rossi"]);
    assert!(err.contains("--yes"), "{err}");
    let removal = json(&ok(&db, &["person", "delete", "Anna Rossi", "--yes", "--json"]));
    assert_eq!(removal["interactions"], 1, "{removal}");
    // Left: the shared meeting, and the encounter the attendance at the
    // Fiera recorded (an event that happened is a meeting, whatever became
    // of its record), both with Bruno only now.
    let left = json(&ok(&db, &["log", "list", "--json"]));
    let kinds: Vec<&str> = left.as_array().unwrap().iter().map(|i| i["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["meeting", "event"], "the shared meeting stays with Bruno: {left}");
    assert!(bad(&db, &["person", "show", "Anna Rossi"]).contains("Anna Rossi"));
}

#[test]
fn no_command_creates_a_database_that_was_named_wrong() {
    let dir = tempfile::tempdir().unwrap();
    let typo = dir.path().join("typo.db");
    let vcf = dir.path().join("a.vcf");
    std::fs::write(&vcf, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Rossi\r\nEND:VCARD\r\n").unwrap();
    for args in [vec!["import", "vcard", vcf.to_str().unwrap()], vec!["person", "list"], vec!["today"]] {
        let out = rete(&typo, &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!typo.exists(), "{args:?} created the file");
    }
}

#[test]
fn a_config_file_named_but_missing_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("rete.db");
    ok(&db, &["init"]);
    let missing = dir.path().join("confg.toml");
    let out = rete_env(&db, &["person", "list"], &[("RETE_CONFIG", missing.to_str().unwrap())]);
    assert_eq!(out.status.code(), Some(2));
    let message = String::from_utf8_lossy(&out.stderr);
    assert!(message.contains("RETE_CONFIG") && message.contains("confg.toml"), "{message}");
    // An empty file is an empty configuration.
    let empty = dir.path().join("config.toml");
    std::fs::write(&empty, "").unwrap();
    assert!(rete_env(&db, &["person", "list"], &[("RETE_CONFIG", empty.to_str().unwrap())]).status.success());
}

#[test]
fn a_namesake_needs_new_and_is_told_apart_by_company() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    ok(&db, &["init"]);
    ok(&db, &["person", "add", "Andrea Serra", "--company", "Santoro Assicurazioni"]);
    // The same name typed again is almost always the same person.
    let err = bad(&db, &["person", "add", "andrea serra"]);
    assert!(
        err.contains("already in your network") && err.contains("#1 Andrea Serra (Santoro Assicurazioni)"),
        "{err}"
    );
    assert!(err.contains("--new"), "{err}");
    assert_eq!(json(&ok(&db, &["person", "list", "--json"])).as_array().unwrap().len(), 1, "nothing was added");
    // A namesake, said so.
    assert_eq!(ok(&db, &["person", "add", "Andrea Serra", "--company", "Serra Viaggi", "--new"]).trim(), "2");
    let err = bad(&db, &["log", "call", "--with", "Andrea Serra"]);
    assert!(
        err.contains("#1 Andrea Serra (Santoro Assicurazioni)") && err.contains("#2 Andrea Serra (Serra Viaggi)"),
        "{err}"
    );
    // The name with the company, as the list writes it, still finds each.
    ok(&db, &["log", "call", "--with", "Andrea Serra (Serra Viaggi)"]);
    let first: Value = json(&ok(&db, &["person", "show", "andrea serra (santoro assicurazioni)", "--json"]));
    assert_eq!(first["id"], 1);
    let timeline = json(&ok(&db, &["person", "timeline", "2", "--json"]));
    assert_eq!(timeline.as_array().unwrap().len(), 1, "the call went to the namesake: {timeline}");
}

#[test]
fn the_timeline_lists_everything_with_the_ids_that_correct_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    ok(&db, &["init"]);
    ok(&db, &["person", "add", "Anna Rossi"]);
    ok(&db, &["log", "meeting", "--with", "Anna Rossi", "--on", "2026-11-20", "--topics", "the new site"]);
    ok(&db, &["receive", "referral", "--from", "Anna Rossi", "--on", "2026-11-21"]);
    ok(&db, &["followup", "add", "--with", "Anna Rossi", "--due", "2026-11-30", "send the quote"]);
    ok(&db, &["milestone", "add", "--for", "Anna Rossi", "--kind", "promotion", "--on", "2026-11-01"]);
    let text = ok(&db, &["person", "timeline", "Anna Rossi"]);
    for expected in
        ["log 1", "ledger 1", "followup 1", "milestone 1", "the new site", "not yet thanked", "send the quote"]
    {
        assert!(text.contains(expected), "{expected} in:\n{text}");
    }
    // Newest first: the follow-up due on the 30th leads, the milestone ends.
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[3].contains("followup 1") && lines[6].contains("milestone 1"), "{text}");
    assert!(text.lines().all(|l| l == l.trim_end()), "no line is padded to the widest cell");
    let it = rete(&db, &["--lang", "it", "person", "timeline", "Anna Rossi", "--limit", "2"]);
    let it = String::from_utf8(it.stdout).unwrap();
    assert!(it.contains("non ancora ringraziato") || it.contains("entro il"), "{it}");
    assert!(it.contains("e altri 2"), "a cut list says how many more: {it}");
    let all = json(&ok(&db, &["person", "timeline", "Anna Rossi", "--json"]));
    let types: Vec<&str> = all.as_array().unwrap().iter().map(|e| e["type"].as_str().unwrap()).collect();
    assert_eq!(types, ["followup", "exchange", "interaction", "milestone"]);
    assert!(ok(&db, &["person", "show", "Anna Rossi"]).contains("rete person timeline 1"));
}

/// The whole account as `export json` writes it.
fn snapshot(db: &std::path::Path) -> String {
    ok(db, &["export", "json"])
}

#[test]
fn undo_takes_back_each_command_newest_first() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    ok(&db, &["init"]);
    assert!(ok(&db, &["undo"]).contains("Nothing to undo"));
    let empty = snapshot(&db);
    ok(&db, &["person", "add", "Anna Rossi", "--company", "Acme", "--email", "anna@acme.it"]);
    let added = snapshot(&db);
    ok(&db, &["log", "meeting", "--with", "Anna Rossi", "--topics", "the new site"]);
    ok(&db, &["receive", "referral", "--from", "Anna Rossi"]);
    let logged = snapshot(&db);
    ok(&db, &["person", "delete", "Anna Rossi", "--yes"]);
    // Reads in between are not steps (and are opened without the journal).
    for read in [&["person", "list"][..], &["today"], &["search", "acme"], &["ledger"], &["export", "json"], &["audit"]]
    {
        ok(&db, read);
    }

    let said = ok(&db, &["undo"]);
    assert!(said.contains("rete person delete 'Anna Rossi' --yes") && said.contains("rete receive referral"), "{said}");
    assert_eq!(snapshot(&db), logged, "the person, her meeting and her referral are back");
    assert!(ok(&db, &["search", "acme"]).contains("Anna Rossi"), "search finds her again");
    assert!(ok(&db, &["today"]).contains("Anna Rossi"), "the agenda asks to thank her again");

    ok(&db, &["undo"]);
    ok(&db, &["undo"]);
    assert_eq!(snapshot(&db), added);
    let said = ok(&db, &["undo"]);
    assert!(said.contains("rete person add 'Anna Rossi'"), "{said}");
    assert_eq!(snapshot(&db), empty);
    assert!(!ok(&db, &["search", "acme"]).contains("Anna"), "her search document went too");
    assert!(ok(&db, &["undo"]).contains("Nothing to undo"));
    // Undoing is not a step: what comes after builds on the undone state.
    ok(&db, &["person", "add", "Bruno Neri"]);
    let json = json(&ok(&db, &["undo", "--json"]));
    assert_eq!(json["command"], "rete person add 'Bruno Neri'");
    assert_eq!(json["changes"], 1, "{json}");
}

#[test]
fn undo_takes_back_an_import_and_keeps_twenty_steps() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    ok(&db, &["init"]);
    ok(&db, &["person", "add", "Anna Rossi"]);
    let vcards =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/testdata/vcards/fullcontact.vcf");
    ok(&db, &["import", "vcard", vcards.to_str().unwrap()]);
    let people = json(&ok(&db, &["person", "list", "--json"])).as_array().unwrap().len();
    assert!(people > 1, "the import added people");
    let it = rete(&db, &["--lang", "it", "undo"]);
    assert!(String::from_utf8_lossy(&it.stdout).contains("Annullato: `rete import vcard"), "{it:?}");
    assert_eq!(json(&ok(&db, &["person", "list", "--json"])).as_array().unwrap().len(), 1, "Anna stays");
    for i in 0..22 {
        ok(&db, &["person", "add", &format!("Person {i}")]);
    }
    for _ in 0..20 {
        ok(&db, &["undo"]);
    }
    assert!(ok(&db, &["undo"]).contains("Nothing to undo"), "twenty steps are kept");
    assert_eq!(json(&ok(&db, &["person", "list", "--json"])).as_array().unwrap().len(), 3, "Anna, Person 0 and 1");
}

#[test]
fn reads_never_wait_for_another_writer_and_a_waiting_write_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    ok(&db, &["init"]);
    ok(&db, &["person", "add", "Anna Rossi", "--company", "Acme"]);
    // A meeting leaves the agenda's summaries to refresh on the next read.
    ok(&db, &["log", "meeting", "--with", "Anna Rossi", "--on", "2026-11-22"]);

    // Another program takes the write lock and keeps it.
    let other = rusqlite::Connection::open(&db).unwrap();
    other.execute_batch("BEGIN IMMEDIATE; INSERT INTO accounts (name) VALUES ('another program');").unwrap();
    for args in [&["person", "list"][..], &["search", "acme"], &["person", "show", "Anna Rossi"], &["export", "json"]] {
        let started = std::time::Instant::now();
        let out = rete(&db, args);
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        assert!(started.elapsed() < std::time::Duration::from_secs(5), "{args:?} waited for the writer");
    }
    // The agenda cannot refresh its summaries now: it computes them in
    // memory, and the meeting of yesterday asks for a thank-you.
    let started = std::time::Instant::now();
    let today = json(&ok(&db, &["today", "--json"]));
    assert!(started.elapsed() < std::time::Duration::from_secs(5), "today waited for the writer");
    assert!(today.as_array().unwrap().iter().any(|a| a["kind"] == "thank_you"), "{today}");

    // A write waits, and says so after a second; it goes through when the
    // other program commits.
    let db2 = db.clone();
    let writer = std::thread::spawn(move || rete(&db2, &["log", "call", "--with", "Anna Rossi"]));
    std::thread::sleep(std::time::Duration::from_millis(2500));
    other.execute_batch("COMMIT;").unwrap();
    let out = writer.join().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("another program is writing to") && said.contains("d.db"), "{said}");
}

#[test]
fn terminal_escapes_never_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    ok(&db, &["init"]);
    ok(&db, &["person", "add", "Evil \u{1b}[31mRed\u{1b}[0m Name", "--company", "\u{1b}]0;pwned\u{7}Acme"]);
    let listed = ok(&db, &["person", "list"]);
    assert!(!listed.contains('\u{1b}') && !listed.contains('\u{7}'), "{listed:?}");
    assert!(listed.contains("Evil Red Name") && listed.contains("Acme"), "{listed}");
    // What is written about a person is cleaned as their fields are.
    let with = "Evil Red Name";
    ok(&db, &["log", "call", "--with", with, "--topics", "\u{1b}[2Jsito", "--notes", "riga\u{1b}[31m rossa\nseconda"]);
    ok(&db, &["give", "advice", "--to", with, "--note", "\u{1b}]0;x\u{7}consiglio"]);
    ok(&db, &["followup", "add", "--with", with, "--due", "+1w", "\u{1b}[1mscrivere"]);
    ok(&db, &["event", "add", "\u{1b}[5mAperitivo", "--on", "+1w", "--place", "Mi\u{1b}[0mlano"]);
    let timeline = ok(&db, &["person", "timeline", with, "--json"]);
    let events = ok(&db, &["event", "list", "--json"]);
    for text in [&timeline, &events] {
        assert!(!text.contains("\\u001b") && !text.contains('\u{1b}') && !text.contains("\\u0007"), "{text}");
    }
    assert!(
        timeline.contains("seconda") && timeline.contains("consiglio") && timeline.contains("scrivere"),
        "{timeline}"
    );
    assert!(events.contains("Aperitivo") && events.contains("Milano"), "{events}");
    let long = "A".repeat(301);
    assert!(bad(&db, &["person", "add", &long]).contains("at most 300 characters"));
}
