//! The header's two columns and the lines of its names, decided here in Rust
//! with the embedded font's real advances (shaped as typst shapes them), so
//! that the PDF and every other writer print exactly the same lines.
//!
//! The left column holds the superior and issuing bodies, "*" and the number;
//! the right column "ĐẢNG CỘNG SẢN VIỆT NAM", its rule and the place and date.
//! Each block is centred in its column. How the columns share the text width:
//!
//! 1. The left column is the profile's `header.left_width_mm` wide when the
//!    content lets it be.
//! 2. The place and date always stand on one line. When that line (or the
//!    title) is wider than the right column leaves room for, the right column
//!    takes the width it needs and the left column the rest — as long as the
//!    left column keeps room for the number and for each name in at most
//!    `header.name_max_lines` lines. When it cannot, the place is too long:
//!    an error at `place` suggests HD 05 4.2.3's abbreviations ("TP.", "ĐK").
//! 3. When a name needs more than `name_max_lines` lines in the left column,
//!    the left column widens as far as the right column's content allows.
//!
//! Every column keeps `header.column_padding_mm` between its widest line and
//! each edge. The names are then broken by [`super::linebreak`] at the width
//! of their column.

use std::sync::LazyLock;

use serde::Serialize;

use super::linebreak::{self, Name};
use super::FieldProblem;
use crate::profile::Profile;
use crate::vietnamese::upper;

/// One point in millimetres.
const PT_MM: f64 = 25.4 / 72.0;

/// The faces of the embedded fonts, in the order of
/// [`crate::assets::FONT_FILES`]: regular, bold, italic, bold italic.
static FACES: LazyLock<Vec<rustybuzz::Face<'static>>> = LazyLock::new(|| {
    crate::assets::FONT_FILES.iter().filter_map(|(_, data)| rustybuzz::Face::from_slice(data, 0)).collect()
});

/// The weight and slant of a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Face {
    /// Regular.
    Regular,
    /// Bold.
    Bold,
    /// Italic.
    Italic,
    /// Bold italic.
    BoldItalic,
}

/// The printed width of a text on one line, in points: shaped with the
/// embedded font (advances and kerning), as typst sets it.
/// The texts are shaped once per face (the words and lines of a document
/// repeat, and shaping is the costly part of laying out a line).
pub fn width_pt(text: &str, face: Face, size_pt: f64) -> f64 {
    static SHAPED: [crate::memo::StrMemo<i64>; 4] =
        [crate::memo::StrMemo::new(), crate::memo::StrMemo::new(), crate::memo::StrMemo::new(), crate::memo::StrMemo::new()];
    let Some(font) = FACES.get(face as usize) else { return 0.0 };
    let units = SHAPED[face as usize].get(text, || {
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        if let Ok(lang) = "vi".parse() {
            buffer.set_language(lang);
        }
        let shaped = rustybuzz::shape(font, &[], buffer);
        shaped.glyph_positions().iter().map(|p| i64::from(p.x_advance)).sum()
    });
    units as f64 / f64::from(font.units_per_em()) * size_pt
}

/// The header as laid out: column widths and the lines of each name.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HeaderLayout {
    /// Width of the left column, mm; the right column has the rest of the text width.
    pub left_width_mm: f64,
    /// Width of the right column, mm.
    pub right_width_mm: f64,
    /// The superior body's lines, in capitals (empty when there is none).
    pub superior_lines: Vec<String>,
    /// The issuing body's lines, in capitals.
    pub issuer_lines: Vec<String>,
}

/// What the header prints, as the context has worded it.
pub(crate) struct HeaderText<'a> {
    /// The names as typed (capitalisation guides the breaks).
    pub superior: Option<&'a str>,
    pub issuer: &'a str,
    pub number: &'a str,
    /// "Nghĩa Thái, ngày 01 tháng 4 năm 2024".
    pub date: &'a str,
    /// The draft note under the number, if any (HD 05 II.4.2).
    pub draft: Option<&'a str>,
}

