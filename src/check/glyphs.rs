//! Glyph coverage: every character the document will print must be in the
//! embedded fonts, or it would print as a blank (or a box).
//!
//! The check runs on the TOML itself, before anything is typeset, so that an
//! error names the character (U+XXXX), the field path and the line. Every
//! string value counts (names, text, notes, `[layout]` strings such as
//! `party_title`), after NFC normalisation, as the model stores it.
//! White space needs no glyph; control characters and invisible formatting
//! characters print nothing and are the business of [`crate::vietnamese::damage`].
//!
//! Header names, the signature block and level-1 headings are printed in
//! capitals: a character whose capital the fonts lack (`ƛ`, U+019B) gets a
//! warning, as the check cannot know here whether its text is capitalised.

use std::ops::Range;

use crate::diagnostic::Diagnostic;
use crate::load::tree::Tree;
use crate::memo::StrMemo;

/// Id of the diagnostic (see [`crate::check::ids`]): a character the embedded fonts lack.
pub const CHARACTER_NOT_IN_FONT: &str = "character-not-in-font";
/// Id of the diagnostic (see [`crate::check::ids`]): a letter whose capital the embedded fonts lack.
pub const CAPITAL_NOT_IN_FONT: &str = "capital-not-in-font";

/// The family of the embedded fonts, for messages.
pub fn font_family() -> String {
    crate::assets::fonts().first().map(|f| f.info().family.clone()).unwrap_or_else(|| "none".into())
}

/// Whether some embedded font has a glyph for `c`.
pub fn covered(c: char) -> bool {
    crate::assets::fonts().iter().any(|f| f.info().coverage.contains(c as u32))
}

/// Whether `c` needs a glyph at all: white space, control characters and
/// default-ignorable code points (joiners, marks of direction, variation
/// selectors, soft hyphen …) do not.
pub fn needs_glyph(c: char) -> bool {
    let u = c as u32;
    let ignorable = matches!(u,
        0xAD | 0x34F | 0x61C | 0x115F..=0x1160 | 0x17B4..=0x17B5 | 0x180B..=0x180F
        | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0x3164 | 0xFE00..=0xFE0F
        | 0xFEFF | 0xFFA0 | 0xFFF0..=0xFFF8 | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A
        | 0xE0000..=0xE0FFF);
    !(c.is_whitespace() || c.is_control() || ignorable)
}

/// A character of the data that no embedded font covers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Missing {
    pub character: char,
    /// Set when the character is covered but its capital is not.
    pub capital: Option<char>,
    /// Field path, e.g. `content.sectors[2].items[0]`.
    pub field: String,
    /// Byte range in the source: the character itself when it is written
    /// literally, else the whole value (an escape such as `\u4E2D`).
    pub span: Range<usize>,
}

/// Every uncovered character of every string value of a document, once per
/// character and field, in source order.
pub fn missing_in(source: &str, tree: &Tree<'_>) -> Vec<Missing> {
    let mut out = Vec::new();
    // ASCII needs no look-up: the fonts cover all of it.
    for (path, s, span) in tree.strings().filter(|(_, s, _)| !s.is_ascii()) {
        for (c, capital) in uncovered(s) {
            out.push(Missing { character: c, capital, field: path.to_owned(), span: span_of(source, span.clone(), c) });
        }
    }
    out.sort_by_key(|m| m.span.start);
    out
}

/// The characters of one string (after NFC) that no font covers, once each,
/// with the capital no font covers for a covered letter. Memoised per string.
fn uncovered(s: &str) -> Vec<(char, Option<char>)> {
    static MEMO: StrMemo<Vec<(char, Option<char>)>> = StrMemo::new();
    MEMO.get(s, || {
        let text = crate::vietnamese::nfc(s);
        let mut seen: Vec<char> = Vec::new();
        let mut out = Vec::new();
        // ASCII is covered, and so are its capitals.
        for c in text.chars().filter(|&c| !c.is_ascii() && needs_glyph(c)) {
            if seen.contains(&c) {
                continue;
            }
            seen.push(c);
            let capital = c.to_uppercase().find(|&u| needs_glyph(u) && !covered(u));
            match (covered(c), capital) {
                (true, None) => {}
                (true, capital) => out.push((c, capital)),
                (false, _) => out.push((c, None)),
            }
        }
        out
    })
}

