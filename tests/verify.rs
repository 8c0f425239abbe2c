//! Proof of form: `kehoach::verify` (and `kehoach verify`) on the laid-out
//! pages. Every example, and the fixtures, meet every rule of their rule set
//! (docs/form-rules.md) in every profile; deliberately broken
//! profiles (and a doctored layout) fail with the right check and a clear line;
//! characters missing from the fonts are refused before typesetting.

mod common;

use std::path::{Path, PathBuf};

use common::*;
use kehoach::inspect::{inspect, Layout};
use kehoach::verify::{verify, CheckResult};
use kehoach::Prepared;

fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures").join(name)
}

/// The TOML of a file with its `profile` line replaced.
fn in_profile(source: &str, profile: &str) -> String {
    let rest: Vec<&str> = source.lines().filter(|l| !l.starts_with("profile")).collect();
    format!("profile = \"{profile}\"\n{}", rest.join("\n"))
}

fn prepare(name: &str, source: &str) -> Prepared {
    kehoach::prepare(name, source).unwrap_or_else(|e| panic!("{name} is invalid:\n{e}"))
}

fn layout(prepared: &Prepared) -> Layout {
    inspect(&kehoach::typeset(prepared).unwrap_or_else(|e| panic!("{} does not typeset:\n{e}", prepared.file)))
}

fn failures(results: &[CheckResult]) -> Vec<String> {
    results.iter().filter(|r| r.failed()).map(ToString::to_string).collect()
}

/// Defects of the layout that `verify` finds and `templates/lib/party.typ`
/// has yet to fix: (file stem, start of the failing line). Each entry makes
/// the test fail once the defect is gone, so that it is removed.
const KNOWN_DEFECTS: &[(&str, &str)] = &[];

