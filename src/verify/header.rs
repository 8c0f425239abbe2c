//! P-HDR, P-TTL, P-CV: the header block, the type name, subject and separator
//! (the texts of the results in `locales/*/verify-page.ftl`).

use super::measure::*;
use super::names::rule_name;
use super::*;
use crate::tr;
use crate::context::linebreak::bodies;

impl Verifier<'_> {
    pub(super) fn header(&mut self) {
        let prepared = self.prepared;
        let ctx = &prepared.context;
        let page1: Vec<&TextRun> = self.content.iter().filter(|r| r.page == 1).collect();
        // The header ends above the type name (or, for a công văn, nowhere in particular).
        let all1 = lines_of(page1.iter().copied());
        let type_y = match &ctx.congress {
            // A political report: its theme stands where the type name would.
            Some(c) => find_seq(&all1, 0, &c.theme).map(|r| top(&all1[r.start].runs[0]) - 0.5),
            None => ctx
                .type_name
                .as_ref()
                .and_then(|t| all1.iter().find(|l| squash(&l.text()) == squash(t)).map(|l| top(&l.runs[0]) - 0.5)),
        }
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
                tr!("v-row-expected", tolerance = pt(self.spec.row_tolerance_pt)),
                tr!("v-row-actual", distance = pt(dy.abs())),
                dy.abs() <= self.spec.row_tolerance_pt,
            );
        }
        let mut end = number.as_ref().map(|n| n.y).unwrap_or(0.0);
        if let Some(d) = &date {
            end = end.max(d.last().map(|l| l.y).unwrap_or(0.0));
        }
        let mut under_number = number.as_ref().map(|n| n.y);
        if ctx.type_name.is_none() && ctx.congress.is_none() {
            let subject_end = self.letter_subject(&left_col, number.as_ref());
            if subject_end > 0.0 {
                under_number = Some(subject_end);
            }
            end = end.max(subject_end);
        }
        // The marks under the number (or a công văn's subject) end the header too.
        end = end.max(self.header_marks(&left_col, &right_col, under_number));
        if ctx.type_name.is_none() && ctx.congress.is_none() {
            self.body_start = Some((1, end + 0.5));
        }
    }

    /// P-HDR-1 and P-HDR-2. Returns the title's lines.
    pub(super) fn party_title(&mut self, right_col: &[Line], page1: &[Line]) -> Option<Vec<Line>> {
        let spec_title = self.spec.party_title;
        let text = self.prepared.context.header.party_title.clone();
        let Some(found) = find_seq(right_col, 0, &text) else {
            self.missing("P-HDR-1", "title", tr!("v-title-missing", title = format!("{spec_title:?}")));
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
            format!("{spec_title:?}, {}", style_words(&size_expectation(self.spec.party_title_pt, chosen), Some(true), Some(false))),
            format!("{:?}, {style}", squash(&quote_text(&lines))),
            form_ok,
        );
        self.push(
            "P-HDR-1",
            "title on one line",
            tr!("v-one-line"),
            if lines.len() == 1 { tr!("v-one-line") } else { wrapped(&lines) },
            lines.len() == 1,
        );
        let first_top = page1.iter().flat_map(|l| l.runs.iter()).map(top).fold(f64::MAX, f64::min);
        let title_top = runs_of(&lines).map(top).fold(f64::MAX, f64::min);
        let column_centre = (self.split + self.right) / 2.0;
        let offset = worst_offset(&lines, column_centre);
        self.push(
            "P-HDR-1",
            "title position",
            tr!("v-title-position-expected", tolerance = mm(self.spec.centre_tolerance_mm)),
            tr!("v-title-position-actual", top = mm(title_top - first_top), offset = mm(offset)),
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
        let expected =
            tr!("v-title-rule-expected", length = mm(width), tolerance = num(tol), centre = mm(self.spec.centre_tolerance_mm));
        match rule {
            Some(r) => {
                let length = r.dx.abs();
                let offset = r.x + r.dx / 2.0 - centre;
                self.push(
                    "P-HDR-2",
                    "title rule",
                    expected,
                    tr!("v-title-rule-actual", length = mm(length), offset = mm(offset), thickness = pt(r.thickness)),
                    near(length, width, tol) && offset.abs() <= self.spec.centre_tolerance_mm && r.thickness > 0.0,
                );
            }
            None => self.push("P-HDR-2", "title rule", expected, tr!("v-title-rule-none"), false),
        }
        Some(lines)
    }

    /// P-HDR-3 and P-HDR-4: superior body, issuing body, "*". Returns the
    /// index of the left column's line after them.
    pub(super) fn header_names(&mut self, left_col: &[Line]) -> usize {
        let h = self.prepared.context.header.clone();
        let mut next = 0;
        let per_name = self.spec.header_name_max_lines;
        let mut blocks: Vec<(&str, Vec<Line>, usize)> = Vec::new();
        if let Some(superior) = &h.superior {
            if let Some(r) = self.header_name(left_col, 0, "superior body", superior, false) {
                next = r.end;
                blocks.push(("superior body", left_col[r].to_vec(), per_name * bodies(superior)));
            }
        }
        let issuer = self.header_name(left_col, next, "issuing body", &h.issuer, true).map(|r| {
            next = r.end;
            left_col[r].to_vec()
        });
        if let Some(lines) = &issuer {
            blocks.push(("issuing body", lines.clone(), per_name * bodies(&h.issuer)));
        }
        // Header fit: names wrap only cleanly, inside the column.
        if !blocks.is_empty() {
            let max = per_name;
            let mut problems = Vec::new();
            let mut shape = Vec::new();
            let mut at_fault = Vec::new();
            for (what, lines, max) in &blocks {
                let max = *max;
                let name = rule_name(what);
                let before = problems.len();
                shape.push(tr!("v-name-lines", name = name, lines = lines.len(), plural = plural(lines.len())));
                if lines.len() > max {
                    problems.push(tr!("v-name-wraps", name = name, lines = lines.len(), quoted = quote_lines(lines)));
                }
                for l in lines {
                    if l.left() < self.left - 0.2 || l.right() > self.split + 0.2 {
                        let text = format!("{:?}", l.text().trim());
                        problems.push(tr!("v-name-spans", text = text, left = num(l.left()), right = mm(l.right())));
                    }
                }
                problems.extend(name_break_problems(what, lines));
                if problems.len() > before {
                    at_fault.push(*what);
                }
            }
            self.push(
                "P-HDR-3",
                "header names fit the left column",
                tr!("v-header-names-expected", max = max, left = num(self.left), right = mm(self.split)),
                if problems.is_empty() { shape.join(", ") } else { problems.join("; ") },
                problems.is_empty(),
            );
            if at_fault == ["superior body"] {
                if let Some(fit) = self.out.last_mut() {
                    fit.field = Some("issuer.superior");
                }
            }
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
                    tr!("v-asterisk-expected", tolerance = mm(self.spec.centre_tolerance_mm)),
                    centre_offset(format!("{:?}", star.text().trim()), offset),
                    offset.abs() <= self.spec.centre_tolerance_mm,
                );
            }
            (None, _) => self.missing("P-HDR-4", "asterisk", tr!("v-asterisk-missing")),
            (Some(_), None) => {}
        }
        next
    }

    /// P-HDR-3 for one name of the left column: capitals, 14 pt, bold or
    /// regular, centred. Returns where its lines are.
    pub(super) fn header_name(
        &mut self,
        left_col: &[Line],
        from: usize,
        what: &str,
        name: &str,
        bold: bool,
    ) -> Option<std::ops::Range<usize>> {
        let Some(r) = find_seq(left_col, from, name) else {
            self.missing("P-HDR-3", what, tr!("v-in-left-column", text = format!("{name:?}")));
            return None;
        };
        let lines = &left_col[r.clone()];
        let style = Style::of(runs_of(lines));
        let offset = worst_offset(lines, (self.left + self.split) / 2.0);
        let size = self.spec.header_pt;
        self.push(
            "P-HDR-3",
            what,
            tr!("v-header-name-expected", style = style_words(&pt(size), Some(bold), Some(false))),
            centre_offset(format!("{}, {style}", caps_word(name)), offset),
            is_caps(name)
                && style.size_is(size)
                && style.bold == Some(bold)
                && style.italic == Some(false)
                && offset.abs() <= self.spec.centre_tolerance_mm,
        );
        Some(r)
    }

    /// P-HDR-5. Returns the number's run.
    pub(super) fn number(&mut self, left_col: &[Line], from: usize) -> Option<TextRun> {
        let number = self.prepared.context.header.number.clone();
        let size = self.spec.header_pt;
        let Some(r) = find_seq(left_col, from, &number) else {
            self.missing("P-HDR-5", "number", tr!("v-number-missing", number = format!("{number:?}")));
            return None;
        };
        let lines = left_col[r].to_vec();
        let text = lines.iter().map(Line::text).collect::<Vec<_>>().join(" ");
        let style = Style::of(runs_of(&lines));
        let offset = worst_offset(&lines, (self.left + self.split) / 2.0);
        self.push(
            "P-HDR-5",
            "number",
            tr!("v-number-expected", style = style_words(&pt(size), Some(false), Some(false))),
            tr!(
                "v-number-actual",
                text = format!("{text:?}"),
                lines = lines.len(),
                plural = plural(lines.len()),
                style = style,
                offset = mm(offset)
            ),
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
    pub(super) fn date(&mut self, right_col: &[Line], title: Option<&[Line]>) -> Option<Vec<Line>> {
        let date = self.prepared.context.header.date.clone();
        let size = self.spec.header_pt;
        let Some(r) = find_seq(right_col, 0, &date) else {
            self.missing("P-HDR-6", "place and date", tr!("v-in-right-column", text = format!("{date:?}")));
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
            tr!("v-date-expected", style = slant_words(&pt(size), true)),
            centre_offset(format!("{text:?}, {style}"), offset),
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
            tr!("v-date-line-expected", left = num(self.split), right = mm(self.right)),
            if lines.len() == 1 {
                tr!("v-one-line-at", left = num(block_left(&lines)), right = mm(block_right(&lines)))
            } else {
                wrapped(&lines)
            },
            lines.len() == 1 && inside,
        );
        Some(lines)
    }

    /// P-CV-1: a công văn's subject under the number. Returns its last baseline.
    pub(super) fn letter_subject(&mut self, left_col: &[Line], number: Option<&TextRun>) -> f64 {
        let Some(subject) = self.prepared.context.header.subject.clone() else { return 0.0 };
        let from = number.and_then(|n| left_col.iter().position(|l| l.y > n.y + 0.1)).unwrap_or(0);
        let Some(r) = find_seq(left_col, from, &subject) else {
            self.missing("P-CV-1", "subject of a công văn", tr!("v-letter-subject-missing", subject = format!("{subject:?}")));
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
            tr!("v-letter-subject-expected", style = slant_words(&pt(size), true)),
            {
                let measured = centre_offset(style.to_string(), offset);
                if v_v { tr!("v-letter-subject-v-v", measured = measured) } else { measured }
            },
            style.size_is(size) && style.italic == Some(true) && offset.abs() <= self.spec.centre_tolerance_mm && !v_v,
        );
        lines.last().map(|l| l.y).unwrap_or(0.0)
    }

    // -- P-TTL ----------------------------------------------------------------

    pub(super) fn title_block(&mut self) {
        let prepared = self.prepared;
        let ctx = &prepared.context;
        // A political report to a congress: the theme replaces the type name
        // and the subject, so P-TTL-1..3 do not apply; P-TTL-5 measures it.
        if let Some(congress) = ctx.congress.clone() {
            self.congress_block(&congress);
            return;
        }
        let Some(type_name) = ctx.type_name.clone() else { return };
        let lines = lines_of(self.content.iter().filter(|r| r.page == 1));
        let centre = (self.left + self.right) / 2.0;
        let tol = self.spec.centre_tolerance_mm;
        let Some(r) = find_seq(&lines, 0, &type_name) else {
            self.missing("P-TTL-1", "type name", tr!("v-on-page-1", text = format!("{type_name:?}")));
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
            tr!(
                "v-type-name-expected",
                style = style_words(&size_expectation(self.spec.type_name_pt, chosen), Some(true), Some(false))
            ),
            tr!(
                "v-type-name-actual",
                text = format!("{:?}", squash(&quote_text(&tn))),
                lines = tn.len(),
                style = style,
                offset = mm(offset)
            ),
            is_caps(&type_name)
                && tn.len() == 1
                && size_ok(&style, self.spec.type_name_pt, chosen)
                && style.bold == Some(true)
                && style.italic == Some(false)
                && offset.abs() <= tol,
        );
        // P-TTL-4: author lines between the type name and the subject (HD 05 5.1.1).
        next = self.author_lines(&lines, next, centre);
        // P-TTL-2: the subject, right under the type name (and its author
        // lines); a title by its author lines alone has none to measure.
        let subject = ctx.subject.clone();
        match find_seq(&lines, next, &subject).filter(|r| r.start == next) {
            None if subject.trim().is_empty() => {}
            Some(r) => {
                next = r.end;
                let sl = lines[r].to_vec();
                let style = Style::of(runs_of(&sl));
                let chosen = self.p.title.subject_size_pt;
                let offset = worst_offset(&sl, centre);
                self.push(
                    "P-TTL-2",
                    "subject",
                    tr!(
                        "v-subject-expected",
                        style = style_words(&size_expectation(self.spec.subject_pt, chosen), Some(true), Some(false))
                    ),
                    tr!("v-lines-style-offset", lines = sl.len(), style = style, offset = mm(offset)),
                    size_ok(&style, self.spec.subject_pt, chosen)
                        && style.bold == Some(true)
                        && style.italic == Some(false)
                        && offset.abs() <= tol,
                );
                // "In thường" (HD 05 Phụ lục 2 row 5, HD 36 PL3 row 5b): normal
                // case, not capitals. Its examples start "kết quả …", "về …", or
                // with a capital when the subject is a name: none of that is checked.
                // A subject the data asks for in capitals (`subject_capitals`,
                // as central documents print it) is what was meant.
                let normal_case = subject.chars().any(char::is_lowercase);
                let asked = self.prepared.document.subject_capitals;
                self.push(
                    "P-TTL-2",
                    "subject in normal case",
                    tr!("v-subject-case-expected"),
                    {
                        let quoted = format!("{:?}", clip(&subject));
                        if asked { tr!("v-subject-case-asked", subject = quoted) } else { quoted }
                    },
                    normal_case || asked,
                );
                // The rule asks only for a warning here; capitals the data asks
                // for keep the rule only by a departure from Phụ lục 2's words.
                if let Some(last) = self.out.last_mut() {
                    last.advisory = true;
                    if asked && !normal_case && last.passed {
                        last.departure = Some(crate::tr!("verify-subject-capitals-departure"));
                    }
                }
            }
            None => self.missing("P-TTL-2", "subject", tr!("v-subject-missing", subject = format!("{subject:?}"))),
        }
        // P-QC-1: a Quy chế's "(Ban hành kèm theo Quyết định số …)" under the subject.
        next = self.issued_with_line(&lines, next, centre);
        // P-TTL-3: "-----".
        self.separator_line("P-TTL-3", lines.get(next), centre, &tr!("v-under-subject"));
    }

    /// The separator "-----" as the line after the title block (P-TTL-3, and
    /// P-TTL-5 for a political report): the rule set's text, centred; the body
    /// starts under it.
    fn separator_line(&mut self, id: &'static str, line: Option<&Line>, centre: f64, under: &str) {
        match line {
            Some(l) => {
                let offset = l.center() - centre;
                let text = l.text();
                self.push(
                    id,
                    "separator",
                    tr!("v-separator-expected", separator = format!("{:?}", self.spec.separator)),
                    centre_offset(format!("{:?}", text.trim()), offset),
                    text.trim() == self.spec.separator && offset.abs() <= self.spec.centre_tolerance_mm,
                );
                self.body_start = Some((1, l.y + 0.5));
            }
            None => {
                let separator = format!("{:?}", self.spec.separator);
                self.missing(id, "separator", tr!("v-separator-missing", separator = separator, under = under))
            }
        }
    }

    /// P-TTL-5: the title block of a political report to a congress (HD 05
    /// 5.1.2): no type-name line; the theme in capitals, bold upright, at the
    /// rule set's theme size (inside the subject's range), every line
    /// centred; right under it the presenting line in parentheses, italic,
    /// not bold, centred; then "-----", centred.
    fn congress_block(&mut self, congress: &crate::context::CongressCtx) {
        let lines = lines_of(self.content.iter().filter(|r| r.page == 1));
        let centre = (self.left + self.right) / 2.0;
        let tol = self.spec.centre_tolerance_mm;
        // The rule set's sizes, not the plan's `[layout]` overrides.
        let (theme_size, presented_size) = (self.rules.title.theme_size_pt, self.rules.title.presented_size_pt);
        let type_name = crate::model::Kind::from_id(self.prepared.context.kind).map(|k| k.type_name()).unwrap_or_default();
        let type_line = lines.iter().find(|l| !type_name.is_empty() && squash(&l.text()) == type_name);
        let Some(r) = find_seq(&lines, 0, &congress.theme) else {
            self.missing("P-TTL-5", "congress theme", tr!("v-on-page-1", text = format!("{:?}", congress.theme)));
            return;
        };
        let next = r.end;
        let theme = lines[r].to_vec();
        let style = Style::of(runs_of(&theme));
        let offset = worst_offset(&theme, centre);
        self.push(
            "P-TTL-5",
            "congress theme",
            tr!(
                "v-congress-theme-expected",
                style = style_words(&size_expectation(self.spec.subject_pt, theme_size), Some(true), Some(false))
            ),
            {
                let measured = tr!("v-lines-style-offset", lines = theme.len(), style = style, offset = mm(offset));
                match type_line {
                    Some(l) => tr!("v-congress-type-line", text = format!("{:?}", squash(&l.text())), measured = measured),
                    None => measured,
                }
            },
            type_line.is_none()
                && is_caps(&congress.theme)
                && size_ok(&style, self.spec.subject_pt, theme_size)
                && style.bold == Some(true)
                && style.italic == Some(false)
                && offset.abs() <= tol,
        );
        let next = self.parenthesised_line(
            ("P-TTL-5", "presenting line"),
            &lines,
            next,
            centre,
            &congress.presented,
            ("(Báo cáo", "\"(Báo cáo …)\" "),
            presented_size,
            &tr!("v-under-theme"),
        );
        self.separator_line("P-TTL-5", lines.get(next), centre, &tr!("v-under-presenting-line"));
    }

    /// P-TTL-4: the author lines of a Nghị quyết or Kết luận ("CỦA BAN THƯỜNG
    /// VỤ TỈNH ỦY"), right under the type name: capitals, bold upright, the
    /// profile's size, each line as given, centred. Returns the line after them.
    fn author_lines(&mut self, lines: &[Line], next: usize, centre: f64) -> usize {
        let author = self.prepared.context.author.clone();
        if author.is_empty() {
            return next;
        }
        // The rule set's size, not the plan's `[layout]` override.
        let size = self.rules.title.author_size_pt;
        let tol = self.spec.centre_tolerance_mm;
        let printed: Vec<Line> = lines.iter().skip(next).take(author.len()).cloned().collect();
        let texts: Vec<String> = printed.iter().map(|l| squash(&l.text())).collect();
        let wanted: Vec<String> = author.iter().map(|a| squash(a)).collect();
        let style = Style::of(runs_of(&printed));
        let offset = worst_offset(&printed, centre);
        self.push(
            "P-TTL-4",
            "author lines",
            tr!(
                "v-author-lines-expected",
                wanted = format!("{wanted:?}"),
                style = style_words(&pt(size), Some(true), Some(false))
            ),
            centre_offset(format!("{texts:?}, {style}"), offset),
            texts == wanted
                && texts.iter().all(|t| is_caps(t))
                && style.size_is(size)
                && style.bold == Some(true)
                && style.italic == Some(false)
                && offset.abs() <= tol,
        );
        if texts == wanted { next + author.len() } else { next }
    }

    // -- P-BODY ---------------------------------------------------------------
}

/// What is wrong with the breaks of a name's lines: a line that starts with
/// the dash, a dash ending a line that does not join two bodies ("BÀ RỊA -" /
/// "VŨNG TÀU"), a short word alone on a line.
fn name_break_problems(what: &str, lines: &[Line]) -> Vec<String> {
    use crate::context::linebreak::{is_lone_short_word, starts_a_body};
    let texts: Vec<String> = lines.iter().map(|l| squash(&l.text())).collect();
    if texts.len() < 2 {
        return Vec::new();
    }
    let mut problems = Vec::new();
    for (i, t) in texts.iter().enumerate() {
        let next_word = texts.get(i + 1).and_then(|n| n.split(' ').next());
        let bad_dash = t.starts_with('-') || (t.ends_with('-') && !next_word.is_some_and(starts_a_body));
        if bad_dash {
            problems.push(tr!("v-name-breaks-at-dash", name = rule_name(what), quoted = quote_lines(lines)));
            break;
        }
    }
    if let Some(alone) = texts.iter().find(|t| is_lone_short_word(t)) {
        problems.push(tr!("v-name-lone-word", name = rule_name(what), word = format!("{alone:?}"), quoted = quote_lines(lines)));
    }
    problems
}

/// "wrapped onto 2 lines: "…" / "…"", in the language of the messages.
fn wrapped(lines: &[Line]) -> String {
    tr!("v-wrapped", lines = lines.len(), quoted = quote_lines(lines))
}

/// What was measured and how far it is off its centre: "…, centre offset 0 mm".
fn centre_offset(measured: String, offset: f64) -> String {
    tr!("v-centre-offset", measured = measured, offset = mm(offset))
}
