//! `rete audit`: the classic networking mistakes measured in your data, and
//! `--quiz`, the self-assessment that turns into an action plan.

use crate::cli::AuditArgs;
use crate::context::Ctx;
use crate::failure::bad_input;
use crate::output;
use rete_core::audit::Severity;
use rete_core::quiz::{parse_answer, plan, question, ui, QUESTIONS};
use rete_i18n::t;
use std::io::{BufRead, Write};

pub async fn run(ctx: &Ctx, args: AuditArgs) -> anyhow::Result<()> {
    let l = ctx.l();
    let findings = ctx.app().audit(&ctx.caller()).await?;

    if args.quiz || args.answers.is_some() {
        let answers = match &args.answers {
            Some(list) => parse_list(ctx, list)?,
            None => ask(ctx)?,
        };
        let markdown = plan(&answers, &findings, ctx.lang);
        match &args.output {
            Some(path) => {
                std::fs::write(path, &markdown).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
                println!("{}", t!("audit.plan_written", locale = l, path = path.display()));
            }
            None => print!("{markdown}"),
        }
        return Ok(());
    }

    if args.json {
        return output::json(&findings);
    }
    if findings.is_empty() {
        println!("{}", t!("audit.clean", locale = l));
        return Ok(());
    }
    for f in &findings {
        let mark = match f.severity {
            Severity::High => "!!!",
            Severity::Medium => "!! ",
            Severity::Low => "!  ",
        };
        println!("{mark} {}", f.text);
        println!("    → {}", f.next_step);
    }
    Ok(())
}

/// `--answers yes,no,...`: exactly one answer per question.
fn parse_list(ctx: &Ctx, list: &str) -> anyhow::Result<Vec<bool>> {
    let answers: Vec<&str> = list.split(',').collect();
    if answers.len() != QUESTIONS.len() {
        return Err(bad_input(t!(
            "audit.answers_count",
            locale = ctx.l(),
            expected = QUESTIONS.len(),
            got = answers.len()
        )));
    }
    answers
        .iter()
        .enumerate()
        .map(|(i, a)| {
            parse_answer(a)
                .ok_or_else(|| bad_input(t!("audit.answers_bad", locale = ctx.l(), n = i + 1, value = a.trim())))
        })
        .collect()
}

/// Asks each question on the terminal.
fn ask(ctx: &Ctx) -> anyhow::Result<Vec<bool>> {
    let l = ctx.l();
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    let mut err = std::io::stderr();
    writeln!(err, "{}", ui("intro", ctx.lang))?;
    let mut answers = Vec::with_capacity(QUESTIONS.len());
    for (n, id) in QUESTIONS.iter().enumerate() {
        loop {
            write!(err, "{:>2}. {} {} ", n + 1, question(id, ctx.lang), ui("prompt", ctx.lang))?;
            err.flush()?;
            let Some(line) = lines.next() else {
                return Err(bad_input(t!("audit.answers_eof", locale = l, n = n + 1)));
            };
            match parse_answer(&line?) {
                Some(a) => {
                    answers.push(a);
                    break;
                }
                None => writeln!(err, "{}", ui("again", ctx.lang))?,
            }
        }
    }
    Ok(answers)
}
