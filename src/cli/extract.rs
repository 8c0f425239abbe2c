//! `kehoach extract`: writes the files embedded in a PDF by `--embed-source`
//! (the TOML source, the metadata, the render options) back out, byte for byte.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::render::usage;

/// Arguments of `kehoach extract`.
#[derive(clap::Args)]
pub struct Args {
    /// A PDF rendered with --embed-source (or a PDF/A-3 standard).
    pub file: PathBuf,
    /// The directory to write the files into (default: the current directory).
    #[arg(short, long, value_name = "DIR")]
    pub output: Option<PathBuf>,
    /// Replace files that already exist.
    #[arg(long)]
    pub force: bool,
}

/// Runs `kehoach extract`: exit 0 when every file was written, 1 when the PDF
/// has none, 2 when a file cannot be read or written or would be replaced.
pub fn run(args: Args) -> ExitCode {
    let name = args.file.display().to_string();
    let bytes = match std::fs::read(&args.file) {
        Ok(b) => b,
        Err(e) => return usage(&kehoach::tr!("cli-cannot-read", file = name, reason = kehoach::Error::io_reason(&e))),
    };
    let files = match kehoach::embed::extract(&bytes) {
        Ok(f) if f.is_empty() => {
            eprintln!("{}", kehoach::tr!("cli-nothing-embedded", file = name));
            return ExitCode::from(1);
        }
        Ok(f) => f,
        Err(e) => {
            eprintln!("{}", kehoach::tr!("cli-error-line", message = format!("{name}: {e}")));
            return ExitCode::from(1);
        }
    };
    let dir = args.output.unwrap_or_else(|| PathBuf::from("."));
    // Check every target before writing any.
    let mut targets = Vec::new();
    for (file, data) in &files {
        if file.is_empty() || file.starts_with('.') || file.contains(['/', '\\']) || Path::new(file).components().count() != 1 {
            return usage(&kehoach::tr!("cli-embedded-name-refused", file = name, name = format!("{file:?}")));
        }
        let target = dir.join(file);
        if target.exists() && !args.force {
            return usage(&kehoach::tr!("cli-exists-force", file = target.display()));
        }
        targets.push((target, data));
    }
    if let Err(e) = std::fs::create_dir_all(&dir) {
        return usage(&kehoach::tr!("cli-cannot-create", file = dir.display(), reason = kehoach::Error::io_reason(&e)));
    }
    for (target, data) in targets {
        if let Err(e) = kehoach::output::write_atomic(&target, data) {
            return usage(&kehoach::tr!("cli-cannot-write", file = target.display(), reason = kehoach::Error::io_reason(&e)));
        }
        eprintln!("{}", kehoach::tr!("cli-wrote", file = target.display()));
    }
    ExitCode::SUCCESS
}
