//! Rendering many documents in one process.
//!
//! A batch is a list of [`Task`]s (input file, output target) rendered by a
//! few plain `std::thread` workers pulling from one shared queue; fonts, the
//! standard library and the layout library are parsed once per process and
//! shared (see [`crate::typeset::world`]). Two traps of typst 0.15 shape this module:
//!
//! - typst's PDF export runs nested rayon work: running each document as a
//!   rayon job overflowed the stack at around 400 documents. Plain worker
//!   threads (with a generous stack) do not.
//! - typst's memoisation cache is process-global and unbounded: 1,000
//!   documents reached 1.16 GB unless it is evicted between documents. Every
//!   worker calls `typst::comemo::evict` after each document.
//!
//! Every document is produced in memory first and only then written with
//! [`write_atomic`], so a failure never truncates or replaces an existing
//! output. One failing document (even a panic inside typst) is reported in its
//! [`Outcome`]; the others still render. The library never prints: progress is
//! reported through a callback, on the calling thread, after each document.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// The plans' repository configuration (`kehoach.toml`, read by `issuing`),
/// which a directory of plans may hold and which is not a plan.
pub const REPOSITORY_CONFIG: &str = "kehoach.toml";

use super::output::{default_output, page_path, write_atomic, Format};
use super::pdf::render_pdf_output;
use super::prepared::{prepare, read_source, typeset, typst_source, Prepared};
use crate::diagnostic::Diagnostic;
use crate::document_system::metadata::{self, DocumentMetadata};
use crate::document_system::sign;
use crate::inspect::Layout;
use crate::typeset::PdfSettings;
use crate::Error;

/// Memo-cache entries unused for this many evictions (documents) are dropped.
const EVICT_MAX_AGE: usize = 10;

/// Stack of a worker thread: typesetting recurses; 16 MiB of address space
/// costs nothing until used.
const WORKER_STACK: usize = 16 * 1024 * 1024;

/// How to render; the same for every document of a batch.
#[derive(Clone, Debug)]
pub struct Options {
    /// The output format of every document.
    pub format: Format,
    /// Resolution of PNG output, in pixels per inch.
    pub ppi: f32,
    /// PDF settings (standards, embedded source, signature fields).
    pub pdf: PdfSettings,
    /// A document with warnings fails.
    pub deny_warnings: bool,
    /// A user template directory layered over the embedded templates.
    pub templates: Option<crate::typeset::world::TemplateDir>,
    /// A fonts directory whose typeface is set before the bundled one (`--fonts`).
    pub fonts: Option<std::sync::Arc<crate::typeset::fonts::FontDir>>,
    /// Write the document-system metadata here too (`.json` or `.xml`; one document only).
    pub metadata: Option<PathBuf>,
    /// Write the signature map (JSON) here too (PDF, one document only).
    pub signature_map: Option<PathBuf>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            format: Format::Pdf,
            ppi: 144.0,
            pdf: PdfSettings::default(),
            deny_warnings: false,
            templates: None,
            fonts: None,
            metadata: None,
            signature_map: None,
        }
    }
}

/// One document to render: its input file and its output target (for PNG and
/// SVG, the pattern of the page files: `out.png` → `out-1.png` …).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Task {
    /// The TOML file to read.
    pub input: PathBuf,
    /// Where to write the output (for PNG and SVG, the pattern of the page files).
    pub target: PathBuf,
}

/// A document that rendered.
#[derive(Debug)]
pub struct Rendered {
    /// Every file written, in page order.
    pub written: Vec<PathBuf>,
    /// The document's warnings (it rendered anyway).
    pub warnings: Vec<Diagnostic>,
    /// The rule set the document was laid out by, and why (one line).
    pub rule_set: String,
}

/// What happened to one task.
#[derive(Debug)]
pub struct Outcome {
    /// The task this is the outcome of.
    pub task: Task,
    /// What was written, or why the document failed.
    pub result: Result<Rendered, Error>,
    /// How long the document took, from reading to the last file written.
    pub elapsed: Duration,
}

impl Outcome {
    /// 0 if the document rendered, else the exit code of its error.
    pub fn exit_code(&self) -> u8 {
        self.result.as_ref().err().map_or(0, Error::exit_code)
    }
}

/// Reported after each finished document.
pub struct Progress<'a> {
    /// Documents finished so far, this one included.
    pub done: usize,
    /// Documents in the batch.
    pub total: usize,
    /// What happened to the document just finished.
    pub outcome: &'a Outcome,
}

/// The number of workers to use: one per core.
pub fn default_workers() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// Expands the inputs of a command line: a directory stands for the `*.toml`
/// files directly inside it (not in its subdirectories), sorted by name; a
/// file, existing or not, stands for itself. A directory without any `.toml`
/// file is an error.
pub fn expand_inputs(paths: &[PathBuf]) -> Result<Vec<PathBuf>, Error> {
    let mut files = Vec::new();
    for path in paths {
        if !path.is_dir() {
            files.push(path.clone());
            continue;
        }
        let entries = std::fs::read_dir(path).map_err(|source| Error::Io { action: "read directory", path: path.clone(), source })?;
        let mut found: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_file() && p.extension().is_some_and(|e| e.eq_ignore_ascii_case("toml")))
            // The repository's configuration is not a plan.
            .filter(|p| p.file_name().is_none_or(|n| n != REPOSITORY_CONFIG))
            .collect();
        if found.is_empty() {
            return Err(Error::Usage(crate::tr!("render-no-toml-files", dir = path.display())));
        }
        found.sort();
        files.extend(found);
    }
    Ok(files)
}

