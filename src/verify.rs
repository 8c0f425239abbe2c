//! Proof of form: the checks of ../shared/spec/party-format.md §7, run on the
//! laid-out document (the positions, sizes and weights typst produced), not on
//! the source that asked for them.
//!
//! Every check compares a measurement with the **spec's** rule and tolerance.
//! Where the spec gives a range or marks a value as conflicting ([C]) or
//! unverified ([U]), the profile's choice is expected and must lie inside the
//! spec's range. So a `[layout]` override that moves a margin or prints the
//! recipients in 14 pt makes a check fail: that is the point.
//!
//! How things are measured (mm from the page's top-left corner):
//!
//! * a line of text spans from its baseline − 0.8 em to its baseline + 0.2 em
//!   (the line box of Word's "Exactly" spacing, which the layout reproduces);
//!   margins are the extent of these boxes, page numbers left out;
//! * columns are told apart by the centre of each run: the header's left
//!   column is `header.left_width_mm` wide, the signature column
//!   `signature.width_mm` (both [U], the profile's choice);
//! * "centred" means within 1 mm of the column's centre.

use std::fmt;

use serde::Serialize;
use unicode_normalization::is_nfc;

use crate::inspect::{Layout, Line, TextRun};
use crate::profile::{AppendixPageNumbers, PageNumberPosition, Profile};
use crate::text::upper;
use crate::{Error, Prepared};

/// One point, mm.
pub const PT: f64 = 25.4 / 72.0;

/// The outcome of one rule.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CheckResult {
    /// The id of the check in the spec's §7 ("P-HDR-2").
    pub id: &'static str,
    /// What is checked ("title rule").
    pub rule: String,
    pub expected: String,
    pub actual: String,
    pub passed: bool,
    /// The spec asks only for a warning when this rule is broken.
    pub advisory: bool,
}

impl CheckResult {
    /// PASS, FAIL, or WARN for a broken advisory rule.
    pub fn status(&self) -> &'static str {
        match (self.passed, self.advisory) {
            (true, _) => "PASS",
            (false, true) => "WARN",
            (false, false) => "FAIL",
        }
    }

    /// Whether this result makes the document fail.
    pub fn failed(&self) -> bool {
        !self.passed && !self.advisory
    }
}

impl fmt::Display for CheckResult {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {}: expected {}, got {}", self.status(), self.id, self.rule, self.expected, self.actual)
    }
}

/// A closed range of values the spec allows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Between(pub f64, pub f64);

impl Between {
    pub fn contains(self, v: f64) -> bool {
        v >= self.0 - 1e-6 && v <= self.1 + 1e-6
    }
}

impl fmt::Display for Between {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0 == self.1 {
            write!(f, "{}", num(self.0))
        } else {
            write!(f, "{}–{}", num(self.0), num(self.1))
        }
    }
}

/// The rules of the spec (§1.1, §2, §7) that a Party document must meet.
#[derive(Clone, Debug, PartialEq)]
pub struct Spec {
    /// A4, mm (P-PAGE-1), ± `page_tolerance_mm`.
    pub page_mm: (f64, f64),
    pub page_tolerance_mm: f64,
    /// Top, bottom, left, right, mm (P-PAGE-2), ± `margin_tolerance_mm`.
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
    /// Superior body, issuing body, number, date: 14 pt.
    pub header_pt: f64,
    /// At most this many lines per header name (§2.3 [U]: long names wrap onto two lines).
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
}

impl Spec {
    /// The rules that apply to documents laid out with a profile: the 2026
    /// profile accepts the title sizes reported for the 2026 guidance.
    pub fn for_profile(profile: &Profile) -> Spec {
        let title = if profile.name.contains("2026") { Between(14.0, 15.0) } else { Between(15.0, 15.0) };
        Spec {
            page_mm: (210.0, 297.0),
            page_tolerance_mm: 0.5,
            margins_mm: [20.0, 20.0, 30.0, 15.0],
            margin_tolerance_mm: 0.5,
            party_title: "ĐẢNG CỘNG SẢN VIỆT NAM",
            party_title_pt: title,
            rule_length_tolerance_mm: 0.5,
            centre_tolerance_mm: 1.0,
            header_pt: 14.0,
            header_name_max_lines: 2,
            row_tolerance_pt: 2.0,
            type_name_pt: Between(15.0, 16.0),
            subject_pt: Between(14.0, 15.0),
            separator: "-----",
            body_pt: Between(14.0, 15.0),
            indent_mm: Between(9.0, 11.0),
            indent_alternative_mm: 12.7,
            line_spacing_pt: Between(18.0, 22.0),
            paragraph_spacing_min_pt: 6.0,
            signature_pt: 14.0,
            sign_space_min_mm: 20.0,
            recipients_label: "Nơi nhận:",
            recipients_label_pt: 14.0,
            recipients_pt: 12.0,
            page_number_pt: 14.0,
            page_number_distance_mm: Between(10.0, 15.0),
            letter_subject_pt: 12.0,
        }
    }
}

/// Typesets a prepared document in memory and checks it.
pub fn verify_prepared(prepared: &Prepared) -> Result<Vec<CheckResult>, Error> {
    let doc = crate::typeset(prepared)?;
    Ok(verify(prepared, &crate::inspect::inspect(&doc)))
}

/// Whether every non-advisory check passed.
pub fn all_passed(results: &[CheckResult]) -> bool {
    !results.iter().any(CheckResult::failed)
}

/// Checks a laid-out document against every rule of §7 that applies to it.
pub fn verify(prepared: &Prepared, layout: &Layout) -> Vec<CheckResult> {
    let mut v = Verifier::new(prepared, layout);
    v.page_size();
    v.margins();
    v.page_numbers();
    v.header();
    v.title_block();
    v.body();
    v.closing();
    v.text_layer();
    v.out
}

// ---------------------------------------------------------------------------
// Formatting and small helpers.

/// A number with at most one decimal, without a trailing ".0".
fn num(x: f64) -> String {
    let r = (x * 10.0).round() / 10.0;
    if (r - r.round()).abs() < 1e-9 {
        format!("{}", r.round() as i64)
    } else {
        format!("{r:.1}")
    }
}

fn mm(x: f64) -> String {
    format!("{} mm", num(x))
}

fn pt(x: f64) -> String {
    format!("{} pt", num(x))
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn quote_lines(lines: &[Line]) -> String {
    lines.iter().map(|l| format!("{:?}", l.text().trim())).collect::<Vec<_>>().join(" / ")
}

fn near(a: f64, b: f64, tolerance: f64) -> bool {
    (a - b).abs() <= tolerance + 1e-9
}

/// The top of a run's line box, mm.
fn top(r: &TextRun) -> f64 {
    r.y - 0.8 * r.size * PT
}

/// The bottom of a run's line box, mm.
fn bottom(r: &TextRun) -> f64 {
    r.y + 0.2 * r.size * PT
}

/// Lines from a set of runs (runs sharing a baseline, left to right).
fn lines_of<'a>(runs: impl IntoIterator<Item = &'a TextRun>) -> Vec<Line> {
    Layout { texts: runs.into_iter().cloned().collect(), ..Layout::default() }.lines()
}

fn runs_of(lines: &[Line]) -> impl Iterator<Item = &TextRun> {
    lines.iter().flat_map(|l| l.runs.iter())
}

fn block_left(lines: &[Line]) -> f64 {
    lines.iter().map(Line::left).fold(f64::MAX, f64::min)
}

fn block_right(lines: &[Line]) -> f64 {
    lines.iter().map(Line::right).fold(f64::MIN, f64::max)
}

fn block_centre(lines: &[Line]) -> f64 {
    (block_left(lines) + block_right(lines)) / 2.0
}

