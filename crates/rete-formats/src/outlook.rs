//! Outlook's contacts CSV ("Export to a file > Comma Separated Values",
//! and Outlook.com's "Export contacts"). Its header is translated with
//! Outlook itself: an Italian Outlook writes `Nome, Cognome, Indirizzo
//! posta elettronica, Società, Posizione` where an English one writes
//! `First Name, Last Name, E-mail Address, Company, Job Title`. Columns
//! are looked up by any of their names, so both read alike; birthdays
//! are slashed in the order of the language (`3/22/1980`, `22/03/1980`),
//! `0/0/00` meaning none, and categories are separated by `;`.

use crate::birthday;
use crate::contact::{non_empty, push_unique, ImportedContact, ParsedFile, RejectKind, Rejected, Warning, WarningKind};
use crate::csv_in::{self, Table};
use crate::dates::SlashOrder;
use crate::error::FormatError;
use csv::StringRecord;

const FORMAT: &str = crate::error::format::OUTLOOK;

/// The headers that make a file an Outlook export, English first (the
/// error message lists its columns).
pub(crate) const HEADERS: &[&[&str]] =
    &[&["First Name", "Last Name", "E-mail Address"], &["Nome", "Cognome", "Indirizzo posta elettronica"]];

/// Each field rete reads and its column names, English then Italian.
const GIVEN: &[&str] = &["First Name", "Nome"];
const MIDDLE: &[&str] = &["Middle Name", "Secondo nome"];
const FAMILY: &[&str] = &["Last Name", "Cognome"];
const NICKNAME: &[&str] = &["Nickname", "Soprannome"];
const COMPANY: &[&str] = &["Company", "Società", "Societa"];
const DEPARTMENT: &[&str] = &["Department", "Reparto"];
const TITLE: &[&str] = &["Job Title", "Posizione"];
const BIRTHDAY: &[&str] = &["Birthday", "Compleanno"];
const NOTES: &[&str] = &["Notes", "Note"];
const CATEGORIES: &[&str] = &["Categories", "Categorie"];
const EMAILS: &[&str] = &[
    "E-mail Address",
    "E-mail 2 Address",
    "E-mail 3 Address",
    "Indirizzo posta elettronica",
    "Indirizzo posta elettronica 2",
    "Indirizzo posta elettronica 3",
];
const PHONES: &[&str] = &[
    "Mobile Phone",
    "Business Phone",
    "Business Phone 2",
    "Home Phone",
    "Home Phone 2",
    "Primary Phone",
    "Other Phone",
    "Company Main Phone",
    "Car Phone",
    "Cellulare",
    "Telefono ufficio",
    "Telefono ufficio 2",
    "Abitazione",
    "Abitazione 2",
    "Telefono principale",
    "Altro telefono",
    "Telefono principale società",
    "Telefono auto",
];
const WEB: &[&str] = &["Web Page", "Personal Web Page", "Pagina Web", "Pagina Web personale"];
/// Business address first: rete is for professional networks.
const STREETS: &[&str] = &["Business Street", "Home Street", "Via (uff.)", "Via (ab.)"];
const CITIES: &[&str] = &["Business City", "Home City", "Città (uff.)", "Città (ab.)"];
const POSTCODES: &[&str] = &["Business Postal Code", "Home Postal Code", "CAP (uff.)", "CAP (ab.)"];
const STATES: &[&str] = &["Business State", "Home State", "Provincia (uff.)", "Provincia (ab.)"];
const COUNTRIES: &[&str] = &[
    "Business Country/Region",
    "Home Country/Region",
    "Paese/area geografica (uff.)",
    "Paese/area geografica (ab.)",
    "Paese (uff.)",
    "Paese (ab.)",
];

/// Reads an Outlook contacts export, English or Italian.
pub fn parse(bytes: &[u8]) -> Result<ParsedFile, FormatError> {
    let table = csv_in::read(FORMAT, bytes, HEADERS)?;
    let cols = Columns::find(&table);
    let default = if cols.italian { SlashOrder::DayFirst } else { SlashOrder::MonthFirst };
    let order = SlashOrder::of(table.rows.iter().filter_map(|r| cols.birthday.and_then(|i| r.fields.get(i))), default);
    let mut out = ParsedFile { encoding: table.encoding.clone(), ..Default::default() };
    for row in &table.rows {
        let contact = cols.contact(&row.fields, row.line, order, &mut out.warnings);
        if contact.is_empty() {
            out.rejected.push(Rejected::new(row.line, RejectKind::NoIdentity));
        } else {
            out.contacts.push(contact);
        }
    }
    out.rejected.extend(table.rejected);
    out.rejected.sort_by_key(|r| r.line);
    Ok(out)
}

