//! `rete plan`: speed-networking rounds where nobody meets the same person
//! twice, for anonymous numbered participants, a profiles file, or one of
//! your events (you, its attendees and the members invited, avoiding people
//! who already know each other). An event's plan is saved for the debrief.
//! With `--tables 4,5` rete picks the mix of sizes; with `--table-size` alone
//! it offers a mix of more, smaller tables when that reaches rounds the
//! default does not, and says why.

use super::directory::match_lang;
use crate::cli::PlanArgs;
use crate::context::Ctx;
use crate::failure::bad_input;
use crate::output;
use crate::resolve;
use rete_app::plans::PlanSpec;
use rete_core::seating::Participant;
use rete_core::Lang;
use rete_i18n::t;
use rete_match::{read_profiles, Engine, MatchError};
use rete_plan::{MixOption, Plan, TableCount};
use serde::Serialize;
use std::collections::HashMap;
use std::io::BufReader;

/// The reason two participants, by index and name, make a good pair.
type Why = Box<dyn Fn(usize, usize, &str, &str, Lang) -> String>;

/// Who takes part, as the planner's indices map back to them.
struct Cast {
    /// The key printed for each participant (a number for --people and --input).
    keys: Vec<serde_json::Value>,
    names: Vec<String>,
    ties: Vec<(usize, usize)>,
    weight: Option<Box<dyn Fn(usize, usize) -> f64 + Sync>>,
    /// Why two people make a good pair, in words (pairs only).
    why: Option<Why>,
    /// For an event: who each index is, to save the seating.
    seats: Option<Vec<Participant>>,
}

/// `rete plan --people` and `--input` need no database.
pub fn run_offline(args: &PlanArgs, lang: Lang) -> anyhow::Result<()> {
    let cast = if let Some(n) = args.people {
        Cast {
            keys: (1..=n).map(serde_json::Value::from).collect(),
            names: (1..=n).map(|i| i.to_string()).collect(),
            ties: Vec::new(),
            weight: None,
            why: None,
            seats: None,
        }
    } else if let Some(input) = &args.input {
        from_profiles(input)?
    } else {
        return Err(bad_input("plan: --people, --input or --event"));
    };
    let plan = compute(args, &cast, lang)?;
    show(args, &cast, &plan, lang)
}

fn from_profiles(input: &std::path::Path) -> anyhow::Result<Cast> {
    let name = input.display().to_string();
    let wrap = |e: MatchError| match e {
        MatchError::Io { .. } => anyhow::anyhow!("{name}: {e}"),
        other => bad_input(format!("{name}: {other}")),
    };
    let profiles = if name == "-" {
        read_profiles(std::io::stdin().lock())
    } else {
        let file = std::fs::File::open(input).map_err(|e| bad_input(format!("{name}: {e}")))?;
        read_profiles(BufReader::new(file))
    }
    .map_err(wrap)?;
    let ids: Vec<u64> = profiles.iter().map(|p| p.id).collect();
    let engine = std::sync::Arc::new(Engine::build(profiles).map_err(wrap)?);
    let weight_ids = ids.clone();
    let why_ids = ids.clone();
    let why_engine = engine.clone();
    Ok(Cast {
        keys: ids.iter().map(|&i| serde_json::Value::from(i)).collect(),
        names: ids.iter().map(u64::to_string).collect(),
        ties: Vec::new(),
        weight: Some(Box::new(move |a, b| engine.score(weight_ids[a], weight_ids[b]).unwrap_or(0.0))),
        why: Some(Box::new(move |a, b, na, nb, lang| {
            why_engine
                .explain(why_ids[a], why_ids[b], match_lang(lang))
                .map(|e| e.render_between(match_lang(lang), na, nb))
                .unwrap_or_default()
        })),
        seats: None,
    })
}

/// What the flags ask of the plan.
fn spec(args: &PlanArgs) -> PlanSpec {
    PlanSpec {
        table_size: args.table_size,
        tables: args.tables.clone(),
        rounds: args.rounds,
        seed: args.seed,
        time_limit: args.time_limit,
    }
}

fn compute(args: &PlanArgs, cast: &Cast, lang: Lang) -> anyhow::Result<Plan> {
    let weight = cast.weight.as_deref().map(|w| w as &(dyn Fn(usize, usize) -> f64 + Sync));
    Ok(rete_app::plans::compute(&spec(args), cast.keys.len(), &cast.ties, weight, lang)?)
}

