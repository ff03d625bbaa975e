//! Which upcoming events are worth your evening. An event ranks high when
//! its topics are what you seek or care about (your community profiles)
//! and when your best give-give matches will be there; each suggestion
//! says which topics and which people.
//!
//! Your best matches are the ones [`App::matches`] gives: people you do
//! not know yet (matching is for meeting someone new), so a contact of
//! yours at the event never counts as one, and the same human invited from
//! two communities counts once.

use crate::grow::match_lang;
use crate::{App, Caller, Result};
use chrono::{Days, NaiveDate};
use rete_core::grow::{MemberProfile, ME};
use rete_core::{identity, CommunityId, EventId, Lang};
use rete_i18n::t;
use rete_match::text::TextPipeline;
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// Best matches per community taken into account.
pub const BEST_MATCHES: usize = 10;
/// Matches attending beyond this count add nothing more.
const ENOUGH_MATCHES: f64 = 3.0;
const TOPIC_WEIGHT: f64 = 0.6;
const MATCH_WEIGHT: f64 = 0.4;

/// An upcoming event with how well it fits you.
#[derive(Debug, Clone, Serialize)]
pub struct Suggestion {
    pub id: EventId,
    pub name: String,
    pub on: NaiveDate,
    pub place: Option<String>,
    /// From 0 to 1: the share of its topics you look for, and how many of
    /// your best matches attend.
    pub score: f64,
    /// Its topics that are what you seek or care about.
    pub topics: Vec<String>,
    /// The names of your best matches invited to it.
    pub matches: Vec<String>,
    /// Why, in the caller's language.
    pub reason: String,
}

/// The suggestions, best first.
#[derive(Debug, Clone, Serialize)]
pub struct Suggestions {
    pub events: Vec<Suggestion>,
    /// Whether a profile of yours says what you seek or care about: without
    /// one, topics cannot be judged.
    pub has_wants: bool,
}

impl App {
    /// Events from today to `days` ahead, best first, at most `limit`.
    pub async fn suggest_events(&self, caller: &Caller, days: u32, limit: usize) -> Result<Suggestions> {
        let l = caller.lang.as_str();
        let today = caller.today;
        let until = today.checked_add_days(Days::new(u64::from(days))).unwrap_or(NaiveDate::MAX);
        let upcoming: Vec<_> =
            self.store.events(caller.account).await?.into_iter().filter(|e| e.on >= today && e.on <= until).collect();
        let pipeline = TextPipeline::new();
        let stems = |text: &str| -> HashSet<String> {
            [Lang::It, Lang::En].into_iter().flat_map(|lang| pipeline.terms(text, match_lang(lang))).collect()
        };

        // What you care about, and your best matches, from every community
        // where you have a profile.
        let mut wanted: HashSet<String> = HashSet::new();
        let mut best: HashMap<(CommunityId, u64), MemberProfile> = HashMap::new();
        for c in self.store.communities(caller.account).await? {
            let profiles = self.store.profiles(caller.account, c.id).await?;
            let Some(me) = profiles.iter().find(|p| p.member == ME) else { continue };
            for phrase in me.seeks.iter().chain(&me.interests) {
                wanted.extend(stems(phrase));
            }
            if !me.opt_in {
                continue;
            }
            for m in self.matches(caller, c.id, BEST_MATCHES).await? {
                if m.score <= 0.0 {
                    continue;
                }
                if let Some(p) = profiles.iter().find(|p| p.member == m.member) {
                    best.insert((c.id, m.member), p.clone());
                }
            }
        }

        let mut out = Vec::new();
        for e in upcoming {
            let topics: Vec<String> =
                e.topics.iter().filter(|t| stems(t).iter().any(|s| wanted.contains(s))).cloned().collect();
            let fit = if e.topics.is_empty() { 0.0 } else { topics.len() as f64 / e.topics.len() as f64 };
            let mut coming: Vec<&MemberProfile> = Vec::new();
            for key in self.store.event_guests(caller.account, e.id).await? {
                let Some(p) = best.get(&key) else { continue };
                let seen = coming
                    .iter()
                    .any(|q| identity::same_person(&q.name, q.email.as_slice(), &p.name, p.email.as_slice()));
                if !seen {
                    coming.push(p);
                }
            }
            let matches: Vec<String> = coming.iter().map(|p| p.name.clone()).collect();
            let score = TOPIC_WEIGHT * fit + MATCH_WEIGHT * (matches.len() as f64 / ENOUGH_MATCHES).min(1.0);
            let mut parts = Vec::new();
            if !topics.is_empty() {
                parts.push(t!("suggest.topics", locale = l, topics = topics.join(", ")).into_owned());
            }
            if !matches.is_empty() {
                let names = matches.join(", ");
                parts.push(t!("suggest.matches", locale = l, count = matches.len(), names = names).into_owned());
            }
            let reason =
                if parts.is_empty() { t!("suggest.nothing", locale = l).into_owned() } else { parts.join("; ") };
            out.push(Suggestion {
                id: e.id,
                name: e.name.clone(),
                on: e.on,
                place: e.place.clone(),
                score: (score * 1000.0).round() / 1000.0,
                topics,
                matches,
                reason,
            });
        }
        out.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.on.cmp(&b.on)).then(a.id.cmp(&b.id)));
        out.truncate(limit);
        Ok(Suggestions { events: out, has_wants: !wanted.is_empty() })
    }
}
