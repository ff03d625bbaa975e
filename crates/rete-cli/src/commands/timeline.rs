//! `rete person timeline PERSON`: everything recorded with a person,
//! newest first, each entry with the command that corrects it
//! (`log 12` is `rete log edit 12` / `rete log delete 12`).

use crate::context::Ctx;
use crate::output;
use crate::resolve;
use rete_app::timeline::Entry;
use rete_core::{Direction, PersonId};
use rete_i18n::t;
use std::collections::HashMap;

/// Entries shown when no `--limit` is given.
const SHOWN: usize = 50;

pub async fn run(ctx: &Ctx, key: &str, limit: Option<usize>, json: bool) -> anyhow::Result<()> {
    let found = resolve::person(ctx, key).await?;
    let entries = ctx.app().timeline(&ctx.caller(), found.id).await?;
    if json {
        return output::json(entries.as_ref());
    }
    let l = ctx.l();
    println!("{} (#{})", found.name, found.id);
    if entries.is_empty() {
        println!("{}", t!("timeline.empty", locale = l));
        return Ok(());
    }
    let names = ctx.app().names_in(&ctx.caller(), &entries).await;
    let limit = match limit {
        Some(0) => usize::MAX,
        Some(n) => n,
        None => SHOWN,
    };
    let mut table = output::table(vec![
        t!("field.date", locale = l).into_owned(),
        t!("timeline.col.record", locale = l).into_owned(),
        t!("timeline.col.what", locale = l).into_owned(),
    ]);
    for e in entries.iter().take(limit) {
        let (record, what) = describe(ctx, e, &names);
        table.add_row(vec![e.on().to_string(), record, what]);
    }
    output::print(&table);
    if entries.len() > limit {
        println!("{}", t!("list.more", locale = l, count = entries.len() - limit));
    }
    println!("{}", t!("timeline.correct", locale = l));
    Ok(())
}

/// The record's handle (`log 12`) and what it says.
fn describe(ctx: &Ctx, e: &Entry, names: &HashMap<PersonId, String>) -> (String, String) {
    let l = ctx.l();
    let join = |parts: Vec<String>| parts.into_iter().filter(|p| !p.is_empty()).collect::<Vec<_>>().join(" · ");
    match e {
        Entry::Interaction(i) => {
            let others = match i.with.len() {
                0 | 1 => String::new(),
                n => t!("timeline.with_others", locale = l, count = n - 1).into_owned(),
            };
            let kind = t!(format!("kind.{}", i.kind), locale = l).into_owned();
            (format!("log {}", i.id.0), join(vec![kind, others, i.topics.clone().unwrap_or_default()]))
        }
        Entry::Exchange(x) => {
            let direction = t!(format!("direction.{}", x.direction), locale = l).into_owned();
            let kind = t!(format!("exchange.{}", x.kind), locale = l).into_owned();
            let amount = x.amount_cents.map(|c| rete_core::numbers::euros(c, ctx.lang)).unwrap_or_default();
            let thanked = match (x.direction, x.thanked_on) {
                (Direction::Received, Some(d)) => t!("timeline.thanked_on", locale = l, date = d).into_owned(),
                (Direction::Received, None) => t!("timeline.not_thanked", locale = l).into_owned(),
                _ => String::new(),
            };
            let note = x.note.clone().unwrap_or_default();
            (format!("ledger {}", x.id.0), join(vec![format!("{direction}: {kind}"), amount, note, thanked]))
        }
        Entry::Milestone(m) => {
            let kind = t!(format!("milestone.{}", m.kind), locale = l).into_owned();
            (format!("milestone {}", m.id.0), join(vec![kind, m.note.clone().unwrap_or_default()]))
        }
        Entry::Followup(f) => {
            let state = match f.done_on {
                Some(d) => t!("timeline.done_on", locale = l, date = d).into_owned(),
                None => t!("timeline.due_on", locale = l, date = f.effective_due()).into_owned(),
            };
            (format!("followup {}", f.id.0), join(vec![f.text.clone(), state]))
        }
        Entry::Introduction(i) => {
            let name = |id: PersonId| names.get(&id).cloned().unwrap_or_else(|| format!("#{}", id.0));
            let what = t!("timeline.intro_to", locale = l, target = name(i.target), via = name(i.via)).into_owned();
            let status = t!(format!("timeline.intro_{}", i.status.as_str()), locale = l).into_owned();
            (format!("intro {}", i.id.0), join(vec![what, status]))
        }
    }
}
