//! A person's page: the card (tier, cadence, how you met, introduced by,
//! strength, 12-month balance, a one-sided signal), the timeline of
//! everything recorded together, and the actions: log, draft, edit,
//! give/receive, follow-up, milestone, archive, merge, delete.

use super::layout::{app_page, Section};
use super::people::percent;
use super::{day, done, html_page, notice, Failure, OrFail, Signed};
use crate::AppState;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::Form;
use maud::{html, Markup};
use rete_app::timeline::Entry;
use rete_app::AppError;
use rete_core::draft::DraftKind;
use rete_core::strength::OneSided;
use rete_core::{
    DateRule, Direction, ExchangeData, ExchangeKind, MilestoneData, MilestoneKind, Person, PersonId, Tier,
};
use rete_i18n::t;
use serde::Deserialize;

/// How many timeline entries the page shows before saying how many more.
const TIMELINE_SHOWN: usize = 100;

#[derive(Debug, Default, Deserialize)]
pub struct Notice {
    pub ok: Option<String>,
}

fn entry(who: &Signed, e: &Entry, names: &dyn Fn(PersonId) -> String) -> Markup {
    let l = who.l();
    html! {
        li class={ "entry entry-" (entry_type(e)) } {
            span class="when" { (day(e.on(), who)) }
            @match e {
                Entry::Interaction(i) => {
                    strong { (t!(format!("kind.{}", i.kind.as_str()), locale = l)) }
                    @if i.with.len() > 1 {
                        " " span class="muted" { (t!("timeline.with_others", locale = l, count = i.with.len() - 1)) }
                    }
                    @if let Some(t) = &i.topics { p { (t) } }
                    @if let Some(n) = &i.notes { p class="muted" { (n) } }
                }
                Entry::Exchange(x) => {
                    strong { (t!(format!("timeline.{}", x.direction.as_str()), locale = l)) ": " (t!(format!("xkind.{}", x.kind.as_str()), locale = l)) }
                    @if let Some(a) = x.amount_cents { " " span { (euros(a, who)) } }
                    @if let Some(n) = &x.note { p { (n) } }
                    @if x.direction == Direction::Received {
                        @match x.thanked_on {
                            Some(d) => { p class="muted" { (t!("timeline.thanked_on", locale = l, date = day(d, who))) } }
                            None => {
                                form method="post" action={ "/ledger/" (x.id.0) "/thank" } class="inline" {
                                    input type="hidden" name="back" value={ "/people/" (x.person.0) };
                                    button type="submit" class="chip primary-chip" { (t!("ledger.thank", locale = l)) }
                                }
                            }
                        }
                    }
                }
                Entry::Milestone(m) => {
                    strong { (t!(format!("mkind.{}", m.kind.as_str()), locale = l)) }
                    @if let Some(n) = &m.note { p { (n) } }
                }
                Entry::Followup(f) => {
                    strong { (t!("timeline.followup", locale = l)) } " " (f.text)
                    @match f.done_on {
                        Some(d) => { p class="muted" { (t!("timeline.done_on", locale = l, date = day(d, who))) } }
                        None => { p class="muted" { (t!("timeline.due_on", locale = l, date = day(f.effective_due(), who))) } }
                    }
                }
                Entry::Introduction(i) => {
                    strong { (t!("timeline.intro", locale = l)) } " "
                    (t!("timeline.intro_to", locale = l, target = names(i.target), via = names(i.via)))
                    p class="muted" { (t!(format!("timeline.intro_{}", i.status.as_str()), locale = l)) }
                }
            }
        }
    }
}

fn entry_type(e: &Entry) -> &'static str {
    match e {
        Entry::Interaction(_) => "interaction",
        Entry::Exchange(_) => "exchange",
        Entry::Milestone(_) => "milestone",
        Entry::Followup(_) => "followup",
        Entry::Introduction(_) => "introduction",
    }
}

/// Money as the reader writes it: "1.250,50 €", "€1,250.50".
pub fn euros(cents: i64, who: &Signed) -> String {
    rete_core::numbers::euros(cents, who.lang())
}

