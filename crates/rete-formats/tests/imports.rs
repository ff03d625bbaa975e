//! The LinkedIn and Google importers on realistic exports (fixtures in
//! tests/data), and how every importer treats input that is not what it
//! expects: whole-file errors naming the line, single bad records rejected
//! with their line, never a panic.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::NaiveDate;
use rete_formats::{google, linkedin, vcard, FormatError, ImportedContact, RejectKind, Rejected};

fn data(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn date(s: &str) -> Option<NaiveDate> {
    Some(NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap())
}

fn by_line(contacts: &[ImportedContact], line: usize) -> &ImportedContact {
    contacts.iter().find(|c| c.line == line).unwrap_or_else(|| panic!("no contact at line {line}"))
}

fn rejected(line: usize, kind: RejectKind) -> Rejected {
    Rejected::new(line, kind)
}

#[test]
fn linkedin_export_with_preamble_bom_and_multiline_fields() {
    let file = linkedin::parse(&data("linkedin_connections.csv")).unwrap();
    let lines: Vec<usize> = file.contacts.iter().map(|c| c.line).collect();
    assert_eq!(lines, [5, 6, 7, 9, 10, 11, 14], "a bad date keeps its connection");
    assert_eq!(file.rejected, [rejected(12, RejectKind::FieldCount { found: 5, expected: 7 })]);
    assert_eq!(by_line(&file.contacts, 11).met_on, None);
    let w = &file.warnings[0];
    assert_eq!((w.line, w.field.as_str(), w.value.as_str()), (11, "Connected On", "31 Feb 2023"));

    let giulia = by_line(&file.contacts, 5);
    assert_eq!(giulia.given_name.as_deref(), Some("Giulia"), "the BOM must not stick to the first column");
    assert_eq!(giulia.family_name.as_deref(), Some("Conti"));
    assert_eq!(giulia.emails, ["giulia.conti@example.it"]);
    assert_eq!(giulia.company.as_deref(), Some("Conti & Figli, S.r.l."));
    assert_eq!(giulia.role.as_deref(), Some("Chief Executive Officer"));
    assert_eq!(giulia.links, ["https://www.linkedin.com/in/giulia-conti-4a1b2c"]);
    assert_eq!(giulia.met_on, date("2023-01-12"));

    let niccolo = by_line(&file.contacts, 6);
    assert_eq!(niccolo.given_name.as_deref(), Some("Niccolò"));
    assert!(niccolo.emails.is_empty(), "an empty e-mail is no e-mail");
    assert_eq!(niccolo.role.as_deref(), Some("Relationship Manager, Imprese Sociali"));

    let marco = by_line(&file.contacts, 7);
    assert_eq!(marco.role.as_deref(), Some("Head of Sales\nSouthern Europe"));
    assert_eq!(marco.met_on, date("2024-02-28"));
    assert_eq!(by_line(&file.contacts, 9).role.as_deref(), Some("Designer"), "line count after a multi-line field");

    let anna = by_line(&file.contacts, 10);
    assert_eq!(anna.company.as_deref(), Some("Studio \"Legale\" D'Angelo"));
    assert_eq!(anna.met_on, date("2022-08-07"));

    let person = giulia.to_person_data();
    assert_eq!(person.name, "Giulia Conti");
    assert_eq!(person.met_at.as_deref(), Some("LinkedIn"));
    assert_eq!(person.met_on, date("2023-01-12"));
    assert_eq!(person.tier, rete_core::Tier::Network);
}

#[test]
fn linkedin_reads_columns_by_name_and_without_bom_or_preamble() {
    let text = "Connected On,Position,Company,Email Address,URL,Last Name,First Name\r\n\
                05 Nov 2020,CTO,Acme,a@b.it,https://linkedin.com/in/x,Rossi,Maria\r\n";
    let file = linkedin::parse(text.as_bytes()).unwrap();
    let c = &file.contacts[0];
    assert_eq!((c.line, c.given_name.as_deref(), c.family_name.as_deref()), (2, Some("Maria"), Some("Rossi")));
    assert_eq!((c.company.as_deref(), c.role.as_deref()), (Some("Acme"), Some("CTO")));
    assert_eq!(c.met_on, date("2020-11-05"));
}

#[test]
fn google_new_export() {
    let file = google::parse(&data("google_new.csv")).unwrap();
    assert_eq!(file.contacts.iter().map(|c| c.line).collect::<Vec<_>>(), [2, 6, 7, 8, 9]);
    assert_eq!(file.rejected, [rejected(10, RejectKind::NoIdentity)]);
    let bruno = by_line(&file.contacts, 8);
    assert_eq!((bruno.emails.as_slice(), bruno.birthday), (&["bruno@neri.it".to_string()][..], None));
    let w = &file.warnings[0];
    assert_eq!((w.line, w.field.as_str(), w.value.as_str()), (8, "Birthday", "1990-02-30"));

    let giulia = by_line(&file.contacts, 2);
    assert_eq!(giulia.given_name.as_deref(), Some("Giulia"));
    assert_eq!(giulia.family_name.as_deref(), Some("Conti"));
    assert_eq!(giulia.company.as_deref(), Some("Conti & Figli S.r.l."));
    assert_eq!(giulia.role.as_deref(), Some("CEO"));
    assert_eq!(giulia.department.as_deref(), Some("Direzione"));
    assert_eq!(giulia.emails, ["giulia.conti@example.it", "giulia@conti.it", "g.conti@gmail.com"]);
    assert_eq!(giulia.phones, ["+39 333 123 4567", "02 1234 5678"]);
    assert_eq!(giulia.city.as_deref(), Some("Milano"));
    assert_eq!(giulia.birthday.unwrap().to_string(), "1985-04-12");
    assert_eq!(giulia.note.as_deref(), Some("Incontrata al BNI Milano Centro.\nPreferisce WhatsApp."));
    assert_eq!(giulia.tags, ["Clienti", "starred"], "myContacts is not a tag, '* ' is dropped");
    assert_eq!(giulia.links, ["https://www.linkedin.com/in/giulia-conti-4a1b2c/"]);
    assert_eq!(giulia.to_person_data().phones, ["+393331234567", "+390212345678"]);

    let paolo = by_line(&file.contacts, 6);
    assert_eq!(paolo.birthday.unwrap().to_string(), "--06-15");
    assert_eq!(paolo.phones, ["347 765 4321", "+39 06 1234567"]);
    assert!(paolo.tags.is_empty());

    let elena = by_line(&file.contacts, 7);
    assert_eq!(elena.given_name.as_deref(), Some("Elena Maria"));
    assert_eq!(elena.to_person_data().name, "Elena Maria Galli");
    assert_eq!(elena.tags, ["Famiglia"]);

    let studio = by_line(&file.contacts, 9);
    assert_eq!(studio.to_person_data().name, "Studio Associato", "a company's card is named after it");
    assert_eq!(studio.company.as_deref(), Some("Studio Associato"));
}

#[test]
fn google_old_export_in_utf16() {
    let bytes = data("google_old_utf16.csv");
    assert_eq!(&bytes[..2], b"\xFF\xFE", "the fixture is UTF-16LE with a BOM");
    let file = google::parse(&bytes).unwrap();
    assert!(file.rejected.is_empty(), "{:?}", file.rejected);
    assert_eq!(file.contacts.len(), 3);

    let laura = by_line(&file.contacts, 2);
    assert_eq!(laura.full_name.as_deref(), Some("Laura Bassi"));
    assert_eq!(laura.given_name.as_deref(), Some("Laura"));
    assert_eq!(laura.family_name.as_deref(), Some("Bassi"));
    assert_eq!(laura.company.as_deref(), Some("Università di Bologna"));
    assert_eq!(laura.role.as_deref(), Some("Ricercatrice"));
    assert_eq!(laura.emails, ["laura.bassi@example.org"]);
    assert_eq!(laura.phones, ["+39 340 111 2222", "0039 051 765 4321"], "Phone 3 is read although Phone 2 is empty");
    assert_eq!(laura.city.as_deref(), Some("Bologna"));
    assert_eq!(laura.birthday.unwrap().to_string(), "1978-05-30");
    assert_eq!(laura.note.as_deref(), Some("Conosciuta al convegno di Bologna, 2019"));
    assert_eq!(laura.tags, ["Colleghi"]);
    assert_eq!(laura.links, ["https://laurabassi.example.org"]);

    let omer = by_line(&file.contacts, 3);
    assert_eq!(omer.full_name.as_deref(), Some("Ömer Çelik"));
    assert_eq!(omer.emails, ["omer@celik.com.tr", "omer.celik@gmail.com"]);
    assert_eq!(omer.birthday.unwrap().to_string(), "--12-24");
    assert_eq!(omer.tags, ["Starred"]);

    let phone_only = by_line(&file.contacts, 4);
    assert_eq!(phone_only.phones, ["+1 415 555 0100"]);
    assert_eq!(phone_only.display_name().as_deref(), Some("+1 415 555 0100"));
}

#[test]
fn google_columns_are_found_by_name_in_any_order_and_number() {
    let text = "Labels,E-mail 3 - Value,Last Name,Phone 1 - Value,First Name,E-mail 1 - Value\n\
                Amici,c@x.it,Russo,+39 320 000 1111,Pietro,a@x.it ::: b@x.it\n";
    let c = &google::parse(text.as_bytes()).unwrap().contacts[0];
    assert_eq!(c.given_name.as_deref(), Some("Pietro"));
    assert_eq!(c.family_name.as_deref(), Some("Russo"));
    assert_eq!(c.emails, ["c@x.it", "a@x.it", "b@x.it"]);
    assert_eq!(c.phones, ["+39 320 000 1111"]);
    assert_eq!(c.tags, ["Amici"]);
}

#[test]
fn files_of_the_wrong_kind_are_refused_with_a_line() {
    let pdf = b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n";
    for result in [vcard::parse(pdf), linkedin::parse(pdf), google::parse(pdf)] {
        let err = result.unwrap_err();
        assert!(matches!(err, FormatError::NotThisFormat { line: 1, .. }), "{err:?}");
        assert!(err.to_string().contains("PDF"), "{err}");
    }

    let err = vcard::parse(b"Hello,\nthis is a letter.\n").unwrap_err();
    assert_eq!(err.to_string(), "line 1: not a vCard file: expected BEGIN:VCARD, found 'Hello,'");
    assert!(vcard::parse(b"\n\n").is_err(), "an empty file is not a vCard file");

    let google_csv = data("google_new.csv");
    let err = linkedin::parse(&google_csv).unwrap_err();
    assert!(matches!(err, FormatError::MissingColumns { line: 1, .. }), "{err:?}");
    assert!(err.to_string().contains("Connected On"), "{err}");

    let err = google::parse(&data("linkedin_connections.csv")).unwrap_err();
    assert!(err.to_string().contains("Labels"), "{err}");

    let zip = b"PK\x03\x04\x14\x00\x00\x00Connections.csv";
    assert!(linkedin::parse(zip).unwrap_err().to_string().contains("ZIP archive"));
}

#[test]
fn text_that_is_not_utf8_is_read_in_the_detected_encoding_and_said() {
    // Once refused whole at the first bad byte; now every row is kept and
    // the report names the encoding assumed.
    let mut bytes = b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n".to_vec();
    bytes.extend_from_slice(b"Ada,Lovelace,,,,,01 Jan 2020\n");
    bytes.extend_from_slice(b"Andr\xE9,L\xF6fgren,,,Caf\xE9 cr\xE8me,,01 Jan 2020\n");
    let file = linkedin::parse(&bytes).unwrap();
    assert_eq!(file.contacts[1].given_name.as_deref(), Some("André"));
    assert_eq!(file.contacts[1].company.as_deref(), Some("Café crème"));
    assert_eq!(file.encoding.as_deref(), Some("windows-1252 (ISO-8859-1)"));
    let card = b"BEGIN:VCARD\nVERSION:3.0\nFN:Caf\xE9 Rossi\nEND:VCARD\n";
    let file = vcard::parse(card).unwrap();
    assert_eq!(file.contacts[0].full_name.as_deref(), Some("Café Rossi"));
    assert!(file.encoding.is_some());
    // A UTF-16 byte-order mark over bytes that are not UTF-16 still fails, naming the line.
    let err = vcard::parse(b"\xFF\xFEB\x00\x00\xD8").unwrap_err();
    assert!(matches!(err, FormatError::InvalidText { line: 1, encoding: "UTF-16LE" }), "{err:?}");
}

#[test]
fn vcard_2_1_in_windows_code_page_is_read() {
    let card = b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Citt\xE0;Lucia\r\nFN:Lucia Citt\xE0\r\nEND:VCARD\r\n";
    let file = vcard::parse(card).unwrap();
    assert_eq!(file.contacts[0].full_name.as_deref(), Some("Lucia Città"));
}

#[test]
fn bad_cards_are_rejected_alone() {
    let text = "BEGIN:VCARD\nVERSION:3.0\nFN:Good One\nEND:VCARD\n\
                BEGIN:VCARD\nVERSION:3.0\nFN:Bad Birthday\nBDAY:1980-13-45\nEND:VCARD\n\
                BEGIN:VCARD\nVERSION:3.0\nFN:Cut Short\n\
                BEGIN:VCARD\nVERSION:4.0\nFN:Good Two\nBDAY;X-APPLE-OMIT-YEAR=1604:1604-03-15\nEND:VCARD\n\
                BEGIN:VCARD\nVERSION:3.0\nNOTE:nobody\nEND:VCARD\n\
                BEGIN:VCARD\nVERSION:3.0\nFN:Truncated at the end\nEMAIL:x@y.it\n";
    let file = vcard::parse(text.as_bytes()).unwrap();
    let names: Vec<_> = file.contacts.iter().map(|c| (c.line, c.full_name.clone().unwrap())).collect();
    // A bad birthday no longer loses the card: it is a warning.
    assert_eq!(names, [(1, "Good One".to_string()), (5, "Bad Birthday".to_string()), (13, "Good Two".to_string())]);
    assert_eq!(file.contacts[1].birthday, None);
    assert_eq!(file.contacts[2].birthday.unwrap().to_string(), "--03-15");
    assert_eq!((file.warnings[0].line, file.warnings[0].field.as_str()), (5, "BDAY"));
    let reasons: Vec<(usize, &str)> = file.rejected.iter().map(|r| (r.line, r.reason.as_str())).collect();
    assert_eq!(
        reasons,
        [
            (10, "card cut short: no END:VCARD"),
            (18, "no name, organisation, e-mail or phone"),
            (22, "card cut short: no END:VCARD")
        ]
    );
}

#[test]
fn vcard_birthdays_without_a_year() {
    let card = |bday: &str| {
        let text = format!("BEGIN:VCARD\nVERSION:4.0\nFN:X\n{bday}\nEND:VCARD\n");
        vcard::parse(text.as_bytes()).unwrap().contacts[0].birthday.map(|b| b.to_string())
    };
    assert_eq!(card("BDAY:--0315").as_deref(), Some("--03-15"));
    assert_eq!(card("BDAY:--03-15").as_deref(), Some("--03-15"));
    assert_eq!(card("BDAY:19041231").as_deref(), Some("1904-12-31"));
    assert_eq!(card("BDAY:16040315").as_deref(), Some("--03-15"));
    assert_eq!(card("BDAY:1900-03-15").as_deref(), Some("--03-15"));
    assert_eq!(card("BDAY;X-APPLE-OMIT-YEAR=1604:1604-02-29").as_deref(), Some("--02-29"));
    assert_eq!(card("BDAY;VALUE=text:1980-03-22").as_deref(), Some("1980-03-22"));
}

#[test]
fn vcard_social_profiles_grouped_properties_and_folding() {
    let text = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Conti;Giulia;;;\r\nFN:Giulia Con\r\n ti\r\n\
                item1.EMAIL;type=INTERNET:giulia@example.it\r\nitem1.X-ABLabel:_$!<Other>!$_\r\n\
                X-SOCIALPROFILE;type=linkedin:https://www.linkedin.com/in/giulia-conti\r\n\
                SOCIALPROFILE:https://mastodon.social/@giulia\r\n\
                X-UNKNOWN;FOO=bar:whatever\r\nPHOTO;VALUE=uri:https://example.com/p.jpg\r\n\
                CATEGORIES:Clienti,BNI\r\nEND:VCARD\r\n";
    let c = &vcard::parse(text.as_bytes()).unwrap().contacts[0];
    assert_eq!(c.full_name.as_deref(), Some("Giulia Conti"));
    assert_eq!(c.emails, ["giulia@example.it"]);
    assert_eq!(c.links, ["https://www.linkedin.com/in/giulia-conti", "https://mastodon.social/@giulia"]);
    assert_eq!(c.tags, ["Clienti", "BNI"]);
}
