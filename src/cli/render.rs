//! `kehoach render`: renders documents to PDF, PNG, SVG or Typst source, one
//! or many at once (see [`kehoach::batch`]).

use std::io::{IsTerminal, Write};
use std::path::{PathBuf, MAIN_SEPARATOR};
use std::process::ExitCode;
use std::time::Instant;

use kehoach::batch::{self, Outcome, Progress, Task};
use kehoach::output::Format;
use kehoach::{Error, PdfSettings};

/// Arguments of `kehoach render`.
#[derive(clap::Args)]
pub struct Args {
    /// Input TOML files, or directories: a directory stands for the *.toml
    /// files directly inside it (not its subdirectories).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    #[command(flatten)]
    pub options: RenderOptions,
    /// Documents rendered at once (default: one per core).
    #[arg(short, long)]
    pub jobs: Option<usize>,
}

/// The options of a render, shared with `kehoach watch`.
#[derive(clap::Args)]
pub struct RenderOptions {
    /// Output file (one input), or directory (several inputs, a directory
    /// input, an existing directory or a path ending in `/`; created if missing).
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Output format; png and svg give one file per page (out-1.png …);
    /// docx is an editable Word document of the same form; txt is the
    /// printed text, one paragraph a line (for plain `diff`) (default: the
    /// extension of the -o file, else pdf).
    #[arg(short, long, value_enum)]
    pub format: Option<Format>,
    /// Resolution of PNG output, in pixels per inch.
    #[arg(long, default_value_t = 144.0)]
    pub ppi: f32,
    /// Enforce a PDF standard, e.g. a-2b (PDF/A-2b).
    #[arg(long = "pdf-standard")]
    pub pdf_standard: Vec<String>,
    /// Treat warnings as errors.
    #[arg(long)]
    pub deny_warnings: bool,
    /// A directory of templates layered over the embedded ones (e.g. a
    /// modified lib/party.typ); nothing outside it can be read.
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// A directory of fonts (e.g. Times New Roman, HD 05 IV.1): its typeface
    /// is embedded before the bundled Liberation Serif. / Thư mục phông chữ
    /// (ví dụ Times New Roman): văn bản được trình bày bằng phông đó.
    #[arg(long, value_name = "DIR")]
    pub fonts: Option<PathBuf>,
    /// Also write the data a document system asks for (Nghị định 30 Phụ lục
    /// VI / edXML: number, date, subject, signer, page count …) to FILE.json
    /// or FILE.xml (one input only).
    #[arg(long, value_name = "FILE")]
    pub metadata: Option<PathBuf>,
    /// Add empty signature fields for signing tools: `nguoi-ky-1` for the
    /// signer, `co-quan-1` for the body's seal (PDF only).
    #[arg(long)]
    pub signature_fields: bool,
    /// Also write the page and rectangle (pt, origin bottom-left) of each
    /// signature place to FILE.json (PDF only, one input only).
    #[arg(long, value_name = "FILE")]
    pub signature_map: Option<PathBuf>,
    /// Attach the TOML source, the metadata and the render options to the
    /// PDF (always done with a PDF/A-3 standard); `kehoach extract` gets
    /// them back, `kehoach verify doc.pdf` re-renders and compares.
    #[arg(long)]
    pub embed_source: bool,
}

/// Latest time SOURCE_DATE_EPOCH may name: 9999-12-31T23:59:59Z.
const MAX_EPOCH: i64 = 253_402_300_799;

impl RenderOptions {
    /// Checks the options and reads `SOURCE_DATE_EPOCH`; a usage error is
    /// returned as its message (exit code 2).
    pub fn resolve(&self) -> Result<batch::Options, String> {
        let mut pdf = PdfSettings::default();
        for name in &self.pdf_standard {
            pdf.standards.push(kehoach::typeset::parse_pdf_standard(name)?);
        }
        if !(self.ppi.is_finite() && (1.0..=2400.0).contains(&self.ppi)) {
            return Err(kehoach::tr!("cli-ppi-range"));
        }
        pdf.timestamp = source_date_epoch()?;
        pdf.signature_fields = self.signature_fields;
        pdf.embed_source = self.embed_source;
        let templates = self.templates.as_deref().map(kehoach::typeset::world::TemplateDir::open).transpose().map_err(|e| e.to_string())?;
        let fonts = self.fonts.as_deref().map(kehoach::typeset::fonts::FontDir::open).transpose().map_err(|e| e.to_string())?;
        let format = self.chosen_format()?;
        if let Some(path) = &self.metadata {
            let ext = path.extension().map(|e| e.to_string_lossy().to_ascii_lowercase());
            if !matches!(ext.as_deref(), Some("json" | "xml")) {
                return Err(kehoach::tr!("cli-metadata-extension", file = path.display()));
            }
            if matches!(format, Format::Typ | Format::Txt) {
                return Err(kehoach::tr!("cli-metadata-needs-layout"));
            }
        }
        if format != Format::Pdf && (self.signature_fields || self.signature_map.is_some()) {
            return Err(kehoach::tr!("cli-signature-needs-pdf"));
        }
        if self.embed_source && format != Format::Pdf {
            return Err(kehoach::tr!("cli-embed-needs-pdf"));
        }
        if self.embed_source {
            kehoach::embed::allowed(&pdf)?;
        }
        if let Some(tagged) = self.pdf_standard.iter().find(|s| s.ends_with('a') || s.starts_with("ua")).filter(|_| self.signature_fields) {
            return Err(kehoach::tr!("cli-signature-tagged", standard = tagged));
        }
        Ok(batch::Options {
            format,
            ppi: self.ppi,
            pdf,
            deny_warnings: self.deny_warnings,
            templates,
            fonts,
            metadata: self.metadata.clone(),
            signature_map: self.signature_map.clone(),
        })
    }