/// The character's first literal occurrence inside the value, or the value.
fn span_of(source: &str, value: Range<usize>, c: char) -> Range<usize> {
    let raw = source.get(value.clone()).unwrap_or("");
    match raw.find(c) {
        Some(i) => value.start + i..value.start + i + c.len_utf8(),
        None => value,
    }
}

/// The error (or, for a missing capital, the warning) of one character.
pub fn diagnostic(file: &str, source: &str, m: &Missing) -> Diagnostic {
    let c = m.character;
    let d = match m.capital {
        None => Diagnostic::error(
            file,
            crate::tr!("character-not-in-font", character = c, code = format!("{:04X}", c as u32), font = font_family()),
        )
        .with_id(CHARACTER_NOT_IN_FONT)
        .with_hint(crate::tr!("hint-character-not-in-font")),
        Some(cap) => Diagnostic::warning(
            file,
            crate::tr!(
                "capital-not-in-font",
                character = c,
                code = format!("{:04X}", c as u32),
                capital = cap,
                capital_code = format!("{:04X}", cap as u32),
                font = font_family()
            ),
        )
        .with_id(CAPITAL_NOT_IN_FONT)
        .with_hint(crate::tr!("hint-capital-not-in-font")),
    };
    d.at(source, m.span.clone()).with_field(&m.field)
}

/// An error (or, for a missing capital, a warning) for every character of
/// the data that no embedded font covers.
pub fn check(file: &str, source: &str, tree: &Tree<'_>) -> Vec<Diagnostic> {
    missing_in(source, tree).iter().map(|m| diagnostic(file, source, m)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use toml::de::DeTable;

/// Every uncovered character of every string value of a TOML document, once
/// per character and field, in source order. Unparsable TOML gives nothing
/// (the loader reports it).
fn missing(source: &str) -> Vec<Missing> {
    match DeTable::parse(source) {
        Ok(table) => missing_in(source, &Tree::build(&table, crate::check::limits::MAX_VALUES)),
        Err(_) => Vec::new(),
    }
}

    #[test]
    fn vietnamese_is_covered_and_cjk_is_not() {
        for c in "ĐẢNG CỘNG SẢN VIỆT NAM đảng ủy uỷ hoà hòa “” – … ỹ ỵ Ữ ự".chars() {
            assert!(!needs_glyph(c) || covered(c), "{c:?}");
        }
        assert!(!covered('中'));
        assert!(!needs_glyph('\u{200D}') && !needs_glyph('\n') && !needs_glyph('\u{A0}'));
    }

    /// Vietnamese capitals are covered; a covered letter whose capital is not
    /// (ƛ → Ƛ) gets a warning, not an error.
    #[test]
    fn missing_capitals_are_warnings() {
        for c in "đăâêôơưỳýỷỹỵ".chars() {
            assert!(c.to_uppercase().all(covered), "{c}");
        }
        let src = "kind = \"ke-hoach\"\nsubject = \"về ƛ\"\n";
        let found = missing(src);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].character, found[0].capital), ('ƛ', Some('\u{A7DC}')));
        let d = diagnostic("p.toml", src, &found[0]);
        assert!(!d.is_error() && d.message.contains("U+A7DC"), "{d}");
    }

    #[test]
    fn missing_characters_are_located_by_field_and_line() {
        let src =
            "kind = \"ke-hoach\"\n[issuer]\nname = \"Đảng ủy 中 中\"\n[content]\nitems = [\"a\", \"b \\u4E2D\"]\n";
        let found = missing(src);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].field, "issuer.name");
        assert_eq!(&src[found[0].span.clone()], "中");
        assert_eq!(found[1].field, "content.items[1]");
        assert_eq!(&src[found[1].span.clone()], "\"b \\u4E2D\"");
        let d = diagnostic("p.toml", src, &found[0]).to_string();
        assert!(d.contains("'中' (U+4E2D)") && d.contains("p.toml:3:") && d.contains("field: issuer.name"), "{d}");
    }
}
