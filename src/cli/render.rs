//! `kehoach render`: renders documents to PDF, PNG, SVG or Typst source.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::ValueEnum;
use kehoach::output::{default_output, page_path, write_atomic, Format};
use kehoach::{Error, PdfSettings, Prepared};

/// Arguments of `kehoach render`.
#[derive(clap::Args)]
pub struct Args {
    /// Input TOML files.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Output file (one input) or directory (several inputs).
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Output format; png and svg give one file per page (out-1.png …).
    #[arg(short, long, value_enum, default_value_t = FormatArg::Pdf)]
    pub format: FormatArg,
    /// Resolution of PNG output, in pixels per inch.
    #[arg(long, default_value_t = 144.0)]
    pub ppi: f32,
    /// Enforce a PDF standard, e.g. a-2b (PDF/A-2b).
    #[arg(long = "pdf-standard")]
    pub pdf_standard: Vec<String>,
    /// Treat warnings as errors.
    #[arg(long)]
    pub deny_warnings: bool,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum FormatArg {
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

/// Runs `kehoach render`.
pub fn run(args: Args) -> ExitCode {
    let Args { files, output, format, ppi, pdf_standard, deny_warnings } = args;
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
