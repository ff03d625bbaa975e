//! `--help` and clap's own messages in the reader's language.
//!
//! clap writes help from the doc comments of [`crate::cli`], which are in
//! English, and its own words ("Usage", "possible values", every error) in
//! English too. So the command tree is finished here, for the language in
//! force, before anything is parsed:
//!
//! - in both languages an argument without a doc comment gets the shared
//!   text of its id (`--json`, `ID`, `--community`) from
//!   `locales/help/{en,it}.ftl`, every date argument names the forms a
//!   date can take, and every command ends with examples (which a test
//!   runs through the parser, so none goes stale);
//! - in Italian every command's description and every argument's help come
//!   from `locales/help/it.ftl` (`cmd-person-add`, `arg-person-add-met_on`,
//!   else the shared `arg-met_on`), and rete writes clap's headings, value
//!   lists and defaults itself; clap's errors are rewritten from their
//!   parts (the argument, the value, the values allowed, the suggestion).
//!
//! The language comes from `--lang` as typed, else the configuration, else
//! the environment: it has to be known before clap reads the line.

use crate::cli::Cli;
use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{CommandFactory, FromArgMatches};
use rete_core::Lang;
use rete_i18n::{Catalog, FluentArgs};
use std::ffi::OsString;
use std::sync::LazyLock;

static HELP: LazyLock<Catalog> = LazyLock::new(|| {
    Catalog::new(&[("en", include_str!("../locales/help/en.ftl")), ("it", include_str!("../locales/help/it.ftl"))])
});

