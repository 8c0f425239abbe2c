//! Loading (stage 1): TOML text → a tree of spanned values ([`tree`], walked
//! once) → the typed document, with every failure located at file, line,
//! column and field path. The checks of [`crate::check`] run between the
//! two steps; [`crate::render::prepared`] calls them in order.

use toml::de::{DeTable, DeValue};
use toml::Spanned;

use crate::diagnostic::{ids, unknown_field_hint, Diagnostic};
use crate::model::{Document, Kind};

pub mod messages;
pub mod tree;

use self::tree::Positions;

/// Parses TOML text into a tree of spanned values; every syntax error (up to
/// `max`) located.
pub fn syntax<'a>(file: &str, source: &'a str, max: usize) -> Result<Spanned<DeTable<'a>>, Vec<Diagnostic>> {
    let (table, errors) = DeTable::parse_recoverable(source);
    if errors.is_empty() {
        return Ok(table);
    }
    Err(errors
        .iter()
        .take(max)
        .map(|e| {
            let d = toml_error(file, source, e, None);
            let hint = e.span().and_then(|span| bare_value_hint(source, span.start)).or_else(|| escape_hint(e.message()));
            match hint {
                Some(hint) => d.with_hint(hint),
                None => d,
            }
        })
        .collect())
}

/// The fix of a date or time written without quotes (`date = 05/10/2026`,
/// `time = 8h00`), which the TOML parser takes for a bad number, and of a
/// number written with a leading zero (`number = 03`): the line's value in
/// the form a document file takes (`date = 2026-10-05`, `number = 3`).
fn bare_value_hint(source: &str, at: usize) -> Option<String> {
    use crate::vietnamese::written::{corrected_date, corrected_time, date_toml};
    let start = source.get(..at)?.rfind('\n').map_or(0, |i| i + 1);
    let line = source[start..].lines().next()?;
    let (key, value) = line.split_once('=')?;
    let (key, value) = (key.trim(), value.split('#').next()?.trim());
    if value.starts_with(['"', '\'', '[', '{']) || key.is_empty() {
        return None;
    }
    if let Some(date) = corrected_date(value) {
        return Some(crate::tr!("hint-bare-date", key = key, value = date_toml(&date)));
    }
    if value.len() > 1 && value.starts_with('0') && value.bytes().all(|b| b.is_ascii_digit()) {
        let number = value.trim_start_matches('0');
        return Some(crate::tr!("hint-write", key = key, value = if number.is_empty() { "0" } else { number }));
    }
    // A time of day only where one is written (`[invitation] time`, `[minutes] start` / `end`).
    let time_key = ["time", "start", "end"].contains(&key);
    corrected_time(value).filter(|_| time_key).map(|time| crate::tr!("hint-bare-time", key = key, value = time))
}

/// The fix of a backslash in a string in double quotes (`"C:\Users"`),
/// which TOML reads as the start of an escape.
fn escape_hint(message: &str) -> Option<String> {
    let escape = ["missing escaped value", "too few unicode value digits"].iter().any(|m| message.starts_with(m));
    escape.then(|| crate::tr!("hint-backslash"))
}

/// The kind of document a parsed file declares (`kind = "ke-hoach"`).
pub fn kind(file: &str, source: &str, table: &Spanned<DeTable<'_>>) -> Result<Kind, Diagnostic> {
    match table.get_ref().get("kind").map(|v| (v.get_ref(), v.span())) {
        None => Err(Diagnostic::error(file, crate::tr!("missing-kind"))
            .with_id(ids::MISSING_FIELD)
            .at(source, 0..0)
            .with_field("kind")
            .with_hint(crate::tr!("hint-missing-kind", kinds = kind_ids()))),
        Some((DeValue::String(s), span)) => Kind::from_id(s).ok_or_else(|| {
            let d = Diagnostic::error(file, crate::tr!("unknown-kind", kind = s)).with_id("unknown-kind").at(source, span).with_field("kind");
            match Kind::closest(s) {
                Some(c) => d.with_hint(crate::tr!("hint-kind-did-you-mean", kind = c.id(), kinds = kind_ids())),
                None => d.with_hint(crate::tr!("hint-kinds", kinds = kind_ids())),
            }
        }),
        Some((_, span)) => {
            Err(Diagnostic::error(file, crate::tr!("kind-not-string")).with_id(ids::WRONG_TYPE).at(source, span).with_field("kind"))
        }
    }
}

/// The typed document of a parsed file, or the first problem serde finds,
/// located (by `positions` when the error has no span of its own).
pub fn document(file: &str, source: &str, table: Spanned<DeTable<'_>>, positions: &Positions) -> Result<Document, Diagnostic> {
    let de = toml::de::Deserializer::from(table);
    serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        let mut d = toml_error(file, source, e.inner(), Some(&path));
        if d.line.is_none() {
            if let Some(span) = positions.span(&path) {
                d = d.at(source, span);
            }
        }
        d
    })
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

/// Turns a toml error into a located diagnostic, with a hint for unknown fields.
fn toml_error(file: &str, source: &str, e: &toml::de::Error, path: Option<&str>) -> Diagnostic {
    let message = e.message().trim().to_owned();
    let id = match (path, message.as_str()) {
        // The parser's nesting error, in its own words: a limit (`check::limits`).
        (None, m) if m.contains("recurs") => ids::SIZE_LIMIT,
        (None, _) => ids::TOML_SYNTAX,
        (_, m) if m.starts_with("unknown field") => ids::UNKNOWN_FIELD,
        (_, m) if m.starts_with("missing field") => ids::MISSING_FIELD,
        (_, m) if m.starts_with("invalid type") => ids::WRONG_TYPE,
        _ => ids::INVALID_VALUE,
    };
    let mut d = Diagnostic::error(file, messages::said(&first_line(&message))).with_id(id);
    if let Some(span) = e.span() {
        d = d.at(source, span);
    }
    if let Some(p) = path {
        d = d.with_field(p);
    }
    if let Some(hint) = unknown_field_hint(&message).or_else(|| unknown_variant_hint(&message)) {
        d = d.with_hint(hint);
    } else if message.contains("missing field") {
        d = d.with_hint(crate::tr!("hint-add-field"));
    }
    d
}

/// "unknown variant `ready`, expected one of `draft`, `ready-to-sign`, `issued`"
/// → "did you mean `issued`?" for `isued`, when one is near (and the value
/// is more than a code of two letters: `A3` is no misspelt `A4`).
fn unknown_variant_hint(message: &str) -> Option<String> {
    let (value, rest) = message.strip_prefix("unknown variant `")?.split_once('`')?;
    let allowed = rest.split('`').skip(1).step_by(2);
    let near = crate::diagnostic::closest(value, allowed).filter(|near| value.chars().count() > 2 || near.eq_ignore_ascii_case(value))?;
    Some(crate::tr!("did-you-mean", name = near))
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or(s).to_owned()
}
