//! Checks of what the content and the signature say, by the words of HD 05:
//! a căn cứ that does not name the document it rests on (6.2.3), a
//! signer's position that carries the body's name (7.1.2), and secrecy,
//! urgency and draft marks other than the words the rules name (II.2, II.3,
//! Phụ lục 2 row 12). Each is a located
//! warning with the rule's section, in Vietnamese and English
//! (`locales/*/kehoach.ftl`), and a stable
//! id (docs/form-rules.md, docs/rule-matrix.toml).

use crate::check::form_rules::Checker;
use crate::model::{Document, Signer};
use crate::profile::Profile;
use crate::vietnamese::tone_marks::folded;

/// Id of the warning: a căn cứ without the number and code or the date of
/// the document it cites (HD 05 6.2.3).
pub const BASIS_INCOMPLETE: &str = "basis-incomplete";
/// Id of the warning: a signer's position that names the body (HD 05 7.1.2).
pub const POSITION_NAMES_BODY: &str = "position-names-body";

/// Id of the warning: an urgency mark other than Khẩn, Thượng khẩn, Hỏa tốc (HD 05 II.3).
pub const MARK_URGENCY_WORD: &str = "mark-urgency-word";
/// Id of the warning: a secrecy mark other than Mật, Tối mật, Tuyệt mật (HD 05 II.2, by the law).
pub const MARK_SECRECY_WORD: &str = "mark-secrecy-word";
/// Id of the warning: a draft note other than "Dự thảo" or "Dự thảo lần N" (HD 05 II.4.2).
pub const MARK_DRAFT_FORM: &str = "mark-draft-form";

/// Runs every check of this module.
pub(crate) fn check(c: &mut Checker, doc: &Document, profile: &Profile) {
    if profile.checks.basis_complete {
        basis_lines(c, doc);
    }
    if profile.checks.position_without_body {
        positions(c, doc);
    }
    if profile.checks.mark_words {
        if let Some(marks) = &doc.marks {
            mark_words(c, marks);
        }
    }
}

/// The degrees of urgency (HD 05 II.3), and of secrecy (II.2 defers to the
/// Law on the Protection of State Secrets 2018, Article 8), folded.
const URGENCY: [&str; 3] = ["khẩn", "thượng khẩn", "hỏa tốc"];
const SECRECY: [&str; 3] = ["mật", "tối mật", "tuyệt mật"];

/// "Dự thảo", "Dự thảo lần 2": the draft note's form (Phụ lục 2 row 12).
fn is_draft_note(folded_note: &str) -> bool {
    let Some(rest) = folded_note.strip_prefix("dự thảo") else { return false };
    let rest = rest.trim();
    rest.is_empty()
        || rest.strip_prefix("lần").is_some_and(|n| {
            let n = n.trim();
            !n.is_empty() && n.chars().all(|c| c.is_ascii_digit())
        })
}

/// Secrecy, urgency and draft marks in the words the rules name.
fn mark_words(c: &mut Checker, marks: &crate::model::Marks) {
    let words: [(&str, &str, &[&str], &str); 2] = [
        ("marks.urgency", MARK_URGENCY_WORD, &URGENCY, "Khẩn, Thượng khẩn, Hỏa tốc"),
        ("marks.secrecy", MARK_SECRECY_WORD, &SECRECY, "Mật, Tối mật, Tuyệt mật"),
    ];
    let values = [&marks.urgency, &marks.secrecy];
    for ((path, id, allowed, list), value) in words.into_iter().zip(values) {
        let Some(value) = value.as_ref().map(|v| v.as_str().trim()).filter(|v| !v.is_empty()) else { continue };
        let word = folded(value).replace("hoả", "hỏa");
        if !allowed.contains(&word.as_str()) {
            c.warning(id, path, crate::tr!(id, value = value), Some(crate::tr!("hint-mark-word", list = list)));
        }
    }
    if let Some(note) = marks.draft.as_ref().map(|v| v.as_str().trim()).filter(|v| !v.is_empty()) {
        if !is_draft_note(&folded(note)) {
            c.warning(MARK_DRAFT_FORM, "marks.draft", crate::tr!(MARK_DRAFT_FORM, value = note), Some(crate::tr!("hint-mark-draft-form")));
        }
    }
}

