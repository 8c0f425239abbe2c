//! `compose`: a kind and the document's fields as JSON → the TOML text of
//! the plan, written the way a person writes it: `kind` first, then the
//! top-level values, then each table under its `[header]` and each list of
//! tables as `[[header]]` blocks, keys in the order of the starters
//! ([`super::blueprint::Order`]), dates as TOML dates, short lists on one line.
//!
//! Before any TOML is written the JSON is held to the command line's input
//! limits (`crate::check::limits`), every problem located by its JSON
//! pointer: a 10 MB string is refused at its own field, not as a 10 MB file.
//! The TOML then goes through `crate::prepare` like any file, and the
//! caller maps each diagnostic's field back to a pointer ([`super::pointer`]).

use serde_json::{Map, Value};

use super::blueprint::{plain_path, Cursor, Order};
use super::{messages, pointer};
use crate::check::limits;
use crate::model::Kind;

/// A problem found in the JSON before any TOML is written.
#[derive(Debug)]
pub struct Problem {
    /// JSON pointer into the fields.
    pub pointer: String,
    /// What is wrong and what to do.
    pub message: String,
}

/// The TOML text of a document of `kind` with these fields, or every
/// problem that keeps it from being written.
pub fn compose(kind: Kind, fields: &Value) -> Result<String, Vec<Problem>> {
    let Some(map) = fields.as_object() else {
        return Err(vec![Problem { pointer: String::new(), message: messages::fields_not_object() }]);
    };
    let mut problems = Vec::new();
    match map.get("kind") {
        Some(Value::String(k)) if k == kind.id() => {}
        Some(_) => problems.push(Problem { pointer: "/kind".into(), message: messages::kind_mismatch(kind.id()) }),
        None => {}
    }
    let mut budget = Budget::default();
    limits_of(fields, "", 0, &mut budget, &mut problems);
    if !problems.is_empty() {
        return Err(problems);
    }
    let schema = super::blueprint::schema(kind);
    let writer = Writer { order: Order::of(kind) };
    let mut out = format!("kind = {}\n", quote(kind.id()));
    let mut rest = map.clone();
    rest.remove("kind");
    writer.table(&mut out, &[], "", Cursor::root(&schema), &rest);
    Ok(out)
}

/// What the whole document has used of the limits so far.
#[derive(Default)]
struct Budget {
    values: usize,
    text: usize,
}

/// Checks the JSON against the input limits, recording each problem at
/// its pointer (at most `MAX_DIAGNOSTICS`).
fn limits_of(value: &Value, at: &str, depth: usize, budget: &mut Budget, problems: &mut Vec<Problem>) {
    if problems.len() >= limits::MAX_DIAGNOSTICS {
        return;
    }
    let mut problem = |message: String| problems.push(Problem { pointer: at.to_owned(), message });
    budget.values += 1;
    if budget.values == limits::MAX_VALUES + 1 {
        return problem(messages::too_many_values(limits::MAX_VALUES));
    }
    if depth > limits::MAX_TOML_DEPTH {
        return problem(messages::too_deep(limits::MAX_TOML_DEPTH));
    }
    match value {
        Value::Null => problem(messages::null_value()),
        Value::Number(n) if n.is_u64() && n.as_i64().is_none() => {
            problem(messages::number_too_large(&n.to_string()))
        }
        Value::String(s) => {
            if s.len() > limits::MAX_STRING_BYTES {
                return problem(messages::string_too_long(s.len(), limits::MAX_STRING_BYTES));
            }
            budget.text += s.len();
            if budget.text > limits::MAX_TEXT_BYTES && budget.text - s.len() <= limits::MAX_TEXT_BYTES {
                problem(messages::text_too_long(limits::MAX_TEXT_BYTES));
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                limits_of(item, &format!("{at}/{i}"), depth + 1, budget, problems);
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                if key.len() > limits::MAX_STRING_BYTES {
                    problems.push(Problem { pointer: at.to_owned(), message: messages::string_too_long(key.len(), limits::MAX_STRING_BYTES) });
                    continue;
                }
                limits_of(item, &format!("{at}/{}", pointer::escape(key)), depth + 1, budget, problems);
            }
        }
        _ => {}
    }
}

