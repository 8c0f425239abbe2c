//! Output: file names per format and safe writes.
//!
//! A file is written to a temporary file in the target directory, flushed,
//! then renamed over the target: a reader sees the old file or the new one,
//! never half of one, and a failure leaves the old file untouched and no
//! temporary file behind. (No fsync: the guarantee is against failed renders
//! and concurrent readers, not power loss — an fsync per file cost more than
//! the whole render of a plan.)

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Output formats (also the command line's `--format` values, with the
/// `cli` feature).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum Format {
    /// PDF (the default).
    Pdf,
    /// One PNG image per page.
    Png,
    /// One SVG image per page.
    Svg,
    /// The generated Typst source.
    Typ,
    /// An editable Word document (WordprocessingML).
    Docx,
    /// Plain text, one printed paragraph a line, for plain `diff` and review.
    // (The text is `crate::printed`'s; this doc comment is also `--help`'s.)
    Txt,
}

impl Format {
    /// The file extension of the format ("pdf").
    pub fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Png => "png",
            Format::Svg => "svg",
            Format::Typ => "typ",
            Format::Docx => "docx",
            Format::Txt => "txt",
        }
    }

    /// The format a file's extension names ("PDF", "docx"), if any.
    pub fn from_extension(extension: &str) -> Option<Format> {
        let lower = extension.to_ascii_lowercase();
        [Format::Pdf, Format::Png, Format::Svg, Format::Typ, Format::Docx, Format::Txt].into_iter().find(|f| f.extension() == lower)
    }

    /// True for formats written as one file per page.
    pub fn per_page(self) -> bool {
        matches!(self, Format::Png | Format::Svg)
    }
}

/// The output path: `out` if given, else the input with the format's extension.
pub fn default_output(input: &Path, format: Format) -> PathBuf {
    input.with_extension(format.extension())
}

/// Page files of a per-page format: `out.png` → `out-1.png`, `out-2.png` …
pub fn page_path(out: &Path, page: usize) -> PathBuf {
    let stem = out.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "page".into());
    let ext = out.extension().map(|e| format!(".{}", e.to_string_lossy())).unwrap_or_default();
    out.with_file_name(format!("{stem}-{page}{ext}"))
}

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// Writes `bytes` to `path` atomically.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "out".into());
    let tmp = dir.join(format!(
        ".{name}.kehoach-{}-{}.tmp",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let result = (|| {
        let mut f = fs::OpenOptions::new().write(true).create_new(true).open(&tmp)?;
        f.write_all(bytes)?;
        drop(f);
        fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_files_are_numbered() {
        assert_eq!(page_path(Path::new("d/out.png"), 2), PathBuf::from("d/out-2.png"));
        assert_eq!(default_output(Path::new("a/plan.toml"), Format::Pdf), PathBuf::from("a/plan.pdf"));
    }

    #[test]
    fn atomic_write_replaces_and_leaves_no_temp() {
        let dir = std::env::temp_dir().join(format!("kehoach-out-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let target = dir.join("x.pdf");
        write_atomic(&target, b"one").unwrap();
        write_atomic(&target, b"two").unwrap();
        assert_eq!(fs::read(&target).unwrap(), b"two");
        let names: Vec<_> = fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names.len(), 1, "{names:?}");
        assert!(write_atomic(&dir.join("missing/x.pdf"), b"z").is_err());
        fs::remove_dir_all(&dir).unwrap();
    }
}
