//! Fuzz target: arbitrary bytes → UTF-8 → TOML → limits → validation →
//! template → typst layout. Any panic, stack overflow, hang (libFuzzer
//! `-timeout`) or memory blow-up (`-rss_limit_mb`) is a bug; so is an
//! `Error::Internal`, which means the generated Typst source did not compile
//! (user data reached Typst as something other than a string literal, or a
//! validated value broke the layout library), and so is a page of another
//! size than the profile's.
#![no_main]

use libfuzzer_sys::fuzz_target;

/// Inputs larger than this are parsed and validated but not typeset, to keep
/// iterations fast; the test suite covers large documents (tests/limits.rs).
const TYPESET_MAX_BYTES: usize = 32 * 1024;

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
            assert!(layout.pages.len() <= kehoach::check::limits::MAX_PAGES, "the page limit holds");
            let (w, h) = (prepared.profile.page.width_mm, prepared.profile.page.height_mm);
            for page in &layout.pages {
                let is = |a: f64, b: f64| (page.width - a).abs() < 0.5 && (page.height - b).abs() < 0.5;
                assert!(is(w, h) || is(h, w), "page {page:?} is not the profile's {w} × {h} mm");
            }
        }
        Err(kehoach::Error::Internal(e)) => panic!("generated Typst did not compile: {e}"),
        Err(_) => {}
    }
    // Free typst's process-global memoisation cache, as batch rendering does
    // (src/render/batch.rs); without it memory grows with every input.
    typst::comemo::evict(10);
});
