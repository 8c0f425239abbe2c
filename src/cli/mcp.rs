//! `kehoach mcp`: serves the Model Context Protocol on stdin and stdout for
//! a drafting assistant (see [`kehoach::mcp`]); logs go to stderr.

use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `kehoach mcp`.
#[derive(clap::Args)]
pub struct Args {
    /// The only directory the server reads and writes: every path a tool
    /// names is relative to it; absolute paths, `..` and links out are refused.
    #[arg(long, value_name = "DIR")]
    pub root: PathBuf,
}

/// Runs `kehoach mcp` until the client closes stdin: exit 0, or 2 when the
/// root cannot be used or stdio fails.
pub fn run(args: Args) -> ExitCode {
    let root = match kehoach::mcp::Root::open(&args.root) {
        Ok(root) => root,
        Err(e) => return super::render::usage(&e),
    };
    // Names inside documents (a signer's images) are relative to the root.
    if let Err(e) = std::env::set_current_dir(root.dir()) {
        return super::render::usage(&kehoach::mcp::messages::root_unusable_io(&args.root.display().to_string(), &e));
    }
    eprintln!("{}", kehoach::tr!("cli-mcp-root", dir = root.dir().display()));
    match kehoach::mcp::serve(std::io::stdin().lock(), std::io::stdout().lock(), root) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("kehoach mcp: {}", kehoach::Error::io_reason(&e));
            ExitCode::from(2)
        }
    }
}
