//! The signature forms of HD 05 7.1 measured on the laid-out page — T/M,
//! K/T, T/L, Q., the head signing directly, no position line, "kiêm" —, a
//! joint document's signature grid (lead right, the others left, 7.2.4) and
//! a congress resolution's confirmation block (7.1.4a); the signature fields
//! (one per signer); `verify` passing them in both rule sets and failing when
//! a layout override breaks them; and the located errors of `check`.

mod common;

use common::*;
use kehoach::inspect::{Layout, Line};
use kehoach::sign::Role;
use kehoach::verify::CheckResult;

const PT: f64 = 25.4 / 72.0;
/// Text area 30 → 195 mm; the signature column is the right 85 mm.
const SIG_LEFT: f64 = 195.0 - 85.0;
const SIG_CENTRE: f64 = (SIG_LEFT + 195.0) / 2.0;
/// The grid's left column ends `signature.grid_gutter_mm` (6 mm) short of the signature column.
const LEFT_CENTRE: f64 = (30.0 + SIG_LEFT - 6.0) / 2.0;

const PROFILES: [&str; 2] = ["dang-hd36-2018", "dang-hd05-2026"];

/// The lines of a column of the closing block's page (the page of "Nơi nhận:").
fn column(l: &Layout, right: bool) -> Vec<Line> {
    let page = l.find_line("Nơi nhận:").expect("Nơi nhận").page;
    Layout {
        texts: l.texts.iter().filter(|r| r.page == page && (r.center() >= SIG_LEFT) == right).cloned().collect(),
        ..Layout::default()
    }
    .lines()
}

/// The index of the line whose text is exactly `text`.
fn at(lines: &[Line], text: &str) -> usize {
    lines.iter().rposition(|l| squash(&l.text()) == text).unwrap_or_else(|| {
        panic!("no line {text:?} in {:?}", lines.iter().map(|l| l.text()).collect::<Vec<_>>())
    })
}

fn bold(l: &Line) -> bool {
    l.runs.iter().all(|r| r.bold && !r.italic && r.size == 14.0)
}

fn regular(l: &Line) -> bool {
    l.runs.iter().all(|r| !r.bold && !r.italic && r.size == 14.0)
}

/// MINIMAL with its `[signer]` replaced.
fn with_signer(signer: &str) -> String {
    let start = MINIMAL.find("[signer]").unwrap();
    let end = MINIMAL.find("[recipients]").unwrap();
    format!("{}[signer]\n{signer}\n{}", &MINIMAL[..start], &MINIMAL[end..])
}

fn verify_source(name: &str, source: &str) -> Vec<CheckResult> {
    let prepared = kehoach::prepare(name, source).unwrap_or_else(|e| panic!("{e}"));
    let layout = kehoach::inspect::inspect(&kehoach::typeset(&prepared).unwrap());
    kehoach::verify::verify(&prepared, &layout)
}

fn failures(results: &[CheckResult]) -> Vec<String> {
    results.iter().filter(|r| r.failed()).map(|r| r.to_string()).collect()
}

