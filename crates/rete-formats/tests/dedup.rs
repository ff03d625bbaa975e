//! The import planner against an in-memory address book: strong keys,
//! name and company, conflicts, merging without overwriting, duplicates
//! inside one file, and the second import of a file changing nothing.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use rete_core::{Person, PersonData, PersonId, Tier};
use rete_formats::{google, linkedin, plan_file, plan_import, plan_stream, ImportPlan, ImportedContact, PlanEntry};

fn data(name: &str) -> Vec<u8> {
    std::fs::read(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(name)).unwrap()
}

/// What the CLI does with a plan, on a Vec instead of a database.
fn apply(people: &mut Vec<Person>, plan: &ImportPlan) {
    for entry in &plan.entries {
        match entry {
            PlanEntry::Create { person, .. } => {
                let id = PersonId(people.len() as i64 + 1);
                people.push(Person { id, data: (**person).clone() });
            }
            PlanEntry::Merge { into, merged, .. } => {
                let p = people.iter_mut().find(|p| p.id == *into).unwrap();
                p.data = (**merged).clone();
            }
            PlanEntry::Unchanged { .. } | PlanEntry::Rejected(_) => {}
        }
    }
}

fn person(id: i64, data: PersonData) -> Person {
    Person { id: PersonId(id), data }
}

fn contact(line: usize, given: &str, family: &str) -> ImportedContact {
    ImportedContact { line, given_name: Some(given.into()), family_name: Some(family.into()), ..Default::default() }
}

#[test]
fn importing_the_same_file_twice_changes_nothing_the_second_time() {
    for (name, parse) in [
        ("linkedin_connections.csv", linkedin::parse as fn(&[u8]) -> _),
        ("google_new.csv", google::parse),
        ("google_old_utf16.csv", google::parse),
    ] {
        let mut people = Vec::new();
        let first = plan_file(&people, parse(&data(name)).unwrap(), "IT");
        let report = first.report();
        assert!(report.created > 0, "{name}: {report}");
        assert_eq!((report.merged, report.unchanged), (0, 0), "{name}: {report}");
        apply(&mut people, &first);
        let after_first = people.clone();

        let second = plan_file(&people, parse(&data(name)).unwrap(), "IT");
        let report2 = second.report();
        assert_eq!((report2.created, report2.merged, report2.unchanged), (0, 0, report.created), "{name}: {report2}");
        assert_eq!(report2.rejected, report.rejected, "{name}");
        assert!(second.is_noop(), "{name}");
        apply(&mut people, &second);
        assert_eq!(people, after_first, "{name}");
    }
}

#[test]
fn linkedin_namesakes_with_different_profiles_stay_two_people() {
    let plan = plan_import(&[], linkedin::parse(&data("linkedin_connections.csv")).unwrap().contacts);
    let rossi: Vec<_> = plan
        .entries
        .iter()
        .filter_map(|e| match e {
            PlanEntry::Create { person, line, .. } if person.name == "Marco Rossi" => Some(*line),
            _ => None,
        })
        .collect();
    assert_eq!(rossi, [7, 9], "same name and company, two LinkedIn profiles");
    assert_eq!(plan.report().created, 7, "Luca Bianchi's impossible date no longer loses him");
}

