//! Located diagnostics: what is wrong, where (file, line, column, field
//! path), a snippet with a caret, and the fix when we know it.
//!
//! The library builds [`Diagnostic`]s; only the binary prints them.

use std::fmt;
use std::ops::Range;

use serde::Serialize;

/// How bad a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The document cannot be rendered.
    Error,
    /// The document renders, but something is probably wrong.
    Warning,
}

/// One problem in one input file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The stable kebab-case id of this kind of problem ("mixed-tone-marks"),
    /// or the id of the page rule that failed ("P-HDR-6"); a warning's id is
    /// what `[check] allow` names to silence it. See [`crate::check::ids`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The input file as the user named it.
    pub file: String,
    /// 1-based line and column (in characters), when the place is known.
    pub line: Option<usize>,
    /// 1-based column, in characters.
    pub column: Option<usize>,
    /// The field path, e.g. `content.sectors[2].items[0]`.
    pub field: Option<String>,
    /// What is wrong, in one sentence.
    pub message: String,
    /// How to fix it, when we know.
    pub hint: Option<String>,
    /// The source line and the caret under the problem.
    #[serde(skip)]
    pub snippet: Option<(String, usize, usize)>,
}

/// A problem found by a stage that knows its field path but not its place in
/// the file (building the context); the checker locates it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldProblem {
    /// Dotted path into the TOML (`content.sectors[2].items[0]`).
    pub path: String,
    /// What is wrong and how to fix it.
    pub message: String,
    /// Byte offset inside the string value, when known.
    pub offset: Option<usize>,
    /// The stable id of the problem, when it has one (see [`crate::check::ids`]).
    pub id: Option<&'static str>,
}

impl Diagnostic {
    /// An error about a file as a whole.
    pub fn error(file: &str, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            id: None,
            file: file.to_owned(),
            line: None,
            column: None,
            field: None,
            message: message.into(),
            hint: None,
            snippet: None,
        }
    }

    /// A warning about a file as a whole.
    pub fn warning(file: &str, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(file, message) }
    }

    /// Attaches the stable id of this kind of problem.
    pub fn with_id(mut self, id: impl Into<String>) -> Self {
        self.id = Some(id.into());
        self
    }

    /// Attaches the field path.
    pub fn with_field(mut self, field: impl Into<String>) -> Self {
        let f = field.into();
        self.field = if f.is_empty() || f == "." { None } else { Some(f) };
        self
    }

    /// Attaches a hint.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Locates the diagnostic at a byte range of the source.
    pub fn at(mut self, source: &str, span: Range<usize>) -> Self {
        let start = span.start.min(source.len());
        let start = floor_char_boundary(source, start);
        let line_start = source[..start].rfind('\n').map(|i| i + 1).unwrap_or(0);
        let line_end = source[start..].find('\n').map(|i| start + i).unwrap_or(source.len());
        let line_no = source[..start].matches('\n').count() + 1;
        let column = source[line_start..start].chars().count() + 1;
        let text = source[line_start..line_end].trim_end_matches('\r');
        let end = floor_char_boundary(source, span.end.clamp(start, line_end));
        let width = source[start..end].chars().count().max(1);
        self.line = Some(line_no);
        self.column = Some(column);
        self.snippet = Some(clip(text, column, width));
        self
    }

    /// Whether this is an error (not a warning).
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Longest source line a snippet shows whole. A longer line is cut to a
/// window around the problem, marked "…", so that output stays readable and a
/// flood of diagnostics on a megabyte-long line cannot exhaust memory.
const SNIPPET_CHARS: usize = 200;

/// The snippet of a line: (text, 1-based column of the caret in it, width).
fn clip(line: &str, column: usize, width: usize) -> (String, usize, usize) {
    let count = line.chars().count();
    if count <= SNIPPET_CHARS {
        return (line.to_owned(), column, width);
    }
    let width = width.min(SNIPPET_CHARS / 2);
    let skipped = column.saturating_sub(1 + SNIPPET_CHARS / 4);
    let shown = SNIPPET_CHARS / 2 + width;
    let mut text: String = line.chars().skip(skipped).take(shown).collect();
    let mut caret = column - skipped;
    if skipped > 0 {
        text.insert(0, '…');
        caret += 1;
    }
    if skipped + shown < count {
        text.push('…');
    }
    (text, caret, width)
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => crate::tr!("label-error"),
            Severity::Warning => crate::tr!("label-warning"),
        };
        // A warning names its id: the name `[check] allow` takes to silence it.
        match (&self.id, self.severity) {
            (Some(id), Severity::Warning) => writeln!(f, "{level}[{id}]: {}", self.message)?,
            _ => writeln!(f, "{level}: {}", self.message)?,
        }
        match (self.line, self.column) {
            (Some(l), Some(c)) => writeln!(f, "  --> {}:{l}:{c}", self.file)?,
            _ => writeln!(f, "  --> {}", self.file)?,
        }
        if let (Some((text, column, width)), Some(line)) = (&self.snippet, self.line) {
            let gutter = line.to_string().len();
            writeln!(f, "{:gutter$} |", "")?;
            writeln!(f, "{line} | {text}")?;
            let pad: String = text.chars().take(column - 1).map(|c| if c == '\t' { '\t' } else { ' ' }).collect();
            writeln!(f, "{:gutter$} | {pad}{}", "", "^".repeat(*width))?;
        }
        if let Some(field) = &self.field {
            writeln!(f, "   = {}: {field}", crate::tr!("label-field"))?;
        }
        if let Some(hint) = &self.hint {
            writeln!(f, "   = {}: {hint}", crate::tr!("label-hint"))?;
        }
        Ok(())
    }
}

