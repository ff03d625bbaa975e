//! The ledger: given and received by month, the BNI-style totals of the
//! last twelve months, what you have not yet thanked for, and the people
//! you owe.

use super::layout::{app_page, Section};
use super::person::euros;
use super::{day, done, html_page, names, notice, Failure, OrFail, Signed};
use crate::AppState;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::Form;
use maud::{html, Markup};
use rete_app::ledger_report::Totals;
use rete_core::ExchangeId;
use rete_i18n::t;
use serde::Deserialize;

#[derive(Debug, Default, Deserialize)]
pub struct Notice {
    pub ok: Option<String>,
}

fn month_name(key: &str, who: &Signed) -> String {
    format!("{} {}", super::month_short(key, who.lang()), key.get(2..4).unwrap_or(""))
}

fn totals(title: &str, who: &Signed, t: &Totals) -> Markup {
    let l = who.l();
    html! {
        div {
            h3 { (title) }
            dl class="facts" {
                dt { (t!("ledger.referrals", locale = l)) } dd { (t.referrals) }
                dt { (t!("ledger.introductions", locale = l)) } dd { (t.introductions) }
                dt { (t!("ledger.help", locale = l)) } dd { (t.advice + t.favours) }
                dt { (t!("ledger.business", locale = l)) } dd { (t.business) }
                dt { (t!("ledger.amount", locale = l)) } dd class="num" { (euros(t.business_cents, who)) }
            }
        }
    }
}

pub async fn page(State(state): State<AppState>, who: Signed, Query(q): Query<Notice>) -> Result<Response, Failure> {
    let l = who.l();
    let report = state.app.ledger_report(&who.0.caller).await.or_fail(&who)?;
    let names = names(&state, &who).await?;
    let name = |id: &rete_core::PersonId| names.get(id).cloned().unwrap_or_else(|| format!("#{}", id.0));
    let peak = report.months.iter().map(|m| m.given.max(m.received)).max().unwrap_or(0).max(1);
    let body = html! {
        h1 { (t!("ledger.title", locale = l)) }
        (notice(q.ok.as_deref(), l))
        section class="card" {
            h2 { (t!("ledger.totals", locale = l)) }
            div class="two" {
                (totals(&t!("ledger.given", locale = l), &who, &report.given))
                (totals(&t!("ledger.received", locale = l), &who, &report.received))
            }
        }
        section class="card" {
            h2 { (t!("ledger.by_month", locale = l)) }
            ol class="months" aria-label=(t!("ledger.by_month", locale = l)) {
                @for m in &report.months {
                    li {
                        span class="month" { (month_name(&m.month, &who)) }
                        span class="bars" {
                            span class={ "bar-given w" ((m.given * 10).div_ceil(peak)) } {}
                            span class={ "bar-received w" ((m.received * 10).div_ceil(peak)) } {}
                        }
                        span class="count" { (t!("ledger.month_counts", locale = l, given = m.given, received = m.received)) }
                    }
                }
            }
        }
        section class="card" id="unthanked" {
            h2 { (t!("ledger.unthanked", locale = l)) }
            @if report.unthanked.is_empty() {
                p class="muted" { (t!("ledger.all_thanked", locale = l)) }
            } @else {
                ul class="agenda" {
                    @for x in &report.unthanked {
                        li class="action-item" {
                            a class="who" href={ "/people/" (x.person.0) } { (name(&x.person)) }
                            p class="why" { (t!(format!("xkind.{}", x.kind.as_str()), locale = l)) " · " (day(x.on, &who))
                                @if let Some(n) = &x.note { " · " (n) } }
                            div class="actions" {
                                form method="post" action={ "/ledger/" (x.id.0) "/thank" } class="inline" {
                                    button type="submit" class="chip primary-chip" { (t!("ledger.thank", locale = l)) }
                                }
                                a class="chip" href={ "/people/" (x.person.0) "/draft?kind=thanks" } { (t!("today.draft", locale = l)) }
                            }
                        }
                    }
                }
            }
        }
        section class="card" {
            h2 { (t!("ledger.owed", locale = l)) }
            @if report.owed.is_empty() {
                p class="muted" { (t!("ledger.owe_nobody", locale = l)) }
            } @else {
                ul class="people" {
                    @for o in &report.owed {
                        li {
                            a href={ "/people/" (o.person.0) } { span class="name" { (name(&o.person)) } }
                            p class="muted" { (t!("card.balance_value", locale = l, given = o.given, received = o.received)) }
                        }
                    }
                }
            }
        }
    };
    Ok(html_page(app_page(who.lang(), &t!("ledger.title", locale = l), Section::Ledger, body)))
}

#[derive(Debug, Default, Deserialize)]
pub struct ThankForm {
    /// Where to go back to (a person's page); the ledger otherwise.
    pub back: Option<String>,
}

pub async fn thank(
    State(state): State<AppState>,
    who: Signed,
    Path(id): Path<i64>,
    Form(f): Form<ThankForm>,
) -> Result<Response, Failure> {
    state.app.thank_exchange(&who.0.caller, ExchangeId(id), None).await.or_fail(&who)?;
    // Only a path of this site: never an address elsewhere.
    let back = f.back.filter(|b| b.starts_with("/people/") && b[8..].chars().all(|c| c.is_ascii_digit()));
    Ok(done(back.as_deref().unwrap_or("/ledger"), "thanked"))
}
