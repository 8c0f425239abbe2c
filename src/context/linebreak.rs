//! Balanced line breaks for the names in the header (superior body, issuing
//! body, joint names).
//!
//! A clerk breaks "Đảng bộ Thành phố Hồ Chí Minh" as "ĐẢNG BỘ THÀNH PHỐ" /
//! "HỒ CHÍ MINH", never "… HỒ CHÍ" / "MINH". This module does the same, on
//! printed widths given by the caller (the embedded font's advances, see
//! [`super::columns`]), so that every output format prints the same lines:
//!
//! 1. **as few lines as the column allows**: the least number of lines in
//!    which every line fits;
//! 2. **never a short word alone** on a line, and never a break at the " - "
//!    inside a body's name ("Bà Rịa - Vũng Tàu") — unless no other break
//!    fits, or one more line avoids it;
//! 3. among those, the break with the **lowest cost**: the lines as even as
//!    the words allow (the sum of the squared line widths, which for a given
//!    text is least when the lines are equal), plus a penalty for each break
//!    that splits what belongs together — a proper name of capitalised
//!    words as typed ("Hồ Chí Minh", "Nghĩa Thái"), a compound word ("thành
//!    phố", "cơ quan"), a line ending in "và", "các" or "của"; a joint name
//!    ("Ban Tổ chức Tỉnh ủy - Ban Tuyên giáo và Dân vận Tỉnh ủy") breaks
//!    after the " - " between two bodies whenever it can, the dash ending
//!    the line.
//!
//! Capitalisation is read from the words as typed, before they are printed in
//! capitals; a name typed in capitals gives no such hints and is broken by
//! evenness and compounds alone.

use std::ops::Range;
pub use crate::vietnamese::names::{bodies, starts_a_body};

/// Cost of a break inside a proper name (two capitalised words as typed).
const PROPER_NAME: f64 = 40.0;
/// Cost of a break inside a compound word ("thành phố", "cơ quan").
const COMPOUND: f64 = 25.0;
/// Cost of ending a line with a function word ("và", "các").
const FUNCTION_WORD_AT_END: f64 = 20.0;
/// Cost of a break between two lower-case words (a loose phrase).
const LOWER_WORDS: f64 = 3.0;
/// Cost of a break after the capitalised head of a compound ("Thành | phố").
const AFTER_CAPITAL: f64 = 15.0;
/// Bonus of a break between the bodies of a joint name.
const BETWEEN_BODIES: f64 = -60.0;
/// Cost of what the rules forbid: taken only when nothing else fits.
const FORBIDDEN: f64 = 10_000.0;
/// Weight of evenness: 100 × Σ (line width / column width)².
const EVENNESS: f64 = 100.0;
/// Names longer than this many words (never a real body) are broken greedily,
/// so that hostile input cannot make the search quadratic in a long text.
const MAX_BALANCED_WORDS: usize = 60;

/// Words that end no line: conjunctions and determiners.
const FUNCTION_WORDS: &[&str] = &["và", "các", "của", "với", "thuộc", "trực", "những", "cho", "tại"];

/// Two-syllable words of body and place names that a break must not split
/// (lower case, as one compares them).
const COMPOUNDS: &[(&str, &str)] = &[
    ("đảng", "bộ"),
    ("đảng", "ủy"),
    ("đảng", "uỷ"),
    ("đảng", "đoàn"),
    ("chi", "bộ"),
    ("thành", "phố"),
    ("thành", "ủy"),
    ("thành", "uỷ"),
    ("tỉnh", "ủy"),
    ("tỉnh", "uỷ"),
    ("huyện", "ủy"),
    ("huyện", "uỷ"),
    ("quận", "ủy"),
    ("quận", "uỷ"),
    ("thị", "ủy"),
    ("thị", "uỷ"),
    ("thị", "xã"),
    ("thị", "trấn"),
    ("ủy", "ban"),
    ("uỷ", "ban"),
    ("đặc", "khu"),
    ("cơ", "quan"),
    ("nhân", "dân"),
    ("kiểm", "tra"),
    ("tuyên", "giáo"),
    ("dân", "vận"),
    ("tổ", "chức"),
    ("nội", "chính"),
    ("văn", "phòng"),
    ("chấp", "hành"),
    ("thường", "vụ"),
    ("thường", "trực"),
    ("trung", "ương"),
    ("quân", "sự"),
    ("công", "an"),
    ("biên", "phòng"),
    ("doanh", "nghiệp"),
    ("hội", "đồng"),
    ("mặt", "trận"),
    ("tổ", "quốc"),
    ("chính", "trị"),
    ("xây", "dựng"),
    ("chính", "sách"),
    ("kinh", "tế"),
    ("xã", "hội"),
    ("đại", "hội"),
    ("đại", "biểu"),
];

