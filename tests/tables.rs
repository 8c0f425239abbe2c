//! Tables as offices make them (docs/form-rules.md "Tables"): a two-row
//! header, cells spanning columns and rows, bold group rows, the inline markup
//! of body text in cells, long words broken inside their cell, the header
//! repeated on every page, rows never split — and the PDF and the DOCX (laid
//! out by LibreOffice) breaking their pages at the same rows.
//!
//! The fixture `tests/fixtures/tables/chuong-trinh-29.toml` is a Chương
//! trình whose Phụ lục 1 holds 29 tasks in four groups with a "Nguồn lực"
//! column, and whose Phụ lục 2 holds a table of the general form.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::*;
use kehoach::inspect::{Layout, TextRun};

fn fixture() -> PathBuf {
    root().join("tests/fixtures/tables/chuong-trinh-29.toml")
}

fn prepared() -> kehoach::Prepared {
    let source = std::fs::read_to_string(fixture()).unwrap();
    kehoach::prepare("chuong-trinh-29.toml", &source).unwrap_or_else(|e| panic!("{e}"))
}

fn layout() -> Layout {
    layout_of_file(&fixture())
}

/// The runs of a page whose text starts with `start`.
fn runs<'a>(l: &'a Layout, page: usize, start: &str) -> Vec<&'a TextRun> {
    l.texts.iter().filter(|r| r.page == page && r.text.trim_start().starts_with(start)).collect()
}

/// The one run of a page that reads `text`.
fn one<'a>(l: &'a Layout, page: usize, text: &str) -> &'a TextRun {
    let start = text;
    let found: Vec<&TextRun> = l.texts.iter().filter(|r| r.page == page && squash(&r.text) == text).collect();
    assert_eq!(found.len(), 1, "{start:?} on page {page}: {found:?}");
    found[0]
}

/// The page of the general table (Phụ lục 2).
fn general_page(l: &Layout) -> usize {
    l.texts.iter().find(|r| r.text.contains("Thời gian trình")).expect("the two-row header").page
}

fn centre(r: &TextRun) -> f64 {
    r.x + r.width / 2.0
}

/// The source of the fixture with one row of the general table replaced.
fn with_row(row: &str) -> String {
    let source = std::fs::read_to_string(fixture()).unwrap();
    let start = source.find("  [1, \"Đề án [b]").unwrap();
    let end = start + source[start..].find('\n').unwrap();
    format!("{}{row}{}", &source[..start], &source[end..])
}

