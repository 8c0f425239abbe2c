//! The one error type of the library, by who can fix it.

use std::path::PathBuf;

use crate::diagnostic::Diagnostic;
use crate::typeset::error::TypesetError;

/// Everything that can go wrong, by who can fix it.
///
/// Its `Debug` form is its `Display` form, so that `fn main() -> Result<(),
/// Box<dyn std::error::Error>>` with `?` prints the located diagnostics as
/// the command line does, not the structure holding them.
#[derive(thiserror::Error)]
pub enum Error {
    /// The input is wrong: the user fixes the data (exit code 1).
    #[error("{}", render_all(.0))]
    Invalid(Vec<Diagnostic>),
    /// A file or directory could not be read, written or created (exit code 2).
    #[error("{}", io_message(action, path, source))]
    Io {
        /// What was being done: "read", "write", "create the output directory" …
        action: &'static str,
        /// The file or directory.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The files named on the command line cannot be used as named: a
    /// directory without `.toml` files, two inputs for one output (exit code 2).
    #[error("{0}")]
    Usage(String),
    /// A bug in kehoach's own templates (exit code 3).
    #[error("{}", crate::tr!("internal-error", message = .0))]
    Internal(#[from] TypesetError),
    /// Rendering a file panicked: a bug in kehoach or typst (exit code 3).
    #[error("{}", crate::tr!("internal-panicked", file = input.display(), message = message))]
    Panicked {
        /// The input file.
        input: PathBuf,
        /// The panic's message.
        message: String,
    },
}

impl std::fmt::Debug for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self, f)
    }
}

impl Error {
    /// The process exit code for this error.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Invalid(_) => 1,
            Error::Io { .. } | Error::Usage(_) => 2,
            Error::Internal(_) | Error::Panicked { .. } => 3,
        }
    }

    /// Why an operation on a file failed, in the language of the messages: in
    /// English the system's own text ("No such file or directory (os error 2)"),
    /// in Vietnamese the error's kind (not found, permission denied, is a
    /// directory …), the system's text kept only where no kind fits.
    pub fn io_reason(e: &std::io::Error) -> String {
        Error::io_reason_in(crate::i18n::current(), e)
    }

    /// [`Error::io_reason`] in a given language.
    pub fn io_reason_in(lang: crate::i18n::Lang, e: &std::io::Error) -> String {
        use std::io::ErrorKind as K;
        if lang == crate::i18n::Lang::En {
            return e.to_string();
        }
        let id = match e.kind() {
            K::NotFound => "io-kind-not-found",
            K::PermissionDenied => "io-kind-permission-denied",
            K::AlreadyExists => "io-kind-already-exists",
            K::IsADirectory => "io-kind-is-a-directory",
            K::NotADirectory => "io-kind-not-a-directory",
            K::DirectoryNotEmpty => "io-kind-directory-not-empty",
            K::ReadOnlyFilesystem => "io-kind-read-only",
            K::StorageFull | K::QuotaExceeded => "io-kind-storage-full",
            K::FileTooLarge => "io-kind-file-too-large",
            K::ResourceBusy | K::ExecutableFileBusy => "io-kind-busy",
            K::InvalidData => "io-kind-invalid-data",
            K::InvalidFilename => "io-kind-invalid-filename",
            K::UnexpectedEof => "io-kind-unexpected-eof",
            K::Interrupted => "io-kind-interrupted",
            K::TimedOut => "io-kind-timed-out",
            K::CrossesDevices => "io-kind-crosses-devices",
            K::TooManyLinks => "io-kind-too-many-links",
            K::OutOfMemory => "io-kind-out-of-memory",
            K::Unsupported => "io-kind-unsupported",
            _ => return crate::i18n::tr_in(lang, "io-kind-other", &[("reason", e)]),
        };
        crate::i18n::tr_in(lang, id, &[])
    }
}

/// "cannot read FILE: why", in the language of the messages.
fn io_message(action: &str, path: &std::path::Path, source: &std::io::Error) -> String {
    let (path, reason) = (path.display(), Error::io_reason(source));
    match action {
        "read" => crate::tr!("io-read", path = path, reason = reason),
        "write" => crate::tr!("io-write", path = path, reason = reason),
        "read directory" => crate::tr!("io-read-dir", path = path, reason = reason),
        "create the output directory" => crate::tr!("io-create-output-dir", path = path, reason = reason),
        "open the fonts directory" => crate::tr!("io-open-fonts", path = path, reason = reason),
        "read the fonts directory" => crate::tr!("io-read-fonts", path = path, reason = reason),
        "open the template directory" => crate::tr!("io-open-templates", path = path, reason = reason),
        _ => crate::tr!("io-other", action = action, path = path, reason = reason),
    }
}

fn render_all(diags: &[Diagnostic]) -> String {
    diags.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n")
}
