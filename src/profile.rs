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
    /// The profile's name ("dang-hd05-2026"), as `profile = "…"` names it.
    pub name: String,
    /// One line saying what the profile is for (listed by `kehoach profiles`).
    pub description: String,
    /// How firm its values are: where they come from (the guidance's text, its examples, or the layout's own choices).
    pub status: String,
    /// The profile this one lists differences from (`extends = "dang"`); resolved away when loaded.
    #[serde(default, skip_serializing)]
    pub extends: Option<String>,
    /// The guidance on document form this profile follows.
    pub rule_set: RuleSet,
    /// Paper size and margins.
    pub page: Page,
    /// The typefaces the text is set in (`[font]`).
    pub font: Typeface,
    /// The other papers a document may choose (`paper = "A5"`): each a table
    /// of profile values laid over the profile (`[paper.A5.page]` …).
    #[serde(default, skip_serializing)]
    pub paper: toml::Table,
    /// The page number: where, how large, from which page.
    pub page_number: PageNumber,
    /// The header: party title, issuing body, number, place and date.
    pub header: Header,
    /// The type name ("KẾ HOẠCH"), the subject and the separator under them.
    pub title: Title,
    /// The body text: size, spacing, indent, justification.
    pub body: Body,
    /// The line model both writers share: a line box's edges, block spacing.
    pub line: LineModel,
    /// How each heading level is numbered ("I-", "1.", "2.1.", "a)").
    pub numbering: Numbering,
    /// Bold, italic and capitals per heading level.
    pub headings: Headings,
    /// The closing block: authority, position, room to sign, name, images.
    pub signature: Signature,
    /// The closing block of a Biên bản.
    pub minutes: MinutesStyle,
    /// "Nơi nhận": the label, the lines and the archive line.
    pub recipients: RecipientsStyle,
    /// Marks: urgency, secrecy, draft, circulation scope, "no broadcast".
    pub marks: MarksStyle,
    /// The "Kính gửi:" block of a công văn or tờ trình.
    pub kinh_gui: KinhGui,
    /// The enacting line of a quyết định ("… QUYẾT ĐỊNH:").
    pub decision: Decision,
    /// Tables in the body and in appendices.
    pub table: TableStyle,
    /// Appendix headings and their page numbers.
    pub appendix: AppendixStyle,
    /// Phần / Chương / Mục headings of a Quy chế or Quy định.
    pub division: DivisionStyle,
    /// The table of tasks of a Chương trình.
    pub tasks: TasksStyle,
    /// Spelling unified on printing (tone-mark style).
    pub spelling: Spelling,
    /// What ends each line of a list (căn cứ, "Kính gửi", "Nơi nhận").
    pub punctuation: Punctuation,
    /// The typist's code and number of copies after "Nơi nhận".
    pub typist: TypistStyle,
    /// The issuing body's contact line on the last page.
    pub contact: ContactStyle,
    /// A copy's stamp and the copier's signature (HD 05 III.2, Phụ lục 3).
    pub copy: CopyStyle,
    /// The type codes of the number ("KH" in "Số 15-KH/ĐU").
    pub codes: Codes,
    /// Input checks that depend on the rule set.
    pub checks: Checks,
    /// The ranges `kehoach verify` accepts on the laid-out page.
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
    /// profiles have one, and [`for_date`] chooses among them by date.
    #[serde(default)]
    pub in_force_from: Option<String>,
}

/// What follows each line of a list (căn cứ, "Nơi nhận", "Kính gửi").
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Punctuation {
    /// After each căn cứ line but the last (";" in both rule sets; HD 05 6.2.3).
    pub basis_between: String,
    /// After the last căn cứ line ("," under HD 36 practice, "." under HD 05 6.2.3).
    pub basis_last: String,
    /// After each "Nơi nhận" line before the archive line ("," HD 36 PL3 row 9.1; ";" HD 05 9.2.5).
    pub recipient_between: String,
    /// After each of several "Kính gửi" addressees but the last ("," HD 36; ";" HD 05 9.2.5).
    pub addressee_between: String,
    /// After the last of several addressees ("." HD 36, the layout's choice; ";" HD 05 9.2.5).
    pub addressee_last: String,
    /// After a single addressee on the label's line ("" HD 36; ";" HD 05 9.2.5).
    pub addressee_single: String,
}

