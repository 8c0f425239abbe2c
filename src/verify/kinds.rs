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
