//! The daily digest over a real SMTP server on loopback (Python's
//! aiosmtpd, installed by `.ci/run`): `rete digest run` sends the digests
//! due once per user and day, a second run sends nothing, and two
//! processes at the same minute send one mail between them.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::*;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};

// The same aiosmtpd helper as the server's tests, not a copy of it.
#[path = "../../rete-web/tests/common/smtp.rs"]
mod smtp;

use smtp::Smtp;

/// A config file whose `[smtp]` is the test's server.
fn smtp_config(smtp: &Smtp, dir: &Path) -> PathBuf {
    let path = dir.join("config.toml");
    std::fs::write(
            &path,
            format!(
                "[smtp]\nhost = \"127.0.0.1\"\nport = {}\nfrom = \"rete <digest@rete.example>\"\nsecurity = \"none\"\n\n[server]\npublic_url = \"https://rete.example.org\"\n",
                smtp.port
            ),
        )
        .unwrap();
    path
}

fn run(db: &Path, config: &Path, args: &[&str]) -> std::process::Output {
    let mut cmd = command(db);
    cmd.env("RETE_CONFIG", config).args(args);
    cmd.output().unwrap()
}

#[test]
fn digests_go_out_once_per_user_and_day_even_from_two_processes() {
    let dir = tempfile::tempdir().unwrap();
    let smtp = Smtp::start(dir.path());
    let config = smtp_config(&smtp, dir.path());
    let db = dir.path().join("rete.db");
    ok(&db, &["init"]);
    ok(&db, &["person", "add", "Giulia Conti", "--met-on", "2026-03-09"]);
    ok(&db, &["log", "meeting", "--with", "Giulia", "--on", "2026-11-22"]);
    let set = rete_stdin(
        &db,
        &["account", "set-password", "--email", "sara@example.it", "--password-stdin"],
        "una frase lunga e mia\n",
    );
    assert!(set.status.success(), "{}", String::from_utf8_lossy(&set.stderr));
    // Without a relay the command says what is missing.
    let no_relay = rete(&db, &["digest", "run"]);
    assert_eq!(no_relay.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&no_relay.stderr).contains("[smtp]"));

    ok(&db, &["digest", "on", "--hour", "0", "--time-zone", "Europe/Rome"]);
    let first = run(&db, &config, &["digest", "run", "--date", "2026-11-23"]);
    assert!(first.status.success(), "{}", String::from_utf8_lossy(&first.stderr));
    assert!(String::from_utf8_lossy(&first.stdout).contains("sent: 1"), "{}", String::from_utf8_lossy(&first.stdout));
    let again = run(&db, &config, &["digest", "run", "--date", "2026-11-23"]);
    assert!(String::from_utf8_lossy(&again.stdout).contains("sent: 0"), "the same day is sent once");
    let mails = smtp.mails();
    assert_eq!(mails.len(), 1);
    let mail = &mails[0];
    assert!(mail.contains("sara@example.it"), "{mail}");
    assert!(mail.contains("Giulia Conti"), "the agenda is in the mail: {mail}");
    assert!(mail.contains("https://rete.example.org/today"));
    assert!(mail.contains("https://rete.example.org/unsubscribe/uns_"), "an unsubscribe link: {mail}");

    // Two processes at the same minute, for a new day: one mail.
    let mut both: Vec<Child> = (0..2)
        .map(|_| {
            let mut cmd = command(&db);
            cmd.env("RETE_CONFIG", &config).args(["digest", "run", "--date", "2026-11-24"]);
            cmd.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap()
        })
        .collect();
    let outputs: Vec<String> = both.iter_mut().map(|c| c.wait_with_output_ref()).collect();
    let sent: usize = outputs.iter().filter(|o| o.contains("sent: 1")).count();
    assert_eq!(sent, 1, "exactly one of the two sent: {outputs:?}");
    assert_eq!(smtp.mails().len(), 2);

    let log = ok(&db, &["digest", "log", "--json"]);
    assert_eq!(log.matches("\"status\": \"sent\"").count() + log.matches("\"status\":\"sent\"").count(), 2, "{log}");
    ok(&db, &["digest", "off"]);
    let off = run(&db, &config, &["digest", "run", "--date", "2026-11-25"]);
    assert!(String::from_utf8_lossy(&off.stdout).contains("sent: 0"));
}

trait WaitRef {
    fn wait_with_output_ref(&mut self) -> String;
}

impl WaitRef for Child {
    fn wait_with_output_ref(&mut self) -> String {
        use std::io::Read;
        let mut out = String::new();
        self.stdout.take().unwrap().read_to_string(&mut out).unwrap();
        let status = self.wait().unwrap();
        assert!(status.success(), "{out}");
        out
    }
}