/// The worst offset of the lines' centres from `centre`.
fn worst_offset(lines: &[Line], centre: f64) -> f64 {
    lines.iter().map(|l| l.center() - centre).fold(0.0, |w: f64, d| if d.abs() > w.abs() { d } else { w })
}

/// The first run of lines, from index `from`, whose joined text is `needle`
/// (white space collapsed): a text that may wrap over several lines.
fn find_seq(lines: &[Line], from: usize, needle: &str) -> Option<std::ops::Range<usize>> {
    let needle = squash(needle);
    if needle.is_empty() {
        return None;
    }
    for i in from..lines.len() {
        let mut joined = String::new();
        for (j, line) in lines.iter().enumerate().skip(i) {
            if j > i && line.page != lines[i].page {
                break;
            }
            if !joined.is_empty() {
                joined.push(' ');
            }
            joined.push_str(&line.text());
            let s = squash(&joined);
            if s == needle {
                return Some(i..j + 1);
            }
            if !needle.starts_with(&s) {
                break;
            }
        }
    }
    None
}

/// Sizes, weight and slant of a set of runs, as one would describe them.
#[derive(Debug)]
struct Style {
    sizes: Vec<f64>,
    bold: Option<bool>,
    italic: Option<bool>,
}

impl Style {
    fn of<'a>(runs: impl IntoIterator<Item = &'a TextRun>) -> Style {
        let mut sizes: Vec<f64> = Vec::new();
        let (mut bold, mut italic) = (Vec::new(), Vec::new());
        for r in runs.into_iter().filter(|r| !r.text.trim().is_empty()) {
            if !sizes.iter().any(|s| near(*s, r.size, 0.01)) {
                sizes.push(r.size);
            }
            bold.push(r.bold);
            italic.push(r.italic);
        }
        let same = |v: &[bool]| {
            if v.iter().all(|b| *b) {
                Some(true)
            } else if v.iter().all(|b| !*b) {
                Some(false)
            } else {
                None
            }
        };
        Style { sizes, bold: same(&bold), italic: same(&italic) }
    }

    fn size_is(&self, size: f64) -> bool {
        !self.sizes.is_empty() && self.sizes.iter().all(|s| near(*s, size, 0.01))
    }
}

impl fmt::Display for Style {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sizes: Vec<String> = self.sizes.iter().map(|s| num(*s)).collect();
        let weight = match self.bold {
            Some(true) => "bold",
            Some(false) => "regular",
            None => "partly bold",
        };
        let slant = match self.italic {
            Some(true) => "italic",
            Some(false) => "upright",
            None => "partly italic",
        };
        write!(f, "{} pt {weight} {slant}", sizes.join("/"))
    }
}

/// A size rule: exactly the spec's value, or (for a range) the profile's
/// choice inside the spec's range.
fn size_ok(style: &Style, spec: Between, chosen: f64) -> bool {
    spec.contains(chosen) && style.size_is(chosen)
}

fn size_expectation(spec: Between, chosen: f64) -> String {
    if spec.0 == spec.1 {
        pt(spec.0)
    } else {
        format!("{} (profile; spec {} pt)", pt(chosen), spec)
    }
}

/// Whether a text is in capitals (no lower-case letter).
fn is_caps(s: &str) -> bool {
    upper(s) == s
}

/// `^Số (\d{2,}|\s*)-[A-ZĐ][A-Za-zĐđ]*/[A-ZĐ][A-Za-zĐđ]*(-[A-ZĐ][A-Za-zĐđ]*)*$` (§3.4).
pub fn number_matches(s: &str) -> bool {
    let Some(rest) = s.strip_prefix("Số ") else { return false };
    let Some((n, codes)) = rest.split_once('-') else { return false };
    let number_ok = (n.len() >= 2 && n.chars().all(|c| c.is_ascii_digit())) || n.chars().all(char::is_whitespace);
    let code_ok = |c: &str| {
        let mut chars = c.chars();
        chars.next().is_some_and(|f| f.is_ascii_uppercase() || f == 'Đ')
            && chars.all(|c| c.is_ascii_alphabetic() || c == 'Đ' || c == 'đ')
    };
    let Some((kind, issuers)) = codes.split_once('/') else { return false };
    number_ok && code_ok(kind) && issuers.split('-').all(code_ok)
}

/// `^.+, ngày (0[1-9]|[12]\d|3[01]|\s+) tháng (0[12]|[3-9]|1[0-2]|\s+) năm \d{4}$` (P-HDR-6).
pub fn date_matches(s: &str) -> bool {
    let Some((place, rest)) = s.split_once(", ngày ") else { return false };
    let Some((day, rest)) = rest.split_once(" tháng ") else { return false };
    let Some((month, year)) = rest.split_once(" năm ") else { return false };
    let blank = |x: &str| !x.is_empty() && x.chars().all(char::is_whitespace);
    let day_ok = blank(day) || matches!(day.parse::<u32>(), Ok(1..=31) if day.len() == 2);
    let month_ok =
        blank(month) || matches!(month, "01" | "02" | "3" | "4" | "5" | "6" | "7" | "8" | "9" | "10" | "11" | "12");
    !place.is_empty() && day_ok && month_ok && year.len() == 4 && year.chars().all(|c| c.is_ascii_digit())
}

/// `^(T/M|K/T|T/L|Q\.) ` (P-SIG-1).
pub fn authority_matches(s: &str) -> bool {
    ["T/M ", "K/T ", "T/L ", "Q. "].iter().any(|p| s.starts_with(p))
}

// ---------------------------------------------------------------------------

struct Verifier<'a> {
    prepared: &'a Prepared,
    p: &'a Profile,
    spec: Spec,
    layout: &'a Layout,
    /// Every run but the page numbers.
    content: Vec<TextRun>,
    numbers: Vec<TextRun>,
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
    /// The first page of each appendix (after the closing block).
    appendix_starts: Vec<usize>,
    out: Vec<CheckResult>,
}

impl<'a> Verifier<'a> {
    fn new(prepared: &'a Prepared, layout: &'a Layout) -> Self {
        let p = &prepared.profile;
        let height = |page: usize| layout.pages.get(page - 1).map(|s| s.height).unwrap_or(p.page.height_mm);
        let is_number = |r: &TextRun| {
            let t = r.text.trim();
            !t.is_empty()
                && t.chars().all(|c| c.is_ascii_digit())
                && (r.y < p.page.margin_top_mm || top(r) > height(r.page) - p.page.margin_bottom_mm)
        };
        let (numbers, content): (Vec<TextRun>, Vec<TextRun>) = layout.texts.iter().cloned().partition(is_number);
        let left = p.page.margin_left_mm;
        let right = p.page.width_mm - p.page.margin_right_mm;
        let sig_left = right - p.signature.width_mm;
        // The "Nơi nhận" label opens the closing block: the body ends above
        // it, and the pages after its page hold the appendices.
        let label_text = squash(&prepared.context.recipients.label);
        let label = lines_of(content.iter().filter(|r| r.center() < sig_left))
            .into_iter()
            .filter(|l| squash(&l.text()) == label_text)
            .last();
        let appendix_starts = match &label {
            Some(l) => prepared
                .context
                .appendices
                .iter()
                .filter_map(|a| {
                    let first = |page: usize| lines_of(content.iter().filter(|r| r.page == page)).into_iter().next();
                    (l.page + 1..=layout.pages.len())
                        .find(|&page| first(page).is_some_and(|f| squash(&f.text()) == squash(&a.label)))
                })
                .collect(),
            None => Vec::new(),
        };
        Verifier {
            prepared,
            p,
            spec: Spec::for_profile(p),
            layout,
            content,
            numbers,
            left,
            right,
            split: left + p.header.left_width_mm,
            sig_left,
            body_start: None,
            label,
            appendix_starts,
            out: Vec::new(),
        }
    }