/// Where each input's output goes. With `out_dir`, every output is
/// `out_dir/<input name>.<ext>`; without, next to its input. Two inputs that
/// would write the same output are an error.
pub fn tasks(inputs: &[PathBuf], out_dir: Option<&Path>, format: Format) -> Result<Vec<Task>, Error> {
    let tasks: Vec<Task> = inputs
        .iter()
        .map(|input| {
            let target = match out_dir {
                Some(dir) => dir.join(default_output(Path::new(input.file_name().unwrap_or_default()), format)),
                None => default_output(input, format),
            };
            Task { input: input.clone(), target }
        })
        .collect();
    for (i, t) in tasks.iter().enumerate() {
        if let Some(first) = tasks[..i].iter().find(|o| o.target == t.target) {
            return Err(Error::Usage(crate::tr!(
                "render-same-target",
                first = first.input.display(),
                second = t.input.display(),
                target = t.target.display()
            )));
        }
    }
    Ok(tasks)
}

/// Renders one document and writes its files; returns what was written.
pub fn render_one(task: &Task, options: &Options) -> Result<Rendered, Error> {
    let file = task.input.display().to_string();
    let source = read_source(&task.input)?;
    let mut prepared = prepare(&file, &source)?;
    prepared.templates = options.templates.clone();
    if let Some(fonts) = &options.fonts {
        prepared.use_fonts(fonts.clone());
    }
    if options.deny_warnings && !prepared.warnings.is_empty() {
        let mut diags = prepared.warnings;
        diags.push(Diagnostic::error(&file, crate::tr!("render-deny-warnings")).with_id("deny-warnings"));
        return Err(Error::Invalid(diags));
    }
    let (files, layout) = produce_pages(&prepared, options, &task.target)?;
    if let Some(layout) = &layout {
        // The page checks of `verify`, as warnings located at their fields.
        prepared.warnings.extend(crate::verify::layout_warnings(&prepared, layout, &source));
        if options.deny_warnings && !prepared.warnings.is_empty() {
            let mut diags = prepared.warnings;
            diags.push(Diagnostic::error(&file, crate::tr!("render-deny-warnings")).with_id("deny-warnings"));
            return Err(Error::Invalid(diags));
        }
    }
    for (path, bytes) in &files {
        write_atomic(path, bytes).map_err(|source| Error::Io { action: "write", path: path.clone(), source })?;
    }
    if options.format.per_page() {
        let pages = files.iter().filter(|(p, _)| Some(p) != options.metadata.as_ref()).count();
        remove_stale_pages(&task.target, pages);
    }
    let rule_set = prepared.rule_set_line();
    Ok(Rendered { written: files.into_iter().map(|(p, _)| p).collect(), warnings: prepared.warnings, rule_set })
}

/// After a per-page render of `pages` pages, removes the page files a longer
/// earlier render left behind (`out-7.png`, `out-8.png` … when the document
/// now has 6 pages), so that the set on disk is the document. Only files of
/// exactly that pattern, numbered on from the last page, are touched.
fn remove_stale_pages(target: &Path, pages: usize) {
    let mut next = pages + 1;
    while std::fs::remove_file(page_path(target, next)).is_ok() {
        next += 1;
    }
}

/// Produces every output file of a document in memory, so that nothing is
/// written when any step fails.
pub fn produce(prepared: &Prepared, options: &Options, target: &Path) -> Result<Vec<(PathBuf, Vec<u8>)>, Error> {
    produce_pages(prepared, options, target).map(|(files, _)| files)
}

