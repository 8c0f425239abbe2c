//! What can go wrong while typesetting: a template that does not render, a
//! Typst file that does not compile (each error with its place), an export
//! that fails.

use std::fmt;
use std::ops::Range;

use typst::syntax::Source;

/// A typesetting failure. Without a user template directory it is a bug in
/// kehoach; with one, the pipeline reports each located error in the user's
/// file (see [`crate::render::prepared::typeset()`]).
#[derive(Debug, thiserror::Error)]
pub enum TypesetError {
    /// A minijinja template failed to write the Typst source.
    #[error("{0}")]
    Template(TemplateError),
    /// Typst reported errors; each is one line.
    #[error("{}", lines(.0))]
    Compile(Vec<TypstError>),
    /// The pages could not be exported (the library's message).
    #[error("{0}")]
    Export(String),
}

fn lines(errors: &[TypstError]) -> String {
    errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
}

/// A minijinja template error, with the template and line when known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TemplateError {
    /// The template's name (`ke-hoach.typ.j2`).
    pub template: Option<String>,
    /// 1-based line in the template.
    pub line: Option<usize>,
    /// What minijinja says, with its causes.
    pub message: String,
}

impl From<minijinja::Error> for TemplateError {
    fn from(e: minijinja::Error) -> Self {
        TemplateError { template: e.name().map(str::to_owned), line: e.line(), message: format!("{e:#}") }
    }
}

impl fmt::Display for TemplateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// One error typst reported.
#[derive(Clone, Debug)]
pub struct TypstError {
    /// The message, with typst's hints in parentheses.
    pub message: String,
    /// The file it is in and the byte range, when typst gives a place.
    pub place: Option<(Source, Range<usize>)>,
}

impl TypstError {
    /// The virtual path of the file it is in (`/lib/party.typ`; `/main.typ`
    /// is the generated source).
    pub fn path(&self) -> Option<String> {
        self.place.as_ref().map(|(source, _)| source.id().vpath().get_with_slash().to_owned())
    }
}

impl fmt::Display for TypstError {
    /// "file:line:col: message", `file` being the virtual path without its
    /// leading slash.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some((source, range)) = &self.place {
            let lines = source.lines();
            if let (Some(line), Some(col)) = (lines.byte_to_line(range.start), lines.byte_to_column(range.start)) {
                write!(f, "{}:{}:{}: ", source.id().vpath().get_without_slash(), line + 1, col + 1)?;
            }
        }
        f.write_str(&self.message)
    }
}
