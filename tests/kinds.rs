//! Every kind of Party document in its correct form: each kind's example is
//! rendered and measured (positions, sizes, weights), plus the parts several
//! kinds share (tables, appendices, marks).

mod common;

use common::*;
use kehoach::inspect::{Layout, TextRun};

const LEFT: f64 = 30.0;
const TEXT_CENTER: f64 = 30.0 + 165.0 / 2.0;
const LEFT_COLUMN_CENTER: f64 = 30.0 + 40.0;

fn run<'a>(l: &'a Layout, needle: &str) -> &'a TextRun {
    l.find_run(needle).unwrap_or_else(|| panic!("no run contains {needle:?}"))
}

#[test]
fn kinds_are_listed() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_kehoach")).arg("kinds").output().unwrap();
    let out = String::from_utf8(out.stdout).unwrap();
    for id in ["ke-hoach", "cong-van", "bao-cao", "huong-dan", "quyet-dinh", "thong-bao"] {
        assert!(out.contains(id), "{out}");
    }
    // Each with the type code of today's rule set.
    for (id, code) in [("nghi-quyet", "NQ"), ("chi-thi", "CT"), ("thong-tri", "TT"), ("de-an", "ĐA"), ("ket-luan", "KL"), ("to-trinh", "TTr")] {
        assert!(out.lines().any(|l| l.split_whitespace().take(2).eq([id, code])), "{id} {code}: {out}");
    }
    assert!(out.lines().count() >= 12);
}

#[test]
fn every_kind_has_an_example_and_a_valid_starter() {
    for kind in kehoach::model::Kind::ALL {
        let has_example = examples().iter().any(|p| {
            std::fs::read_to_string(p).unwrap().contains(&format!("kind = \"{}\"", kind.id()))
        });
        assert!(has_example, "no example of {}", kind.id());
        let prepared = kehoach::prepare("new.toml", kehoach::starter(*kind))
            .unwrap_or_else(|e| panic!("starter of {}: {e}", kind.id()));
        assert!(prepared.warnings.is_empty(), "starter of {}: {:?}", kind.id(), prepared.warnings);
        let l = kehoach::inspect::inspect(&kehoach::typeset(&prepared).unwrap());
        assert!(l.find_run("ĐẢNG CỘNG SẢN VIỆT NAM").is_some());
    }
}

#[test]
fn cong_van_has_its_subject_under_the_number_and_kinh_gui() {
    let l = layout_of_file(&example("cong-van-121-bdvtu.toml"));
    let text = l.text();
    assert!(!text.contains("CÔNG VĂN"), "a công văn has no type-name line");
    let number = run(&l, "Số 121-CV/BDVTU");
    assert_near(number.center(), LEFT_COLUMN_CENTER, 0.5, "number in the left column");
    let subject = run(&l, "về tiếp tục đẩy mạnh");
    assert_eq!(subject.size, 12.0);
    assert!(subject.italic && !subject.bold);
    assert!(subject.y > number.y && subject.y < number.y + 12.0, "subject right under the number");
    assert!(subject.right() < LEFT + 80.0 + 0.1, "subject inside the left column");
    assert!(!text.contains("V/v"), "no V/v in the Party form");
    let label = run(&l, "Kính gửi:");
    assert!(label.italic && label.size == 14.0);
    assert!(label.y > number.y + 10.0, "Kính gửi below the header");
    let recipients: Vec<String> = l.lines().iter().map(|l| l.text()).filter(|t| t.starts_with("- ")).collect();
    let first = recipients.iter().position(|t| t == "- Như trên,").expect("recipients start with - Như trên,");
    assert!(recipients[first + 1..].iter().any(|t| t.starts_with("- Lưu ")));
    let point = l.find_line("1. Các cấp ủy, tổ chức đảng").expect("points numbered from 1.");
    assert!(point.runs.iter().all(|r| !r.bold));
}

#[test]
fn bao_cao_tables_have_headers_and_right_aligned_numbers() {
    let l = layout_of_file(&example("bao-cao-binh-thuan-2023.toml"));
    // Dated 2024: HD 36, whose profile prints the type name in 15 pt.
    assert!(l.find_run("BÁO CÁO").is_some_and(|r| r.bold && r.size == 15.0));
    let header = run(&l, "Số lượng");
    assert!(header.bold, "header row in bold");
    let value = run(&l, "746");
    let other = run(&l, "155");
    assert_near(value.right(), other.right(), 0.2, "numbers right-aligned in their column");
    assert!(value.right() > header.center() + 2.0, "a right-aligned number ends right of its centred header");
    assert!(l.rules.iter().filter(|r| r.page == value.page).count() > 8, "table borders drawn");
}

#[test]
fn numbers_are_printed_the_vietnamese_way() {
    let source = MINIMAL.replace(
        "[purpose]",
        "[[sections]]\ntitle = \"Kết quả\"\n[[sections.tables]]\ncolumns = [{ header = \"Nội dung\" }, { header = \"Số lượng\" }, { header = \"Tỷ lệ\" }]\nrows = [[\"Mô hình\", 1639, 12.5]]\n[purpose]",
    );
    let l = layout_of("table.toml", &source);
    assert!(l.find_run("1.639").is_some(), "{}", l.text());
    assert!(l.find_run("12,5").is_some(), "{}", l.text());
}

