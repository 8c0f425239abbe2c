//! The rules of the form as MCP resources: docs/form-rules.md (embedded,
//! [`crate::assets::FORM_RULES`]) split at each paragraph that opens with a
//! rule id in bold (`**P-HDR-2 — the title's rule.** …`), each served as
//! `kehoach://rules/<id>`; `kehoach://rules` is the whole file.

use std::sync::LazyLock;

use serde_json::{json, Value};

/// The URI of the whole file; a rule's is this, `/`, its id.
pub const URI: &str = "kehoach://rules";

/// One rule's paragraphs.
pub struct Rule {
    /// "P-HDR-2".
    pub id: &'static str,
    /// "the title's rule".
    pub title: &'static str,
    /// The paragraphs, as written in the file.
    pub text: &'static str,
}

/// Every rule of the file, in its order.
pub fn all() -> &'static [Rule] {
    static RULES: LazyLock<Vec<Rule>> = LazyLock::new(|| split(crate::assets::FORM_RULES));
    &RULES
}

/// The rule of an id, if the file explains it.
pub fn get(id: &str) -> Option<&'static Rule> {
    all().iter().find(|r| r.id == id)
}

/// The rule's resource URI.
pub fn uri(id: &str) -> String {
    format!("{URI}/{id}")
}

/// Splits the file: a rule runs from its opening line to the next
/// paragraph that opens in bold or a heading.
fn split(doc: &'static str) -> Vec<Rule> {
    let mut starts = Vec::new();
    let mut offset = 0;
    let mut after_blank = true;
    for line in doc.split_inclusive('\n') {
        if after_blank && (line.starts_with("**") || line.starts_with('#')) {
            starts.push(offset);
        }
        after_blank = line.trim().is_empty();
        offset += line.len();
    }
    starts.push(doc.len());
    let mut rules = Vec::new();
    for pair in starts.windows(2) {
        let text = doc[pair[0]..pair[1]].trim_end();
        let Some(head) = text.strip_prefix("**P-") else { continue };
        let Some((id, rest)) = head.split_once(" — ") else { continue };
        if id.contains(char::is_whitespace) || id.len() > 16 {
            continue;
        }
        let id = &text[2..2 + 2 + id.len()];
        let title = rest.split("**").next().unwrap_or("").trim_end_matches('.');
        if !rules.iter().any(|r: &Rule| r.id == id) {
            rules.push(Rule { id, title, text });
        }
    }
    rules
}

/// The resource list: the whole file, then each rule.
pub fn list() -> Value {
    let mut resources = vec![json!({
        "uri": URI,
        "name": "form-rules",
        "title": "Các quy tắc thể thức | The rules of the Party form",
        "description": "docs/form-rules.md: mọi quy tắc kehoach kiểm tra, theo mã | every rule kehoach checks, by id",
        "mimeType": "text/markdown",
    })];
    resources.extend(all().iter().map(|r| {
        json!({
            "uri": uri(r.id),
            "name": r.id,
            "title": format!("{} — {}", r.id, r.title),
            "mimeType": "text/markdown",
        })
    }));
    json!({ "resources": resources })
}

/// The text of a resource URI, if it is one of ours.
pub fn read(requested: &str) -> Option<&'static str> {
    if requested == URI {
        return Some(crate::assets::FORM_RULES);
    }
    requested.strip_prefix(URI).and_then(|r| r.strip_prefix('/')).and_then(get).map(|r| r.text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_rule_has_its_paragraphs() {
        let rule = get("P-HDR-1").unwrap();
        assert!(rule.text.starts_with("**P-HDR-1 — \"ĐẢNG CỘNG SẢN VIỆT NAM\".**"), "{}", rule.text);
        assert!(rule.text.contains("15 pt"), "{}", rule.text);
        assert!(!rule.text.contains("P-HDR-2 —"), "{}", rule.text);
        let kg = get("P-KG-1").unwrap();
        assert!(kg.text.contains("P-KT-1"), "the list under P-KG-1 belongs to it: {}", kg.text);
        // Every rule split out is one `verify` reports, and every one it
        // reports has its paragraphs (tests/rule_matrix.rs checks the prose too).
        for rule in all() {
            assert!(crate::verify::RULE_IDS.contains(&rule.id) || rule.id == "P-SRC-1", "{} is not a page rule", rule.id);
        }
        let missing: Vec<&str> = crate::verify::RULE_IDS.iter().copied().filter(|id| get(id).is_none()).collect();
        assert!(missing.is_empty(), "{missing:?}");
        assert_eq!(read("kehoach://rules/P-HDR-2").map(|t| t.contains("title")), Some(true));
        assert!(read("kehoach://rules/P-NONE-1").is_none() && read("file:///etc/passwd").is_none());
    }
}
