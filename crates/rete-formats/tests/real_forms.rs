//! Files in the forms real address books, phones, mail clients and
//! spreadsheets write (tests/data/real, its README says where each form
//! comes from): legacy encodings, declared charsets, bare 2.1 parameters,
//! BOM-less UTF-16, fields that do not parse, Outlook and older Google
//! exports, nested cards, shared keys and national numbers. Each test
//! fails if its class of input is lost, garbled or merged wrongly again.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use rete_formats::sniff::{self, Kind};
use rete_formats::{google, linkedin, outlook, plan_file, vcard, ImportedContact, ParsedFile, PlanEntry};
use std::path::PathBuf;

fn data(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/real").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn named<'a>(file: &'a ParsedFile, name: &str) -> &'a ImportedContact {
    file.contacts.iter().find(|c| c.display_name().as_deref() == Some(name)).unwrap_or_else(|| {
        panic!("no {name} in {:?}", file.contacts.iter().map(|c| c.display_name()).collect::<Vec<_>>())
    })
}

/// No stored text holds a control character or the replacement character.
fn assert_clean(file: &ParsedFile) {
    for c in &file.contacts {
        let p = c.to_person_data();
        for text in [Some(&p.name), p.company.as_ref(), p.role.as_ref(), p.notes.as_ref(), p.given_name.as_ref()]
            .into_iter()
            .flatten()
        {
            assert!(!text.chars().any(|ch| (ch.is_control() && ch != '\n') || ch == '\u{FFFD}'), "{text:?}");
        }
    }
}

#[test]
fn apple_address_book_in_iso_8859_1_keeps_every_card() {
    let file = vcard::parse(&data("apple_addressbook_latin1.vcf")).unwrap();
    assert!(file.rejected.is_empty(), "{:?}", file.rejected);
    assert_eq!(file.contacts.len(), 3);
    let jose = named(&file, "José Müller");
    assert_eq!(jose.company.as_deref(), Some("Café Zürich AG"));
    assert_eq!(jose.role.as_deref(), Some("Geschäftsführer"));
    assert_eq!(jose.city.as_deref(), Some("Zürich"));
    assert_eq!(named(&file, "Zoé Lefèvre").family_name.as_deref(), Some("Lefèvre"));
    assert_eq!(file.encoding.as_deref(), Some("windows-1252 (ISO-8859-1)"), "the report says what was assumed");
    // The card's own country reads its national number.
    assert_eq!(jose.to_person_data().phones, ["+41791234567"]);
    assert_clean(&file);
}

#[test]
fn declared_charsets_of_2_1_cards_decode_in_8_bit_and_quoted_printable() {
    let file = vcard::parse(&data("phone_2_1_charsets.vcf")).unwrap();
    assert!(file.rejected.is_empty(), "{:?}", file.rejected);
    let yamada = named(&file, "山田太郎");
    assert_eq!((yamada.family_name.as_deref(), yamada.given_name.as_deref()), (Some("山田"), Some("太郎")));
    assert_eq!(yamada.city.as_deref(), Some("東京"));
    assert_eq!(yamada.to_person_data().phones, ["+819012345678"], "Japan, from the card's address");
    let michal = named(&file, "Michał Łukasiewicz");
    assert_eq!(michal.family_name.as_deref(), Some("Łukasiewicz"));
    assert_eq!(michal.company.as_deref(), Some("Żółw Sp. z o.o."));
    assert_eq!(michal.to_person_data().phones, ["+48601234567", "+48221234567"], "Poland, from its +48 number");
    // A value that does not decode is a warning; the card stays, by its e-mail.
    let broken = named(&file, "broken.name@example.pl");
    assert_eq!(broken.family_name, None);
    let w = file.warnings.iter().find(|w| w.field == "N").expect("a warning for the N that did not decode");
    assert_eq!(w.line, 19);
    assert!(w.message.contains("UTF-8"), "{w:?}");
    assert_clean(&file);
}

#[test]
fn evolutions_bare_parameters_are_decoded() {
    let file = vcard::parse(&data("evolution_bare_params.vcf")).unwrap();
    let c = &file.contacts[0];
    assert_eq!(c.full_name.as_deref(), Some("十河 健"));
    assert_eq!(c.family_name.as_deref(), Some("十河"));
    assert_eq!(c.company.as_deref(), Some("Società Cooperativa Fior di Loto"), "a soft line break joins");
    assert_eq!(c.note.as_deref(), Some("Incontrato a Kyōto.\nRicorda il tè."));
    assert_eq!(c.phones, ["+39 347 111 2222"]);
    assert!(file.warnings.is_empty(), "{:?}", file.warnings);
}

#[test]
fn utf16_without_a_byte_order_mark_is_read() {
    let bytes = data("utf16le_no_bom.vcf");
    assert_eq!(bytes[1], 0, "the fixture is NUL-interleaved");
    let file = vcard::parse(&bytes).unwrap();
    assert_eq!(file.contacts.len(), 2);
    assert_eq!(file.contacts[0].full_name.as_deref(), Some("Niccolò Forlì"));
    assert_eq!(sniff::guess(&bytes).unwrap(), Kind::Vcard);
}