    /// The side files asked for belong to one document.
    pub fn check_single(&self, files: &[PathBuf]) -> Result<(), String> {
        let several = files.len() > 1 || files.iter().any(|f| f.is_dir());
        if several && (self.metadata.is_some() || self.signature_map.is_some()) {
            return Err(kehoach::tr!("cli-one-document-only"));
        }
        Ok(())
    }

    /// The format asked for: `--format`, else the extension of a single
    /// output file (`-o plan.docx` writes a Word file), else PDF; refused
    /// when `--format` and the output file's extension disagree (`-o x.png`
    /// with `--format pdf` would be a PDF named .png).
    fn chosen_format(&self) -> Result<Format, String> {
        let file = self.output.as_deref().filter(|o| !o.is_dir() && !o.as_os_str().to_string_lossy().ends_with(['/', MAIN_SEPARATOR]));
        let named = file.and_then(|o| o.extension()).and_then(|e| Format::from_extension(&e.to_string_lossy()));
        match (self.format, named) {
            (Some(asked), Some(named)) if asked != named => Err(kehoach::tr!(
                "cli-format-extension-conflict",
                file = file.map(|f| f.display().to_string()).unwrap_or_default(),
                format = asked.extension(),
                named = named.extension()
            )),
            (Some(format), _) | (None, Some(format)) => Ok(format),
            (None, None) => Ok(Format::Pdf),
        }
    }

    /// The tasks of a command line in the format [`RenderOptions::resolve`]
    /// chose: inputs expanded (directories to their `*.toml` files), outputs
    /// placed; creates the output directory.
    pub fn tasks(&self, files: &[PathBuf], format: Format) -> Result<Vec<Task>, Error> {
        let inputs = batch::expand_inputs(files)?;
        let Some(out) = &self.output else {
            return batch::tasks(&inputs, None, format);
        };
        let to_directory = inputs.len() > 1
            || files.iter().any(|f| f.is_dir())
            || out.is_dir()
            || out.as_os_str().to_string_lossy().ends_with(['/', MAIN_SEPARATOR]);
        if !to_directory {
            return Ok(inputs.into_iter().map(|input| Task { input, target: out.clone() }).collect());
        }
        std::fs::create_dir_all(out).map_err(|source| Error::Io { action: "create the output directory", path: out.clone(), source })?;
        batch::tasks(&inputs, Some(out), format)
    }
}

/// The PDF timestamp from `SOURCE_DATE_EPOCH` (seconds since 1970, UTC), if set.
fn source_date_epoch() -> Result<Option<i64>, String> {
    let Some(value) = std::env::var_os("SOURCE_DATE_EPOCH") else { return Ok(None) };
    let value = value.to_string_lossy();
    if value.trim().is_empty() {
        return Ok(None);
    }
    match value.trim().parse::<i64>() {
        Ok(secs) if (0..=MAX_EPOCH).contains(&secs) => Ok(Some(secs)),
        _ => Err(kehoach::tr!("cli-source-date-epoch", max = MAX_EPOCH, value = value)),
    }
}

/// Runs `kehoach render`.
pub fn run(args: Args) -> ExitCode {
    let start = Instant::now();
    let options = match args.options.resolve() {
        Ok(o) => o,
        Err(e) => return usage(&e),
    };
    if let Err(e) = args.options.check_single(&args.files) {
        return usage(&e);
    }
    let tasks = match args.options.tasks(&args.files, options.format) {
        Ok(t) => t,
        Err(e) => return failed(&e),
    };
    let is_batch = tasks.len() > 1 || args.files.iter().any(|f| f.is_dir());
    let mut reporter = Reporter { is_batch, tty: std::io::stderr().is_terminal(), bar_shown: false };
    let workers = args.jobs.unwrap_or_else(batch::default_workers);
    let outcomes = batch::render_all(tasks, &options, workers, |p| reporter.done(&p));
    reporter.clear_bar();
    if is_batch {
        eprintln!("{}", summary(&outcomes, start.elapsed().as_secs_f64()));
    }
    ExitCode::from(outcomes.iter().map(Outcome::exit_code).max().unwrap_or(0))
}

