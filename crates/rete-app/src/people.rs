//! People: finding one by id or name, listing with filters and a cursor,
//! creating and changing them, and the card that shows a person whole.

use crate::cache::Key;
use crate::milestones::MAX_NOTE_CHARS;
use crate::{App, AppError, Caller, Candidate, Result};
use chrono::NaiveDate;
use rete_core::agenda::balance_with;
use rete_core::strength::{one_sided, strength, strengths, Balance, OneSided};
use rete_core::summary::summarize;
use rete_core::{text, Interaction, Person, PersonData, PersonId, Tier};
pub use rete_store::PersonRemoval as Removal;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::Arc;

/// The longest name, company or role rete keeps: longer is a pasted
/// paragraph, not a name.
pub const MAX_NAME_CHARS: usize = 300;

/// A filter over people, as the CLI's flags and the API's query string
/// give it. Every filter is accent- and case-insensitive.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct PeopleQuery {
    /// Full text over names, companies, roles, tags and notes.
    pub q: Option<String>,
    pub tier: Option<Tier>,
    pub tag: Option<String>,
    pub company: Option<String>,
    pub city: Option<String>,
    pub sector: Option<String>,
    /// By name (default; by relevance when searching), by the strength of
    /// the tie, or by the last contact (the most recent first).
    pub sort: Option<PeopleSort>,
    /// At most this many (default 50, at most 500).
    pub limit: Option<usize>,
    /// Where the previous page ended (its `next_cursor`).
    pub cursor: Option<String>,
}

/// The order of a list of people.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PeopleSort {
    Name,
    Strength,
    LastContact,
}

impl PeopleSort {
    pub fn parse(text: &str) -> Option<PeopleSort> {
        match text.trim() {
            "name" => Some(PeopleSort::Name),
            "strength" => Some(PeopleSort::Strength),
            "last_contact" | "last-contact" => Some(PeopleSort::LastContact),
            _ => None,
        }
    }
}

/// One page of a list, and where the next one starts.
#[derive(Debug, Clone, Serialize)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// Pass as `cursor` for the next page; absent on the last one.
    pub next_cursor: Option<String>,
}

impl<T> Page<T> {
    /// A page of a list with the lists' default size (100, at most 1,000).
    pub fn listed(all: Vec<T>, limit: Option<usize>, cursor: Option<&str>) -> Result<Page<T>> {
        Page::of(all, limit.unwrap_or(100).clamp(1, 1000), cursor)
    }

    /// The page of `all` that starts at `cursor`.
    pub fn of(all: Vec<T>, limit: usize, cursor: Option<&str>) -> Result<Page<T>> {
        let offset = match cursor {
            Some(c) => c.parse::<usize>().map_err(|_| AppError::invalid("cursor", "not a cursor from this list"))?,
            None => 0,
        };
        let total = all.len();
        let items: Vec<T> = all.into_iter().skip(offset).take(limit.max(1)).collect();
        let end = offset + items.len();
        Ok(Page { items, next_cursor: (end < total).then(|| end.to_string()) })
    }
}

/// A person whole: who they are, how strong the tie is, what is owed, and
/// what happened together (`rete person show --json`).
#[derive(Debug, Clone, Serialize)]
pub struct PersonCard {
    #[serde(flatten)]
    pub person: Person,
    pub last_contact: Option<NaiveDate>,
    /// 0 to 100: recency, frequency, depth and reciprocity together.
    pub strength: f64,
    pub balance_12m: Balance,
    /// A one-sided tie, when there is one.
    pub signal: Option<OneSided>,
    /// The name of whoever introduced you (`introduced_by` is their id).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub introduced_by_name: Option<String>,
    pub interactions: Vec<Interaction>,
}

fn contains_folded(value: &Option<String>, wanted: &str) -> bool {
    value.as_deref().is_some_and(|v| text::fold(v).contains(wanted))
}

fn check_lengths(p: &PersonData) -> Result<()> {
    for (field, value) in [("name", Some(&p.name)), ("company", p.company.as_ref()), ("role", p.role.as_ref())] {
        if value.is_some_and(|v| v.chars().count() > MAX_NAME_CHARS) {
            return Err(AppError::invalid(field, format!("at most {MAX_NAME_CHARS} characters")));
        }
    }
    Ok(())
}

/// "Andrea Serra (Santoro)": a name as a list of namesakes shows it.
fn name_with_company(p: &Person) -> String {
    match &p.company {
        Some(c) => format!("{} ({c})", p.name),
        None => p.name.clone(),
    }
}

/// "#276 Andrea Serra (Santoro)".
fn label(p: &Person) -> String {
    format!("#{} {}", p.id, name_with_company(p))
}

/// "Andrea Serra (Santoro)" → ("Andrea Serra", "Santoro").
fn name_and_company(key: &str) -> Option<(&str, &str)> {
    let (name, rest) = key.strip_suffix(')')?.rsplit_once('(')?;
    let (name, company) = (name.trim(), rest.trim());
    (!name.is_empty() && !company.is_empty()).then_some((name, company))
}