/// The typist's code and number of copies at the end of "Nơi nhận".
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TypistStyle {
    /// Size of the typist line, pt (8 HD 36 PL3 row 13; 11 HD 05 Phụ lục 2 row 13).
    pub size_pt: f64,
    /// Whether the typist's code is printed in capitals (HD 36 PL3 row 13: yes; HD 05: as typed).
    pub upper: bool,
    /// Space between the last recipient line and the typist line, pt (layout's choice).
    pub gap_pt: f64,
}

/// The issuing body's contact information on the last page.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ContactStyle {
    /// Size of the contact text, pt (10: HD 36 PL3 row 14, HD 05 Phụ lục 2 row 14).
    pub size_pt: f64,
    /// Thickness of the solid rule above it, as wide as the text area, pt (layout's choice).
    pub rule_thickness_pt: f64,
    /// Space between the rule and the text, pt (layout's choice).
    pub gap_pt: f64,
    /// Baseline distance of its lines, pt (single spacing; layout's choice).
    pub line_spacing_pt: f64,
}

/// A copy (`[copy]`): the rule after the closing block, the stamp "BẢN SAO
/// VĂN BẢN" on the left and the copier's signature on the right.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CopyStyle {
    /// Space between the closing block and the rule, pt (layout's choice).
    pub gap_before_pt: f64,
    /// Thickness of the rule across the text area, pt (HD 05 III.2.2: solid; layout's choice).
    pub rule_thickness_pt: f64,
    /// Space between the rule and the stamp, pt (layout's choice).
    pub gap_after_pt: f64,
    /// The stamp's width, mm (80: HD 05 Phụ lục 3, 1.1).
    pub stamp_width_mm: f64,
    /// The stamp's height, mm (50: HD 05 Phụ lục 3, 1.1).
    pub stamp_height_mm: f64,
    /// The stamp's colour, `#rrggbb` (red ink: Phụ lục 3, 1.1).
    pub stamp_color: String,
    /// The stamp frame's stroke, pt (layout's choice).
    pub stamp_stroke_pt: f64,
    /// Padding inside the stamp's frame, mm (layout's choice).
    pub stamp_inset_mm: f64,
    /// Size of "BẢN SAO VĂN BẢN", bold capitals, pt (13: Phụ lục 3, 1.1).
    pub title_size_pt: f64,
    /// Size of the stamp's lines, pt (layout's choice).
    pub line_size_pt: f64,
    /// Baseline distance of the stamp's lines, pt (layout's choice).
    pub line_spacing_pt: f64,
}

/// Type codes of the number, per rule set.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Codes {
    /// Type code per kind id ("ke-hoach" → "KH").
    pub types: std::collections::BTreeMap<String, String>,
    /// Type codes refused under this rule set, with the reason: its words,
    /// or the id of the message that says it in the user's language
    /// (`refused-type-code-qdi`).
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
    /// Whether a căn cứ must give the cited document's number, code and date
    /// (HD 05 6.2.3).
    pub basis_complete: bool,
    /// Whether a signer's position must not carry the body's name (HD 05 7.1.2).
    pub position_without_body: bool,
    /// Whether the secrecy and urgency marks and the draft note must be the
    /// words the rules name (HD 05 II.2, II.3, Phụ lục 2 row 12).
    pub mark_words: bool,
}

/// A range `verify` accepts: `[min, max]`, or `[min]` for "at least".
#[derive(Clone, Copy, Debug, Serialize, PartialEq)]
pub struct Range {
    /// The least value accepted.
    pub min: f64,
    /// The greatest value accepted; `None` for "at least `min`".
    pub max: Option<f64>,
}

