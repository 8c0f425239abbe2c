//! Measuring helpers of the checks: formatting numbers, lines and blocks of
//! text, styles, and the patterns of the number, date and authority. The
//! words of a style ("14 pt bold upright") and of a size the profile chose
//! are said in the language of the messages (`locales/*/verify-page.ftl`).

use std::fmt;

use super::{Between, PT};
use crate::inspect::{Layout, Line, TextRun};
use crate::tr;
use crate::vietnamese::upper;


/// A number with at most one decimal, without a trailing ".0".
pub(super) fn num(x: f64) -> String {
    let r = (x * 10.0).round() / 10.0;
    if (r - r.round()).abs() < 1e-9 {
        format!("{}", r.round() as i64)
    } else {
        format!("{r:.1}")
    }
}

pub(super) fn mm(x: f64) -> String {
    format!("{} mm", num(x))
}

pub(super) fn pt(x: f64) -> String {
    format!("{} pt", num(x))
}

pub(crate) fn squash(s: &str) -> String {
    // One allocation: the words, one space between them.
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

pub(super) fn quote_lines(lines: &[Line]) -> String {
    lines.iter().map(|l| format!("{:?}", l.text().trim())).collect::<Vec<_>>().join(" / ")
}

pub(super) fn near(a: f64, b: f64, tolerance: f64) -> bool {
    (a - b).abs() <= tolerance + 1e-9
}

/// The top of a run's line box, mm.
pub(crate) fn top(r: &TextRun) -> f64 {
    r.y - 0.8 * r.size * PT
}

/// The bottom of a run's line box, mm.
pub(crate) fn bottom(r: &TextRun) -> f64 {
    r.y + 0.2 * r.size * PT
}

/// Lines from a set of runs (runs sharing a baseline, left to right).
pub(crate) fn lines_of<'a>(runs: impl IntoIterator<Item = &'a TextRun>) -> Vec<Line> {
    Layout { texts: runs.into_iter().cloned().collect(), ..Layout::default() }.lines()
}

pub(super) fn runs_of(lines: &[Line]) -> impl Iterator<Item = &TextRun> {
    lines.iter().flat_map(|l| l.runs.iter())
}

pub(super) fn block_left(lines: &[Line]) -> f64 {
    lines.iter().map(Line::left).fold(f64::MAX, f64::min)
}

pub(super) fn block_right(lines: &[Line]) -> f64 {
    lines.iter().map(Line::right).fold(f64::MIN, f64::max)
}

pub(super) fn block_centre(lines: &[Line]) -> f64 {
    (block_left(lines) + block_right(lines)) / 2.0
}

/// The worst offset of the lines' centres from `centre`.
pub(super) fn worst_offset(lines: &[Line], centre: f64) -> f64 {
    lines.iter().map(|l| l.center() - centre).fold(0.0, |w: f64, d| if d.abs() > w.abs() { d } else { w })
}

/// The first run of lines, from index `from`, whose joined text is `needle`
/// (white space collapsed): a text that may wrap over several lines. Each
/// line's text is collapsed once and matched against the rest of the needle.
pub(crate) fn find_seq(lines: &[Line], from: usize, needle: &str) -> Option<std::ops::Range<usize>> {
    let needle = squash(needle);
    if needle.is_empty() || from >= lines.len() {
        return None;
    }
    let texts: Vec<String> = lines[from..].iter().map(|l| squash(&l.text())).collect();
    for i in 0..texts.len() {
        if texts[i].is_empty() || !needle.starts_with(texts[i].as_str()) {
            continue;
        }
        let mut rest = &needle[texts[i].len()..];
        if rest.is_empty() {
            return Some(from + i..from + i + 1);
        }
        for j in i + 1..texts.len() {
            if lines[from + j].page != lines[from + i].page {
                break;
            }
            if texts[j].is_empty() {
                continue;
            }
            match rest.strip_prefix(' ').and_then(|r| r.strip_prefix(texts[j].as_str())) {
                Some("") => return Some(from + i..from + j + 1),
                Some(r) => rest = r,
                None => break,
            }
        }
    }
    None
}

/// Sizes, weight and slant of a set of runs, as one would describe them.
#[derive(Debug)]
pub(super) struct Style {
    pub(super) sizes: Vec<f64>,
    pub(super) bold: Option<bool>,
    pub(super) italic: Option<bool>,
}

impl Style {
    pub(super) fn of<'a>(runs: impl IntoIterator<Item = &'a TextRun>) -> Style {
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

    pub(super) fn size_is(&self, size: f64) -> bool {
        !self.sizes.is_empty() && self.sizes.iter().all(|s| near(*s, size, 0.01))
    }
}

impl fmt::Display for Style {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sizes: Vec<String> = self.sizes.iter().map(|s| num(*s)).collect();
        f.write_str(&style_words(&format!("{} pt", sizes.join("/")), self.bold, self.italic))
    }
}

/// A size with its weight and slant, in the language of the messages:
/// "14 pt bold upright" ("14 pt, chữ đứng, đậm"); `None` is "partly bold"
/// or "partly italic" (a set of runs that mixes them).
pub(super) fn style_words(size: &str, bold: Option<bool>, italic: Option<bool>) -> String {
    let weight = match bold {
        Some(true) => tr!("v-style-bold"),
        Some(false) => tr!("v-style-regular"),
        None => tr!("v-style-partly-bold"),
    };
    tr!("v-style", size = size, weight = weight, slant = slant_word(italic))
}

/// A size and a slant without a weight: "14 pt italic" ("14 pt, chữ nghiêng").
pub(super) fn slant_words(size: &str, italic: bool) -> String {
    tr!("v-style-slant", size = size, slant = slant_word(Some(italic)))
}

fn slant_word(italic: Option<bool>) -> String {
    match italic {
        Some(true) => tr!("v-style-italic"),
        Some(false) => tr!("v-style-upright"),
        None => tr!("v-style-partly-italic"),
    }
}

/// A size rule: exactly the spec's value, or (for a range) the profile's
/// choice inside the spec's range.
pub(super) fn size_ok(style: &Style, spec: Between, chosen: f64) -> bool {
    spec.contains(chosen) && style.size_is(chosen)
}

pub(super) fn size_expectation(spec: Between, chosen: f64) -> String {
    if spec.0 == spec.1 {
        pt(spec.0)
    } else {
        tr!("v-size-profile", chosen = pt(chosen), spec = spec)
    }
}

/// The plural category of a count for a message's `$plural` selector
/// ("one" or "other"): `tr!` passes numbers as text, which Fluent's own
/// number selectors do not read.
pub(super) fn plural(n: usize) -> &'static str {
    if n == 1 {
        "one"
    } else {
        "other"
    }
}

/// Whether a text is in capitals (no lower-case letter).
pub(super) fn is_caps(s: &str) -> bool {
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

/// The text of lines, joined.
pub(super) fn quote_text(lines: &[Line]) -> String {
    lines.iter().map(Line::text).collect::<Vec<_>>().join(" ")
}

/// Whether a text is in capitals, said in the language of the messages.
pub(super) fn caps_word(s: &str) -> String {
    if is_caps(s) {
        tr!("v-capitals")
    } else {
        tr!("v-not-capitals")
    }
}

/// A long text shortened for a report line.
pub(super) fn clip(s: &str) -> String {
    let s = s.trim();
    if s.chars().count() <= 48 {
        s.to_owned()
    } else {
        format!("{}…", s.chars().take(47).collect::<String>())
    }
}

/// The most frequent value of a sorted list (the smallest on a tie).
pub(super) fn mode(sorted: &[f64]) -> Option<f64> {
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
