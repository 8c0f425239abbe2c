//! Limits on what one document may ask of the machine.
//!
//! Input is untrusted: a file may be huge, deeply nested, or written to make
//! layout run for ever. Every limit below turns such a file into one clear,
//! located error (exit code 1) instead of a hang, a stack overflow or an
//! out-of-memory kill. They are far above anything a real Party document
//! needs (a long plan is 20 pages, a few hundred values, 60 KB of text).
//!
//! | limit | value | checked |
//! |---|---|---|
//! | [`MAX_INPUT_BYTES`] | 4 MiB | before parsing |
//! | TOML nesting ([`MAX_TOML_DEPTH`]) | 80 levels | by the TOML parser |
//! | [`MAX_VALUES`] | 20 000 values | after parsing, before validation |
//! | [`MAX_STRING_BYTES`] | 64 KiB per string | after parsing |
//! | [`MAX_TEXT_BYTES`] | 1 MiB of text in all | after parsing |
//! | [`MAX_SECTION_DEPTH`] | 8 nested `sections` | after parsing |
//! | [`MAX_PAGES`] | 500 pages | estimated before layout (refused above 4×), counted after |
//! | [`MAX_DIAGNOSTICS`] | 100 located problems | while validating |
//!
//! The value, string and text limits bound the work of layout (about
//! 2 seconds for the largest document they allow in the default profile);
//! the page estimate catches what they cannot, such as a `[layout]` override
//! with a 1000 pt font that would make every word a page.

use std::ops::Range;

use toml::de::DeValue;

use crate::diagnostic::Diagnostic;
use crate::load::tree::Tree;
use crate::profile::Profile;

/// Largest input file, in bytes.
pub const MAX_INPUT_BYTES: usize = 4 * 1024 * 1024;

/// Deepest nesting of arrays and tables (inline or by dotted keys). Enforced
/// by the `toml` parser itself ("cannot recurse further; max recursion depth
/// met", "recursion limit"), without recursion on the call stack.
pub const MAX_TOML_DEPTH: usize = 80;

/// Most values (strings, numbers, dates, booleans, tables, arrays) in one file.
pub const MAX_VALUES: usize = 20_000;

/// Longest single string, in bytes (UTF-8): about 16 pages of one paragraph.
pub const MAX_STRING_BYTES: usize = 64 * 1024;

/// Most text in all strings together, in bytes: about 270 pages.
pub const MAX_TEXT_BYTES: usize = 1024 * 1024;

/// Deepest nesting of `sections` inside `sections` (levels below the fourth
/// are printed as unnumbered dash headings; eight is already more than the
/// Party form knows).
pub const MAX_SECTION_DEPTH: usize = 8;

/// Most pages of a rendered document.
pub const MAX_PAGES: usize = 500;

/// Most problems located and reported for one file; the rest are counted.
pub const MAX_DIAGNOSTICS: usize = 100;

/// The id of every limit exceeded (size, values, text, nesting, pages): an error.
pub use crate::diagnostic::ids::SIZE_LIMIT;

/// The input-size check, before anything is parsed.
pub(crate) fn input_size(file: &str, len: usize) -> Result<(), Diagnostic> {
    if len <= MAX_INPUT_BYTES {
        return Ok(());
    }
    Err(Diagnostic::error(file, crate::tr!("limit-file-bytes", len = len, limit = MAX_INPUT_BYTES))
        .with_hint(crate::tr!("hint-limit-file-bytes"))
        .with_id(SIZE_LIMIT))
}

/// Rewords the TOML parser's nesting errors ("cannot recurse further; max
/// recursion depth met", "recursion limit"; `load` gives them the id of a
/// limit, its words in any language) as the limit they are.
pub(crate) fn explain_depth(mut d: Diagnostic) -> Diagnostic {
    if d.id.as_deref() == Some(SIZE_LIMIT) {
        d.message = crate::tr!("limit-toml-depth", limit = MAX_TOML_DEPTH);
        d = d.with_hint(crate::tr!("hint-limit-toml-depth")).with_id(SIZE_LIMIT);
    }
    d
}

