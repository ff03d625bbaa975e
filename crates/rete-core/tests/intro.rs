//! Introduction paths: the strongest chain wins, each path ends with a
//! different introducer, the direct tie and archived people are left out,
//! and every link says why it is strong.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::NaiveDate;
use rete_core::intro::{describe, paths, LinkReason, Node, TieFacts};
use rete_core::*;
use std::collections::HashMap;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn person(people: &mut Vec<Person>, name: &str, company: Option<&str>) -> PersonId {
    let id = PersonId(people.len() as i64 + 1);
    let mut data = PersonData::named(name);
    data.company = company.map(str::to_string);
    people.push(Person { id, data });
    id
}

fn meeting(interactions: &mut Vec<Interaction>, on: &str, with: Vec<PersonId>) {
    interactions.push(Interaction {
        id: InteractionId(interactions.len() as i64 + 1),
        data: InteractionData {
            kind: InteractionKind::Meeting,
            on: d(on),
            with,
            topics: None,
            notes: None,
            purpose: None,
            by: Initiator::Me,
        },
    });
}

#[test]
fn the_strongest_chain_comes_first_and_explains_itself() {
    let today = d("2026-11-23");
    let mut people = Vec::new();
    let anna = person(&mut people, "Anna Riva", None);
    let bruno = person(&mut people, "Bruno Sala", Some("Acme"));
    let dario = person(&mut people, "Dario Neri", Some("ACME"));
    let elena = person(&mut people, "Elena Galli", None);
    let fabio = person(&mut people, "Fabio Costa", None);
    people[fabio.0 as usize - 1].data.tier = Tier::Archived;
    people[dario.0 as usize - 1].data.introduced_by = Some(fabio);
    let mut interactions = Vec::new();
    meeting(&mut interactions, "2026-10-01", vec![anna, bruno]);
    meeting(&mut interactions, "2026-11-01", vec![anna, bruno]);
    meeting(&mut interactions, "2026-09-01", vec![elena, dario]);
    let strength: HashMap<PersonId, f64> =
        [(anna, 80.0), (bruno, 20.0), (elena, 30.0), (dario, 95.0), (fabio, 90.0)].into_iter().collect();
    let facts = TieFacts { people: &people, interactions: &interactions, events: &[], strength: &strength, today };
    let found = paths(facts, dario, 3);
    assert_eq!(found.len(), 2, "{found:#?}");
    // Through Elena: 0.30 * 0.5 = 0.15. Through Anna and Bruno (colleague of
    // Dario): 0.8 * (1 - 0.5 * 0.4) ... = 0.8 * 0.6 * 0.4 = 0.192; and Bruno
    // directly: 0.2 * 0.4 = 0.08, beaten by the chain through Anna.
    assert_eq!(found[0].introducer(), Some(bruno));
    assert_eq!(
        found[0].links.iter().map(|l| l.to).collect::<Vec<_>>(),
        vec![Node::Person(anna), Node::Person(bruno), Node::Person(dario)]
    );
    assert!((found[0].strength - 0.8 * 0.6 * 0.4).abs() < 1e-9, "{}", found[0].strength);
    assert_eq!(found[1].introducer(), Some(elena));
    assert!(found[0].strength >= found[1].strength);
    // The archived Fabio introduced Dario, yet is never asked.
    assert!(found.iter().all(|p| p.links.iter().all(|l| l.from != Node::Person(fabio))));
    let name = |id: PersonId| people[id.0 as usize - 1].name.clone();
    let en = describe(&found[0].links[1], &name, today, Lang::En);
    assert_eq!(en, "together at 2 of your meetings, the last on 1 November");
    let it = describe(&found[0].links[2], &name, today, Lang::It);
    assert_eq!(it, "colleghi in Acme");
    assert!(matches!(found[0].links[0].reasons[0], LinkReason::Yours { contacts_12m: 2, .. }));
}

#[test]
fn nobody_to_ask_gives_no_path() {
    let today = d("2026-11-23");
    let mut people = Vec::new();
    let anna = person(&mut people, "Anna", None);
    let dario = person(&mut people, "Dario", None);
    let strength: HashMap<PersonId, f64> = [(anna, 80.0), (dario, 80.0)].into_iter().collect();
    let facts = TieFacts { people: &people, interactions: &[], events: &[], strength: &strength, today };
    assert!(paths(facts, dario, 3).is_empty());
}
