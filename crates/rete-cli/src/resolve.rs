//! Turning what the user typed (an id or a name) into a person or event.
//! An ambiguous name is an error that lists the candidates, so the user
//! can retry with an id.

use crate::context::Ctx;
use crate::failure::bad_input;
use rete_core::{Event, EventId, Person, PersonId};
use rete_i18n::t;
use std::collections::HashMap;

pub async fn person(ctx: &Ctx, key: &str) -> anyhow::Result<Person> {
    Ok(ctx.app().find_person(&ctx.caller(), key).await?)
}

pub async fn people(ctx: &Ctx, keys: &[String]) -> anyhow::Result<Vec<Person>> {
    let mut out = Vec::with_capacity(keys.len());
    for k in keys {
        out.push(person(ctx, k).await?);
    }
    Ok(out)
}

pub async fn event(ctx: &Ctx, key: &str) -> anyhow::Result<Event> {
    let key = key.trim();
    if let Ok(id) = key.trim_start_matches('#').parse::<i64>() {
        return Ok(ctx.store.event(ctx.account, EventId(id)).await?);
    }
    let mut found = ctx.store.events_named(ctx.account, key).await?;
    match found.len() {
        0 => Err(bad_input(t!("error.no_event", locale = ctx.l(), name = key))),
        1 => Ok(found.remove(0)),
        _ => {
            let list = found
                .iter()
                .take(10)
                .map(|e| format!("#{} {} ({})", e.id, e.name, e.on))
                .collect::<Vec<_>>()
                .join(", ");
            Err(bad_input(t!("error.ambiguous_event", locale = ctx.l(), name = key, list = list)))
        }
    }
}

/// Everyone's name by id, for listings that show who a row is about.
pub async fn names(ctx: &Ctx) -> anyhow::Result<HashMap<PersonId, String>> {
    Ok(ctx.store.people(ctx.account).await?.into_iter().map(|p| (p.id, p.data.name)).collect())
}