impl App {
    /// The caller's person named by `key`: `#12`, `12`, or a name (exact,
    /// else contained). A name several people share is `Ambiguous`, with
    /// them as candidates.
    pub async fn find_person(&self, caller: &Caller, key: &str) -> Result<Person> {
        let key = key.trim();
        if let Ok(id) = key.trim_start_matches('#').parse::<i64>() {
            return Ok(self.store.person(caller.account, PersonId(id)).await?);
        }
        // Two people of one name are told apart by their company, written
        // as the ambiguity lists them: "Andrea Serra (Santoro)".
        if let Some((name, company)) = name_and_company(key) {
            let mut same = self.store.people_named(caller.account, name).await?;
            same.retain(|p| {
                text::fold(&p.name) == text::fold(name)
                    && p.company.as_deref().is_some_and(|c| text::fold(c) == text::fold(company))
            });
            if same.len() == 1 {
                return Ok(same.remove(0));
            }
        }
        let mut found = self.store.people_named(caller.account, key).await?;
        match found.len() {
            0 => Err(AppError::NotFound { what: "person", key: key.to_string() }),
            1 => Ok(found.remove(0)),
            _ => Err(AppError::Ambiguous {
                what: "person",
                key: key.to_string(),
                candidates: found
                    .iter()
                    .take(10)
                    .map(|p| Candidate { id: p.id.0, label: name_with_company(p) })
                    .collect(),
            }),
        }
    }

    pub async fn person(&self, caller: &Caller, id: PersonId) -> Result<Person> {
        Ok(self.store.person(caller.account, id).await?)
    }

    /// People matching `query`, by name (or by rank when searching), one
    /// page at a time.
    pub async fn people(&self, caller: &Caller, query: &PeopleQuery) -> Result<Arc<Page<Person>>> {
        let key = Key::People(format!("{query:?}"));
        self.cache.get(caller, key, self.find_people(caller, query)).await
    }

    /// Everyone's name by id, for listings that say whom a row is about.
    pub async fn names(&self, caller: &Caller) -> Result<HashMap<PersonId, String>> {
        Ok(self.store.people(caller.account).await?.into_iter().map(|p| (p.id, p.data.name)).collect())
    }

    /// Full-text search over the people you know: names, companies, notes,
    /// topics, best first.
    pub async fn search(&self, caller: &Caller, query: &str, limit: u32) -> Result<Vec<rete_store::SearchHit>> {
        Ok(self.store.search(caller.account, query, limit).await?)
    }

    /// How many people the caller keeps (archived ones too).
    pub async fn people_count(&self, caller: &Caller) -> Result<usize> {
        let count = self
            .cache
            .get(caller, Key::People("count".into()), async { Ok(self.store.people(caller.account).await?.len()) })
            .await?;
        Ok(*count)
    }

    async fn find_people(&self, caller: &Caller, query: &PeopleQuery) -> Result<Page<Person>> {
        let limit = query.limit.unwrap_or(50).clamp(1, 500);
        let mut people: Vec<Person> = match query.q.as_deref().map(str::trim).filter(|q| !q.is_empty()) {
            Some(q) => {
                // Without other filters only this page (and one more, to
                // know whether another follows) needs ranking out.
                let unfiltered = query.tier.is_none()
                    && query.tag.is_none()
                    && query.company.is_none()
                    && query.city.is_none()
                    && query.sector.is_none()
                    && query.sort.is_none_or(|s| s == PeopleSort::Name);
                let offset = query.cursor.as_deref().and_then(|c| c.parse::<usize>().ok()).unwrap_or(0);
                let wanted = if unfiltered { offset + limit + 1 } else { 10_000 };
                let wanted = u32::try_from(wanted).unwrap_or(u32::MAX);
                self.store.search(caller.account, q, wanted).await?.into_iter().map(|h| h.person).collect()
            }
            None => self.store.people(caller.account).await?,
        };
        let tag = query.tag.as_deref().map(text::fold);
        let company = query.company.as_deref().map(text::fold);
        let city = query.city.as_deref().map(text::fold);
        let sector = query.sector.as_deref().map(text::fold);
        people.retain(|p| {
            query.tier.is_none_or(|t| p.tier == t)
                && tag.as_ref().is_none_or(|t| p.tags.iter().any(|x| text::fold(x) == *t))
                && company.as_ref().is_none_or(|c| contains_folded(&p.company, c))
                && city.as_ref().is_none_or(|c| contains_folded(&p.city, c))
                && sector.as_ref().is_none_or(|c| contains_folded(&p.sector, c))
        });
        match query.sort {
            Some(PeopleSort::LastContact) => {
                let interactions = self.store.interactions(caller.account, None).await?;
                let summaries = summarize(&interactions, caller.today);
                people.sort_by_key(|p| std::cmp::Reverse(summaries.get(&p.id).and_then(|s| s.last_on)));
            }
            Some(PeopleSort::Strength) => {
                let interactions = self.store.interactions(caller.account, None).await?;
                let exchanges = self.store.exchanges(caller.account, None).await?;
                let strengths = strengths(&interactions, &exchanges, caller.today);
                let of = |p: &Person| strengths.get(&p.id).copied().unwrap_or(0.0);
                people.sort_by(|a, b| of(b).total_cmp(&of(a)));
            }
            Some(PeopleSort::Name) | None => {}
        }
        Page::of(people, limit, query.cursor.as_deref())
    }

