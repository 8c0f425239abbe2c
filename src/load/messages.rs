//! The TOML reader's own messages in the user's language: what the `toml`
//! parser, its date reader and serde write ("key with no value, expected
//! `=`", "invalid type: integer `3`, expected a string", "unknown field `x`,
//! expected one of `a`, `b`") is read back into its parts and said again
//! through the message files (`toml-…` in `locales/*/input.ftl`); the parts
//! the user typed (keys, values, the names allowed) are kept as written.
//!
//! A fixed phrase of the crates ("key with no value") is the message whose id
//! is `toml-` and the phrase's words joined by dashes (`toml-key-with-no-value`),
//! so the files name every phrase once, in English as the crate writes it. A
//! message is said in the user's language only when the English rendering of
//! its parts gives back exactly the crate's text: English stays the crate's
//! own words, and a form the files do not know (a newer crate's) is printed
//! as the crate wrote it after a lead-in (`toml-said`). kehoach's own
//! messages, raised inside a deserializer in the user's language already
//! (a date with a time of day), pass unchanged.

use crate::i18n::{self, Lang};

/// A message in parts: a message id with its arguments, or text kept as written.
enum Said {
    /// A message of the files, with its arguments.
    Message(String, Vec<(&'static str, Said)>),
    /// Text as the crate wrote it: what the user typed, a name, a number.
    Text(String),
}

impl Said {
    fn message(id: &str, args: Vec<(&'static str, Said)>) -> Said {
        Said::Message(id.to_owned(), args)
    }

    fn text(s: &str) -> Said {
        Said::Text(s.to_owned())
    }

    /// The words in a language.
    fn render(&self, lang: Lang) -> String {
        match self {
            Said::Text(s) => s.clone(),
            Said::Message(id, args) => {
                let rendered: Vec<(&str, String)> = args.iter().map(|(name, a)| (*name, a.render(lang))).collect();
                let args: Vec<(&str, &dyn std::fmt::Display)> =
                    rendered.iter().map(|(name, value)| (*name, value as &dyn std::fmt::Display)).collect();
                i18n::tr_in(lang, id, &args)
            }
        }
    }
}

/// A message of the `toml` crate or of serde (its first line) in the user's
/// language; English is the crate's text unchanged.
pub fn said(message: &str) -> String {
    if let Some(parts) = parts(message).filter(|p| p.render(Lang::En) == message) {
        return parts.render(i18n::current());
    }
    if i18n::current() == Lang::Vi && speaks_vietnamese(message) {
        return message.to_owned(); // kehoach's own message, said already
    }
    crate::tr!("toml-said", message = message)
}

/// The parts of a message of a known form.
fn parts(m: &str) -> Option<Said> {
    if let Some(rest) = m.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ")?;
        return Some(Said::message("toml-invalid-type", vec![("found", unexpected(found)?), ("expected", expecting(expected)?)]));
    }
    if let Some(rest) = m.strip_prefix("invalid value: ") {
        let (found, expected) = rest.split_once(", expected ")?;
        return Some(Said::message("toml-wrong-value", vec![("found", unexpected(found)?), ("expected", expecting(expected)?)]));
    }
    if let Some(rest) = m.strip_prefix("invalid length ") {
        let (length, expected) = rest.split_once(", expected ")?;
        return Some(Said::message("toml-invalid-length", vec![("length", Said::text(length)), ("expected", expecting(expected)?)]));
    }
    for (lead, id) in [("unknown variant ", "toml-unknown-variant"), ("unknown field ", "toml-unknown-field")] {
        if let Some(rest) = m.strip_prefix(lead) {
            let (name, rest) = backticked(rest)?;
            if rest == ", there are no variants" || rest == ", there are no fields" {
                return Some(Said::message(&format!("{id}-none"), vec![("name", Said::text(name))]));
            }
            let allowed = one_of(rest.strip_prefix(", expected ")?)?;
            return Some(Said::message(id, vec![("name", Said::text(name)), ("allowed", allowed)]));
        }
    }
    for (lead, id) in [("missing field ", "toml-missing-field"), ("duplicate field ", "toml-duplicate-field")] {
        if let Some(rest) = m.strip_prefix(lead) {
            let (name, rest) = backticked(rest)?;
            return rest.is_empty().then(|| Said::message(id, vec![("name", Said::text(name))]));
        }
    }
    if let Some(name) = m.strip_prefix("data did not match any variant of untagged enum ") {
        return Some(Said::message("toml-untagged", vec![("name", Said::text(name))]));
    }
    // A whole message with words of its own ("string values must be quoted, expected literal string").
    if let Some(said) = phrase(m) {
        return Some(said);
    }
    // The parser's form: "<problem>[, expected <what>, <what> …]".
    let (problem, expected) = match m.split_once(", expected ") {
        Some((p, e)) => (p, Some(e)),
        None => (m, None),
    };
    let problem = problem_phrase(problem)?;
    Some(match expected {
        None => problem,
        Some("nothing") => Said::message("toml-expected-nothing", vec![("problem", problem)]),
        Some(e) => Said::message("toml-expected", vec![("problem", problem), ("expected", parser_expected(e)?)]),
    })
}

/// What the parser found wrong: a fixed phrase, or "cannot extend value of
/// type … with a dotted key".
fn problem_phrase(p: &str) -> Option<Said> {
    if let Some(kind) = p.strip_prefix("cannot extend value of type ").and_then(|r| r.strip_suffix(" with a dotted key")) {
        return Some(Said::message("toml-cannot-extend", vec![("kind", phrase(kind)?)]));
    }
    phrase(p)
}

/// What the parser expected: one phrase ("a two-digit month (MM)"), or a
/// list of literals (`` `=` ``) and phrases ("letters, numbers, `-`, `_`").
fn parser_expected(e: &str) -> Option<Said> {
    if let Some(said) = between(e).or_else(|| phrase(e)) {
        return Some(said);
    }
    let items: Option<Vec<Said>> = e.split(", ").map(|item| literal(item).or_else(|| between(item)).or_else(|| phrase(item))).collect();
    Some(list(items?))
}

/// "day between 01 and 29": a part of a date or time and its range.
fn between(e: &str) -> Option<Said> {
    let (what, range) = e.split_once(" between ")?;
    let (from, to) = range.split_once(" and ")?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    (digits(from) && digits(to)).then_some(())?;
    Some(Said::message("toml-between", vec![("what", phrase(what)?), ("from", Said::text(from)), ("to", Said::text(to))]))
}

/// A literal the parser expected, as the crate renders it: `` `=` ``, '`'.
fn literal(item: &str) -> Option<Said> {
    let quoted = item.len() >= 3 && item.starts_with('`') && item.ends_with('`') && !item[1..item.len() - 1].contains('`');
    (quoted || item == "'`'").then(|| Said::text(item))
}

/// Items joined as the crate joins them (", "), the last one in the user's
/// words (", " in English, " hoặc " in Vietnamese).
fn list(mut items: Vec<Said>) -> Said {
    let Some(last) = items.pop() else { return Said::text("") };
    let Some(before) = items.pop() else { return last };
    let mut joined = Said::message("toml-list-last", vec![("items", before), ("last", last)]);
    while let Some(item) = items.pop() {
        joined = Said::message("toml-list", vec![("first", item), ("items", joined)]);
    }
    joined
}

/// serde's "one of `a`, `b`, `c`", "`a` or `b`", "`a`".
fn one_of(e: &str) -> Option<Said> {
    let names = |s: &str| -> Option<Vec<String>> {
        s.split(", ").map(|n| literal(n).map(|_| n.to_owned())).collect()
    };
    if let Some(rest) = e.strip_prefix("one of ") {
        return Some(Said::message("toml-one-of", vec![("names", Said::Text(names(rest)?.join(", ")))]));
    }
    if let Some((a, b)) = e.split_once(" or ") {
        return Some(Said::message("toml-either", vec![("first", Said::text(literal(a).map(|_| a)?)), ("second", Said::text(literal(b).map(|_| b)?))]));
    }
    literal(e)
}

/// What serde found (`serde::de::Unexpected`): "integer `3`", "string \"x\"",
/// "sequence", "local date" ….
fn unexpected(u: &str) -> Option<Said> {
    for (lead, id) in [
        ("boolean ", "toml-found-boolean"),
        ("integer ", "toml-found-integer"),
        ("floating point ", "toml-found-float"),
        ("character ", "toml-found-character"),
    ] {
        if let Some(value) = u.strip_prefix(lead).filter(|v| v.starts_with('`') && v.ends_with('`')) {
            return Some(Said::message(id, vec![("value", Said::text(value))]));
        }
    }
    if let Some(value) = u.strip_prefix("string ").filter(|v| v.len() >= 2 && v.starts_with('"') && v.ends_with('"')) {
        return Some(Said::message("toml-found-string", vec![("value", Said::text(value))]));
    }
    phrase(u)
}

/// What a deserializer expected: "a string", "u32", "struct Body", "enum Position" ….
fn expecting(e: &str) -> Option<Said> {
    for (lead, id) in [("struct ", "toml-expected-struct"), ("enum ", "toml-expected-enum")] {
        if let Some(name) = e.strip_prefix(lead).filter(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')) {
            return Some(Said::message(id, vec![("name", Said::text(name))]));
        }
    }
    phrase(e).or_else(|| one_of(e))
}

/// A fixed phrase of the crates: the message `toml-<its words>`, whose
/// English is the phrase exactly.
fn phrase(p: &str) -> Option<Said> {
    let id = format!("toml-{}", slug(p));
    let known = id.len() > 5 && i18n::has(Lang::Vi, &id) && i18n::tr_in(Lang::En, &id, &[]) == p;
    known.then(|| Said::message(&id, Vec::new()))
}

/// The words of a phrase, in small letters, joined by dashes: "`_` may only
/// go between digits" → "may-only-go-between-digits".
fn slug(p: &str) -> String {
    let lower = p.to_ascii_lowercase();
    lower.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join("-")
}

/// The name in backticks at the start of `s`, and what follows it.
fn backticked(s: &str) -> Option<(&str, &str)> {
    let rest = s.strip_prefix('`')?;
    let end = rest.find('`')?;
    Some((&rest[..end], &rest[end + 1..]))
}

/// Whether a message, outside what it quotes, has Vietnamese letters: one
/// of kehoach's own, said in Vietnamese already.
fn speaks_vietnamese(m: &str) -> bool {
    let mut quote: Option<char> = None;
    m.chars().any(|c| match (quote, c) {
        (None, '`' | '"') => {
            quote = Some(c);
            false
        }
        (Some(q), _) if c == q => {
            quote = None;
            false
        }
        (None, _) => "ăâđêôơưĂÂĐÊÔƠƯ".contains(c) || matches!(c as u32, 0xC0..=0xFF | 0x1EA0..=0x1EF9),
        _ => false,
    })
}

/// The ids of the fixed phrases: every `toml-` message without arguments.
#[cfg(test)]
fn phrase_ids() -> Vec<String> {
    i18n::ids_in(Lang::En, "input.ftl").into_iter().filter(|id| id.starts_with("toml-") && i18n::arguments(Lang::En, id).is_empty()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the crates say, as they say it: every form read back into parts.
    const SAID: &[&str] = &[
        "key with no value, expected `=`",
        "invalid basic string, expected `\"`",
        "invalid literal string, expected `'`",
        "string values must be quoted, expected literal string",
        "invalid date, expected day between 01 and 29",
        "invalid date, expected month between 01 and 12",
        "invalid date, expected a two-digit month (MM)",
        "invalid time, expected hour between 00 and 23",
        "duplicate key",
        "invalid value",
        "extra comma in array, expected value",
        "unclosed table, expected `]`",
        "unclosed array table, expected `]`",
        "missing escaped value, expected `b`, `e`, `f`, `n`, `r`, `\\`, `\"`, `x`, `u`, `U`",
        "`_` may only go between digits, expected nothing",
        "unquoted keys cannot be empty, expected letters, numbers, `-`, `_`",
        "invalid boolean, expected `true`",
        "invalid multi-line basic string, expected `\"`",
        "too few unicode value digits, expected unicode hexadecimal value",
        "unexpected leading zero, expected nothing",
        "integers with a radix cannot be signed, expected nothing",
        "cannot extend value of type string with a dotted key",
        "invalid table, expected newline",
        "unexpected `=` in array, expected value, `]`",
        "invalid unquoted key, expected letters, numbers, `-`, `_`",
        "unknown field `line_spacing`, expected one of `size_pt`, `line_spacing_pt`, `justify`",
        "unknown field `x`, expected `a` or `b`",
        "unknown field `x`, expected `a`",
        "unknown field `x`, there are no fields",
        "unknown variant `A3`, expected `A4` or `A5`",
        "unknown variant `middle`, expected one of `top-center`, `top-right`, `bottom-center`",
        "invalid type: string \"x\", expected f64",
        "invalid type: integer `3`, expected a boolean",
        "invalid type: integer `3`, expected struct Body",
        "invalid type: sequence, expected f64",
        "invalid type: integer `5`, expected a string",
        "invalid type: map, expected a sequence",
        "invalid type: local date, expected a string",
        "invalid type: floating point `1.5`, expected u32",
        "invalid value: integer `-1`, expected u32",
        "invalid length 3, expected a sequence",
        "missing field `name`",
        "duplicate field `name`",
        "data did not match any variant of untagged enum Clause",
    ];

    #[test]
    fn every_known_form_is_read_and_said_back_in_english() {
        for m in SAID {
            let parts = parts(m).unwrap_or_else(|| panic!("not read: {m}"));
            assert_eq!(parts.render(Lang::En), *m);
            let vi = parts.render(Lang::Vi);
            assert!(!vi.contains("expected") && vi != *m, "{m} → {vi}");
        }
    }

    #[test]
    fn the_vietnamese_keeps_what_the_user_typed() {
        let vi = |m: &str| parts(m).unwrap().render(Lang::Vi);
        assert_eq!(vi("key with no value, expected `=`"), "khóa không có giá trị: cần `=`");
        assert_eq!(
            vi("unknown field `line_spacing`, expected one of `size_pt`, `justify`, `hyphenate`"),
            "không có trường `line_spacing`; cần một trong `size_pt`, `justify`, `hyphenate`"
        );
        assert_eq!(vi("invalid date, expected day between 01 and 29"), "ngày tháng không hợp lệ: cần ngày từ 01 đến 29");
        assert_eq!(vi("unknown variant `A3`, expected `A4` or `A5`"), "không có giá trị `A3`; cần `A4` hoặc `A5`");
        assert_eq!(
            vi("missing escaped value, expected `b`, `n`, `u`"),
            "sau dấu `\\` thiếu ký tự thoát: cần `b`, `n` hoặc `u`"
        );
    }

    #[test]
    fn every_phrase_is_its_own_id() {
        for id in phrase_ids() {
            let text = i18n::tr_in(Lang::En, &id, &[]);
            assert_eq!(format!("toml-{}", slug(&text)), id, "the English of {id} is not the phrase its id names: {text}");
        }
    }

    #[test]
    fn an_unknown_form_is_kept_after_a_lead_in() {
        let m = "some new problem of a newer crate";
        assert!(parts(m).is_none());
        assert_eq!(i18n::tr_in(Lang::En, "toml-said", &[("message", &m)]), m);
        assert!(i18n::tr_in(Lang::Vi, "toml-said", &[("message", &m)]).ends_with(m));
        assert!(speaks_vietnamese("ngày tháng chỉ ghi ngày, không ghi giờ (`2024-04-01T10:00:00`)"));
        assert!(!speaks_vietnamese("a date must carry only a day (`ngày 5`), \"Đảng\""));
    }
}