#[test]
fn every_signature_form_prints_its_lines_in_the_signature_column() {
    // (signer TOML, the lines of the block before the name, which are bold)
    let forms: [(&str, &[(&str, bool)]); 6] = [
        ("authority = \"T/M\"\nbody = \"Ban Thường vụ\"\nposition = \"Phó Bí thư\"", &[("T/M BAN THƯỜNG VỤ", true), ("PHÓ BÍ THƯ", false)]),
        ("authority = \"K/T\"\nbody = \"Trưởng ban\"\nposition = \"Phó Trưởng ban\"", &[("K/T TRƯỞNG BAN", true), ("PHÓ TRƯỞNG BAN", false)]),
        ("authority = \"T/L\"\nbody = \"Ban Thường vụ\"\nposition = \"Chánh Văn phòng\"", &[("T/L BAN THƯỜNG VỤ", true), ("CHÁNH VĂN PHÒNG", false)]),
        ("authority = \"Q.\"\nbody = \"Trưởng ban\"", &[("Q. TRƯỞNG BAN", true)]),
        ("position = \"Trưởng ban\"", &[("TRƯỞNG BAN", true)]),
        (
            "position = \"Bí thư\"\nconcurrent_position = \"Trưởng Ban Chỉ đạo\"",
            &[("BÍ THƯ", true), ("kiêm", false), ("TRƯỞNG BAN CHỈ ĐẠO", true)],
        ),
    ];
    for (signer, expected) in forms {
        let source = with_signer(&format!("{signer}\nname = \"Nguyễn Văn A\""));
        let l = layout_of("form.toml", &source);
        let lines = column(&l, true);
        let name = at(&lines, "Nguyễn Văn A");
        let first = name - expected.len();
        for (i, (text, is_bold)) in expected.iter().enumerate() {
            let line = &lines[first + i];
            assert_eq!(squash(&line.text()), *text, "{signer}");
            assert!(if *is_bold { bold(line) } else { regular(line) }, "{signer}: {text} {:?}", line.runs);
            assert_near(line.center(), SIG_CENTRE, 1.0, text);
        }
        // The first line is level with "Nơi nhận:", the name bold, at least 20 mm under the last line above it.
        assert_near(lines[first].y, l.find_line("Nơi nhận:").unwrap().y, 0.1, "level with Nơi nhận");
        assert!(bold(&lines[name]), "{signer}: name");
        assert!(lines[name].y - lines[name - 1].y >= 20.0, "{signer}: room to sign");
        // verify holds for the form in both rule sets.
        for profile in PROFILES {
            let results = verify_source("form.toml", &format!("profile = \"{profile}\"\n{source}"));
            assert_eq!(failures(&results), Vec::<String>::new(), "{signer} under {profile}");
            assert!(results.iter().any(|r| r.id == "P-SIG-2" && r.passed), "{signer}");
        }
    }
}

#[test]
fn a_joint_document_names_both_bodies_and_signs_in_a_grid() {
    let source = std::fs::read_to_string(example("ke-hoach-lien-tich-lam-dong-2026.toml")).unwrap();
    let l = layout_of("joint.toml", &source);
    // Header: the bodies joined by " - ", broken after the dash between them; the joint code.
    let header: Vec<String> = l.lines().iter().filter(|x| x.page == 1).take(6).map(|x| squash(&x.text())).collect();
    // The left column's lines (the title of the right column stands between them).
    let joined = header.iter().filter(|h| *h != "ĐẢNG CỘNG SẢN VIỆT NAM").cloned().collect::<Vec<_>>().join(" ");
    assert!(joined.contains("BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY -"), "{header:?}");
    // Each body's full name and no superior line (HD 05 2.1.5).
    assert!(header[0].starts_with("BAN TUYÊN GIÁO") && !joined.contains("TỈNH ỦY LÂM ĐỒNG"), "{header:?}");
    assert!(header.iter().any(|h| h.starts_with("BAN TỔ CHỨC TỈNH ỦY")), "{header:?}");
    assert!(l.find_line("Số 04-KH/BTGDVTU-BTCTU").is_some());
    // The lead body on the right, the other on the left, level; both name their body.
    let right = column(&l, true);
    let left = column(&l, false);
    let lead_first = right.iter().position(|x| squash(&x.text()).starts_with("K/T TRƯỞNG BAN")).unwrap();
    // "K/T TRƯỞNG BAN" / "TỔ CHỨC TỈNH ỦY": balanced in its column.
    let other = left.iter().position(|x| squash(&x.text()).starts_with("K/T TRƯỞNG BAN")).expect("co-signer");
    assert_near(left[other].y, right[lead_first].y, 0.1, "the blocks of a row are level");
    assert!(bold(&right[lead_first]) && bold(&left[other]));
    assert_near(right[lead_first].center(), SIG_CENTRE, 1.0, "lead centred in the right column");
    assert_near(left[other].center(), LEFT_CENTRE, 1.0, "co-signer centred in the left column");
    let lead_name = &right[at(&right, "Trần Thị Minh Hạnh")];
    let other_name = &left[at(&left, "Lê Văn Quang")];
    assert_near(lead_name.center(), SIG_CENTRE, 1.0, "lead name");
    assert_near(other_name.center(), LEFT_CENTRE, 1.0, "co-signer name");
    // "Nơi nhận:" under the grid, at the left margin.
    let label = l.find_line("Nơi nhận:").unwrap();
    assert!(label.y - 14.0 * 0.8 * PT > lead_name.y.max(other_name.y), "Nơi nhận under the grid");
    assert_near(label.left(), 30.0, 0.5, "Nơi nhận at the left margin");
}

