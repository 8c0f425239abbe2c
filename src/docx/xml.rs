//! XML text for WordprocessingML parts: the escaping formatter of the DOCX
//! templates, beside the Typst one in `src/template.rs`.
//!
//! Every `{{ value }}` in a `templates/docx/*.xml.j2` template is written as
//! XML character data: `&`, `<`, `>`, `"` and `'` become entities (so `]]>`
//! and `</w:t>` in user text are text), and characters XML 1.0 cannot carry
//! at all — C0 controls other than tab, line feed and carriage return, and
//! the non-characters U+FFFE and U+FFFF — become U+FFFD. Line feeds and
//! carriage returns are written as character references so that they stay
//! data inside attribute values too. Numbers print as numbers; a missing value
//! is an error, never an empty string.

use minijinja::value::ValueKind;
use minijinja::Value;

/// Appends `s` to `out` as XML character data (valid in elements and in
/// double- or single-quoted attributes).
pub fn escape_into(s: &str, out: &mut String) {
    out.reserve(s.len());
    let mut plain = 0;
    for (i, c) in s.char_indices() {
        let replacement = match c {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '"' => "&quot;",
            '\'' => "&apos;",
            '\n' => "&#10;",
            '\r' => "&#13;",
            '\t' => "&#9;",
            '\u{0}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}' => "\u{FFFD}",
            _ => continue,
        };
        out.push_str(&s[plain..i]);
        out.push_str(replacement);
        plain = i + c.len_utf8();
    }
    out.push_str(&s[plain..]);
}

/// `s` as XML character data (the tests check escaping with it).
#[cfg(test)]
pub fn escape(s: &str) -> String {
    let mut out = String::new();
    escape_into(s, &mut out);
    out
}

/// The formatter of the DOCX templates: strings escaped, numbers as numbers
/// (integers without a decimal point), booleans as `true`/`false`; a value
/// marked safe (only the templates' own literals) as it is.
pub fn format_value(value: &Value, out: &mut String) -> Result<(), minijinja::Error> {
    match value.kind() {
        ValueKind::Undefined | ValueKind::None => {
            return Err(minijinja::Error::new(minijinja::ErrorKind::UndefinedError, "a DOCX template printed a missing value"));
        }
        ValueKind::Bool => out.push_str(if value.is_true() { "true" } else { "false" }),
        ValueKind::Number => {
            if let (true, Some(i)) = (value.is_integer(), value.as_i64()) {
                out.push_str(&i.to_string());
            } else {
                let f = f64::try_from(value.clone()).unwrap_or(f64::NAN);
                if !f.is_finite() {
                    return Err(minijinja::Error::new(minijinja::ErrorKind::InvalidOperation, "non-finite number in a DOCX part"));
                }
                out.push_str(&f.to_string());
            }
        }
        ValueKind::String if value.is_safe() => out.push_str(value.as_str().unwrap_or_default()),
        ValueKind::String => escape_into(value.as_str().unwrap_or_default(), out),
        _ => escape_into(&value.to_string(), out),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_and_controls_are_data() {
        assert_eq!(escape("a<b>&c"), "a&lt;b&gt;&amp;c");
        assert_eq!(escape("]]></w:t><w:r>"), "]]&gt;&lt;/w:t&gt;&lt;w:r&gt;");
        assert_eq!(escape("\"x\" 'y'"), "&quot;x&quot; &apos;y&apos;");
        assert_eq!(escape("a\u{0}b\u{1b}c\u{FFFF}"), "a\u{FFFD}b\u{FFFD}c\u{FFFD}");
        assert_eq!(escape("a\nb\tc"), "a&#10;b&#9;c");
        assert_eq!(escape("Đảng ủy xã Nghĩa Thái"), "Đảng ủy xã Nghĩa Thái");
    }

    #[test]
    fn numbers_print_as_numbers() {
        let mut s = String::new();
        format_value(&Value::from(567), &mut s).unwrap();
        format_value(&Value::from(" "), &mut s).unwrap();
        format_value(&Value::from(0.5), &mut s).unwrap();
        assert_eq!(s, "567 0.5");
        assert!(format_value(&Value::UNDEFINED, &mut String::new()).is_err());
    }
}
