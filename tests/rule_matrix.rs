//! The rule matrix (docs/rule-matrix.toml) against HD 05 and the code: every
//! section of HD 05's Phần II and every row of its Phụ lục 2 has an entry;
//! each entry names a check with a test that fails a breach of it, or says
//! why no program can check it; every id the code reports stands in the
//! matrix; every proof exists and names the id it proves. And the rules the
//! matrix brought in, each on a breaking case: the typeface and its colour
//! (IV.1) and the full stop that ends the content (6.2.2).

mod common;

use std::collections::BTreeSet;
use std::fs;

use kehoach::check::ids;
use kehoach::verify::{verify, CheckResult};

/// Every section of HD 05's Phần II (I- mandatory elements, II- additional
/// elements, III- copies, IV- typeface, paper, margins, page numbers) and every
/// row of Phụ lục 2 and Phụ lục 3, as the matrix numbers them.
const SECTIONS: &[&str] = &[
    "I-1.1", "I-1.2", "I-2.1", "I-2.1.1", "I-2.1.2", "I-2.1.3", "I-2.1.4", "I-2.1.5", "I-2.2.1", "I-2.2.2", "I-2.2.3",
    "I-3.1.1", "I-3.1.2", "I-3.2.1", "I-3.2.2", "I-4.1.1", "I-4.1.2", "I-4.2.1", "I-4.2.2", "I-4.2.3", "I-5.1.1",
    "I-5.1.2", "I-5.2.1", "I-5.2.2", "I-5.2.3", "I-6.1", "I-6.2.1", "I-6.2.2", "I-6.2.3", "I-6.2.4", "I-7.1.1",
    "I-7.1.2", "I-7.1.3", "I-7.1.4", "I-7.2.1", "I-7.2.2", "I-7.2.3", "I-7.2.4", "I-8.1", "I-8.2", "I-9.1", "I-9.2.1",
    "I-9.2.2", "I-9.2.3", "I-9.2.4", "I-9.2.5", "II-1.1", "II-1.2", "II-2", "II-3", "II-4.1", "II-4.2", "II-5", "II-6",
    "III-2.1", "III-2.2", "III-2.3", "III-2.4", "III-3", "IV.1", "IV.2", "IV.3", "IV.4.1", "IV.4.2", "IV.4.3", "IV.5.1",
    "IV.5.2", "PL2-1", "PL2-2", "PL2-3", "PL2-4", "PL2-5", "PL2-6", "PL2-7", "PL2-8", "PL2-9", "PL2-10", "PL2-11",
    "PL2-12", "PL2-13", "PL2-14", "PL2-15", "PL3-1",
];

