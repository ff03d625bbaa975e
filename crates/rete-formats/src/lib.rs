//! Contacts in and out of rete: LinkedIn, Google Contacts and Outlook CSV
//! and vCard imports (with [`sniff::guess`] to tell them apart), vCard, CSV and GraphML exports, and the pure planner that
//! decides, for each imported record, whether it creates, merges into or
//! leaves unchanged a person already known.
//!
//! Nothing here touches the database: the CLI parses a file with one of
//! the `parse` functions ([`linkedin::parse`], [`vcard::parse`],
//! [`google::parse`], [`outlook::parse`]), plans with [`dedup::plan_file`] against the people
//! it has, shows the plan's [`report::ImportReport`], and applies the
//! plan in one transaction.

pub mod birthday;
pub mod bounded;
pub mod contact;
mod csv_in;
pub mod csv_out;
pub mod dates;
mod decode;
pub mod dedup;
pub mod error;
pub mod google;
pub mod graphml;
pub mod ical;
pub mod linkedin;
pub mod links;
pub mod outlook;
pub mod phone;
pub mod report;
pub mod sniff;
pub mod vcard_in;
mod vcard_lines;
pub mod vcard_out;

pub use contact::{ImportedContact, ParsedFile, RejectKind, Rejected, Warning, WarningKind};
pub use dedup::{plan_file, plan_import, plan_stream, ImportPlan, PlanEntry};
pub use error::{format, FormatError, NotFormat};
pub use report::ImportReport;

/// vCard in both directions under one name: `vcard::parse`, `vcard::write`.
pub mod vcard {
    pub use crate::vcard_in::parse;
    pub use crate::vcard_out::{write, VCardVersion};
}
