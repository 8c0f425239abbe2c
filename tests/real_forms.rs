//! Real documents as offices write them (issue 21): what a commune's real
//! Nghị quyết, Kết luận, Tờ trình, Chương trình and Quy chế say can be said
//! in the data, and kehoach prints it without inventing a line — an optional
//! enacting sentence, a title block without subject, a type name of the
//! document's own, "Kính gửi:" in any kind that addresses someone, "I."
//! headings and numbers as given, run-in headings, paragraphs after a list,
//! text after the clauses of an article, an unnumbered appendix with its own
//! header, and no "./." added. Where the rule set asks for what the data
//! leaves out, a located warning names HD 05's section. Measured on the
//! laid-out pages and, for the DOCX, in its XML.

mod common;

use common::*;
use kehoach::inspect::{Layout, Line};

/// The header and signature every document here shares: a commune's Đảng ủy.
const COMMON: &str = r#"
place = "Công Hải"
date = 2026-07-10

[issuer]
superior = "Đảng bộ tỉnh Khánh Hòa"
name = "Đảng ủy xã Công Hải"
code = "ĐU"

[signer]
authority = "T/M"
body = "Ban Thường vụ"
position = "Bí thư"
name = "Đông Văn Chung"

[recipients]
to = ["Các chi bộ trực thuộc"]
archive = "VPĐU"
"#;

/// The document: `top` (kind, number, title fields), the shared header and
/// signature, then `body` (sections, articles, appendices).
fn doc(top: &str, body: &str) -> String {
    format!("{top}\n{COMMON}\n{body}\n")
}

fn prepared(source: &str) -> kehoach::Prepared {
    kehoach::prepare("real.toml", source).unwrap_or_else(|e| panic!("{e}"))
}

fn warning_ids(source: &str) -> Vec<String> {
    prepared(source)
        .warnings
        .iter()
        .filter_map(|w| w.id.clone())
        .collect()
}

fn lines(l: &Layout) -> Vec<Line> {
    l.lines()
}

fn index(lines: &[Line], text: &str) -> usize {
    lines
        .iter()
        .position(|l| l.text() == text)
        .unwrap_or_else(|| {
            panic!(
                "no line {text:?} in {:#?}",
                lines.iter().map(|l| l.text()).collect::<Vec<_>>()
            )
        })
}

fn all_text(l: &Layout) -> String {
    lines(l)
        .iter()
        .map(|l| l.text())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every rule `verify` fails on the document.
fn failed(source: &str) -> Vec<String> {
    let p = prepared(source);
    let layout = kehoach::inspect::inspect(&kehoach::typeset(&p).unwrap());
    kehoach::verify::verify(&p, &layout)
        .into_iter()
        .filter(|r| r.failed())
        .map(|r| format!("{}: {}", r.id, r.actual))
        .collect()
}

/// The body XML of the DOCX of `source`.
fn docx_xml(source: &str) -> String {
    let bytes = kehoach::render_docx(&prepared(source), None).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml)
        .unwrap();
    xml
}

const NGHI_QUYET_AS_WRITTEN: &str = r#"
kind = "nghi-quyet"
number = 5
subject = "về lãnh đạo thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2026"
author = ["Của Ban Thường vụ Đảng ủy xã"]
opening = ["Ban Thường vụ Đảng ủy xã ban hành Nghị quyết thực hiện như sau:"]
"#;

const NGHI_QUYET_SECTIONS: &str = r#"
[[sections]]
title = "Mục tiêu"
text = ["Phấn đấu hoàn thành các chỉ tiêu năm 2026."]

[[sections]]
title = "Nhiệm vụ, giải pháp"
text = ["Tập trung lãnh đạo các nhiệm vụ trọng tâm."]
"#;

