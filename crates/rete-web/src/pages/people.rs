//! People: search (accent- and case-insensitive, as the CLI) with filters
//! by tier, tag, company and city; adding a person and editing one. The
//! form's fields are the API's (`PersonInput`), so a rule about a field
//! is written once.

use super::layout::{app_page, Section};
use super::{done, html_page, notice, Failure, OrFail, Signed};
use crate::api::people::PersonInput;
use crate::AppState;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Response};
use axum::Form;
use maud::{html, Markup};
use rete_app::people::{PeopleQuery, PeopleSort};
use rete_app::AppError;
use rete_core::{Person, PersonData, PersonId, Tier};
use rete_i18n::t;
use serde::Deserialize;

/// What a new account sees instead of an empty list: how to bring their
/// network in, and how to add the first person.
pub fn first_steps(l: &str) -> Markup {
    html! {
        section class="card teach" id="first-steps" {
            h2 { (t!("first.title", locale = l)) }
            p { (t!("first.why", locale = l)) }
            ol class="steps" {
                li { strong { (t!("first.linkedin", locale = l)) } " " (t!("first.linkedin_how", locale = l)) }
                li { strong { (t!("first.phone", locale = l)) } " " (t!("first.phone_how", locale = l)) }
                li { strong { (t!("first.import", locale = l)) } " " code { "rete import FILE" } }
            }
            p { a class="button" href="/people/new" { (t!("first.add", locale = l)) } " "
                a class="button secondary" href="/log" { (t!("first.log", locale = l)) } }
        }
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct ListQuery {
    pub q: Option<String>,
    pub tier: Option<String>,
    pub tag: Option<String>,
    pub company: Option<String>,
    pub city: Option<String>,
    pub sector: Option<String>,
    pub sort: Option<String>,
    pub cursor: Option<String>,
    pub ok: Option<String>,
}

fn nonempty(v: &Option<String>) -> Option<String> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_string)
}

fn subtitle(p: &Person) -> String {
    [p.role.as_deref(), p.company.as_deref(), p.city.as_deref()].into_iter().flatten().collect::<Vec<_>>().join(" · ")
}

