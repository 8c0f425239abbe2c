//! The two rule sets on the laid-out page: the same plan dated 26/5/2026
//! (Hướng dẫn 36-HD/VPTW) and 27/5/2026 (Hướng dẫn 05-HD/VPTW, in force from
//! that day), measured where they differ — punctuation, "Kính gửi", the
//! typist's line, the circulation marks, the contact block, appendix page
//! numbers — and each passing `verify` under its own rule set.

mod common;

use common::{assert_near, root, squash};
use kehoach::inspect::{inspect, Layout, Line};
use kehoach::{Prepared, ProfileChoice};

const PT: f64 = 25.4 / 72.0;

fn fixture(name: &str) -> String {
    std::fs::read_to_string(root().join("tests/fixtures").join(name)).unwrap()
}

/// The fixture with its date replaced.
fn dated(name: &str, date: &str) -> String {
    let source = fixture(name);
    assert!(source.contains("\ndate = 2026-05-27\n"), "{name} is dated 2026-05-27");
    source.replace("\ndate = 2026-05-27\n", &format!("\ndate = {date}\n"))
}

fn prepare(name: &str, source: &str) -> Prepared {
    kehoach::prepare(name, source).unwrap_or_else(|e| panic!("{name}:\n{e}"))
}

/// Prepares, typesets and verifies: every rule of its rule set holds.
fn laid_out(name: &str, source: &str) -> (Prepared, Layout) {
    let prepared = prepare(name, source);
    let layout = inspect(&kehoach::typeset(&prepared).unwrap());
    let results = kehoach::verify::verify(&prepared, &layout);
    let failed: Vec<String> = results.iter().filter(|r| r.failed()).map(|r| r.to_string()).collect();
    assert!(failed.is_empty(), "{name} under {}:\n{}", prepared.profile.name, failed.join("\n"));
    (prepared, layout)
}

fn line(layout: &Layout, needle: &str) -> Line {
    layout.find_line(needle).unwrap_or_else(|| panic!("no line with {needle:?} in\n{}", layout.text()))
}

#[test]
fn the_date_chooses_the_rule_set_and_an_explicit_profile_wins() {
    let plan = |date: &str| prepare("p.toml", &dated("hd05-plan.toml", date));
    let hd36 = plan("2026-05-26");
    let hd05 = plan("2026-05-27");
    assert_eq!(hd36.profile.name, "dang-hd36-2018");
    assert_eq!(hd05.profile.name, "dang-hd05-2026");
    assert_eq!(hd05.rule_set_line(), "Hướng dẫn 05-HD/VPTW (profile dang-hd05-2026, by the date 2026-05-27)");
    // Today (the session's date) and a draft of this month: HD 05.
    assert_eq!(plan("2026-11-30").profile.name, "dang-hd05-2026");
    assert_eq!(plan("\"2026-05\"").profile.name, "dang-hd05-2026", "a draft without a day may be issued on 31/5");
    assert_eq!(plan("\"2026-04\"").profile.name, "dang-hd36-2018");
    // An explicit profile wins over the date.
    let named = prepare("p.toml", &dated("hd05-plan.toml", "2026-06-01").replacen("kind = ", "profile = \"dang-hd36-2018\"\nkind = ", 1));
    assert_eq!(named.profile.name, "dang-hd36-2018");
    assert_eq!(named.chosen_by, ProfileChoice::Named);
    assert!(named.rule_set_line().ends_with("named in the file)"), "{}", named.rule_set_line());
}