#[test]
fn a_nghi_quyet_without_an_enacting_sentence_prints_its_own_lead_in_and_nothing_invented() {
    let source = doc(NGHI_QUYET_AS_WRITTEN, NGHI_QUYET_SECTIONS);
    // No error, and no warning: HD 05 asks a Nghị quyết for no enacting sentence.
    assert!(
        warning_ids(&source)
            .iter()
            .all(|id| !id.contains("enacting")),
        "{:?}",
        warning_ids(&source)
    );
    let l = layout_of("nq.toml", &source);
    let ls = lines(&l);
    let opening = index(
        &ls,
        "Ban Thường vụ Đảng ủy xã ban hành Nghị quyết thực hiện như sau:",
    );
    assert_eq!(
        ls[opening + 1].text(),
        "I- MỤC TIÊU",
        "the sections follow the real lead-in directly"
    );
    assert!(
        !all_text(&l).contains("quyết nghị:"),
        "no invented enacting sentence"
    );
    assert!(failed(&source).is_empty(), "{:?}", failed(&source));
}

#[test]
fn a_ket_luan_titled_by_its_conference_alone_has_no_subject_line() {
    let source = ket_luan_by_author();
    assert!(
        warning_ids(&source).is_empty(),
        "{:?}",
        warning_ids(&source)
    );
    let l = layout_of("kl.toml", &source);
    let ls = lines(&l);
    let title = index(&ls, "KẾT LUẬN");
    assert_eq!(
        ls[title + 1].text(),
        "HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ LẦN THỨ 2"
    );
    assert_eq!(
        ls[title + 2].text(),
        "-----",
        "the separator right under the author line: no subject invented"
    );
    assert!(failed(&source).is_empty(), "{:?}", failed(&source));
    let xml = docx_xml(&source);
    assert!(
        !xml.contains(
            "<w:pStyle w:val=\"Subject\"/></w:pPr><w:r><w:t xml:space=\"preserve\"></w:t>"
        ),
        "no empty subject paragraph"
    );

    // Without author lines either, a warning at `subject` naming HD 05 5.1.1.
    let bare = doc(
        "kind = \"ket-luan\"\nnumber = 2",
        "[[sections]]\ntext = [\"Nội dung.\"]",
    );
    let p = prepared(&bare);
    let w = p
        .warnings
        .iter()
        .find(|w| w.id.as_deref() == Some("subject-missing"))
        .expect("subject-missing");
    assert!(w.message.contains("HD 05 5.1.1"), "{}", w.message);
    assert_eq!(w.field.as_deref(), Some("subject"));
    // A công văn still needs its subject: an error.
    let letter = doc(
        "kind = \"cong-van\"\nnumber = 2\nto = [\"Các chi bộ\"]",
        "[[sections]]\ntext = [\"Nội dung.\"]",
    );
    let e = kehoach::prepare("cv.toml", &letter)
        .err()
        .expect("a công văn without subject is refused")
        .to_string();
    assert!(e.contains("missing field `subject`"), "{e}");
}

#[test]
fn a_type_name_of_the_documents_own_and_author_lines_in_any_kind() {
    let source = programme_with_type_name();
    let l = layout_of("ctr.toml", &source);
    let ls = lines(&l);
    let title = index(&ls, "CHƯƠNG TRÌNH HÀNH ĐỘNG");
    assert!(
        ls[title].runs.iter().all(|r| r.bold && r.size == 16.0),
        "the type name's size under HD 05"
    );
    assert_near(
        ls[title].center(),
        30.0 + 165.0 / 2.0,
        0.5,
        "the type name centred",
    );
    assert_eq!(ls[title + 1].text(), "CỦA BAN CHẤP HÀNH ĐẢNG BỘ XÃ");
    assert!(
        ls[title + 2].text().starts_with("THỰC HIỆN NGHỊ QUYẾT"),
        "{}",
        ls[title + 2].text()
    );
    assert!(
        all_text(&l).contains("(Kèm theo Chương trình hành động số 05-CTr/ĐU"),
        "the appendix names the document as it is titled"
    );
    assert!(failed(&source).is_empty(), "{:?}", failed(&source));

    // A type name of another kind is refused, located, with HD 05's section.
    let wrong = source.replace("Chương trình hành động", "Kế hoạch hành động");
    let e = kehoach::prepare("ctr.toml", &wrong)
        .err()
        .expect("refused")
        .to_string();
    assert!(
        e.contains("does not start with the kind's, CHƯƠNG TRÌNH (HD 05 5.1.1)")
            && e.contains("ctr.toml:3"),
        "{e}"
    );
    // On one line of its own (HD 05 5.2.1): the lines under it are author lines or the subject.
    let two = source.replace("Chương trình hành động", "Chương trình hành động\\nthực hiện Nghị quyết");
    let e = kehoach::prepare("ctr.toml", &two).err().expect("refused").to_string();
    assert!(e.contains("one line of its own (HD 05 5.2.1)"), "{e}");
}

