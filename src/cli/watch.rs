//! `kehoach watch`: renders a document, then again each time it is saved.
//!
//! The file is polled every 200 ms (no file-system notification crate: one
//! small file, and polling also follows editors that save by writing a new
//! file and renaming it over the old one). A change is rendered once the
//! file has stayed the same for 300 ms, so a save in several writes renders
//! once. Errors are printed and watching goes on; since every output is
//! written atomically, the last good output stays in place for a viewer.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::thread::sleep;
use std::time::{Duration, Instant};

use kehoach::batch::{self, Progress};

use super::render::{failed, usage, RenderOptions, Reporter};

/// Arguments of `kehoach watch`.
#[derive(clap::Args)]
pub struct Args {
    /// The TOML file to watch.
    pub file: PathBuf,
    #[command(flatten)]
    pub options: RenderOptions,
}

/// How often the file is looked at.
const POLL: Duration = Duration::from_millis(200);
/// How long a change must rest before it is rendered.
const DEBOUNCE: Duration = Duration::from_millis(300);
/// A file that never stops changing is rendered after this long anyway.
const MAX_WAIT: Duration = Duration::from_secs(3);

/// Runs `kehoach watch` until interrupted.
pub fn run(args: Args) -> ExitCode {
    if args.file.is_dir() {
        return usage(&kehoach::tr!("cli-watch-directory", file = args.file.display()));
    }
    let options = match args.options.resolve() {
        Ok(o) => o,
        Err(e) => return usage(&e),
    };
    let tasks = match args.options.tasks(std::slice::from_ref(&args.file), options.format) {
        Ok(t) => t,
        Err(e) => return failed(&e),
    };
    let mut reporter = Reporter { is_batch: false, tty: false, bar_shown: false };
    let mut rendered: Option<Option<Vec<u8>>> = None;
    loop {
        let content = next_version(&args.file, rendered.as_ref());
        let start = Instant::now();
        for outcome in batch::render_all(tasks.clone(), &options, 1, |_| ()) {
            reporter.done(&Progress { done: 1, total: 1, outcome: &outcome });
            let (seconds, file) = (format!("{:.2}", start.elapsed().as_secs_f64()), args.file.display());
            let line = match outcome.result.is_ok() {
                true => kehoach::tr!("cli-watch-rendered", seconds = seconds, file = file),
                false => kehoach::tr!("cli-watch-failed", seconds = seconds, file = file),
            };
            eprintln!("{line}");
        }
        rendered = Some(content);
    }
}

/// Waits until the file's content differs from `last` (what was rendered last
/// time; `None` before the first render, which happens at once) and has
/// rested for [`DEBOUNCE`]; returns that content (`None`: unreadable).
fn next_version(path: &Path, last: Option<&Option<Vec<u8>>>) -> Option<Vec<u8>> {
    let Some(last) = last else { return std::fs::read(path).ok() };
    loop {
        let mut current = std::fs::read(path).ok();
        if current.is_some() && current != *last {
            let first_seen = Instant::now();
            let mut stable_since = Instant::now();
            while stable_since.elapsed() < DEBOUNCE && first_seen.elapsed() < MAX_WAIT {
                sleep(POLL / 2);
                let now = std::fs::read(path).ok();
                if now != current {
                    current = now;
                    stable_since = Instant::now();
                }
            }
            if current.is_some() && current != *last {
                return current;
            }
        }
        sleep(POLL);
    }
}
