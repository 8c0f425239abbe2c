//! Layout profiles: every number of the layout (sizes, margins, spacing,
//! positions), as data.
//!
//! The built-in profiles are TOML files under `templates/profiles/`, embedded
//! in the binary. A profile may `extends = "other"` and list only what differs;
//! a plan may override any key under `[layout]`. Resolution is a deep merge of
//! TOML tables (base ← profile ← plan overrides), then one strict
//! deserialisation, so a misspelt key anywhere is an error.

use serde::{Deserialize, Serialize};

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
    pub rule_set: RuleSet,
    pub page: Page,
    /// The other papers a document may choose (`paper = "A5"`): each a table
    /// of profile values laid over the profile (`[paper.A5.page]` …).
    #[serde(default, skip_serializing)]
    pub paper: toml::Table,
    pub page_number: PageNumber,
    pub header: Header,
    pub title: Title,
    pub body: Body,
    pub numbering: Numbering,
    pub headings: Headings,
    pub signature: Signature,
    pub minutes: MinutesStyle,
    pub recipients: RecipientsStyle,
    pub marks: MarksStyle,
    pub kinh_gui: KinhGui,
    pub decision: Decision,
    pub table: TableStyle,
    pub appendix: AppendixStyle,
    pub spelling: Spelling,
    pub punctuation: Punctuation,
    pub typist: TypistStyle,
    pub contact: ContactStyle,
    pub codes: Codes,
    pub checks: Checks,
    pub rules: Rules,
}

/// Which guidance on document form the profile lays documents out by.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RuleSet {
    /// "Hướng dẫn 05-HD/VPTW": printed by render, check and verify, and
    /// recorded in the PDF's metadata.
    pub title: String,
    /// The day the guidance took effect ("2026-05-27"); only the rule-set
    /// profiles have one, and [`crate::rule_set`] chooses among them by date.
    #[serde(default)]
    pub in_force_from: Option<String>,
}

/// What follows each line of a list (căn cứ, "Nơi nhận", "Kính gửi").
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Punctuation {
    pub basis_between: String,
    pub basis_last: String,
    pub recipient_between: String,
    pub addressee_between: String,
    pub addressee_last: String,
    pub addressee_single: String,
}

/// The typist's code and number of copies at the end of "Nơi nhận".
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TypistStyle {
    pub size_pt: f64,
    pub upper: bool,
    pub gap_pt: f64,
}

/// The issuing body's contact information on the last page.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ContactStyle {
    pub size_pt: f64,
    pub rule_thickness_pt: f64,
    pub gap_pt: f64,
    pub line_spacing_pt: f64,
}

/// Type codes of the number, per rule set.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Codes {
    /// Type code per kind id ("ke-hoach" → "KH").
    pub types: std::collections::BTreeMap<String, String>,
    /// Type codes refused under this rule set, with the reason.
    pub refused_types: std::collections::BTreeMap<String, String>,
}

/// Checks of the data that depend on the rule set (see `form_checks`).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Checks {
    /// Whether the issuer code must be the initials of the issuing body's name.
    pub issuer_initials: bool,
    /// Issuer codes accepted whatever the body's name.
    pub fixed_issuer_codes: Vec<String>,
    /// Bodies that may not sign "T/M …" under this rule set.
    pub tm_refused_bodies: Vec<String>,
    /// Whether a one-syllable place name, or one named after a person, needs
    /// its administrative level ("Thành phố Huế").
    pub place_level: bool,
}

/// A range `verify` accepts: `[min, max]`, or `[min]` for "at least".
#[derive(Clone, Copy, Debug, Serialize, PartialEq)]
pub struct Range {
    pub min: f64,
    pub max: Option<f64>,
}

impl Range {
    pub fn contains(self, v: f64) -> bool {
        v >= self.min - 1e-6 && self.max.is_none_or(|max| v <= max + 1e-6)
    }
}

impl std::fmt::Display for Range {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let n = |v: f64| format!("{}", (v * 100.0).round() / 100.0);
        match self.max {
            None => write!(f, "≥ {}", n(self.min)),
            Some(max) if max == self.min => write!(f, "{}", n(max)),
            Some(max) => write!(f, "{}–{}", n(self.min), n(max)),
        }
    }
}

impl<'de> Deserialize<'de> for Range {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = Vec::<f64>::deserialize(d)?;
        match v.as_slice() {
            [min] => Ok(Range { min: *min, max: None }),
            [min, max] if min <= max => Ok(Range { min: *min, max: Some(*max) }),
            _ => Err(serde::de::Error::custom("a range is [min, max] (min ≤ max) or [min]")),
        }
    }
}

