//! `kehoach check`: validates documents without rendering or writing anything.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::ValueEnum;
use kehoach::Error;

/// Arguments of `kehoach check`.
#[derive(clap::Args)]
pub struct Args {
    /// Input TOML files, or directories (their *.toml files); numbers used
    /// twice across them are reported.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Output format of the diagnostics.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
    /// Same as --format json.
    #[arg(long)]
    pub json: bool,
    /// Treat warnings as errors.
    #[arg(long)]
    pub deny_warnings: bool,
    /// Fix in the files what cannot change the meaning (NFC text, dates,
    /// times, T/M K/T T/L, misspelt keys), keeping comments and layout; then check.
    #[arg(long)]
    pub fix: bool,
    /// With --fix: print the changes as a unified diff, write nothing.
    #[arg(long, requires = "fix")]
    pub dry_run: bool,
}

/// The output formats of `kehoach check`.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Readable text on standard error.
    Text,
    /// JSON on standard output: every file, valid or not, with its diagnostics.
    Json,
    /// GitHub workflow annotations (`::error file=…,line=…,col=…,title=ID::…`) on standard output.
    Github,
    /// A SARIF 2.1.0 log on standard output (code-scanning tools).
    Sarif,
}

/// Runs `kehoach check`.
pub fn run(args: Args) -> ExitCode {
    if args.fix {
        match super::fix::run(&args.files, args.dry_run) {
            Ok(()) if args.dry_run => return ExitCode::SUCCESS,
            Ok(()) => {}
            Err(code) => return code,
        }
    }
    let format = if args.json { ReportFormat::Json } else { args.format };
    check(&args.files, format, args.deny_warnings)
}

/// `kehoach check`: validates each file; exit 0 valid, 1 invalid, 2 I/O.
fn check(inputs: &[PathBuf], format: ReportFormat, deny_warnings: bool) -> ExitCode {
    let json = format == ReportFormat::Json;
    let machine = matches!(format, ReportFormat::Github | ReportFormat::Sarif);
    let mut all = Vec::new();
    let files = match kehoach::batch::expand_inputs(inputs) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("{}", kehoach::tr!("cli-error-line", message = e));
            return ExitCode::from(e.exit_code());
        }
    };
    let mut worst = 0u8;
    let mut reports = Vec::new();
    let mut numbers = Vec::new();
    // Numbers are compared within each issuing body's term (kehoach.toml).
    let mut terms = kehoach::issuing::TermsCache::default();
    let mut later = Vec::new();
    for file in &files {
        let name = file.display().to_string();
        let result = kehoach::read_source(file).and_then(|source| kehoach::prepare(&name, &source));
        let (code, diagnostics, rule_set) = match result {
            Ok(prepared) => {
                let (numbered, warnings) = terms.number(&prepared);
                numbers.extend(numbered);
                later.extend(warnings);
                let code = u8::from(deny_warnings && !prepared.warnings.is_empty());
                let rule_set = Some((prepared.rule_set_line(), prepared.rule_set_json()));
                (code, prepared.warnings, rule_set)
            }
            Err(Error::Invalid(d)) => (1, d, None),
            Err(e) => {
                let id = if e.exit_code() == 2 { "unreadable-file" } else { "internal-error" };
                (e.exit_code(), vec![kehoach::diagnostic::Diagnostic::error(&name, e.to_string()).with_id(id)], None)
            }
        };
        worst = worst.max(code);
        if machine {
            all.extend(diagnostics);
        } else if json {
            let mut report = serde_json::json!({ "file": name, "valid": code == 0, "diagnostics": diagnostics });
            if let Some((_, json)) = &rule_set {
                report["rule_set"] = json.clone();
            }
            reports.push(report);
        } else {
            for d in &diagnostics {
                eprint!("{d}");
            }
            if let Some((line, _)) = &rule_set {
                eprintln!("{name}: {}", kehoach::tr!("cli-rule-set", rule_set = line));
            }
            if code == 0 {
                let warnings = diagnostics.len();
                eprintln!("{name}: {}", if warnings == 0 { kehoach::tr!("cli-ok") } else { kehoach::tr!("cli-ok-warnings", warnings = warnings) });
            }
        }
    }
    // Numbers used twice across the files: a warning on the later file; a
    // date in no term; and, when numbers were compared without terms, that
    // they were compared per calendar year.
    later.extend(kehoach::check::numbers::duplicates(&numbers));
    if numbers.len() > 1 {
        later.extend(terms.unconfigured());
    }
    for d in later {
        let fails = d.is_error() || deny_warnings;
        worst = worst.max(u8::from(fails));
        if machine {
            all.push(d);
        } else if json {
            if let Some(report) = reports.iter_mut().find(|r| r["file"] == d.file.as_str()) {
                report["valid"] = serde_json::Value::Bool(report["valid"] == true && !fails);
                if let Some(list) = report["diagnostics"].as_array_mut() {
                    list.push(serde_json::to_value(&d).unwrap_or_default());
                }
            }
        } else {
            eprint!("{d}");
        }
    }
    match format {
        ReportFormat::Json => println!("{}", serde_json::to_string_pretty(&serde_json::json!({ "files": reports })).unwrap_or_default()),
        ReportFormat::Github => print!("{}", kehoach::report::github(&all, super::vietnamese())),
        ReportFormat::Sarif => println!("{}", serde_json::to_string_pretty(&kehoach::report::sarif(&all, super::vietnamese())).unwrap_or_default()),
        ReportFormat::Text => {}
    }
    ExitCode::from(worst)
}

