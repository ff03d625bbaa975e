//! The audit: your habits against the classic networking mistakes, each
//! finding with its evidence; charts of interactions per month, given and
//! received per quarter, ties by tier and by strength; and the
//! self-assessment as a form that makes the action plan, downloadable as
//! Markdown.

use super::charts;
use super::layout::{app_page, Section};
use super::{html_page, Failure, OrFail, Signed};
use crate::AppState;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::Form;
use maud::{html, Markup, PreEscaped};
use rete_app::AppError;
use rete_core::audit::Severity;
use rete_i18n::t;
use std::collections::HashMap;

/// A chart with a caption and, for whoever does not see it, its numbers.
fn figure(id: &str, title: &str, numbers: &str, svg: String, table: Markup) -> Markup {
    html! {
        figure class="card chart-card" id=(id) {
            figcaption { h2 { (title) } }
            div role="img" aria-label=(title) { (PreEscaped(svg)) }
            details class="numbers" { summary { (numbers) } (table) }
        }
    }
}

fn quarter_label(key: &str) -> String {
    // "2026-Q1" reads "Q1 26" (and "T1 26" would be the Italian; the
    // quarter's letter is the one both read on reports).
    format!("{} {}", key.get(5..7).unwrap_or(""), key.get(2..4).unwrap_or(""))
}

pub async fn page(State(state): State<AppState>, who: Signed) -> Result<Response, Failure> {
    let l = who.l();
    let caller = &who.0.caller;
    let findings = state.app.audit(caller).await.or_fail(&who)?;
    let trends = state.app.trends(caller).await.or_fail(&who)?;
    let questions = state.app.quiz(caller);
    let months: Vec<String> =
        trends.interactions_by_month.iter().map(|c| super::month_short(&c.label, who.lang())).collect();
    let per_month: Vec<u32> = trends.interactions_by_month.iter().map(|c| c.count).collect();
    let quarters: Vec<String> = trends.ledger_by_quarter.iter().map(|q| quarter_label(&q.quarter)).collect();
    let given: Vec<u32> = trends.ledger_by_quarter.iter().map(|q| q.given).collect();
    let received: Vec<u32> = trends.ledger_by_quarter.iter().map(|q| q.received).collect();
    let tiers: Vec<String> =
        trends.ties_by_tier.iter().map(|c| t!(format!("tier.{}", c.label), locale = l).into_owned()).collect();
    let per_tier: Vec<u32> = trends.ties_by_tier.iter().map(|c| c.count).collect();
    let strengths: Vec<String> = trends.ties_by_strength.iter().map(|c| c.label.clone()).collect();
    let per_strength: Vec<u32> = trends.ties_by_strength.iter().map(|c| c.count).collect();
    let counts = |labels: &[String], values: &[u32]| {
        html! { table class="totals" { tbody { @for (k, v) in labels.iter().zip(values) { tr { th scope="row" { (k) } td { (v) } } } } } }
    };
    let (given_name, received_name) = (t!("ledger.given", locale = l), t!("ledger.received", locale = l));
    let numbers = t!("audit.numbers", locale = l);
    let body = html! {
        h1 { (t!("audit.title", locale = l)) }
        p class="muted" { (t!("audit.why", locale = l)) }
        section class="card" id="findings" {
            h2 { (t!("audit.findings", locale = l)) }
            @if findings.is_empty() {
                p { (t!("audit.none", locale = l)) }
            } @else {
                ul class="findings" {
                    @for f in &findings {
                        li class={ "finding sev-" (match f.severity { Severity::High => "high", Severity::Medium => "medium", Severity::Low => "low" }) } {
                            span class="badge" { (t!(format!("audit.severity_{}", match f.severity { Severity::High => "high", Severity::Medium => "medium", Severity::Low => "low" }), locale = l)) }
                            p { (f.text) }
                            p class="muted" { (f.next_step) }
                        }
                    }
                }
            }
        }
        (figure("chart-interactions", &t!("audit.chart_interactions", locale = l), &numbers,
            charts::bars(&months, &per_month, &t!("audit.contacts", locale = l)), counts(&months, &per_month)))
        (figure("chart-ledger", &t!("audit.chart_ledger", locale = l), &numbers,
            charts::paired(&quarters, &given, &received, (&given_name, &received_name)),
            html! { table class="totals" { thead { tr { td {} th scope="col" { (given_name) } th scope="col" { (received_name) } } }
                tbody { @for (i, q) in quarters.iter().enumerate() { tr { th scope="row" { (q) } td { (given[i]) } td { (received[i]) } } } } } }))
        (figure("chart-tiers", &t!("audit.chart_tiers", locale = l), &numbers, charts::bars(&tiers, &per_tier, &t!("audit.people", locale = l)), counts(&tiers, &per_tier)))
        (figure("chart-strength", &t!("audit.chart_strength", locale = l), &numbers, charts::bars(&strengths, &per_strength, &t!("audit.people", locale = l)), counts(&strengths, &per_strength)))
        section class="card" id="quiz" {
            h2 { (t!("audit.quiz", locale = l)) }
            p { (t!("audit.quiz_why", locale = l)) }
            form method="post" action="/audit/plan" class="stack" {
                @for (i, q) in questions.iter().enumerate() {
                    fieldset class="choices question" {
                        legend { (i + 1) ". " (q.text) }
                        label class="choice" { input type="radio" name={ "q" (i) } value="yes" required; span { (t!("audit.yes", locale = l)) } }
                        label class="choice" { input type="radio" name={ "q" (i) } value="no"; span { (t!("audit.no", locale = l)) } }
                    }
                }
                button type="submit" class="primary" { (t!("audit.make_plan", locale = l)) }
                button type="submit" class="secondary" formaction="/audit/plan.md" { (t!("audit.download", locale = l)) }
            }
        }
    };
    Ok(html_page(app_page(who.lang(), &t!("audit.title", locale = l), Section::More, body)))
}

