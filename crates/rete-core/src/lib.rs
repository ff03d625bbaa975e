//! rete's domain: the data model of DESIGN.md and the pure rules over it.
//!
//! Nothing here touches SQL, HTTP or files, so the CLI, the web pages and
//! the calendar feed can share every rule and the tests need no database.

rete_i18n::catalog!();

pub mod activity;
pub mod agenda;
pub mod audit;
pub mod backup;
pub mod date;
pub mod draft;
pub mod grow;
pub mod identity;
pub mod ids;
pub mod intro;
pub mod numbers;
pub mod person;
pub mod quiz;
pub mod reason;
pub mod record;
pub mod seating;
pub mod strength;
pub mod summary;
pub mod text;
pub mod vocab;

pub use activity::*;
pub use backup::Backup;
pub use date::{parse_date, parse_date_for, BadDate, Birthday, DateError, DateOutOfRange, DateRule};
pub use ids::*;
pub use numbers::parse_amount;
pub use person::{InvalidField, Person, PersonData, LINKEDIN_CONNECTION};
pub use record::Record;
pub use vocab::*;
