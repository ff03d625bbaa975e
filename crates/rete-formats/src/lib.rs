//! Contacts in and out of rete: LinkedIn and Google Contacts CSV and vCard
//! imports, vCard, CSV and GraphML exports, and the pure planner that
//! decides, for each imported record, whether it creates, merges into or
//! leaves unchanged a person already known.
//!
//! Nothing here touches the database: the CLI parses a file with one of
//! the `parse` functions ([`linkedin::parse`], [`vcard::parse`],
//! [`google::parse`]), plans with [`dedup::plan_file`] against the people
//! it has, shows the plan's [`report::ImportReport`], and applies the
//! plan in one transaction.

pub mod birthday;
pub mod contact;
mod csv_in;
pub mod csv_out;
mod decode;
pub mod dedup;
pub mod error;
pub mod google;
pub mod graphml;
pub mod ical;
pub mod linkedin;
pub mod links;
pub mod phone;
pub mod report;
pub mod vcard_in;
pub mod vcard_out;

pub use contact::{ImportedContact, ParsedFile, Rejected};
pub use dedup::{plan_file, plan_import, plan_stream, ImportPlan, PlanEntry};
pub use error::FormatError;
pub use report::ImportReport;

/// vCard in both directions under one name: `vcard::parse`, `vcard::write`.
pub mod vcard {
    pub use crate::vcard_in::parse;
    pub use crate::vcard_out::{write, VCardVersion};
}