#[test]
fn a_line_break_typed_in_the_subject_breaks_the_line_in_the_pdf_and_the_docx() {
    let source = report_with_a_broken_subject();
    let l = layout_of("bc.toml", &source);
    let ls = lines(&l);
    let first = index(&ls, "kết quả công tác xây dựng Đảng");
    assert_eq!(ls[first + 1].text(), "6 tháng đầu năm 2026");
    // The words of a line are held together (non-breaking spaces, vietnamese::breaks).
    let xml = docx_xml(&source).replace('\u{a0}', " ").replace('\u{2060}', "");
    assert!(
        xml.contains("kết quả công tác xây dựng Đảng</w:t><w:br/><w:t xml:space=\"preserve\">6 tháng đầu năm 2026"),
        "the DOCX breaks the line where the subject does"
    );
}

#[test]
fn kinh_gui_in_a_to_trinh_and_a_bao_cao_with_as_above_in_the_recipients() {
    let source = to_trinh_with_kinh_gui();
    let p = prepared(&source);
    let w = p
        .warnings
        .iter()
        .find(|w| w.id.as_deref() == Some("kinh-trinh-written-kinh-gui"))
        .expect("the rule set's Kính trình");
    assert!(
        w.message.contains("HD 05 9.2.4") && w.line == Some(4),
        "{w}"
    );
    let l = layout_of("tt.toml", &source);
    let ls = lines(&l);
    let kg = index(&ls, "Kính gửi: Ban Thường vụ Tỉnh ủy Khánh Hòa;");
    assert!(ls[kg - 1].text() == "-----", "under the title block");
    assert!(l.find_line("Kính trình").is_none(), "no label invented");
    assert!(
        l.find_line("- Như trên;").is_some(),
        "the addressee is \"Như trên\" in the recipients"
    );

    // A Báo cáo addressed to its superior.
    let report = doc(
        "kind = \"bao-cao\"\nnumber = 4\nsubject = \"kết quả 6 tháng\"\nto = [\"Ban Thường vụ Tỉnh ủy\", \"Ban Tổ chức Tỉnh ủy\"]",
        "[[sections]]\ntitle = \"Kết quả\"\ntext = [\"Nội dung.\"]",
    );
    let l = layout_of("bc.toml", &report);
    let kg = l.find_line("Kính gửi:").expect("Kính gửi");
    assert!(
        kg.text().contains("- Ban Thường vụ Tỉnh ủy;"),
        "{}",
        kg.text()
    );
    assert!(l.find_line("- Như trên;").is_some());
    assert!(failed(&report).is_empty(), "{:?}", failed(&report));

    // Not in a form that names its addressees in its own lines.
    let form = kehoach::starter(kehoach::model::Kind::GiayMoi).replacen(
        "\n[",
        "\nto = [\"Ai đó\"]\n\n[",
        1,
    );
    let e = kehoach::prepare("gm.toml", &form)
        .err()
        .expect("refused")
        .to_string();
    assert!(e.contains("has no `to`"), "{e}");
}

