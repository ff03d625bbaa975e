//! Grow in the CLI: communities, your public profile, members' profiles
//! brought in from a file, and `rete matches`, the give-give matches with
//! their reasons.

use super::directory::community;
use crate::cli::{CommunityCommand, MatchesArgs, ProfileCommand, ProfileFields};
use crate::context::Ctx;
use crate::failure::bad_input;
use crate::output;
use rete_app::grow::{Advice, ProfileChange};
use rete_core::grow::{Community, MemberProfile, ME};
use rete_i18n::t;
use std::io::Read;

pub async fn community_cmd(ctx: &Ctx, cmd: CommunityCommand) -> anyhow::Result<()> {
    let l = ctx.l();
    match cmd {
        CommunityCommand::Add { name } => {
            let c = ctx.app().create_community(&ctx.caller(), &name).await?;
            println!("{}", t!("grow.community_ready", locale = l, name = c.name, id = c.id));
        }
        CommunityCommand::Set { name, webhook, no_webhook } => {
            let mut c = community(ctx, Some(&name)).await?;
            if webhook.is_some() || no_webhook {
                c = ctx.app().set_community_webhook(&ctx.caller(), c.id, webhook.as_deref()).await?;
            }
            match &c.webhook {
                Some(_) => println!("{}", t!("grow.webhook_set", locale = l, name = c.name)),
                None => println!("{}", t!("grow.webhook_none", locale = l, name = c.name)),
            }
        }
        CommunityCommand::List { json } => {
            let all = ctx.app().communities(&ctx.caller()).await?;
            if json {
                return output::json(&all);
            }
            for c in all {
                let (name, id) = (&c.community.name, c.community.id);
                println!("{}", t!("grow.community_line", locale = l, name = name, id = id, count = c.members));
            }
        }
        CommunityCommand::Import { name, input } => {
            let file = input.display().to_string();
            let bytes = if file == "-" {
                let mut buf = Vec::new();
                std::io::stdin().read_to_end(&mut buf)?;
                buf
            } else {
                std::fs::read(&input).map_err(|e| bad_input(format!("{file}: {e}")))?
            };
            // Only a file that reads whole creates the community: a refusal writes nothing.
            let done = ctx.app().import_members(&ctx.caller(), &name, &bytes, &file).await?;
            let name = done.community.community.name;
            println!("{}", t!("grow.imported", locale = l, count = done.imported, name = name));
        }
    }
    Ok(())
}

pub async fn profile_cmd(ctx: &Ctx, cmd: ProfileCommand) -> anyhow::Result<()> {
    let l = ctx.l();
    match cmd {
        ProfileCommand::Set { community: name, fields } => {
            let c = community(ctx, name.as_deref()).await?;
            let saved = ctx.app().set_my_profile(&ctx.caller(), c.id, change(fields)).await?;
            println!("{}", t!("grow.profile_saved", locale = l, name = c.name));
            for advice in &saved.advice {
                println!("  - {}", advice_line(advice, l));
            }
        }
        ProfileCommand::Show { community: name, json } => {
            let c = community(ctx, name.as_deref()).await?;
            let p = my_profile(ctx, &c).await?;
            if json {
                return output::json(&p);
            }
            println!("{} — {}", p.name, c.name);
            for (key, list) in [("offers", &p.offers), ("seeks", &p.seeks), ("interests", &p.interests)] {
                println!("  {}: {}", t!(format!("grow.{key}"), locale = l), list.join("; "));
            }
            if !p.opt_in {
                println!("  {}", t!("grow.opted_out", locale = l));
            }
        }
        ProfileCommand::Check { community: name } => {
            let c = community(ctx, name.as_deref()).await?;
            my_profile(ctx, &c).await?;
            let advice = ctx.app().profile_advice(&ctx.caller(), c.id).await?;
            if advice.is_empty() {
                println!("{}", t!("grow.specific_enough", locale = l));
            }
            for a in &advice {
                println!("- {}", advice_line(a, l));
            }
        }
    }
    Ok(())
}

async fn my_profile(ctx: &Ctx, c: &Community) -> anyhow::Result<MemberProfile> {
    ctx.store
        .profiles(ctx.account, c.id)
        .await?
        .into_iter()
        .find(|p| p.member == ME)
        .ok_or_else(|| bad_input(t!("grow.no_profile", locale = ctx.l(), name = c.name)))
}

/// The flags of `profile set` as a change: a list given replaces the old one.
fn change(f: ProfileFields) -> ProfileChange {
    let list = |given: Vec<String>| (!given.is_empty()).then_some(given);
    ProfileChange {
        name: f.name,
        lang: f.profile_lang,
        offers: list(f.offers),
        seeks: list(f.seeks),
        interests: list(f.interests),
        languages: list(f.languages),
        sector: f.sector,
        city: f.city,
        department: f.department,
        opt_in: if f.opt_out {
            Some(false)
        } else if f.opt_in {
            Some(true)
        } else {
            None
        },
        pairing: None,
    }
}

/// rete-app's advice in the CLI's words, which name the flags to use.
fn advice_line(a: &Advice, l: &str) -> String {
    t!(
        format!("grow.check.{}", a.code),
        locale = l,
        phrase = a.phrase.as_deref().unwrap_or_default(),
        percent = a.percent.unwrap_or_default()
    )
    .into_owned()
}

pub async fn matches(ctx: &Ctx, args: MatchesArgs) -> anyhow::Result<()> {
    let l = ctx.l();
    let c = community(ctx, args.community.as_deref()).await?;
    let me = my_profile(ctx, &c).await?;
    if !me.opt_in {
        return Err(bad_input(t!("grow.you_opted_out", locale = l)));
    }
    let views = ctx.app().matches(&ctx.caller(), c.id, args.k).await?;
    if args.json {
        return output::json(&views);
    }
    if views.is_empty() {
        println!("{}", t!("grow.no_matches", locale = l, name = c.name));
        return Ok(());
    }
    let mut table = output::table(
        ["name", "score", "city", "why"].iter().map(|k| t!(format!("grow.col.{k}"), locale = l).into_owned()).collect(),
    );
    for v in &views {
        table.add_row(vec![
            v.name.clone(),
            rete_core::numbers::decimal(v.score, 2, ctx.lang),
            v.city.clone().unwrap_or_default(),
            v.reason.clone(),
        ]);
    }
    output::print(&table);
    Ok(())
}
