//! Widths and vertical metrics of text in the embedded fonts (Liberation
//! Serif, metric-compatible with the Times New Roman a DOCX names), read from
//! the same parsed fonts typst uses. Word cannot draw a rule "as long as the
//! title", so its length is measured here and written as indents.

use typst::text::{FontStyle, FontWeight};

/// The embedded face of a weight and style, parsed by ttf-parser.
fn face(bold: bool, italic: bool) -> Option<ttf_parser::Face<'static>> {
    let weight = if bold { FontWeight::BOLD } else { FontWeight::REGULAR };
    let style = if italic { FontStyle::Italic } else { FontStyle::Normal };
    let font = crate::assets::fonts().iter().find(|f| f.info().variant.weight == weight && f.info().variant.style == style)?;
    ttf_parser::Face::parse(font.data().as_slice(), font.index()).ok()
}

/// The advance width of `text` upright at `size_pt`, in points (glyph
/// advances, no kerning: Word applies none unless told to).
pub fn text_width_pt(text: &str, size_pt: f64, bold: bool) -> f64 {
    styled_width_pt(text, size_pt, bold, false)
}

/// The advance width of `text` in a weight and style, in points.
pub fn styled_width_pt(text: &str, size_pt: f64, bold: bool, italic: bool) -> f64 {
    let Some(ttf) = face(bold, italic) else { return 0.0 };
    let units: f64 = text
        .chars()
        .map(|c| {
            ttf.glyph_index(c)
                .and_then(|g| ttf.glyph_hor_advance(g))
                .map(f64::from)
                .unwrap_or(0.0)
        })
        .sum();
    units / f64::from(ttf.units_per_em()) * size_pt
}

/// The font's descent below the baseline, as a fraction of the font size
/// (positive): an office places the baseline of an "exactly" spaced line this
/// far above the line's bottom.
pub fn descent_em() -> f64 {
    face(false, false).map(|f| -f64::from(f.descender()) / f64::from(f.units_per_em())).unwrap_or(0.0)
}

/// The height of the capitals above the baseline, as a fraction of the font
/// size: marks placed "10 mm from the edge" are measured to their capitals.
pub fn cap_height_em() -> f64 {
    face(false, false)
        .and_then(|f| f.capital_height().map(|h| f64::from(h) / f64::from(f.units_per_em())))
        .unwrap_or(0.66)
}

/// The width, in twips, of a value of the template context printed at
/// `size_pt`: a plain string, or styled runs (`[{text, b, i}, …]`) each in
/// its own weight and style. The DOCX templates call it as the filter `width`.
pub fn value_width_twips(value: &minijinja::Value, size_pt: f64) -> i64 {
    let flag = |run: &minijinja::Value, key: &str| run.get_attr(key).is_ok_and(|v| v.is_true());
    let pt = match value.as_str() {
        Some(text) => styled_width_pt(text, size_pt, false, false),
        None => value
            .try_iter()
            .map(|runs| {
                runs.map(|run| {
                    let text = run.get_attr("text").ok().map(|t| t.to_string()).unwrap_or_default();
                    styled_width_pt(&text, size_pt, flag(&run, "b"), flag(&run, "i"))
                })
                .sum()
            })
            .unwrap_or(0.0),
    };
    crate::docx::units::pt_to_twips(pt)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_party_title_is_about_73_mm_in_15_pt_bold() {
        let mm = crate::docx::units::pt_to_mm(text_width_pt("ĐẢNG CỘNG SẢN VIỆT NAM", 15.0, true));
        assert!((mm - 72.7).abs() < 0.3, "{mm}");
        assert!(text_width_pt("ĐẢNG", 15.0, false) < text_width_pt("ĐẢNG", 15.0, true));
        assert!((0.15..0.3).contains(&descent_em()), "{}", descent_em());
    }
}