impl Range {
    /// Whether `v` lies in the range (with a tolerance of 10⁻⁶ for rounding).
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
            _ => Err(serde::de::Error::custom(crate::tr!("profile-range-form"))),
        }
    }
}

/// The ranges `verify` accepts on the page, per rule set.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Rules {
    /// Size of "ĐẢNG CỘNG SẢN VIỆT NAM", pt (HD 05 Phụ lục 2 row 1).
    pub party_title_pt: Range,
    /// Size of the type name ("KẾ HOẠCH"), pt (HD 05 Phụ lục 2 row 5).
    pub type_name_pt: Range,
    /// Size of the subject line, pt (HD 05 Phụ lục 2 row 5).
    pub subject_pt: Range,
    /// Size of the body text, pt (HD 05 Phụ lục 2 row 6).
    pub body_pt: Range,
    /// Baseline distance of body lines, pt (HD 36: at least 18; HD 05 6.2.2: 18–22).
    pub line_spacing_pt: Range,
    /// Size of the "Kính gửi" addressees, pt (HD 36 PL3 row 8.1; HD 05 Phụ lục 2 row 9).
    pub kinh_gui_names_pt: Range,
    /// Size of the typist line, pt (HD 36 PL3 row 13; HD 05 Phụ lục 2 row 13).
    pub typist_pt: Range,
    /// Size of the contact line, pt (Phụ lục 2 row 14 of both).
    pub contact_pt: Range,
}

/// The typefaces the text is set in (`[font]`, HD 05 IV.1).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Typeface {
    /// Family names, the first one that has a glyph wins: the bundled
    /// "Liberation Serif" (metric-compatible with Times New Roman); `--fonts
    /// DIR` puts the directory's family before it.
    pub families: Vec<String>,
}

/// Paper size and margins (`[page]`).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Page {
    /// The paper's name, "A4" or "A5" (HD 05 IV.3).
    #[serde(default = "a4")]
    pub size: String,
    /// Paper width, mm (A4: 210; HD 05 IV.3).
    pub width_mm: f64,
    /// Paper height, mm (A4: 297; HD 05 IV.3).
    pub height_mm: f64,
    /// Top margin, mm (20; HD 05 IV.4.1).
    pub margin_top_mm: f64,
    /// Bottom margin, mm (20; HD 05 IV.4.1).
    pub margin_bottom_mm: f64,
    /// Left margin, mm (30; HD 05 IV.4.1).
    pub margin_left_mm: f64,
    /// Right margin, mm (15; HD 05 IV.4.1).
    pub margin_right_mm: f64,
    /// Printed on both sides (HD 05 IV.4.2): a back page (every even page)
    /// mirrors the margins, left 15 and right 30 mm, so the wide margin is
    /// always at the binding.
    #[serde(default)]
    pub two_sided: bool,
}

/// The default paper name.
fn a4() -> String {
    "A4".to_owned()
}

/// Where the page number is printed.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum PageNumberPosition {
    /// Top, centred (HD 05 IV.5.1).
    TopCenter,
    /// Top, right.
    TopRight,
    /// Bottom, centred.
    BottomCenter,
    /// Bottom, right.
    BottomRight,
}

/// The page number (`[page_number]`).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PageNumber {
    /// Whether page 1 carries a number (no; HD 05 IV.5.1).
    pub first_page: bool,
    /// Where the number is printed (top centre; HD 05 IV.5.1).
    pub position: PageNumberPosition,
    /// Size of the page number, pt (14; HD 05 Phụ lục 2 row 15).
    pub size_pt: f64,
    /// Distance from the top edge to the number's baseline, mm (10; HD 05 IV.5.1).
    pub distance_mm: f64,
}