#[test]
fn the_same_plan_in_the_two_forms() {
    let (_, hd36) = laid_out("hd36.toml", &dated("hd05-plan.toml", "2026-05-26"));
    let (_, hd05) = laid_out("hd05.toml", &dated("hd05-plan.toml", "2026-05-27"));

    // Căn cứ: the last ends "," under HD 36, "." under HD 05 (6.2.3).
    for layout in [&hd36, &hd05] {
        assert_eq!(squash(&line(layout, "Căn cứ Điều lệ").text()), "- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;");
    }
    assert_eq!(squash(&line(&hd36, "Căn cứ Quy chế").text()), "- Căn cứ Quy chế làm việc của Đảng ủy xã nhiệm kỳ 2025 - 2030,");
    assert_eq!(squash(&line(&hd05, "Căn cứ Quy chế").text()), "- Căn cứ Quy chế làm việc của Đảng ủy xã nhiệm kỳ 2025 - 2030.");

    // Recipients: "," under HD 36, ";" under HD 05 (9.2.5); the archive line ends ".".
    assert_eq!(squash(&line(&hd36, "- Các Chi ủy Chi bộ").text()), "- Các Chi ủy Chi bộ,");
    assert_eq!(squash(&line(&hd05, "- Các Chi ủy Chi bộ").text()), "- Các Chi ủy Chi bộ;");
    for layout in [&hd36, &hd05] {
        assert_eq!(squash(&line(layout, "Lưu VPĐU").text()), "- Lưu VPĐU.");
    }

    // The typist's line after the archive line, at the left margin: 8 pt
    // capitals (HD 36), 11 pt as typed (HD 05 II-5, Phụ lục 2 row 13).
    for (layout, text, size) in [(&hd36, "NGUYENVANAN-26", 8.0), (&hd05, "NguyenVanAn-26", 11.0)] {
        let typist = line(layout, text);
        let archive = line(layout, "Lưu VPĐU");
        assert_eq!(typist.text().trim(), text);
        assert_near(typist.runs[0].size, size, 0.01, "typist's size");
        assert_near(typist.left(), 30.0, 0.3, "typist's line at the left margin");
        assert!(typist.page == archive.page && typist.y > archive.y, "the typist's line follows the archive line");
    }

    // The circulation scope: under the number (HD 36); top right of page 1,
    // the top of its capitals 10 mm from the top edge (HD 05 II-4.1).
    let number36 = line(&hd36, "Số 07-KH/ĐU");
    let circ36 = line(&hd36, "LƯU HÀNH NỘI BỘ");
    assert!(circ36.page == 1 && circ36.y > number36.y && circ36.right() < 110.0, "HD 36: under the number");
    let circ05 = line(&hd05, "LƯU HÀNH NỘI BỘ");
    assert_eq!(circ05.page, 1);
    assert_near(circ05.y - 0.662 * 12.0 * PT, 10.0, 0.3, "HD 05: capitals' top from the top edge (mm)");
    assert_near(circ05.right(), 195.0, 0.3, "HD 05: flush with the right margin");
    assert!(circ05.runs.iter().all(|r| r.bold && (r.size - 12.0).abs() < 0.01));

    // "Không phổ biến …" and the contact block on the closing block's page.
    for layout in [&hd36, &hd05] {
        let archive = line(layout, "Lưu VPĐU");
        let mark = line(layout, "KHÔNG PHỔ BIẾN TRÊN PHƯƠNG TIỆN THÔNG TIN ĐẠI CHÚNG");
        assert_eq!(mark.page, archive.page);
        assert_near(297.0 - mark.y, 10.0, 0.3, "its baseline from the bottom edge (mm)");
        assert_near(mark.center(), 112.5, 0.5, "centred on the text width");
        let contact = line(layout, "Trụ sở Đảng ủy xã Nghĩa Thái");
        assert_eq!(contact.page, archive.page);
        assert!(contact.runs.iter().all(|r| (r.size - 10.0).abs() < 0.01 && !r.bold), "contact in 10 pt regular");
        assert_near(contact.y + 0.2 * 10.0 * PT, 277.0, 0.5, "the contact block ends at the foot of the text area");
        let rule = layout
            .rules
            .iter()
            .find(|r| r.page == contact.page && r.y < contact.y && r.y > contact.y - 10.0)
            .expect("a rule over the contact block");
        assert_near(rule.dx.abs(), 165.0, 0.3, "the rule spans the text area");
        assert_near(rule.x.min(rule.x + rule.dx), 30.0, 0.3, "from the left margin");
    }

    // The appendix: its pages continue the numbering (HD 36 here), or are
    // numbered on their own (HD 05 IV.5.2).
    let page_number = |layout: &Layout, page: usize| {
        layout.texts.iter().find(|r| r.page == page && r.y < 20.0 && r.text.trim().chars().all(|c| c.is_ascii_digit())).map(|r| r.text.trim().to_owned())
    };
    // A lone appendix: "Phụ lục 1" under HD 36's profile, "Phụ lục" under HD 05
    // (numbered only from two, II.1.1), whose first page shows no number (IV.5.1).
    let appendix36 = line(&hd36, "Phụ lục 1").page;
    let appendix05 = line(&hd05, "Phụ lục").page;
    assert_eq!(page_number(&hd36, appendix36).as_deref(), Some(appendix36.to_string().as_str()));
    assert_eq!(page_number(&hd05, appendix05), None);
}