/// The seventeen answers of the form, in order; an unanswered question is
/// an error naming it.
fn answers(form: &HashMap<String, String>, who: &Signed, count: usize) -> Result<Vec<bool>, AppError> {
    (0..count)
        .map(|i| match form.get(&format!("q{i}")).map(String::as_str) {
            Some("yes") => Ok(true),
            Some("no") => Ok(false),
            _ => Err(AppError::invalid("answers", t!("audit.unanswered", locale = who.l(), n = i + 1))),
        })
        .collect()
}

async fn plan_text(state: &AppState, who: &Signed, form: &HashMap<String, String>) -> Result<String, Failure> {
    let count = state.app.quiz(&who.0.caller).len();
    let answers = answers(form, who, count).or_fail(who)?;
    state.app.action_plan(&who.0.caller, &answers).await.or_fail(who)
}

pub async fn plan(
    State(state): State<AppState>,
    who: Signed,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, Failure> {
    let l = who.l();
    let markdown = plan_text(&state, &who, &form).await?;
    let body = html! {
        h1 { (t!("audit.plan_title", locale = l)) }
        section class="card" { pre class="plan" id="plan" { (markdown) } }
        form method="post" action="/audit/plan.md" class="inline" {
            @for (k, v) in &form { input type="hidden" name=(k) value=(v); }
            button type="submit" class="button" { (t!("audit.download", locale = l)) }
        }
        p { a href="/audit" { (t!("audit.back", locale = l)) } }
    };
    Ok(html_page(app_page(who.lang(), &t!("audit.plan_title", locale = l), Section::More, body)))
}

pub async fn plan_markdown(
    State(state): State<AppState>,
    who: Signed,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, Failure> {
    let markdown = plan_text(&state, &who, &form).await?;
    let file = if who.lang() == rete_core::Lang::It { "piano-rete.md" } else { "rete-plan.md" };
    Ok((
        [
            (header::CONTENT_TYPE, "text/markdown; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{file}\"")),
        ],
        markdown,
    )
        .into_response())
}
