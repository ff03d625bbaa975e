//! For the test suites of rete's crates, which all run their PostgreSQL
//! cases the same way: against the server named by `RETE_TEST_POSTGRES`
//! (always set in CI, where `.ci/run` starts it), each case in a schema of
//! its own. Without the variable a case says loudly that it did not run
//! and fails: a skipped PostgreSQL case must never pass silently, and in
//! CI it is an error.

use std::sync::atomic::{AtomicU32, Ordering};

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// The test server's URL, or a panic that says how to give one.
pub fn server_url() -> String {
    match std::env::var("RETE_TEST_POSTGRES") {
        Ok(url) => url,
        Err(_) => {
            assert!(std::env::var_os("CI").is_none(), "RETE_TEST_POSTGRES must be set in CI");
            eprintln!("RETE_TEST_POSTGRES is not set: this PostgreSQL case is NOT RUN");
            // A dead URL would only hang; an in-process skip must still be visible.
            panic!("set RETE_TEST_POSTGRES=postgres://postgres@127.0.0.1:5432/test to run the PostgreSQL cases");
        }
    }
}

/// A schema name no other case of any test process uses: `prefix`, the
/// process id, a counter and the clock's nanoseconds.
pub fn fresh_schema(prefix: &str) -> String {
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.subsec_nanos());
    format!("{prefix}_{}_{}_{nanos}", std::process::id(), COUNTER.fetch_add(1, Ordering::Relaxed))
}
