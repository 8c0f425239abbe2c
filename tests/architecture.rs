//! The stages of ARCHITECTURE.md import only the stages above them: each
//! stage's folder or file is read, and every `crate::<module>` it names in
//! code (comments and doc links aside) must be an earlier stage, itself, or a
//! shared foundation. A move that brings a cycle back fails here with the
//! file and the line. The drivers — `pipeline.rs` (whose entry points the
//! crate root re-exports: `crate::prepare`, `crate::render_pdf` …),
//! `batch.rs`, `mcp/` (the MCP server), `lib.rs` and the command line — call every stage and are not
//! checked; only the outputs after layout may call the pipeline back (a
//! `verify doc.pdf` renders the embedded source again).

use std::fs;
use std::path::{Path, PathBuf};

/// The stages in their order, each with the modules (`crate::…`) it is.
const STAGES: &[&[&str]] = &[
    &["load"],
    &["profile"],
    &["check"],
    &["context"],
    &["typeset"],
    &["output", "pipeline"],
    &["inspect", "verify"],
    &["sign", "metadata", "embed", "docx"],
];

/// Modules any stage may use.
const FOUNDATIONS: &[&str] =
    &["model", "vietnamese", "diagnostic", "assets", "memo", "error", "sandbox", "pdf_file", "Error", "Prepared"];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Whether `src/` has a module of that name (a file or a folder).
fn is_module(module: &str) -> bool {
    src().join(format!("{module}.rs")).exists() || src().join(module).is_dir()
}

fn files_of(module: &str) -> Vec<PathBuf> {
    let root = src();
    let file = root.join(format!("{module}.rs"));
    if file.exists() {
        return vec![file];
    }
    let mut out = Vec::new();
    let mut dirs = vec![root.join(module)];
    while let Some(dir) = dirs.pop() {
        for entry in fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    out
}

/// The modules a line of code names as `crate::name` (not in a comment).
fn crate_paths(line: &str) -> Vec<String> {
    let code = line.split("//").next().unwrap_or("");
    code.match_indices("crate::")
        .map(|(i, _)| code[i + 7..].chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect())
        .collect()
}

#[test]
fn every_stage_imports_only_the_stages_above_it() {
    let mut problems = Vec::new();
    for (rank, modules) in STAGES.iter().enumerate() {
        for module in modules.iter().filter(|m| **m != "pipeline") {
            for file in files_of(module) {
                let text = fs::read_to_string(&file).unwrap();
                for (n, line) in text.lines().enumerate() {
                    for used in crate_paths(line) {
                        if FOUNDATIONS.contains(&used.as_str()) {
                            continue;
                        }
                        // `crate::{…}` groups name their modules on the next lines.
                        if used.is_empty() {
                            continue;
                        }
                        // A name at the crate's root is the pipeline's, re-exported.
                        let stage = if used.starts_with(char::is_lowercase) && is_module(&used) { used.clone() } else { "pipeline".to_owned() };
                        match STAGES.iter().position(|s| s.contains(&stage.as_str())) {
                            Some(r) if r > rank => problems.push(format!(
                                "{}:{}: stage `{module}` uses the later stage `{stage}` (`crate::{used}`)",
                                file.display(),
                                n + 1
                            )),
                            Some(_) => {}
                            None => problems.push(format!("{}:{}: `crate::{used}` is neither a stage nor a foundation: add it to this test's table", file.display(), n + 1)),
                        }
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_check_finds_a_later_stage() {
    assert_eq!(crate_paths("use crate::verify::blocks::{self, Who}; // crate::sign"), ["verify"]);
    assert_eq!(crate_paths("/// see [`crate::sign`]"), Vec::<String>::new());
}
