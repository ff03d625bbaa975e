//! Events that produce relationships, through the real binary: seating
//! plans (checked seat by seat), the event plan saved and debriefed into
//! Keep, recurring pairing announced to a real HTTP listener and a real
//! SMTP conversation on loopback, introductions, and event suggestions.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::{bad, ok, rete, rete_env};

use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::mpsc;

/// Every round seats each id once (rests aside) and no pair meets twice;
/// returns the number of distinct pairs.
fn check_plan(plan: &Value, ids: &HashSet<String>) -> usize {
    let mut pairs: HashSet<(String, String)> = HashSet::new();
    let mut repeats = 0;
    let rests = plan["rests"].as_array().unwrap();
    for (r, round) in plan["rounds"].as_array().unwrap().iter().enumerate() {
        let mut seated: Vec<String> = Vec::new();
        for table in round.as_array().unwrap() {
            let people: Vec<String> = table.as_array().unwrap().iter().map(|v| v.to_string()).collect();
            for (i, a) in people.iter().enumerate() {
                for b in &people[i + 1..] {
                    let key = if a < b { (a.clone(), b.clone()) } else { (b.clone(), a.clone()) };
                    if !pairs.insert(key) {
                        repeats += 1;
                    }
                }
            }
            seated.extend(people);
        }
        if let Some(rest) = rests.get(r) {
            seated.extend(rest.as_array().unwrap().iter().map(|v| v.to_string()));
        }
        let unique: HashSet<String> = seated.iter().cloned().collect();
        assert_eq!(unique.len(), seated.len(), "round {r}: someone sits twice");
        assert_eq!(&unique, ids, "round {r}: everyone seated once");
    }
    assert_eq!(plan["repeats"].as_u64().unwrap() as usize, repeats, "reported repeats");
    pairs.len()
}

fn numbers(n: usize) -> HashSet<String> {
    (1..=n).map(|i| i.to_string()).collect()
}

#[test]
fn classic_instances_reach_their_published_rounds_without_repeats() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("unused.db");
    for (n, s, r) in [(32, 4, 10), (15, 3, 7), (16, 4, 5)] {
        let out = ok(
            &db,
            &["plan", "--people", &n.to_string(), "--table-size", &s.to_string(), "--rounds", &r.to_string(), "--json"],
        );
        let plan: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(plan["rounds"].as_array().unwrap().len(), r);
        let met = check_plan(&plan, &numbers(n));
        assert_eq!(plan["repeats"], 0, "{n}/{s}/{r}");
        assert_eq!(met, r * n * (s - 1) / 2, "{n}/{s}/{r}: pairs met");
        assert_eq!(plan["pairs_met"].as_u64().unwrap() as usize, met);
    }
    assert!(!db.exists(), "planning for numbers needs no database");
}

#[test]
fn beyond_the_bound_it_says_so_and_uneven_numbers_mix_two_sizes() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("unused.db");
    let plan: Value =
        serde_json::from_str(&ok(&db, &["plan", "--people", "16", "--table-size", "4", "--rounds", "6", "--json"]))
            .unwrap();
    assert_eq!(plan["beyond_bound"], true);
    assert_eq!(plan["repeat_free_bound"], 5);
    check_plan(&plan, &numbers(16));
    let human = ok(&db, &["plan", "--people", "16", "--table-size", "4", "--rounds", "6"]);
    assert!(human.contains("At most 5 rounds can be free of repeats"), "{human}");

    let plan: Value =
        serde_json::from_str(&ok(&db, &["plan", "--people", "30", "--table-size", "4", "--rounds", "10", "--json"]))
            .unwrap();
    check_plan(&plan, &numbers(30));
    assert_eq!(plan["repeats"], 0);
    let tables: Vec<(u64, u64)> = plan["tables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t["size"].as_u64().unwrap(), t["count"].as_u64().unwrap()))
        .collect();
    assert_eq!(tables, vec![(4, 6), (3, 2)]);
    for round in plan["rounds"].as_array().unwrap() {
        assert!(round.as_array().unwrap().iter().all(|t| t.as_array().unwrap().len() >= 3), "no table of two");
    }
    // The human plan: a table per round and an itinerary per person.
    let it = ok(&db, &["--lang", "it", "plan", "--people", "9", "--table-size", "3", "--rounds", "4"]);
    assert!(it.contains("Turno 4") && it.contains("Itinerario"), "{it}");
    assert!(bad(&db, &["plan", "--people", "9", "--table-size", "3", "--rounds", "0"]).contains("rounds"));
}

