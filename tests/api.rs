//! The typed API: a document built in code (no TOML text) is checked by
//! `prepare_document` with diagnostics located by field path, written as
//! TOML that reads back the same, and its errors print readably through `?`;
//! the example program `examples/from_csv.rs` builds a plan from a CSV and
//! renders it; the library without its default `cli` feature has no clap.

mod common;

use std::process::Command;

use kehoach::model::date::DocDate;
use kehoach::model::plan::Purpose;
use kehoach::model::{Document, Issuer, Kind, Recipients, Section, Signer};

fn notice() -> Document {
    let mut doc = Document::new(
        Kind::ThongBao,
        Issuer::new("Đảng ủy xã Nghĩa Thái", "ĐU").under("Đảng bộ tỉnh Ninh Bình"),
        "Nghĩa Thái",
        DocDate::ymd(2026, 6, 5).unwrap(),
        "lịch sinh hoạt chi bộ tháng 6",
        Signer::new("Bí thư", "Nguyễn Văn An").on_behalf_of("Đảng ủy"),
    );
    doc.number = Some(7);
    doc.sections.push(Section::new("Thời gian").paragraph("Ngày [b]10/6/2026[/b].").item("Chi bộ thôn Đông."));
    doc.recipients = Some(Recipients::new(["Các chi bộ"], "VPĐU"));
    doc
}

#[test]
fn a_document_built_in_code_is_prepared_and_written_as_toml_that_reads_back() {
    let doc = notice();
    let prepared = kehoach::prepare_document(&doc).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(prepared.context.header.number, "Số 07-TB/ĐU");
    assert_eq!(prepared.context.header.date, "Nghĩa Thái, ngày 05 tháng 6 năm 2026");
    assert_eq!(prepared.context.sections[0].label, "I-");
    let toml = doc.to_toml();
    assert!(toml.contains("kind = \"thong-bao\"\n") && toml.contains("date = \"2026-06-05\"\n"), "{toml}");
    let again = kehoach::prepare("notice.toml", &toml).unwrap_or_else(|e| panic!("{e}\n{toml}"));
    assert_eq!(
        kehoach::printed::Printed::of(&again),
        kehoach::printed::Printed::of(&prepared),
        "the TOML prints the same document"
    );
    let pdf = kehoach::render_pdf(&prepared, &kehoach::PdfSettings::default()).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
}

#[test]
fn a_mistake_in_code_is_located_by_field_path_and_prints_readably() {
    let mut doc = notice();
    doc.sections[0].title = Some("Thời gian [b]sinh hoạt".into());
    doc.purpose = Some(Purpose::default());
    let e = kehoach::prepare_document(&doc).unwrap_err();
    let kehoach::Error::Invalid(diagnostics) = &e else { panic!("{e}") };
    let fields: Vec<_> = diagnostics.iter().map(|d| (d.field.as_deref(), d.line, d.id.as_deref())).collect();
    assert!(fields.contains(&(Some("sections[0].title"), None, Some("invalid-markup"))), "{fields:?}");
    assert!(fields.iter().all(|(f, line, id)| f.is_some() && line.is_none() && id.is_some()), "{fields:?}");
    // `?` in main prints the Debug form: the diagnostics as the command line shows them.
    let shown = format!("{e:?}");
    assert!(shown.starts_with("error: a Thông báo has no `purpose`\n  --> <document>\n   = field: purpose\n"), "{shown}");
    assert!(shown.contains("error: `[b]` is never closed"), "{shown}");
    assert!(shown.contains("  --> <document>\n   = field: sections[0].title\n"), "{shown}");
    assert!(!shown.contains("Diagnostic {"), "{shown}");
}

fn cargo() -> Command {
    let mut cmd = Command::new(env!("CARGO"));
    cmd.current_dir(common::root());
    cmd
}

#[test]
fn the_csv_example_builds_a_plan_in_code_and_renders_it() {
    let dir = common::scratch_in("api", "csv");
    let out = dir.join("plan.pdf");
    let o = cargo()
        .args(["run", "--quiet", "--release", "--example", "from_csv", "--", "examples/sectors.csv"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(String::from_utf8_lossy(&o.stdout), format!("{}: 3 sectors, {} bytes\n", out.display(), std::fs::metadata(&out).unwrap().len()));
    let text = Command::new("pdftotext").arg(&out).arg("-").output().expect("pdftotext (poppler-utils) is installed");
    let layout = common::squash(&String::from_utf8_lossy(&text.stdout));
    assert!(layout.contains("II- NỘI DUNG 1. Nội dung 1.1. Trên lĩnh vực kinh tế"), "{layout}");
    assert!(layout.contains("- Vận động nhân dân hiến đất làm đường giao thông nông thôn."), "{layout}");
    assert!(layout.contains("thôn xóm “tự quản, tự phòng, tự bảo vệ”") || layout.contains("thôn xóm \"tự quản, tự phòng, tự bảo vệ\""), "{layout}");
}

#[test]
fn the_library_without_the_cli_feature_has_no_clap() {
    let tree = |features: &[&str]| {
        let o = cargo().args(["tree", "--offline", "-e", "normal", "--prefix", "none", "-p", "kehoach"]).args(features).output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        String::from_utf8_lossy(&o.stdout).into_owned()
    };
    let library = tree(&["--no-default-features"]);
    assert!(library.contains("typst v"), "{library}");
    assert!(!library.lines().any(|l| l.starts_with("clap")), "{library}");
    assert!(tree(&[]).lines().any(|l| l.starts_with("clap v")), "the default features keep the command line");
}

#[test]
fn the_package_for_crates_io_is_clean_and_holds_what_the_crate_needs() {
    let o = cargo().args(["package", "--list", "--allow-dirty", "--offline"]).output().unwrap();
    let warnings = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success() && !warnings.contains("warning"), "{warnings}");
    let files = String::from_utf8_lossy(&o.stdout);
    for needed in ["src/lib.rs", "templates/base.typ.j2", "fonts/LiberationSerif-Regular.ttf", "templates/profiles/dang.toml", "README.md", "examples/from_csv.rs"] {
        assert!(files.lines().any(|l| l == needed), "{needed} is not packaged:\n{files}");
    }
    assert!(!files.lines().any(|l| l.starts_with("fuzz/") || l.starts_with(".github/") || l.starts_with("target/")), "{files}");
}

#[test]
fn the_warnings_after_layout_add_the_page_checks() {
    let source = format!("{}[check]\nallow = [\"P-HDR-6\"]\n", common::MINIMAL);
    let prepared = kehoach::prepare("plan.toml", &source).unwrap_or_else(|e| panic!("{e}"));
    assert!(prepared.warnings.is_empty(), "{:?}", prepared.warnings);
    let pages = kehoach::typeset(&prepared).unwrap();
    let all = prepared.warnings_with_pages(&pages);
    let found: Vec<_> = all.iter().map(|d| (d.id.as_deref(), d.field.as_deref(), d.line)).collect();
    // The page rule the file allows is met on the page: the allowance is unused.
    assert_eq!(found, [(Some("unused-allow"), Some("check.allow[0]"), Some(22))], "{all:?}");
}
