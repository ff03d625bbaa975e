//! Where a community member and a person of your network are the same
//! human (the same e-mail, else the same folded name), and the matching
//! engine over a community's opted-in members. Plans, pairing, introductions
//! and event suggestions share these rules, so they agree on who is who.

use crate::context::Ctx;
use crate::failure::bad_input;
use rete_core::grow::{Community, MemberProfile, ME};
use rete_core::text::fold;
use rete_core::{Lang, Person};
use rete_match::{Engine, Profile};
use rust_i18n::t;

pub fn match_lang(lang: Lang) -> rete_match::Lang {
    match lang {
        Lang::It => rete_match::Lang::It,
        Lang::En => rete_match::Lang::En,
    }
}

/// The community named, or the only one there is.
pub async fn community(ctx: &Ctx, name: Option<&str>) -> anyhow::Result<Community> {
    let mut all = ctx.store.communities(ctx.account).await?;
    if let Some(n) = name {
        if let Some(c) = ctx.store.find_community(ctx.account, n).await? {
            return Ok(c);
        }
        // A lookup never creates: a typo must not start a new community.
        let names = all.iter().map(|c| c.name.as_str()).collect::<Vec<_>>().join(", ");
        return Err(match all.is_empty() {
            true => bad_input(t!("grow.unknown_community_none", locale = ctx.l(), name = n.trim())),
            false => bad_input(t!("grow.unknown_community", locale = ctx.l(), name = n.trim(), names = names)),
        });
    }
    match all.len() {
        1 => Ok(all.remove(0)),
        0 => Err(bad_input(t!("grow.no_community", locale = ctx.l()))),
        _ => {
            let names = all.iter().map(|c| c.name.as_str()).collect::<Vec<_>>().join(", ");
            Err(bad_input(t!("grow.which_community", locale = ctx.l(), names = names)))
        }
    }
}

/// The same human: an e-mail in common, else the same name once folded.
pub fn same(person: &Person, member: &MemberProfile) -> bool {
    if member.member == ME {
        return false;
    }
    if let Some(email) = &member.email {
        if person.emails.iter().any(|e| e.eq_ignore_ascii_case(email)) {
            return true;
        }
    }
    fold(&person.name) == fold(&member.name)
}

/// The person of your network a member is, if any.
pub fn person_of<'a>(member: &MemberProfile, people: &'a [Person]) -> Option<&'a Person> {
    people.iter().find(|p| same(p, member))
}

/// The engine over the members who opted in.
pub fn engine(profiles: &[MemberProfile]) -> anyhow::Result<Engine> {
    Ok(Engine::build(
        profiles
            .iter()
            .filter(|p| p.opt_in)
            .map(|p| Profile {
                id: p.member,
                lang: match_lang(p.lang),
                offers: p.offers.clone(),
                seeks: p.seeks.clone(),
                interests: p.interests.clone(),
            })
            .collect(),
    )?)
}