fn tables_of(plan: &Value) -> Vec<(u64, u64)> {
    plan["tables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t["size"].as_u64().unwrap(), t["count"].as_u64().unwrap()))
        .collect()
}

#[test]
fn more_smaller_tables_are_offered_when_they_reach_the_rounds_and_chosen_when_allowed() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("unused.db");
    // 29 people at tables of 5 for 7 rounds: 5 × 5 + 1 × 4 reach no known repeat-free plan,
    // 1 × 5 + 6 × 4 do (a transversal design TD(5,7) minus 6 people of a group).
    let args = ["plan", "--people", "29", "--table-size", "5", "--rounds", "7", "--time-limit", "1"];
    let plan: Value = serde_json::from_str(&ok(&db, &[&args[..], &["--json"]].concat())).unwrap();
    check_plan(&plan, &numbers(29));
    assert_eq!(tables_of(&plan), vec![(5, 5), (4, 1)], "the default mix is kept");
    assert!(plan["repeats"].as_u64().unwrap() > 0);
    let offer = &plan["offer"];
    assert_eq!(tables_of(offer), vec![(5, 1), (4, 6)], "{plan}");
    assert!(offer["reached_by"].as_str().unwrap().contains("TD(5,7)"), "{offer}");
    assert_eq!(plan["mixes"].as_array().unwrap().len(), 1);
    let human = ok(&db, &args);
    assert!(human.contains("with 1 table of 5 and 6 tables of 4 one does"), "{human}");
    assert!(human.contains("--tables 4,5"), "{human}");
    let it = ok(&db, &[&["--lang", "it"][..], &args[..]].concat());
    assert!(it.contains("con 1 tavolo da 5 e 6 tavoli da 4 sì") && it.contains("--tables 4,5"), "{it}");

    // Allowed both sizes, rete takes the mix that reaches 7 rounds and says why.
    let args = ["plan", "--people", "29", "--tables", "4,5", "--rounds", "7"];
    let plan: Value = serde_json::from_str(&ok(&db, &[&args[..], &["--json"]].concat())).unwrap();
    check_plan(&plan, &numbers(29));
    assert_eq!(plan["repeats"], 0, "{plan}");
    assert_eq!(tables_of(&plan), vec![(5, 1), (4, 6)]);
    assert!(plan["offer"].is_null());
    let mixes = plan["mixes"].as_array().unwrap();
    assert_eq!(mixes.len(), 2);
    assert!(mixes[0]["reached_by"].is_null() && mixes[1]["reached_by"].is_string(), "{plan}");
    let human = ok(&db, &args);
    assert!(human.contains("1 table of 5 and 6 tables of 4 reach 7 rounds without repeats"), "{human}");
    let it = ok(&db, &[&["--lang", "it"][..], &args[..]].concat());
    assert!(it.contains("1 tavolo da 5 e 6 tavoli da 4 arrivano a 7 turni"), "{it}");

    // When the fewest tables reach the rounds, nothing is offered nor explained.
    let plan: Value =
        serde_json::from_str(&ok(&db, &["plan", "--people", "35", "--tables", "4,5", "--rounds", "7", "--json"]))
            .unwrap();
    assert_eq!((tables_of(&plan), plan["repeats"].as_u64()), (vec![(5, 7)], Some(0)));
    assert_eq!(plan["mixes"].as_array().unwrap().len(), 1);

    // Beyond the best known and beyond every bound, it says so and still plans.
    let human = ok(&db, &["plan", "--people", "29", "--tables", "4,5", "--rounds", "12", "--time-limit", "0.5"]);
    assert!(human.contains("At most"), "{human}");

    assert!(bad(&db, &["plan", "--people", "29", "--tables", "3,5", "--rounds", "3"]).contains("two adjacent"));
    assert!(bad(&db, &["--lang", "it", "plan", "--people", "29", "--tables", "5", "--rounds", "3"])
        .contains("29 persone non possono sedersi tutte a tavoli da 5"));
    bad(&db, &["plan", "--people", "29", "--tables", "4,5", "--table-size", "5", "--rounds", "3"]);
    assert!(!db.exists(), "planning for numbers needs no database");
}