/// Decides the columns and breaks the names (see the module's documentation).
pub(crate) fn layout(profile: &Profile, h: &HeaderText<'_>) -> Result<HeaderLayout, FieldProblem> {
    let hp = &profile.header;
    let page = &profile.page;
    let text_width = page.width_mm - page.margin_left_mm - page.margin_right_mm;
    let pad = 2.0 * hp.column_padding_mm;
    let mm = |text: &str, face: Face, size: f64| width_pt(text, face, size) * PT_MM;

    let names: Vec<(Name<'_>, Face, f64)> = [
        h.superior.map(|s| (s, Face::Regular, hp.superior_size_pt)),
        Some((h.issuer, Face::Bold, hp.issuer_size_pt)),
    ]
    .into_iter()
    .flatten()
    .map(|(text, face, size)| {
        let space = mm(" ", face, size);
        (Name::new(text, space, |w| mm(&upper(w), face, size)), face, size)
    })
    .collect();

    let date_mm = mm(h.date, Face::Italic, hp.date_size_pt);
    let right_need = mm(&hp.party_title, Face::Bold, hp.party_title_size_pt).max(date_mm) + pad;
    let number_need = mm(h.number, Face::Regular, hp.number_size_pt)
        .max(h.draft.map_or(0.0, |d| mm(d, Face::Italic, profile.marks.draft_size_pt)))
        + pad;
    // A joint name may take `name_max_lines` for each of its bodies.
    let max_lines = |n: &Name<'_>| hp.name_max_lines * linebreak::bodies(&n.words.join(" "));
    // The width at which the names break well, and the least at which they
    // still keep to their lines (splitting a compound word if they must).
    let names_comfortable = names.iter().map(|(n, _, _)| linebreak::narrowest(n, max_lines(n))).fold(0.0, f64::max) + pad;
    let names_least = names.iter().map(|(n, _, _)| linebreak::least_width(n, max_lines(n))).fold(0.0, f64::max) + pad;
    let left_cap = text_width - right_need;

    let left = if left_cap >= hp.left_width_mm {
        // The right column's content fits beside the preferred left column;
        // the left widens only for names that need it.
        hp.left_width_mm.max(number_need.max(names_comfortable).min(left_cap))
    } else if left_cap >= number_need.max(names_least) {
        left_cap
    } else {
        return Err(place_too_long(date_mm, text_width - number_need.max(names_least) - pad, page.size == "A5"));
    };

    let lines = |n: &Name<'_>| linebreak::lines_of(n, &linebreak::break_lines(n, left - pad), upper);
    let mut lines_of_names = names.iter().map(|(n, _, _)| lines(n));
    let superior_lines = if h.superior.is_some() { lines_of_names.next().unwrap_or_default() } else { Vec::new() };
    let issuer_lines = lines_of_names.next().unwrap_or_default();
    Ok(HeaderLayout {
        left_width_mm: round(left),
        right_width_mm: round(text_width - left),
        superior_lines,
        issuer_lines,
    })
}

