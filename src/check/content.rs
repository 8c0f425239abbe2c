//! Checks of what the content and the signature say, by the words of HD 05:
//! a căn cứ that does not name the document it rests on (6.2.3), and a
//! signer's position that carries the body's name (7.1.2). Each is a located
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

/// Runs every check of this module.
pub(crate) fn check(c: &mut Checker, doc: &Document, profile: &Profile) {
    if profile.checks.basis_complete {
        basis_lines(c, doc);
    }
    if profile.checks.position_without_body {
        positions(c, doc);
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
