//! The signature forms of HD 05 7.1 and the signatures of joint documents,
//! checked on the data (docs/form-rules.md, "Signature forms").
//!
//! Every signature block — `[signer]`, each `[[co_signers]]`, the
//! `[confirmation]` — takes one of the forms of HD 05 7.1.1 and 7.1.4:
//!
//! | `authority` | `body` | `position` | printed |
//! |---|---|---|---|
//! | "T/M" | the collective | its officer, or none | "T/M ĐẢNG ỦY" / "BÍ THƯ" / name |
//! | "K/T" | the head's title | the deputy's title | "K/T TRƯỞNG BAN" / "PHÓ TRƯỞNG BAN" / name |
//! | "T/L" | who delegates | the signer's title | "T/L BAN THƯỜNG VỤ" / "CHÁNH VĂN PHÒNG" / name |
//! | "Q." | the head's title | none | "Q. TRƯỞNG BAN" / name |
//! | none | — | the head's title | "TRƯỞNG BAN" / name |
//!
//! and may add a concurrent title ("kiêm"). A joint document (an issuer
//! name joining bodies with " - ") has a code of as many parts and one
//! signature per body, each naming its body (7.1.2, 7.1.4g).

use crate::check::form_rules::Checker;
pub use crate::vietnamese::names::joint_bodies;
use crate::model::{Document, Signer};

/// The signing authorities of the Party form (HD 05 7.1.1, 7.1.4c(iv)).
pub const PARTY_AUTHORITIES: [&str; 4] = ["T/M", "K/T", "T/L", "Q."];

/// Id of the warning: a "K/T" signature whose position is not a deputy's.
pub const KT_POSITION: &str = "kt-deputy-position";

/// Id of the diagnostic (see [`crate::check::ids`]): an academic title before the signer's name.
pub const ACADEMIC_TITLE: &str = "academic-title";
/// Id of the diagnostic (see [`crate::check::ids`]): a blank signer's name (a draft).
pub const BLANK_SIGNER_NAME: &str = "blank-signer-name";

/// Id of the warning: a "T/M" signature whose position is not the
/// collective's head or deputy.
pub const TM_POSITION: &str = "tm-head-position";

/// Id of the warning: a "T/L" signature by the collective's own head.
pub const TL_POSITION: &str = "tl-delegate-position";

/// Who signs on behalf of a collective ("T/M", HD 05 7.1.1a, 7.1.4a–b): its
/// head or deputy — the secretary, the chairman of an inspection committee or
/// a council, the head of a congress's secretariat or commission. Folded
/// titles' first words.
const COLLECTIVE_HEADS: [&str; 12] = [
    "tổng bí thư", "bí thư", "phó bí thư", "chủ nhiệm", "phó chủ nhiệm", "chủ tịch", "phó chủ tịch", "trưởng đoàn", "phó trưởng đoàn",
    "trưởng ban", "phó trưởng ban", "thường trực",
];

/// A collective's own head or deputy: signs "T/M", never "T/L" (by
/// delegation, HD 05 7.1.1c, 7.1.4d: the office's or a board's head).
const SIGNS_FOR_ITSELF: [&str; 5] = ["tổng bí thư", "bí thư", "phó bí thư", "chủ nhiệm", "phó chủ nhiệm"];

/// Collectives: they sign "T/M" (HD 05 7.1.1a), never "K/T" — their deputy
/// signs "T/M …" / "PHÓ BÍ THƯ" (7.1.4b). Folded names' first words.
const COLLECTIVES: [&str; 17] = [
    "đảng ủy", "tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "chi bộ", "ban thường vụ", "ban chấp hành", "ủy ban kiểm tra",
    "đại hội", "đoàn chủ tịch", "đoàn thư ký", "hội đồng", "bộ chính trị", "ban bí thư", "ban kiểm phiếu", "ban thẩm tra",
];

/// Lower case in one tone-mark style ("Uỷ" → "ủy"), for comparing names.
fn folded(s: &str) -> String {
    crate::vietnamese::tone_marks::folded(s.trim())
}

/// Runs every check of this module: each signature block, then the joint
/// document's code and signatures.
pub fn check(c: &mut Checker, doc: &Document) {
    for (path, signer) in blocks(doc) {
        signer_form(c, &path, signer);
    }
    if let Some(confirmation) = &doc.confirmation {
        if confirmation.authority.as_ref().is_none_or(|a| a.is_blank()) && confirmation.position.is_blank() {
            c.error("missing-part", 
                "confirmation",
                crate::tr!("confirmation-who"),
                Some(crate::tr!("hint-confirmation-who")),
            );
        }
    }
    joint(c, doc);
}

