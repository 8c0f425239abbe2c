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
use crate::vietnamese::names::starts_a_body;
use crate::model::{Document, Signer};
use crate::vietnamese::tone_marks::{convert_tone_marks, ToneStyle};

/// The signing authorities of the Party form (HD 05 7.1.1, 7.1.4c(iv)).
pub const PARTY_AUTHORITIES: [&str; 4] = ["T/M", "K/T", "T/L", "Q."];

/// Id of the warning: a "K/T" signature whose position is not a deputy's.
pub const KT_POSITION: &str = "kt-deputy-position";

/// Collectives: they sign "T/M" (HD 05 7.1.1a), never "K/T" — their deputy
/// signs "T/M …" / "PHÓ BÍ THƯ" (7.1.4b). Folded names' first words.
const COLLECTIVES: [&str; 17] = [
    "đảng ủy", "tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "chi bộ", "ban thường vụ", "ban chấp hành", "ủy ban kiểm tra",
    "đại hội", "đoàn chủ tịch", "đoàn thư ký", "hội đồng", "bộ chính trị", "ban bí thư", "ban kiểm phiếu", "ban thẩm tra",
];

/// Lower case in one tone-mark style ("Uỷ" → "ủy"), for comparing names.
fn folded(s: &str) -> String {
    convert_tone_marks(&s.trim().to_lowercase(), ToneStyle::New)
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
                "the confirmation block names who confirms",
                Some("e.g. authority = \"T/M\", body = \"Tỉnh ủy\", position = \"Bí thư\" (HD 05 7.1.4a)".into()),
            );
        }
    }
    joint(c, doc);
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
        if !PARTY_AUTHORITIES.contains(&a) {
            let compact: String = a.to_uppercase().chars().filter(|ch| ch.is_alphabetic()).collect();
            let hint = match compact.as_str() {
                "TM" => format!("`{a}` is the state form (NĐ 30); Party documents write `T/M`"),
                "KT" => format!("`{a}` is the state form (NĐ 30); Party documents write `K/T`"),
                "TL" => format!("`{a}` is the state form (NĐ 30); Party documents write `T/L`"),
                "TUQ" | "UQ" | "LT" => "HD 05 names no T.U.Q (thừa uỷ quyền): a signature by delegation of the standing committee or the head is `T/L` (7.1.1c)".into(),
                "Q" => "the acting head's form is written `Q.` (HD 05 7.1.4c: \"Q. TRƯỞNG BAN\")".into(),
                _ => "Party documents use T/M (on behalf of a collective), K/T (a deputy for the head), T/L (by delegation) or Q. (the acting head); omit `authority` when the head signs".into(),
            };
            c.error("signing-authority", &format!("{path}.authority"), format!("`{a}` is not a signing authority of the Party form"), Some(hint));
            return;
        }
        if body.is_none() {
            let (what, example) = match a {
                "T/M" | "T/L" => ("the body it acts for", format!("`body = \"Ban Thường vụ\"` prints \"{a} BAN THƯỜNG VỤ\"")),
                _ => ("the head's title it acts for", format!("`body = \"Trưởng ban\"` prints \"{a} TRƯỞNG BAN\"")),
            };
            c.error("signing-authority-body", &format!("{path}.body"), format!("`{a}` needs {what}"), Some(format!("e.g. {example}")));
        }
    }
    match authority {
        // "T/M BỘ CHÍNH TRỊ" / name: a collective may sign with no position line.
        Some("T/M") => {}
        Some("Q.") if has_position => c.error("signer-position", 
            &format!("{path}.position"),
            "an acting head signs \"Q. TRƯỞNG BAN\" / name, with no position line (HD 05 7.1.4c)",
            Some("remove `position`: `body` holds the head's title the signer acts as".into()),
        ),
        Some("Q.") => {}
        Some(a) if !has_position => c.error("signer-position", 
            &format!("{path}.position"),
            format!("\"{a} …\" needs the signer's own position under it"),
            Some(match a {
                "K/T" => "the deputy's title: position = \"Phó Trưởng ban\" (HD 05 7.1.4c: \"K/T TRƯỞNG BAN\" / \"PHÓ TRƯỞNG BAN\")".into(),
                _ => "e.g. position = \"Chánh Văn phòng\" (HD 05 7.1.4d: \"T/L BAN THƯỜNG VỤ\" / \"CHÁNH VĂN PHÒNG\")".into(),
            }),
        ),
        None if !has_position => c.error("signer-position", 
            &format!("{path}.position"),
            "signer's position is empty",
            Some(format!("write the signer's position in `{path}.position`; only a \"T/M …\" signature of a collective may omit it (\"T/M BỘ CHÍNH TRỊ\" / name)")),
        ),
        _ => {}
    }
    if authority == Some("K/T") {
        if let Some(b) = body.filter(|b| COLLECTIVES.iter().any(|k| folded(b).starts_with(k))) {
            c.error("collective-kt", 
                &format!("{path}.authority"),
                format!("`K/T {b}`: a collective does not sign \"K/T\" (HD 05 7.1.1)"),
                Some(format!("its deputy signs on its behalf: authority = \"T/M\", body = \"{b}\", position = \"Phó Bí thư\"")),
            );
        } else if has_position && !folded(signer.position.as_str()).starts_with("phó") {
            c.warning(
                KT_POSITION,
                &format!("{path}.position"),
                format!("\"K/T\" is a deputy signing for the head, but the position `{}` is not a deputy's", signer.position.as_str().trim()),
                Some("the head signs directly: omit `authority`; or write the deputy's title (\"Phó Trưởng ban\")".into()),
            );
        }
    }
    if let Some(second) = &signer.concurrent_position {
        if second.is_blank() {
            c.error("empty-text", &format!("{path}.concurrent_position"), "the concurrent title is empty", Some("write the second title (\"Trưởng Ban Chỉ đạo\") or remove the key".into()));
        } else if !has_position {
            c.error("signer-position", 
                &format!("{path}.position"),
                "a concurrent title (\"kiêm …\") follows the signer's first position",
                Some("write the first title in `position` (\"Bí thư\"), the second in `concurrent_position` (HD 05 7.1.4đ)".into()),
            );
        }
    }
    const TITLES: [&str; 9] = ["TS.", "ThS.", "PGS.", "GS.", "BS.", "KS.", "CN.", "TS ", "ThS "];
    if let Some(title) = TITLES.iter().find(|t| signer.name.as_str().trim_start().starts_with(*t)) {
        c.warning(
            crate::diagnostic::ids::ACADEMIC_TITLE,
            &format!("{path}.name"),
            format!("academic title `{}` before the signer's name", title.trim()),
            Some("Party documents print the name alone: remove the title".into()),
        );
    }
    if signer.name.is_blank() {
        c.warning(
            crate::diagnostic::ids::BLANK_SIGNER_NAME,
            &format!("{path}.name"),
            "the signer's name is blank; it will be left empty to fill in by hand",
            None,
        );
    }
}

