//! The entry point: validates a request, chooses the table mix, dispatches to pairs or
//! tables, scores the result and, when tables of S fall short, offers a mix that does not.

use crate::error::PlanError;
use crate::known::best_known;
use crate::mix::{mixes_of, repeat_free_bound, table_counts, table_sizes};
use crate::pairs::plan_pairs;
use crate::request::{Method, MixOption, Plan, PlanRequest, TableCount};
use crate::score::score;
use crate::tables::{plan_tables, weigh, Tried};
use std::time::{Duration, Instant};

/// Most people planned: the planner keeps people × people matrices.
pub const MAX_PEOPLE: usize = 5000;

/// Plans a speed-networking event; see the crate documentation.
pub fn plan(req: &PlanRequest) -> Result<Plan, PlanError> {
    let n = req.people;
    if n < 2 {
        return Err(PlanError::TooFewPeople(n));
    }
    if n > MAX_PEOPLE {
        return Err(PlanError::TooManyPeople { got: n, max: MAX_PEOPLE });
    }
    if req.table_size < 2 {
        return Err(PlanError::TableTooSmall(req.table_size));
    }
    if req.rounds == 0 {
        return Err(PlanError::NoRounds);
    }
    if let Some(&(a, b)) = req.ties.iter().find(|&&(a, b)| a >= n || b >= n) {
        return Err(PlanError::TieOutOfRange(a, b, n));
    }
    let mut ties: Vec<(usize, usize)> =
        req.ties.iter().filter(|(a, b)| a != b).map(|&(a, b)| if a < b { (a, b) } else { (b, a) }).collect();
    ties.sort_unstable();
    ties.dedup();

    let mut mixes = Vec::new();
    let mut default_sizes = None;
    let (mut rounds, rests, tables, method, detail, bound) = if req.table_size == 2 && req.allowed.is_none() {
        let p = plan_pairs(n, req.rounds, &ties, req.weight, req.seed);
        let (method, detail) = if p.round_robin == 0 {
            (Method::MaxWeightMatching, "maximum-weight matching (blossom) among pairs not yet met".to_string())
        } else if p.matched <= 1 {
            (
                Method::RoundRobin,
                "round-robin (circle method) relabelled so round 1 is the maximum-weight matching".to_string(),
            )
        } else {
            (
                Method::MatchingThenRoundRobin,
                format!(
                    "maximum-weight matching for {} rounds, round-robin (circle method) for {}",
                    p.matched, p.round_robin
                ),
            )
        };
        let bound = if n.is_multiple_of(2) { n - 1 } else { n };
        (p.rounds, p.rests, vec![TableCount { size: 2, count: n / 2 }], method, detail, bound)
    } else {
        let (sizes, design_size, tried) = match req.allowed {
            Some(allowed) => {
                let (sizes, tried) = choose(n, allowed, req.rounds, Instant::now() + req.budget / 2, &mut mixes)?;
                let s = sizes.first().copied().unwrap_or(req.table_size);
                (sizes, s, tried)
            }
            None => (table_sizes(n, req.table_size), req.table_size, Tried::Not),
        };
        let t = plan_tables(n, design_size, &sizes, req.rounds, &ties, req.seed, req.budget, tried);
        let bound = repeat_free_bound(n, &sizes);
        default_sizes = Some(sizes.clone());
        (t.rounds, vec![Vec::new(); req.rounds], table_counts(&sizes), t.method, t.detail, bound)
    };
    for round in &mut rounds {
        for t in round.iter_mut() {
            t.sort_unstable();
        }
        round.sort();
    }
    let s = score(&rounds, &ties);
    // More, smaller tables may go further than ⌈N/S⌉ tables: offered, never imposed.
    let mut offer = None;
    if let (Some(sizes), None, true, true) = (&default_sizes, req.allowed, s.repeats > 0, req.table_size >= 4) {
        let deadline = Instant::now() + req.budget / 4;
        for other in mixes_of(n, &[req.table_size - 1, req.table_size])
            .unwrap_or_default()
            .into_iter()
            .filter(|m| m.len() > sizes.len())
        {
            let (option, _) = weigh(n, &other, req.rounds, deadline);
            let reached = option.reached_by.is_some();
            mixes.push(option.clone());
            if reached {
                offer = Some(option);
                break;
            }
        }
    }
    let best_known = default_sizes.as_ref().and_then(|sizes| {
        let s = sizes.iter().copied().max()?;
        (*sizes == table_sizes(n, s)).then(|| best_known(n, s)).flatten().map(|k| k.rounds)
    });
    Ok(Plan {
        rounds,
        rests,
        repeats: s.repeats,
        pairs_met: s.pairs_met,
        tables,
        method,
        method_detail: detail,
        repeat_free_bound: Some(bound),
        beyond_bound: req.rounds > bound,
        best_known,
        mixes,
        offer,
    })
}

/// Longest look for the design of one mix when more mixes follow.
const MIX_TIME: Duration = Duration::from_millis(600);

/// The mix of the `allowed` sizes to plan with: the first (fewest tables) that a design takes
/// to `rounds` without repeats; else the first whose proven bound allows them (the search
/// may); else the one with the highest bound. Every mix weighed is pushed to `weighed`.
fn choose(
    n: usize,
    allowed: &[usize],
    rounds: usize,
    deadline: Instant,
    weighed: &mut Vec<MixOption>,
) -> Result<(Vec<usize>, Tried), PlanError> {
    let all = mixes_of(n, allowed)?;
    let mut tried = Vec::new();
    for (i, sizes) in all.iter().enumerate() {
        // a mix with no design must not eat the time of the next one
        let until = if i + 1 < all.len() { deadline.min(Instant::now() + MIX_TIME) } else { deadline };
        let (option, t) = weigh(n, sizes, rounds, until);
        let reached = option.reached_by.is_some();
        weighed.push(option);
        tried.push(t);
        if reached {
            let t = tried.pop().unwrap_or(Tried::Not);
            return Ok((sizes.clone(), t));
        }
    }
    let pick = weighed
        .iter()
        .position(|o| o.repeat_free_bound >= rounds)
        .or_else(|| {
            let best = weighed.iter().map(|o| o.repeat_free_bound).max()?;
            weighed.iter().position(|o| o.repeat_free_bound == best)
        })
        .unwrap_or(0);
    let t = if tried.len() > pick { tried.swap_remove(pick) } else { Tried::Not };
    Ok((all.get(pick).cloned().unwrap_or_default(), t))
}
