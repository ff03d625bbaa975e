//! The agenda as an iCalendar feed (RFC 5545) for any calendar app: open
//! follow-ups become to-dos, today's other actions too, and birthdays
//! yearly events. UIDs derive from what each entry is about, so
//! subscribing again updates entries instead of duplicating them. The
//! same text serves `rete calendar` and a private link on the server.

use crate::{App, AppError, Caller, Result};
use chrono::{Days, NaiveDate};
use rete_core::agenda::{agenda, ActionKind, Why};
use rete_core::{reason, PersonId, Status, Tier};
use rete_formats::ical::{write, Todo, Yearly};
use rete_i18n::t;
use std::collections::HashMap;

/// The follow-ups a feed carries by default: those due within this many days.
pub const DEFAULT_DAYS: u32 = 30;

/// What goes into a feed besides the caller's data.
#[derive(Debug, Clone)]
pub struct FeedOptions<'a> {
    /// Follow-ups due within this many days from today (the overdue too).
    pub days: u32,
    /// Where the reader sees their follow-ups (a command, a page's
    /// address), named in each follow-up's description.
    pub followups_at: Option<&'a str>,
}

impl Default for FeedOptions<'_> {
    fn default() -> Self {
        FeedOptions { days: DEFAULT_DAYS, followups_at: None }
    }
}

/// The part of a UID that stays the same while the action is the same one.
fn key(why: &Why) -> String {
    match why {
        Why::ThankYou { on, .. } => on.to_string(),
        Why::ProposeOneToOne { first_on, .. } => first_on.to_string(),
        Why::FollowUp { id, .. } => id.to_string(),
        Why::Birthday { on, .. } => on.to_string(),
        Why::Milestone { kind, on, .. } => format!("{kind}-{on}"),
        Why::KeepInTouch { last_on, .. } => last_on.map(|d| d.to_string()).unwrap_or_else(|| "never".into()),
        Why::ThankForExchange { id, .. } => id.to_string(),
        Why::GiveBack { .. } => "ledger".into(),
        Why::Reply { on } => on.to_string(),
    }
}

impl App {
    /// The caller's agenda on their today as iCalendar text: a VTODO per
    /// open follow-up due within `options.days` and per other action of
    /// the day, a yearly VEVENT per birthday (not of the archived nor of
    /// red flags), in the caller's language.
    pub async fn calendar_feed(&self, caller: &Caller, options: &FeedOptions<'_>) -> Result<String> {
        let l = caller.lang.as_str();
        let today = caller.today;
        let facts = self.store.agenda_facts(caller.account, &self.rules.window(today)).await?;
        // The agenda's facts hold who may act today; the yearly birthdays
        // are everyone's.
        let people = self.store.people(caller.account).await?;
        let names: HashMap<PersonId, &str> = people.iter().map(|p| (p.id, p.name.as_str())).collect();
        let horizon = today.checked_add_days(Days::new(u64::from(options.days))).unwrap_or(NaiveDate::MAX);
        let mut todos = Vec::new();
        for f in facts.followups.iter().filter(|f| f.done_on.is_none() && f.effective_due() <= horizon) {
            let name = names.get(&f.person).copied().unwrap_or_default();
            let description = match options.followups_at {
                Some(at) => t!("calendar.followup_at", locale = l, name = name, at = at),
                None => t!("calendar.followup", locale = l, name = name),
            };
            todos.push(Todo {
                uid: format!("followup-{}@rete", f.id),
                summary: format!("{name}: {}", f.text),
                description: description.into_owned(),
                due: f.effective_due(),
                alarm: true,
            });
        }
        for a in agenda(&facts, &self.rules, today) {
            if matches!(a.kind, ActionKind::FollowUp | ActionKind::Birthday) {
                continue;
            }
            let name = names.get(&a.person).copied().unwrap_or_default();
            todos.push(Todo {
                uid: format!("{}-{}-{}@rete", a.kind.as_str(), a.person, key(&a.why)),
                summary: format!("{}: {name}", reason::term("action", a.kind.as_str(), caller.lang)),
                description: reason::render(&a.why, today, caller.lang),
                due: a.due.max(today),
                alarm: matches!(a.kind, ActionKind::ThankYou | ActionKind::Reply | ActionKind::ThankForExchange),
            });
        }
        let yearly: Vec<Yearly> = people
            .iter()
            .filter(|p| p.tier != Tier::Archived && p.status != Status::RedFlag)
            .filter_map(|p| {
                let b = p.birthday?;
                Some(Yearly {
                    uid: format!("birthday-{}@rete", p.id),
                    summary: t!("calendar.birthday", locale = l, name = p.name).into_owned(),
                    month: b.month,
                    day: b.day,
                    year: b.year,
                })
            })
            .collect();
        let mut out = Vec::new();
        write("rete", today, &todos, &yearly, &mut out).map_err(|e| AppError::Internal(format!("calendar: {e}")))?;
        String::from_utf8(out).map_err(|e| AppError::Internal(format!("calendar: {e}")))
    }
}
