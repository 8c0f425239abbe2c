//! Layout profiles: every number of the layout (sizes, margins, spacing,
//! positions), as data.
//!
//! The built-in profiles are TOML files under `templates/profiles/`, embedded
//! in the binary. A profile may `extends = "other"` and list only what differs;
//! a plan may override any key under `[layout]`. Resolution is a deep merge of
//! TOML tables (base ← profile ← plan overrides), then one strict
//! deserialisation, so a misspelt key anywhere is an error.

use serde::{Deserialize, Serialize};

/// Name of the profile used when a plan names none.
pub const DEFAULT_PROFILE: &str = "dang";

use crate::assets::PROFILES as BUILTIN;

/// A resolved layout profile.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub name: String,
    pub description: String,
    pub status: String,
    #[serde(default, skip_serializing)]
    pub extends: Option<String>,
    pub page: Page,
    pub page_number: PageNumber,
    pub header: Header,
    pub title: Title,
    pub body: Body,
    pub numbering: Numbering,
    pub headings: Headings,
    pub signature: Signature,
    pub recipients: RecipientsStyle,
    pub marks: MarksStyle,
    pub kinh_gui: KinhGui,
    pub decision: Decision,
    pub table: TableStyle,
    pub appendix: AppendixStyle,
    pub spelling: Spelling,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Page {
    pub width_mm: f64,
    pub height_mm: f64,
    pub margin_top_mm: f64,
    pub margin_bottom_mm: f64,
    pub margin_left_mm: f64,
    pub margin_right_mm: f64,
}

