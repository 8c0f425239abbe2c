//! P-BRK: line breaks a clerk would redo by hand (the context binds them,
//! `context::breaks`; these rules read the page):
//!
//! * P-BRK-1: a title line — the type name, the author lines, the subject, a
//!   congress report's theme — ending with a lone word on its last line;
//! * P-BRK-2: a document number ("11-KH/" / "ĐU"), a date ("ngày 01 tháng" /
//!   "4 năm 2026") or a year range ("2025 -" / "2030") split across two lines
//!   anywhere in the document.
//!
//! And P-SIG-7, P-SIG-8: a signature grid's row (a joint document, HD 05
//! 7.2.4) with its names on one baseline, and room between its two columns.

use super::blocks::{PlacedClosing, Who};
use crate::vietnamese::breaks::{is_year, starts_with_digit, BEFORE_A_NUMBER};
use super::closing::quoted;
use super::measure::*;
use super::*;
use crate::tr;

/// A gap between two runs of a line wider than this (mm) separates columns.
const COLUMN_GAP_MM: f64 = 3.0;

/// Two names of a row farther apart than this (mm) are not on one baseline.
const LEVEL_MM: f64 = 0.5;

/// The words "ngày", "tháng", "năm", "số", "Điều", "khoản" that a number follows.
fn wants_a_number(word: &str) -> bool {
    BEFORE_A_NUMBER.contains(&word.to_lowercase().as_str())
}

/// Whether a break between two lines splits a number, a date or a year
/// range: the words either side of it.
pub(crate) fn splits_a_number(before: &str, after: &str) -> bool {
    let a: Vec<&str> = before.split_whitespace().collect();
    let b: Vec<&str> = after.split_whitespace().collect();
    let (Some(&last), Some(&first)) = (a.last(), b.first()) else { return false };
    let before_last = a.len().checked_sub(2).map(|i| a[i]);
    // "11-KH/" | "ĐU", "11-" | "KH/ĐU".
    let code = last.ends_with(['-', '/']) && last.chars().any(|c| c.is_ascii_digit()) && last.len() > 1;
    // "ngày" | "01", "số" | "11-KH/ĐU" (not a paragraph after "… trong năm"
    // whose heading is "1." or "2.1.").
    let heading = first.ends_with(['.', ')']) && !is_year(first) && first.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ')'));
    let lead = wants_a_number(last) && starts_with_digit(first) && !heading;
    // "01" | "tháng 4", "4" | "năm 2026".
    let tail = last.chars().all(|c| c.is_ascii_digit()) && matches!(first, "tháng" | "năm");
    // "2025 -" | "2030", "2025" | "- 2030".
    let range = (matches!(last, "-" | "–") && before_last.is_some_and(is_year) && is_year(first))
        || (is_year(last) && matches!(first, "-" | "–") && b.get(1).is_some_and(|w| is_year(w)));
    code || lead || tail || range
}

