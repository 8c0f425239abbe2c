//! The Typst `World`: the only door between the compiler and anything outside.
//!
//! It serves exactly these things: the generated main source, the embedded
//! layout library (`/lib/…`), the embedded fonts and — only when the caller
//! passes one — files inside an explicitly allowed [`TemplateDir`]. There is
//! no other file system access, no package manager, no network and no clock
//! (`datetime.today()` fails), so a document can neither read nor depend on
//! anything else. Every other path — `/etc/passwd`, `../x`, a symlink out of
//! the template directory, `@preview/…` — is refused with an error that says
//! so.
//!
//! Paths inside Typst are virtual: `/x` means the root of the project, which
//! is the template directory (or nothing), never the root of the file system;
//! typst itself refuses `..` above that root ("path escapes project root").

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock, Mutex};

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

use crate::assets::{self, LIBRARY};

/// Largest file served from a template directory, in bytes.
pub const MAX_TEMPLATE_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// The standard library, built once per process.
static LIBRARY_BUILT: LazyLock<LazyHash<Library>> = LazyLock::new(|| LazyHash::new(Library::builder().build()));

/// The embedded layout library, parsed once per process.
static LIB_SOURCES: LazyLock<Vec<Source>> = LazyLock::new(|| {
    LIBRARY.iter().map(|(path, text)| Source::new(file_id(path), (*text).to_owned())).collect()
});

/// The interned id of a virtual path of the project.
pub(crate) fn file_id(path: &str) -> FileId {
    // The fallback cannot fail: a constant absolute path without `..` is always a valid virtual path.
    let vpath = VirtualPath::new(path).unwrap_or_else(|_| VirtualPath::new("/invalid").expect("static path"));
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

/// Virtual path of the generated source: fixed, so that the PDF identifier is
/// stable from run to run.
pub(crate) const MAIN_PATH: &str = "/main.typ";

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
            return Err(io(std::io::Error::new(std::io::ErrorKind::NotADirectory, "not a directory")));
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

    /// The bytes of the file at a virtual path, `None` when there is no such
    /// file in the directory, or why it is refused.
    pub fn read(&self, vpath: &VirtualPath) -> FileResult<Option<Vec<u8>>> {
        let shown = vpath.get_with_slash();
        let refuse = |why: String| refusal(why);
        let path = vpath.realize(&self.root).map_err(|e| refuse(format!("`{shown}`: {e}")))?;
        let real = match path.canonicalize() {
            Ok(real) => real,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(refuse(format!("`{shown}`: {e}"))),
        };
        if !real.starts_with(self.root.as_path()) {
            return Err(refuse(format!("`{shown}` leads outside the template directory (to {})", real.display())));
        }
        let meta = std::fs::metadata(&real).map_err(|e| refuse(format!("`{shown}`: {e}")))?;
        if !meta.is_file() {
            return Err(refuse(format!("`{shown}` is not a regular file")));
        }
        if meta.len() > MAX_TEMPLATE_FILE_BYTES {
            return Err(refuse(format!("`{shown}` is {} bytes; the limit is {MAX_TEMPLATE_FILE_BYTES}", meta.len())));
        }
        let mut bytes = Vec::new();
        std::fs::File::open(&real)
            .and_then(|f| f.take(MAX_TEMPLATE_FILE_BYTES + 1).read_to_end(&mut bytes))
            .map_err(|e| refuse(format!("`{shown}`: {e}")))?;
        if bytes.len() as u64 > MAX_TEMPLATE_FILE_BYTES {
            return Err(refuse(format!("`{shown}` is larger than {MAX_TEMPLATE_FILE_BYTES} bytes")));
        }
        Ok(Some(bytes))
    }
}

/// Virtual folder of the plan's own directory: the signature and seal images
/// of `[signer]` are served from there (`/plan/chu-ky.png`), with the same
/// checks as a template directory.
pub(crate) const PLAN_PREFIX: &str = "/plan/";

/// A world holding one generated document.
pub(crate) struct DocWorld {
    main: Source,
    templates: Option<TemplateDir>,
    /// The plan's directory, for its images under [`PLAN_PREFIX`].
    plan: Option<TemplateDir>,
    /// Files read from the template directory, so that every request for a
    /// file during one compilation sees the same bytes.
    read: Mutex<HashMap<FileId, FileResult<Bytes>>>,
}

impl DocWorld {
    /// A world with an optional template directory and an optional plan
    /// directory (served under [`PLAN_PREFIX`]).
    pub fn with_dirs(source: String, templates: Option<TemplateDir>, plan: Option<TemplateDir>) -> Self {
        DocWorld { main: Source::new(file_id(MAIN_PATH), source), templates, plan, read: Mutex::default() }
    }

    /// A file from the template directory, if there is one and it has it.
    fn user_file(&self, id: FileId) -> Option<FileResult<Bytes>> {
        let in_plan = id.vpath().get_with_slash().strip_prefix(PLAN_PREFIX).zip(self.plan.as_ref());
        let (dir, vpath) = match in_plan {
            Some((rest, plan)) => (plan, VirtualPath::new(rest).ok()?),
            None => (self.templates.as_ref()?, id.vpath().clone()),
        };
        let mut read = self.read.lock().unwrap_or_else(|e| e.into_inner());
        let entry = read.entry(id).or_insert_with(|| match dir.read(&vpath) {
            Ok(Some(bytes)) => Ok(Bytes::new(bytes)),
            Ok(None) => Err(FileError::NotFound(PathBuf::new())),
            Err(refused) => Err(refused),
        });
        match entry {
            Err(FileError::NotFound(_)) => None,
            other => Some(other.clone()),
        }
    }

    fn embedded(&self, id: FileId) -> Option<Source> {
        LIB_SOURCES.iter().find(|s| s.id() == id).cloned()
    }

    /// Refuses anything that is not a path of the project (packages).
    fn project(&self, id: FileId) -> FileResult<()> {
        match id.root() {
            VirtualRoot::Project => Ok(()),
            VirtualRoot::Package(spec) => Err(refusal(format!(
                "package imports (`{spec}`) are refused: kehoach never downloads or reads packages"
            ))),
        }
    }
}

impl World for DocWorld {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY_BUILT
    }

    fn book(&self) -> &LazyHash<FontBook> {
        assets::font_book()
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            return Ok(self.main.clone());
        }
        self.project(id)?;
        if let Some(bytes) = self.user_file(id) {
            let text = std::str::from_utf8(bytes?.as_slice()).map_err(|_| FileError::InvalidUtf8)?.to_owned();
            return Ok(Source::new(id, text));
        }
        self.embedded(id).ok_or_else(|| self.not_allowed(id))
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.main.id() {
            return Ok(Bytes::from_string(self.main.text().to_owned()));
        }
        self.project(id)?;
        if let Some(bytes) = self.user_file(id) {
            return bytes;
        }
        self.embedded(id)
            .map(|s| Bytes::from_string(s.text().to_owned()))
            .ok_or_else(|| self.not_allowed(id))
    }

    fn font(&self, index: usize) -> Option<Font> {
        assets::fonts().get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        None
    }
}

impl DocWorld {
    fn not_allowed(&self, id: FileId) -> FileError {
        let path = id.vpath().get_with_slash();
        refusal(match &self.templates {
            None => format!("`{path}`: a document may only use kehoach's embedded templates and fonts"),
            Some(dir) => format!(
                "`{path}`: a document may only use kehoach's embedded templates and fonts and files inside the template directory {}",
                dir.root().display()
            ),
        })
    }
}

fn refusal(why: String) -> FileError {
    FileError::Other(Some(format!("access refused: {why}").into()))
}