#[test]
fn pairs_from_a_profiles_file_use_its_ids_and_rest_in_turn() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("unused.db");
    let source = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../rete-match/tests/data/profiles-1500-seed7.jsonl"
    ))
    .unwrap();
    let lines: Vec<&str> = source.lines().take(11).collect();
    let file = dir.path().join("profiles.jsonl");
    std::fs::write(&file, lines.join("\n")).unwrap();
    let ids: HashSet<String> =
        lines.iter().map(|l| serde_json::from_str::<Value>(l).unwrap()["id"].to_string()).collect();
    let out = ok(&db, &["plan", "--input", file.to_str().unwrap(), "--table-size", "2", "--rounds", "11", "--json"]);
    let plan: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(check_plan(&plan, &ids), 11 * 5);
    assert_eq!(plan["repeats"], 0);
    let rested: Vec<String> =
        plan["rests"].as_array().unwrap().iter().map(|r| r.as_array().unwrap()[0].to_string()).collect();
    assert_eq!(rested.iter().collect::<HashSet<_>>().len(), 11, "nobody rests twice before all have: {rested:?}");
    let broken = dir.path().join("broken.jsonl");
    std::fs::write(&broken, "{\"id\": 1, \"lang\": \"it\"}\n{oops\n").unwrap();
    let err = bad(&db, &["plan", "--input", broken.to_str().unwrap(), "--table-size", "2", "--rounds", "1"]);
    assert!(err.contains("line 2"), "{err}");
}

const CLUB: &str = r#"{"id": 1, "name": "Anna Riva", "lang": "it", "email": "anna@example.it", "department": "Vendite", "offers": ["fotografia aziendale"], "seeks": ["sviluppo siti web"], "interests": ["vela"]}
{"id": 2, "name": "Bruno Sala", "lang": "it", "email": "bruno@example.it", "department": "Vendite", "offers": ["consulenza fiscale"], "seeks": ["fotografia aziendale"]}
{"id": 3, "name": "Carla Neri", "lang": "it", "email": "carla@example.it", "department": "IT", "offers": ["sviluppo siti web"], "seeks": ["consulenza fiscale"]}
{"id": 4, "name": "Dario Galli", "lang": "it", "email": "dario@example.it", "department": "IT", "offers": ["traduzioni tecniche"], "seeks": ["fotografia aziendale"]}
{"id": 5, "name": "Elena Costa", "lang": "it", "department": "Legale", "offers": ["contratti commerciali"], "seeks": ["traduzioni tecniche"]}
{"id": 6, "name": "Fuori Gioco", "lang": "it", "offers": ["nulla"], "seeks": ["niente"], "opt_in": false}
"#;

fn club(dir: &std::path::Path) -> std::path::PathBuf {
    let db = dir.join("rete.db");
    ok(&db, &["init"]);
    let file = dir.join("club.jsonl");
    std::fs::write(&file, CLUB).unwrap();
    ok(&db, &["community", "import", "Club Milano", "--input", file.to_str().unwrap()]);
    db
}

