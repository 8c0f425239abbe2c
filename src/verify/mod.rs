//! Proof of form: the rules of the document's rule set (HD 36 or HD 05; every
//! rule id is explained in docs/form-rules.md), checked on the laid-out
//! document (the positions, sizes and weights typst produced), not on the
//! source that asked for them.
//!
//! Every check compares a measurement with the rule and its tolerance. Where
//! the rule gives a range (the profile's `[rules]`), the profile's choice is
//! expected and must lie inside the range. So a `[layout]` override that
//! moves a margin or prints the recipients in 14 pt makes a check fail: that
//! is the point.
//!
//! How things are measured (mm from the page's top-left corner):
//!
//! * a line of text spans from its baseline − 0.8 em to its baseline + 0.2 em
//!   (the line box of Word's "Exactly" spacing, which the layout reproduces);
//!   margins are the extent of these boxes, page numbers left out;
//! * columns are told apart by the centre of each run: the header's left
//!   column is as wide as the context decided (`header.layout.left_width_mm`), the signature column
//!   `signature.width_mm` (both `[U]`, the profile's choice);
//! * "centred" means within 1 mm of the column's centre.

pub(crate) mod blocks;
mod appendix;
mod breaks;
mod body;
mod closing;
mod copy;
mod departures;
mod header;
mod images;
mod kinds;
mod marks;
mod names;
pub(crate) mod measure;
mod page;
mod two_sided;
mod typeface;
mod warnings;

pub use names::rule_id;
pub use warnings::{layout_warnings, page_warnings};

use std::fmt;

use measure::*;

use serde::Serialize;
use unicode_normalization::is_nfc;

use crate::inspect::{Layout, Line, TextRun};
use crate::profile::{AppendixPageNumbers, PageNumberPosition, Profile};
use crate::render::prepared::{self, Prepared};
use crate::Error;

/// One point, mm.
pub const PT: f64 = 25.4 / 72.0;

/// The outcome of one rule.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CheckResult {
    /// The id of the rule ("P-HDR-2"; docs/form-rules.md).
    pub id: &'static str,
    /// What is checked ("title rule").
    pub rule: String,
    /// What the rule expects ("14 pt"), in the language of the messages when
    /// the result was made (`locales/*/verify-page.ftl`, `verify-blocks.ftl`).
    pub expected: String,
    /// What was measured on the page, in the language of the messages when
    /// the result was made: code that decides on a result reads its fields
    /// and figures, never these words.
    pub actual: String,
    /// Whether the page meets the rule.
    pub passed: bool,
    /// The rule asks only for a warning when it is broken.
    pub advisory: bool,
    /// Whether the document lets the rule be measured at all: line spacing
    /// needs two lines of one paragraph, the right margin a justified line …
    /// A rule that cannot be measured is neither passed nor failed.
    pub measurable: bool,
    /// The page keeps the rule only by a documented departure from the
    /// guidance's words (the metric-compatible typeface for Times New Roman):
    /// why, and where it is documented. Such a result does not fail; it is
    /// reported as DEPARTURE, never as a silent PASS.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub departure: Option<String>,
    /// The field of the data the result is about, when the rule alone does
    /// not say it (the header names' fit broken by the superior body's line
    /// only: `issuer.superior`): where a render warning points.
    #[serde(skip)]
    pub field: Option<&'static str>,
}

