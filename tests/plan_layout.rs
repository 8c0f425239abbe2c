//! The Nghĩa Thái plan, rendered and measured against the rules of the Party
//! form (docs/form-rules.md), plus every example in every profile.

mod common;

use std::sync::OnceLock;

use common::*;
use kehoach::inspect::{Layout, Line};

fn nghia_thai() -> &'static Layout {
    static L: OnceLock<Layout> = OnceLock::new();
    L.get_or_init(|| layout_of_file(&example("nghia-thai-2024.toml")))
}

fn line(needle: &str) -> Line {
    nghia_thai().find_line(needle).unwrap_or_else(|| panic!("no line contains {needle:?}"))
}

const LEFT: f64 = 30.0;
const RIGHT: f64 = 195.0;
const LEFT_COLUMN_CENTER: f64 = 30.0 + 80.0 / 2.0;
const TEXT_CENTER: f64 = 30.0 + 165.0 / 2.0;
const PT: f64 = 25.4 / 72.0;

#[test]
fn pages_are_a4_and_fonts_embedded() {
    let l = nghia_thai();
    assert!(l.pages.len() >= 3, "the plan fills several pages");
    // A4 portrait, but for the landscape registration form (an appendix).
    for p in &l.pages {
        let (w, h) = if p.width > p.height { (p.height, p.width) } else { (p.width, p.height) };
        assert_near(w, 210.0, 0.5, "page width");
        assert_near(h, 297.0, 0.5, "page height");
    }
    assert!(l.pages.iter().filter(|p| p.width < p.height).count() >= 4, "the plan itself is portrait");
    assert!(l.texts.iter().all(|t| t.family == "Liberation Serif"), "only the bundled font is used");
}

#[test]
fn party_title_is_top_right_with_a_rule_as_long_as_itself() {
    let l = nghia_thai();
    let title = l.find_run("ĐẢNG CỘNG SẢN VIỆT NAM").expect("title");
    assert_eq!(title.page, 1);
    assert_eq!(title.size, 15.0);
    assert!(title.bold && !title.italic);
    assert!(title.x > LEFT + 80.0, "title in the right column, x = {}", title.x);
    let first_y = l.texts.iter().filter(|t| t.page == 1).map(|t| t.y).fold(f64::MAX, f64::min);
    assert_near(title.y, first_y, 0.5, "title on the first line");
    let right_center = (LEFT + 80.0 + RIGHT) / 2.0;
    assert_near(title.center(), right_center, 0.5, "title centred in the right column");

    let rule = l
        .rules
        .iter()
        .find(|r| r.page == 1 && r.dy.abs() < 0.01 && r.y > title.y && r.y < title.y + 5.0)
        .expect("a rule under the title");
    assert_near(rule.dx.abs(), title.width, 0.3, "rule length = title width");
    assert_near(rule.x + rule.dx / 2.0, title.center(), 0.3, "rule centred under the title");
    assert!(rule.thickness > 0.3 && rule.thickness < 1.0);
}

#[test]
fn issuer_block_is_top_left_with_asterisk() {
    let superior = line("ĐẢNG BỘ HUYỆN NGHĨA HƯNG");
    let issuer = line("ĐẢNG UỶ XÃ NGHĨA THÁI");
    let star = nghia_thai().lines().into_iter().find(|l| l.text() == "*").expect("asterisk line");
    assert!(!superior.runs[0].bold && superior.runs[0].size == 14.0);
    assert!(issuer.runs[0].bold && issuer.runs[0].size == 14.0);
    for l in [&superior, &issuer, &star] {
        assert_near(l.center(), LEFT_COLUMN_CENTER, 0.5, &format!("{:?} centred in the left column", l.text()));
    }
    assert!(superior.y < issuer.y && issuer.y < star.y);
    assert_near(issuer.y - superior.y, 16.0 * PT, 0.2, "names single-spaced");
}