/// The plan as scripts read it.
#[derive(Debug, Serialize)]
struct PlanView<'a> {
    rounds: Vec<Vec<Vec<&'a serde_json::Value>>>,
    repeats: usize,
    pairs_met: usize,
    rests: Vec<Vec<&'a serde_json::Value>>,
    tables: &'a [rete_plan::TableCount],
    method: rete_plan::Method,
    method_detail: &'a str,
    repeat_free_bound: Option<usize>,
    beyond_bound: bool,
    /// The most rounds the literature seats without repeats with these tables, if rete lists it.
    best_known: Option<usize>,
    /// The mixes of table sizes weighed, with the construction that reaches the rounds.
    mixes: &'a [MixOption],
    /// A mix of more, smaller tables that reaches the rounds this plan does not.
    offer: Option<&'a MixOption>,
    #[serde(skip_serializing_if = "Option::is_none")]
    participants: Option<HashMap<String, &'a str>>,
}

/// How the plan was made, in the reader's language; a design also names
/// itself in mathematical notation.
fn method(plan: &Plan, lang: Lang) -> String {
    use rete_plan::Method::*;
    let key = serde_json::to_value(plan.method).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
    let name = t!(format!("plan.method.{key}"), locale = lang.as_str()).into_owned();
    match plan.method {
        AffineGeometry | TransversalDesign | CyclicDesign | GroupDivisibleDesign | Tripling | DesignThenLocalSearch => {
            format!("{name}: {}", plan.method_detail)
        }
        _ => name,
    }
}

/// "5 tables of 5 and 1 table of 4", in the reader's language.
fn mix_text(tables: &[TableCount], l: &str) -> String {
    tables
        .iter()
        .map(|t| t!("plan.tables_of", locale = l, count = t.count, size = t.size).into_owned())
        .collect::<Vec<_>>()
        .join(t!("plan.and", locale = l).as_ref())
}

/// Why the plan seats people as it does when the mix of table sizes matters: the mix rete
/// chose among the sizes allowed, a mix of more, smaller tables that would reach the rounds
/// asked, or that nothing known does.
fn mix_notes(args: &PlanArgs, cast: &Cast, plan: &Plan, l: &str) -> Vec<String> {
    let rounds = args.rounds;
    let mut notes = Vec::new();
    if let Some(offer) = &plan.offer {
        let sizes = [args.table_size - 1, args.table_size].map(|s| s.to_string()).join(",");
        notes.push(
            t!(
                "plan.offer",
                locale = l,
                current = mix_text(&plan.tables, l),
                rounds = rounds,
                mix = mix_text(&offer.tables, l),
                sizes = sizes
            )
            .into_owned(),
        );
        if let Some(best) = plan.best_known.filter(|&best| rounds > best) {
            notes.push(t!("plan.beyond_best", locale = l, rounds = rounds, best = best).into_owned());
        }
        return notes;
    }
    let chosen = plan.mixes.iter().find(|m| m.tables == plan.tables);
    if let (Some(first), Some(chosen)) = (plan.mixes.first(), chosen) {
        if first.tables != chosen.tables && chosen.reached_by.is_some() {
            notes.push(
                t!(
                    "plan.chosen",
                    locale = l,
                    mix = mix_text(&chosen.tables, l),
                    rounds = rounds,
                    fewer = mix_text(&first.tables, l)
                )
                .into_owned(),
            );
        }
    }
    if plan.repeats > 0 && !plan.beyond_bound && cast.ties.is_empty() {
        // the literature's best known rounds for this mix, when rete lists them
        let note = match plan.best_known {
            Some(best) if rounds > best => t!("plan.beyond_best", locale = l, rounds = rounds, best = best),
            Some(best) => t!("plan.short_of_best", locale = l, rounds = rounds, best = best),
            None => t!("plan.beyond_known", locale = l, rounds = rounds),
        };
        notes.push(note.into_owned());
    }
    notes
}