impl CheckResult {
    /// PASS, FAIL, WARN for a broken advisory rule, DEPARTURE for a rule kept
    /// by a documented departure, or NOT MEASURABLE.
    pub fn status(&self) -> &'static str {
        match (self.measurable, self.passed, self.advisory) {
            (false, _, _) => "NOT MEASURABLE",
            (true, true, _) if self.departure.is_some() => "DEPARTURE",
            (true, true, _) => "PASS",
            (true, false, true) => "WARN",
            (true, false, false) => "FAIL",
        }
    }

    /// The status as JSON spells it: "pass", "fail", "warn", "not-measurable".
    pub fn status_id(&self) -> &'static str {
        match self.status() {
            "PASS" => "pass",
            "DEPARTURE" => "departure",
            "WARN" => "warn",
            "FAIL" => "fail",
            _ => "not-measurable",
        }
    }

    /// Whether this result makes the document fail.
    pub fn failed(&self) -> bool {
        self.measurable && !self.passed && !self.advisory
    }

    /// Marks the result as not measurable on this document, saying why.
    fn unmeasurable(&mut self, why: impl Into<String>) {
        self.measurable = false;
        self.passed = false;
        self.actual = why.into();
    }
}

/// The ids of every page rule, for `[check] allow`.
pub const RULE_IDS: &[&str] = crate::check::ids::PAGE_RULES;

impl fmt::Display for CheckResult {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The expected and measured texts are already in the language of
        // the messages; the rule's name (kept in English, an id of sorts)
        // and the status are said in it here.
        let (status, rule) = (names::status(self.status()), names::rule_name(&self.rule));
        let line = crate::tr!("verify-result", status = status, id = self.id, rule = rule, expected = self.expected, actual = self.actual);
        f.write_str(&line)
    }
}

/// A closed range of values the spec allows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Between(pub f64, pub f64);

impl Between {
    pub fn contains(self, v: f64) -> bool {
        v >= self.0 - 1e-6 && v <= self.1 + 1e-6
    }
}

impl fmt::Display for Between {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.1.is_infinite() {
            write!(f, "≥ {}", num(self.0))
        } else if self.0 == self.1 {
            write!(f, "{}", num(self.0))
        } else {
            write!(f, "{}–{}", num(self.0), num(self.1))
        }
    }
}

impl From<crate::profile::Range> for Between {
    fn from(r: crate::profile::Range) -> Between {
        Between(r.min, r.max.unwrap_or(f64::INFINITY))
    }
}