#[test]
fn a_text_birthday_is_a_warning_not_a_lost_person() {
    let file = vcard::parse(&data("bday_text_v4.vcf")).unwrap();
    assert!(file.rejected.is_empty());
    let ada = named(&file, "Ada Lovelace");
    assert_eq!((ada.birthday, ada.emails.as_slice()), (None, &["ada@analytical.example".to_string()][..]));
    let w = &file.warnings[0];
    assert_eq!((w.line, w.field.as_str(), w.value.as_str()), (1, "BDAY", "circa 1800"));
    assert_eq!(named(&file, "Grace Hopper").birthday.unwrap().to_string(), "1906-12-09");
    let report = plan_file(&[], file, "IT").report().with_file("bday.vcf");
    assert_eq!(report.created, 2);
    assert!(report.to_string().contains("bday.vcf:1: warning: BDAY: 'circa 1800'"), "{report}");
}

#[test]
fn linkedin_resaved_by_excel_keeps_every_row() {
    let bytes = data("linkedin_excel_resaved.csv");
    assert_eq!(sniff::guess(&bytes).unwrap(), Kind::Linkedin);
    let file = linkedin::parse(&bytes).unwrap();
    assert!(file.rejected.is_empty(), "{:?}", file.rejected);
    let date = |s| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    assert_eq!(named(&file, "Giulia Conti").met_on, date("2024-01-15"));
    let renee = named(&file, "Renée Dupré");
    assert_eq!((renee.company.as_deref(), renee.met_on), (Some("Café Lumière"), date("2021-03-03")));
    assert_eq!(named(&file, "Luca Bianchi").met_on, None);
    assert_eq!((file.warnings[0].line, file.warnings[0].value.as_str()), (4, "someday"));
    assert!(file.encoding.is_some(), "Excel's code page is named");
}

#[test]
fn google_without_labels_and_a_company_only_contact() {
    let bytes = data("google_no_labels.csv");
    assert_eq!(sniff::guess(&bytes).unwrap(), Kind::Google);
    let file = google::parse(&bytes).unwrap();
    assert!(file.rejected.is_empty(), "{:?}", file.rejected);
    assert_eq!(file.contacts.len(), 3);
    assert_eq!(named(&file, "Giulia Conti").nickname.as_deref(), Some("Giuli"));
    let studio = named(&file, "Studio Associato Verdi");
    assert_eq!(studio.to_person_data().phones, ["+390298765432"]);
    assert_eq!(named(&file, "Paolo Neri").birthday, None);
    assert_eq!(file.warnings[0].field, "Birthday");
}

#[test]
fn outlook_in_english() {
    let bytes = data("outlook_en.csv");
    assert_eq!(sniff::guess(&bytes).unwrap(), Kind::Outlook);
    let file = outlook::parse(&bytes).unwrap();
    assert!(file.rejected.is_empty(), "{:?}", file.rejected);
    let john = named(&file, "John Q. Public");
    assert_eq!((john.given_name.as_deref(), john.family_name.as_deref()), (Some("John Q."), Some("Public")));
    assert_eq!(john.company.as_deref(), Some("Contoso Ltd."));
    assert_eq!(john.role.as_deref(), Some("Account Manager"));
    assert_eq!(john.emails, ["john.public@contoso.example"]);
    assert_eq!(john.birthday.unwrap().to_string(), "1980-03-22");
    assert_eq!(john.tags, ["Customers", "VIP"]);
    assert_eq!(john.city.as_deref(), Some("Seattle"));
    assert_eq!(john.to_person_data().phones, ["+12065550100", "+12065550199"], "US, from the address");
    assert_eq!(john.to_person_data().address.as_deref(), Some("1 Main St\n98101 Seattle WA\nUnited States of America"));
    let mary = named(&file, "Mary Major");
    assert_eq!(mary.birthday, None, "0/0/00 is Outlook's empty date, no warning");
    assert_eq!(mary.to_person_data().phones, ["+442079460958"]);
    let fabrikam = named(&file, "Fabrikam Inc.");
    assert_eq!(fabrikam.birthday, None);
    assert_eq!(file.warnings.len(), 1, "{:?}", file.warnings);
    assert_eq!((file.warnings[0].line, file.warnings[0].value.as_str()), (4, "someday"));
}