#[test]
fn an_event_plan_is_saved_and_the_debrief_brings_people_into_keep_once() {
    let dir = tempfile::tempdir().unwrap();
    let db = club(dir.path());
    ok(
        &db,
        &[
            "profile",
            "set",
            "--community",
            "Club Milano",
            "--offer",
            "sviluppo siti web",
            "--seek",
            "contratti commerciali",
        ],
    );
    ok(&db, &["person", "add", "Zeno Amico", "--company", "Acme"]);
    ok(&db, &["person", "add", "Yuri Collega", "--company", "ACME"]);
    ok(&db, &["event", "add", "Speed date di novembre", "--on", "2026-11-21", "--topic", "export"]);
    ok(&db, &["event", "attend", "Speed date di novembre", "--with", "Zeno Amico", "--with", "Yuri Collega"]);
    let invited = ok(&db, &["event", "invite", "Speed date di novembre", "--community", "Club Milano", "--all"]);
    assert!(invited.contains("5 members invited"), "{invited}");
    assert!(bad(&db, &["event", "invite", "Speed date di novembre", "--community", "Club Milano", "Fuori Gioco"])
        .contains("opted out"));
    // Eight participants (you, two of your contacts, five members) in pairs,
    // six rounds: everyone misses one other, and Zeno and Yuri, colleagues
    // at Acme, are the pair the plan leaves out.
    let out = ok(&db, &["plan", "--event", "Speed date di novembre", "--table-size", "2", "--rounds", "6", "--json"]);
    let plan: Value = serde_json::from_str(&out).unwrap();
    let participants = plan["participants"].as_object().unwrap();
    assert_eq!(participants.len(), 8);
    let ids: HashSet<String> = participants.keys().map(|k| Value::from(k.as_str()).to_string()).collect();
    check_plan(&plan, &ids);
    assert_eq!(plan["repeats"], 0, "{plan}");
    assert_eq!(zeno_yuri_count(&plan, participants), 0, "people who know each other are not seated together");
    // The printed plan says why each pair was put together.
    let human = ok(&db, &["plan", "--event", "Speed date di novembre", "--table-size", "2", "--rounds", "6"]);
    assert!(human.contains("why") && human.contains("which Anna Riva is looking for"), "{human}");

    let debrief: Value =
        serde_json::from_str(&ok(&db, &["event", "debrief", "Speed date di novembre", "--json"])).unwrap();
    let met = debrief.as_array().unwrap();
    assert_eq!(met.len(), 6, "one speed date a round with a different person: {debrief}");
    let new: Vec<&str> = met.iter().filter(|m| m["new"] == true).map(|m| m["name"].as_str().unwrap()).collect();
    assert!(new.len() >= 4, "the members you met came into your network: {new:?}");
    let someone = new[0];
    let person: Value = serde_json::from_str(&ok(&db, &["person", "show", someone, "--json"])).unwrap();
    assert_eq!(person["met_on"], "2026-11-21");
    assert_eq!(person["met_at"], "Speed date di novembre");
    assert_eq!(person["tier"], "network");
    let followups: Value = serde_json::from_str(&ok(&db, &["followup", "list", "--json"])).unwrap();
    let debriefs = followups.as_array().unwrap().iter().filter(|f| f["origin"] == "debrief").count();
    assert_eq!(debriefs, 12, "a thank-you and a one-to-one per person");
    // The agenda shows the debrief's thank-you once, not the rule's as well.
    let today: Value = serde_json::from_str(&ok(&db, &["today", "--json"])).unwrap();
    let for_them: Vec<&str> = today
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["person"]["name"] == someone)
        .map(|a| a["kind"].as_str().unwrap())
        .collect();
    // The debrief's thank-you (due today) and, a day ahead, its one-to-one;
    // never the rules' own thank-you on top.
    assert_eq!(for_them, vec!["follow_up", "follow_up"], "{today}");
    let reasons: Vec<&str> = today
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["person"]["name"] == someone)
        .map(|a| a["reason"].as_str().unwrap())
        .collect();
    assert!(reasons[0].contains("Thank") && reasons[1].contains("one-to-one"), "{reasons:?}");
    // Twice changes nothing.
    ok(&db, &["event", "debrief", "Speed date di novembre"]);
    let again: Value = serde_json::from_str(&ok(&db, &["followup", "list", "--json"])).unwrap();
    assert_eq!(again.as_array().unwrap().len(), followups.as_array().unwrap().len());
    let people: Value = serde_json::from_str(&ok(&db, &["person", "list", "--json"])).unwrap();
    assert_eq!(people.as_array().unwrap().len(), 2 + new.len());
    let human = ok(&db, &["--lang", "it", "event", "debrief", "Speed date di novembre"]);
    assert!(human.contains("hai incontrato 6 persone"), "{human}");
}

