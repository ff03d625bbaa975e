//! People: who you know and how you met them.

use crate::date::Birthday;
use crate::ids::PersonId;
use crate::record::Record;
use crate::vocab::{Status, Tier};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The `met_at` of a LinkedIn connection (what a LinkedIn import writes):
/// its `met_on` is the day you connected, not a meeting, and sentences
/// say so.
pub const LINKEDIN_CONNECTION: &str = "LinkedIn";

/// Everything rete keeps about one person. Field names are a contract:
/// scripts read them from `--json` output.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PersonData {
    pub name: String,
    #[serde(default)]
    pub emails: Vec<String>,
    #[serde(default)]
    pub phones: Vec<String>,
    pub company: Option<String>,
    pub role: Option<String>,
    pub department: Option<String>,
    pub city: Option<String>,
    pub sector: Option<String>,
    pub tier: Tier,
    /// Overrides the tier's keep-in-touch cadence for this person.
    pub cadence_days: Option<u32>,
    #[serde(default)]
    pub tags: Vec<String>,
    pub birthday: Option<Birthday>,
    pub met_on: Option<NaiveDate>,
    pub met_at: Option<String>,
    pub introduced_by: Option<PersonId>,
    /// URLs: the LinkedIn profile, a website.
    #[serde(default)]
    pub links: Vec<String>,
    pub notes: Option<String>,
    pub status: Status,
    /// Why the person was archived or red-flagged.
    pub status_reason: Option<String>,
    /// Given and family name as an address book or the user set them: a
    /// display name like `Mustermann, Heiko` or `Lee Min-ho` cannot be
    /// split back into its parts, and phones sort people by these.
    #[serde(default)]
    pub given_name: Option<String>,
    #[serde(default)]
    pub family_name: Option<String>,
    /// What friends call them (vCard `NICKNAME`).
    #[serde(default)]
    pub nickname: Option<String>,
    /// The full postal address, lines joined by line breaks; `city` stays
    /// the part agendas and filters read.
    #[serde(default)]
    pub address: Option<String>,
}

pub type Person = Record<PersonId, PersonData>;

/// A field that breaks a rule of the data model.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct InvalidField {
    pub field: &'static str,
    /// What is wrong, in English (logs, and callers that cannot say it in
    /// the reader's language).
    pub message: String,
    /// The message id and the value it names, for the rules a person meets
    /// every day (an empty name, an e-mail that is not one), so that front
    /// ends can say them in the reader's language: [`InvalidField::said`].
    pub text: Option<(&'static str, String)>,
}

impl InvalidField {
    pub fn new(field: &'static str, message: impl Into<String>) -> Self {
        InvalidField { field, message: message.into(), text: None }
    }

    /// A refusal worded by the message `key` of rete-core's catalog, with
    /// `value` as `$value`.
    pub fn worded(field: &'static str, key: &'static str, value: impl Into<String>) -> Self {
        let value = value.into();
        let message = rete_i18n::t!(key, locale = "en", value = value).into_owned();
        InvalidField { field, message, text: Some((key, value)) }
    }

    /// What is wrong, in `lang` when it is worded, else in English.
    pub fn said(&self, lang: crate::Lang) -> String {
        match &self.text {
            Some((key, value)) => rete_i18n::t!(*key, locale = lang.as_str(), value = value).into_owned(),
            None => self.message.clone(),
        }
    }

    /// The field and what is wrong with it, as [`Display`](std::fmt::Display)
    /// says it, in `lang`: `email: 'carla' non è un indirizzo e-mail`.
    pub fn in_lang(&self, lang: crate::Lang) -> String {
        format!("{}: {}", self.field, self.said(lang))
    }
}

impl PersonData {
    /// A person with just a name, in the `network` tier.
    pub fn named(name: impl Into<String>) -> Self {
        PersonData {
            name: name.into(),
            emails: Vec::new(),
            phones: Vec::new(),
            company: None,
            role: None,
            department: None,
            city: None,
            sector: None,
            tier: Tier::Network,
            cadence_days: None,
            tags: Vec::new(),
            birthday: None,
            met_on: None,
            met_at: None,
            introduced_by: None,
            links: Vec::new(),
            notes: None,
            status: Status::Active,
            status_reason: None,
            given_name: None,
            family_name: None,
            nickname: None,
            address: None,
        }
    }

    /// Trims every text, drops empty ones, lower-cases e-mails, and checks
    /// what can be checked without the database. Text already clean is
    /// kept as it is, not copied: an import normalises tens of thousands.
    pub fn normalize(mut self) -> Result<Self, InvalidField> {
        // Whoever wrote them (a person, an import), fields are printable:
        // no control characters, no terminal escapes.
        self.name = collapse_spaces(crate::text::clean_line(std::mem::take(&mut self.name)));
        if self.name.is_empty() {
            return Err(InvalidField::worded("name", "field.empty", ""));
        }
        for opt in [
            &mut self.company,
            &mut self.role,
            &mut self.department,
            &mut self.city,
            &mut self.sector,
            &mut self.met_at,
            &mut self.status_reason,
            &mut self.given_name,
            &mut self.family_name,
            &mut self.nickname,
        ] {
            *opt = opt.take().map(crate::text::clean_line).map(trimmed).filter(|s| !s.is_empty());
        }
        for opt in [&mut self.notes, &mut self.address] {
            *opt = opt.take().map(crate::text::clean_block).map(trimmed).filter(|s| !s.is_empty());
        }
        for tag in &mut self.tags {
            *tag = crate::text::clean_line(std::mem::take(tag));
        }
        for email in &mut self.emails {
            *email = email_form(std::mem::take(email));
        }
        dedup(&mut self.emails);
        for email in &self.emails {
            let valid = email
                .split_once('@')
                .is_some_and(|(user, host)| !user.is_empty() && host.contains('.') && !email.contains(' '));
            if !valid {
                return Err(InvalidField::worded("email", "field.not_email", email.as_str()));
            }
        }
        trim_all(&mut self.phones);
        dedup(&mut self.phones);
        for phone in &self.phones {
            let digits = phone.chars().filter(char::is_ascii_digit).count();
            let allowed = phone.chars().all(|c| c.is_ascii_digit() || " +-().".contains(c));
            if digits < 3 || !allowed {
                return Err(InvalidField::worded("phone", "field.not_phone", phone.as_str()));
            }
        }
        for list in [&mut self.tags, &mut self.links] {
            trim_all(list);
            dedup(list);
        }
        if self.cadence_days == Some(0) {
            return Err(InvalidField::worded("cadence", "field.cadence_zero", ""));
        }
        Ok(self)
    }

