//! The `rete` binary: parses the command line, loads the configuration
//! once, opens the store the user chose, and runs one command. Errors
//! become exit codes here and nowhere else: 0 ok, 1 failure, 2 bad input.

rete_i18n::catalog!();

mod cli;
mod commands;
mod config;
mod context;
mod failure;
mod help;
mod output;
mod resolve;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use std::process::ExitCode;

/// `rete person list | head`: when the reader closes the pipe, `println!`
/// panics; a closed pipe is the reader's choice, not a failure, so rete
/// stops quietly instead of printing a panic.
fn quiet_on_closed_pipe() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let payload = info.payload();
        let message = payload
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| payload.downcast_ref::<&str>().copied())
            .unwrap_or_default();
        if message.contains("Broken pipe") {
            std::process::exit(0);
        }
        default(info);
    }));
}

fn main() -> ExitCode {
    quiet_on_closed_pipe();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // The language of `--help` and of clap's errors is needed before clap
    // reads the line: `--lang` as typed, else the configuration, else LANG.
    let loaded = config::Config::load();
    let fallback = config::Config::default();
    let early = config::resolve_lang(help::lang_flag(&args), loaded.as_ref().unwrap_or(&fallback));
    let cli = match help::parse(args, early) {
        Ok(cli) => cli,
        Err(e) => return ExitCode::from(help::report(&e, early)),
    };
    let config = match loaded {
        Ok(c) => c,
        Err(e) => {
            eprintln!("rete: {}", config::describe(&e, early));
            return ExitCode::from(2);
        }
    };
    let lang = config::resolve_lang(cli.lang, &config);
    let runtime = match tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("rete: cannot start: {e}");
            return ExitCode::from(1);
        }
    };
    match runtime.block_on(commands::run(cli, config, lang)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let (code, message) = failure::describe(&e, lang);
            if !message.is_empty() {
                eprintln!("rete: {message}");
            }
            ExitCode::from(code)
        }
    }
}