fn zeno_yuri_count(plan: &Value, participants: &serde_json::Map<String, Value>) -> u64 {
    plan["rounds"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r.as_array().unwrap())
        .filter(|t| {
            let names: Vec<String> =
                t.as_array().unwrap().iter().map(|v| participants[v.as_str().unwrap()].to_string()).collect();
            names.iter().any(|n| n.contains("Zeno")) && names.iter().any(|n| n.contains("Yuri"))
        })
        .count() as u64
}

/// A loopback HTTP server that answers 200 to every request and hands over
/// each request body.
fn http_listener() -> (String, mpsc::Receiver<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/hooks/club", listener.local_addr().unwrap());
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { return };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut length = 0;
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 {
                    break;
                }
                if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                    length = v.trim().parse().unwrap_or(0);
                }
                if line == "\r\n" {
                    break;
                }
            }
            let mut body = vec![0; length];
            reader.read_exact(&mut body).unwrap();
            let mut stream = stream;
            stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok").unwrap();
            tx.send(String::from_utf8(body).unwrap()).unwrap();
        }
    });
    (url, rx)
}

/// A loopback SMTP server speaking just enough of RFC 5321 to accept mail;
/// hands over (recipients, message) per mail.
fn smtp_listener() -> (u16, mpsc::Receiver<(Vec<String>, String)>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { return };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            stream.write_all(b"220 localhost ESMTP test\r\n").unwrap();
            let mut rcpt = Vec::new();
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 {
                    break;
                }
                let upper = line.to_ascii_uppercase();
                if upper.starts_with("EHLO") || upper.starts_with("HELO") {
                    stream.write_all(b"250-localhost\r\n250 8BITMIME\r\n").unwrap();
                } else if upper.starts_with("RCPT TO:") {
                    rcpt.push(line[8..].trim().trim_matches(['<', '>']).to_string());
                    stream.write_all(b"250 ok\r\n").unwrap();
                } else if upper.starts_with("DATA") {
                    stream.write_all(b"354 go ahead\r\n").unwrap();
                    let mut data = String::new();
                    loop {
                        let mut l = String::new();
                        if reader.read_line(&mut l).unwrap_or(0) == 0 || l == ".\r\n" {
                            break;
                        }
                        data.push_str(&l);
                    }
                    stream.write_all(b"250 queued\r\n").unwrap();
                    tx.send((std::mem::take(&mut rcpt), data)).unwrap();
                } else if upper.starts_with("QUIT") {
                    stream.write_all(b"221 bye\r\n").unwrap();
                    break;
                } else {
                    stream.write_all(b"250 ok\r\n").unwrap();
                }
            }
        }
    });
    (port, rx)
}

