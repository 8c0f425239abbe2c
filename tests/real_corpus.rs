//! The corpus of REAL published Party documents (`tests/corpus/real/*.toml`),
//! each typed verbatim with its source in a comment header: every sentence
//! of its text fields is printed (read back from the PDF with poppler's
//! `pdftotext`), `verify` finds no failed rule in the rule set of its date,
//! LibreOffice lays its DOCX out on as many pages as kehoach's PDF, and the
//! book's gallery shows its first page (`docs/gallery/<slug>.png`, listed in
//! `docs/book/src/gallery.md`). `KEHOACH_BLESS=1` rewrites the gallery
//! images from the current rendering.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::*;

/// Every file of the corpus.
fn corpus() -> Vec<PathBuf> {
    toml_files(&root().join("tests/corpus/real"))
}

/// The keys whose strings are not printed as written (codes, choices,
/// check switches) or are printed in another form.
const NOT_TEXT: &[&str] = &["kind", "code", "authority", "profile", "paper", "align", "allow", "place"];

/// Every string of the document that is printed: the values of the text
/// fields, recursively, with their key.
fn text_values(value: &toml::Value, key: &str, out: &mut Vec<String>) {
    match value {
        toml::Value::String(s) if !NOT_TEXT.contains(&key) => out.push(s.clone()),
        toml::Value::Array(items) => items.iter().for_each(|v| text_values(v, key, out)),
        // `[layout]` and `[check]` say how to print, not what.
        toml::Value::Table(table) => {
            table.iter().filter(|(k, _)| !matches!(k.as_str(), "layout" | "check")).for_each(|(k, v)| text_values(v, k, out))
        }
        _ => {}
    }
}

/// The pieces of a text value that must appear on the page as typed: its
/// sentences, with inline markup removed and split at a `[date]…[/date]`
/// (printed in another form), each piece whitespace-collapsed and
/// lower-cased (headings and signature lines print in capitals).
fn sentences(text: &str) -> Vec<String> {
    let mut plain = text.to_owned();
    for tag in ["[b]", "[/b]", "[i]", "[/i]", "[u]", "[/u]"] {
        plain = plain.replace(tag, "");
    }
    let mut pieces = Vec::new();
    let mut rest = plain.as_str();
    loop {
        match (rest.find("[date]"), rest.find("[/date]")) {
            (Some(a), Some(b)) if a < b => {
                pieces.push(rest[..a].to_owned());
                rest = &rest[b + "[/date]".len()..];
            }
            _ => {
                pieces.push(rest.to_owned());
                break;
            }
        }
    }
    let mut out = Vec::new();
    for piece in pieces {
        let mut start = 0;
        let chars: Vec<(usize, char)> = piece.char_indices().collect();
        for (i, &(at, c)) in chars.iter().enumerate() {
            let next_is_space = chars.get(i + 1).is_none_or(|&(_, n)| n.is_whitespace());
            if matches!(c, '.' | '!' | '?' | ';') && next_is_space {
                out.push(piece[start..at + c.len_utf8()].to_owned());
                start = at + c.len_utf8();
            }
        }
        out.push(piece[start..].to_owned());
    }
    out.into_iter().map(|s| squash(&s).to_lowercase()).filter(|s| s.chars().count() > 3).collect()
}

/// The text of a PDF as poppler reads it in drawing order, lines joined by
/// spaces, without the page numbers (lines of digits alone), lower-cased.
fn printed_text(pdf: &Path) -> String {
    let out = Command::new("pdftotext").arg("-raw").arg(pdf).arg("-").output().expect("pdftotext (poppler-utils) is installed");
    assert!(out.status.success(), "pdftotext {}: {}", pdf.display(), String::from_utf8_lossy(&out.stderr));
    // The context's bindings read back as what was typed: a non-breaking
    // space as a space, a word joiner and a break opportunity as nothing.
    let text = String::from_utf8(out.stdout).unwrap().replace('\u{a0}', " ").replace(['\u{2060}', '\u{200b}'], "");
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().chars().all(|c| c.is_ascii_digit() || c == '\u{c}')).collect();
    squash(&lines.join(" ")).to_lowercase()
}

/// The number of pages of a PDF (`pdfinfo`).
fn pages(pdf: &Path) -> usize {
    let out = Command::new("pdfinfo").arg(pdf).output().expect("pdfinfo (poppler-utils) is installed");
    let info = String::from_utf8_lossy(&out.stdout);
    info.lines().find_map(|l| l.strip_prefix("Pages:")).map(|n| n.trim().parse().unwrap()).unwrap_or_else(|| panic!("{}: no page count", pdf.display()))
}

fn slug(path: &Path) -> String {
    path.file_stem().unwrap().to_string_lossy().into_owned()
}

fn prepared(path: &Path) -> kehoach::Prepared {
    let source = fs::read_to_string(path).unwrap();
    kehoach::prepare(&path.display().to_string(), &source).unwrap_or_else(|e| panic!("{} is invalid:\n{e}", path.display()))
}

#[test]
fn every_file_names_its_source_and_what_the_model_could_not_say() {
    let files = corpus();
    assert!(!files.is_empty(), "the corpus of real documents is empty");
    for path in &files {
        let source = fs::read_to_string(path).unwrap();
        let header: Vec<&str> = source.lines().take_while(|l| l.starts_with('#') || l.is_empty()).collect();
        let header = header.join("\n");
        for part in ["REAL DOCUMENT", "Source:", "Left out", "could not say"] {
            assert!(header.contains(part), "{}: the comment header lacks {part:?}", path.display());
        }
    }
}

