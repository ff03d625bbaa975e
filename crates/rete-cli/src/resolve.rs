//! Turning what the user typed (an id or a name) into a person or event.
//! An ambiguous name is an error that lists the candidates, so the user
//! can retry with an id.

use crate::context::Ctx;
use rete_core::{Event, Person, PersonId};
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
    Ok(ctx.app().find_event(&ctx.caller(), key).await?)
}

/// Everyone's name by id, for listings that show who a row is about.
pub async fn names(ctx: &Ctx) -> anyhow::Result<HashMap<PersonId, String>> {
    Ok(ctx.app().names(&ctx.caller()).await?)
}