const PLAN_AS_NUMBERED: &str = r#"
[[sections]]
title = "Mục đích, yêu cầu"
text = ["Nội dung."]

[[sections]]
title = "Nhiệm vụ"

[[sections.sections]]
title = "Về công tác xây dựng Đảng:"
run_in = true
text = ["Hội nghị thống nhất đánh giá kết quả.", "Đoạn thứ hai."]

[[sections.sections]]
title = "Về phát triển kinh tế"
text = ["Tiếp tục thực hiện:"]
items = ["Một việc;", "Hai việc."]
[[sections.sections.parts]]
text = ["Đoạn sau danh sách gạch đầu dòng."]
items = ["Ba việc."]

[[sections.sections]]
number = 4
title = "Về quốc phòng"
text = ["Giữ vững ổn định."]

[[sections.sections]]
title = "Về tổ chức thực hiện"
text = ["Các chi bộ thực hiện."]

[[sections.sections]]
numbered = false
text = ["Đoạn kết của phần II, sau các mục con."]
"#;

#[test]
fn headings_as_the_document_numbers_them_run_in_and_in_free_order() {
    let top = "kind = \"ke-hoach\"\nnumber = 7\nsubject = \"thực hiện nhiệm vụ năm 2026\"";
    let source = doc(
        top,
        &format!("{PLAN_AS_NUMBERED}\n[layout.numbering]\nlevel1 = \"roman-dot\"\n"),
    );
    let l = layout_of("kh.toml", &source);
    let ls = lines(&l);
    // "I." as every one of the real documents writes it.
    index(&ls, "I. MỤC ĐÍCH, YÊU CẦU");
    index(&ls, "II. NHIỆM VỤ");
    // Run in: the number and the heading bold, the text after them regular, in one paragraph.
    let run_in = l
        .find_line("1. Về công tác xây dựng Đảng: Hội nghị thống nhất")
        .expect("a run-in heading");
    let bold: String = run_in
        .runs
        .iter()
        .filter(|r| r.bold)
        .map(|r| r.text.as_str())
        .collect();
    assert_eq!(squash(&bold), "1. Về công tác xây dựng Đảng:");
    assert!(run_in
        .runs
        .iter()
        .any(|r| !r.bold && r.text.contains("Hội nghị")));
    assert_near(run_in.left(), 30.0 + 10.0, 0.3, "indented as a paragraph");
    // Numbers as given: 1, 2, then 4 and on from it.
    let numbered: Vec<String> = ls
        .iter()
        .map(|l| l.text())
        .filter(|t| t.starts_with(|c: char| c.is_ascii_digit()) && t.contains(". Về"))
        .collect();
    assert_eq!(
        numbered.iter().map(|t| &t[..2]).collect::<Vec<_>>(),
        ["1.", "2.", "4.", "5."],
        "{numbered:?}"
    );
    // A paragraph after the dash list, then another item, in the order given.
    let item = index(&ls, "- Hai việc.");
    assert_eq!(ls[item + 1].text(), "Đoạn sau danh sách gạch đầu dòng.");
    assert_eq!(ls[item + 2].text(), "- Ba việc.");
    // Text after the sub-sections: an unnumbered sub-section without a title.
    let last = index(&ls, "Các chi bộ thực hiện.");
    assert_eq!(ls[last + 1].text(), "Đoạn kết của phần II, sau các mục con.");
    assert!(failed(&source).is_empty(), "{:?}", failed(&source));
    // The same in the DOCX.
    let xml = docx_xml(&source);
    let order = [
        "- Hai việc.",
        "Đoạn sau danh sách gạch đầu dòng.",
        "- Ba việc.",
        "4. ",
        "Về quốc phòng",
    ];
    let at: Vec<usize> = order
        .iter()
        .map(|t| {
            xml.find(t)
                .unwrap_or_else(|| panic!("{t:?} not in the DOCX"))
        })
        .collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{at:?}");
    // The rule set's default stays "I-".
    let hyphen = layout_of("kh.toml", &doc(top, PLAN_AS_NUMBERED));
    assert!(hyphen.find_line("I- MỤC ĐÍCH, YÊU CẦU").is_some());
}

