//! P-PAGE: page size, margins, page numbers. What each rule expects and
//! what was measured is said in the language of the messages
//! (`locales/*/verify-page.ftl`).

use super::measure::*;
use super::*;
use crate::tr;

impl Verifier<'_> {
    pub(super) fn page_size(&mut self) {
        let (w, h) = self.spec.page_mm;
        let tol = self.spec.page_tolerance_mm;
        let appendices = self.appendix_starts.first().copied().unwrap_or(usize::MAX);
        let expected =
            tr!("v-page-size-expected", paper = self.spec.paper, width = num(w), height = num(h), tolerance = num(tol));
        let pages = &self.layout.pages;
        let a4 = |x: f64, y: f64| near(x, w, tol) && near(y, h, tol);
        let bad = pages
            .iter()
            .enumerate()
            .find(|(i, p)| !(a4(p.width, p.height) || i + 1 >= appendices && a4(p.height, p.width)));
        let actual = match (bad, pages.first()) {
            (Some((i, p)), _) => tr!("v-page-size-on-page", width = num(p.width), height = num(p.height), page = i + 1),
            (None, Some(p)) => tr!(
                "v-page-size-actual",
                width = num(p.width),
                height = num(p.height),
                pages = pages.len(),
                plural = plural(pages.len())
            ),
            (None, None) => tr!("v-page-size-no-pages"),
        };
        self.push("P-PAGE-1", "page size", expected, actual, bad.is_none() && !pages.is_empty());
    }

    /// The right margin shows only where a line reaches it: with no justified
    /// line (every paragraph one line) text that stops short of it says
    /// nothing about it, so the rule is not measurable rather than failed.
    pub(super) fn right_margin_without_justified_line(&mut self) {
        if self.justified_lines > 0 {
            return;
        }
        let right_m = self.spec.margins_mm[3];
        // Decided by the measured distance, not by the words of the result.
        let Some(measured) = self.right_margin_mm else { return };
        let stops_short = |r: &CheckResult| r.rule == "right margin" && r.measurable && !r.passed;
        if let Some(r) = self.out.iter_mut().find(|r| stops_short(r)) {
            if measured > right_m {
                let got = r.actual.clone();
                r.unmeasurable(tr!("v-right-margin-no-justified-line", actual = got));
            }
        }
    }

    pub(super) fn margins(&mut self) {
        let [top_m, bottom_m, left_m, right_m] = self.spec.margins_mm;
        let tol = self.spec.margin_tolerance_mm;
        let expected = |m: f64| format!("{} ± {}", mm(m), num(tol));
        if self.content.is_empty() {
            self.missing("P-PAGE-2", "margins", tr!("v-margins-text"));
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
        let at = |distance: f64, r: &Option<TextRun>| match r {
            Some(r) => tr!("v-margin-at", distance = mm(distance), page = r.page, text = format!("{:?}", clip(&r.text))),
            None => mm(distance),
        };
        self.push("P-PAGE-2", "left margin", expected(left_m), at(min_x, &left_run), near(min_x, left_m, tol));
        self.right_margin_mm = Some(max_right);
        self.push("P-PAGE-2", "right margin", expected(right_m), at(max_right, &right_run), near(max_right, right_m, tol));

        // Top: the first line box of every page — or the top border of a
        // table that opens the page (a table of tasks running on), whose
        // text sits inside its cells.
        let pages = self.layout.pages.len();
        let tops: Vec<(usize, f64)> = (1..=pages)
            .filter_map(|page| {
                let text = self.content.iter().filter(|r| r.page == page).map(top).fold(f64::MAX, f64::min);
                let border = self.layout.rules.iter().filter(|r| r.page == page && r.dy.abs() < 0.01).map(|r| r.y).fold(f64::MAX, f64::min);
                let t = text.min(border);
                (t < f64::MAX).then_some((page, t))
            })
            .collect();
        let worst = tops.iter().copied().fold(None, |w: Option<(usize, f64)>, (page, t)| match w {
            Some((_, wt)) if (wt - top_m).abs() >= (t - top_m).abs() => w,
            _ => Some((page, t)),
        });
        if let Some((page, t)) = worst {
            let actual = if tops.iter().all(|(_, x)| near(*x, t, 0.05)) {
                tr!("v-on-every-page", value = mm(t))
            } else {
                tr!("v-on-page", value = mm(t), page = page)
            };
            self.push(
                "P-PAGE-2",
                "top margin",
                tr!("v-top-margin-expected", margin = expected(top_m)),
                actual,
                near(t, top_m, tol),
            );
        }
        self.bottom_margin(bottom_m, tol);
    }

    /// The bottom margin cannot be seen directly: pages end where the next
    /// line no longer fits. Text never goes below it, and where a paragraph
    /// runs on to the next page, the line that moved (with the leading under
    /// it) would have crossed it.
    pub(super) fn bottom_margin(&mut self, expected_m: f64, tol: f64) {
        let pages = self.layout.pages.len();
        let lines = lines_of(&self.content);
        let spacing = self.p.body.line_spacing_pt * PT;
        // A line needs room for the leading under it too (an office's exact
        // line keeps it, and kehoach's pages break where an office's do).
        let leading = (self.p.body.line_spacing_pt - self.p.body.size_pt) * PT;
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
                if low + moved * spacing + leading < upper_bound {
                    upper_bound = low + moved * spacing + leading;
                    carried = page;
                }
            }
        }
        let Some((page, margin)) = lowest else { return };
        let height = self.page_height(1);
        let stays_inside = margin >= expected_m - tol;
        let reaches = upper_bound == f64::MAX || height - upper_bound <= expected_m + tol;
        let actual = if upper_bound < f64::MAX {
            tr!(
                "v-bottom-margin-between",
                low = num((height - upper_bound).max(0.0)),
                high = mm(height - lower_bound),
                lowest = mm(margin),
                page = page,
                carried = carried,
                next = carried + 1,
                would = mm(height - upper_bound),
            )
        } else {
            tr!("v-bottom-margin-at-least", distance = mm(margin), page = page)
        };
        self.push(
            "P-PAGE-2",
            "bottom margin",
            tr!("v-bottom-margin-expected", margin = mm(expected_m), tolerance = num(tol)),
            actual,
            stays_inside && reaches,
        );
    }

    pub(super) fn page_numbers(&mut self) {
        let spec_size = self.spec.page_number_pt;
        let pn = &self.p.page_number;
        let pages = self.layout.pages.len();
        // Page 1 carries none.
        let on_first: Vec<&TextRun> = self.numbers.iter().filter(|r| r.page == 1).collect();
        self.push(
            "P-PAGE-3",
            "no page number on page 1",
            tr!("v-none"),
            if on_first.is_empty() { tr!("v-none") } else { format!("{:?}", on_first[0].text) },
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
            // first page, like the document's, carries none).
            let expected = match starts.iter().rev().find(|s| **s <= page) {
                Some(s) if restart => page - s + 1,
                _ => page,
            };
            match found.as_slice() {
                // An appendix numbered on its own is laid out as a document of
                // its own: no number on its first page (HD 05 IV.5.1–5.2).
                [] if expected == 1 => {}
                [r] if expected == 1 && restart => {
                    problems.push(tr!("v-page-number-on-appendix-start", page = page, number = format!("{:?}", r.text.trim())))
                }
                [r] => {
                    if r.text.trim() != expected.to_string() {
                        problems.push(tr!("v-page-number-wrong", page = page, number = format!("{:?}", r.text.trim())));
                    }
                    if r.bold || r.italic {
                        problems.push(tr!("v-page-number-style", page = page));
                    }
                    sizes.push(r.size);
                }
                [] => problems.push(tr!("v-page-number-missing", page = page)),
                _ => problems.push(tr!("v-page-number-several", page = page, count = found.len())),
            }
        }
        // Every page after the first may be an appendix's first page: then no
        // page carries a number, and there is nothing to measure.
        if problems.is_empty() && !self.numbers.iter().any(|r| r.page > 1) {
            let why = crate::tr!("verify-no-numbered-page", pages = pages);
            self.not_measurable("P-PAGE-3", "page numbers", tr!("v-page-numbers-expected", size = pt(spec_size)), why.clone());
            self.not_measurable("P-PAGE-3", "page-number position", tr!("v-page-number-top-centre"), why);
            return;
        }
        let style = Style::of(self.numbers.iter().filter(|r| r.page > 1));
        let size_ok = style.size_is(spec_size);
        let actual =
            if problems.is_empty() { tr!("v-page-numbers-actual", style = style, last = pages) } else { problems.join("; ") };
        self.push(
            "P-PAGE-3",
            "page numbers",
            tr!("v-page-numbers-expected", size = pt(spec_size)),
            if size_ok || !problems.is_empty() { actual } else { format!("{style}") },
            problems.is_empty() && size_ok,
        );

        // Position: the profile's choice ([C]), its distance in the spec's range.
        let at_top = matches!(pn.position, PageNumberPosition::TopCenter | PageNumberPosition::TopRight);
        let at_right = matches!(pn.position, PageNumberPosition::TopRight | PageNumberPosition::BottomRight);
        let where_ =
            serde_json::to_value(pn.position).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
        let expected = tr!(
            "v-page-number-position-expected",
            position = where_,
            distance = mm(pn.distance_mm),
            edge = if at_top { "top" } else { "bottom" },
            range = self.spec.page_number_distance_mm
        );
        let mut worst: Option<String> = None;
        for r in self.numbers.iter().filter(|r| r.page > 1) {
            let distance = if at_top { r.y } else { self.page_height(r.page) - r.y };
            // The text area of this page (an appendix page may be landscape).
            let right = self.page_width(r.page) - self.p.page.margin_right_mm;
            let (edge, target) = if at_right { (r.right(), right) } else { (r.center(), (self.left + right) / 2.0) };
            let ok = near(distance, pn.distance_mm, 0.5) && near(edge, target, self.spec.centre_tolerance_mm);
            if !ok && worst.is_none() {
                let id = if at_right { "v-page-number-off-right" } else { "v-page-number-off-centre" };
                worst = Some(tr!(id, page = r.page, distance = mm(distance), offset = mm(edge - target)));
            }
        }
        let in_range = self.spec.page_number_distance_mm.contains(pn.distance_mm);
        let first = self.numbers.iter().find(|r| r.page > 1);
        let actual = match (&worst, first) {
            (Some(w), _) => w.clone(),
            (None, Some(r)) => {
                tr!("v-page-number-baseline", distance = mm(if at_top { r.y } else { self.page_height(r.page) - r.y }))
            }
            (None, None) => tr!("v-page-number-none"),
        };
        self.push("P-PAGE-3", "page-number position", expected, actual, worst.is_none() && first.is_some() && in_range);
    }

    // -- P-HDR ----------------------------------------------------------------
}
