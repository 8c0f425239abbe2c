//! What an assistant needs to write a document of a kind: the JSON Schema
//! (walked here to find a field's description and whether it is a date),
//! the blueprint (the kind's starter, `kehoach new <kind>`, as JSON: a
//! minimal valid document), every field of it described, and the order in
//! which a person writes the keys (the starters' order, which
//! [`super::compose`] follows).

use std::collections::HashMap;

use serde_json::{json, Map, Value};
use toml::de::{DeTable, DeValue};

use crate::model::Kind;

/// The JSON Schema of a kind's document, as a value.
pub fn schema(kind: Kind) -> Value {
    serde_json::from_str(&crate::json_schema(kind)).unwrap_or(Value::Null)
}

/// A place in the JSON Schema: follows `$ref`, `anyOf` and `oneOf` to the
/// properties and items a value at that place may have.
#[derive(Clone, Copy)]
pub struct Cursor<'a> {
    root: &'a Value,
    node: Option<&'a Value>,
}

impl<'a> Cursor<'a> {
    /// The document's own schema.
    pub fn root(root: &'a Value) -> Self {
        Cursor { root, node: Some(root) }
    }

    /// The node a `$ref` names, followed a bounded number of times.
    fn resolve(&self, mut node: &'a Value) -> &'a Value {
        for _ in 0..16 {
            let Some(name) = node.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix("#/$defs/")) else { break };
            match self.root.get("$defs").and_then(|d| d.get(name)) {
                Some(target) => node = target,
                None => break,
            }
        }
        node
    }

    /// The node and the members of its `anyOf` / `oneOf`, resolved.
    fn branches(&self) -> Vec<&'a Value> {
        let mut out = Vec::new();
        let mut stack: Vec<&'a Value> = self.node.into_iter().collect();
        while let Some(node) = stack.pop() {
            let node = self.resolve(node);
            out.push(node);
            for key in ["anyOf", "oneOf", "allOf"] {
                if let Some(members) = node.get(key).and_then(Value::as_array) {
                    stack.extend(members.iter().take(32));
                }
            }
            if out.len() > 64 {
                break;
            }
        }
        out
    }

    fn to(&self, node: Option<&'a Value>) -> Cursor<'a> {
        Cursor { root: self.root, node }
    }

    /// The schema of a key of this object.
    pub fn key(&self, key: &str) -> Cursor<'a> {
        self.to(self.branches().into_iter().find_map(|b| b.get("properties").and_then(|p| p.get(key))))
    }

    /// The schema of the items of this array.
    pub fn item(&self) -> Cursor<'a> {
        self.to(self.branches().into_iter().find_map(|b| b.get("items").filter(|i| i.is_object())))
    }

    /// Whether a value here is a date (`DocDate`): written as a TOML date.
    pub fn is_date(&self) -> bool {
        let Some(node) = self.node else { return false };
        let is_ref = |n: &Value| n.get("$ref").and_then(Value::as_str).is_some_and(|r| r.ends_with("/DocDate"));
        is_ref(node) || ["anyOf", "oneOf"].iter().any(|k| node.get(k).and_then(Value::as_array).is_some_and(|m| m.iter().any(is_ref)))
    }

    /// The description of the field here (the property's own, else its type's).
    pub fn description(&self) -> Option<&'a str> {
        let node = self.node?;
        node.get("description").or_else(|| self.resolve(node).get("description")).and_then(Value::as_str)
    }
}

/// The path of a value with array indices left out (`content.sectors.items`):
/// the key of [`Order`] and of the starters' notes.
pub fn plain_path(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_owned()
    } else {
        format!("{parent}.{key}")
    }
}

/// The order in which a person writes the keys: the kind's starter first,
/// then every other kind's starter, for keys the kind's own does not use.
pub struct Order {
    rank: HashMap<String, (usize, usize)>,
    /// Lists of tables and how the starters write them: `true` as
    /// `[[header]]` blocks, `false` inline (`columns = [{ header = "TT" }]`).
    blocks: HashMap<String, bool>,
}

impl Order {
    /// The order of a kind's keys.
    pub fn of(kind: Kind) -> Order {
        let mut rank = HashMap::new();
        let mut blocks = HashMap::new();
        let others = Kind::ALL.iter().copied().filter(|k| *k != kind);
        for (n, k) in std::iter::once(kind).chain(others).enumerate() {
            let source = crate::starter(k);
            let Ok(table) = DeTable::parse(source) else { continue };
            walk_keys(table.get_ref(), "", &mut |path, start, value| {
                rank.entry(path.to_owned()).or_insert((n, start));
                if matches!(value, DeValue::Array(items) if !items.is_empty() && items.iter().all(|i| matches!(i.get_ref(), DeValue::Table(_)))) {
                    let header = format!("[[{path}]]");
                    blocks.entry(path.to_owned()).or_insert_with(|| source.lines().any(|l| l.trim_start().starts_with(&header)));
                }
            });
        }
        Order { rank, blocks }
    }

    /// Whether the starters write the list of tables at a plain path as
    /// `[[header]]` blocks; `None` when no starter has it.
    pub fn blocks(&self, path: &str) -> Option<bool> {
        self.blocks.get(path).copied()
    }

    /// Sorts the keys of a table at a plain path: the starters' order, then
    /// keys no starter has, by name.
    pub fn sort<'v>(&self, parent: &str, map: &'v Map<String, Value>) -> Vec<(&'v String, &'v Value)> {
        let mut entries: Vec<_> = map.iter().collect();
        entries.sort_by_key(|(k, _)| (self.rank.get(&plain_path(parent, k)).copied().unwrap_or((usize::MAX, 0)), (*k).clone()));
        entries
    }
}