#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum PageNumberPosition {
    TopCenter,
    TopRight,
    BottomCenter,
    BottomRight,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PageNumber {
    pub first_page: bool,
    pub position: PageNumberPosition,
    pub size_pt: f64,
    pub distance_mm: f64,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Header {
    pub left_width_mm: f64,
    pub party_title: String,
    pub party_title_size_pt: f64,
    pub title_rule_thickness_pt: f64,
    pub title_rule_gap_pt: f64,
    pub superior_size_pt: f64,
    pub issuer_size_pt: f64,
    pub asterisk: String,
    pub asterisk_size_pt: f64,
    pub number_size_pt: f64,
    pub date_size_pt: f64,
    pub line_spacing_pt: f64,
    pub row_gap_pt: f64,
    pub subject_size_pt: f64,
    pub subject_gap_pt: f64,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Title {
    pub gap_before_pt: f64,
    pub type_name_size_pt: f64,
    pub subject_size_pt: f64,
    pub separator: String,
    pub separator_size_pt: f64,
    pub gap_after_pt: f64,
}

#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum BasisStyle {
    Upright,
    Italic,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Body {
    pub size_pt: f64,
    pub line_spacing_pt: f64,
    pub paragraph_spacing_pt: f64,
    pub first_line_indent_mm: f64,
    pub justify: bool,
    pub hyphenate: bool,
    pub basis_style: BasisStyle,
    pub closing_punctuation: String,
}

/// How a heading level is numbered.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum NumberStyle {
    /// "I-"
    RomanHyphen,
    /// "I."
    RomanDot,
    /// "1."
    ArabicDot,
    /// "1-"
    ArabicHyphen,
    /// "2.1." (the parent's number, then this one)
    Decimal,
    /// "a)"
    LetterParen,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Numbering {
    pub level1: NumberStyle,
    pub level2: NumberStyle,
    pub level3: NumberStyle,
    pub level4: NumberStyle,
}

#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct HeadingStyle {
    pub bold: bool,
    pub italic: bool,
    pub upper: bool,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Headings {
    pub level1: HeadingStyle,
    pub level2: HeadingStyle,
    pub level3: HeadingStyle,
    pub level4: HeadingStyle,
    pub unnumbered: HeadingStyle,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Signature {
    pub width_mm: f64,
    pub size_pt: f64,
    pub sign_space_mm: f64,
    pub gap_before_pt: f64,
    pub line_spacing_pt: f64,
    /// Width of the signer's image and signature field, centred in the column
    /// between position and name (HD 05 7.2.2).
    pub image_width_mm: f64,
    /// Diameter of the seal when the signer gives none (HD 05 8.2.3: real size).
    pub seal_diameter_mm: f64,
    /// Share of the signature's width the seal covers on its left (HD 05 8.2.2: about 1/3).
    pub seal_overlap: f64,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RecipientsStyle {
    pub label: String,
    pub label_size_pt: f64,
    pub item_size_pt: f64,
    pub line_spacing_pt: f64,
    pub archive_prefix: String,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct MarksStyle {
    pub box_size_pt: f64,
    pub box_stroke_pt: f64,
    pub box_inset_pt: f64,
    pub gap_pt: f64,
    pub circulation_size_pt: f64,
    pub draft_size_pt: f64,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct KinhGui {
    pub size_pt: f64,
    pub label_italic: bool,
    pub gap_before_pt: f64,
    pub gap_after_pt: f64,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    pub enacting_size_pt: f64,
    pub gap_pt: f64,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TableStyle {
    pub size_pt: f64,
    pub line_spacing_pt: f64,
    pub header_bold: bool,
    pub stroke_pt: f64,
    pub inset_pt: f64,
    pub title_size_pt: f64,
    pub gap_pt: f64,
    pub blank_row_height_mm: f64,
}

#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum AppendixPageNumbers {
    Continue,
    Restart,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AppendixStyle {
    pub label_size_pt: f64,
    pub title_size_pt: f64,
    pub attached_size_pt: f64,
    pub gap_after_pt: f64,
    pub page_numbers: AppendixPageNumbers,
    pub signature_gap_mm: f64,
}

#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum ToneMarks {
    Keep,
    Old,
    New,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Spelling {
    pub tone_marks: ToneMarks,
}

/// Why a profile could not be resolved.
#[derive(Debug, thiserror::Error)]
pub enum ProfileError {
    #[error("unknown profile `{name}`; the profiles are: {known}")]
    Unknown { name: String, known: String },
    #[error("profile `{name}` is not valid TOML: {message}")]
    Syntax { name: String, message: String },
    #[error("profile `{name}`: {}{message}", path.as_ref().map(|p| format!("`{p}`: ")).unwrap_or_default())]
    Invalid { name: String, path: Option<String>, message: String },
    #[error("profile `{0}` extends itself through a cycle")]
    Cycle(String),
}

/// Name and one-line description of every built-in profile.
pub fn list() -> Vec<(String, String)> {
    BUILTIN
        .iter()
        .filter_map(|(name, _)| {
            Profile::builtin(name).ok().map(|p| (p.name.clone(), p.description.clone()))
        })
        .collect()
}

/// The names of the built-in profiles.
pub fn names() -> Vec<&'static str> {
    BUILTIN.iter().map(|(n, _)| *n).collect()
}

fn source_of(name: &str) -> Result<&'static str, ProfileError> {
    BUILTIN.iter().find(|(n, _)| *n == name).map(|(_, s)| *s).ok_or_else(|| {
        ProfileError::Unknown { name: name.to_owned(), known: names().join(", ") }
    })
}

/// The merged TOML table of a built-in profile, following `extends`.
fn table_of(name: &str, depth: usize) -> Result<toml::Table, ProfileError> {
    if depth > BUILTIN.len() {
        return Err(ProfileError::Cycle(name.to_owned()));
    }
    let table: toml::Table = toml::from_str(source_of(name)?)
        .map_err(|e| ProfileError::Syntax { name: name.to_owned(), message: e.to_string() })?;
    match table.get("extends").and_then(|v| v.as_str()) {
        Some(parent) => {
            let mut base = table_of(parent, depth + 1)?;
            merge(&mut base, table);
            Ok(base)
        }
        None => Ok(table),
    }
}

/// Deep-merges `over` into `base`: tables merge key by key, other values replace.
pub fn merge(base: &mut toml::Table, over: toml::Table) {
    for (key, value) in over {
        match (base.get_mut(&key), value) {
            (Some(toml::Value::Table(b)), toml::Value::Table(o)) => merge(b, o),
            (_, value) => {
                base.insert(key, value);
            }
        }
    }
}

impl Profile {
    /// A built-in profile by name.
    pub fn builtin(name: &str) -> Result<Profile, ProfileError> {
        Self::resolve(name, None)
    }

    /// Resolves a profile; the built-in profiles without overrides are
    /// resolved once per process (every document of a batch shares them).
    fn cached(name: &str) -> Option<Profile> {
        static CACHE: [std::sync::OnceLock<Option<Profile>>; BUILTIN.len()] =
            [const { std::sync::OnceLock::new() }; BUILTIN.len()];
        let index = BUILTIN.iter().position(|(n, _)| *n == name)?;
        CACHE[index].get_or_init(|| Profile::uncached(name, None).ok()).clone()
    }

    /// A built-in profile with a plan's `[layout]` overrides applied.
    pub fn resolve(name: &str, overrides: Option<&toml::Table>) -> Result<Profile, ProfileError> {
        match overrides {
            None => match Self::cached(name) {
                Some(p) => Ok(p),
                None => Self::uncached(name, None),
            },
            Some(_) => Self::uncached(name, overrides),
        }
    }

    fn uncached(name: &str, overrides: Option<&toml::Table>) -> Result<Profile, ProfileError> {
        let mut table = table_of(name, 0)?;
        if let Some(over) = overrides {
            merge(&mut table, over.clone());
        }
        let profile: Profile = serde_path_to_error::deserialize(toml::Value::Table(table))
            .map_err(|e| {
                let path = e.path().to_string();
                let message = e.into_inner().to_string();
                ProfileError::Invalid {
                    name: name.to_owned(),
                    path: Some(path),
                    message: message.lines().next().unwrap_or_default().to_owned(),
                }
            })?;
        profile
            .check()
            .map_err(|message| ProfileError::Invalid { name: name.to_owned(), path: None, message })?;
        Ok(profile)
    }

    /// Sanity limits that keep a layout possible (no negative margins, …).
    fn check(&self) -> Result<(), String> {
        let p = &self.page;
        let positive: [(&str, f64); 9] = [
            ("page.width_mm", p.width_mm),
            ("page.height_mm", p.height_mm),
            ("body.size_pt", self.body.size_pt),
            ("body.line_spacing_pt", self.body.line_spacing_pt),
            ("header.party_title_size_pt", self.header.party_title_size_pt),
            ("title.type_name_size_pt", self.title.type_name_size_pt),
            ("recipients.item_size_pt", self.recipients.item_size_pt),
            ("signature.size_pt", self.signature.size_pt),
            ("page_number.size_pt", self.page_number.size_pt),
        ];
        for (key, v) in positive {
            if !(v.is_finite() && v > 0.0 && v < 2000.0) {
                return Err(format!("`{key}` must be a positive number below 2000, not {v}"));
            }
        }
        let margins = [p.margin_top_mm, p.margin_bottom_mm, p.margin_left_mm, p.margin_right_mm];
        if margins.iter().any(|m| !m.is_finite() || *m < 0.0) {
            return Err("margins must be zero or positive".into());
        }
        if p.margin_left_mm + p.margin_right_mm + 20.0 > p.width_mm
            || p.margin_top_mm + p.margin_bottom_mm + 40.0 > p.height_mm
        {
            return Err("the margins leave no room for text on the page".into());
        }
        if self.body.line_spacing_pt < self.body.size_pt {
            return Err(format!(
                "`body.line_spacing_pt` ({}) must be at least `body.size_pt` ({})",
                self.body.line_spacing_pt, self.body.size_pt
            ));
        }
        if self.header.left_width_mm + 40.0 > p.width_mm - p.margin_left_mm - p.margin_right_mm {
            return Err("`header.left_width_mm` leaves no room for the right header column".into());
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_profile_resolves() {
        for name in names() {
            let p = Profile::builtin(name).unwrap();
            assert_eq!(p.name, name);
            assert_eq!(p.page.margin_left_mm, 30.0);
        }
    }

    #[test]
    fn profiles_differ_where_the_spec_says() {
        let hd36 = Profile::builtin("dang-hd36-2018").unwrap();
        let hd05 = Profile::builtin("dang-2026").unwrap();
        assert_eq!(hd36.title.type_name_size_pt, 15.0);
        assert_eq!(hd05.title.type_name_size_pt, 16.0);
        assert_eq!(hd05.body.line_spacing_pt, 19.0);
        assert!(hd05.status.contains("UNVERIFIED"));
    }

    #[test]
    fn plan_overrides_apply_and_are_checked() {
        let over: toml::Table = toml::from_str("[body]\nline_spacing_pt = 20").unwrap();
        let p = Profile::resolve("dang", Some(&over)).unwrap();
        assert_eq!(p.body.line_spacing_pt, 20.0);

        let typo: toml::Table = toml::from_str("[body]\nline_spacing = 20").unwrap();
        let err = Profile::resolve("dang", Some(&typo)).unwrap_err().to_string();
        assert!(err.contains("line_spacing"), "{err}");

        let bad: toml::Table = toml::from_str("[page_number]\nposition = \"middle\"").unwrap();
        assert!(Profile::resolve("dang", Some(&bad)).is_err());
    }

    #[test]
    fn unknown_profile_lists_the_known_ones() {
        let err = Profile::builtin("dang-1999").unwrap_err().to_string();
        assert!(err.contains("dang-hd36-2018"), "{err}");
    }
}
