//! The `kehoach` command: parses arguments, calls the library, prints
//! diagnostics once, and exits 0 (success), 1 (invalid input), 2 (usage or
//! I/O) or 3 (internal error).

mod cli;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "kehoach", version, about = "Render Vietnamese Party documents from TOML to correctly formed PDFs")]
struct Cli {
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
    /// Render documents in memory and check every rule of the Party form on the pages.
    Verify(cli::verify::Args),
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

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    match cli.command {
        Command::Render(args) => cli::render::run(args),
        Command::Watch(args) => cli::watch::run(args),
        Command::Check(args) => cli::check::run(args),
        Command::Verify(args) => cli::verify::run(args),
        Command::Extract(args) => cli::extract::run(args),
        Command::Mcp(args) => cli::mcp::run(args),
        Command::Schema { kind } if kind == "metadata" => {
            print!("{}", kehoach::metadata::json_schema());
            ExitCode::SUCCESS
        }
        Command::Schema { kind } => with_kind(&kind, |k| println!("{}", kehoach::json_schema(k))),
        Command::New { kind } => with_kind(&kind, |k| print!("{}", kehoach::starter(k))),
        Command::Profiles => {
            for (name, description) in kehoach::profile::list() {
                println!("{name:<16} {description}");
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

fn with_kind(id: &str, f: impl FnOnce(kehoach::model::Kind)) -> ExitCode {
    match kehoach::model::Kind::from_id(id) {
        Some(kind) => {
            f(kind);
            ExitCode::SUCCESS
        }
        None => {
            let known: Vec<&str> = kehoach::model::Kind::ALL.iter().map(|k| k.id()).collect();
            eprintln!("error: unknown kind `{id}`; the kinds are: {}", known.join(", "));
            ExitCode::from(2)
        }
    }
}


#[cfg(test)]
mod tests {
    #[test]
    fn the_command_line_definition_is_consistent() {
        use clap::CommandFactory;
        super::Cli::command().debug_assert();
    }
}
