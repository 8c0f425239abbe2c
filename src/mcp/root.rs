//! The one directory the server may touch (`kehoach mcp --root DIR`).
//!
//! Every path an assistant names is relative to the root. It is refused
//! before any file is opened when it is empty, absolute (`/etc/passwd`,
//! `C:\…`, `\\server\…`), or has a `..`; then, once resolved with its
//! symlinks, when it leads outside the root. A file to write must not be a
//! symlink or a directory, and its directories are created only inside the
//! root. Files are written atomically ([`crate::output::write_atomic`]).

use std::io::Read;
use std::path::{Component, Path, PathBuf};

use super::messages;

/// Longest path an assistant may name, in bytes.
const MAX_PATH_BYTES: usize = 1024;

/// The server's root directory, canonical.
#[derive(Clone, Debug)]
pub struct Root {
    dir: PathBuf,
}

impl Root {
    /// Opens the root; it must exist and be a directory.
    pub fn open(dir: &Path) -> Result<Root, String> {
        let canonical = dir.canonicalize().map_err(|e| messages::root_unusable_io(&dir.display().to_string(), &e))?;
        if !canonical.is_dir() {
            return Err(messages::root_unusable_io(&dir.display().to_string(), &std::io::ErrorKind::NotADirectory.into()));
        }
        Ok(Root { dir: canonical })
    }

    /// The canonical root directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The components of a relative path, refused unless every one is a
    /// plain name (`.` is dropped).
    fn relative(&self, name: &str) -> Result<PathBuf, String> {
        if name.trim().is_empty() {
            return Err(messages::path_empty());
        }
        if name.len() > MAX_PATH_BYTES || name.chars().any(char::is_control) {
            return Err(messages::path_unusable(name));
        }
        // Windows forms are refused on every system: a drive (`C:`), a UNC
        // or rooted path (`\\server`, `\x`), a backslash `..`.
        let windows_absolute = name.starts_with(['\\', '/']) || name.as_bytes().get(1) == Some(&b':');
        if windows_absolute || Path::new(name).is_absolute() {
            return Err(messages::path_absolute(name));
        }
        let mut out = PathBuf::new();
        for part in name.split(['/', '\\']) {
            match Path::new(part).components().next() {
                None | Some(Component::CurDir) => {}
                Some(Component::Normal(p)) if part != ".." => out.push(p),
                _ => return Err(messages::path_parent(name)),
            }
        }
        if out.as_os_str().is_empty() {
            return Err(messages::path_empty());
        }
        Ok(out)
    }

    /// A directory under the root (`.` is the root itself), resolved and
    /// refused when it leads outside the root or is not a directory.
    pub fn directory(&self, name: &str) -> Result<PathBuf, String> {
        let path = if name.trim() == "." { self.dir.clone() } else { self.dir.join(self.relative(name)?) };
        let real = path.canonicalize().map_err(|e| format!("{name}: {} | {e}", crate::Error::io_reason_in(crate::i18n::Lang::Vi, &e)))?;
        if !self.inside(&real) {
            return Err(messages::path_outside(name));
        }
        if !real.is_dir() {
            return Err(format!("{name}: không phải thư mục | not a directory"));
        }
        Ok(real)
    }

    /// Whether a resolved path lies inside the root.
    fn inside(&self, real: &Path) -> bool {
        real.starts_with(&self.dir)
    }

    /// Reads a file under the root, at most `limit` bytes (a longer file is
    /// cut to `limit + 1` bytes, so that the caller's own limit reports it).
    pub fn read(&self, name: &str, limit: u64) -> Result<Vec<u8>, String> {
        let path = self.dir.join(self.relative(name)?);
        let real = path.canonicalize().map_err(|e| messages::cannot_read_io(name, &e))?;
        if !self.inside(&real) {
            return Err(messages::path_outside(name));
        }
        if !real.is_file() {
            return Err(messages::not_a_file(name));
        }
        let mut bytes = Vec::new();
        std::fs::File::open(&real)
            .and_then(|f| f.take(limit + 1).read_to_end(&mut bytes))
            .map_err(|e| messages::cannot_read_io(name, &e))?;
        Ok(bytes)
    }

