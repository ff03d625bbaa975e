//! What every importer produces: one [`ImportedContact`] per record, with
//! the line where the record starts, and the rows it had to reject. The
//! contact keeps what the file said (raw phones, both name parts) so the
//! planner can match on it; [`ImportedContact::to_person_data`] turns it
//! into rete's own shape.

use crate::phone;
use chrono::NaiveDate;
use rete_core::person::email_form;
use rete_core::text;
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
    /// What friends call them (vCard `NICKNAME`).
    pub nickname: Option<String>,
    /// The locality of the first (or preferred) postal address.
    pub city: Option<String>,
    /// That whole address, in lines.
    pub address: Option<String>,
    /// The address as rete's own export wrote it (`X-RETE-ADDRESS`),
    /// which wins over the one rebuilt from `ADR`.
    #[serde(skip)]
    pub rete_address: Option<String>,
    /// Its country as written (`Italia`, `DE`, `United States`): national
    /// phone numbers of the card are read as dialled there.
    pub country: Option<String>,
    pub birthday: Option<Birthday>,
    pub note: Option<String>,
    /// What the data model has no field for (a second organisation, an
    /// anniversary, related people), each labelled with its vCard
    /// property (`ANNIVERSARY: 2010-06-12`): appended to the notes, so a
    /// re-import reads it back.
    pub extras: Vec<String>,
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
    /// Why, for front ends that say it in the user's language (JSON:
    /// `"kind": "field_count", "found": 3, "expected": 5`).
    #[serde(flatten)]
    pub kind: RejectKind,
    /// Why, in English.
    pub reason: String,
}

impl Rejected {
    pub fn new(line: usize, kind: RejectKind) -> Self {
        let reason = match &kind {
            RejectKind::NoIdentity => "no name, organisation, e-mail or phone".to_owned(),
            RejectKind::FieldCount { found, expected } => format!("{found} fields where the header has {expected}"),
            RejectKind::OutsideCard => "text outside any card".to_owned(),
            RejectKind::CutShort => "card cut short: no END:VCARD".to_owned(),
            RejectKind::Unreadable => "not a readable vCard".to_owned(),
            RejectKind::Invalid { error, .. } => error.to_string(),
        };
        Rejected { line, kind, reason }
    }
}

/// The kinds of [`Rejected`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RejectKind {
    /// Nothing to know the person by: no name, organisation, e-mail or phone.
    NoIdentity,
    /// A CSV row with more or fewer fields than the header.
    FieldCount { found: usize, expected: usize },
    /// Lines between two cards.
    OutsideCard,
    /// A card with no `END:VCARD` before the next card or the end.
    CutShort,
    /// A card the vCard reader cannot read at all.
    Unreadable,
    /// A value that breaks a rule of the data model (an e-mail that is not one).
    Invalid {
        field: &'static str,
        #[serde(skip)]
        error: Box<rete_core::InvalidField>,
    },
}

/// An optional field that could not be read: the record is kept without
/// it, and the user is told where and what.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    pub line: usize,
    /// What went wrong, for front ends that say it in the user's language.
    pub kind: WarningKind,
    /// The property or column, as the file names it (`BDAY`, `Connected On`).
    pub field: String,
    /// What the file held.
    pub value: String,
    /// Why it was not read, and what was done instead.
    pub message: String,
}

/// The kinds of [`Warning`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WarningKind {
    /// A date field that holds no date: left empty.
    NotADate,
    /// A value not valid in its declared or detected encoding: left out.
    NotDecoded,
    /// A card nested in another (2.1 `AGENT`): not imported, its parent is.
    NestedCard,
    /// Any other optional value rete cannot read: left out.
    NotRead,
}

/// Everything read from one file.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ParsedFile {
    pub contacts: Vec<ImportedContact>,
    pub rejected: Vec<Rejected>,
    pub warnings: Vec<Warning>,
    /// The encoding assumed for a file that declared none and was not
    /// UTF-8 (`windows-1252 (ISO-8859-1)`), for the report.
    pub encoding: Option<String>,
}

impl ImportedContact {
    /// The name to show: the address book's display name, else the name
    /// parts, else the organisation (a company's or an office's card),
    /// else the first e-mail or phone, so that a card holding only an
    /// address still becomes somebody the user can recognise.
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
            .or_else(|| non_empty(self.company.as_deref()))
            .or_else(|| self.emails.iter().find_map(|e| non_empty(Some(e))))
            .or_else(|| self.phones.iter().find_map(|p| non_empty(Some(p))))
    }

    /// Whether the record names nobody: no name, organisation, e-mail or phone.
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
        self.into_person_data_counting(region).0
    }

    /// As [`Self::into_person_data_in`], also counting the national
    /// numbers read in `region` because the card itself gave no country
    /// (no address country, no other number with a `+` prefix).
    pub fn into_person_data_counting(mut self, default_region: &str) -> (PersonData, usize) {
        let own = phone::region_of(self.country.as_deref(), &self.phones);
        let region = own.as_deref().unwrap_or(default_region);
        let mut assumed = 0;
        let mut p = PersonData::named(text::clean_line(self.display_name().unwrap_or_default()));
        p.emails = self.emails.into_iter().map(email_form).filter(|e| is_email(e)).collect();
        p.phones = self
            .phones
            .iter()
            .filter_map(|raw| match phone::to_e164(raw, region) {
                Some(e164) => {
                    if own.is_none() && phone::is_national(raw) {
                        assumed += 1;
                    }
                    Some(e164)
                }
                None => plain_phone(raw),
            })
            .collect();
        for slot in [
            &mut self.company,
            &mut self.department,
            &mut self.role,
            &mut self.city,
            &mut self.met_at,
            &mut self.given_name,
            &mut self.family_name,
            &mut self.nickname,
        ] {
            *slot = slot.take().map(text::clean_line);
        }
        p.company = self.company;
        p.department = self.department;
        p.role = self.role;
        p.city = self.city;
        p.address = self.address.map(text::clean_block);
        p.birthday = self.birthday;
        p.notes = notes_with(self.note, &self.extras).map(text::clean_block);
        p.tags = self.tags.into_iter().map(text::clean_line).collect();
        p.links = self.links;
        p.met_on = self.met_on;
        p.met_at = self.met_at;
        // Parts that the display name splits into anyway add nothing, and
        // keep a person exported and imported again the same.
        let derived = crate::vcard_out::split_name(&p.name);
        let same = |part: &Option<String>, d: &str| part.as_deref().unwrap_or("") == d;
        if !(same(&self.given_name, derived.0) && same(&self.family_name, derived.1)) {
            p.given_name = self.given_name;
            p.family_name = self.family_name;
        }
        p.nickname = self.nickname;
        p.tier = self.tier.unwrap_or(Tier::Network);
        (p, assumed)
    }
}

/// The notes, and after them the extras they do not hold yet (a re-import
/// of rete's own export already has them in its notes).
fn notes_with(note: Option<String>, extras: &[String]) -> Option<String> {
    let new: Vec<&str> = extras
        .iter()
        .map(String::as_str)
        .filter(|e| !note.as_deref().is_some_and(|n| n.lines().any(|l| l.trim() == *e)))
        .collect();
    match (note, new.is_empty()) {
        (note, true) => note,
        (None, false) => Some(new.join("\n")),
        (Some(n), false) => Some(format!("{n}\n\n{}", new.join("\n"))),
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