/// The sentences of the text fields of `typed` (TOML) that the PDF rendered
/// from `rendered` does not print as typed.
fn unprinted(typed: &str, rendered: &str, pdf: &Path) -> Vec<String> {
    let prepared = kehoach::prepare("corpus.toml", rendered).unwrap_or_else(|e| panic!("invalid:\n{e}"));
    fs::write(pdf, kehoach::render_pdf(&prepared, &Default::default()).unwrap()).unwrap();
    let printed = printed_text(pdf);
    let value: toml::Value = toml::from_str(typed).unwrap();
    let mut texts = Vec::new();
    text_values(&value, "", &mut texts);
    texts.iter().flat_map(|t| sentences(t)).filter(|s| !printed.contains(s.as_str())).collect()
}

#[test]
fn every_sentence_of_every_real_document_is_printed() {
    let dir = scratch_in("real-corpus", "text");
    for path in corpus() {
        let source = fs::read_to_string(&path).unwrap();
        let missing = unprinted(&source, &source, &dir.join(format!("{}.pdf", slug(&path))));
        assert!(missing.is_empty(), "{}: not printed as typed:\n{}", path.display(), missing.join("\n"));
    }
}

#[test]
fn a_sentence_the_page_does_not_print_is_reported() {
    // The sentences of a value, split at . ; ! ? and around a date's markup.
    assert_eq!(
        sentences("Một câu. Câu [b]hai[/b] trước ngày [date]2024-04-07[/date]; câu ba"),
        vec!["một câu.", "câu hai trước ngày", "câu ba"]
    );
    // A sentence typed into the data but missing from the page is reported,
    // and only it: the PDF is rendered from the file as it is, the text
    // read from the file with one more sentence in its opening.
    let dir = scratch_in("real-corpus", "reported");
    let path = corpus().into_iter().next().expect("a corpus file");
    let source = fs::read_to_string(&path).unwrap();
    let typed = source.replacen("opening = [\n  \"", "opening = [\n  \"Câu này không có trên trang. ", 1);
    assert!(typed != source, "{}: the first corpus file opens with an `opening` list", path.display());
    assert_eq!(unprinted(&typed, &source, &dir.join("reported.pdf")), vec!["câu này không có trên trang."]);
}

#[test]
fn every_real_document_verifies_in_the_rule_set_of_its_date() {
    for path in corpus() {
        let prepared = prepared(&path);
        let results = kehoach::verify::verify_prepared(&prepared).unwrap();
        let failed: Vec<String> = results.iter().filter(|r| r.failed()).map(|r| format!("{} {}: expected {}, found {}", r.id, r.rule, r.expected, r.actual)).collect();
        assert!(failed.is_empty(), "{} ({}): verify fails\n{}", path.display(), prepared.profile.name, failed.join("\n"));
    }
}

#[test]
fn libreoffice_lays_out_every_real_document_on_as_many_pages() {
    let dir = scratch_in("real-corpus", "libreoffice");
    let mut docx = Vec::new();
    for path in corpus() {
        let prepared = prepared(&path);
        let stem = slug(&path);
        fs::write(dir.join(format!("{stem}.pdf")), kehoach::render_pdf(&prepared, &Default::default()).unwrap()).unwrap();
        let file = dir.join(format!("{stem}.docx"));
        fs::write(&file, kehoach::render_docx(&prepared, None).unwrap()).unwrap();
        docx.push(file);
    }
    let office = libreoffice_pdfs(&dir, &docx);
    for path in corpus() {
        let stem = slug(&path);
        let (ours, theirs) = (pages(&dir.join(format!("{stem}.pdf"))), pages(&office.join(format!("{stem}.pdf"))));
        assert_eq!(theirs, ours, "{stem}: LibreOffice lays the DOCX out on {theirs} pages, kehoach's PDF has {ours}");
    }
}

#[test]
fn the_gallery_shows_the_first_page_of_every_real_document() {
    let gallery = root().join("docs/gallery");
    let chapter = fs::read_to_string(root().join("docs/book/src/gallery.md")).unwrap();
    let bless = std::env::var_os("KEHOACH_BLESS").is_some();
    let dir = scratch_in("real-corpus", "gallery");
    for path in corpus() {
        let stem = slug(&path);
        let image = gallery.join(format!("{stem}.png"));
        if bless {
            let pdf = dir.join(format!("{stem}.pdf"));
            fs::write(&pdf, kehoach::render_pdf(&prepared(&path), &Default::default()).unwrap()).unwrap();
            let status = Command::new("pdftoppm").args(["-png", "-gray", "-r", "40", "-f", "1", "-l", "1", "-singlefile"]).arg(&pdf).arg(gallery.join(&stem)).status().expect("pdftoppm (poppler-utils) is installed");
            assert!(status.success(), "pdftoppm {stem}");
        }
        let bytes = fs::read(&image).unwrap_or_else(|_| panic!("{}: no gallery image (KEHOACH_BLESS=1 writes it)", image.display()));
        assert!(bytes.starts_with(b"\x89PNG") && bytes.len() < 80_000, "{}: a small PNG", image.display());
        assert!(chapter.contains(&format!("../../gallery/{stem}.png")), "docs/book/src/gallery.md does not show {stem}");
        assert!(chapter.contains(&format!("tests/corpus/real/{stem}.toml")), "docs/book/src/gallery.md does not name the source file of {stem}");
    }
}