    /// The path to write a file at, under the root: its directories are
    /// created (each one checked to be inside the root), and it must not be
    /// a symlink or a directory. Returns the path to write and the name to
    /// show (relative to the root, with `/`).
    pub fn writable(&self, name: &str) -> Result<(PathBuf, String), String> {
        let relative = self.relative(name)?;
        let mut dir = self.dir.clone();
        let parts: Vec<_> = relative.components().collect();
        let (file, dirs) = parts.split_last().ok_or_else(messages::path_empty)?;
        for part in dirs {
            dir.push(part);
            match std::fs::symlink_metadata(&dir) {
                Ok(_) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    std::fs::create_dir(&dir).map_err(|e| messages::cannot_write_io(name, &e))?;
                }
                Err(e) => return Err(messages::cannot_write_io(name, &e)),
            }
            let real = dir.canonicalize().map_err(|e| messages::cannot_write_io(name, &e))?;
            if !self.inside(&real) {
                return Err(messages::path_outside(name));
            }
            if !real.is_dir() {
                return Err(messages::cannot_write_io(name, &std::io::ErrorKind::NotADirectory.into()));
            }
            dir = real;
        }
        let target = dir.join(file);
        if let Ok(meta) = std::fs::symlink_metadata(&target) {
            if meta.file_type().is_symlink() {
                return Err(messages::path_symlink(name));
            }
            if meta.is_dir() {
                return Err(messages::cannot_write_io(name, &std::io::Error::new(std::io::ErrorKind::IsADirectory, "a directory")));
            }
        }
        let shown = relative.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
        Ok((target, shown))
    }

    /// Writes a file under the root atomically; returns the name to show.
    pub fn write(&self, name: &str, bytes: &[u8]) -> Result<String, String> {
        let (target, shown) = self.writable(name)?;
        crate::output::write_atomic(&target, bytes).map_err(|e| messages::cannot_write_io(name, &e))?;
        Ok(shown)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root() -> (Root, PathBuf) {
        let dir = std::env::temp_dir().join(format!("kehoach-mcp-root-{}-{:?}", std::process::id(), std::thread::current().id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        (Root::open(&dir).unwrap(), dir)
    }

    #[test]
    fn absolute_parent_and_empty_paths_are_refused_before_any_file_is_opened() {
        let (root, dir) = root();
        for bad in ["/etc/passwd", "\\\\server\\share", "C:\\x.toml", "../x.toml", "a/../../x", "a\\..\\..\\x", "", "  ", ".", "a\u{0}b"] {
            assert!(root.relative(bad).is_err(), "{bad:?} was accepted");
        }
        assert_eq!(root.relative("./a/b.toml").unwrap(), PathBuf::from("a/b.toml"));
        let _ = std::fs::remove_dir_all(dir);
    }

    #[cfg(unix)]
    #[test]
    fn symlinks_out_of_the_root_are_refused_for_reading_and_writing() {
        let (root, dir) = root();
        std::os::unix::fs::symlink("/etc", dir.join("etc")).unwrap();
        std::os::unix::fs::symlink("/etc/hostname", dir.join("h.toml")).unwrap();
        assert!(root.read("etc/hostname", 100).unwrap_err().contains("outside"));
        assert!(root.read("h.toml", 100).unwrap_err().contains("outside"));
        assert!(root.writable("etc/x.pdf").unwrap_err().contains("outside"));
        assert!(root.writable("h.toml").unwrap_err().contains("symlink"));
        assert_eq!(root.write("out/a.pdf", b"x").unwrap(), "out/a.pdf");
        assert_eq!(root.read("out/a.pdf", 100).unwrap(), b"x");
        let _ = std::fs::remove_dir_all(dir);
    }
}
