//! CSV export: one person a line under a header row, for spreadsheets and
//! mail-merge tools. Lists (e-mails, phones, tags, links) are joined with
//! `; ` so each person stays on one row.

use rete_core::Person;
use std::io::{self, Write};

/// The columns, in order; names match the `--json` field names.
pub const HEADER: [&str; 17] = [
    "name",
    "emails",
    "phones",
    "company",
    "role",
    "department",
    "city",
    "sector",
    "tier",
    "tags",
    "birthday",
    "met_on",
    "met_at",
    "links",
    "notes",
    "status",
    "id",
];

/// Writes the header and one row per person.
pub fn write<W: Write>(people: &[Person], w: &mut W) -> io::Result<()> {
    let mut out = csv::Writer::from_writer(w);
    out.write_record(HEADER)?;
    for p in people {
        let opt = |s: &Option<String>| s.clone().unwrap_or_default();
        out.write_record([
            p.name.clone(),
            p.emails.join("; "),
            p.phones.join("; "),
            opt(&p.company),
            opt(&p.role),
            opt(&p.department),
            opt(&p.city),
            opt(&p.sector),
            p.tier.to_string(),
            p.tags.join("; "),
            p.birthday.map(|b| b.to_string()).unwrap_or_default(),
            p.met_on.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default(),
            opt(&p.met_at),
            p.links.join("; "),
            opt(&p.notes),
            p.status.to_string(),
            p.id.to_string(),
        ])?;
    }
    out.flush()
}