fn show(args: &PlanArgs, cast: &Cast, plan: &Plan, lang: Lang) -> anyhow::Result<()> {
    let l = lang.as_str();
    if args.json {
        let view = PlanView {
            rounds: plan
                .rounds
                .iter()
                .map(|r| r.iter().map(|t| t.iter().map(|&i| &cast.keys[i]).collect()).collect())
                .collect(),
            repeats: plan.repeats,
            pairs_met: plan.pairs_met,
            rests: plan.rests.iter().map(|r| r.iter().map(|&i| &cast.keys[i]).collect()).collect(),
            tables: &plan.tables,
            method: plan.method,
            method_detail: &plan.method_detail,
            repeat_free_bound: plan.repeat_free_bound,
            beyond_bound: plan.beyond_bound,
            best_known: plan.best_known,
            mixes: &plan.mixes,
            offer: plan.offer.as_ref(),
            participants: cast.seats.as_ref().map(|_| {
                cast.keys
                    .iter()
                    .zip(&cast.names)
                    .map(|(k, n)| (k.as_str().map_or_else(|| k.to_string(), str::to_string), n.as_str()))
                    .collect()
            }),
        };
        return output::json(&view);
    }
    let mix = mix_text(&plan.tables, l);
    println!("{}", t!("plan.summary", locale = l, people = cast.keys.len(), rounds = plan.rounds.len(), mix = mix));
    println!(
        "{}",
        t!("plan.quality", locale = l, repeats = plan.repeats, pairs = plan.pairs_met, method = method(plan, lang))
    );
    if plan.beyond_bound {
        if let Some(bound) = plan.repeat_free_bound {
            println!("{}", t!("plan.beyond", locale = l, bound = bound, rounds = args.rounds));
        }
    }
    for line in mix_notes(args, cast, plan, l) {
        println!("{line}");
    }
    let name = |i: usize| cast.names[i].as_str();
    for (r, round) in plan.rounds.iter().enumerate() {
        println!();
        println!("{}", t!("plan.round", locale = l, n = r + 1));
        // Pairs say why they were put together, so the host can introduce them.
        let why = cast.why.as_ref().filter(|_| round.iter().all(|t| t.len() == 2));
        let mut header =
            vec![t!("plan.col.table", locale = l).into_owned(), t!("plan.col.people", locale = l).into_owned()];
        if why.is_some() {
            header.push(t!("grow.col.why", locale = l).into_owned());
        }
        let mut table = output::table(header);
        for (t, people) in round.iter().enumerate() {
            let mut row = vec![(t + 1).to_string(), people.iter().map(|&i| name(i)).collect::<Vec<_>>().join(", ")];
            if let (Some(why), [a, b]) = (why, people.as_slice()) {
                row.push(why(*a, *b, name(*a), name(*b), lang));
            }
            table.add_row(row);
        }
        if let Some(rest) = plan.rests.get(r).filter(|x| !x.is_empty()) {
            table.add_row(vec![
                t!("plan.rest", locale = l).into_owned(),
                rest.iter().map(|&i| name(i)).collect::<Vec<_>>().join(", "),
            ]);
        }
        output::print(&table);
    }
    // The itinerary each participant carries: round by round, their table.
    println!();
    println!("{}", t!("plan.itinerary", locale = l));
    let mut at: Vec<Vec<String>> = vec![Vec::new(); cast.keys.len()];
    for round in &plan.rounds {
        let mut seated = vec![None; cast.keys.len()];
        for (t, people) in round.iter().enumerate() {
            for &i in people {
                seated[i] = Some(t + 1);
            }
        }
        for (i, s) in seated.into_iter().enumerate() {
            at[i].push(s.map_or_else(|| "—".to_string(), |t| t.to_string()));
        }
    }
    let mut header = vec![t!("plan.col.who", locale = l).into_owned()];
    header.extend((1..=plan.rounds.len()).map(|r| format!("R{r}")));
    let mut table = output::table(header);
    for (i, row) in at.into_iter().enumerate() {
        let mut cells = vec![name(i).to_string()];
        cells.extend(row);
        table.add_row(cells);
    }
    output::print(&table);
    Ok(())
}

/// `rete plan --event`: you, the attendees and the invited members
/// (rete-app's `plan_event`), shown and saved for the debrief.
pub async fn run_event(ctx: &Ctx, args: &PlanArgs, key: &str) -> anyhow::Result<()> {
    let l = ctx.l();
    let event = resolve::event(ctx, key).await?;
    let planned = ctx.app().plan_event(&ctx.caller(), event.id, &spec(args), !args.without_me).await?;
    let reasons = planned.reasons;
    let why: Option<Why> = planned.scored.then(|| {
        Box::new(move |a: usize, b: usize, _: &str, _: &str, _: Lang| reasons.get(&(a, b)).cloned().unwrap_or_default())
            as Why
    });
    let cast = Cast {
        keys: planned.participants.iter().map(|s| serde_json::Value::from(s.key.clone())).collect(),
        names: planned.participants.iter().map(|s| s.name.clone()).collect(),
        ties: planned.ties,
        weight: None,
        why,
        seats: Some(planned.participants.iter().map(|s| s.who).collect()),
    };
    show(args, &cast, &planned.plan, ctx.lang)?;
    if !args.json {
        println!();
        println!("{}", t!("plan.saved", locale = l, name = planned.event.name));
    }
    Ok(())
}