/// Calls `f(plain path, key offset, value)` for every key of a parsed
/// starter, in and under arrays of tables.
fn walk_keys(table: &DeTable<'_>, parent: &str, f: &mut impl FnMut(&str, usize, &DeValue<'_>)) {
    for (key, value) in table.iter() {
        let path = plain_path(parent, key.get_ref());
        f(&path, key.span().start, value.get_ref());
        walk_value(value.get_ref(), &path, f);
    }
}

fn walk_value(value: &DeValue<'_>, path: &str, f: &mut impl FnMut(&str, usize, &DeValue<'_>)) {
    match value {
        DeValue::Table(t) => walk_keys(t, path, f),
        DeValue::Array(items) => items.iter().for_each(|i| walk_value(i.get_ref(), path, f)),
        _ => {}
    }
}

/// The blueprint of a kind: its starter as JSON (dates as "YYYY-MM-DD"
/// strings), without `kind`, which `compose` takes on its own.
pub fn blueprint(kind: Kind) -> Value {
    let mut value = toml::from_str::<toml::Table>(crate::starter(kind)).map(|t| to_json(&toml::Value::Table(t))).unwrap_or(Value::Null);
    if let Some(map) = value.as_object_mut() {
        map.remove("kind");
    }
    value
}

fn to_json(value: &toml::Value) -> Value {
    match value {
        toml::Value::String(s) => Value::String(s.clone()),
        toml::Value::Integer(i) => json!(i),
        toml::Value::Float(f) => json!(f),
        toml::Value::Boolean(b) => Value::Bool(*b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(items) => Value::Array(items.iter().map(to_json).collect()),
        toml::Value::Table(t) => Value::Object(t.iter().map(|(k, v)| (k.clone(), to_json(v))).collect()),
    }
}

/// The comments a starter writes after a key on its line, by plain path.
fn notes(kind: Kind) -> HashMap<String, String> {
    let source = crate::starter(kind);
    let mut notes = HashMap::new();
    if let Ok(table) = DeTable::parse(source) {
        walk_keys(table.get_ref(), "", &mut |path, start, _| {
            let line_end = source[start..].find('\n').map_or(source.len(), |i| start + i);
            if let Some(comment) = comment_of(&source[start..line_end]) {
                notes.entry(path.to_owned()).or_insert(comment);
            }
        });
    }
    notes
}

/// The comment of a line of TOML: after the first `#` outside a string.
fn comment_of(line: &str) -> Option<String> {
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        match (quote, c) {
            (Some('"'), '\\') if !escaped => {
                escaped = true;
                continue;
            }
            (Some(q), c) if c == q && !escaped => quote = None,
            (None, '"' | '\'') => quote = Some(c),
            (None, '#') => return Some(line[i + 1..].trim().to_owned()).filter(|s| !s.is_empty()),
            _ => {}
        }
        escaped = false;
    }
    None
}

/// Every value of the blueprint with its JSON pointer, the schema's
/// description of the field and the starter's note on it.
pub fn described_fields(kind: Kind, blueprint: &Value, schema: &Value) -> Vec<Value> {
    let notes = notes(kind);
    let mut out = Vec::new();
    describe(blueprint, Cursor::root(schema), "", "", &notes, &mut out);
    out
}

fn describe(value: &Value, at: Cursor<'_>, pointer: &str, plain: &str, notes: &HashMap<String, String>, out: &mut Vec<Value>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                let pointer = format!("{pointer}/{}", super::pointer::escape(key));
                let plain = plain_path(plain, key);
                let cursor = at.key(key);
                let mut entry = json!({ "pointer": pointer, "description": cursor.description() });
                if let Some(note) = notes.get(&plain) {
                    entry["note"] = Value::String(note.clone());
                }
                out.push(entry);
                describe(v, cursor, &pointer, &plain, notes, out);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate().filter(|(_, i)| i.is_object()) {
                describe(item, at.item(), &format!("{pointer}/{i}"), plain, notes, out);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_blueprint_is_the_starter_and_every_field_is_described() {
        let kind = Kind::from_id("giay-moi").unwrap();
        let blueprint = blueprint(kind);
        assert_eq!(blueprint["invitation"]["day"], "2026-12-28");
        assert!(blueprint.get("kind").is_none());
        let fields = described_fields(kind, &blueprint, &schema(kind));
        let time = fields.iter().find(|f| f["pointer"] == "/invitation/time").unwrap();
        assert!(time["description"].as_str().unwrap().contains("HH:MM"), "{time}");
        assert!(time["note"].as_str().unwrap().contains("08 giờ 00 phút"), "{time}");
        assert!(fields.iter().all(|f| f["description"].is_string()), "{fields:?}");
    }

    #[test]
    fn dates_are_found_through_references_and_options() {
        let s = schema(Kind::from_id("giay-moi").unwrap());
        let root = Cursor::root(&s);
        assert!(root.key("date").is_date());
        assert!(root.key("invitation").key("day").is_date());
        assert!(!root.key("invitation").key("time").is_date());
        assert!(!root.key("no-such-key").is_date());
    }

    #[test]
    fn comments_are_found_outside_strings() {
        assert_eq!(comment_of("a = \"x # y\"  # the note").as_deref(), Some("the note"));
        assert_eq!(comment_of("a = 'x # y'"), None);
        assert_eq!(comment_of("a = \"x \\\" # y\""), None);
    }
}
