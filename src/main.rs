//! The `kehoach` command: parses arguments, calls the library, prints
//! diagnostics once, and exits 0 (success), 1 (invalid input), 2 (usage or
//! I/O) or 3 (internal error).

mod cli;

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use kehoach::i18n::{self, Lang};

#[derive(Parser)]
#[command(name = "kehoach", version, about = "Render Vietnamese Party documents from TOML to correctly formed PDFs")]
struct Cli {
    /// Language of the messages: vi or en (default: the locale, `LANG=vi_VN…` → vi, else en).
    #[arg(long, global = true, value_parser = ["vi", "en"])]
    lang: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Render documents (PDF by default) next to their input, or to -o.
    Render(cli::render::Args),
    /// Render a document, then again each time it is saved; errors do not stop it.
    Watch(cli::watch::Args),
    /// Validate documents without rendering or writing anything.
    Check(cli::check::Args),
    /// Show what changed in the printed document between two versions
    /// (files, or REV:PATH at a git revision); exit 0 same, 1 different, 2 trouble.
    Diff(cli::diff::Args),
    /// Render documents in memory and check every rule of the Party form on the pages.
    Verify(cli::verify::Args),
    /// The register of documents sent out, from the plans: table, --json,
    /// --csv, --xlsx FILE; duplicates and gaps per term; --next TYPE.
    Register(cli::register::Args),
    /// Give a checked plan its number (the next free one, or --number) and
    /// date (--date, default today) in its TOML, comments kept; then render it.
    Issue(cli::issue::Args),
    /// Write the files embedded by --embed-source (the TOML source, the metadata) back out.
    Extract(cli::extract::Args),
    /// Print a JSON Schema of a document kind's TOML (for editors), or of the
    /// `--metadata` JSON (`kehoach schema metadata`).
    Schema {
        #[arg(default_value = "ke-hoach")]
        kind: String,
    },
    /// Print a commented starter document of a kind.
    New {
        #[arg(default_value = "ke-hoach")]
        kind: String,
    },
    /// List the layout profiles.
    Profiles,
    /// List the document kinds.
    Kinds,
    /// Serve compose, check, render and verify to a drafting assistant over
    /// the Model Context Protocol (stdio), reading and writing only under --root.
    Mcp(cli::mcp::Args),
}

/// The language `--lang` names (read before the arguments are parsed, so
/// that `--help` is in it too), else the locale's.
fn language(args: &[String]) -> Lang {
    let named = args.iter().enumerate().find_map(|(i, a)| match a.strip_prefix("--lang") {
        Some("") => args.get(i + 1).cloned(),
        Some(rest) => rest.strip_prefix('=').map(str::to_owned),
        None => None,
    });
    named.and_then(|code| Lang::from_code(&code)).unwrap_or_else(i18n::from_env)
}

/// The command line with every `about` and `help` text from the language's
/// messages: `help-<command path>` and `help-<command path>-<argument>`.
fn localized(mut cmd: clap::Command, path: &str) -> clap::Command {
    if i18n::has(Lang::En, &format!("help-{path}")) {
        cmd = cmd.about(i18n::tr(&format!("help-{path}"), &[])).long_about(None::<&str>);
    }
    let args: Vec<String> = cmd.get_arguments().map(|a| a.get_id().to_string()).collect();
    for id in args {
        let key = format!("help-{path}-{id}");
        if i18n::has(Lang::En, &key) {
            let text = i18n::tr(&key, &[]);
            cmd = cmd.mut_arg(id, |a| a.help(text).long_help(None::<&str>));
        }
    }
    let subcommands: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_owned()).collect();
    for name in subcommands {
        let sub_path = format!("{path}-{name}");
        cmd = cmd.mut_subcommand(name, |s| localized(s, &sub_path));
    }
    cmd
}

