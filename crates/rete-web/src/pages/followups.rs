//! Follow-ups: what you promised, by when. Open (overdue first), done;
//! each open one can be marked done or put off. New ones are added from
//! the person's page, where the promise was made.

use super::layout::{app_page, Section};
use super::{day, done as back, html_page, names, notice, Failure, OrFail, Signed};
use crate::AppState;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::Form;
use maud::html;
use rete_core::{DateRule, FollowupId};
use rete_i18n::t;
use serde::Deserialize;

#[derive(Debug, Default, Deserialize)]
pub struct ListQuery {
    /// `open` (default) or `done`.
    pub show: Option<String>,
    pub ok: Option<String>,
}

pub async fn page(State(state): State<AppState>, who: Signed, Query(q): Query<ListQuery>) -> Result<Response, Failure> {
    let l = who.l();
    let today = who.0.caller.today;
    let showing_done = q.show.as_deref() == Some("done");
    let all = state.app.followups(&who.0.caller, showing_done).await.or_fail(&who)?;
    let names = names(&state, &who).await?;
    let mut shown: Vec<_> = all.iter().filter(|f| f.done_on.is_some() == showing_done).collect();
    if showing_done {
        shown.sort_by_key(|f| std::cmp::Reverse(f.done_on));
    }
    let overdue = all.iter().filter(|f| f.done_on.is_none() && f.effective_due() < today).count();
    let body = html! {
        h1 { (t!("followups.title", locale = l)) }
        (notice(q.ok.as_deref(), l))
        nav class="chips" aria-label=(t!("followups.which", locale = l)) {
            a class="chip" href="/followups" aria-current=[(!showing_done).then_some("page")] { (t!("followups.open", locale = l)) }
            a class="chip" href="/followups?show=done" aria-current=[showing_done.then_some("page")] { (t!("followups.done", locale = l)) }
        }
        @if !showing_done && overdue > 0 {
            p class="muted" { (t!("followups.overdue_count", locale = l, count = overdue)) }
        }
        @if shown.is_empty() {
            section class="card" { p { (t!(if showing_done { "followups.none_done" } else { "followups.none_open" }, locale = l)) } }
        } @else {
            ul class="agenda" {
                @for f in shown {
                    @let due = f.effective_due();
                    li class="action-item" {
                        div class="action-head" {
                            @match f.done_on {
                                Some(d) => { span class="badge" { (t!("timeline.done_on", locale = l, date = day(d, &who))) } }
                                None if due < today => { span class="badge late" { (t!("today.late_since", locale = l, date = day(due, &who))) } }
                                None => { span class="badge" { (day(due, &who)) } }
                            }
                        }
                        a class="who" href={ "/people/" (f.person.0) } { (names.get(&f.person).cloned().unwrap_or_default()) }
                        p class="why" { (f.text) }
                        @if f.done_on.is_none() {
                            div class="actions" {
                                form method="post" action={ "/followups/" (f.id.0) "/done" } class="inline" {
                                    button type="submit" class="chip primary-chip" { (t!("today.done", locale = l)) }
                                }
                                form method="post" action={ "/followups/" (f.id.0) "/snooze" } class="inline" {
                                    button type="submit" name="until" value="tomorrow" class="chip" { (t!("today.tomorrow", locale = l)) }
                                    button type="submit" name="until" value="+1w" class="chip" { (t!("today.next_week", locale = l)) }
                                }
                            }
                        }
                    }
                }
            }
        }
        p class="muted" { (t!("followups.add_hint", locale = l)) }
    };
    Ok(html_page(app_page(who.lang(), &t!("followups.title", locale = l), Section::Followups, body)))
}

pub async fn done(State(state): State<AppState>, who: Signed, Path(id): Path<i64>) -> Result<Response, Failure> {
    state.app.complete_followup(&who.0.caller, FollowupId(id), who.0.caller.today).await.or_fail(&who)?;
    Ok(back("/followups", "done"))
}

#[derive(Debug, Deserialize)]
pub struct SnoozeForm {
    pub until: String,
}

pub async fn snooze(
    State(state): State<AppState>,
    who: Signed,
    Path(id): Path<i64>,
    Form(f): Form<SnoozeForm>,
) -> Result<Response, Failure> {
    let until = who.0.caller.date("until", &f.until, DateRule::Snooze).or_fail(&who)?;
    state.app.snooze_followup(&who.0.caller, FollowupId(id), until).await.or_fail(&who)?;
    Ok(back("/followups", "snoozed"))
}
