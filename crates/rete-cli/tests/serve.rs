//! `rete demo --serve`: the README's main command builds the demo and
//! serves it; its printed login signs in through the form and Today
//! answers; SIGTERM stops it cleanly, the file holding the demo.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::time::{Duration, Instant};

#[test]
fn the_demo_serves_itself_with_a_login_that_works() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    let mut child = common::command(&db)
        .args(["--lang", "it", "demo", "--serve", "--addr", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { return };
            let _ = tx.send(line);
        }
    });
    let started = Instant::now();
    let (mut login, mut base) = (None, None);
    while base.is_none() {
        let line = rx.recv_timeout(Duration::from_secs(60)).expect("the demo printed its address");
        if line.contains("Accedi come") {
            login = Some(line.clone());
        }
        if let Some(at) = line.find("http://127.0.0.1:") {
            let url: String = line[at..].chars().take_while(|c| !c.is_whitespace()).collect();
            base = Some(url);
        }
        assert!(started.elapsed() < Duration::from_secs(60));
    }
    let base = base.unwrap();
    let login = login.expect("a demo login is printed before the address");
    assert!(login.contains("demo@rete.example"), "{login}");

    let agent = ureq::Agent::new_with_config(
        ureq::config::Config::builder().http_status_as_error(false).max_redirects(0).build(),
    );
    let signed = agent
        .post(&format!("{base}/login"))
        .header("content-type", "application/x-www-form-urlencoded")
        .send("email=demo%40rete.example&password=caffe-con-giulia")
        .unwrap();
    assert_eq!(signed.status(), 303);
    let cookie = signed.headers().get("set-cookie").unwrap().to_str().unwrap().split(';').next().unwrap().to_string();
    let mut today = agent.get(&format!("{base}/today")).header("cookie", &cookie).call().unwrap();
    assert_eq!(today.status(), 200);
    let page = today.body_mut().read_to_string().unwrap();
    assert!(page.contains("id=\"hello\""), "{page}");
    assert!(page.contains("class=\"action-item\""), "the demo's Today has things to do");

    // A write by another process (the CLI on the same file) shows on the
    // server's very next read, though the server keeps sign-ins and pages
    // while nothing commits.
    let search = format!("{base}/people?q=zenobia");
    for _ in 0..3 {
        let mut found = agent.get(&search).header("cookie", &cookie).call().unwrap();
        assert_eq!(found.status(), 200);
        assert!(!found.body_mut().read_to_string().unwrap().contains("Zenobia Ferri"));
    }
    common::ok(&db, &["person", "add", "Zenobia Ferri"]);
    let mut found = agent.get(&search).header("cookie", &cookie).call().unwrap();
    assert!(found.body_mut().read_to_string().unwrap().contains("Zenobia Ferri"), "the CLI's write shows at once");

    // SIGTERM: requests in flight finish, the process exits 0.
    let pid = child.id().to_string();
    assert!(std::process::Command::new("kill").args(["-TERM", &pid]).status().unwrap().success());
    let status = child.wait().unwrap();
    assert!(status.success(), "{status:?}");
    let listed = common::ok(&db, &["person", "list", "--json"]);
    assert!(listed.len() > 1000, "the file holds the demo after it stopped");
}
