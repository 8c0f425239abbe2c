//! Line breaks a clerk would make (issue 21): balanced title lines without a
//! lone word, numbers, dates, year ranges, names and words of several
//! syllables never split, the joint grid's names level with a gutter between
//! its columns — on the page, in the DOCX, and the verify rules that fail
//! each when it is broken (P-BRK-1, P-BRK-2, P-SIG-7, P-SIG-8).

mod common;

use std::collections::BTreeMap;
use std::io::Read;

use kehoach::inspect::{inspect, Layout, Line};
use kehoach::verify::{verify, CheckResult};

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn prepare(source: &str) -> kehoach::Prepared {
    kehoach::prepare("breaks.toml", source).unwrap_or_else(|e| panic!("{e}"))
}

fn laid_out(source: &str) -> (kehoach::Prepared, Layout) {
    let prepared = prepare(source);
    let layout = inspect(&kehoach::typeset(&prepared).unwrap());
    (prepared, layout)
}

fn result<'a>(results: &'a [CheckResult], id: &str) -> &'a CheckResult {
    results.iter().find(|r| r.id == id).unwrap_or_else(|| panic!("{id} did not run: {results:#?}"))
}

fn failures(results: &[CheckResult]) -> Vec<String> {
    results.iter().filter(|r| r.failed()).map(|r| r.to_string()).collect()
}

fn texts(layout: &Layout) -> Vec<String> {
    layout.lines().iter().map(|l| squash(&l.text())).collect()
}

/// The plan of tests/fixtures with a long subject and a body full of numbers and dates.
fn plan_with_numbers() -> String {
    let base = std::fs::read_to_string(common::root().join("tests/fixtures/hd05-plan.toml")).unwrap();
    let subject = "subject = \"thực hiện phong trào thi đua “Dân vận khéo” năm 2026\"";
    assert!(base.contains(subject));
    let sentence = "thực hiện Kế hoạch số 11-KH/ĐU ngày 01 tháng 4 năm 2026 của Đảng ủy xã Công Hải về công tác cán bộ giai đoạn 2025 - 2030 và 2025-2030";
    // The same sentence after prefixes of every length, so that its numbers
    // and dates come to the end of a line in many places.
    let paragraphs: Vec<String> = (0..14).map(|k| format!("  \"{}{sentence}.\",", "Đảng ủy xã ".repeat(1) + &"cán bộ ".repeat(k))).collect();
    base.replace(
        subject,
        "subject = \"về tăng cường công tác phát triển đảng viên trong cán bộ, đảng viên giai đoạn 2025 - 2030\"",
    )
    .replace(
        "opening = [\n",
        &format!("opening = [\n{}\n", paragraphs.join("\n")),
    )
}

#[test]
fn the_subject_sets_in_balanced_lines_with_no_lone_word_and_its_year_range_whole() {
    let (prepared, layout) = laid_out(&plan_with_numbers());
    let lines = texts(&layout);
    let first = lines.iter().position(|l| l.starts_with("về tăng cường")).expect("the subject's first line");
    let last = lines.iter().position(|l| l == "-----").expect("the separator");
    let subject = &lines[first..last];
    assert!(subject.len() >= 2, "{subject:?}");
    assert!(subject.last().unwrap().contains(' '), "a lone word ends the subject: {subject:?}");
    assert!(subject.iter().any(|l| l.contains("2025 - 2030")), "the year range is split: {subject:?}");
    for pair in subject.windows(2) {
        assert!(!(pair[0].ends_with("đảng") && pair[1].starts_with("viên")), "{subject:?}");
        assert!(!(pair[0].ends_with("cán") && pair[1].starts_with("bộ")), "{subject:?}");
    }
    let results = verify(&prepared, &layout);
    assert!(result(&results, "P-BRK-1").passed, "{}", result(&results, "P-BRK-1"));
    assert!(failures(&results).is_empty(), "{:#?}", failures(&results));
}

#[test]
fn numbers_and_dates_never_split_in_body_text() {
    let (prepared, layout) = laid_out(&plan_with_numbers());
    let lines = texts(&layout);
    // Some of the sentences do wrap near their numbers.
    assert!(lines.iter().filter(|l| l.contains("11-KH/ĐU")).count() >= 10, "{lines:#?}");
    for l in &lines {
        for bad in ["11-KH/", "11-", "số", "ngày", "tháng", "năm", "2025 -", "2025-"] {
            assert!(!l.ends_with(bad), "a line ends with {bad:?}: {l:?}");
        }
        for bad in ["ĐU ", "KH/ĐU", "2030", "- 2030"] {
            assert!(!l.starts_with(bad), "a line starts with {bad:?}: {l:?}");
        }
    }
    let results = verify(&prepared, &layout);
    assert!(result(&results, "P-BRK-2").passed, "{}", result(&results, "P-BRK-2"));
    // The text as printed and the metadata keep plain spaces and hyphens.
    let printed = kehoach::printed::Printed::of(&prepared);
    let all: String = printed.paragraphs.iter().map(|p| p.text.as_str()).collect::<Vec<_>>().join("\n");
    assert!(all.contains("Kế hoạch số 11-KH/ĐU ngày 01 tháng 4 năm 2026"), "{all}");
    assert!(!all.contains(['\u{a0}', '\u{2060}']), "bound spaces leak into the printed text");
    assert!(!prepared.context.subject.contains('\u{a0}'), "the context's subject stays plain");
}

