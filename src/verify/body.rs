//! P-BODY: body size, indent, line and paragraph spacing, justification, căn cứ
//! (the texts of the results in `locales/*/verify-page.ftl`).

use super::measure::*;
use super::*;
use crate::tr;

impl Verifier<'_> {
    pub(super) fn body(&mut self) {
        let start = self.body_start.unwrap_or((1, 0.0));
        let end = match (self.closing_top, &self.label) {
            (Some((page, y)), _) => (page, y - 0.5),
            (None, Some(l)) => (l.page, top(&l.runs[0]) - 0.5),
            (None, None) => (usize::MAX, 0.0),
        };
        let after = |page: usize, y: f64, (p, at): (usize, f64)| page > p || (page == p && y > at);
        let runs: Vec<&TextRun> =
            self.content.iter().filter(|r| after(r.page, r.y, start) && !after(r.page, r.y, end)).collect();
        let lines = lines_of(runs.iter().copied());
        if lines.is_empty() {
            self.missing("P-BODY-1", "body", tr!("v-body-expected"));
            return;
        }
        self.content_ends_with_a_full_stop(&lines);
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
            tr!("v-body-size-actual", sizes = style.sizes.iter().map(|s| pt(*s)).collect::<Vec<_>>().join(", "), lines = counted),
            size_ok(&style, spec.body_pt, chosen),
        );

        let indent_spec_ok = |d: f64| spec.indent_mm.contains(d) || near(d, spec.indent_alternative_mm, 0.2);
        let chosen_indent = b.first_line_indent_mm;
        let count = indent.map(|d| offsets.iter().filter(|o| near(**o, d, 0.05)).count()).unwrap_or(0);
        self.push(
            "P-BODY-1",
            "first-line indent",
            tr!(
                "v-indent-expected",
                chosen = mm(chosen_indent),
                range = spec.indent_mm,
                alternative = mm(spec.indent_alternative_mm)
            ),
            match indent {
                Some(d) => tr!("v-indent-actual", indent = mm(d), count = count, total = offsets.len()),
                None => tr!("v-indent-none"),
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
        self.justified_lines = justified.0;
        let expected = tr!("v-line-spacing-expected", chosen = pt(chosen_spacing), range = spec.line_spacing_pt);
        if found.is_empty() {
            self.not_measurable("P-BODY-1", "line spacing", expected, tr!("v-line-spacing-none"));
        } else {
            self.push(
                "P-BODY-1",
                "line spacing",
                expected,
                tr!(
                    "v-line-spacing-actual",
                    distances = found.iter().map(|d| pt(*d)).collect::<Vec<_>>().join(", "),
                    pairs = distances.len()
                ),
                found.iter().all(|d| near(*d, chosen_spacing, 0.15)) && spec.line_spacing_pt.contains(chosen_spacing),
            );
        }
        let min = spec.paragraph_spacing_min_pt;
        match para_spacing {
            Some((gap, line)) => self.push(
                "P-BODY-1",
                "paragraph spacing",
                tr!("v-at-least", value = pt(min)),
                tr!("v-paragraph-spacing-actual", gap = pt(gap), text = format!("{:?}", clip(&line.text())), page = line.page),
                gap >= min - 0.1,
            ),
            None => self.not_measurable(
                "P-BODY-1",
                "paragraph spacing",
                tr!("v-at-least", value = pt(min)),
                tr!("v-paragraph-spacing-none"),
            ),
        }
        let expected = tr!("v-justified-expected", right = mm(right));
        if justified.0 == 0 && justified.1.is_none() {
            self.not_measurable("P-BODY-1", "justified", expected, tr!("v-justified-none"));
            self.basis(&lines);
            return;
        }
        self.push(
            "P-BODY-1",
            "justified",
            expected,
            match &justified.1 {
                None => tr!("v-justified-actual", lines = justified.0),
                Some(l) => tr!("v-justified-short", text = format!("{:?}", clip(&l.text())), page = l.page, end = mm(l.right())),
            },
            justified.1.is_none() && b.justify,
        );
        self.basis(&lines);
    }

    /// P-BODY-2: the căn cứ lines' punctuation, as printed.
    pub(super) fn basis(&mut self, lines: &[Line]) {
        let prepared = self.prepared;
        let basis: Vec<String> = prepared.context.basis.iter().map(|r| squash(&r.to_plain())).collect();
        if basis.is_empty() {
            return;
        }
        let printed = squash(&lines.iter().map(Line::text).collect::<Vec<_>>().join(" "));
        let n = basis.len();
        let punct = &self.rules.punctuation;
        let bad = basis.iter().enumerate().find(|(i, l)| {
            let end = if i + 1 == n { &punct.basis_last } else { &punct.basis_between };
            !l.starts_with("- ") || !l.ends_with(end.as_str()) || !printed.contains(l.as_str())
        });
        self.push(
            "P-BODY-2",
            "căn cứ lines",
            tr!("v-basis-expected", between = punct.basis_between, last = punct.basis_last),
            match bad {
                None => tr!("v-basis-actual", lines = n),
                Some((_, l)) => format!("{:?}", clip(l)),
            },
            bad.is_none(),
        );
    }

    // -- P-SIG and P-RCV ------------------------------------------------------
}

impl Verifier<'_> {
    /// P-BODY-3 (HD 05 6.2.2: "kết thúc nội dung văn bản có dấu chấm (.)"):
    /// the last line of the content, above the closing block, ends with the
    /// rule set's closing punctuation.
    fn content_ends_with_a_full_stop(&mut self, lines: &[Line]) {
        let mark = self.rules.body.closing_punctuation.clone();
        if mark.is_empty() {
            return;
        }
        let Some(last) = lines.last() else { return };
        // A table's cells stand between vertical rules: content that ends
        // with a table ends with its last row, which the rule does not ask
        // to end with a full stop.
        let in_table = self.layout.rules.iter().any(|r| {
            r.page == last.page && r.dx.abs() < 0.01 && r.dy.abs() > 1.0 && r.y.min(r.y + r.dy) < last.y && r.y.max(r.y + r.dy) > last.y
        });
        if in_table {
            self.not_measurable(
                "P-BODY-3",
                "content ends with a full stop",
                tr!("v-full-stop-expected", mark = format!("{mark:?}")),
                tr!("v-full-stop-table"),
            );
            return;
        }
        let text = last.text();
        let text = text.trim_end();
        self.push(
            "P-BODY-3",
            "content ends with a full stop",
            tr!("v-full-stop-expected", mark = format!("{mark:?}")),
            tr!("v-full-stop-actual", end = text.chars().rev().take(40).collect::<Vec<_>>().into_iter().rev().collect::<String>(), page = last.page),
            text.ends_with(mark.as_str()),
        );
    }
}