    /// Adds a person unless someone of exactly that name is already kept
    /// (`new` says it is a different person): a name typed twice is far
    /// more often the same person than a namesake, and a duplicate makes
    /// every later lookup by name ambiguous. The conflict names who is
    /// there, with their company.
    pub async fn create_distinct_person(&self, caller: &Caller, data: PersonData, new: bool) -> Result<Person> {
        if !new {
            let folded = text::fold(data.name.trim());
            let same: Vec<Person> = self
                .store
                .people_named(caller.account, &data.name)
                .await?
                .into_iter()
                .filter(|p| text::fold(&p.name) == folded)
                .collect();
            if !same.is_empty() {
                let list = same.iter().take(5).map(label).collect::<Vec<_>>().join(", ");
                let message = rete_i18n::t!(
                    "person.same_name",
                    locale = caller.lang.as_str(),
                    name = data.name.trim(),
                    list = list
                );
                return Err(AppError::Conflict { field: "name", message: message.into_owned() });
            }
        }
        self.create_person(caller, data).await
    }

    pub async fn create_person(&self, caller: &Caller, data: PersonData) -> Result<Person> {
        check_lengths(&data)?;
        if let Some(by) = data.introduced_by {
            self.store.person(caller.account, by).await?;
        }
        let id = self.store.add_person(caller.account, &data).await?;
        Ok(self.store.person(caller.account, id).await?)
    }

    pub async fn update_person(&self, caller: &Caller, person: &Person) -> Result<Person> {
        check_lengths(&person.data)?;
        if let Some(by) = person.introduced_by {
            if by == person.id {
                return Err(AppError::invalid("introduced_by", "a person cannot introduce themselves"));
            }
            self.store.person(caller.account, by).await?;
        }
        self.store.update_person(caller.account, person).await?;
        Ok(self.store.person(caller.account, person.id).await?)
    }

    /// Archives a person: kept, never nudged about, with why. A red flag
    /// stays raised (archiving says nothing about how they behaved).
    pub async fn archive_person(&self, caller: &Caller, id: PersonId, reason: &str) -> Result<Person> {
        let mut person = self.store.person(caller.account, id).await?;
        person.data.tier = Tier::Archived;
        person.data.status_reason = caller.text("reason", Some(reason.to_string()), MAX_NOTE_CHARS)?;
        self.update_person(caller, &person).await
    }

    pub async fn delete_person(&self, caller: &Caller, id: PersonId) -> Result<Removal> {
        Ok(self.store.delete_person(caller.account, id).await?)
    }

    pub async fn merge_people(&self, caller: &Caller, keep: PersonId, gone: PersonId) -> Result<Person> {
        // Both must be the caller's before anything else is said about them.
        self.store.person(caller.account, keep).await?;
        self.store.person(caller.account, gone).await?;
        if keep == gone {
            return Err(AppError::invalid("with", "a person cannot be merged with themselves"));
        }
        Ok(self.store.merge_people(caller.account, keep, gone).await?)
    }

    /// The person with the strength of the tie, the 12-month balance, a
    /// one-sided signal and every interaction, newest first.
    pub async fn person_card(&self, caller: &Caller, id: PersonId) -> Result<Arc<PersonCard>> {
        self.cache.get(caller, Key::Card(id, caller.today), self.make_card(caller, id)).await
    }

    async fn make_card(&self, caller: &Caller, id: PersonId) -> Result<PersonCard> {
        let person = self.store.person(caller.account, id).await?;
        let interactions = self.store.interactions(caller.account, Some(id)).await?;
        let exchanges = self.store.exchanges(caller.account, Some(id)).await?;
        let summary = summarize(&interactions, caller.today).remove(&id);
        let balance = balance_with(&exchanges, id, caller.today);
        let strength = (strength(summary.as_ref(), balance, caller.today) * 10.0).round() / 10.0;
        let signal = one_sided(summary.as_ref(), balance);
        let last_contact = interactions.first().map(|i| i.on);
        let introduced_by_name = match person.introduced_by {
            Some(by) => self.store.person(caller.account, by).await.ok().map(|p| p.data.name),
            None => None,
        };
        Ok(PersonCard {
            person,
            last_contact,
            strength,
            balance_12m: balance,
            signal,
            introduced_by_name,
            interactions,
        })
    }
}
