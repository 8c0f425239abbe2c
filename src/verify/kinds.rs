//! P-NQ: the parts of a kind that no other kind prints: the enacting sentence
//! of a Nghị quyết. (Author lines are P-TTL-4 with the title block, "Kính
//! trình:" P-KT-1 with "Kính gửi:", a signature with no position P-SIG-2.)

use super::measure::*;
use super::*;
use crate::model::Kind;

impl Verifier<'_> {
    /// P-NQ-1: a Nghị quyết's enacting sentence ("Ban Chấp hành Đảng bộ tỉnh
    /// quyết nghị:") is a paragraph of the body — first line indented, body
    /// size, regular upright, ending "quyết nghị:" — right before the first
    /// section, after the căn cứ.
    pub(super) fn enacting_sentence(&mut self) {
        let ctx = &self.prepared.context;
        if ctx.kind != Kind::NghiQuyet.id() {
            return;
        }
        let Some(sentence) = ctx.enacting.clone() else { return };
        let first_section = ctx.sections.first().map(|s| s.label.clone());
        let start = self.body_start.unwrap_or((1, 0.0));
        let lines = lines_of(self.content.iter().filter(|r| r.page > start.0 || (r.page == start.0 && r.y > start.1)));
        let Some(r) = find_seq(&lines, 0, &sentence) else {
            self.missing("P-NQ-1", "enacting sentence", format!("{sentence:?} before the first section"));
            return;
        };
        let printed = lines[r.clone()].to_vec();
        let style = Style::of(runs_of(&printed));
        let b = &self.p.body;
        let spec = &self.spec;
        let indent = printed[0].left() - self.left;
        let next = lines.get(r.end).map(|l| l.text()).unwrap_or_default();
        let before_sections = first_section.is_none_or(|label| next.trim_start().starts_with(&label));
        let text = squash(&quote_text(&printed));
        self.push(
            "P-NQ-1",
            "enacting sentence",
            format!(
                "a paragraph ending \"{}\", {} regular upright, first line indented {} (or {}), then the first section",
                crate::check::form_rules::RESOLVES,
                size_expectation(spec.body_pt, b.size_pt),
                spec.indent_mm,
                mm(spec.indent_alternative_mm)
            ),
            format!("{text:?}, {style}, indented {}, followed by {:?}", mm(indent), clip(&next)),
            text.to_lowercase().ends_with(crate::check::form_rules::RESOLVES)
                && size_ok(&style, spec.body_pt, b.size_pt)
                && style.bold == Some(false)
                && style.italic == Some(false)
                && (spec.indent_mm.contains(indent) || near(indent, spec.indent_alternative_mm, 0.2))
                && before_sections,
        );
    }
}