#[test]
fn recurring_pairing_announces_on_a_webhook_and_by_mail_and_never_repeats() {
    let dir = tempfile::tempdir().unwrap();
    let db = club(dir.path());
    let (url, posts) = http_listener();
    let (port, mails) = smtp_listener();
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        format!("[smtp]\nhost = \"127.0.0.1\"\nport = {port}\nfrom = \"Club Milano <club@example.it>\"\nsecurity = \"none\"\n"),
    )
    .unwrap();
    let cfg = config.to_str().unwrap();
    ok(&db, &["community", "set", "Club Milano", "--webhook", &url]);
    // The organiser's own profile is not paired unless asked.
    ok(&db, &["profile", "set", "--community", "Club Milano", "--offer", "sviluppo siti web"]);
    let run = |args: &[&str]| {
        let out = rete_env(&db, args, &[("RETE_CONFIG", cfg)]);
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    let first: Value = serde_json::from_str(&run(&["pairing", "run", "--community", "Club Milano", "--json"])).unwrap();
    let groups = first["groups"].as_array().unwrap();
    // Five members opted in: two pairs would leave one alone, so one trio.
    let sizes: Vec<usize> = groups.iter().map(|g| g["members"].as_array().unwrap().len()).collect();
    assert_eq!(sizes.iter().sum::<usize>(), 5);
    assert_eq!(sizes.iter().filter(|&&s| s == 3).count(), 1, "{sizes:?}");
    assert!(groups.iter().all(|g| g["members"].as_array().unwrap().iter().all(|m| m["name"] != "Fuori Gioco")));
    assert!(groups.iter().all(|g| g["members"].as_array().unwrap().iter().all(|m| m["member"] != 0)));
    // Cross-department first: no group is all one department.
    for g in groups {
        let depts: HashSet<&str> =
            g["members"].as_array().unwrap().iter().map(|m| m["department"].as_str().unwrap()).collect();
        assert!(depts.len() > 1, "{g}");
    }
    // Announced: one webhook post per group, one mail per group with e-mails.
    let mut bodies = Vec::new();
    for _ in 0..groups.len() {
        let body: Value =
            serde_json::from_str(&posts.recv_timeout(std::time::Duration::from_secs(10)).unwrap()).unwrap();
        bodies.push(body["text"].as_str().unwrap().to_string());
    }
    assert!(bodies.iter().all(|b| b.contains("Club Milano")), "{bodies:?}");
    assert!(
        bodies.iter().any(|b| b.contains("Anna Riva") && b.contains("offre")),
        "introductions from profiles: {bodies:?}"
    );
    let mut recipients = HashSet::new();
    while let Ok((to, data)) = mails.recv_timeout(std::time::Duration::from_secs(2)) {
        assert!(data.contains("Subject:"), "{data}");
        recipients.extend(to);
    }
    let expected: HashSet<String> =
        ["anna", "bruno", "carla", "dario"].iter().map(|n| format!("{n}@example.it")).collect();
    assert_eq!(recipients, expected, "everyone with an e-mail is told");

    // Not due again before the period is over.
    let early = run(&["pairing", "run", "--community", "Club Milano"]);
    assert!(early.contains("next is due on 2026-12-07"), "{early}");
    // Forced runs never repeat a pair while unmet pairs remain.
    let mut seen: HashSet<(u64, u64)> = HashSet::new();
    let next: Value =
        serde_json::from_str(&run(&["pairing", "run", "--community", "Club Milano", "--force", "--dry-run", "--json"]))
            .unwrap();
    assert_eq!(next["stored"], false);
    let runs = [first, next];
    let history: Value =
        serde_json::from_str(&ok(&db, &["pairing", "history", "--community", "Club Milano", "--json"])).unwrap();
    assert_eq!(history.as_array().unwrap().len(), 1, "a dry run stores nothing");
    for g in runs[0]["groups"].as_array().unwrap() {
        let ids: Vec<u64> = g["members"].as_array().unwrap().iter().map(|m| m["member"].as_u64().unwrap()).collect();
        for (i, a) in ids.iter().enumerate() {
            for b in &ids[i + 1..] {
                seen.insert((*a.min(b), *a.max(b)));
            }
        }
    }
    // The second run's pairs are all new; its trio can hold at most one pair
    // that met before (after a pair and a trio, the unmet pairs of five form
    // no triangle).
    for g in runs[1]["groups"].as_array().unwrap() {
        let ids: Vec<u64> = g["members"].as_array().unwrap().iter().map(|m| m["member"].as_u64().unwrap()).collect();
        let mut repeated = 0;
        for (i, a) in ids.iter().enumerate() {
            for b in &ids[i + 1..] {
                repeated += usize::from(seen.contains(&(*a.min(b), *a.max(b))));
            }
        }
        assert!(repeated <= usize::from(ids.len() == 3), "group {ids:?} repeats {repeated} pairs");
    }
    assert!(bad(&db, &["pairing", "run", "--community", "Club Milano", "--every", "soon"]).contains("every"));
}