#[test]
fn number_and_date_share_a_row() {
    let l = nghia_thai();
    let number = l.find_run("Số 15-KH/ĐU").expect("number");
    let date = l.find_run("Nghĩa Thái, ngày").expect("date");
    assert_eq!(number.text, "Số 15-KH/ĐU");
    assert_eq!(date.text, "Nghĩa Thái, ngày 01 tháng 4 năm 2024", "the whole date on one line");
    assert_near(number.y, date.y, 2.0 * PT, "number and date on one baseline");
    assert!(!number.bold && !number.italic && number.size == 14.0);
    assert!(date.italic && !date.bold && date.size == 14.0);
    assert_near(number.center(), LEFT_COLUMN_CENTER, 0.5, "number centred in the left column");
    let title = l.find_run("ĐẢNG CỘNG SẢN VIỆT NAM").unwrap();
    assert_near(date.center(), title.center(), 0.5, "date centred under the title");
    assert!(date.right() < RIGHT + 0.01, "the date does not overflow");
}

#[test]
fn type_name_subject_and_separator_are_centred() {
    let kh = nghia_thai().lines().into_iter().find(|l| l.text() == "KẾ HOẠCH").expect("type name");
    assert_eq!(kh.text(), "KẾ HOẠCH");
    assert!(kh.runs[0].bold && kh.runs[0].size == 15.0, "HD 36 (the plan is dated 2024): 15 pt");
    assert_near(kh.center(), TEXT_CENTER, 0.3, "type name centred on the text width");
    let subject = line("Phát động phong trào thi đua");
    assert!(subject.runs.iter().all(|r| r.bold && r.size == 14.0));
    assert_near(subject.center(), TEXT_CENTER, 0.3, "subject centred");
    let sep = nghia_thai().lines().into_iter().find(|l| l.text() == "-----").expect("separator");
    assert_near(sep.center(), TEXT_CENTER, 0.3, "separator centred");
    assert!(kh.y < subject.y && subject.y < sep.y);
    let number = line("Số 15-KH/ĐU");
    assert!(kh.y > number.y + 5.0, "type name below the header");
}

#[test]
fn body_is_14pt_justified_indented_exactly_spaced() {
    let l = nghia_thai();
    let lines = l.lines();
    let i = lines.iter().position(|l| l.text().starts_with("Thực hiện Kế hoạch số 12-KH/BDVHU")).expect("opening");
    let first = &lines[i];
    let second = &lines[i + 1];
    assert!(first.runs.iter().all(|r| r.size == 14.0 && !r.bold));
    assert_near(first.left(), LEFT + 10.0, 0.2, "first-line indent 10 mm");
    assert_near(second.left(), LEFT, 0.2, "following lines at the margin");
    assert_near(first.right(), RIGHT, 0.3, "justified to the right margin");
    assert_near(second.y - first.y, 18.0 * PT, 0.05, "exactly 18 pt line spacing");
    // Paragraph spacing: at least 6 pt more than the line spacing.
    let next_par = lines.iter().position(|l| l.text().starts_with("I- MỤC ĐÍCH")).unwrap();
    let gap = lines[next_par].y - lines[next_par - 1].y;
    assert!(gap >= 24.0 * PT - 0.05, "paragraph gap {gap:.2} mm");
}

#[test]
fn headings_are_numbered_by_the_party_hierarchy() {
    for (text, bold) in [
        ("I- MỤC ĐÍCH, YÊU CẦU", true),
        ("II- NỘI DUNG THỰC HIỆN PHONG TRÀO THI ĐUA", true),
        ("III- TỔ CHỨC THỰC HIỆN", true),
        ("1. Đối tượng thực hiện", true),
        ("2.1. Trên lĩnh vực kinh tế", true),
        ("2.4. Xây dựng hệ thống chính trị trong sạch, vững mạnh", true),
        ("3. Thời gian thực hiện:", true),
        ("5. Về tiêu chuẩn mô hình ở các cấp", true),
    ] {
        let l = line(text);
        assert!(l.text().starts_with(text), "{:?}", l.text());
        assert_eq!(l.runs.iter().all(|r| r.bold), bold, "{text} bold");
        assert_near(l.left(), LEFT + 10.0, 0.2, &format!("{text} indented"));
    }
    let point = line("1. Đẩy mạnh phong trào thi đua");
    assert!(point.runs.iter().all(|r| !r.bold), "run-in points are regular");
    let collective = line("Tập thể");
    let label = collective.runs.iter().find(|r| r.text.contains("Tập thể")).unwrap();
    assert!(label.italic, "*Tập thể* in italics");
    let deadline = nghia_thai().find_run("15/12/2024").expect("deadline");
    assert!(deadline.bold, "**15/12/2024** in bold");
}

