//! Structural check of a TOML document against the JSON Schema of its kind,
//! reporting **every** unknown key, missing field and wrong type at once, each
//! at its exact place (serde alone stops at the first problem).
//!
//! The schema is the one `kehoach schema` prints, derived from the same serde
//! model the loader uses, so the two cannot disagree.

use std::ops::Range;

use serde_json::Value as Json;
use toml::de::DeValue;

use crate::diagnostic::{closest, ids, Diagnostic};
use crate::load::tree::{join, Tree};

/// Checks a parsed table against a schema; returns the problems found.
pub fn check(file: &str, source: &str, tree: &Tree<'_>, schema: &Json) -> Vec<Diagnostic> {
    walk(file, source, tree, schema).out
}

/// A misspelt key that has exactly one key allowed in its place near it, and
/// whose table does not have that key already: renaming it cannot change
/// the meaning (`kehoach check --fix`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rename {
    /// The field path of the misspelt key.
    pub path: String,
    /// The key's span in the source.
    pub span: Range<usize>,
    /// The key to write instead.
    pub to: String,
}

/// Every misspelt key with a single candidate (see [`Rename`]).
pub fn renames(tree: &Tree<'_>, schema: &Json) -> Vec<Rename> {
    walk("", "", tree, schema).renames
}

fn walk<'a>(file: &'a str, source: &'a str, tree: &'a Tree<'a>, schema: &'a Json) -> Walker<'a> {
    let mut walker = Walker { file, source, tree, defs: schema.get("$defs"), out: Vec::new(), renames: Vec::new() };
    walker.table(0, schema);
    walker
}

struct Walker<'a> {
    file: &'a str,
    source: &'a str,
    tree: &'a Tree<'a>,
    defs: Option<&'a Json>,
    out: Vec<Diagnostic>,
    renames: Vec<Rename>,
}

