//! The typst world is a sandbox: hand-written Typst that tries to read files,
//! leave the project, import packages or read the clock fails with an error
//! that says "access refused", with and without a user template directory;
//! files inside an allowed template directory are served, and layered over
//! the embedded templates.

mod common;

use std::path::{Path, PathBuf};

use common::*;
use kehoach::typeset::{compile, compile_with};
use kehoach::typeset::world::TemplateDir;

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn refused(source: &str, templates: Option<TemplateDir>) -> String {
    match compile_with(source.to_owned(), templates) {
        Ok(_) => panic!("compiled, but should have been refused:\n{source}"),
        Err(e) => e.to_string(),
    }
}

/// Everything outside the embedded templates and fonts is refused.
const ESCAPES: &[(&str, &str)] = &[
    ("#read(\"/etc/passwd\")", "access refused: `/etc/passwd`"),
    ("#include \"/etc/passwd\"", "access refused: `/etc/passwd`"),
    ("#image(\"/etc/passwd\")", "access refused: `/etc/passwd`"),
    ("#read(\"etc/hostname\")", "access refused: `/etc/hostname`"),
    ("#import \"/lib/other.typ\": *", "access refused: `/lib/other.typ`"),
    ("#read(\"../x\")", "access refused: path `\"../x\"` would escape the project root"),
    ("#import \"../../../../etc/passwd\"", "access refused: path `\"../../../../etc/passwd\"` would escape"),
    ("#include \"/lib/../../x.typ\"", "access refused: path `\"/lib/../../x.typ\"` would escape"),
    ("#import \"@preview/foo:1.0.0\": *", "package imports (`@preview/foo:1.0.0`) are refused"),
    ("#import \"@local/mine:0.1.0\"", "package imports (`@local/mine:0.1.0`) are refused"),
    ("#datetime.today()", "unable to get the current date"),
];

#[test]
fn the_embedded_world_refuses_every_other_path() {
    for (source, expected) in ESCAPES {
        let e = refused(source, None);
        assert!(e.contains(expected), "{source}: expected {expected:?} in:\n{e}");
        assert!(!e.contains("root:"), "{source}: a file's content leaked:\n{e}");
    }
    // A refusal names what may be used.
    let e = refused("#read(\"/etc/passwd\")", None);
    assert!(e.contains("may only use kehoach's embedded templates and fonts"), "{e}");
    // The embedded layout library itself is served.
    compile("#import \"/lib/party.typ\" as party\nXin chào".to_owned()).expect("the layout library is served");
}

