//! `rete match`: the batch give-give top-k of a profiles file, as
//! MATCHING.md defines it. Everything is computed before anything is
//! written, so a bad line leaves standard output empty.

use crate::cli::MatchArgs;
use crate::failure::bad_input;
use rete_match::{read_profiles, write_top_k, Engine, MatchError};
use std::io::{BufReader, Write};

fn input_error(file: &str, e: MatchError) -> anyhow::Error {
    match e {
        MatchError::Io { .. } => anyhow::anyhow!("{file}: {e}"),
        other => bad_input(format!("{file}: {other}")),
    }
}

pub fn batch(args: &MatchArgs) -> anyhow::Result<()> {
    if args.k == 0 {
        return Err(bad_input("k: must be at least 1"));
    }
    let name = args.input.display().to_string();
    let profiles = if name == "-" {
        read_profiles(std::io::stdin().lock())
    } else {
        let file = std::fs::File::open(&args.input).map_err(|e| bad_input(format!("{name}: {e}")))?;
        read_profiles(BufReader::with_capacity(1 << 20, file))
    }
    .map_err(|e| input_error(&name, e))?;
    let engine = Engine::build(profiles).map_err(|e| input_error(&name, e))?;
    let threads = args.threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get())).max(1);
    let results = engine.top_k_all(args.k, threads);
    let mut out = std::io::BufWriter::with_capacity(1 << 20, std::io::stdout().lock());
    write_top_k(&mut out, &results)?;
    out.flush()?;
    Ok(())
}
