//! The Keep scenario end to end: the real `rete` binary on a real SQLite
//! file, as a user would type it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Output;

struct Rete {
    _dir: tempfile::TempDir,
    db: PathBuf,
}

impl Rete {
    fn new() -> Rete {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("rete.db");
        let r = Rete { _dir: dir, db };
        r.ok(&["init"]);
        r
    }

    fn run(&self, args: &[&str]) -> Output {
        run_with(&self.db, args, &[])
    }

    /// Runs and expects success; returns standard output.
    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(out.status.success(), "rete {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    }

    /// Runs and expects exit code 2; returns standard error.
    fn bad(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert_eq!(
            out.status.code(),
            Some(2),
            "rete {args:?} should exit 2, stdout: {}",
            String::from_utf8_lossy(&out.stdout)
        );
        String::from_utf8(out.stderr).unwrap()
    }

    fn json(&self, args: &[&str]) -> Value {
        serde_json::from_str(&self.ok(args)).unwrap()
    }
}

fn run_with(db: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    common::rete_env(db, args, env)
}

#[test]
fn a_named_database_that_does_not_exist_is_not_created() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("typo.db");
    let out = run_with(&db, &["person", "list"], &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("does not exist"));
    assert!(!db.exists());
}

#[test]
fn people_are_added_shown_listed_and_edited() {
    let r = Rete::new();
    let id = r.ok(&[
        "person",
        "add",
        "Niccolò Bianchi",
        "--email",
        "niccolo@bianchi.it",
        "--phone",
        "+39 02 1234567",
        "--company",
        "Bianchi Srl",
        "--role",
        "CEO",
        "--department",
        "Vendite",
        "--city",
        "Milano",
        "--tier",
        "close",
        "--birthday",
        "03-09",
        "--met-on",
        "2026-03-09",
        "--met-at",
        "Aperitivo BNI Milano",
        "--tag",
        "bni",
        "--link",
        "https://www.linkedin.com/in/nbianchi",
        "--note",
        "ama la vela",
    ]);
    let id: i64 = id.trim().parse().expect("add prints the new id");
    let p = r.json(&["person", "show", &id.to_string(), "--json"]);
    assert_eq!(p["id"], id);
    assert_eq!(p["name"], "Niccolò Bianchi");
    assert_eq!(p["emails"], serde_json::json!(["niccolo@bianchi.it"]));
    assert_eq!(p["phones"], serde_json::json!(["+39 02 1234567"]));
    assert_eq!(p["company"], "Bianchi Srl");
    assert_eq!(p["department"], "Vendite");
    assert_eq!(p["tier"], "close");
    assert_eq!(p["birthday"], "--03-09");
    assert_eq!(p["met_on"], "2026-03-09");
    assert_eq!(p["met_at"], "Aperitivo BNI Milano");
    assert_eq!(p["links"], serde_json::json!(["https://www.linkedin.com/in/nbianchi"]));
    assert_eq!(p["notes"], "ama la vela");
    assert_eq!(p["tags"], serde_json::json!(["bni"]));

    let intro = r.ok(&["person", "add", "Anna Riva", "--introduced-by", "niccolo bianchi"]);
    let shown = r.json(&["person", "show", "Anna Riva", "--json"]);
    assert_eq!(shown["introduced_by"], id);
    assert_eq!(shown["id"].to_string(), intro.trim());

    r.ok(&["person", "edit", "Anna", "--role", "Avvocata", "--tag", "legal", "--email", "anna@riva.it"]);
    r.ok(&["person", "edit", "Anna", "--remove", "legal"]);
    let anna = r.json(&["person", "show", "Anna", "--json"]);
    assert_eq!(anna["role"], "Avvocata");
    assert_eq!(anna["tags"], serde_json::json!([]));
    assert_eq!(anna["emails"], serde_json::json!(["anna@riva.it"]));

    let list = r.json(&["person", "list", "--json"]);
    assert_eq!(list.as_array().unwrap().len(), 2);
    let close = r.json(&["person", "list", "--tier", "close", "--json"]);
    assert_eq!(close.as_array().unwrap().len(), 1);
    let table = r.ok(&["person", "list"]);
    assert!(table.contains("Niccolò Bianchi") && table.contains("2 people"), "{table}");
}