/// Checks a file's values (as the [`Tree`] walk found them, in the order of
/// the file, built with at most [`MAX_VALUES`]` + 1` values) against the
/// value, string, text and section limits; stops at the first limit exceeded.
pub(crate) fn tree(file: &str, source: &str, tree: &Tree<'_>) -> Result<(), Vec<Diagnostic>> {
    let fail = |message: String, span: Range<usize>, field: &str, hint: &str| {
        let mut d = Diagnostic::error(file, message).at(source, span).with_id(SIZE_LIMIT);
        if !field.is_empty() {
            d = d.with_field(field);
        }
        Err(vec![d.with_hint(hint)])
    };
    let values = &tree.nodes()[1..];
    if values.len() > MAX_VALUES || tree.truncated() {
        let last = &values[values.len().min(MAX_VALUES + 1) - 1];
        return fail(
            crate::tr!("limit-values", limit = MAX_VALUES),
            last.span.clone(),
            &last.path,
            &crate::tr!("hint-limit-large"),
        );
    }
    let mut text = 0usize;
    for node in values {
        if let DeValue::String(s) = node.value {
            let start = node.span.start..node.span.start + 1;
            if s.len() > MAX_STRING_BYTES {
                return fail(
                    crate::tr!("limit-string-bytes", len = s.len(), limit = MAX_STRING_BYTES),
                    start,
                    &node.path,
                    &crate::tr!("hint-limit-string-bytes"),
                );
            }
            text += s.len();
            if text > MAX_TEXT_BYTES {
                return fail(
                    crate::tr!("limit-text-bytes", limit = MAX_TEXT_BYTES),
                    start,
                    &node.path,
                    &crate::tr!("hint-limit-long"),
                );
            }
        }
    }
    match values.iter().find(|n| n.section_depth > MAX_SECTION_DEPTH) {
        Some(deep) => fail(
            crate::tr!("limit-section-depth", limit = MAX_SECTION_DEPTH),
            deep.span.clone(),
            &deep.path,
            &crate::tr!("hint-limit-section-depth"),
        ),
        None => Ok(()),
    }
}

/// The page-count check, after layout.
pub(crate) fn pages(file: &str, count: usize) -> Result<(), Diagnostic> {
    if count <= MAX_PAGES {
        return Ok(());
    }
    Err(too_many_pages(file, crate::tr!("limit-pages", count = count, limit = MAX_PAGES)))
}

fn too_many_pages(file: &str, message: String) -> Diagnostic {
    Diagnostic::error(file, message)
        .with_id(SIZE_LIMIT)
        .with_hint(crate::tr!("hint-limit-pages"))
}

/// The page-count check before layout: a document whose [`estimate_pages`]
/// passes four times [`MAX_PAGES`] is refused without laying it out, so that
/// a `[layout]` override (a 1000 pt font, a page-high paragraph spacing)
/// cannot make layout run for minutes and gigabytes before the real count is
/// known.
pub(crate) fn estimated_pages(file: &str, profile: &Profile, context: &impl serde::Serialize) -> Result<(), Diagnostic> {
    let estimate = estimate_pages(profile, context);
    if estimate <= 4 * MAX_PAGES {
        return Ok(());
    }
    Err(too_many_pages(file, crate::tr!("limit-pages-estimate", count = estimate, limit = MAX_PAGES)))
}

