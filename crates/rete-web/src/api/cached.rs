//! JSON bodies served from the account's read cache: the hot reads (a
//! person's card, a page of people, the day's agenda) are serialised once
//! per revision of the account and language, then answered as shared
//! bytes until a write moves the revision (see `rete_app::cache`).

use crate::auth::Auth;
use crate::error::ApiError;
use crate::AppState;
use axum::body::Bytes;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use rete_app::cache::Key;
use rete_app::AppError;
use serde::Serialize;
use std::future::Future;
use std::sync::Arc;

/// A JSON body as cached.
#[derive(Debug, Clone)]
pub struct CachedJson(pub Arc<Bytes>);

impl IntoResponse for CachedJson {
    fn into_response(self) -> Response {
        ([(header::CONTENT_TYPE, "application/json")], Bytes::clone(&self.0)).into_response()
    }
}

/// `read`'s answer as JSON, from the cache when the request's revision
/// holds one for `key` in the caller's language.
pub async fn json<T, F>(state: &AppState, auth: &Auth, key: String, read: F) -> Result<CachedJson, ApiError>
where
    T: Serialize + Send + Sync + 'static,
    F: Future<Output = Result<Arc<T>, AppError>>,
{
    let key = Key::Rendered(format!("{key} {}", auth.lang().as_str()));
    let bytes = state
        .app
        .cache
        .get(&auth.caller, key, async {
            let value = read.await?;
            serde_json::to_vec(&*value).map(Bytes::from).map_err(|e| AppError::Internal(format!("json: {e}")))
        })
        .await?;
    Ok(CachedJson(bytes))
}