fn contact_links(p: &Person) -> Markup {
    html! {
        @for e in &p.emails { a class="chip" href={ "mailto:" (e) } { (e) } }
        @for ph in &p.phones { a class="chip" href={ "tel:" (ph.replace(' ', "")) } { (ph) } }
    }
}

fn today_input(who: &Signed, id: &str, name: &str, max_tomorrow: bool) -> Markup {
    let today = who.0.caller.today;
    let max = if max_tomorrow { today.succ_opt().map(|d| d.to_string()) } else { None };
    html! { input type="date" id=(id) name=(name) value=(today.to_string()) max=[max]; }
}

pub async fn show(
    State(state): State<AppState>,
    who: Signed,
    Path(id): Path<i64>,
    Query(q): Query<Notice>,
) -> Result<Response, Failure> {
    let l = who.l();
    let caller = &who.0.caller;
    let card = state.app.person_card(caller, PersonId(id)).await.or_fail(&who)?;
    let timeline = state.app.timeline(caller, PersonId(id)).await.or_fail(&who)?;
    let p = &card.person;
    let others = state.app.names_in(caller, &timeline).await;
    let names = |pid: PersonId| others.get(&pid).cloned().unwrap_or_else(|| format!("#{}", pid.0));
    let cadence = p.cadence_days.or_else(|| state.app.rules.cadence(p));
    let sub = [p.role.as_deref(), p.company.as_deref(), p.city.as_deref()].into_iter().flatten().collect::<Vec<_>>();
    let body = html! {
        (notice(q.ok.as_deref(), l))
        section class="card person" {
            h1 id="person-name" { (p.name) }
            @if !sub.is_empty() { p class="muted" { (sub.join(" · ")) } }
            div class="chips" { (contact_links(p)) }
            dl class="facts" {
                dt { (t!("people.tier", locale = l)) }
                dd { (t!(format!("tier.{}", p.tier.as_str()), locale = l))
                    @if let Some(c) = cadence { " · " (t!("card.cadence", locale = l, days = c)) } }
                dt { (t!("card.strength", locale = l)) }
                dd { meter min="0" max="100" value=(card.strength) aria-label=(t!("card.strength", locale = l)) {} " " (format!("{:.0}", card.strength)) "/100" }
                dt { (t!("card.last_contact", locale = l)) }
                dd { @match card.last_contact { Some(d) => (day(d, &who)), None => (t!("card.never", locale = l)) } }
                @if p.met_on.is_some() || p.met_at.is_some() {
                    dt { (t!("card.met", locale = l)) }
                    dd { @if let Some(d) = p.met_on { (day(d, &who)) } @if p.met_on.is_some() && p.met_at.is_some() { " · " } @if let Some(a) = &p.met_at { (a) } }
                }
                @if let (Some(by), Some(name)) = (p.introduced_by, &card.introduced_by_name) {
                    dt { (t!("card.introduced_by", locale = l)) }
                    dd { a href={ "/people/" (by.0) } { (name) } }
                }
                dt { (t!("card.balance", locale = l)) }
                dd { (t!("card.balance_value", locale = l, given = card.balance_12m.given, received = card.balance_12m.received)) }
                @if !p.tags.is_empty() {
                    dt { (t!("people.tag", locale = l)) }
                    dd { @for tag in &p.tags { a class="chip" href={ "/people?tag=" (percent(tag)) } { (tag) } } }
                }
                @if let Some(b) = p.birthday {
                    dt { (t!("card.birthday", locale = l)) }
                    dd { (rete_core::reason::day_month(b.next_on_or_after(who.0.caller.today), who.lang())) }
                }
            }
            @if let Some(signal) = &card.signal {
                p class="signal" role="note" { @match signal {
                    OneSided::TheyOnlyAsk { asks } => (t!("card.they_only_ask", locale = l, count = asks)),
                    OneSided::YouOnlyAsk { asks } => (t!("card.you_only_ask", locale = l, count = asks)),
                } }
            }
            @if p.tier == Tier::Archived {
                p class="muted" { (t!("card.archived", locale = l)) @if let Some(r) = &p.status_reason { ": " (r) } }
            }
            @if let Some(n) = &p.notes { p class="notes" { (n) } }
            div class="actions" {
                a class="button" href={ "/log?with=" (id) } { (t!("today.log", locale = l)) }
                a class="button secondary" href={ "/people/" (id) "/draft?kind=follow-up" } { (t!("today.draft", locale = l)) }
                a class="button secondary" href={ "/people/" (id) "/edit" } { (t!("person.edit", locale = l)) }
            }
        }
        (forms(&who, id))
        section class="card" {
            h2 { (t!("timeline.title", locale = l)) }
            @if timeline.is_empty() {
                p class="muted" { (t!("timeline.empty", locale = l)) }
            } @else {
                ol class="timeline" {
                    @for e in timeline.iter().take(TIMELINE_SHOWN) { (entry(&who, e, &names)) }
                }
                @if timeline.len() > TIMELINE_SHOWN {
                    p class="muted" { (t!("timeline.more", locale = l, count = timeline.len() - TIMELINE_SHOWN))
                        " " a href={ "/api/v1/people/" (id) "/timeline" } { "JSON" } }
                }
            }
        }
        section class="card danger" {
            h2 { (t!("person.other_actions", locale = l)) }
            form method="post" action={ "/people/" (id) "/archive" } class="stack" {
                label for="reason" { (t!("person.archive_reason", locale = l)) }
                input type="text" id="reason" name="reason" required;
                button type="submit" class="secondary" { (t!("person.archive", locale = l)) }
            }
            form method="get" action={ "/people/" (id) "/merge" } class="stack" {
                label for="merge-with" { (t!("person.merge_with", locale = l)) }
                input type="text" id="merge-with" name="with" list="people-names" data-names="/people/names" required autocomplete="off";
                button type="submit" class="secondary" { (t!("person.merge_preview", locale = l)) }
            }
            p { a class="button danger-button" href={ "/people/" (id) "/delete" } { (t!("person.delete", locale = l)) } }
        }
    };
    Ok(html_page(app_page(who.lang(), &p.name, Section::People, body)))
}

