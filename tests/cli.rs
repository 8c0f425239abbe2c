//! The `kehoach` binary: exit codes, messages, where files land, and that a
//! failure never writes or clobbers an output file.

mod common;

use std::fs;
use std::path::PathBuf;

use common::*;

#[test]
fn render_writes_the_pdf_next_to_the_input() {
    let dir = scratch("next");
    fs::copy(example("nghia-thai-2024.toml"), dir.join("plan.toml")).unwrap();
    let o = kehoach(&["render", "plan.toml"], &dir);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let pdf = fs::read(dir.join("plan.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    assert!(stderr(&o).contains("plan.pdf"));
    let names: Vec<_> = fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    assert_eq!(names.len(), 2, "no temporary files left: {names:?}");
}

#[test]
fn typ_output_is_the_generated_source() {
    let dir = scratch("typ");
    let o = kehoach(&["render", example("nghia-thai-2024.toml").to_str().unwrap(), "--format", "typ", "-o", "main.typ"], &dir);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let typ = fs::read_to_string(dir.join("main.typ")).unwrap();
    assert!(typ.contains("#import \"/lib/party.typ\" as party"));
    // A person's name never breaks: its spaces are non-breaking (vietnamese::breaks).
    assert!(typ.contains("\"Đông\u{a0}Văn\u{a0}Chung\""), "data appears as string literals");
}

#[test]
fn malformed_toml_exits_1_with_the_line_and_keeps_the_old_pdf() {
    let dir = scratch("bad");
    fs::write(dir.join("plan.toml"), "kind = \"ke-hoach\"\nnumber = 15\nplace = \"Nghĩa Thái\n").unwrap();
    fs::write(dir.join("plan.pdf"), b"old pdf").unwrap();
    let o = kehoach(&["render", "plan.toml"], &dir);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("plan.toml:3:"), "{err}");
    assert!(err.contains("error:"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(fs::read(dir.join("plan.pdf")).unwrap(), b"old pdf", "the old PDF is untouched");
}

#[test]
fn unknown_field_is_located_with_a_suggestion() {
    let dir = scratch("unknown");
    let source = MINIMAL.replace("[recipients]", "[recipient]");
    fs::write(dir.join("plan.toml"), &source).unwrap();
    let o = kehoach(&["render", "plan.toml"], &dir);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    let line = source.lines().position(|l| l == "[recipient]").unwrap() + 1;
    assert!(err.contains("unknown field `recipient`"), "{err}");
    assert!(err.contains(&format!("plan.toml:{line}:")), "{err}");
    assert!(err.contains("did you mean `recipients`?"), "{err}");
    assert!(!dir.join("plan.pdf").exists(), "nothing written on failure");
}

#[test]
fn state_authority_is_refused_with_the_party_form() {
    let dir = scratch("authority");
    fs::write(dir.join("plan.toml"), MINIMAL.replace("authority = \"T/M\"", "authority = \"TM.\"")).unwrap();
    let o = kehoach(&["render", "plan.toml"], &dir);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("`TM.` is not a signing authority of the Party form"), "{err}");
    assert!(err.contains("Party documents write `T/M`"), "{err}");
    assert!(err.contains("= field: signer.authority"), "{err}");
}

#[test]
fn missing_input_is_an_io_error_and_bad_usage_exits_2() {
    let dir = scratch("usage");
    let o = kehoach(&["render", "nowhere.toml"], &dir);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("cannot read nowhere.toml"), "{}", stderr(&o));
    let o = kehoach(&["render"], &dir);
    assert_eq!(o.status.code(), Some(2));
    let o = kehoach(&["frobnicate"], &dir);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn profiles_are_listed() {
    let dir = scratch("lists");
    let o = kehoach(&["profiles"], &dir);
    assert_eq!(o.status.code(), Some(0));
    let out = String::from_utf8(o.stdout).unwrap();
    for name in ["dang ", "dang-hd36-2018", "dang-hd05-2026"] {
        assert!(out.contains(name), "{out}");
    }
    assert!(out.contains("dated on or after 27/5/2026"), "{out}");
    assert!(!out.contains("UNVERIFIED"), "{out}");
}

#[test]
fn render_takes_a_template_directory() {
    let dir = scratch("templates");
    fs::create_dir_all(dir.join("tpl/lib")).unwrap();
    let lib = fs::read_to_string(common::root().join("templates/lib/party.typ")).unwrap();
    // A modified library: the asterisk under the issuing body becomes "***".
    let modified = lib.replace("line(hp.asterisk_size_pt, text(hp.asterisk))", "line(hp.asterisk_size_pt, text(\"***\"))");
    assert_ne!(modified, lib, "the replacement applies");
    fs::write(dir.join("tpl/lib/party.typ"), &modified).unwrap();
    fs::copy(example("nghia-thai-2024.toml"), dir.join("plan.toml")).unwrap();
    let o = kehoach(&["render", "plan.toml", "--templates", "tpl", "--format", "svg", "-o", "custom.svg"], &dir);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = kehoach(&["render", "plan.toml", "--format", "svg", "-o", "default.svg"], &dir);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_ne!(fs::read(dir.join("custom-1.svg")).unwrap(), fs::read(dir.join("default-1.svg")).unwrap());

    // What a template may read is tests/sandbox.rs's business; here, the exit codes.
    fs::write(dir.join("tpl/lib/party.typ"), "#let broken = (").unwrap();
    let o = kehoach(&["render", "plan.toml", "--templates", "tpl", "-o", "broken.pdf"], &dir);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("party.typ:1:"), "located in the user's file: {}", stderr(&o));
    assert!(!dir.join("broken.pdf").exists());

    let o = kehoach(&["render", "plan.toml", "--templates", "no-such-dir"], &dir);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
}

/// `kehoach verify … | head -1`: the reader stops, the pipe closes, and
/// kehoach ends quietly (by the pipe's signal, as `cat` does), never with a
/// panic about a broken pipe.
#[cfg(unix)]
#[test]
fn a_reader_that_stops_early_ends_kehoach_quietly() {
    use std::io::Read;
    use std::os::unix::process::ExitStatusExt;
    use std::process::{Command, Stdio};
    for args in [&["verify", "examples/nghia-thai-2026.toml", "examples/nghia-thai-2024.toml", "examples/de-an-binh-phuoc-2025.toml"][..], &["schema", "ke-hoach"], &["check", "--format", "sarif", "examples/nghia-thai-2026.toml"]] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_kehoach"))
            .args(args)
            .current_dir(root())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = [0u8; 1];
        child.stdout.take().unwrap().read_exact(&mut first).unwrap(); // one byte, then the pipe closes
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked") && !stderr.contains("Broken pipe"), "{args:?}: {stderr}");
        assert!(out.status.success() || out.status.signal() == Some(13), "{args:?}: {:?}", out.status);
    }
}

