//! NFC normalisation on the way in.
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

impl From<String> for Text {
    fn from(s: String) -> Self {
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
}
