//! Tabu local search for table plans where no design applies (or to finish one).
//!
//! After Dotú & Van Hentenryck, "Scheduling social golfers locally": the plan
//! keeps its table mix fixed and the only move swaps two people at different
//! tables of the same round. The cost is the number of repeats (a tie counts as
//! a pair met before the event), each move's change is computed in `O(S)` from a
//! people × people meeting matrix, recently moved people are tabu for a few
//! iterations (unless the move beats the best plan seen), and a stalled search
//! restarts from the best plan with a few random swaps. Rounds not supplied by
//! the caller are built greedily first (each seat goes to whoever has met the
//! table least), which alone solves easy instances such as 100 at tables of 5.

use rand::rngs::SmallRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use std::time::Instant;

/// A plan under search: tables per round, where everyone sits, and how often each pair met.
struct State {
    n: usize,
    tables: Vec<Vec<Vec<usize>>>,
    /// `[round * n + person]` → (table, seat)
    pos: Vec<(u32, u32)>,
    /// `[a * n + b]` → meetings so far, plus one for a tie
    cnt: Vec<u16>,
    cost: usize,
}

impl State {
    fn new(n: usize, ties: &[(usize, usize)]) -> State {
        let mut cnt = vec![0u16; n * n];
        for &(a, b) in ties {
            if a != b && a < n && b < n && cnt[a * n + b] == 0 {
                cnt[a * n + b] = 1;
                cnt[b * n + a] = 1;
            }
        }
        State { n, tables: Vec::new(), pos: Vec::new(), cnt, cost: 0 }
    }

    fn c(&self, a: usize, b: usize) -> u16 {
        self.cnt[a * self.n + b]
    }

    fn meet(&mut self, a: usize, b: usize) {
        let n = self.n;
        if self.cnt[a * n + b] >= 1 {
            self.cost += 1;
        }
        self.cnt[a * n + b] = self.cnt[a * n + b].saturating_add(1);
        self.cnt[b * n + a] = self.cnt[a * n + b];
    }

    fn part(&mut self, a: usize, b: usize) {
        let n = self.n;
        if self.cnt[a * n + b] >= 2 {
            self.cost -= 1;
        }
        self.cnt[a * n + b] = self.cnt[a * n + b].saturating_sub(1);
        self.cnt[b * n + a] = self.cnt[a * n + b];
    }

    fn push_round(&mut self, round: Vec<Vec<usize>>) {
        let r = self.tables.len();
        self.pos.resize((r + 1) * self.n, (0, 0));
        for (t, table) in round.iter().enumerate() {
            for (seat, &p) in table.iter().enumerate() {
                self.pos[r * self.n + p] = (t as u32, seat as u32);
                for &q in &table[..seat] {
                    self.meet(p, q);
                }
            }
        }
        self.tables.push(round);
    }

    /// Greedy round: tables filled one by one, each seat to whoever met the table least.
    fn greedy_round(&self, sizes: &[usize], rng: &mut SmallRng) -> Vec<Vec<usize>> {
        let mut order: Vec<usize> = (0..self.n).collect();
        order.shuffle(rng);
        let mut placed = vec![false; self.n];
        let mut round = Vec::with_capacity(sizes.len());
        for &size in sizes {
            let mut table: Vec<usize> = Vec::with_capacity(size);
            while table.len() < size {
                let mut best: Option<(usize, usize)> = None;
                for &p in &order {
                    if placed[p] {
                        continue;
                    }
                    let met: usize = table.iter().map(|&m| self.c(p, m) as usize).sum();
                    if best.is_none_or(|(_, b)| met < b) {
                        best = Some((p, met));
                        if met == 0 {
                            break;
                        }
                    }
                }
                let Some((p, _)) = best else { break };
                placed[p] = true;
                table.push(p);
            }
            round.push(table);
        }
        round
    }

    fn conflicted(&self, r: usize, p: usize) -> bool {
        let (t, _) = self.pos[r * self.n + p];
        self.tables[r][t as usize].iter().any(|&x| x != p && self.c(p, x) >= 2)
    }

    /// Change of cost if `a` and `b` (at different tables of round `r`) swap seats.
    fn delta(&self, r: usize, a: usize, b: usize) -> i32 {
        let ta = self.pos[r * self.n + a].0 as usize;
        let tb = self.pos[r * self.n + b].0 as usize;
        let mut d = 0i32;
        for &x in &self.tables[r][ta] {
            if x != a {
                d -= i32::from(self.c(a, x) >= 2);
                d += i32::from(self.c(b, x) >= 1);
            }
        }
        for &y in &self.tables[r][tb] {
            if y != b {
                d -= i32::from(self.c(b, y) >= 2);
                d += i32::from(self.c(a, y) >= 1);
            }
        }
        d
    }

    fn swap(&mut self, r: usize, a: usize, b: usize) {
        let n = self.n;
        let (ta, sa) = self.pos[r * n + a];
        let (tb, sb) = self.pos[r * n + b];
        let (ta, tb) = (ta as usize, tb as usize);
        let mates_a: Vec<usize> = self.tables[r][ta].iter().copied().filter(|&x| x != a).collect();
        let mates_b: Vec<usize> = self.tables[r][tb].iter().copied().filter(|&y| y != b).collect();
        for &x in &mates_a {
            self.part(a, x);
            self.meet(b, x);
        }
        for &y in &mates_b {
            self.part(b, y);
            self.meet(a, y);
        }
        self.tables[r][ta][sa as usize] = b;
        self.tables[r][tb][sb as usize] = a;
        self.pos[r * n + a] = (tb as u32, sb);
        self.pos[r * n + b] = (ta as u32, sa);
    }
}