/// Examples for each command, by its path: command lines that read the
/// same in both languages (dates such as `-1d` and `today` are read in
/// both, `oggi` and `ieri` too).
pub const EXAMPLES: &[(&str, &[&str])] = &[
    ("init", &["rete --db ~/lavoro.db init"]),
    ("demo", &["rete demo", "rete demo --people 5000 --no-serve"]),
    ("today", &["rete today", "rete today --date tomorrow --limit 5"]),
    ("audit", &["rete audit", "rete audit --quiz --output piano.md"]),
    ("calendar", &["rete calendar --days 60 > rete.ics"]),
    ("draft", &["rete draft \"Giulia Bianchi\" --kind thanks"]),
    ("community-add", &["rete community add \"BNI Milano Centro\""]),
    ("community-list", &["rete community list"]),
    ("community-set", &["rete community set BNI --webhook https://hooks.slack.com/services/T0/B0/x"]),
    ("community-import", &["rete community import \"BNI Milano Centro\" --input membri.jsonl"]),
    (
        "profile-set",
        &["rete profile set --community BNI --offer \"siti per studi legali\" --seek \"commercialisti a Monza\""],
    ),
    ("profile-show", &["rete profile show --community \"BNI Milano Centro\""]),
    ("profile-check", &["rete profile check --community \"BNI Milano Centro\""]),
    ("matches", &["rete matches --community \"BNI Milano Centro\" --k 5"]),
    ("match", &["rete match --input profili.jsonl --k 10 > matches.jsonl"]),
    (
        "person-add",
        &[
            "rete person add \"Giulia Bianchi\" --company \"Studio Bianchi\" --met-on -1d --met-at BNI",
            "rete person add \"Marco Rossi\" --new --company Acme",
        ],
    ),
    (
        "person-edit",
        &[
            "rete person edit \"Giulia Bianchi\" --tier close --tag avvocati",
            "rete person edit 12 --remove vecchia@example.it",
        ],
    ),
    ("person-show", &["rete person show \"Giulia Bianchi\""]),
    ("person-timeline", &["rete person timeline \"Giulia Bianchi\" --limit 20"]),
    ("person-list", &["rete person list --tier inner", "rete person list --tag avvocati --json"]),
    ("person-archive", &["rete person archive \"Marco Rossi\" --reason \"ha cambiato settore\""]),
    ("person-merge", &["rete person merge 12 57"]),
    ("person-delete", &["rete person delete 57 --yes"]),
    (
        "log",
        &[
            "rete log meeting --with \"Giulia Bianchi\" --on yesterday --topics \"bando regionale\"",
            "rete log call --with 12 --with 57 --on -3d --purpose give --by them",
        ],
    ),
    ("log-list", &["rete log list --with \"Giulia Bianchi\" --since -1m"]),
    ("log-edit", &["rete log edit 41 --on 2026-11-20 --topics \"preventivo sito\""]),
    ("log-delete", &["rete log delete 41"]),
    ("give", &["rete give referral --to \"Giulia Bianchi\" --note \"cliente per il sito\""]),
    ("receive", &["rete receive business --from \"Marco Rossi\" --amount 1.200,50 --on yesterday"]),
    ("thank", &["rete thank 7", "rete thank 7 --on yesterday"]),
    ("ledger", &["rete ledger", "rete ledger --json"]),
    ("ledger-list", &["rete ledger list"]),
    ("ledger-edit", &["rete ledger edit 7 --amount 950 --note \"sconto concordato\""]),
    ("ledger-delete", &["rete ledger delete 7"]),
    ("followup-add", &["rete followup add --with \"Giulia Bianchi\" --due +1w \"mandare il preventivo\""]),
    ("followup-list", &["rete followup list --all"]),
    ("followup-done", &["rete followup done 4"]),
    ("followup-snooze", &["rete followup snooze 4 --until +3d"]),
    ("followup-edit", &["rete followup edit 4 --due 2026-12-15 --text \"chiamare per il contratto\""]),
    ("followup-delete", &["rete followup delete 4"]),
    ("milestone-add", &["rete milestone add --for \"Marco Rossi\" --kind new-job --on -1w --note \"ora in Acme\""]),
    ("milestone-list", &["rete milestone list"]),
    ("milestone-edit", &["rete milestone edit 3 --kind promotion"]),
    ("milestone-delete", &["rete milestone delete 3"]),
    ("event-add", &["rete event add \"Aperitivo BNI\" --on 2026-12-10 --place Milano --topic marketing"]),
    ("event-attend", &["rete event attend \"Aperitivo BNI\" --with \"Giulia Bianchi\" --with 57"]),
    ("event-invite", &["rete event invite \"Aperitivo BNI\" --community \"BNI Milano Centro\" --all"]),
    ("event-debrief", &["rete event debrief \"Aperitivo BNI\""]),
    ("event-suggest", &["rete event suggest --days 30"]),
    ("event-list", &["rete event list"]),
    ("event-show", &["rete event show \"Aperitivo BNI\""]),
    ("event-edit", &["rete event edit \"Aperitivo BNI\" --on 2026-12-11 --remove 57"]),
    ("event-delete", &["rete event delete \"Aperitivo BNI\""]),
    (
        "plan",
        &[
            "rete plan --people 24 --table-size 4 --rounds 7",
            "rete plan --event \"Aperitivo BNI\" --tables 4,5 --rounds 3",
        ],
    ),
    ("pairing-run", &["rete pairing run --community Acme --every 2w --prefer cross-department --dry-run"]),
    ("pairing-history", &["rete pairing history --community Acme"]),
    ("intro-path", &["rete intro path \"Laura Verdi\""]),
    ("intro-ask", &["rete intro ask \"Laura Verdi\" --via \"Giulia Bianchi\" --why \"cerca un fornitore di siti\""]),
    ("intro-list", &["rete intro list"]),
    ("intro-done", &["rete intro done 2", "rete intro done 2 --declined"]),
    ("search", &["rete search avvocato --limit 5"]),
    ("undo", &["rete undo"]),
    ("backup", &["rete backup ~/rete-copia.db"]),
    ("restore", &["rete restore ~/rete-copia.db --yes"]),
    ("export-json", &["rete export json > rete.json"]),
    ("export-vcard", &["rete export vcard --version 3.0 > rubrica.vcf"]),
    ("export-csv", &["rete export csv > rete.csv"]),
    ("export-graphml", &["rete export graphml > rete.graphml"]),
    ("import-json", &["rete import json rete.json"]),
    ("import-linkedin", &["rete import linkedin Connections.csv --dry-run"]),
    ("import-vcard", &["rete import vcard rubrica.vcf --region IT"]),
    ("import-google", &["rete import google contacts.csv"]),
    ("import-outlook", &["rete import outlook contatti.csv"]),
    ("serve", &["rete serve", "rete serve --addr 0.0.0.0:8080 --public-url https://rete.example.org"]),
    ("account-set-password", &["rete account set-password --email giulia@example.it"]),
    ("digest-run", &["rete digest run", "rete digest run --date today"]),
    ("digest-on", &["rete digest on --hour 7 --time-zone Europe/Rome"]),
    ("digest-off", &["rete digest off"]),
    ("digest-log", &["rete digest log"]),
];