/// The header (`[header]`): party title, issuing body, number, place and date.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Header {
    /// The left column's width when the content lets it be (see `context::columns`).
    pub left_width_mm: f64,
    /// The least room kept between a column's widest line and each of its edges.
    pub column_padding_mm: f64,
    /// The most lines a name of the header may take before its column widens.
    pub name_max_lines: usize,
    /// The party title printed top right ("ĐẢNG CỘNG SẢN VIỆT NAM").
    pub party_title: String,
    /// Size of the party title, pt (15; HD 05 Phụ lục 2 row 1).
    pub party_title_size_pt: f64,
    /// Thickness of the solid rule under the party title, pt (layout's choice; HD 05 1.2 gives no thickness).
    pub title_rule_thickness_pt: f64,
    /// Space between the party title and its rule, pt (layout's choice).
    pub title_rule_gap_pt: f64,
    /// Size of the superior body's name, regular, pt (14; HD 05 Phụ lục 2 row 2).
    pub superior_size_pt: f64,
    /// Size of the issuing body's name, bold, pt (14; HD 05 Phụ lục 2 row 2).
    pub issuer_size_pt: f64,
    /// The mark under the issuing body's name ("*"; HD 05 2.2.1).
    pub asterisk: String,
    /// Size of the asterisk, pt (layout's choice).
    pub asterisk_size_pt: f64,
    /// Size of the number line ("Số 15-KH/ĐU"), pt (14; HD 05 Phụ lục 2 row 3).
    pub number_size_pt: f64,
    /// Size of the place and date line, italic, pt (14; HD 05 Phụ lục 2 row 4).
    pub date_size_pt: f64,
    /// Baseline distance of the header's lines, pt (single spacing; layout's choice).
    pub line_spacing_pt: f64,
    /// Space between the names/title row and the number/date row, pt (layout's choice).
    pub row_gap_pt: f64,
    /// Size of a công văn's subject under the number, italic, pt (12; HD 05 5.2.3).
    pub subject_size_pt: f64,
    /// Space between the number and a công văn's subject, pt (layout's choice).
    pub subject_gap_pt: f64,
}

/// The type name, subject and separator (`[title]`).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Title {
    /// Space between the header and the type name, pt (about one blank line; layout's choice).
    pub gap_before_pt: f64,
    /// Size of the type name ("KẾ HOẠCH"), bold capitals, pt (15–16; HD 05 Phụ lục 2 row 5).
    pub type_name_size_pt: f64,
    /// Size of the subject under the type name, bold, pt (14–15; HD 05 Phụ lục 2 row 5).
    pub subject_size_pt: f64,
    /// Author lines between the type name and the subject (HD 05 5.1.1), bold capitals.
    pub author_size_pt: f64,
    /// "(Ban hành kèm theo Quyết định số …)" under the subject of a Quy chế or Quy định: italic, pt.
    pub issued_with_size_pt: f64,
    /// The theme of a political report to a congress, in place of the type
    /// name and the subject (HD 05 5.1.2): bold capitals, pt (no size given: the subject's).
    pub theme_size_pt: f64,
    /// "(Báo cáo của Ban Chấp hành … trình Đại hội …)" under the theme: italic, not bold, pt.
    pub presented_size_pt: f64,
    /// The separator under the subject ("-----", five hyphens; HD 05 5.2.1).
    pub separator: String,
    /// Size of the separator, pt.
    pub separator_size_pt: f64,
    /// Space between the separator and the body, pt (layout's choice).
    pub gap_after_pt: f64,
}

/// How the căn cứ lines are set.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum BasisStyle {
    /// Upright (the default).
    Upright,
    /// Italic.
    Italic,
}

/// How justified body text is broken into lines: `simple` fills each line
/// in turn, as Word and LibreOffice do (so a DOCX of the document breaks
/// its lines where the PDF does); `optimized` is typst's paragraph-wide
/// optimisation (Knuth–Plass).
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum LineBreaks {
    /// Each line filled in turn, as Word breaks.
    Simple,
    /// Typst's paragraph-wide optimisation.
    Optimized,
}

