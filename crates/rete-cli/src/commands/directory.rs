//! A community named on the command line, or the only one there is. (Who
//! is who, the matching engine and everything else Grow decides live in
//! rete-app's `grow`.)

use crate::context::Ctx;
use crate::failure::bad_input;
use rete_core::grow::Community;
use rete_i18n::t;

pub use rete_app::grow::match_lang;

/// The community named, or the only one there is.
pub async fn community(ctx: &Ctx, name: Option<&str>) -> anyhow::Result<Community> {
    let app = ctx.app();
    let caller = ctx.caller();
    if let Some(n) = name {
        if let Some(c) = app.find_community(&caller, n).await? {
            return Ok(c);
        }
        // A lookup never creates: a typo must not start a new community.
        let all = app.communities(&caller).await?;
        let names = all.iter().map(|c| c.community.name.as_str()).collect::<Vec<_>>().join(", ");
        return Err(match all.is_empty() {
            true => bad_input(t!("grow.unknown_community_none", locale = ctx.l(), name = n.trim())),
            false => bad_input(t!("grow.unknown_community", locale = ctx.l(), name = n.trim(), names = names)),
        });
    }
    let mut all = app.communities(&caller).await?;
    match all.len() {
        1 => Ok(all.remove(0).community),
        0 => Err(bad_input(t!("grow.no_community", locale = ctx.l()))),
        _ => {
            let names = all.iter().map(|c| c.community.name.as_str()).collect::<Vec<_>>().join(", ");
            Err(bad_input(t!("grow.which_community", locale = ctx.l(), names = names)))
        }
    }
}
