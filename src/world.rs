//! The Typst `World`: the only door between the compiler and anything outside.
//!
//! It serves exactly three things: the generated main source, the embedded
//! layout library (`/lib/…`), and the embedded fonts. There is no file system,
//! no package manager, no network and no clock (`datetime.today()` fails), so a
//! document can neither read nor depend on anything else. Any other path —
//! absolute, `..`, `@preview/…` — is refused with "not found".

use std::sync::LazyLock;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

use crate::template::LIBRARY;

/// The bundled fonts: Liberation Serif 2.x (SIL OFL 1.1), metric-compatible
/// with Times New Roman and complete for Vietnamese.
pub const FONT_FILES: &[(&str, &[u8])] = &[
    ("LiberationSerif-Regular.ttf", include_bytes!("../fonts/LiberationSerif-Regular.ttf")),
    ("LiberationSerif-Bold.ttf", include_bytes!("../fonts/LiberationSerif-Bold.ttf")),
    ("LiberationSerif-Italic.ttf", include_bytes!("../fonts/LiberationSerif-Italic.ttf")),
    ("LiberationSerif-BoldItalic.ttf", include_bytes!("../fonts/LiberationSerif-BoldItalic.ttf")),
];

/// Fonts, font book, standard library and layout-library sources: parsed once
/// per process and shared by every document (and every thread) after that.
struct Shared {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    lib_sources: Vec<Source>,
}

static SHARED: LazyLock<Shared> = LazyLock::new(|| {
    let fonts: Vec<Font> = FONT_FILES
        .iter()
        .flat_map(|(_, data)| Font::iter(Bytes::new(*data)))
        .collect();
    let lib_sources = LIBRARY
        .iter()
        .map(|(path, text)| Source::new(file_id(path), (*text).to_owned()))
        .collect();
    Shared {
        library: LazyHash::new(Library::builder().build()),
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        fonts,
        lib_sources,
    }
});

/// The embedded fonts, parsed.
pub fn fonts() -> &'static [Font] {
    &SHARED.fonts
}

/// The interned id of a virtual path of the project.
pub fn file_id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path).unwrap_or_else(|_| VirtualPath::new("/invalid").expect("static path"));
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

/// Virtual path of the generated source: fixed, so that the PDF identifier is
/// stable from run to run.
pub const MAIN_PATH: &str = "/main.typ";

/// A world holding one generated document.
pub struct DocWorld {
    main: Source,
}

impl DocWorld {
    /// A world whose main file is the given Typst source.
    pub fn new(source: String) -> Self {
        DocWorld { main: Source::new(file_id(MAIN_PATH), source) }
    }

    /// The main source (for locating diagnostics).
    pub fn main_source(&self) -> &Source {
        &self.main
    }
}

impl World for DocWorld {
    fn library(&self) -> &LazyHash<Library> {
        &SHARED.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &SHARED.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            return Ok(self.main.clone());
        }
        SHARED
            .lib_sources
            .iter()
            .find(|s| s.id() == id)
            .cloned()
            .ok_or_else(|| refused(id))
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        self.source(id).map(|s| Bytes::from_string(s.text().to_owned()))
    }

    fn font(&self, index: usize) -> Option<Font> {
        SHARED.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        None
    }
}

fn refused(id: FileId) -> FileError {
    FileError::Other(Some(
        format!(
            "access to `{}` is refused: a document may only use kehoach's embedded templates and fonts",
            id.vpath().get_with_slash()
        )
        .into(),
    ))
}
