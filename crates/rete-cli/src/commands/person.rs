//! `rete person`: add, edit, show, list, archive and merge people.

use crate::cli::{PersonCommand, PersonFields};
use crate::context::Ctx;
use crate::output::{self, cell};
use crate::resolve;
use rete_app::people::PersonCard;
use rete_app::AppError;
use rete_core::strength::OneSided;
use rete_core::{Birthday, DateRule, Person, PersonData, Status, Tier};
use rete_i18n::t;

pub async fn run(ctx: &Ctx, cmd: PersonCommand) -> anyhow::Result<()> {
    match cmd {
        PersonCommand::Add { name, fields, new, json } => {
            let mut data = PersonData::named(name);
            apply(ctx, &mut data, fields).await?;
            let id = match ctx.app().create_distinct_person(&ctx.caller(), data, new).await {
                Ok(p) => p.id,
                Err(AppError::Conflict { field: "name", message }) => {
                    let hint = t!("person.add_new_hint", locale = ctx.l());
                    return Err(crate::failure::bad_input(format!("{message}\n{hint}")));
                }
                Err(e) => return Err(e.into()),
            };
            if json {
                output::json(&serde_json::json!({ "id": id }))
            } else {
                println!("{id}");
                Ok(())
            }
        }
        PersonCommand::Edit { person, name, fields, remove, red_flag, clear_flag } => {
            let mut p = resolve::person(ctx, &person).await?;
            if let Some(n) = name {
                p.data.name = n;
            }
            apply(ctx, &mut p.data, fields).await?;
            for r in &remove {
                let folded = r.trim().to_lowercase();
                for list in [&mut p.data.emails, &mut p.data.phones, &mut p.data.tags, &mut p.data.links] {
                    list.retain(|v| v.to_lowercase() != folded);
                }
            }
            if let Some(reason) = red_flag {
                p.data.status = Status::RedFlag;
                p.data.status_reason = Some(reason);
            } else if clear_flag {
                p.data.status = Status::Active;
                p.data.status_reason = None;
            }
            let p = ctx.app().update_person(&ctx.caller(), &p).await?;
            println!("{}", t!("person.updated", locale = ctx.l(), name = p.name, id = p.id));
            Ok(())
        }
        PersonCommand::Show { person, json } => show(ctx, &person, json).await,
        PersonCommand::Timeline { person, limit, json } => super::timeline::run(ctx, &person, limit, json).await,
        PersonCommand::List { tier, tag, json } => list(ctx, tier, tag, json).await,
        PersonCommand::Archive { person, reason } => {
            let found = resolve::person(ctx, &person).await?;
            let p = ctx.app().archive_person(&ctx.caller(), found.id, &reason).await?;
            println!("{}", t!("person.archived", locale = ctx.l(), name = p.name, id = p.id));
            Ok(())
        }
        PersonCommand::Delete { person, yes, json } => delete(ctx, &person, yes, json).await,
        PersonCommand::Merge { a, b } => {
            let keep = resolve::person(ctx, &a).await?;
            let gone = resolve::person(ctx, &b).await?;
            if keep.id == gone.id {
                // Worded as the CLI always has (the app names the field `with`).
                return Err(crate::failure::bad_input("person: cannot merge a person with themselves"));
            }
            let merged = ctx.app().merge_people(&ctx.caller(), keep.id, gone.id).await?;
            println!(
                "{}",
                t!(
                    "person.merged",
                    locale = ctx.l(),
                    gone = gone.name,
                    gone_id = gone.id,
                    name = merged.name,
                    id = merged.id
                )
            );
            Ok(())
        }
    }
}

/// Applies the flags given on the command line to a person.
async fn apply(ctx: &Ctx, p: &mut PersonData, f: PersonFields) -> anyhow::Result<()> {
    p.emails.extend(f.emails);
    p.phones.extend(f.phones);
    p.tags.extend(f.tags);
    p.links.extend(f.links);
    for (slot, value) in [
        (&mut p.company, f.company),
        (&mut p.role, f.role),
        (&mut p.department, f.department),
        (&mut p.city, f.city),
        (&mut p.given_name, f.given),
        (&mut p.family_name, f.family),
        (&mut p.sector, f.sector),
        (&mut p.met_at, f.met_at),
        (&mut p.notes, f.note),
    ] {
        if value.is_some() {
            *slot = value;
        }
    }
    if let Some(t) = f.tier {
        p.tier = t;
    }
    if let Some(c) = f.cadence {
        p.cadence_days = Some(c);
    }
    if let Some(b) = f.birthday {
        p.birthday = Some(Birthday::parse("birthday", &b)?);
    }
    if let Some(m) = f.met_on {
        p.met_on = Some(ctx.date("met-on", &m, DateRule::Happened)?);
    }
    if let Some(i) = f.introduced_by {
        p.introduced_by = Some(resolve::person(ctx, &i).await?.id);
    }
    Ok(())
}

