//! P-KG, P-TYP, P-MARK, P-CONTACT: the elements whose place HD 05 fixed —
//! "Kính gửi", the typist's line, the circulation marks in the margins and
//! the contact block on the last page. Each rule applies only when the
//! document has the element; where it is absent the rule is not reported.

use super::measure::*;
use super::*;
use crate::profile::{BlockAlign, CirculationPosition};
use crate::tr;
use super::closing::quoted;

/// Cap height of Liberation Serif (and Times New Roman), in em: the top of
/// a capital lies this far above its baseline.
const CAP_HEIGHT_EM: f64 = 0.662;

/// A line's text without the label ("Kính gửi:") it may start with.
fn unlabelled(line: &Line, label: &str) -> String {
    squash(line.text().trim_start().trim_start_matches(label))
}

/// The lines each addressee takes, from the label's line `first` on: a name
/// too long for one line wraps onto the next ("- Các ban đảng, …, đảng ủy
/// trực thuộc Trung" / "ương."). `None` when the lines do not spell the
/// names in order.
fn addressee_lines(lines: &[Line], first: usize, label: &str, to: &[String]) -> Option<Vec<std::ops::Range<usize>>> {
    let mut at = first;
    let mut spans = Vec::with_capacity(to.len());
    for want in to {
        let start = at;
        let mut got = String::new();
        while got != *want {
            let text = unlabelled(lines.get(at)?, label);
            at += 1;
            if text.is_empty() {
                continue;
            }
            got = if got.is_empty() { text } else { format!("{got} {text}") };
            if !want.starts_with(&got) {
                return None;
            }
        }
        spans.push(start..at);
    }
    Some(spans)
}

/// What a mark printed in a margin should be (message `id`): its text, its
/// distance from the page's edge ± `tolerance`, its size.
fn margin_mark_expected(id: &str, want: &str, distance: f64, tolerance: f64, size: f64) -> String {
    tr!(id, text = quoted(want), distance = mm(distance), tolerance = num(tolerance), size = pt(size))
}