    fn push(
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
        });
    }

    fn missing(&mut self, id: &'static str, rule: &str, expected: impl Into<String>) {
        self.push(id, rule, expected, "not found on the page", false);
    }

    fn page_height(&self, page: usize) -> f64 {
        self.layout.pages.get(page - 1).map(|s| s.height).unwrap_or(self.p.page.height_mm)
    }

    fn page_width(&self, page: usize) -> f64 {
        self.layout.pages.get(page - 1).map(|s| s.width).unwrap_or(self.p.page.width_mm)
    }

    // -- P-PAGE ---------------------------------------------------------------

    fn page_size(&mut self) {
        let (w, h) = self.spec.page_mm;
        let tol = self.spec.page_tolerance_mm;
        let appendices = self.appendix_starts.first().copied().unwrap_or(usize::MAX);
        let expected =
            format!("{} × {} mm ± {} on every page (appendix pages may turn it landscape)", num(w), num(h), num(tol));
        let pages = &self.layout.pages;
        let a4 = |x: f64, y: f64| near(x, w, tol) && near(y, h, tol);
        let bad = pages
            .iter()
            .enumerate()
            .find(|(i, p)| !(a4(p.width, p.height) || i + 1 >= appendices && a4(p.height, p.width)));
        let actual = match (bad, pages.first()) {
            (Some((i, p)), _) => format!("{} × {} mm on page {}", num(p.width), num(p.height), i + 1),
            (None, Some(p)) => format!(
                "{} × {} mm ({} page{})",
                num(p.width),
                num(p.height),
                pages.len(),
                if pages.len() == 1 { "" } else { "s" }
            ),
            (None, None) => "no pages".into(),
        };
        self.push("P-PAGE-1", "page size", expected, actual, bad.is_none() && !pages.is_empty());
    }

    fn margins(&mut self) {
        let [top_m, bottom_m, left_m, right_m] = self.spec.margins_mm;
        let tol = self.spec.margin_tolerance_mm;
        let expected = |m: f64| format!("{} ± {}", mm(m), num(tol));
        if self.content.is_empty() {
            self.missing("P-PAGE-2", "margins", "text on the pages");
            return;
        }
        // Left and right: the extent of the text on every page.
        let min_x = self.content.iter().map(|r| r.x).fold(f64::MAX, f64::min);
        let left_run = self.content.iter().find(|r| r.x == min_x).cloned();
        let (max_right, right_run) = self
            .content
            .iter()
            .map(|r| (self.page_width(r.page) - r.right(), r))
            .fold((f64::MAX, None), |(m, best), (d, r)| if d < m { (d, Some(r.clone())) } else { (m, best) });
        let at = |r: &Option<TextRun>| {
            r.as_ref().map(|r| format!(" (page {}, {:?})", r.page, clip(&r.text))).unwrap_or_default()
        };
        self.push(
            "P-PAGE-2",
            "left margin",
            expected(left_m),
            format!("{}{}", mm(min_x), at(&left_run)),
            near(min_x, left_m, tol),
        );
        self.push(
            "P-PAGE-2",
            "right margin",
            expected(right_m),
            format!("{}{}", mm(max_right), at(&right_run)),
            near(max_right, right_m, tol),
        );

        // Top: the first line box of every page.
        let pages = self.layout.pages.len();
        let tops: Vec<(usize, f64)> = (1..=pages)
            .filter_map(|page| {
                let t = self.content.iter().filter(|r| r.page == page).map(top).fold(f64::MAX, f64::min);
                (t < f64::MAX).then_some((page, t))
            })
            .collect();
        let worst = tops.iter().copied().fold(None, |w: Option<(usize, f64)>, (page, t)| match w {
            Some((_, wt)) if (wt - top_m).abs() >= (t - top_m).abs() => w,
            _ => Some((page, t)),
        });
        if let Some((page, t)) = worst {
            let actual = if tops.iter().all(|(_, x)| near(*x, t, 0.05)) {
                format!("{} on every page", mm(t))
            } else {
                format!("{} on page {page}", mm(t))
            };
            self.push(
                "P-PAGE-2",
                "top margin",
                format!("{} (first line box of each page)", expected(top_m)),
                actual,
                near(t, top_m, tol),
            );
        }
        self.bottom_margin(bottom_m, tol);
    }

    /// The bottom margin cannot be seen directly: pages end where the next
    /// line no longer fits. Text never goes below it, and where a paragraph
    /// runs on to the next page, the line that moved would have crossed it.
    fn bottom_margin(&mut self, expected_m: f64, tol: f64) {
        let pages = self.layout.pages.len();
        let lines = lines_of(&self.content);
        let spacing = self.p.body.line_spacing_pt * PT;
        let mut lowest: Option<(usize, f64)> = None;
        let mut lower_bound = f64::MIN; // of the bottom edge of the text area, mm from the top
        let mut upper_bound = f64::MAX;
        let mut carried = 0;
        for page in 1..=pages {
            let on: Vec<&Line> = lines.iter().filter(|l| l.page == page).collect();
            let Some(low) = on.iter().flat_map(|l| l.runs.iter()).map(bottom).reduce(f64::max) else { continue };
            let margin = self.page_height(page) - low;
            if lowest.is_none_or(|(_, m)| margin < m) {
                lowest = Some((page, margin));
            }
            lower_bound = lower_bound.max(low);
            // A paragraph continued on the next page: its first line there
            // starts at the left margin, as do the lines that follow it.
            let next: Vec<&Line> = lines.iter().filter(|l| l.page == page + 1).collect();
            let flush = |l: &Line| near(l.left(), self.left, 0.2);
            let last_full = on.last().is_some_and(|l| near(l.right(), self.right, 0.3));
            if page < pages && last_full && next.first().is_some_and(|l| flush(l)) {
                let run =
                    next.windows(2).take_while(|w| flush(w[1]) && near(w[1].y - w[0].y, spacing, 0.05)).count() + 1;
                // Widow control may have moved one more line.
                let moved = if run <= 2 { 2.0 } else { 1.0 };
                if low + moved * spacing < upper_bound {
                    upper_bound = low + moved * spacing;
                    carried = page;
                }
            }
        }
        let Some((page, margin)) = lowest else { return };
        let height = self.page_height(1);
        let stays_inside = margin >= expected_m - tol;
        let reaches = upper_bound == f64::MAX || height - upper_bound <= expected_m + tol;
        let actual = if upper_bound < f64::MAX {
            format!(
                "between {} and {} (the lowest text ends {} above the edge, on page {page}; the line carried over from page {carried} to page {} would have ended {} above it)",
                num((height - upper_bound).max(0.0)),
                mm(height - lower_bound),
                mm(margin),
                carried + 1,
                mm(height - upper_bound),
            )
        } else {
            format!("at least {} (the text ends {} above the edge on page {page})", mm(margin), mm(margin))
        };
        self.push(
            "P-PAGE-2",
            "bottom margin",
            format!("{} ± {} (text never below it; pages full down to it)", mm(expected_m), num(tol)),
            actual,
            stays_inside && reaches,
        );
    }

    fn page_numbers(&mut self) {
        let spec_size = self.spec.page_number_pt;
        let pn = &self.p.page_number;
        let pages = self.layout.pages.len();
        // Page 1 carries none.
        let on_first: Vec<&TextRun> = self.numbers.iter().filter(|r| r.page == 1).collect();
        self.push(
            "P-PAGE-3",
            "no page number on page 1",
            "none",
            if on_first.is_empty() { "none".to_owned() } else { format!("{:?}", on_first[0].text) },
            on_first.is_empty() && !pn.first_page,
        );
        if pages < 2 {
            return;
        }
        let mut problems = Vec::new();
        let mut sizes = Vec::new();
        let restart = self.p.appendix.page_numbers == AppendixPageNumbers::Restart;
        let starts = self.appendix_starts.clone();
        for page in 2..=pages {
            let found: Vec<&TextRun> = self.numbers.iter().filter(|r| r.page == page).collect();
            // Appendices continue the numbering, or restart it at 1 (then their
            // first page, like the document's, may carry none).
            let expected = match starts.iter().rev().find(|s| **s <= page) {
                Some(s) if restart => page - s + 1,
                _ => page,
            };
            match found.as_slice() {
                [] if expected == 1 => {}
                [r] => {
                    if r.text.trim() != expected.to_string() {
                        problems.push(format!("page {page} is numbered {:?}", r.text.trim()));
                    }
                    if r.bold || r.italic {
                        problems.push(format!("page {page}: the number is not upright regular"));
                    }
                    sizes.push(r.size);
                }
                [] => problems.push(format!("page {page} has no number")),
                _ => problems.push(format!("page {page} has {} numbers", found.len())),
            }
        }
        let style = Style::of(self.numbers.iter().filter(|r| r.page > 1));
        let size_ok = style.size_is(spec_size);
        let actual =
            if problems.is_empty() { format!("{style}, Arabic, pages 2–{pages}") } else { problems.join("; ") };
        self.push(
            "P-PAGE-3",
            "page numbers",
            format!("{} upright Arabic numerals on every page from 2", pt(spec_size)),
            if size_ok || !problems.is_empty() { actual } else { format!("{style}") },
            problems.is_empty() && size_ok,
        );

        // Position: the profile's choice ([C]), its distance in the spec's range.
        let at_top = matches!(pn.position, PageNumberPosition::TopCenter | PageNumberPosition::TopRight);
        let at_right = matches!(pn.position, PageNumberPosition::TopRight | PageNumberPosition::BottomRight);
        let where_ =
            serde_json::to_value(pn.position).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
        let expected = format!(
            "{where_} (profile), baseline {} from the {} edge (spec {} mm)",
            mm(pn.distance_mm),
            if at_top { "top" } else { "bottom" },
            self.spec.page_number_distance_mm
        );
        let mut worst: Option<String> = None;
        for r in self.numbers.iter().filter(|r| r.page > 1) {
            let distance = if at_top { r.y } else { self.page_height(r.page) - r.y };
            // The text area of this page (an appendix page may be landscape).
            let right = self.page_width(r.page) - self.p.page.margin_right_mm;
            let (edge, target) = if at_right { (r.right(), right) } else { (r.center(), (self.left + right) / 2.0) };
            let ok = near(distance, pn.distance_mm, 0.5) && near(edge, target, self.spec.centre_tolerance_mm);
            if !ok && worst.is_none() {
                worst = Some(format!(
                    "page {}: baseline {} from the edge, {} {} from the {}",
                    r.page,
                    mm(distance),
                    if at_right { "right edge" } else { "centre" },
                    mm(edge - target),
                    if at_right { "margin" } else { "text centre" }
                ));
            }
        }
        let in_range = self.spec.page_number_distance_mm.contains(pn.distance_mm);
        let first = self.numbers.iter().find(|r| r.page > 1);
        let actual = match (&worst, first) {
            (Some(w), _) => w.clone(),
            (None, Some(r)) => {
                format!("baseline {} from the edge", mm(if at_top { r.y } else { self.page_height(r.page) - r.y }))
            }
            (None, None) => "no page numbers".into(),
        };
        self.push("P-PAGE-3", "page-number position", expected, actual, worst.is_none() && first.is_some() && in_range);
    }

    // -- P-HDR ----------------------------------------------------------------

    fn header(&mut self) {
        let prepared = self.prepared;
        let ctx = &prepared.context;
        let page1: Vec<&TextRun> = self.content.iter().filter(|r| r.page == 1).collect();
        // The header ends above the type name (or, for a công văn, nowhere in particular).
        let all1 = lines_of(page1.iter().copied());
        let type_y = ctx
            .type_name
            .as_ref()
            .and_then(|t| all1.iter().find(|l| squash(&l.text()) == squash(t)).map(|l| top(&l.runs[0]) - 0.5))
            .unwrap_or(f64::MAX);
        let left_col = lines_of(page1.iter().copied().filter(|r| r.center() < self.split && r.y < type_y));
        let right_col = lines_of(page1.iter().copied().filter(|r| r.center() >= self.split && r.y < type_y));

        let title = self.party_title(&right_col, &all1);
        let names_end = self.header_names(&left_col);
        let number = self.number(&left_col, names_end);
        let date = self.date(&right_col, title.as_deref());
        if let (Some(n), Some(d)) = (&number, &date) {
            let dy = (n.y - d[0].y) / PT;
            self.push(
                "P-HDR-5",
                "number and date on one row",
                format!("one baseline ± {}", pt(self.spec.row_tolerance_pt)),
                format!("{} apart", pt(dy.abs())),
                dy.abs() <= self.spec.row_tolerance_pt,
            );
        }
        let mut end = number.as_ref().map(|n| n.y).unwrap_or(0.0);
        if let Some(d) = &date {
            end = end.max(d.last().map(|l| l.y).unwrap_or(0.0));
        }
        if ctx.type_name.is_none() {
            end = end.max(self.letter_subject(&left_col, number.as_ref()));
            self.body_start = Some((1, end + 0.5));
        }
    }

    /// P-HDR-1 and P-HDR-2. Returns the title's lines.
    fn party_title(&mut self, right_col: &[Line], page1: &[Line]) -> Option<Vec<Line>> {
        let spec_title = self.spec.party_title;
        let text = self.prepared.context.header.party_title.clone();
        let Some(found) = find_seq(right_col, 0, &text) else {
            self.missing("P-HDR-1", "title", format!("{spec_title:?} in the right column of page 1"));
            return None;
        };
        let lines = right_col[found].to_vec();
        let style = Style::of(runs_of(&lines));
        let chosen = self.p.header.party_title_size_pt;
        let form_ok = text == spec_title
            && size_ok(&style, self.spec.party_title_pt, chosen)
            && style.bold == Some(true)
            && style.italic == Some(false);
        self.push(
            "P-HDR-1",
            "title",
            format!("{spec_title:?}, {} bold upright", size_expectation(self.spec.party_title_pt, chosen)),
            format!("{:?}, {style}", squash(&quote_text(&lines))),
            form_ok,
        );
        self.push(
            "P-HDR-1",
            "title on one line",
            "1 line",
            if lines.len() == 1 {
                "1 line".to_owned()
            } else {
                format!("wrapped onto {} lines: {}", lines.len(), quote_lines(&lines))
            },
            lines.len() == 1,
        );
        let first_top = page1.iter().flat_map(|l| l.runs.iter()).map(top).fold(f64::MAX, f64::min);
        let title_top = runs_of(&lines).map(top).fold(f64::MAX, f64::min);
        let column_centre = (self.split + self.right) / 2.0;
        let offset = worst_offset(&lines, column_centre);
        self.push(
            "P-HDR-1",
            "title position",
            format!("first line of page 1, centred in the right column (± {})", mm(self.spec.centre_tolerance_mm)),
            format!("top {} below the first line, centre offset {}", mm(title_top - first_top), mm(offset)),
            near(title_top, first_top, 0.5) && offset.abs() <= self.spec.centre_tolerance_mm,
        );

        // P-HDR-2: the rule under the title, as long as the title.
        let last = lines.last().cloned();
        let width = block_right(&lines) - block_left(&lines);
        let centre = block_centre(&lines);
        let rule = last.and_then(|l| {
            self.layout
                .rules
                .iter()
                .filter(|r| r.page == 1 && r.dy.abs() < 0.01 && r.y > l.y && r.y < l.y + 6.0)
                .filter(|r| r.x.min(r.x + r.dx) < block_right(&lines) && r.x.max(r.x + r.dx) > block_left(&lines))
                .min_by(|a, b| a.y.total_cmp(&b.y))
                .cloned()
        });
        let tol = self.spec.rule_length_tolerance_mm;
        let expected = format!(
            "a solid line under the title, length {} ± {} (the title's width), centred ± {}",
            mm(width),
            num(tol),
            mm(self.spec.centre_tolerance_mm)
        );
        match rule {
            Some(r) => {
                let length = r.dx.abs();
                let offset = r.x + r.dx / 2.0 - centre;
                self.push(
                    "P-HDR-2",
                    "title rule",
                    expected,
                    format!("length {}, centre offset {}, {} thick", mm(length), mm(offset), pt(r.thickness)),
                    near(length, width, tol) && offset.abs() <= self.spec.centre_tolerance_mm && r.thickness > 0.0,
                );
            }
            None => self.push("P-HDR-2", "title rule", expected, "no rule under the title", false),
        }
        Some(lines)
    }

    /// P-HDR-3 and P-HDR-4: superior body, issuing body, "*". Returns the
    /// index of the left column's line after them.
    fn header_names(&mut self, left_col: &[Line]) -> usize {
        let h = self.prepared.context.header.clone();
        let mut next = 0;
        let mut blocks: Vec<(&str, Vec<Line>)> = Vec::new();
        if let Some(superior) = &h.superior {
            if let Some(r) = self.header_name(left_col, 0, "superior body", superior, false) {
                next = r.end;
                blocks.push(("superior body", left_col[r].to_vec()));
            }
        }
        let issuer = self.header_name(left_col, next, "issuing body", &h.issuer, true).map(|r| {
            next = r.end;
            left_col[r].to_vec()
        });
        if let Some(lines) = &issuer {
            blocks.push(("issuing body", lines.clone()));
        }
        // Header fit: names wrap only cleanly, inside the column.
        if !blocks.is_empty() {
            let max = self.spec.header_name_max_lines;
            let mut problems = Vec::new();
            let mut shape = Vec::new();
            for (what, lines) in &blocks {
                shape.push(format!("{what} {} line{}", lines.len(), if lines.len() == 1 { "" } else { "s" }));
                if lines.len() > max {
                    problems.push(format!("the {what} wraps onto {} lines: {}", lines.len(), quote_lines(lines)));
                }
                for l in lines {
                    if l.left() < self.left - 0.2 || l.right() > self.split + 0.2 {
                        problems.push(format!("{:?} spans {}–{}", l.text().trim(), num(l.left()), mm(l.right())));
                    }
                    let t = l.text();
                    let t = t.trim();
                    if lines.len() > 1 && (t.starts_with('-') || t.ends_with('-')) {
                        problems.push(format!("the {what} breaks at a dash: {}", quote_lines(lines)));
                        break;
                    }
                }
            }
            self.push(
                "P-HDR-3",
                "header names fit the left column",
                format!(
                    "each name on at most {max} lines inside {}–{}, broken between words, never at a dash",
                    num(self.left),
                    mm(self.split)
                ),
                if problems.is_empty() { shape.join(", ") } else { problems.join("; ") },
                problems.is_empty(),
            );
        }
        // P-HDR-4: "*" under the issuing body.
        let asterisk = "*";
        let star = left_col.iter().enumerate().skip(next).find(|(_, l)| l.text().trim() == asterisk);
        match (star, issuer) {
            (Some((i, star)), Some(issuer)) => {
                next = i + 1;
                let offset = star.center() - block_centre(&issuer);
                self.push(
                    "P-HDR-4",
                    "asterisk",
                    format!(
                        "\"*\" on its own line under the issuing body, centred under it ± {}",
                        mm(self.spec.centre_tolerance_mm)
                    ),
                    format!("{:?}, centre offset {}", star.text().trim(), mm(offset)),
                    offset.abs() <= self.spec.centre_tolerance_mm,
                );
            }
            (None, _) => self.missing("P-HDR-4", "asterisk", "\"*\" under the issuing body"),
            (Some(_), None) => {}
        }
        next
    }

    /// P-HDR-3 for one name of the left column: capitals, 14 pt, bold or
    /// regular, centred. Returns where its lines are.
    fn header_name(
        &mut self,
        left_col: &[Line],
        from: usize,
        what: &str,
        name: &str,
        bold: bool,
    ) -> Option<std::ops::Range<usize>> {
        let Some(r) = find_seq(left_col, from, name) else {
            self.missing("P-HDR-3", what, format!("{name:?} in the left column"));
            return None;
        };
        let lines = &left_col[r.clone()];
        let style = Style::of(runs_of(lines));
        let offset = worst_offset(lines, (self.left + self.split) / 2.0);
        let size = self.spec.header_pt;
        let weight = if bold { "bold" } else { "regular" };
        self.push(
            "P-HDR-3",
            what,
            format!("capitals, {} {weight} upright, centred in the left column", pt(size)),
            format!("{}, {style}, centre offset {}", caps_word(name), mm(offset)),
            is_caps(name)
                && style.size_is(size)
                && style.bold == Some(bold)
                && style.italic == Some(false)
                && offset.abs() <= self.spec.centre_tolerance_mm,
        );
        Some(r)
    }

    /// P-HDR-5. Returns the number's run.
    fn number(&mut self, left_col: &[Line], from: usize) -> Option<TextRun> {
        let number = self.prepared.context.header.number.clone();
        let size = self.spec.header_pt;
        let Some(r) = find_seq(left_col, from, &number) else {
            self.missing("P-HDR-5", "number", format!("{number:?} in the left column under \"*\""));
            return None;
        };
        let lines = left_col[r].to_vec();
        let text = lines.iter().map(Line::text).collect::<Vec<_>>().join(" ");
        let style = Style::of(runs_of(&lines));
        let offset = worst_offset(&lines, (self.left + self.split) / 2.0);
        self.push(
            "P-HDR-5",
            "number",
            format!("\"Số <nn>-<type>/<issuer>\" (§3.4, no colon) on one line, {} regular upright, centred in the left column", pt(size)),
            format!("{text:?} on {} line{}, {style}, centre offset {}", lines.len(), if lines.len() == 1 { "" } else { "s" }, mm(offset)),
            number_matches(&text)
                && lines.len() == 1
                && style.size_is(size)
                && style.bold == Some(false)
                && style.italic == Some(false)
                && offset.abs() <= self.spec.centre_tolerance_mm,
        );
        lines[0].runs.first().cloned()
    }

    /// P-HDR-6. Returns the date's lines.
    fn date(&mut self, right_col: &[Line], title: Option<&[Line]>) -> Option<Vec<Line>> {
        let date = self.prepared.context.header.date.clone();
        let size = self.spec.header_pt;
        let Some(r) = find_seq(right_col, 0, &date) else {
            self.missing("P-HDR-6", "place and date", format!("{date:?} in the right column"));
            return None;
        };
        let lines = right_col[r].to_vec();
        let text = lines.iter().map(Line::text).collect::<Vec<_>>().join(" ");
        let style = Style::of(runs_of(&lines));
        let centre = title.map(block_centre).unwrap_or((self.split + self.right) / 2.0);
        let offset = worst_offset(&lines, centre);
        self.push(
            "P-HDR-6",
            "place and date",
            format!("\"<place>, ngày DD tháng M năm YYYY\", {} italic, centred under the title", pt(size)),
            format!("{text:?}, {style}, centre offset {}", mm(offset)),
            date_matches(&text)
                && style.size_is(size)
                && style.italic == Some(true)
                && style.bold == Some(false)
                && offset.abs() <= self.spec.centre_tolerance_mm,
        );
        let inside = block_right(&lines) <= self.right + 0.2 && block_left(&lines) >= self.split - 0.2;
        self.push(
            "P-HDR-6",
            "place and date on one line",
            format!("1 line inside the right column ({}–{})", num(self.split), mm(self.right)),
            if lines.len() == 1 {
                format!("1 line, {}–{}", num(block_left(&lines)), mm(block_right(&lines)))
            } else {
                format!("wrapped onto {} lines: {}", lines.len(), quote_lines(&lines))
            },
            lines.len() == 1 && inside,
        );
        Some(lines)
    }

    /// P-CV-1: a công văn's subject under the number. Returns its last baseline.
    fn letter_subject(&mut self, left_col: &[Line], number: Option<&TextRun>) -> f64 {
        let Some(subject) = self.prepared.context.header.subject.clone() else { return 0.0 };
        let from = number.and_then(|n| left_col.iter().position(|l| l.y > n.y + 0.1)).unwrap_or(0);
        let Some(r) = find_seq(left_col, from, &subject) else {
            self.missing("P-CV-1", "subject of a công văn", format!("{subject:?} in the left column under the number"));
            return 0.0;
        };
        let lines = left_col[r].to_vec();
        let style = Style::of(runs_of(&lines));
        let size = self.spec.letter_subject_pt;
        let offset = worst_offset(&lines, (self.left + self.split) / 2.0);
        let v_v = subject.trim_start().to_lowercase().starts_with("v/v");
        self.push(
            "P-CV-1",
            "subject of a công văn",
            format!("no type name; under the number, {} italic, centred in the left column, no \"V/v\"", pt(size)),
            format!("{style}, centre offset {}{}", mm(offset), if v_v { ", starts with \"V/v\"" } else { "" }),
            style.size_is(size) && style.italic == Some(true) && offset.abs() <= self.spec.centre_tolerance_mm && !v_v,
        );
        lines.last().map(|l| l.y).unwrap_or(0.0)
    }

    // -- P-TTL ----------------------------------------------------------------

    fn title_block(&mut self) {
        let prepared = self.prepared;
        let ctx = &prepared.context;
        let Some(type_name) = ctx.type_name.clone() else { return };
        let lines = lines_of(self.content.iter().filter(|r| r.page == 1));
        let centre = (self.left + self.right) / 2.0;
        let tol = self.spec.centre_tolerance_mm;
        let Some(r) = find_seq(&lines, 0, &type_name) else {
            self.missing("P-TTL-1", "type name", format!("{type_name:?} on page 1"));
            return;
        };
        let mut next = r.end;
        let tn = lines[r].to_vec();
        let style = Style::of(runs_of(&tn));
        let chosen = self.p.title.type_name_size_pt;
        let offset = worst_offset(&tn, centre);
        self.push(
            "P-TTL-1",
            "type name",
            format!(
                "capitals, {} bold upright, one line centred on the text width",
                size_expectation(self.spec.type_name_pt, chosen)
            ),
            format!("{:?} on {} line(s), {style}, centre offset {}", squash(&quote_text(&tn)), tn.len(), mm(offset)),
            is_caps(&type_name)
                && tn.len() == 1
                && size_ok(&style, self.spec.type_name_pt, chosen)
                && style.bold == Some(true)
                && style.italic == Some(false)
                && offset.abs() <= tol,
        );
        // P-TTL-2: the subject, right under the type name.
        let subject = ctx.subject.clone();
        match find_seq(&lines, next, &subject).filter(|r| r.start == next) {
            Some(r) => {
                next = r.end;
                let sl = lines[r].to_vec();
                let style = Style::of(runs_of(&sl));
                let chosen = self.p.title.subject_size_pt;
                let offset = worst_offset(&sl, centre);
                self.push(
                    "P-TTL-2",
                    "subject",
                    format!("{} bold upright, every line centred", size_expectation(self.spec.subject_pt, chosen)),
                    format!("{} line(s), {style}, centre offset {}", sl.len(), mm(offset)),
                    size_ok(&style, self.spec.subject_pt, chosen)
                        && style.bold == Some(true)
                        && style.italic == Some(false)
                        && offset.abs() <= tol,
                );
                let starts_ve = subject.starts_with("về ");
                self.push(
                    "P-TTL-2",
                    "subject starts with lower-case \"về\"",
                    "\"về …\" (warning only)",
                    format!("{:?}", clip(&subject)),
                    starts_ve,
                );
                // The spec asks only for a warning here.
                if let Some(last) = self.out.last_mut() {
                    last.advisory = true;
                }
            }
            None => self.missing("P-TTL-2", "subject", format!("{subject:?} right under the type name")),
        }
        // P-TTL-3: "-----".
        let sep = lines.get(next).cloned();
        match sep {
            Some(l) => {
                let offset = l.center() - centre;
                let text = l.text();
                let ok = text.trim() == self.spec.separator && offset.abs() <= tol;
                self.push(
                    "P-TTL-3",
                    "separator",
                    format!("the next line is {:?}, centred", self.spec.separator),
                    format!("{:?}, centre offset {}", text.trim(), mm(offset)),
                    ok,
                );
                self.body_start = Some((1, l.y + 0.5));
            }
            None => self.missing("P-TTL-3", "separator", format!("{:?} under the subject", self.spec.separator)),
        }
    }

    // -- P-BODY ---------------------------------------------------------------

    fn body(&mut self) {
        let start = self.body_start.unwrap_or((1, 0.0));
        let end = self.label.as_ref().map(|l| (l.page, top(&l.runs[0]) - 0.5)).unwrap_or((usize::MAX, 0.0));
        let after = |page: usize, y: f64, (p, at): (usize, f64)| page > p || (page == p && y > at);
        let runs: Vec<&TextRun> =
            self.content.iter().filter(|r| after(r.page, r.y, start) && !after(r.page, r.y, end)).collect();
        let lines = lines_of(runs.iter().copied());
        if lines.is_empty() {
            self.missing("P-BODY-1", "body", "paragraphs between the title and \"Nơi nhận\"");
            return;
        }
        let profile = self.p;
        let b = &profile.body;
        let spec = self.spec.clone();
        let (left, right) = (self.left, self.right);
        let spacing = b.line_spacing_pt * PT;
        let flush = |l: &Line| near(l.left(), left, 0.2);

        // First-line indent: the usual left offset of lines that open a paragraph
        // (the first, one after a gap wider than the line spacing, or one that
        // starts a page away from the margin).
        let opens = |i: usize| {
            i == 0
                || (lines[i].page != lines[i - 1].page && !flush(&lines[i]))
                || lines[i].y - lines[i - 1].y > spacing + 2.0 * PT
        };
        let mut offsets: Vec<f64> = (0..lines.len())
            .filter(|&i| opens(i))
            .map(|i| ((lines[i].left() - left) * 10.0).round() / 10.0)
            .filter(|d| *d > 0.5 && *d < 30.0)
            .collect();
        offsets.sort_by(f64::total_cmp);
        let indent = mode(&offsets);
        let indent_lines = |l: &Line| indent.is_some_and(|d| near(l.left(), left + d, 0.2));
        let paragraph_line = |l: &Line| flush(l) || indent_lines(l);

        // Size of the running text (paragraph lines; tables and centred lines aside).
        let body_runs: Vec<&TextRun> = lines.iter().filter(|l| paragraph_line(l)).flat_map(|l| l.runs.iter()).collect();
        let style = Style::of(body_runs.iter().copied());
        let chosen = b.size_pt;
        let counted = lines.iter().filter(|l| paragraph_line(l)).count();
        self.push(
            "P-BODY-1",
            "body text size",
            size_expectation(spec.body_pt, chosen),
            format!("{} ({counted} lines)", style.sizes.iter().map(|s| pt(*s)).collect::<Vec<_>>().join(", ")),
            size_ok(&style, spec.body_pt, chosen),
        );

        let indent_spec_ok = |d: f64| spec.indent_mm.contains(d) || near(d, spec.indent_alternative_mm, 0.2);
        let chosen_indent = b.first_line_indent_mm;
        let count = indent.map(|d| offsets.iter().filter(|o| near(**o, d, 0.05)).count()).unwrap_or(0);
        self.push(
            "P-BODY-1",
            "first-line indent",
            format!(
                "{} (profile; spec {} mm, or {})",
                mm(chosen_indent),
                spec.indent_mm,
                mm(spec.indent_alternative_mm)
            ),
            match indent {
                Some(d) => format!("{} ({count} of {} paragraphs)", mm(d), offsets.len()),
                None => "no indented paragraph".into(),
            },
            indent.is_some_and(|d| indent_spec_ok(d) && near(d, chosen_indent, 0.2)) && indent_spec_ok(chosen_indent),
        );

        // Line spacing: a full line followed by a line at the margin (the same paragraph).
        let full = |l: &Line| near(l.right(), right, 0.3);
        let mut distances: Vec<f64> = Vec::new();
        let mut justified = (0usize, None::<Line>);
        let mut para_spacing: Option<(f64, Line)> = None;
        for w in lines.windows(2) {
            let (a, c) = (&w[0], &w[1]);
            if a.page != c.page || !paragraph_line(a) {
                continue;
            }
            let d = c.y - a.y;
            if flush(c) && full(a) {
                distances.push(d / PT);
            }
            if flush(c) && near(d, spacing, 0.05) {
                justified.0 += 1;
                if !full(a) && justified.1.is_none() {
                    justified.1 = Some(a.clone());
                }
            }
            if indent_lines(c) && !flush(c) {
                let gap = d / PT - b.line_spacing_pt.max(a.runs[0].size);
                if para_spacing.as_ref().is_none_or(|(g, _)| gap < *g) {
                    para_spacing = Some((gap, c.clone()));
                }
            }
        }
        let chosen_spacing = b.line_spacing_pt;
        let mut found: Vec<f64> = Vec::new();
        for d in &distances {
            if !found.iter().any(|f| near(*f, *d, 0.15)) {
                found.push(*d);
            }
        }
        self.push(
            "P-BODY-1",
            "line spacing",
            format!("exactly {} (profile; spec {} pt)", pt(chosen_spacing), spec.line_spacing_pt),
            if found.is_empty() {
                "no two lines of one paragraph".to_owned()
            } else {
                format!(
                    "{} ({} line pairs)",
                    found.iter().map(|d| pt(*d)).collect::<Vec<_>>().join(", "),
                    distances.len()
                )
            },
            !found.is_empty()
                && found.iter().all(|d| near(*d, chosen_spacing, 0.15))
                && spec.line_spacing_pt.contains(chosen_spacing),
        );
        let min = spec.paragraph_spacing_min_pt;
        match para_spacing {
            Some((gap, line)) => self.push(
                "P-BODY-1",
                "paragraph spacing",
                format!("at least {}", pt(min)),
                format!("{} at the least (before {:?}, page {})", pt(gap), clip(&line.text()), line.page),
                gap >= min - 0.1,
            ),
            None => {
                self.push("P-BODY-1", "paragraph spacing", format!("at least {}", pt(min)), "a single paragraph", true)
            }
        }
        self.push(
            "P-BODY-1",
            "justified",
            format!("every line but a paragraph's last reaches the right margin ({})", mm(right)),
            match &justified.1 {
                None => format!("{} lines justified", justified.0),
                Some(l) => format!("{:?} (page {}) ends at {}", clip(&l.text()), l.page, mm(l.right())),
            },
            justified.1.is_none() && b.justify,
        );
        self.basis(&lines);
    }

    /// P-BODY-2: the căn cứ lines' punctuation, as printed.
    fn basis(&mut self, lines: &[Line]) {
        let prepared = self.prepared;
        let basis: Vec<String> = prepared.context.basis.iter().map(|r| squash(&r.to_plain())).collect();
        if basis.is_empty() {
            return;
        }
        let printed = squash(&lines.iter().map(Line::text).collect::<Vec<_>>().join(" "));
        let n = basis.len();
        let bad = basis.iter().enumerate().find(|(i, l)| {
            let end = if i + 1 == n { ',' } else { ';' };
            !l.starts_with("- ") || !l.ends_with(end) || !printed.contains(l.as_str())
        });
        self.push(
            "P-BODY-2",
            "căn cứ lines",
            "printed, each \"- …;\", the last \"- …,\"",
            match bad {
                None => format!("{n} lines"),
                Some((_, l)) => format!("{:?}", clip(l)),
            },
            bad.is_none(),
        );
    }

    // -- P-SIG and P-RCV ------------------------------------------------------

    fn closing(&mut self) {
        let Some(label) = self.label.clone() else {
            self.missing("P-RCV-1", "\"Nơi nhận:\"", "the label at the left margin of the closing block");
            return;
        };
        let signer = self.prepared.context.signer.clone();
        let size = self.spec.signature_pt;
        let sig = lines_of(
            self.content
                .iter()
                .filter(|r| r.page == label.page && r.center() >= self.sig_left && r.y > top(&label.runs[0])),
        );
        let centre = (self.sig_left + self.right) / 2.0;
        let tol = self.spec.centre_tolerance_mm;
        let mut next = 0;
        let mut first_line: Option<Line> = None;
        let describe = |lines: &[Line]| {
            let style = Style::of(runs_of(lines));
            (worst_offset(lines, centre), style)
        };
        match &signer.authority {
            Some(a) => match find_seq(&sig, 0, a) {
                Some(r) => {
                    next = r.end;
                    let lines = sig[r].to_vec();
                    let (offset, style) = describe(&lines);
                    first_line = lines.first().cloned();
                    self.push(
                        "P-SIG-1",
                        "signing authority",
                        format!(
                            "\"T/M|K/T|T/L|Q. …\" in capitals, {} bold upright, centred in the signature column",
                            pt(size)
                        ),
                        format!("{:?}, {style}, centre offset {}", squash(a), mm(offset)),
                        authority_matches(a)
                            && is_caps(a)
                            && style.size_is(size)
                            && style.bold == Some(true)
                            && style.italic == Some(false)
                            && offset.abs() <= tol,
                    );
                }
                None => self.missing("P-SIG-1", "signing authority", format!("{a:?} in the signature column")),
            },
            None => self.push(
                "P-SIG-1",
                "signing authority",
                "T/M, K/T, T/L or Q., or none when the head signs",
                "none: the head signs",
                true,
            ),
        }
        let mut position_y = None;
        match find_seq(&sig, next, &signer.position) {
            Some(r) => {
                next = r.end;
                let lines = sig[r].to_vec();
                let (offset, style) = describe(&lines);
                position_y = lines.last().map(|l| l.y);
                let bold = signer.authority.is_none();
                if first_line.is_none() {
                    first_line = lines.first().cloned();
                }
                self.push(
                    "P-SIG-2",
                    "position",
                    format!(
                        "capitals, {} {} upright, centred",
                        pt(size),
                        if bold { "bold (no authority line)" } else { "NOT bold" }
                    ),
                    format!("{:?}, {style}, centre offset {}", squash(&signer.position), mm(offset)),
                    is_caps(&signer.position)
                        && style.size_is(size)
                        && style.bold == Some(bold)
                        && style.italic == Some(false)
                        && offset.abs() <= tol,
                );
            }
            None => self.missing("P-SIG-2", "position", format!("{:?} in the signature column", signer.position)),
        }
        if signer.name.trim().is_empty() {
            self.push(
                "P-SIG-3",
                "name",
                format!("{} bold, normal case", pt(size)),
                "left blank (a draft: written by hand)",
                true,
            );
        } else {
            match find_seq(&sig, next, &signer.name) {
                Some(r) => {
                    let lines = sig[r].to_vec();
                    let (offset, style) = describe(&lines);
                    let room = position_y.map(|y| lines[0].y - y).unwrap_or(0.0);
                    let titled = ["TS.", "ThS.", "PGS.", "GS."].iter().any(|t| signer.name.starts_with(t));
                    self.push(
                        "P-SIG-3",
                        "name",
                        format!(
                            "normal case, no academic title, {} bold upright, centred, at least {} below the position (room to sign)",
                            pt(size),
                            mm(self.spec.sign_space_min_mm)
                        ),
                        format!("{:?}, {style}, centre offset {}, {} below the position", signer.name, mm(offset), mm(room)),
                        !is_caps(&signer.name)
                            && !titled
                            && style.size_is(size)
                            && style.bold == Some(true)
                            && style.italic == Some(false)
                            && offset.abs() <= tol
                            && room >= self.spec.sign_space_min_mm - 0.1,
                    );
                }
                None => self.missing("P-SIG-3", "name", format!("{:?} in the signature column", signer.name)),
            }
        }
        self.recipients(&label, first_line.as_ref());
    }

    fn recipients(&mut self, label: &Line, first_sig_line: Option<&Line>) {
        let spec_label = self.spec.recipients_label;
        let text = label.text();
        let style = Style::of(label.runs.iter());
        let word = label.runs.iter().find(|r| !r.text.trim().is_empty() && r.text.trim() != ":").cloned();
        // The underline under the word: the union of rule pieces (they break around descenders).
        let coverage = word.as_ref().map(|w| {
            let mut pieces: Vec<(f64, f64)> = self
                .layout
                .rules
                .iter()
                .filter(|r| r.page == label.page && r.dy.abs() < 0.01 && r.y > w.y - 0.5 && r.y < w.y + 2.0)
                .map(|r| (r.x.min(r.x + r.dx).max(w.x), r.x.max(r.x + r.dx).min(w.right())))
                .filter(|(a, b)| b > a)
                .collect();
            pieces.sort_by(|a, b| a.0.total_cmp(&b.0));
            let mut covered = 0.0;
            let mut reach = w.x;
            for (a, b) in pieces {
                if b > reach {
                    covered += b - a.max(reach);
                    reach = b;
                }
            }
            covered / w.width.max(0.01)
        });
        let underlined = coverage.is_some_and(|c| c >= 0.8);
        let level = first_sig_line.map(|s| top(&s.runs[0]) - top(&label.runs[0]));
        let size = self.spec.recipients_label_pt;
        self.push(
            "P-RCV-1",
            "\"Nơi nhận:\"",
            format!(
                "{spec_label:?}, {} regular upright, the word underlined, at the left margin, top-aligned with the signature block",
                pt(size)
            ),
            format!(
                "{:?}, {style}, {}, left {}, {}",
                text.trim(),
                match coverage {
                    Some(c) => format!("{}% of the word underlined", (c * 100.0).round()),
                    None => "no word".into(),
                },
                mm(label.left()),
                match level {
                    Some(d) => format!("{} from the signature block's top", mm(d)),
                    None => "no signature block".into(),
                }
            ),
            text.trim() == spec_label
                && style.size_is(size)
                && style.bold == Some(false)
                && style.italic == Some(false)
                && underlined
                && near(label.left(), self.left, 0.5)
                && level.is_some_and(|d| d.abs() <= 0.5),
        );

        // P-RCV-2: the list under it, in the left column.
        let expected: Vec<String> = self.prepared.context.recipients.lines.iter().map(|l| squash(l)).collect();
        let lines = lines_of(
            self.content.iter().filter(|r| r.page == label.page && r.center() < self.sig_left && r.y > label.y + 0.5),
        );
        let mut entries: Vec<String> = Vec::new();
        for l in &lines {
            let t = squash(&l.text());
            match entries.last_mut() {
                Some(e) if !t.starts_with("- ") => {
                    e.push(' ');
                    e.push_str(&t);
                }
                _ => entries.push(t),
            }
        }
        let style = Style::of(runs_of(&lines));
        let size = self.spec.recipients_pt;
        let n = entries.len();
        let mut problems = Vec::new();
        if entries != expected {
            problems.push(format!("the lines are {entries:?}, the data gives {expected:?}"));
        }
        for (i, e) in entries.iter().enumerate() {
            let last = i + 1 == n;
            let ok = e.starts_with("- ")
                && if last { e.starts_with("- Lưu") && e.ends_with('.') } else { e.ends_with(',') };
            if !ok {
                problems.push(format!("{e:?}"));
            }
        }
        if let Some(l) = lines.iter().find(|l| !near(l.left(), self.left, 0.5)) {
            problems.push(format!("{:?} starts at {}", l.text().trim(), mm(l.left())));
        }
        self.push(
            "P-RCV-2",
            "recipients",
            format!("{} regular upright at the left margin, each \"- …,\", the last \"- Lưu ….\"", pt(size)),
            if problems.is_empty() {
                format!("{n} lines, {style}")
            } else {
                format!("{style}; {}", problems.join("; "))
            },
            n > 0
                && problems.is_empty()
                && style.size_is(size)
                && style.bold == Some(false)
                && style.italic == Some(false),
        );
    }

    // -- P-TXT ----------------------------------------------------------------

    fn text_layer(&mut self) {
        let bad = self.layout.texts.iter().find(|r| !is_nfc(&r.text) || r.text.contains(['\u{D0}', '\u{F0}']));
        self.push(
            "P-TXT-1",
            "text encoding",
            "NFC Unicode text, no Ð/ð (U+00D0/U+00F0)",
            match bad {
                None => format!("{} runs, all NFC", self.layout.texts.len()),
                Some(r) => format!("{:?} on page {}", clip(&r.text), r.page),
            },
            bad.is_none(),
        );
        let soft = self.layout.texts.iter().find(|r| r.text.trim_end().ends_with('\u{AD}'));
        self.push(
            "P-TXT-2",
            "no hyphenation",
            "hyphenation off, no line ending in a soft hyphen",
            match (soft, self.p.body.hyphenate) {
                (Some(r), _) => format!("{:?} on page {}", clip(&r.text), r.page),
                (None, true) => "hyphenation on in the profile".into(),
                (None, false) => "off".into(),
            },
            soft.is_none() && !self.p.body.hyphenate,
        );
    }
}

