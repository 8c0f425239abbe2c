//! The words of a page rule's printed result in the language of the
//! messages: the rule's name ("title rule" → `rule-title-rule` in
//! `verify.ftl`, the id spelt from the English name, tone marks dropped),
//! the status and the "expected …, got …" line. A [`super::CheckResult`]
//! keeps its rule's English name (the checks and the JSON read it; a name
//! without a message is printed in English); its expected and measured
//! texts are made in the language of the messages (`verify-page.ftl`,
//! `verify-blocks.ftl`).

use unicode_normalization::UnicodeNormalization;

/// The message id of a rule's English name: "subject of a công văn" →
/// "rule-subject-of-a-cong-van".
pub fn rule_id(name: &str) -> String {
    let ascii: String = name
        .nfd()
        .map(|c| if c == 'đ' || c == 'Đ' { 'd' } else { c })
        .filter(char::is_ascii)
        .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
        .collect();
    let words: Vec<&str> = ascii.split('-').filter(|w| !w.is_empty()).collect();
    format!("rule-{}", words.join("-"))
}

/// A rule's name in the language of the messages.
pub(crate) fn rule_name(name: &str) -> String {
    let id = rule_id(name);
    if crate::i18n::has(crate::i18n::current(), &id) {
        crate::i18n::tr(&id, &[])
    } else {
        name.to_owned()
    }
}

/// A status ("PASS", "FAIL", …) in the language of the messages.
pub(crate) fn status(status: &str) -> String {
    match status {
        "PASS" => crate::tr!("verify-status-pass"),
        "FAIL" => crate::tr!("verify-status-fail"),
        "WARN" => crate::tr!("verify-status-warn"),
        "DEPARTURE" => crate::tr!("verify-status-departure"),
        _ => crate::tr!("verify-status-not-measurable"),
    }
}
