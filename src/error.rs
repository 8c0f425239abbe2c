//! The one error type of the library, by who can fix it.

use crate::diagnostic::Diagnostic;

/// Everything that can go wrong, by who can fix it.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The input is wrong: the user fixes the data (exit code 1).
    #[error("{}", render_all(.0))]
    Invalid(Vec<Diagnostic>),
    /// A file could not be read or written (exit code 2).
    #[error("{0}")]
    Io(String),
    /// A bug in kehoach's own templates (exit code 3).
    #[error("internal error (please report it): {0}")]
    Internal(String),
}

impl Error {
    /// The process exit code for this error.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Invalid(_) => 1,
            Error::Io(_) => 2,
            Error::Internal(_) => 3,
        }
    }
}

fn render_all(diags: &[Diagnostic]) -> String {
    diags.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n")
}