/// Every output file of a document, and its laid-out pages, measured (none
/// for Typst source and Word, which typst does not lay out). A PDF takes the
/// one route of [`super::pdf::render_pdf_output`], whatever the options.
pub fn produce_pages(prepared: &Prepared, options: &Options, target: &Path) -> Result<(Vec<(PathBuf, Vec<u8>)>, Option<Layout>), Error> {
    let pages = |pages: Vec<Vec<u8>>| pages.into_iter().enumerate().map(|(i, page)| (page_path(target, i + 1), page)).collect();
    let (mut files, layout, metadata) = match options.format {
        Format::Typ => (vec![(target.to_path_buf(), typst_source(prepared)?.into_bytes())], None, None),
        Format::Txt => (vec![(target.to_path_buf(), crate::printed::Printed::of(prepared).to_text().into_bytes())], None, None),
        Format::Pdf => {
            let out = render_pdf_output(prepared, &options.pdf)?;
            let mut files = vec![(target.to_path_buf(), out.pdf)];
            if let Some(path) = &options.signature_map {
                if out.places.is_empty() {
                    return Err(Error::Invalid(vec![Diagnostic::error(&prepared.file, crate::tr!("render-signature-map-no-block"))
                        .with_id(crate::diagnostic::ids::NO_SIGNATURE_BLOCK)
                        .with_field("signer")]));
                }
                let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                files.push((path.clone(), sign::signature_map(&name, &out.places, &out.layout).into_bytes()));
            }
            (files, Some(out.layout), Some(out.metadata))
        }
        Format::Docx => (vec![(target.to_path_buf(), super::render_docx(prepared, options.pdf.timestamp)?)], None, None),
        Format::Png | Format::Svg => {
            let doc = typeset(prepared)?;
            let files = match options.format {
                Format::Png => pages(crate::typeset::png(&doc, options.ppi)?),
                _ => pages(crate::typeset::svg(&doc).into_iter().map(String::into_bytes).collect()),
            };
            let metadata = DocumentMetadata::new(prepared, doc.pages().len());
            (files, Some(crate::inspect::inspect(&doc)), Some(metadata))
        }
    };
    if let (Some(path), Some(meta)) = (&options.metadata, metadata) {
        let text = if metadata::is_xml_path(path) { meta.to_xml() } else { meta.to_json() };
        files.push((path.clone(), text.into_bytes()));
    }
    Ok((files, layout))
}

/// Renders every task with `workers` plain threads (at most one per task)
/// pulling from a shared queue. `progress` is called on the calling thread
/// after each document, in the order they finish. The outcomes are returned
/// in the order of `tasks`.
pub fn render_all(tasks: Vec<Task>, options: &Options, workers: usize, mut progress: impl FnMut(Progress<'_>)) -> Vec<Outcome> {
    let total = tasks.len();
    let next = AtomicUsize::new(0);
    let (send, receive) = mpsc::channel::<(usize, Outcome)>();
    let mut outcomes: Vec<Option<Outcome>> = (0..total).map(|_| None).collect();
    // Each worker takes the next task of the queue until it is empty.
    let work = |send: mpsc::Sender<(usize, Outcome)>| loop {
        let i = next.fetch_add(1, Ordering::Relaxed);
        let Some(task) = tasks.get(i) else { break };
        if send.send((i, render_guarded(task, options))).is_err() {
            break;
        }
    };
    std::thread::scope(|scope| {
        let mut started = 0;
        for n in 0..workers.clamp(1, total.max(1)) {
            let send = send.clone();
            let thread = std::thread::Builder::new().name(format!("kehoach-render-{n}")).stack_size(WORKER_STACK);
            started += usize::from(thread.spawn_scoped(scope, || work(send)).is_ok());
        }
        if started == 0 {
            // Not even one thread could start: render on this one.
            work(send.clone());
        }
        drop(send);
        for (done, (i, outcome)) in receive.iter().enumerate() {
            progress(Progress { done: done + 1, total, outcome: &outcome });
            outcomes[i] = Some(outcome);
        }
    });
    outcomes.into_iter().flatten().collect()
}

/// Renders one task, turning a panic into an internal error of that document,
/// then evicts typst's memo cache.
fn render_guarded(task: &Task, options: &Options) -> Outcome {
    let start = Instant::now();
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| render_one(task, options))).unwrap_or_else(|panic| {
        let message = panic
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| crate::tr!("render-unknown-panic"));
        Err(Error::Panicked { input: task.input.clone(), message })
    });
    typst::comemo::evict(EVICT_MAX_AGE);
    Outcome { task: task.clone(), result, elapsed: start.elapsed() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outputs_go_next_to_inputs_or_into_the_directory() {
        let inputs = [PathBuf::from("a/x.toml"), PathBuf::from("b/y.toml")];
        let t = tasks(&inputs, None, Format::Pdf).unwrap();
        assert_eq!(t[1].target, PathBuf::from("b/y.pdf"));
        let t = tasks(&inputs, Some(Path::new("out")), Format::Svg).unwrap();
        assert_eq!(t[0].target, PathBuf::from("out/x.svg"));
        let clash = [PathBuf::from("a/x.toml"), PathBuf::from("b/x.toml")];
        let e = tasks(&clash, Some(Path::new("out")), Format::Pdf).unwrap_err();
        assert!(e.to_string().contains("would both be written to out/x.pdf"), "{e}");
    }

    #[test]
    fn every_task_has_one_outcome_in_order() {
        let tasks: Vec<Task> = (0..7)
            .map(|i| Task { input: PathBuf::from(format!("/nonexistent/kehoach-{i}.toml")), target: PathBuf::from("/nonexistent/x.pdf") })
            .collect();
        let mut seen = Vec::new();
        let outcomes = render_all(tasks.clone(), &Options::default(), 3, |p| seen.push((p.done, p.total)));
        assert_eq!(outcomes.iter().map(|o| o.task.clone()).collect::<Vec<_>>(), tasks);
        assert!(outcomes.iter().all(|o| o.exit_code() == 2));
        assert_eq!(seen, (1..=7).map(|d| (d, 7)).collect::<Vec<_>>());
        assert!(render_all(Vec::new(), &Options::default(), 4, |_| panic!("no progress")).is_empty());
    }
}
