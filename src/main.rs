//! The `kehoach` command: parses arguments, calls the library, prints
//! diagnostics once, and exits 0 (success), 1 (invalid input), 2 (usage or
//! I/O) or 3 (internal error).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use kehoach::output::{default_output, page_path, write_atomic, Format};
use kehoach::{Error, PdfSettings, Prepared};

#[derive(Parser)]
#[command(name = "kehoach", version, about = "Render Vietnamese Party documents from TOML to correctly formed PDFs")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Render documents (PDF by default) next to their input, or to -o.
    Render {
        /// Input TOML files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Output file (one input) or directory (several inputs).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Output format; png and svg give one file per page (out-1.png …).
        #[arg(short, long, value_enum, default_value_t = FormatArg::Pdf)]
        format: FormatArg,
        /// Resolution of PNG output, in pixels per inch.
        #[arg(long, default_value_t = 144.0)]
        ppi: f32,
        /// Enforce a PDF standard, e.g. a-2b (PDF/A-2b).
        #[arg(long = "pdf-standard")]
        pdf_standard: Vec<String>,
        /// Treat warnings as errors.
        #[arg(long)]
        deny_warnings: bool,
    },
    /// Validate documents without rendering or writing anything.
    Check {
        /// Input TOML files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Output format of the diagnostics.
        #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
        format: ReportFormat,
        /// Same as --format json.
        #[arg(long)]
        json: bool,
        /// Treat warnings as errors.
        #[arg(long)]
        deny_warnings: bool,
    },
    /// Print a JSON Schema of a document kind's TOML (for editors).
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
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ReportFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    Pdf,
    Png,
    Svg,
    Typ,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Pdf => Format::Pdf,
            FormatArg::Png => Format::Png,
            FormatArg::Svg => Format::Svg,
            FormatArg::Typ => Format::Typ,
        }
    }
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
        Command::Check { files, format, json, deny_warnings } => {
            check(&files, json || format == ReportFormat::Json, deny_warnings)
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
            for kind in kehoach::model::Kind::ALL {
                println!("{:<12} {}", kind.id(), kind.description());
            }
            ExitCode::SUCCESS
        }
        Command::Render { files, output, format, ppi, pdf_standard, deny_warnings } => {
            let mut settings = PdfSettings::default();
            for name in &pdf_standard {
                match kehoach::typeset::parse_pdf_standard(name) {
                    Ok(s) => settings.standards.push(s),
                    Err(e) => {
                        eprintln!("error: {e}");
                        return ExitCode::from(2);
                    }
                }
            }
            if !(ppi.is_finite() && (1.0..=2400.0).contains(&ppi)) {
                eprintln!("error: --ppi must be between 1 and 2400");
                return ExitCode::from(2);
            }
            let job = Job { format: format.into(), ppi, settings, deny_warnings };
            let mut worst = 0u8;
            for file in &files {
                let target = match (&output, files.len()) {
                    (Some(o), 1) => o.clone(),
                    (Some(dir), _) => dir.join(default_output(Path::new(file.file_name().unwrap_or_default()), job.format)),
                    (None, _) => default_output(file, job.format),
                };
                match job.run(file, &target) {
                    Ok(written) => {
                        for w in written {
                            eprintln!("wrote {}", w.display());
                        }
                    }
                    Err(e) => {
                        eprint!("{e}");
                        if !e.to_string().ends_with('\n') {
                            eprintln!();
                        }
                        worst = worst.max(e.exit_code());
                    }
                }
            }
            ExitCode::from(worst)
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

/// `kehoach check`: validates each file; exit 0 valid, 1 invalid, 2 I/O.
fn check(files: &[PathBuf], json: bool, deny_warnings: bool) -> ExitCode {
    let mut worst = 0u8;
    let mut reports = Vec::new();
    for file in files {
        let name = file.display().to_string();
        let result = kehoach::read_source(file).and_then(|source| kehoach::prepare(&name, &source));
        let (code, diagnostics) = match result {
            Ok(prepared) => {
                let code = u8::from(deny_warnings && !prepared.warnings.is_empty());
                (code, prepared.warnings)
            }
            Err(Error::Invalid(d)) => (1, d),
            Err(e) => (e.exit_code(), vec![kehoach::diagnostic::Diagnostic::error(&name, e.to_string())]),
        };
        worst = worst.max(code);
        if json {
            reports.push(serde_json::json!({ "file": name, "valid": code == 0, "diagnostics": diagnostics }));
        } else {
            for d in &diagnostics {
                eprint!("{d}");
            }
            if code == 0 {
                eprintln!("{name}: ok{}", if diagnostics.is_empty() { String::new() } else { format!(" ({} warnings)", diagnostics.len()) });
            }
        }
    }
    if json {
        println!("{}", serde_json::to_string_pretty(&serde_json::json!({ "files": reports })).unwrap_or_default());
    }
    ExitCode::from(worst)
}

struct Job {
    format: Format,
    ppi: f32,
    settings: PdfSettings,
    deny_warnings: bool,
}

impl Job {
    /// Renders one file; returns the paths written.
    fn run(&self, input: &Path, target: &Path) -> Result<Vec<PathBuf>, Error> {
        let source = kehoach::read_source(input)?;
        let prepared = kehoach::prepare(&input.display().to_string(), &source)?;
        for w in &prepared.warnings {
            eprint!("{w}");
        }
        if self.deny_warnings && !prepared.warnings.is_empty() {
            return Err(Error::Invalid(Vec::new()));
        }
        let files = self.produce(&prepared, target)?;
        for (path, bytes) in &files {
            write_atomic(path, bytes).map_err(|e| Error::Io(format!("cannot write {}: {e}", path.display())))?;
        }
        Ok(files.into_iter().map(|(p, _)| p).collect())
    }

    /// Produces every output file in memory first, so nothing is written when
    /// any step fails.
    fn produce(&self, prepared: &Prepared, target: &Path) -> Result<Vec<(PathBuf, Vec<u8>)>, Error> {
        Ok(match self.format {
            Format::Typ => vec![(target.to_path_buf(), kehoach::typst_source(prepared)?.into_bytes())],
            Format::Pdf => vec![(target.to_path_buf(), kehoach::render_pdf(prepared, &self.settings)?)],
            Format::Png => {
                let doc = kehoach::typeset(prepared)?;
                kehoach::typeset::png(&doc, self.ppi)
                    .map_err(Error::Internal)?
                    .into_iter()
                    .enumerate()
                    .map(|(i, png)| (page_path(target, i + 1), png))
                    .collect()
            }
            Format::Svg => {
                let doc = kehoach::typeset(prepared)?;
                kehoach::typeset::svg(&doc)
                    .into_iter()
                    .enumerate()
                    .map(|(i, svg)| (page_path(target, i + 1), svg.into_bytes()))
                    .collect()
            }
        })
    }
}