#[test]
fn a_quy_che_article_with_text_after_its_clauses_and_a_clause_of_two_paragraphs() {
    let source = quy_che_article_parts();
    let l = layout_of("qc.toml", &source);
    let ls = lines(&l);
    index(&ls, "QUY CHẾ LÀM VIỆC");
    let first = index(&ls, "1. Lãnh đạo toàn diện.");
    assert_eq!(ls[first + 1].text(), "Đoạn thứ hai của khoản 1.");
    assert_eq!(ls[first + 2].text(), "2. Quyết định các vấn đề lớn.");
    assert_eq!(ls[first + 3].text(), "Đoạn sau các khoản của điều.");
    assert_eq!(
        ls[first + 4].text(),
        "3. Khoản tiếp theo sau đoạn văn.",
        "the clauses number on across the parts"
    );
    assert_near(
        ls[first + 3].left(),
        30.0 + 10.0,
        0.3,
        "a paragraph of the article",
    );
    assert!(failed(&source).is_empty(), "{:?}", failed(&source));
}

#[test]
fn an_unnumbered_appendix_with_its_own_header() {
    let source = plan_with_appendix_header();
    let l = layout_of("kh.toml", &source);
    let last = l.pages.len();
    let page: Vec<Line> = lines(&l).into_iter().filter(|x| x.page == last).collect();
    let label = index(&page, "PHỤ LỤC");
    let party = page
        .iter()
        .position(|x| x.text().contains("ĐẢNG CỘNG SẢN VIỆT NAM"))
        .expect("the header repeated");
    assert!(
        party < label
            && page
                .iter()
                .any(|x| x.text().contains("ĐẢNG ỦY XÃ CÔNG HẢI"))
    );
    assert_eq!(page[label + 1].text(), "DANH MỤC NHIỆM VỤ");
    assert!(!all_text(&l).contains("Phụ lục 1"), "no number invented");
    assert!(failed(&source).is_empty(), "{:?}", failed(&source));
    let xml = docx_xml(&source);
    assert_eq!(
        xml.matches("ĐẢNG CỘNG SẢN VIỆT NAM").count(),
        2,
        "the DOCX repeats the header too"
    );
}

#[test]
fn the_content_ends_as_typed_and_kehoach_adds_no_state_ending() {
    let top = "kind = \"ke-hoach\"\nnumber = 7\nsubject = \"thực hiện nhiệm vụ năm 2026\"";
    // The rule set's ending is "." (HD 05 6.2.2): kehoach adds no "./.".
    let plain = doc(
        top,
        "[[sections]]\ntitle = \"Nhiệm vụ\"\ntext = [\"Các chi bộ thực hiện.\"]",
    );
    let l = layout_of("kh.toml", &plain);
    assert!(l
        .find_line("Các chi bộ thực hiện.")
        .is_some_and(|x| x.text().trim_end().ends_with("hiện.")));
    assert!(!all_text(&l).contains("./."));
    assert!(!warning_ids(&plain).contains(&"state-form-ending".to_owned()));
    // Typed by hand: printed once, as typed, with a located warning naming 6.2.2.
    let typed = doc(
        top,
        "[[sections]]\ntitle = \"Nhiệm vụ\"\ntext = [\"Các chi bộ thực hiện./.\"]",
    );
    let p = prepared(&typed);
    let w = p
        .warnings
        .iter()
        .find(|w| w.id.as_deref() == Some("state-form-ending"))
        .expect("state-form-ending");
    assert!(w.message.contains("HD 05 6.2.2"));
    assert_eq!(w.field.as_deref(), Some("sections[0].text[0]"));
    let text = all_text(&layout_of("kh.toml", &typed));
    assert_eq!(text.matches("./.").count(), 1, "never \"./../.\"");
    assert!(!text.contains("./../."));
    // Wherever the content ends: the last point of a clause of an article
    // in a division is found too (the check reads every value of the file).
    let quy_che = std::fs::read_to_string(common::example("quy-che-lam-dong-2026.toml")).unwrap();
    let ended = quy_che.replacen("được các cấp, các ngành duy trì, nhân rộng.\"", "được các cấp, các ngành duy trì, nhân rộng./.\"", 1);
    assert_ne!(ended, quy_che);
    let w = prepared(&ended).warnings.into_iter().find(|w| w.id.as_deref() == Some("state-form-ending")).expect("state-form-ending");
    assert_eq!(w.field.as_deref(), Some("divisions[1].articles[0].clauses[0].points[2]"));
}

