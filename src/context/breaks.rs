//! Where the printed blocks' lines break, decided here so that the PDF and
//! the Word file break them alike (the last pass of the context, on
//! `DocContext::blocks` only: the context's other fields, which `verify`,
//! metadata and the printed text read, keep ordinary spaces).
//!
//! * Justified body text (paragraphs, basis lines, sections, tables): a
//!   document number, a date or a year range never breaks
//!   ([`bind_numbers`]).
//! * "Kính gửi" names, a confirmation's lead-in, a Biên bản's captions: also
//!   no break inside a word of several syllables or a proper name
//!   ([`bind_words`]); a person's name never breaks ([`bind_all`]).
//! * The type name, author lines and subject, the enacting line, the lines of
//!   each signature block and an appendix's caption are **set** here: broken
//!   into balanced lines by [`super::linebreak`] with the embedded font's
//!   advances at the width of their column — no lone word on the last line,
//!   no bound space taken — and printed with a non-breaking space between
//!   the words of a line, so that the only place typst or Word can break is
//!   between the lines chosen. An explicit line break ("\n") in the data
//!   starts a new line, each part set on its own.
//! * A signature grid (a joint document, HD 05 7.2.4): each block is set at
//!   the width of its column (the left one narrower by
//!   `signature.grid_gutter_mm`), and the blocks of a row with fewer lines
//!   above the room to sign get `pad_lines`, so that the names of one row
//!   stand on one baseline.

use super::blocks::DocBlock;
use super::columns::{width_pt, Face};
use super::linebreak::{self, Name};
use super::spelling::Wording;
use super::rules::DivisionCtx;
use super::{Block, ConfirmationCtx, DocContext, Node, SignerCtx};
use crate::profile::Profile;
use super::rich::Rich;
use crate::vietnamese::breaks::{bind_all, bind_numbers, bind_words, binds_across, join_bound, NBSP};

/// One point in millimetres.
const PT_MM: f64 = 25.4 / 72.0;

/// The share of a column a set line may fill: typst's and Word's measure of a
/// line may differ from ours by a hair, and a set line has nowhere else to break.
const SAFETY: f64 = 0.995;

/// A text, the face and size it is printed in, and its column's width (mm).
#[derive(Clone, Copy)]
struct Column {
    face: Face,
    size_pt: f64,
    width_mm: f64,
}

impl Column {
    fn with(self, face: Face, size_pt: f64) -> Column {
        Column { face, size_pt, ..self }
    }
}

/// Sets a text in balanced lines: the printed string and its number of lines.
fn set(text: &str, col: Column) -> (String, usize) {
    let mut count = 0;
    let parts: Vec<String> = text
        .split('\n')
        .map(|part| {
            let (s, n) = set_paragraph(part, col);
            count += n;
            s
        })
        .collect();
    (parts.join("\n"), count)
}

/// [`set`] for a text without explicit line breaks.
fn set_paragraph(text: &str, col: Column) -> (String, usize) {
    let bound = bind_words(text);
    let tokens: Vec<&str> = bound.split(' ').filter(|t| !t.is_empty()).collect();
    let mm = |t: &str| width_pt(t, col.face, col.size_pt) * PT_MM;
    let name = Name { words: tokens.clone(), widths: tokens.iter().map(|t| mm(t)).collect(), space: mm(" ") };
    let max = col.width_mm * SAFETY;
    if tokens.len() < 2 || name.line_width(0..tokens.len()) <= max {
        return (bound, usize::from(!text.trim().is_empty()));
    }
    let lines = linebreak::break_lines(&name, max);
    (lines.iter().map(|r| join_bound(&tokens[r.clone()])).collect::<Vec<_>>().join(" "), lines.len())
}

/// Sets a text in place (see [`set`]); returns its number of lines.
fn set_in_place(text: &mut String, col: Column) -> usize {
    let (s, n) = set(text, col);
    *text = s;
    n
}

/// Sets a signature block's lines at a column's width: the lines above the
/// room to sign.
fn set_signer(s: &mut SignerCtx, col: Column) -> usize {
    let position_face = if s.authority.is_some() { Face::Regular } else { Face::Bold };
    let mut lines = s.authority.as_mut().map_or(0, |a| set_in_place(a, col.with(Face::Bold, col.size_pt)));
    if !s.position.is_empty() {
        lines += set_in_place(&mut s.position, col.with(position_face, col.size_pt));
    }
    if let Some(c) = s.concurrent_position.as_mut() {
        lines += 1 + set_in_place(c, col.with(position_face, col.size_pt));
    }
    s.name = bind_all(&s.name);
    lines
}

