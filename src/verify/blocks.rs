//! Where each signature block of the closing stands on the laid-out page:
//! the lead signer's, the co-signers' of a joint document (a grid: the lead
//! on the right, the others on the left, further rows below; HD 05 7.2.4),
//! and the confirmation block under the lead's. [`crate::verify`] checks
//! their lines; [`crate::document_system::sign`] puts a signature field in each space to sign.
//!
//! Each block is found as the sequence of its printed lines — authority,
//! position, "kiêm" and the concurrent title, then the name — in its column
//! of the page that holds "Nơi nhận:" (the closing block never splits).

use crate::context::SignerCtx;
use crate::inspect::{Layout, Line};
use super::measure::{bottom, find_seq, lines_of, squash, top};
use crate::render::prepared::Prepared;

/// Which block of the closing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Who {
    /// The lead signer (`[signer]`), right column of the first row.
    Lead,
    /// The co-signer `co_signers[i]`.
    CoSigner(usize),
    /// The confirmation block under the lead's signature.
    Confirmation,
    /// The signature of whoever made a copy, right of the copy's stamp.
    Copier,
}

impl Who {
    /// How the block is named in messages, in the language of the messages.
    pub fn describe(self) -> String {
        match self {
            Who::Lead => crate::tr!("v-who-signer"),
            Who::CoSigner(i) => crate::tr!("v-who-co-signer", n = i + 1),
            Who::Confirmation => crate::tr!("v-who-confirmation"),
            Who::Copier => crate::tr!("v-who-copier"),
        }
    }
}

/// One signature block as laid out (positions in mm from the page's top-left corner).
#[derive(Clone, Debug)]
pub struct PlacedBlock {
    pub who: Who,
    pub signer: SignerCtx,
    pub page: usize,
    /// The column the block is centred in: left and right edges.
    pub column: (f64, f64),
    /// "Xác nhận chữ ký của đồng chí …" (a confirmation block only).
    pub lead_in: Option<Vec<Line>>,
    pub authority: Option<Vec<Line>>,
    pub position: Option<Vec<Line>>,
    /// The line "kiêm" and the concurrent title under it.
    pub concurrently: Option<Vec<Line>>,
    pub concurrent: Option<Vec<Line>>,
    /// None when the name is left blank (a draft), or not found.
    pub name: Option<Vec<Line>>,
    /// The space to sign: from the bottom of the last line above it to the
    /// top of the name (or `sign_space_mm` further when the name is blank).
    pub sign_top: f64,
    pub sign_bottom: f64,
}

impl PlacedBlock {
    /// The centre of the block's column.
    pub fn centre_x(&self) -> f64 {
        (self.column.0 + self.column.1) / 2.0
    }

    /// The block's first line (its top).
    pub fn first_line(&self) -> Option<&Line> {
        [&self.lead_in, &self.authority, &self.position, &self.concurrent, &self.name]
            .into_iter()
            .flatten()
            .find_map(|l| l.first())
    }

    /// The block's last printed line.
    pub fn last_line(&self) -> Option<&Line> {
        [&self.name, &self.concurrent, &self.position, &self.authority, &self.lead_in]
            .into_iter()
            .flatten()
            .find_map(|l| l.last())
    }
}

/// The closing block as laid out: "Nơi nhận:" and every signature block found.
#[derive(Clone, Debug)]
pub struct PlacedClosing {
    pub label: Line,
    pub blocks: Vec<PlacedBlock>,
}

impl PlacedClosing {
    pub fn block(&self, who: Who) -> Option<&PlacedBlock> {
        self.blocks.iter().find(|b| b.who == who)
    }

    /// The top of the closing block: the first signature line or the label,
    /// whichever is higher (a joint document's grid stands above the label).
    pub fn top(&self) -> f64 {
        self.blocks
            .iter()
            .filter_map(|b| b.first_line())
            .map(|l| top(&l.runs[0]))
            .fold(top(&self.label.runs[0]), f64::min)
    }
}