fn error_of(source: &str) -> String {
    match kehoach::prepare("t.toml", source) {
        Ok(_) => panic!("accepted"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn a_group_over_columns_makes_a_two_row_header() {
    let l = layout();
    let page = general_page(&l);
    let group = one(&l, page, "Thời gian trình");
    let (btv, bch) = (one(&l, page, "BTV"), one(&l, page, "BCH"));
    // The group's cell over its two columns: above them, centred between them.
    assert!(group.y < btv.y - 3.0 && (btv.y - bch.y).abs() < 0.1, "{group:?} {btv:?} {bch:?}");
    assert_near(centre(group), (centre(btv) + centre(bch)) / 2.0, 1.0, "the group's centre");
    assert!(group.bold && btv.bold && bch.bold, "the header is bold");
    // A column without a group spans both rows: "Tên đề án" centred between the two rows' baselines.
    let name = one(&l, page, "Tên đề án");
    assert!(name.y > group.y + 1.0 && name.y < btv.y - 1.0, "{name:?} between {} and {}", group.y, btv.y);
}

#[test]
fn cells_span_columns_and_rows_and_group_rows_cross_the_table() {
    let l = layout();
    let page = general_page(&l);
    let (btv, bch) = (one(&l, page, "BTV"), one(&l, page, "BCH"));
    // colspan = 2 over BTV and BCH, centred.
    let year = one(&l, page, "Cả năm 2026");
    assert_near(centre(year), (centre(btv) + centre(bch)) / 2.0, 1.0, "the spanning cell's centre");
    // rowspan = 2: "Ban Tổ chức Tỉnh ủy" printed once, vertically between rows 1 and 2.
    let body = l.texts.iter().filter(|r| r.page == page && r.text.contains("Ban Tổ chức")).collect::<Vec<_>>();
    assert_eq!(body.len(), 1, "{body:?}");
    let (row1, row2) = (one(&l, page, "Quý I"), one(&l, page, "Cả năm 2026"));
    assert!(body[0].y > row1.y && body[0].y < row2.y, "{:?} between rows at {} and {}", body[0], row1.y, row2.y);
    // Group rows: bold, at the table's left edge (the TT column's), not in a column.
    let tt = runs(&l, page, "1").into_iter().min_by(|a, b| a.x.total_cmp(&b.x)).unwrap();
    for title in ["I. Công tác xây dựng Đảng", "II. Công tác dân vận"] {
        let g = one(&l, page, title);
        assert!(g.bold, "{title} is bold");
        assert!(g.x < tt.x, "{title} starts at the table's left edge: {g:?} against TT {tt:?}");
    }
}

#[test]
fn cells_have_the_markup_of_body_text_and_the_rest_prints_as_typed() {
    let l = layout();
    let page = general_page(&l);
    let on_page: Vec<&TextRun> = l.texts.iter().filter(|r| r.page == page).collect();
    // The bold runs of the page's body: the tagged words and the group rows, nothing else.
    let name = one(&l, page, "Tên đề án");
    let bold: Vec<&str> = on_page.iter().filter(|r| r.bold && r.y > name.y + 6.0).map(|r| r.text.trim()).collect();
    assert_eq!(squash(&bold.join(" ")), "I. Công tác xây dựng Đảng nâng cao chất lượng II. Công tác dân vận", "{bold:?}");
    let note = on_page.iter().find(|r| r.text.starts_with("Ghi chú")).unwrap();
    let italic: Vec<&str> = on_page.iter().filter(|r| r.italic && r.y > name.y && r.y < note.y).map(|r| r.text.trim()).collect();
    assert_eq!(squash(&italic.join(" ")), "(dự kiến)", "{italic:?}");
    let all: String = on_page.iter().map(|r| r.text.as_str()).collect::<Vec<_>>().join(" ");
    assert!(!all.contains("[b]") && !all.contains("[/i]"), "the tags are not printed: {all}");
    for literal in ["#set", "$x$", "[b", "\\"] {
        assert!(all.contains(literal), "{literal:?} prints as typed: {all}");
    }
}

#[test]
fn broken_markup_in_a_cell_is_a_located_error() {
    let e = error_of(&with_row(r#"  [1, "Đề án [b]nâng cao", "Ban Tổ chức Tỉnh ủy", "Quý I", "Quý II", "x"],"#));
    assert!(e.contains("`[b]` is never closed"), "{e}");
    assert!(e.contains("appendices[1].tables[0].rows[1][1]"), "{e}");
}

#[test]
fn spans_that_do_not_fit_are_located_errors_with_the_fix() {
    // The row span of row 1 covers "Cơ quan soạn thảo" of row 2: a row with one cell too many.
    let e = error_of(&with_row(r#"  [1, "Đề án", { text = "Ban Tổ chức Tỉnh ủy", rowspan = 2 }, "Quý I", "Quý II"],"#));
    assert!(e.contains("this row fills 5 of the table's 6 columns (spans counted)"), "{e}");
    assert!(e.contains("appendices[1].tables[0].rows[1]"), "{e}");
    let e = error_of(&with_row(r#"  [1, "Đề án", { text = "Ban Tổ chức", colspan = 5 }, "x"],"#));
    assert!(e.contains("cell 3 of this row falls where a span from above covers, or reaches past the last of the 6 columns"), "{e}");
    let source = with_row(r#"  [1, "Đề án", { text = "Ban Tổ chức Tỉnh ủy", rowspan = 9 }, "Quý I", "Quý II", "x"],"#);
    let e = error_of(&source);
    assert!(e.contains("cell 3 spans 9 rows but only 3 follow it; shorten its `rowspan`"), "{e}");
}

#[test]
fn a_long_word_breaks_inside_its_cell() {
    let prepared = prepared();
    let l = layout();
    let page = general_page(&l);
    // Every piece of the web address and of the long code stays left of the
    // table's right edge (the text area's, 20 mm from the paper's edge).
    let right = l.pages[page - 1].width - prepared.profile.page.margin_right_mm;
    let column = one(&l, page, "Tài liệu");
    let pieces: Vec<&TextRun> = l.texts.iter().filter(|r| r.page == page && r.y > column.y && r.x > column.x - 5.0).collect();
    assert!(pieces.len() >= 8, "the address and the code take several lines: {pieces:?}");
    for r in &pieces {
        assert!(r.x + r.width <= right + 0.1, "{r:?} overflows the text area ({right} mm)");
    }
    // And the page holds its margins (P-PAGE-2 failed here before).
    let results = kehoach::verify::verify(&prepared, &l);
    let margins = results.iter().find(|r| r.id == "P-PAGE-2").unwrap();
    assert!(!margins.failed(), "{margins:?}");
    // A word that fits is left whole: no break opportunity in the context.
    let context = serde_json::to_string(&prepared.context).unwrap();
    assert!(context.contains("Ban Tuyên giáo và Dân vận Tỉnh ủy") && !context.contains("Tuy\u{200B}ên"));
}

/// The rows of the tasks table of Phụ lục 1: each task's number ("1" … "29")
/// in the TT column, with its page and baseline.
fn task_rows(l: &Layout) -> Vec<(usize, usize, f64)> {
    let first = l.texts.iter().find(|r| r.text.contains("Phụ lục 1")).expect("Phụ lục 1").page;
    let second = l.texts.iter().find(|r| r.text.contains("Phụ lục 2")).expect("Phụ lục 2").page;
    let tt = l.texts.iter().find(|r| r.page == first && r.text == "TT").unwrap();
    let mut rows: Vec<(usize, usize, f64)> = l
        .texts
        .iter()
        .filter(|r| r.page >= first && r.page < second && (centre(r) - centre(tt)).abs() < 2.0)
        .filter_map(|r| r.text.parse::<usize>().ok().map(|n| (n, r.page, r.y)))
        .collect();
    rows.sort_by_key(|r| r.0);
    rows
}

#[test]
fn the_header_repeats_on_every_page_of_the_table() {
    let l = layout();
    let rows = task_rows(&l);
    assert_eq!(rows.iter().map(|r| r.0).collect::<Vec<_>>(), (1..=29).collect::<Vec<_>>());
    let pages: std::collections::BTreeSet<usize> = rows.iter().map(|r| r.1).collect();
    assert!(pages.len() >= 3, "the table spans several pages: {pages:?}");
    for page in pages {
        let first_row = rows.iter().filter(|r| r.1 == page).map(|r| r.2).fold(f64::MAX, f64::min);
        for header in ["TT", "Nội dung", "Nguồn lực", "Thời"] {
            let h = runs(&l, page, header);
            assert!(h.iter().any(|r| r.bold && r.y < first_row), "{header:?} bold above the rows on page {page}: {h:?}");
        }
    }
}

#[test]
fn a_row_never_splits_across_pages() {
    let l = layout();
    let prepared = prepared();
    let tasks = &prepared.document.appendices[0].tasks;
    let rows = task_rows(&l);
    // The lines of the content column (left-aligned: all at the x of row 1's first line).
    let first_words = tasks[0].content.as_str().split_whitespace().take(2).collect::<Vec<_>>().join(" ");
    let x = l.texts.iter().find(|r| r.page == rows[0].1 && r.text.starts_with(&first_words)).unwrap().x;
    let lines: Vec<&TextRun> = l.texts.iter().filter(|r| r.page >= rows[0].1 && (r.x - x).abs() < 0.5).collect();
    // The content column read in order, each word with its page; each task's
    // content is the next run of words, and all of them on one page.
    let mut lines = lines;
    lines.sort_by(|a, b| (a.page, a.y).partial_cmp(&(b.page, b.y)).unwrap());
    let words: Vec<(String, usize)> =
        lines.iter().flat_map(|r| r.text.split_whitespace().map(|w| (w.to_owned(), r.page)).collect::<Vec<_>>()).collect();
    let mut at = 0;
    for (i, task) in tasks.iter().enumerate() {
        let expected: Vec<&str> = task.content.as_str().split_whitespace().collect();
        let got = &words[at..at + expected.len()];
        assert_eq!(got.iter().map(|w| w.0.as_str()).collect::<Vec<_>>(), expected, "row {}", i + 1);
        let pages: std::collections::BTreeSet<usize> = got.iter().map(|w| w.1).collect();
        assert_eq!(pages, [rows[i].1].into(), "row {} is on one page, its number's", i + 1);
        at += expected.len();
    }
}

#[test]
fn a_task_table_takes_a_resources_column_only_when_a_task_has_resources() {
    let ours = serde_json::to_string(&prepared().context).unwrap();
    assert!(ours.contains("Nguồn lực") && ours.contains("Ngân sách tỉnh và nguồn xã hội hóa"));
    let example = std::fs::read_to_string(example("chuong-trinh-dong-nai-2026.toml")).unwrap();
    let plain = kehoach::prepare("x.toml", &example).unwrap();
    assert!(!serde_json::to_string(&plain.context).unwrap().contains("Nguồn lực"));
    // The group rows of tasks print in bold across the table, the numbers run on.
    let l = layout();
    let g = l.texts.iter().find(|r| r.text == "II. Công tác dân vận của hệ thống chính trị").unwrap();
    assert!(g.bold, "{g:?}");
    assert_eq!(task_rows(&l).len(), 29);
}

#[test]
fn the_schema_describes_the_new_forms() {
    let out = Command::new(env!("CARGO_BIN_EXE_kehoach")).args(["schema"]).output().unwrap();
    let schema = String::from_utf8(out.stdout).unwrap();
    for word in ["colspan", "rowspan", "\"group\"", "\"resources\"", "Thời gian trình"] {
        assert!(schema.contains(word), "the JSON Schema names {word}");
    }
}

#[test]
fn the_docx_writes_the_same_grid() {
    let docx = kehoach::render_docx(&prepared(), Some(0)).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml).unwrap();
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let w = |n: roxmltree::Node, name: &str| n.tag_name().name() == name;
    let tables: Vec<roxmltree::Node> = doc.descendants().filter(|n| w(*n, "tbl") && n.descendants().any(|d| w(d, "tblHeader"))).collect();
    assert_eq!(tables.len(), 3, "the tasks of the body and of Phụ lục 1, and the general table");
    let general = tables[2];
    let rows: Vec<roxmltree::Node> = general.children().filter(|n| w(*n, "tr")).collect();
    // Two header rows, both repeated; every row kept whole.
    let header_rows = rows.iter().filter(|r| r.descendants().any(|d| w(d, "tblHeader"))).count();
    assert_eq!(header_rows, 2);
    assert!(rows.iter().all(|r| r.descendants().any(|d| w(d, "cantSplit"))));
    // Every row covers the 6 columns of the grid (gridSpan counted).
    for (i, r) in rows.iter().enumerate() {
        let cols: u32 = r
            .children()
            .filter(|c| w(*c, "tc"))
            .map(|c| c.descendants().find(|d| w(*d, "gridSpan")).and_then(|g| g.attributes().next()).map_or(1, |a| a.value().parse().unwrap()))
            .sum();
        assert_eq!(cols, 6, "row {i}");
    }
    let text = |n: &roxmltree::Node| n.descendants().filter(|d| w(*d, "t")).filter_map(|d| d.text()).collect::<String>();
    // The vertical merges: "TT" over two header rows, "Ban Tổ chức Tỉnh ủy" over two body rows.
    let restarts: Vec<String> = general
        .descendants()
        .filter(|n| w(*n, "vMerge") && n.attributes().any(|a| a.value() == "restart"))
        .map(|n| text(&n.parent().unwrap().parent().unwrap()))
        .collect();
    assert!(restarts.contains(&"TT".to_owned()) && restarts.contains(&"Ban Tổ chức Tỉnh ủy".to_owned()), "{restarts:?}");
    let all = text(&general);
    assert!(all.contains("#set $x$ [b \\ literal") && !all.contains("[b]"), "{all}");
}

/// The pages of a PDF, as text (pdftotext), one string a page.
fn pdf_pages(pdf: &Path) -> Vec<String> {
    let out = Command::new("pdftotext").args(["-layout"]).arg(pdf).arg("-").output().expect("pdftotext (poppler-utils) is installed");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_owned).collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

#[test]
fn the_pdf_and_the_docx_laid_out_by_libreoffice_have_the_same_pages() {
    let dir = scratch_in("tables", "libreoffice");
    let prepared = prepared();
    let pdf = dir.join("chuong-trinh-29.pdf");
    std::fs::write(&pdf, kehoach::render_pdf(&prepared, &kehoach::PdfSettings::default()).unwrap()).unwrap();
    let docx = dir.join("chuong-trinh-29.docx");
    std::fs::write(&docx, kehoach::render_docx(&prepared, Some(0)).unwrap()).unwrap();
    let out_dir = libreoffice_pdfs(&dir, &[docx]);
    let ours = pdf_pages(&pdf);
    let office = pdf_pages(&out_dir.join("chuong-trinh-29.pdf"));
    assert_eq!(office.len(), ours.len(), "LibreOffice lays out {} pages, kehoach {}", office.len(), ours.len());
    // The same rows on the same pages: each group row and the last task.
    let page_of = |pages: &[String], what: &str| pages.iter().position(|p| squash(p).contains(what));
    for what in ["I. Công tác xây dựng Đảng", "II. Công tác dân vận của hệ thống chính trị", "III. Phát triển kinh tế - xã hội", "IV. Quốc phòng, an ninh", "Các đề án trình Ban Thường vụ"] {
        assert_eq!(page_of(&office, what), page_of(&ours, what), "{what:?}");
    }
}
