//! Fuzzing on a stable toolchain: every fixture, cut short, with bytes
//! flipped, tokens inserted and lines shuffled, is fed to every importer
//! (the wrong ones too) and then to the planner. None may panic, and
//! every line a result names must exist. tests/data/regressions holds
//! hand-made tricky inputs and any input that ever crashed a parser
//! (found here or by the cargo-fuzz targets in fuzz/); all are replayed.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use rete_formats::{google, linkedin, plan_import, vcard, FormatError, ParsedFile};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

/// xorshift64*: deterministic, so a failure reproduces.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// Fragments that matter to the formats' syntax.
const TOKENS: &[&[u8]] = &[
    b"\r\n",
    b"\n",
    b"\n ",
    b"=\n",
    b"=",
    b"=C3",
    b"=0D=0A",
    b";",
    b":",
    b",",
    b"\"",
    b"\\",
    b"\\n",
    b":::",
    b" ::: ",
    b"\xFF",
    b"\xC3",
    b"\xEF\xBB\xBF",
    b"\0",
    b"BEGIN:VCARD\n",
    b"END:VCARD\n",
    b"VERSION:2.1\n",
    b"VERSION:4.0\n",
    b"AGENT:\n",
    b"BDAY:--0230\n",
    b"BDAY:1604-02-29\n",
    b"BDAY;X-APPLE-OMIT-YEAR=1604:",
    b"item1.",
    b"ENCODING=QUOTED-PRINTABLE:",
    b"CHARSET=UTF-8;",
    b"TEL;VALUE=uri:tel:+",
    b"ORG:;;;",
    b"N:;;;;;;;;",
    b"First Name,Last Name,",
    b"Connected On",
    b"E-mail 1 - Value",
    b"Labels",
    b"31 Feb 2023",
    b"+39",
    b"0000000000000000000000000",
    b"https://www.linkedin.com/in/",
];

fn mutate(seed: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut b = seed.to_vec();
    for _ in 0..1 + rng.below(4) {
        match rng.below(7) {
            0 if !b.is_empty() => {
                let i = rng.below(b.len());
                b[i] = rng.next() as u8;
            }
            1 => {
                let token = TOKENS[rng.below(TOKENS.len())];
                let at = rng.below(b.len() + 1);
                b.splice(at..at, token.iter().copied());
            }
            2 if !b.is_empty() => {
                let at = rng.below(b.len());
                let end = (at + 1 + rng.below(64)).min(b.len());
                b.drain(at..end);
            }
            3 if !b.is_empty() => {
                let at = rng.below(b.len());
                let end = (at + 1 + rng.below(200)).min(b.len());
                let copy = b[at..end].to_vec();
                let to = rng.below(b.len() + 1);
                b.splice(to..to, copy);
            }
            4 => {
                let mut lines: Vec<&[u8]> = b.split(|&c| c == b'\n').collect();
                if lines.len() > 2 {
                    let (i, j) = (rng.below(lines.len()), rng.below(lines.len()));
                    lines.swap(i, j);
                }
                b = lines.join(&b'\n');
            }
            _ => {
                let at = rng.below(b.len() + 1);
                b.truncate(at);
            }
        }
    }
    b
}

type Parser = fn(&[u8]) -> Result<ParsedFile, FormatError>;

/// Runs every importer and the planner on `input`; a panic fails the test
/// and prints the input, to be saved under tests/data/regressions.
fn exercise(input: &[u8], label: &str) {
    let lines = input.split(|&c| c == b'\n').count() + 1;
    let parsers: [(&str, Parser); 3] =
        [("vcard", vcard::parse), ("linkedin", linkedin::parse), ("google", google::parse)];
    for (name, parse) in parsers {
        let outcome = catch_unwind(AssertUnwindSafe(|| {
            let result = parse(input);
            if let Ok(file) = &result {
                for line in file.contacts.iter().map(|c| c.line).chain(file.rejected.iter().map(|r| r.line)) {
                    assert!((1..=lines).contains(&line), "line {line} of {lines}");
                }
                let _ = plan_import(&[], file.contacts.clone());
            }
            result
        }));
        if outcome.is_err() {
            panic!("{name} panicked on a mutation of {label}: {:?}", String::from_utf8_lossy(input));
        }
    }
}

fn seeds() -> Vec<(String, Vec<u8>)> {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut dirs = vec![here.join("tests/data"), here.join("../../../shared/testdata/vcards")];
    dirs.retain(|d| d.is_dir());
    let mut seeds = Vec::new();
    for dir in dirs {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
        files.sort();
        for f in files.into_iter().filter(|f| f.is_file() && f.extension().is_some_and(|e| e != "md")) {
            seeds.push((f.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&f).unwrap()));
        }
    }
    seeds
}

#[test]
fn mutated_fixtures_never_panic() {
    let seeds = seeds();
    assert!(seeds.len() >= 4, "fixtures missing");
    let mut rng = Rng(0x5EED_F022_E7E5);
    for (name, seed) in &seeds {
        exercise(seed, name);
        // Cut short at many points, as a failed download would.
        for k in 1..24 {
            exercise(&seed[..seed.len() * k / 24], name);
        }
        for _ in 0..500 {
            exercise(&mutate(seed, &mut rng), name);
        }
    }
}

#[test]
fn saved_crash_inputs_stay_fixed() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/regressions");
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        exercise(&std::fs::read(&path).unwrap(), &path.display().to_string());
        count += 1;
    }
    assert!(count > 0, "{} holds the inputs that once crashed a parser", dir.display());
}
