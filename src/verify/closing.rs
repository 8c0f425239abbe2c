//! P-SIG, P-RCV, P-TXT: the signature block, the recipients, the text layer.

use super::measure::*;
use super::*;

impl Verifier<'_> {
    pub(super) fn closing(&mut self) {
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
        // No position line: "T/M BỘ CHÍNH TRỊ" / name (HD 05 7.1.4b).
        let no_position = signer.position.trim().is_empty();
        if no_position {
            let nothing_between =
                signer.name.trim().is_empty() || find_seq(&sig, next, &signer.name).is_some_and(|r| r.start == next);
            position_y = first_line.as_ref().map(|l| l.y);
            self.push(
                "P-SIG-2",
                "position",
                "none (a collective signing \"T/M …\"): the name follows the authority line",
                if nothing_between { "no position line" } else { "a line between the authority and the name" },
                signer.authority.as_deref().is_some_and(|a| a.starts_with("T/M")) && nothing_between,
            );
        }
        match find_seq(&sig, next, &signer.position).filter(|_| !no_position) {
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
            None if no_position => {}
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
                            "normal case, no academic title, {} bold upright, centred, at least {} below the position (the authority when there is none: room to sign)",
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
        if self.prepared.context.minutes.is_some() {
            self.minutes_signatures(&label, first_line.as_ref());
            self.minutes_recipients(label.page);
        } else {
            self.recipients(&label, first_line.as_ref());
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
            Some(l) => self.recipients(&l, Some(&l)),
            None => self.missing("P-RCV-1", "\"Nơi nhận:\"", "the label at the left margin under the signatures"),
        }
    }

    pub(super) fn recipients(&mut self, label: &Line, first_sig_line: Option<&Line>) {
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
            problems.push(format!("the lines are {entries:?}, the data gives {expected:?}"));
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
            problems.push(format!("{:?} starts at {}", l.text().trim(), mm(l.left())));
        }
        self.push(
            "P-RCV-2",
            "recipients",
            format!("{} regular upright at the left margin, each \"- …{sep}\", the last \"- Lưu ….\"", pt(size)),
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

    pub(super) fn text_layer(&mut self) {
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
