//! `rete calendar`: rete-app's iCalendar feed of the agenda on standard
//! output, for any calendar app (rete calendar > rete.ics).

use crate::cli::CalendarArgs;
use crate::context::Ctx;
use rete_app::calendar::FeedOptions;
use std::io::Write;

pub async fn run(ctx: &Ctx, args: CalendarArgs) -> anyhow::Result<()> {
    let options = FeedOptions { days: args.days, followups_at: Some("rete followup list") };
    let feed = ctx.app().calendar_feed(&ctx.caller(), &options).await?;
    let mut out = std::io::stdout().lock();
    out.write_all(feed.as_bytes())?;
    out.flush()?;
    Ok(())
}