#[test]
fn every_line_of_the_seed_is_printed() {
    // The published text of the plan (its source: tests/fixtures/README.md).
    let seed = std::fs::read_to_string(root().join("tests/fixtures/seed-nghia-thai-2024.txt")).expect("the seed fixture");
    // The text of the pages without the page numbers in the top margin.
    let body_lines: Vec<String> = nghia_thai().lines().iter().filter(|l| l.y > 15.0).map(Line::text).collect();
    let printed = squash(&body_lines.join(" ")).to_lowercase();
    let body = seed.split("Nơi nhận:").next().unwrap();
    let start = body.find("Thực hiện Kế hoạch").unwrap();
    let mut checked = 0;
    for raw in body[start..].lines() {
        let mut l = raw.trim().replace("**", "").replace('*', "");
        // Numbering is computed ("I-" for the seed's "I."), so compare without it.
        if let Some((head, rest)) = l.split_once(' ') {
            let is_number = head.ends_with('.') && head.trim_end_matches('.').split('.').all(|p| {
                !p.is_empty() && (p.chars().all(|c| c.is_ascii_digit()) || p.chars().all(|c| "IVX".contains(c)))
            });
            if is_number {
                l = rest.to_owned();
            }
        }
        let l = squash(l.trim_start_matches("- ")).to_lowercase();
        if l.is_empty() {
            continue;
        }
        assert!(printed.contains(&l), "seed line not printed: {l:?}");
        checked += 1;
    }
    assert!(checked > 40, "checked {checked} lines");
}

#[test]
fn signature_block_is_right_with_room_to_sign() {
    let l = nghia_thai();
    let authority = l.find_run("T/M ĐẢNG ỦY").expect("authority");
    let position = l.find_run("PHÓ BÍ THƯ THƯỜNG TRỰC").expect("position");
    let name = l.find_run("Đông Văn Chung").expect("name");
    assert!(authority.bold && authority.size == 14.0);
    assert!(!position.bold && position.size == 14.0, "position not bold");
    assert!(name.bold && name.size == 14.0);
    let sig_center = RIGHT - 85.0 / 2.0;
    for r in [authority, position, name] {
        assert_near(r.center(), sig_center, 0.5, &format!("{:?} centred in the signature column", r.text));
    }
    assert_near(position.y - authority.y, 16.0 * PT, 0.1, "authority and position single-spaced");
    assert!(name.y - position.y >= 25.0, "room to sign: {:.1} mm", name.y - position.y);
}

#[test]
fn recipients_are_left_in_12pt_ending_with_the_archive() {
    let label = line("Nơi nhận:");
    let authority = nghia_thai().find_run("T/M ĐẢNG ỦY").unwrap();
    let run = &label.runs[0];
    assert_eq!(run.size, 14.0);
    assert!(!run.bold && !run.italic);
    assert_near(label.left(), LEFT, 0.2, "Nơi nhận at the left margin");
    assert_near(label.y, authority.y, 0.3, "Nơi nhận level with the authority line");
    let underline = nghia_thai()
        .rules
        .iter()
        .find(|r| r.page == label.page && r.y > label.y && r.y < label.y + 2.0 && (r.x - LEFT).abs() < 0.5)
        .expect("Nơi nhận underlined");
    // One solid stroke as long as the phrase, not the colon (HD 05 9.2.1).
    assert_near(underline.dx, run.width, 0.05, "the phrase is underlined in one stroke");
    assert!(run.text.trim() == "Nơi nhận", "the colon is not in the underlined run: {:?}", run.text);

    let lines: Vec<Line> = nghia_thai().lines().into_iter().filter(|l| l.page == label.page && l.y > label.y && l.text().starts_with("- ") && l.left() < 100.0).collect();
    let texts: Vec<String> = lines.iter().map(Line::text).collect();
    assert_eq!(
        texts,
        vec![
            "- Ban Dân vận Huyện ủy (để báo cáo),",
            "- UBND, UBMTTQ, Các đoàn thể CT-XH,",
            "- Các Chi ủy Chi bộ,",
            "- Lưu VPĐU.",
        ]
    );
    for l in &lines {
        assert!(l.runs.iter().all(|r| r.size == 12.0), "{:?} in 12 pt", l.text());
        assert_near(l.left(), LEFT, 0.2, "recipients at the left margin");
    }
}