/// Writes tables and values in the starters' order.
struct Writer {
    order: Order,
}

/// Whether a value is a non-empty list of tables.
fn is_table_list(value: &Value) -> bool {
    value.as_array().is_some_and(|items| !items.is_empty() && items.iter().all(Value::is_object))
}

/// Longest table of a list that no starter has still written inline.
const INLINE_TABLE_CHARS: usize = 60;

impl Writer {
    /// Whether a list of tables at a plain path is written as `[[header]]`
    /// blocks: as the starters write it, else when one of its tables holds
    /// a table or a list, or is long.
    fn as_blocks(&self, plain: &str, value: &Value, at: Cursor<'_>) -> bool {
        if !is_table_list(value) {
            return false;
        }
        self.order.blocks(plain).unwrap_or_else(|| {
            value.as_array().into_iter().flatten().any(|item| {
                item.as_object().is_some_and(|o| o.values().any(|v| v.is_object() || v.is_array()))
                    || self.inline(item, at.item(), 0).chars().count() > INLINE_TABLE_CHARS
            })
        })
    }

    /// The body of a table: its plain values, then its tables and lists of
    /// tables, each under its header (`header` is the table's own key path).
    fn table(&self, out: &mut String, header: &[&str], plain: &str, at: Cursor<'_>, map: &Map<String, Value>) {
        let entries = self.order.sort(plain, map);
        let blocks = |key: &str, value: &Value| value.is_object() || self.as_blocks(&plain_path(plain, key), value, at.key(key));
        for (key, value) in &entries {
            if !blocks(key, value) {
                out.push_str(&format!("{} = {}\n", bare_or_quoted(key), self.inline(value, at.key(key), key.len() + 3)));
            }
        }
        for (key, value) in &entries {
            let mut path = header.to_vec();
            path.push(key.as_str());
            let name = path.iter().map(|k| bare_or_quoted(k)).collect::<Vec<_>>().join(".");
            let plain = plain_path(plain, key);
            match value {
                Value::Object(inner) => {
                    out.push_str(&format!("\n[{name}]\n"));
                    self.table(out, &path, &plain, at.key(key), inner);
                }
                Value::Array(items) if blocks(key, value) => {
                    for item in items {
                        out.push_str(&format!("\n[[{name}]]\n"));
                        self.table(out, &path, &plain, at.key(key).item(), item.as_object().unwrap_or(&Map::new()));
                    }
                }
                _ => {}
            }
        }
    }

    /// A value on the line of its key (`indent` columns already used).
    fn inline(&self, value: &Value, at: Cursor<'_>, indent: usize) -> String {
        match value {
            Value::String(s) if at.is_date() && is_date(s) => s.clone(),
            Value::String(s) => quote(s),
            Value::Number(n) => match (n.as_i64(), n.as_f64()) {
                (Some(i), _) => i.to_string(),
                (None, Some(f)) => format!("{f:?}"),
                _ => n.to_string(),
            },
            Value::Bool(b) => b.to_string(),
            Value::Null => "\"\"".into(),
            Value::Array(items) => {
                let parts: Vec<String> = items.iter().map(|i| self.inline(i, at.item(), 4)).collect();
                let one_line = format!("[{}]", parts.join(", "));
                if indent + one_line.chars().count() <= 100 || parts.len() <= 1 {
                    one_line
                } else {
                    format!("[\n{}]", parts.iter().map(|p| format!("    {p},\n")).collect::<String>())
                }
            }
            Value::Object(map) => {
                let parts: Vec<String> = self
                    .order
                    .sort("", map)
                    .into_iter()
                    .map(|(k, v)| format!("{} = {}", bare_or_quoted(k), self.inline(v, at.key(k), 0)))
                    .collect();
                if parts.is_empty() {
                    "{}".into()
                } else {
                    format!("{{ {} }}", parts.join(", "))
                }
            }
        }
    }
}