/// `-o plan.docx` writes a Word file and `-o plan.png` page images: the
/// extension decides when `--format` is not given; a `--format` that
/// disagrees with it is a usage error (exit 2), never a PDF named .png.
#[test]
fn the_output_files_extension_chooses_the_format() {
    let dir = scratch("format-by-extension");
    let plan = example("nghia-thai-2026.toml");
    let run = |args: &[&str]| std::process::Command::new(env!("CARGO_BIN_EXE_kehoach")).arg("render").arg(&plan).args(args).env("LC_ALL", "C").output().unwrap();
    let docx = dir.join("ban-nhap.docx");
    assert!(run(&["-o", docx.to_str().unwrap()]).status.success());
    assert!(fs::read(&docx).unwrap().starts_with(b"PK"), "not a Word file");
    let png = dir.join("trang.png");
    assert!(run(&["-o", png.to_str().unwrap()]).status.success());
    assert!(fs::read(dir.join("trang-1.png")).unwrap().starts_with(b"\x89PNG"), "not page images");
    assert!(!png.exists());
    let pdf = dir.join("ban-in.PDF");
    assert!(run(&["-o", pdf.to_str().unwrap()]).status.success());
    assert!(fs::read(&pdf).unwrap().starts_with(b"%PDF"));
    let clash = dir.join("x.png");
    let out = run(&["-o", clash.to_str().unwrap(), "--format", "pdf"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("names a .png file, but --format is pdf"), "{stderr}");
    assert!(!clash.exists() && !dir.join("x-1.png").exists());
}

fn scratch(name: &str) -> PathBuf {
    scratch_in("cli", name)
}