fn kind_of(v: &DeValue<'_>) -> &'static str {
    match v {
        DeValue::String(_) => "string",
        DeValue::Integer(_) => "integer",
        DeValue::Float(_) => "number",
        DeValue::Boolean(_) => "boolean",
        DeValue::Datetime(_) => "date",
        DeValue::Array(_) => "array",
        DeValue::Table(_) => "object",
    }
}

fn describe(kind: &str) -> String {
    match kind {
        "string" | "integer" | "number" | "boolean" | "array" | "object" | "date" => crate::tr!(&format!("type-{kind}")),
        other => other.to_owned(),
    }
}

impl<'a> Walker<'a> {
    fn resolve(&self, schema: &'a Json) -> &'a Json {
        let mut s = schema;
        for _ in 0..16 {
            match s.get("$ref").and_then(Json::as_str).and_then(|r| r.strip_prefix("#/$defs/")) {
                Some(name) => match self.defs.and_then(|d| d.get(name)) {
                    Some(def) => s = def,
                    None => break,
                },
                None => break,
            }
        }
        s
    }

    /// The JSON types a schema accepts ("string", "array" …); empty = any.
    fn types(&self, schema: &'a Json) -> Vec<&'a str> {
        let s = self.resolve(schema);
        if let Some(any) = s.get("anyOf").and_then(Json::as_array) {
            return any.iter().flat_map(|alt| self.types(alt)).collect();
        }
        // An enum of constants (`status`): their types, or any when one alternative says none.
        if let Some(one) = s.get("oneOf").and_then(Json::as_array) {
            let each: Vec<Vec<&str>> = one.iter().map(|alt| self.types(alt)).collect();
            return if each.iter().any(Vec::is_empty) { Vec::new() } else { each.concat() };
        }
        match s.get("type") {
            Some(Json::String(t)) => vec![t.as_str()],
            Some(Json::Array(ts)) => ts.iter().filter_map(Json::as_str).collect(),
            _ => Vec::new(),
        }
    }

    fn accepts(&self, schema: &'a Json, v: &DeValue<'_>) -> bool {
        let types = self.types(schema);
        let kind = kind_of(v);
        types.is_empty()
            || types.iter().any(|t| {
                *t == kind || (*t == "number" && kind == "integer") || (*t == "string" && kind == "date")
            })
    }

    fn value(&mut self, node: usize, schema: &'a Json) {
        if self.out.len() >= crate::check::limits::MAX_DIAGNOSTICS {
            return; // enough to fix first; bounded work for a flood of problems
        }
        let n = &self.tree.nodes()[node];
        if !self.accepts(schema, n.value) {
            let mut expected: Vec<String> = self.types(schema).into_iter().filter(|t| *t != "null").map(describe).collect();
            expected.dedup();
            let expected = expected.join(&crate::tr!("word-or"));
            self.out.push(
                Diagnostic::error(self.file, crate::tr!("expected-found", expected = expected, found = describe(kind_of(n.value))))
                    .with_id(ids::WRONG_TYPE)
                    .at(self.source, n.span.clone())
                    .with_field(&n.path),
            );
            return;
        }
        let s = self.resolve(schema);
        if let (DeValue::Integer(i), Some(min)) = (n.value, s.get("minimum").and_then(Json::as_i64)) {
            if i.to_string().parse::<i64>().is_ok_and(|v| v < min) {
                self.out.push(
                    Diagnostic::error(self.file, crate::tr!("expected-at-least", min = min, found = i))
                        .with_id(ids::INVALID_VALUE)
                        .at(self.source, n.span.clone())
                        .with_field(&n.path),
                );
                return;
            }
        }
        // Choose the alternative of an anyOf that fits the value's kind.
        let s = match s.get("anyOf").and_then(Json::as_array) {
            Some(alts) => match alts.iter().find(|alt| {
                let t = self.types(alt);
                !t.is_empty() && t.contains(&kind_of(n.value))
            }) {
                Some(alt) => self.resolve(alt),
                None => return,
            },
            None => s,
        };
        match n.value {
            DeValue::Table(_) => self.table(node, s),
            DeValue::Array(_) => {
                if let Some(item_schema) = s.get("items") {
                    for &item in &n.children {
                        self.value(item, item_schema);
                    }
                }
            }
            _ => {}
        }
    }

    fn table(&mut self, node: usize, schema: &'a Json) {
        let schema = self.resolve(schema);
        let Some(props) = schema.get("properties").and_then(Json::as_object) else { return };
        let closed = schema.get("additionalProperties") == Some(&Json::Bool(false));
        let tree = self.tree;
        let n = &tree.nodes()[node];
        let mut suggested: Vec<&str> = Vec::new();
        for &child in &n.children {
            if self.out.len() >= crate::check::limits::MAX_DIAGNOSTICS {
                return;
            }
            let c = &tree.nodes()[child];
            let name = c.key.unwrap_or_default();
            match props.get(name) {
                Some(prop) => self.value(child, prop),
                None if closed => {
                    let mut d = Diagnostic::error(self.file, crate::tr!("unknown-field", name = name))
                        .with_id(ids::UNKNOWN_FIELD)
                        .at(self.source, c.key_span.clone().unwrap_or(c.span.clone()))
                        .with_field(&c.path);
                    d = match closest(name, props.keys().map(String::as_str)) {
                        Some(s) => {
                            suggested.push(s);
                            let near = props.keys().filter(|k| closest(name, std::iter::once(k.as_str())).is_some()).count();
                            let taken = n.children.iter().any(|&o| tree.nodes()[o].key == Some(s));
                            if let (1, false, Some(span)) = (near, taken, c.key_span.clone()) {
                                self.renames.push(Rename { path: c.path.clone(), span, to: s.to_owned() });
                            }
                            d.with_hint(crate::tr!("did-you-mean", name = s))
                        }
                        None => {
                            let keys: Vec<&str> = props.keys().map(String::as_str).collect();
                            d.with_hint(crate::tr!("fields-allowed", fields = keys.join(", ")))
                        }
                    };
                    self.out.push(d);
                }
                None => {}
            }
        }
        if let Some(required) = schema.get("required").and_then(Json::as_array) {
            for key in required.iter().filter_map(Json::as_str) {
                // A misspelt key already says "did you mean `key`?".
                let present = n.children.iter().any(|&c| tree.nodes()[c].key == Some(key));
                if !present && !suggested.contains(&key) {
                    let at = if n.path.is_empty() { crate::tr!("the-top-level") } else { format!("[{}]", n.path) };
                    self.out.push(
                        Diagnostic::error(self.file, crate::tr!("missing-field-in", key = key, table = at))
                            .with_id(ids::MISSING_FIELD)
                            .at(self.source, n.span.start..n.span.start)
                            .with_field(join(&n.path, key))
                            .with_hint(crate::tr!("hint-add-field")),
                    );
                }
            }
        }
    }
}
