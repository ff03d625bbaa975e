//! Import: upload address books (LinkedIn's Connections.csv, a phone's
//! vCard, Google or Outlook CSV; several at once), see what would happen
//! (created, merged with whom, unchanged, rejected rows with line and
//! reason) before anything is written, then import. Each file is applied
//! in one transaction. With the script the form stays as it is between
//! the preview and the import, and a bar shows the upload's progress;
//! without it the files are chosen again to confirm.

use super::layout::{app_page, Section};
use super::{html_page, Failure, Signed};
use crate::AppState;
use axum::extract::{Multipart, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use maud::{html, Markup};
use rete_app::imports::{ImportPreview, Named};
use rete_app::AppError;
use rete_i18n::t;

/// Regions offered for national phone numbers; any two letters are read.
const REGIONS: [&str; 8] = ["IT", "CH", "FR", "DE", "ES", "GB", "US", "SM"];

fn form(who: &Signed, region: &str) -> Markup {
    let l = who.l();
    html! {
        form method="post" action="/import" enctype="multipart/form-data" class="stack card" id="import-form" data-upload="import-result" {
            label for="files" { (t!("import.files", locale = l)) }
            input type="file" id="files" name="files" multiple required accept=".csv,.vcf,.vcard,text/csv,text/vcard" aria-describedby="files-hint";
            p class="muted hint" id="files-hint" { (t!("import.files_hint", locale = l)) }
            label for="region" { (t!("import.region", locale = l)) }
            select id="region" name="region" aria-describedby="region-hint" {
                @for r in REGIONS { option value=(r) selected[r == region] { (r) } }
            }
            p class="muted hint" id="region-hint" { (t!("import.region_hint", locale = l)) }
            progress id="import-progress" max="100" value="0" hidden aria-label=(t!("import.progress", locale = l)) {}
            div class="actions" {
                button type="submit" name="step" value="preview" class="primary" { (t!("import.preview", locale = l)) }
                button type="submit" name="step" value="commit" class="secondary" { (t!("import.commit", locale = l)) }
            }
        }
    }
}

fn names(who: &Signed, title: &str, list: &[Named], total: usize) -> Markup {
    let l = who.l();
    html! {
        @if total > 0 {
            details {
                summary { (title) " (" (total) ")" }
                ul class="plain" {
                    @for n in list {
                        li {
                            span class="muted" { (t!("import.line", locale = l, line = n.line)) } " " (n.name)
                            @if let Some(into) = n.into { " → " a href={ "/people/" (into.0) } { "#" (into.0) } }
                        }
                    }
                    @if total > list.len() { li class="muted" { (t!("import.and_more", locale = l, count = total - list.len())) } }
                }
            }
        }
    }
}

/// One file's outcome, planned or done.
enum Outcome {
    Planned(ImportPreview),
    Done(ImportPreview),
    Failed(String, AppError),
}

fn outcome(who: &Signed, o: &Outcome) -> Markup {
    let l = who.l();
    match o {
        Outcome::Failed(file, e) => html! {
            section class="card file-report" { h2 { (file) } p class="error" role="alert" { (e.message(who.lang())) } }
        },
        Outcome::Planned(p) | Outcome::Done(p) => {
            let r = &p.report;
            let done = matches!(o, Outcome::Done(_));
            html! {
                section class="card file-report" {
                    h2 { (r.file.clone().unwrap_or_default()) " " span class="badge" { (p.kind) } }
                    p class=[done.then_some("notice")] {
                        (t!(if done { "import.done" } else { "import.would" }, locale = l,
                            created = r.created, merged = r.merged, unchanged = r.unchanged, rejected = r.rejected.len()))
                    }
                    (names(who, &t!("import.created", locale = l), &p.created, r.created))
                    (names(who, &t!("import.merged", locale = l), &p.merged, r.merged))
                    @if !r.rejected.is_empty() {
                        details open {
                            summary { (t!("import.rejected", locale = l)) " (" (r.rejected.len()) ")" }
                            ul class="plain" {
                                @for x in r.rejected.iter().take(200) {
                                    li { span class="muted" { (t!("import.line", locale = l, line = x.line)) } " " (rete_app::imports::rejected_reason(x, who.lang())) }
                                }
                            }
                        }
                    }
                    @if !r.possible_duplicates.is_empty() {
                        p class="muted" { (t!("import.possible_duplicates", locale = l, count = r.possible_duplicates.len())) }
                    }
                    @if let Some(enc) = &r.encoding { p class="muted" { (t!("import.encoding", locale = l, encoding = enc)) } }
                }
            }
        }
    }
}

fn page_with(who: &Signed, region: &str, results: Markup) -> Markup {
    let l = who.l();
    let body = html! {
        h1 { (t!("import.title", locale = l)) }
        p class="muted" { (t!("import.why", locale = l)) }
        (form(who, region))
        div id="import-result" aria-live="polite" { (results) }
        section class="card teach" {
            h2 { (t!("first.title", locale = l)) }
            ol class="steps" {
                li { strong { (t!("first.linkedin", locale = l)) } " " (t!("first.linkedin_how", locale = l)) }
                li { strong { (t!("first.phone", locale = l)) } " " (t!("first.phone_how", locale = l)) }
            }
        }
    };
    app_page(who.lang(), &t!("import.title", locale = l), Section::More, body)
}

pub async fn form_page(who: Signed) -> Response {
    html_page(page_with(&who, "IT", html! {}))
}

pub async fn upload(State(state): State<AppState>, who: Signed, mut multipart: Multipart) -> Result<Response, Failure> {
    let caller = &who.0.caller;
    let (mut files, mut region, mut commit) = (Vec::new(), "IT".to_string(), false);
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) => {
                let error = if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                    AppError::invalid("files", t!("import.too_large", locale = who.l()))
                } else {
                    AppError::invalid("files", e.body_text())
                };
                return Err(Failure { lang: who.lang(), error });
            }
        };
        match field.name().unwrap_or_default() {
            "files" => {
                let name = crate::api::upload::file_name(field.file_name(), "upload");
                match field.bytes().await {
                    Ok(bytes) if bytes.is_empty() && name == "upload" => {}
                    Ok(bytes) => files.push((name, bytes.to_vec())),
                    Err(e) => {
                        return Err(Failure { lang: who.lang(), error: AppError::invalid("files", e.body_text()) })
                    }
                }
            }
            "region" => region = field.text().await.unwrap_or_default(),
            "step" => commit = field.text().await.unwrap_or_default() == "commit",
            _ => {}
        }
    }
    if files.is_empty() {
        let error = AppError::invalid("files", t!("import.no_files", locale = who.l()));
        return Err(Failure { lang: who.lang(), error });
    }
    let mut outcomes = Vec::new();
    for (file, bytes) in files {
        let o = match state.app.preview_import(caller, None, bytes, &file, &region, commit).await {
            Err(e) => Outcome::Failed(file, e),
            Ok(p) if commit => Outcome::Done(p),
            Ok(p) => Outcome::Planned(p),
        };
        outcomes.push(o);
    }
    let failed = outcomes.iter().any(|o| matches!(o, Outcome::Failed(..)));
    let results = html! { @for o in &outcomes { (outcome(&who, o)) } };
    let page = page_with(&who, &region, results);
    let status = if failed { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok((status, Html(page.into_string())).into_response())
}