/// The rules a Party document must meet: the fixed ones here, the ranges
/// that differ by rule set from the profile's `[rules]`.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Spec {
    /// The paper's name ("A4", or "A5" for an administrative paper, HD 05 IV.3).
    pub paper: String,
    /// A4 210 × 297 or A5 148 × 210, mm (P-PAGE-1), ± `page_tolerance_mm`.
    pub page_mm: (f64, f64),
    pub page_tolerance_mm: f64,
    /// Top, bottom, left, right, mm (P-PAGE-2), ± `margin_tolerance_mm`: A4's
    /// are HD 05 IV.4.1's; A5's the profile's `[paper.A5]` (HD 05 gives none).
    pub margins_mm: [f64; 4],
    pub margin_tolerance_mm: f64,
    /// "ĐẢNG CỘNG SẢN VIỆT NAM" (P-HDR-1).
    pub party_title: &'static str,
    /// 15 pt; the 2026 guidance is reported as 14 or 15 (§2.13 [C]).
    pub party_title_pt: Between,
    /// Rule length = title width ± this, mm (the spec allows 2; the layout is exact).
    pub rule_length_tolerance_mm: f64,
    /// Tolerance of every "centred", mm.
    pub centre_tolerance_mm: f64,
    /// Superior body, issuing body, number, date: 14 pt (on A5 the profile's size).
    pub header_pt: f64,
    /// At most this many lines per header name (§2.3 [U]: long names wrap onto two lines; on A5
    /// the profile's `name_max_lines`).
    pub header_name_max_lines: usize,
    /// Number and date on one baseline ± this, pt (P-HDR-5).
    pub row_tolerance_pt: f64,
    /// Type name 15–16 pt (P-TTL-1), subject 14–15 pt (P-TTL-2).
    pub type_name_pt: Between,
    pub subject_pt: Between,
    /// "-----" (P-TTL-3).
    pub separator: &'static str,
    /// Body 14–15 pt (P-BODY-1).
    pub body_pt: Between,
    /// First-line indent 10 ± 1 mm, or 12.7 mm (1.27 cm).
    pub indent_mm: Between,
    pub indent_alternative_mm: f64,
    /// Line spacing "Exactly" 18–22 pt (§1.1 [C]).
    pub line_spacing_pt: Between,
    /// Paragraph spacing at least 6 pt.
    pub paragraph_spacing_min_pt: f64,
    /// Authority, position and name: 14 pt (P-SIG-1..3).
    pub signature_pt: f64,
    /// Room to sign between position and name, at least, mm (§2.10: about 20–25).
    pub sign_space_min_mm: f64,
    /// "Nơi nhận:" 14 pt (P-RCV-1), recipients 12 pt (P-RCV-2).
    pub recipients_label: &'static str,
    pub recipients_label_pt: f64,
    pub recipients_pt: f64,
    /// Page numbers 14 pt, baseline 10–15 mm from the edge (P-PAGE-3).
    pub page_number_pt: f64,
    pub page_number_distance_mm: Between,
    /// Subject of a công văn: 12 pt italic (P-CV-1).
    pub letter_subject_pt: f64,
    /// Names after "Kính gửi:" (P-KG-1): 14 (HD 36), 14–15 (HD 05).
    pub kinh_gui_names_pt: Between,
    /// Typist's code and copies (P-TYP-1): 8 (HD 36), 11 (HD 05).
    pub typist_pt: Between,
    /// Contact information (P-CONTACT-1): 10.
    pub contact_pt: Between,
    /// Distance of a margin mark from its page edge, ± this, mm (P-MARK-1, 2).
    pub mark_distance_tolerance_mm: f64,
    /// Secrecy and urgency marks: bold capitals, 14 pt (P-MARK-3; HD 05
    /// Phụ lục 2 row 11, HD 36 Phụ lục 3).
    pub urgency_pt: f64,
    /// The draft note: italic, 14 pt (P-MARK-4; HD 05 Phụ lục 2 row 12).
    pub draft_pt: f64,
}

impl Spec {
    /// The rules that apply to documents laid out with a profile.
    pub fn for_profile(profile: &Profile) -> Spec {
        let r = &profile.rules;
        let pg = &profile.page;
        let (page_mm, margins_mm) = match pg.size.as_str() {
            "A5" => ((148.0, 210.0), [pg.margin_top_mm, pg.margin_bottom_mm, pg.margin_left_mm, pg.margin_right_mm]),
            _ => ((210.0, 297.0), [20.0, 20.0, 30.0, 15.0]),
        };
        Spec {
            paper: if pg.size == "A5" { "A5".into() } else { "A4".into() },
            page_mm,
            page_tolerance_mm: 0.5,
            margins_mm,
            margin_tolerance_mm: 0.5,
            party_title: "ĐẢNG CỘNG SẢN VIỆT NAM",
            party_title_pt: r.party_title_pt.into(),
            rule_length_tolerance_mm: 0.5,
            centre_tolerance_mm: 1.0,
            // A5 has no sizes of its own: the profile's (`[paper.A5.header]`) [U].
            header_pt: if pg.size == "A5" { profile.header.issuer_size_pt } else { 14.0 },
            // A5 has no rule of its own: its profile's (`[paper.A5.header]`) [U].
            header_name_max_lines: if pg.size == "A5" { profile.header.name_max_lines.max(2) } else { 2 },
            row_tolerance_pt: 2.0,
            type_name_pt: r.type_name_pt.into(),
            subject_pt: r.subject_pt.into(),
            separator: "-----",
            body_pt: r.body_pt.into(),
            indent_mm: Between(9.0, 11.0),
            indent_alternative_mm: 12.7,
            line_spacing_pt: r.line_spacing_pt.into(),
            paragraph_spacing_min_pt: 6.0,
            signature_pt: 14.0,
            sign_space_min_mm: 20.0,
            recipients_label: "Nơi nhận:",
            recipients_label_pt: 14.0,
            recipients_pt: 12.0,
            page_number_pt: 14.0,
            page_number_distance_mm: Between(10.0, 15.0),
            letter_subject_pt: 12.0,
            kinh_gui_names_pt: r.kinh_gui_names_pt.into(),
            typist_pt: r.typist_pt.into(),
            contact_pt: r.contact_pt.into(),
            mark_distance_tolerance_mm: 0.5,
            urgency_pt: 14.0,
            draft_pt: 14.0,
        }
    }
}