#[test]
fn introductions_find_a_path_ask_specifically_and_enter_the_ledger() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("rete.db");
    ok(&db, &["init"]);
    ok(&db, &["person", "add", "Marco Rossi"]);
    ok(&db, &["person", "add", "Giulia Conti", "--company", "Acme"]);
    ok(&db, &["person", "add", "Dario Neri", "--company", "ACME", "--role", "CTO"]);
    ok(&db, &["log", "one-to-one", "--with", "Marco Rossi", "--on", "2026-11-10"]);
    ok(&db, &["log", "meeting", "--with", "Marco Rossi", "--with", "Giulia Conti", "--on", "2026-11-17"]);
    let paths: Value = serde_json::from_str(&ok(&db, &["intro", "path", "Dario Neri", "--json"])).unwrap();
    let first = &paths.as_array().unwrap()[0];
    assert_eq!(first["introducer"]["name"], "Giulia Conti", "{paths}");
    let reasons: Vec<&str> = first["links"].as_array().unwrap().iter().map(|l| l["reason"].as_str().unwrap()).collect();
    assert!(reasons.last().unwrap().contains("colleagues at"), "{reasons:?}");
    let human = ok(&db, &["intro", "path", "Dario Neri"]);
    assert!(human.contains("via Giulia Conti") && human.contains("rete intro ask"), "{human}");

    let vague = bad(&db, &["intro", "ask", "Dario Neri", "--via", "Giulia Conti"]);
    assert!(vague.contains("--why"), "{vague}");
    let draft = ok(
        &db,
        &[
            "intro",
            "ask",
            "Dario Neri",
            "--via",
            "Giulia Conti",
            "--why",
            "I am looking for a pilot customer in logistics",
        ],
    );
    assert!(draft.contains("Hi Giulia,") && draft.contains("Dario Neri (CTO, ACME)"), "{draft}");
    assert!(draft.contains("pilot customer in logistics") && draft.contains("17 November"), "{draft}");
    let list: Value = serde_json::from_str(&ok(&db, &["intro", "list", "--json"])).unwrap();
    assert_eq!(list[0]["status"], "asked");
    let id = list[0]["id"].to_string();
    let done = ok(&db, &["intro", "done", &id, "--on", "2026-11-22"]);
    assert!(done.contains("Giulia Conti introduced you to Dario Neri"), "{done}");
    assert!(bad(&db, &["intro", "done", &id]).contains("already made"));
    let ledger: Value = serde_json::from_str(&ok(&db, &["ledger", "--json"])).unwrap();
    let e = &ledger.as_array().unwrap()[0];
    assert_eq!((e["kind"].as_str(), e["direction"].as_str()), (Some("introduction"), Some("received")));
    let dario: Value = serde_json::from_str(&ok(&db, &["person", "show", "Dario Neri", "--json"])).unwrap();
    assert!(dario["introduced_by"].is_number(), "{dario}");
    let today: Value = serde_json::from_str(&ok(&db, &["today", "--json"])).unwrap();
    let kinds: HashMap<String, String> = today
        .as_array()
        .unwrap()
        .iter()
        .map(|a| (a["kind"].as_str().unwrap().to_string(), a["person"]["name"].as_str().unwrap().to_string()))
        .collect();
    assert_eq!(kinds.get("thank_for_exchange").map(String::as_str), Some("Giulia Conti"), "{today}");
    assert_eq!(kinds.get("follow_up").map(String::as_str), Some("Dario Neri"), "{today}");
    assert_eq!(rete(&db, &["intro", "done", "99"]).status.code(), Some(2));
}