/// The message and hint of an authority that is not one of the Party form,
/// with the Party form when it is a state one (`TM.` → `T/M`); `None` when it
/// is right (or blank: the head signs).
pub fn authority_problem(a: &str) -> Option<(String, String)> {
    if a.is_empty() || PARTY_AUTHORITIES.contains(&a) {
        return None;
    }
    let compact: String = a.to_uppercase().chars().filter(|ch| ch.is_alphabetic()).collect();
    let hint = match (compact.as_str(), crate::vietnamese::written::party_authority(a)) {
        ("TM" | "KT" | "TL", Some(party)) => crate::tr!("hint-authority-state", value = a, party = party),
        ("TUQ" | "UQ" | "LT", _) => crate::tr!("hint-authority-tuq"),
        ("Q", _) => crate::tr!("hint-authority-acting"),
        (_, Some(party)) => crate::tr!("hint-write", key = "authority", value = format!("\"{party}\"")),
        _ => crate::tr!("hint-authority-forms"),
    };
    Some((crate::tr!("authority-not-party", value = a), hint))
}

/// Every signature block of a document with its field path.
pub fn blocks(doc: &Document) -> Vec<(String, &Signer)> {
    let mut all = vec![("signer".to_owned(), &doc.signer)];
    all.extend(doc.co_signers.iter().enumerate().map(|(i, s)| (format!("co_signers[{i}]"), s)));
    all.extend(doc.confirmation.iter().map(|s| ("confirmation".to_owned(), s)));
    all.extend(doc.copy.iter().map(|c| ("copy.signer".to_owned(), &c.signer)));
    all
}

/// One signature block: a Party authority, what it needs, an academic title.
fn signer_form(c: &mut Checker, path: &str, signer: &Signer) {
    let authority = signer.authority.as_ref().map(|a| a.as_str().trim()).filter(|a| !a.is_empty());
    let body = signer.body.as_ref().map(|b| b.as_str().trim()).filter(|b| !b.is_empty());
    let has_position = !signer.position.is_blank();
    if let Some(a) = authority {
        // A wrong authority is reported by `check::values`, on every load.
        if !PARTY_AUTHORITIES.contains(&a) {
            return;
        }
        if body.is_none() {
            let (message, hint) = match a {
                "T/M" | "T/L" => (crate::tr!("authority-needs-body", authority = a), crate::tr!("hint-authority-needs-body", authority = a)),
                _ => (crate::tr!("authority-needs-head", authority = a), crate::tr!("hint-authority-needs-head", authority = a)),
            };
            c.error("signing-authority-body", &format!("{path}.body"), message, Some(hint));
        }
    }
    match authority {
        // "T/M BỘ CHÍNH TRỊ" / name: a collective may sign with no position line.
        Some("T/M") => {}
        Some("Q.") if has_position => c.error("signer-position", 
            &format!("{path}.position"),
            crate::tr!("acting-no-position"),
            Some(crate::tr!("hint-acting-no-position")),
        ),
        Some("Q.") => {}
        Some(a) if !has_position => c.error("signer-position", 
            &format!("{path}.position"),
            crate::tr!("authority-needs-position", authority = a),
            Some(match a {
                "K/T" => crate::tr!("hint-kt-needs-position"),
                _ => crate::tr!("hint-tl-needs-position"),
            }),
        ),
        None if !has_position => c.error("signer-position", 
            &format!("{path}.position"),
            crate::tr!("position-empty"),
            Some(crate::tr!("hint-position-empty", field = format!("{path}.position"))),
        ),
        _ => {}
    }
    if authority == Some("K/T") {
        if let Some(b) = body.filter(|b| COLLECTIVES.iter().any(|k| folded(b).starts_with(k))) {
            c.error("collective-kt", 
                &format!("{path}.authority"),
                crate::tr!("kt-collective", body = b),
                Some(crate::tr!("hint-kt-collective", body = b)),
            );
        } else if has_position && !folded(signer.position.as_str()).starts_with("phó") {
            c.warning(
                KT_POSITION,
                &format!("{path}.position"),
                crate::tr!("kt-deputy-position", position = signer.position.as_str().trim()),
                Some(crate::tr!("hint-kt-deputy-position")),
            );
        }
    }
    position_under(c, path, authority, signer);
    if let Some(second) = &signer.concurrent_position {
        if second.is_blank() {
            c.error("empty-text", &format!("{path}.concurrent_position"), crate::tr!("concurrent-empty"), Some(crate::tr!("hint-concurrent-empty")));
        } else if !has_position {
            c.error("signer-position", 
                &format!("{path}.position"),
                crate::tr!("concurrent-without-position"),
                Some(crate::tr!("hint-concurrent-without-position")),
            );
        }
    }
    const TITLES: [&str; 9] = ["TS.", "ThS.", "PGS.", "GS.", "BS.", "KS.", "CN.", "TS ", "ThS "];
    if let Some(title) = TITLES.iter().find(|t| signer.name.as_str().trim_start().starts_with(*t)) {
        c.warning(
            ACADEMIC_TITLE,
            &format!("{path}.name"),
            crate::tr!("academic-title", title = title.trim()),
            Some(crate::tr!("hint-academic-title")),
        );
    }
    if signer.name.is_blank() {
        c.warning(
            BLANK_SIGNER_NAME,
            &format!("{path}.name"),
            crate::tr!("blank-signer-name"),
            None,
        );
    }
}