/// The ranges `verify` accepts on the page, per rule set.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Rules {
    pub party_title_pt: Range,
    pub type_name_pt: Range,
    pub subject_pt: Range,
    pub body_pt: Range,
    pub line_spacing_pt: Range,
    pub kinh_gui_names_pt: Range,
    pub typist_pt: Range,
    pub contact_pt: Range,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Page {
    /// The paper's name, "A4" or "A5" (HD 05 IV.3).
    #[serde(default = "a4")]
    pub size: String,
    pub width_mm: f64,
    pub height_mm: f64,
    pub margin_top_mm: f64,
    pub margin_bottom_mm: f64,
    pub margin_left_mm: f64,
    pub margin_right_mm: f64,
}

fn a4() -> String {
    "A4".to_owned()
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
    /// The left column's width when the content lets it be (see `context::columns`).
    pub left_width_mm: f64,
    /// The least room kept between a column's widest line and each of its edges.
    pub column_padding_mm: f64,
    /// The most lines a name of the header may take before its column widens.
    pub name_max_lines: usize,
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
    /// Author lines between the type name and the subject (HD 05 5.1.1), bold capitals.
    pub author_size_pt: f64,
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

/// How justified body text is broken into lines: `simple` fills each line
/// in turn, as Word and LibreOffice do (so a DOCX of the document breaks
/// its lines where the PDF does); `optimized` is typst's paragraph-wide
/// optimisation (Knuth–Plass).
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum LineBreaks {
    Simple,
    Optimized,
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
    pub linebreaks: LineBreaks,
    pub closing_punctuation: String,
    /// Baseline distance of a single-spaced line, as a multiple of its size.
    pub single_line_factor: f64,
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

/// The closing block of a Biên bản: the recorder's column on the left.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct MinutesStyle {
    /// Width of the recorder's column, from the left margin.
    pub recorder_width_mm: f64,
    /// Signatures → "Xác nhận chữ ký của đồng chí …".
    pub confirmation_gap_pt: f64,
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
    pub circulation_position: CirculationPosition,
    pub circulation_distance_mm: f64,
    pub no_broadcast: String,
    pub no_broadcast_distance_mm: f64,
}

/// Where the circulation scope ("LƯU HÀNH NỘI BỘ") is printed.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum CirculationPosition {
    /// Under the number, in the header's left column.
    UnderNumber,
    /// Top right of page 1, `circulation_distance_mm` from the top edge.
    TopRight,
}