#[test]
fn a_template_directory_serves_its_own_files_and_nothing_else() {
    let dir = scratch("serve");
    write(&dir.join("helper.typ"), "#let greeting = [Xin chào từ thư mục mẫu]");
    write(&dir.join("data/note.txt"), "ghi chú");
    let templates = TemplateDir::open(&dir).unwrap();
    let doc = compile_with(
        "#import \"/helper.typ\": greeting\n#greeting #read(\"data/note.txt\")".to_owned(),
        Some(templates.clone()),
    )
    .expect("files inside the directory are served");
    let text = kehoach::inspect::inspect(&doc).text();
    assert!(text.contains("Xin chào từ thư mục mẫu") && text.contains("ghi chú"), "{text}");

    for (source, expected) in ESCAPES {
        let e = refused(source, Some(templates.clone()));
        assert!(e.contains(expected), "{source}: expected {expected:?} in:\n{e}");
    }
    // `/etc/passwd` means <dir>/etc/passwd, which does not exist: refused, naming the directory.
    let e = refused("#read(\"/etc/passwd\")", Some(templates.clone()));
    assert!(e.contains("files inside the template directory"), "{e}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[cfg(unix)]
#[test]
fn symlinks_out_of_the_template_directory_are_refused() {
    use std::os::unix::fs::symlink;
    let dir = scratch("links");
    let outside = scratch("links-outside");
    write(&outside.join("secret.typ"), "#let secret = [BÍ MẬT]");
    symlink("/etc/passwd", dir.join("passwd")).unwrap();
    symlink(&outside, dir.join("out")).unwrap();
    symlink(outside.join("secret.typ"), dir.join("secret.typ")).unwrap();
    write(&dir.join("inside.typ"), "#let inside = [TRONG THƯ MỤC]");
    symlink(dir.join("inside.typ"), dir.join("alias.typ")).unwrap();
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    let templates = Some(TemplateDir::open(&dir).unwrap());

    for source in ["#read(\"/passwd\")", "#import \"/out/secret.typ\": *", "#import \"secret.typ\": *"] {
        let e = refused(source, templates.clone());
        assert!(e.contains("access refused") && e.contains("leads outside the template directory"), "{source}:\n{e}");
        assert!(!e.contains("root:") && !e.contains("BÍ MẬT"), "{source}: content leaked:\n{e}");
    }
    // A directory is not a file.
    assert!(refused("#read(\"/sub\")", templates.clone()).contains("not a regular file"));
    // A symlink that stays inside is fine.
    compile_with("#import \"/alias.typ\": inside\n#inside".to_owned(), templates).expect("an inner symlink is served");
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::remove_dir_all(&outside);
}

#[test]
fn oversized_template_files_are_refused() {
    let dir = scratch("big");
    let file = std::fs::File::create(dir.join("big.bin")).unwrap();
    file.set_len(kehoach::typeset::world::MAX_TEMPLATE_FILE_BYTES + 1).unwrap(); // sparse: no disk used
    let e = refused("#read(\"/big.bin\", encoding: none)", Some(TemplateDir::open(&dir).unwrap()));
    assert!(e.contains("access refused") && e.contains("the limit is"), "{e}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_template_directory_must_exist() {
    let missing = std::env::temp_dir().join("kehoach-no-such-template-dir");
    assert!(TemplateDir::open(&missing).unwrap_err().to_string().contains("template directory"));
    let file = scratch("file").join("f.typ");
    write(&file, "x");
    assert!(TemplateDir::open(&file).unwrap_err().to_string().contains("not a directory"));
}

/// The directory is layered over the embedded templates: its `lib/party.typ`
/// replaces the embedded one; its errors are the user's (exit code 1), not
/// kehoach's internal errors.
#[test]
fn a_template_directory_overrides_the_layout_library() {
    let dir = scratch("override");
    let (path, embedded) = kehoach::assets::LIBRARY[0];
    let party = dir.join(path.trim_start_matches('/'));
    write(&party, &format!("{embedded}\n#let paragraph(..args) = par[ĐOẠN ĐÃ THAY]\n"));
    let mut prepared = kehoach::prepare("plan.toml", &MINIMAL.replace("[issuer]", "opening = [\"Đoạn gốc\"]\n[issuer]")).unwrap();
    let plain = kehoach::inspect::inspect(&kehoach::typeset(&prepared).unwrap()).text();
    assert!(plain.contains("Đoạn gốc") && !plain.contains("ĐOẠN ĐÃ THAY"), "{plain}");

    prepared.templates = Some(TemplateDir::open(&dir).unwrap());
    let text = kehoach::inspect::inspect(&kehoach::typeset(&prepared).unwrap()).text();
    assert!(text.contains("ĐOẠN ĐÃ THAY") && !text.contains("Đoạn gốc"), "{text}");

    // An error in the user's file is located in it: file, line, column, snippet.
    write(&party, "// a comment\n#let broken = (");
    let err = kehoach::typeset(&prepared).unwrap_err();
    assert_eq!(err.exit_code(), 1, "{err}");
    let kehoach::Error::Invalid(diags) = &err else { panic!("{err}") };
    let shown = party.canonicalize().unwrap().display().to_string();
    assert_eq!((diags[0].file.as_str(), diags[0].line), (shown.as_str(), Some(2)), "{err}");
    assert!(err.to_string().contains("#let broken = ("), "the snippet shows the line: {err}");
    assert!(err.to_string().contains("render without --templates"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// The minijinja templates layer too: `DIR/base.typ.j2` or a kind's own
/// `DIR/ke-hoach.typ.j2` replaces the embedded skeleton, and an error in it is
/// located at its line.
#[test]
fn a_template_directory_overrides_the_document_templates() {
    let dir = scratch("override-j2");
    let (_, base) = kehoach::assets::TEMPLATES.iter().find(|(n, _)| *n == "base.typ.j2").unwrap();
    let mut prepared = kehoach::prepare("plan.toml", MINIMAL).unwrap();
    prepared.templates = Some(TemplateDir::open(&dir).unwrap());
    assert_eq!(kehoach::typst_source(&prepared).unwrap(), {
        let mut embedded = prepared.clone();
        embedded.templates = None;
        kehoach::typst_source(&embedded).unwrap()
    }, "an empty directory changes nothing");

    write(&dir.join("base.typ.j2"), &format!("{base}\n#[CHÂN TRANG RIÊNG]\n"));
    let text = kehoach::inspect::inspect(&kehoach::typeset(&prepared).unwrap()).text();
    assert!(text.contains("CHÂN TRANG RIÊNG"), "the user's skeleton is used: {text}");

    write(&dir.join("ke-hoach.typ.j2"), "{% extends \"base.typ.j2\" %}\n{% block title %}#[TIÊU ĐỀ RIÊNG]\n{% endblock %}\n");
    let text = kehoach::inspect::inspect(&kehoach::typeset(&prepared).unwrap()).text();
    assert!(text.contains("TIÊU ĐỀ RIÊNG") && text.contains("CHÂN TRANG RIÊNG"), "a kind's own template over the user's skeleton: {text}");

    write(&dir.join("ke-hoach.typ.j2"), "{% extends \"base.typ.j2\" %}\n{% block title %}{{ doc.no_such_field }}{% endblock %}\n");
    let err = kehoach::typeset(&prepared).unwrap_err();
    assert_eq!(err.exit_code(), 1, "{err}");
    let kehoach::Error::Invalid(diags) = &err else { panic!("{err}") };
    assert!(diags[0].file.ends_with("ke-hoach.typ.j2") && diags[0].line == Some(2), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

fn scratch(name: &str) -> PathBuf {
    scratch_in("sandbox", name)
}