/// A confirmation: its lead-in's words held, the name whole, its signer set.
fn set_confirmation(c: &mut ConfirmationCtx, col: Column) {
    c.lead_in = bind_words(&c.lead_in);
    c.whose = bind_all(&c.whose);
    set_signer(&mut c.signer, col);
}

/// Decides the breaks of every block (see the module's documentation).
pub(crate) fn settle(ctx: &mut DocContext, profile: &Profile) {
    let page = &profile.page;
    let text_width = page.width_mm - page.margin_left_mm - page.margin_right_mm;
    let landscape_width = page.height_mm - page.margin_left_mm - page.margin_right_mm;
    let (tp, sp) = (&profile.title, &profile.signature);
    let full = Column { face: Face::Bold, size_pt: tp.subject_size_pt, width_mm: text_width };
    let sig = Column { face: Face::Bold, size_pt: sp.size_pt, width_mm: sp.width_mm };
    let grid_left = Column { width_mm: text_width - sp.width_mm - sp.grid_gutter_mm, ..sig };
    for block in &mut ctx.blocks {
        // Tables keep their text as it is: a narrow cell may have to break a date.
        let mut tables = Vec::new();
        each_table_block(block, &mut |b| tables.push(b.table.take()));
        block.each_string(&mut |s| {
            if s.contains([' ', '-', '/']) {
                *s = bind_numbers(s);
            }
        });
        let mut tables = tables.into_iter();
        each_table_block(block, &mut |b| {
            b.table = tables.next().flatten();
            bind_runs(&mut b.runs);
        });
        match block {
            DocBlock::Paragraph { text, .. } | DocBlock::BasisLine { text } => bind_runs(text),
            _ => {}
        }
        match block {
            DocBlock::Title { type_name, author, subject, issued_with } => {
                set_in_place(type_name, full.with(Face::Bold, tp.type_name_size_pt));
                for a in author.iter_mut() {
                    set_in_place(a, full.with(Face::Bold, tp.author_size_pt));
                }
                // A title may have no subject (titled by its author lines).
                if let Some(subject) = subject {
                    set_in_place(subject, full.with(Face::Bold, tp.subject_size_pt));
                }
                if let Some(i) = issued_with {
                    set_in_place(i, full.with(Face::Italic, tp.issued_with_size_pt));
                }
            }
            DocBlock::CongressTitle(c) => {
                set_in_place(&mut c.theme, full.with(Face::Bold, tp.theme_size_pt));
                // The italic line under it keeps its own breaks: LibreOffice sets its
                // non-breaking spaces wider than typst (tests/docx.rs measures it).
                c.presented = bind_words(&c.presented);
            }
            DocBlock::Addressees { names, .. } => names.each_string(&mut |s| *s = bind_words(s)),
            DocBlock::Enacting { text } => {
                set_in_place(text, full.with(Face::Bold, profile.decision.enacting_size_pt));
            }
            DocBlock::Closing { signer, co_signers, confirmation, .. } => {
                if co_signers.is_empty() {
                    set_signer(signer, sig);
                } else {
                    set_grid(signer, co_signers, sig, grid_left);
                }
                if let Some(c) = confirmation {
                    set_confirmation(c, sig);
                }
            }
            DocBlock::MinutesClosing { signer, minutes, .. } => {
                set_signer(signer, sig);
                minutes.recorder_caption = bind_words(&minutes.recorder_caption);
                minutes.recorder_name = bind_all(&minutes.recorder_name);
                if let Some(c) = minutes.confirmation.as_mut() {
                    set_confirmation(c, sig);
                }
            }
            DocBlock::Appendix { appendix: a, .. } => {
                let ap = &profile.appendix;
                let col = Column { width_mm: if a.landscape { landscape_width } else { text_width }, ..full };
                set_in_place(&mut a.label, col.with(Face::Bold, ap.label_size_pt));
                set_in_place(&mut a.title, col.with(Face::Bold, ap.title_size_pt));
                if let Some(s) = a.subtitle.as_mut() {
                    set_in_place(s, col.with(Face::Bold, ap.title_size_pt));
                }
                set_in_place(&mut a.attached_to, col.with(Face::Italic, ap.attached_size_pt));
            }
            _ => {}
        }
    }
}

/// Binds the space between two runs where a number or date continues across
/// them ("trước ngày " and a bold "15/12/2024").
fn bind_runs(rich: &mut Rich) {
    for i in 1..rich.0.len() {
        let (before, after) = rich.0.split_at_mut(i);
        let (a, b) = (&mut before[i - 1].text, &mut after[0].text);
        if !binds_across(a, b) {
            continue;
        }
        if a.ends_with(' ') {
            a.pop();
            a.push(NBSP);
        } else if b.starts_with(' ') {
            b.replace_range(..1, &NBSP.to_string());
        }
    }
}

