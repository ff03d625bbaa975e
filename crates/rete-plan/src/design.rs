//! Picking a design for a table plan and deleting people for uneven counts.
//!
//! For `n` people at tables of `S` (and `S − 1`: `d` of them), a resolvable design on
//! `M = n + d` points with tables of `S` is tried family by family (affine geometry,
//! transversal design, cyclic search). Deleting `d` points that never meet in the
//! rounds used turns `d` tables into tables of `S − 1` and keeps the plan
//! repeat-free — the "breakout groups" trick: from 8-4-10 delete a missed pair
//! (30 people, 6 × 4 + 2 × 3, 10 rounds); from a design with a spare round delete
//! points of one of that round's tables and drop the round (every design here has
//! each pair together at most once, so those points meet nowhere else).

use crate::affine::{affine_classes, transversal_classes};
use crate::cyclic;
use crate::difference;
use crate::field::{prime_power, Field};
use crate::request::Method;
use crate::translation;
use std::time::Instant;

/// Seed of the exact-cover searches: fixed, so a plan's design never depends on the
/// request's seed (which only steers the local search).
const DESIGN_SEED: u64 = 1;

/// Nodes one symmetry of one ansatz may take before the next is tried.
const NODES: u64 = 200_000;

/// Rounds from a design, relabelled onto `0..n`.
#[derive(Debug, Clone)]
pub(crate) struct Built {
    pub rounds: Vec<Vec<Vec<usize>>>,
    pub method: Method,
    pub detail: String,
}

