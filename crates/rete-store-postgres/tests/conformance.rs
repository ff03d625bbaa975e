//! The store conformance suite on PostgreSQL, each case in a fresh schema
//! of the server named by `RETE_TEST_POSTGRES`. In CI the variable is
//! always set (`.ci/run` starts the server); elsewhere the cases say
//! loudly that they did not run, and fail when `CI` is set.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use rete_store_postgres::{testing, PostgresStore};
use std::sync::Arc;

async fn fresh() -> Arc<PostgresStore> {
    let (url, schema) = (testing::server_url(), testing::fresh_schema("rete_t"));
    Arc::new(PostgresStore::connect_in_schema(&url, Some(&schema)).await.unwrap())
}

rete_store::conformance_tests!(fresh().await);
