//! Every card exported by real address books (shared/testdata/vcards)
//! must import with its names, organisation, title, e-mails, phones,
//! birthday and note. The expected values are read off each file by hand.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use rete_formats::{vcard, ImportedContact};
use std::path::PathBuf;

fn samples() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/testdata/vcards")
}

fn load(name: &str) -> Vec<ImportedContact> {
    let bytes = std::fs::read(samples().join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    let parsed = vcard::parse(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert!(parsed.rejected.is_empty(), "{name}: {:?}", parsed.rejected);
    parsed.contacts
}

/// What one card must yield; `None` and empty lists mean "absent".
#[derive(Default)]
struct Want {
    line: usize,
    full: Option<&'static str>,
    given: Option<&'static str>,
    family: Option<&'static str>,
    company: Option<&'static str>,
    department: Option<&'static str>,
    role: Option<&'static str>,
    emails: &'static [&'static str],
    phones: &'static [&'static str],
    birthday: Option<&'static str>,
    /// The note's start and end (licence texts are long).
    note: Option<(&'static str, &'static str)>,
    city: Option<&'static str>,
    tags: &'static [&'static str],
    links: &'static [&'static str],
}

fn check(file: &str, got: &ImportedContact, want: &Want) {
    let ctx = format!("{file} card at line {}", want.line);
    assert_eq!(got.line, want.line, "{ctx}");
    assert_eq!(got.full_name.as_deref(), want.full, "{ctx}: FN");
    assert_eq!(got.given_name.as_deref(), want.given, "{ctx}: given");
    assert_eq!(got.family_name.as_deref(), want.family, "{ctx}: family");
    assert_eq!(got.company.as_deref(), want.company, "{ctx}: ORG");
    assert_eq!(got.department.as_deref(), want.department, "{ctx}: department");
    assert_eq!(got.role.as_deref(), want.role, "{ctx}: TITLE");
    assert_eq!(got.emails, want.emails, "{ctx}: EMAIL");
    assert_eq!(got.phones, want.phones, "{ctx}: TEL");
    assert_eq!(got.birthday.map(|b| b.to_string()).as_deref(), want.birthday, "{ctx}: BDAY");
    match (&got.note, want.note) {
        (None, None) => {}
        (Some(note), Some((start, end))) => {
            assert!(note.starts_with(start) && note.ends_with(end), "{ctx}: NOTE {note:?}")
        }
        (got, want) => panic!("{ctx}: NOTE {got:?}, wanted {want:?}"),
    }
    assert_eq!(got.city.as_deref(), want.city, "{ctx}: ADR locality");
    assert_eq!(got.tags, want.tags, "{ctx}: CATEGORIES");
    assert_eq!(got.links, want.links, "{ctx}: URL");
}

fn check_file(file: &str, wants: &[Want]) {
    let got = load(file);
    assert_eq!(got.len(), wants.len(), "{file}: number of cards");
    for (g, w) in got.iter().zip(wants) {
        check(file, g, w);
    }
}

const LICENCE_START: &str = "THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS \"AS IS\"";
const LICENCE_END: &str = "EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.";

#[test]
fn every_sample_file_is_covered() {
    let mut files: Vec<String> = std::fs::read_dir(samples())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".vcf"))
        .collect();
    files.sort();
    assert_eq!(
        files,
        [
            "John_Doe_ANDROID.vcf",
            "John_Doe_BLACK_BERRY.vcf",
            "John_Doe_EVOLUTION.vcf",
            "John_Doe_GMAIL.vcf",
            "John_Doe_IPHONE.vcf",
            "John_Doe_LOTUS_NOTES.vcf",
            "John_Doe_MAC_ADDRESS_BOOK.vcf",
            "John_Doe_MS_OUTLOOK.vcf",
            "fullcontact.vcf",
            "gmail-list.vcf",
            "gmail-single.vcf",
            "gmail-single2.vcf",
            "issue114.vcf",
            "outlook-2003.vcf",
            "outlook-2007.vcf",
            "rfc2426-example.vcf",
            "rfc6350-example.vcf",
            "thunderbird-MoreFunctionsForAddressBook-extension.vcf",
        ],
        "a new sample file needs its expectations below"
    );
}