#[test]
fn huong_dan_uses_the_party_hierarchy() {
    let l = layout_of_file(&example("huong-dan-08-bdvtu.toml"));
    assert!(l.find_run("HƯỚNG DẪN").is_some_and(|r| r.bold));
    let lines: Vec<String> = l.lines().iter().map(|l| l.text()).collect();
    for prefix in ["I- ", "II- ", "III- ", "1. ", "2.1. ", "a) "] {
        assert!(lines.iter().any(|t| t.starts_with(prefix)), "no heading starting {prefix:?}");
    }
}

#[test]
fn quyet_dinh_has_basis_enacting_line_articles_and_appendix() {
    let path = example("quyet-dinh-cong-nhan-2023.toml");
    let l = layout_of_file(&path);
    let prepared = kehoach::prepare("qd.toml", &std::fs::read_to_string(&path).unwrap()).unwrap();
    let basis: Vec<String> = prepared.context.basis.iter().map(|r| r.to_plain()).collect();
    assert!(basis.len() >= 2);
    assert!(basis.iter().all(|b| b.starts_with("- ")), "{basis:?}");
    assert!(basis[..basis.len() - 1].iter().all(|t| t.ends_with(';')), "{basis:?}");
    assert!(basis.last().unwrap().ends_with(','), "the last basis line ends with a comma");
    let printed = squash(&l.text());
    for b in &basis {
        assert!(printed.contains(&squash(b)), "basis line not printed: {b}");
    }
    let enacting = l.find_line("QUYẾT ĐỊNH:").unwrap();
    assert!(enacting.runs.iter().all(|r| r.bold));
    assert_near(enacting.center(), TEXT_CENTER, 0.5, "enacting line centred");
    let article = run(&l, "Điều 1.");
    assert!(article.bold);
    let phu_luc = l.lines().into_iter().find(|l| l.text() == "Phụ lục 1").expect("appendix label");
    assert!(phu_luc.page > article.page || phu_luc.y < 40.0, "appendix on a new page");
    assert_near(phu_luc.center(), TEXT_CENTER, 0.5, "appendix label centred");
    assert!(l.find_line("(Kèm theo Quyết định số").is_some_and(|l| l.runs.iter().all(|r| r.italic)));
}

#[test]
fn appendix_pages_can_be_landscape() {
    let l = layout_of_file(&example("nghia-thai-2024.toml"));
    let label = l.lines().into_iter().find(|l| l.text() == "Phụ lục 1").expect("the registration form");
    let page = l.pages[label.page - 1];
    assert_near(page.width, 297.0, 0.5, "landscape width");
    assert_near(page.height, 210.0, 0.5, "landscape height");
    assert!(l.find_line("(Kèm theo Kế hoạch số 15-KH/ĐU, ngày 01/4/2024 của Đảng uỷ xã Nghĩa Thái)").is_some());
    let number = l.texts.iter().find(|t| t.page == label.page && t.y < 15.0).expect("page number");
    assert_near(number.center(), 30.0 + (297.0 - 45.0) / 2.0, 0.5, "page number centred on the landscape text width");
    for caption in ["XÁC NHẬN CỦA CẤP ỦY", "NGƯỜI ĐĂNG KÝ"] {
        assert!(l.find_run(caption).is_some_and(|r| r.bold), "{caption}");
    }
}

#[test]
fn marks_are_framed_under_the_number() {
    let source = MINIMAL.replace(
        "[issuer]",
        "[marks]\nsecrecy = \"Mật\"\nurgency = \"Hỏa tốc\"\ndraft = \"Dự thảo lần 2\"\ncirculation = \"Lưu hành nội bộ\"\n\n[issuer]",
    );
    let l = layout_of("marks.toml", &source);
    let number = run(&l, "Số 03-KH/ĐU");
    for word in ["MẬT", "HỎA TỐC"] {
        let r = l.texts.iter().find(|t| t.text == word).unwrap_or_else(|| panic!("{word}"));
        assert!(r.bold && r.size == 14.0, "{word}");
        assert!(r.y > number.y, "{word} under the number");
        assert_near(r.center(), LEFT_COLUMN_CENTER, 0.5, word);
        let frame = l
            .frames
            .iter()
            .find(|f| f.x < r.x && f.x + f.width > r.right() && f.y < r.y && f.y + f.height > r.y)
            .unwrap_or_else(|| panic!("{word} has no frame"));
        assert!(frame.thickness > 0.3);
    }
    let circulation = run(&l, "LƯU HÀNH NỘI BỘ");
    assert!(circulation.bold && circulation.size == 12.0);
    // The draft note under the number too (HD 05 II.4.2), under the other marks.
    let draft = run(&l, "Dự thảo lần 2");
    assert!(draft.italic && draft.size == 14.0);
    assert_near(draft.center(), LEFT_COLUMN_CENTER, 0.5, "draft note centred in the left column");
    assert!(draft.y > circulation.y, "draft note under the number and the marks");
}

