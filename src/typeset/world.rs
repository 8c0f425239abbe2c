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
use std::path::PathBuf;
use std::sync::{LazyLock, Mutex};

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

use crate::assets::{self, LIBRARY};
pub use crate::sandbox::{TemplateDir, MAX_TEMPLATE_FILE_BYTES};
pub(crate) use crate::sandbox::{refusal, PLAN_PREFIX};

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

/// A world holding one generated document.
pub(crate) struct DocWorld {
    main: Source,
    templates: Option<TemplateDir>,
    /// The plan's directory, for its images under [`PLAN_PREFIX`].
    plan: Option<TemplateDir>,
    /// A user's fonts directory (`--fonts`), with the bundled fonts in it.
    fonts: Option<std::sync::Arc<super::fonts::FontDir>>,
    /// Files read from the template directory, so that every request for a
    /// file during one compilation sees the same bytes.
    read: Mutex<HashMap<FileId, FileResult<Bytes>>>,
}

impl DocWorld {
    /// A world with an optional template directory and an optional plan
    /// directory (served under [`PLAN_PREFIX`]).
    pub fn with_dirs(source: String, templates: Option<TemplateDir>, plan: Option<TemplateDir>) -> Self {
        DocWorld { main: Source::new(file_id(MAIN_PATH), source), templates, plan, fonts: None, read: Mutex::default() }
    }

    /// The same world with a user's fonts beside the bundled ones.
    pub fn with_fonts(mut self, fonts: Option<std::sync::Arc<super::fonts::FontDir>>) -> Self {
        self.fonts = fonts;
        self
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
            VirtualRoot::Package(spec) => Err(refusal(crate::tr!("typeset-package-refused", spec = spec))),
        }
    }
}

impl World for DocWorld {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY_BUILT
    }

    fn book(&self) -> &LazyHash<FontBook> {
        match &self.fonts {
            Some(dir) => dir.book(),
            None => assets::font_book(),
        }
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
        match &self.fonts {
            Some(dir) => dir.fonts().get(index).cloned(),
            None => assets::fonts().get(index).cloned(),
        }
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        None
    }
}

impl DocWorld {
    fn not_allowed(&self, id: FileId) -> FileError {
        let path = id.vpath().get_with_slash();
        refusal(match &self.templates {
            None => crate::tr!("typeset-not-allowed", path = path),
            Some(dir) => crate::tr!("typeset-not-allowed-dir", path = path, dir = dir.root().display()),
        })
    }
}

