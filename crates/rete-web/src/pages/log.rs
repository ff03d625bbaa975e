//! Log an interaction in a few taps: kind, with whom (type-ahead over
//! your people, or a new person created on the spot), when (today unless
//! said), topics, notes, purpose. Recording it resets the keep-in-touch
//! clock and starts the thank-you and one-to-one rules.

use super::layout::{app_page, Section};
use super::{done, html_page, Failure, OrFail, Signed};
use crate::AppState;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use axum::Form;
use maud::{html, Markup};
use rete_app::people::PeopleQuery;
use rete_app::{AppError, Candidate};
use rete_core::{DateRule, Initiator, InteractionData, InteractionKind, PersonData, PersonId, Purpose};
use rete_i18n::t;
use serde::Deserialize;

/// How many names the type-ahead offers without a script.
const SUGGESTED: usize = 2000;

#[derive(Debug, Default, Deserialize)]
pub struct LogForm {
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub with: String,
    /// "on": create `with` as a new person when nobody has that name.
    pub create: Option<String>,
    #[serde(default)]
    pub on: String,
    #[serde(default)]
    pub topics: String,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub purpose: String,
    #[serde(default)]
    pub by: String,
}

#[derive(Debug, Default, Deserialize)]
pub struct LogQuery {
    pub with: Option<i64>,
}

/// `#12 Marco Rossi` (as the type-ahead writes it) or `#12` names person
/// 12; anything else is a name.
pub fn typed_id(text: &str) -> Option<PersonId> {
    let rest = text.trim().strip_prefix('#')?;
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok().map(PersonId)
}

/// The person a "with whom" field names: `#12 Marco Rossi` (as the
/// type-ahead writes it), `#12`, or a name (`Ambiguous` when several
/// people have it).
pub async fn named(state: &AppState, who: &Signed, typed: &str) -> Result<rete_core::Person, AppError> {
    match typed_id(typed) {
        Some(id) => state.app.person(&who.0.caller, id).await,
        None => state.app.find_person(&who.0.caller, typed).await,
    }
}

/// `GET /people/names`: the `<datalist>` of people that "with whom"
/// fields suggest (`data-names` on the field), fetched by the script the
/// first time the field gets focus, so that pages stay small; rendered
/// once per revision of the account. Without the script a name typed in
/// full still finds the person.
pub async fn names_list(State(state): State<AppState>, who: Signed) -> Response {
    let key = rete_app::cache::Key::Rendered("datalist".into());
    let rendered = state
        .app
        .cache
        .get(&who.0.caller, key, async { Ok(build_people_list(&state, &who, "people-names").await) })
        .await;
    match rendered {
        Ok(markup) => axum::response::Html(String::clone(&markup)).into_response(),
        Err(e) => Failure { lang: who.lang(), error: e }.into_response(),
    }
}

async fn build_people_list(state: &AppState, who: &Signed, id: &str) -> String {
    let query = PeopleQuery { limit: Some(500), ..Default::default() };
    let mut names = Vec::new();
    let mut cursor = None;
    while names.len() < SUGGESTED {
        let Ok(page) = state.app.people(&who.0.caller, &PeopleQuery { cursor: cursor.clone(), ..query.clone() }).await
        else {
            break;
        };
        names.extend(page.items.iter().filter(|p| p.tier != rete_core::Tier::Archived).map(|p| match &p.company {
            Some(c) => (format!("#{} {}", p.id.0, p.name), c.clone()),
            None => (format!("#{} {}", p.id.0, p.name), String::new()),
        }));
        match &page.next_cursor {
            Some(c) => cursor = Some(c.clone()),
            None => break,
        }
    }
    html! { datalist id=(id) { @for (value, company) in names.iter().take(SUGGESTED) { option value=(value) { (company) } } } }
        .into_string()
}

