//! "My network": the people you keep as a graph, laid out by ForceAtlas2
//! so that who knows whom shows as clusters. Edges come from what the
//! records say links two people: one introduced the other (or an
//! introduction went through them), they were in the same meeting or at
//! the same event. The layout starts from a spiral in the order of the
//! people's ids and runs a fixed number of sequential epochs, so a
//! network always gets the same picture; it is cached until the account
//! changes.

use crate::cache::Key;
use crate::{App, Caller, Result};
use fa2::{FA2Data, FA2Settings};
use rete_core::strength::strengths;
use rete_core::{PersonId, Tier};
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

/// The picture is laid out in a square of this side.
pub const SIDE: f32 = 1000.0;

/// A group larger than this (a meeting, an event) is linked in a ring,
/// not every pair with every pair: 40 guests are 40 edges, not 780.
const CLIQUE_MAX: usize = 8;

/// How the edge between two people came to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Link {
    Introduction,
    Meeting,
    Event,
}

#[derive(Debug, Clone, Serialize)]
pub struct Node {
    pub id: PersonId,
    pub name: String,
    pub tier: Tier,
    pub sector: Option<String>,
    /// 0 to 100.
    pub strength: f64,
    /// Inside `0..SIDE`.
    pub x: f32,
    pub y: f32,
}

#[derive(Debug, Clone, Serialize)]
pub struct Edge {
    /// Indices into `nodes`.
    pub a: usize,
    pub b: usize,
    pub link: Link,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Network {
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
}

/// Links every pair of a small group, a ring around a large one.
fn link_group(group: &[usize], link: Link, out: &mut BTreeSet<(usize, usize, Link)>) {
    let mut push = |a: usize, b: usize| {
        if a != b {
            out.insert((a.min(b), a.max(b), link));
        }
    };
    if group.len() <= CLIQUE_MAX {
        for (i, &a) in group.iter().enumerate() {
            for &b in &group[i + 1..] {
                push(a, b);
            }
        }
    } else {
        for (i, &a) in group.iter().enumerate() {
            push(a, group[(i + 1) % group.len()]);
        }
    }
}

/// Positions `n` nodes by ForceAtlas2 from a spiral; the same input
/// always gives the same output.
pub fn layout(n: usize, edges: &[(usize, usize)]) -> Vec<(f32, f32)> {
    if n == 0 {
        return Vec::new();
    }
    let mut data = FA2Data::<f32>::with_capacity(n, edges.len());
    // A sunflower spiral: evenly spread, no two nodes on one point.
    let golden = std::f32::consts::PI * (3.0 - 5f32.sqrt());
    for i in 0..n {
        let r = (i as f32 + 0.5).sqrt() * 10.0;
        let t = i as f32 * golden;
        data.add_node_with_position(r * t.cos(), r * t.sin());
    }
    for &(a, b) in edges {
        data.add_edge(a, b);
    }
    let mut fa2 = FA2Settings::<f32>::from_graph_order(n).parallel(false).build(data);
    let epochs = if n > 2000 { 120 } else { 300 };
    fa2.run(epochs);
    let points: Vec<(f32, f32)> = fa2.data().positions().collect();
    // Into the square, keeping the proportions, with a margin.
    let (mut x0, mut x1, mut y0, mut y1) = (f32::MAX, f32::MIN, f32::MAX, f32::MIN);
    for &(x, y) in &points {
        x0 = x0.min(x);
        x1 = x1.max(x);
        y0 = y0.min(y);
        y1 = y1.max(y);
    }
    let span = (x1 - x0).max(y1 - y0).max(1e-3);
    let margin = SIDE * 0.04;
    let scale = (SIDE - 2.0 * margin) / span;
    let (ox, oy) = ((SIDE - (x1 - x0) * scale) / 2.0, (SIDE - (y1 - y0) * scale) / 2.0);
    points.into_iter().map(|(x, y)| (ox + (x - x0) * scale, oy + (y - y0) * scale)).collect()
}

impl App {
    /// The caller's network, laid out (cached until the account changes).
    pub async fn network(&self, caller: &Caller) -> Result<Arc<Network>> {
        self.cache.get(caller, Key::Rendered("network".into()), self.make_network(caller)).await
    }

    async fn make_network(&self, caller: &Caller) -> Result<Network> {
        let account = caller.account;
        let people: Vec<_> =
            self.store.people(account).await?.into_iter().filter(|p| p.tier != Tier::Archived).collect();
        let interactions = self.store.interactions(account, None).await?;
        let exchanges = self.store.exchanges(account, None).await?;
        let events = self.store.events(account).await?;
        let intros = self.store.intros(account).await?;
        let today = caller.today;
        let index: HashMap<PersonId, usize> = people.iter().enumerate().map(|(i, p)| (p.id, i)).collect();
        let at = |ids: &[PersonId]| -> Vec<usize> {
            let mut v: Vec<usize> = ids.iter().filter_map(|id| index.get(id).copied()).collect();
            v.sort_unstable();
            v.dedup();
            v
        };
        let mut links = BTreeSet::new();
        for p in &people {
            if let Some(by) = p.introduced_by {
                link_group(&at(&[p.id, by]), Link::Introduction, &mut links);
            }
        }
        for i in &intros {
            link_group(&at(&[i.target, i.via]), Link::Introduction, &mut links);
        }
        for i in interactions.iter().filter(|i| i.with.len() > 1) {
            link_group(&at(&i.with), Link::Meeting, &mut links);
        }
        for e in &events {
            link_group(&at(&e.attendees), Link::Event, &mut links);
        }
        // One edge per pair, the strongest reason first (introduction).
        let mut seen = BTreeSet::new();
        let edges: Vec<Edge> = links
            .into_iter()
            .filter(|&(a, b, _)| seen.insert((a, b)))
            .map(|(a, b, link)| Edge { a, b, link })
            .collect();
        let strengths = strengths(&interactions, &exchanges, today);
        let pairs: Vec<(usize, usize)> = edges.iter().map(|e| (e.a, e.b)).collect();
        let n = people.len();
        let positions = tokio::task::spawn_blocking(move || layout(n, &pairs))
            .await
            .map_err(|e| crate::AppError::Internal(format!("layout: {e}")))?;
        let nodes = people
            .into_iter()
            .zip(positions)
            .map(|(p, (x, y))| Node {
                strength: strengths.get(&p.id).copied().unwrap_or(0.0),
                id: p.id,
                tier: p.tier,
                sector: p.data.sector.clone(),
                name: p.data.name,
                x,
                y,
            })
            .collect();
        Ok(Network { nodes, edges })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_network_gets_the_same_picture_and_links_stay_close() {
        // Two triangles joined by one edge, and one person on their own.
        let edges = [(0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5), (2, 3)];
        let first = layout(7, &edges);
        assert_eq!(first, layout(7, &edges), "deterministic");
        assert!(first.iter().all(|&(x, y)| (0.0..=SIDE).contains(&x) && (0.0..=SIDE).contains(&y)));
        let d = |a: usize, b: usize| ((first[a].0 - first[b].0).powi(2) + (first[a].1 - first[b].1).powi(2)).sqrt();
        assert!(d(0, 1) < d(0, 6), "linked people sit closer than a stranger: {first:?}");
    }

    #[test]
    fn large_groups_are_rings_not_cliques() {
        let mut out = BTreeSet::new();
        link_group(&(0..40).collect::<Vec<_>>(), Link::Event, &mut out);
        assert_eq!(out.len(), 40);
        let mut small = BTreeSet::new();
        link_group(&[1, 2, 3], Link::Meeting, &mut small);
        assert_eq!(small.len(), 3);
    }
}