/// The type names a căn cứ cites a document by.
const DOCUMENT_TYPES: [&str; 17] = [
    "nghị quyết", "quyết định", "quy định", "chỉ thị", "kết luận", "hướng dẫn", "thông tri", "kế hoạch", "công văn",
    "quy chế", "chương trình", "thông báo", "đề án", "nghị định", "thông tư", "báo cáo", "tờ trình",
];

/// What a căn cứ may cite without number or date: the Party's Statute, a
/// law, an ordinance, the Constitution (6.2.3: "riêng luật, pháp lệnh thì ghi
/// tên luật, pháp lệnh và năm ban hành").
const WITHOUT_NUMBER: [&str; 4] = ["điều lệ đảng", "luật ", "pháp lệnh", "hiến pháp"];

/// A number and code as Party and state documents write them: digits, "-",
/// a capital, and a "/" later ("53-KH/TU", "30/2020/NĐ-CP").
fn has_number_and_code(s: &str) -> bool {
    let chars: Vec<char> = s.chars().collect();
    chars.windows(3).enumerate().any(|(i, w)| {
        w[0].is_ascii_digit()
            && ((w[1] == '-' && w[2].is_uppercase()) || (w[1] == '/' && w[2].is_ascii_digit()))
            && chars[i + 2..].contains(&'/')
    })
}

/// A date: "ngày 15/3/2021", "ngày 15 tháng 3 năm 2021", "15/3/2021", "năm 2021".
fn has_date(s: &str) -> bool {
    let chars: Vec<char> = s.chars().collect();
    let slashed = chars.windows(4).any(|w| w[0].is_ascii_digit() && w[1] == '/' && w[2].is_ascii_digit())
        && s.split(|c: char| !c.is_ascii_digit() && c != '/').any(|t| t.matches('/').count() == 2 && t.len() >= 8);
    let words = |w: &str| {
        s.match_indices(w).any(|(i, m)| s[i + m.len()..].trim_start().starts_with(|c: char| c.is_ascii_digit()))
    };
    slashed || words("ngày ") || words("năm ")
}

/// Căn cứ lines that cite a document without its number and code or its date.
fn basis_lines(c: &mut Checker, doc: &Document) {
    for (i, line) in doc.basis.iter().enumerate() {
        let text = line.as_str().trim();
        let lower = folded(text);
        let lower = lower.trim_start_matches(['-', ' ']);
        if !lower.starts_with("căn cứ") || WITHOUT_NUMBER.iter().any(|w| lower.contains(w)) {
            continue;
        }
        let Some(kind) = DOCUMENT_TYPES.iter().find(|t| lower.contains(*t)) else { continue };
        let what = match (has_number_and_code(text), has_date(&lower)) {
            (true, true) => continue,
            (false, true) => "number",
            (true, false) => "date",
            (false, false) => "both",
        };
        let kind: String = kind.chars().take(1).flat_map(char::to_uppercase).chain(kind.chars().skip(1)).collect();
        c.warning(
            BASIS_INCOMPLETE,
            &format!("basis[{i}]"),
            crate::tr!("basis-incomplete", kind = kind, what = what),
            Some(crate::tr!("hint-basis-incomplete")),
        );
    }
}

/// The titles a position starts with, longest first.
const TITLES: [&str; 12] = [
    "phó chánh văn phòng", "chánh văn phòng", "phó trưởng ban", "trưởng ban", "phó chủ nhiệm", "chủ nhiệm",
    "phó chủ tịch", "chủ tịch", "phó bí thư", "bí thư", "phó giám đốc", "giám đốc",
];

/// Words that open the name of a Party body or board after a title.
const BODY_WORDS: [&str; 20] = [
    "tỉnh ủy", "thành ủy", "đảng ủy", "huyện ủy", "quận ủy", "chi bộ", "ủy ban kiểm tra", "ban thường vụ", "ban chấp hành",
    "đảng bộ", "văn phòng", "tổ chức", "tuyên giáo", "dân vận", "nội chính", "kinh tế", "xây dựng đảng", "trung ương",
    "ban tổ chức", "ban tuyên giáo",
];

