//! GraphML export of the network, for Gephi, yEd or NetworkX: people are
//! nodes (with name, tier, company and sector declared as `<key>`s) and
//! the ties between them are weighted edges of three kinds. The CLI
//! computes the edges from the ledger, events and interactions; this
//! module only writes them.

use rete_core::{Person, PersonId};
use std::collections::HashSet;
use std::io::{self, Write};

/// What ties two people.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EdgeKind {
    /// `a` introduced `b` (or the user introduced them); directed.
    Introduction,
    /// Both attended the same event.
    SharedEvent,
    /// They took part in the same interaction.
    Interaction,
}

impl EdgeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EdgeKind::Introduction => "introduction",
            EdgeKind::SharedEvent => "shared-event",
            EdgeKind::Interaction => "interaction",
        }
    }
}

/// One weighted tie; the weight is the tie's strength as the CLI computed it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Edge {
    pub a: PersonId,
    pub b: PersonId,
    pub kind: EdgeKind,
    pub weight: f64,
}

/// Writes the graph. Edges naming someone not in `people` are left out,
/// since GraphML readers reject edges to missing nodes.
pub fn write<W: Write>(people: &[Person], edges: &[Edge], w: &mut W) -> io::Result<()> {
    writeln!(w, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        w,
        r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#
    )?;
    for (id, domain, kind) in [
        ("name", "node", "string"),
        ("tier", "node", "string"),
        ("company", "node", "string"),
        ("sector", "node", "string"),
        ("kind", "edge", "string"),
        ("weight", "edge", "double"),
    ] {
        writeln!(w, r#"  <key id="{id}" for="{domain}" attr.name="{id}" attr.type="{kind}"/>"#)?;
    }
    writeln!(w, r#"  <graph id="rete" edgedefault="undirected">"#)?;
    let mut ids = HashSet::new();
    for p in people {
        ids.insert(p.id);
        writeln!(w, r#"    <node id="p{}">"#, p.id)?;
        writeln!(w, r#"      <data key="name">{}</data>"#, escape(&p.name))?;
        writeln!(w, r#"      <data key="tier">{}</data>"#, p.tier)?;
        for (key, value) in [("company", &p.company), ("sector", &p.sector)] {
            if let Some(v) = value {
                writeln!(w, r#"      <data key="{key}">{}</data>"#, escape(v))?;
            }
        }
        writeln!(w, "    </node>")?;
    }
    for (n, e) in edges.iter().filter(|e| ids.contains(&e.a) && ids.contains(&e.b)).enumerate() {
        let directed = if e.kind == EdgeKind::Introduction { r#" directed="true""# } else { "" };
        let weight = if e.weight.is_finite() { e.weight } else { 0.0 };
        writeln!(w, r#"    <edge id="e{n}" source="p{}" target="p{}"{directed}>"#, e.a, e.b)?;
        writeln!(w, r#"      <data key="kind">{}</data>"#, e.kind.as_str())?;
        writeln!(w, r#"      <data key="weight">{weight}</data>"#)?;
        writeln!(w, "    </edge>")?;
    }
    writeln!(w, "  </graph>")?;
    writeln!(w, "</graphml>")
}

/// Escapes XML text and drops control characters XML 1.0 forbids.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}
