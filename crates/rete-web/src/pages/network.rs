//! My network: the people you keep as a picture, laid out by rete-app
//! (ForceAtlas2, the same picture for the same network), coloured by tier
//! or by sector, sized by the strength of the tie, each person a link to
//! their page. Zoom and filters are links and a form, so the page works
//! without its script; the picture scrolls inside its frame when zoomed.

use super::layout::{app_page, Section};
use super::people::percent;
use super::{Failure, OrFail, Signed};
use crate::AppState;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use maud::{html, Markup};
use rete_app::network::{Link, Network, SIDE};
use rete_core::{text, Tier};
use rete_i18n::t;
use serde::Deserialize;
use std::collections::HashMap;

/// Sectors with a colour of their own; the rest are "other".
const SECTOR_COLOURS: usize = 7;
/// Names written next to the strongest ties only: the rest say theirs
/// when pointed at (their `<title>`).
const NAMED: usize = 25;

#[derive(Debug, Default, Deserialize)]
pub struct NetworkQuery {
    pub tier: Option<String>,
    pub sector: Option<String>,
    /// `tier` (default) or `sector`.
    pub colour: Option<String>,
    /// 1, 2 or 4.
    pub zoom: Option<u32>,
}

/// The most common sectors, largest first (ties by name).
fn top_sectors(network: &Network) -> Vec<String> {
    let mut count: HashMap<String, (String, usize)> = HashMap::new();
    for n in &network.nodes {
        if let Some(s) = n.sector.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            count.entry(text::fold(s)).or_insert_with(|| (s.to_string(), 0)).1 += 1;
        }
    }
    let mut all: Vec<(String, usize)> = count.into_values().collect();
    all.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    all.into_iter().map(|(s, _)| s).collect()
}

fn picture(
    network: &Network,
    shown: &[bool],
    colour_by_sector: bool,
    sectors: &[String],
    zoom: u32,
    l: &str,
) -> Markup {
    let sector_class = |s: &Option<String>| -> String {
        let folded = s.as_deref().map(text::fold);
        match folded.and_then(|f| sectors.iter().take(SECTOR_COLOURS).position(|x| text::fold(x) == f)) {
            Some(i) => format!("s{i}"),
            None => "s-other".into(),
        }
    };
    let mut strongest: Vec<usize> = (0..network.nodes.len()).filter(|&i| shown[i]).collect();
    strongest.sort_by(|&a, &b| network.nodes[b].strength.total_cmp(&network.nodes[a].strength).then(a.cmp(&b)));
    strongest.truncate(NAMED);
    let side = SIDE as u32;
    html! {
        svg xmlns="http://www.w3.org/2000/svg" viewBox={ "0 0 " (side) " " (side) } class={ "network zoom" (zoom) }
            role="group" aria-label=(t!("network.picture", locale = l)) {
            g class="edges" {
                @for e in network.edges.iter().filter(|e| shown[e.a] && shown[e.b]) {
                    @let (a, b) = (&network.nodes[e.a], &network.nodes[e.b]);
                    line x1=(format!("{:.1}", a.x)) y1=(format!("{:.1}", a.y)) x2=(format!("{:.1}", b.x)) y2=(format!("{:.1}", b.y))
                        class=(match e.link { Link::Introduction => "e-intro", Link::Meeting => "e-meeting", Link::Event => "e-event" }) {}
                }
            }
            g class="nodes" {
                @for (i, n) in network.nodes.iter().enumerate().filter(|(i, _)| shown[*i]) {
                    @let class = if colour_by_sector { sector_class(&n.sector) } else { format!("t-{}", n.tier.as_str()) };
                    a href={ "/people/" (n.id.0) } {
                        circle cx=(format!("{:.1}", n.x)) cy=(format!("{:.1}", n.y)) r=(format!("{:.1}", 3.0 + n.strength / 100.0 * 9.0)) class=(class) {
                            title { (n.name) }
                        }
                        @if strongest.contains(&i) {
                            text x=(format!("{:.1}", f64::from(n.x) + 6.0 + n.strength / 100.0 * 9.0)) y=(format!("{:.1}", n.y + 4.0)) { (n.name) }
                        }
                    }
                }
            }
        }
    }
}

pub async fn page(
    State(state): State<AppState>,
    who: Signed,
    Query(q): Query<NetworkQuery>,
) -> Result<Response, Failure> {
    // The picture of 5,000 people is a large SVG: it is rendered once per
    // revision of the account, filter and language, then served as is.
    let key = format!("network page {:?} {:?} {:?} {:?} {}", q.tier, q.sector, q.colour, q.zoom, who.l());
    let rendered = state
        .app
        .cache
        .get(&who.0.caller, rete_app::cache::Key::Rendered(key), async {
            render(&state, &who, &q).await.map(Markup::into_string)
        })
        .await
        .or_fail(&who)?;
    Ok(axum::response::Html(String::clone(&rendered)).into_response())
}

