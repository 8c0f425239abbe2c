//! The parts of the minutes and the administrative papers, measured on the
//! laid-out pages of their examples: a Biên bản's two signature columns
//! ("NGƯỜI GHI BIÊN BẢN" left, "CHỦ TRÌ HỘI NGHỊ" right, level, names on one
//! baseline) and its confirmation block; the lines of the HD 16 form and the
//! closing time; a Giấy mời and a Giấy giới thiệu on A5 with the A5 margins;
//! and `verify` failing when an override breaks one of them.

mod common;

use common::*;
use kehoach::inspect::{Layout, Line, TextRun};
use kehoach::verify::CheckResult;

fn source(name: &str) -> String {
    std::fs::read_to_string(example(name)).unwrap()
}

fn line(l: &Layout, needle: &str) -> Line {
    l.find_line(needle).unwrap_or_else(|| panic!("no line contains {needle:?}"))
}

/// Verifies `source` (with `extra` TOML appended) under `profile`.
fn verify_in(profile: &str, source: &str, extra: &str) -> Vec<CheckResult> {
    let source = format!("profile = \"{profile}\"\n{source}\n{extra}\n");
    let prepared = kehoach::prepare("form.toml", &source).unwrap_or_else(|e| panic!("{e}"));
    let layout = kehoach::inspect::inspect(&kehoach::typeset(&prepared).unwrap());
    kehoach::verify::verify(&prepared, &layout)
}

fn check<'a>(results: &'a [CheckResult], id: &str, rule: &str) -> &'a CheckResult {
    results.iter().find(|r| r.id == id && r.rule.contains(rule)).unwrap_or_else(|| panic!("no check {id} {rule}"))
}

/// The first run holding `text` under `above` on its page (a name is also in the body).
fn below(l: &Layout, above: &TextRun, text: &str) -> TextRun {
    l.texts
        .iter()
        .find(|r| r.page == above.page && r.y > above.y && r.text.contains(text))
        .unwrap_or_else(|| panic!("no {text:?} under {:?}", above.text))
        .clone()
}

const PROFILES: [&str; 2] = ["dang-hd36-2018", "dang-hd05-2026"];
const BIEN_BAN: &str = "bien-ban-nghia-thai-2026.toml";
const GIAY_MOI: &str = "giay-moi-nghia-thai-2026.toml";
const GIAY_GIOI_THIEU: &str = "giay-gioi-thieu-nghia-thai-2026.toml";

#[test]
fn bien_ban_signs_in_two_columns_level_with_each_other() {
    let l = layout_of_file(&example(BIEN_BAN));
    // A4: text from 30 to 195 mm; the recorder's column 80 mm from the left
    // margin, the signature column the right 85 mm (the profile).
    // The two captions (and the two names) share a baseline: one line, two runs.
    let run = |text: &str| l.find_run(text).unwrap_or_else(|| panic!("no run {text:?}")).clone();
    let recorder = run("NGƯỜI GHI BIÊN BẢN");
    let chair = run("CHỦ TRÌ HỘI NGHỊ");
    assert_eq!(recorder.page, chair.page);
    for caption in [&recorder, &chair] {
        assert!(caption.bold && !caption.italic && caption.size == 14.0, "{caption:?}");
    }
    assert_near(recorder.center(), 30.0 + 80.0 / 2.0, 0.5, "the recorder's caption centred in the left column");
    assert_near(chair.center(), 195.0 - 85.0 / 2.0, 0.5, "the chair's caption centred in the signature column");
    assert_near(recorder.y, chair.y, 0.1, "the two captions on one baseline");
    let recorder_name = below(&l, &recorder, "Nguyễn Thị Hoa");
    let chair_name = below(&l, &chair, "Đông Văn Chung");
    assert_near(recorder_name.y, chair_name.y, 0.1, "the two names on one baseline");
    assert!(recorder_name.bold && chair_name.bold);
    assert!(chair_name.y - chair.y >= 20.0, "room to sign: {} mm", chair_name.y - chair.y);
    assert_near(recorder_name.center(), recorder.center(), 0.5, "the recorder's name under the caption");
    // No "Nơi nhận" unless given.
    assert!(l.find_line("Nơi nhận").is_none());
}