pub async fn list(State(state): State<AppState>, who: Signed, Query(q): Query<ListQuery>) -> Result<Response, Failure> {
    let l = who.l();
    let tier = match nonempty(&q.tier) {
        Some(t) => Some(t.parse::<Tier>().map_err(|e| AppError::invalid("tier", e.to_string())).or_fail(&who)?),
        None => None,
    };
    let query = PeopleQuery {
        q: nonempty(&q.q),
        tier,
        tag: nonempty(&q.tag),
        company: nonempty(&q.company),
        city: nonempty(&q.city),
        sector: nonempty(&q.sector),
        sort: q.sort.as_deref().and_then(PeopleSort::parse),
        limit: Some(50),
        cursor: q.cursor.clone(),
    };
    let page = state.app.people(&who.0.caller, &query).await.or_fail(&who)?;
    let total = state.app.people_count(&who.0.caller).await.or_fail(&who)?;
    let filtered = query.q.is_some()
        || tier.is_some()
        || query.tag.is_some()
        || query.company.is_some()
        || query.city.is_some()
        || query.sector.is_some();
    let sort = query.sort.unwrap_or(PeopleSort::Name);
    let next = page.next_cursor.as_ref().map(|c| {
        let mut url = url_with(&q, "cursor", c);
        url.insert_str(0, "/people?");
        url
    });
    let body = html! {
        div class="title-row" {
            h1 { (t!("people.title", locale = l)) }
            a class="button" href="/people/new" { (t!("people.add", locale = l)) }
        }
        (notice(q.ok.as_deref(), l))
        @if total == 0 {
            (first_steps(l))
        } @else {
            form method="get" action="/people" class="search card" role="search" {
                label for="q" class="sr-only" { (t!("people.search", locale = l)) }
                input type="search" id="q" name="q" value=(q.q.clone().unwrap_or_default())
                    placeholder=(t!("people.search_hint", locale = l)) autocomplete="off"
                    hx-get="/people" hx-trigger="input changed delay:250ms, search" hx-include="closest form"
                    hx-target="#people-results" hx-select="#people-results" hx-swap="outerHTML" hx-push-url="true";
                details class="filters" open[query.tag.is_some() || query.company.is_some() || query.city.is_some() || query.sector.is_some() || tier.is_some() || sort != PeopleSort::Name] {
                    summary { (t!("people.filters", locale = l)) }
                    div class="grid" {
                        label for="tier" { (t!("people.tier", locale = l)) }
                        select id="tier" name="tier" {
                            option value="" { (t!("people.any_tier", locale = l)) }
                            @for t in Tier::ALL {
                                option value=(t.as_str()) selected[tier == Some(*t)] { (t!(format!("tier.{}", t.as_str()), locale = l)) }
                            }
                        }
                        label for="tag" { (t!("people.tag", locale = l)) }
                        input type="text" id="tag" name="tag" value=(q.tag.clone().unwrap_or_default());
                        label for="company" { (t!("people.company", locale = l)) }
                        input type="text" id="company" name="company" value=(q.company.clone().unwrap_or_default());
                        label for="city" { (t!("people.city", locale = l)) }
                        input type="text" id="city" name="city" value=(q.city.clone().unwrap_or_default());
                        label for="sector" { (t!("person.sector", locale = l)) }
                        input type="text" id="sector" name="sector" value=(q.sector.clone().unwrap_or_default());
                        label for="sort" { (t!("people.sort", locale = l)) }
                        select id="sort" name="sort" {
                            @for (value, key, s) in [("name", "people.sort_name", PeopleSort::Name), ("strength", "people.sort_strength", PeopleSort::Strength), ("last_contact", "people.sort_last", PeopleSort::LastContact)] {
                                option value=(value) selected[sort == s] { (t!(key, locale = l)) }
                            }
                        }
                    }
                }
                button type="submit" class="primary" { (t!("people.search_button", locale = l)) }
            }
            div id="people-results" {
                p class="muted" { (t!("people.count", locale = l, shown = page.items.len(), total = total)) }
                @if page.items.is_empty() {
                    p class="card" { (t!("people.none", locale = l)) }
                } @else {
                    ul class="people card" {
                        @for p in &page.items {
                            li {
                                a href={ "/people/" (p.id.0) } {
                                    span class="name" { (p.name) }
                                    @if p.tier != Tier::Network {
                                        " " span class={ "badge tier-" (p.tier.as_str()) } { (t!(format!("tier.{}", p.tier.as_str()), locale = l)) }
                                    }
                                }
                                @let sub = subtitle(p);
                                @if !sub.is_empty() { p class="muted" { (sub) } }
                            }
                        }
                    }
                }
                @if let Some(next) = next { p { a class="button secondary" href=(next) { (t!("people.more", locale = l)) } } }
                @if filtered { p { a href="/people" { (t!("people.clear", locale = l)) } } }
            }
        }
    };
    Ok(html_page(app_page(who.lang(), &t!("people.title", locale = l), Section::People, body)))
}

/// The query string of `q` with `key` set to `value` (a percent-encoded form).
fn url_with(q: &ListQuery, key: &str, value: &str) -> String {
    let mut pairs: Vec<(&str, String)> = Vec::new();
    let fields = [
        ("q", &q.q),
        ("tier", &q.tier),
        ("tag", &q.tag),
        ("company", &q.company),
        ("city", &q.city),
        ("sector", &q.sector),
        ("sort", &q.sort),
    ];
    for (k, v) in fields {
        if let Some(v) = nonempty(v) {
            pairs.push((k, v));
        }
    }
    pairs.push((key, value.to_string()));
    serde_urlencoded_pairs(&pairs)
}

fn serde_urlencoded_pairs(pairs: &[(&str, String)]) -> String {
    pairs.iter().map(|(k, v)| format!("{k}={}", percent(v))).collect::<Vec<_>>().join("&")
}