/// The body text (`[body]`).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Body {
    /// Size of the body text, pt (14–15; HD 05 Phụ lục 2 row 6).
    pub size_pt: f64,
    /// Baseline distance of body lines ("Exactly"), pt (inside `[rules] line_spacing_pt`).
    pub line_spacing_pt: f64,
    /// Space between paragraphs, pt (at least 6; HD 05 6.2.2).
    pub paragraph_spacing_pt: f64,
    /// Indent of a paragraph's first line, mm (about 10; HD 05 6.2.2).
    pub first_line_indent_mm: f64,
    /// Whether lines are justified to both margins (yes; HD 05 6.2.2).
    pub justify: bool,
    /// Whether words may be hyphenated (no: a syllable is never split; layout's choice).
    pub hyphenate: bool,
    /// Whether the căn cứ lines are upright or italic (neither rule set says).
    pub basis_style: BasisStyle,
    /// How lines are broken (`simple`, as Word does, or `optimized`).
    pub linebreaks: LineBreaks,
    /// What ends the body (".", never the state form "./."; HD 05 6.2.2).
    pub closing_punctuation: String,
    /// Baseline distance of a single-spaced line, as a multiple of its size.
    pub single_line_factor: f64,
}

/// The line model (`[line]`): where a line's box ends above and below its
/// baseline, and the spacing of blocks outside the body. The PDF's layout
/// library sets lines by it; the DOCX writer converts it to an office's
/// "exactly" spaced lines.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LineModel {
    /// Top of a line's box above its baseline, em (0.8).
    pub ascent_em: f64,
    /// Bottom of a line's box below its baseline, em (0.2).
    pub descent_em: f64,
    /// Spacing between the blocks outside the body (header, title block), em
    /// of the body size (1.2).
    pub block_spacing_em: f64,
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

/// The numbering of each heading level (`[numbering]`).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Numbering {
    /// Numbering of level-1 headings ("I-"; HD 05's own text).
    pub level1: NumberStyle,
    /// Numbering of level-2 headings ("1.").
    pub level2: NumberStyle,
    /// Numbering of level-3 headings ("2.1.").
    pub level3: NumberStyle,
    /// Numbering of level-4 headings ("a)").
    pub level4: NumberStyle,
}

/// The style of one heading level.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct HeadingStyle {
    /// Whether the heading is bold.
    pub bold: bool,
    /// Whether the heading is italic.
    pub italic: bool,
    /// Whether the heading is printed in capitals.
    pub upper: bool,
}

/// The style of each heading level (`[headings]`).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Headings {
    /// Style of level-1 headings ("I- …": bold capitals).
    pub level1: HeadingStyle,
    /// Style of level-2 headings ("1. …": bold).
    pub level2: HeadingStyle,
    /// Style of level-3 headings ("2.1. …": bold italic).
    pub level3: HeadingStyle,
    /// Style of level-4 headings ("a) …": italic).
    pub level4: HeadingStyle,
    /// Style of headings without a number (italic).
    pub unnumbered: HeadingStyle,
}

/// The closing block (`[signature]`).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Signature {
    /// Width of the closing block's right column, mm (layout's choice).
    pub width_mm: f64,
    /// Size of the authority, position and name, pt (14; HD 05 Phụ lục 2 row 7).
    pub size_pt: f64,
    /// Room for the signature and seal between position and name, mm (about four blank lines; layout's choice).
    pub sign_space_mm: f64,
    /// Space between the body and the closing block, pt (layout's choice).
    pub gap_before_pt: f64,
    /// Baseline distance of the closing block's lines, pt (layout's choice).
    pub line_spacing_pt: f64,
    /// Width of the signer's image and signature field, centred in the column
    /// between position and name (HD 05 7.2.2).
    pub image_width_mm: f64,
    /// Diameter of the seal when the signer gives none (HD 05 8.2.3: real size).
    pub seal_diameter_mm: f64,
    /// Share of the signature's width the seal covers on its left (HD 05 8.2.2: about 1/3).
    pub seal_overlap: f64,
    /// Between the rows of a signature grid (a joint document's blocks, HD 05 7.2.4).
    pub grid_row_gap_mm: f64,
    /// Between the two columns of a signature grid: a long first line wraps
    /// inside its column and never runs into the next block.
    pub grid_gutter_mm: f64,
    /// The least room `verify` accepts between the lines of two blocks of a
    /// grid's row (P-SIG-4): below it, the columns read as one line.
    pub grid_gutter_min_mm: f64,
    /// From the last row of a signature grid down to "Nơi nhận:".
    pub grid_recipients_gap_mm: f64,
    /// From a signer's name down to the confirmation block under it (HD 05 7.1.4a).
    pub confirmation_gap_mm: f64,
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