/// Every example and the fixture, in every profile, verified in parallel.
#[test]
fn every_example_meets_every_rule_in_every_profile() {
    let mut files = examples();
    files.push(fixture("long-issuer.toml"));
    files.push(fixture("hd05-plan.toml"));
    files.push(fixture("hd05-cong-van.toml"));
    let jobs: Vec<(PathBuf, &str)> =
        files.iter().flat_map(|f| kehoach::profile::names().into_iter().map(move |p| (f.clone(), p))).collect();
    let reports: Vec<String> = std::thread::scope(|s| {
        let handles: Vec<_> = jobs
            .iter()
            .map(|(path, profile)| {
                s.spawn(move || {
                    let source = in_profile(&std::fs::read_to_string(path).unwrap(), profile);
                    let prepared = prepare(&path.display().to_string(), &source);
                    let results = verify(&prepared, &layout(&prepared));
                    assert!(results.len() > 25, "{} in {profile}: only {} checks ran", path.display(), results.len());
                    let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
                    let known: Vec<&str> = KNOWN_DEFECTS.iter().filter(|(f, _)| *f == stem).map(|(_, l)| *l).collect();
                    let mut report: Vec<String> = failures(&results)
                        .into_iter()
                        .filter(|f| !known.iter().any(|k| f.starts_with(k)))
                        .map(|f| format!("{} ({profile}): {f}", path.display()))
                        .collect();
                    for k in known.iter().filter(|k| !failures(&results).iter().any(|f| f.starts_with(**k))) {
                        report.push(format!("{stem} ({profile}): {k:?} holds now: remove it from KNOWN_DEFECTS"));
                    }
                    report
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap()).collect()
    });
    assert!(reports.is_empty(), "rules broken:\n{}", reports.join("\n"));
}

/// The long issuing body wraps cleanly onto two lines of its column, with the
/// "*" centred under it; the title and the date stay on one line.
#[test]
fn a_long_issuing_body_wraps_cleanly_onto_two_lines() {
    let path = fixture("long-issuer.toml");
    let prepared = prepare("long-issuer.toml", &std::fs::read_to_string(&path).unwrap());
    let l = layout(&prepared);
    let results = verify(&prepared, &l);
    assert!(failures(&results).is_empty(), "{:#?}", failures(&results));
    let fit = results.iter().find(|r| r.rule == "header names fit the left column").unwrap();
    assert!(fit.actual.contains("issuing body 2 lines"), "{fit}");
    let first = l.find_run("BAN TUYÊN GIÁO VÀ DÂN VẬN").expect("first line of the issuer");
    // The superior line "TỈNH ỦY BÌNH THUẬN" is regular; the issuer's second line bold.
    let second = l.texts.iter().find(|t| t.text.contains("TỈNH ỦY BÌNH THUẬN") && t.bold).expect("second line of the issuer");
    assert!(second.y > first.y && first.bold && second.bold);
    for r in [first, second] {
        assert!(r.x >= 30.0 && r.right() <= 110.0, "{:?} inside the left column", r.text);
    }
    let star = l.texts.iter().find(|t| t.text == "*").unwrap();
    assert!(star.y > second.y);
    let block_centre = (first.x.min(second.x) + first.right().max(second.right())) / 2.0;
    assert_near(star.center(), block_centre, 1.0, "* centred under the issuer");
}

/// A document whose `[layout]` overrides break a rule of the spec.
fn broken(base: &Path, overrides: &str) -> Vec<CheckResult> {
    let source = format!("{}\n{overrides}\n", std::fs::read_to_string(base).unwrap());
    let prepared = prepare(&format!("{} + {overrides:?}", base.display()), &source);
    verify(&prepared, &layout(&prepared))
}

/// Asserts that the check `id` / `rule` fails and its line reads as `contains`.
fn assert_fails(results: &[CheckResult], id: &str, rule: &str, contains: &[&str]) {
    let all = failures(results);
    let r = results
        .iter()
        .find(|r| r.id == id && r.rule == rule)
        .unwrap_or_else(|| panic!("no check {id} {rule}; failures: {all:#?}"));
    let line = r.to_string();
    assert!(r.failed(), "{line} should fail");
    assert!(line.starts_with(&format!("FAIL {id} {rule}: expected ")), "{line}");
    for c in contains {
        assert!(line.contains(c), "{line:?} does not contain {c:?}");
    }
}

/// The fixture with two dozen long paragraphs more: several pages, broken inside
/// paragraphs, so that the bottom margin shows.
fn long_document() -> PathBuf {
    let paragraph = "Tuyên truyền sâu rộng trong cán bộ, đảng viên và các tầng lớp nhân dân về truyền thống vẻ vang, \
        những mốc son lịch sử và thành tựu to lớn của Đảng qua các thời kỳ cách mạng; khẳng định vai trò lãnh đạo \
        của Đảng, củng cố niềm tin của nhân dân đối với Đảng, Nhà nước và chế độ xã hội chủ nghĩa.";
    // Paragraphs of four to seven lines, so that the pages break at different points.
    let items: Vec<String> = (0..24)
        .map(|i| {
            format!("\"{}\"", [paragraph; 2].join(" ").split(' ').take(60 + i % 4 * 25).collect::<Vec<_>>().join(" "))
        })
        .collect();
    let source = format!(
        "{}\n[[sections]]\ntitle = \"Nội dung tuyên truyền\"\ntext = [{}]\n",
        std::fs::read_to_string(fixture("long-issuer.toml")).unwrap(),
        items.join(", ")
    );
    let path = std::env::temp_dir().join(format!("kehoach-verify-{}-long.toml", std::process::id()));
    std::fs::write(&path, source).unwrap();
    path
}

#[test]
fn broken_profiles_fail_with_a_clear_line() {
    let fx = fixture("long-issuer.toml");
    let nt = example("nghia-thai-2024.toml");
    let long = long_document();
    let unbroken = broken(&long, "");
    assert!(failures(&unbroken).is_empty(), "{:#?}", failures(&unbroken));
    let bottom = unbroken.iter().find(|r| r.rule == "bottom margin").unwrap();
    assert!(bottom.actual.contains("would have ended"), "several pages broken inside paragraphs: {bottom}");
    let cases: &[(&Path, &str, &str, &str, &[&str])] = &[
        (&fx, "[layout.page]\nmargin_left_mm = 25", "P-PAGE-2", "left margin", &["expected 30 mm ± 0.5", "got 25 mm"]),
        (&fx, "[layout.page]\nmargin_right_mm = 20", "P-PAGE-2", "right margin", &["expected 15 mm", "got 20 mm"]),
        (&fx, "[layout.page]\nmargin_top_mm = 25", "P-PAGE-2", "top margin", &["expected 20 mm", "got 25 mm"]),
        (
            &long,
            "[layout.page]\nmargin_bottom_mm = 25",
            "P-PAGE-2",
            "bottom margin",
            &["expected 20 mm ± 0.5", "would have ended"],
        ),
        (&fx, "[layout.page]\nwidth_mm = 216\nheight_mm = 279", "P-PAGE-1", "page size", &["216 × 279 mm"]),
        (&nt, "[layout.page_number]\ndistance_mm = 25", "P-PAGE-3", "page-number position", &["spec 10–15 mm"]),
        (&nt, "[layout.page_number]\nfirst_page = true", "P-PAGE-3", "no page number on page 1", &["got \"1\""]),
        (&fx, "[layout.header]\nparty_title_size_pt = 16", "P-HDR-1", "title", &["15 pt bold upright", "16 pt bold"]),
        (&fx, "[layout.header]\nissuer_size_pt = 13", "P-HDR-3", "issuing body", &["14 pt bold", "13 pt bold"]),
        (&fx, "[layout.title]\ntype_name_size_pt = 18", "P-TTL-1", "type name", &["spec 15–16 pt", "18 pt bold"]),
        (&fx, "[layout.title]\nseparator = \"* * *\"", "P-TTL-3", "separator", &["\"-----\"", "got \"* * *\""]),
        (&fx, "[layout.body]\nsize_pt = 13", "P-BODY-1", "body text size", &["spec 14–15 pt", "got 13 pt"]),
        (&fx, "[layout.body]\nfirst_line_indent_mm = 20", "P-BODY-1", "first-line indent", &["got 20 mm"]),
        (
            &fx,
            "[layout.body]\nparagraph_spacing_pt = 2",
            "P-BODY-1",
            "paragraph spacing",
            &["at least 6 pt", "got 2 pt"],
        ),
        (&fx, "[layout.body]\njustify = false", "P-BODY-1", "justified", &["ends at"]),
        (&fx, "[layout.signature]\nsign_space_mm = 10", "P-SIG-3", "name", &["at least 20 mm below"]),
        (
            &fx,
            "[layout.recipients]\nlabel_size_pt = 12",
            "P-RCV-1",
            "\"Nơi nhận:\"",
            &["14 pt regular", "12 pt regular"],
        ),
        (
            &fx,
            "[layout.recipients]\nitem_size_pt = 14",
            "P-RCV-2",
            "recipients",
            &["expected 12 pt", "got 3 lines, 14 pt"],
        ),
    ];
    let reports: Vec<()> = std::thread::scope(|s| {
        let handles: Vec<_> = cases
            .iter()
            .map(|(base, overrides, id, rule, contains)| {
                s.spawn(move || assert_fails(&broken(base, overrides), id, rule, contains))
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert_eq!(reports.len(), cases.len());
}

/// The columns adapt to their content: a preferred left column too wide for
/// the title and date, or too narrow for the names, is overruled, and every
/// header rule still holds.
#[test]
fn header_columns_adapt_to_their_content() {
    let fx = fixture("long-issuer.toml");
    for (overrides, check) in [
        ("[layout.header]\nleft_width_mm = 100", (|l: f64| l < 100.0) as fn(f64) -> bool),
        ("[layout.header]\nleft_width_mm = 40", |l: f64| l > 40.0),
    ] {
        let source = format!("{}\n{overrides}\n", std::fs::read_to_string(&fx).unwrap());
        let prepared = prepare("long-issuer.toml", &source);
        let left = prepared.context.header.layout.left_width_mm;
        assert!(check(left), "{overrides}: left column {left} mm");
        let results = verify(&prepared, &layout(&prepared));
        assert!(failures(&results).is_empty(), "{overrides}: {:#?}", failures(&results));
    }
}

/// Lines and columns the context did not decide — a column too wide for the
/// date and title, a name broken before its last word — are caught on the page.
#[test]
fn header_lines_and_columns_broken_by_hand_fail() {
    let fx = fixture("long-issuer.toml");
    let good = prepare("long-issuer.toml", &std::fs::read_to_string(&fx).unwrap());
    let mut wide = good.clone();
    wide.context.header.layout.left_width_mm = 100.0;
    let results = verify(&wide, &layout(&wide));
    assert_fails(&results, "P-HDR-1", "title on one line", &["wrapped onto 2 lines"]);
    assert_fails(&results, "P-HDR-6", "place and date on one line", &["wrapped onto 2 lines"]);

    let mut orphan = good.clone();
    let words: Vec<String> = orphan.context.header.issuer.split(' ').map(str::to_owned).collect();
    let (last, rest) = words.split_last().unwrap();
    orphan.context.header.layout.issuer_lines = vec![rest.join(" "), last.clone()];
    orphan.context.header.layout.left_width_mm = 140.0;
    let results = verify(&orphan, &layout(&orphan));
    assert_fails(&results, "P-HDR-3", "header names fit the left column", &["alone on a line"]);
}

/// The rules HD 05 added or changed, each broken by a `[layout]` override of
/// an HD 05 document: the rule set's expectation holds whatever the override.
#[test]
fn hd05_rules_fail_with_a_clear_line() {
    let plan = fixture("hd05-plan.toml");
    let letter = fixture("hd05-cong-van.toml");
    for base in [&plan, &letter] {
        let unbroken = broken(base, "");
        assert!(failures(&unbroken).is_empty(), "{:#?}", failures(&unbroken));
    }
    let cases: &[(&Path, &str, &str, &str, &[&str])] = &[
        (&plan, "[layout.body]\nline_spacing_pt = 24", "P-BODY-1", "line spacing", &["spec 18–22 pt", "got 24 pt"]),
        (&plan, "[layout.punctuation]\nbasis_last = \",\"", "P-BODY-2", "căn cứ lines", &["the last \"- ….\"", "got \"- Căn cứ Quy chế"]),
        (&plan, "[layout.punctuation]\nrecipient_between = \",\"", "P-RCV-2", "recipients", &["each \"- …;\"", "\"- Các Chi ủy Chi bộ,\""]),
        (&letter, "[layout.kinh_gui]\nalign = \"left\"", "P-KG-1", "Kính gửi", &["centred on the text width", "block from 30 mm"]),
        (&letter, "[layout.punctuation]\naddressee_last = \".\"", "P-KG-1", "Kính gửi", &["each \";\", the last \";\"", "tỉnh.\""]),
        (&plan, "[layout.typist]\nsize_pt = 8", "P-TYP-1", "typist's code and copies", &["11 pt regular upright", "8 pt regular"]),
        (&plan, "[layout.typist]\nupper = true", "P-TYP-1", "typist's code and copies", &["normal case", "\"NGUYENVANAN-26\""]),
        (&plan, "[layout.marks]\ncirculation_distance_mm = 15", "P-MARK-1", "circulation scope", &["10 mm ± 0.5", "capitals' top at 15 mm"]),
        (&plan, "[layout.marks]\ncirculation_position = \"under-number\"", "P-MARK-1", "circulation scope", &["top right of page 1", "not found"]),
        (&plan, "[layout.marks]\nno_broadcast_distance_mm = 5", "P-MARK-2", "không phổ biến", &["baseline 10 mm ± 0.5", "baseline 5 mm"]),
        (&plan, "[layout.contact]\nsize_pt = 12\nline_spacing_pt = 14", "P-CONTACT-1", "contact information", &["10 pt regular", "12 pt regular"]),
    ];
    std::thread::scope(|s| {
        let handles: Vec<_> = cases
            .iter()
            .map(|(base, overrides, id, rule, contains)| s.spawn(move || assert_fails(&broken(base, overrides), id, rule, contains)))
            .collect();
        for h in handles {
            h.join().unwrap();
        }
    });
    // HD 36 asks for at least 18 pt: 24 pt holds there.
    let hd36 = broken(&fixture("long-issuer.toml"), "[layout.body]\nline_spacing_pt = 24");
    let spacing = hd36.iter().find(|r| r.id == "P-BODY-1" && r.rule == "line spacing").unwrap();
    assert!(spacing.passed && spacing.expected.contains("spec ≥ 18 pt"), "{spacing}");
}

/// P-TTL-2 warns on a subject in capitals, not on a subject without "về".
#[test]
fn the_subject_is_asked_in_normal_case() {
    let subject = |s: &str| {
        let source = std::fs::read_to_string(fixture("hd05-plan.toml")).unwrap().replace(
            "subject = \"thực hiện phong trào thi đua “Dân vận khéo” năm 2026\"",
            &format!("subject = \"{s}\""),
        );
        let prepared = prepare("s.toml", &source);
        let results = verify(&prepared, &layout(&prepared));
        results.into_iter().find(|r| r.id == "P-TTL-2" && r.rule == "subject in normal case").unwrap()
    };
    let lower = subject("kết quả đại hội chi bộ nhiệm kỳ 2025 - 2030");
    assert!(lower.passed, "HD 05 5.1.1's own example: {lower}");
    let caps = subject("KẾT QUẢ ĐẠI HỘI CHI BỘ");
    assert_eq!(caps.status(), "WARN");
    assert_eq!(caps.to_string(), "WARN P-TTL-2 subject in normal case: expected normal case, not capitals (warning only), unless `subject_capitals` asks for them, got \"KẾT QUẢ ĐẠI HỘI CHI BỘ\"");
    // Capitals the data asks for are never a silent PASS: a departure from
    // Phụ lục 2 row 5's "in thường", with its reason.
    let source = std::fs::read_to_string(fixture("hd05-plan.toml")).unwrap().replace("basis = [", "subject_capitals = true\nbasis = [");
    let prepared = prepare("s.toml", &source);
    let results = verify(&prepared, &layout(&prepared));
    let asked = results.into_iter().find(|r| r.id == "P-TTL-2" && r.rule == "subject in normal case").unwrap();
    assert_eq!(asked.status(), "DEPARTURE", "{asked}");
    assert!(asked.departure.as_deref().unwrap().contains("Phụ lục 2 row 5 says \"in thường\""), "{asked}");
}

/// No profile key changes the title rule, so the verifier is shown a layout
/// whose rule was shortened (and one whose rule is gone).
#[test]
fn a_shortened_or_missing_title_rule_fails() {
    let path = fixture("long-issuer.toml");
    let prepared = prepare("long-issuer.toml", &std::fs::read_to_string(&path).unwrap());
    let good = layout(&prepared);
    let title = good.find_run("ĐẢNG CỘNG SẢN VIỆT NAM").unwrap().clone();
    let under_title = |r: &kehoach::inspect::Rule| r.page == 1 && r.y > title.y && r.y < title.y + 5.0 && r.dy == 0.0;
    assert_eq!(good.rules.iter().filter(|r| under_title(r)).count(), 1);

    let mut short = good.clone();
    let rule = short.rules.iter_mut().find(|r| under_title(r)).unwrap();
    rule.x += 1.5;
    rule.dx -= 3.0;
    let results = verify(&prepared, &short);
    assert_fails(
        &results,
        "P-HDR-2",
        "title rule",
        &["length 72.7 mm ± 0.5 (the title's width)", "got length 69.7 mm"],
    );
    assert_eq!(failures(&results).len(), 1, "{:#?}", failures(&results));

    let mut none = good.clone();
    none.rules.retain(|r| !under_title(r));
    assert_fails(&verify(&prepared, &none), "P-HDR-2", "title rule", &["got no rule under the title"]);
}

/// A character that no embedded font has is refused before typesetting,
/// named with its code point, field and line.
#[test]
fn a_character_missing_from_the_fonts_is_an_error() {
    let source = MINIMAL.replace("subject = \"về thử nghiệm\"", "subject = \"về thử nghiệm 中文\"");
    let err = kehoach::prepare("plan.toml", &source).unwrap_err();
    let kehoach::Error::Invalid(diags) = &err else { panic!("{err}") };
    let glyphs: Vec<_> = diags.iter().filter(|d| d.message.contains("embedded fonts")).collect();
    assert_eq!(glyphs.len(), 2, "one error per character: {err}");
    let d = glyphs[0];
    assert!(d.message.contains("'中' (U+4E2D)") && d.message.contains("Liberation Serif"), "{}", d.message);
    assert_eq!(d.field.as_deref(), Some("subject"));
    let line = source.lines().position(|l| l.starts_with("subject")).unwrap() + 1;
    assert_eq!(d.line, Some(line));
    assert!(d.hint.as_deref().is_some_and(|h| h.contains("print as a blank")));
    assert!(glyphs[1].message.contains("U+6587"));

    // Escapes and nested fields too; Vietnamese, curly quotes and dashes pass.
    let nested = format!("{MINIMAL}\n[[sections]]\ntitle = \"Mục\"\nitems = [\"ổn – “được”\", \"ký hiệu \\u2603\"]\n");
    let err = kehoach::prepare("plan.toml", &nested).unwrap_err().to_string();
    assert!(err.contains("U+2603") && err.contains("field: sections[0].items[1]"), "{err}");
    assert!(!err.contains("U+201C") && !err.contains("U+2013"), "{err}");
}

// -- the command line -------------------------------------------------------

#[test]
fn the_command_prints_one_line_per_rule_and_exits_by_the_result() {
    let dir = scratch("cli");
    let good = fixture("long-issuer.toml");
    let o = kehoach(&["verify", good.to_str().unwrap()], &dir);
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{out}\n{}", String::from_utf8_lossy(&o.stderr));
    assert!(
        out.contains("PASS P-HDR-2 title rule: expected a solid line under the title, length 72.7 mm ± 0.5"),
        "{out}"
    );
    assert!(out.lines().filter(|l| l.starts_with("PASS ")).count() > 25, "{out}");
    assert!(out.trim_end().ends_with("rules hold"), "{out}");

    let source = std::fs::read_to_string(&good).unwrap();
    std::fs::write(dir.join("margins.toml"), format!("{source}\n[layout.page]\nmargin_left_mm = 25\n")).unwrap();
    std::fs::write(dir.join("recipients.toml"), format!("{source}\n[layout.recipients]\nitem_size_pt = 14\n")).unwrap();
    let o = kehoach(&["verify", "--quiet", "margins.toml", "recipients.toml"], &dir);
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert!(out.contains("FAIL P-PAGE-2 left margin: expected 30 mm ± 0.5, got 25 mm"), "{out}");
    assert!(out.contains("FAIL P-RCV-2 recipients: expected 12 pt regular upright"), "{out}");
    assert!(out.contains("margins.toml: 1 of ") && out.contains("rules FAIL"), "{out}");
    assert!(!out.contains("PASS "), "--quiet prints failures only: {out}");

    std::fs::write(dir.join("bad.toml"), "kind = \"ke-hoach\"\nnumber = \n").unwrap();
    assert_eq!(kehoach(&["verify", "bad.toml"], &dir).status.code(), Some(1));
    assert_eq!(kehoach(&["verify", "missing.toml"], &dir).status.code(), Some(2));
    assert_eq!(kehoach(&["verify"], &dir).status.code(), Some(2));
}

fn scratch(name: &str) -> PathBuf {
    scratch_in("verify", name)
}

/// `[layout.spelling] tone_marks = "old"` or `"new"` rewrites every string of
/// the context (header, body, signature, recipients, appendices, metadata) to
/// one style, so the page and `verify` agree: every example passes every rule
/// in both styles, and no word of the other style is left in the context or
/// on the page.
#[test]
fn every_example_is_unified_to_either_tone_mark_style_and_verifies() {
    use kehoach::vietnamese::tone_marks::{tone_styles, ToneStyle};
    fn strings(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) => out.push(s.clone()),
            serde_json::Value::Array(a) => a.iter().for_each(|v| strings(v, out)),
            serde_json::Value::Object(m) => m.values().for_each(|v| strings(v, out)),
            _ => {}
        }
    }
    let jobs: Vec<(PathBuf, &str, ToneStyle)> = examples()
        .into_iter()
        .flat_map(|f| [("old", ToneStyle::Old), ("new", ToneStyle::New)].map(|(name, style)| (f.clone(), name, style)))
        .collect();
    let mut converted = [0usize; 2];
    let reports: Vec<String> = std::thread::scope(|s| {
        let handles: Vec<_> = jobs
            .iter()
            .map(|(path, name, style)| {
                s.spawn(move || {
                    let source = std::fs::read_to_string(path).unwrap();
                    let kept = prepare(&path.display().to_string(), &source);
                    let unified = prepare(
                        &path.display().to_string(),
                        &format!("{source}\n[layout.spelling]\ntone_marks = \"{name}\"\n"),
                    );
                    let mut report = Vec::new();
                    let mut texts = Vec::new();
                    strings(&serde_json::to_value(&unified.context).unwrap(), &mut texts);
                    let mut before = Vec::new();
                    strings(&serde_json::to_value(&kept.context).unwrap(), &mut before);
                    let changed = texts.iter().zip(&before).filter(|(a, b)| a != b).count();
                    for t in &texts {
                        if tone_styles(t).iter().any(|(_, s)| s != style) {
                            report.push(format!("{} ({name}): the context keeps the other style in {t:?}", path.display()));
                        }
                    }
                    let page = layout(&unified).text();
                    if tone_styles(&page).iter().any(|(_, s)| s != style) {
                        report.push(format!("{} ({name}): the page keeps the other style", path.display()));
                    }
                    report.extend(failures(&verify(&unified, &layout(&unified))).into_iter().map(|f| format!("{} ({name}): {f}", path.display())));
                    (report, changed, *style)
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| {
                let (report, changed, style) = h.join().unwrap();
                converted[usize::from(style == ToneStyle::New)] += changed;
                report
            })
            .collect()
    });
    assert!(reports.is_empty(), "{}", reports.join("\n"));
    // The examples hold words of both styles, so both settings change something.
    assert!(converted.iter().all(|&n| n > 0), "strings rewritten (old, new): {converted:?}");
}

/// An addressee too long for one line wraps onto the next ("- Các ban đảng,
/// …, đảng ủy trực thuộc Trung" / "ương."): the wrap is right, and P-KG-1
/// holds in both rule sets, whether the long name comes first, last or alone;
/// `render`'s page checks do not warn about it.
#[test]
fn a_wrapped_addressee_keeps_the_kinh_gui_rule() {
    let long = "Các ban đảng, ban cán sự đảng, đảng đoàn, đảng ủy trực thuộc Trung ương";
    let base = std::fs::read_to_string(fixture("hd05-cong-van.toml")).unwrap();
    let original = "  \"Ban Thường vụ các đảng ủy xã, phường trực thuộc Tỉnh ủy\",\n  \"Đảng ủy Ủy ban nhân dân tỉnh\",\n";
    assert!(base.contains(original));
    let lists = [
        format!("  \"{long}\",\n  \"Đảng ủy Ủy ban nhân dân tỉnh\",\n"),
        format!("  \"Đảng ủy Ủy ban nhân dân tỉnh\",\n  \"{long}\",\n"),
        format!("  \"{long}\",\n"),
    ];
    for list in &lists {
        // HD 05 (the fixture's date) and HD 36 (the day before).
        for date in ["2026-05-27", "2026-05-26"] {
            let source = base.replace(original, list).replace("date = 2026-05-27", &format!("date = {date}"));
            let prepared = prepare("wrapped.toml", &source);
            let doc = kehoach::typeset(&prepared).unwrap();
            let l = inspect(&doc);
            // The long name does wrap: no line holds all of it.
            let lines: Vec<String> = l.lines().iter().map(|line| squash(&line.text())).collect();
            assert!(lines.iter().any(|t| t.contains("Các ban đảng")), "{date}: {lines:#?}");
            assert!(!lines.iter().any(|t| t.contains(long)), "{date}: not wrapped: {lines:#?}");
            let results = verify(&prepared, &l);
            let kg = results.iter().find(|r| r.id == "P-KG-1").expect("P-KG-1 ran");
            assert!(kg.passed, "{date} {list:?}: {kg}");
            assert!(failures(&results).is_empty(), "{date}: {:#?}", failures(&results));
            let warnings = kehoach::verify::page_warnings(&prepared, &doc, &source);
            assert!(warnings.is_empty(), "{date}: render warns: {warnings:?}");
        }
    }
    // A name printed otherwise than the data says still fails, wrapped or not.
    let source = base.replace(original, &lists[0]);
    let mut prepared = prepare("wrapped.toml", &source);
    let doc = kehoach::typeset(&prepared).unwrap();
    prepared.context.to[0] = kehoach::context::rich::Rich::plain(&format!("- {long} và các huyện ủy;"));
    let results = verify(&prepared, &inspect(&doc));
    assert!(results.iter().any(|r| r.id == "P-KG-1" && r.failed()), "{:#?}", failures(&results));
}
