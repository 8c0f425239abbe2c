//! DOCX output: the package and its parts (well-formed XML, the content types
//! Word requires, reproducible bytes), the form as Word expresses it, user
//! text as data, bad input and safe writes — and LibreOffice's layout of
//! every example against kehoach's own PDF (`soffice --headless`, with the
//! repository's fonts; positions read with poppler's `pdftotext -bbox`).

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::*;

/// The parts of a .docx, by name.
fn unzip(bytes: &[u8]) -> BTreeMap<String, String> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip archive");
    let mut parts = BTreeMap::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let mut text = String::new();
        f.read_to_string(&mut text).unwrap_or_else(|e| panic!("{} is not UTF-8: {e}", f.name()));
        parts.insert(f.name().to_owned(), text);
    }
    parts
}

fn docx_of(path: &Path) -> Vec<u8> {
    let source = fs::read_to_string(path).unwrap();
    let prepared = kehoach::prepare(&path.display().to_string(), &source).unwrap();
    kehoach::render_docx(&prepared, None).unwrap()
}

fn docx_of_source(source: &str) -> BTreeMap<String, String> {
    let prepared = kehoach::prepare("plan.toml", source).unwrap_or_else(|e| panic!("{e}"));
    unzip(&kehoach::render_docx(&prepared, None).unwrap())
}

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// The text of every `w:t` of a part, paragraph by paragraph.
fn paragraphs(xml: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(xml).unwrap();
    doc.descendants()
        .filter(|n| n.has_tag_name((W, "p")))
        .map(|p| p.descendants().filter(|n| n.has_tag_name((W, "t"))).filter_map(|t| t.text()).collect::<String>())
        .filter(|t| !t.is_empty())
        .collect()
}

fn attr<'a>(node: roxmltree::Node<'a, '_>, name: &str) -> Option<&'a str> {
    node.attribute((W, name))
}

// ---- the package -------------------------------------------------------------

#[test]
fn every_example_is_a_package_word_opens() {
    for path in examples() {
        let parts = unzip(&docx_of(&path));
        let name = path.display();
        for (part, xml) in &parts {
            roxmltree::Document::parse(xml).unwrap_or_else(|e| panic!("{name}: {part} is not well-formed XML: {e}"));
        }
        // The content types Word requires, and every part they name is there.
        let types = roxmltree::Document::parse(&parts["[Content_Types].xml"]).unwrap();
        let overrides: BTreeMap<&str, &str> = types
            .descendants()
            .filter(|n| n.has_tag_name("Override"))
            .map(|n| (n.attribute("PartName").unwrap(), n.attribute("ContentType").unwrap()))
            .collect();
        assert_eq!(
            overrides.get("/word/document.xml").copied(),
            Some("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
            "{name}"
        );
        assert!(types.descendants().any(|n| n.attribute("Extension") == Some("rels")), "{name}: no rels content type");
        for part in overrides.keys() {
            assert!(parts.contains_key(part.trim_start_matches('/')), "{name}: {part} is declared but missing");
        }
        // Every relationship points at a part of the package.
        for (rels, base) in [("_rels/.rels", ""), ("word/_rels/document.xml.rels", "word/")] {
            let doc = roxmltree::Document::parse(&parts[rels]).unwrap();
            for target in doc.descendants().filter_map(|n| n.attribute("Target")) {
                assert!(parts.contains_key(&format!("{base}{target}")), "{name}: {rels} points at missing {target}");
            }
        }
        assert_eq!(parts.keys().next().map(String::as_str), Some("[Content_Types].xml"));
    }
}

#[test]
fn identical_input_gives_identical_bytes_in_two_processes() {
    let dir = scratch_in("docx", "repro");
    let input = example("nghia-thai-2024.toml");
    let input = input.to_str().unwrap();
    let a = kehoach_env(&["render", input, "--format", "docx", "-o", "a.docx"], &dir, &[("TZ", "UTC")]);
    let b = kehoach_env(&["render", input, "--format", "docx", "-o", "b.docx"], &dir, &[("TZ", "Asia/Ho_Chi_Minh")]);
    assert_eq!((a.status.code(), b.status.code()), (Some(0), Some(0)), "{}{}", stderr(&a), stderr(&b));
    let (a, b) = (fs::read(dir.join("a.docx")).unwrap(), fs::read(dir.join("b.docx")).unwrap());
    assert!(a == b, "two processes wrote different bytes");
    assert!(a == docx_of(&example("nghia-thai-2024.toml")), "library and binary differ");
    // Entries are dated 1980-01-01 00:00 (DOS date 0x0021, time 0).
    let zip = zip::ZipArchive::new(std::io::Cursor::new(&a)).unwrap();
    assert!(zip.file_names().count() >= 8);
    // The core properties: title, author = issuing body, the document's date.
    let core = &unzip(&a)["docProps/core.xml"];
    assert!(core.contains("<dc:title>Kế hoạch "), "{core}");
    assert!(core.contains("<dc:creator>Đảng ủy xã Nghĩa Thái</dc:creator>") || core.contains("<dc:creator>Đảng uỷ xã Nghĩa Thái</dc:creator>"), "{core}");
    assert!(core.contains(">2024-04-01T00:00:00Z</dcterms:created>"), "{core}");
    // SOURCE_DATE_EPOCH dates the properties instead.
    let c = kehoach_env(&["render", input, "--format", "docx", "-o", "c.docx"], &dir, &[("SOURCE_DATE_EPOCH", "1700000000")]);
    assert_eq!(c.status.code(), Some(0), "{}", stderr(&c));
    let core = &unzip(&fs::read(dir.join("c.docx")).unwrap())["docProps/core.xml"];
    assert!(core.contains(">2023-11-14T22:13:20Z</dcterms:created>"), "{core}");
}