#[test]
fn bad_input_exits_2_names_the_field_and_writes_nothing() {
    let r = Rete::new();
    r.ok(&["person", "add", "Giulia Conti", "--email", "giulia@conti.it"]);
    r.ok(&["person", "add", "Giulia Rossi"]);

    let err = r.bad(&["person", "add", "Altra Giulia", "--email", "GIULIA@conti.it"]);
    assert!(err.contains("email") && err.contains("Giulia Conti"), "{err}");
    let err = r.bad(&["person", "add", "Data Strana", "--birthday", "31-31"]);
    assert!(err.contains("birthday"), "{err}");
    let err = r.bad(&["person", "add", "Mail Strana", "--email", "not-an-email"]);
    assert!(err.contains("email"), "{err}");
    let err = r.bad(&["log", "meeting", "--with", "giulia"]);
    assert!(
        err.contains("several people") && err.contains("#1 Giulia Conti") && err.contains("#2 Giulia Rossi"),
        "{err}"
    );
    let err = r.bad(&["log", "meeting", "--with", "Nessuno"]);
    assert!(err.contains("Nessuno"), "{err}");
    let err = r.bad(&["log", "meeting", "--with", "Giulia Conti", "--on", "2026-02-30"]);
    assert!(err.starts_with("rete: --on:"), "{err}");
    let err = r.bad(&["log", "lunch", "--with", "Giulia Conti"]);
    assert!(err.contains("lunch"), "{err}");
    let err = r.bad(&["log", "meeting"]);
    assert!(err.contains("--with"), "missing required field: {err}");
    let err = r.bad(&["give", "referral", "--to", "Giulia Conti", "--amount", "tanti"]);
    assert!(err.contains("amount"), "{err}");
    let err = r.bad(&["person", "show", "999"]);
    assert!(err.contains("999"), "{err}");

    assert_eq!(r.json(&["person", "list", "--json"]).as_array().unwrap().len(), 2);
    assert_eq!(r.json(&["ledger", "--json"]).as_array().unwrap().len(), 0);
}

#[test]
fn interactions_ledger_followups_milestones_and_events() {
    let r = Rete::new();
    r.ok(&["person", "add", "Marco Gallo", "--company", "Gallo Web"]);
    r.ok(&["person", "add", "Sara Neri"]);
    let out = r.ok(&[
        "log",
        "one-to-one",
        "--with",
        "Marco",
        "--with",
        "Sara",
        "--on",
        "2026-11-20",
        "--topics",
        "export in Germania",
        "--purpose",
        "give",
        "--by",
        "them",
    ]);
    assert!(out.contains("Marco Gallo, Sara Neri"), "{out}");
    let marco = r.json(&["person", "show", "Marco", "--json"]);
    assert_eq!(marco["last_contact"], "2026-11-20");
    assert_eq!(marco["interactions"][0]["kind"], "one-to-one");
    assert_eq!(marco["interactions"][0]["purpose"], "give");
    assert_eq!(marco["interactions"][0]["by"], "them");

    r.ok(&["give", "referral", "--to", "Marco", "--on", "2026-11-01", "--note", "un cliente"]);
    let out = r.ok(&["receive", "business", "--from", "Marco", "--on", "2026-11-10", "--amount", "1,500.50"]);
    assert!(out.contains("rete thank 2"), "{out}");
    r.ok(&["thank", "2", "--on", "2026-11-11"]);
    let ledger = r.json(&["ledger", "--json"]);
    let business = ledger.as_array().unwrap().iter().find(|e| e["kind"] == "business").unwrap();
    assert_eq!(business["amount_cents"], 150_050);
    assert_eq!(business["thanked_on"], "2026-11-11");
    assert_eq!(business["direction"], "received");
    let marco = r.json(&["person", "show", "Marco", "--json"]);
    assert_eq!(marco["balance_12m"], serde_json::json!({"given": 1, "received": 1}));
    r.bad(&["thank", "77"]);

    r.ok(&["followup", "add", "--with", "Sara", "--due", "2026-11-25", "mandare il preventivo"]);
    r.ok(&["followup", "add", "--with", "Marco", "--due", "2026-11-21", "presentare il commercialista"]);
    let open = r.json(&["followup", "list", "--json"]);
    assert_eq!(open[0]["text"], "presentare il commercialista");
    let table = r.ok(&["followup", "list"]);
    assert!(table.contains("overdue"), "{table}");
    r.ok(&["followup", "snooze", "2", "--until", "2026-12-01"]);
    r.ok(&["followup", "done", "1"]);
    let open = r.json(&["followup", "list", "--json"]);
    assert_eq!(open.as_array().unwrap().len(), 1);
    assert_eq!(open[0]["snoozed_until"], "2026-12-01");
    assert_eq!(r.json(&["followup", "list", "--all", "--json"]).as_array().unwrap().len(), 2);

    r.ok(&["milestone", "add", "--for", "Sara", "--kind", "promotion", "--on", "2026-11-15", "--note", "partner"]);
    let ms = r.json(&["milestone", "list", "--json"]);
    assert_eq!(ms[0]["kind"], "promotion");
    r.bad(&["milestone", "add", "--for", "Sara", "--kind", "wedding", "--on", "2026-11-15"]);

    let eid = r.ok(&[
        "event",
        "add",
        "Aperitivo BNI Milano",
        "--on",
        "2026-11-18",
        "--place",
        "Milano",
        "--topic",
        "networking",
    ]);
    r.ok(&["event", "attend", eid.trim(), "--with", "Marco", "--with", "Sara"]);
    r.ok(&["event", "attend", "aperitivo bni", "--with", "Marco"]);
    let ev = r.json(&["event", "show", "Aperitivo", "--json"]);
    assert_eq!(ev["attendees"].as_array().unwrap().len(), 2);
    assert_eq!(ev["topics"], serde_json::json!(["networking"]));
}