#[test]
fn android_quoted_printable_utf8_and_photos() {
    let n = |k: usize| -> &'static str { ["", "Ñ", "Ñ Ñ", "Ñ Ñ Ñ", "Ñ Ñ Ñ Ñ", "Ñ Ñ Ñ Ñ Ñ"][k] };
    check_file(
        "John_Doe_ANDROID.vcf",
        &[
            Want { line: 1, emails: &["john.doe@company.com"], ..Default::default() },
            Want { line: 6, emails: &["jane.doe@company.com"], ..Default::default() },
            Want { line: 11, full: Some(n(5)), family: Some(n(4)), phones: &["123456789"], ..Default::default() },
            Want {
                line: 18,
                full: Some("Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ"),
                family: Some("Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ"),
                phones: &["123456", "234567", "3456789", "45678901"],
                // Soft line breaks join "Ñ=\n=C3=91" without a space.
                note: Some(("Ñ Ñ Ñ Ñ Ñ Ñ Ñ ÑÑ Ñ", "ÑÑ Ñ Ñ Ñ Ñ")),
                ..Default::default()
            },
            Want {
                line: 36,
                full: Some(n(4)),
                family: Some(n(2)),
                given: Some(n(3)),
                company: Some("ÑÑÑÑÑÑÑÑÑÑÑÑ"),
                // The second EMAIL holds text, not an address; it is kept
                // as read and dropped by to_person_data.
                emails: &["bob@company.com", "ÑÑÑÑÑÑÑÑÑÑÑÑÑÑ"],
                phones: &["123456"],
                links: &["www.company.com", "http://www.company.com"],
                ..Default::default()
            },
            Want {
                line: 71,
                full: Some("ÑÑÑÑ"),
                family: Some("ÑÑÑÑ"),
                company: Some("ÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑ"),
                emails: &["henry@company.com"],
                phones: &["55556666"],
                ..Default::default()
            },
        ],
    );
    // "My Contacts" is Android's group of every contact, not a tag.
    assert!(load("John_Doe_ANDROID.vcf").iter().all(|c| c.tags.is_empty()));
}

#[test]
fn blackberry() {
    check_file(
        "John_Doe_BLACK_BERRY.vcf",
        &[Want {
            line: 1,
            full: Some("John Doe"),
            given: Some("john"),
            family: Some("Doe"),
            company: Some("Acme Solutions"),
            phones: &["+96123456789"],
            ..Default::default()
        }],
    );
}

#[test]
fn evolution_folded_values_and_categories() {
    check_file(
        "John_Doe_EVOLUTION.vcf",
        &[Want {
            line: 1,
            full: Some("Mr. John Richter, James Doe Sr."),
            given: Some("John"),
            family: Some("Doe"),
            company: Some("IBM"),
            department: Some("Accounting"),
            role: Some("Money Counter"),
            emails: &["john.doe@ibm.com"],
            phones: &["905-666-1234", "905-555-1234"],
            birthday: Some("1980-03-22"),
            note: Some((LICENCE_START, LICENCE_END)),
            city: Some("Albaney"),
            tags: &["VIP"],
            links: &["http://www.ibm.com"],
        }],
    );
}

#[test]
fn gmail_john_doe() {
    check_file(
        "John_Doe_GMAIL.vcf",
        &[Want {
            line: 1,
            full: Some("Mr. John Richter, James Doe Sr."),
            given: Some("John"),
            family: Some("Doe"),
            company: Some("IBM"),
            role: Some("Money Counter"),
            emails: &["john.doe@ibm.com"],
            phones: &["905-555-1234", "905-666-1234"],
            birthday: Some("1980-03-22"),
            note: Some((LICENCE_START, "SUCH DAMAGE.\nFavotire Color: Blue")),
            links: &["http://www.ibm.com"],
            ..Default::default()
        }],
    );
}

