//! The data model of a document as written in TOML: the parts every Party
//! document shares (issuer, number, date, signer, recipients) and, in
//! submodules, the parts of each kind.
//!
//! Every struct denies unknown fields, so a misspelt key is an error rather
//! than a silently missing paragraph. Strings are [`Text`] (NFC); strings that
//! may carry inline markup (see [`crate::rich`]) are documented as "rich".

pub mod plan;

use schemars::JsonSchema;
use serde::Deserialize;

use crate::text::Text;

pub use plan::Plan;

/// The kinds of document this crate renders.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, JsonSchema)]
pub enum Kind {
    /// Kế hoạch (plan), type code KH.
    #[serde(rename = "ke-hoach")]
    KeHoach,
}

impl Kind {
    /// Every kind, in the order `kehoach kinds` lists them.
    pub const ALL: &'static [Kind] = &[Kind::KeHoach];

    /// The `kind = "…"` value in TOML.
    pub fn id(self) -> &'static str {
        match self {
            Kind::KeHoach => "ke-hoach",
        }
    }

    /// The type name printed as the document's title.
    pub fn type_name(self) -> &'static str {
        match self {
            Kind::KeHoach => "KẾ HOẠCH",
        }
    }

    /// The type code inside the number ("Số 15-KH/ĐU").
    pub fn type_code(self) -> &'static str {
        match self {
            Kind::KeHoach => "KH",
        }
    }

    /// One line for `kehoach kinds`.
    pub fn description(self) -> &'static str {
        match self {
            Kind::KeHoach => "Kế hoạch — a committee's plan: purpose, content by sector, timeline, organisation",
        }
    }

    /// Looks a kind up by its TOML id.
    pub fn from_id(id: &str) -> Option<Kind> {
        Kind::ALL.iter().copied().find(|k| k.id() == id)
    }
}

/// The body that issues the document (top-left of the header).
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Issuer {
    /// The directly superior body, printed above in regular weight
    /// (e.g. "Đảng bộ huyện Nghĩa Hưng"). Optional.
    #[serde(default)]
    pub superior: Option<Text>,
    /// The issuing body, printed in bold capitals (e.g. "Đảng ủy xã Nghĩa Thái").
    pub name: Text,
    /// Its code in the number, after the slash: ĐU, TU, HU, BDVTU …
    pub code: Text,
}

/// Who signs, and in what capacity.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Signer {
    /// "T/M" (on behalf of a collective), "K/T" (deputy for the head),
    /// "T/L" (by delegation); omit when the head signs directly.
    #[serde(default)]
    pub authority: Option<Text>,
    /// The body the authority acts for ("Đảng ủy", "Ban Thường vụ").
    #[serde(default)]
    pub body: Option<Text>,
    /// The signer's position ("Phó Bí thư Thường trực"); printed in capitals.
    pub position: Text,
    /// The signer's full name, without academic titles.
    pub name: Text,
}

/// One line of the "Nơi nhận" list.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Recipient {
    /// Just the name: `"Các Chi ủy Chi bộ"`.
    Name(Text),
    /// A name with an annotation: `{ name = "Ban Dân vận Huyện ủy", note = "để báo cáo" }`.
    Annotated {
        name: Text,
        #[serde(default)]
        note: Option<Text>,
    },
}

impl Recipient {
    /// The recipient's name.
    pub fn name(&self) -> &Text {
        match self {
            Recipient::Name(n) | Recipient::Annotated { name: n, .. } => n,
        }
    }

    /// The annotation, if any ("để báo cáo").
    pub fn note(&self) -> Option<&Text> {
        match self {
            Recipient::Name(_) => None,
            Recipient::Annotated { note, .. } => note.as_ref(),
        }
    }
}

/// The "Nơi nhận" block: the recipients and the archive line.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Recipients {
    /// Recipients, in order. Each line is printed "- …," by the renderer.
    #[serde(default)]
    pub to: Vec<Recipient>,
    /// Where the original is archived: "VPĐU" prints "- Lưu VPĐU.".
    pub archive: Text,
}

/// A general section: the escape hatch for any structure the semantic fields
/// do not cover. Sections nest; their numbering (I-, 1., 1.1., a)) is computed.
#[derive(Clone, Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// The heading, without its number. Without a title, the number runs in
    /// before the first paragraph ("1. Đẩy mạnh …").
    #[serde(default)]
    pub title: Option<Text>,
    /// Paragraphs (rich).
    #[serde(default)]
    pub text: Vec<Text>,
    /// Dash items "- …" after the paragraphs (rich).
    #[serde(default)]
    pub items: Vec<Text>,
    /// Sub-sections, numbered one level deeper.
    #[serde(default)]
    pub sections: Vec<Section>,
    /// Set to false for an unnumbered sub-heading (printed in italics).
    #[serde(default = "yes")]
    pub numbered: bool,
}

fn yes() -> bool {
    true
}
