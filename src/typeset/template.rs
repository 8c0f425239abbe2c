//! Template stage: minijinja turns a document's context into Typst source.
//!
//! `templates/base.typ.j2` is the one template of every kind: it hands the
//! context's ordered blocks (`src/context/blocks.rs`) to the layout library
//! `templates/lib/party.typ`, which dresses each. A user template directory
//! (`--templates DIR`) layers over every embedded template ([`layer`], which
//! the DOCX writer uses too): `DIR/base.typ.j2`, a kind's own
//! `DIR/ke-hoach.typ.j2` extending it (the embedded set has none), or any
//! file they include replaces or adds to the embedded ones, as
//! `DIR/lib/party.typ` does for the Typst layout library.
//!
//! The one safety rule lives in [`typst_literal`]: every `{{ value }}` in a
//! template is written as a Typst *literal* — strings as escaped string
//! literals, lists as arrays, maps as dictionaries. User text therefore reaches
//! Typst only as string data, never as markup or code, whatever characters it
//! holds. A missing value is an error (strict undefined), never an empty string.

use std::sync::LazyLock;

use minijinja::value::ValueKind;
use minijinja::{AutoEscape, Environment, UndefinedBehavior, Value};
use serde::Serialize;

use super::world::TemplateDir;
use super::TemplateError;
use crate::assets::TEMPLATES;

/// The environment of the embedded templates, built once per process.
static ENV: LazyLock<Result<Environment<'static>, TemplateError>> = LazyLock::new(|| {
    let mut env = environment();
    for (name, source) in TEMPLATES {
        env.add_template(name, source)?;
    }
    Ok(env)
});

/// The template of every kind (a user's directory may add a kind's own).
pub const BASE: &str = "base.typ.j2";

/// An environment with kehoach's rules: strict undefined values, and every
/// `{{ value }}` written as a Typst literal.
fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_auto_escape_callback(|_| AutoEscape::Custom("typst".into()));
    env.set_formatter(|out, _state, value| {
        if value.is_safe() {
            if let Some(s) = value.as_str() {
                out.write_str(s).map_err(minijinja::Error::from)?;
                return Ok(());
            }
        }
        let mut lit = String::new();
        typst_literal(value, &mut lit, 0)?;
        out.write_str(&lit).map_err(minijinja::Error::from)
    });
    env
}

/// Makes `env` load its templates from a user's template directory where it
/// has them (`DIR/{prefix}NAME`), else from `embedded`: the one layering of
/// `--templates`, for the Typst source (`prefix` "/") and the DOCX parts
/// ("docx/").
pub(crate) fn layer(env: &mut Environment<'static>, dir: &TemplateDir, prefix: &'static str, embedded: &'static [(&'static str, &'static str)]) {
    let dir = dir.clone();
    env.set_loader(move |name| {
        let refused = |e: typst::diag::FileError| {
            minijinja::Error::new(minijinja::ErrorKind::InvalidOperation, format!("template `{}`: {e}", format!("{prefix}{name}").trim_start_matches('/')))
        };
        match dir.read_text(&format!("{prefix}{name}")).map_err(refused)? {
            Some(text) => Ok(Some(text)),
            None => Ok(embedded.iter().find(|(n, _)| *n == name).map(|(_, s)| (*s).to_owned())),
        }
    });
}

/// An environment whose templates come from a user's template directory
/// where it has them (`DIR/base.typ.j2`, `DIR/ke-hoach.typ.j2`, or any file
/// they include), else the embedded ones.
fn layered(dir: &TemplateDir) -> Environment<'static> {
    let mut env = environment();
    layer(&mut env, dir, "/", TEMPLATES);
    env
}

/// Renders a document's context and profile through [`BASE`] (or a kind's
/// own `{kind}.typ.j2`, when a user's template directory has one); the
/// templates of `templates`, when given, are layered over the embedded ones.
pub fn render(kind_id: &str, doc: &impl Serialize, profile: &impl Serialize, templates: Option<&TemplateDir>) -> Result<String, TemplateError> {
    let user;
    let env = match templates {
        Some(dir) => {
            user = layered(dir);
            &user
        }
        None => ENV.as_ref().map_err(Clone::clone)?,
    };
    let own = format!("{kind_id}.typ.j2");
    let template = match env.get_template(&own) {
        Err(e) if e.kind() == minijinja::ErrorKind::TemplateNotFound => env.get_template(BASE)?,
        other => other?,
    };
    let context = minijinja::context! {
        doc => Value::from(minijinja::value::Serde(doc)),
        profile => Value::from(minijinja::value::Serde(profile)),
    };
    Ok(template.render(context)?)
}