/// Give/receive, follow-up and milestone, folded until opened.
fn forms(who: &Signed, id: i64) -> Markup {
    let l = who.l();
    html! {
        section class="card forms" {
            details {
                summary { (t!("person.exchange_title", locale = l)) }
                form method="post" action={ "/people/" (id) "/exchange" } class="stack" {
                    fieldset class="choices" {
                        legend { (t!("person.direction", locale = l)) }
                        @for d in Direction::ALL {
                            label class="choice" { input type="radio" name="direction" value=(d.as_str()) checked[*d == Direction::Given] required;
                                span { (t!(format!("timeline.{}", d.as_str()), locale = l)) } }
                        }
                    }
                    label for="x-kind" { (t!("person.exchange_kind", locale = l)) }
                    select id="x-kind" name="kind" {
                        @for k in ExchangeKind::ALL { option value=(k.as_str()) { (t!(format!("xkind.{}", k.as_str()), locale = l)) } }
                    }
                    label for="x-on" { (t!("log.when", locale = l)) }
                    (today_input(who, "x-on", "on", true))
                    label for="x-amount" { (t!("person.amount", locale = l)) }
                    input type="text" id="x-amount" name="amount" inputmode="decimal" aria-describedby="x-amount-hint";
                    p class="muted hint" id="x-amount-hint" { (t!("person.amount_hint", locale = l)) }
                    label for="x-note" { (t!("person.note", locale = l)) }
                    input type="text" id="x-note" name="note";
                    button type="submit" class="primary" { (t!("person.record", locale = l)) }
                }
            }
            details {
                summary { (t!("person.followup_title", locale = l)) }
                form method="post" action={ "/people/" (id) "/followup" } class="stack" {
                    label for="f-text" { (t!("person.followup_text", locale = l)) }
                    input type="text" id="f-text" name="text" required;
                    label for="f-due" { (t!("person.due", locale = l)) }
                    input type="date" id="f-due" name="due" required value=(who.0.caller.today.succ_opt().unwrap_or(who.0.caller.today).to_string());
                    button type="submit" class="primary" { (t!("person.add_followup", locale = l)) }
                }
            }
            details {
                summary { (t!("person.milestone_title", locale = l)) }
                form method="post" action={ "/people/" (id) "/milestone" } class="stack" {
                    label for="m-kind" { (t!("person.milestone_kind", locale = l)) }
                    select id="m-kind" name="kind" {
                        @for k in MilestoneKind::ALL { option value=(k.as_str()) { (t!(format!("mkind.{}", k.as_str()), locale = l)) } }
                    }
                    label for="m-on" { (t!("log.when", locale = l)) }
                    (today_input(who, "m-on", "on", false))
                    label for="m-note" { (t!("person.note", locale = l)) }
                    input type="text" id="m-note" name="note";
                    button type="submit" class="primary" { (t!("person.add_milestone", locale = l)) }
                }
            }
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct DraftQuery {
    pub kind: Option<String>,
}

/// A wa.me link wants the number in international form, digits only.
fn whatsapp(phone: &str) -> Option<String> {
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    let international = if phone.trim_start().starts_with('+') {
        digits
    } else if let Some(rest) = digits.strip_prefix("00") {
        rest.to_string()
    } else if digits.starts_with('3') && digits.len() >= 9 {
        // An Italian mobile written without its country code.
        format!("39{digits}")
    } else {
        return None;
    };
    (international.len() >= 8).then_some(international)
}

pub async fn draft(
    State(state): State<AppState>,
    who: Signed,
    Path(id): Path<i64>,
    Query(q): Query<DraftQuery>,
) -> Result<Response, Failure> {
    let l = who.l();
    let caller = &who.0.caller;
    let kind_text = q.kind.unwrap_or_else(|| "follow-up".into());
    let kind: DraftKind = kind_text
        .parse()
        .map_err(|e: rete_core::UnknownValue| AppError::invalid("kind", e.to_string()))
        .or_fail(&who)?;
    let person = state.app.person(caller, PersonId(id)).await.or_fail(&who)?;
    let draft = state.app.draft(caller, PersonId(id), kind).await;
    let kinds = ["thanks", "follow-up", "one-to-one", "congrats", "reconnect", "give"];
    let body = html! {
        h1 { (t!("draft.title", locale = l, name = person.name)) }
        nav class="chips" aria-label=(t!("draft.kinds", locale = l)) {
            @for k in kinds {
                a class="chip" href={ "/people/" (id) "/draft?kind=" (k) } aria-current=[(k == kind_text).then_some("page")] {
                    (t!(format!("draft.kind_{}", k.replace('-', "_")), locale = l))
                }
            }
        }
        @match &draft {
            Ok(d) => {
                section class="card" {
                    label for="draft-text" { (t!("draft.text", locale = l)) }
                    textarea id="draft-text" rows="8" class="draft" { (d.text) }
                    div class="actions" {
                        button type="button" class="chip primary-chip" data-copy="draft-text" hidden { (t!("draft.copy", locale = l)) }
                        @if let Some(e) = &d.email {
                            a class="chip" href={ "mailto:" (e) "?body=" (percent(&d.text)) } { (t!("draft.email", locale = l)) }
                        }
                        @if let Some(n) = d.phone.as_deref().and_then(whatsapp) {
                            a class="chip" href={ "https://wa.me/" (n) "?text=" (percent(&d.text)) } { "WhatsApp" }
                        }
                        a class="chip" href={ "/log?with=" (id) } { (t!("draft.log_it", locale = l)) }
                    }
                    p class="muted hint" { (t!("draft.hint", locale = l)) }
                }
            }
            Err(e) => { section class="card" { p class="error" role="alert" { (e.message(who.lang())) } } }
        }
        p { a href={ "/people/" (id) } { (t!("draft.back", locale = l, name = person.name)) } }
    };
    Ok(html_page(app_page(who.lang(), &t!("today.draft", locale = l), Section::People, body)))
}

#[derive(Debug, Deserialize)]
pub struct ExchangeForm {
    pub direction: String,
    pub kind: String,
    #[serde(default)]
    pub on: String,
    #[serde(default)]
    pub amount: String,
    #[serde(default)]
    pub note: String,
}

/// An amount typed in the reader's language ("1.250,50" in Italian,
/// "1,250.50" in English), in euro cents; empty is none.
pub fn cents(text: &str, lang: rete_core::Lang) -> Result<Option<i64>, AppError> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    rete_core::parse_amount(text, lang).map(Some).map_err(AppError::from)
}

pub async fn exchange(
    State(state): State<AppState>,
    who: Signed,
    Path(id): Path<i64>,
    Form(f): Form<ExchangeForm>,
) -> Result<Response, Failure> {
    let caller = &who.0.caller;
    let parse = |field: &'static str, e: rete_core::UnknownValue| AppError::invalid(field, e.to_string());
    let direction: Direction = f.direction.parse().map_err(|e| parse("direction", e)).or_fail(&who)?;
    let kind: ExchangeKind = f.kind.parse().map_err(|e| parse("kind", e)).or_fail(&who)?;
    let on =
        caller.date_or_today("on", Some(f.on.as_str()).filter(|s| !s.is_empty()), DateRule::Happened).or_fail(&who)?;
    let data = ExchangeData {
        direction,
        kind,
        person: PersonId(id),
        on,
        amount_cents: cents(&f.amount, who.lang()).or_fail(&who)?,
        note: Some(f.note),
        thanked_on: None,
    };
    state.app.record_exchange(caller, data).await.or_fail(&who)?;
    Ok(done(&format!("/people/{id}"), "recorded"))
}

#[derive(Debug, Deserialize)]
pub struct FollowupForm {
    pub text: String,
    pub due: String,
}

pub async fn followup(
    State(state): State<AppState>,
    who: Signed,
    Path(id): Path<i64>,
    Form(f): Form<FollowupForm>,
) -> Result<Response, Failure> {
    let caller = &who.0.caller;
    let due = caller.date("due", &f.due, DateRule::Planned).or_fail(&who)?;
    state.app.add_followup(caller, PersonId(id), due, &f.text).await.or_fail(&who)?;
    Ok(done(&format!("/people/{id}"), "followup"))
}

#[derive(Debug, Deserialize)]
pub struct MilestoneForm {
    pub kind: String,
    #[serde(default)]
    pub on: String,
    #[serde(default)]
    pub note: String,
}

pub async fn milestone(
    State(state): State<AppState>,
    who: Signed,
    Path(id): Path<i64>,
    Form(f): Form<MilestoneForm>,
) -> Result<Response, Failure> {
    let caller = &who.0.caller;
    let kind: MilestoneKind =
        f.kind.parse().map_err(|e: rete_core::UnknownValue| AppError::invalid("kind", e.to_string())).or_fail(&who)?;
    let on =
        caller.date_or_today("on", Some(f.on.as_str()).filter(|s| !s.is_empty()), DateRule::Planned).or_fail(&who)?;
    let data = MilestoneData { person: PersonId(id), kind, on, note: Some(f.note) };
    state.app.add_milestone(caller, data).await.or_fail(&who)?;
    Ok(done(&format!("/people/{id}"), "milestone"))
}

#[derive(Debug, Deserialize)]
pub struct ArchiveForm {
    pub reason: String,
}

pub async fn archive(
    State(state): State<AppState>,
    who: Signed,
    Path(id): Path<i64>,
    Form(f): Form<ArchiveForm>,
) -> Result<Response, Failure> {
    state.app.archive_person(&who.0.caller, PersonId(id), &f.reason).await.or_fail(&who)?;
    Ok(done(&format!("/people/{id}"), "archived"))
}

pub async fn delete_form(State(state): State<AppState>, who: Signed, Path(id): Path<i64>) -> Result<Response, Failure> {
    let l = who.l();
    let p = state.app.person(&who.0.caller, PersonId(id)).await.or_fail(&who)?;
    let body = html! {
        section class="card narrow" {
            h1 { (t!("person.delete_title", locale = l, name = p.name)) }
            p { (t!("person.delete_warning", locale = l)) }
            form method="post" action={ "/people/" (id) "/delete" } class="stack" {
                button type="submit" class="primary danger-button" { (t!("person.delete_confirm", locale = l)) }
            }
            p { a href={ "/people/" (id) } { (t!("person.keep", locale = l)) } }
        }
    };
    Ok(html_page(app_page(who.lang(), &t!("person.delete", locale = l), Section::People, body)))
}

pub async fn delete(State(state): State<AppState>, who: Signed, Path(id): Path<i64>) -> Result<Response, Failure> {
    state.app.delete_person(&who.0.caller, PersonId(id)).await.or_fail(&who)?;
    Ok(done("/people", "deleted"))
}

#[derive(Debug, Deserialize)]
pub struct MergeQuery {
    pub with: String,
}

fn column(who: &Signed, p: &Person) -> Markup {
    let l = who.l();
    let row = |key: &str, v: Option<String>| html! { dt { (t!(format!("person.{key}"), locale = l)) } dd { (v.unwrap_or_else(|| "—".into())) } };
    html! {
        div class="card" {
            h2 { (p.name) " " span class="muted" { "#" (p.id.0) } }
            dl class="facts" {
                (row("company", p.company.clone()))
                (row("role", p.role.clone()))
                (row("city", p.city.clone()))
                (row("emails", Some(p.emails.join(", ")).filter(|s| !s.is_empty())))
                (row("phones", Some(p.phones.join(", ")).filter(|s| !s.is_empty())))
                (row("tags", Some(p.tags.join(", ")).filter(|s| !s.is_empty())))
                (row("met_on", p.met_on.map(|d| day(d, who))))
                (row("met_at", p.met_at.clone()))
                (row("notes", p.notes.clone()))
            }
        }
    }
}

/// The side-by-side preview of a merge: nothing is written until the
/// second person is confirmed.
pub async fn merge_form(
    State(state): State<AppState>,
    who: Signed,
    Path(id): Path<i64>,
    Query(q): Query<MergeQuery>,
) -> Result<Response, Failure> {
    let l = who.l();
    let keep = state.app.person(&who.0.caller, PersonId(id)).await.or_fail(&who)?;
    let gone = super::log::named(&state, &who, &q.with).await.or_fail(&who)?;
    if gone.id == keep.id {
        return Err(AppError::invalid("with", t!("person.merge_self", locale = l))).or_fail(&who);
    }
    let body = html! {
        h1 { (t!("person.merge_title", locale = l)) }
        p { (t!("person.merge_explain", locale = l, keep = keep.name, gone = gone.name)) }
        div class="side-by-side" { (column(&who, &keep)) (column(&who, &gone)) }
        form method="post" action={ "/people/" (id) "/merge" } class="stack card" {
            input type="hidden" name="with" value=(gone.id.0);
            button type="submit" class="primary" { (t!("person.merge_confirm", locale = l)) }
        }
        p { a href={ "/people/" (id) } { (t!("person.keep", locale = l)) } }
    };
    Ok(html_page(app_page(who.lang(), &t!("person.merge_title", locale = l), Section::People, body)))
}

#[derive(Debug, Deserialize)]
pub struct MergeForm {
    pub with: i64,
}

pub async fn merge(
    State(state): State<AppState>,
    who: Signed,
    Path(id): Path<i64>,
    Form(f): Form<MergeForm>,
) -> Result<Response, Failure> {
    let merged = state.app.merge_people(&who.0.caller, PersonId(id), PersonId(f.with)).await.or_fail(&who)?;
    Ok(done(&format!("/people/{}", merged.id.0), "merged"))
}
