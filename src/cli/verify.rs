//! `kehoach verify`: renders documents in memory and checks every rule of the
//! Party form on the laid-out pages (docs/form-rules.md explains each rule).

use std::path::PathBuf;
use std::process::ExitCode;

use kehoach::verify::CheckResult;
use kehoach::Error;

/// Arguments of `kehoach verify`.
#[derive(clap::Args)]
pub struct Args {
    /// Input TOML files, or PDFs rendered with --embed-source (their
    /// embedded source is rendered again and compared with the file).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Print only the rules that fail (and the summary).
    #[arg(short, long)]
    pub quiet: bool,
    /// Print the results as JSON on standard output: `{"files": [{"file",
    /// "profile", "passed", "results": [{"id", "rule", "expected", "actual",
    /// "status", "departure"}]}]}`, status one of pass, fail, warn, departure,
    /// not-measurable; `expected`, `actual` and `departure` are in the
    /// language of the messages (--lang), `rule` in English.
    #[arg(long)]
    pub json: bool,
    /// Lay the documents out in the typeface of this fonts directory, as
    /// `render --fonts` does. / Thư mục phông chữ, như `render --fonts`.
    #[arg(long, value_name = "DIR")]
    pub fonts: Option<PathBuf>,
}

/// Runs `kehoach verify`: exit 0 when every rule holds, 1 when one fails or
/// the input is invalid, 2 when a file cannot be read, 3 on an internal error.
pub fn run(args: Args) -> ExitCode {
    let mut worst = 0u8;
    let mut json = Vec::new();
    let fonts = match args.fonts.as_deref().map(kehoach::typeset::fonts::FontDir::open).transpose() {
        Ok(fonts) => fonts,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(e.exit_code());
        }
    };
    for file in &args.files {
        let name = file.display().to_string();
        let code = match verify_file(file, &name, args.json, fonts.as_ref()) {
            Ok((profile, results)) if args.json => {
                let passed = !results.iter().any(CheckResult::failed);
                json.push(serde_json::json!({
                    "file": name,
                    "profile": profile,
                    "passed": passed,
                    "results": results.iter().map(|r| serde_json::json!({
                        "id": r.id, "rule": r.rule, "expected": r.expected, "actual": r.actual, "status": r.status_id(),
                        "departure": r.departure,
                    })).collect::<Vec<_>>(),
                }));
                u8::from(!passed)
            }
            Ok((_, results)) => report(&name, &results, args.quiet),
            Err(e) => {
                eprint!("{e}");
                if !e.to_string().ends_with('\n') {
                    eprintln!();
                }
                e.exit_code()
            }
        };
        worst = worst.max(code);
    }
    if args.json {
        println!("{}", serde_json::to_string_pretty(&serde_json::json!({ "files": json })).unwrap_or_default());
    }
    ExitCode::from(worst)
}

/// The profile's name and the results of one file.
fn verify_file(
    file: &std::path::Path,
    name: &str,
    json: bool,
    fonts: Option<&std::sync::Arc<kehoach::typeset::fonts::FontDir>>,
) -> Result<(String, Vec<CheckResult>), Error> {
    if file.extension().is_some_and(|e| e.eq_ignore_ascii_case("pdf")) {
        return verify_pdf(file, name, json);
    }
    let source = kehoach::read_source(file)?;
    let mut prepared = kehoach::prepare(name, &source)?;
    if let Some(fonts) = fonts {
        prepared.use_fonts(fonts.clone());
    }
    for w in &prepared.warnings {
        eprint!("{w}");
    }
    if !json {
        println!("{}", kehoach::tr!("cli-file-rule-set", file = name, rule_set = prepared.rule_set_line()));
    }
    Ok((prepared.profile.name.clone(), kehoach::verify::verify_prepared(&prepared)?))
}

/// A PDF: its embedded source rendered again and compared with the file
/// (P-SRC-1), then every rule of the form on the fresh render.
fn verify_pdf(file: &std::path::Path, name: &str, json: bool) -> Result<(String, Vec<CheckResult>), Error> {
    let bytes = std::fs::read(file).map_err(|source| Error::Io { action: "read", path: file.to_path_buf(), source })?;
    let (prepared, results) = kehoach::render::verify_pdf(name, &bytes)?;
    if !json {
        println!("{}", kehoach::tr!("cli-verify-embedded", file = name, source = prepared.file, profile = prepared.profile.name));
    }
    Ok((prepared.profile.name.clone(), results))
}

/// Prints one line per rule and a summary; returns the exit code.
fn report(name: &str, results: &[CheckResult], quiet: bool) -> u8 {
    for r in results.iter().filter(|r| !quiet || (r.measurable && !r.passed)) {
        println!("{r}");
    }
    let failed = results.iter().filter(|r| r.failed()).count();
    let warned = results.iter().filter(|r| r.measurable && !r.passed && r.advisory).count();
    let unmeasurable = results.iter().filter(|r| !r.measurable).count();
    let mut warnings = match warned {
        0 => String::new(),
        1 => kehoach::tr!("cli-verify-one-warning"),
        n => kehoach::tr!("cli-verify-warnings", count = n),
    };
    if unmeasurable > 0 {
        warnings.push_str(&kehoach::tr!("cli-verify-unmeasurable", count = unmeasurable));
    }
    // Departures from the guidance's words are said on a line of their own, before the summary.
    let mut departures: Vec<&str> = Vec::new();
    for r in results.iter().filter(|r| r.status() == "DEPARTURE") {
        if !departures.contains(&r.id) {
            departures.push(r.id); // each id once (A5 departs in several P-PAGE-2 results)
        }
    }
    if !departures.is_empty() {
        println!("{}", kehoach::tr!("cli-verify-departures", file = name, ids = departures.join(", ")));
    }
    if failed == 0 {
        println!("{}", kehoach::tr!("cli-verify-all-hold", file = name, total = results.len(), warnings = warnings));
        0
    } else {
        println!("{}", kehoach::tr!("cli-verify-some-fail", file = name, failed = failed, total = results.len(), warnings = warnings));
        1
    }
}
