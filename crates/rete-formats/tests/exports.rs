//! The exports: a vCard export (4.0 and 3.0) re-imports to the same people,
//! the CSV has one person a row under a header, and the GraphML is
//! well-formed with declared keys and weighted edges.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::NaiveDate;
use rete_core::{Birthday, Person, PersonData, PersonId, Tier};
use rete_formats::graphml::{self, Edge, EdgeKind};
use rete_formats::{csv_out, plan_import, vcard, PlanEntry};

fn people() -> Vec<Person> {
    let mut giulia = PersonData::named("Giulia Conti");
    giulia.emails = vec!["giulia@conti.it".into(), "g.conti@gmail.com".into()];
    giulia.phones = vec!["+393331234567".into(), "+390212345678".into()];
    giulia.company = Some("Conti & Figli, S.r.l.".into());
    giulia.department = Some("Direzione; Strategia".into());
    giulia.role = Some("CEO".into());
    giulia.city = Some("Milano".into());
    giulia.tier = Tier::Inner;
    giulia.tags = vec!["Clienti".into(), "BNI Milano".into()];
    giulia.birthday = Birthday::from_parts(Some(1985), 4, 12);
    giulia.met_on = NaiveDate::from_ymd_opt(2023, 1, 12);
    giulia.met_at = Some("LinkedIn".into());
    giulia.links = vec!["https://www.linkedin.com/in/giulia-conti".into(), "https://conti.it/chi-siamo?x=1,2".into()];
    giulia.notes = Some("Prima riga\nSeconda: \"virgolette\", punto; e virgola\\fine".into());

    let mut niccolo = PersonData::named("Niccolò Forlì");
    niccolo.birthday = Birthday::from_parts(None, 2, 29);
    niccolo.tier = Tier::Close;
    niccolo.notes = Some("Ä".repeat(100));

    let mut single = PersonData::named("Madonna");
    single.emails = vec!["m@example.com".into()];
    single.tier = Tier::Archived;

    [giulia, niccolo, single]
        .into_iter()
        .enumerate()
        .map(|(i, data)| Person { id: PersonId(i as i64 + 1), data: data.normalize().unwrap() })
        .collect()
}

#[test]
fn vcard_export_reimports_to_the_same_people() {
    let original = people();
    for version in [vcard::VCardVersion::V4, vcard::VCardVersion::V3] {
        let mut out = Vec::new();
        vcard::write(&original, version, &mut out).unwrap();
        let text = String::from_utf8(out.clone()).unwrap();
        let header = match version {
            vcard::VCardVersion::V4 => "BEGIN:VCARD\r\nVERSION:4.0\r\n",
            vcard::VCardVersion::V3 => "BEGIN:VCARD\r\nVERSION:3.0\r\n",
        };
        assert!(text.starts_with(header), "{text}");

        let parsed = vcard::parse(&out).unwrap();
        assert!(parsed.rejected.is_empty(), "{version:?}: {:?}", parsed.rejected);
        let plan = plan_import(&[], parsed.contacts);
        let created: Vec<PersonData> = plan
            .entries
            .iter()
            .map(|e| match e {
                PlanEntry::Create { person, .. } => (**person).clone(),
                other => panic!("{version:?}: {other:?}"),
            })
            .collect();
        let want: Vec<PersonData> = original.iter().map(|p| p.data.clone()).collect();
        assert_eq!(created, want, "{version:?}:\n{text}");

        // And into the address book it came from: nothing to do.
        let again = plan_import(&original, vcard::parse(&out).unwrap().contacts);
        assert!(again.is_noop(), "{version:?}: {again:?}");
        assert_eq!(again.report().unchanged, original.len());
    }
}

#[test]
fn csv_export_has_a_header_and_one_person_a_row() {
    let mut out = Vec::new();
    csv_out::write(&people(), &mut out).unwrap();
    let mut reader = csv::Reader::from_reader(out.as_slice());
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_string).collect();
    assert_eq!(header, csv_out::HEADER);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 3);
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let giulia = &rows[0];
    assert_eq!(&giulia[col("name")], "Giulia Conti");
    assert_eq!(&giulia[col("emails")], "giulia@conti.it; g.conti@gmail.com");
    assert_eq!(&giulia[col("phones")], "+393331234567; +390212345678");
    assert_eq!(&giulia[col("company")], "Conti & Figli, S.r.l.");
    assert_eq!(&giulia[col("tags")], "Clienti; BNI Milano");
    assert_eq!(&giulia[col("tier")], "inner");
    assert_eq!(&giulia[col("birthday")], "1985-04-12");
    assert_eq!(&giulia[col("met_on")], "2023-01-12");
    assert!(giulia[col("notes")].contains('\n'), "line breaks survive inside one quoted field");
    assert_eq!(&rows[1][col("birthday")], "--02-29");
    assert_eq!(&rows[2][col("id")], "3");
}

#[test]
fn graphml_declares_keys_and_writes_weighted_edges() {
    let mut ppl = people();
    ppl[0].data.sector = Some("Finanza <& Co>".into());
    let edges = [
        Edge { a: PersonId(1), b: PersonId(2), kind: EdgeKind::Introduction, weight: 2.5 },
        Edge { a: PersonId(2), b: PersonId(3), kind: EdgeKind::SharedEvent, weight: 1.0 },
        Edge { a: PersonId(1), b: PersonId(3), kind: EdgeKind::Interaction, weight: 0.25 },
        Edge { a: PersonId(1), b: PersonId(99), kind: EdgeKind::Interaction, weight: 1.0 },
    ];
    let mut out = Vec::new();
    graphml::write(&ppl, &edges, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();

    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(&text);
    let (mut keys, mut nodes, mut edge_count, mut texts) = (Vec::new(), 0, 0, Vec::new());
    loop {
        match reader.read_event().unwrap() {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) => match e.name().as_ref() {
                b"key" => {
                    keys.push(String::from_utf8(e.try_get_attribute("id").unwrap().unwrap().value.to_vec()).unwrap())
                }
                b"node" => nodes += 1,
                b"edge" => edge_count += 1,
                _ => {}
            },
            Event::Text(t) => texts.push(t.unescape().unwrap().into_owned()),
            _ => {}
        }
    }
    assert_eq!(keys, ["name", "tier", "company", "sector", "kind", "weight"]);
    assert_eq!(nodes, 3);
    assert_eq!(edge_count, 3, "the edge to a missing person is left out");
    for want in
        ["Giulia Conti", "inner", "Conti & Figli, S.r.l.", "Finanza <& Co>", "introduction", "shared-event", "0.25"]
    {
        assert!(texts.iter().any(|t| t == want), "{want} missing from {texts:?}");
    }
    assert!(text.contains(r#"<edge id="e0" source="p1" target="p2" directed="true">"#), "{text}");
}