#[test]
fn iphone_grouped_properties() {
    check_file(
        "John_Doe_IPHONE.vcf",
        &[Want {
            line: 1,
            full: Some("Mr. John Richter James Doe Sr."),
            given: Some("John"),
            family: Some("Doe"),
            company: Some("IBM"),
            department: Some("Accounting"),
            role: Some("Money Counter"),
            emails: &["john.doe@ibm.com"],
            phones: &[
                "905-555-1234",
                "905-666-1234",
                "905-777-1234",
                "905-888-1234",
                "905-999-1234",
                "905-111-1234",
                "905-222-1234",
            ],
            birthday: Some("2012-06-06"),
            city: Some("New York"),
            links: &["http://www.ibm.com"],
            ..Default::default()
        }],
    );
}

#[test]
fn lotus_notes() {
    check_file(
        "John_Doe_LOTUS_NOTES.vcf",
        &[Want {
            line: 1,
            full: Some("Mr. Doe John I Johny"),
            given: Some("John"),
            family: Some("Doe"),
            company: Some("IBM"),
            department: Some("SUN"),
            role: Some("Generic Accountant"),
            emails: &["john.doe@ibm.com", "billy_bob@gmail.com"],
            phones: &["+1 (212) 204-34456", "00-1-212-555-7777"],
            birthday: Some("1980-05-21"),
            note: Some((LICENCE_START, "ADVISED OF THE\n POSSIBILITY OF SUCH DAMAGE.")),
            city: Some("New York"),
            links: &["http://www.sun.com"],
            ..Default::default()
        }],
    );
}

#[test]
fn macos_contacts() {
    check_file(
        "John_Doe_MAC_ADDRESS_BOOK.vcf",
        &[Want {
            line: 1,
            full: Some("Mr. John Richter,James Doe Sr."),
            given: Some("John"),
            family: Some("Doe"),
            company: Some("IBM"),
            department: Some("Accounting"),
            role: Some("Money Counter"),
            emails: &["john.doe@ibm.com"],
            phones: &[
                "905-777-1234",
                "905-666-1234",
                "905-555-1234",
                "905-888-1234",
                "905-999-1234",
                "905-111-1234",
                "905-222-1234",
            ],
            birthday: Some("2012-06-06"),
            note: Some((LICENCE_START, "SUCH DAMAGE.\nFavotire Color: Blue")),
            city: Some("New York"),
            links: &["http://www.ibm.com"],
            ..Default::default()
        }],
    );
}

#[test]
fn outlook_2_1() {
    check_file(
        "John_Doe_MS_OUTLOOK.vcf",
        &[Want {
            line: 1,
            full: Some("Mr. John Richter James Doe Sr."),
            given: Some("John"),
            family: Some("Doe"),
            company: Some("IBM"),
            department: Some("Accounting"),
            role: Some("Money Counter"),
            emails: &["john.doe@ibm.cm"],
            phones: &["(905) 555-1234", "(905) 666-1234"],
            birthday: Some("1980-03-22"),
            note: Some(("THIS SOFTWARE IS PROVIDED BY GEORGE EL-HADDAD ''AS IS''", LICENCE_END)),
            city: Some("Albaney"),
            links: &["http://www.ibm.com"],
            ..Default::default()
        }],
    );
}

#[test]
fn fullcontact_v4_with_repeated_properties() {
    check_file(
        "fullcontact.vcf",
        &[Want {
            line: 1,
            full: Some("Prefix FirstName MiddleName LastName Suffix"),
            given: Some("FirstName"),
            family: Some("LastName"),
            company: Some("Organization1"),
            department: Some("Department1"),
            role: Some("Title1"),
            emails: &[
                "home@example.com",
                "work@example.com",
                "school@example.com",
                "other@example.com",
                "custom@example.com",
            ],
            phones: &[
                "555-555-1111",
                "555-555-1112",
                "555-555-1113",
                "555-555-1114",
                "555-555-1115",
                "555-555-1116",
                "555-555-1117",
                "555-555-1118",
                "555-555-1119",
            ],
            birthday: Some("2016-08-01"),
            note: Some(("Notes line 1\nNotes line 2", "Notes line 2")),
            city: Some("HomeCity"),
            tags: &["Tag"],
            links: &["http://www.homepage.com", "http://www.blog.com", "http://www.other.com", "http://www.custom.com"],
        }],
    );
}