/// Ids reported outside the page rules and the warnings' registry: the
/// check `kehoach verify doc.pdf` adds for the embedded source, and the
/// error of a header whose lines are wrong for its level (HD 05 2.1).
const OTHER_IDS: &[&str] = &["P-SRC-1", kehoach::check::header_lines::HEADER_LINES];

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Matrix {
    rule: Vec<Rule>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Rule {
    section: String,
    says: String,
    #[serde(default)]
    hd36: Option<String>,
    checks: Vec<String>,
    #[serde(default)]
    proofs: Vec<String>,
    #[serde(default)]
    reason: Option<String>,
}

fn matrix() -> Matrix {
    let text = fs::read_to_string(common::root().join("docs/rule-matrix.toml")).unwrap();
    toml::from_str(&text).unwrap_or_else(|e| panic!("docs/rule-matrix.toml: {e}"))
}

/// The text a proof stands for: a test function's body, or a bad input's
/// expected output; `None` when it does not exist.
fn proof_text(proof: &str) -> Option<String> {
    let root = common::root();
    if let Some(case) = proof.strip_prefix("tests/bad_inputs/") {
        return fs::read_to_string(root.join("tests/bad_inputs").join(format!("{case}.expected"))).ok();
    }
    let (file, function) = proof.split_once("::")?;
    let source = fs::read_to_string(root.join(file)).ok()?;
    let start = source.find(&format!("fn {function}("))?;
    let rest = &source[start..];
    let end = rest[3..].find("\nfn ").map_or(rest.len(), |i| i + 3);
    Some(rest[..end].to_owned())
}

#[test]
fn every_section_of_hd05_has_a_check_or_a_reason() {
    let m = matrix();
    let listed: BTreeSet<&str> = m.rule.iter().map(|r| r.section.as_str()).collect();
    let missing: Vec<&&str> = SECTIONS.iter().filter(|s| !listed.contains(**s)).collect();
    assert!(missing.is_empty(), "sections of HD 05 missing from docs/rule-matrix.toml: {missing:?}");
    let mut seen = BTreeSet::new();
    for r in &m.rule {
        assert!(seen.insert(&r.section), "{} is listed twice", r.section);
        assert!(!r.says.trim().is_empty(), "{}: quote the rule's words", r.section);
        assert!(r.hd36.as_ref().is_none_or(|h| !h.trim().is_empty()), "{}: an empty hd36 note", r.section);
        let reason = r.reason.as_ref().is_some_and(|t| t.trim().len() > 20);
        assert!(
            (!r.checks.is_empty() && !r.proofs.is_empty()) || reason,
            "{}: needs a check with a proof, or a reason why it cannot be checked",
            r.section
        );
        assert!(r.checks.is_empty() == r.proofs.is_empty(), "{}: checks and proofs go together", r.section);
    }
}

#[test]
fn every_id_the_code_reports_is_in_the_matrix_and_every_listed_id_exists() {
    let m = matrix();
    let known: BTreeSet<&str> = ids::PAGE_RULES.iter().chain(ids::ALL).chain(OTHER_IDS).copied().collect();
    let listed: BTreeSet<&str> = m.rule.iter().flat_map(|r| r.checks.iter().map(String::as_str)).collect();
    let unknown: Vec<&&str> = listed.iter().filter(|id| !known.contains(**id)).collect();
    assert!(unknown.is_empty(), "the matrix names ids the code does not have: {unknown:?}");
    let unlisted: Vec<&&str> = known.iter().filter(|id| !listed.contains(**id)).collect();
    assert!(unlisted.is_empty(), "ids the code reports that the matrix does not name: {unlisted:?}");
}

#[test]
fn every_proof_exists_and_every_check_is_proved() {
    let m = matrix();
    let mut problems = Vec::new();
    for r in &m.rule {
        let texts: Vec<(String, Option<String>)> = r.proofs.iter().map(|p| (p.clone(), proof_text(p))).collect();
        for (p, t) in &texts {
            if t.is_none() {
                problems.push(format!("{}: the proof {p} does not exist", r.section));
            }
        }
        for id in &r.checks {
            if !texts.iter().any(|(_, t)| t.as_ref().is_some_and(|t| t.contains(id.as_str()))) {
                problems.push(format!("{}: no proof of {} mentions {id}", r.section, r.proofs.join(", ")));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

// -- The rules the matrix brought in, each on a breaking case --------------------------------

fn hd05_plan() -> (kehoach::Prepared, kehoach::inspect::Layout) {
    let source = fs::read_to_string(common::root().join("tests/fixtures/hd05-plan.toml")).unwrap();
    let prepared = kehoach::prepare("hd05-plan.toml", &source).unwrap();
    let layout = kehoach::inspect::inspect(&kehoach::typeset(&prepared).unwrap());
    (prepared, layout)
}

fn result<'a>(results: &'a [CheckResult], id: &str) -> &'a CheckResult {
    results.iter().find(|r| r.id == id).unwrap_or_else(|| panic!("{id} not reported"))
}

#[test]
fn the_typeface_is_named_and_a_substitute_is_a_departure() {
    let (prepared, mut layout) = hd05_plan();
    let font = result(&verify(&prepared, &layout), "P-FONT-1").clone();
    assert_eq!(font.status(), "DEPARTURE", "{font}");
    assert_eq!(font.actual, "Liberation Serif");
    assert!(font.departure.as_deref().is_some_and(|d| d.contains("metric-compatible")), "{font:?}");
    assert!(!font.failed());
    // Another typeface anywhere on the page fails, named.
    layout.texts[3].family = "Arial".into();
    let font = result(&verify(&prepared, &layout), "P-FONT-1").clone();
    assert!(font.failed(), "{font}");
    assert_eq!(font.to_string(), "FAIL P-FONT-1 typeface: expected Times New Roman for every text (HD 05 IV.1), got Arial, Liberation Serif");
    // Times New Roman keeps the rule to the letter.
    for run in &mut layout.texts {
        run.family = "Times New Roman".into();
    }
    assert_eq!(result(&verify(&prepared, &layout), "P-FONT-1").status(), "PASS");
}

#[test]
fn coloured_text_fails() {
    let (prepared, mut layout) = hd05_plan();
    assert_eq!(result(&verify(&prepared, &layout), "P-FONT-2").status(), "PASS");
    let i = layout.texts.iter().position(|r| r.text.contains("KẾ HOẠCH")).unwrap();
    layout.texts[i].color = "#ff0000".into();
    let colour = result(&verify(&prepared, &layout), "P-FONT-2").clone();
    assert!(colour.failed(), "{colour}");
    assert!(colour.actual.starts_with("KẾ HOẠCH in #ff0000 on page 1"), "{colour}");
}

#[test]
fn content_without_its_full_stop_fails() {
    let (prepared, layout) = hd05_plan();
    assert_eq!(result(&verify(&prepared, &layout), "P-BODY-3").status(), "PASS");
    let source = fs::read_to_string(common::root().join("tests/fixtures/hd05-plan.toml")).unwrap();
    let source = source.replace("opening = [", "closing = [\"Đề nghị các chi bộ thực hiện nghiêm túc\"]\nopening = [");
    let prepared = kehoach::prepare("hd05-plan.toml", &source).unwrap();
    let layout = kehoach::inspect::inspect(&kehoach::typeset(&prepared).unwrap());
    let stop = result(&verify(&prepared, &layout), "P-BODY-3").clone();
    assert!(stop.failed(), "{stop}");
    assert!(stop.actual.contains("thực hiện nghiêm túc\""), "{stop}");
}

/// DejaVu Serif, a free font with every Vietnamese letter (Debian's
/// fonts-dejavu-core, which the README's test command installs), standing in
/// for an office's Times New Roman.
fn second_free_font(dir: &std::path::Path) {
    let from = std::path::Path::new("/usr/share/fonts/truetype/dejavu");
    for face in ["DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"] {
        let src = from.join(face);
        fs::copy(&src, dir.join(face)).unwrap_or_else(|e| {
            panic!("{}: {e} — install Debian's fonts-dejavu-core (the README's test command does)", src.display())
        });
    }
}

fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("kehoach-matrix-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn a_fonts_directory_sets_its_typeface_and_verify_names_it() {
    let dir = scratch("fonts");
    let fonts = dir.join("fonts");
    fs::create_dir(&fonts).unwrap();
    second_free_font(&fonts);
    let plan = common::root().join("tests/fixtures/hd05-plan.toml");
    let pdf = dir.join("plan.pdf");
    let kehoach = env!("CARGO_BIN_EXE_kehoach");
    let out = std::process::Command::new(kehoach)
        .args(["render", plan.to_str().unwrap(), "-o", pdf.to_str().unwrap(), "--fonts", fonts.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    // Embedded and subset like the bundled font: "/BaseFont /ABCDEF+DejaVuSerif".
    let bytes = fs::read(&pdf).unwrap();
    let has = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    assert!(has(b"+DejaVuSerif"), "the PDF does not embed DejaVu Serif");
    assert!(!has(b"+LiberationSerif"), "the PDF still embeds Liberation Serif for a text DejaVu Serif covers");
    // verify names the typeface it finds: not Times New Roman, not the documented substitute.
    let out = std::process::Command::new(kehoach)
        .args(["verify", plan.to_str().unwrap(), "--fonts", fonts.to_str().unwrap()])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("FAIL P-FONT-1 typeface: expected Times New Roman for every text (HD 05 IV.1), got DejaVu Serif"),
        "{stdout}"
    );
    // The library records it in the PDF's keywords, beside the rule set.
    let mut prepared = kehoach::prepare("hd05-plan.toml", &fs::read_to_string(&plan).unwrap()).unwrap();
    prepared.use_fonts(kehoach::typeset::fonts::FontDir::open(&fonts).unwrap());
    assert!(prepared.context.meta.keywords.iter().any(|k| k == "Phông chữ: DejaVu Serif"), "{:?}", prepared.context.meta.keywords);
    // A directory without a font is refused before anything is written.
    let empty = dir.join("empty");
    fs::create_dir(&empty).unwrap();
    let out = std::process::Command::new(kehoach)
        .args(["render", plan.to_str().unwrap(), "-o", dir.join("x.pdf").to_str().unwrap(), "--fonts", empty.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("it holds no font file"), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!dir.join("x.pdf").exists());
    let _ = fs::remove_dir_all(&dir);
}

/// A document laid out, and the verify results of it.
fn laid_out(path: &std::path::Path) -> (kehoach::Prepared, kehoach::inspect::Layout) {
    let source = fs::read_to_string(path).unwrap();
    let prepared = kehoach::prepare(&path.display().to_string(), &source).unwrap();
    let layout = kehoach::inspect::inspect(&kehoach::typeset(&prepared).unwrap());
    (prepared, layout)
}

type Break = fn(&mut kehoach::inspect::Layout);

/// The page rules no other test breaks on purpose, each broken on the page it
/// measures: the rule holds on the document as laid out and fails once the
/// page is changed the way a careless hand would change it.
#[test]
fn page_rules_fail_a_broken_page() {
    let fixture = |n: &str| common::root().join("tests/fixtures").join(n);
    let example = |n: &str| common::example(n);
    let cases: Vec<(std::path::PathBuf, &str, Break)> = vec![
        (fixture("hd05-plan.toml"), "P-HDR-4", |l| l.texts.retain(|r| r.text.trim() != "*")),
        (fixture("hd05-plan.toml"), "P-HDR-5", |l| {
            l.texts.iter_mut().filter(|r| r.page == 1 && r.text.starts_with("Số")).for_each(|r| r.x += 15.0)
        }),
        (fixture("hd05-plan.toml"), "P-TXT-1", |l| l.texts[5].text.push_str("e\u{0301}")),
        (fixture("hd05-plan.toml"), "P-TXT-2", |l| l.texts[40].text.push('\u{AD}')),
        (fixture("hd05-cong-van.toml"), "P-CV-1", |l| {
            l.texts.iter_mut().filter(|r| r.page == 1 && r.italic && (r.size - 12.0).abs() < 0.1).for_each(|r| r.size = 14.0)
        }),
        (example("quy-che-lam-dong-2026.toml"), "P-QC-1", |l| {
            l.texts.iter_mut().filter(|r| r.text.contains("kèm theo")).for_each(|r| r.size += 2.0)
        }),
        (example("quy-che-lam-dong-2026.toml"), "P-QC-2", |l| {
            l.texts.iter_mut().filter(|r| r.text.starts_with("Chương")).for_each(|r| r.italic = true)
        }),
        (example("quy-che-lam-dong-2026.toml"), "P-QC-3", |l| {
            l.texts.iter_mut().filter(|r| r.text.starts_with("Điều")).for_each(|r| r.bold = false)
        }),
        (example("chuong-trinh-dong-nai-2026.toml"), "P-CTR-1", |l| {
            l.texts.iter_mut().filter(|r| r.text.contains("Nội dung")).for_each(|r| r.bold = false)
        }),
        // HD 05 II.3: the urgency mark moved beside the date.
        (fixture("hd05-marks.toml"), "P-MARK-3", |l| {
            l.texts.iter_mut().filter(|r| r.page == 1 && r.text.contains("KHẨN")).for_each(|r| r.x += 95.0)
        }),
        // II.3: a công văn's urgency mark above its subject, level with the number.
        (fixture("hd05-cong-van-urgent.toml"), "P-MARK-3", |l| {
            let number = l.texts.iter().find(|r| r.page == 1 && r.text.starts_with("Số")).unwrap().y;
            l.texts.iter_mut().filter(|r| r.page == 1 && r.text.contains("KHẨN")).for_each(|r| r.y = number + 5.0)
        }),
        // II.4.2: the draft note under the date (where kehoach printed it before).
        (fixture("hd05-marks.toml"), "P-MARK-4", |l| {
            l.texts.iter_mut().filter(|r| r.page == 1 && r.text.contains("thảo")).for_each(|r| r.x += 95.0)
        }),
        // I-9.2.1: the underline of "Nơi nhận" broken at the dot of "ậ" (as typst's
        // underline evades descenders by default).
        (fixture("hd05-plan.toml"), "P-RCV-1", |l| {
            let label = l.texts.iter().find(|r| r.text.starts_with("Nơi nhận")).unwrap().clone();
            let i = l
                .rules
                .iter()
                .position(|r| r.page == label.page && r.dy.abs() < 0.01 && r.y > label.y && r.y < label.y + 2.0)
                .unwrap();
            let mut second = l.rules[i].clone();
            l.rules[i].dx -= 4.0;
            second.x = l.rules[i].x + l.rules[i].dx + 1.0;
            second.dx = 3.0;
            l.rules.push(second);
        }),
        // II.1.1: a lone appendix numbered (HD 05 numbers them only from two).
        (fixture("hd05-plan.toml"), "P-APX-1", |l| {
            l.texts.iter_mut().filter(|r| r.page > 1 && r.text.trim() == "Phụ lục").for_each(|r| r.text = "Phụ lục 1".into())
        }),
        // II.1.2: the "(Kèm theo …)" line pushed off the centre.
        (fixture("hd05-plan.toml"), "P-APX-1", |l| {
            l.texts.iter_mut().filter(|r| r.page > 1 && r.text.contains("Kèm theo")).for_each(|r| r.x += 8.0)
        }),
        // IV.5.1–5.2: a number on an appendix's first page (numbered on its own).
        (fixture("hd05-plan.toml"), "P-PAGE-3", |l| {
            let start = l.texts.iter().find(|r| r.page > 1 && r.text.to_lowercase().starts_with("phụ lục")).unwrap().page;
            let mut one = l.texts.iter().find(|r| r.page == 2 && r.y < 20.0 && r.text.trim() == "2").unwrap().clone();
            one.page = start;
            one.text = "1".into();
            l.texts.push(one);
        }),
    ];
    let mut problems = Vec::new();
    for (path, id, breaks) in cases {
        let (prepared, mut layout) = laid_out(&path);
        let before: Vec<CheckResult> = verify(&prepared, &layout).into_iter().filter(|r| r.id == id).collect();
        if before.is_empty() || before.iter().any(|r| r.failed() || !r.measurable) {
            problems.push(format!("{id} on {}: not a clean PASS before the break: {before:?}", path.display()));
            continue;
        }
        breaks(&mut layout);
        let after: Vec<CheckResult> = verify(&prepared, &layout).into_iter().filter(|r| r.id == id).collect();
        if !after.iter().any(CheckResult::failed) {
            problems.push(format!("{id} on {}: still holds after the break: {after:?}", path.display()));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The input checks of text damage and glyphs that report errors: each by its id.
#[test]
fn text_damage_and_missing_glyphs_are_reported_by_id() {
    let dir = common::root().join("tests/bad_inputs");
    let ids_of = |source: &str| -> Vec<String> {
        let diags = match kehoach::prepare("plan.toml", source) {
            Ok(p) => p.warnings,
            Err(kehoach::Error::Invalid(d)) => d,
            Err(e) => panic!("{e}"),
        };
        diags.into_iter().filter_map(|d| d.id).collect()
    };
    let read = |n: &str| fs::read_to_string(dir.join(n)).unwrap();
    assert!(ids_of(&read("text-tcvn3-mojibake.toml")).contains(&"legacy-encoding".to_owned()));
    assert!(ids_of(&read("text-cyrillic-lookalike.toml")).contains(&"look-alike-letter".to_owned()));
    let plan = read("place-one-syllable-warning.toml");
    let ids = ids_of(&plan.replace("về thử nghiệm", "về thử nghiệm 中"));
    assert!(ids.contains(&"character-not-in-font".to_owned()), "{ids:?}");
    // A letter the fonts have whose capital they lack (ƛ has none in Unicode; ɐ's is Ɐ, U+2C6F).
    let ids = ids_of(&plan.replace("về thử nghiệm", "về thử nghiệm ɐ"));
    assert!(ids.contains(&"capital-not-in-font".to_owned()), "{ids:?}");
}

/// HD 05 IV.4.2: printed on both sides, a back page's margins are left 15 and
/// right 30 mm; the PDF mirrors them, the DOCX asks Word to, and verify
/// measures each page by its side.
#[test]
fn two_sided_pages_mirror_their_margins() {
    let source = fs::read_to_string(common::root().join("tests/fixtures/hd05-plan.toml")).unwrap();
    let two_sided = format!("{source}\n[layout.page]\ntwo_sided = true\n");
    let prepared = kehoach::prepare("two-sided.toml", &two_sided).unwrap();
    let layout = kehoach::inspect::inspect(&kehoach::typeset(&prepared).unwrap());
    assert!(layout.pages.len() >= 2, "the fixture needs a back page");
    let body = |page: usize| layout.texts.iter().filter(move |r| r.page == page && r.text.trim().chars().any(char::is_alphabetic));
    let left = |page: usize| body(page).map(|r| r.x).fold(f64::MAX, f64::min);
    let right = |page: usize| body(page).map(|r| r.right()).fold(0.0, f64::max);
    assert!((left(1) - 30.0).abs() < 0.5 && (left(2) - 15.0).abs() < 0.5, "left edges {} and {}", left(1), left(2));
    assert!(right(2) <= 180.0 + 0.5 && right(2) > 170.0, "page 2 ends at {}", right(2));
    let failed: Vec<String> = verify(&prepared, &layout).iter().filter(|r| r.failed()).map(|r| r.to_string()).collect();
    assert!(failed.is_empty(), "{failed:?}");
    // Pages laid out one-sided do not pass as two-sided: the back page's text runs into its wide margin.
    let one_sided = kehoach::prepare("one-sided.toml", &source).unwrap();
    let flat = kehoach::inspect::inspect(&kehoach::typeset(&one_sided).unwrap());
    let margins: Vec<CheckResult> = verify(&prepared, &flat).into_iter().filter(|r| r.id == "P-PAGE-2" && r.failed()).collect();
    assert!(margins.iter().any(|r| r.rule == "right margin" && r.actual.contains("page 2")), "{margins:?}");
    // The Word file asks for mirrored margins.
    let docx = kehoach::render_docx(&prepared, None).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut settings = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("word/settings.xml").unwrap(), &mut settings).unwrap();
    assert!(settings.contains("<w:mirrorMargins/>"), "{settings}");
}

/// An A5 paper keeps its header sizes and margins by the profile's own
/// values, which HD 05 does not give: verify says so by id, never a silent PASS.
#[test]
fn an_a5_paper_reports_its_departures() {
    let (prepared, layout) = laid_out(&common::example("giay-moi-nghia-thai-2026.toml"));
    assert_eq!(prepared.profile.page.size, "A5");
    let results = verify(&prepared, &layout);
    assert!(!results.iter().any(CheckResult::failed));
    let departed = |id: &str, rule: &str| {
        results.iter().find(|r| r.id == id && r.rule == rule).is_some_and(|r| {
            r.status() == "DEPARTURE" && r.departure.as_deref().is_some_and(|d| d.contains("A5 (HD 05 IV.3)"))
        })
    };
    assert!(departed("P-HDR-3", "issuing body") && departed("P-HDR-5", "number") && departed("P-HDR-6", "place and date"));
    assert!(departed("P-PAGE-2", "left margin") && departed("P-PAGE-2", "top margin"));
    // Rules that hold whatever the size are plain PASSes.
    assert_eq!(results.iter().find(|r| r.id == "P-HDR-5" && r.rule == "number and date on one row").unwrap().status(), "PASS");
    // On A4 nothing departs but the typeface.
    let (prepared, layout) = laid_out(&common::example("nghia-thai-2026.toml"));
    let departures: Vec<&str> = verify(&prepared, &layout).iter().filter(|r| r.status() == "DEPARTURE").map(|r| r.id).collect::<Vec<_>>();
    assert_eq!(departures, ["P-FONT-1"]);
}

/// II.2, II.3, II.4.2: secrecy, urgency and draft marks in the words the rules
/// name are accepted as typed (either tone-mark style); others are located
/// warnings naming the words (HD 05 only: HD 36 has no list of its own).
#[test]
fn marks_are_the_words_the_rules_name() {
    let source = fs::read_to_string(common::root().join("tests/fixtures/hd05-marks.toml")).unwrap();
    let warned = |source: &str| -> Vec<(String, String)> {
        let prepared = kehoach::prepare("hd05-marks.toml", source).unwrap();
        prepared.warnings.iter().filter(|d| d.id.as_deref().is_some_and(|i| i.starts_with("mark-"))).map(|d| (d.id.clone().unwrap(), d.to_string())).collect()
    };
    assert!(warned(&source).is_empty(), "{:?}", warned(&source));
    let good = source.replace("urgency = \"Thượng khẩn\"", "urgency = \"Hoả tốc\"\nsecrecy = \"Tối mật\"");
    assert!(warned(&good).is_empty(), "{:?}", warned(&good));
    let bad = source
        .replace("urgency = \"Thượng khẩn\"", "urgency = \"Rất khẩn\"\nsecrecy = \"Nội bộ\"")
        .replace("draft = \"Dự thảo lần 2\"", "draft = \"Bản nháp 2\"");
    let found = warned(&bad);
    let ids: Vec<&str> = found.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(ids, ["mark-urgency-word", "mark-secrecy-word", "mark-draft-form"], "{found:?}");
    assert!(found[0].1.contains("`Rất khẩn` is not a degree of urgency: HD 05 II.3 names Khẩn, Thượng khẩn and Hỏa tốc"), "{}", found[0].1);
    assert!(found[0].1.contains("hd05-marks.toml:20:11"), "located at the value: {}", found[0].1);
    assert!(found[2].1.contains("write `draft = \"Dự thảo\"` or `draft = \"Dự thảo lần 2\"`"), "{}", found[2].1);
    // HD 36 names no list: the same words pass under it.
    let hd36 = bad.replace("date = 2026-05-27", "date = 2026-05-26");
    assert!(warned(&hd36).is_empty(), "{:?}", warned(&hd36));
}

/// docs/form-rules.md, the reader's account of the rules, describes every
/// rule `verify` reports (the matrix lists them by section; this is the prose).
#[test]
fn form_rules_describe_every_page_rule() {
    let prose = fs::read_to_string(common::root().join("docs/form-rules.md")).unwrap();
    let missing: Vec<&str> = ids::PAGE_RULES.iter().copied().filter(|id| !prose.contains(id)).collect();
    assert!(missing.is_empty(), "docs/form-rules.md does not describe {missing:?}");
}