/// `need` rounds of `n` people at `g` tables of `s` and `s − 1`: a design on `m_points =
/// g·s` points with tables of `s`, with `d = g·s − n` people deleted; `None` when no family
/// applies in time.
pub(crate) fn build(n: usize, s: usize, g: usize, need: usize, deadline: Instant) -> Option<Built> {
    let d = (g * s).checked_sub(n).filter(|&d| d <= g)?;
    let m_points = n + d;
    // a spare round makes deletion free; without deletion no spare is needed
    let want = if d == 0 { need } else { need + 1 };
    let consider = |classes: Vec<Vec<Vec<usize>>>, method: Method, detail: String| -> Option<Built> {
        let rounds = delete(m_points, classes, need, d)?;
        let detail = match d {
            0 => detail,
            1 => format!("{detail} minus one person"),
            _ => format!("{detail} minus {d} people who never meet"),
        };
        Some(Built { rounds, method, detail })
    };
    // affine geometry AG(k, s)
    if let Some(f) = Field::new(s) {
        let mut k = 2;
        while s.pow(k as u32) < m_points {
            k += 1;
        }
        if s.pow(k as u32) == m_points {
            let total = (m_points - 1) / (s - 1);
            if total >= need {
                let name = if k == 2 { "affine plane" } else { "affine geometry" };
                let classes = affine_classes(&f, k, want.min(total));
                if let Some(b) = consider(classes, Method::AffineGeometry, format!("{name} AG({k},{s})")) {
                    return Some(b);
                }
            }
        }
    }
    // transversal design TD(s, q)
    let q = m_points / s;
    if m_points.is_multiple_of(s) && q >= s && q >= need && prime_power(q).is_some() {
        if let Some(f) = Field::new(q) {
            let classes = transversal_classes(&f, s, want.min(q));
            if let Some(b) = consider(classes, Method::TransversalDesign, format!("transversal design TD({s},{q})")) {
                return Some(b);
            }
        }
    }
    // TD(s,12) from a difference matrix over Z_2 × Z_2 × Z_3 (56–60 at tables of 5, 12 rounds)
    if m_points == 12 * s && s <= 5 && need <= 12 {
        if let Some(classes) = difference::transversal_12(s, want.min(12)) {
            let detail = format!("transversal design TD({s},12) from a difference matrix over Z_2 × Z_2 × Z_3");
            if let Some(b) = consider(classes, Method::TransversalDesign, detail) {
                return Some(b);
            }
        }
    }
    // a starter table on Z_{s(s+1)} with its translates and the cosets of (s+1)·Z (27–30 at
    // tables of 5 for 6 rounds, where there is no TD(5,6))
    if m_points == s * (s + 1) && need <= s + 1 {
        if let Some(classes) = difference::rotational(s) {
            let v = m_points;
            let detail =
                format!("cyclic resolvable design on Z_{v} from a starter table and the cosets of {}·Z_{v}", s + 1);
            if let Some(b) = consider(classes, Method::CyclicDesign, detail) {
                return Some(b);
            }
        }
    }
    // 8-4-10 and what deleting people from it gives (30 and 31 at tables of 4)
    if m_points == 32 && s == 4 && need <= 10 {
        let detail = "4-RGDD of type 2^16 (GF(2)^3 translations on 4 copies)".to_string();
        if let Some(b) = consider(translation::golfers_32_4(), Method::GroupDivisibleDesign, detail) {
            return Some(b);
        }
    }
    // KTS(3v) from KTS(v): the smaller system on each of three copies, a resolvable TD(3,v)
    // across them (KTS(45) from KTS(15))
    if s == 3 && d == 0 && m_points.is_multiple_of(9) && (m_points / 3) % 6 == 3 && need <= (m_points - 1) / 2 {
        let v = m_points / 3;
        if let Some(classes) = tripled_kts(v, deadline) {
            let detail = format!("KTS({m_points}) tripled from KTS({v}) with a resolvable TD(3,{v})");
            if let Some(b) = consider(classes, Method::Tripling, detail) {
                return Some(b);
            }
        }
    }
    // cyclic resolvable designs and group divisible designs (groups of g people who never
    // meet, g = 1 a 2-design), full rounds only
    let totals = (1..s).filter(|&g| m_points.is_multiple_of(g) && (m_points - g).is_multiple_of(s - 1));
    let mut plain: Vec<(usize, cyclic::Ansatz)> = Vec::new();
    for (g, total) in totals.map(|g| (g, (m_points - g) / (s - 1))).filter(|&(_, t)| t >= need) {
        for a in cyclic::ansatze(m_points, s, total) {
            let groups_fit = match a.groups {
                cyclic::Groups::None => g == 1,
                cyclic::Groups::Columns => g == a.layers,
                _ => g == 2,
            };
            if groups_fit {
                plain.push((g, a));
            }
        }
    }
    // Four passes, each deterministic: the symmetry the classical construction of the family
    // has (layers permuted for the GDDs of type 3^u; a multiplier of order 6 for 2-designs on
    // Z_q × (k−1) + ∞); every ansatz briefly as it is (the small designs fall at once); the
    // other symmetries; every ansatz as it is at length.
    let recipe = plain.iter().filter_map(|&(g, a)| {
        let syms = cyclic::symmetries(&a);
        let sym = match a.groups {
            // groups of three or more; with groups of two (NKTS(36)) the plain search is quicker
            cyclic::Groups::Columns if a.layers >= 3 => syms.first().copied(),
            cyclic::Groups::None if a.layers + 1 == a.block => {
                syms.into_iter().find(|s| matches!(s, cyclic::Sym::Multiplier(_)))
            }
            // nearly Kirkman systems 1-rotational on Z_{v/2−1} × 2 + ∞_1 + ∞_2 (NKTS(54)): the
            // plain search at length, before the shorter looks at the other ansätze
            cyclic::Groups::HalfTurn if a.block == 3 && a.layers == 2 && a.classes == 1 && a.stab == 1 => {
                Some(cyclic::Sym::Identity)
            }
            _ => None,
        }?;
        Some((g, cyclic::Ansatz { sym, ..a }, NODES))
    });
    let symmetric = plain
        .iter()
        .flat_map(|&(g, a)| cyclic::symmetries(&a).into_iter().map(move |sym| (g, cyclic::Ansatz { sym, ..a }, NODES)));
    let tries: Vec<(usize, cyclic::Ansatz, u64)> = recipe
        .chain(plain.iter().map(|&(g, a)| (g, a, NODES / 10)))
        .chain(symmetric)
        .chain(plain.iter().map(|&(g, a)| (g, a, NODES)))
        .collect();
    for (g, a, nodes) in tries {
        if Instant::now() >= deadline {
            return None;
        }
        {
            let t0 = Instant::now();
            let found = cyclic::search(&a, DESIGN_SEED, deadline, nodes);
            // a developer's view of which ansatz takes how long
            if std::env::var_os("RETE_PLAN_DEBUG").is_some() {
                eprintln!("{:?} nodes {nodes}: {} in {:?}", a, found.is_some(), t0.elapsed());
            }
            if let Some(classes) = found {
                let (method, detail) = match a.groups {
                    cyclic::Groups::None => (
                        Method::CyclicDesign,
                        format!("cyclic resolvable 2-({m_points},{s},1) design (Z_{} × {} + ∞)", a.m, a.layers),
                    ),
                    cyclic::Groups::Columns => (
                        Method::GroupDivisibleDesign,
                        format!(
                            "cyclic {s}-RGDD of type {g}^{} (Z_{} × {} + {} ∞)",
                            m_points / g,
                            a.m,
                            a.layers,
                            a.fixed
                        ),
                    ),
                    _ => (
                        Method::GroupDivisibleDesign,
                        format!("cyclic {s}-RGDD of type 2^{} (Z_{} × {} + 2 ∞)", m_points / 2, a.m, a.layers),
                    ),
                };
                if let Some(b) = consider(classes, method, detail) {
                    return Some(b);
                }
            }
        }
    }
    None
}

