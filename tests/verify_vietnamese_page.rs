//! `kehoach verify`'s page and header rules say what they expect and what
//! they measured in Vietnamese under `--lang vi` (issue 24), on the failing
//! paths too: each case breaks one rule on a laid-out page and reads the
//! exact Vietnamese texts of the failure. The language is one setting of the
//! process: every test of this file runs in Vietnamese (English is read with
//! `tr_in`).

mod common;

use kehoach::i18n::{self, Lang};
use kehoach::inspect::Layout;
use kehoach::verify::{verify, CheckResult};

fn laid_out(path: &std::path::Path) -> (kehoach::Prepared, Layout) {
    i18n::set(Lang::Vi);
    let source = std::fs::read_to_string(path).unwrap();
    let prepared = kehoach::prepare(&path.display().to_string(), &source).unwrap();
    let layout = kehoach::inspect::inspect(&kehoach::typeset(&prepared).unwrap());
    (prepared, layout)
}

fn plan() -> std::path::PathBuf {
    common::root().join("tests/fixtures/hd05-plan.toml")
}

/// The results of rule `id` named `rule` once `breaks` has changed the page.
fn broken(path: &std::path::Path, id: &str, rule: &str, breaks: impl Fn(&mut Layout)) -> CheckResult {
    let (prepared, mut layout) = laid_out(path);
    breaks(&mut layout);
    let results = verify(&prepared, &layout);
    let found = results.iter().find(|r| r.id == id && r.rule == rule);
    found.unwrap_or_else(|| panic!("no {id} {rule}: {results:#?}")).clone()
}

/// A failure's exact texts, as `(expected, actual)`.
fn texts(r: &CheckResult) -> (&str, &str) {
    assert!(r.failed() || !r.measurable, "{r:?} does not fail");
    (r.expected.as_str(), r.actual.as_str())
}

#[test]
fn a_missing_asterisk_is_said_in_vietnamese() {
    let r = broken(&plan(), "P-HDR-4", "asterisk", |l| l.texts.retain(|r| r.text.trim() != "*"));
    assert_eq!(texts(&r), ("\"*\" dưới tên cơ quan ban hành", "không thấy trên trang"));
    let line = r.to_string();
    assert_eq!(line, "KHÔNG ĐẠT P-HDR-4 dấu sao: cần \"*\" dưới tên cơ quan ban hành, đo được không thấy trên trang");
}

#[test]
fn a_number_off_its_column_is_said_in_vietnamese() {
    let r = broken(&plan(), "P-HDR-5", "number", |l| {
        l.texts.iter_mut().filter(|r| r.page == 1 && r.text.starts_with("Số")).for_each(|r| r.x += 15.0)
    });
    let (expected, actual) = texts(&r);
    assert_eq!(
        expected,
        "\"Số <nn>-<ký hiệu loại>/<ký hiệu cơ quan>\" (mục 3.4, không có dấu hai chấm) trên một dòng, 14 pt, chữ đứng, không đậm, căn giữa cột trái"
    );
    assert_eq!(actual, "\"Số 07-KH/ĐU\" trên 1 dòng, 14 pt, chữ đứng, không đậm, lệch tâm 15 mm");
}

#[test]
fn an_italic_title_is_said_in_vietnamese() {
    let r = broken(&plan(), "P-HDR-1", "title", |l| {
        l.texts.iter_mut().filter(|r| r.page == 1 && r.text.contains("CỘNG SẢN")).for_each(|r| r.italic = true)
    });
    assert_eq!(texts(&r), ("\"ĐẢNG CỘNG SẢN VIỆT NAM\", 15 pt, chữ đứng, đậm", "\"ĐẢNG CỘNG SẢN VIỆT NAM\", 15 pt, chữ nghiêng, đậm"));
}

