//! The `haml` command.
//!
//! ```text
//! haml check [--message-format human|json] [--templates DIR] [PATH...]
//! haml port [--out DIR] FILE.haml...
//! haml fmt [--check] [PATH...]
//! ```
//!
//! Each subcommand is a module; this file reads the arguments and runs one.

#![forbid(unsafe_code)]

mod check;
mod fmt;
mod port;

use std::process::ExitCode;

const USAGE: &str = "\
haml: compile-time HAML templates, from the command line

Usage:
  haml check [OPTIONS] [PATH...]   report the errors of every .haml template under PATH
                                   (default: the current directory)
  haml port [OPTIONS] FILE...      convert Ruby-flavoured HAML (Rails views) into this
                                   project's flavour, marking what needs a person
  haml fmt [OPTIONS] [PATH...]     rewrite templates in one layout (indentation, attribute
                                   hashes) without changing what they render
  haml help [COMMAND]              this help, or a command's

Run `haml check --help` for a command's options.";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let command = args.next();
    let rest: Vec<String> = args.collect();
    match command.as_deref() {
        Some("check") => check::run(&rest),
        Some("port") => port::run(&rest),
        Some("fmt") => fmt::run(&rest),
        Some("help") | Some("--help") | Some("-h") => match rest.first().map(String::as_str) {
            Some("check") => {
                println!("{}", check::USAGE);
                ExitCode::SUCCESS
            }
            Some("port") => {
                println!("{}", port::USAGE);
                ExitCode::SUCCESS
            }
            Some("fmt") => {
                println!("{}", fmt::USAGE);
                ExitCode::SUCCESS
            }
            _ => {
                println!("{USAGE}");
                ExitCode::SUCCESS
            }
        },
        Some("--version") | Some("-V") => {
            println!("haml {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Some(other) => {
            eprintln!("haml: unknown command `{other}`\n\n{USAGE}");
            ExitCode::from(2)
        }
        None => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}