/// Typesets a prepared document in memory and checks it.
pub fn verify_prepared(prepared: &Prepared) -> Result<Vec<CheckResult>, Error> {
    let doc = prepared::typeset(prepared)?;
    Ok(verify(prepared, &crate::inspect::inspect(&doc)))
}

/// Checks a laid-out document against every rule of §7 that applies to it.
pub fn verify(prepared: &Prepared, layout: &Layout) -> Vec<CheckResult> {
    let front;
    let layout = if prepared.profile.page.two_sided {
        front = two_sided::as_front_pages(layout, &prepared.profile.page);
        &front
    } else {
        layout
    };
    let mut v = Verifier::new(prepared, layout);
    v.page_size();
    v.margins();
    v.page_numbers();
    v.header();
    v.title_block();
    v.body();
    v.enacting_sentence();
    v.rules_structure();
    v.task_tables();
    v.closing();
    v.copy();
    v.kinh_gui();
    v.line_breaks();
    v.typist();
    v.margin_marks();
    v.contact();
    v.appendix_headings();
    v.sign_images();
    v.text_layer();
    v.typeface();
    v.a5_departures();
    v.right_margin_without_justified_line();
    v.out
}

// ---------------------------------------------------------------------------

pub(super) struct Verifier<'a> {
    prepared: &'a Prepared,
    p: &'a Profile,
    /// The rule set's own profile, without the plan's `[layout]` overrides:
    /// what the rules expect (punctuation, ranges) is not the plan's to change.
    rules: Profile,
    spec: Spec,
    layout: &'a Layout,
    /// Every run but the page numbers, the marks in the margins and the contact block.
    content: Vec<TextRun>,
    numbers: Vec<TextRun>,
    /// The circulation scope and "không phổ biến" marks printed in the margins.
    margin_marks: Vec<TextRun>,
    /// The contact block at the foot of the last page, and the rule above it.
    contact: Vec<TextRun>,
    contact_rule: Option<crate::inspect::Rule>,
    /// Text area of the layout (from the profile), mm.
    left: f64,
    right: f64,
    /// Header columns: the boundary between left and right, mm.
    split: f64,
    /// Signature column's left edge, mm.
    sig_left: f64,
    /// Where the body starts (page, baseline) and the "Nơi nhận" label.
    body_start: Option<(usize, f64)>,
    label: Option<Line>,
    /// The top of the closing block (page, mm): the label, or the signature
    /// grid above it; the body ends above it.
    closing_top: Option<(usize, f64)>,
    /// The first page of each appendix (after the closing block).
    appendix_starts: Vec<usize>,
    /// Lines of the body that run on to a next line of their paragraph
    /// (justified to the right margin when the profile justifies).
    justified_lines: usize,
    /// The right margin measured (P-PAGE-2), mm: whether text that stops
    /// short of it is a failure is decided on this figure, not on the words
    /// of the result.
    right_margin_mm: Option<f64>,
    out: Vec<CheckResult>,
}

