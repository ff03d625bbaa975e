//! Times the planner on the instances of the issue (run with `--release`):
//! `cargo run -p rete-plan --release --example plan_bench`.

use rete_plan::{plan, PlanRequest};
use std::time::{Duration, Instant};

fn weight(a: usize, b: usize) -> f64 {
    let (a, b) = (a.min(b) as u64, a.max(b) as u64);
    let x = (a * 1_000_003 + b).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    ((x >> 33) % 10_000) as f64 / 100.0
}

fn main() {
    let w = weight;
    let cases: Vec<(&str, PlanRequest)> = vec![
        ("tables 100/5/12", PlanRequest::new(100, 5, 12)),
        ("pairs 300/8 weighted", PlanRequest { weight: Some(&w), ..PlanRequest::new(300, 2, 8) }),
        ("tables 32/4/10", PlanRequest::new(32, 4, 10)),
        ("tables 15/3/7", PlanRequest::new(15, 3, 7)),
        ("tables 30/4/10", PlanRequest::new(30, 4, 10)),
        ("tables 21/3/10", PlanRequest::new(21, 3, 10)),
        ("tables 16/4/6 (beyond)", PlanRequest::new(16, 4, 6)),
        ("pairs 40/39 weighted", PlanRequest { weight: Some(&w), ..PlanRequest::new(40, 2, 39) }),
    ];
    for (name, mut req) in cases {
        req.budget = Duration::from_secs(10);
        let t = Instant::now();
        match plan(&req) {
            Ok(p) => println!(
                "{name:<26} {:>9.3} s  repeats {:>3}  pairs_met {:>6}  bound {:?}  {}",
                t.elapsed().as_secs_f64(),
                p.repeats,
                p.pairs_met,
                p.repeat_free_bound,
                p.method_detail
            ),
            Err(e) => println!("{name:<26} error: {e}"),
        }
    }
}