/// Percent-encodes a query value (RFC 3986 unreserved characters pass).
pub fn percent(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    for b in v.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The person form as it is posted: text fields; lists one per line.
#[derive(Debug, Default, Deserialize)]
pub struct PersonForm {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub company: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub city: String,
    #[serde(default)]
    pub sector: String,
    #[serde(default)]
    pub tier: String,
    #[serde(default)]
    pub cadence_days: String,
    #[serde(default)]
    pub emails: String,
    #[serde(default)]
    pub phones: String,
    #[serde(default)]
    pub tags: String,
    #[serde(default)]
    pub birthday: String,
    #[serde(default)]
    pub met_on: String,
    #[serde(default)]
    pub met_at: String,
    #[serde(default)]
    pub links: String,
    #[serde(default)]
    pub notes: String,
}

fn lines(text: &str, commas: bool) -> Vec<String> {
    text.split(|c| c == '\n' || (commas && c == ','))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

impl PersonForm {
    fn of(p: &PersonData) -> PersonForm {
        PersonForm {
            name: p.name.clone(),
            company: p.company.clone().unwrap_or_default(),
            role: p.role.clone().unwrap_or_default(),
            city: p.city.clone().unwrap_or_default(),
            sector: p.sector.clone().unwrap_or_default(),
            tier: p.tier.as_str().to_string(),
            cadence_days: p.cadence_days.map(|c| c.to_string()).unwrap_or_default(),
            emails: p.emails.join("\n"),
            phones: p.phones.join("\n"),
            tags: p.tags.join(", "),
            birthday: p.birthday.map(|b| b.to_string()).unwrap_or_default(),
            met_on: p.met_on.map(|d| d.to_string()).unwrap_or_default(),
            met_at: p.met_at.clone().unwrap_or_default(),
            links: p.links.join("\n"),
            notes: p.notes.clone().unwrap_or_default(),
        }
    }

    fn input(&self) -> Result<PersonInput, AppError> {
        let cadence = match self.cadence_days.trim() {
            "" => Some(0),
            c => Some(c.parse::<u32>().map_err(|_| AppError::invalid("cadence_days", "a number of days"))?),
        };
        let tier = match self.tier.trim() {
            "" => None,
            t => Some(t.parse::<Tier>().map_err(|e| AppError::invalid("tier", e.to_string()))?),
        };
        Ok(PersonInput {
            name: Some(self.name.trim().to_string()),
            company: Some(self.company.clone()),
            role: Some(self.role.clone()),
            city: Some(self.city.clone()),
            sector: Some(self.sector.clone()),
            tier,
            cadence_days: cadence,
            emails: Some(lines(&self.emails, true)),
            phones: Some(lines(&self.phones, false)),
            tags: Some(lines(&self.tags, true)),
            birthday: Some(self.birthday.clone()),
            met_on: Some(self.met_on.clone()),
            met_at: Some(self.met_at.clone()),
            links: Some(lines(&self.links, false)),
            notes: Some(self.notes.clone()),
            ..Default::default()
        })
    }
}

fn person_form(who: &Signed, action: &str, f: &PersonForm, error: Option<&AppError>) -> Markup {
    let l = who.l();
    let err_for = |field: &str| error.filter(|e| e.field() == Some(field)).map(|e| e.message(who.lang()));
    let text = |name: &'static str, value: &str, kind: &'static str, autocomplete: &'static str| {
        let err = err_for(name);
        html! {
            label for=(name) { (t!(format!("person.{name}"), locale = l)) }
            input type=(kind) id=(name) name=(name) value=(value) autocomplete=(autocomplete)
                aria-invalid=[err.as_ref().map(|_| "true")] required[name == "name"];
            @if let Some(m) = err { p class="error" { (m) } }
        }
    };
    let area = |name: &'static str, value: &str, hint: bool| {
        let err = err_for(name);
        html! {
            label for=(name) { (t!(format!("person.{name}"), locale = l)) }
            textarea id=(name) name=(name) rows="2" aria-describedby=[hint.then(|| format!("{name}-hint"))] { (value) }
            @if hint { p class="muted hint" id={ (name) "-hint" } { (t!(format!("person.{name}_hint"), locale = l)) } }
            @if let Some(m) = err { p class="error" { (m) } }
        }
    };
    html! {
        @if let Some(e) = error.filter(|e| e.field().is_none()) { p class="error" role="alert" { (e.message(who.lang())) } }
        form method="post" action=(action) class="stack card" {
            (text("name", &f.name, "text", "off"))
            (text("company", &f.company, "text", "off"))
            (text("role", &f.role, "text", "off"))
            (text("city", &f.city, "text", "off"))
            (text("sector", &f.sector, "text", "off"))
            label for="tier" { (t!("people.tier", locale = l)) }
            select id="tier" name="tier" {
                @for t in Tier::ALL {
                    option value=(t.as_str()) selected[f.tier == t.as_str() || (f.tier.is_empty() && *t == Tier::Network)] {
                        (t!(format!("tier.{}", t.as_str()), locale = l))
                    }
                }
            }
            (text("cadence_days", &f.cadence_days, "number", "off"))
            (area("emails", &f.emails, true))
            (area("phones", &f.phones, true))
            (text("tags", &f.tags, "text", "off"))
            (text("birthday", &f.birthday, "text", "off"))
            (text("met_on", &f.met_on, "date", "off"))
            (text("met_at", &f.met_at, "text", "off"))
            (area("links", &f.links, true))
            (area("notes", &f.notes, false))
            button type="submit" class="primary" { (t!("person.save", locale = l)) }
        }
    }
}