/// How several "Kính gửi" addressees are placed.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum BlockAlign {
    Left,
    Center,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct KinhGui {
    pub size_pt: f64,
    pub label_italic: bool,
    pub gap_before_pt: f64,
    pub gap_after_pt: f64,
    pub names_size_pt: f64,
    pub align: BlockAlign,
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
    /// A type code the rule set no longer uses ("QĐi" under HD 05).
    #[error("type code `{code}` of `{kind}` is not used under {rule_set}")]
    RefusedTypeCode { kind: String, code: String, rule_set: String, why: String },
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

/// The rule-set profile in force on a document's date: the one whose
/// `in_force_from` is the latest not after the date (for a date without a
/// day, its last possible day); before every rule set, the earliest.
pub fn for_date(date: &crate::model::date::DocDate) -> &'static str {
    let day = date.latest();
    let mut in_force: Vec<((i32, u8, u8), &'static str)> = BUILTIN
        .iter()
        .filter_map(|(name, _)| {
            let from = Profile::builtin(name).ok()?.rule_set.in_force_from?;
            let d = crate::model::date::DocDate::parse(&from).ok()?;
            Some((d.ordinal(), *name))
        })
        .collect();
    in_force.sort();
    in_force
        .iter()
        .rev()
        .find(|(from, _)| *from <= day)
        .or(in_force.first())
        .map(|(_, name)| *name)
        .unwrap_or("dang")
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

    /// A built-in profile on a paper (`paper = "A5"`: its `[paper.A5]` values
    /// laid over it), then a plan's `[layout]` overrides.
    pub fn resolve_on(
        name: &str,
        paper: crate::model::Paper,
        overrides: Option<&toml::Table>,
    ) -> Result<Profile, ProfileError> {
        match paper {
            crate::model::Paper::A4 => Self::resolve(name, overrides),
            other => Self::uncached_on(name, other.id(), overrides),
        }
    }

    /// The profile's own values for the paper of an already resolved profile
    /// (what `verify` expects: the rule set's, without the plan's overrides).
    pub fn rules_of(resolved: &Profile) -> Result<Profile, ProfileError> {
        match resolved.page.size.as_str() {
            "A5" => Self::uncached_on(&resolved.name, "A5", None),
            _ => Self::builtin(&resolved.name),
        }
    }

    fn uncached(name: &str, overrides: Option<&toml::Table>) -> Result<Profile, ProfileError> {
        Self::uncached_on(name, "A4", overrides)
    }

    fn uncached_on(name: &str, paper: &str, overrides: Option<&toml::Table>) -> Result<Profile, ProfileError> {
        let mut table = table_of(name, 0)?;
        if paper != "A4" {
            let over = table.get("paper").and_then(|p| p.get(paper)).and_then(|t| t.as_table()).cloned().ok_or_else(|| {
                ProfileError::Invalid { name: name.to_owned(), path: Some(format!("paper.{paper}")), message: format!("the profile has no values for {paper} paper") }
            })?;
            merge(&mut table, over);
        }
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
        if let Some((kind, code, why)) = profile.refused_type_code() {
            return Err(ProfileError::RefusedTypeCode { kind, code, rule_set: profile.rule_set.title.clone(), why });
        }
        profile
            .check()
            .map_err(|message| ProfileError::Invalid { name: name.to_owned(), path: None, message })?;
        Ok(profile)
    }

    /// The first type code that the rule set refuses: (kind, code, why).
    fn refused_type_code(&self) -> Option<(String, String, String)> {
        self.codes.types.iter().find_map(|(kind, code)| {
            self.codes.refused_types.get(code).map(|why| (kind.clone(), code.clone(), why.clone()))
        })
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
        if let Some(kind) = crate::model::Kind::ALL.iter().find(|k| !self.codes.types.contains_key(k.id())) {
            return Err(format!("`codes.types` gives no type code for `{}`", kind.id()));
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
    fn rule_sets_differ_where_the_guidance_does() {
        let hd36 = Profile::builtin("dang-hd36-2018").unwrap();
        let hd05 = Profile::builtin("dang-hd05-2026").unwrap();
        assert_eq!(hd36.title.type_name_size_pt, 15.0);
        assert_eq!(hd05.title.type_name_size_pt, 16.0);
        assert_eq!((hd36.punctuation.basis_last.as_str(), hd05.punctuation.basis_last.as_str()), (",", "."));
        assert_eq!((hd36.punctuation.recipient_between.as_str(), hd05.punctuation.recipient_between.as_str()), (",", ";"));
        assert_eq!(hd05.rules.line_spacing_pt.to_string(), "18–22");
        assert_eq!(hd36.rules.line_spacing_pt.to_string(), "≥ 18");
        assert_eq!((hd36.typist.size_pt, hd05.typist.size_pt), (8.0, 11.0));
        assert_eq!(hd05.appendix.page_numbers, AppendixPageNumbers::Restart);
        assert_eq!(hd05.rule_set.title, "Hướng dẫn 05-HD/VPTW");
    }

    #[test]
    fn the_rule_set_follows_the_date() {
        use crate::model::date::DocDate;
        let on = |s: &str| for_date(&DocDate::parse(s).unwrap());
        assert_eq!(on("2026-05-26"), "dang-hd36-2018");
        assert_eq!(on("2026-05-27"), "dang-hd05-2026");
        assert_eq!(on("2026-05"), "dang-hd05-2026");
        assert_eq!(on("2026-04"), "dang-hd36-2018");
        assert_eq!(on("2026"), "dang-hd05-2026");
        assert_eq!(on("2024-04-01"), "dang-hd36-2018");
        assert_eq!(on("2010-01-01"), "dang-hd36-2018");
    }

    #[test]
    fn a_refused_type_code_names_its_reason() {
        let over: toml::Table = toml::from_str("[codes.types]\nquyet-dinh = \"QĐi\"").unwrap();
        let err = Profile::resolve("dang-hd05-2026", Some(&over)).unwrap_err().to_string();
        assert_eq!(err, "type code `QĐi` of `quyet-dinh` is not used under Hướng dẫn 05-HD/VPTW");
        let Err(ProfileError::RefusedTypeCode { why, .. }) = Profile::resolve("dang-hd05-2026", Some(&over)) else { panic!() };
        assert!(why.contains("3.1.2a"), "{why}");
        assert!(Profile::resolve("dang-hd36-2018", Some(&over)).is_ok());
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