/// Whether a line is a single short word of a longer name (a clerk never
/// leaves one alone): at most `SHORT_WORD_CHARS` letters.
pub fn is_lone_short_word(line: &str) -> bool {
    let line = line.trim();
    !line.contains(' ') && line.chars().count() <= SHORT_WORD_CHARS
}

/// Letters of a "short" word.
pub(crate) const SHORT_WORD_CHARS: usize = 6;

/// A name to break: its words as typed, their printed widths, and the width
/// of a space, all in one unit (pt).
#[derive(Clone, Debug)]
pub(crate) struct Name<'a> {
    /// The words as typed (NFC), for the hints capitalisation gives.
    pub words: Vec<&'a str>,
    /// Printed width of each word.
    pub widths: Vec<f64>,
    /// Printed width of a space.
    pub space: f64,
}

impl<'a> Name<'a> {
    /// Splits a text into words and measures each with `width` (which is
    /// given the word as typed and measures it as it will be printed).
    pub fn new(text: &'a str, space: f64, width: impl Fn(&str) -> f64) -> Self {
        let words: Vec<&str> = text.split_whitespace().collect();
        let widths = words.iter().map(|w| width(w)).collect();
        Name { words, widths, space }
    }

    /// Printed width of the words `r` on one line.
    pub fn line_width(&self, r: Range<usize>) -> f64 {
        let n = r.len();
        self.widths[r].iter().sum::<f64>() + self.space * n.saturating_sub(1) as f64
    }

    /// Cost of a break between word `i` and word `i + 1`.
    fn gap_cost(&self, i: usize) -> f64 {
        let (a, b) = (self.words[i], self.words[i + 1]);
        if b == "-" {
            // A line never starts with the dash: break after it, or not at all.
            return FORBIDDEN;
        }
        if a == "-" {
            return if self.between_bodies(i) { BETWEEN_BODIES } else { FORBIDDEN };
        }
        let (la, lb) = (a.to_lowercase(), b.to_lowercase());
        let cap = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
        let all_caps = |w: &str| w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase);
        if COMPOUNDS.iter().any(|(x, y)| *x == la && *y == lb) {
            return COMPOUND;
        }
        let mut cost = match (cap(a) && !all_caps(a), cap(b) && !all_caps(b)) {
            (true, true) => PROPER_NAME,
            (true, false) => AFTER_CAPITAL,
            (false, true) => 0.0,
            (false, false) if all_caps(a) || all_caps(b) => 0.0,
            (false, false) => LOWER_WORDS,
        };
        if FUNCTION_WORDS.contains(&la.as_str()) {
            cost += FUNCTION_WORD_AT_END;
        }
        cost
    }

    /// Whether the dash at word `i` separates two bodies of a joint name.
    fn between_bodies(&self, i: usize) -> bool {
        self.words.get(i + 1).is_some_and(|w| starts_a_body(w))
    }

    /// Cost of a line of words `r` (only what the line itself breaks).
    fn line_cost(&self, r: Range<usize>, max_width: f64) -> Option<f64> {
        let w = self.line_width(r.clone());
        if w > max_width + 1e-6 {
            return None;
        }
        let alone = r.len() == 1 && self.words.len() > 1;
        Some(EVENNESS * (w / max_width).powi(2) + if alone { FORBIDDEN } else { 0.0 })
    }
}

/// Breaks a name into lines no wider than `max_width`: the word ranges of
/// each line. A word wider than the column stands on a line of its own (the
/// typesetter then does what it can; `verify` reports it).
pub(crate) fn break_lines(name: &Name<'_>, max_width: f64) -> Vec<Range<usize>> {
    let n = name.words.len();
    if n == 0 {
        return Vec::new();
    }
    if n > MAX_BALANCED_WORDS || name.widths.iter().any(|w| *w > max_width) {
        return greedy(name, max_width);
    }
    let Some((fewest, (cost, lines))) = (1..=n).find_map(|k| best(name, max_width, k).map(|found| (k, found))) else {
        return greedy(name, max_width);
    };
    if cost < FORBIDDEN / 2.0 || fewest == n {
        return lines;
    }
    // One more line may avoid what the rules forbid.
    match best(name, max_width, fewest + 1) {
        Some((more, lines)) if more < FORBIDDEN / 2.0 => lines,
        _ => lines,
    }
}

