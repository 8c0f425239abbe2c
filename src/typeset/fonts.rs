//! A user's fonts directory (`--fonts DIR`): the fonts an office has, read
//! inside the directory's sandbox like a template directory, embedded and
//! subset in the PDF like the bundled Liberation Serif.
//!
//! HD 05 IV.1 names Times New Roman. kehoach cannot ship it (its licence
//! forbids), so it bundles the metric-compatible Liberation Serif; a user who
//! has Times New Roman (every Windows office does) points `--fonts` at a
//! directory holding it and the document is laid out in it, with Liberation
//! Serif behind it for any glyph it lacks. `verify` names the typeface it
//! finds on the pages (P-FONT-1).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock, Mutex};

use typst::foundations::Bytes;
use typst::syntax::VirtualPath;
use typst::text::{Font, FontBook, FontStyle, FontWeight};
use typst::utils::LazyHash;

use crate::assets;
use crate::sandbox::TemplateDir;

/// At most this many font files are read from one directory.
pub const MAX_FONT_FILES: usize = 64;

/// The letters a typeface must have to set Vietnamese: the ones the bundled
/// font's own coverage check (check/glyphs.rs) would miss first.
const VIETNAMESE_PROBE: &str = "ĐđƯưƠơẠạẶặỆệỘộỰựỹỸ";

/// The fonts of one directory, with the bundled ones behind them.
#[derive(Debug)]
pub struct FontDir {
    root: PathBuf,
    /// The family documents are set in: the first (by name) with an upright
    /// regular face that covers Vietnamese.
    family: String,
    /// Every family found, sorted.
    families: Vec<String>,
    book: LazyHash<FontBook>,
    /// The bundled fonts first, then the directory's.
    fonts: Vec<Font>,
}

/// Directories already read, by canonical path: a batch or a server reads each once.
static LOADED: LazyLock<Mutex<HashMap<PathBuf, Arc<FontDir>>>> = LazyLock::new(Mutex::default);

impl FontDir {
    /// Reads every `.ttf`, `.otf`, `.ttc` and `.otc` file directly inside
    /// `path` (links leading out are refused, as in a template directory).
    pub fn open(path: &Path) -> Result<Arc<FontDir>, crate::Error> {
        let dir = TemplateDir::open(path).map_err(|e| match e {
            crate::Error::Io { path, source, .. } => crate::Error::Io { action: "open the fonts directory", path, source },
            other => other,
        })?;
        let mut loaded = LOADED.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(found) = loaded.get(dir.root()) {
            return Ok(found.clone());
        }
        let font_dir = Arc::new(Self::read(&dir)?);
        loaded.insert(dir.root().to_owned(), font_dir.clone());
        Ok(font_dir)
    }

    fn read(dir: &TemplateDir) -> Result<FontDir, crate::Error> {
        let invalid = |why: String| {
            crate::Error::Usage(crate::tr!("fonts-unusable", dir = dir.root().display(), why = why))
        };
        let io = |source| crate::Error::Io { action: "read the fonts directory", path: dir.root().to_owned(), source };
        let mut names: Vec<String> = std::fs::read_dir(dir.root())
            .map_err(io)?
            .filter_map(|e| e.ok())
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|n| {
                let lower = n.to_lowercase();
                [".ttf", ".otf", ".ttc", ".otc"].iter().any(|ext| lower.ends_with(ext))
            })
            .collect();
        names.sort();
        if names.len() > MAX_FONT_FILES {
            return Err(invalid(crate::tr!("fonts-too-many", count = names.len(), limit = MAX_FONT_FILES)));
        }
        let mut fonts: Vec<Font> = assets::fonts().to_vec();
        let mut own = Vec::new();
        for name in &names {
            let vpath = VirtualPath::new(format!("/{name}")).map_err(|e| invalid(format!("`{name}`: {e}")))?;
            let bytes = dir.read(&vpath).map_err(|e| invalid(e.to_string()))?.ok_or_else(|| invalid(crate::tr!("fonts-vanished", file = name)))?;
            let parsed: Vec<Font> = Font::iter(Bytes::new(bytes)).collect();
            if parsed.is_empty() {
                return Err(invalid(crate::tr!("fonts-not-a-font", file = name)));
            }
            own.extend(parsed);
        }
        let mut families: Vec<String> = own.iter().map(|f| f.info().family.clone()).collect();
        families.sort();
        families.dedup();
        let covers = |f: &Font| VIETNAMESE_PROBE.chars().all(|c| f.info().coverage.contains(c as u32));
        let upright_regular = |f: &Font| f.info().variant.style == FontStyle::Normal && f.info().variant.weight == FontWeight::REGULAR;
        let family = families
            .iter()
            .find(|fam| own.iter().any(|f| &f.info().family == *fam && upright_regular(f) && covers(f)))
            .cloned()
            .ok_or_else(|| {
                invalid(if families.is_empty() {
                    crate::tr!("fonts-none")
                } else {
                    crate::tr!("fonts-no-vietnamese", families = families.join(", "))
                })
            })?;
        fonts.extend(own);
        Ok(FontDir { root: dir.root().to_owned(), family, families, book: LazyHash::new(FontBook::from_fonts(&fonts)), fonts })
    }

    /// The directory, canonical.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The family documents are set in ("Times New Roman").
    pub fn family(&self) -> &str {
        &self.family
    }

    /// Every family the directory holds.
    pub fn families(&self) -> &[String] {
        &self.families
    }

    /// The book of every font, bundled and the directory's.
    pub(crate) fn book(&self) -> &LazyHash<FontBook> {
        &self.book
    }

    /// Every font, bundled and the directory's, in the book's order.
    pub(crate) fn fonts(&self) -> &[Font] {
        &self.fonts
    }
}