/// Calls `f` on every paragraph, item and table of a block's sections,
/// articles and appendices, in one fixed order.
fn each_table_block(block: &mut DocBlock, f: &mut dyn FnMut(&mut Block)) {
    fn node(n: &mut Node, f: &mut dyn FnMut(&mut Block)) {
        n.blocks.iter_mut().for_each(&mut *f);
        n.children.iter_mut().for_each(|c| node(c, f));
    }
    fn division(d: &mut DivisionCtx, f: &mut dyn FnMut(&mut Block)) {
        d.articles.iter_mut().for_each(|n| node(n, f));
        d.divisions.iter_mut().for_each(|d| division(d, f));
    }
    match block {
        DocBlock::Section { node: n, .. } => node(n, f),
        DocBlock::Division(d) => division(d, f),
        DocBlock::Appendix { appendix, .. } => {
            appendix.blocks.iter_mut().for_each(&mut *f);
            appendix.sections.iter_mut().for_each(|n| node(n, f));
        }
        _ => {}
    }
}

/// A signature grid: the lead block right, the others left, rows of two
/// (as the writers lay it); each set at its column's width, and padded so
/// that a row's names stand level.
fn set_grid(lead: &mut SignerCtx, others: &mut [SignerCtx], right: Column, left: Column) {
    let mut blocks: Vec<&mut SignerCtx> = std::iter::once(lead).chain(others.iter_mut()).collect();
    for row in blocks.chunks_mut(2) {
        let counts: Vec<usize> =
            row.iter_mut().enumerate().map(|(k, s)| set_signer(s, if k == 0 { right } else { left })).collect();
        let most = counts.iter().copied().max().unwrap_or(0);
        for (s, n) in row.iter_mut().zip(counts) {
            s.pad_lines = most - n;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn col(width_mm: f64) -> Column {
        Column { face: Face::Bold, size_pt: 14.0, width_mm }
    }

    #[test]
    fn a_long_subject_sets_in_balanced_lines_without_a_lone_word() {
        let subject = "về tăng cường công tác phát triển đảng viên trong cán bộ, đảng viên giai đoạn 2025 - 2030";
        let (text, n) = set(subject, col(160.0));
        assert_eq!(n, 2, "{text:?}");
        let lines: Vec<&str> = text.split(' ').collect();
        assert_eq!(lines.len(), 2);
        // No lone word, and the year range whole on one line.
        assert!(lines.iter().all(|l| l.contains(NBSP)), "{lines:?}");
        assert!(lines[1].contains("2025\u{a0}-\u{2060}\u{a0}2030"), "{lines:?}");
        // Even: neither line more than twice the other.
        let w = |l: &str| width_pt(l, Face::Bold, 14.0);
        assert!(w(lines[0]) < 2.0 * w(lines[1]) && w(lines[1]) < 2.0 * w(lines[0]), "{lines:?}");
    }

    #[test]
    fn a_short_line_stays_as_it_is() {
        assert_eq!(set("KẾ HOẠCH", col(160.0)), ("KẾ\u{a0}HOẠCH".to_owned(), 1));
        assert_eq!(set("", col(160.0)).1, 0);
        assert_eq!(set("a\nb c", col(160.0)).1, 2);
    }

    #[test]
    fn a_grid_row_pads_the_shorter_block() {
        let blank = SignerCtx {
            authority: None,
            position: String::new(),
            concurrent_position: None,
            concurrently: None,
            name: "Nguyễn Văn An".into(),
            signature_image: None,
            seal_image: None,
            seal_diameter_mm: None,
            pad_lines: 0,
        };
        let mut lead = SignerCtx { position: "TRƯỞNG BAN DÂN VẬN TỈNH ỦY".into(), ..blank.clone() };
        let mut others = vec![SignerCtx {
            authority: Some("T/M BAN THƯỜNG TRỰC ỦY BAN MẶT TRẬN TỔ QUỐC TỈNH".into()),
            position: "CHỦ TỊCH".into(),
            ..blank
        }];
        set_grid(&mut lead, &mut others, col(85.0), col(69.0));
        // Left: the authority in three lines and the position; right: one line.
        let authority_lines = others[0].authority.as_deref().map_or(0, |a| a.split(' ').count());
        assert_eq!(authority_lines, 3, "{others:?}");
        assert_eq!((lead.pad_lines, others[0].pad_lines), (3, 0), "{others:?}");
        assert_eq!(lead.name, "Nguyễn\u{a0}Văn\u{a0}An");
    }
}