/// The "Nơi nhận" block (`[recipients]`).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RecipientsStyle {
    /// The label ("Nơi nhận:"; HD 05 9.2.1).
    pub label: String,
    /// Size of the label, underlined, pt (14; HD 05 Phụ lục 2 row 9).
    pub label_size_pt: f64,
    /// Size of the recipient lines, pt (12; HD 05 Phụ lục 2 row 9.1).
    pub item_size_pt: f64,
    /// Baseline distance of the recipient lines, pt (single spacing; layout's choice).
    pub line_spacing_pt: f64,
    /// The word that starts the archive line ("Lưu", as in "- Lưu VPĐU."; HD 05 9.2.5).
    pub archive_prefix: String,
}

/// The marks (`[marks]`): urgency, draft, circulation scope, "no broadcast".
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct MarksStyle {
    /// Size of the urgency mark in its frame, bold capitals, pt (14; HD 05 Phụ lục 2 row 11).
    pub box_size_pt: f64,
    /// Thickness of the frame around the urgency mark, pt (layout's choice).
    pub box_stroke_pt: f64,
    /// Space inside that frame, pt (layout's choice).
    pub box_inset_pt: f64,
    /// Space between the number and the first mark, pt (layout's choice).
    pub gap_pt: f64,
    /// Size of "LƯU HÀNH NỘI BỘ", bold capitals, pt (12; HD 05 Phụ lục 2 row 12).
    pub circulation_size_pt: f64,
    /// Size of "Dự thảo", italic, pt (14; HD 05 Phụ lục 2 row 12).
    pub draft_size_pt: f64,
    /// Where the circulation scope is printed (under the number for HD 36; top right for HD 05 II-4.1).
    pub circulation_position: CirculationPosition,
    /// For `top-right`: distance from the top edge to the top of the capitals, mm (10; HD 05 II-4.1).
    pub circulation_distance_mm: f64,
    /// The text printed for `[marks] no_broadcast = true`.
    pub no_broadcast: String,
    /// Distance from the bottom edge of the last page to that line's baseline, mm (10; HD 05 II-4.1).
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
    /// The label, then the list beside it at the left margin.
    Left,
    /// The whole block centred (HD 05 9.2.3).
    Center,
}

/// The "Kính gửi:" block (`[kinh_gui]`).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct KinhGui {
    /// Size of the "Kính gửi:" label, pt (14; HD 05 Phụ lục 2 row 9).
    pub size_pt: f64,
    /// Whether the label is italic (yes; HD 05 Phụ lục 2 row 9).
    pub label_italic: bool,
    /// Space between the header and the label, pt (about one blank line; layout's choice).
    pub gap_before_pt: f64,
    /// Space after the block, pt (layout's choice).
    pub gap_after_pt: f64,
    /// Size of the addressees, pt (14; HD 36 PL3 row 8.1, HD 05 Phụ lục 2 row 9).
    pub names_size_pt: f64,
    /// How several addressees are placed (left for HD 36; centred for HD 05 9.2.3).
    pub align: BlockAlign,
    /// Between the label and the list of several addressees, em of the label's size (layout's choice).
    pub label_gap_em: f64,
}

