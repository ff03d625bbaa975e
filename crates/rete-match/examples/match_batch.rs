//! Batch top-k over a JSON Lines file, a thin wrapper over the library so
//! the benchmark (`bench/match.sh`) does not depend on the CLI:
//!
//!     match_batch --input profiles.jsonl [--k 10] [--threads N] > topk.jsonl
//!
//! Phase timings go to stderr; nothing reaches stdout unless all succeeded.

use std::fs::File;
use std::io::{self, BufReader, Write};
use std::process::ExitCode;
use std::time::Instant;

use rete_match::{read_profiles, write_top_k, Engine};

struct Args {
    input: String,
    k: usize,
    threads: usize,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args { input: String::new(), k: 10, threads: 0 };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let value = it.next().ok_or(format!("{flag} needs a value"))?;
        let number = || value.parse::<usize>().map_err(|e| format!("{flag}: {e}"));
        match flag.as_str() {
            "--input" => args.input = value.clone(),
            "--k" => args.k = number()?,
            "--threads" => args.threads = number()?,
            _ => return Err(format!("unknown argument {flag}")),
        }
    }
    if args.input.is_empty() {
        return Err("usage: match_batch --input FILE [--k 10] [--threads N]".into());
    }
    Ok(args)
}

fn run() -> Result<(), String> {
    let args = parse_args()?;
    let t0 = Instant::now();
    let file = File::open(&args.input).map_err(|e| format!("{}: {e}", args.input))?;
    let profiles =
        read_profiles(BufReader::with_capacity(1 << 20, file)).map_err(|e| format!("{}: {e}", args.input))?;
    let t1 = Instant::now();
    let engine = Engine::build(profiles).map_err(|e| e.to_string())?;
    let t2 = Instant::now();
    let results = engine.top_k_all(args.k, args.threads);
    let t3 = Instant::now();
    // Buffered as `rete match` does: standard output alone flushes every line.
    let mut out = io::BufWriter::with_capacity(1 << 20, io::stdout().lock());
    write_top_k(&mut out, &results).and_then(|()| out.flush()).map_err(|e| e.to_string())?;
    let t4 = Instant::now();
    eprintln!(
        "N={} k={} index={:.1} MiB; read {:.2} s, build {:.2} s, top-k {:.2} s, write {:.2} s, total {:.2} s",
        engine.len(),
        args.k,
        engine.index_bytes() as f64 / (1024.0 * 1024.0),
        (t1 - t0).as_secs_f64(),
        (t2 - t1).as_secs_f64(),
        (t3 - t2).as_secs_f64(),
        (t4 - t3).as_secs_f64(),
        (t4 - t0).as_secs_f64(),
    );
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("match_batch: {e}");
            ExitCode::FAILURE
        }
    }
}