#[test]
fn kinh_gui_is_centred_under_hd05_and_at_the_margin_under_hd36() {
    let (_, hd36) = laid_out("hd36.toml", &dated("hd05-cong-van.toml", "2026-05-26"));
    let (_, hd05) = laid_out("hd05.toml", &dated("hd05-cong-van.toml", "2026-05-27"));
    let block = |layout: &Layout| -> (Line, Line) {
        (line(layout, "Kính gửi:"), line(layout, "Đảng ủy Ủy ban nhân dân tỉnh"))
    };
    let (first36, last36) = block(&hd36);
    assert_eq!(squash(&first36.text()), "Kính gửi: - Ban Thường vụ các đảng ủy xã, phường trực thuộc Tỉnh ủy,");
    assert_eq!(squash(&last36.text()), "- Đảng ủy Ủy ban nhân dân tỉnh.");
    assert_near(first36.left(), 30.0, 0.3, "HD 36: the label at the left margin");

    let (first05, last05) = block(&hd05);
    assert_eq!(squash(&first05.text()), "Kính gửi: - Ban Thường vụ các đảng ủy xã, phường trực thuộc Tỉnh ủy;");
    assert_eq!(squash(&last05.text()), "- Đảng ủy Ủy ban nhân dân tỉnh;");
    let (left, right) = (first05.left().min(last05.left()), first05.right().max(last05.right()));
    assert_near((left + right) / 2.0, 112.5, 0.5, "HD 05 9.2.3: the block centred on page 1");
    assert_eq!(first05.page, 1);
    let label = first05.runs.iter().find(|r| r.text.contains("Kính gửi")).unwrap();
    assert!(label.italic && (label.size - 14.0).abs() < 0.01, "label 14 pt italic");
    assert!(last05.runs.iter().all(|r| !r.italic && !r.bold && (r.size - 14.0).abs() < 0.01), "names 14 pt upright");
    // The names line up under one another.
    assert_near(last05.left(), first05.runs.iter().find(|r| r.text.contains('-')).map_or(0.0, |r| r.x), 0.3, "dashes aligned");

    // The recipients of a công văn start "- Như trên" with the rule set's separator.
    assert!(hd36.find_line("- Như trên,").is_some() && hd05.find_line("- Như trên;").is_some());
}

#[test]
fn a_single_addressee_ends_with_the_rule_sets_mark() {
    let single = |date: &str| {
        let s = dated("hd05-cong-van.toml", date).replace("  \"Đảng ủy Ủy ban nhân dân tỉnh\",\n", "");
        laid_out("single.toml", &s).1
    };
    assert_eq!(squash(&line(&single("2026-05-26"), "Kính gửi:").text()), "Kính gửi: Ban Thường vụ các đảng ủy xã, phường trực thuộc Tỉnh ủy");
    let hd05 = single("2026-05-27");
    let l = line(&hd05, "Kính gửi:");
    assert_eq!(squash(&l.text()), "Kính gửi: Ban Thường vụ các đảng ủy xã, phường trực thuộc Tỉnh ủy;");
    assert_near(l.center(), 112.5, 0.5, "centred");
}

#[test]
fn the_pdf_records_its_rule_set() {
    for (date, title) in [("2026-05-26", "Hướng dẫn 36-HD/VPTW"), ("2026-05-27", "Hướng dẫn 05-HD/VPTW")] {
        let prepared = prepare("p.toml", &dated("hd05-plan.toml", date));
        let settings = kehoach::PdfSettings { standards: vec![kehoach::typeset::parse_pdf_standard("a-2b").unwrap()], ..Default::default() };
        let pdf = kehoach::render_pdf(&prepared, &settings).unwrap();
        let text = String::from_utf8_lossy(&pdf);
        let keywords = format!("Thể thức: {title}");
        assert!(text.contains(&format!("<pdf:Keywords>{keywords}</pdf:Keywords>")), "XMP keywords of {date}");
        let utf16: String = keywords.encode_utf16().map(|u| format!("{u:04X}")).collect();
        assert!(text.contains(&utf16), "Info /Keywords of {date}");
    }
}

