//! P-SIG, P-RCV, P-TXT: the signature block, the recipients, the text layer.

use super::measure::*;
use super::*;
use super::blocks::{locate, PlacedBlock, PlacedClosing, Who};
use crate::tr;

/// A text as the results quote it: in double quotes, escaped.
pub(super) fn quoted(s: &str) -> String {
    format!("{s:?}")
}

/// "\"BÍ THƯ\", 14 pt regular upright, centre offset 0 mm": a quoted text,
/// its style and how far it stands from its column's centre.
pub(super) fn styled_at(text: &str, style: &Style, offset: f64) -> String {
    tr!("v-text-style-offset", text = quoted(text), style = style, offset = mm(offset))
}

/// "\"…\" on page 3": a quoted text and its page.
pub(super) fn on_page(text: &str, page: usize) -> String {
    tr!("v-text-on-page", text = quoted(text), page = page)
}

/// A rule's name for one of several signature blocks: "position
/// (co-signer 1)"; the lead's is the rule's own name (`rule`, translated
/// when printed).
fn rule_of(rule: &str, who: Who) -> String {
    match who {
        Who::Lead => rule.to_owned(),
        who => tr!("v-rule-of-block", rule = super::names::rule_name(rule), who = who.describe()),
    }
}

impl Verifier<'_> {
    pub(super) fn closing(&mut self) {
        let Some(label) = self.label.clone() else {
            self.missing("P-RCV-1", "\"Nơi nhận:\"", tr!("v-rcv-label-missing"));
            return;
        };
        let placed = locate(self.prepared, self.layout);
        let ctx = &self.prepared.context;
        let lead = placed.as_ref().and_then(|c| c.block(Who::Lead)).cloned();
        match &lead {
            Some(b) => self.signature_block(b),
            None => {
                let signer = &ctx.signer;
                let first = signer.authority.clone().unwrap_or_else(|| signer.position.clone());
                self.missing("P-SIG-1", "signing authority", tr!("v-sig-missing-level", text = quoted(&first)));
                return;
            }
        }
        let Some(placed) = placed else { return };
        let co_signers = ctx.co_signers.len();
        for i in 0..co_signers {
            match placed.block(Who::CoSigner(i)) {
                Some(b) => self.signature_block(&b.clone()),
                None => self.missing(
                    "P-SIG-5",
                    "signature grid",
                    tr!("v-sig-grid-block-missing", n = i + 1, name = quoted(&ctx.co_signers[i].name)),
                ),
            }
        }
        if co_signers > 0 {
            self.grid(&placed);
            self.grid_rows(&placed);
        }
        if let Some(c) = &ctx.confirmation {
            match placed.block(Who::Confirmation) {
                Some(b) => {
                    let b = b.clone();
                    self.confirmation(&placed, &b);
                    self.signature_block(&b);
                }
                None => self.missing("P-SIG-6", "confirmation block", tr!("v-sig-confirmation-missing", text = quoted(&c.label))),
            }
        }
        // "Nơi nhận:" is level with the signature block, or (a grid) under it.
        let level = if co_signers == 0 { lead.as_ref().and_then(|b| b.first_line().cloned()) } else { None };
        if ctx.minutes.is_some() {
            self.minutes_signatures(&label, level.as_ref());
            self.minutes_recipients(label.page);
        } else {
            self.recipients(&label, level.as_ref(), co_signers > 0);
        }
    }

    /// P-SIG-1..3 of one signature block, in its column.
    pub(super) fn signature_block(&mut self, b: &PlacedBlock) {
        let signer = &b.signer;
        let size = self.spec.signature_pt;
        let centre = b.centre_x();
        let tol = self.spec.centre_tolerance_mm;
        let rule = |name: &str| rule_of(name, b.who);
        let describe = |lines: &[Line]| (worst_offset(lines, centre), Style::of(runs_of(lines)));
        match (&signer.authority, &b.authority) {
            (Some(a), Some(lines)) => {
                let (offset, style) = describe(lines);
                self.push(
                    "P-SIG-1",
                    rule("signing authority"),
                    tr!("v-sig-authority-expected", size = pt(size)),
                    styled_at(&squash(a), &style, offset),
                    authority_matches(a)
                        && is_caps(a)
                        && style.size_is(size)
                        && style.bold == Some(true)
                        && style.italic == Some(false)
                        && offset.abs() <= tol,
                );
            }
            (Some(a), None) => self.missing("P-SIG-1", &rule("signing authority"), in_signature_column(a)),
            (None, _) => self.push(
                "P-SIG-1",
                rule("signing authority"),
                tr!("v-sig-authority-or-none"),
                tr!("v-sig-authority-none"),
                true,
            ),
        }
        // No position line: "T/M BỘ CHÍNH TRỊ" / name (7.1.4b), "Q. TRƯỞNG BAN" / name (7.1.4c).
        let position_bold = signer.authority.is_none();
        if signer.position.trim().is_empty() {
            let nothing_between = signer.name.trim().is_empty() || b.name.is_some();
            self.push(
                "P-SIG-2",
                rule("position"),
                tr!("v-sig-no-position-expected"),
                if nothing_between { tr!("v-sig-no-position-line") } else { tr!("v-sig-line-between") },
                signer.authority.as_deref().is_some_and(|a| a.starts_with("T/M") || a.starts_with("Q.")) && nothing_between,
            );
        } else {
            match &b.position {
                Some(lines) => {
                    let (offset, style) = describe(lines);
                    self.push(
                        "P-SIG-2",
                        rule("position"),
                        tr!(
                            "v-sig-position-expected",
                            size = pt(size),
                            weight = if position_bold { tr!("v-sig-position-bold") } else { tr!("v-sig-position-not-bold") }
                        ),
                        styled_at(&squash(&signer.position), &style, offset),
                        is_caps(&signer.position)
                            && style.size_is(size)
                            && style.bold == Some(position_bold)
                            && style.italic == Some(false)
                            && offset.abs() <= tol,
                    );
                }
                None => self.missing("P-SIG-2", &rule("position"), in_signature_column(&signer.position)),
            }
        }
        if let (Some(word), Some(title)) = (&signer.concurrently, &signer.concurrent_position) {
            match (&b.concurrently, &b.concurrent) {
                (Some(w), Some(t)) => {
                    let (w_offset, w_style) = describe(w);
                    let (t_offset, t_style) = describe(t);
                    self.push(
                        "P-SIG-2",
                        rule("concurrent title"),
                        tr!("v-sig-concurrent-expected", word = quoted(word), size = pt(size)),
                        tr!(
                            "v-sig-concurrent-actual",
                            word = quoted(&squash(&w[0].text())),
                            word_style = w_style,
                            title = quoted(&squash(title)),
                            title_style = t_style,
                            word_offset = mm(w_offset),
                            title_offset = mm(t_offset)
                        ),
                        w.len() == 1
                            && squash(&w[0].text()) == *word
                            && w_style.size_is(size)
                            && w_style.bold == Some(false)
                            && w_style.italic == Some(false)
                            && is_caps(title)
                            && t_style.size_is(size)
                            && t_style.bold == Some(position_bold)
                            && t_style.italic == Some(false)
                            && w_offset.abs() <= tol
                            && t_offset.abs() <= tol,
                    );
                }
                _ => self.missing(
                    "P-SIG-2",
                    &rule("concurrent title"),
                    tr!("v-sig-concurrent-missing", word = quoted(word), title = quoted(title)),
                ),
            }
        }
        if signer.name.trim().is_empty() {
            self.push("P-SIG-3", rule("name"), tr!("v-sig-name-blank-expected", size = pt(size)), tr!("v-sig-name-blank"), true);
            return;
        }
        match &b.name {
            Some(lines) => {
                let (offset, style) = describe(lines);
                let room = b.sign_bottom - b.sign_top;
                let titled = ["TS.", "ThS.", "PGS.", "GS."].iter().any(|t| signer.name.starts_with(t));
                self.push(
                    "P-SIG-3",
                    rule("name"),
                    tr!("v-sig-name-expected", size = pt(size), room = mm(self.spec.sign_space_min_mm)),
                    tr!("v-sig-name-actual", text = quoted(&signer.name), style = style, offset = mm(offset), room = mm(room)),
                    !is_caps(&signer.name)
                        && !titled
                        && style.size_is(size)
                        && style.bold == Some(true)
                        && style.italic == Some(false)
                        && offset.abs() <= tol
                        && room >= self.spec.sign_space_min_mm - 0.1,
                );
            }
            None => self.missing("P-SIG-3", &rule("name"), in_signature_column(&signer.name)),
        }
    }

    /// A Biên bản's "Nơi nhận", when it has one: under the signatures, at the
    /// left margin (P-RCV-1, P-RCV-2 with the label as its own level).
    fn minutes_recipients(&mut self, page: usize) {
        if self.prepared.context.recipients.lines.is_empty() {
            return;
        }
        let label_text = squash(&self.prepared.context.recipients.label);
        let label = lines_of(self.content.iter().filter(|r| r.page >= page && r.center() < self.sig_left))
            .into_iter()
            .filter(|l| squash(&l.text()) == label_text)
            .last();
        match label {
            Some(l) => self.recipients(&l, Some(&l), false),
            None => self.missing("P-RCV-1", "\"Nơi nhận:\"", tr!("v-rcv-label-missing-minutes")),
        }
    }

    /// P-SIG-5: a joint document's signature grid (HD 05 7.2.4): the lead
    /// on the right of the first row, the others on the left, then further
    /// rows below; the blocks of a row level; "Nơi nhận:" under the grid.
    fn grid(&mut self, placed: &PlacedClosing) {
        let mut problems = Vec::new();
        let row_top = |b: &PlacedBlock| b.first_line().map(|l| top(&l.runs[0]));
        let tops: Vec<Option<f64>> = placed.blocks.iter().filter(|b| b.who != Who::Confirmation).map(row_top).collect();
        let grid_blocks: Vec<&PlacedBlock> = placed.blocks.iter().filter(|b| b.who != Who::Confirmation).collect();
        for (k, b) in grid_blocks.iter().enumerate() {
            let on_right = k % 2 == 0;
            let (expected_left, _) = if on_right { (self.sig_left, self.right) } else { (self.left, self.sig_left) };
            if (b.column.0 - expected_left).abs() > 0.01 {
                let id = if on_right { "v-grid-not-in-right-column" } else { "v-grid-not-in-left-column" };
                problems.push(tr!(id, who = b.who.describe()));
            }
            // Level with its row's right block; below the row above.
            if !on_right {
                if let (Some(a), Some(r)) = (tops[k], tops[k - 1]) {
                    if (a - r).abs() > 0.5 {
                        problems.push(tr!("v-grid-off-row", who = b.who.describe(), distance = mm(a - r)));
                    }
                }
            }
            if k >= 2 {
                let above = grid_blocks[k - 2].last_line().map(|l| bottom(&l.runs[0]));
                if let (Some(t), Some(a)) = (tops[k], above) {
                    if t < a {
                        problems.push(tr!("v-grid-overlaps", who = b.who.describe()));
                    }
                }
            }
        }
        let lowest = grid_blocks.iter().filter_map(|b| b.last_line()).map(|l| bottom(&l.runs[0])).fold(f64::MIN, f64::max);
        let label_top = top(&placed.label.runs[0]);
        if label_top < lowest {
            problems.push(tr!("v-grid-label-above", distance = mm(lowest - label_top)));
        }
        let rows = grid_blocks.len().div_ceil(2);
        self.push(
            "P-SIG-5",
            "signature grid",
            tr!("v-grid-expected"),
            if problems.is_empty() {
                tr!("v-grid-actual", blocks = grid_blocks.len(), rows = rows, distance = mm(label_top - lowest))
            } else {
                problems.join("; ")
            },
            problems.is_empty(),
        );
    }

    /// P-SIG-6: the confirmation block (HD 05 7.1.4a): "Xác nhận chữ ký của
    /// đồng chí …" under the confirmed signature, in its column, 14 pt
    /// regular upright, centred; the block's own lines follow (P-SIG-1..3).
    fn confirmation(&mut self, placed: &PlacedClosing, b: &PlacedBlock) {
        let size = self.spec.signature_pt;
        let Some(lines) = &b.lead_in else { return };
        let style = Style::of(runs_of(lines));
        let offset = worst_offset(lines, b.centre_x());
        let text = squash(&crate::verify::measure::quote_text(lines));
        let lead_bottom = placed.block(Who::Lead).and_then(|l| l.last_line()).map(|l| bottom(&l.runs[0]));
        let gap = lead_bottom.map(|l| top(&lines[0].runs[0]) - l);
        let name = self.prepared.context.signer.name.trim().to_owned();
        let min_gap = self.rules.signature.confirmation_gap_mm;
        self.push(
            "P-SIG-6",
            "confirmation block",
            tr!("v-confirmation-expected", name = if name.is_empty() { "…" } else { name.as_str() }, gap = mm(min_gap), size = pt(size)),
            tr!(
                "v-confirmation-actual",
                found = styled_at(&text, &style, offset),
                gap = match gap {
                    Some(g) => tr!("v-confirmation-gap", distance = mm(g)),
                    None => tr!("v-confirmation-no-signature"),
                }
            ),
            text.starts_with(crate::context::CONFIRMS)
                && (name.is_empty() || text.ends_with(&name))
                && style.size_is(size)
                && style.bold == Some(false)
                && style.italic == Some(false)
                && offset.abs() <= self.spec.centre_tolerance_mm
                && gap.is_some_and(|g| g >= min_gap - 0.5),
        );
    }

    /// P-RCV-1, P-RCV-2: "Nơi nhận:" level with the signature block (under
    /// the grid of a joint document: P-SIG-5 measures that) and its lines.
    pub(super) fn recipients(&mut self, label: &Line, first_sig_line: Option<&Line>, under_grid: bool) {
        let spec_label = self.spec.recipients_label;
        let text = label.text();
        let style = Style::of(label.runs.iter());
        let word = label.runs.iter().find(|r| !r.text.trim().is_empty() && r.text.trim() != ":").cloned();
        // The underline under the phrase: one solid stroke as long as it (HD 05
        // 9.2.1 "đường kẻ ngang nét liền, tương ứng với chiều dài của cụm từ"):
        // the pieces of rule under it, joined where they touch.
        let underline = word.as_ref().map(|w| {
            let mut pieces: Vec<(f64, f64)> = self
                .layout
                .rules
                .iter()
                .filter(|r| r.page == label.page && r.dy.abs() < 0.01 && r.y > w.y - 0.5 && r.y < w.y + 2.0)
                .map(|r| (r.x.min(r.x + r.dx).max(w.x), r.x.max(r.x + r.dx).min(w.right())))
                .filter(|(a, b)| b > a)
                .collect();
            pieces.sort_by(|a, b| a.0.total_cmp(&b.0));
            let mut strokes: Vec<(f64, f64)> = Vec::new();
            for (a, b) in pieces {
                match strokes.last_mut() {
                    Some(last) if a <= last.1 + 0.05 => last.1 = last.1.max(b),
                    _ => strokes.push((a, b)),
                }
            }
            let covered: f64 = strokes.iter().map(|(a, b)| b - a).sum();
            (covered / w.width.max(0.01), strokes.len())
        });
        let underlined = underline.is_some_and(|(c, strokes)| c >= 0.95 && strokes == 1);
        let level = first_sig_line.map(|s| top(&s.runs[0]) - top(&label.runs[0]));
        let size = self.spec.recipients_label_pt;
        self.push(
            "P-RCV-1",
            "\"Nơi nhận:\"",
            tr!(
                "v-rcv-label-expected",
                label = quoted(spec_label),
                size = pt(size),
                place = if under_grid { tr!("v-rcv-label-under-grid") } else { tr!("v-rcv-label-level") }
            ),
            tr!(
                "v-rcv-label-actual",
                text = quoted(text.trim()),
                style = style,
                underline = match underline {
                    Some((c, 1)) => tr!("v-rcv-underlined-once", percent = (c * 100.0).round()),
                    Some((c, n)) => tr!("v-rcv-underlined-in-strokes", percent = (c * 100.0).round(), strokes = n),
                    None => tr!("v-rcv-no-word"),
                },
                left = mm(label.left()),
                level = match level {
                    Some(d) => tr!("v-rcv-from-block-top", distance = mm(d)),
                    None if under_grid => tr!("v-rcv-is-under-grid"),
                    None => tr!("v-rcv-no-block"),
                }
            ),
            text.trim() == spec_label
                && style.size_is(size)
                && style.bold == Some(false)
                && style.italic == Some(false)
                && underlined
                && near(label.left(), self.left, 0.5)
                && (under_grid || level.is_some_and(|d| d.abs() <= 0.5)),
        );

        // P-RCV-2: the list under it, in the left column.
        let expected: Vec<String> = self.prepared.context.recipients.lines.iter().map(|l| squash(l)).collect();
        let lines = lines_of(
            self.content.iter().filter(|r| r.page == label.page && r.center() < self.sig_left && r.y > label.y + 0.5),
        );
        // The typist's line closes the column; P-TYP-1 checks it.
        let typist = self.prepared.context.recipients.typist.as_deref().map(squash);
        let lines: Vec<Line> = lines.into_iter().filter(|l| Some(squash(&l.text())) != typist).collect();
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
        let sep = self.rules.punctuation.recipient_between.as_str();
        let mut problems = Vec::new();
        if entries != expected {
            problems.push(tr!("v-rcv-lines-differ", printed = format!("{entries:?}"), data = format!("{expected:?}")));
        }
        for (i, e) in entries.iter().enumerate() {
            let last = i + 1 == n;
            let ok = e.starts_with("- ")
                && if last { e.starts_with("- Lưu") && e.ends_with('.') } else { e.ends_with(sep) };
            if !ok {
                problems.push(format!("{e:?}"));
            }
        }
        if let Some(l) = lines.iter().find(|l| !near(l.left(), self.left, 0.5)) {
            problems.push(tr!("v-rcv-line-starts", text = quoted(l.text().trim()), at = mm(l.left())));
        }
        self.push(
            "P-RCV-2",
            "recipients",
            tr!("v-rcv-list-expected", size = pt(size), sep = sep),
            if problems.is_empty() {
                tr!("v-rcv-list-actual", n = n, style = style)
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

    pub(super) fn text_layer(&mut self) {
        let bad = self.layout.texts.iter().find(|r| !is_nfc(&r.text) || r.text.contains(['\u{D0}', '\u{F0}']));
        self.push(
            "P-TXT-1",
            "text encoding",
            tr!("v-txt-nfc-expected"),
            match bad {
                None => tr!("v-txt-all-nfc", runs = self.layout.texts.len()),
                Some(r) => on_page(&clip(&r.text), r.page),
            },
            bad.is_none(),
        );
        let soft = self.layout.texts.iter().find(|r| r.text.trim_end().ends_with('\u{AD}'));
        self.push(
            "P-TXT-2",
            "no hyphenation",
            tr!("v-txt-hyphenation-expected"),
            match (soft, self.p.body.hyphenate) {
                (Some(r), _) => on_page(&clip(&r.text), r.page),
                (None, true) => tr!("v-txt-hyphenation-on"),
                (None, false) => tr!("v-txt-hyphenation-off"),
            },
            soft.is_none() && !self.p.body.hyphenate,
        );
    }
}

/// "\"BÍ THƯ\" in the signature column": where a signature's line was looked for.
fn in_signature_column(text: &str) -> String {
    tr!("v-in-signature-column", text = quoted(text))
}
