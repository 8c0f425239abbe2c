//! Diagnostics for machines: GitHub workflow annotations
//! (`::error file=…,line=…,col=…,title=ID::message`) and SARIF 2.1.0 (the
//! format code-scanning tools read). Both carry every diagnostic's id, place,
//! field path and hint; `kehoach check --format github|sarif` prints them.

use serde_json::{json, Value};

use crate::diagnostic::{Diagnostic, Severity};

/// The id of a diagnostic that has none (none should: see [`crate::diagnostic::ids`]).
const NO_ID: &str = "kehoach";

/// The labels of the field path and the hint, Vietnamese and English.
const FIELD: (&str, &str) = ("trường", "field");
const HINT: (&str, &str) = ("gợi ý", "hint");

fn label(l: (&'static str, &'static str), vi: bool) -> &'static str {
    if vi { l.0 } else { l.1 }
}

/// One GitHub workflow command per diagnostic: `::error file=plan.toml,line=3,col=5,title=ID::message`,
/// the field path and the hint on the message's following lines, labelled
/// in Vietnamese (`vi`) or English.
pub fn github(diagnostics: &[Diagnostic], vi: bool) -> String {
    diagnostics.iter().map(|d| github_line(d, vi)).collect()
}

fn github_line(d: &Diagnostic, vi: bool) -> String {
    let command = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let mut props = vec![format!("file={}", property(&d.file))];
    if let Some(line) = d.line {
        props.push(format!("line={line}"));
    }
    if let Some(col) = d.column {
        props.push(format!("col={col}"));
    }
    props.push(format!("title={}", property(d.id.as_deref().unwrap_or(NO_ID))));
    let mut message = d.message.clone();
    if let Some(field) = &d.field {
        message.push_str(&format!("\n{}: {field}", label(FIELD, vi)));
    }
    if let Some(hint) = &d.hint {
        message.push_str(&format!("\n{}: {hint}", label(HINT, vi)));
    }
    format!("::{command} {}::{}\n", props.join(","), data(&message))
}

/// Escapes a workflow command's message.
fn data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escapes a workflow command's property value.
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

/// A SARIF 2.1.0 log of one run of kehoach: a rule per id met, a result per
/// diagnostic (level, message with the hint, the file, line and column, and
/// the field path as a logical location; the hint labelled in Vietnamese
/// (`vi`) or English).
pub fn sarif(diagnostics: &[Diagnostic], vi: bool) -> Value {
    let mut rules: Vec<&str> = diagnostics.iter().map(|d| d.id.as_deref().unwrap_or(NO_ID)).collect();
    rules.sort_unstable();
    rules.dedup();
    let results: Vec<Value> = diagnostics.iter().map(|d| result(d, &rules, vi)).collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "kehoach",
                "version": env!("CARGO_PKG_VERSION"),
                                "rules": rules.iter().map(|id| json!({ "id": id, "name": id })).collect::<Vec<_>>(),
            }},
            "results": results,
        }],
    })
}

fn result(d: &Diagnostic, rules: &[&str], vi: bool) -> Value {
    let id = d.id.as_deref().unwrap_or(NO_ID);
    let mut text = d.message.clone();
    if let Some(hint) = &d.hint {
        text.push_str(&format!(" ({}: {hint})", label(HINT, vi)));
    }
    let mut region = serde_json::Map::new();
    if let Some(line) = d.line {
        region.insert("startLine".into(), json!(line));
    }
    if let Some(col) = d.column {
        region.insert("startColumn".into(), json!(col));
    }
    let mut physical = json!({ "artifactLocation": { "uri": uri(&d.file) } });
    if !region.is_empty() {
        physical["region"] = Value::Object(region);
    }
    let mut location = json!({ "physicalLocation": physical });
    if let Some(field) = &d.field {
        location["logicalLocations"] = json!([{ "fullyQualifiedName": field, "kind": "member" }]);
    }
    let mut r = json!({
        "ruleId": id,
        "ruleIndex": rules.iter().position(|r| *r == id).unwrap_or(0),
        "level": match d.severity { Severity::Error => "error", Severity::Warning => "warning" },
        "message": { "text": text },
        "locations": [location],
    });
    if let Some(hint) = &d.hint {
        r["properties"] = json!({ "hint": hint });
    }
    r
}

/// A relative URI reference for a file path: forward slashes, spaces and
/// other reserved characters percent-encoded (non-ASCII letters are kept, as
/// IRIs allow).
fn uri(path: &str) -> String {
    let mut out = String::new();
    for c in path.replace('\\', "/").chars() {
        match c {
            ' ' | '%' | '#' | '?' | '[' | ']' | '"' | '<' | '>' | '`' | '{' | '}' | '|' | '^' => {
                let mut buf = [0u8; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    out.push_str(&format!("%{b:02X}"));
                }
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_annotation_escapes_its_message_and_properties() {
        let d = Diagnostic::warning("a,b.toml", "50% done\nnext").with_id("duplicate-number").with_hint("use: 16");
        assert_eq!(
            github(&[d.clone()], false),
            "::warning file=a%2Cb.toml,title=duplicate-number::50%25 done%0Anext%0Ahint: use: 16\n"
        );
        assert!(github(&[d], true).ends_with("%0Agợi ý: use: 16\n"));
        assert_eq!(uri("kế hoạch\\a b.toml"), "kế%20hoạch/a%20b.toml");
    }
}
