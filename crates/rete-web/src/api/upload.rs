//! Files sent as a request's raw body (an address book, a members file),
//! up to the server's upload limit, and the name they are reported under.

use crate::error::ApiError;
use crate::security::BODY_LIMIT;
use axum::body::{Body, Bytes};

/// The whole body; `413` past the upload limit (JSON bodies have a far
/// smaller one of their own).
pub async fn read(body: Body) -> Result<Bytes, ApiError> {
    axum::body::to_bytes(body, BODY_LIMIT).await.map_err(|_| ApiError::TooLarge)
}

/// The name an upload is reported under in its errors and report: the
/// one given (no control characters, at most 200), else `default`.
pub fn file_name(given: Option<&str>, default: &str) -> String {
    let name = given.map(str::trim).filter(|f| !f.is_empty()).unwrap_or(default);
    name.chars().filter(|c| !c.is_control()).take(200).collect()
}