/// "unknown field `recipient`, expected one of `a`, `b`" → "did you mean `recipients`?"
/// (the message as serde writes it, before `load::messages` says it in the
/// user's language).
pub(crate) fn unknown_field_hint(message: &str) -> Option<String> {
    let rest = message.strip_prefix("unknown field `")?;
    let (field, rest) = rest.split_once('`')?;
    let expected: Vec<&str> = rest.split('`').skip(1).step_by(2).collect();
    match closest(field, expected.iter().copied()) {
        Some(c) => Some(crate::tr!("did-you-mean", name = c)),
        None if !expected.is_empty() => Some(crate::tr!("fields-allowed", fields = expected.join(", "))),
        None => None,
    }
}

/// The candidate nearest to `word` by edit distance, if reasonably near.
pub(crate) fn closest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let word_lower = word.to_lowercase();
    candidates
        .map(|c| (strsim::levenshtein(&word_lower, &c.to_lowercase()), c))
        .filter(|(d, c)| *d <= (c.chars().count().max(3) / 3).max(2))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}


/// The ids of the errors that any stage may raise about the file itself
/// (kebab-case; an error cannot be allowed, its id names the kind of problem
/// for annotations and SARIF). The ids of the checks' own diagnostics, the
/// ones `[check] allow` names, are defined beside each check and listed by
/// `check::ids`.
pub mod ids {
    /// TOML that does not parse.
    pub const TOML_SYNTAX: &str = "toml-syntax";
    /// A field the document's schema does not have.
    pub const UNKNOWN_FIELD: &str = "unknown-field";
    /// A field the document must have and does not.
    pub const MISSING_FIELD: &str = "missing-field";
    /// A value of the wrong type: a number for a string ….
    pub const WRONG_TYPE: &str = "wrong-type";
    /// A value of the right type that is not allowed.
    pub const INVALID_VALUE: &str = "invalid-value";
    /// A user template directory (`--templates`) that fails.
    pub const TEMPLATE_DIRECTORY: &str = "template-directory";
    /// Signature fields or a map asked of a document without a signature block.
    pub const NO_SIGNATURE_BLOCK: &str = "no-signature-block";
    /// Inline markup that does not parse (an unclosed `[b]`, a bad `[date]`).
    pub const INVALID_MARKUP: &str = "invalid-markup";
    /// Every limit exceeded (size, values, text, nesting, pages): an error
    /// (`check::limits`; the TOML parser's nesting error is one).
    pub const SIZE_LIMIT: &str = "size-limit";
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_are_cut_around_the_problem() {
        let src = format!("a = [{}\"x\"{}]\n", "1, ".repeat(10_000), ", 2".repeat(10_000));
        let start = src.find('"').unwrap();
        let d = Diagnostic::error("f.toml", "here").at(&src, start..start + 3);
        assert_eq!((d.line, d.column), (Some(1), Some(start + 1)));
        let (text, caret, width) = d.snippet.clone().unwrap();
        assert!(text.chars().count() <= SNIPPET_CHARS + 2 && text.starts_with('…') && text.ends_with('…'), "{text}");
        assert_eq!(text.chars().skip(caret - 1).take(width).collect::<String>(), "\"x\"");
        let short = Diagnostic::error("f.toml", "here").at("a = \"x\"\n", 4..7);
        assert_eq!(short.snippet, Some(("a = \"x\"".to_owned(), 5, 3)));
    }

    #[test]
    fn location_is_line_and_character_column() {
        let src = "a = 1\nđịa = \"x\"\n";
        let start = src.find("\"x\"").unwrap();
        let d = Diagnostic::error("p.toml", "bad").at(src, start..start + 3).with_field("địa");
        assert_eq!((d.line, d.column), (Some(2), Some(7)));
        let shown = d.to_string();
        assert!(shown.contains("--> p.toml:2:7"), "{shown}");
        assert!(shown.contains("2 | địa = \"x\""), "{shown}");
        assert!(shown.contains("|       ^^^"), "{shown}");
        assert!(shown.contains("= field: địa"), "{shown}");
    }

    #[test]
    fn unknown_field_gets_a_suggestion() {
        let hint = unknown_field_hint("unknown field `recipient`, expected one of `signer`, `recipients`").unwrap();
        assert_eq!(hint, "did you mean `recipients`?");
    }

    #[test]
    fn closest_is_bounded() {
        assert_eq!(closest("ke-hoac", ["ke-hoach"].into_iter()), Some("ke-hoach"));
        assert_eq!(closest("bao-cao-tong-ket", ["ke-hoach"].into_iter()), None);
    }
}
