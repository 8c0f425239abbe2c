//! Vietnamese text handling: NFC normalisation on the way in, Unicode
//! upper-casing for headers, and the date forms of official documents.
//!
//! Every string read from a plan passes through [`Text`], so the rest of the
//! program only ever sees NFC text. Tone-mark placement ("uỷ" / "ủy") is kept
//! exactly as typed: NFC never moves a mark from one letter to another.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};
use unicode_normalization::{is_nfc, is_nfc_quick, IsNormalized, UnicodeNormalization};

/// A string from the user's data, normalised to NFC when it is read.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Text(String);

impl Text {
    /// Wraps a string, normalising it to NFC.
    pub fn new(s: impl AsRef<str>) -> Self {
        Text(nfc(s.as_ref()))
    }

    /// The NFC string.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// True when the text is empty or only white space.
    pub fn is_blank(&self) -> bool {
        self.0.trim().is_empty()
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text::new(s)
    }
}

impl schemars::JsonSchema for Text {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Text".into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string" })
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(Text::new)
    }
}

/// Normalises a string to NFC (a no-op, without allocation of a new form, when
/// it already is).
pub fn nfc(s: &str) -> String {
    let already = match is_nfc_quick(s.chars()) {
        IsNormalized::Yes => true,
        IsNormalized::No => false,
        IsNormalized::Maybe => is_nfc(s),
    };
    if already {
        s.to_owned()
    } else {
        s.nfc().collect()
    }
}

/// Upper-cases by Unicode rules ("Đảng uỷ" → "ĐẢNG UỶ"), keeping NFC.
pub fn upper(s: &str) -> String {
    nfc(&s.to_uppercase())
}

/// Upper-cases the first letter only ("phó bí thư" → "Phó bí thư").
pub fn capitalize_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Day of a date as official documents write it: "05", "15".
pub fn day_form(day: u8) -> String {
    format!("{day:02}")
}

/// Month as official documents write it: "01", "02", then "3" … "12".
pub fn month_form(month: u8) -> String {
    if month <= 2 {
        format!("{month:02}")
    } else {
        month.to_string()
    }
}

/// Number of days in a month of the proleptic Gregorian calendar.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// Upper-case Roman numeral for a section number (1 → "I").
pub fn roman(mut n: usize) -> String {
    const TABLE: [(usize, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (value, digits) in TABLE {
        while n >= value {
            out.push_str(digits);
            n -= value;
        }
    }
    out
}

/// Lower-case Vietnamese letter for the n-th point (1 → "a"). Vietnamese
/// documents skip no letters but use the Latin alphabet "a b c d đ e …"; we
/// follow the common practice of plain Latin letters a–z, then "aa", "ab"….
pub fn point_letter(n: usize) -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyz";
    let mut n = n;
    let mut out = Vec::new();
    while n > 0 {
        n -= 1;
        out.push(LETTERS[n % 26]);
        n /= 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfd_input_becomes_nfc() {
        let nfd = "Đa\u{0309}ng u\u{0309}y";
        let text = Text::new(nfd);
        assert_eq!(text.as_str(), "Đảng ủy");
        assert!(is_nfc(text.as_str()));
    }

    #[test]
    fn tone_mark_placement_is_kept() {
        assert_eq!(Text::new("Huyện uỷ").as_str(), "Huyện uỷ");
        assert_eq!(Text::new("Huyện ủy").as_str(), "Huyện ủy");
        assert_ne!(Text::new("uỷ"), Text::new("ủy"));
    }

    #[test]
    fn upper_follows_unicode() {
        assert_eq!(upper("Đảng uỷ xã Nghĩa Thái"), "ĐẢNG UỶ XÃ NGHĨA THÁI");
        assert_eq!(upper("ban dân vận"), "BAN DÂN VẬN");
        assert_eq!(upper("thường trực"), "THƯỜNG TRỰC");
    }

    #[test]
    fn date_parts_follow_the_zero_rule() {
        assert_eq!(day_form(5), "05");
        assert_eq!(day_form(15), "15");
        assert_eq!(month_form(1), "01");
        assert_eq!(month_form(2), "02");
        assert_eq!(month_form(3), "3");
        assert_eq!(month_form(12), "12");
    }

    #[test]
    fn calendar() {
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(2023, 2), 28);
        assert_eq!(days_in_month(1900, 2), 28);
        assert_eq!(days_in_month(2000, 2), 29);
        assert_eq!(days_in_month(2024, 4), 30);
    }

    #[test]
    fn numerals() {
        assert_eq!(roman(1), "I");
        assert_eq!(roman(4), "IV");
        assert_eq!(roman(9), "IX");
        assert_eq!(roman(14), "XIV");
        assert_eq!(point_letter(1), "a");
        assert_eq!(point_letter(26), "z");
        assert_eq!(point_letter(27), "aa");
    }
}