/// The position under "T/M" and "T/L" (HD 05 7.1.1, 7.1.4): "T/M" is signed
/// by the collective's head or deputy ("T/M BAN THƯỜNG VỤ" / "BÍ THƯ"), "T/L"
/// by the one it delegates to, never by itself ("T/L BAN THƯỜNG VỤ" /
/// "CHÁNH VĂN PHÒNG").
fn position_under(c: &mut Checker, path: &str, authority: Option<&str>, signer: &Signer) {
    let position = folded(signer.position.as_str());
    if position.is_empty() {
        return;
    }
    let shown = signer.position.as_str().trim();
    let starts = |titles: &[&str]| titles.iter().any(|t| position == *t || position.starts_with(&format!("{t} ")));
    match authority {
        Some("T/M") if !starts(&COLLECTIVE_HEADS) => c.warning(
            TM_POSITION,
            &format!("{path}.position"),
            crate::tr!("tm-head-position", position = shown),
            Some(crate::tr!("hint-tm-head-position", position = shown)),
        ),
        Some("T/L") if starts(&SIGNS_FOR_ITSELF) => c.warning(
            TL_POSITION,
            &format!("{path}.position"),
            crate::tr!("tl-delegate-position", position = shown),
            Some(crate::tr!("hint-tl-delegate-position")),
        ),
        _ => {}
    }
}

/// A joint document: a code of one part per body, one signature per body,
/// each naming its body.
fn joint(c: &mut Checker, doc: &Document) {
    let bodies = joint_bodies(doc.issuer.name.as_str());
    let code = doc.issuer.code.as_str().trim();
    let parts: Vec<&str> = code.split('-').collect();
    if code.is_empty() || (bodies.len() < 2 && parts.len() < 2) {
        return;
    }
    if parts.len() != bodies.len() {
        let names = bodies.iter().map(|b| format!("\"{b}\"")).collect::<Vec<_>>().join(", ");
        c.error("joint-code", 
            "issuer.code",
            match bodies.len() {
                1 => crate::tr!("joint-code-one-body", code = code, parts = parts.len(), names = names),
                n => crate::tr!("joint-code", code = code, parts = parts.len(), bodies = n, names = names),
            },
            Some(if bodies.len() < 2 {
                crate::tr!("hint-joint-code-names")
            } else {
                let example: Vec<String> = bodies.iter().map(|b| crate::check::rule_set::expected_issuer_code(b, None).unwrap_or_else(|| "…".into())).collect();
                crate::tr!("hint-joint-code", example = example.join("-"))
            }),
        );
    }
    if bodies.len() < 2 {
        return;
    }
    let others = bodies.len() - 1;
    if doc.co_signers.len() != others {
        let missing: Vec<&str> = bodies.iter().skip(1 + doc.co_signers.len()).map(String::as_str).collect();
        c.error("joint-signers", 
            if doc.co_signers.is_empty() { "signer" } else { "co_signers" },
            crate::tr!("joint-signers", bodies = bodies.len(), others = others, found = doc.co_signers.len()),
            Some(if missing.is_empty() {
                crate::tr!("hint-joint-signers-extra")
            } else {
                crate::tr!("hint-joint-signers-missing", missing = missing.join(", "))
            }),
        );
    }
    let signers = std::iter::once(("signer".to_owned(), &doc.signer))
        .chain(doc.co_signers.iter().enumerate().map(|(i, s)| (format!("co_signers[{i}]"), s)));
    for ((path, signer), body) in signers.zip(&bodies) {
        let block = [signer.body.as_ref().map(|b| b.as_str()), Some(signer.position.as_str()), signer.concurrent_position.as_ref().map(|p| p.as_str())]
            .into_iter()
            .flatten()
            .map(folded)
            .collect::<Vec<_>>()
            .join(" ");
        if !block.contains(&folded(body)) {
            let field = if signer.position.is_blank() { format!("{path}.body") } else { format!("{path}.position") };
            c.error("joint-signature-body", 
                &field,
                crate::tr!("joint-signature-body", body = body),
                Some(crate::tr!("hint-joint-signature-body", body = body.trim())),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_joint_name_splits_between_bodies_only() {
        assert_eq!(joint_bodies("Ban Tổ chức Tỉnh ủy - Ban Nội chính Tỉnh ủy"), ["Ban Tổ chức Tỉnh ủy", "Ban Nội chính Tỉnh ủy"]);
        assert_eq!(joint_bodies("Chi bộ Phòng Hành chính - Quản trị"), ["Chi bộ Phòng Hành chính - Quản trị"]);
        assert_eq!(joint_bodies("Đảng uỷ xã Nghĩa Thái"), ["Đảng uỷ xã Nghĩa Thái"]);
        assert_eq!(
            joint_bodies("Ủy ban Kiểm tra Tỉnh uỷ Sơn La - Công an tỉnh Sơn La"),
            ["Ủy ban Kiểm tra Tỉnh uỷ Sơn La", "Công an tỉnh Sơn La"]
        );
    }
}
