//! Every sentence rete writes for a person, over the demo and in both
//! languages, is free of the known bad forms: a count in the wrong number
//! ("1 people", "1 giorni"), a broken agreement ("referenza ricevuto",
//! "tu offre"), an article the Italian elides ("il 1 dicembre"), a
//! preposition not joined to its article ("di il"), and a placeholder or
//! message key showing through. The messages are Fluent's (rete-i18n), so
//! each carries its own plural and agreement cases; this test reads what
//! the binary actually prints.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::*;
use serde_json::Value;
use std::path::Path;

/// Forms no careful writer produces, in either language. Each is searched
/// with a space or a start of line before it, so "11 days" does not match
/// "1 days".
const BAD_EN: &[&str] = &[
    "1 people",
    "1 days",
    "1 times",
    "1 contacts",
    "1 exchanges",
    "1 rows",
    "1 things",
    "1 profiles",
    "1 members",
    "1 groups",
    "1 rounds",
    "1 attendees",
    "1 links",
    "1 records",
    "1 entries",
    "1 answers",
    "you is",
    "you offers",
    "you seeks",
    "you has",
    "you was",
];
const BAD_IT: &[&str] = &[
    "1 persone",
    "1 giorni",
    "1 volte",
    "1 contatti",
    "1 scambi",
    "1 righe",
    "1 cose",
    "1 profili",
    "1 membri",
    "1 gruppi",
    "1 turni",
    "1 partecipanti",
    "1 legami",
    "1 schede",
    "1 voci",
    "1 dati",
    "1 ricevuti",
    "cerca tu",
    "tu offre",
    "tu cerca",
    "tu ha ",
    "di il ",
    "a il ",
    "da il ",
    "su il ",
    "in il ",
    "il 1 ",
    "il 8 ",
    "il 11 ",
    "il 1°",
    "referenza ricevuto",
    "presentazione ricevuto",
    "ne hai dati 1 ",
    "ne hai dati 1.",
];
/// A Fluent placeable without its argument, a rust-i18n leftover, or a
/// key of the catalogs printed instead of its text.
const BROKEN: &[&str] = &["{$", "{ $", "%{", "reason.", "draft.", "audit.", "action.", "exchange."];

fn check(what: &str, lang: &str, text: &str, problems: &mut Vec<String>) {
    let bad = if lang == "it" { BAD_IT } else { BAD_EN };
    for form in bad.iter().chain(BROKEN) {
        for (at, _) in text.match_indices(form) {
            let before = text[..at].chars().next_back();
            if before.is_none_or(|c| !c.is_alphanumeric()) {
                let line = text[at..].lines().next().unwrap_or_default();
                problems.push(format!("{what} ({lang}): '{form}' in \"…{line}\""));
            }
        }
    }
}

fn run(db: &Path, lang: &str, args: &[&str]) -> String {
    let mut all = vec!["--lang", lang];
    all.extend_from_slice(args);
    let out = rete(db, &all);
    // A draft that cannot be written says why on standard error; that
    // sentence is read too.
    format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
}

#[test]
fn every_draft_reason_and_finding_reads_right_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    ok(&db, &["demo", "--no-serve"]);
    let agenda: Value = serde_json::from_str(&ok(&db, &["today", "--json"])).unwrap();
    let items = agenda.as_array().unwrap();
    assert!(items.len() > 10, "the demo has an agenda");
    let mut people: Vec<String> = Vec::new();
    for item in items {
        let name = item["person"]["name"].as_str().unwrap().to_string();
        if !people.contains(&name) {
            people.push(name);
        }
    }
    people.truncate(14);

    let mut problems = Vec::new();
    let mut drafts = 0;
    for lang in ["en", "it"] {
        for args in [
            &["today"][..],
            &["today", "--json"],
            &["audit"],
            &["matches"],
            &["ledger"],
            &["followup", "list"],
            &["event", "suggest"],
            &["person", "list"],
            &["community", "list"],
            &["plan", "--people", "21", "--table-size", "4", "--rounds", "1"],
            &["plan", "--people", "29", "--table-size", "5", "--rounds", "9"],
        ] {
            check(&args.join(" "), lang, &run(&db, lang, args), &mut problems);
        }
        for name in &people {
            check(&format!("person show {name}"), lang, &run(&db, lang, &["person", "show", name]), &mut problems);
            for kind in ["thanks", "follow-up", "one-to-one", "congrats", "reconnect", "give"] {
                let out = rete(&db, &["--lang", lang, "draft", name, "--kind", kind]);
                let text = String::from_utf8_lossy(&out.stdout).into_owned();
                if out.status.success() {
                    drafts += 1;
                    // A message someone sends starts as a sentence does.
                    let first = text.trim_start().chars().next().unwrap();
                    if !first.is_uppercase() {
                        problems.push(format!("draft {kind} to {name} ({lang}) starts in lower case: {text}"));
                    }
                }
                let said = format!("{text}{}", String::from_utf8_lossy(&out.stderr));
                check(&format!("draft {kind} to {name}"), lang, &said, &mut problems);
            }
        }
    }
    assert!(drafts > 40, "most drafts can be written over the demo: {drafts}");
    assert!(problems.is_empty(), "{} bad forms:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn counts_of_one_read_in_the_singular() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("one.db");
    ok(&db, &["init"]);
    ok(&db, &["person", "add", "Ada Lovelace"]);
    assert!(ok(&db, &["person", "list"]).contains("1 person\n"), "{}", ok(&db, &["person", "list"]));
    let it = run(&db, "it", &["person", "list"]);
    assert!(it.contains("1 persona\n"), "{it}");
    ok(&db, &["person", "add", "Grace Hopper"]);
    assert!(ok(&db, &["person", "list"]).contains("2 people\n"));
    // A follow-up one day late says so in the singular.
    ok(&db, &["followup", "add", "--with", "Ada Lovelace", "--due", "2026-11-22", "send the paper"]);
    let today = ok(&db, &["today"]);
    assert!(today.contains("1 day late"), "{today}");
    let oggi = run(&db, "it", &["today"]);
    assert!(oggi.contains("1 giorno di ritardo"), "{oggi}");
    assert!(oggi.contains("1 cosa da fare") || oggi.contains("cose da fare"), "{oggi}");
}