/// The enacting line of a quyết định (`[decision]`).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// Size of the enacting line, bold capitals centred, pt (practice; layout's choice).
    pub enacting_size_pt: f64,
    /// Space around the enacting line, pt (layout's choice).
    pub gap_pt: f64,
}

/// Tables (`[table]`).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TableStyle {
    /// Size of table text, pt (body size less one; layout's choice).
    pub size_pt: f64,
    /// Baseline distance of lines in a cell, pt (layout's choice).
    pub line_spacing_pt: f64,
    /// Whether the header row is bold (layout's choice).
    pub header_bold: bool,
    /// Thickness of cell borders, pt (layout's choice).
    pub stroke_pt: f64,
    /// Padding inside a cell, pt (layout's choice).
    pub inset_pt: f64,
    /// Size of a table's caption, bold, pt (layout's choice).
    pub title_size_pt: f64,
    /// Space around a table, pt (layout's choice).
    pub gap_pt: f64,
    /// Height of a row left blank to fill in by hand, mm (layout's choice).
    pub blank_row_height_mm: f64,
}

/// Headings of the divisions of a Quy chế or Quy định ("Chương I" / "QUY
/// ĐỊNH CHUNG"): printed at the body's size and line spacing, centred, bold.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DivisionStyle {
    /// Space above the "Chương I" line, pt (layout's choice).
    pub gap_before_pt: f64,
    /// Space under the division's name, pt (layout's choice).
    pub gap_after_pt: f64,
}

/// A Chương trình's table of tasks.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TasksStyle {
    /// Relative widths of TT, nội dung, chủ trì, phối hợp, thời gian.
    pub widths: Vec<f64>,
}

/// How appendix pages are numbered.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum AppendixPageNumbers {
    /// Continue the document's page numbers.
    Continue,
    /// Restart at 1 in each appendix (HD 05 IV.5.2).
    Restart,
}

/// Appendices (`[appendix]`).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AppendixStyle {
    /// Size of the label "Phụ lục 1", bold, pt (HD 05 II-1.1).
    pub label_size_pt: f64,
    /// Size of the appendix title, bold capitals, pt (layout's choice).
    pub title_size_pt: f64,
    /// Size of "(Kèm theo Kế hoạch số …)", italic, pt (layout's choice).
    pub attached_size_pt: f64,
    /// Space between the heading and the content, pt (layout's choice).
    pub gap_after_pt: f64,
    /// Whether appendix pages continue the document's numbers (HD 36) or restart at 1 (HD 05 IV.5.2).
    pub page_numbers: AppendixPageNumbers,
    /// Room to sign under each caption of a form, mm (layout's choice).
    pub signature_gap_mm: f64,
    /// Whether a lone appendix is numbered ("Phụ lục 1") or not ("Phụ lục":
    /// HD 05 II.1.1 numbers appendices only from two).
    pub number_alone: bool,
}

/// A tone-mark style to print the whole document in.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum ToneMarks {
    /// As typed (the default).
    Keep,
    /// The old style: "uỷ", "hoà".
    Old,
    /// The new style: "ủy", "hòa".
    New,
}

/// Spelling unified on printing (`[spelling]`).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Spelling {
    /// Tone-mark style of the printed text: as typed (default), old ("uỷ") or new ("ủy").
    pub tone_marks: ToneMarks,
}

/// Why a profile could not be resolved (its message in the user's
/// language: `locales/*/kehoach.ftl`, "Profiles and `[layout]`").
#[derive(Debug)]
pub enum ProfileError {
    /// No built-in profile has this name.
    Unknown {
        /// The name asked for.
        name: String,
        /// The built-in profiles, comma-separated.
        known: String,
    },
    /// A built-in profile is not valid TOML (a bug in kehoach).
    Syntax {
        /// The profile's name.
        name: String,
        /// The TOML parser's message.
        message: String,
    },
    /// A value does not fit the profile's structure: a misspelt key or a wrong type, in the profile or in `[layout]`.
    Invalid {
        /// The profile's name.
        name: String,
        /// The key at fault (`header.left_width_mm`), when known.
        path: Option<String>,
        /// What is wrong with it.
        message: String,
        /// The fix, when the parser's message names it (a misspelt key:
        /// "did you mean `line_spacing_pt`?").
        hint: Option<String>,
    },
    /// Following `extends` comes back to the profile: the profile's name.
    Cycle(String),
    /// A type code the rule set no longer uses ("QĐi" under HD 05).
    RefusedTypeCode {
        /// The document's kind id.
        kind: String,
        /// The refused type code.
        code: String,
        /// The rule set's title.
        rule_set: String,
        /// Why the rule set refuses it.
        why: String,
    },
}