    /// The cadence in force: the person's own, else the tier's; `None`
    /// when rete must not nudge (archived or red-flagged).
    pub fn cadence(&self) -> Option<u32> {
        if self.status == Status::RedFlag || self.tier == Tier::Archived {
            return None;
        }
        self.cadence_days.or(self.tier.default_cadence_days())
    }

    /// The text the search index holds for this person.
    pub fn search_document(&self) -> String {
        let mut parts: Vec<&str> = vec![&self.name];
        parts.extend(
            [
                &self.nickname,
                &self.company,
                &self.role,
                &self.department,
                &self.city,
                &self.sector,
                &self.met_at,
                &self.notes,
            ]
            .into_iter()
            .flatten()
            .map(String::as_str),
        );
        parts.extend(self.tags.iter().map(String::as_str));
        parts.extend(self.emails.iter().map(String::as_str));
        crate::text::search_terms(&parts.join(" ")).join(" ")
    }
}

/// Drops empty values and repeats, keeping the first of each, in order.
/// Lists are a handful of items: a scan beats hashing.
fn dedup(values: &mut Vec<String>) {
    let mut kept = 0;
    for i in 0..values.len() {
        if !values[i].is_empty() && !values[..kept].contains(&values[i]) {
            values.swap(kept, i);
            kept += 1;
        }
    }
    values.truncate(kept);
}

/// An e-mail address as rete keeps and compares it: trimmed, in lower
/// case. The buffer is reused when it can be (ASCII, no surrounding space).
pub fn email_form(email: String) -> String {
    let email = trimmed(email);
    if email.is_ascii() {
        let mut email = email;
        email.make_ascii_lowercase();
        email
    } else {
        email.to_lowercase()
    }
}

/// `s` without surrounding whitespace, reusing its buffer when there is none.
fn trimmed(s: String) -> String {
    if s.trim().len() == s.len() {
        s
    } else {
        s.trim().to_string()
    }
}

fn trim_all(values: &mut [String]) {
    for v in values {
        *v = trimmed(std::mem::take(v));
    }
}

/// Words separated by single spaces, no whitespace around them.
fn collapse_spaces(s: String) -> String {
    let clean = !s.starts_with(' ')
        && !s.ends_with(' ')
        && !s.contains("  ")
        && !s.chars().any(|c| c.is_whitespace() && c != ' ');
    if clean {
        s
    } else {
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_cleans_and_validates() {
        let mut p = PersonData::named("  Giulia   Conti ");
        p.emails = vec![" Giulia@Example.IT".into(), "giulia@example.it".into()];
        p.company = Some("  ".into());
        let p = p.normalize().unwrap();
        assert_eq!(p.name, "Giulia Conti");
        assert_eq!(p.emails, vec!["giulia@example.it"]);
        assert_eq!(p.company, None);

        let mut lists = PersonData::named("\tAnna \n Maria  Rossi ");
        lists.tags = vec![" b".into(), "".into(), "a".into(), "b ".into(), "c".into(), "a".into()];
        lists.emails = vec!["Ä@Example.it".into(), "ä@example.it".into(), " x@y.it".into()];
        let lists = lists.normalize().unwrap();
        assert_eq!(lists.name, "Anna Maria Rossi");
        assert_eq!(lists.tags, vec!["b", "a", "c"], "first of each, in order");
        assert_eq!(lists.emails, vec!["ä@example.it", "x@y.it"]);

        let mut bad = PersonData::named("X");
        bad.emails = vec!["not-an-email".into()];
        assert_eq!(bad.normalize().unwrap_err().field, "email");
        assert_eq!(PersonData::named(" ").normalize().unwrap_err().field, "name");
    }

    #[test]
    fn cadence_respects_tier_override_and_flags() {
        let mut p = PersonData::named("A");
        p.tier = Tier::Close;
        assert_eq!(p.cadence(), Some(30));
        p.cadence_days = Some(7);
        assert_eq!(p.cadence(), Some(7));
        p.status = Status::RedFlag;
        assert_eq!(p.cadence(), None);
        let mut q = PersonData::named("B");
        q.tier = Tier::Archived;
        assert_eq!(q.cadence(), None);
    }

    #[test]
    fn json_field_names_are_the_contract() {
        let p = Person { id: PersonId(7), data: PersonData::named("Niccolò") };
        let v = serde_json::to_value(&p).unwrap();
        for key in [
            "id",
            "name",
            "emails",
            "phones",
            "company",
            "role",
            "department",
            "city",
            "tier",
            "tags",
            "birthday",
            "met_on",
            "met_at",
            "links",
            "notes",
            "given_name",
            "family_name",
            "nickname",
            "address",
        ] {
            assert!(v.get(key).is_some(), "missing {key}");
        }
        assert_eq!(v["id"], 7);
        assert_eq!(v["tier"], "network");
    }
}