impl Verifier<'_> {
    /// P-BRK-1 and P-BRK-2 (see the module's documentation).
    pub(super) fn line_breaks(&mut self) {
        self.lone_title_words();
        self.split_numbers();
    }

    /// P-BRK-1: no title line of several lines ends with one word alone.
    fn lone_title_words(&mut self) {
        let ctx = &self.prepared.context;
        // Only a title block is set by the context (a công văn's "V/v" stands in the header).
        if !ctx.blocks.iter().any(|b| matches!(b, crate::context::blocks::DocBlock::Title { .. })) {
            return;
        }
        let texts: Vec<String> = ctx.type_name.iter().chain(&ctx.author).chain(std::iter::once(&ctx.subject)).cloned().collect();
        let page1 = lines_of(self.content.iter().filter(|r| r.page == 1));
        let mut lone = Vec::new();
        let mut measured = false;
        for text in texts.iter().filter(|t| !t.trim().is_empty()) {
            let Some(r) = find_seq(&page1, 0, text) else { continue };
            measured = true;
            let last = squash(&page1[r.end - 1].text());
            if r.len() > 1 && !last.contains(' ') {
                lone.push(tr!("v-brk-lone", word = quoted(&last), line = quoted(&clip(&squash(&page1[r.end - 2].text())))));
            }
        }
        if !measured {
            return;
        }
        self.push(
            "P-BRK-1",
            "balanced title lines",
            tr!("v-brk-lone-expected"),
            if lone.is_empty() { tr!("v-brk-no-lone-word") } else { lone.join("; ") },
            lone.is_empty(),
        );
    }

    /// P-BRK-2: no number, date or year range split across two lines.
    fn split_numbers(&mut self) {
        let lines = lines_of(self.content.iter());
        // A line of several columns (a table's row, the header, a signature
        // grid) is left out: its words do not run on to the next line.
        let one_column = |l: &Line| l.runs.windows(2).all(|w| w[1].x - w[0].right() < COLUMN_GAP_MM);
        let split: Vec<String> = lines
            .windows(2)
            .filter(|w| w[0].page == w[1].page && one_column(&w[0]) && one_column(&w[1]))
            .map(|w| (squash(&w[0].text()), squash(&w[1].text()), w[0].page))
            .filter(|(a, b, _)| splits_a_number(a, b))
            .map(|(a, b, page)| tr!("v-brk-split", before = quoted(&tail_of(&a)), after = quoted(&head_of(&b)), page = page))
            .collect();
        self.push(
            "P-BRK-2",
            "numbers and dates on one line",
            tr!("v-brk-split-expected"),
            if split.is_empty() { tr!("v-brk-none-split") } else { split.join("; ") },
            split.is_empty(),
        );
    }

    /// P-SIG-7 (the names of each row of a signature grid on one baseline)
    /// and P-SIG-8 (at least `signature.grid_gutter_min_mm` between the
    /// lines of a row's two blocks).
    pub(super) fn grid_rows(&mut self, placed: &PlacedClosing) {
        let grid: Vec<_> = placed.blocks.iter().filter(|b| b.who != Who::Confirmation).collect();
        let (mut misaligned, mut gaps) = (Vec::new(), Vec::new());
        for row in grid.chunks(2) {
            let [right, left] = row else { continue };
            let name_y = |b: &&super::blocks::PlacedBlock| b.name.as_ref().and_then(|n| n.last()).map(|l| l.y);
            if let (Some(r), Some(l)) = (name_y(right), name_y(left)) {
                if (r - l).abs() > LEVEL_MM {
                    misaligned.push(tr!("v-sig-row-off", who = left.who.describe(), distance = mm(l - r), other = right.who.describe()));
                }
            }
            let lines = |b: &super::blocks::PlacedBlock| -> Vec<Line> {
                [&b.authority, &b.position, &b.concurrently, &b.concurrent, &b.name].into_iter().flatten().flatten().cloned().collect()
            };
            let (ls, rs) = (lines(left), lines(right));
            let gap = ls
                .iter()
                .flat_map(|a| rs.iter().filter(move |b| (a.y - b.y).abs() < 4.0).map(move |b| b.left() - a.right()))
                .fold(f64::INFINITY, f64::min);
            if gap.is_finite() {
                gaps.push(gap);
            }
        }
        let least = gaps.iter().copied().fold(f64::INFINITY, f64::min);
        self.push(
            "P-SIG-7",
            "names of a signature row level",
            tr!("v-sig-rows-expected"),
            if misaligned.is_empty() { tr!("v-sig-rows-level", rows = grid.len() / 2) } else { misaligned.join("; ") },
            misaligned.is_empty(),
        );
        let min = self.p.signature.grid_gutter_min_mm;
        self.push(
            "P-SIG-8",
            "room between the signature columns",
            tr!("v-sig-gutter-expected", min = mm(min)),
            if least.is_finite() { mm(least) } else { tr!("v-sig-no-lines-side-by-side") },
            !least.is_finite() || least >= min - 0.05,
        );
    }
}

/// The last words of a line (for a message).
fn tail_of(line: &str) -> String {
    let words: Vec<&str> = line.split_whitespace().collect();
    words[words.len().saturating_sub(4)..].join(" ")
}

/// The first words of a line (for a message).
fn head_of(line: &str) -> String {
    line.split_whitespace().take(4).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::splits_a_number;

    #[test]
    fn numbers_dates_and_ranges_split_are_found() {
        assert!(splits_a_number("theo Kế hoạch số 11-KH/", "ĐU của Đảng ủy"));
        assert!(splits_a_number("ban hành ngày", "01 tháng 4 năm 2026"));
        assert!(splits_a_number("ngày 01", "tháng 4 năm 2026"));
        assert!(splits_a_number("giai đoạn 2025 -", "2030"));
        assert!(splits_a_number("giai đoạn 2025", "- 2030"));
        assert!(splits_a_number("Kế hoạch số", "11-KH/ĐU"));
        assert!(!splits_a_number("cán bộ, đảng viên", "giai đoạn 2025 - 2030"));
        assert!(!splits_a_number("- Như trên,", "- Lưu Văn phòng."));
        assert!(!splits_a_number("", "x"));
        assert!(!splits_a_number("kết quả thực hiện trong năm", "1. Công tác tuyên truyền"));
        assert!(splits_a_number("trong năm", "2026."));
    }
}