#[test]
fn gmail_list_of_three() {
    let person = |line, full, given, family, email| Want {
        line,
        full: Some(full),
        given: Some(given),
        family: Some(family),
        emails: email,
        ..Default::default()
    };
    check_file(
        "gmail-list.vcf",
        &[
            person(1, "Arnold Smith", "Arnold", "Smith", &["asmithk@gmail.com"]),
            person(7, "Chris Beatle", "Chris", "Beatle", &["chrisy55d@yahoo.com"]),
            person(13, "Doug White", "Doug", "White", &["dwhite@gmail.com"]),
        ],
    );
}

#[test]
fn gmail_single() {
    check_file(
        "gmail-single.vcf",
        &[Want {
            line: 1,
            full: Some("Greg Dartmouth"),
            given: Some("Greg"),
            family: Some("Dartmouth"),
            company: Some("TheCompany"),
            role: Some("TheJobTitle"),
            emails: &["gdartmouth@hotmail.com"],
            phones: &["555 555 1111", "555 555 2222"],
            birthday: Some("1960-09-10"),
            note: Some(("This is GMail's note field.\nIt should be added", "ACustomField: CustomField")),
            city: Some("Custom City"),
            links: &["http://TheProfile.com"],
            ..Default::default()
        }],
    );
}

#[test]
fn gmail_single2_many_of_everything() {
    check_file(
        "gmail-single2.vcf",
        &[Want {
            line: 1,
            full: Some("VCard Test"),
            given: Some("VCard"),
            family: Some("Test"),
            company: Some("TheCompany"),
            role: Some("TheJobTitle"),
            emails: &[
                "email@example.com",
                "homeemail@example.com",
                "workemail@example.com",
                "otheremail@example.com",
                "customcategory@example.com",
            ],
            phones: &[
                "5555551111",
                "5555551112",
                "5555551113",
                "5555551114",
                "5555551115",
                "5555551116",
                "5555551117",
                "5555551118",
                "5555551119",
                "5555551120",
                "5555551121",
            ],
            birthday: Some("1912-06-23"),
            note: Some(("note line 1\nnote line 2\nCustomField: field value", "field value")),
            city: Some("NY"),
            links: &[
                "http://www.example1.com",
                "http://www.example2.com",
                "http://www.example3.com",
                "http://www.example4.com",
                "http://www.example5.com",
                "http://www.example6.com",
            ],
            ..Default::default()
        }],
    );
}

#[test]
fn issue114_escaped_comma_and_label_parameter() {
    check_file(
        "issue114.vcf",
        &[Want {
            line: 1,
            full: Some("Dummy, Dummy"),
            given: Some("Dummy"),
            family: Some("Dummy"),
            company: Some("Dummy GmbH"),
            emails: &["dummy.dummy@dummy.com"],
            phones: &["+49 1234 56789", "+49 9876 54321"],
            city: Some("Bad Homburg"),
            ..Default::default()
        }],
    );
}

#[test]
fn outlook_2003_quoted_printable_note() {
    check_file(
        "outlook-2003.vcf",
        &[Want {
            line: 1,
            full: Some("John Doe III"),
            given: Some("John"),
            family: Some("Doe"),
            company: Some("Company, The"),
            department: Some("TheDepartment"),
            role: Some("The Job Title"),
            emails: &["jdoe@hotmail.com"],
            phones: &["BusinessPhone", "HomePhone", "MobilePhone", "BusinessFaxPhone"],
            birthday: Some("1980-03-21"),
            note: Some(("This is the note field!!\nSecond line\n\nThird line is empty", "Third line is empty")),
            city: Some("Austin"),
            links: &["http://web-page-address.com"],
            ..Default::default()
        }],
    );
}

