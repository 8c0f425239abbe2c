//! `kehoach diff OLD NEW`: what changed in the printed document between two
//! versions of a plan, each a file or a file at a git revision
//! (`HEAD~1:plans/x.toml`, read with `git show`). Exit codes as diff(1)'s:
//! 0 the same, 1 different, 2 trouble (a file that cannot be read, an
//! invalid plan), 3 an internal error.

use std::path::Path;
use std::process::{Command, ExitCode};

use clap::ValueEnum;
use kehoach::diff::{Diff, Version};
use kehoach::printed::Printed;

use super::vietnamese;

/// Arguments of `kehoach diff`.
#[derive(clap::Args)]
pub struct Args {
    /// The old version: a file, or REV:PATH (a file at a git revision, e.g. HEAD~1:plans/x.toml).
    pub old: String,
    /// The new version: a file, or REV:PATH.
    pub new: String,
    /// Output format: text, markdown (a pull-request comment) or json.
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    pub format: DiffFormat,
    /// Leave out the page numbers (no layout: faster).
    #[arg(long)]
    pub no_pages: bool,
}

/// The output formats of `kehoach diff`.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// Plain text, old lines with "-", new ones with "+".
    Text,
    /// Markdown for a pull-request comment.
    Markdown,
    /// JSON.
    Json,
}

/// Runs `kehoach diff`.
pub fn run(args: Args) -> ExitCode {
    let old = match printed(&args.old, !args.no_pages) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let new = match printed(&args.new, !args.no_pages) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let diff = Diff::of(Version { name: &args.old, printed: &old }, Version { name: &args.new, printed: &new });
    let vi = vietnamese();
    match args.format {
        DiffFormat::Text => print!("{}", diff.to_text(vi)),
        DiffFormat::Markdown => print!("{}", diff.to_markdown(vi)),
        DiffFormat::Json => println!("{}", serde_json::to_string_pretty(&diff).unwrap_or_default()),
    }
    ExitCode::from(u8::from(!diff.same))
}

/// Reads, prepares and (with `pages`) lays out one version; on failure
/// prints why and gives the exit code (2, or 3 for an internal error).
fn printed(spec: &str, pages: bool) -> Result<Printed, ExitCode> {
    let (file, source) = read(spec)?;
    let result = kehoach::prepare(&file, &source).and_then(|p| if pages { Printed::laid_out(&p) } else { Ok(Printed::of(&p)) });
    result.map_err(|e| {
        eprint!("{e}");
        if !e.to_string().ends_with('\n') {
            eprintln!();
        }
        ExitCode::from(if e.exit_code() == 3 { 3 } else { 2 })
    })
}

/// The name to locate diagnostics by and the text of a version: a file, or
/// `REV:PATH` through `git show REV:./PATH` when no file has that name.
fn read(spec: &str) -> Result<(String, String), ExitCode> {
    let as_file = Path::new(spec);
    let revision = spec.split_once(':').filter(|(rev, path)| !as_file.exists() && !rev.is_empty() && !path.is_empty() && rev.len() > 1);
    let Some((rev, path)) = revision else {
        return kehoach::read_source(as_file).map(|s| (spec.to_owned(), s)).map_err(|e| {
            eprintln!("{e}");
            ExitCode::from(2)
        });
    };
    let path = path.strip_prefix("./").unwrap_or(path);
    let shown = Command::new("git").args(["show", &format!("{rev}:./{path}")]).output();
    let fail = |why: String| {
        eprintln!("{}", kehoach::tr!("cli-error-line", message = kehoach::tr!("cli-git-failed", spec = spec, why = why.trim())));
        eprintln!("{}", kehoach::tr!("cli-hint-line", hint = kehoach::tr!("cli-git-hint")));
        ExitCode::from(2)
    };
    match shown {
        Ok(out) if out.status.success() => match String::from_utf8(out.stdout) {
            // Located by the path, so that its images are found next to it in the work tree.
            Ok(text) => Ok((path.to_owned(), text)),
            Err(e) => Err(fail(e.to_string())),
        },
        Ok(out) => Err(fail(String::from_utf8_lossy(&out.stderr).into_owned())),
        Err(e) => Err(fail(e.to_string())),
    }
}