#[test]
fn events_are_suggested_by_topic_and_by_who_attends() {
    let dir = tempfile::tempdir().unwrap();
    let db = club(dir.path());
    ok(
        &db,
        &[
            "profile",
            "set",
            "--community",
            "Club Milano",
            "--offer",
            "sviluppo siti web",
            "--seek",
            "fotografia aziendale",
            "--interest",
            "vela",
        ],
    );
    ok(&db, &["event", "add", "Serata vela", "--on", "2026-12-10", "--topic", "vela", "--topic", "networking"]);
    ok(
        &db,
        &["event", "add", "Fiera della fotografia aziendale", "--on", "2026-12-20", "--topic", "fotografia aziendale"],
    );
    ok(&db, &["event", "add", "Convegno idraulica", "--on", "2026-12-01", "--topic", "idraulica"]);
    ok(&db, &["event", "add", "Passato", "--on", "2026-10-01", "--topic", "vela"]);
    ok(&db, &["event", "invite", "Serata vela", "--community", "Club Milano", "Anna Riva"]);
    let out: Value = serde_json::from_str(&ok(&db, &["event", "suggest", "--json"])).unwrap();
    let names: Vec<&str> = out.as_array().unwrap().iter().map(|s| s["name"].as_str().unwrap()).collect();
    // Wholly on what you seek first; half on your interests with one of
    // your best matches there next; nothing of yours last; past events never.
    assert_eq!(names, vec!["Fiera della fotografia aziendale", "Serata vela", "Convegno idraulica"], "{out}");
    assert_eq!(out[1]["matches"][0], "Anna Riva");
    assert!(
        out[1]["reason"].as_str().unwrap().contains("vela") && out[1]["reason"].as_str().unwrap().contains("Anna Riva"),
        "{out}"
    );
    assert!(out[0]["score"].as_f64().unwrap() > out[1]["score"].as_f64().unwrap());
    assert!(out[1]["score"].as_f64().unwrap() > out[2]["score"].as_f64().unwrap());
    let it = ok(&db, &["--lang", "it", "events", "suggest"]);
    assert!(it.contains("su quello che cerchi") && it.contains("nulla lo lega ancora a te"), "{it}");
}

#[test]
fn meeting_at_an_event_counts_however_it_is_recorded() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    ok(&db, &["init"]);
    ok(&db, &["event", "add", "Fiera Made in Italy", "--on", "2026-11-21", "--place", "Bologna"]);
    ok(&db, &["event", "add", "Aperitivo di dicembre", "--on", "2026-12-02"]);
    // At an event that happened: attending is meeting.
    ok(&db, &["person", "add", "Carla Bianchi"]);
    ok(&db, &["event", "attend", "Fiera Made in Italy", "--with", "Carla Bianchi"]);
    // A card from the same fair, recorded on the person.
    ok(&db, &["person", "add", "Dario Verdi", "--met-on", "2026-11-21", "--met-at", "Fiera Made in Italy"]);
    // At one still to come, attending is a plan, not a meeting.
    ok(&db, &["person", "add", "Elena Neri"]);
    ok(&db, &["event", "attend", "Aperitivo di dicembre", "--with", "Elena Neri"]);

    let today: Value = serde_json::from_str(&ok(&db, &["today", "--json"])).unwrap();
    let kinds = |name: &str| -> Vec<String> {
        today
            .as_array()
            .unwrap()
            .iter()
            .filter(|a| a["person"]["name"] == name)
            .map(|a| a["kind"].as_str().unwrap().to_string())
            .collect()
    };
    for name in ["Carla Bianchi", "Dario Verdi"] {
        let k = kinds(name);
        assert!(k.contains(&"thank_you".to_string()) && k.contains(&"propose_one_to_one".to_string()), "{name}: {k:?}");
    }
    assert!(kinds("Elena Neri").iter().all(|k| k != "thank_you"), "{today}");
    let carla: Value = serde_json::from_str(&ok(&db, &["person", "show", "Carla Bianchi", "--json"])).unwrap();
    assert_eq!(carla["last_contact"], "2026-11-21", "the last-contact clock started: {carla}");
    // Attending again records nothing twice.
    ok(&db, &["event", "attend", "Fiera Made in Italy", "--with", "Carla Bianchi"]);
    let log: Value = serde_json::from_str(&ok(&db, &["log", "list", "--with", "Carla Bianchi", "--json"])).unwrap();
    assert_eq!(log.as_array().unwrap().len(), 1, "{log}");
    // An event still to come has nothing to debrief.
    let err = bad(&db, &["event", "debrief", "Aperitivo di dicembre"]);
    assert!(err.contains("still to come") && err.contains("2026-12-02"), "{err}");
}