pub async fn new_form(who: Signed) -> Response {
    let l = who.l();
    let body =
        html! { h1 { (t!("people.add", locale = l)) } (person_form(&who, "/people", &PersonForm::default(), None)) };
    html_page(app_page(who.lang(), &t!("people.add", locale = l), Section::People, body))
}

fn refused(who: &Signed, title: &str, action: &str, f: &PersonForm, e: &AppError) -> Response {
    let body = html! { h1 { (title) } (person_form(who, action, f, Some(e))) };
    let page = app_page(who.lang(), title, Section::People, body);
    (crate::error::status_for(e), Html(page.into_string())).into_response()
}

pub async fn create(State(state): State<AppState>, who: Signed, Form(f): Form<PersonForm>) -> Response {
    let caller = &who.0.caller;
    let result = async {
        if f.name.trim().is_empty() {
            return Err(AppError::required("name", caller.lang));
        }
        let mut data = PersonData::named("");
        f.input()?.apply(caller, &mut data)?;
        state.app.create_person(caller, data).await
    }
    .await;
    match result {
        Ok(p) => done(&format!("/people/{}", p.id.0), "added"),
        Err(e) => refused(&who, &t!("people.add", locale = who.l()), "/people", &f, &e),
    }
}

pub async fn edit_form(State(state): State<AppState>, who: Signed, Path(id): Path<i64>) -> Result<Response, Failure> {
    let l = who.l();
    let p = state.app.person(&who.0.caller, PersonId(id)).await.or_fail(&who)?;
    let title = t!("person.edit_title", locale = l, name = p.name);
    let body = html! {
        h1 { (title) }
        (person_form(&who, &format!("/people/{id}/edit"), &PersonForm::of(&p.data), None))
    };
    Ok(html_page(app_page(who.lang(), &title, Section::People, body)))
}

pub async fn edit(
    State(state): State<AppState>,
    who: Signed,
    Path(id): Path<i64>,
    Form(f): Form<PersonForm>,
) -> Response {
    let caller = &who.0.caller;
    let result = async {
        let mut person = state.app.person(caller, PersonId(id)).await?;
        if f.name.trim().is_empty() {
            return Err(AppError::required("name", caller.lang));
        }
        f.input()?.apply(caller, &mut person.data)?;
        state.app.update_person(caller, &person).await
    }
    .await;
    match result {
        Ok(p) => done(&format!("/people/{}", p.id.0), "saved"),
        Err(e @ AppError::NotFound { .. }) => Failure { lang: who.lang(), error: e }.into_response(),
        Err(e) => refused(&who, &t!("person.edit", locale = who.l()), &format!("/people/{id}/edit"), &f, &e),
    }
}
