//! The store conformance suite on PostgreSQL, each case in a fresh schema
//! of the server named by `RETE_TEST_POSTGRES`. In CI the variable is
//! always set (`.ci/run` starts the server); elsewhere the cases say
//! loudly that they did not run, and fail when `CI` is set.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use rete_store_postgres::PostgresStore;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;

static COUNTER: AtomicU32 = AtomicU32::new(0);

async fn fresh() -> Arc<PostgresStore> {
    let Ok(url) = std::env::var("RETE_TEST_POSTGRES") else {
        assert!(std::env::var_os("CI").is_none(), "RETE_TEST_POSTGRES must be set in CI");
        eprintln!("RETE_TEST_POSTGRES is not set: this PostgreSQL case is NOT RUN");
        // A dead URL would only hang; an in-process skip must still be visible.
        panic!("set RETE_TEST_POSTGRES=postgres://postgres@127.0.0.1:5432/test to run the PostgreSQL store tests");
    };
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().subsec_nanos();
    let schema = format!("rete_t_{}_{}_{}", std::process::id(), COUNTER.fetch_add(1, Ordering::Relaxed), nanos);
    Arc::new(PostgresStore::connect_in_schema(&url, Some(&schema)).await.unwrap())
}

rete_store::conformance_tests!(fresh().await);
