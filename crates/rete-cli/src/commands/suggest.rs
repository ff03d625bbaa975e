//! `rete event suggest`: rete-app's ranking of upcoming events by how well
//! their topics and the people invited fit you, printed as a table.

use crate::context::Ctx;
use crate::output;
use rete_i18n::t;

pub async fn run(ctx: &Ctx, days: u32, limit: usize, json: bool) -> anyhow::Result<()> {
    let l = ctx.l();
    let found = ctx.app().suggest_events(&ctx.caller(), days, limit).await?;
    if json {
        return output::json(&found.events);
    }
    if found.events.is_empty() {
        println!("{}", t!("suggest.none", locale = l, days = days));
        return Ok(());
    }
    if !found.has_wants {
        eprintln!("{}", t!("suggest.no_profile", locale = l));
    }
    let mut table = output::table(vec![
        t!("field.date", locale = l).into_owned(),
        t!("field.name", locale = l).into_owned(),
        t!("suggest.col.fit", locale = l).into_owned(),
        t!("grow.col.why", locale = l).into_owned(),
    ]);
    for s in &found.events {
        let name = match &s.place {
            Some(p) => format!("{} ({p})", s.name),
            None => s.name.clone(),
        };
        table.add_row(vec![s.on.to_string(), name, format!("{:.0}%", s.score * 100.0), s.reason.clone()]);
    }
    output::print(&table);
    Ok(())
}