#[test]
fn a_congress_resolution_is_signed_by_the_presidium_and_confirmed_under_it() {
    let source = std::fs::read_to_string(example("nghi-quyet-dai-hoi-lam-dong-2025.toml")).unwrap();
    let l = layout_of("congress.toml", &source);
    let header: Vec<String> = l.lines().iter().filter(|x| x.page == 1).take(5).map(|x| squash(&x.text())).collect();
    assert!(header.join(" ").contains("ĐẠI HỘI ĐẠI BIỂU"), "{header:?}");
    assert!(l.find_line("Số 15-NQ/ĐH").is_some());
    let right = column(&l, true);
    // "T/M ĐOÀN CHỦ TỊCH", no position line, the name.
    let tm = at(&right, "T/M ĐOÀN CHỦ TỊCH");
    assert_eq!(squash(&right[tm + 1].text()), "Trần Văn Sơn");
    assert!(right[tm + 1].y - right[tm].y >= 20.0);
    // Then the confirmation: the lead-in, the committee, the secretary, the name.
    let lead_in: Vec<&Line> = right[tm + 2..].iter().take_while(|x| !squash(&x.text()).starts_with("T/M")).collect();
    let text = squash(&lead_in.iter().map(|x| x.text()).collect::<Vec<_>>().join(" "));
    assert_eq!(text, "Xác nhận chữ ký của đồng chí Trần Văn Sơn");
    assert!(lead_in.iter().all(|x| regular(x)));
    for x in &lead_in {
        assert_near(x.center(), SIG_CENTRE, 1.0, "lead-in centred");
    }
    let c = tm + 2 + lead_in.len();
    assert_eq!(squash(&right[c].text()), "T/M TỈNH ỦY");
    assert_eq!(squash(&right[c + 1].text()), "BÍ THƯ");
    assert_eq!(squash(&right[c + 2].text()), "Phạm Quốc Bình");
    assert!(bold(&right[c]) && regular(&right[c + 1]) && bold(&right[c + 2]));
    assert!(lead_in[0].y - right[tm + 1].y >= 8.0, "the confirmation stands under the signature");
    assert!(right[c + 2].y - right[c + 1].y >= 20.0, "room to sign the confirmation");
}

#[test]
fn verify_passes_the_examples_in_both_rule_sets_and_fails_a_broken_grid_or_confirmation() {
    for (file, rule) in [("ke-hoach-lien-tich-lam-dong-2026.toml", "P-SIG-5"), ("nghi-quyet-dai-hoi-lam-dong-2025.toml", "P-SIG-6")] {
        let source = std::fs::read_to_string(example(file)).unwrap();
        for profile in PROFILES {
            let results = verify_source(file, &format!("profile = \"{profile}\"\n{source}"));
            assert_eq!(failures(&results), Vec::<String>::new(), "{file} under {profile}");
            assert!(results.iter().any(|r| r.id == rule && r.passed), "{file}: {rule}");
            // Every block's name is checked, the co-signer's and the confirmation's too.
            assert!(results.iter().filter(|r| r.id == "P-SIG-3" && r.passed).count() >= 2, "{file}");
        }
    }
    // "Nơi nhận:" pulled up into the grid; the confirmation pulled up over the signature.
    let broken = [
        ("ke-hoach-lien-tich-lam-dong-2026.toml", "grid_recipients_gap_mm = -40", "P-SIG-5"),
        ("nghi-quyet-dai-hoi-lam-dong-2025.toml", "confirmation_gap_mm = -30", "P-SIG-6"),
    ];
    for (file, override_, rule) in broken {
        let source = std::fs::read_to_string(example(file)).unwrap();
        let results = verify_source(file, &format!("{source}\n[layout.signature]\n{override_}\n"));
        let r = results.iter().find(|r| r.id == rule).unwrap_or_else(|| panic!("{file}: no {rule}"));
        assert!(r.failed(), "{file}: {r}");
    }
}

