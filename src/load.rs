//! Loading: TOML text → the typed document, with every failure located at
//! file, line, column and field path.

use std::ops::Range;

use serde::de::DeserializeOwned;
use toml::de::{DeTable, DeValue};
use toml::Spanned;

use crate::diagnostic::{closest, unknown_field_hint, Diagnostic};
use crate::model::{Document, Kind};

/// Largest input accepted, in bytes (every limit is in [`crate::check::limits`]).
pub use crate::check::limits::MAX_INPUT_BYTES;

/// Parses a document. `file` is the name used in diagnostics. On success,
/// also returns the warnings found in its text.
pub fn parse(file: &str, source: &str) -> Result<(Document, Vec<Diagnostic>), Vec<Diagnostic>> {
    crate::check::limits::input_size(file, source.len()).map_err(|d| vec![d])?;
    let (table, syntax) = DeTable::parse_recoverable(source);
    if !syntax.is_empty() {
        let located = syntax.iter().take(crate::check::limits::MAX_DIAGNOSTICS);
        return Err(located.map(|e| crate::check::limits::explain_depth(toml_error(file, source, e, None))).collect());
    }
    crate::check::limits::tree(file, source, &table)?;
    let kind_value = table.get_ref().get("kind");
    let kind = match kind_value.map(|v| (v.get_ref(), v.span())) {
        None => {
            return Err(vec![Diagnostic::error(file, "missing field `kind`: which kind of document is this?")
                .at(source, 0..0)
                .with_field("kind")
                .with_hint(format!("add `kind = \"ke-hoach\"` at the top; the kinds are: {}", kind_ids()))])
        }
        Some((DeValue::String(s), span)) => match Kind::from_id(s) {
            Some(k) => k,
            None => {
                let mut d = Diagnostic::error(file, format!("unknown kind `{s}`"))
                    .at(source, span)
                    .with_field("kind");
                d = match closest(s, Kind::ALL.iter().map(|k| k.id())) {
                    Some(c) => d.with_hint(format!("did you mean `{c}`? The kinds are: {}", kind_ids())),
                    None => d.with_hint(format!("the kinds are: {}", kind_ids())),
                };
                return Err(vec![d]);
            }
        },
        Some((_, span)) => {
            return Err(vec![Diagnostic::error(file, "`kind` must be a string such as \"ke-hoach\"")
                .at(source, span)
                .with_field("kind")])
        }
    };
    let mut text = crate::check::text::check(file, source, &table);
    text.extend(crate::check::glyphs::check(file, source, &table));
    // serde stops at the first problem; only when it finds one does the
    // schema walk run, to report every structural problem at once (and the
    // schema is not even built for a valid file).
    let (document, mut problems) = match deserialize::<Document>(file, source, table) {
        Ok(doc) => (Some(doc), Vec::new()),
        Err(first) => {
            // The table went into serde: parse again (only on this path).
            let (table, _) = DeTable::parse_recoverable(source);
            let all = crate::check::schema::check(file, source, &table, schema_of(kind));
            (None, if all.is_empty() { first } else { all })
        }
    };
    problems.extend(text.iter().filter(|d| d.is_error()).cloned());
    match document {
        Some(doc) if problems.is_empty() => Ok((doc, text)),
        _ => {
            problems.extend(text.into_iter().filter(|d| !d.is_error()));
            problems.sort_by_key(|d| (d.line, d.column));
            Err(problems)
        }
    }
}

/// The JSON Schema of a document file, as a JSON value (built once). One
/// schema serves every kind; which parts a kind may use is checked by
/// validation.
pub fn schema_of(_kind: Kind) -> &'static serde_json::Value {
    static SCHEMA: std::sync::LazyLock<serde_json::Value> =
        std::sync::LazyLock::new(|| schemars::schema_for!(Document).as_value().clone());
    &SCHEMA
}

fn kind_ids() -> String {
    Kind::ALL.iter().map(|k| k.id()).collect::<Vec<_>>().join(", ")
}

fn deserialize<T: DeserializeOwned>(file: &str, source: &str, table: Spanned<DeTable<'_>>) -> Result<T, Vec<Diagnostic>> {
    let de = toml::de::Deserializer::from(table);
    serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        vec![toml_error(file, source, e.inner(), Some(&path))]
    })
}

/// Turns a toml error into a located diagnostic, with a hint for unknown fields.
fn toml_error(file: &str, source: &str, e: &toml::de::Error, path: Option<&str>) -> Diagnostic {
    let message = e.message().trim().to_owned();
    let mut d = Diagnostic::error(file, first_line(&message));
    if let Some(span) = e.span() {
        d = d.at(source, span);
    } else if let Some(span) = path.and_then(|p| locate(source, p)) {
        d = d.at(source, span);
    }
    if let Some(p) = path {
        d = d.with_field(p);
    }
    if let Some(hint) = unknown_field_hint(&message) {
        d = d.with_hint(hint);
    } else if message.contains("missing field") {
        d = d.with_hint("add the field; `kehoach new ke-hoach` prints a complete example");
    }
    d
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or(s).to_owned()
}

/// The byte range of the value at a field path (`content.sectors[2].items[0]`).
pub fn locate(source: &str, path: &str) -> Option<Range<usize>> {
    let table = DeTable::parse(source).ok()?;
    let root = DeValue::Table(table.get_ref().clone());
    let mut span = table.span();
    let mut current = &root;
    for segment in path_segments(path) {
        let next = match (current, segment) {
            (DeValue::Table(t), Segment::Key(k)) => t.get(k)?,
            (DeValue::Array(a), Segment::Index(i)) => a.get(i)?,
            _ => return Some(span),
        };
        span = next.span();
        current = next.get_ref();
    }
    Some(span)
}

enum Segment<'a> {
    Key(&'a str),
    Index(usize),
}

fn path_segments(path: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let (key, mut rest) = match part.find('[') {
            Some(i) => (&part[..i], &part[i..]),
            None => (part, ""),
        };
        if !key.is_empty() {
            out.push(Segment::Key(key));
        }
        while let Some(stripped) = rest.strip_prefix('[') {
            let Some(end) = stripped.find(']') else { break };
            if let Ok(i) = stripped[..end].parse() {
                out.push(Segment::Index(i));
            }
            rest = &stripped[end + 1..];
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locate_finds_nested_values() {
        let src = "a = 1\n[content]\nsectors = [{ items = [\"x\", \"yy\"] }]\n";
        let span = locate(src, "content.sectors[0].items[1]").unwrap();
        assert_eq!(&src[span], "\"yy\"");
    }
}
