//! Shared helpers of the integration tests: render a TOML file or string in
//! memory and inspect the laid-out pages.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use kehoach::inspect::{inspect, Layout};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn example(name: &str) -> PathBuf {
    root().join("examples").join(name)
}

/// Prepares and typesets TOML source; panics with the diagnostics on failure.
pub fn layout_of(name: &str, source: &str) -> Layout {
    let prepared = kehoach::prepare(name, source).unwrap_or_else(|e| panic!("{name} is invalid:\n{e}"));
    let doc = kehoach::typeset(&prepared).unwrap_or_else(|e| panic!("{name} does not typeset:\n{e}"));
    inspect(&doc)
}

pub fn layout_of_file(path: &Path) -> Layout {
    let source = std::fs::read_to_string(path).unwrap();
    layout_of(&path.display().to_string(), &source)
}

/// Collapses runs of white space, for comparing flowing text.
pub fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every example file.
pub fn examples() -> Vec<PathBuf> {
    toml_files(&root().join("examples"))
}

/// The code of every file of a source directory (`src/verify`), without its
/// unit tests (what follows `#[cfg(test)]`), with the file's path.
pub fn code_of(dir: &str) -> Vec<(PathBuf, String)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join(dir)).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            let code = text.split("#[cfg(test)]").next().unwrap_or_default().to_owned();
            (path, code)
        })
        .collect()
}

/// The `*.toml` files of a directory, sorted.
pub fn toml_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    v.sort();
    v
}

pub fn assert_near(actual: f64, expected: f64, tolerance: f64, what: &str) {
    assert!((actual - expected).abs() <= tolerance, "{what}: expected {expected:.2} ± {tolerance}, got {actual:.2}");
}

/// A minimal valid plan, with `{}` placeholders filled by the caller.
pub const MINIMAL: &str = r#"
kind = "ke-hoach"
number = 3
place = "Nghĩa Thái"
date = 2024-04-01
subject = "về thử nghiệm"
[issuer]
superior = "Đảng bộ huyện Nghĩa Hưng"
name = "Đảng ủy xã Nghĩa Thái"
code = "ĐU"
[purpose]
points = ["Điểm thứ nhất."]
[signer]
authority = "T/M"
body = "Đảng ủy"
position = "Bí thư"
name = "Nguyễn Văn A"
[recipients]
to = ["Các Chi bộ"]
archive = "VPĐU"
"#;

/// Runs the `kehoach` binary in `dir`, without SOURCE_DATE_EPOCH, with the
/// given extra environment variables.
pub fn kehoach_env(args: &[&str], dir: &Path, env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kehoach"));
    cmd.args(args).current_dir(dir).env_remove("SOURCE_DATE_EPOCH");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("run kehoach")
}

/// Runs the `kehoach` binary in `dir`.
pub fn kehoach(args: &[&str], dir: &Path) -> Output {
    kehoach_env(args, dir, &[])
}

/// The standard error of a run, as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A fresh, empty directory under the system's temporary directory, unique
/// to this test binary (`group`) and test (`name`).
pub fn scratch_in(group: &str, name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kehoach-{group}-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A TOML string holding `s` exactly, as the `toml` crate writes it.
pub fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_owned()).to_string()
}

/// Converts .docx files to PDF with LibreOffice, seeing only the repository's
/// fonts besides the system's (Liberation Serif stands in for Times New Roman).
pub fn libreoffice_pdfs(dir: &Path, docx: &[PathBuf]) -> PathBuf {
    let fonts_conf = dir.join("fonts.conf");
    std::fs::write(
        &fonts_conf,
        format!(
            "<?xml version=\"1.0\"?><!DOCTYPE fontconfig SYSTEM \"fonts.dtd\"><fontconfig>\
             <include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include><dir>{}</dir><cachedir>{}</cachedir></fontconfig>",
            root().join("fonts").display(),
            dir.join("fontcache").display()
        ),
    )
    .unwrap();
    let out_dir = dir.join("libreoffice");
    let status = std::process::Command::new("soffice")
        .arg(format!("-env:UserInstallation=file://{}", dir.join("profile").display()))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(&out_dir)
        .args(docx)
        .env("FONTCONFIG_FILE", &fonts_conf)
        .output()
        .expect("soffice (Debian: libreoffice-writer-nogui) is installed; .ci/run installs it");
    assert!(status.status.success(), "soffice failed: {}", String::from_utf8_lossy(&status.stderr));
    out_dir
}