#[test]
fn search_is_accent_insensitive_and_ranked() {
    let r = Rete::new();
    r.ok(&["person", "add", "Niccolò Ferri", "--company", "Studio Ferri", "--note", "vela"]);
    r.ok(&["person", "add", "Chiara Vela", "--tag", "vela", "--note", "vela e regate"]);
    r.ok(&["person", "add", "Paolo Neri", "--role", "Avvocato"]);
    let hits = r.json(&["search", "niccolo", "--json"]);
    assert_eq!(hits.as_array().unwrap().len(), 1);
    assert_eq!(hits[0]["person"]["name"], "Niccolò Ferri");
    let hits = r.json(&["search", "VELA", "--json"]);
    assert_eq!(hits[0]["person"]["name"], "Chiara Vela", "denser match first");
    assert_eq!(hits.as_array().unwrap().len(), 2);
    assert!(r.ok(&["search", "avvocato"]).contains("Paolo Neri"));
    assert!(r.ok(&["search", "zzz"]).contains("Nobody matches"));
}

#[test]
fn merge_and_archive() {
    let r = Rete::new();
    r.ok(&["person", "add", "Roberto Sala", "--email", "roberto@sala.it"]);
    r.ok(&["person", "add", "Rob S.", "--email", "rob@gmail.com", "--company", "Sala Srl"]);
    r.ok(&["log", "call", "--with", "Rob S."]);
    r.ok(&["person", "merge", "Roberto Sala", "Rob S."]);
    let p = r.json(&["person", "show", "Roberto Sala", "--json"]);
    assert_eq!(p["emails"], serde_json::json!(["roberto@sala.it", "rob@gmail.com"]));
    assert_eq!(p["company"], "Sala Srl");
    assert_eq!(p["interactions"].as_array().unwrap().len(), 1);
    assert_eq!(r.json(&["person", "list", "--json"]).as_array().unwrap().len(), 1);
    r.ok(&["person", "archive", "Roberto", "--reason", "moved abroad"]);
    let p = r.json(&["person", "show", "Roberto", "--json"]);
    assert_eq!(p["tier"], "archived");
    assert_eq!(p["status_reason"], "moved abroad");
}