/// Finds "Nơi nhận:" (a Biên bản's "NGƯỜI GHI BIÊN BẢN") and the signature
/// blocks around it.
pub fn locate(prepared: &Prepared, layout: &Layout) -> Option<PlacedClosing> {
    let p = &prepared.profile;
    let left = p.page.margin_left_mm;
    let right = p.page.width_mm - p.page.margin_right_mm;
    let sig_left = right - p.signature.width_mm;
    let ctx = &prepared.context;
    let label_text = squash(ctx.closing_anchor());
    let label = lines_of(layout.texts.iter().filter(|r| r.center() < sig_left))
        .into_iter()
        .filter(|l| squash(&l.text()) == label_text)
        .last()?;
    let page = label.page;
    let on_page = |from_x: f64, to_x: f64| -> Vec<Line> {
        lines_of(layout.texts.iter().filter(|r| r.page == page && r.center() >= from_x && r.center() < to_x))
    };
    let right_lines = on_page(sig_left, f64::MAX);
    let left_lines = on_page(f64::MIN, sig_left);
    let joint = !ctx.co_signers.is_empty();
    let mut blocks: Vec<PlacedBlock> = Vec::new();

    // The lead: level with the label, or (a grid) the last block above it.
    let first = first_text(&ctx.signer)?;
    let starts_here = |i: usize| find_seq(&right_lines, i, &first).is_some_and(|r| r.start == i);
    let lead_start = if joint {
        (0..right_lines.len()).rev().find(|&i| right_lines[i].y <= label.y + 0.5 && starts_here(i))
    } else {
        (0..right_lines.len()).find(|&i| right_lines[i].y > top(&label.runs[0]) && starts_here(i))
    }?;
    let lead = read_block(Who::Lead, &ctx.signer, &right_lines, lead_start, None, page, (sig_left, right), p.signature.sign_space_mm)?;
    let lead_top = lead.first_line().map_or(label.y, |l| l.y);
    blocks.push(lead);

    // Co-signers: left of the lead, then each further row right and left.
    for (i, signer) in ctx.co_signers.iter().enumerate() {
        let k = i + 1;
        // The left column ends the grid's gutter short of the signature column.
        let (lines, column) = if k % 2 == 1 {
            (&left_lines, (left, sig_left - p.signature.grid_gutter_mm))
        } else {
            (&right_lines, (sig_left, right))
        };
        // Under the block above in the same column, or level with the lead.
        let after = match k.checked_sub(2).and_then(|above| blocks.get(above)) {
            Some(b) => b.last_line().map_or(lead_top, |l| l.y + 0.5),
            None => lead_top - 0.5,
        };
        let Some(from) = lines.iter().position(|l| l.y >= after && l.y <= label.y - 0.5) else { continue };
        let Some(first) = first_text(signer) else { continue };
        let Some(start) = find_seq(lines, from, &first).map(|r| r.start) else { continue };
        if let Some(b) = read_block(Who::CoSigner(i), signer, lines, start, None, page, column, p.signature.sign_space_mm) {
            blocks.push(b);
        }
    }

    // The confirmation: under the lead (beside the recipients in a grid).
    if let Some(c) = &ctx.confirmation {
        let after = if joint { label.y - 0.5 } else { blocks[0].last_line().map_or(label.y, |l| l.y + 0.5) };
        let found = right_lines.iter().position(|l| l.y >= after).and_then(|from| {
            let lead_in = find_seq(&right_lines, from, &c.label)?;
            read_block(Who::Confirmation, &c.signer, &right_lines, lead_in.end, Some(right_lines[lead_in].to_vec()), page, (sig_left, right), p.signature.sign_space_mm)
        });
        if let Some(b) = found {
            blocks.push(b);
        }
    }
    Some(PlacedClosing { label, blocks })
}

/// A copy's parts on the page (HD 05 III.2): the stamp's title line "BẢN SAO
/// VĂN BẢN" (left of the signature column) and the copier's signature block
/// in the signature column, level with the stamp or below it.
pub struct PlacedCopy {
    /// The stamp's title line.
    pub title: Line,
    /// The copier's block, when its lines are found.
    pub copier: Option<PlacedBlock>,
}