// The documents of the tests above, each as a function.

fn ket_luan_by_author() -> String {
    doc(
        r#"kind = "ket-luan"
number = 2
author = ["Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 2"]"#,
        "[[sections]]\ntext = [\"Hội nghị thống nhất đánh giá kết quả 6 tháng đầu năm.\"]",
    )
}

fn programme_with_type_name() -> String {
    doc(
    r#"kind = "chuong-trinh"
number = 5
type_name = "Chương trình hành động"
author = ["Của Ban Chấp hành Đảng bộ xã"]
subject = "thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030"
subject_capitals = true"#,
    "[[sections]]\ntitle = \"Mục tiêu\"\ntext = [\"Nội dung.\"]\n\n[[appendices]]\ntitle = \"Danh mục nhiệm vụ\"\ntext = [\"Các nhiệm vụ.\"]",
)
}

fn report_with_a_broken_subject() -> String {
    doc(
    "kind = \"bao-cao\"\nnumber = 4\nsubject = \"kết quả công tác xây dựng Đảng\\n6 tháng đầu năm 2026\"",
    "[[sections]]\ntitle = \"Kết quả\"\ntext = [\"Nội dung.\"]",
)
}

fn to_trinh_with_kinh_gui() -> String {
    doc(
        r#"kind = "to-trinh"
number = 12
subject = "đề nghị chuẩn y kết quả bầu bổ sung Phó Bí thư Đảng ủy xã"
to = ["Ban Thường vụ Tỉnh ủy Khánh Hòa."]
opening = ["Đảng ủy xã kính trình Ban Thường vụ Tỉnh ủy xem xét, chuẩn y."]"#,
        "",
    )
}

fn quy_che_article_parts() -> String {
    doc(
        r#"kind = "quy-che"
number = 1
type_name = "Quy chế làm việc"
subject = "của Ban Chấp hành Đảng bộ xã khóa I, nhiệm kỳ 2025 - 2030"
enacting = "Ban Chấp hành Đảng bộ xã quy định quy chế làm việc như sau:""#,
        r#"
[[articles]]
title = "Trách nhiệm của Ban Chấp hành"
text = ["Ban Chấp hành có trách nhiệm:"]
clauses = [
  { text = "Lãnh đạo toàn diện.", more = ["Đoạn thứ hai của khoản 1."] },
  "Quyết định các vấn đề lớn.",
]
[[articles.parts]]
text = ["Đoạn sau các khoản của điều."]
[[articles.parts]]
clauses = ["Khoản tiếp theo sau đoạn văn."]
"#,
    )
}

fn plan_with_appendix_header() -> String {
    doc(
    "kind = \"ke-hoach\"\nnumber = 7\nsubject = \"thực hiện nhiệm vụ năm 2026\"",
    "[[sections]]\ntitle = \"Nhiệm vụ\"\ntext = [\"Theo phụ lục kèm theo.\"]\n\n[[appendices]]\nlabel = \"PHỤ LỤC\"\nheader = true\ntitle = \"Danh mục nhiệm vụ\"\ntext = [\"Các nhiệm vụ.\"]",
)
}
