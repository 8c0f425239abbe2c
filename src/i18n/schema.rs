//! The JSON Schemas `kehoach schema` prints (a kind's, `metadata`,
//! `kehoach.toml`), in the user's language: an editor shows their
//! descriptions as hover text and completion notes.
//!
//! The English doc comments of the data model stay the source of truth
//! (schemars turns them into the descriptions). `locales/vi/schema.toml`
//! gives each English text, exactly as a schema carries it, its
//! Vietnamese; [`localize`] swaps them in when the schema is printed, by
//! walking its JSON. The schema the checks validate input with
//! (`load::schema_of`) is never touched. `tests/schema_vietnamese.rs` fails
//! on a description without its Vietnamese and on a translation no schema
//! carries any more.

use std::collections::HashMap;
use std::sync::LazyLock;

use serde_json::Value;

use super::Lang;

/// One entry of `locales/vi/schema.toml`: `[[text]]` with `en` and `vi`.
#[derive(serde::Deserialize)]
struct Entry {
    en: String,
    vi: String,
}

#[derive(serde::Deserialize)]
struct File {
    text: Vec<Entry>,
}

fn parsed() -> Result<File, String> {
    toml::from_str::<File>(crate::assets::SCHEMA_VI).map_err(|e| format!("locales/vi/schema.toml: {e}"))
}

static VI: LazyLock<HashMap<String, String>> =
    LazyLock::new(|| parsed().map(|f| f.text.into_iter().map(|e| (e.en, e.vi)).collect()).unwrap_or_default());

/// The translations of a language, (English, translation), in file order
/// (none for English).
pub fn translations(lang: Lang) -> Vec<(String, String)> {
    match lang {
        Lang::En => Vec::new(),
        Lang::Vi => parsed().map(|f| f.text.into_iter().map(|e| (e.en, e.vi)).collect()).unwrap_or_default(),
    }
}

/// The syntax error of `locales/vi/schema.toml`, if any (none in a good build).
pub fn parse_error() -> Option<String> {
    parsed().err()
}

/// A printed schema in a language: English returns `text` unchanged; in
/// Vietnamese every `description` and `title` that has a translation is
/// replaced (one without keeps its English), the rest of the JSON the same.
pub fn localize(text: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return text.to_owned();
    }
    let Ok(mut schema) = serde_json::from_str::<Value>(text) else { return text.to_owned() };
    visit(&mut schema, &mut |s: &mut String| {
        if let Some(vi) = VI.get(s.as_str()) {
            vi.clone_into(s);
        }
    });
    let mut out = serde_json::to_string_pretty(&schema).unwrap_or_else(|_| text.to_owned());
    if text.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// Every `description` and `title` of a schema, in order, repeats included.
pub fn texts(schema: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut copy = schema.clone();
    visit(&mut copy, &mut |s: &mut String| out.push(s.clone()));
    out
}

/// Keywords whose value is data, not a schema: never walked.
const DATA: &[&str] = &["default", "examples", "const", "enum"];
/// Keywords whose value maps names to schemas: a key named "description"
/// there is a property, not a text.
const NAMED: &[&str] = &["properties", "$defs", "definitions", "patternProperties", "dependentSchemas"];

/// Calls `f` on each `description` and `title` text of a schema.
fn visit(schema: &mut Value, f: &mut impl FnMut(&mut String)) {
    match schema {
        Value::Object(map) => {
            for (key, value) in map.iter_mut() {
                match value {
                    Value::String(s) if key == "description" || key == "title" => f(s),
                    _ if DATA.contains(&key.as_str()) => {}
                    Value::Object(named) if NAMED.contains(&key.as_str()) => named.values_mut().for_each(|v| visit(v, f)),
                    _ => visit(value, f),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| visit(v, f)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Only the keywords are translated: not a property named "title" or
    /// "description", nor data (`default`, `examples`, `const`, `enum`).
    #[test]
    fn only_description_and_title_keywords_are_translated() {
        let text = r#"{"title":"Left-aligned.","properties":{"description":{"description":"Left-aligned.","default":{"description":"Left-aligned."},"enum":["Left-aligned."]},"title":{"type":"string"}}}"#;
        let out: Value = serde_json::from_str(&localize(text, Lang::Vi)).unwrap();
        assert_eq!(out["title"], "Căn trái.");
        assert_eq!(out["properties"]["description"]["description"], "Căn trái.");
        assert_eq!(out["properties"]["description"]["default"]["description"], "Left-aligned.");
        assert_eq!(out["properties"]["description"]["enum"][0], "Left-aligned.");
        assert_eq!(out["properties"]["title"]["type"], "string");
        assert_eq!(texts(&serde_json::from_str(text).unwrap()), ["Left-aligned.", "Left-aligned."]);
        assert_eq!(localize(text, Lang::En), text);
        assert_eq!(localize("not json", Lang::Vi), "not json");
    }
}