#[test]
fn json_backup_roundtrips_exactly() {
    let r = Rete::new();
    r.ok(&["person", "add", "Zeno Alfieri", "--birthday", "1970-01-31", "--email", "zeno@alfieri.it"]);
    r.ok(&["person", "add", "Beatrice Ùlivi", "--introduced-by", "Zeno", "--tag", "padel"]);
    r.ok(&["log", "event", "--with", "Zeno", "--with", "Beatrice", "--on", "2026-05-05", "--topics", "fiera"]);
    r.ok(&["receive", "referral", "--from", "Beatrice", "--on", "2026-05-06"]);
    r.ok(&["followup", "add", "--with", "Zeno", "--due", "2026-06-01", "caffè"]);
    r.ok(&["event", "add", "Fiera", "--on", "2026-05-05", "--topic", "made in italy"]);
    r.ok(&["event", "attend", "Fiera", "--with", "Zeno"]);
    let first = r.ok(&["export", "json"]);

    let other = tempfile::tempdir().unwrap();
    let file = other.path().join("backup.json");
    std::fs::write(&file, &first).unwrap();
    let fresh = other.path().join("fresh.db");
    // A named database is created only by `init` (a typo must not start an empty network).
    assert!(run_with(&fresh, &["init"], &[]).status.success());
    let out = run_with(&fresh, &["import", "json", file.to_str().unwrap()], &[]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let second = run_with(&fresh, &["export", "json"], &[]);
    assert_eq!(first, String::from_utf8(second.stdout).unwrap(), "export -> import -> export must be identical");

    // Importing again into a non-empty database is refused, and nothing changes.
    let again = run_with(&fresh, &["import", "json", file.to_str().unwrap()], &[]);
    assert_eq!(again.status.code(), Some(2));
    std::fs::write(&file, "{\"format\": \"rete-backup\", \"version\": 1,\n \"people\": [oops]}").unwrap();
    let b = other.path().join("b.db");
    assert!(run_with(&b, &["init"], &[]).status.success());
    let broken = run_with(&b, &["import", "json", file.to_str().unwrap()], &[]);
    assert_eq!(broken.status.code(), Some(2));
    let err = String::from_utf8_lossy(&broken.stderr);
    assert!(err.contains("backup.json") && err.contains("line 2"), "{err}");
}

#[test]
fn italian_everywhere_a_person_reads() {
    let r = Rete::new();
    r.ok(&["person", "add", "Giulia Conti"]);
    r.ok(&["person", "add", "Giulia Rossi"]);
    let out = run_with(&r.db, &["--lang", "it", "person", "list"], &[]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("azienda") && text.contains("2 persone"), "{text}");
    // LANG chooses Italian when no flag or config says otherwise.
    let out = run_with(&r.db, &["log", "call", "--with", "giulia"], &[("LANG", "it_IT.UTF-8")]);
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("può indicare più persone"), "{err}");
    // The config file beats LANG; the flag beats both.
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "lang = \"it\"\n").unwrap();
    let out = run_with(&r.db, &["person", "list"], &[("RETE_CONFIG", config.to_str().unwrap())]);
    assert!(String::from_utf8(out.stdout).unwrap().contains("persone"));
    let out = run_with(&r.db, &["--lang", "en", "person", "list"], &[("RETE_CONFIG", config.to_str().unwrap())]);
    assert!(String::from_utf8(out.stdout).unwrap().contains("2 people"));
    std::fs::write(&config, "lang = \"fr\"\n").unwrap();
    let out = run_with(&r.db, &["person", "list"], &[("RETE_CONFIG", config.to_str().unwrap())]);
    assert_eq!(out.status.code(), Some(2), "a broken config is an error, not ignored");
}

#[test]
fn demo_builds_a_realistic_network() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    let out = run_with(&db, &["demo"], &[]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("300 people"), "{text}");
    assert!(text.contains("things to do"), "the demo shows its agenda: {text}");
    assert!(
        text.contains("give-give matches") && text.contains("which you are looking for"),
        "and its matches: {text}"
    );
    let people = run_with(&db, &["person", "list", "--json"], &[]);
    let people: Value = serde_json::from_slice(&people.stdout).unwrap();
    assert_eq!(people.as_array().unwrap().len(), 300);
    // A second demo into the same named file refuses to mix networks.
    let again = run_with(&db, &["demo"], &[]);
    assert_eq!(again.status.code(), Some(2));
}

#[test]
fn a_closed_pipe_ends_quietly() {
    use std::io::Read;
    use std::process::Stdio;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    assert!(run_with(&db, &["demo"], &[]).status.success());
    let mut child =
        common::command(&db).args(["export", "json"]).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    // Read one byte, then close the pipe, as `| head -c1` would.
    let mut out = child.stdout.take().unwrap();
    let mut byte = [0u8; 1];
    out.read_exact(&mut byte).unwrap();
    drop(out);
    let done = child.wait_with_output().unwrap();
    assert!(done.status.success(), "exit {:?}", done.status);
    assert!(!String::from_utf8_lossy(&done.stderr).contains("panicked"), "{}", String::from_utf8_lossy(&done.stderr));
}
