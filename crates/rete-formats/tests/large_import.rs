//! A LinkedIn export the size of a busy member's network (30,000
//! connections) parses and plans in well under a second per thousand,
//! and its second import is all "unchanged": the planner is linear, not
//! quadratic, in the number of people.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use rete_core::{Person, PersonId};
use rete_formats::{linkedin, plan_import, PlanEntry};
use std::time::Instant;

fn export(n: usize) -> String {
    let mut s = String::from("\u{feff}Notes:\n\"Some e-mails may be missing.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
    for i in 0..n {
        let email = if i % 3 == 0 { format!("person{i}@example.com") } else { String::new() };
        s.push_str(&format!(
            "Nome{i},Cognome{},https://www.linkedin.com/in/person-{i},{email},\"Azienda {}, S.p.A.\",Ruolo {},{:02} Jan 2023\n",
            i % 997,
            i % 101,
            i % 13,
            1 + i % 28
        ));
    }
    s
}

#[test]
fn thirty_thousand_connections_import_and_reimport() {
    let n = 30_000;
    let bytes = export(n).into_bytes();
    let started = Instant::now();
    let parsed = linkedin::parse(&bytes).unwrap();
    assert_eq!(parsed.contacts.len(), n);
    let parsing = started.elapsed();
    let plan = plan_import(&[], parsed.contacts);
    assert_eq!(plan.report().created, n);
    let first = started.elapsed();

    let people: Vec<Person> = plan
        .entries
        .into_iter()
        .enumerate()
        .map(|(i, e)| match e {
            PlanEntry::Create { person, .. } => Person { id: PersonId(i as i64 + 1), data: *person },
            other => panic!("{other:?}"),
        })
        .collect();
    let started = Instant::now();
    let again = plan_import(&people, linkedin::parse(&bytes).unwrap().contacts);
    assert_eq!(again.report().unchanged, n);
    let second = started.elapsed();
    // Generous bounds for an unoptimised build on a shared 2-core machine;
    // a quadratic planner would take minutes.
    assert!(first.as_secs() < 30 && second.as_secs() < 30, "first {first:?}, second {second:?}");
    eprintln!("30k connections: parse {parsing:?}, first import {first:?}, second {second:?}");
}