/// The `(3v − 1)/2` rounds of a Kirkman triple system on `3v` points, `v` odd with a KTS(v):
/// point `(x, i)` is `i·v + x`. The TD's rounds are `{(y,0), (x+y,1), (x+2y,2)}` over `y` for
/// each `x` (a parallel class because 2 is a unit mod odd `v`), meeting every pair of points
/// of different copies once; the KTS(v) rounds, run on the three copies at once, meet the
/// pairs within a copy.
fn tripled_kts(v: usize, deadline: Instant) -> Option<Vec<Vec<Vec<usize>>>> {
    let inner = build(v, 3, v / 3, (v - 1) / 2, deadline)?;
    let mut classes: Vec<Vec<Vec<usize>>> =
        (0..v).map(|x| (0..v).map(|y| vec![y, v + (x + y) % v, 2 * v + (x + 2 * y) % v]).collect()).collect();
    for round in &inner.rounds {
        classes.push((0..3).flat_map(|i| round.iter().map(move |t| t.iter().map(|&p| i * v + p).collect())).collect());
    }
    Some(classes)
}

/// Keeps `need` rounds of `classes` (on `m_points` points) and deletes `d` points that never
/// meet in them, renumbering the rest `0..m_points − d`.
fn delete(m_points: usize, mut classes: Vec<Vec<Vec<usize>>>, need: usize, d: usize) -> Option<Vec<Vec<Vec<usize>>>> {
    if classes.len() < need {
        return None;
    }
    let gone: Vec<usize> = if d == 0 {
        Vec::new()
    } else if let Some(table) = classes.get(need).and_then(|round| round.first()).filter(|t| t.len() >= d) {
        // a table of a dropped round: λ = 1 means its people meet nowhere else
        table[..d].to_vec()
    } else {
        // more people than a table holds (29 from TD(5,7): 6 of a group), or no spare round
        independent(m_points, &classes[..need], d)?
    };
    classes.truncate(need);
    let mut new_id = vec![usize::MAX; m_points];
    let mut next = 0;
    for p in 0..m_points {
        if !gone.contains(&p) {
            new_id[p] = next;
            next += 1;
        }
    }
    Some(
        classes
            .into_iter()
            .map(|round| {
                round
                    .into_iter()
                    .map(|t| t.into_iter().filter(|p| !gone.contains(p)).map(|p| new_id[p]).collect())
                    .collect()
            })
            .collect(),
    )
}

/// `d` points pairwise never together in `rounds`, by a small backtracking clique search
/// in the graph of pairs that never met.
fn independent(points: usize, rounds: &[Vec<Vec<usize>>], d: usize) -> Option<Vec<usize>> {
    let mut met = vec![false; points * points];
    for round in rounds {
        for t in round {
            for &a in t {
                for &b in t {
                    met[a * points + b] = true;
                }
            }
        }
    }
    fn grow(points: usize, met: &[bool], d: usize, chosen: &mut Vec<usize>, from: usize, budget: &mut u32) -> bool {
        if chosen.len() == d {
            return true;
        }
        for p in from..points {
            if *budget == 0 {
                return false;
            }
            *budget -= 1;
            if chosen.iter().all(|&c| !met[c * points + p]) {
                chosen.push(p);
                if grow(points, met, d, chosen, p + 1, budget) {
                    return true;
                }
                chosen.pop();
            }
        }
        false
    }
    let mut chosen = Vec::new();
    let mut budget = 1_000_000;
    grow(points, &met, d, &mut chosen, 0, &mut budget).then_some(chosen)
}