#[test]
fn the_signature_never_stands_alone_on_a_page() {
    for path in examples() {
        let l = layout_of_file(&path);
        // The closing block opens with "Nơi nhận:" (a Biên bản's with "NGƯỜI GHI BIÊN BẢN").
        let label = l
            .lines()
            .into_iter()
            .find(|line| line.text().starts_with("Nơi nhận") || line.text().starts_with("NGƯỜI GHI BIÊN BẢN"))
            .expect("Nơi nhận");
        let body_above = l.texts.iter().filter(|t| t.page == label.page && t.y > 15.0 && t.y < label.y - 1.0).count();
        assert!(body_above > 0, "{}: the closing block is alone on page {}", path.display(), label.page);
    }
}

#[test]
fn tone_marks_are_kept_as_typed_or_unified_on_request() {
    let mixed = MINIMAL.replace("points = [\"Điểm thứ nhất.\"]", "points = [\"Huyện uỷ Định Hoá và Ủy ban.\"]");
    let warned = kehoach::prepare("kept.toml", &mixed).unwrap().warnings;
    assert!(warned.iter().any(|d| d.message.contains("mixes tone-mark styles")), "{warned:?}");
    let unified_warnings = kehoach::prepare("new.toml", &format!("{mixed}\n[layout.spelling]\ntone_marks = \"new\"\n")).unwrap().warnings;
    assert!(unified_warnings.is_empty(), "no warning once unified: {unified_warnings:?}");
    let kept = layout_of("kept.toml", &mixed).text();
    assert!(kept.contains("Huyện uỷ Định Hoá và Ủy ban."), "{kept}");
    let unified = layout_of("new.toml", &format!("{mixed}\n[layout.spelling]\ntone_marks = \"new\"\n")).text();
    assert!(unified.contains("Huyện ủy Định Hóa và Ủy ban."), "{unified}");
    let old = layout_of("old.toml", &format!("{mixed}\n[layout.spelling]\ntone_marks = \"old\"\n")).text();
    assert!(old.contains("Huyện uỷ Định Hoá và Uỷ ban."), "{old}");
    assert!(old.contains("ĐẢNG UỶ XÃ NGHĨA THÁI"), "header capitals follow too: {old}");
}

#[test]
fn appendix_page_numbers_continue_or_restart() {
    let path = example("quyet-dinh-cong-nhan-2023.toml");
    let source = std::fs::read_to_string(&path).unwrap();
    let number_on_appendix = |l: &Layout| {
        let label = l.lines().into_iter().find(|line| line.text() == "Phụ lục 1").unwrap();
        l.texts.iter().find(|t| t.page == label.page && t.y < 15.0).map(|t| t.text.clone())
    };
    let continued = layout_of("qd.toml", &source);
    let label_page = continued.lines().into_iter().find(|line| line.text() == "Phụ lục 1").unwrap().page;
    assert_eq!(number_on_appendix(&continued), Some(label_page.to_string()));
    let restarted = layout_of("qd.toml", &format!("{source}\n[layout.appendix]\npage_numbers = \"restart\"\n"));
    // Numbered on its own, the appendix is laid out as a document of its own
    // (HD 05 IV.5.1–5.2): its first page, page 1, shows no number.
    assert_eq!(number_on_appendix(&restarted), None, "the appendix restarts at 1 and hides it");
    let label_page = restarted.lines().into_iter().find(|line| line.text() == "Phụ lục 1").unwrap().page;
    if restarted.pages.len() > label_page {
        let next = restarted.texts.iter().find(|t| t.page == label_page + 1 && t.y < 15.0).map(|t| t.text.clone());
        assert_eq!(next, Some("2".to_string()), "the appendix's second page is its page 2");
    }
}

/// The baseline distance of single-spaced lines (the type name, header marks,
/// appendix heads) is profile data: `body.single_line_factor` × the size.
#[test]
fn single_spaced_lines_follow_the_profile_factor() {
    let gap = |source: &str| {
        let l = layout_of("single.toml", source);
        let type_name = l.find_run("KẾ HOẠCH").expect("type name").y;
        let subject = l.lines().into_iter().find(|line| line.y > type_name + 0.1).expect("a line under the type name").y;
        subject - type_name
    };
    let default = gap(MINIMAL);
    let doubled = gap(&format!("{MINIMAL}\n[layout.body]\nsingle_line_factor = 2.0\n"));
    // The type name is 16 pt: its line grows by (2.0 − 1.15) × 16 pt = 13.6 pt,
    // of which the gap to the next line takes up most (paragraph spacing
    // between blocks of different sizes absorbs the rest).
    let moved_pt = (doubled - default) * 72.0 / 25.4;
    assert!((10.0..=13.7).contains(&moved_pt), "the next line moved by {moved_pt:.1} pt");
}
