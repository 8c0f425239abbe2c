//! `kehoach check --fix [--dry-run]`: writes the library's fixes
//! ([`kehoach::fix`]) into each file atomically and says what changed, or
//! prints them as a unified diff.

use std::path::PathBuf;
use std::process::ExitCode;

/// Fixes every file; `Err` with the exit code when a file cannot be read or written.
pub fn run(inputs: &[PathBuf], dry_run: bool) -> Result<(), ExitCode> {
    let files = kehoach::batch::expand_inputs(inputs).map_err(|e| {
        eprintln!("{}", kehoach::tr!("cli-error-line", message = e));
        ExitCode::from(e.exit_code())
    })?;
    for file in &files {
        let name = file.display().to_string();
        let source = kehoach::read_source(file).map_err(|e| {
            eprint!("{}", diagnostics(&e));
            ExitCode::from(e.exit_code())
        })?;
        let fixed = kehoach::fix::fix(&source);
        if dry_run {
            print!("{}", kehoach::fix::unified_diff(&name, &source, &fixed.text));
            continue;
        }
        if fixed.changes.is_empty() {
            continue;
        }
        if let Err(e) = kehoach::output::write_atomic(file, fixed.text.as_bytes()) {
            eprintln!("{}: {}", kehoach::tr!("label-error"), kehoach::tr!("cli-cannot-write", file = name, reason = kehoach::Error::io_reason(&e)));
            return Err(ExitCode::from(2));
        }
        for c in &fixed.changes {
            let field = if c.field.is_empty() { String::new() } else { format!(" {}:", c.field) };
            eprintln!("{}: {name}:{}:{field} {} → {}", kehoach::tr!("cli-fixed"), c.line, c.before, c.after);
        }
    }
    Ok(())
}

fn diagnostics(e: &kehoach::Error) -> String {
    match e {
        kehoach::Error::Invalid(list) => list.iter().map(ToString::to_string).collect(),
        other => format!("{}\n", kehoach::tr!("cli-error-line", message = other)),
    }
}
