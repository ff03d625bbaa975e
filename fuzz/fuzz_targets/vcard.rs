//! Any bytes given to the vCard importer must yield contacts, rejected
//! rows or an error, never a panic; whatever it accepts must survive
//! planning, export and re-import.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rete_formats::{plan_import, vcard, PlanEntry};

fuzz_target!(|data: &[u8]| {
    let Ok(parsed) = vcard::parse(data) else { return };
    let plan = plan_import(&[], parsed.contacts);
    let people: Vec<rete_core::Person> = plan
        .entries
        .into_iter()
        .enumerate()
        .filter_map(|(i, e)| match e {
            PlanEntry::Create { person, .. } => Some(rete_core::Person { id: rete_core::PersonId(i as i64), data: person }),
            _ => None,
        })
        .collect();
    let mut out = Vec::new();
    if vcard::write(&people, vcard::VCardVersion::V3, &mut out).is_ok() {
        let _ = vcard::parse(&out);
    }
});
