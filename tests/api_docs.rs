//! The public API's example in ARCHITECTURE.md is the crate docs' doctest
//! (which `cargo test` compiles and runs), so the two cannot drift apart.

use std::fs;
use std::path::Path;

/// The lines of the first fenced block that follows `marker`, with `prefix`
/// stripped from each line, hidden doctest lines (`# …`) left out.
fn fenced_block(text: &str, marker: &str, prefix: &str) -> Vec<String> {
    let from = text.find(marker).unwrap_or_else(|| panic!("`{marker}` not found"));
    let mut lines = text[from..].lines().map(|l| l.strip_prefix(prefix).or_else(|| l.strip_prefix(prefix.trim_end())).unwrap_or(l).trim_end());
    lines.by_ref().find(|l| l.starts_with("```")).expect("an opening fence");
    lines.take_while(|l| !l.starts_with("```")).filter(|l| !l.starts_with("# ")).map(str::to_owned).collect()
}

#[test]
fn the_architecture_example_is_the_crate_doctest() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let architecture = fs::read_to_string(root.join("ARCHITECTURE.md")).unwrap();
    let lib = fs::read_to_string(root.join("src/lib.rs")).unwrap();
    let in_architecture = fenced_block(&architecture, "## Public API", "");
    let in_lib = fenced_block(&lib, "## Using the library", "//! ");
    assert!(in_lib.iter().any(|l| l.contains("kehoach::prepare(")), "{in_lib:#?}");
    assert_eq!(in_architecture, in_lib);
}