/// Millimetres to a hundredth: enough for print, stable in the generated source.
fn round(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// The place and date cannot stand on one line beside the issuer's names.
/// The error when the place and date cannot stand on one line beside the names;
/// on an A5 paper, printing it on A4 is the other way out.
fn place_too_long(date_mm: f64, room_mm: f64, a5: bool) -> FieldProblem {
    FieldProblem {
        path: "place".into(),
        message: format!(
            "{}{}",
            crate::tr!("place-too-long", width = format!("{date_mm:.1}"), room = format!("{:.1}", room_mm.max(0.0))),
            if a5 { crate::tr!("place-too-long-a5") } else { String::new() }
        ),
        offset: None,
        id: Some(crate::check::ids::PLACE_TOO_LONG),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text<'a>(superior: Option<&'a str>, issuer: &'a str, date: &'a str) -> HeaderText<'a> {
        HeaderText { superior, issuer, number: "Số 15-KH/ĐU", date, draft: None }
    }

    #[test]
    fn widths_are_the_fonts() {
        // Liberation Serif, like Times New Roman: "ĐẢNG CỘNG SẢN VIỆT NAM" at 15 pt bold is 72.7 mm.
        let w = width_pt("ĐẢNG CỘNG SẢN VIỆT NAM", Face::Bold, 15.0) * PT_MM;
        assert!((w - 72.7).abs() < 0.1, "{w}");
        assert!(width_pt("AV", Face::Regular, 14.0) < width_pt("A", Face::Regular, 14.0) + width_pt("V", Face::Regular, 14.0));
        assert!(width_pt("a", Face::Bold, 14.0) > width_pt("a", Face::Regular, 14.0));
    }

    #[test]
    fn a_short_header_keeps_the_profile_columns() {
        let p = Profile::builtin("dang").unwrap();
        let l = layout(&p, &text(Some("Đảng bộ huyện Nghĩa Hưng"), "Đảng ủy xã Nghĩa Thái", "Nghĩa Thái, ngày 01 tháng 4 năm 2024"))
            .unwrap();
        assert_eq!((l.left_width_mm, l.right_width_mm), (80.0, 85.0));
        assert_eq!(l.superior_lines, ["ĐẢNG BỘ HUYỆN NGHĨA HƯNG"]);
        assert_eq!(l.issuer_lines, ["ĐẢNG ỦY XÃ NGHĨA THÁI"]);
    }

    #[test]
    fn a_long_date_takes_the_width_it_needs() {
        let p = Profile::builtin("dang").unwrap();
        let date = "Thành phố Hồ Chí Minh, ngày      tháng 5 năm 2026";
        let l = layout(&p, &text(Some("Đảng bộ Thành phố Hồ Chí Minh"), "Ban Tuyên giáo và Dân vận Thành ủy", date)).unwrap();
        let need = width_pt(date, Face::Italic, 14.0) * PT_MM + 2.0 * p.header.column_padding_mm;
        assert!(l.right_width_mm >= need - 0.01 && l.right_width_mm < need + 0.02, "{l:?} {need}");
        assert!((l.left_width_mm + l.right_width_mm - 165.0).abs() < 0.02);
        assert_eq!(l.superior_lines, ["ĐẢNG BỘ THÀNH PHỐ", "HỒ CHÍ MINH"]);
        for line in l.superior_lines.iter().chain(&l.issuer_lines) {
            assert!(width_pt(line, Face::Bold, 14.0) * PT_MM <= l.left_width_mm - 2.0 * p.header.column_padding_mm, "{line}");
        }
    }

    #[test]
    fn a_place_that_cannot_fit_is_a_located_error() {
        let p = Profile::builtin("dang").unwrap();
        let date = "Thành phố Hồ Chí Minh mở rộng thêm nhiều phường, ngày 01 tháng 5 năm 2026";
        let e = layout(&p, &text(None, "Ban Tuyên giáo và Dân vận Thành ủy Thành phố Hồ Chí Minh", date)).unwrap_err();
        assert_eq!(e.path, "place");
        assert!(e.message.contains("\"TP.\"") && e.message.contains("\"ĐK\"") && e.message.contains("4.2.3"), "{}", e.message);
    }

    #[test]
    fn a_long_name_widens_its_column() {
        let p = Profile::builtin("dang").unwrap();
        // Three lines in 80 mm; two in the wider column the title leaves.
        let issuer = "Ban Tuyên giáo và Dân vận Tỉnh ủy Bà Rịa - Vũng Tàu mới";
        let l = layout(&p, &text(None, issuer, "Vũng Tàu, ngày 01 tháng 4 năm 2024")).unwrap();
        assert!(l.left_width_mm > 80.0, "{l:?}");
        assert_eq!(l.issuer_lines.len(), 2, "{l:?}");
        // Too long for two lines even then: the left column takes all the title leaves, and a third line.
        let longer = "Đảng ủy Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bà Rịa - Vũng Tàu";
        let l = layout(&p, &text(None, longer, "Vũng Tàu, ngày 01 tháng 4 năm 2024")).unwrap();
        let date = width_pt("Vũng Tàu, ngày 01 tháng 4 năm 2024", Face::Italic, 14.0) * PT_MM;
        assert!((l.right_width_mm - (date + 2.0 * p.header.column_padding_mm)).abs() < 0.02, "{l:?}");
        assert_eq!(l.issuer_lines.len(), 3, "{l:?}");
    }
}
