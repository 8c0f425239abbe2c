//! The parts of the kinds added with HD 05 in view — Nghị quyết, Chỉ thị,
//! Thông tri, Đề án, Kết luận, Tờ trình — measured on the laid-out page of
//! their examples: author lines in the subject block, the enacting sentence,
//! "Kính trình:", a "T/M" signature with no position line, the numbering of
//! points; and `verify` failing when a profile override breaks one of them.

mod common;

use common::*;
use kehoach::inspect::{Layout, Line};
use kehoach::verify::CheckResult;

const LEFT: f64 = 30.0;
const TEXT_CENTER: f64 = 30.0 + 165.0 / 2.0;
/// Lines centred right of this are in the signature column (or the header's right column).
const RIGHT_COLUMN: f64 = TEXT_CENTER + 20.0;

fn source(name: &str) -> String {
    std::fs::read_to_string(example(name)).unwrap()
}

fn line(l: &Layout, needle: &str) -> Line {
    l.find_line(needle).unwrap_or_else(|| panic!("no line contains {needle:?}"))
}

/// The lines of page 1 in reading order, as text.
fn page1(l: &Layout) -> Vec<Line> {
    l.lines().into_iter().filter(|l| l.page == 1).collect()
}

fn index(lines: &[Line], text: &str) -> usize {
    lines.iter().position(|l| l.text() == text).unwrap_or_else(|| panic!("no line {text:?}"))
}

/// Verifies `source` (with `extra` TOML appended) under `profile`.
fn verify_in(profile: &str, source: &str, extra: &str) -> Vec<CheckResult> {
    let source = format!("profile = \"{profile}\"\n{source}\n{extra}\n");
    let prepared = kehoach::prepare("kind.toml", &source).unwrap_or_else(|e| panic!("{e}"));
    let layout = kehoach::inspect::inspect(&kehoach::typeset(&prepared).unwrap());
    kehoach::verify::verify(&prepared, &layout)
}

fn check<'a>(results: &'a [CheckResult], id: &str) -> &'a CheckResult {
    results.iter().find(|r| r.id == id).unwrap_or_else(|| panic!("no check {id}"))
}

const PROFILES: [&str; 2] = ["dang-hd36-2018", "dang-hd05-2026"];

#[test]
fn nghi_quyet_has_author_lines_basis_and_the_enacting_sentence_before_its_sections() {
    let l = layout_of_file(&example("nghi-quyet-dong-nai-2026.toml"));
    let lines = page1(&l);
    let title = index(&lines, "NGHỊ QUYẾT");
    // The conference over two lines, as given, between the type name and "về …".
    assert_eq!(lines[title + 1].text(), "HỘI NGHỊ LẦN THỨ BA");
    assert_eq!(lines[title + 2].text(), "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA I)");
    for author in &lines[title + 1..title + 3] {
        assert!(author.runs.iter().all(|r| r.bold && !r.italic && r.size == 14.0), "{:?}", author.runs);
        assert_near(author.center(), TEXT_CENTER, 0.5, "author line centred");
    }
    assert!(lines[title + 3].text().starts_with("về tiếp tục đẩy mạnh"), "the subject follows the author lines");
    // Căn cứ, then the enacting sentence as a paragraph, then "I-".
    let last_basis = line(&l, "- Xét đề nghị của Ban Tuyên giáo và Dân vận Tỉnh ủy.");
    let enacting = line(&l, "Ban Chấp hành Đảng bộ tỉnh quyết nghị:");
    assert!(enacting.y > last_basis.y);
    assert!(enacting.runs.iter().all(|r| !r.bold && !r.italic && r.size == 14.0));
    assert_near(enacting.left(), LEFT + 10.0, 0.2, "the enacting sentence indented as a paragraph");
    let after = &lines[index(&lines, "Ban Chấp hành Đảng bộ tỉnh quyết nghị:") + 1];
    assert_eq!(after.text(), "I- TÌNH HÌNH VÀ NGUYÊN NHÂN");
    // T/M TỈNH ỦY / BÍ THƯ.
    let authority = l.find_run("T/M TỈNH ỦY").expect("the authority line");
    assert!(authority.center() > RIGHT_COLUMN && authority.bold);
    assert!(l.find_line("BÍ THƯ").is_some_and(|p| p.runs.iter().all(|r| !r.bold)));
}