/// Where each field lives in this file's header.
struct Columns {
    italian: bool,
    given: Option<usize>,
    middle: Option<usize>,
    family: Option<usize>,
    nickname: Option<usize>,
    company: Option<usize>,
    department: Option<usize>,
    title: Option<usize>,
    birthday: Option<usize>,
    notes: Option<usize>,
    categories: Option<usize>,
    emails: Vec<usize>,
    phones: Vec<usize>,
    web: Vec<usize>,
    /// One (street, city, postcode, state, country) per address kind.
    addresses: Vec<[Option<usize>; 5]>,
}

impl Columns {
    fn find(table: &Table) -> Self {
        let one = |names: &[&str]| names.iter().find_map(|n| table.header.column(n));
        // In the file's column order, as Outlook shows them.
        let all = |names: &[&str]| {
            let mut found = names.iter().filter_map(|n| table.header.column(n)).collect::<Vec<_>>();
            found.sort_unstable();
            found
        };
        let at = |names: &[&str], i: usize| names.get(i).and_then(|n| table.header.column(n));
        let addresses = (0..4)
            .map(|i| [at(STREETS, i), at(CITIES, i), at(POSTCODES, i), at(STATES, i), at(COUNTRIES, i)])
            .filter(|a| a.iter().any(Option::is_some))
            .collect();
        Columns {
            italian: table.header.column("Cognome").is_some(),
            given: one(GIVEN),
            middle: one(MIDDLE),
            family: one(FAMILY),
            nickname: one(NICKNAME),
            company: one(COMPANY),
            department: one(DEPARTMENT),
            title: one(TITLE),
            birthday: one(BIRTHDAY),
            notes: one(NOTES),
            categories: one(CATEGORIES),
            emails: all(EMAILS),
            phones: all(PHONES),
            web: all(WEB),
            addresses,
        }
    }

    fn contact(
        &self,
        fields: &StringRecord,
        line: usize,
        order: SlashOrder,
        warnings: &mut Vec<Warning>,
    ) -> ImportedContact {
        let get = |i: Option<usize>| non_empty(i.and_then(|i| fields.get(i)));
        let given = match (get(self.given), get(self.middle)) {
            (Some(g), Some(m)) => Some(format!("{g} {m}")),
            (g, _) => g,
        };
        let mut c = ImportedContact {
            line,
            given_name: given,
            family_name: get(self.family),
            nickname: get(self.nickname),
            company: get(self.company),
            department: get(self.department),
            role: get(self.title),
            note: get(self.notes),
            ..Default::default()
        };
        for &i in &self.emails {
            push_unique(&mut c.emails, fields.get(i).unwrap_or(""));
        }
        for &i in &self.phones {
            push_unique(&mut c.phones, fields.get(i).unwrap_or(""));
        }
        for &i in &self.web {
            push_unique(&mut c.links, fields.get(i).unwrap_or(""));
        }
        if let Some(text) = get(self.categories) {
            for tag in text.split(';') {
                push_unique(&mut c.tags, tag);
            }
        }
        if let Some([street, city, postcode, state, country]) =
            self.addresses.iter().find(|a| a.iter().any(|&i| get(i).is_some()))
        {
            c.city = get(*city);
            c.country = get(*country);
            let town = [get(*postcode), get(*city), get(*state)].into_iter().flatten().collect::<Vec<_>>().join(" ");
            let lines = [get(*street), non_empty(Some(&town)), get(*country)];
            c.address = non_empty(Some(&lines.into_iter().flatten().collect::<Vec<_>>().join("\n")));
        }
        if let Some(text) = get(self.birthday) {
            match birthday::parse_csv(&text, order) {
                Ok(b) => c.birthday = b,
                Err(birthday::NotADate) => warnings.push(Warning {
                    line,
                    kind: WarningKind::NotADate,
                    field: self
                        .birthday
                        .and_then(|_| BIRTHDAY.get(usize::from(self.italian)))
                        .unwrap_or(&"Birthday")
                        .to_string(),
                    value: text,
                    message: "not a date; the birthday is left empty".into(),
                }),
            }
        }
        c
    }
}
