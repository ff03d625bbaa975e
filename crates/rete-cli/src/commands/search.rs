//! `rete search`: full text over the people you know.

use crate::cli::SearchArgs;
use crate::context::Ctx;
use crate::output::{self, cell};
use rete_i18n::t;

pub async fn run(ctx: &Ctx, args: SearchArgs) -> anyhow::Result<()> {
    let hits = ctx.app().search(&ctx.caller(), &args.query, args.limit).await?;
    if args.json {
        return output::json(&hits);
    }
    let l = ctx.l();
    if hits.is_empty() {
        println!("{}", t!("search.none", locale = l, query = args.query));
        return Ok(());
    }
    let mut table = output::table(
        ["id", "name", "company", "role", "tags"]
            .iter()
            .map(|k| t!(format!("field.{k}"), locale = l).into_owned())
            .collect(),
    );
    for h in &hits {
        let p = &h.person;
        table.add_row(vec![p.id.to_string(), p.name.clone(), cell(&p.company), cell(&p.role), p.tags.join(", ")]);
    }
    output::print(&table);
    Ok(())
}
