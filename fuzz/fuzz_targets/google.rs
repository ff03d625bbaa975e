//! Any bytes given to the Google Contacts importer must yield contacts,
//! rejected rows or an error, never a panic, and the planner must take
//! the result.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rete_formats::{google, plan_import};

fuzz_target!(|data: &[u8]| {
    if let Ok(parsed) = google::parse(data) {
        let _ = plan_import(&[], parsed.contacts);
    }
});