#[test]
fn every_example_keeps_its_rule_set_and_passes_verify() {
    for path in common::examples() {
        let source = std::fs::read_to_string(&path).unwrap();
        let name = path.display().to_string();
        let (prepared, _) = laid_out(&name, &source);
        // The examples dated 2026 are dated after 27/5/2026 (HD 05); the others before.
        let expected = if name.ends_with("2026.toml") { "dang-hd05-2026" } else { "dang-hd36-2018" };
        assert_eq!(prepared.profile.name, expected, "{name}");
    }
}

#[test]
fn every_starter_is_an_hd05_document() {
    for kind in kehoach::model::Kind::ALL {
        let prepared = prepare("new.toml", kehoach::starter(*kind));
        assert_eq!(prepared.profile.name, "dang-hd05-2026", "{}", kind.id());
        assert!(prepared.warnings.is_empty(), "{}: {:?}", kind.id(), prepared.warnings);
    }
}

#[test]
fn the_commands_say_which_rule_set_they_used() {
    let fixture = root().join("tests/fixtures/hd05-plan.toml");
    let file = fixture.to_str().unwrap();
    let run = |args: &[&str]| std::process::Command::new(env!("CARGO_BIN_EXE_kehoach")).args(args).output().unwrap();
    let line = format!("{file}: rule set Hướng dẫn 05-HD/VPTW (profile dang-hd05-2026, by the date 2026-05-27)");

    let check = run(&["check", file]);
    assert_eq!(check.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&check.stderr).lines().any(|l| l == line), "{}", String::from_utf8_lossy(&check.stderr));

    let json = run(&["check", "--json", file]);
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let rule_set = &report["files"][0]["rule_set"];
    assert_eq!(rule_set["title"], "Hướng dẫn 05-HD/VPTW");
    assert_eq!(rule_set["profile"], "dang-hd05-2026");
    assert_eq!(rule_set["chosen_by"], "date");

    let verify = run(&["verify", "--quiet", file]);
    assert_eq!(verify.status.code(), Some(0), "{}", String::from_utf8_lossy(&verify.stdout));
    assert_eq!(String::from_utf8_lossy(&verify.stdout).lines().next(), Some(line.as_str()));

    let out = std::env::temp_dir().join(format!("kehoach-rule-set-{}.pdf", std::process::id()));
    let render = run(&["render", file, "-o", out.to_str().unwrap()]);
    assert_eq!(render.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&render.stderr).lines().any(|l| l == line), "{}", String::from_utf8_lossy(&render.stderr));
    std::fs::remove_file(out).unwrap();
}

/// docs/form-rules.md explains every rule id `verify` reports and every
/// warning id of the rule-set checks.
#[test]
fn every_rule_id_is_explained_in_the_docs() {
    let docs = std::fs::read_to_string(root().join("docs/form-rules.md")).unwrap();
    let mut ids: Vec<String> = Vec::new();
    for name in ["hd05-plan.toml", "hd05-cong-van.toml"] {
        let (prepared, layout) = laid_out(name, &fixture(name));
        ids.extend(kehoach::verify::verify(&prepared, &layout).into_iter().map(|r| r.id.to_owned()));
    }
    ids.sort();
    ids.dedup();
    assert!(ids.len() >= 27, "{ids:?}");
    use kehoach::check::rule_set::*;
    ids.extend([ABOLISHED_DISTRICT_BODY, TM_NOT_ALLOWED, ISSUER_CODE_INITIALS, PLACE_NAME_LEVEL].map(|id| format!("`{id}`")));
    use kehoach::check::content::*;
    ids.extend([BASIS_INCOMPLETE, POSITION_NAMES_BODY].map(|id| format!("`{id}`")));
    let missing: Vec<&String> = ids.iter().filter(|id| !docs.contains(&format!("**{id}"))).collect();
    assert!(missing.is_empty(), "not explained in docs/form-rules.md: {missing:?}");
}