impl std::fmt::Display for ProfileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            ProfileError::Unknown { name, known } => crate::tr!("profile-unknown", name = name, known = known),
            ProfileError::Syntax { name, message } => crate::tr!("profile-syntax", name = name, message = message),
            ProfileError::Invalid { name, path: Some(path), message, .. } => {
                crate::tr!("profile-invalid-at", name = name, path = path, message = message)
            }
            ProfileError::Invalid { name, path: None, message, .. } => crate::tr!("profile-invalid", name = name, message = message),
            ProfileError::Cycle(name) => crate::tr!("profile-cycle", name = name),
            ProfileError::RefusedTypeCode { kind, code, rule_set, .. } => {
                crate::tr!("profile-refused-type-code", code = code, kind = kind, rule_set = rule_set)
            }
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ProfileError {}

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
                ProfileError::Invalid { name: name.to_owned(), path: Some(format!("paper.{paper}")), message: crate::tr!("profile-no-paper", paper = paper), hint: None }
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
                let first = message.lines().next().unwrap_or_default();
                ProfileError::Invalid {
                    name: name.to_owned(),
                    path: Some(path),
                    message: crate::load::messages::said(first),
                    // From serde's own words, before they are translated.
                    hint: crate::diagnostic::unknown_field_hint(first),
                }
            })?;
        if let Some((kind, code, why)) = profile.refused_type_code() {
            return Err(ProfileError::RefusedTypeCode { kind, code, rule_set: profile.rule_set.title.clone(), why });
        }
        profile
            .check()
            .map_err(|message| ProfileError::Invalid { name: name.to_owned(), path: None, message, hint: None })?;
        Ok(profile)
    }

    /// The first type code that the rule set refuses: (kind, code, why).
    fn refused_type_code(&self) -> Option<(String, String, String)> {
        self.codes.types.iter().find_map(|(kind, code)| {
            let said = |why: &String| if crate::i18n::has(crate::i18n::Lang::En, why) { crate::tr!(why) } else { why.clone() };
            self.codes.refused_types.get(code).map(|why| (kind.clone(), code.clone(), said(why)))
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
                return Err(crate::tr!("profile-not-positive", key = key, value = v));
            }
        }
        let margins = [p.margin_top_mm, p.margin_bottom_mm, p.margin_left_mm, p.margin_right_mm];
        if margins.iter().any(|m| !m.is_finite() || *m < 0.0) {
            return Err(crate::tr!("profile-negative-margin"));
        }
        if p.margin_left_mm + p.margin_right_mm + 20.0 > p.width_mm
            || p.margin_top_mm + p.margin_bottom_mm + 40.0 > p.height_mm
        {
            return Err(crate::tr!("profile-no-room"));
        }
        if self.body.line_spacing_pt < self.body.size_pt {
            return Err(crate::tr!("profile-spacing-below-size", spacing = self.body.line_spacing_pt, size = self.body.size_pt));
        }
        if let Some(kind) = crate::model::Kind::ALL.iter().find(|k| !self.codes.types.contains_key(k.id())) {
            return Err(crate::tr!("profile-no-type-code", kind = kind.id()));
        }
        if self.header.left_width_mm + 40.0 > p.width_mm - p.margin_left_mm - p.margin_right_mm {
            return Err(crate::tr!("profile-left-column-too-wide"));
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
