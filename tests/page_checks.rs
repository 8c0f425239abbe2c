//! `render` checks the pages it made: verify's rules after layout, printed as
//! warnings located at the field that caused them, failing with
//! `--deny-warnings`, silenced by `[check] allow`; rules a document gives
//! nothing to measure are "not measurable", never FAIL; the headings become
//! the PDF's outline.

mod common;

use common::*;

/// A one-page notice whose paragraphs are one line each.
const ONE_LINERS: &str = r#"kind = "thong-bao"
number = 1
place = "Phan Thiết"
date = 2026-12-26
subject = "về kết quả xét công nhận mô hình"
opening = ["Ngày 24/12/2026, Ban Dân vận đã họp."]
closing = ["Thông báo để các đơn vị biết."]
[issuer]
superior = "Tỉnh ủy Bình Thuận"
name = "Ban Dân vận"
code = "BDVTU"
[signer]
position = "Trưởng ban"
name = "Nguyễn Văn A"
[recipients]
to = ["Các huyện ủy"]
archive = "Ban Dân vận Tỉnh ủy"
"#;

#[test]
fn render_warns_at_the_field_that_breaks_a_page_rule() {
    let dir = scratch_in("page-checks", "warns");
    let plan = format!("{ONE_LINERS}\n[layout.body]\nline_spacing_pt = 24\nsize_pt = 13\n");
    std::fs::write(dir.join("plan.toml"), &plan).unwrap();
    let out = kehoach(&["render", "plan.toml"], &dir);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(err.contains("warning[P-BODY-1]: the page breaks rule P-BODY-1 (body text size): expected 13 pt (profile; spec 14–15 pt)"), "{err}");
    assert!(err.contains("  --> plan.toml:19:1\n") && err.contains("   = field: layout.body\n"), "{err}");
    assert!(err.contains("add \"P-BODY-1\" to `[check] allow`"), "{err}");
    assert!(dir.join("plan.pdf").exists());

    // --deny-warnings: fails, writes nothing.
    std::fs::remove_file(dir.join("plan.pdf")).unwrap();
    let out = kehoach(&["render", "plan.toml", "--deny-warnings"], &dir);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("warnings are errors (--deny-warnings)"));
    assert!(!dir.join("plan.pdf").exists());

    // Allowed: silent, and the allow that silences nothing is named.
    let allowed = format!("{plan}\n[check]\nallow = [\"P-BODY-1\", \"P-HDR-6\"]\n");
    std::fs::write(dir.join("plan.toml"), &allowed).unwrap();
    let out = kehoach(&["render", "plan.toml", "--format", "png", "--ppi", "20"], &dir);
    let err = stderr(&out);
    assert!(!err.contains("warning[P-BODY-1]"), "{err}");
    assert!(err.contains("warning[unused-allow]: `P-HDR-6` is allowed but the pages meet it"), "{err}");
    assert!(err.contains("= field: check.allow[1]"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_batch_reports_page_warnings_per_document() {
    let dir = scratch_in("page-checks", "batch");
    std::fs::create_dir_all(dir.join("in")).unwrap();
    std::fs::write(dir.join("in/good.toml"), ONE_LINERS).unwrap();
    std::fs::write(dir.join("in/wide.toml"), format!("{ONE_LINERS}\n[layout.page]\nmargin_left_mm = 25\n")).unwrap();
    let out = kehoach(&["render", "in", "-o", "out/", "--deny-warnings"], &dir);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("warning[P-PAGE-2]: the page breaks rule P-PAGE-2 (left margin)"), "{err}");
    assert!(err.contains("failed: in/wide.toml"), "{err}");
    assert!(dir.join("out/good.pdf").exists() && !dir.join("out/wide.pdf").exists());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn what_cannot_be_measured_is_not_measurable_never_fail() {
    let dir = scratch_in("page-checks", "unmeasurable");
    std::fs::write(dir.join("notice.toml"), ONE_LINERS).unwrap();
    let out = kehoach(&["verify", "notice.toml"], &dir);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(!text.contains("FAIL"), "{text}");
    for rule in ["P-BODY-1 line spacing", "P-BODY-1 justified", "P-PAGE-2 right margin"] {
        assert!(text.contains(&format!("NOT MEASURABLE {rule}: expected ")), "{rule}:\n{text}");
    }
    assert!(text.contains("got no two lines of one paragraph to measure"), "{text}");
    assert!(text.contains("not measurable\n"), "{text}");

    let out = kehoach(&["verify", "--json", "notice.toml"], &dir);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let file = &json["files"][0];
    assert_eq!(file["passed"], true);
    let statuses: Vec<&str> = file["results"].as_array().unwrap().iter().map(|r| r["status"].as_str().unwrap()).collect();
    assert!(statuses.contains(&"not-measurable") && statuses.contains(&"pass") && !statuses.contains(&"fail"), "{statuses:?}");
    let spacing = file["results"].as_array().unwrap().iter().find(|r| r["rule"] == "line spacing").unwrap();
    assert_eq!(spacing["status"], "not-measurable");
    assert_eq!(spacing["id"], "P-BODY-1");

    // Render prints no warning for it either.
    let out = kehoach(&["render", "notice.toml", "--deny-warnings"], &dir);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The titles of the PDF's outline (UTF-16BE hex strings, as typst writes them).
fn outline_titles(pdf: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(pdf);
    text.match_indices("/Title<FEFF")
        .map(|(i, _)| {
            let hex: String = text[i + 11..].chars().take_while(|c| *c != '>').collect();
            let units: Vec<u16> =
                (0..hex.len() / 4).map(|k| u16::from_str_radix(&hex[4 * k..4 * k + 4], 16).unwrap()).collect();
            String::from_utf16_lossy(&units)
        })
        .collect()
}

#[test]
fn headings_become_the_pdf_outline() {
    let path = example("nghia-thai-2024.toml");
    let prepared = kehoach::prepare("nghia-thai-2024.toml", &std::fs::read_to_string(&path).unwrap()).unwrap();
    let pdf = kehoach::render_pdf(&prepared, &Default::default()).unwrap();
    let text = String::from_utf8_lossy(&pdf);
    assert!(text.contains("/Outlines"), "no outline");
    let titles = outline_titles(&pdf);
    for heading in ["I- MỤC ĐÍCH, YÊU CẦU", "II- NỘI DUNG", "III- TỔ CHỨC THỰC HIỆN"] {
        assert!(titles.iter().any(|t| t.starts_with(heading)), "{heading} not in {titles:?}");
    }
    assert!(titles.iter().any(|t| t.starts_with("1. ")), "level-2 headings: {titles:?}");
    // The outline is three entries deep at the top: I-, II-, III-.
    assert!(text.contains("/Outlines/First") && text.contains("/Count 3>>"), "top level");
    // The page is unchanged: the headings are still where the page-image
    // references (tests/references.rs) expect them, and printed once.
    let layout = layout_of_file(&example("nghia-thai-2024.toml"));
    assert_eq!(layout.text().matches("I- MỤC ĐÍCH, YÊU CẦU").count(), 1);
}
