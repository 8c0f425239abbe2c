//! Where the office stamps a plan signed before it was numbered
//! (`status = "ready-to-sign"`): the number in the blank of "Số      -KH/ĐU",
//! the day in the blank of "ngày      tháng 6 năm 2026", and, under the lead
//! signer's name, the signing body's appearance text (its name and the
//! signing time, as the Ban Cơ yếu tool prints them). These places go into
//! the signature map beside the signature and seal fields, and `verify`
//! accepts later revisions that add marks only inside them (see
//! [`crate::embed`]).

use super::{Place, Role};
use crate::context::columns::{width_pt, Face};
use crate::inspect::{Layout, TextRun};
use crate::verify::blocks::PlacedClosing;
use crate::verify::PT;
use crate::Prepared;

/// How far below the name's baseline the appearance text starts, and how
/// tall it is (two lines of about 10 pt), in mm.
const APPEARANCE_GAP_MM: f64 = 2.0;
const APPEARANCE_HEIGHT_MM: f64 = 12.0;

/// The number, day and appearance places of a ready-to-sign document laid out.
pub fn places(prepared: &Prepared, layout: &Layout, closing: &PlacedClosing) -> Vec<Place> {
    let mut out = Vec::new();
    let header = &prepared.context.header;
    let height = |page: usize| layout.pages.get(page - 1).map_or(prepared.profile.page.height_mm, |s| s.height);
    let on_first_page = |before: &str, after: &str| layout.texts.iter().filter(|t| t.page == 1).find_map(|t| blank(t, before, after));
    // "Số      -KH/ĐU": the blank between "Số" and "-".
    if let Some(mm) = on_first_page("Số", "-") {
        out.push(Place::new("so-van-ban".into(), Role::Number, 1, mm, height(1), header.number.trim().to_owned()));
    }
    // "Nghĩa Thái, ngày      tháng 6 năm 2026": the blank between "ngày" and "tháng".
    if let Some(mm) = on_first_page("ngày", "tháng") {
        out.push(Place::new("ngay-ban-hanh".into(), Role::Day, 1, mm, height(1), header.date.trim().to_owned()));
    }
    // Under the lead signer's name, the width of the signature column.
    if let Some(block) = closing.blocks.first() {
        if let Some(name) = block.name.as_ref().and_then(|n| n.last()) {
            let top = name.y + APPEARANCE_GAP_MM;
            let mm = [block.column.0, top, block.column.1, top + APPEARANCE_HEIGHT_MM];
            let label = prepared.document.issuer.name.as_str().trim().to_owned();
            out.push(Place::new("hien-thi-1".into(), Role::Appearance, block.page, mm, height(block.page), label));
        }
    }
    out
}

/// The rectangle (mm: left, top, right, bottom) of a blank of at least
/// three spaces between `before` (which starts the run or a word) and
/// `after` in a run, half a space in from its left; the height of the line.
fn blank(run: &TextRun, before: &str, after: &str) -> Option<[f64; 4]> {
    let at = run.text.find(before)?;
    if at > 0 && !run.text[..at].ends_with(' ') {
        return None;
    }
    let start = at + before.len();
    let end = start + run.text[start..].find(after)?;
    let blanks = &run.text[start..end];
    if !blanks.chars().all(char::is_whitespace) || blanks.chars().count() < 3 {
        return None;
    }
    let space = width_pt(" ", Face::Regular, run.size) * PT;
    let left = run.x + width_pt(&run.text[..start], Face::Regular, run.size) * PT + space / 2.0;
    let right = run.x + width_pt(&run.text[..end], Face::Regular, run.size) * PT;
    let size = run.size * PT;
    Some([left, run.y - size * 0.85, right, run.y + size * 0.3])
}