/// The cheapest way to set the name in exactly `k` lines, if any fits.
fn best(name: &Name<'_>, max_width: f64, k: usize) -> Option<(f64, Vec<Range<usize>>)> {
    let n = name.words.len();
    if k > n {
        return None;
    }
    // cost[j][l]: cheapest setting of words 0..j in l lines; from[j][l]: where its last line starts.
    let mut cost = vec![vec![f64::INFINITY; k + 1]; n + 1];
    let mut from = vec![vec![0usize; k + 1]; n + 1];
    cost[0][0] = 0.0;
    for l in 1..=k {
        for j in l..=n {
            for i in (l - 1)..j {
                if !cost[i][l - 1].is_finite() {
                    continue;
                }
                let Some(line) = name.line_cost(i..j, max_width) else { continue };
                let gap = if i > 0 { name.gap_cost(i - 1) } else { 0.0 };
                let c = cost[i][l - 1] + gap + line;
                if c < cost[j][l] {
                    cost[j][l] = c;
                    from[j][l] = i;
                }
            }
        }
    }
    if !cost[n][k].is_finite() {
        return None;
    }
    let mut lines = Vec::with_capacity(k);
    let mut j = n;
    for l in (1..=k).rev() {
        let i = from[j][l];
        lines.push(i..j);
        j = i;
    }
    lines.reverse();
    Some((cost[n][k], lines))
}

/// First fit: as many words on each line as fit (for texts too long to balance).
fn greedy(name: &Name<'_>, max_width: f64) -> Vec<Range<usize>> {
    let mut lines = Vec::new();
    let mut start = 0;
    for i in 1..name.words.len() {
        if name.line_width(start..i + 1) > max_width {
            lines.push(start..i);
            start = i;
        }
    }
    lines.push(start..name.words.len());
    lines
}

/// The width a column must offer to set the name well in at most
/// `max_lines` lines: the narrowest width at which it sets in that many lines
/// without a forbidden break, or — if a little more width (up to a fifth)
/// avoids splitting a proper name or a compound word — that width.
pub(crate) fn narrowest(name: &Name<'_>, max_lines: usize) -> f64 {
    widths_needed(name, max_lines).1
}

/// The least width at which the name sets in at most `max_lines` lines
/// without a forbidden break (a compound word may be split): below it, the
/// name takes more lines.
pub(crate) fn least_width(name: &Name<'_>, max_lines: usize) -> f64 {
    widths_needed(name, max_lines).0
}

/// ([`least_width`], [`narrowest`]).
fn widths_needed(name: &Name<'_>, max_lines: usize) -> (f64, f64) {
    let n = name.words.len();
    if n == 0 {
        return (0.0, 0.0);
    }
    let whole = name.line_width(0..n);
    let widest_word = name.widths.iter().copied().fold(0.0, f64::max);
    if n > MAX_BALANCED_WORDS {
        let w = widest_word.max(whole / max_lines.max(1) as f64);
        return (w, w);
    }
    // Every width worth trying is the width of some line.
    let mut candidates: Vec<f64> =
        (0..n).flat_map(|i| (i + 1..=n).map(move |j| (i, j))).map(|(i, j)| name.line_width(i..j)).collect();
    candidates.retain(|w| *w >= widest_word - 1e-9);
    candidates.sort_by(f64::total_cmp);
    candidates.dedup_by(|a, b| (*a - *b).abs() < 1e-9);
    let setting = |w: f64| (1..=max_lines.clamp(1, n)).find_map(|k| best(name, w, k).map(|(_, lines)| lines));
    let clean = |w: f64| setting(w).is_some_and(|lines| penalty(name, &lines) < FORBIDDEN / 2.0);
    let Some(first) = candidates.iter().copied().find(|&w| clean(w)) else {
        let w = candidates.iter().copied().find(|&w| setting(w).is_some()).unwrap_or(whole);
        return (w, w);
    };
    let comfortable = candidates
        .iter()
        .copied()
        .filter(|&w| w >= first && w <= first * 1.2)
        .find(|&w| setting(w).is_some_and(|lines| penalty(name, &lines) < COMPOUND.min(PROPER_NAME)))
        .unwrap_or(first);
    (first, comfortable)
}

/// What the breaks of a setting cost, evenness aside.
fn penalty(name: &Name<'_>, lines: &[Range<usize>]) -> f64 {
    let alone = lines.iter().filter(|r| r.len() == 1 && name.words.len() > 1).count() as f64 * FORBIDDEN;
    alone + lines.iter().skip(1).map(|r| name.gap_cost(r.start - 1).max(0.0)).sum::<f64>()
}