/// A reader that stops early (`kehoach verify plan.toml | head`) closes the
/// pipe: end quietly as every Unix tool does (the signal's default action),
/// not with a panic on the next print. Files are written whole or not at all
/// (`render::output`), so nothing is left half-written.
#[cfg(unix)]
fn end_quietly_on_a_closed_pipe() {
    // SAFETY: restoring a signal's default action, before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

#[cfg(not(unix))]
fn end_quietly_on_a_closed_pipe() {}

fn main() -> ExitCode {
    end_quietly_on_a_closed_pipe();
    let args: Vec<String> = std::env::args().collect();
    i18n::set(language(&args));
    let mut cmd = localized(Cli::command(), "kehoach");
    if i18n::current() == Lang::Vi {
        cmd.build();
        cmd = cli::clap_vi::command(cmd);
    }
    let parsed = cmd.try_get_matches_from(&args).and_then(|m| Cli::from_arg_matches(&m));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => {
            match cli::clap_vi::error(&e).filter(|_| i18n::current() == Lang::Vi) {
                Some(text) => eprintln!("{text}"),
                None => {
                    let _ = e.print();
                }
            }
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    match cli.command {
        Command::Render(args) => cli::render::run(args),
        Command::Watch(args) => cli::watch::run(args),
        Command::Check(args) => cli::check::run(args),
        Command::Diff(args) => cli::diff::run(args),
        Command::Verify(args) => cli::verify::run(args),
        Command::Extract(args) => cli::extract::run(args),
        Command::Register(args) => cli::register::run(args),
        Command::Issue(args) => cli::issue::run(args),
        Command::Mcp(args) => cli::mcp::run(args),
        Command::Schema { kind } if kind == "metadata" => {
            print!("{}", in_language(&kehoach::metadata::json_schema()));
            ExitCode::SUCCESS
        }
        Command::Schema { kind } if kind == "kehoach.toml" || kind == "config" => {
            print!("{}", in_language(&kehoach::issuing::config::json_schema()));
            ExitCode::SUCCESS
        }
        Command::Schema { kind } => with_kind(&kind, |k| println!("{}", in_language(&kehoach::json_schema(k)))),
        Command::New { kind } => with_kind(&kind, |k| print!("{}", kehoach::i18n::starter(k, i18n::current()))),
        Command::Profiles => {
            for (name, description) in kehoach::profile::list() {
                println!("{name:<16} {}", listed("profiles", &name, &description));
            }
            ExitCode::SUCCESS
        }
        Command::Kinds => {
            // The type code of the number is the rule set's: today's (HD 05).
            let today = kehoach::profile::Profile::builtin("dang-hd05-2026").ok();
            let width = kehoach::model::Kind::ALL.iter().map(|k| k.id().len()).max().unwrap_or(0);
            for kind in kehoach::model::Kind::ALL {
                let code = today.as_ref().and_then(|p| p.codes.types.get(kind.id()).cloned()).unwrap_or_default();
                println!("{:<width$} {:<4} {}", kind.id(), code, kind.description());
            }
            ExitCode::SUCCESS
        }
    }
}

/// An entry's description in a list (`kinds`, `profiles`) in the language of
/// the messages: its message `<list>-<name>`, else its own (English) words.
fn listed(list: &str, name: &str, own: &str) -> String {
    let id = format!("{list}-{name}");
    if i18n::has(i18n::current(), &id) {
        i18n::tr(&id, &[])
    } else {
        own.to_owned()
    }
}

/// A JSON Schema as printed: its descriptions in the language of the
/// messages (`locales/vi/schema.toml`), English unchanged.
fn in_language(schema: &str) -> String {
    i18n::schema::localize(schema, i18n::current())
}

fn with_kind(id: &str, f: impl FnOnce(kehoach::model::Kind)) -> ExitCode {
    match kehoach::model::Kind::from_id(id) {
        Some(kind) => {
            f(kind);
            ExitCode::SUCCESS
        }
        None => {
            let known: Vec<&str> = kehoach::model::Kind::ALL.iter().map(|k| k.id()).collect();
            let kinds = known.join(", ");
            let error = kehoach::tr!("label-error");
            match kehoach::model::Kind::closest(id) {
                Some(k) => eprintln!("{error}: {}", kehoach::tr!("cli-unknown-kind-did-you-mean", kind = id, closest = k.id(), kinds = kinds)),
                None => eprintln!("{error}: {}", kehoach::tr!("cli-unknown-kind", kind = id, kinds = kinds)),
            }
            ExitCode::from(2)
        }
    }
}


#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_definition_is_consistent() {
        Cli::command().debug_assert();
        localized(Cli::command(), "kehoach").debug_assert();
    }

    /// Every command and argument has its `--help` text in both languages.
    #[test]
    fn every_help_text_is_in_both_languages() {
        fn keys(cmd: &clap::Command, path: &str, out: &mut Vec<String>) {
            out.push(format!("help-{path}"));
            out.extend(cmd.get_arguments().map(|a| format!("help-{path}-{}", a.get_id())));
            for sub in cmd.get_subcommands() {
                keys(sub, &format!("{path}-{}", sub.get_name()), out);
            }
        }
        let mut all = Vec::new();
        keys(&Cli::command(), "kehoach", &mut all);
        let missing: Vec<String> =
            all.iter().flat_map(|k| Lang::ALL.map(|l| (l, k))).filter(|(l, k)| !i18n::has(*l, k)).map(|(l, k)| format!("{}: {k}", l.code())).collect();
        assert!(missing.is_empty(), "help texts missing: {missing:?}");
    }

    /// Prints the `--help` texts as Fluent messages (the source of `locales/en`):
    /// `cargo test --release --bin kehoach -- --ignored --nocapture help_messages`.
    #[test]
    #[ignore]
    fn help_messages() {
        fn print(cmd: &clap::Command, path: &str) {
            if let Some(about) = cmd.get_about() {
                println!("help-{path} = {about}");
            }
            for a in cmd.get_arguments() {
                if let Some(help) = a.get_help() {
                    println!("help-{path}-{} = {}", a.get_id(), help.to_string().replace('\n', " "));
                }
            }
            for sub in cmd.get_subcommands() {
                print(sub, &format!("{path}-{}", sub.get_name()));
            }
        }
        print(&Cli::command(), "kehoach");
    }

    /// The English messages of `profiles` are the descriptions the
    /// profiles give: the list says the same in English (the kinds describe
    /// themselves in the language of the messages, `Kind::description`).
    #[test]
    fn the_english_list_of_profiles_is_their_descriptions() {
        for (name, description) in kehoach::profile::list() {
            assert_eq!(i18n::tr_in(Lang::En, &format!("profiles-{name}"), &[]), description, "{name}");
            assert!(i18n::has(Lang::Vi, &format!("profiles-{name}")), "{name}");
        }
    }

    #[test]
    fn lang_is_read_before_parsing() {
        let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(language(&args(&["kehoach", "--lang", "vi", "check"])), Lang::Vi);
        assert_eq!(language(&args(&["kehoach", "check", "--lang=en"])), Lang::En);
    }
}
