//! `kehoach diff` and `render --format txt`: the printed document compared
//! between two versions — header fields and reworded paragraphs with their
//! printed numbering and page — in text, Markdown and JSON, and the exit
//! codes of diff(1) (0 same, 1 different, 2 trouble).

mod common;

use std::fs;
use std::path::Path;
use std::process::Command;

use common::*;

/// The 2026 Nghĩa Thái plan, and a copy with a new number, date and signer
/// and one sentence of part II-2.3 reworded.
fn two_versions(dir: &Path) {
    let old = fs::read_to_string(example("nghia-thai-2026.toml")).unwrap();
    let new = old
        .replacen("number = 12", "number = 13", 1)
        .replacen("date = 2026-06-05", "date = 2026-06-08", 1)
        .replacen("name = \"Đông Văn Chung\"", "name = \"Nguyễn Văn An\"", 1)
        .replacen("đảm bảo an toàn giao thông", "bảo đảm an toàn giao thông", 1);
    assert_ne!(old, new);
    fs::write(dir.join("old.toml"), old).unwrap();
    fs::write(dir.join("new.toml"), new).unwrap();
}

fn stdout(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn the_text_diff_shows_number_date_signer_and_the_reworded_sentence_at_its_place_and_page() {
    let dir = scratch_in("diff", "text");
    two_versions(&dir);
    let o = kehoach_env(&["diff", "old.toml", "new.toml"], &dir, &[("LC_ALL", "C")]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.starts_with("--- old.toml\n+++ new.toml\nHeader and closing:\n"), "{out}");
    assert!(out.contains("  number:\n  - Số 12-KH/ĐU\n  + Số 13-KH/ĐU\n"), "{out}");
    assert!(out.contains("  date:\n  - Nghĩa Thái, ngày 05 tháng 6 năm 2026\n  + Nghĩa Thái, ngày 08 tháng 6 năm 2026\n"), "{out}");
    assert!(out.contains("  signer:\n  - T/M ĐẢNG ỦY / PHÓ BÍ THƯ THƯỜNG TRỰC / Đông Văn Chung\n  + T/M ĐẢNG ỦY / PHÓ BÍ THƯ THƯỜNG TRỰC / Nguyễn Văn An\n"), "{out}");
    // The reworded paragraph at "II-2.3" on page 2, and the appendix's
    // line naming the plan's number and date; nothing else.
    let wording = out.split("Wording:\n").nth(1).unwrap_or_else(|| panic!("{out}"));
    let lines: Vec<&str> = wording.lines().collect();
    assert_eq!(lines.len(), 6, "{out}");
    assert_eq!(lines[0], "  II-2.3, page 2:");
    assert!(lines[1].starts_with("  - Vận động cán bộ, công chức") && lines[1].contains("; đảm bảo an toàn giao thông;"), "{out}");
    assert!(lines[2].starts_with("  + Vận động cán bộ, công chức") && lines[2].contains("; bảo đảm an toàn giao thông;"), "{out}");
    assert_eq!(lines[3], "  Phụ lục, page 6:");
    assert_eq!(lines[4], "  - (Kèm theo Kế hoạch số 12-KH/ĐU, ngày 05/6/2026 của Đảng uỷ xã Nghĩa Thái)");
    assert_eq!(lines[5], "  + (Kèm theo Kế hoạch số 13-KH/ĐU, ngày 08/6/2026 của Đảng uỷ xã Nghĩa Thái)");

    // In Vietnamese under a Vietnamese locale.
    let vi = stdout(&kehoach_env(&["diff", "old.toml", "new.toml"], &dir, &[("LC_ALL", "vi_VN.UTF-8")]));
    assert!(vi.contains("Phần đầu và phần kết:\n  Số, ký hiệu:\n  - Số 12-KH/ĐU\n"), "{vi}");
    assert!(vi.contains("Nội dung:\n  II-2.3, trang 2:\n"), "{vi}");
}

#[test]
fn the_markdown_diff_is_a_pull_request_comment() {
    let dir = scratch_in("diff", "markdown");
    two_versions(&dir);
    let o = kehoach_env(&["diff", "old.toml", "new.toml", "--format", "markdown"], &dir, &[("LC_ALL", "C")]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let md = stdout(&o);
    assert!(md.starts_with("### `old.toml` → `new.toml`\n\n5 changes\n\n#### Header and closing\n\n| Field | Old | New |\n|---|---|---|\n"), "{md}");
    assert!(md.contains("| number | Số 12-KH/ĐU | Số 13-KH/ĐU |\n"), "{md}");
    assert!(md.contains("| date | Nghĩa Thái, ngày 05 tháng 6 năm 2026 | Nghĩa Thái, ngày 08 tháng 6 năm 2026 |\n"), "{md}");
    assert!(md.contains("| signer | T/M ĐẢNG ỦY / PHÓ BÍ THƯ THƯỜNG TRỰC / Đông Văn Chung | T/M ĐẢNG ỦY / PHÓ BÍ THƯ THƯỜNG TRỰC / Nguyễn Văn An |\n"), "{md}");
    // The reworded words struck through and in bold, at the place and page.
    assert!(md.contains("- **II-2.3, page 2** (changed): Vận động cán bộ"), "{md}");
    assert!(md.contains("xã hội; ~~đảm~~ bảo **đảm** an toàn giao thông;"), "{md}");
    assert!(md.contains("- **Phụ lục, page 6** (changed): (Kèm theo Kế hoạch số ~~12-KH/ĐU,~~ **13-KH/ĐU,** ngày ~~05/6/2026~~ **08/6/2026** của Đảng uỷ xã Nghĩa Thái)\n"), "{md}");
}

#[test]
fn the_json_diff_lists_fields_and_paragraphs() {
    let dir = scratch_in("diff", "json");
    two_versions(&dir);
    let o = kehoach(&["diff", "old.toml", "new.toml", "--format", "json"], &dir);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["same"], false);
    let fields: Vec<(&str, &str, &str)> =
        v["header"].as_array().unwrap().iter().map(|c| (c["field"].as_str().unwrap(), c["old"].as_str().unwrap(), c["new"].as_str().unwrap())).collect();
    assert_eq!(fields[0], ("number", "Số 12-KH/ĐU", "Số 13-KH/ĐU"));
    assert_eq!(fields[1].0, "date");
    assert_eq!(fields[2].0, "signer");
    assert_eq!(fields.len(), 3);
    let paragraphs = v["paragraphs"].as_array().unwrap();
    assert_eq!(paragraphs.len(), 2, "the sentence and the appendix's line: {v}");
    assert_eq!((paragraphs[1]["place"].as_str(), paragraphs[1]["page"].as_u64()), (Some("Phụ lục"), Some(6)));
    let p = &paragraphs[0];
    assert_eq!((p["change"].as_str(), p["place"].as_str(), p["page"].as_u64()), (Some("changed"), Some("II-2.3"), Some(2)));
    assert!(p["old"].as_str().unwrap().contains("; đảm bảo an toàn giao thông;"));
    assert!(p["new"].as_str().unwrap().contains("; bảo đảm an toàn giao thông;"));
}

#[test]
fn the_same_document_exits_0_and_a_bad_one_2() {
    let dir = scratch_in("diff", "same");
    two_versions(&dir);
    let o = kehoach_env(&["diff", "old.toml", "old.toml", "--no-pages"], &dir, &[("LC_ALL", "C")]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o), "--- old.toml\n+++ old.toml\nThe printed document is unchanged.\n");
    fs::write(dir.join("bad.toml"), "kind = \"ke-hoach\"\nnumber = \"x\"\n").unwrap();
    let bad = kehoach(&["diff", "old.toml", "bad.toml"], &dir);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("--> bad.toml:"), "{}", stderr(&bad));
    let missing = kehoach(&["diff", "old.toml", "nothing.toml"], &dir);
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn a_version_at_a_git_revision_is_read_with_git_show() {
    let dir = scratch_in("diff", "git");
    two_versions(&dir);
    fs::create_dir(dir.join("plans")).unwrap();
    fs::rename(dir.join("old.toml"), dir.join("plans/x.toml")).unwrap();
    let git = |args: &[&str]| {
        let o = Command::new("git")
            .args(["-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false"])
            .args(args)
            .current_dir(&dir)
            .output()
            .unwrap();
        assert!(o.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&o.stderr));
    };
    git(&["init", "-q"]);
    git(&["add", "plans/x.toml"]);
    git(&["commit", "-q", "-m", "one"]);
    fs::rename(dir.join("new.toml"), dir.join("plans/x.toml")).unwrap();
    git(&["commit", "-q", "-am", "two"]);
    let o = kehoach_env(&["diff", "HEAD~1:plans/x.toml", "HEAD:plans/x.toml", "--no-pages"], &dir, &[("LC_ALL", "C")]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.starts_with("--- HEAD~1:plans/x.toml\n+++ HEAD:plans/x.toml\n"), "{out}");
    assert!(out.contains("  + Số 13-KH/ĐU\n") && out.contains("  II-2.3:\n"), "{out}");
    // From a subdirectory, the path is the subdirectory's.
    let sub = kehoach_env(&["diff", "HEAD~1:x.toml", "x.toml", "--no-pages"], &dir.join("plans"), &[("LC_ALL", "C")]);
    assert_eq!(sub.status.code(), Some(1), "{}", stderr(&sub));
    let bad = kehoach_env(&["diff", "HEAD~5:plans/x.toml", "plans/x.toml"], &dir, &[("LC_ALL", "C")]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("error: cannot read HEAD~5:plans/x.toml with `git show`"), "{}", stderr(&bad));
}