#[test]
fn bien_ban_confirms_the_chairs_signature_under_the_signatures() {
    let l = layout_of_file(&example(BIEN_BAN));
    let chair = l.find_run("CHỦ TRÌ HỘI NGHỊ").expect("the chair's caption").clone();
    let chair_name = below(&l, &chair, "Đông Văn Chung");
    let lead = l
        .lines()
        .into_iter()
        .find(|x| x.text().starts_with("Xác nhận chữ ký của đồng chí"))
        .expect("the confirmation's lead line");
    assert!(lead.y > chair_name.y && lead.page == chair_name.page);
    assert!(lead.runs.iter().all(|r| !r.bold && !r.italic));
    let authority = line(&l, "T/L BAN THƯỜNG VỤ");
    let position = line(&l, "CHÁNH VĂN PHÒNG");
    let name = line(&l, "Phạm Thị Lan");
    assert!(authority.y > lead.y && position.y > authority.y && name.y - position.y >= 20.0);
    assert!(authority.runs.iter().all(|r| r.bold) && position.runs.iter().all(|r| !r.bold) && name.runs.iter().all(|r| r.bold));
    for part in [&authority, &position, &name] {
        assert_near(part.center(), 195.0 - 85.0 / 2.0, 0.5, "the confirmation in the signature column");
    }
}

#[test]
fn bien_ban_prints_the_lines_of_the_hd16_form_and_the_closing_time() {
    let l = layout_of_file(&example(BIEN_BAN));
    let text = squash(&l.text());
    for expected in [
        "- Thời gian: bắt đầu vào hồi 14 giờ 00 phút, ngày 03 tháng 6 năm 2026.",
        "- Địa điểm: Hội trường Đảng ủy xã Nghĩa Thái.",
        "- Người chủ trì: đồng chí Đông Văn Chung, Phó Bí thư Thường trực Đảng ủy xã.",
        "- Người ghi biên bản: đồng chí Nguyễn Thị Hoa, Chuyên viên Văn phòng Đảng ủy.",
        "1. Thành phần hội nghị",
        "1.1. Đại biểu chính thức",
        "- Có mặt: 08 đồng chí.",
        "- Vắng mặt: 01 đồng chí: đồng chí Trần Văn Bình (lý do: đi công tác).",
        "1.2. Đại biểu mời dự",
        "2. Diễn biến hội nghị",
        "2.1. Trình bày dự thảo Kế hoạch",
        "Hội nghị kết thúc vào lúc 16 giờ 15 phút, ngày 03 tháng 6 năm 2026.",
    ] {
        assert!(text.contains(expected), "missing {expected:?}");
    }
    // The closing time is the last paragraph, on the page of the signatures.
    let end = line(&l, "Hội nghị kết thúc vào lúc");
    let recorder = l.find_run("NGƯỜI GHI BIÊN BẢN").expect("the recorder's caption");
    assert!(end.page == recorder.page && end.y < recorder.y);
}

#[test]
fn bien_ban_passes_verify_in_both_rule_sets_and_a_moved_column_fails() {
    let src = source(BIEN_BAN);
    for profile in PROFILES {
        let results = verify_in(profile, &src, "");
        assert!(results.iter().all(|r| !r.failed()), "{profile}: {:#?}", results.iter().filter(|r| r.failed()).collect::<Vec<_>>());
        assert!(check(&results, "P-BB-1", "recorder").passed);
        assert!(check(&results, "P-BB-2", "confirmation").passed);
    }
    // A narrower recorder's column: the caption is no longer centred in the
    // column of the rule set's profile.
    let results = verify_in("dang-hd05-2026", &src, "[layout.minutes]\nrecorder_width_mm = 60");
    let bb = check(&results, "P-BB-1", "recorder");
    assert!(!bb.passed, "{bb}");
}

