//! Structural check of a TOML document against the JSON Schema of its kind,
//! reporting **every** unknown key, missing field and wrong type at once, each
//! at its exact place (serde alone stops at the first problem).
//!
//! The schema is the one `kehoach schema` prints, derived from the same serde
//! model the loader uses, so the two cannot disagree.

use serde_json::Value as Json;
use toml::de::{DeTable, DeValue};
use toml::Spanned;

use crate::diagnostic::{closest, Diagnostic};

/// Checks a parsed table against a schema; returns the problems found.
pub fn check(file: &str, source: &str, table: &Spanned<DeTable<'_>>, schema: &Json) -> Vec<Diagnostic> {
    let mut walker = Walker { file, source, defs: schema.get("$defs"), out: Vec::new() };
    walker.table(table.get_ref(), table.span(), schema, "");
    walker.out
}

struct Walker<'a> {
    file: &'a str,
    source: &'a str,
    defs: Option<&'a Json>,
    out: Vec<Diagnostic>,
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

fn describe(kind: &str) -> &str {
    match kind {
        "string" => "a string (\"…\")",
        "integer" => "a whole number",
        "number" => "a number",
        "boolean" => "true or false",
        "array" => "a list ([…])",
        "object" => "a table ({ … } or [section])",
        "date" => "a date",
        other => other,
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
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

    fn value(&mut self, v: &Spanned<DeValue<'_>>, schema: &'a Json, path: &str) {
        if self.out.len() >= crate::check::limits::MAX_DIAGNOSTICS {
            return; // enough to fix first; bounded work for a flood of problems
        }
        if !self.accepts(schema, v.get_ref()) {
            let expected: Vec<&str> = self.types(schema).into_iter().filter(|t| *t != "null").map(describe).collect();
            let mut expected = expected;
            expected.dedup();
            self.out.push(
                Diagnostic::error(
                    self.file,
                    format!("expected {}, found {}", expected.join(" or "), describe(kind_of(v.get_ref()))),
                )
                .at(self.source, v.span())
                .with_field(path),
            );
            return;
        }
        let s = self.resolve(schema);
        if let (DeValue::Integer(i), Some(min)) = (v.get_ref(), s.get("minimum").and_then(Json::as_i64)) {
            if i.to_string().parse::<i64>().is_ok_and(|n| n < min) {
                self.out.push(
                    Diagnostic::error(self.file, format!("expected a whole number of at least {min}, found {i}"))
                        .at(self.source, v.span())
                        .with_field(path),
                );
                return;
            }
        }
        // Choose the alternative of an anyOf that fits the value's kind.
        let s = match s.get("anyOf").and_then(Json::as_array) {
            Some(alts) => match alts.iter().find(|alt| {
                let t = self.types(alt);
                !t.is_empty() && t.contains(&kind_of(v.get_ref()))
            }) {
                Some(alt) => self.resolve(alt),
                None => return,
            },
            None => s,
        };
        match v.get_ref() {
            DeValue::Table(t) => self.table(t, v.span(), s, path),
            DeValue::Array(items) => {
                if let Some(item_schema) = s.get("items") {
                    for (i, item) in items.iter().enumerate() {
                        self.value(item, item_schema, &format!("{path}[{i}]"));
                    }
                }
            }
            _ => {}
        }
    }

    fn table(&mut self, t: &DeTable<'_>, span: std::ops::Range<usize>, schema: &'a Json, path: &str) {
        let schema = self.resolve(schema);
        let Some(props) = schema.get("properties").and_then(Json::as_object) else { return };
        let closed = schema.get("additionalProperties") == Some(&Json::Bool(false));
        let mut suggested: Vec<&str> = Vec::new();
        for (key, value) in t.iter() {
            if self.out.len() >= crate::check::limits::MAX_DIAGNOSTICS {
                return;
            }
            let name: &str = key.get_ref();
            match props.get(name) {
                Some(prop) => self.value(value, prop, &join(path, name)),
                None if closed => {
                    let mut d = Diagnostic::error(self.file, format!("unknown field `{name}`"))
                        .at(self.source, key.span())
                        .with_field(join(path, name));
                    d = match closest(name, props.keys().map(String::as_str)) {
                        Some(c) => {
                            suggested.push(c);
                            d.with_hint(format!("did you mean `{c}`?"))
                        }
                        None => {
                            let keys: Vec<&str> = props.keys().map(String::as_str).collect();
                            d.with_hint(format!("the fields allowed here are: {}", keys.join(", ")))
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
                if t.get(key).is_none() && !suggested.contains(&key) {
                    let at = if path.is_empty() { "the top level".to_owned() } else { format!("[{path}]") };
                    self.out.push(
                        Diagnostic::error(self.file, format!("missing field `{key}` in {at}"))
                            .at(self.source, span.start..span.start)
                            .with_field(join(path, key))
                            .with_hint("add the field; `kehoach new ke-hoach` prints a complete example"),
                    );
                }
            }
        }
    }
}