/// The language `--lang` names on the command line, if it names one.
pub fn lang_flag(args: &[OsString]) -> Option<Lang> {
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--" {
            return None;
        }
        if let Some(value) = word.strip_prefix("--lang=") {
            return value.parse().ok();
        }
        if word == "--lang" {
            return words.next().and_then(|v| v.parse().ok());
        }
    }
    None
}

/// The command line parsed with help and errors in `lang`.
pub fn parse(args: Vec<OsString>, lang: Lang) -> Result<Cli, clap::Error> {
    let mut cmd = command(lang);
    let matches = cmd.try_get_matches_from_mut(args)?;
    Cli::from_arg_matches(&matches).map_err(|e| e.format(&mut cmd))
}

/// rete's command tree, its texts in `lang`.
pub fn command(lang: Lang) -> clap::Command {
    let mut cmd = finish(Cli::command(), "", lang);
    if lang == Lang::It {
        // clap adds `--help`, `--version` and the `help` command when it
        // builds the tree; only then can their texts change.
        cmd.build();
        cmd = builtins(cmd);
    }
    cmd
}

fn text(lang: Lang, key: &str) -> Option<String> {
    HELP.get(lang.as_str(), key, None)
}

fn said(lang: Lang, key: &str) -> String {
    HELP.text(lang.as_str(), key, None).into_owned()
}

/// The key of a command: its path below `rete`, joined by hyphens.
fn child_path(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_owned()
    } else {
        format!("{path}-{name}")
    }
}

/// The help an argument gets in `lang`, before what rete appends (the
/// values, the default, the date forms): `None` only for an argument that
/// has no text anywhere, which the tests refuse.
pub fn arg_text(arg: &clap::Arg, path: &str, lang: Lang) -> Option<String> {
    let id = arg.get_id().as_str();
    let own = arg.get_help().map(StyledStr::to_string);
    let specific = format!("arg-{path}-{id}");
    let shared = format!("arg-{id}");
    match lang {
        Lang::En => own.or_else(|| text(lang, &specific)).or_else(|| text(lang, &shared)),
        Lang::It => text(lang, &specific).or_else(|| text(lang, &shared)),
    }
}

