//! The storage boundary of rete: the `Store` trait, its errors, the pieces
//! of SQL logic both sqlx backends share, and the conformance suite that
//! every backend runs case for case.

pub mod conformance;
pub mod error;
pub mod merge;
pub mod sql_shared;
pub mod store;

pub use error::{Result, StoreError};
pub use store::{SearchHit, Store};
