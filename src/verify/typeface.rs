//! P-FONT-1, P-FONT-2: the typeface and its colour (HD 05 IV.1: "Phông chữ
//! tiếng Việt, kiểu chữ Times New Roman, bộ mã ký tự Unicode theo Tiêu chuẩn
//! Việt Nam TCVN 6909:2001, màu đen").
//!
//! kehoach embeds Liberation Serif, which is metric-compatible with Times New
//! Roman (the same advance for every glyph, so the same lines and pages) and
//! free to ship; a user who has Times New Roman lays the document out in it
//! with `--fonts DIR`. The rule holds for Times New Roman; Liberation Serif is
//! reported as a DEPARTURE (documented in docs/form-rules.md, never a silent
//! PASS); any other typeface fails, named.

use super::measure::*;
use super::*;
use crate::tr;

/// The typeface HD 05 IV.1 names.
pub const PRESCRIBED_TYPEFACE: &str = "Times New Roman";
/// The bundled substitute, metric-compatible with it.
pub const BUNDLED_SUBSTITUTE: &str = "Liberation Serif";

/// Whether a family name is Times New Roman (as fonts spell it).
fn is_prescribed(family: &str) -> bool {
    let f: String = family.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_lowercase();
    f == "timesnewroman" || f == "timesnewromanpsmt"
}

impl Verifier<'_> {
    pub(super) fn typeface(&mut self) {
        let mut families: Vec<&str> =
            self.layout.texts.iter().filter(|r| !r.text.trim().is_empty()).map(|r| r.family.as_str()).collect();
        families.sort_unstable();
        families.dedup();
        let expected = tr!("v-typeface-expected", typeface = PRESCRIBED_TYPEFACE);
        if families.is_empty() {
            self.not_measurable("P-FONT-1", "typeface", expected, tr!("v-typeface-no-text"));
            return;
        }
        let others: Vec<&str> = families.iter().copied().filter(|f| !is_prescribed(f) && *f != BUNDLED_SUBSTITUTE).collect();
        let substituted = families.contains(&BUNDLED_SUBSTITUTE);
        self.push("P-FONT-1", "typeface", expected, families.join(", "), others.is_empty());
        if others.is_empty() && substituted {
            if let Some(last) = self.out.last_mut() {
                // Why the bundled substitute is an allowed departure.
                last.departure = Some(tr!("v-typeface-substitute"));
            }
        }
        self.text_colour();
    }

    /// Every text black, but the copy stamp's words (red, HD 05 Phụ lục 3 1.1).
    fn text_colour(&mut self) {
        let stamp: String = match &self.prepared.context.copy {
            Some(copy) => squash(&format!("{}{}", copy.title, copy.lines.concat())),
            None => String::new(),
        };
        let coloured: Vec<&TextRun> = self
            .layout
            .texts
            .iter()
            .filter(|r| !r.text.trim().is_empty() && r.color != BLACK)
            .filter(|r| stamp.is_empty() || !stamp.contains(&squash(&r.text)))
            .collect();
        let actual = match coloured.first() {
            None => tr!("v-colour-black"),
            Some(r) => tr!("v-colour-actual", text = clip(&r.text), colour = r.color, page = r.page, count = coloured.len()),
        };
        self.push("P-FONT-2", "text colour", tr!("v-colour-expected"), actual, coloured.is_empty());
    }
}

/// Black, as [`crate::inspect::TextRun::color`] spells it.
const BLACK: &str = "#000000";

#[cfg(test)]
mod tests {
    use super::is_prescribed;

    #[test]
    fn times_new_roman_is_recognised_in_its_spellings() {
        assert!(is_prescribed("Times New Roman") && is_prescribed("TimesNewRomanPSMT"));
        assert!(!is_prescribed("Liberation Serif") && !is_prescribed("Times"));
    }
}
