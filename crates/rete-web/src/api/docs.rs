//! `GET /openapi.json` (the OpenAPI 3.1 document) and `GET /docs`, a
//! readable reference page made from it.

use crate::error::no_route;
use crate::AppState;
use axum::response::Html;
use axum::routing::get;
use axum::{Json, Router};
use maud::{html, Markup, DOCTYPE};
use std::sync::Arc;
use utoipa::openapi::OpenApi;

pub fn router(doc: OpenApi) -> Router<AppState> {
    let page = Arc::new(reference(&doc).into_string());
    let doc = Arc::new(doc);
    Router::new()
        .route("/openapi.json", get(move || async move { Json(doc.as_ref().clone()) }))
        .route("/docs", get(move || async move { Html(page.as_ref().clone()) }))
        .fallback(no_route)
}

fn reference(doc: &OpenApi) -> Markup {
    let json = serde_json::to_value(doc).unwrap_or_default();
    let paths = json["paths"].as_object().cloned().unwrap_or_default();
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { "rete API reference" }
                link rel="stylesheet" href="/static/rete.css";
            }
            body {
                main class="page" {
                    h1 { "rete API" }
                    p { (doc.info.description.clone().unwrap_or_default()) }
                    p { "Base path " code { "/api/v1" } ". Errors: " code { "{\"error\": {\"code\", \"message\", \"field\"}}" }
                        ". The machine-readable document: " a href="/api/v1/openapi.json" { "openapi.json" } "." }
                    @for (path, item) in &paths {
                        @if let Some(ops) = item.as_object() {
                            @for (method, op) in ops {
                                section class="card" {
                                    h2 { code { (method.to_uppercase()) " " (path) } }
                                    @if let Some(d) = op["description"].as_str().or(op["summary"].as_str()) {
                                        p { (d) }
                                    }
                                    @if let Some(params) = op["parameters"].as_array() {
                                        ul {
                                            @for p in params {
                                                li { code { (p["name"].as_str().unwrap_or("")) } " (" (p["in"].as_str().unwrap_or("")) ") "
                                                    (p["description"].as_str().unwrap_or("")) }
                                            }
                                        }
                                    }
                                    @if let Some(responses) = op["responses"].as_object() {
                                        p class="muted" {
                                            @for (status, r) in responses {
                                                (status) " " (r["description"].as_str().unwrap_or("")) ". "
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
