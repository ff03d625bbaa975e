//! What every importer produces: one [`ImportedContact`] per record, with
//! the line where the record starts, and the rows it had to reject. The
//! contact keeps what the file said (raw phones, both name parts) so the
//! planner can match on it; [`ImportedContact::to_person_data`] turns it
//! into rete's own shape.

use crate::phone;
use chrono::NaiveDate;
use rete_core::person::email_form;
use rete_core::{Birthday, PersonData, Tier};
use serde::Serialize;

/// One contact as read from a file.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ImportedContact {
    /// 1-based line of the file where the record starts, for messages.
    pub line: usize,
    pub given_name: Option<String>,
    pub family_name: Option<String>,
    /// The display name the address book showed (vCard FN, Google "Name").
    pub full_name: Option<String>,
    pub emails: Vec<String>,
    /// As written in the file; normalised to E.164 by `to_person_data`.
    pub phones: Vec<String>,
    pub company: Option<String>,
    pub department: Option<String>,
    /// Job title.
    pub role: Option<String>,
    /// The locality of the first (or preferred) postal address.
    pub city: Option<String>,
    pub birthday: Option<Birthday>,
    pub note: Option<String>,
    pub tags: Vec<String>,
    /// Web pages and social profiles, the LinkedIn profile among them.
    pub links: Vec<String>,
    /// When the connection was made (LinkedIn's "Connected On").
    pub met_on: Option<NaiveDate>,
    /// Where: "LinkedIn" for LinkedIn connections, or what a rete export
    /// recorded.
    pub met_at: Option<String>,
    /// Only rete's own vCard export carries a tier; others get `network`.
    pub tier: Option<Tier>,
}

/// A record that could not be imported, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rejected {
    pub line: usize,
    pub reason: String,
}

/// Everything read from one file.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ParsedFile {
    pub contacts: Vec<ImportedContact>,
    pub rejected: Vec<Rejected>,
}

impl ImportedContact {
    /// The name to show: the address book's display name, else the name
    /// parts, else the first e-mail or phone, so that a card holding only
    /// an address still becomes somebody the user can recognise.
    pub fn display_name(&self) -> Option<String> {
        let joined = [&self.given_name, &self.family_name]
            .into_iter()
            .flatten()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        non_empty(self.full_name.as_deref())
            .or_else(|| non_empty(Some(&joined)))
            .or_else(|| self.emails.iter().find_map(|e| non_empty(Some(e))))
            .or_else(|| self.phones.iter().find_map(|p| non_empty(Some(p))))
    }

    /// Whether the record names nobody: no name, e-mail or phone.
    pub fn is_empty(&self) -> bool {
        self.display_name().is_none()
    }

    /// The person to create, with phones in E.164 for the default region
    /// ([`phone::DEFAULT_REGION`]).
    pub fn to_person_data(&self) -> PersonData {
        self.to_person_data_in(phone::DEFAULT_REGION)
    }

    /// As [`Self::to_person_data`], reading national phone numbers as
    /// dialled in `region`. Values the data model would refuse (an e-mail
    /// field holding a name, Outlook's "BusinessPhone" placeholder) are
    /// left out rather than failing the whole contact.
    pub fn to_person_data_in(&self, region: &str) -> PersonData {
        self.clone().into_person_data_in(region)
    }

    /// As [`Self::to_person_data_in`], moving the texts instead of
    /// copying them (the import planner's path).
    pub fn into_person_data_in(self, region: &str) -> PersonData {
        let mut p = PersonData::named(self.display_name().unwrap_or_default());
        p.emails = self.emails.into_iter().map(email_form).filter(|e| is_email(e)).collect();
        p.phones =
            self.phones.iter().filter_map(|raw| phone::to_e164(raw, region).or_else(|| plain_phone(raw))).collect();
        p.company = self.company;
        p.department = self.department;
        p.role = self.role;
        p.city = self.city;
        p.birthday = self.birthday;
        p.notes = self.note;
        p.tags = self.tags;
        p.links = self.links;
        p.met_on = self.met_on;
        p.met_at = self.met_at;
        p.tier = self.tier.unwrap_or(Tier::Network);
        p
    }
}

/// The same rule as `PersonData::normalize`, applied early so a bad
/// address drops out instead of failing the contact.
pub(crate) fn is_email(email: &str) -> bool {
    email
        .split_once('@')
        .is_some_and(|(user, host)| !user.is_empty() && host.contains('.') && !email.contains(char::is_whitespace))
}

/// A number no library validates but the data model accepts (a fictional
/// `555-555-1111`, an extension), kept as typed.
fn plain_phone(raw: &str) -> Option<String> {
    let p = raw.trim().trim_start_matches("tel:");
    let digits = p.chars().filter(char::is_ascii_digit).count();
    let allowed = p.chars().all(|c| c.is_ascii_digit() || " +-().".contains(c));
    (digits >= 3 && allowed).then(|| p.to_string())
}

/// Trimmed text, or `None` when nothing is left.
pub(crate) fn non_empty(s: Option<&str>) -> Option<String> {
    s.map(str::trim).filter(|s| !s.is_empty()).map(str::to_string)
}

/// Appends `value` to `list` unless it is blank or already there.
pub(crate) fn push_unique(list: &mut Vec<String>, value: &str) {
    let v = value.trim();
    if !v.is_empty() && !list.iter().any(|x| x == v) {
        list.push(v.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn person_data_normalises_phones_and_drops_junk() {
        let c = ImportedContact {
            line: 3,
            given_name: Some("Giulia".into()),
            family_name: Some("Conti".into()),
            emails: vec!["Giulia@Example.IT".into(), "ÑÑÑ".into()],
            phones: vec!["333 123 4567".into(), "BusinessPhone".into(), "+1 555-555-1111".into()],
            met_at: Some("LinkedIn".into()),
            ..Default::default()
        };
        let p = c.to_person_data();
        assert_eq!(p.name, "Giulia Conti");
        assert_eq!(p.emails, vec!["giulia@example.it"]);
        assert_eq!(p.phones, vec!["+393331234567", "+1 555-555-1111"]);
        assert_eq!(p.met_at.as_deref(), Some("LinkedIn"));
        assert_eq!(p.tier, Tier::Network);
        assert!(p.normalize().is_ok());
    }

    #[test]
    fn display_name_falls_back_to_address() {
        let c = ImportedContact { emails: vec!["john.doe@company.com".into()], ..Default::default() };
        assert_eq!(c.display_name().as_deref(), Some("john.doe@company.com"));
        assert!(ImportedContact::default().is_empty());
        let full = ImportedContact {
            full_name: Some(" Dummy, Dummy ".into()),
            given_name: Some("X".into()),
            ..Default::default()
        };
        assert_eq!(full.display_name().as_deref(), Some("Dummy, Dummy"));
    }
}
