//! `kehoach issue`: gives a plan its number and date in its TOML, then
//! renders its PDF (see [`kehoach::issuing::issue`]).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use kehoach::issuing::config::Terms;
use kehoach::issuing::issue::{issue, today, Request};
use kehoach::issuing::register::{plans_under, Register};
use kehoach::model::date::DocDate;
use kehoach::Error;

/// Arguments of `kehoach issue`.
#[derive(clap::Args)]
pub struct Args {
    /// The plan to issue.
    pub plan: PathBuf,
    /// This number instead of the next free one (refused if another plan has it).
    #[arg(long, value_name = "N")]
    pub number: Option<u32>,
    /// The date of issue (default: today, in Vietnam).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    /// Only write the number and date into the plan; render nothing.
    #[arg(long)]
    pub no_render: bool,
}

/// Runs `kehoach issue`: exit 0; 1 when the plan fails its check or the
/// number is taken; 2 on usage or I/O errors.
pub fn run(args: Args) -> ExitCode {
    let date = match args.date.as_deref().map(DocDate::parse) {
        None => None,
        Some(Ok(d)) if d.is_complete() => Some(d),
        Some(_) => return super::render::usage(&kehoach::tr!("cli-date-form")),
    };
    let name = args.plan.display().to_string();
    let prepared = match kehoach::read_source(&args.plan).and_then(|s| kehoach::prepare(&name, &s)) {
        Ok(p) => p,
        Err(e) => {
            if matches!(e, Error::Invalid(_)) {
                eprintln!("{}", kehoach::tr!("issue-has-errors", file = name));
            }
            return super::render::failed(&e);
        }
    };
    let mut register = Register::build(&repository_plans(&args.plan));
    let issued = match issue(&prepared, Request { number: args.number, date }, today(), &mut register) {
        Ok(i) => i,
        Err(d) => {
            eprint!("{d}");
            return ExitCode::from(1);
        }
    };
    if issued.changed {
        // The edited text must pass the checks before it replaces the plan.
        if let Err(e) = kehoach::prepare(&name, &issued.source) {
            return super::render::failed(&e);
        }
        if let Err(source) = kehoach::output::write_atomic(&args.plan, issued.source.as_bytes()) {
            return super::render::failed(&Error::Io { action: "write", path: args.plan.clone(), source });
        }
        eprintln!(
            "{}",
            kehoach::tr!("issue-done", file = name, code = issued.code, date = issued.date.short_form())
        );
    } else {
        eprintln!(
            "{}",
            kehoach::tr!("issue-already", file = name, code = issued.code, date = issued.date.short_form())
        );
    }
    if args.no_render {
        return ExitCode::SUCCESS;
    }
    let out = kehoach::output::default_output(&args.plan, kehoach::output::Format::Pdf);
    let rendered = kehoach::prepare(&name, &issued.source).and_then(|p| kehoach::render_pdf(&p, &kehoach::PdfSettings::default()));
    match rendered {
        Ok(pdf) => match kehoach::output::write_atomic(&out, &pdf) {
            Ok(()) => {
                eprintln!("{} -> {}", name, out.display());
                ExitCode::SUCCESS
            }
            Err(source) => super::render::failed(&Error::Io { action: "write", path: out, source }),
        },
        Err(e) => super::render::failed(&e),
    }
}

/// The plans whose numbers count: every plan under the directory of the
/// `kehoach.toml` above the plan, or, without one, the plan's own directory.
fn repository_plans(plan: &Path) -> Vec<PathBuf> {
    let root = match Terms::find(plan) {
        Ok(Terms { path: Some(config), .. }) => config.parent().map(relative),
        _ => None,
    };
    let dir = root.unwrap_or_else(|| plan.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new(".")).to_owned());
    plans_under(&[dir]).unwrap_or_default()
}

/// A directory as the user would name it: relative to the working directory
/// when it is inside it or above it (so that messages name plans as typed).
fn relative(dir: &Path) -> PathBuf {
    let Ok(cwd) = std::env::current_dir().and_then(std::fs::canonicalize) else { return dir.to_owned() };
    if let Ok(inside) = dir.strip_prefix(&cwd) {
        return if inside.as_os_str().is_empty() { PathBuf::from(".") } else { inside.to_owned() };
    }
    match cwd.strip_prefix(dir) {
        Ok(below) => below.components().map(|_| "..").collect(),
        Err(_) => dir.to_owned(),
    }
}