#[test]
fn page_numbers_from_page_two_top_centre() {
    let l = nghia_thai();
    let numbers: Vec<_> = l.texts.iter().filter(|t| t.y < 15.0).collect();
    assert!(numbers.iter().all(|t| t.page > 1), "no page number on page 1");
    for page in 2..=l.pages.len() {
        let n = numbers.iter().find(|t| t.page == page).unwrap_or_else(|| panic!("page {page} has a number"));
        assert_eq!(n.text, page.to_string());
        assert_eq!(n.size, 14.0);
        assert_near(n.y, 10.0, 0.1, "number 10 mm from the top edge");
        let center = LEFT + (l.pages[page - 1].width - LEFT - 15.0) / 2.0;
        assert_near(n.center(), center, 0.3, "number centred on the text width");
    }
}

#[test]
fn body_stays_inside_the_margins() {
    let l = nghia_thai();
    for t in &l.texts {
        let right = l.pages[t.page - 1].width - 15.0;
        assert!(t.x >= LEFT - 0.01 && t.right() <= right + 0.05, "{:?} outside the side margins ({:.2}–{:.2})", t.text, t.x, t.right());
        if t.y > 15.0 {
            assert!(t.y >= 20.0 && t.y <= 297.0 - 20.0, "{:?} outside the top/bottom margins (y = {:.1})", t.text, t.y);
        }
    }
}

#[test]
fn every_example_renders_in_every_profile() {
    for path in examples() {
        let source = std::fs::read_to_string(&path).unwrap();
        for profile in kehoach::profile::names() {
            let with_profile = format!("profile = \"{profile}\"\n{}", strip_profile(&source));
            let prepared = kehoach::prepare(&path.display().to_string(), &with_profile)
                .unwrap_or_else(|e| panic!("{} in {profile}: {e}", path.display()));
            let doc = kehoach::typeset(&prepared).unwrap();
            let l = kehoach::inspect::inspect(&doc);
            let p = &prepared.profile;
            if let Some(type_name) = &prepared.context.type_name {
                let kh = l.find_run(type_name).unwrap();
                assert_eq!(kh.size, p.title.type_name_size_pt, "{profile}: type name size");
            }
            let title = l.find_run("ĐẢNG CỘNG SẢN VIỆT NAM").unwrap();
            assert_eq!(title.size, p.header.party_title_size_pt);
            // Two consecutive lines of one body paragraph are line_spacing_pt apart
            // (the first justified to the right margin, the second at the left: A4 or A5).
            let (left, right) = (p.page.margin_left_mm, p.page.width_mm - p.page.margin_right_mm);
            let lines = l.lines();
            let pair = lines.windows(2).find(|w| {
                w[0].page == w[1].page && w[0].runs.iter().all(|r| r.size == p.body.size_pt && !r.bold)
                    && w[1].runs.iter().all(|r| r.size == p.body.size_pt && !r.bold)
                    && (w[0].right() - right).abs() < 0.3 && w[1].left() < left + 0.2
            });
            let pair = pair.unwrap_or_else(|| panic!("{}: no two-line paragraph", path.display()));
            assert_near(pair[1].y - pair[0].y, p.body.line_spacing_pt * PT, 0.05, &format!("{profile}: line spacing"));
        }
    }
}

fn strip_profile(source: &str) -> String {
    source.lines().filter(|l| !l.starts_with("profile")).collect::<Vec<_>>().join("\n")
}