#[test]
fn outlook_2007() {
    check_file(
        "outlook-2007.vcf",
        &[Want {
            line: 1,
            full: Some("Mr. Michael Angstadt Jr."),
            given: Some("Michael"),
            family: Some("Angstadt"),
            company: Some("TheCompany"),
            department: Some("TheDepartment"),
            role: Some("TheJobTitle"),
            emails: &["mike.angstadt@gmail.com"],
            phones: &["(111) 555-1111", "(111) 555-2222", "(111) 555-4444", "(111) 555-3333"],
            birthday: Some("1922-03-10"),
            note: Some(("This is the NOTE field\t\nI assume it encodes", "It does not preserve the formatting")),
            city: Some("New York"),
            links: &["http://mikeangstadt.name"],
            ..Default::default()
        }],
    );
}

#[test]
fn rfc2426_examples() {
    check_file(
        "rfc2426-example.vcf",
        &[
            Want {
                line: 1,
                full: Some("Frank Dawson"),
                company: Some("Lotus Development Corporation"),
                emails: &["Frank_Dawson@Lotus.com", "fdawson@earthlink.net"],
                phones: &["+1-919-676-9515", "+1-919-676-9564"],
                city: Some("Raleigh"),
                links: &["http://home.earthlink.net/~fdawson"],
                ..Default::default()
            },
            Want {
                line: 13,
                full: Some("Tim Howes"),
                company: Some("Netscape Communications Corp."),
                emails: &["howes@netscape.com"],
                phones: &["+1-415-937-3419", "+1-415-528-4164"],
                city: Some("Mountain View"),
                ..Default::default()
            },
        ],
    );
}

#[test]
fn rfc6350_example_year_less_birthday_and_tel_uris() {
    check_file(
        "rfc6350-example.vcf",
        &[Want {
            line: 1,
            full: Some("Simon Perreault"),
            given: Some("Simon"),
            family: Some("Perreault"),
            company: Some("Viagenie"),
            emails: &["simon.perreault@viagenie.ca"],
            phones: &["tel:+1-418-656-9254;ext=102", "tel:+1-418-262-6501"],
            birthday: Some("--02-03"),
            city: Some("Quebec"),
            links: &["http://nomis80.org"],
            ..Default::default()
        }],
    );
    let person = load("rfc6350-example.vcf")[0].to_person_data();
    assert_eq!(person.phones, ["+14186569254", "+14182626501"]);
}

#[test]
fn thunderbird_categories_and_escaped_semicolon() {
    check_file(
        "thunderbird-MoreFunctionsForAddressBook-extension.vcf",
        &[Want {
            line: 1,
            full: Some("John Doe"),
            given: Some("John"),
            family: Some("Doe"),
            company: Some("TheOrganization"),
            department: Some("TheDepartment"),
            role: Some("TheTitle"),
            emails: &[
                "doe.john@hotmail.com",
                "additional-email@company.com",
                "additional-email1@company.com",
                "additional-email2@company.com",
                "additional-email3@company.com",
            ],
            phones: &["555-555-1111", "555-555-2222", "555-555-5555", "555-555-3333", "555-555-4444"],
            birthday: Some("1970-09-21"),
            note: Some(("This is the notes field.\nSecond Line\n\nFourth Line\n", "field; even curse words.")),
            city: Some("New York"),
            tags: &["category1", "category2", "category3"],
            links: &["http://www.private-webpage.com", "http://www.work-webpage.com"],
        }],
    );
}

#[test]
fn every_sample_becomes_a_valid_person() {
    for entry in std::fs::read_dir(samples()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "vcf") {
            continue;
        }
        for contact in vcard::parse(&std::fs::read(&path).unwrap()).unwrap().contacts {
            let person = contact.to_person_data();
            if let Err(e) = person.clone().normalize() {
                panic!("{}: line {}: {e}: {person:?}", path.display(), contact.line);
            }
        }
    }
}