#[test]
fn amounts_are_read_and_written_in_the_language_in_force() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("amounts.db");
    ok(&db, &["init"]);
    ok(&db, &["person", "add", "Ada Lovelace"]);
    let give = |lang: &str, amount: &str| {
        rete(&db, &["--lang", lang, "give", "business", "--to", "Ada Lovelace", "--amount", amount])
    };
    // "1.200" is twelve hundred euros in Italian, and rete says so.
    let it = give("it", "1.200");
    assert!(it.status.success(), "{}", String::from_utf8_lossy(&it.stderr));
    assert!(String::from_utf8_lossy(&it.stdout).contains("Importo: 1.200,00 €"), "{it:?}");
    // In English the same text would be one euro twenty with a stray
    // decimal: refused, naming the field, with nothing written.
    let en = give("en", "1.200");
    assert_eq!(en.status.code(), Some(2));
    let said = String::from_utf8_lossy(&en.stderr);
    assert!(said.contains("amount") && said.contains("more than two decimals"), "{said}");
    let negative = give("en", "-5");
    assert_eq!(negative.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&negative.stderr).contains("'-5' must be positive"));
    let precise = give("it", "0,001");
    assert_eq!(precise.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&precise.stderr).contains("più di due decimali"));
    // The ledger shows money as each language writes it.
    assert!(ok(&db, &["ledger"]).contains("€1,200.00"), "{}", ok(&db, &["ledger"]));
    assert!(run(&db, "it", &["ledger"]).contains("1.200,00 €"));
    let list: Value = serde_json::from_str(&ok(&db, &["ledger", "--json"])).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 1, "the refused amounts wrote nothing");
}

#[test]
fn nothing_given_reads_as_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("given.db");
    ok(&db, &["init"]);
    ok(&db, &["person", "add", "Ada Lovelace"]);
    ok(&db, &["receive", "referral", "--from", "Ada Lovelace"]);
    ok(&db, &["receive", "advice", "--from", "Ada Lovelace"]);
    assert!(ok(&db, &["audit"]).contains("received 2 exchanges and gave none."), "{}", ok(&db, &["audit"]));
    let it = run(&db, "it", &["audit"]);
    assert!(it.contains("hai ricevuto 2 scambi e non ne hai dato nessuno."), "{it}");
}

#[test]
fn the_import_report_and_the_command_line_speak_italian() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    ok(&db, &["init"]);
    let vcf = dir.path().join("rubrica.vcf");
    std::fs::write(
        &vcf,
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Neri\r\nEND:VCARD\r\n\
         BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:nessuno\r\nEND:VCARD\r\n\
         BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Interrotta\r\n",
    )
    .unwrap();
    let report = ok(&db, &["--lang", "it", "import", "vcard", vcf.to_str().unwrap()]);
    for italian in ["senza nome, organizzazione, e-mail né telefono", "manca END:VCARD"] {
        assert!(report.contains(italian), "'{italian}' missing from:\n{report}");
    }
    for english in ["no name", "cut short"] {
        assert!(!report.contains(english), "'{english}' in:\n{report}");
    }
    // A whole file refused says why in Italian, naming the file and line.
    let pdf = dir.path().join("rubrica-vera.vcf");
    std::fs::write(&pdf, b"%PDF-1.4\n%\xE2\xE3\n").unwrap();
    let refused = bad(&db, &["--lang", "it", "import", "vcard", pdf.to_str().unwrap()]);
    assert!(refused.contains("riga 1: non è un file vCard: è un documento PDF"), "{refused}");
    // An error of the data model, and clap's own, in Italian too.
    let refused = bad(&db, &["--lang", "it", "person", "add", "Carla", "--email", "carla"]);
    assert!(refused.contains("'carla' non è un indirizzo e-mail"), "{refused}");
    let refused = bad(&db, &["--lang", "it", "log", "telefonata", "--with", "Anna Neri"]);
    assert!(refused.contains("non è un valore ammesso") && refused.contains("Valori: meeting, call"), "{refused}");
    let help = ok(&db, &["--lang", "it", "followup", "snooze", "--help"]);
    assert!(help.contains("Rimanda un follow-up") && help.contains("Esempi:"), "{help}");
    // A date three days ago is a value, not an unknown option.
    ok(&db, &["person", "add", "Dario Viola", "--met-on", "-3d", "--met-at", "BNI"]);
}