async fn render(state: &AppState, who: &Signed, q: &NetworkQuery) -> Result<Markup, rete_app::AppError> {
    let l = who.l();
    let network = state.app.network(&who.0.caller).await?;
    let sectors = top_sectors(&network);
    let tier: Option<Tier> = q.tier.as_deref().filter(|t| !t.is_empty()).and_then(|t| t.parse().ok());
    let sector = q.sector.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(text::fold);
    let shown: Vec<bool> = network
        .nodes
        .iter()
        .map(|n| {
            tier.is_none_or(|t| n.tier == t)
                && sector.as_ref().is_none_or(|s| n.sector.as_deref().map(text::fold).as_ref() == Some(s))
        })
        .collect();
    let count = shown.iter().filter(|s| **s).count();
    let by_sector = q.colour.as_deref() == Some("sector");
    let zoom = match q.zoom {
        Some(z) if z >= 4 => 4,
        Some(2) | Some(3) => 2,
        _ => 1,
    };
    let query = |z: u32| {
        let mut parts = vec![format!("zoom={z}")];
        for (k, v) in [("tier", &q.tier), ("sector", &q.sector), ("colour", &q.colour)] {
            if let Some(v) = v.as_deref().filter(|v| !v.is_empty()) {
                parts.push(format!("{k}={}", percent(v)));
            }
        }
        format!("/network?{}", parts.join("&"))
    };
    let body = html! {
        h1 { (t!("network.title", locale = l)) }
        p class="muted" { (t!("network.why", locale = l)) }
        form method="get" action="/network" class="card filters-row" {
            input type="hidden" name="zoom" value=(zoom);
            div class="grid" {
                label for="tier" { (t!("people.tier", locale = l)) }
                select id="tier" name="tier" {
                    option value="" { (t!("people.any_tier", locale = l)) }
                    @for t in Tier::ALL.iter().filter(|t| **t != Tier::Archived) {
                        option value=(t.as_str()) selected[tier == Some(*t)] { (t!(format!("tier.{}", t.as_str()), locale = l)) }
                    }
                }
                label for="sector" { (t!("person.sector", locale = l)) }
                select id="sector" name="sector" {
                    option value="" { (t!("network.any_sector", locale = l)) }
                    @for s in &sectors {
                        option value=(s) selected[sector.as_deref() == Some(text::fold(s).as_str())] { (s) }
                    }
                }
                label for="colour" { (t!("network.colour", locale = l)) }
                select id="colour" name="colour" {
                    option value="tier" selected[!by_sector] { (t!("network.by_tier", locale = l)) }
                    option value="sector" selected[by_sector] { (t!("network.by_sector", locale = l)) }
                }
            }
            button type="submit" class="primary" { (t!("network.show", locale = l)) }
        }
        @if network.nodes.is_empty() {
            (super::people::first_steps(l))
        } @else {
            p class="muted" id="network-count" {
                (t!("network.people", locale = l, count = count)) ", "
                (t!("network.links", locale = l, count = network.edges.iter().filter(|e| shown[e.a] && shown[e.b]).count()))
            }
            nav class="chips" aria-label=(t!("network.zoom", locale = l)) {
                @for z in [1u32, 2, 4] {
                    a class="chip" href=(query(z)) aria-current=[(z == zoom).then_some("page")] { (format!("{z}×")) }
                }
            }
            div class="network-frame card" { (picture(&network, &shown, by_sector, &sectors, zoom, l)) }
            ul class="legend" {
                @if by_sector {
                    @for (i, s) in sectors.iter().take(SECTOR_COLOURS).enumerate() { li { span class={ "dot s" (i) } {} (s) } }
                    li { span class="dot s-other" {} (t!("network.other", locale = l)) }
                } @else {
                    @for t in Tier::ALL.iter().filter(|t| **t != Tier::Archived) {
                        li { span class={ "dot t-" (t.as_str()) } {} (t!(format!("tier.{}", t.as_str()), locale = l)) }
                    }
                }
                li { span class="line e-intro" {} (t!("network.link_intro", locale = l)) }
                li { span class="line e-meeting" {} (t!("network.link_meeting", locale = l)) }
                li { span class="line e-event" {} (t!("network.link_event", locale = l)) }
            }
        }
    };
    Ok(app_page(who.lang(), &t!("network.title", locale = l), Section::More, body))
}
