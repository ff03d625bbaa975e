//! Today: the ranked actions with their reasons, as `rete today` gives
//! them, each with one-tap *done*, *snooze*, *draft* and *log*.

use super::layout::{app_page, Section};
use super::{day, done as back, html_page, notice, Failure, OrFail, Signed};
use crate::AppState;
use axum::extract::{Query, State};
use axum::response::Response;
use axum::Form;
use maud::{html, Markup};
use rete_app::actions::ActionRef;
use rete_app::agenda::AgendaItem;
use rete_core::{reason, DateRule};
use rete_i18n::t;
use serde::Deserialize;

#[derive(Debug, Default, Deserialize)]
pub struct Notice {
    pub ok: Option<String>,
}

/// The draft that answers an action.
pub fn draft_kind(kind: &str) -> &'static str {
    match kind {
        "thank_you" | "thank_for_exchange" => "thanks",
        "propose_one_to_one" => "one-to-one",
        "birthday" | "milestone" => "congrats",
        "keep_in_touch" => "reconnect",
        "give_back" => "give",
        _ => "follow-up",
    }
}

fn action_fields(item: &AgendaItem) -> Markup {
    html! {
        input type="hidden" name="kind" value=(item.kind);
        input type="hidden" name="person" value=(item.person.id.0);
        @if let Some(f) = item.followup { input type="hidden" name="followup" value=(f.0); }
        @if let Some(e) = item.exchange { input type="hidden" name="exchange" value=(e.0); }
    }
}

fn item(who: &Signed, n: usize, item: &AgendaItem) -> Markup {
    let l = who.l();
    let id = item.person.id.0;
    let today = who.0.caller.today;
    html! {
        li class="action-item" {
            div class="action-head" {
                span class="badge action" { (reason::term("action", item.kind, who.lang())) }
                @if item.overdue {
                    span class="badge late" { (t!("today.late_since", locale = l, date = day(item.due, who))) }
                } @else if item.due > today {
                    span class="badge" { (day(item.due, who)) }
                }
            }
            a class="who" href={ "/people/" (id) } { (item.person.name) }
            p class="why" { (item.reason) }
            div class="actions" {
                form method="post" action="/today/done" class="inline"
                    hx-post="/today/done" hx-target="#main" hx-select="#main" hx-swap="outerHTML" {
                    (action_fields(item))
                    button type="submit" class="chip primary-chip" { (t!("today.done", locale = l)) }
                }
                a class="chip" href={ "/people/" (id) "/draft?kind=" (draft_kind(item.kind)) } { (t!("today.draft", locale = l)) }
                a class="chip" href={ "/log?with=" (id) } { (t!("today.log", locale = l)) }
                details class="snooze" {
                    summary class="chip" { (t!("today.snooze", locale = l)) }
                    form method="post" action="/today/snooze" class="snooze-form"
                        hx-post="/today/snooze" hx-target="#main" hx-select="#main" hx-swap="outerHTML" {
                        (action_fields(item))
                        button type="submit" name="until" value="tomorrow" class="chip" { (t!("today.tomorrow", locale = l)) }
                        button type="submit" name="until" value="+1w" class="chip" { (t!("today.next_week", locale = l)) }
                        label for={ "until-" (n) } class="sr-only" { (t!("today.until", locale = l)) }
                        input type="date" id={ "until-" (n) } name="date" min=(today.to_string());
                        button type="submit" class="chip" { (t!("today.put_off", locale = l)) }
                    }
                }
            }
        }
    }
}

pub async fn page(State(state): State<AppState>, who: Signed, Query(q): Query<Notice>) -> Result<Response, Failure> {
    let l = who.l();
    let caller = &who.0.caller;
    let name = state.app.user(caller.account).await.map(|u| u.name).unwrap_or_default();
    let items = state.app.agenda(caller, caller.today).await.or_fail(&who)?;
    let people = state.app.people_count(caller).await.or_fail(&who)?;
    let overdue = items.iter().filter(|i| i.overdue).count();
    let due_today = items.iter().filter(|i| i.due == caller.today).count();
    let body = html! {
        h1 id="hello" {
            @if name.trim().is_empty() { (t!("page.hello_plain", locale = l)) } @else { (t!("page.hello", locale = l, name = name)) }
        }
        (notice(q.ok.as_deref(), l))
        p class="muted" id="counts" {
            (reason::day_month(caller.today, who.lang())) " · "
            (t!("today.counts", locale = l, overdue = overdue, today = due_today))
        }
        @if people == 0 {
            (super::people::first_steps(l))
        } @else if items.is_empty() {
            section class="card" { p { (t!("page.nothing_today", locale = l)) } }
        } @else {
            ol class="agenda" {
                @for (n, i) in items.iter().enumerate() { (item(&who, n, i)) }
            }
        }
    };
    Ok(html_page(app_page(who.lang(), &t!("page.today", locale = l), Section::Today, body)))
}

/// A line of the agenda as its forms send it.
#[derive(Debug, Deserialize)]
pub struct ActionForm {
    pub kind: String,
    pub person: i64,
    pub followup: Option<i64>,
    pub exchange: Option<i64>,
    /// `tomorrow`, `+1w` (the snooze buttons).
    pub until: Option<String>,
    /// The date field of the snooze form.
    pub date: Option<String>,
}

impl ActionForm {
    fn action(&self) -> ActionRef {
        ActionRef { kind: self.kind.clone(), person: self.person, followup: self.followup, exchange: self.exchange }
    }
}

pub async fn done(State(state): State<AppState>, who: Signed, Form(f): Form<ActionForm>) -> Result<Response, Failure> {
    state.app.complete_action(&who.0.caller, &f.action()).await.or_fail(&who)?;
    Ok(back("/today", "done"))
}

pub async fn snooze(
    State(state): State<AppState>,
    who: Signed,
    Form(f): Form<ActionForm>,
) -> Result<Response, Failure> {
    let caller = &who.0.caller;
    let typed = f.until.as_deref().or(f.date.as_deref().filter(|d| !d.is_empty())).unwrap_or("tomorrow");
    let until = caller.date("until", typed, DateRule::Snooze).or_fail(&who)?;
    state.app.snooze_action(caller, &f.action(), until).await.or_fail(&who)?;
    Ok(back("/today", "snoozed"))
}