impl<'a> Verifier<'a> {
    pub(super) fn new(prepared: &'a Prepared, layout: &'a Layout) -> Self {
        let p = &prepared.profile;
        let height = |page: usize| layout.pages.get(page - 1).map(|s| s.height).unwrap_or(p.page.height_mm);
        let is_number = |r: &TextRun| {
            let t = r.text.trim();
            !t.is_empty()
                && t.chars().all(|c| c.is_ascii_digit())
                && (r.y < p.page.margin_top_mm || top(r) > height(r.page) - p.page.margin_bottom_mm)
        };
        let (numbers, content): (Vec<TextRun>, Vec<TextRun>) = layout.texts.iter().cloned().partition(is_number);
        // Marks printed in the margins on purpose: their text is the data's.
        let marks = &prepared.context.header.marks;
        let mark_texts: Vec<String> = [&marks.circulation, &marks.no_broadcast].into_iter().flatten().map(|t| squash(t)).collect();
        let in_margin = |r: &TextRun| r.y < p.page.margin_top_mm || top(r) > height(r.page) - p.page.margin_bottom_mm;
        let (margin_marks, content): (Vec<TextRun>, Vec<TextRun>) = content.into_iter().partition(|r| {
            // Only runs in the margins can be marks: the others need no squashing.
            in_margin(r) && {
                let t = squash(&r.text);
                !t.is_empty() && mark_texts.iter().any(|m| m.contains(&t))
            }
        });
        let left = p.page.margin_left_mm;
        let right = p.page.width_mm - p.page.margin_right_mm;

        let sig_left = right - p.signature.width_mm;
        // The "Nơi nhận" label opens the closing block: the body ends above
        // it, and the pages after its page hold the appendices.
        let label_text = squash(prepared.context.closing_anchor());
        let label = lines_of(content.iter().filter(|r| r.center() < sig_left))
            .into_iter()
            .filter(|l| squash(&l.text()) == label_text)
            .last();
        // The contact block: under a rule as wide as the text area, below
        // the closing block on its page.
        let contact_rule = match (&prepared.context.contact, &label) {
            (Some(_), Some(l)) => layout
                .rules
                .iter()
                .filter(|r| r.page == l.page && r.y > l.y && r.dy.abs() < 0.01 && r.dx.abs() >= right - left - 1.0)
                .max_by(|a, b| a.y.total_cmp(&b.y))
                .cloned(),
            _ => None,
        };
        let (contact, content): (Vec<TextRun>, Vec<TextRun>) = match &contact_rule {
            Some(rule) => content.into_iter().partition(|r| r.page == rule.page && top(r) > rule.y),
            None => (Vec::new(), content),
        };
        let appendix_starts = match &label {
            Some(l) => prepared
                .context
                .appendices
                .iter()
                .filter_map(|a| {
                    // The label is the page's first line, or stands under the header the appendix repeats.
                    let lines = |page: usize| lines_of(content.iter().filter(|r| r.page == page));
                    let is_label = |l: &Line| squash(&l.text()) == squash(&a.label);
                    (l.page + 1..=layout.pages.len()).find(|&page| {
                        let on_page = lines(page);
                        if a.header.is_some() { on_page.iter().any(is_label) } else { on_page.first().is_some_and(is_label) }
                    })
                })
                .collect(),
            None => Vec::new(),
        };
        let rules = Profile::rules_of(p).unwrap_or_else(|_| p.clone());
        Verifier {
            prepared,
            p,
            spec: Spec::for_profile(&rules),
            rules,
            layout,
            content,
            numbers,
            margin_marks,
            contact,
            contact_rule,
            left,
            right,
            split: left + prepared.context.header.layout.left_width_mm,
            sig_left,
            body_start: None,
            closing_top: blocks::locate(prepared, layout).map(|c| (c.label.page, c.top())),
            label,
            appendix_starts,
            justified_lines: 0,
            right_margin_mm: None,
            out: Vec::new(),
        }
    }

    pub(super) fn push(
        &mut self,
        id: &'static str,
        rule: impl Into<String>,
        expected: impl Into<String>,
        actual: impl Into<String>,
        passed: bool,
    ) {
        self.out.push(CheckResult {
            id,
            rule: rule.into(),
            expected: expected.into(),
            actual: actual.into(),
            passed,
            advisory: false,
            measurable: true,
            departure: None,
            field: None,
        });
    }

