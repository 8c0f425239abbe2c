//! A copy (bản sao, HD 05 III.2, Phụ lục 3) measured on the page of its
//! example: the rule across the text area after the closing block, the stamp
//! "BẢN SAO VĂN BẢN" (80 × 50 mm) at the left margin under it holding its five
//! lines, the copier's signature in the signature column beside it; `verify`
//! passing in both rule sets and failing when an override breaks the stamp;
//! the copy's own bad inputs.

mod common;

use common::*;
use kehoach::inspect::Layout;
use kehoach::verify::CheckResult;

const COPY: &str = "ban-sao-chi-thi-dong-nai-2026.toml";
const PROFILES: [&str; 2] = ["dang-hd36-2018", "dang-hd05-2026"];

fn source() -> String {
    std::fs::read_to_string(example(COPY)).unwrap()
}

/// Verifies the example (with `extra` TOML appended) under `profile`.
fn verify_in(profile: &str, extra: &str) -> Vec<CheckResult> {
    let source = format!("profile = \"{profile}\"\n{}\n{extra}\n", source().lines().filter(|l| !l.starts_with("profile")).collect::<Vec<_>>().join("\n"));
    let prepared = kehoach::prepare("copy.toml", &source).unwrap_or_else(|e| panic!("{e}"));
    let layout = kehoach::inspect::inspect(&kehoach::typeset(&prepared).unwrap());
    kehoach::verify::verify(&prepared, &layout)
}

fn result<'a>(results: &'a [CheckResult], id: &str) -> &'a CheckResult {
    results.iter().find(|r| r.id == id).unwrap_or_else(|| panic!("no check {id}"))
}

#[test]
fn the_stamp_and_the_copiers_signature_stand_under_a_rule_after_the_closing_block() {
    let l: Layout = layout_of_file(&example(COPY));
    // A4: the text area runs from 30 to 195 mm; the signature column is its right 85 mm.
    let (left, right, sig_left) = (30.0, 195.0, 110.0);
    let title = l.find_run("BẢN SAO VĂN BẢN").expect("the stamp's title").clone();
    assert!(title.bold && !title.italic && title.size == 13.0, "{title:?}");
    // The closing block comes first: the original's "Nơi nhận:" and signer's name.
    let label = l.find_run("Nơi nhận").unwrap().clone();
    let signer = l.find_run("Nguyễn Văn Hùng").unwrap().clone();
    assert!((title.page, title.y) > (label.page, label.y) && (title.page, title.y) > (signer.page, signer.y));
    // The frame: 80 × 50 mm at the left margin, around the title.
    let frame = l
        .frames
        .iter()
        .find(|f| f.page == title.page && f.x <= title.x && f.x + f.width >= title.right() && f.y < title.y && f.y + f.height > title.y)
        .expect("a frame around the stamp's title")
        .clone();
    assert_near(frame.width, 80.0, 0.05, "stamp width");
    assert_near(frame.height, 50.0, 0.05, "stamp height");
    assert_near(frame.x, left, 0.05, "stamp at the left margin");
    assert_near(title.x + title.width / 2.0, frame.x + frame.width / 2.0, 0.5, "title centred in the stamp");
    // The rule across the text area, above the stamp and below the closing block.
    let rule = l
        .rules
        .iter()
        .filter(|r| r.page == title.page && r.dy.abs() < 0.01 && r.y < frame.y)
        .max_by(|a, b| a.y.total_cmp(&b.y))
        .expect("a rule above the stamp");
    assert_near(rule.x, left, 0.05, "rule from the left margin");
    assert_near(rule.x + rule.dx, right, 0.05, "rule to the right margin");
    // The five lines of Phụ lục 3, in order, inside the frame.
    let inside: Vec<String> = l
        .lines()
        .into_iter()
        .filter(|line| line.page == frame.page && line.y > title.y && line.y < frame.y + frame.height && line.right() < frame.x + frame.width)
        .map(|line| line.text())
        .collect();
    let text = squash(&inside.join(" "));
    let mut at = 0;
    for want in [
        "Cơ quan, tổ chức sao: Văn phòng Tỉnh ủy Đồng Nai",
        "Số, ký hiệu bản sao: 05-BS/VPTU",
        "Hình thức sao: sao y",
        "Địa danh và ngày tháng năm sao: Đồng Nai, ngày 12 tháng 8 năm 2026",
        "Nơi nhận bản sao: Các đảng ủy xã, phường, đặc khu; Lưu Văn phòng Tỉnh ủy.",
    ] {
        let found = text[at..].find(&squash(want)).unwrap_or_else(|| panic!("{want:?} not in the stamp after byte {at}: {text}"));
        at += found + squash(want).len();
    }
    // The copier signs on the right, level with the stamp: authority bold, position regular, name bold.
    let authority = l.texts.iter().find(|r| r.page == frame.page && r.text.contains("T/L") && r.x >= sig_left).expect("the copier's authority");
    assert!(authority.bold && authority.y > rule.y && authority.y < frame.y + 15.0, "{authority:?}");
    let name = l.find_run("Lê Thị Mai").unwrap();
    assert!(name.bold && name.page == frame.page && name.x >= sig_left);
    assert!(name.y - authority.y >= 20.0, "room to sign: {} mm", name.y - authority.y);
    assert_near(name.x + name.width / 2.0, (sig_left + right) / 2.0, 0.5, "name centred in the signature column");
}