#[test]
fn strong_keys_match_whatever_the_spelling() {
    let mut giulia = PersonData::named("G. Conti (lavoro)");
    giulia.emails = vec!["giulia.conti@example.it".into()];
    let mut paolo = PersonData::named("Paolo");
    paolo.phones = vec!["+39 347 765 4321".into()];
    let mut anna = PersonData::named("Avv. Anna");
    anna.links = vec!["http://linkedin.com/in/anna-dangelo/".into()];
    let existing = [person(1, giulia), person(2, paolo), person(3, anna)];

    let mut by_email = contact(10, "Giulia", "Conti");
    by_email.emails = vec!["GIULIA.Conti@Example.IT".into()];
    let mut by_phone = contact(11, "Paolo", "Ferri");
    by_phone.phones = vec!["3477654321".into()];
    let mut by_url = contact(12, "Anna", "D'Angelo");
    by_url.links = vec!["https://www.linkedin.com/in/anna-dangelo".into()];
    by_url.company = Some("Studio D'Angelo".into());

    let plan = plan_import(&existing, vec![by_email, by_phone, by_url]);
    let targets: Vec<(usize, i64)> = plan
        .entries
        .iter()
        .map(|e| match e {
            PlanEntry::Merge { into, line, .. } | PlanEntry::Unchanged { person: into, line, .. } => (*line, into.0),
            other => panic!("expected a match, got {other:?}"),
        })
        .collect();
    assert_eq!(targets, [(10, 1), (11, 2), (12, 3)]);
    let PlanEntry::Merge { merged, .. } = &plan.entries[2] else { panic!("Anna gains her company") };
    assert_eq!(merged.company.as_deref(), Some("Studio D'Angelo"));
    assert_eq!(merged.links, ["http://linkedin.com/in/anna-dangelo/"], "the same profile is not added twice");
}

#[test]
fn name_and_company_match_folded_unless_a_strong_key_conflicts() {
    let mut niccolo = PersonData::named("Niccolò Forlì");
    niccolo.company = Some("Banca Etica".into());
    let mut marco = PersonData::named("Marco Rossi");
    marco.company = Some("Acme".into());
    marco.links = vec!["https://www.linkedin.com/in/marco-rossi-81".into()];
    let existing = [person(1, niccolo), person(2, marco)];

    let mut nic = contact(2, "NICCOLO", "forli");
    nic.company = Some("banca etica".into());
    nic.role = Some("Relationship Manager".into());
    let mut other_marco = contact(3, "Marco", "Rossi");
    other_marco.company = Some("Acme".into());
    other_marco.links = vec!["https://www.linkedin.com/in/marcorossi-design".into()];
    let mut elsewhere = contact(4, "Niccolò", "Forlì");
    elsewhere.company = Some("Altra Banca".into());

    let plan = plan_import(&existing, vec![nic, other_marco, elsewhere]);
    let kinds: Vec<String> = plan
        .entries
        .iter()
        .map(|e| match e {
            PlanEntry::Create { line, .. } => format!("create {line}"),
            PlanEntry::Merge { into, line, .. } => format!("merge {line} into {into}"),
            PlanEntry::Unchanged { person, line, .. } => format!("unchanged {line} = {person}"),
            PlanEntry::Rejected(r) => format!("rejected {}", r.line),
        })
        .collect();
    assert_eq!(kinds, ["merge 2 into 1", "create 3", "create 4"]);
}

#[test]
fn merging_fills_gaps_and_never_overwrites() {
    let mut mine = PersonData::named("Giulia Conti");
    mine.company = Some("Conti & Figli".into());
    mine.notes = Some("Typed by me".into());
    mine.tier = Tier::Inner;
    mine.emails = vec!["giulia@conti.it".into()];
    mine.tags = vec!["Clienti".into()];
    mine.birthday = rete_core::Birthday::from_parts(None, 4, 12);
    let existing = [person(7, mine)];

    let mut incoming = contact(2, "Giulia", "Conti");
    incoming.emails = vec!["giulia@conti.it".into(), "g.conti@gmail.com".into()];
    incoming.company = Some("Other Company".into());
    incoming.role = Some("CEO".into());
    incoming.note = Some("From the phone".into());
    incoming.tags = vec!["clienti".into(), "starred".into()];
    incoming.phones = vec!["+39 333 123 4567".into()];
    incoming.birthday = rete_core::Birthday::from_parts(Some(1985), 4, 12);

    let plan = plan_import(&existing, vec![incoming]);
    let [PlanEntry::Merge { into, merged, line, .. }] = plan.entries.as_slice() else { panic!("{plan:?}") };
    assert_eq!((*into, *line), (PersonId(7), 2));
    assert_eq!(merged.name, "Giulia Conti");
    assert_eq!(merged.company.as_deref(), Some("Conti & Figli"), "the user's company stays");
    // The one merge rule (rete_core::identity::absorb) keeps both notes,
    // as `person merge` always did: the phone's note is not lost.
    assert_eq!(merged.notes.as_deref(), Some("Typed by me\n\nFrom the phone"), "the user's note first");
    assert_eq!(merged.tier, Tier::Inner);
    assert_eq!(merged.role.as_deref(), Some("CEO"), "a missing role is filled");
    assert_eq!(merged.emails, ["giulia@conti.it", "g.conti@gmail.com"]);
    assert_eq!(merged.tags, ["Clienti", "starred"], "tags compare case-insensitively");
    assert_eq!(merged.phones, ["+393331234567"]);
    assert_eq!(merged.birthday.unwrap().to_string(), "1985-04-12", "the year is learnt");
}