/// The printed lines of a name: each line's words joined by one space and
/// printed with `print` (upper-casing for the header).
pub(crate) fn lines_of(name: &Name<'_>, breaks: &[Range<usize>], print: impl Fn(&str) -> String) -> Vec<String> {
    breaks.iter().map(|r| print(&name.words[r.clone()].join(" "))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vietnamese::upper;

    /// Widths of a rough capital serif at 14 pt: 10 pt a letter, 3.5 pt a space.
    fn name(text: &str) -> Name<'_> {
        Name::new(text, 3.5, |w| 10.0 * w.chars().count() as f64)
    }

    fn broken(text: &str, width: f64) -> Vec<String> {
        let n = name(text);
        lines_of(&n, &break_lines(&n, width), upper)
    }

    #[test]
    fn a_proper_name_stays_whole() {
        // 28 letters + 6 spaces ≈ 301 pt: two lines in a 226 pt column.
        assert_eq!(broken("Đảng bộ Thành phố Hồ Chí Minh", 226.0), ["ĐẢNG BỘ THÀNH PHỐ", "HỒ CHÍ MINH"]);
        assert_eq!(broken("Đảng bộ Thành phố Hồ Chí Minh", 400.0), ["ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH"]);
    }

    #[test]
    fn never_one_short_word_alone() {
        // The first fit would leave "MINH" alone on the second line.
        let lines = broken("Đảng bộ thành phố Hồ Chí Minh", 250.0);
        assert!(lines.iter().all(|l| l.contains(' ')), "{lines:?}");
        assert_eq!(lines, ["ĐẢNG BỘ THÀNH PHỐ", "HỒ CHÍ MINH"]);
    }

    #[test]
    fn lines_are_as_even_as_the_words_allow() {
        let lines = broken("Ban Tuyên giáo và Dân vận Tỉnh ủy", 200.0);
        assert_eq!(lines, ["BAN TUYÊN GIÁO", "VÀ DÂN VẬN TỈNH ỦY"]);
        let widths: Vec<f64> = lines.iter().map(|l| 10.0 * l.chars().filter(|c| *c != ' ').count() as f64).collect();
        assert!((widths[0] - widths[1]).abs() <= 60.0, "{lines:?}");
        // No line ends with "và".
        assert!(lines.iter().all(|l| !l.ends_with(" VÀ")), "{lines:?}");
    }

    #[test]
    fn never_at_the_dash_inside_a_name() {
        let lines = broken("Đảng ủy phường Bà Rịa - Vũng Tàu", 200.0);
        assert!(lines.iter().all(|l| !l.ends_with('-') && !l.starts_with('-')), "{lines:?}");
        assert!(lines.iter().any(|l| l.contains("BÀ RỊA - VŨNG TÀU")), "{lines:?}");
    }

    #[test]
    fn a_joint_name_breaks_between_bodies() {
        let lines = broken("Ban Tổ chức Tỉnh ủy - Ban Tuyên giáo và Dân vận Tỉnh ủy", 320.0);
        assert_eq!(lines, ["BAN TỔ CHỨC TỈNH ỦY -", "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY"]);
    }

    #[test]
    fn as_few_lines_as_fit() {
        assert_eq!(broken("Đảng ủy xã Nghĩa Thái", 400.0).len(), 1);
        let three = broken("Đảng ủy các cơ quan Đảng tỉnh Thành phố Hồ Chí Minh mới", 200.0);
        assert_eq!(three.len(), 3, "{three:?}");
    }

    #[test]
    fn a_word_wider_than_the_column_stands_alone() {
        let lines = broken("x Đảngđảngđảngđảngđảngđảng y", 100.0);
        assert_eq!(lines.len(), 3);
        assert!(broken("", 100.0).is_empty());
    }

    #[test]
    fn the_narrowest_column_for_two_lines() {
        let n = name("Đảng bộ Thành phố Hồ Chí Minh");
        let w = narrowest(&n, 2);
        // "ĐẢNG BỘ THÀNH PHỐ": 14 letters and 3 spaces (narrower, "… THÀNH" /
        // "PHỐ HỒ CHÍ MINH" would split a compound).
        assert!((w - 150.5).abs() < 1e-6, "{w}");
        assert_eq!(break_lines(&n, w).len(), 2);
        assert_eq!(narrowest(&n, 1), n.line_width(0..7));
    }

    #[test]
    fn hostile_lengths_stay_linear() {
        let long = "từ ".repeat(20_000);
        let n = name(&long);
        let started = std::time::Instant::now();
        let lines = break_lines(&n, 226.0);
        assert!(lines.len() > 1000);
        assert!(narrowest(&n, 2) > 0.0);
        assert!(started.elapsed().as_secs_f64() < 1.0);
    }
}
