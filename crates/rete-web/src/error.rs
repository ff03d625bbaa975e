//! One error type for the API, mapped to a status and the stable body
//! `{"error": {"code", "message", "field"}}`. The message is in the
//! caller's language, which a handler's error does not know: the handler
//! leaves the error in the response's extensions and [`render`] writes
//! the body once the language is known (the user's, set by the
//! authentication extractor, else `Accept-Language`).

use crate::lang;
use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{FromRequest, Request};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Json;
use rete_app::AppError;
use rete_core::Lang;
use rete_i18n::t;
use serde::Serialize;
use std::sync::{Arc, OnceLock};

#[derive(Debug)]
pub enum ApiError {
    App(AppError),
    /// A body that is not the JSON the route takes; the field when serde
    /// names one.
    BadBody {
        field: Option<String>,
        detail: String,
    },
    TooLarge,
    NotFound,
}

impl From<AppError> for ApiError {
    fn from(e: AppError) -> Self {
        ApiError::App(e)
    }
}

impl From<JsonRejection> for ApiError {
    fn from(r: JsonRejection) -> Self {
        if r.status() == StatusCode::PAYLOAD_TOO_LARGE {
            return ApiError::TooLarge;
        }
        let detail = readable(&r.body_text());
        ApiError::BadBody { field: named_field(&detail), detail }
    }
}

/// serde's message without axum's preamble and the line and column of a
/// one-line body.
fn readable(detail: &str) -> String {
    let detail = detail.rsplit("target type: ").next().unwrap_or(detail);
    let detail = detail.split(" at line ").next().unwrap_or(detail);
    detail.to_string()
}

impl From<QueryRejection> for ApiError {
    fn from(r: QueryRejection) -> Self {
        let detail = readable(&r.body_text());
        ApiError::BadBody { field: named_field(&detail), detail }
    }
}

/// The field serde names in "missing field `email`" or "unknown variant
/// ... for `tier`"-like messages; the last one quoted is the field.
fn named_field(detail: &str) -> Option<String> {
    let detail = detail.rsplit("target type: ").next().unwrap_or(detail);
    let path = detail.split(": ").next().filter(|p| !p.contains(' ') && !p.is_empty() && *p != detail);
    if let Some(rest) = detail.split("field `").nth(1) {
        let missing = rest.split('`').next().unwrap_or_default();
        return Some(match path {
            Some(p) if p != "." => format!("{p}.{missing}"),
            _ => missing.to_string(),
        });
    }
    path.map(|p| p.split('[').next().unwrap_or(p).to_string())
}