fn finish(mut cmd: clap::Command, path: &str, lang: Lang) -> clap::Command {
    let key = if path.is_empty() { "rete" } else { path };
    if lang == Lang::It {
        if let Some(about) = text(lang, &format!("cmd-{key}")) {
            cmd = cmd.about(about);
        }
        cmd = match text(lang, &format!("cmd-{key}-long")) {
            Some(long) => cmd.long_about(long),
            None => cmd.long_about(None::<&str>),
        };
        cmd = cmd
            .help_template(format!(
                "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
                said(lang, "heading-usage")
            ))
            .subcommand_help_heading(said(lang, "heading-commands"))
            .subcommand_value_name(said(lang, "value-command"));
    }
    if let Some((_, lines)) = EXAMPLES.iter().find(|(p, _)| *p == path) {
        let mut after = said(lang, "heading-examples");
        for line in *lines {
            after.push_str("\n  ");
            after.push_str(line);
        }
        cmd = cmd.after_help(after.clone()).after_long_help(after);
    }
    let dates = said(lang, "date-forms");
    let root = path.is_empty();
    cmd = cmd.mut_args(|arg| {
        // The global options (--db, --lang) come after each command's own.
        let arg = if root { arg.display_order(1000) } else { arg };
        let mut help = arg_text(&arg, path, lang).unwrap_or_default();
        let takes_values = arg.get_action().takes_values();
        let is_date = arg.get_value_names().is_some_and(|names| names.iter().any(|n| n.as_str() == "DATE"));
        if is_date && arg.get_id().as_str() != "birthday" {
            help = format!("{} ({dates}).", help.trim_end_matches('.'));
        }
        if lang == Lang::En {
            // clap's own style: a help line ends without a full stop.
            help = help.trim_end_matches('.').to_owned();
        }
        let mut arg = arg.help(help);
        if is_date {
            // `--on -3d` is a date three days ago, not an unknown option.
            arg = arg.allow_hyphen_values(true);
        }
        if lang == Lang::It {
            if takes_values {
                // The placeholders: `<PERSONA>`, `<DATA>`; clap names the
                // undeclared ones after the id (`--limit <LIMIT>`).
                let names: Vec<String> = match arg.get_value_names() {
                    Some(names) => names.iter().map(|n| n.to_string()).collect(),
                    None => vec![arg.get_id().as_str().to_uppercase()],
                };
                let names: Vec<String> =
                    names.iter().map(|n| text(lang, &format!("value-{n}")).unwrap_or(n.clone())).collect();
                arg = arg.value_names(names);
                let values: Vec<String> = arg
                    .get_possible_values()
                    .iter()
                    .filter(|v| !v.is_hide_set())
                    .map(|v| v.get_name().to_owned())
                    .collect();
                let mut extra = Vec::new();
                if !values.is_empty() {
                    extra.push(fill(lang, "values", &[("values", values.join(", "))]));
                }
                let defaults: Vec<String> =
                    arg.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
                if !defaults.is_empty() {
                    extra.push(fill(lang, "default", &[("value", defaults.join(","))]));
                }
                if let Some(env) = arg.get_env() {
                    extra.push(fill(lang, "env", &[("name", env.to_string_lossy().into_owned())]));
                }
                if !extra.is_empty() {
                    let help = arg.get_help().map(StyledStr::to_string).unwrap_or_default();
                    arg = arg.help(format!("{help} [{}]", extra.join("; ")));
                }
                arg = arg.hide_possible_values(true).hide_default_value(true).hide_env(true);
            }
            let heading = if arg.is_positional() { "heading-arguments" } else { "heading-options" };
            arg = arg.long_help(None::<&str>).help_heading(said(lang, heading));
        }
        arg
    });
    let path = path.to_owned();
    cmd.mut_subcommands(|sub| {
        let child = child_path(&path, sub.get_name());
        finish(sub, &child, lang)
    })
}

/// The texts of what clap added itself, in Italian: `--help`, `--version`
/// and the `help` command, in every command of the tree.
fn builtins(mut cmd: clap::Command) -> clap::Command {
    let lang = Lang::It;
    let has = |cmd: &clap::Command, id: &str| cmd.get_arguments().any(|a| a.get_id().as_str() == id);
    if has(&cmd, "help") {
        cmd = cmd.mut_arg("help", |a| {
            a.help(said(lang, "builtin-help"))
                .long_help(None::<&str>)
                .help_heading(said(lang, "heading-options"))
                .display_order(2000)
        });
    }
    if has(&cmd, "version") {
        cmd = cmd.mut_arg("version", |a| {
            a.help(said(lang, "builtin-version"))
                .long_help(None::<&str>)
                .help_heading(said(lang, "heading-options"))
                .display_order(2000)
        });
    }
    if cmd.find_subcommand("help").is_some() {
        cmd = cmd.mut_subcommand("help", |h| h.about(said(lang, "builtin-help-command")));
    }
    cmd.mut_subcommands(|sub| if sub.get_name() == "help" { sub } else { builtins(sub) })
}

/// Prints what clap stopped at (help, the version, or a mistake in the
/// command line) in `lang`, and gives the exit code: 0 for help and the
/// version, 2 for a mistake.
pub fn report(err: &clap::Error, lang: Lang) -> u8 {
    let code = if err.exit_code() == 0 { 0 } else { 2 };
    if lang == Lang::En {
        let _ = err.print();
        return code;
    }
    match err.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => print!("{}", italian_usage(&err.render().to_string())),
        // Help in place of a mistake (`rete person` alone): already in `lang`.
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            eprint!("{}", italian_usage(&err.render().to_string()))
        }
        _ => eprint!("{}", message(err, lang)),
    }
    code
}

/// clap writes `[OPTIONS]` in every usage line, whatever the texts.
fn italian_usage(text: &str) -> String {
    text.replace("[OPTIONS]", &said(Lang::It, "heading-options-usage"))
}