async fn show(ctx: &Ctx, key: &str, json: bool) -> anyhow::Result<()> {
    let found = resolve::person(ctx, key).await?;
    let card = std::sync::Arc::unwrap_or_clone(ctx.app().person_card(&ctx.caller(), found.id).await?);
    if json {
        return output::json(&card);
    }
    let PersonCard {
        person: p,
        last_contact,
        strength,
        balance_12m: balance,
        signal,
        introduced_by_name,
        interactions,
    } = card;
    let l = ctx.l();
    println!("{} (#{})", p.name, p.id);
    let mut rows: Vec<(String, String)> = Vec::new();
    let mut row = |key: &str, value: String| {
        if !value.is_empty() {
            rows.push((t!(format!("field.{key}"), locale = l).into_owned(), value));
        }
    };
    row("company", cell(&p.company));
    row("role", cell(&p.role));
    row("department", cell(&p.department));
    row("given_name", cell(&p.given_name));
    row("family_name", cell(&p.family_name));
    row("nickname", cell(&p.nickname));
    row("city", cell(&p.city));
    row("address", cell(&p.address));
    row("sector", cell(&p.sector));
    row("tier", t!(format!("tier.{}", p.tier), locale = l).into_owned());
    row("emails", p.emails.join(", "));
    row("phones", p.phones.join(", "));
    row("tags", p.tags.join(", "));
    row("birthday", p.birthday.map(|b| b.to_string()).unwrap_or_default());
    let met = match (&p.met_on, &p.met_at) {
        (Some(d), Some(a)) => format!("{d}, {a}"),
        (Some(d), None) => d.to_string(),
        (None, Some(a)) => a.clone(),
        (None, None) => String::new(),
    };
    row("met", met);
    if let Some(by) = p.introduced_by {
        let name = introduced_by_name.unwrap_or_default();
        row("introduced_by", format!("{name} (#{by})"));
    }
    row("links", p.links.join(" "));
    row("notes", cell(&p.notes));
    if p.status == Status::RedFlag || p.tier == Tier::Archived {
        row("status", format!("{} — {}", t!(format!("status.{}", p.status), locale = l), cell(&p.status_reason)));
    }
    row("balance", t!("person.balance", locale = l, given = balance.given, received = balance.received).into_owned());
    row("strength", format!("{strength:.0}/100"));
    if let Some(sig) = signal {
        let text = match sig {
            OneSided::TheyOnlyAsk { asks } => t!("person.they_only_ask", locale = l, asks = asks),
            OneSided::YouOnlyAsk { asks } => t!("person.you_only_ask", locale = l, asks = asks),
        };
        row("signal", text.into_owned());
    }
    row(
        "last_contact",
        last_contact.map(|d| d.to_string()).unwrap_or_else(|| t!("person.never", locale = l).into_owned()),
    );
    let width = rows.iter().map(|(k, _)| k.chars().count()).max().unwrap_or(0);
    for (k, v) in rows {
        println!("  {k:<width$}  {v}");
    }
    if !interactions.is_empty() {
        println!();
        println!("{}", t!("person.recent", locale = l));
        let mut table = output::table(vec![
            t!("field.date", locale = l).into_owned(),
            t!("field.kind", locale = l).into_owned(),
            t!("field.topics", locale = l).into_owned(),
        ]);
        for i in interactions.iter().take(10) {
            table.add_row(vec![
                i.on.to_string(),
                t!(format!("kind.{}", i.kind), locale = l).into_owned(),
                cell(&i.topics),
            ]);
        }
        output::print(&table);
    }
    println!();
    println!("{}", t!("person.timeline_hint", locale = l, id = p.id));
    Ok(())
}

async fn list(ctx: &Ctx, tier: Option<Tier>, tag: Option<String>, json: bool) -> anyhow::Result<()> {
    let people: Vec<Person> = ctx
        .store
        .people(ctx.account)
        .await?
        .into_iter()
        .filter(|p| tier.is_none_or(|t| p.tier == t))
        .filter(|p| tag.as_ref().is_none_or(|t| p.tags.iter().any(|x| x.eq_ignore_ascii_case(t))))
        .collect();
    if json {
        return output::json(&people);
    }
    let l = ctx.l();
    let mut table = output::table(
        ["id", "name", "company", "role", "city", "tier"]
            .iter()
            .map(|k| t!(format!("field.{k}"), locale = l).into_owned())
            .collect(),
    );
    for p in &people {
        table.add_row(vec![
            p.id.to_string(),
            p.name.clone(),
            cell(&p.company),
            cell(&p.role),
            cell(&p.city),
            t!(format!("tier.{}", p.tier), locale = l).into_owned(),
        ]);
    }
    output::print(&table);
    println!("{}", t!("person.count", locale = l, count = people.len()));
    Ok(())
}

/// Deletes a person after saying what goes with them; asks on a terminal,
/// and without one needs `--yes` (a script must not delete by accident).
async fn delete(ctx: &Ctx, key: &str, yes: bool, json: bool) -> anyhow::Result<()> {
    use std::io::IsTerminal;
    let l = ctx.l();
    let p = resolve::person(ctx, key).await?;
    if !yes {
        if !std::io::stdin().is_terminal() {
            return Err(crate::failure::bad_input(t!("person.delete_needs_yes", locale = l, name = p.name, id = p.id)));
        }
        let interactions = ctx.app().interactions(&ctx.caller(), Some(p.id), None).await?;
        let alone = interactions.iter().filter(|i| i.with.len() == 1).count();
        let exchanges = ctx.app().exchanges(&ctx.caller(), Some(p.id)).await?.len();
        let followups = ctx.app().followups(&ctx.caller(), true).await?.iter().filter(|f| f.person == p.id).count();
        let milestones = ctx.app().milestones(&ctx.caller(), Some(p.id)).await?.len();
        let question = t!(
            "person.delete_confirm",
            locale = l,
            name = p.name,
            id = p.id,
            interactions = alone,
            exchanges = exchanges,
            followups = followups,
            milestones = milestones
        );
        if !output::confirm(&question)? {
            println!("{}", t!("person.kept", locale = l));
            return Ok(());
        }
    }
    let removal = ctx.app().delete_person(&ctx.caller(), p.id).await?;
    if json {
        return output::json(&removal);
    }
    println!(
        "{}",
        t!(
            "person.deleted",
            locale = l,
            name = p.name,
            id = p.id,
            interactions = removal.interactions,
            exchanges = removal.exchanges,
            followups = removal.followups,
            milestones = removal.milestones
        )
    );
    Ok(())
}