/// The HTTP status of a use case's error, for the API and the pages alike.
pub fn status_for(e: &AppError) -> StatusCode {
    match e {
        AppError::NotFound { .. } => StatusCode::NOT_FOUND,
        AppError::Ambiguous { .. } | AppError::Conflict { .. } | AppError::Refused(_) => StatusCode::CONFLICT,
        AppError::Invalid { .. } | AppError::Field(_) | AppError::Date(_) | AppError::BadFile { .. } => {
            StatusCode::UNPROCESSABLE_ENTITY
        }
        AppError::Unauthenticated | AppError::BadCredentials => StatusCode::UNAUTHORIZED,
        AppError::Forbidden | AppError::RegistrationClosed => StatusCode::FORBIDDEN,
        AppError::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
        AppError::Store(_) if matches!(e.code(), "busy" | "read_only") => StatusCode::SERVICE_UNAVAILABLE,
        AppError::Store(_) | AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

impl ApiError {
    fn status(&self) -> StatusCode {
        match self {
            ApiError::App(e) => status_for(e),
            ApiError::BadBody { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::NotFound => StatusCode::NOT_FOUND,
        }
    }

    fn body(&self, lang: Lang) -> ErrorBody {
        let l = lang.as_str();
        let (code, message, field) = match self {
            ApiError::App(e) => (e.code().to_string(), e.message(lang), e.field().map(str::to_string)),
            ApiError::BadBody { field, detail } => {
                ("invalid".to_string(), t!("api.bad_body", locale = l, detail = detail).into_owned(), field.clone())
            }
            ApiError::TooLarge => ("too_large".to_string(), t!("api.too_large", locale = l).into_owned(), None),
            ApiError::NotFound => ("not_found".to_string(), t!("api.no_route", locale = l).into_owned(), None),
        };
        ErrorBody { error: ErrorDetail { code, message, field } }
    }
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ErrorDetail {
    /// Stable: `not_found`, `invalid`, `conflict`, `unauthenticated`,
    /// `bad_credentials`, `forbidden`, `rate_limited`, `too_large`, ...
    pub code: String,
    /// A sentence for a person, in their language.
    pub message: String,
    /// The field of the request the error is about.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

/// The error waiting for its language, in a response's extensions.
#[derive(Debug, Clone)]
struct Pending(Arc<ApiError>);

/// An error with its sources, as one line for the log.
fn chain(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        out.push_str(": ");
        out.push_str(&s.to_string());
        source = s.source();
    }
    out
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if let ApiError::App(e @ (AppError::Store(_) | AppError::Internal(_))) = &self {
            tracing::error!(error = %chain(e), "request failed");
        }
        let status = self.status();
        let mut response = status.into_response();
        if let ApiError::App(AppError::RateLimited { retry_after }) = &self {
            if let Ok(v) = HeaderValue::from_str(&retry_after.to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, v);
            }
        }
        if status == StatusCode::SERVICE_UNAVAILABLE {
            response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
        }
        if status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        response.extensions_mut().insert(Pending(Arc::new(self)));
        response
    }
}

/// The language of the signed-in user, once the extractor knows it.
#[derive(Debug, Clone, Default)]
pub struct LangSlot(pub Arc<OnceLock<Lang>>);

/// Writes the body of an API error in the caller's language.
pub async fn render(mut request: Request, next: Next) -> Response {
    let slot = LangSlot::default();
    let asked = lang::from_headers(request.headers());
    request.extensions_mut().insert(slot.clone());
    let response = next.run(request).await;
    let Some(Pending(error)) = response.extensions().get::<Pending>().cloned() else {
        return response;
    };
    let lang = slot.0.get().copied().or(asked).unwrap_or(Lang::En);
    let (mut parts, _) = response.into_parts();
    parts.extensions.remove::<Pending>();
    let body = Json(error.body(lang)).into_response();
    let (body_parts, body) = body.into_parts();
    parts.headers.insert(header::CONTENT_TYPE, body_parts.headers[header::CONTENT_TYPE].clone());
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, body)
}

/// `Json` whose rejections are [`ApiError`]s (422 naming the field, 413).
#[derive(Debug, Clone, Copy, Default)]
pub struct ApiJson<T>(pub T);

impl<T, S> FromRequest<S> for ApiJson<T>
where
    T: serde::de::DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let Json(value) = Json::<T>::from_request(req, state).await?;
        Ok(ApiJson(value))
    }
}

/// Unknown paths under `/api/v1` answer JSON too.
pub async fn no_route() -> ApiError {
    ApiError::NotFound
}

#[cfg(test)]
mod tests {
    use super::named_field;

    #[test]
    fn serde_messages_name_their_field() {
        let missing =
            "Failed to deserialize the JSON body into the target type: missing field `email` at line 1 column 2";
        assert_eq!(named_field(missing).as_deref(), Some("email"));
        let wrong = "Failed to deserialize the JSON body into the target type: kind: unknown variant `dinner`";
        assert_eq!(named_field(wrong).as_deref(), Some("kind"));
        let nested = "Failed to deserialize the JSON body into the target type: with[1]: invalid type: string";
        assert_eq!(named_field(nested).as_deref(), Some("with"));
    }
}

/// The `{id}` of a route: anything but a whole number is a route that
/// does not exist (404), as for an id that is not yours.
#[derive(Debug, Clone, Copy)]
pub struct IdPath(pub i64);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for IdPath {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut axum::http::request::Parts, state: &S) -> Result<Self, Self::Rejection> {
        match axum::extract::Path::<i64>::from_request_parts(parts, state).await {
            Ok(axum::extract::Path(id)) => Ok(IdPath(id)),
            Err(_) => Err(ApiError::NotFound),
        }
    }
}