#[test]
fn ket_luan_prints_its_author_and_signs_with_no_position_line() {
    let l = layout_of_file(&example("ket-luan-01-kl-tw-2021.toml"));
    let lines = page1(&l);
    let title = index(&lines, "KẾT LUẬN");
    let author = &lines[title + 1];
    assert_eq!(author.text(), "CỦA BỘ CHÍNH TRỊ");
    assert!(author.runs.iter().all(|r| r.bold && r.size == 14.0));
    assert_near(author.center(), TEXT_CENTER, 0.5, "author line centred");
    assert!(lines[title + 2].text().starts_with("về tiếp tục thực hiện Chỉ thị"));
    assert!(line(&l, "Số 01-KL/TW").runs.iter().all(|r| !r.bold));
    // Points numbered from "1.", not "I-".
    assert!(l.find_line("1. Tiếp tục thực hiện Chỉ thị số 05-CT/TW").is_some());
    assert!(l.find_line("I- ").is_none());
    // "T/M BỘ CHÍNH TRỊ", then the name: nothing in between in the signature column.
    // (Runs, not lines: "Nơi nhận:" shares the authority's baseline.)
    let mut signature: Vec<&kehoach::inspect::TextRun> =
        l.texts.iter().filter(|r| r.page == 1 && r.center() > RIGHT_COLUMN && r.y > author.y).collect();
    signature.sort_by(|a, b| a.y.total_cmp(&b.y));
    let authority = signature.iter().position(|r| r.text == "T/M BỘ CHÍNH TRỊ").expect("the authority");
    assert_eq!(signature[authority + 1].text, "Võ Văn Thưởng");
    let room = signature[authority + 1].y - signature[authority].y;
    assert!(room >= 20.0, "room to sign under the authority: {room} mm");
    for profile in PROFILES {
        let results = verify_in(profile, &source("ket-luan-01-kl-tw-2021.toml"), "");
        let sig = results.iter().find(|r| r.id == "P-SIG-2").unwrap();
        assert!(!sig.failed() && sig.actual == "no position line", "{profile}: {sig}");
        assert!(!check(&results, "P-TTL-4").failed(), "{profile}");
    }
}

#[test]
fn chi_thi_and_thong_tri_number_points_de_an_numbers_parts() {
    let ct = layout_of_file(&example("chi-thi-dong-nai-2026.toml"));
    assert!(line(&ct, "Số 03-CT/TU").runs.iter().all(|r| r.size == 14.0));
    assert!(ct.find_line("1. Đưa phong trào thi đua").is_some());
    assert!(ct.find_line("4. Tổ chức thực hiện").is_some_and(|l| l.runs.iter().all(|r| r.bold)));
    let tt = layout_of_file(&example("thong-tri-dong-nai-2026.toml"));
    assert!(tt.find_line("Số 02-TT/TU").is_some());
    assert!(tt.find_line("THÔNG TRI").is_some_and(|l| l.runs.iter().all(|r| r.bold && r.size == 16.0)));
    assert!(tt.find_line("2. Mỗi xã, phường").is_some());
    let da = layout_of_file(&example("de-an-binh-phuoc-2025.toml"));
    assert!(da.find_line("Số 15-ĐA/TU").is_some());
    // Dated 2025: HD 36, type name 15 pt, the last căn cứ ending ",".
    assert!(da.find_line("ĐỀ ÁN").is_some_and(|l| l.runs.iter().all(|r| r.bold && r.size == 15.0)));
    assert!(squash(&da.text()).contains("giai đoạn 2021 - 2025,"));
    assert!(da.find_line("IV- TỔ CHỨC THỰC HIỆN").is_some());
}

#[test]
fn to_trinh_has_kinh_trinh_under_the_subject_and_recipients_from_nhu_tren() {
    let l = layout_of_file(&example("to-trinh-btgdv-dong-nai-2026.toml"));
    let lines = page1(&l);
    let separator = index(&lines, "-----");
    let kinh_trinh = &lines[separator + 1];
    assert_eq!(kinh_trinh.text(), "Kính trình: - Thường trực Tỉnh ủy;");
    let label = kinh_trinh.runs.iter().find(|r| r.text.contains("Kính trình")).unwrap();
    assert!(label.italic && label.size == 14.0 && !label.bold);
    assert_eq!(lines[separator + 2].text(), "- Ban Thường vụ Tỉnh ủy;");
    assert!(lines[separator + 2].runs.iter().all(|r| !r.italic && r.size == 14.0));
    let recipients: Vec<String> = l.lines().iter().map(|l| l.text()).filter(|t| t.starts_with("- ") && t.len() < 80).collect();
    let first = recipients.iter().position(|t| t == "- Như trên;").expect("Nơi nhận starts - Như trên;");
    assert!(recipients[first + 1].starts_with("- Các đồng chí Ủy viên"));
    assert!(line(&l, "Số 41-TTr/BTGDVTU").runs.iter().all(|r| r.size == 14.0));
    for profile in PROFILES {
        let results = verify_in(profile, &source("to-trinh-btgdv-dong-nai-2026.toml"), "");
        assert!(!check(&results, "P-KT-1").failed(), "{profile}: {}", check(&results, "P-KT-1"));
    }
}

#[test]
fn verify_fails_when_a_kind_part_is_laid_out_wrong() {
    // Author lines in 16 pt: not the profile's 14.
    let r = verify_in("dang-hd05-2026", &source("ket-luan-01-kl-tw-2021.toml"), "[layout.title]\nauthor_size_pt = 16");
    let author = check(&r, "P-TTL-4");
    assert!(author.failed() && author.to_string().contains("16 pt bold upright"), "{author}");
    // The addressees of "Kính trình" in 16 pt: outside HD 05's 14–15.
    let r = verify_in("dang-hd05-2026", &source("to-trinh-btgdv-dong-nai-2026.toml"), "[layout.kinh_gui]\nnames_size_pt = 16");
    let kt = check(&r, "P-KT-1");
    assert!(kt.failed() && kt.to_string().contains("names 16 pt"), "{kt}");
    // The enacting sentence unindented.
    let r = verify_in("dang-hd05-2026", &source("nghi-quyet-dong-nai-2026.toml"), "[layout.body]\nfirst_line_indent_mm = 0");
    let nq = check(&r, "P-NQ-1");
    assert!(nq.failed(), "{nq}");
}