#[test]
fn txt_output_is_one_printed_paragraph_a_line() {
    let dir = scratch_in("diff", "txt");
    let o = kehoach(&["render", example("nghia-thai-2026.toml").to_str().unwrap(), "--format", "txt", "-o", "plan.txt"], &dir);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let txt = fs::read_to_string(dir.join("plan.txt")).unwrap();
    let lines: Vec<&str> = txt.lines().collect();
    assert_eq!(lines[0], "number: Số 12-KH/ĐU");
    assert_eq!(lines[1], "date: Nghĩa Thái, ngày 05 tháng 6 năm 2026");
    assert!(lines.contains(&"KẾ HOẠCH"), "{txt}");
    assert!(lines.contains(&"2.3. Trên lĩnh vực an ninh - quốc phòng"), "{txt}");
    let para = lines.iter().find(|l| l.starts_with("Vận động cán bộ, công chức, viên chức, các tầng lớp")).expect("the paragraph of 2.3");
    assert!(para.ends_with("“Toàn dân bảo vệ an ninh Tổ quốc” ở các địa bàn dân cư,..."), "one paragraph is one line: {para}");
    assert!(lines.contains(&"I- MỤC ĐÍCH, YÊU CẦU"), "{txt}");
    assert!(lines.iter().any(|l| l.starts_with("1. Đẩy mạnh phong trào thi đua")), "an untitled point's number runs in: {txt}");
    assert_eq!(lines[4], "recipients: - Ban Tuyên giáo và Dân vận Tỉnh ủy (để báo cáo); / - UBND, UBMTTQ, Các đoàn thể CT-XH; / - Các Chi ủy Chi bộ; / - Lưu VPĐU.");
}

