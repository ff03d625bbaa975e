//! What an import did or would do, for the terminal and for `--json`.
//! Rejected rows carry their line and reason so the user can fix the
//! file; the file name is set by the caller, who knows it.

use crate::contact::Rejected;
use serde::Serialize;
use std::fmt;

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
        for r in &self.rejected {
            write!(f, "\n  {file}:{}: {}", r.line, r.reason)?;
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
            rejected: vec![Rejected { line: 7, reason: "BDAY: '1980-13-45' is not a valid date".into() }],
            ..Default::default()
        }
        .with_file("contacts.vcf");
        let json = serde_json::to_value(&report).unwrap();
        assert_eq!(json["created"], 2);
        assert_eq!(json["file"], "contacts.vcf");
        assert_eq!(json["rejected"][0]["line"], 7);
        assert_eq!(
            report.to_string(),
            "created 2, merged 0, unchanged 0, rejected 1\n  contacts.vcf:7: BDAY: '1980-13-45' is not a valid date"
        );
    }
}
