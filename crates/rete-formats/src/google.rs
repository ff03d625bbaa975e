//! Google Contacts CSV exports, in both generations of header: the old
//! "Google CSV" (`Name,Given Name,Additional Name,...`, UTF-16 with a BOM)
//! and today's (`First Name,Middle Name,Last Name,...`). Columns are read
//! by name: the number of `E-mail N`, `Phone N`, `Address N` and
//! `Website N` groups depends on the busiest contact. Cells with several
//! values separate them with ` ::: `.

use crate::birthday;
use crate::contact::{non_empty, push_unique, ImportedContact, ParsedFile, RejectKind, Rejected, Warning, WarningKind};
use crate::csv_in::{self, split_multi, Table};
use crate::dates::SlashOrder;
use crate::error::FormatError;
use csv::StringRecord;

/// Headers that make a file a Google export, today's first (the error
/// message lists its columns). Older exports and files re-saved by a
/// spreadsheet lack `Labels` or `Group Membership`: the name columns with
/// Google's numbered `E-mail 1 - Value` or `Phone 1 - Value` still say it.
pub(crate) const HEADERS: &[&[&str]] = &[
    &["First Name", "Last Name", "Labels"],
    &["Name", "Given Name", "Family Name", "Group Membership"],
    &["First Name", "Last Name", "E-mail 1 - Value"],
    &["First Name", "Last Name", "Phone 1 - Value"],
    &["Given Name", "Family Name", "E-mail 1 - Value"],
    &["Given Name", "Family Name", "Phone 1 - Value"],
];

/// Reads a Google Contacts export.
pub fn parse(bytes: &[u8]) -> Result<ParsedFile, FormatError> {
    let table = csv_in::read(crate::error::format::GOOGLE, bytes, HEADERS)?;
    let cols = Columns::find(&table);
    // Spreadsheets rewrite ISO birthdays in the machine's order.
    let order = SlashOrder::of(
        table.rows.iter().filter_map(|r| cols.birthday.and_then(|i| r.fields.get(i))),
        SlashOrder::MonthFirst,
    );
    let mut out = ParsedFile {
        contacts: Vec::with_capacity(table.rows.len()),
        encoding: table.encoding.clone(),
        ..Default::default()
    };
    for row in &table.rows {
        let contact = cols.contact(&row.fields, row.line, order, &mut out.warnings);
        if contact.is_empty() {
            out.rejected.push(Rejected::new(row.line, RejectKind::NoIdentity))
        } else {
            out.contacts.push(contact);
        }
    }
    out.rejected.extend(table.rejected);
    out.rejected.sort_by_key(|r| r.line);
    Ok(out)
}

/// A Google label or vCard category as a rete tag: Google's own
/// `* myContacts` (and Android's "My Contacts") is every contact, not a
/// tag; other system groups lose their `* ` (`* starred` is `starred`).
pub fn clean_label(label: &str) -> Option<String> {
    let label = label.trim();
    let label = label.strip_prefix('*').unwrap_or(label).trim();
    let system = ["myContacts", "My Contacts"].iter().any(|s| s.eq_ignore_ascii_case(label));
    (!label.is_empty() && !system).then(|| label.to_string())
}

/// Where each field lives in this file's header.
struct Columns {
    full: Option<usize>,
    given: Option<usize>,
    middle: Option<usize>,
    family: Option<usize>,
    company: Vec<usize>,
    department: Vec<usize>,
    title: Vec<usize>,
    birthday: Option<usize>,
    notes: Option<usize>,
    labels: Vec<usize>,
    emails: Vec<usize>,
    phones: Vec<usize>,
    cities: Vec<usize>,
    addresses: Vec<usize>,
    countries: Vec<usize>,
    nickname: Option<usize>,
    websites: Vec<usize>,
}