/// The Word file: the same bound spaces, "-" joined to what follows as Word's
/// non-breaking hyphen, the same balanced subject.
#[test]
fn the_docx_gets_the_same_breaks() {
    let prepared = prepare(&plan_with_numbers());
    let bytes = kehoach::render_docx(&prepared, None).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut parts = BTreeMap::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let name = f.name().unwrap().into_owned();
        let mut s = String::new();
        if f.read_to_string(&mut s).is_ok() {
            parts.insert(name, s);
        }
    }
    let doc = &parts["word/document.xml"];
    assert!(doc.contains("số\u{a0}11</w:t><w:noBreakHyphen/><w:t xml:space=\"preserve\">KH/\u{2060}ĐU"), "no non-breaking hyphen in the number");
    assert!(doc.contains("năm\u{a0}2026"), "no bound date");
    assert!(doc.contains("2025\u{a0}</w:t><w:noBreakHyphen/><w:t xml:space=\"preserve\">\u{a0}2030"), "no bound year range");
    assert!(!parts["docProps/core.xml"].contains('\u{a0}'), "bound spaces leak into the metadata");
}

/// The joint example with the grid: a long three-line block on the
/// left, one line on the right.
fn uneven_grid() -> String {
    let base = std::fs::read_to_string(common::example("ke-hoach-lien-tich-lam-dong-2026.toml")).unwrap();
    let co = "authority = \"K/T\"\nbody = \"Trưởng Ban Tổ chức Tỉnh ủy\"\nposition = \"Phó Trưởng ban\"";
    let lead = "authority = \"K/T\"\nbody = \"Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy\"\nposition = \"Phó Trưởng ban\"";
    assert!(base.contains(co) && base.contains(lead));
    base.replace(co, "authority = \"T/M\"\nbody = \"Tập thể lãnh đạo Ban Tổ chức Tỉnh ủy\"\nposition = \"Trưởng ban\"")
        .replace(lead, "position = \"Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy\"")
}

fn line_with<'a>(layout: &'a [Line], text: &str) -> &'a Line {
    layout.iter().find(|l| squash(&l.text()).contains(text)).unwrap_or_else(|| panic!("no line with {text:?}"))
}

#[test]
fn the_joint_grid_sets_names_level_with_a_gutter() {
    let (prepared, layout) = laid_out(&uneven_grid());
    let lines = layout.lines();
    let lead = line_with(&lines, "Trần Thị Minh Hạnh");
    let other = line_with(&lines, "Lê Văn Quang");
    assert!((lead.y - other.y).abs() < 0.1, "names at {} and {}", lead.y, other.y);
    // The long first line wraps inside its column: the left block's lines
    // end at least the profile's gutter before the right block's start.
    let sig_left = prepared.profile.page.width_mm - prepared.profile.page.margin_right_mm - prepared.profile.signature.width_mm;
    let grid_top = line_with(&lines, "T/M TẬP THỂ").y - 1.0;
    let left_runs: Vec<_> = layout.texts.iter().filter(|r| r.page == lead.page && r.y < lead.y + 1.0 && r.y > grid_top && r.center() < sig_left).collect();
    assert!(left_runs.len() >= 4, "{left_runs:?}");
    let right_edge = left_runs.iter().map(|r| r.right()).fold(0.0, f64::max);
    assert!(right_edge <= sig_left - prepared.profile.signature.grid_gutter_mm + 0.5, "{right_edge} vs {sig_left}");
    let all = texts(&layout);
    assert!(all.iter().any(|l| l.starts_with("T/M TẬP THỂ")), "{all:#?}");
    let results = verify(&prepared, &layout);
    for id in ["P-SIG-5", "P-SIG-7", "P-SIG-8"] {
        assert!(result(&results, id).passed, "{}", result(&results, id));
    }
    assert!(failures(&results).is_empty(), "{:#?}", failures(&results));
    // The DOCX pads the shorter block before its name, and has a gutter column.
    let bytes = kehoach::render_docx(&prepared, None).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut doc = String::new();
    zip.by_name("word/document.xml").unwrap().read_to_string(&mut doc).unwrap();
    let gutter = (prepared.profile.signature.grid_gutter_mm / 25.4 * 1440.0).round() as i64;
    assert!(doc.contains(&format!("<w:gridCol w:w=\"{gutter}\"/>")), "no gutter column of {gutter} twips");
}

