//! What every CLI test needs: the real `rete` binary on a given database,
//! with today pinned, no user configuration and English unless asked.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::{Command, Output, Stdio};

/// `rete --db DB ...` with a reproducible environment.
pub fn command(db: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_rete"));
    cmd.arg("--db")
        .arg(db)
        .env("RETE_TODAY", "2026-11-23")
        .env("RETE_CONFIG", "/dev/null")
        .env("LANG", "en_GB.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("RETE_DATABASE_URL");
    cmd
}

/// Runs and returns everything.
pub fn rete(db: &Path, args: &[&str]) -> Output {
    command(db).args(args).output().unwrap()
}

/// Runs with extra environment variables.
pub fn rete_env(db: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = command(db);
    cmd.args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

/// Runs with `input` on standard input.
pub fn rete_stdin(db: &Path, args: &[&str], input: &str) -> Output {
    use std::io::Write;
    let mut child =
        command(db).args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

/// Runs, expects success, returns standard output.
pub fn ok(db: &Path, args: &[&str]) -> String {
    let out = rete(db, args);
    assert!(out.status.success(), "rete {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// Runs, expects exit code 2, returns standard error.
pub fn bad(db: &Path, args: &[&str]) -> String {
    let out = rete(db, args);
    assert_eq!(
        out.status.code(),
        Some(2),
        "rete {args:?} should exit 2, stdout: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    String::from_utf8(out.stderr).unwrap()
}
