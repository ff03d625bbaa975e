//! `rete event debrief`: rete-app's debrief of an event you seated (whom
//! you sat with comes into your network, the encounter is logged once, the
//! thank-you and one-to-one proposal are scheduled), printed as a table.

use crate::context::Ctx;
use crate::failure::bad_input;
use crate::output;
use crate::resolve;
use rete_app::debrief::{Debriefed, NotDebriefed};
use rete_i18n::t;

pub async fn run(ctx: &Ctx, key: &str, json: bool) -> anyhow::Result<()> {
    let l = ctx.l();
    let event = resolve::event(ctx, key).await?;
    let d = match ctx.app().debrief(&ctx.caller(), event.id).await? {
        Debriefed::Done(d) => d,
        Debriefed::Not { event, why } => {
            let key = match why {
                NotDebriefed::NotYet => "debrief.not_yet",
                NotDebriefed::NoPlan => "debrief.no_plan",
                NotDebriefed::NotSeated => "debrief.not_seated",
                NotDebriefed::Alone => "debrief.alone",
            };
            return Err(bad_input(t!(key, locale = l, name = event.name, date = event.on)));
        }
    };
    if json {
        return output::json(&d.met);
    }
    println!("{}", t!("debrief.header", locale = l, name = d.event.name, date = d.event.on, count = d.met.len()));
    let mut table = output::table(vec![
        t!("field.id", locale = l).into_owned(),
        t!("field.name", locale = l).into_owned(),
        t!("debrief.col.rounds", locale = l).into_owned(),
        String::new(),
    ]);
    for m in &d.met {
        let rounds = m.rounds.iter().map(u32::to_string).collect::<Vec<_>>().join(", ");
        let new = if m.new { t!("debrief.new", locale = l).into_owned() } else { String::new() };
        table.add_row(vec![m.id.to_string(), m.name.clone(), rounds, new]);
    }
    output::print(&table);
    println!("{}", t!("debrief.next", locale = l, thank = d.thank_on, one_to_one = d.one_to_one_on));
    Ok(())
}