/// Writes a string as a Typst string literal: only `\\ \" \n \r \t` and
/// `\u{…}` escapes, so nothing inside can end the string or start code.
pub fn string_literal(s: &str, out: &mut String) {
    out.reserve(s.len() + 2);
    out.push('"');
    let bytes = s.as_bytes();
    let mut plain = 0;
    let mut i = 0;
    // A byte scan: everything to escape is ASCII, a C1 control (UTF-8 C2 80–9F)
    // or a line/paragraph separator (E2 80 A8/A9); every other byte is copied
    // in runs.
    while i < bytes.len() {
        let b = bytes[i];
        let special_len = match b {
            b'\\' | b'"' | 0x00..=0x1F | 0x7F => 1,
            0xC2 if matches!(bytes.get(i + 1), Some(0x80..=0x9F)) => 2,
            0xE2 if bytes.get(i + 1) == Some(&0x80) && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9)) => 3,
            _ => {
                i += 1;
                continue;
            }
        };
        out.push_str(&s[plain..i]);
        match b {
            b'\\' => out.push_str("\\\\"),
            b'"' => out.push_str("\\\""),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            _ => {
                let c = s[i..].chars().next().unwrap_or('\u{FFFD}');
                out.push_str(&format!("\\u{{{:x}}}", c as u32));
            }
        }
        i += special_len;
        plain = i;
    }
    out.push_str(&s[plain..]);
    out.push('"');
}

/// Writes any template value as a Typst literal expression.
pub fn typst_literal(value: &Value, out: &mut String, depth: usize) -> Result<(), minijinja::Error> {
    if depth > 64 {
        return Err(minijinja::Error::new(minijinja::ErrorKind::InvalidOperation, "value nested too deeply"));
    }
    match value.kind() {
        ValueKind::Undefined | ValueKind::None => out.push_str("none"),
        ValueKind::Bool => out.push_str(if value.is_true() { "true" } else { "false" }),
        ValueKind::Number => {
            if let (true, Some(i)) = (value.is_integer(), value.as_i64()) {
                out.push_str(&i.to_string());
            } else {
                let f = f64::try_from(value.clone()).unwrap_or(0.0);
                if !f.is_finite() {
                    return Err(minijinja::Error::new(minijinja::ErrorKind::InvalidOperation, "non-finite number"));
                }
                // Always with a decimal point so Typst reads a float.
                out.push_str(&format!("{f:?}"));
            }
        }
        ValueKind::String => string_literal(value.as_str().unwrap_or_default(), out),
        ValueKind::Seq | ValueKind::Iterable => {
            out.push('(');
            for item in value.try_iter()? {
                typst_literal(&item, out, depth + 1)?;
                out.push_str(", ");
            }
            out.push(')');
        }
        ValueKind::Map => {
            out.push('(');
            let mut empty = true;
            for key in value.try_iter()? {
                let item = value.get_item(&key)?;
                string_literal(&key.to_string(), out);
                out.push_str(": ");
                typst_literal(&item, out, depth + 1)?;
                out.push_str(", ");
                empty = false;
            }
            if empty {
                out.push(':');
            }
            out.push(')');
        }
        _ => string_literal(&value.to_string(), out),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lit(v: Value) -> String {
        let mut s = String::new();
        typst_literal(&v, &mut s, 0).unwrap();
        s
    }

    #[test]
    fn strings_are_escaped_literals() {
        assert_eq!(lit(Value::from("#read(\"/etc/passwd\")")), r##""#read(\"/etc/passwd\")""##);
        assert_eq!(lit(Value::from("a\\b\nc")), r#""a\\b\nc""#);
        assert_eq!(lit(Value::from("\u{0}x")), r#""\u{0}x""#);
        assert_eq!(lit(Value::from("a\u{85}b\u{2028}c\u{7f}ủ")), r#""a\u{85}b\u{2028}c\u{7f}ủ""#);
        assert_eq!(lit(Value::from("Đảng \"ủy\" \\ \t")), r#""Đảng \"ủy\" \\ \t""#);
    }

    #[test]
    fn collections_become_arrays_and_dicts() {
        assert_eq!(lit(Value::from(vec![1, 2])), "(1, 2, )");
        assert_eq!(lit(Value::from(Vec::<i32>::new())), "()");
        assert_eq!(lit(Value::from(minijinja::value::Serde(std::collections::BTreeMap::<String, i32>::new()))), "(:)");
        assert_eq!(lit(Value::from(14.0)), "14.0");
        assert_eq!(lit(Value::from(())), "none");
    }
}