/// The body's name written after a title, if any ("Bí thư Tỉnh ủy" → "tỉnh ủy").
fn named_body(position: &str) -> Option<&'static str> {
    let p = folded(position.trim());
    if p.contains("kiêm") {
        return None;
    }
    let title = TITLES.iter().find(|t| p.starts_with(*t))?;
    let rest = p[title.len()..].trim_start();
    BODY_WORDS.iter().copied().find(|w| rest.starts_with(w))
}

/// A position that carries the body's name, outside a joint document (HD 05
/// 7.1.2: "không ghi tên cấp uỷ, tổ chức, cơ quan đảng kèm theo chức vụ").
fn positions(c: &mut Checker, doc: &Document) {
    if !doc.co_signers.is_empty() {
        return; // a joint document writes the bodies' names (7.1.2, 7.1.4g)
    }
    if doc.kind == crate::model::Kind::BienBan {
        return; // the minutes print the chair's position in running text ("- Người chủ trì: …"), not under an authority
    }
    let signers: [(&str, Option<&Signer>); 2] = [("signer", Some(&doc.signer)), ("confirmation", doc.confirmation.as_ref())];
    for (field, signer) in signers {
        let Some(s) = signer else { continue };
        let position = s.position.as_str().trim();
        let Some(body) = named_body(position) else { continue };
        let title = TITLES.iter().find(|t| folded(position).starts_with(*t)).copied().unwrap_or("");
        let corrected: String = position.chars().take(title.chars().count()).collect();
        c.warning(
            POSITION_NAMES_BODY,
            &format!("{field}.position"),
            crate::tr!("position-names-body", position = position, body = body),
            Some(crate::tr!("hint-position-names-body", corrected = corrected)),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_codes_are_recognised() {
        assert!(has_number_and_code("Căn cứ Kế hoạch số 53-KH/TU của Tỉnh ủy"));
        assert!(has_number_and_code("Căn cứ Nghị định số 30/2020/NĐ-CP"));
        assert!(has_number_and_code("Căn cứ Hướng dẫn số 05-HD/VPTW"));
        assert!(!has_number_and_code("Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa I, nhiệm kỳ 2025 - 2030"));
        assert!(!has_number_and_code("Căn cứ Hướng dẫn số 08 của Ban Dân vận"));
    }

    #[test]
    fn dates_are_recognised() {
        assert!(has_date("ngày 15/3/2021 của tỉnh ủy"));
        assert!(has_date("ngày 15 tháng 3 năm 2021"));
        assert!(has_date("quyết định số 12-qđ/tu, 15/03/2021"));
        assert!(!has_date("quy chế làm việc khóa i, nhiệm kỳ 2025 - 2030"));
        assert!(!has_date("số 53-kh/tu của tỉnh ủy"));
    }

    #[test]
    fn draft_notes_are_recognised() {
        assert!(is_draft_note("dự thảo"));
        assert!(is_draft_note("dự thảo lần 2"));
        assert!(!is_draft_note("dự thảo lần"));
        assert!(!is_draft_note("bản nháp"));
        assert!(!is_draft_note("dự thảo lần hai"));
    }

    #[test]
    fn positions_naming_their_body_are_found() {
        assert_eq!(named_body("Bí thư Tỉnh ủy"), Some("tỉnh ủy"));
        assert_eq!(named_body("Phó Bí thư Tỉnh uỷ"), Some("tỉnh ủy"));
        assert_eq!(named_body("Trưởng Ban Tổ chức"), Some("tổ chức"));
        assert_eq!(named_body("Chánh Văn phòng Tỉnh ủy"), Some("tỉnh ủy"));
        assert_eq!(named_body("Phó Bí thư Thường trực"), None);
        assert_eq!(named_body("Trưởng Ban"), None);
        assert_eq!(named_body("Trưởng Ban Chỉ đạo"), None);
        assert_eq!(named_body("Bí thư kiêm Trưởng Ban Chỉ đạo"), None);
        assert_eq!(named_body("Chánh Văn phòng"), None);
    }
}