/// The bodies a joint issuer name joins, lead first: the name split at each
/// " - " followed by the first word of a body ("Ban Tổ chức Tỉnh ủy - Ban
/// Nội chính Tỉnh ủy"); a dash inside one body's name ("Chi bộ Phòng Hành
/// chính - Quản trị") does not split it.
pub fn joint_bodies(name: &str) -> Vec<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let mut bodies = vec![Vec::new()];
    for (i, w) in words.iter().enumerate() {
        if *w == "-" && words.get(i + 1).is_some_and(|next| starts_a_body(next)) && i > 0 {
            bodies.push(Vec::new());
        } else if let Some(last) = bodies.last_mut() {
            last.push(*w);
        }
    }
    bodies.into_iter().map(|b| b.join(" ")).filter(|b| !b.is_empty()).collect()
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
            format!("the joint code `{code}` has {} part(s), but `issuer.name` names {} bod{}: {names}", parts.len(), bodies.len(), if bodies.len() == 1 { "y" } else { "ies" }),
            Some(if bodies.len() < 2 {
                "a joint document writes every issuing body in `issuer.name`, the lead first, joined by \" - \" (HD 05 2.1.5, 2.2.3)".into()
            } else {
                let example: Vec<String> = bodies.iter().map(|b| crate::check::rule_set::expected_issuer_code(b, None).unwrap_or_else(|| "…".into())).collect();
                format!("one code per body, in the same order, joined by \"-\" (HD 05 3.1.2b(iii), e.g. \"05-QC/BTCTU-BNCTU\"): code = \"{}\"", example.join("-"))
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
            format!(
                "a joint document of {} bodies is signed by each of them: `[signer]` for the lead body and {others} `[[co_signers]]`, found {}",
                bodies.len(),
                doc.co_signers.len()
            ),
            Some(if missing.is_empty() {
                "remove the extra `[[co_signers]]` block, or name its body in `issuer.name` (HD 05 7.1.4g, 7.2.4)".into()
            } else {
                format!("add a `[[co_signers]]` block for {} (HD 05 7.1.4g, 7.2.4: the lead on the right, the others on the left)", missing.join(", "))
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
                format!("in a joint document each signature names its body: this one does not name \"{body}\""),
                Some(format!(
                    "write the full title with the body (HD 05 7.1.2, 7.1.4g), e.g. position = \"Trưởng {}\"",
                    body.trim()
                )),
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