/// "rendered 39 of 40 documents, 1 failed (1.42 s)".
fn summary(outcomes: &[Outcome], seconds: f64) -> String {
    let failed = outcomes.iter().filter(|o| o.result.is_err()).count();
    let total = outcomes.len();
    let (done, seconds) = (total - failed, format!("{seconds:.2}"));
    match failed {
        0 => kehoach::tr!("cli-rendered-summary", done = done, total = total, seconds = seconds),
        _ => kehoach::tr!("cli-rendered-summary-failed", done = done, total = total, failed = failed, seconds = seconds),
    }
}

/// Prints a usage error; exit code 2.
pub fn usage(message: &str) -> ExitCode {
    eprintln!("{}", kehoach::tr!("cli-error-line", message = message));
    ExitCode::from(2)
}

/// Prints an error once; its exit code.
pub fn failed(e: &Error) -> ExitCode {
    print_error(e);
    ExitCode::from(e.exit_code())
}

fn print_error(e: &Error) {
    let text = e.to_string();
    if text.ends_with('\n') {
        eprint!("{text}");
    } else {
        eprintln!("{text}");
    }
}

/// Prints what happened to each document: warnings, errors, files written; a
/// progress bar on a terminal, one plain line per document otherwise.
pub struct Reporter {
    /// Several documents: number the lines and name failed inputs.
    pub is_batch: bool,
    /// stderr is a terminal: draw a progress bar instead of success lines.
    pub tty: bool,
    pub bar_shown: bool,
}

impl Reporter {
    /// Reports one finished document.
    pub fn done(&mut self, p: &Progress<'_>) {
        self.clear_bar();
        let outcome = p.outcome;
        let counter = if self.is_batch { format!("[{:>w$}/{}] ", p.done, p.total, w = p.total.to_string().len()) } else { String::new() };
        match &outcome.result {
            Ok(rendered) => {
                for w in &rendered.warnings {
                    eprint!("{w}");
                }
                if !self.is_batch {
                    eprintln!("{}", kehoach::tr!("cli-file-rule-set", file = outcome.task.input.display(), rule_set = rendered.rule_set));
                    for path in &rendered.written {
                        eprintln!("{}", kehoach::tr!("cli-wrote", file = path.display()));
                    }
                } else if !self.tty {
                    let more = rendered.written.len().saturating_sub(1);
                    let first = rendered.written.first().map(|p| p.display().to_string()).unwrap_or_default();
                    let line = match more {
                        0 => kehoach::tr!("cli-batch-wrote", counter = counter, file = first, rule_set = rendered.rule_set),
                        _ => kehoach::tr!("cli-batch-wrote-pages", counter = counter, file = first, more = more, rule_set = rendered.rule_set),
                    };
                    eprintln!("{line}");
                }
            }
            Err(e) => {
                print_error(e);
                if self.is_batch {
                    eprintln!("{}", kehoach::tr!("cli-batch-failed", counter = counter, file = outcome.task.input.display()));
                }
            }
        }
        if self.tty && self.is_batch && p.done < p.total {
            let width = 30;
            let filled = width * p.done / p.total.max(1);
            eprint!("\r[{}{}] {}/{}", "#".repeat(filled), " ".repeat(width - filled), p.done, p.total);
            let _ = std::io::stderr().flush();
            self.bar_shown = true;
        }
    }

    /// Erases the progress bar, if one is drawn.
    pub fn clear_bar(&mut self) {
        if self.bar_shown {
            eprint!("\r\x1b[2K");
            self.bar_shown = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_is_a_directory_when_it_says_so() {
        let dir = std::env::temp_dir().join(format!("kehoach-render-{}", std::process::id()));
        let out = dir.join("out/");
        let options = RenderOptions { output: Some(out.clone()), format: Some(Format::Pdf), ppi: 144.0, pdf_standard: vec![], deny_warnings: false, templates: None, fonts: None, metadata: None, signature_fields: false, signature_map: None, embed_source: false };
        let tasks = options.tasks(&[PathBuf::from("a/plan.toml")], Format::Pdf).unwrap();
        assert_eq!(tasks[0].target, out.join("plan.pdf"));
        assert!(out.is_dir(), "created");
        let file = RenderOptions { output: Some(dir.join("x.pdf")), ..options };
        assert_eq!(file.tasks(&[PathBuf::from("a/plan.toml")], Format::Pdf).unwrap()[0].target, dir.join("x.pdf"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