/// Finds a copy's stamp and the copier's block: on the last page that prints
/// the stamp's title, after the closing block.
pub fn locate_copy(prepared: &Prepared, layout: &Layout) -> Option<PlacedCopy> {
    let copy = prepared.context.copy.as_ref()?;
    let p = &prepared.profile;
    let right = p.page.width_mm - p.page.margin_right_mm;
    let sig_left = right - p.signature.width_mm;
    let wanted = squash(&copy.title);
    let title = lines_of(layout.texts.iter().filter(|r| r.center() < sig_left)).into_iter().filter(|l| squash(&l.text()) == wanted).last()?;
    let column = lines_of(layout.texts.iter().filter(|r| r.page == title.page && r.center() >= sig_left && r.y > top(&title.runs[0]) - 1.0));
    let first = first_text(&copy.signer)?;
    let copier = find_seq(&column, 0, &first)
        .and_then(|r| read_block(Who::Copier, &copy.signer, &column, r.start, None, title.page, (sig_left, right), p.signature.sign_space_mm));
    Some(PlacedCopy { title, copier })
}

/// The text of a block's first line: its authority, else its position.
fn first_text(s: &SignerCtx) -> Option<String> {
    [s.authority.as_deref(), Some(s.position.as_str()), Some(s.name.as_str())]
        .into_iter()
        .flatten()
        .find(|t| !t.trim().is_empty())
        .map(str::to_owned)
}

/// Reads one block's lines in order from `start`, each right after the
/// previous one.
#[allow(clippy::too_many_arguments)]
fn read_block(
    who: Who,
    signer: &SignerCtx,
    lines: &[Line],
    start: usize,
    lead_in: Option<Vec<Line>>,
    page: usize,
    column: (f64, f64),
    sign_space_mm: f64,
) -> Option<PlacedBlock> {
    let mut at = start;
    let mut next = |text: Option<&str>| -> Option<Vec<Line>> {
        let text = text.filter(|t| !t.trim().is_empty())?;
        let r = find_seq(lines, at, text).filter(|r| r.start == at)?;
        at = r.end;
        Some(lines[r].to_vec())
    };
    let authority = next(signer.authority.as_deref());
    let position = next(Some(signer.position.as_str()));
    let concurrently = next(signer.concurrently.as_deref());
    let concurrent = if concurrently.is_some() { next(signer.concurrent_position.as_deref()) } else { None };
    let above = [&concurrent, &position, &authority, &lead_in].into_iter().flatten().find_map(|l| l.last().cloned())?;
    let sign_top = bottom(above.runs.first()?);
    let name = next(Some(signer.name.as_str()));
    let sign_bottom = match &name {
        Some(n) => top(n.first()?.runs.first()?),
        None => sign_top + sign_space_mm,
    };
    Some(PlacedBlock {
        who,
        signer: signer.clone(),
        page,
        column,
        lead_in,
        authority,
        position,
        concurrently,
        concurrent,
        name,
        sign_top,
        sign_bottom,
    })
}

/// The space between the position and the name of one signer, mm from the
/// page's top-left corner.
#[derive(Clone, Debug, PartialEq)]
pub struct SignSpace {
    /// 1-based page.
    pub page: usize,
    /// Centre of the signature column.
    pub centre_x: f64,
    /// Bottom of the position's last line box.
    pub top: f64,
    /// Top of the name's line box (or `sign_space_mm` below `top` when the
    /// name is left blank).
    pub bottom: f64,
}

/// Finds the lead signer's signing space: on the page of the "Nơi nhận"
/// label, in the signature column, under the position's last line (or the
/// authority's, when the signature has no position line).
pub fn sign_space(prepared: &Prepared, layout: &Layout) -> Option<SignSpace> {
    let closing = locate(prepared, layout)?;
    let lead = closing.block(Who::Lead)?;
    Some(SignSpace { page: lead.page, centre_x: lead.centre_x(), top: lead.sign_top, bottom: lead.sign_bottom })
}

/// The seal's diameter, mm: the signer's own, else the profile's.
pub fn seal_diameter(prepared: &Prepared) -> f64 {
    prepared.context.signer.seal_diameter_mm.unwrap_or(prepared.profile.signature.seal_diameter_mm)
}