#[test]
fn outlook_in_italian() {
    let bytes = data("outlook_it.csv");
    assert_eq!(sniff::guess(&bytes).unwrap(), Kind::Outlook);
    let file = outlook::parse(&bytes).unwrap();
    assert!(file.rejected.is_empty(), "{:?}", file.rejected);
    let mario = named(&file, "Mario Rossi");
    assert_eq!(mario.company.as_deref(), Some("Rossi & C. S.r.l."));
    assert_eq!(mario.role.as_deref(), Some("Direttore commerciale"));
    assert_eq!(mario.department.as_deref(), Some("Vendite"));
    assert_eq!(mario.birthday.unwrap().to_string(), "1975-03-04", "day first, as the file's 25/12 shows");
    assert_eq!(mario.to_person_data().phones, ["+390212345678", "+393337654321"]);
    assert_eq!(mario.tags, ["Clienti", "BNI"]);
    let lucia = named(&file, "Lucia Città");
    assert_eq!(lucia.emails, ["lucia@citta.example"]);
    assert_eq!(lucia.note.as_deref(), Some("Preferisce le e-mail."));
}

#[test]
fn a_nested_agent_card_keeps_its_parent() {
    let file = vcard::parse(&data("agent_nested_2_1.vcf")).unwrap();
    assert!(file.rejected.is_empty(), "{:?}", file.rejected);
    assert_eq!(file.contacts.len(), 1);
    let carla = &file.contacts[0];
    assert_eq!(carla.full_name.as_deref(), Some("Carla Verdi"));
    assert_eq!(carla.phones, ["+39 02 5555 0000"], "the agent's phone is not hers");
    assert_eq!(carla.emails, ["carla@verdi.example"], "properties after the nested card are kept");
    let w = &file.warnings[0];
    assert_eq!((w.line, w.field.as_str(), w.value.as_str()), (6, "AGENT", "Paolo Neri"));
    assert!(w.message.contains("not imported"), "{w:?}");
}

#[test]
fn shared_keys_with_different_names_stay_apart_and_are_listed() {
    let file = vcard::parse(&data("shared_keys.vcf")).unwrap();
    let plan = plan_file(&[], file, "IT");
    let created: Vec<(usize, String)> = plan
        .entries
        .iter()
        .filter_map(|e| match e {
            PlanEntry::Create { person, line, .. } => Some((*line, person.name.clone())),
            _ => None,
        })
        .collect();
    assert_eq!(
        created,
        [
            (1, "Mario Rossi".to_string()),
            (8, "Anna Rossi".to_string()),
            (14, "Studio Bianchi".to_string()),
            (20, "Luca Bianchi".to_string())
        ],
        "the home line and info@ are shared; 'Rossi, Mario' and 'Mário Luigi Rossi' are Mario"
    );
    let PlanEntry::Create { duplicates, .. } = &plan.entries[0] else { panic!() };
    assert_eq!(duplicates, &[27, 34]);
    let report = plan.report();
    let listed: Vec<(usize, Option<usize>, &str)> =
        report.possible_duplicates.iter().map(|d| (d.line, d.other_line, d.shared.as_str())).collect();
    assert_eq!(listed, [(8, Some(1), "phone"), (20, Some(14), "email")]);
    let PlanEntry::Create { person: luca, .. } = &plan.entries[3] else { panic!() };
    assert_eq!(luca.emails, ["luca@studiobianchi.example"], "an address belongs to one person");
}

#[test]
fn national_numbers_take_the_cards_own_country() {
    let file = vcard::parse(&data("national_numbers.vcf")).unwrap();
    let phones = |name| named(&file, name).to_person_data().phones;
    assert_eq!(phones("Heiko Mustermann"), ["+49301234567"]);
    assert_eq!(phones("Oliver Brown"), ["+447911123456", "+442079460958"]);
    assert_eq!(phones("Giulia Conti"), ["+393331234567"]);
    let report = plan_file(&[], file, "IT").report();
    assert_eq!(report.phones_region_assumed, 1, "only Giulia's number was read as Italian by default");
}

#[test]
fn given_and_family_names_survive_a_round_trip() {
    let file = vcard::parse(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Mustermann, Heiko\r\nN:Mustermann;Heiko;;;\r\nNICKNAME:Hei\r\nEND:VCARD\r\n",
    )
    .unwrap();
    let plan = plan_file(&[], file, "IT");
    let PlanEntry::Create { person, .. } = &plan.entries[0] else { panic!() };
    assert_eq!((person.given_name.as_deref(), person.family_name.as_deref()), (Some("Heiko"), Some("Mustermann")));
    let mut out = Vec::new();
    let people = [rete_core::Person { id: rete_core::PersonId(1), data: (**person).clone() }];
    vcard::write(&people, vcard::VCardVersion::V4, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("\r\nN:Mustermann;Heiko;;;\r\n"), "{text}");
    assert!(text.contains("\r\nNICKNAME:Hei\r\n"), "{text}");
}

#[test]
fn a_file_of_no_known_kind_says_what_was_looked_for() {
    let err = sniff::guess(b"Name;Telefono\nMario;333\n").unwrap_err();
    let text = err.to_string();
    assert!(text.contains("BEGIN:VCARD") && text.contains("E-mail Address") && text.contains("JSON"), "{text}");
}