#[test]
fn a_page_of_another_size_is_said_in_vietnamese() {
    let r = broken(&plan(), "P-PAGE-1", "page size", |l| l.pages[1].width = 215.0);
    assert_eq!(texts(&r), ("A4 210 × 297 mm ± 0.5 ở mọi trang (trang phụ lục có thể xoay ngang)", "215 × 297 mm ở trang 2"));
}

#[test]
fn a_line_in_the_left_margin_is_said_in_vietnamese() {
    let r = broken(&plan(), "P-PAGE-2", "left margin", |l| {
        let first = l.texts.iter_mut().find(|r| r.page == 1 && r.text.starts_with("Số")).unwrap();
        first.x = 25.0;
    });
    assert_eq!(texts(&r), ("30 mm ± 0.5", "25 mm (trang 1, \"Số 07-KH/ĐU\")"));
}

#[test]
fn a_numbered_appendix_start_is_said_in_vietnamese() {
    let r = broken(&plan(), "P-PAGE-3", "page numbers", |l| {
        let start = l.texts.iter().find(|r| r.page > 1 && r.text.to_lowercase().starts_with("phụ lục")).unwrap().page;
        let mut one = l.texts.iter().find(|r| r.page == 2 && r.y < 20.0 && r.text.trim() == "2").unwrap().clone();
        one.page = start;
        one.text = "1".into();
        l.texts.push(one);
    });
    assert_eq!(texts(&r), ("chữ số Ả Rập 14 pt, chữ đứng, ở mọi trang từ trang 2", "trang 3 là trang đầu của phụ lục nhưng có số trang \"1\""));
}

#[test]
fn a_red_word_is_said_in_vietnamese() {
    let r = broken(&plan(), "P-FONT-2", "text colour", |l| {
        let word = l.texts.iter_mut().find(|r| r.page == 1 && r.text.starts_with("Số")).unwrap();
        word.color = "#ff0000".into();
    });
    assert_eq!(
        texts(&r),
        ("màu đen (HD 05 mục IV.1), trừ chữ màu đỏ của dấu bản sao", "Số 07-KH/ĐU màu #ff0000 ở trang 1 (1 đoạn chữ không phải màu đen)")
    );
}

#[test]
fn a_regular_type_name_is_said_in_vietnamese() {
    let r = broken(&plan(), "P-TTL-1", "type name", |l| {
        l.texts.iter_mut().filter(|r| r.page == 1 && r.text.contains("KẾ HOẠCH")).for_each(|r| r.bold = false)
    });
    assert_eq!(
        texts(&r),
        (
            "chữ in hoa, 16 pt (bộ thông số; quy định 15–16 pt), chữ đứng, đậm, một dòng, căn giữa vùng trình bày",
            "\"KẾ HOẠCH\" trên 1 dòng, 16 pt, chữ đứng, không đậm, lệch tâm 0 mm"
        )
    );
}

/// A rule whose text is not on the page names where it was looked for.
#[test]
fn a_missing_title_is_said_in_vietnamese() {
    let r = broken(&plan(), "P-HDR-1", "title", |l| l.texts.retain(|r| !r.text.contains("CỘNG SẢN")));
    assert_eq!(texts(&r), ("\"ĐẢNG CỘNG SẢN VIỆT NAM\" ở cột phải trang 1", "không thấy trên trang"));
}

/// A size the plan's `[layout]` sets outside the rule's range: the
/// profile's choice and the range, said in Vietnamese.
#[test]
fn a_body_size_out_of_range_is_said_in_vietnamese() {
    i18n::set(Lang::Vi);
    let source = std::fs::read_to_string(plan()).unwrap() + "\n[layout.body]\nsize_pt = 13\n";
    let prepared = kehoach::prepare("plan.toml", &source).unwrap();
    let layout = kehoach::inspect::inspect(&kehoach::typeset(&prepared).unwrap());
    let results = verify(&prepared, &layout);
    let r = results.iter().find(|r| r.id == "P-BODY-1" && r.rule == "body text size").unwrap();
    assert_eq!(texts(r), ("13 pt (bộ thông số; quy định 14–15 pt)", "13 pt (24 dòng)"));
}