/// Whether a string is a whole local date TOML accepts (`2026-12-20`).
fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| if i == 4 || i == 7 { *c == b'-' } else { c.is_ascii_digit() })
        && s.parse::<toml::value::Datetime>().is_ok_and(|d| d.date.is_some() && d.time.is_none())
}

/// A key bare when TOML allows it, else quoted.
fn bare_or_quoted(key: &str) -> String {
    if !key.is_empty() && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-') {
        key.to_owned()
    } else {
        quote(key)
    }
}

/// A TOML basic string: quotes, backslashes and control characters escaped.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn giay_moi() -> Kind {
        Kind::from_id("giay-moi").unwrap()
    }

    #[test]
    fn the_blueprint_composes_to_a_valid_plan_in_the_starters_order() {
        let kind = giay_moi();
        let toml = compose(kind, &super::super::blueprint::blueprint(kind)).unwrap();
        crate::prepare("compose.toml", &toml).unwrap();
        let at = |needle: &str| toml.find(needle).unwrap_or_else(|| panic!("{needle} missing from\n{toml}"));
        assert!(toml.starts_with("kind = \"giay-moi\"\n"), "{toml}");
        assert!(at("\ndate = ") < at("\n[issuer]\n"));
        assert!(at("\n[issuer]\n") < at("\n[invitation]\n"));
        assert!(at("\n[invitation]\n") < at("\n[signer]\n"));
        assert!(at("guests = [\"Đồng chí Bí thư chi bộ\"]") < at("time = \"08:00\"") && at("time = ") < at("day = 2026-12-28"));
    }

    /// The keys and headers of a TOML text, in order, comments aside.
    fn keys(toml: &str) -> Vec<String> {
        toml.lines()
            .map(|l| l.split(" #").next().unwrap_or("").trim())
            .filter_map(|l| match l.split_once(" = ") {
                _ if l.starts_with('[') => Some(l.to_owned()),
                Some((key, _)) if key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-') => Some(key.to_owned()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_kinds_blueprint_composes_to_a_valid_plan_with_its_starters_keys_in_order() {
        for &kind in Kind::ALL {
            let toml = compose(kind, &super::super::blueprint::blueprint(kind)).unwrap();
            if let Err(e) = crate::prepare("compose.toml", &toml) {
                panic!("{}: {e}\n{toml}", kind.id());
            }
            assert_eq!(keys(&toml), keys(crate::starter(kind)), "{}:\n{toml}", kind.id());
        }
    }

    #[test]
    fn lists_of_tables_and_hostile_strings_are_written_as_toml_reads_them() {
        let fields = json!({
            "a": [{ "x": 1, "b": { "c": "d" } }, { "x": 2.5 }],
            "s": "q\"\\\u{0}\u{1b}\n\u{85}x",
            "my key": [1, { "y": true }],
        });
        let toml = compose(giay_moi(), &fields).unwrap();
        let back: toml::Table = toml::from_str(&toml).unwrap_or_else(|e| panic!("{e}\n{toml}"));
        assert_eq!(back["s"].as_str(), fields["s"].as_str());
        assert_eq!(back["a"][1]["x"].as_float(), Some(2.5));
        assert_eq!(back["a"][0]["b"]["c"].as_str(), Some("d"));
        assert_eq!(back["my key"][1]["y"].as_bool(), Some(true));
        assert!(toml.contains("\n[[a]]\n") && toml.contains("\n[a.b]\n"), "{toml}");
    }

    #[test]
    fn limits_and_nulls_are_refused_at_their_pointers() {
        let long = "x".repeat(limits::MAX_STRING_BYTES + 1);
        let problems = compose(giay_moi(), &json!({ "invitation": { "guests": ["a", long] }, "place": null, "kind": "ke-hoach" })).unwrap_err();
        let pointers: Vec<&str> = problems.iter().map(|p| p.pointer.as_str()).collect();
        assert_eq!(pointers, ["/kind", "/invitation/guests/1", "/place"]);
        assert!(problems[1].message.contains("65537 bytes"), "{}", problems[1].message);
        assert!(compose(giay_moi(), &json!([1])).unwrap_err()[0].message.contains("JSON object"));
    }
}
