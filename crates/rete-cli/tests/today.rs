//! `rete today` end to end: the agenda's JSON contract and its language.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::ok;

use serde_json::Value;

#[test]
fn the_agenda_says_what_to_do_and_why() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("rete.db");
    ok(&db, &["init"]);
    ok(&db, &["person", "add", "Giulia Conti", "--met-on", "2026-03-09", "--met-at", "Aperitivo BNI Milano"]);
    ok(&db, &["person", "add", "Marco Gallo", "--tier", "inner", "--birthday", "1980-11-26"]);
    ok(&db, &["person", "add", "Sara Neri"]);
    ok(&db, &["log", "meeting", "--with", "Giulia", "--on", "2026-03-09"]);
    ok(&db, &["log", "meeting", "--with", "Giulia", "--on", "2026-11-22"]);
    ok(&db, &["log", "call", "--with", "Marco", "--on", "2026-11-20"]);
    ok(&db, &["receive", "referral", "--from", "Sara", "--on", "2026-11-10"]);
    ok(&db, &["followup", "add", "--with", "Sara", "--due", "2026-11-21", "mandare il preventivo"]);

    let items: Value = serde_json::from_str(&ok(&db, &["today", "--json"])).unwrap();
    let items = items.as_array().unwrap();
    let find =
        |kind: &str| items.iter().find(|i| i["kind"] == kind).unwrap_or_else(|| panic!("no {kind} in {items:?}"));
    let thanks = find("thank_you");
    assert_eq!(thanks["person"]["name"], "Giulia Conti");
    assert_eq!(thanks["due"], "2026-11-23");
    assert!(thanks["reason"].as_str().unwrap().contains("22 November"));
    let bday = find("birthday");
    assert_eq!(bday["person"]["name"], "Marco Gallo");
    assert_eq!(bday["due"], "2026-11-26");
    let f = find("follow_up");
    assert!(f["reason"].as_str().unwrap().contains("mandare il preventivo"));
    let t = find("thank_for_exchange");
    assert!(t["reason"].as_str().unwrap().contains("rete thank 1"));
    assert_eq!(items[0]["overdue"], true, "overdue first: {items:?}");
    assert_eq!(items[1]["overdue"], true, "overdue first: {items:?}");
    assert!(items.iter().all(|i| i["kind"] != "propose_one_to_one"), "a call is not a first meeting: {items:?}");
    assert!(items.iter().all(|i| i["kind"] != "keep_in_touch"), "Sara has specific actions: {items:?}");

    // Thanking closes the action.
    ok(&db, &["thank", "1"]);
    let after: Value = serde_json::from_str(&ok(&db, &["today", "--json"])).unwrap();
    assert!(after.as_array().unwrap().iter().all(|i| i["kind"] != "thank_for_exchange"));

    // Another day, another agenda; and in Italian.
    let later: Value = serde_json::from_str(&ok(&db, &["today", "--date", "2026-12-30", "--json"])).unwrap();
    assert!(later
        .as_array()
        .unwrap()
        .iter()
        .any(|i| i["kind"] == "keep_in_touch" && i["person"]["name"] == "Marco Gallo"));
    let it = ok(&db, &["--lang", "it", "today"]);
    assert!(it.contains("Oggi, 23 novembre") && it.contains("ringraziare"), "{it}");
}

#[test]
fn the_calendar_feed_carries_follow_ups_birthdays_and_stable_uids() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("rete.db");
    ok(&db, &["init"]);
    ok(&db, &["person", "add", "Marco Gallo", "--birthday", "02-29"]);
    ok(&db, &["person", "add", "Sara Neri", "--birthday", "1985-12-01"]);
    ok(&db, &["person", "add", "Archiviato", "--birthday", "1985-12-02", "--tier", "archived"]);
    ok(&db, &["followup", "add", "--with", "Sara", "--due", "2026-11-30", "mandare il preventivo"]);
    ok(&db, &["followup", "add", "--with", "Sara", "--due", "2027-06-30", "troppo lontano"]);
    ok(&db, &["log", "meeting", "--with", "Marco", "--on", "2026-11-22"]);
    let ics = ok(&db, &["calendar", "--days", "30"]);
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.trim_end().ends_with("END:VCALENDAR"));
    assert!(ics.contains("UID:followup-1@rete") && ics.contains("DUE;VALUE=DATE:20261130"));
    assert!(!ics.contains("troppo lontano"), "beyond --days");
    assert!(ics.contains("UID:birthday-1@rete") && ics.contains("RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1"));
    assert!(ics.contains("DTSTART;VALUE=DATE:19851201"));
    assert!(!ics.contains("birthday-3@rete"), "archived people are not nudged");
    assert!(ics.contains("UID:thank_you-1-2026-11-22@rete"));
    assert_eq!(ics, ok(&db, &["calendar", "--days", "30"]), "same day, same feed");
}