/// The right margin of a page whose paragraphs are one line each: not
/// measurable, and why, in Vietnamese.
#[test]
fn an_unmeasurable_right_margin_is_said_in_vietnamese() {
    let (prepared, layout) = laid_out(&common::root().join("tests/bad_inputs/dated-on-sunday-warning.toml"));
    let results = verify(&prepared, &layout);
    let r = results.iter().find(|r| r.id == "P-PAGE-2" && r.rule == "right margin").unwrap();
    assert_eq!(
        texts(r),
        (
            "15 mm ± 0.5",
            "không có dòng căn đều hai bên nào chạm lề phải (chữ gần mép phải nhất còn cách mép 18.7 mm (trang 1, \"Nghĩa Thái, ngày 07 tháng 4 năm 2024\"))"
        )
    );
    let spacing = results.iter().find(|r| r.id == "P-BODY-1" && r.rule == "line spacing").unwrap();
    assert_eq!(texts(spacing), ("đúng 18 pt (bộ thông số; quy định ≥ 18 pt)", "không có hai dòng của cùng một đoạn để đo"));
}

/// The departures an A5 paper takes are explained in Vietnamese too.
#[test]
fn the_departures_are_said_in_vietnamese() {
    let (prepared, layout) = laid_out(&common::example("giay-moi-nghia-thai-2026.toml"));
    let results = verify(&prepared, &layout);
    let why = |id: &str| results.iter().find(|r| r.id == id).and_then(|r| r.departure.clone()).unwrap_or_default();
    assert_eq!(
        why("P-PAGE-2"),
        "khổ A5 (HD 05 mục IV.3) không có lề riêng; bộ thông số A5 thu nhỏ lề 20/20/30/15 mm của khổ A4 thành 15/15/20/10 mm (templates/profiles/dang.toml [paper.A5.page])"
    );
    assert!(why("P-HDR-3").starts_with("khổ A5 (HD 05 mục IV.3) không có cỡ chữ riêng"), "{}", why("P-HDR-3"));
    assert!(why("P-FONT-1").starts_with("Liberation Serif có cùng số đo với Times New Roman"), "{}", why("P-FONT-1"));
}

/// English keeps the words the results had before they were translated.
#[test]
fn english_keeps_its_words() {
    let style = i18n::tr_in(Lang::En, "v-style", &[("size", &"14 pt"), ("weight", &"bold"), ("slant", &"upright")]);
    assert_eq!(style, "14 pt bold upright");
    let size = i18n::tr_in(Lang::En, "v-page-size-actual", &[("width", &"210"), ("height", &"297"), ("pages", &1), ("plural", &"one")]);
    assert_eq!(size, "210 × 297 mm (1 page)");
    let size = i18n::tr_in(Lang::En, "v-page-size-actual", &[("width", &"210"), ("height", &"297"), ("pages", &3), ("plural", &"other")]);
    assert_eq!(size, "210 × 297 mm (3 pages)");
    let vi = i18n::tr_in(Lang::Vi, "v-page-size-actual", &[("width", &"210"), ("height", &"297"), ("pages", &3), ("plural", &"other")]);
    assert_eq!(vi, "210 × 297 mm (3 trang)");
    let position = [("position", &"top-center" as &dyn std::fmt::Display), ("distance", &"12 mm"), ("edge", &"top"), ("range", &"10–15")];
    assert_eq!(i18n::tr_in(Lang::En, "v-page-number-position-expected", &position), "top-center (profile), baseline 12 mm from the top edge (spec 10–15 mm)");
    assert_eq!(i18n::tr_in(Lang::Vi, "v-page-number-position-expected", &position), "giữa lề trên (bộ thông số), chân chữ cách mép trên 12 mm (quy định 10–15 mm)");
}
