//! Single-query latency on a built engine, for the benchmark:
//!
//!     match_latency --input profiles.jsonl [--queries 1000] [--k 10]
//!
//! Builds the engine, runs `--queries` single `Engine::query` calls on
//! members picked evenly through the file, and prints build time, p50, p99
//! and max latency; then changes one member and times the next query, which
//! pays the re-index (see the engine's note on incremental changes).

use std::fs::File;
use std::io::BufReader;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use rete_match::{read_profiles, Engine, Profile};

fn run() -> Result<(), String> {
    let mut input = String::new();
    let (mut queries, mut k) = (1000usize, 10usize);
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let value = it.next().ok_or(format!("{flag} needs a value"))?;
        let number = || value.parse::<usize>().map_err(|e| format!("{flag}: {e}"));
        match flag.as_str() {
            "--input" => input = value.clone(),
            "--queries" => queries = number()?.max(1),
            "--k" => k = number()?,
            _ => return Err(format!("unknown argument {flag}")),
        }
    }
    if input.is_empty() {
        return Err("usage: match_latency --input FILE [--queries 1000] [--k 10]".into());
    }
    let file = File::open(&input).map_err(|e| format!("{input}: {e}"))?;
    let profiles = read_profiles(BufReader::new(file)).map_err(|e| format!("{input}: {e}"))?;
    let ids: Vec<u64> = profiles.iter().map(|p| p.id).collect();
    let changed: Option<Profile> = profiles.first().map(|p| Profile { seeks: p.offers.clone(), ..p.clone() });
    if ids.is_empty() {
        return Err(format!("{input}: no profiles"));
    }
    let t0 = Instant::now();
    let mut engine = Engine::build(profiles).map_err(|e| e.to_string())?;
    let build = t0.elapsed();

    let mut times: Vec<Duration> = Vec::with_capacity(queries);
    let mut found = 0usize;
    for i in 0..queries {
        let id = ids[i * ids.len() / queries];
        let t = Instant::now();
        let matches = engine.query(id, k).map_err(|e| e.to_string())?;
        times.push(t.elapsed());
        found += matches.len();
    }
    times.sort_unstable();
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize].as_secs_f64() * 1e3;
    println!(
        "N={} k={k} queries={queries} build={:.2} s p50={:.3} ms p99={:.3} ms max={:.3} ms (mean {:.1} matches)",
        engine.len(),
        build.as_secs_f64(),
        at(0.50),
        at(0.99),
        at(1.0),
        found as f64 / queries as f64
    );
    if let Some(p) = changed {
        let id = p.id;
        let t = Instant::now();
        engine.upsert(p).map_err(|e| e.to_string())?;
        engine.query(id, k).map_err(|e| e.to_string())?;
        println!("first query after an upsert (re-index included): {:.1} ms", t.elapsed().as_secs_f64() * 1e3);
    }
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("match_latency: {e}");
            ExitCode::FAILURE
        }
    }
}