impl Columns {
    fn find(table: &Table) -> Self {
        let col = |name: &str| table.header.column(name);
        // Numbered groups: "E-mail 2 - Value", "Organization 1 - Name".
        let numbered = |prefix: &str, suffix: &str| -> Vec<usize> {
            table
                .header
                .names()
                .iter()
                .enumerate()
                .filter(|(_, h)| {
                    h.strip_prefix(prefix)
                        .and_then(|rest| rest.strip_suffix(suffix))
                        .is_some_and(|n| n.trim().chars().all(|c| c.is_ascii_digit()) && !n.trim().is_empty())
                })
                .map(|(i, _)| i)
                .collect()
        };
        let with = |single: Option<usize>, mut many: Vec<usize>| {
            if let Some(i) = single {
                many.insert(0, i);
            }
            many
        };
        Columns {
            full: if col("First Name").is_some() { None } else { col("Name") },
            given: col("First Name").or_else(|| col("Given Name")),
            middle: col("Middle Name").or_else(|| col("Additional Name")),
            family: col("Last Name").or_else(|| col("Family Name")),
            company: with(col("Organization Name"), numbered("Organization ", " - Name")),
            department: with(col("Organization Department"), numbered("Organization ", " - Department")),
            title: with(col("Organization Title"), numbered("Organization ", " - Title")),
            birthday: col("Birthday"),
            notes: col("Notes"),
            labels: [col("Labels"), col("Group Membership")].into_iter().flatten().collect(),
            emails: numbered("E-mail ", " - Value"),
            phones: numbered("Phone ", " - Value"),
            cities: numbered("Address ", " - City"),
            addresses: numbered("Address ", " - Formatted"),
            countries: numbered("Address ", " - Country"),
            nickname: col("Nickname"),
            websites: numbered("Website ", " - Value"),
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
        let first_of = |cols: &[usize]| cols.iter().find_map(|&i| get(Some(i)));
        let all_of = |cols: &[usize], into: &mut Vec<String>| {
            for &i in cols {
                for value in split_multi(fields.get(i).unwrap_or("")) {
                    push_unique(into, value);
                }
            }
        };
        let given = match (get(self.given), get(self.middle)) {
            (Some(g), Some(m)) => Some(format!("{g} {m}")),
            (g, _) => g,
        };
        let mut c = ImportedContact {
            line,
            full_name: get(self.full),
            given_name: given,
            family_name: get(self.family),
            company: first_of(&self.company),
            department: first_of(&self.department),
            role: first_of(&self.title),
            nickname: get(self.nickname),
            city: first_of(&self.cities).and_then(|c| split_multi(&c).next().map(str::to_string)),
            address: first_of(&self.addresses).and_then(|c| split_multi(&c).next().map(str::to_string)),
            country: first_of(&self.countries).and_then(|c| split_multi(&c).next().map(str::to_string)),
            note: get(self.notes),
            ..Default::default()
        };
        all_of(&self.emails, &mut c.emails);
        all_of(&self.phones, &mut c.phones);
        all_of(&self.websites, &mut c.links);
        let mut labels = Vec::new();
        all_of(&self.labels, &mut labels);
        for label in labels {
            if let Some(tag) = clean_label(&label) {
                push_unique(&mut c.tags, &tag);
            }
        }
        if let Some(text) = get(self.birthday) {
            match birthday::parse_csv(&text, order) {
                Ok(b) => c.birthday = b,
                Err(birthday::NotADate) => warnings.push(Warning {
                    line,
                    kind: WarningKind::NotADate,
                    field: "Birthday".into(),
                    value: text,
                    message: "not a date; the birthday is left empty".into(),
                }),
            }
        }
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_become_tags() {
        assert_eq!(clean_label("* myContacts"), None);
        assert_eq!(clean_label("My Contacts"), None);
        assert_eq!(clean_label("* starred").as_deref(), Some("starred"));
        assert_eq!(clean_label(" Clienti ").as_deref(), Some("Clienti"));
        assert_eq!(clean_label("* "), None);
    }
}
