//! `rete draft`: a message you could send as is, built from what rete
//! knows of the relationship, or the detail you should record first.

use crate::cli::DraftArgs;
use crate::context::Ctx;
use crate::resolve;

pub async fn run(ctx: &Ctx, args: DraftArgs) -> anyhow::Result<()> {
    let p = resolve::person(ctx, &args.person).await?;
    let draft = ctx.app().draft(&ctx.caller(), p.id, args.kind).await?;
    println!("{}", draft.text);
    Ok(())
}
