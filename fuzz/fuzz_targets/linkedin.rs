//! Any bytes given to the LinkedIn importer must yield contacts, rejected
//! rows or an error, never a panic, and the planner must take the result.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rete_formats::{linkedin, plan_import};

fuzz_target!(|data: &[u8]| {
    if let Ok(parsed) = linkedin::parse(data) {
        let _ = plan_import(&[], parsed.contacts);
    }
});