#[test]
fn an_article_clause_and_point_are_placed_by_their_printed_numbers() {
    let dir = scratch_in("diff", "articles");
    let old = fs::read_to_string(example("quy-che-lam-dong-2026.toml")).unwrap();
    let new = old
        .replacen("Mang lại hiệu quả trên các lĩnh vực", "Mang lại hiệu quả rõ rệt trên các lĩnh vực", 1)
        .replacen("được cấp ủy nơi công tác, cư trú đánh giá cao", "được cấp ủy nơi công tác đánh giá cao", 1);
    fs::write(dir.join("old.toml"), old).unwrap();
    fs::write(dir.join("new.toml"), new).unwrap();
    let o = kehoach_env(&["diff", "old.toml", "new.toml", "--format", "markdown"], &dir, &[("LC_ALL", "vi_VN.UTF-8")]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let md = stdout(&o);
    assert!(md.contains("\n- **Điều 3 khoản 1 điểm b, trang 1** (sửa): b) Mang lại hiệu quả **rõ rệt** trên các lĩnh vực"), "{md}");
    assert!(md.contains("\n- **Điều 3 khoản 2, trang 1** (sửa): 2. Điển hình cá nhân"), "{md}");
    assert!(md.contains("được cấp ủy nơi công ~~tác, cư trú~~ **tác** đánh giá cao."), "{md}");
}
