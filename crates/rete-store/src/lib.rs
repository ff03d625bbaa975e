//! The storage boundary of rete: the `Store` trait, its errors, the pieces
//! of SQL logic both sqlx backends share, and the conformance suite that
//! every backend runs case for case.

pub mod accounts;
pub mod conformance;
pub mod error;
pub mod memberships;
pub mod sql_accounts;
pub mod sql_memberships;
pub mod sql_shared;
pub mod store;

pub use accounts::Accounts;
pub use error::{Result, StoreError};
pub use memberships::Memberships;
pub use store::{ChangeStamp, PersonRemoval, SearchHit, Store};

/// The columns of `people` a write sets, in the order every backend binds
/// them (the id and the search document aside): written once for the
/// shared insert, PostgreSQL's multi-row import and SQLite's bulk import.
pub const PERSON_WRITE_COLUMNS: &str = "account_id, name, name_folded, emails, phones, company, role, department, \
    city, sector, tier, cadence_days, tags, birthday, met_on, met_at, introduced_by, links, notes, status, \
    status_reason, given_name, family_name, nickname, address";
