//! Runs the Vietnamese text checks of [`crate::vietnamese::damage`] over every string value
//! of a TOML file, each finding located at its exact line and column, and
//! warns when one document mixes the two tone-mark styles ("uỷ" and "ủy").

use std::ops::Range;

use crate::diagnostic::Diagnostic;
use crate::load::tree::Tree;
use crate::memo::StrMemo;
use crate::vietnamese::damage::{self, Level};
use crate::vietnamese::tone_marks::{self, ToneStyle};

/// Id of the diagnostic (see [`crate::check::ids`]): both tone-mark styles ("uỷ/hoà" and "ủy/hòa") in one document.
pub const MIXED_TONE_MARKS: &str = "mixed-tone-marks";

/// The source range of byte `offset..offset+len` of a string value, when the
/// value is written without escapes (so the source shows it byte for byte);
/// otherwise the whole value.
fn inner_span(source: &str, span: &Range<usize>, value: &str, offset: usize, len: usize) -> Range<usize> {
    let raw = source.get(span.clone()).unwrap_or("");
    for quote in ["\"\"\"", "'''", "\"", "'"] {
        if let Some(inner) = raw.strip_prefix(quote).and_then(|r| r.strip_suffix(quote)) {
            if inner == value {
                let start = span.start + quote.len() + offset;
                return start..start + len;
            }
        }
    }
    span.clone()
}

/// What the text checks found in one file.
#[derive(Debug, Default)]
pub struct TextFindings {
    /// Text damage in single strings: errors and warnings, located.
    pub diagnostics: Vec<Diagnostic>,
    /// The warning that the document mixes the two tone-mark styles; the
    /// pipeline reports it only when the profile keeps the spelling as typed.
    pub mixed_tone_marks: Option<Diagnostic>,
}

/// Checks every string.
pub fn check(file: &str, source: &str, tree: &Tree<'_>) -> TextFindings {
    let mut out = Vec::new();
    let mut styles: Vec<(ToneStyle, String, Range<usize>, String)> = Vec::new();
    static FINDINGS: StrMemo<Vec<damage::Finding>> = StrMemo::new();
    static STYLES: StrMemo<Vec<(usize, ToneStyle)>> = StrMemo::new();
    for (path, value, span) in tree.strings() {
        for f in FINDINGS.get(value, || damage::check_text(value)) {
            let at = inner_span(source, &span, value, f.offset, f.len);
            let d = match f.level {
                Level::Error => Diagnostic::error(file, f.message),
                Level::Warning => Diagnostic::warning(file, f.message),
            }
            .with_id(f.id);
            let d = d.at(source, at).with_field(path);
            out.push(match f.hint {
                Some(h) => d.with_hint(h),
                None => d,
            });
        }
        for (offset, style) in STYLES.get(value, || tone_marks::tone_styles(value)) {
            let word: String = value[offset..].chars().take_while(|c| c.is_alphabetic()).collect();
            let at = inner_span(source, &span, value, offset, word.len());
            styles.push((style, path.to_owned(), at, word));
        }
    }
    styles.sort_by_key(|s| s.2.start);
    TextFindings { diagnostics: out, mixed_tone_marks: mixed_styles(file, source, &styles) }
}

fn words(n: usize) -> String {
    if n == 1 { crate::tr!("one-word") } else { crate::tr!("words", count = n) }
}

/// One warning when both tone-mark styles occur, pointing at the first word
/// of the less used style and naming an example of the other.
fn mixed_styles(file: &str, source: &str, styles: &[(ToneStyle, String, Range<usize>, String)]) -> Option<Diagnostic> {
    let old = styles.iter().filter(|s| s.0 == ToneStyle::Old).count();
    let new = styles.len() - old;
    if old == 0 || new == 0 {
        return None;
    }
    let minority = if old < new { ToneStyle::Old } else { ToneStyle::New };
    let (_, path, span, word) = styles.iter().find(|s| s.0 == minority)?;
    let (_, _, other_span, other) = styles.iter().find(|s| s.0 != minority)?;
    let other_line = source[..other_span.start.min(source.len())].matches('\n').count() + 1;
    let (name, other_name, setting) = match minority {
        ToneStyle::Old => (crate::tr!("tone-style-old"), crate::tr!("tone-style-new"), "new"),
        ToneStyle::New => (crate::tr!("tone-style-new"), crate::tr!("tone-style-old"), "old"),
    };
    Some(
        Diagnostic::warning(
            file,
            crate::tr!(
                "mixed-tone-marks",
                word = word,
                style = name,
                count = words(old.min(new)),
                other = other,
                line = other_line,
                other_style = other_name,
                other_count = words(old.max(new))
            ),
        )
        .with_id(MIXED_TONE_MARKS)
        .at(source, span.clone())
        .with_field(path)
        .with_hint(crate::tr!("hint-mixed-tone-marks", setting = setting)),
    )
}