#[test]
fn an_import_merges_by_the_same_rule_as_person_merge() {
    let day = |s| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    let mut mine = PersonData::named("Paolo Neri");
    mine.phones = vec!["333 765 4321".into()];
    mine.met_on = Some(day("2023-06-01"));
    mine.notes = Some("Plays chess. Likes jazz".into());
    let existing = vec![person(3, mine)];

    let mut incoming = contact(2, "Paolo", "Neri");
    incoming.phones = vec!["+39 333 7654321".into()];
    incoming.met_on = Some(day("2021-02-03"));
    incoming.met_at = Some("LinkedIn".into());
    incoming.note = Some("likes jazz".into());
    incoming.nickname = Some("Paolino".into());

    let plan = plan_import(&existing, vec![incoming.clone()]);
    let [PlanEntry::Merge { merged, .. }] = plan.entries.as_slice() else { panic!("{plan:?}") };
    assert_eq!(merged.phones, ["333 765 4321"], "a national number is the same number in E.164");
    assert_eq!(merged.met_on, Some(day("2021-02-03")), "the earliest meeting wins");
    assert_eq!(merged.met_at.as_deref(), Some("LinkedIn"), "with its place");
    assert_eq!(merged.notes.as_deref(), Some("Plays chess. Likes jazz"), "a note already held is not added");
    assert_eq!(merged.nickname.as_deref(), Some("Paolino"), "a nickname is filled");

    let mut people = existing;
    apply(&mut people, &plan);
    assert!(plan_import(&people, vec![incoming]).is_noop(), "the second import changes nothing");
}

#[test]
fn duplicates_inside_one_file_become_one_person() {
    let mut a = contact(2, "Laura", "Bassi");
    a.emails = vec!["laura@example.org".into()];
    let mut b = contact(9, "Laura", "Bassi");
    b.emails = vec!["LAURA@example.org".into()];
    b.phones = vec!["340 111 2222".into()];
    let mut c = contact(15, "L.", "Bassi");
    c.phones = vec!["+39 340 1112222".into()];
    c.city = Some("Bologna".into());

    let plan = plan_import(&[], vec![a, b, c]);
    let [PlanEntry::Create { person, line, duplicates }] = plan.entries.as_slice() else { panic!("{plan:?}") };
    assert_eq!((*line, duplicates.as_slice()), (2, [9, 15].as_slice()));
    assert_eq!(person.emails, ["laura@example.org"]);
    assert_eq!(person.phones, ["+393401112222"]);
    assert_eq!(person.city.as_deref(), Some("Bologna"));
    let report = plan.report();
    assert_eq!((report.created, report.duplicates_in_file), (1, 2));
}

#[test]
fn a_google_contact_merges_into_the_linkedin_connection() {
    let mut people = Vec::new();
    let first = plan_file(&people, linkedin::parse(&data("linkedin_connections.csv")).unwrap(), "IT");
    apply(&mut people, &first);
    let before = people.len();
    let plan = plan_file(&people, google::parse(&data("google_new.csv")).unwrap(), "IT");
    apply(&mut people, &plan);
    let report = plan.report();
    assert_eq!(report.merged, 1, "{report}");
    assert_eq!(people.len(), before + report.created);
    let giulia = people.iter().find(|p| p.name == "Giulia Conti").unwrap();
    assert_eq!(giulia.company.as_deref(), Some("Conti & Figli, S.r.l."), "LinkedIn came first");
    assert_eq!(giulia.met_at.as_deref(), Some("LinkedIn"));
    assert_eq!(giulia.phones, ["+393331234567", "+390212345678"]);
    assert_eq!(giulia.birthday.unwrap().to_string(), "1985-04-12");
    assert_eq!(giulia.links.len(), 1, "the trailing slash does not add a second profile");
}

