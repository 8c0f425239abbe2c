//! The sandboxed directories a document may read besides the embedded files:
//! a user's template directory (`--templates DIR`) and the plan's own
//! directory (its signature and seal images). A file is served only from
//! inside its directory, symlinks resolved, regular, and of bounded size; the
//! Typst world ([`crate::typeset::world`]), the checks of images and the DOCX
//! templates all read through here.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use typst::diag::{FileError, FileResult};
use typst::syntax::VirtualPath;

/// Largest file served from a template directory, in bytes.
pub const MAX_TEMPLATE_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// A user's template directory, layered over the embedded templates: a file
/// there replaces the embedded file of the same path (`lib/party.typ`), and
/// the templates may use any other file inside it (helpers, images).
///
/// The directory is canonicalised when opened. A file is served only if its
/// own canonical path (symlinks resolved) lies inside the directory, is a
/// regular file, and is at most [`MAX_TEMPLATE_FILE_BYTES`]; anything else is
/// refused. The generated `/main.typ` and the fonts cannot be replaced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TemplateDir {
    root: Arc<PathBuf>,
}

impl TemplateDir {
    /// Opens a template directory; fails unless it exists and is a directory.
    pub fn open(path: &Path) -> Result<TemplateDir, crate::Error> {
        let io = |source| crate::Error::Io { action: "open the template directory", path: path.to_owned(), source };
        let root = path.canonicalize().map_err(io)?;
        if !root.is_dir() {
            return Err(io(std::io::Error::from(std::io::ErrorKind::NotADirectory)));
        }
        Ok(TemplateDir { root: Arc::new(root) })
    }

    /// The canonical path of the directory.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The text of the file at a virtual path (`/ke-hoach.typ.j2`), `None`
    /// when the directory has no such file; refused like every other file.
    pub fn read_text(&self, path: &str) -> FileResult<Option<String>> {
        let vpath = VirtualPath::new(path).map_err(|e| refusal(format!("`{path}`: {e}")))?;
        match self.read(&vpath)? {
            Some(bytes) => String::from_utf8(bytes).map(Some).map_err(|_| FileError::InvalidUtf8),
            None => Ok(None),
        }
    }

    /// Whether the file at a virtual path exists and resolves (symlinks
    /// followed) to a place outside the directory: [`TemplateDir::read`]
    /// refuses it.
    pub fn leads_outside(&self, vpath: &VirtualPath) -> bool {
        let real = vpath.realize(&self.root).ok().and_then(|p| p.canonicalize().ok());
        real.is_some_and(|real| !real.starts_with(self.root.as_path()))
    }

    /// The bytes of the file at a virtual path, `None` when there is no such
    /// file in the directory, or why it is refused.
    pub fn read(&self, vpath: &VirtualPath) -> FileResult<Option<Vec<u8>>> {
        let shown = vpath.get_with_slash();
        let refuse = |why: String| refusal(why);
        let path = vpath.realize(&self.root).map_err(|e| refuse(format!("`{shown}`: {e}")))?;
        let real = match path.canonicalize() {
            Ok(real) => real,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(refuse(format!("`{shown}`: {}", crate::Error::io_reason(&e)))),
        };
        if !real.starts_with(self.root.as_path()) {
            return Err(refuse(crate::tr!("sandbox-outside", file = shown, target = real.display())));
        }
        let meta = std::fs::metadata(&real).map_err(|e| refuse(format!("`{shown}`: {}", crate::Error::io_reason(&e))))?;
        if !meta.is_file() {
            return Err(refuse(crate::tr!("sandbox-not-a-file", file = shown)));
        }
        if meta.len() > MAX_TEMPLATE_FILE_BYTES {
            return Err(refuse(crate::tr!("sandbox-too-large", file = shown, size = meta.len(), limit = MAX_TEMPLATE_FILE_BYTES)));
        }
        let mut bytes = Vec::new();
        std::fs::File::open(&real)
            .and_then(|f| f.take(MAX_TEMPLATE_FILE_BYTES + 1).read_to_end(&mut bytes))
            .map_err(|e| refuse(format!("`{shown}`: {}", crate::Error::io_reason(&e))))?;
        if bytes.len() as u64 > MAX_TEMPLATE_FILE_BYTES {
            return Err(refuse(crate::tr!("sandbox-larger-than", file = shown, limit = MAX_TEMPLATE_FILE_BYTES)));
        }
        Ok(Some(bytes))
    }
}

/// Virtual folder of the plan's own directory: the signature and seal images
/// of `[signer]` are served from there (`/plan/chu-ky.png`), with the same
/// checks as a template directory.
pub(crate) const PLAN_PREFIX: &str = "/plan/";

/// Why a file is refused, as typst reports file errors.
pub(crate) fn refusal(why: String) -> FileError {
    FileError::Other(Some(crate::tr!("sandbox-refused", why = why).into()))
}
