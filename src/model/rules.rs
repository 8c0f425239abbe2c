//! The parts of a Quy chế and a Quy định (HD 05 6.2.4): the divisions Phần /
//! Chương / Mục, each holding "Điều N." articles, and the Quyết định the
//! document is issued with.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::date::DocDate;
use super::Article;
use crate::vietnamese::Text;

/// The word of the top division; each level below takes the next word
/// (Phần → Chương → Mục).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum DivisionWord {
    /// "Phần I", with Chương and Mục below.
    Phan,
    /// "Chương I", with Mục below (the default).
    #[default]
    Chuong,
    /// "Mục 1" only.
    Muc,
}

/// How the numbers of Phần and Chương are written (HD 05 6.2.4a: Roman
/// numerals or words). Mục is always numbered 1, 2, … (6.2.4b).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum DivisionNumbering {
    /// "Chương I", "Phần II" (the default).
    #[default]
    Roman,
    /// "Chương thứ nhất", "Phần thứ hai".
    Words,
}

/// `[structure]`: the words and numbers of the divisions.
#[derive(Clone, Copy, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Structure {
    /// The word of the top-level `[[divisions]]`: "phan", "chuong" (default) or "muc".
    #[serde(default)]
    pub top: DivisionWord,
    /// "roman" ("Chương I", default) or "words" ("Chương thứ nhất").
    #[serde(default)]
    pub numbering: DivisionNumbering,
}

/// A Phần, Chương or Mục: "Chương I" centred and bold, its name in bold
/// capitals on the next line, then its articles and sub-divisions.
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Division {
    /// The name, printed in capitals under "Chương I" ("Quy định chung").
    #[serde(default)]
    pub title: Option<Text>,
    /// "Điều N." articles; their numbers run on through the whole document.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub articles: Vec<Article>,
    /// Divisions one level down (Chương in a Phần, Mục in a Chương), after the articles.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub divisions: Vec<Division>,
}

/// `[issued_with]`: the Quyết định that issues a Quy chế or Quy định.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IssuedWith {
    /// Its number and code, "125-QĐ/TU" (blank spaces for a draft: "   -QĐ/TU").
    pub number: Text,
    /// Its date.
    pub date: DocDate,
    /// The body that issued it ("Ban Thường vụ Tỉnh ủy").
    pub by: Text,
}
