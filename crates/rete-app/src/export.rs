//! A user's copy of their data: the lossless JSON backup (every table they
//! own), their people as vCard or CSV for any address book, and their
//! network as a graph; and a backup restored into an empty account.

use crate::{App, AppError, Caller, Result};
use rete_core::{Backup, PersonId};
use rete_formats::graphml::{Edge, EdgeKind};
pub use rete_formats::vcard::VCardVersion;
use std::collections::HashMap;

fn written(what: &str, result: std::io::Result<()>) -> Result<()> {
    result.map_err(|e| AppError::Internal(format!("writing {what}: {e}")))
}

impl App {
    pub async fn export_backup(&self, caller: &Caller) -> Result<Backup> {
        Ok(self.store.export(caller.account).await?)
    }

    /// Restores a backup made by [`App::export_backup`] into the caller's
    /// account, in one transaction; a backup that does not hold together
    /// (a record naming one that is not in it) is refused naming it.
    pub async fn restore_backup(&self, caller: &Caller, backup: &Backup) -> Result<()> {
        Ok(self.store.import(caller.account, backup).await?)
    }

    /// Every person as vCard (4.0, or 3.0 for Google and older phones).
    pub async fn export_vcard(&self, caller: &Caller, version: VCardVersion) -> Result<Vec<u8>> {
        let people = self.store.people(caller.account).await?;
        let mut out = Vec::new();
        written("vCard", rete_formats::vcard::write(&people, version, &mut out))?;
        Ok(out)
    }

    /// Every person as a CSV line.
    pub async fn export_csv(&self, caller: &Caller) -> Result<Vec<u8>> {
        let people = self.store.people(caller.account).await?;
        let mut out = Vec::new();
        written("CSV", rete_formats::csv_out::write(&people, &mut out))?;
        Ok(out)
    }

    /// The network as GraphML: people as nodes; introductions, shared
    /// events and shared interactions as edges, weighted by how many times
    /// the two were together.
    pub async fn export_graphml(&self, caller: &Caller) -> Result<Vec<u8>> {
        let people = self.store.people(caller.account).await?;
        let mut weights: HashMap<(PersonId, PersonId, EdgeKind), f64> = HashMap::new();
        let mut add = |a: PersonId, b: PersonId, kind: EdgeKind| {
            if a != b {
                *weights.entry((a.min(b), a.max(b), kind)).or_default() += 1.0;
            }
        };
        for p in &people {
            if let Some(by) = p.introduced_by {
                add(by, p.id, EdgeKind::Introduction);
            }
        }
        for e in self.store.events(caller.account).await? {
            for (i, a) in e.attendees.iter().enumerate() {
                for b in &e.attendees[i + 1..] {
                    add(*a, *b, EdgeKind::SharedEvent);
                }
            }
        }
        for i in self.store.interactions(caller.account, None).await? {
            for (n, a) in i.with.iter().enumerate() {
                for b in &i.with[n + 1..] {
                    add(*a, *b, EdgeKind::Interaction);
                }
            }
        }
        let mut edges: Vec<Edge> =
            weights.into_iter().map(|((a, b, kind), weight)| Edge { a, b, kind, weight }).collect();
        edges.sort_by(|x, y| (x.a, x.b, x.kind.as_str()).cmp(&(y.a, y.b, y.kind.as_str())));
        let mut out = Vec::new();
        written("GraphML", rete_formats::graphml::write(&people, &edges, &mut out))?;
        Ok(out)
    }
}