/// When the search stops: at `deadline`, or once repeats reach `lower_bound` (no plan does better).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Stop {
    pub deadline: Instant,
    pub lower_bound: usize,
}

/// Searches for `rounds` rounds of `n` people at tables of `sizes` with the fewest repeats.
/// `start` gives the first rounds (their tables must have the sizes of `sizes`); the others
/// are built greedily. Returns the best plan found before `stop`.
pub(crate) fn local_search(
    n: usize,
    sizes: &[usize],
    rounds: usize,
    ties: &[(usize, usize)],
    start: Vec<Vec<Vec<usize>>>,
    seed: u64,
    stop: Stop,
) -> Vec<Vec<Vec<usize>>> {
    let Stop { deadline, lower_bound } = stop;
    let mut rng = SmallRng::seed_from_u64(seed);
    let mut st = State::new(n, ties);
    for round in start.into_iter().take(rounds) {
        st.push_round(round);
    }
    while st.tables.len() < rounds {
        let round = st.greedy_round(sizes, &mut rng);
        st.push_round(round);
    }
    let mut best = st.tables.clone();
    let mut best_cost = st.cost;
    if best_cost <= lower_bound || sizes.len() < 2 {
        return best;
    }
    let mut tabu = vec![0u64; rounds * n];
    let mut last_gain = 0u64;
    let stall = 2000 + 20 * n as u64;
    let mut conflicted: Vec<usize> = Vec::with_capacity(n);
    let mut iter = 0u64;
    loop {
        iter += 1;
        if iter.is_multiple_of(128) && Instant::now() >= deadline {
            break;
        }
        if iter - last_gain > stall {
            // restart from the best plan, shaken by a few random swaps
            let mut fresh = State::new(n, ties);
            for round in best.iter().cloned() {
                fresh.push_round(round);
            }
            st = fresh;
            for _ in 0..(2 + rng.gen_range(0..4)) {
                let r = rng.gen_range(0..rounds);
                let a = rng.gen_range(0..n);
                let b = rng.gen_range(0..n);
                if st.pos[r * n + a].0 != st.pos[r * n + b].0 {
                    st.swap(r, a, b);
                }
            }
            tabu.iter_mut().for_each(|t| *t = 0);
            last_gain = iter;
        }
        // a round with conflicts, starting the scan at a random round
        let first = rng.gen_range(0..rounds);
        let mut round = None;
        for k in 0..rounds {
            let r = (first + k) % rounds;
            conflicted.clear();
            conflicted.extend((0..n).filter(|&p| st.conflicted(r, p)));
            if !conflicted.is_empty() {
                round = Some(r);
                break;
            }
        }
        let Some(r) = round else { break };
        let mut pick: Option<(usize, usize)> = None;
        let mut pick_delta = i32::MAX;
        let mut ties_seen = 0u32;
        for &a in &conflicted {
            let ta = st.pos[r * n + a].0;
            for b in 0..n {
                if st.pos[r * n + b].0 == ta {
                    continue;
                }
                let d = st.delta(r, a, b);
                let is_tabu = tabu[r * n + a] > iter || tabu[r * n + b] > iter;
                if is_tabu && (st.cost as i64 + d as i64) >= best_cost as i64 {
                    continue;
                }
                if d < pick_delta {
                    pick_delta = d;
                    pick = Some((a, b));
                    ties_seen = 1;
                } else if d == pick_delta {
                    ties_seen += 1;
                    if rng.gen_range(0..ties_seen) == 0 {
                        pick = Some((a, b));
                    }
                }
            }
        }
        let (a, b) = match pick {
            Some(m) => m,
            None => {
                let a = conflicted[rng.gen_range(0..conflicted.len())];
                let b = rng.gen_range(0..n);
                if st.pos[r * n + a].0 == st.pos[r * n + b].0 {
                    continue;
                }
                (a, b)
            }
        };
        st.swap(r, a, b);
        tabu[r * n + a] = iter + 3 + rng.gen_range(0..10);
        tabu[r * n + b] = iter + 3 + rng.gen_range(0..10);
        if st.cost < best_cost {
            best_cost = st.cost;
            best = st.tables.clone();
            last_gain = iter;
            if best_cost <= lower_bound {
                break;
            }
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::score;
    use std::time::Duration;

    #[test]
    fn solves_an_easy_instance() {
        let deadline = Instant::now() + Duration::from_secs(10);
        let plan = local_search(20, &[4; 5], 4, &[], Vec::new(), 1, Stop { deadline, lower_bound: 0 });
        assert_eq!(plan.len(), 4);
        assert_eq!(score(&plan, &[]).repeats, 0);
    }

    #[test]
    fn keeps_given_rounds_and_respects_ties() {
        let deadline = Instant::now() + Duration::from_secs(10);
        let ties = [(0, 1), (2, 3)];
        let start = vec![vec![vec![0, 2, 4], vec![1, 3, 5], vec![6, 7, 8]]];
        let plan = local_search(9, &[3; 3], 2, &ties, start, 7, Stop { deadline, lower_bound: 0 });
        assert_eq!(score(&plan, &ties).repeats, 0);
    }
}