fn string(err: &clap::Error, kind: ContextKind) -> Option<String> {
    match err.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn strings(err: &clap::Error, kind: ContextKind) -> Vec<String> {
    match err.get(kind) {
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    }
}

fn fill(lang: Lang, key: &str, pairs: &[(&str, String)]) -> String {
    let mut args = FluentArgs::new();
    for (name, value) in pairs {
        args.set(*name, value.clone());
    }
    HELP.text(lang.as_str(), key, Some(&args)).into_owned()
}

/// A clap error said in `lang` from its parts, as rete would say it.
pub fn message(err: &clap::Error, lang: Lang) -> String {
    let arg = string(err, ContextKind::InvalidArg).unwrap_or_default();
    let value = string(err, ContextKind::InvalidValue).unwrap_or_default();
    let sub = string(err, ContextKind::InvalidSubcommand).unwrap_or_default();
    let mut lines = vec![match err.kind() {
        ErrorKind::InvalidValue if value.is_empty() => fill(lang, "error-value_missing", &[("arg", arg)]),
        ErrorKind::InvalidValue => fill(lang, "error-value_invalid", &[("arg", arg), ("value", value)]),
        ErrorKind::ValueValidation => {
            let why = err.source_text(lang);
            fill(lang, "error-value_unreadable", &[("arg", arg), ("value", value), ("why", why)])
        }
        ErrorKind::UnknownArgument => fill(lang, "error-unknown_argument", &[("arg", arg)]),
        ErrorKind::InvalidSubcommand => fill(lang, "error-unknown_command", &[("command", sub)]),
        ErrorKind::NoEquals => fill(lang, "error-no_equals", &[("arg", arg)]),
        ErrorKind::TooManyValues => fill(lang, "error-too_many_values", &[("arg", arg), ("value", value)]),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            let wanted = string(err, ContextKind::ExpectedNumValues)
                .or_else(|| string(err, ContextKind::MinValues))
                .unwrap_or_default();
            fill(lang, "error-values_count", &[("arg", arg), ("wanted", wanted)])
        }
        ErrorKind::ArgumentConflict => {
            let prior = strings(err, ContextKind::PriorArg);
            if prior.is_empty() || prior == [arg.clone()] {
                fill(lang, "error-repeated", &[("arg", arg)])
            } else {
                fill(lang, "error-conflict", &[("arg", arg), ("other", prior.join(", "))])
            }
        }
        ErrorKind::MissingRequiredArgument => {
            fill(lang, "error-missing", &[("args", strings(err, ContextKind::InvalidArg).join(", "))])
        }
        ErrorKind::MissingSubcommand => fill(lang, "error-missing_command", &[("command", sub)]),
        ErrorKind::InvalidUtf8 => said(lang, "error-utf8"),
        _ => err.kind().as_str().unwrap_or_default().to_owned(),
    }];
    let valid = strings(err, ContextKind::ValidValue);
    if !valid.is_empty() {
        lines.push(format!("  {}", fill(lang, "values", &[("values", valid.join(", "))])));
    }
    let commands = strings(err, ContextKind::ValidSubcommand);
    if !commands.is_empty() {
        lines.push(format!("  {}", fill(lang, "error-commands", &[("commands", commands.join(", "))])));
    }
    for kind in [ContextKind::SuggestedSubcommand, ContextKind::SuggestedArg, ContextKind::SuggestedValue] {
        let suggested = strings(err, kind);
        if !suggested.is_empty() {
            lines.push(format!("  {}", fill(lang, "error-did_you_mean", &[("what", suggested.join(", "))])));
        }
    }
    if let Some(usage) = string(err, ContextKind::Usage) {
        let usage = usage.trim_start();
        let usage = usage.split_once(':').map_or(usage, |(_, rest)| rest.trim_start());
        lines.push(String::new());
        lines.push(italian_usage(&format!("{} {usage}", said(lang, "heading-usage"))));
    }
    lines.push(String::new());
    lines.push(said(lang, "error-more"));
    format!("{}: {}\n", said(lang, "error"), lines.join("\n"))
}

/// What a value parser said about a value it refused, in `lang`: rete's
/// vocabularies list what they accept; numbers say they want a number.
trait SourceText {
    fn source_text(&self, lang: Lang) -> String;
}

