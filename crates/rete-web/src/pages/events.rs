//! Your events, as in the CLI: the list (coming, then past), adding one,
//! an event's page with whom you met there, adding people you met, and
//! the debrief of a speed-networking evening (from its seating plan: the
//! people you sat with come into Keep with a thank-you and a one-to-one
//! to propose).

use super::layout::{app_page, Section};
use super::{day, done, html_page, names, notice, Failure, OrFail, Signed};
use crate::AppState;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::Form;
use maud::html;
use rete_app::debrief::{Debriefed, NotDebriefed};
use rete_app::AppError;
use rete_core::{DateRule, EventData, EventId};
use rete_i18n::t;
use serde::Deserialize;

#[derive(Debug, Default, Deserialize)]
pub struct Notice {
    pub ok: Option<String>,
}

pub async fn list(State(state): State<AppState>, who: Signed, Query(q): Query<Notice>) -> Result<Response, Failure> {
    let l = who.l();
    let today = who.0.caller.today;
    let mut events = state.app.events(&who.0.caller).await.or_fail(&who)?;
    // Coming first (soonest first), then past (latest first).
    let away = |d: chrono::NaiveDate| (d - today).num_days().abs();
    events.sort_by_key(|e| (e.on < today, away(e.on), e.id.0));
    let body = html! {
        h1 { (t!("events.title", locale = l)) }
        (notice(q.ok.as_deref(), l))
        @if events.is_empty() {
            p class="card" { (t!("events.none", locale = l)) }
        } @else {
            ul class="people card" {
                @for e in &events {
                    li {
                        a href={ "/events/" (e.id.0) } { span class="name" { (e.name) } }
                        p class="muted" {
                            (day(e.on, &who))
                            @if let Some(p) = &e.place { " · " (p) }
                            " · " (t!("events.met", locale = l, count = e.attendees.len()))
                        }
                    }
                }
            }
        }
        section class="card" {
            h2 { (t!("events.add", locale = l)) }
            form method="post" action="/events" class="stack" {
                label for="ev-name" { (t!("events.name", locale = l)) }
                input type="text" id="ev-name" name="name" required;
                label for="ev-on" { (t!("events.on", locale = l)) }
                input type="date" id="ev-on" name="on" required value=(today.to_string());
                label for="ev-place" { (t!("events.place", locale = l)) }
                input type="text" id="ev-place" name="place";
                label for="ev-topics" { (t!("events.topics", locale = l)) }
                input type="text" id="ev-topics" name="topics" aria-describedby="ev-topics-hint";
                p class="muted hint" id="ev-topics-hint" { (t!("events.topics_hint", locale = l)) }
                button type="submit" class="primary" { (t!("events.add", locale = l)) }
            }
        }
    };
    Ok(html_page(app_page(who.lang(), &t!("events.title", locale = l), Section::More, body)))
}

#[derive(Debug, Deserialize)]
pub struct EventForm {
    pub name: String,
    pub on: String,
    #[serde(default)]
    pub place: String,
    #[serde(default)]
    pub topics: String,
}

pub async fn create(State(state): State<AppState>, who: Signed, Form(f): Form<EventForm>) -> Result<Response, Failure> {
    let caller = &who.0.caller;
    let on = caller.date("on", &f.on, DateRule::Planned).or_fail(&who)?;
    let topics = f.topics.split(',').map(str::trim).filter(|t| !t.is_empty()).map(str::to_string).collect();
    let place = Some(f.place).filter(|p| !p.trim().is_empty());
    let data = EventData { name: f.name, on, place, topics, attendees: Vec::new() };
    let event = state.app.add_event(caller, data).await.or_fail(&who)?;
    Ok(done(&format!("/events/{}", event.id.0), "added"))
}

pub async fn show(
    State(state): State<AppState>,
    who: Signed,
    Path(id): Path<i64>,
    Query(q): Query<Notice>,
) -> Result<Response, Failure> {
    let l = who.l();
    let event = state.app.event(&who.0.caller, EventId(id)).await.or_fail(&who)?;
    let names = names(&state, &who).await?;
    let body = html! {
        (notice(q.ok.as_deref(), l))
        section class="card" {
            h1 { (event.name) }
            p class="muted" { (day(event.on, &who)) @if let Some(p) = &event.place { " · " (p) } }
            @if !event.topics.is_empty() { div class="chips" { @for t in &event.topics { span class="badge" { (t) } } } }
            h2 { (t!("events.attendees", locale = l)) }
            @if event.attendees.is_empty() {
                p class="muted" { (t!("events.nobody", locale = l)) }
            } @else {
                ul class="plain" {
                    @for p in &event.attendees {
                        li { a href={ "/people/" (p.0) } { (names.get(p).cloned().unwrap_or_else(|| format!("#{}", p.0))) } }
                    }
                }
            }
            form method="post" action={ "/events/" (id) "/attend" } class="stack" {
                label for="attend-with" { (t!("events.met_there", locale = l)) }
                input type="text" id="attend-with" name="with" list="people-names" data-names="/people/names" required autocomplete="off";
                button type="submit" class="secondary" { (t!("events.add_attendee", locale = l)) }
            }
        }
        section class="card" {
            h2 { (t!("events.debrief", locale = l)) }
            p { (t!("events.debrief_why", locale = l)) }
            form method="post" action={ "/events/" (id) "/debrief" } class="inline" {
                button type="submit" class="primary" { (t!("events.debrief_now", locale = l)) }
            }
        }
    };
    Ok(html_page(app_page(who.lang(), &event.name, Section::More, body)))
}

#[derive(Debug, Deserialize)]
pub struct AttendForm {
    pub with: String,
}

pub async fn attend(
    State(state): State<AppState>,
    who: Signed,
    Path(id): Path<i64>,
    Form(f): Form<AttendForm>,
) -> Result<Response, Failure> {
    let caller = &who.0.caller;
    let person = super::log::named(&state, &who, &f.with).await.or_fail(&who)?;
    state.app.attend_event(caller, EventId(id), &[person.id]).await.or_fail(&who)?;
    Ok(done(&format!("/events/{id}"), "saved"))
}

pub async fn debrief(State(state): State<AppState>, who: Signed, Path(id): Path<i64>) -> Result<Response, Failure> {
    let l = who.l();
    let outcome = state.app.debrief(&who.0.caller, EventId(id)).await.or_fail(&who)?;
    let body = match outcome {
        Debriefed::Done(d) => html! {
            section class="card" {
                h1 { (t!("events.debriefed", locale = l, name = d.event.name)) }
                p { (t!("events.debriefed_why", locale = l, thank = day(d.thank_on, &who), one_to_one = day(d.one_to_one_on, &who))) }
                ul class="plain" {
                    @for m in &d.met {
                        li { a href={ "/people/" (m.id.0) } { (m.name) } @if m.new { " " span class="badge action" { (t!("events.new", locale = l)) } } }
                    }
                }
                p { a class="button" href="/today" { (t!("page.back_today", locale = l)) } }
            }
        },
        Debriefed::Not { event, why } => {
            let key = match why {
                NotDebriefed::NotYet => "events.not_yet",
                NotDebriefed::NoPlan => "events.no_plan",
                NotDebriefed::NotSeated => "events.not_seated",
                NotDebriefed::Alone => "events.alone",
            };
            return Err(AppError::Refused(t!(key, locale = l, name = event.name, date = event.on).into_owned()))
                .or_fail(&who);
        }
    };
    Ok(html_page(app_page(who.lang(), &t!("events.debrief", locale = l), Section::More, body)))
}