#[test]
fn the_signature_fields_give_one_field_per_signer() {
    let settings = kehoach::PdfSettings { signature_fields: true, ..kehoach::PdfSettings::default() };
    let cases: [(&str, &[(&str, Role)]); 2] = [
        (
            "ke-hoach-lien-tich-lam-dong-2026.toml",
            &[("nguoi-ky-1", Role::Signer), ("co-quan-1", Role::Seal), ("nguoi-ky-2", Role::Signer), ("co-quan-2", Role::Seal)],
        ),
        // The confirmed signature takes no seal: the confirming committee's is on the confirmation.
        ("nghi-quyet-dai-hoi-lam-dong-2025.toml", &[("nguoi-ky-1", Role::Signer), ("nguoi-ky-2", Role::Signer), ("co-quan-2", Role::Seal)]),
    ];
    for (file, expected) in cases {
        let path = example(file);
        let prepared = kehoach::prepare(path.to_str().unwrap(), &std::fs::read_to_string(&path).unwrap()).unwrap();
        let out = kehoach::render_pdf_output(&prepared, &settings).unwrap();
        let got: Vec<(&str, Role)> = out.places.iter().map(|p| (p.name.as_str(), p.role)).collect();
        assert_eq!(got, expected.to_vec(), "{file}");
        let width = prepared.profile.signature.image_width_mm;
        let lines = out.layout.lines();
        for place in out.places.iter().filter(|p| p.role == Role::Signer) {
            let [left, top, right, bottom] = place.mm;
            assert_near(right - left, width, 0.01, "field width");
            // The name's runs in the field's column: the field ends at their
            // top and is centred over them.
            let on_right = (left + right) / 2.0 >= SIG_LEFT;
            let name: Vec<_> = lines
                .iter()
                .filter(|x| x.page == place.page)
                .flat_map(|x| x.runs.iter())
                .filter(|r| (r.center() >= SIG_LEFT) == on_right)
                .collect::<Vec<_>>();
            let name_line = lines
                .iter()
                .find(|x| x.page == place.page && squash(&Layout { texts: x.runs.iter().filter(|r| (r.center() >= SIG_LEFT) == on_right).cloned().collect(), ..Layout::default() }.lines().iter().map(|l| l.text()).collect::<String>()) == place.label)
                .unwrap_or_else(|| panic!("{file}: no name {:?}", place.label));
            let runs: Vec<_> = name.into_iter().filter(|r| r.y == name_line.y).collect();
            let name_top = runs[0].y - 0.8 * 14.0 * PT;
            let centre = (runs[0].x + runs.iter().map(|r| r.x + r.width).fold(0.0, f64::max)) / 2.0;
            assert_near(bottom, name_top, 0.05, "field ends at the name's top");
            assert!(bottom - top >= 20.0, "{}: {} mm to sign", place.name, bottom - top);
            assert_near((left + right) / 2.0, centre, 1.0, "field centred over the name");
        }
        if file.starts_with("ke-hoach") {
            let co = out.places.iter().find(|p| p.name == "nguoi-ky-2").unwrap();
            assert_near((co.mm[0] + co.mm[2]) / 2.0, LEFT_CENTRE, 0.01, "the co-signer's field in the left column");
        }
    }
}