#[test]
fn giay_moi_and_giay_gioi_thieu_are_a5_with_the_a5_margins() {
    for name in [GIAY_MOI, GIAY_GIOI_THIEU] {
        let l = layout_of_file(&example(name));
        assert_eq!(l.pages.len(), 1, "{name}: one A5 page");
        assert_near(l.pages[0].width, 148.0, 0.1, "A5 width");
        assert_near(l.pages[0].height, 210.0, 0.1, "A5 height");
        // The text area of [paper.A5]: left 20, right 10, top 15 mm.
        let min_x = l.texts.iter().map(|r| r.x).fold(f64::MAX, f64::min);
        assert_near(min_x, 20.0, 0.3, "left margin");
        let max_right = l.texts.iter().map(|r| r.right()).fold(0.0, f64::max);
        assert_near(max_right, 148.0 - 10.0, 0.6, "right margin");
        for profile in PROFILES {
            let results = verify_in(profile, &source(name), "");
            let page = check(&results, "P-PAGE-1", "page size");
            assert!(page.passed && page.expected.contains("A5 148 × 210"), "{page}");
            assert!(results.iter().all(|r| !r.failed()), "{name} {profile}: {:#?}", results.iter().filter(|r| r.failed()).collect::<Vec<_>>());
        }
        // A4 margins on the A5 sheet break P-PAGE-2.
        let results = verify_in("dang-hd05-2026", &source(name), "[layout.page]\nmargin_left_mm = 22");
        assert!(!check(&results, "P-PAGE-2", "left margin").passed);
    }
}

#[test]
fn giay_moi_invites_and_giay_gioi_thieu_introduces() {
    let l = layout_of_file(&example(GIAY_MOI));
    let invite = line(&l, "Trân trọng kính mời:");
    assert!(squash(&invite.text()).ends_with("Đồng chí Bí thư chi bộ;"), "{:?}", invite.text());
    let text = squash(&l.text());
    for expected in ["- Thời gian: 08 giờ 00 phút, ngày 09 tháng 10 năm 2026.", "- Địa điểm: Hội trường Đảng ủy xã.", "- Đề nghị đồng chí mang theo: báo cáo mô hình của chi bộ.", "- Như trên;"] {
        assert!(text.contains(expected), "missing {expected:?}");
    }
    let l = layout_of_file(&example(GIAY_GIOI_THIEU));
    let text = squash(&l.text());
    for expected in [
        "Ban Thường vụ Đảng ủy xã trân trọng giới thiệu:",
        "- Đồng chí: Nguyễn Thị Hoa.",
        "- Được cử đến: Ban Tuyên giáo và Dân vận Tỉnh ủy.",
        "Đề nghị quý Ban giúp đỡ đồng chí hoàn thành nhiệm vụ.",
        "Giấy này có giá trị đến hết ngày 31 tháng 10 năm 2026.",
    ] {
        assert!(text.contains(expected), "missing {expected:?}");
    }
    // The type codes of the number.
    assert!(l.find_line("Số 21-GGT/ĐU").is_some());
}

#[test]
fn the_starters_of_the_forms_pass_check() {
    for kind in ["bien-ban", "giay-moi", "giay-gioi-thieu"] {
        let k = kehoach::model::Kind::from_id(kind).unwrap();
        let prepared = kehoach::prepare(&format!("{kind}.toml"), kehoach::starter(k));
        let prepared = prepared.unwrap_or_else(|e| panic!("{kind}: {e}"));
        assert!(prepared.warnings.is_empty(), "{kind}: {:?}", prepared.warnings);
        assert_eq!(prepared.context.kind, kind);
    }
}