    /// Records a rule this document does not let one measure, and why.
    pub(super) fn not_measurable(&mut self, id: &'static str, rule: &str, expected: impl Into<String>, why: impl Into<String>) {
        self.push(id, rule, expected, "", false);
        if let Some(last) = self.out.last_mut() {
            last.unmeasurable(why);
        }
    }

    pub(super) fn missing(&mut self, id: &'static str, rule: &str, expected: impl Into<String>) {
        self.push(id, rule, expected, crate::tr!("verify-not-found"), false);
    }

    pub(super) fn page_height(&self, page: usize) -> f64 {
        self.layout.pages.get(page - 1).map(|s| s.height).unwrap_or(self.p.page.height_mm)
    }

    pub(super) fn page_width(&self, page: usize) -> f64 {
        self.layout.pages.get(page - 1).map(|s| s.width).unwrap_or(self.p.page.width_mm)
    }

    // -- P-PAGE ---------------------------------------------------------------
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_form_of_section_3_4() {
        for ok in
            ["Số 15-KH/ĐU", "Số 05-QC/BTCTU-BDVTU", "Số      -KH/ĐU", "Số 121-CV/BDVTU", "Số 01-BC/ThU", "Số 03-QĐi/TW"]
        {
            assert!(number_matches(ok), "{ok}");
        }
        for bad in ["Số: 15-KH/ĐU", "Số 5-KH/ĐU", "Số 15/KH-ĐU", "15-KH/ĐU", "Số 15-kh/ĐU", "Số 15-KH/"]
        {
            assert!(!number_matches(bad), "{bad}");
        }
    }

    #[test]
    fn date_form_of_p_hdr_6() {
        for ok in [
            "Nghĩa Thái, ngày 01 tháng 4 năm 2024",
            "Hạ Long, ngày 20 tháng 02 năm 2018",
            "Hà Nội, ngày 31 tháng 12 năm 2026",
            "Bình Phước, ngày      tháng      năm 2021",
        ] {
            assert!(date_matches(ok), "{ok}");
        }
        for bad in [
            "Nghĩa Thái, ngày 1 tháng 4 năm 2024",
            "Nghĩa Thái, ngày 01 tháng 04 năm 2024",
            "Nghĩa Thái, ngày 01 tháng 2 năm 2024",
            "Nghĩa Thái ngày 01 tháng 4 năm 2024",
            "Nghĩa Thái, ngày 32 tháng 4 năm 2024",
            "Nghĩa Thái, ngày 01 tháng 4 năm 24",
        ] {
            assert!(!date_matches(bad), "{bad}");
        }
    }

    #[test]
    fn authority_prefixes() {
        assert!(
            authority_matches("T/M BAN THƯỜNG VỤ")
                && authority_matches("K/T TRƯỞNG BAN")
                && authority_matches("Q. CHÁNH VĂN PHÒNG")
        );
        assert!(
            !authority_matches("TM. BAN THƯỜNG VỤ")
                && !authority_matches("KT. TRƯỞNG BAN")
                && !authority_matches("T/UQ BAN")
        );
    }

    #[test]
    fn report_lines_read_well() {
        let r = CheckResult {
            id: "P-HDR-2",
            rule: "title rule".into(),
            expected: "length 72.7 mm ± 0.5".into(),
            actual: "length 69.7 mm".into(),
            passed: false,
            advisory: false,
            measurable: true,
            departure: None,
            field: None,
        };
        assert_eq!(r.to_string(), "FAIL P-HDR-2 title rule: expected length 72.7 mm ± 0.5, got length 69.7 mm");
        assert_eq!(num(18.0), "18");
        assert_eq!(num(12.7), "12.7");
        assert_eq!(Between(15.0, 16.0).to_string(), "15–16");
        assert_eq!(mode(&[10.0, 10.0, 12.0]), Some(10.0));
    }
}