fn form_page(who: &Signed, f: &LogForm, error: Option<&AppError>, choices: &[Candidate]) -> Markup {
    let l = who.l();
    let kind = if f.kind.is_empty() { "meeting" } else { f.kind.as_str() };
    let on = if f.on.is_empty() { who.0.caller.today.to_string() } else { f.on.clone() };
    let field_error =
        |name: &str| error.filter(|e| e.field() == Some(name_static(name))).map(|e| e.message(who.lang()));
    let body = html! {
        h1 { (t!("log.title", locale = l)) }
        @if let Some(e) = error.filter(|e| e.field().is_none() || !["with", "on", "topics", "notes"].contains(&e.field().unwrap_or(""))) {
            p class="error" role="alert" { (e.message(who.lang())) }
        }
        form method="post" action="/log" class="stack card" {
            fieldset class="choices" {
                legend { (t!("log.kind", locale = l)) }
                @for k in InteractionKind::ALL {
                    label class="choice" {
                        input type="radio" name="kind" value=(k.as_str()) checked[k.as_str() == kind];
                        span { (t!(format!("kind.{}", k.as_str()), locale = l)) }
                    }
                }
            }
            label for="with" { (t!("log.with", locale = l)) }
            @if choices.is_empty() {
                input type="text" id="with" name="with" list="people-names" data-names="/people/names" value=(f.with) required autocomplete="off"
                    aria-describedby="with-hint" aria-invalid=[field_error("with").map(|_| "true")];
                p class="muted hint" id="with-hint" { (t!("log.with_hint", locale = l)) }
            } @else {
                fieldset class="choices" {
                    legend class="error" { (t!("log.which", locale = l, name = f.with)) }
                    @for c in choices {
                        label class="choice" { input type="radio" name="with" value={ "#" (c.id) } required; span { (c.label) } }
                    }
                }
            }
            @if let Some(m) = field_error("with") { p class="error" id="with-error" { (m) } }
            label class="check" {
                input type="checkbox" name="create" value="on" checked[f.create.is_some()];
                span { (t!("log.create", locale = l)) }
            }
            label for="on" { (t!("log.when", locale = l)) }
            input type="date" id="on" name="on" value=(on) max=(who.0.caller.today.succ_opt().unwrap_or(who.0.caller.today).to_string());
            @if let Some(m) = field_error("on") { p class="error" { (m) } }
            label for="topics" { (t!("log.topics", locale = l)) }
            input type="text" id="topics" name="topics" value=(f.topics) aria-describedby="topics-hint";
            p class="muted hint" id="topics-hint" { (t!("log.topics_hint", locale = l)) }
            label for="notes" { (t!("log.notes", locale = l)) }
            textarea id="notes" name="notes" rows="3" { (f.notes) }
            label for="purpose" { (t!("log.purpose", locale = l)) }
            select id="purpose" name="purpose" {
                option value="" selected[f.purpose.is_empty()] { (t!("log.purpose_none", locale = l)) }
                @for p in Purpose::ALL {
                    option value=(p.as_str()) selected[f.purpose == p.as_str()] { (t!(format!("log.purpose_{}", p.as_str()), locale = l)) }
                }
            }
            label for="by" { (t!("log.by", locale = l)) }
            select id="by" name="by" {
                option value="me" selected[f.by != "them"] { (t!("log.by_me", locale = l)) }
                option value="them" selected[f.by == "them"] { (t!("log.by_them", locale = l)) }
            }
            button type="submit" class="primary" { (t!("log.save", locale = l)) }
        }
    };
    app_page(who.lang(), &t!("log.title", locale = l), Section::Log, body)
}

fn name_static(name: &str) -> &'static str {
    match name {
        "with" => "with",
        "on" => "on",
        "topics" => "topics",
        "notes" => "notes",
        _ => "",
    }
}

pub async fn form(State(state): State<AppState>, who: Signed, Query(q): Query<LogQuery>) -> Result<Response, Failure> {
    let mut f = LogForm::default();
    if let Some(id) = q.with {
        let p = state.app.person(&who.0.caller, PersonId(id)).await.or_fail(&who)?;
        f.with = format!("#{} {}", p.id.0, p.name);
    }
    Ok(html_page(form_page(&who, &f, None, &[])))
}

async fn record(state: &AppState, who: &Signed, f: &LogForm) -> Result<PersonId, AppError> {
    let caller = &who.0.caller;
    let kind: InteractionKind =
        f.kind.parse().map_err(|e: rete_core::UnknownValue| AppError::invalid("kind", e.to_string()))?;
    let on = caller.date_or_today("on", Some(f.on.as_str()).filter(|s| !s.trim().is_empty()), DateRule::Happened)?;
    let purpose = match f.purpose.trim() {
        "" => None,
        p => Some(p.parse().map_err(|e: rete_core::UnknownValue| AppError::invalid("purpose", e.to_string()))?),
    };
    let typed = f.with.trim();
    if typed.is_empty() {
        return Err(AppError::required("with", caller.lang));
    }
    let person = match named(state, who, typed).await {
        Ok(p) => p,
        Err(AppError::NotFound { .. }) if f.create.is_some() && typed_id(typed).is_none() => {
            let data = PersonData { met_on: Some(on), ..PersonData::named(typed) };
            state.app.create_person(caller, data).await?
        }
        Err(e) => return Err(e),
    };
    let data = InteractionData {
        kind,
        on,
        with: vec![person.id],
        topics: Some(f.topics.clone()),
        notes: Some(f.notes.clone()),
        purpose,
        by: if f.by == "them" { Initiator::Them } else { Initiator::Me },
    };
    state.app.log_interaction(caller, data).await?;
    Ok(person.id)
}

pub async fn submit(State(state): State<AppState>, who: Signed, Form(f): Form<LogForm>) -> Response {
    match record(&state, &who, &f).await {
        Ok(id) => done(&format!("/people/{}", id.0), "logged"),
        Err(e) => {
            let choices = match &e {
                AppError::Ambiguous { candidates, .. } => candidates.clone(),
                _ => Vec::new(),
            };
            let status = crate::error::status_for(&e);
            let shown = if choices.is_empty() { Some(&e) } else { None };
            (status, axum::response::Html(form_page(&who, &f, shown, &choices).into_string())).into_response()
        }
    }
}