/// Each rule holds on the page as laid out and fails once the page is
/// broken the way a careless hand would break it.
#[test]
fn verify_fails_broken_line_breaks() {
    type Break = Box<dyn Fn(&kehoach::Prepared, &mut Layout)>;
    let cases: Vec<(String, &str, Break)> = vec![
        (
            plan_with_numbers(),
            "P-BRK-1",
            Box::new(|_, l| {
                // The subject's last word moved onto a line of its own.
                let lines = l.lines();
                let last = lines.iter().position(|x| squash(&x.text()) == "-----").unwrap() - 1;
                let line = &lines[last];
                let run = line.runs.last().unwrap().clone();
                let (head, word) = run.text.trim_end().rsplit_once(' ').unwrap();
                let (head, word) = (head.to_owned(), word.to_owned());
                let r = l.texts.iter_mut().find(|r| r.page == run.page && r.y == run.y && r.x == run.x && r.text == run.text).unwrap();
                r.text = head;
                let mut alone = run.clone();
                alone.text = word;
                alone.y += 3.0;
                l.texts.push(alone);
            }),
        ),
        (
            plan_with_numbers(),
            "P-BRK-2",
            Box::new(|_, l| {
                let lines = l.lines();
                let i = lines.iter().position(|x| squash(&x.text()).starts_with("Đảng ủy xã thực hiện")).unwrap();
                let (a, b) = (lines[i].runs.last().unwrap().clone(), lines[i + 1].runs[0].clone());
                for r in l.texts.iter_mut() {
                    if r.y == a.y && r.x == a.x && r.page == a.page {
                        r.text = "theo Kế hoạch số 11-KH/".into();
                    } else if r.y == b.y && r.x == b.x && r.page == b.page {
                        r.text = "ĐU của Đảng ủy".into();
                    }
                }
            }),
        ),
        (
            uneven_grid(),
            "P-SIG-7",
            Box::new(|_, l| l.texts.iter_mut().filter(|r| r.text.contains("Lê Văn Quang")).for_each(|r| r.y += 3.0)),
        ),
        (
            uneven_grid(),
            "P-SIG-8",
            Box::new(|p, l| {
                // The left block's lines pushed right until they nearly touch the right column's.
                let sig_left = p.profile.page.width_mm - p.profile.page.margin_right_mm - p.profile.signature.width_mm;
                let name = l.texts.iter().find(|r| r.text.contains("Lê Văn Quang")).unwrap().clone();
                let grid_top = l.texts.iter().find(|r| r.text.starts_with("T/M")).unwrap().y - 1.0;
                let in_grid = |r: &kehoach::inspect::TextRun| r.page == name.page && r.y <= name.y + 0.5 && r.y > grid_top;
                let right_start = l.texts.iter().filter(|r| in_grid(r) && r.center() >= sig_left).map(|r| r.x).fold(f64::MAX, f64::min);
                let left: Vec<usize> = (0..l.texts.len()).filter(|&i| in_grid(&l.texts[i]) && l.texts[i].center() < sig_left).collect();
                let widest = left.iter().map(|&i| l.texts[i].right()).fold(0.0, f64::max);
                let centre = left.iter().map(|&i| l.texts[i].center()).fold(0.0, f64::max);
                let shift = (right_start - 1.0 - widest).min(sig_left - 0.5 - centre).max(0.0);
                left.iter().for_each(|&i| l.texts[i].x += shift);
            }),
        ),
    ];
    let mut problems = Vec::new();
    for (source, id, breaks) in cases {
        let (prepared, mut layout) = laid_out(&source);
        let before = result(&verify(&prepared, &layout), id).clone();
        if !before.passed || !before.measurable {
            problems.push(format!("{id}: not a clean PASS before the break: {before}"));
            continue;
        }
        breaks(&prepared, &mut layout);
        let after = result(&verify(&prepared, &layout), id).clone();
        if !after.failed() {
            problems.push(format!("{id}: still passes after the break: {after}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A Công văn whose one addressee wraps ("- Các ban đảng, … trực thuộc" /
/// "Trung ương.") keeps P-KG-1 (it once failed it).
#[test]
fn a_wrapped_addressee_keeps_p_kg_1() {
    let base = std::fs::read_to_string(common::root().join("tests/fixtures/hd05-cong-van.toml")).unwrap();
    let original = "  \"Ban Thường vụ các đảng ủy xã, phường trực thuộc Tỉnh ủy\",\n  \"Đảng ủy Ủy ban nhân dân tỉnh\",\n";
    assert!(base.contains(original));
    let source = base.replace(original, "  \"Các ban đảng, ban cán sự đảng, đảng đoàn, đảng ủy trực thuộc Trung ương\",\n");
    let (prepared, layout) = laid_out(&source);
    let lines = texts(&layout);
    // It wraps, and never inside "Trung ương".
    assert!(!lines.iter().any(|l| l.contains("đảng ủy trực thuộc Trung ương")), "{lines:#?}");
    assert!(!lines.iter().any(|l| l.ends_with("Trung")), "{lines:#?}");
    let results = verify(&prepared, &layout);
    assert!(result(&results, "P-KG-1").passed, "{}", result(&results, "P-KG-1"));
}
