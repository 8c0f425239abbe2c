//! Fuzz target: arbitrary bytes → UTF-8 → TOML → validation → template →
//! typst layout. Any panic, stack overflow, hang (libFuzzer `-timeout`) or
//! memory blow-up (`-rss_limit_mb`) is a bug; so is an `Error::Internal`,
//! which means the generated Typst source did not compile (user data reached
//! Typst as something other than a string literal, or a validated value broke
//! the layout library).
#![no_main]

use libfuzzer_sys::fuzz_target;

/// Inputs larger than this are parsed and validated but not typeset, to keep
/// iterations fast; the test suite covers large documents.
const TYPESET_MAX_BYTES: usize = 16 * 1024;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else { return };
    let prepared = match kehoach::prepare("fuzz.toml", source) {
        Ok(p) => p,
        Err(kehoach::Error::Internal(e)) => panic!("internal error while preparing: {e}"),
        Err(_) => return,
    };
    if source.len() > TYPESET_MAX_BYTES {
        return;
    }
    match kehoach::typeset(&prepared) {
        Ok(doc) => {
            let layout = kehoach::inspect::inspect(&doc);
            assert!(!layout.pages.is_empty(), "a document has at least one page");
            for page in &layout.pages {
                assert!((page.width - 210.0).abs() < 0.5 && (page.height - 297.0).abs() < 0.5, "page is not A4: {page:?}");
            }
        }
        Err(kehoach::Error::Internal(e)) => panic!("generated Typst did not compile: {e}"),
        Err(_) => {}
    }
});
