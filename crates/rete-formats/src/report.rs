//! What an import did or would do, for the terminal and for `--json`.
//! Rejected rows carry their line and reason so the user can fix the
//! file; the file name is set by the caller, who knows it.

use crate::contact::{Rejected, Warning};
use rete_core::PersonId;
use serde::Serialize;
use std::fmt;

/// A record kept apart from another although they share an e-mail or a
/// phone, because their names disagree: the user decides, with
/// `rete person merge`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PossibleDuplicate {
    /// The record's line.
    pub line: usize,
    /// The other record's line, when it comes from the same file.
    pub other_line: Option<usize>,
    /// The other person, when already known.
    pub other_person: Option<PersonId>,
    pub other_name: String,
    /// `email` or `phone`.
    pub shared: String,
    pub value: String,
}

/// Counts of an import plan and the rows it rejected.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct ImportReport {
    /// The file the rows come from (`-` for standard input).
    pub file: Option<String>,
    pub created: usize,
    pub merged: usize,
    pub unchanged: usize,
    /// Records folded into another record of the same file.
    pub duplicates_in_file: usize,
    pub rejected: Vec<Rejected>,
    /// Optional fields that did not read: the record is kept without them.
    pub warnings: Vec<Warning>,
    pub possible_duplicates: Vec<PossibleDuplicate>,
    /// National phone numbers read in the default region (`--region`)
    /// because their card gave no country.
    pub phones_region_assumed: usize,
    /// The encoding assumed for a file that declared none and was not UTF-8.
    pub encoding: Option<String>,
}

impl ImportReport {
    /// Names the file in every rejected row.
    pub fn with_file(mut self, file: impl Into<String>) -> Self {
        self.file = Some(file.into());
        self
    }
}

impl fmt::Display for ImportReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "created {}, merged {}, unchanged {}, rejected {}",
            self.created,
            self.merged,
            self.unchanged,
            self.rejected.len()
        )?;
        if self.duplicates_in_file > 0 {
            write!(f, " ({} duplicate records in the file)", self.duplicates_in_file)?;
        }
        let file = self.file.as_deref().unwrap_or("line");
        if let Some(encoding) = &self.encoding {
            write!(f, "\n  read as {encoding}: the file declared no encoding and is not UTF-8")?;
        }
        for r in &self.rejected {
            write!(f, "\n  {file}:{}: {}", r.line, r.reason)?;
        }
        for w in &self.warnings {
            write!(f, "\n  {file}:{}: warning: {}: '{}': {}", w.line, w.field, w.value, w.message)?;
        }
        for d in &self.possible_duplicates {
            let other = match (d.other_person, d.other_line) {
                (Some(id), _) => format!("person {id}"),
                (None, Some(line)) => format!("line {line}"),
                (None, None) => "another record".to_string(),
            };
            write!(
                f,
                "\n  {file}:{}: possible duplicate of {} ({other}): same {} {}, different names",
                d.line, d.other_name, d.shared, d.value
            )?;
        }
        if self.phones_region_assumed > 0 {
            write!(
                f,
                "\n  {} phone numbers without a country code read in the default region",
                self.phones_region_assumed
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_and_text_name_file_line_and_reason() {
        let report = ImportReport {
            created: 2,
            rejected: vec![Rejected::new(7, crate::RejectKind::NoIdentity)],
            ..Default::default()
        }
        .with_file("contacts.vcf");
        let json = serde_json::to_value(&report).unwrap();
        assert_eq!(json["created"], 2);
        assert_eq!(json["file"], "contacts.vcf");
        assert_eq!(json["rejected"][0]["line"], 7);
        assert_eq!(
            report.to_string(),
            "created 2, merged 0, unchanged 0, rejected 1\n  contacts.vcf:7: no name, organisation, e-mail or phone"
        );
    }
}