impl Verifier<'_> {
    /// P-KG-1: "Kính gửi:" and its addressees on page 1 of a công văn.
    pub(super) fn kinh_gui(&mut self) {
        let ctx = &self.prepared.context;
        let to: Vec<String> = ctx.to.iter().map(|r| squash(&r.to_plain())).collect();
        let kinh_trinh: Vec<String> = ctx.kinh_trinh.iter().map(|r| squash(&r.to_plain())).collect();
        self.addressees("P-KG-1", "Kính gửi:", to);
        self.addressees("P-KT-1", "Kính trình:", kinh_trinh);
    }

    /// P-KG-1 "Kính gửi:" (a công văn), P-KT-1 "Kính trình:" (a tờ trình, HD
    /// 05 9.2.4): on page 1, the label and its addressees, sized, placed and
    /// punctuated as the rule set says (9.2.5 names both).
    fn addressees(&mut self, id: &'static str, label_text: &str, to: Vec<String>) {
        if to.is_empty() {
            return;
        }
        let rule = label_text.trim_end_matches(':');
        let kp = &self.p.kinh_gui;
        let punct = &self.rules.punctuation;
        let page1 = lines_of(self.content.iter().filter(|r| r.page == 1));
        let Some(first) = page1.iter().position(|l| l.text().trim_start().starts_with(label_text)) else {
            self.missing(id, &quoted(label_text), tr!("v-kg-missing"));
            return;
        };
        let n = to.len();
        // The lines of each addressee: a long name wraps over several lines.
        // When the lines do not spell the names, one line a name, as found.
        let spans = addressee_lines(&page1, first, label_text, &to)
            .unwrap_or_else(|| (first..(first + n).min(page1.len())).map(|i| i..i + 1).collect());
        let block: Vec<Line> = page1[first..spans.last().map_or(first, |s| s.end)].to_vec();
        let (label_runs, name_runs): (Vec<&TextRun>, Vec<&TextRun>) = runs_of(&block).partition(|r| r.text.contains(rule));
        let label = Style::of(label_runs.iter().copied());
        let names = Style::of(name_runs.iter().copied());
        // The addressees as printed, without the label.
        let printed: Vec<String> =
            spans.iter().map(|span| squash(&span.clone().map(|i| unlabelled(&page1[i], label_text)).collect::<Vec<_>>().join(" "))).collect();
        let ends: Vec<&str> = match n {
            1 => vec![punct.addressee_single.as_str()],
            _ => (0..n).map(|i| if i + 1 == n { punct.addressee_last.as_str() } else { punct.addressee_between.as_str() }).collect(),
        };
        // "Kính trình:" stands under the subject block (HD 05 9.2.4).
        let under_title = id != "P-KT-1" || self.body_start.is_some_and(|(_, y)| block[0].y > y);
        let punctuated = printed.len() == n && printed.iter().zip(&ends).all(|(l, e)| l.ends_with(e)) && printed == to;
        let centre = (self.left + self.right) / 2.0;
        let offset = block_centre(&block) - centre;
        let tol = self.spec.centre_tolerance_mm;
        // A name that wraps fills the text width: the block then starts at the left margin.
        let wrapped = spans.iter().any(|s| s.len() > 1);
        let full_width = wrapped && near(block_left(&block), self.left, self.spec.margin_tolerance_mm);
        let (where_expected, placed) = match (self.rules.kinh_gui.align, n) {
            (BlockAlign::Center, _) | (BlockAlign::Left, 1) => (tr!("v-kg-centred"), offset.abs() <= tol || full_width),
            (BlockAlign::Left, _) => (tr!("v-kg-at-left-margin"), near(block_left(&block), self.left, self.spec.margin_tolerance_mm)),
        };
        let ends_text = if n == 1 {
            tr!("v-kg-ends-one", mark = quoted(&punct.addressee_single))
        } else {
            tr!("v-kg-ends-each", between = quoted(&punct.addressee_between), last = quoted(&punct.addressee_last))
        };
        self.push(
            id,
            rule,
            tr!(
                "v-kg-expected",
                under = if id == "P-KT-1" { tr!("v-kg-under-subject-block") } else { String::new() },
                place = where_expected,
                size = pt(kp.size_pt),
                slant = if kp.label_italic { tr!("v-kg-label-italic") } else { tr!("v-kg-label-upright") },
                names = size_expectation(self.spec.kinh_gui_names_pt, kp.names_size_pt),
                ends = ends_text
            ),
            tr!(
                "v-kg-actual",
                lines = block.len(),
                printed = format!("{printed:?}"),
                label = label,
                names = names,
                from = mm(block_left(&block)),
                to = mm(block_right(&block)),
                offset = mm(offset)
            ),
            placed
                && under_title
                && punctuated
                && label.size_is(kp.size_pt)
                && label.italic == Some(kp.label_italic)
                && size_ok(&names, self.spec.kinh_gui_names_pt, kp.names_size_pt)
                && names.bold == Some(false)
                && names.italic == Some(false),
        );
    }

    /// P-TYP-1: the typist's code and copies, after the last recipient line.
    pub(super) fn typist(&mut self) {
        let Some(typist) = self.prepared.context.recipients.typist.clone() else { return };
        let Some(label) = self.label.clone() else { return };
        let column = lines_of(self.content.iter().filter(|r| r.page == label.page && r.center() < self.sig_left && r.y > label.y));
        let Some(i) = column.iter().position(|l| squash(&l.text()) == squash(&typist)) else {
            self.missing("P-TYP-1", "typist's line", tr!("v-typ-missing", text = quoted(&typist)));
            return;
        };
        let line = &column[i];
        let style = Style::of(line.runs.iter());
        let tp = &self.p.typist;
        let last_recipient = column[..i].last().map(|l| l.y);
        let upper = self.rules.typist.upper;
        let case_ok = if upper { is_caps(&typist) } else { typist.chars().any(char::is_lowercase) };
        self.push(
            "P-TYP-1",
            "typist's code and copies",
            tr!(
                "v-typ-expected",
                size = size_expectation(self.spec.typist_pt, tp.size_pt),
                case = if upper { tr!("v-typ-capitals") } else { tr!("v-typ-normal-case") }
            ),
            tr!(
                "v-typ-actual",
                text = quoted(line.text().trim()),
                style = style,
                at = mm(line.left()),
                last = if i + 1 == column.len() { tr!("v-typ-last") } else { tr!("v-typ-not-last") }
            ),
            i + 1 == column.len()
                && last_recipient.is_some()
                && case_ok
                && near(line.left(), self.left, self.spec.margin_tolerance_mm)
                && size_ok(&style, self.spec.typist_pt, tp.size_pt)
                && style.bold == Some(false)
                && style.italic == Some(false),
        );
    }

    /// P-MARK-3 (secrecy and urgency marks: HD 05 II.3 "dưới số và ký hiệu
    /// văn bản (riêng … công văn thì … dưới trích yếu)", Phụ lục 2 row 11: bold
    /// capitals, 14 pt) and P-MARK-4 (the draft note: II.4.2 "dưới số và ký
    /// hiệu văn bản", row 12: italic, 14 pt), each centred in the left column
    /// under `under` (the number's baseline, or a công văn's subject's last
    /// line). Returns the baseline of the lowest mark found (0 for none).
    pub(super) fn header_marks(&mut self, left_col: &[Line], right_col: &[Line], under: Option<f64>) -> f64 {
        let marks = self.prepared.context.header.marks.clone();
        let letter = self.prepared.context.header.subject.is_some();
        let centre = (self.left + self.split) / 2.0;
        let tol = self.spec.centre_tolerance_mm;
        let below = under.unwrap_or(0.0);
        let mut lowest: f64 = 0.0;
        let mut wanted: Vec<(&'static str, String, f64, bool)> =
            marks.boxes.iter().map(|w| ("P-MARK-3", w.clone(), self.spec.urgency_pt, true)).collect();
        if let Some(d) = &marks.draft {
            wanted.push(("P-MARK-4", d.clone(), self.spec.draft_pt, false));
        }
        for (id, text, size, bold) in wanted {
            let want = squash(&text);
            let rule = if bold { crate::tr!("verify-urgency-rule") } else { crate::tr!("verify-draft-rule") };
            let expected = if bold {
                let place = if letter { crate::tr!("verify-mark-under-subject") } else { crate::tr!("verify-mark-under-number") };
                crate::tr!("verify-urgency-expected", text = format!("{want:?}"), size = pt(size), place = place)
            } else {
                crate::tr!("verify-draft-expected", text = format!("{want:?}"), size = pt(size))
            };
            let found = left_col.iter().find(|l| squash(&l.text()) == want);
            let Some(line) = found else {
                let actual = match right_col.iter().find(|l| squash(&l.text()) == want) {
                    Some(_) => crate::tr!("verify-mark-in-right-column"),
                    None => crate::tr!("verify-mark-not-found"),
                };
                self.push(id, rule, expected, actual, false);
                continue;
            };
            lowest = lowest.max(line.y);
            let style = Style::of(line.runs.iter());
            let offset = line.center() - centre;
            let placed = under.is_some() && line.y > below + 0.1;
            let form_ok = if bold {
                style.bold == Some(true) && style.italic == Some(false) && is_caps(&want)
            } else {
                style.italic == Some(true) && style.bold == Some(false)
            };
            self.push(
                id,
                rule,
                expected,
                crate::tr!(
                    "verify-mark-actual",
                    text = format!("{:?}", line.text().trim()),
                    style = style.to_string(),
                    offset = mm(offset),
                    place = if placed { crate::tr!("verify-mark-is-under") } else { crate::tr!("verify-mark-is-above") }
                ),
                placed && form_ok && style.size_is(size) && offset.abs() <= tol,
            );
        }
        lowest
    }

    /// P-MARK-1 (circulation scope) and P-MARK-2 ("không phổ biến …").
    pub(super) fn margin_marks(&mut self) {
        let marks = self.prepared.context.header.marks.clone();
        // Where the marks go is the rule set's, whatever `[layout]` says.
        let mp = self.rules.marks.clone();
        let tol = self.spec.mark_distance_tolerance_mm;
        let size = mp.circulation_size_pt;
        if let Some(text) = &marks.circulation {
            let want = squash(text);
            match mp.circulation_position {
                CirculationPosition::TopRight => {
                    let runs: Vec<&TextRun> = self.margin_marks.iter().filter(|r| r.page == 1 && want.contains(&squash(&r.text))).collect();
                    let line = lines_of(runs.iter().copied()).into_iter().next();
                    match line {
                        Some(line) => {
                            let style = Style::of(line.runs.iter());
                            let cap_top = line.y - CAP_HEIGHT_EM * size * PT;
                            self.push(
                                "P-MARK-1",
                                "circulation scope",
                                margin_mark_expected("v-mark-circulation-top-expected", &want, mp.circulation_distance_mm, tol, size),
                                tr!(
                                    "v-mark-circulation-top-actual",
                                    text = quoted(line.text().trim()),
                                    top = mm(cap_top),
                                    right = mm(line.right()),
                                    style = style
                                ),
                                squash(&line.text()) == want
                                    && near(cap_top, mp.circulation_distance_mm, tol)
                                    && near(line.right(), self.right, self.spec.margin_tolerance_mm)
                                    && style.size_is(size)
                                    && style.bold == Some(true)
                                    && is_caps(&want),
                            );
                        }
                        None => self.missing("P-MARK-1", "circulation scope", tr!("v-mark-circulation-top-missing", text = quoted(&want))),
                    }
                }
                CirculationPosition::UnderNumber => {
                    let left_col = lines_of(self.content.iter().filter(|r| r.page == 1 && r.center() < self.split));
                    match left_col.iter().find(|l| squash(&l.text()) == want) {
                        Some(line) => {
                            let style = Style::of(line.runs.iter());
                            self.push(
                                "P-MARK-1",
                                "circulation scope",
                                tr!("v-mark-circulation-under-expected", text = quoted(&want), size = pt(size)),
                                format!("{:?}, {style}", line.text().trim()),
                                style.size_is(size) && style.bold == Some(true) && is_caps(&want),
                            );
                        }
                        None => self.missing("P-MARK-1", "circulation scope", tr!("v-mark-circulation-under-missing", text = quoted(&want))),
                    }
                }
            }
        }
        if let Some(text) = &marks.no_broadcast {
            let want = squash(text);
            let page = self.label.as_ref().map_or(self.layout.pages.len(), |l| l.page);
            let line = lines_of(self.margin_marks.iter().filter(|r| r.page == page && want.contains(&squash(&r.text)))).into_iter().next();
            match line {
                Some(line) => {
                    let style = Style::of(line.runs.iter());
                    let from_bottom = self.page_height(page) - line.y;
                    let offset = line.center() - (self.left + self.right) / 2.0;
                    self.push(
                        "P-MARK-2",
                        "không phổ biến",
                        margin_mark_expected("v-mark-no-broadcast-expected", &want, mp.no_broadcast_distance_mm, tol, size),
                        tr!(
                            "v-mark-no-broadcast-actual",
                            page = page,
                            distance = mm(from_bottom),
                            offset = mm(offset),
                            style = style
                        ),
                        squash(&line.text()) == want
                            && near(from_bottom, mp.no_broadcast_distance_mm, tol)
                            && offset.abs() <= self.spec.centre_tolerance_mm
                            && style.size_is(size)
                            && style.bold == Some(true),
                    );
                }
                None => self.missing("P-MARK-2", "không phổ biến", tr!("v-mark-no-broadcast-missing", text = quoted(&want), page = page)),
            }
        }
    }

    /// P-CONTACT-1: the contact block under a full-width rule at the foot of
    /// the closing block's page.
    pub(super) fn contact(&mut self) {
        let Some(text) = self.prepared.context.contact.clone() else { return };
        let Some(rule) = self.contact_rule.clone() else {
            self.missing("P-CONTACT-1", "contact information", tr!("v-contact-missing"));
            return;
        };
        let lines = lines_of(self.contact.iter());
        let style = Style::of(runs_of(&lines));
        let cp = &self.p.contact;
        let printed = squash(&lines.iter().map(Line::text).collect::<Vec<_>>().join(" "));
        let bottom_limit = self.page_height(rule.page) - self.p.page.margin_bottom_mm;
        let lowest = lines.iter().map(|l| l.y + 0.2 * l.runs[0].size * PT).fold(0.0, f64::max);
        let tol = self.spec.margin_tolerance_mm;
        let full_width = near(rule.x.min(rule.x + rule.dx), self.left, tol) && near(rule.dx.abs(), self.right - self.left, tol);
        self.push(
            "P-CONTACT-1",
            "contact information",
            tr!(
                "v-contact-expected",
                from = mm(self.left),
                to = mm(self.right),
                size = size_expectation(self.spec.contact_pt, cp.size_pt)
            ),
            tr!(
                "v-contact-actual",
                page = rule.page,
                length = mm(rule.dx.abs()),
                from = mm(rule.x.min(rule.x + rule.dx)),
                lines = lines.len(),
                text = quoted(&clip(&printed)),
                bottom = mm(self.page_height(rule.page) - lowest),
                style = style
            ),
            full_width
                && printed == squash(&text)
                && near(lowest, bottom_limit, 1.0)
                && lines.iter().all(|l| near(l.left(), self.left, tol))
                && size_ok(&style, self.spec.contact_pt, cp.size_pt)
                && style.bold == Some(false)
                && style.italic == Some(false),
        );
    }
}
