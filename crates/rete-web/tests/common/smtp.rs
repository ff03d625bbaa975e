//! aiosmtpd on loopback, delivering into a Maildir (installed by `.ci/run`).

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

#[derive(Debug)]
pub struct Smtp {
    child: Child,
    pub port: u16,
    maildir: PathBuf,
}

impl Drop for Smtp {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Smtp {
    pub fn start(dir: &Path) -> Smtp {
        let python = std::env::var("RETE_TEST_PYTHON").unwrap_or_else(|_| "python3".into());
        let probe = Command::new(&python).args(["-c", "import aiosmtpd"]).status();
        if !probe.is_ok_and(|s| s.success()) {
            panic!("aiosmtpd is missing: apt-get install python3-aiosmtpd or pip install aiosmtpd (.ci/run does it)");
        }
        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let maildir = dir.join("maildir");
        let child = Command::new(&python)
            .args(["-m", "aiosmtpd", "-n", "-l", &format!("127.0.0.1:{port}"), "-c", "aiosmtpd.handlers.Mailbox"])
            .arg(&maildir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let started = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(started.elapsed() < Duration::from_secs(20), "aiosmtpd did not listen on {port}");
            std::thread::sleep(Duration::from_millis(100));
        }
        Smtp { child, port, maildir }
    }

    /// Every mail received so far, as text.
    pub fn mails(&self) -> Vec<String> {
        let mut out = Vec::new();
        for sub in ["new", "cur"] {
            if let Ok(entries) = std::fs::read_dir(self.maildir.join(sub)) {
                for e in entries.flatten() {
                    // Quoted-printable soft line breaks joined back.
                    let text = std::fs::read_to_string(e.path()).unwrap();
                    out.push(text.replace("=\r\n", "").replace("=\n", ""));
                }
            }
        }
        out
    }
}