#[test]
fn verify_passes_the_copy_in_both_rule_sets_and_fails_a_wrong_stamp() {
    for profile in PROFILES {
        let results = verify_in(profile, "");
        let failed: Vec<_> = results.iter().filter(|r| r.failed()).collect();
        assert!(failed.is_empty(), "{profile}: {failed:#?}");
        assert!(result(&results, "P-BS-1").passed && result(&results, "P-BS-2").passed, "{profile}");
        // The copier's block is measured as a signature (P-SIG-1..3).
        assert!(results.iter().any(|r| r.id == "P-SIG-3" && r.rule.contains("the copier") && r.passed), "{profile}");
    }
    // A stamp the plan narrows is not HD 05's 80 × 50 mm.
    let narrowed = verify_in("dang-hd05-2026", "[layout.copy]\nstamp_width_mm = 70");
    let stamp = result(&narrowed, "P-BS-1");
    assert!(stamp.failed() && stamp.actual.contains("70 mm × 50 mm"), "{stamp}");
}

#[test]
fn a_copy_must_be_numbered_dated_after_the_original_and_under_hd05() {
    let problems = |replace: &[(&str, &str)]| -> Vec<String> {
        let mut s = source();
        for (from, to) in replace {
            assert!(s.contains(from), "{from}");
            s = s.replacen(from, to, 1);
        }
        match kehoach::prepare("copy.toml", &s) {
            Err(kehoach::Error::Invalid(d)) => d.iter().map(|d| format!("{} {}", d.field.clone().unwrap_or_default(), d.message)).collect(),
            Err(e) => panic!("{e}"),
            Ok(_) => Vec::new(),
        }
    };
    let zero = problems(&[("number = 5\ncode", "number = 0\ncode")]);
    assert!(zero.iter().any(|p| p.starts_with("copy.number") && p.contains("from 01")), "{zero:?}");
    let early = problems(&[("date = 2026-08-12", "date = 2026-08-01")]);
    assert!(early.iter().any(|p| p.starts_with("copy.date") && p.contains("before the document it copies")), "{early:?}");
    let hd36 = problems(&[("date = 2026-08-10\n", "date = 2025-08-10\n"), ("date = 2026-08-12", "date = 2025-09-01")]);
    assert!(hd36.iter().any(|p| p.starts_with("copy.date") && p.contains("HD 36's copy form")), "{hd36:?}");
    let form = problems(&[("form = \"sao-y\"", "form = \"sao-chup\"")]);
    assert!(form.iter().any(|p| p.starts_with("copy.form")), "{form:?}");
    assert!(problems(&[]).is_empty());
}
