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