impl Verifier<'_> {
    /// P-BB-1 and P-BB-2: a Biên bản's closing block (HD 05 7.1.4e, 7.2.4).
    /// The chair's column is the signature column (P-SIG-2, P-SIG-3 measure
    /// "CHỦ TRÌ HỘI NGHỊ" and the name); `caption` is the recorder's caption
    /// found level with it, `chair_caption` the chair's.
    pub(super) fn minutes_signatures(&mut self, caption: &Line, chair_caption: Option<&Line>) {
        let Some(m) = self.prepared.context.minutes.clone() else { return };
        let size = self.spec.signature_pt;
        let tol = self.spec.centre_tolerance_mm;
        let column_right = self.left + self.rules.minutes.recorder_width_mm;
        let centre = (self.left + column_right) / 2.0;
        let column: Vec<Line> = lines_of(
            self.content
                .iter()
                .filter(|r| r.page == caption.page && r.center() < self.sig_left && r.y >= caption.y - 0.1),
        );
        let caption_style = Style::of(caption.runs.iter());
        let level = chair_caption.map(|c| top(&c.runs[0]) - top(&caption.runs[0]));
        let name = find_seq(&column, 1, &m.recorder_name).map(|r| column[r].to_vec());
        let chair_name = self.chair_name_line(caption.page);
        let (name_text, name_style, name_offset, room, baseline) = match &name {
            Some(lines) => (
                squash(&quote_text(lines)),
                Style::of(runs_of(lines)).to_string(),
                worst_offset(lines, centre),
                lines[0].y - caption.y,
                chair_name.as_ref().map(|c| lines[0].y - c.y),
            ),
            None => ("not found".into(), String::new(), f64::NAN, 0.0, None),
        };
        let name_ok = name.as_ref().is_some_and(|lines| {
            let st = Style::of(runs_of(lines));
            st.size_is(size) && st.bold == Some(true) && st.italic == Some(false)
        });
        self.push(
            "P-BB-1",
            "recorder's signature",
            format!(
                "\"{}\" {} bold upright capitals centred in the left column ({} from the left margin), level (± 0.5 mm) with \"{}\"; the name {} bold, centred, at least {} below, on the chair's name's baseline (± 0.5 mm)",
                m.recorder_caption,
                pt(size),
                mm(self.rules.minutes.recorder_width_mm),
                crate::context::forms::CHAIR_CAPTION,
                pt(size),
                mm(self.spec.sign_space_min_mm)
            ),
            format!(
                "{:?}, {caption_style}, centre offset {}, {}; {name_text:?}, {name_style}, centre offset {}, {} below, {}",
                caption.text().trim(),
                mm(caption.center() - centre),
                match level {
                    Some(d) => format!("{} from the chair's caption", mm(d)),
                    None => "no chair's caption".into(),
                },
                mm(name_offset),
                mm(room),
                match baseline {
                    Some(d) => format!("{} from the chair's name", mm(d)),
                    None => "no chair's name".into(),
                }
            ),
            squash(&caption.text()) == squash(&m.recorder_caption)
                && caption_style.size_is(size)
                && caption_style.bold == Some(true)
                && caption_style.italic == Some(false)
                && (caption.center() - centre).abs() <= tol
                && level.is_some_and(|d| d.abs() <= 0.5)
                && name_ok
                && name_offset.abs() <= tol
                && room >= self.spec.sign_space_min_mm - 0.1
                && baseline.is_some_and(|d| d.abs() <= 0.5),
        );
        if let Some(c) = m.confirmation {
            self.confirmation(&c, chair_name.as_ref());
        }
    }

    /// The chair's name: the last line of the signature column that holds it.
    fn chair_name_line(&self, page: usize) -> Option<Line> {
        let name = self.prepared.context.signer.name.clone();
        let column = lines_of(self.content.iter().filter(|r| r.page == page && r.center() >= self.sig_left));
        let at = find_seq(&column, 0, &name)?;
        column.get(at.start).cloned()
    }

    /// P-BB-2: "Xác nhận chữ ký của đồng chí {chair}", then who confirms it
    /// (authority bold, position, room to sign, name bold), centred in the
    /// signature column under the chair's name.
    fn confirmation(&mut self, c: &crate::context::forms::ConfirmationCtx, chair_name: Option<&Line>) {
        let size = self.spec.signature_pt;
        let tol = self.spec.centre_tolerance_mm;
        let centre = (self.sig_left + self.right) / 2.0;
        let Some(below) = chair_name else {
            self.missing("P-BB-2", "confirmation of the chair's signature", format!("{:?} under the chair's name", c.lead));
            return;
        };
        let column: Vec<Line> =
            lines_of(self.content.iter().filter(|r| r.page == below.page && r.center() >= self.sig_left && r.y > below.y + 0.1));
        let lead = find_seq(&column, 0, &c.lead);
        let authority = lead.clone().and_then(|l| match &c.signer.authority {
            Some(a) => find_seq(&column, l.end, a),
            None => Some(l.end..l.end),
        });
        let position = authority.clone().and_then(|a| find_seq(&column, a.end, &c.signer.position));
        let name = position.clone().and_then(|p| find_seq(&column, p.end, &c.signer.name));
        let (Some(lead), Some(authority), Some(position), Some(name)) = (lead, authority, position, name) else {
            self.missing(
                "P-BB-2",
                "confirmation of the chair's signature",
                format!("{:?}, then {:?} / {:?} / {:?} under the chair's name", c.lead, c.signer.authority, c.signer.position, c.signer.name),
            );
            return;
        };
        let styled = |lines: &[Line], bold: bool| {
            let st = Style::of(runs_of(lines));
            st.size_is(size) && st.bold == Some(bold) && st.italic == Some(false) && worst_offset(lines, centre).abs() <= tol
        };
        let room = column[name.start].y - column[position.end - 1].y;
        let all: Vec<Line> = column[lead.start..name.end].to_vec();
        self.push(
            "P-BB-2",
            "confirmation of the chair's signature",
            format!(
                "under the chair's name, centred in the signature column, {}: the lead regular, the authority bold, the position regular, the name bold at least {} below",
                pt(size),
                mm(self.spec.sign_space_min_mm)
            ),
            format!(
                "{:?}, {}, centre offset {}, name {} below the position",
                squash(&quote_text(&all)),
                Style::of(runs_of(&all)),
                mm(worst_offset(&all, centre)),
                mm(room)
            ),
            styled(&column[lead.clone()], false)
                && (c.signer.authority.is_none() || styled(&column[authority.clone()], true))
                && styled(&column[position.clone()], c.signer.authority.is_none())
                && styled(&column[name.clone()], true)
                && room >= self.spec.sign_space_min_mm - 0.1,
        );
    }
}