impl SourceText for clap::Error {
    fn source_text(&self, lang: Lang) -> String {
        use std::error::Error as _;
        let Some(source) = self.source() else {
            return String::new();
        };
        if let Some(unknown) = source.downcast_ref::<rete_core::UnknownValue>() {
            return fill(lang, "values", &[("values", unknown.expected.clone())]);
        }
        if source.downcast_ref::<std::num::ParseIntError>().is_some() {
            return said(lang, "error-not_a_whole_number");
        }
        if source.downcast_ref::<std::num::ParseFloatError>().is_some() {
            return said(lang, "error-not_a_number");
        }
        source.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command of the tree, with its path.
    fn commands(cmd: &clap::Command, path: &str, out: &mut Vec<(String, clap::Command)>) {
        out.push((path.to_owned(), cmd.clone()));
        for sub in cmd.get_subcommands() {
            commands(sub, &child_path(path, sub.get_name()), out);
        }
    }

    fn tree(lang: Lang) -> Vec<(String, clap::Command)> {
        let mut out = Vec::new();
        commands(&finish(Cli::command(), "", lang), "", &mut out);
        out
    }

    #[test]
    fn every_command_and_argument_is_described_in_both_languages() {
        let mut missing = Vec::new();
        for lang in [Lang::En, Lang::It] {
            for (path, cmd) in tree(lang) {
                let key = if path.is_empty() { "rete".to_owned() } else { path.clone() };
                let about = match lang {
                    Lang::En => cmd.get_about().map(StyledStr::to_string),
                    Lang::It => text(lang, &format!("cmd-{key}")),
                };
                if about.is_none_or(|a| a.trim().is_empty()) {
                    missing.push(format!("{lang:?}: command {key}"));
                }
                for arg in Cli::command().get_arguments().chain(find(&path).get_arguments()) {
                    if arg_text(arg, &path, lang).is_none_or(|t| t.trim().is_empty()) {
                        missing.push(format!("{lang:?}: {key} {}", arg.get_id()));
                    }
                }
            }
        }
        assert!(missing.is_empty(), "no text for:\n{}", missing.join("\n"));
    }

    /// The command at `path` in the plain derived tree.
    fn find(path: &str) -> clap::Command {
        let mut cmd = Cli::command();
        if path.is_empty() {
            return cmd;
        }
        let mut rest = path;
        loop {
            let sub = cmd
                .get_subcommands()
                .filter(|s| rest == s.get_name() || rest.starts_with(&format!("{}-", s.get_name())))
                .max_by_key(|s| s.get_name().len())
                .unwrap_or_else(|| panic!("no command {path}"))
                .clone();
            rest = rest[sub.get_name().len()..].trim_start_matches('-');
            cmd = sub;
            if rest.is_empty() {
                return cmd;
            }
        }
    }

    #[test]
    fn no_italian_text_is_left_over() {
        let paths: Vec<String> = tree(Lang::It).into_iter().map(|(p, _)| p).collect();
        let mut orphans = Vec::new();
        for id in HELP.ids("it") {
            if let Some(key) = id.strip_prefix("cmd-") {
                let key = key.strip_suffix("-long").unwrap_or(key);
                if key != "rete" && !paths.iter().any(|p| p == key) {
                    orphans.push(id.clone());
                }
            }
        }
        assert!(orphans.is_empty(), "Italian texts of no command: {orphans:?}");
    }

    #[test]
    fn every_command_has_examples_that_parse() {
        let mut missing = Vec::new();
        for (path, cmd) in tree(Lang::En) {
            let leaf = !cmd.has_subcommands() || cmd.get_name() == "log" || cmd.get_name() == "ledger";
            if path.is_empty() || !leaf {
                continue;
            }
            if !EXAMPLES.iter().any(|(p, _)| *p == path) {
                missing.push(path);
            }
        }
        assert!(missing.is_empty(), "commands without examples: {missing:?}");
        for (path, lines) in EXAMPLES {
            for line in *lines {
                // clap wraps help at 100 columns: an example must fit on one line.
                assert!(line.len() <= 96, "the example of {path} is too long for one line: {line}");
                let words: Vec<OsString> = shell_words(line).into_iter().map(OsString::from).collect();
                for lang in [Lang::En, Lang::It] {
                    if let Err(e) = parse(words.clone(), lang) {
                        panic!("the example of {path} does not parse: {line}\n{e}");
                    }
                }
            }
        }
    }

    /// Splits an example as a shell would (double quotes, `>` ends it).
    fn shell_words(line: &str) -> Vec<String> {
        let mut words = Vec::new();
        let mut word = String::new();
        let mut quoted = false;
        let mut started = false;
        for c in line.chars() {
            match c {
                '"' => {
                    quoted = !quoted;
                    started = true;
                }
                ' ' if !quoted => {
                    if started {
                        words.push(std::mem::take(&mut word));
                        started = false;
                    }
                }
                '>' if !quoted => break,
                c => {
                    word.push(c);
                    started = true;
                }
            }
        }
        if started {
            words.push(word);
        }
        words
    }

    fn render_help(lang: Lang, args: &[&str]) -> String {
        let mut cmd = command(lang);
        let err = cmd.try_get_matches_from_mut(args).expect_err("help stops parsing");
        assert_eq!(err.kind(), ErrorKind::DisplayHelp);
        err.render().to_string()
    }

    #[test]
    fn italian_help_has_no_english_of_clap_or_rete() {
        let help = render_help(Lang::It, &["rete", "log", "--help"]);
        for english in
            ["Usage:", "Options:", "Arguments:", "possible values", "default:", "Print help", "Who was there"]
        {
            assert!(!help.contains(english), "'{english}' in Italian help:\n{help}");
        }
        for italian in
            ["Uso:", "Opzioni:", "Valori:", "predefinito: today", "Esempi:", "oggi, ieri, domani", "Chi c'era"]
        {
            assert!(help.contains(italian), "'{italian}' missing from:\n{help}");
        }
        let top = render_help(Lang::It, &["rete", "--help"]);
        assert!(top.contains("Comandi:") && !top.contains("Commands:"), "{top}");
        assert!(top.contains("Mostra la versione"), "{top}");
    }

    #[test]
    fn english_help_lists_values_dates_and_examples() {
        let help = render_help(Lang::En, &["rete", "log", "--help"]);
        for wanted in ["possible values: meeting, call", "today, yesterday, tomorrow", "Examples:", "rete log meeting"]
        {
            assert!(help.contains(wanted), "'{wanted}' missing from:\n{help}");
        }
    }

    fn italian_error(args: &[&str]) -> String {
        let err = parse(args.iter().map(OsString::from).collect(), Lang::It).expect_err("a mistake");
        message(&err, Lang::It)
    }

    #[test]
    fn clap_errors_in_italian() {
        let e = italian_error(&["rete", "log", "meting", "--with", "Anna"]);
        assert!(e.contains("'meting' non è un valore ammesso"), "{e}");
        assert!(e.contains("forse intendevi meeting"), "{e}");
        let e = italian_error(&["rete", "person", "lsit"]);
        assert!(e.contains("comando 'lsit' sconosciuto") && e.contains("forse intendevi list"), "{e}");
        let e = italian_error(&["rete", "today", "--limit", "tre"]);
        assert!(e.contains("'tre'") && e.contains("numero intero"), "{e}");
        let e = italian_error(&["rete", "give", "referral"]);
        assert!(e.contains("manca") && e.contains("--to"), "{e}");
        let e = italian_error(&["rete", "today", "--colour"]);
        assert!(e.contains("'--colour'") && e.contains("non previsto"), "{e}");
        for english in ["error:", "Usage:", "invalid value", "For more information"] {
            assert!(!e.contains(english), "'{english}' in: {e}");
        }
    }

    #[test]
    fn a_vocabulary_reads_its_other_spellings() {
        let words = |a: &[&str]| a.iter().map(OsString::from).collect::<Vec<_>>();
        for kind in ["followup", "follow-up", "one_to_one", "Thanks"] {
            let cli = parse(words(&["rete", "draft", "Anna", "--kind", kind]), Lang::En);
            assert!(cli.is_ok(), "--kind {kind}: {:?}", cli.err());
        }
        assert!(parse(words(&["rete", "log", "speed_date", "--with", "Anna"]), Lang::It).is_ok());
    }

    #[test]
    fn the_language_is_read_before_parsing() {
        let args = |a: &[&str]| a.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(lang_flag(&args(&["rete", "--lang", "it", "today"])), Some(Lang::It));
        assert_eq!(lang_flag(&args(&["rete", "today", "--lang=en"])), Some(Lang::En));
        assert_eq!(lang_flag(&args(&["rete", "search", "--", "--lang", "it"])), None);
    }
}