/// A rough, generous estimate of the pages a document lays out to: every
/// string of the template context set in the profile's largest font size,
/// at least one line each, with the body's line and paragraph spacing, in the
/// page's text area. For ordinary profiles it is within a factor of two of
/// the real count.
pub fn estimate_pages(profile: &Profile, context: &impl serde::Serialize) -> usize {
    let finite = |v: f64| if v.is_finite() { v } else { 0.0 };
    // The largest font size of the profile, wherever it is set: every key
    // ending in `size_pt` of the serialised profile.
    let mut size = finite(profile.body.size_pt).max(1.0);
    let serialised = serde_json::to_value(profile).unwrap_or_default();
    let mut stack = vec![&serialised];
    while let Some(v) = stack.pop() {
        if let serde_json::Value::Object(map) = v {
            for (key, value) in map {
                match value.as_f64() {
                    Some(s) if key.ends_with("size_pt") && s.is_finite() => size = size.max(s),
                    _ => stack.push(value),
                }
            }
        }
    }
    let body = &profile.body;
    let line = finite(body.line_spacing_pt).max(size).max(1.0);
    let paragraph = finite(body.paragraph_spacing_pt).max(0.0);
    let page = &profile.page;
    let pt = |mm: f64| finite(mm) * 72.0 / 25.4;
    let width = (pt(page.width_mm) - pt(page.margin_left_mm) - pt(page.margin_right_mm)).max(1.0);
    let height = (pt(page.height_mm) - pt(page.margin_top_mm) - pt(page.margin_bottom_mm)).max(1.0);
    // An average glyph of a serif face is about half an em wide.
    let per_line = (width / (0.5 * size)).floor().max(1.0);
    let mut total = 0.0f64;
    let context = serde_json::to_value(context).unwrap_or_default();
    let mut stack = vec![&context];
    while let Some(v) = stack.pop() {
        match v {
            serde_json::Value::String(s) if !s.is_empty() => {
                let lines = (s.chars().count() as f64 / per_line).ceil().max(1.0);
                total += lines * line + paragraph;
            }
            serde_json::Value::Array(items) => stack.extend(items),
            serde_json::Value::Object(map) => stack.extend(map.values()),
            _ => {}
        }
    }
    (total / height).ceil() as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(src: &str) -> Result<(), Vec<Diagnostic>> {
        let table = toml::de::DeTable::parse(src).expect("valid TOML");
        tree("t.toml", src, &Tree::build(&table, MAX_VALUES + 1))
    }

    #[test]
    fn ordinary_documents_pass() {
        assert!(check("a = \"x\"\n[[sections]]\ntitle = \"t\"\n[[sections.sections]]\ntext = [\"p\"]\n").is_ok());
    }

    #[test]
    fn nine_nested_sections_are_refused_at_their_path() {
        let header = (1..=9).map(|n| vec!["sections"; n].join(".")).map(|h| format!("[[{h}]]\ntitle = \"x\"\n"));
        let src: String = header.collect();
        let err = check(&src).unwrap_err();
        let field = err[0].field.clone().unwrap_or_default();
        assert_eq!(field.matches("sections").count(), 9, "{field}");
        assert!(err[0].message.contains("more than 8 levels"), "{}", err[0].message);
        let eight: String = (1..=8).map(|n| format!("[[{}]]\ntitle = \"x\"\n", vec!["sections"; n].join("."))).collect();
        assert!(check(&eight).is_ok());
    }

    #[test]
    fn long_strings_and_many_values_are_refused() {
        let long = format!("a = [\"x\", \"{}\"]", "y".repeat(MAX_STRING_BYTES + 1));
        let err = check(&long).unwrap_err();
        assert_eq!(err[0].field.as_deref(), Some("a[1]"));
        assert!(err[0].message.contains("65536"), "{}", err[0].message);
        let many = format!("a = [{}]", "1,".repeat(MAX_VALUES + 1));
        assert!(check(&many).unwrap_err()[0].message.contains("20000 values"));
        let text = format!("a = [{}]", format!("\"{}\",", "z".repeat(60_000)).repeat(20));
        assert!(check(&text).unwrap_err()[0].message.contains("1048576 bytes"));
    }

    #[test]
    fn pages_are_bounded() {
        assert!(pages("t", MAX_PAGES).is_ok());
        assert!(pages("t", MAX_PAGES + 1).unwrap_err().message.contains("501 pages"));
    }
}