/// The text of lines, joined.
fn quote_text(lines: &[Line]) -> String {
    lines.iter().map(Line::text).collect::<Vec<_>>().join(" ")
}

fn caps_word(s: &str) -> &'static str {
    if is_caps(s) {
        "capitals"
    } else {
        "not in capitals"
    }
}

/// A long text shortened for a report line.
fn clip(s: &str) -> String {
    let s = s.trim();
    if s.chars().count() <= 48 {
        s.to_owned()
    } else {
        format!("{}…", s.chars().take(47).collect::<String>())
    }
}

/// The most frequent value of a sorted list (the smallest on a tie).
fn mode(sorted: &[f64]) -> Option<f64> {
    let mut best: Option<(f64, usize)> = None;
    let mut i = 0;
    while i < sorted.len() {
        let j = sorted[i..].iter().take_while(|x| near(**x, sorted[i], 0.05)).count() + i;
        if best.is_none_or(|(_, n)| j - i > n) {
            best = Some((sorted[i], j - i));
        }
        i = j;
    }
    best.map(|(v, _)| v)
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
        };
        assert_eq!(r.to_string(), "FAIL P-HDR-2 title rule: expected length 72.7 mm ± 0.5, got length 69.7 mm");
        assert_eq!(num(18.0), "18");
        assert_eq!(num(12.7), "12.7");
        assert_eq!(Between(15.0, 16.0).to_string(), "15–16");
        assert_eq!(mode(&[10.0, 10.0, 12.0]), Some(10.0));
    }
}