#[test]
fn report_serialises_for_json() {
    let plan = plan_file(&[], linkedin::parse(&data("linkedin_connections.csv")).unwrap(), "IT");
    let json = serde_json::to_value(plan.report().with_file("Connections.csv")).unwrap();
    assert_eq!(json["created"], 7);
    assert_eq!(json["merged"], 0);
    assert_eq!(json["unchanged"], 0);
    assert_eq!(json["file"], "Connections.csv");
    assert_eq!(json["rejected"][0]["line"], 12);
    assert_eq!(json["rejected"][0]["reason"], "5 fields where the header has 7");
    assert_eq!(json["warnings"][0]["line"], 11);
    assert_eq!(json["warnings"][0]["field"], "Connected On");
    assert_eq!(json["warnings"][0]["value"], "31 Feb 2023");
    let lines: Vec<usize> = plan.entries.iter().map(PlanEntry::line).collect();
    assert!(lines.windows(2).all(|w| w[0] <= w[1]), "entries follow the file: {lines:?}");
}

#[test]
fn an_email_shared_by_two_people_stays_with_its_first_holder() {
    let mut known = PersonData::named("Mario Rossi");
    known.emails = vec!["info@rossi.it".into()];
    known.links = vec!["https://www.linkedin.com/in/mario-rossi".into()];
    let existing = vec![person(1, known)];
    let mut other = contact(2, "Maria", "Rossi");
    other.emails = vec!["info@rossi.it".into(), "maria@rossi.it".into()];
    other.links = vec!["https://www.linkedin.com/in/maria-rossi".into()];
    let plan = plan_import(&existing, vec![other]);
    match &plan.entries[..] {
        [PlanEntry::Create { person, .. }] => assert_eq!(person.emails, vec!["maria@rossi.it"]),
        entries => panic!("two LinkedIn profiles are two people: {entries:?}"),
    }
}

#[test]
fn an_email_merged_into_someone_known_stays_with_the_known_holder() {
    // Anna (known, first) matches the record by name and company; the
    // record's address belongs to Bruno (known, second), whose LinkedIn
    // profile differs from the record's. Anna must not take it from him.
    let mut anna = PersonData::named("Anna Rossi");
    anna.company = Some("Acme".into());
    let mut bruno = PersonData::named("Bruno Verdi");
    bruno.emails = vec!["ufficio@acme.it".into()];
    bruno.links = vec!["https://www.linkedin.com/in/bruno-verdi".into()];
    let existing = vec![person(1, anna), person(2, bruno)];
    let mut record = contact(3, "Anna", "Rossi");
    record.company = Some("ACME".into());
    record.emails = vec!["Ufficio@Acme.it".into(), "anna@acme.it".into()];
    record.links = vec!["https://www.linkedin.com/in/anna-rossi".into()];
    let plan = plan_import(&existing, vec![record]);
    match &plan.entries[..] {
        [PlanEntry::Merge { into, merged, .. }] => {
            assert_eq!(*into, PersonId(1));
            assert_eq!(merged.emails, vec!["anna@acme.it"]);
        }
        entries => panic!("Anna gains her own address only: {entries:?}"),
    }
}

#[test]
fn planning_while_reading_makes_the_plan_of_the_whole_file() {
    let bytes = data("linkedin_connections.csv");
    let mut known = PersonData::named("Someone Known");
    known.links = vec!["https://www.linkedin.com/in/giulia-conti".into()];
    let existing = vec![person(1, known)];
    let whole = plan_file(&existing, linkedin::parse(&bytes).unwrap(), "IT");
    let mut contacts = Vec::new();
    let rest = linkedin::parse_each(&bytes, |c| contacts.push(c)).unwrap();
    let streamed = plan_stream(&existing, contacts, "IT").with_rest(rest);
    assert!(!whole.report().rejected.is_empty(), "the sample has rejected rows");
    assert_eq!(streamed, whole);
}
