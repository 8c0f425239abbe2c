//! Tables as printed: every cell placed on the table's grid, in its printed
//! form, the same for the PDF and the DOCX.
//!
//! A table has a header of one or two rows (two when a column names a
//! `group`: the group's cell spans its columns, and the headers of the other
//! columns span both rows), then its rows: cells that may span columns and
//! rows (`{ text = "…", colspan = 2, rowspan = 3 }`), or group rows
//! (`{ group = "I. …" }`, bold across the table). Cells are placed as HTML
//! places them: each in the first column of its row that no span above or
//! beside covers; a row must fill its columns exactly.
//!
//! The rules both writers follow (docs/form-rules.md "Tables"):
//! - **text as in the body**: a cell's text has the inline markup of body text
//!   (`[b]…[/b]`, `[i]`, `[u]`, `[date]`), checked like it; everything else
//!   prints as typed;
//! - **long words break inside their cell**: a word wider than its cell
//!   (a web address, a long code) gets break opportunities (zero-width
//!   spaces) after its `/ . - _ ? & = :`, and between its letters where that
//!   is not enough, measured with the embedded font; shorter words, and
//!   words of fewer than four letters ("TT"), are left whole;
//! - **the header repeats** on every page the table spans (typst
//!   `table.header`, DOCX `w:tblHeader`);
//! - **a row never splits across pages** (typst `breakable: false`, DOCX
//!   `w:cantSplit`): LibreOffice and Word do not split a row the way typst
//!   does, so a row kept whole is the one rule both can follow, and the PDF
//!   and the DOCX break their pages at the same rows.
//!
//! Every cell of the grid reaches the templates: a cell covered by a row span
//! comes as `merged` (the DOCX writes it as a `w:vMerge` continuation; typst
//! skips it).

use serde::Serialize;

use super::columns::{width_pt, Face};
use super::rich::Rich;
use super::{Block, BlockKind, Builder};
use crate::model::parts::{Align, Cell, Row, Table, Task};
use crate::vietnamese::Text;

/// One cell of a table in its printed form, at its place on the grid.
#[derive(Clone, Debug, Serialize)]
pub struct CellCtx {
    /// Its text (styled runs; a plain string when unstyled).
    pub text: Rich,
    /// Its first column (0-based).
    pub x: usize,
    /// How many columns it covers.
    pub colspan: usize,
    /// How many rows it covers.
    pub rowspan: usize,
    /// Its alignment (serialised "left", "center", "right").
    pub align: Align,
    /// Bold (a group row).
    pub bold: bool,
    /// A place covered by a row span from above (printed by the cell above).
    pub merged: bool,
}

/// A table with every cell in its printed form.
#[derive(Clone, Debug, Serialize)]
pub struct TableCtx {
    /// Caption above the table.
    pub title: Option<String>,
    /// The header of each column, its lowest header cell (for reading the
    /// table back: `verify`, the printed text).
    #[serde(skip)]
    pub headers: Vec<String>,
    /// The header rows (one or two), repeated on every page.
    pub head: Vec<Vec<CellCtx>>,
    /// Relative column widths.
    pub widths: Vec<f64>,
    /// The rows, every cell in its printed form (numbers the Vietnamese way).
    pub body: Vec<Vec<CellCtx>>,
    /// How many of the last rows are blank rows of a form.
    pub blank_rows: usize,
    /// A note under the table.
    pub note: Option<Rich>,
}

impl TableCtx {
    /// The plain text of the cell that starts in column `x` of a row, if any.
    pub fn cell_text(row: &[CellCtx], x: usize) -> Option<String> {
        row.iter().find(|c| c.x == x && !c.merged).map(|c| c.text.to_plain())
    }

    /// Whether a row is a group row (one cell across the table).
    pub fn is_group(&self, row: &[CellCtx]) -> bool {
        matches!(row, [only] if only.bold && only.colspan == self.widths.len() && self.widths.len() > 1)
    }
}

/// The header row of a Chương trình's table of tasks.
pub const TASK_HEADERS: [&str; 5] = ["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"];
/// The header of the column of resources a table of tasks may have, before "Thời gian".
pub const RESOURCES_HEADER: &str = "Nguồn lực";

/// Room a table's cells have, for breaking long words.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct CellRoom {
    /// The width of the text area, pt.
    pub text_width_pt: f64,
    /// The size of table text, pt.
    pub size_pt: f64,
    /// Padding inside a cell and the rule, pt (on each side).
    pub inset_pt: f64,
    /// Whether the header's text is bold.
    pub header_bold: bool,
}

/// A cell before it is placed.
struct Proto {
    text: Rich,
    colspan: usize,
    rowspan: usize,
    align: Option<Align>,
    bold: bool,
}

impl Proto {
    fn new(text: Rich) -> Self {
        Proto { text, colspan: 1, rowspan: 1, align: None, bold: false }
    }
}

/// What is wrong with the placement of a row's cells.
enum Misfit {
    /// The row fills `filled` of the table's columns (spans counted).
    Width { filled: usize },
    /// Its cell `cell` falls on a place a span covers, or reaches past the last column.
    Overlap { cell: usize },
    /// Its cell `cell` spans more rows than follow.
    PastEnd { cell: usize, rowspan: usize, left: usize },
}

/// Places rows of cells on a grid of `width` columns (see the module's
/// documentation). `aligns` are the columns' alignments.
fn place(width: usize, rows: Vec<Vec<Proto>>, aligns: &[Align]) -> (Vec<Vec<CellCtx>>, Vec<(usize, Misfit)>) {
    let count = rows.len();
    let mut taken = vec![vec![false; width]; count];
    let mut out: Vec<Vec<CellCtx>> = (0..count).map(|_| Vec::new()).collect();
    let mut misfits = Vec::new();
    for (r, row) in rows.into_iter().enumerate() {
        let mut x = 0;
        for (i, p) in row.into_iter().enumerate() {
            while x < width && taken[r][x] {
                x += 1;
            }
            let colspan = p.colspan.max(1);
            let free = x + colspan <= width && (x..x + colspan).all(|c| !taken[r][c]);
            if !free {
                misfits.push((r, Misfit::Overlap { cell: i }));
                break;
            }
            let mut rowspan = p.rowspan.max(1);
            if r + rowspan > count {
                misfits.push((r, Misfit::PastEnd { cell: i, rowspan, left: count - r - 1 }));
                rowspan = count - r;
            }
            for row in taken.iter_mut().skip(r).take(rowspan) {
                for slot in row.iter_mut().skip(x).take(colspan) {
                    *slot = true;
                }
            }
            let align = p.align.unwrap_or_else(|| aligns.get(x).copied().unwrap_or(Align::Left));
            for (k, cells) in out.iter_mut().enumerate().skip(r).take(rowspan) {
                cells.push(CellCtx {
                    text: if k == r { p.text.clone() } else { Rich::default() },
                    x,
                    colspan,
                    rowspan: if k == r { rowspan } else { 1 },
                    align,
                    bold: p.bold,
                    merged: k != r,
                });
            }
            x += colspan;
        }
        let filled = taken[r].iter().filter(|t| **t).count();
        if filled != width && !misfits.iter().any(|(m, _)| *m == r) {
            misfits.push((r, Misfit::Width { filled }));
        }
    }
    for cells in &mut out {
        cells.sort_by_key(|c| c.x);
    }
    (out, misfits)
}

/// A number printed the Vietnamese way: "1.639", "-12", "12,5".
pub(crate) fn vietnamese_number(cell: &Cell) -> Option<String> {
    fn group(digits: &str) -> String {
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push('.');
            }
            out.push(c);
        }
        out
    }
    match cell {
        Cell::Integer(n) => {
            let sign = if *n < 0 { "-" } else { "" };
            Some(format!("{sign}{}", group(&n.unsigned_abs().to_string())))
        }
        Cell::Float(f) if f.is_finite() => {
            let text = format!("{:.2}", f.abs());
            let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
            let frac = frac.trim_end_matches('0');
            let sign = if *f < 0.0 { "-" } else { "" };
            Some(if frac.is_empty() { format!("{sign}{}", group(int)) } else { format!("{sign}{},{frac}", group(int)) })
        }
        _ => None,
    }
}

/// Characters a long word breaks after (web addresses, codes, paths).
const BREAK_AFTER: &[char] = &['/', '.', '-', '_', '?', '&', '=', ':', '\\', ','];
/// The fewest letters of a word that is broken (a shorter one, "TT", stays whole).
const MIN_BROKEN: usize = 4;
/// The break opportunity put into a long word: a zero-width space.
const ZWSP: char = '\u{200B}';

/// `text` with break opportunities in each word wider than `room_pt` (see
/// the module's documentation); words that fit are left whole.
fn breakable(text: Rich, room_pt: f64, size_pt: f64, header_bold: bool) -> Rich {
    Rich(
        text.0
            .into_iter()
            .map(|mut run| {
                let face = match (run.b || header_bold, run.i) {
                    (true, true) => Face::BoldItalic,
                    (true, false) => Face::Bold,
                    (false, true) => Face::Italic,
                    (false, false) => Face::Regular,
                };
                // A word of a few letters ("TT") is not broken: its column is too narrow.
                let wide = |s: &str| s.chars().count() >= MIN_BROKEN && width_pt(s, face, size_pt) > room_pt;
                if run.text.split_whitespace().any(wide) {
                    run.text = split_words(&run.text, &wide);
                }
                run
            })
            .collect(),
    )
}

/// Each whitespace-separated word that `wide` says is too wide, with break
/// opportunities: after its punctuation, and between the letters of a piece
/// still too wide (never before a combining mark).
fn split_words(text: &str, wide: &dyn Fn(&str) -> bool) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if wide(word) {
            for piece in word.split_inclusive(BREAK_AFTER) {
                if wide(piece) {
                    for (i, c) in piece.chars().enumerate() {
                        if i > 0 && !is_combining(c) {
                            out.push(ZWSP);
                        }
                        out.push(c);
                    }
                } else {
                    out.push_str(piece);
                }
                out.push(ZWSP);
            }
            out.pop();
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_whitespace() {
            flush(&mut word, &mut out);
            out.push(c);
        } else {
            word.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}' | '\u{200D}')
}

fn text_or_none(t: &Option<Text>) -> Option<&str> {
    t.as_ref().map(|t| t.as_str().trim()).filter(|t| !t.is_empty())
}

/// "1 cell", "2 cells": a count in the words of the message `one` or `many`.
fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 { crate::tr!(one) } else { crate::tr!(many, count = n) }
}

/// The pieces of a table before placement.
struct Draft {
    title: Option<String>,
    /// Per column: its header, its group (a two-row header when any has one), its width, its alignment.
    columns: Vec<(Rich, Option<Rich>, f64, Align)>,
    rows: Vec<Vec<Proto>>,
    blank_rows: usize,
    note: Option<Rich>,
}

impl Builder {
    /// A Chương trình's tasks as one table block (none without tasks): TT,
    /// nội dung, cơ quan chủ trì, cơ quan phối hợp, (nguồn lực,) thời gian,
    /// with a bold group row before a task that names a `group`.
    pub fn tasks(&mut self, tasks: &[Task]) -> Option<Block> {
        if tasks.is_empty() {
            return None;
        }
        let resources = tasks.iter().any(|t| t.resources.is_some());
        let mut headers: Vec<&str> = TASK_HEADERS.to_vec();
        let mut widths = self.task_widths.clone();
        widths.resize(TASK_HEADERS.len(), 1.0);
        let mut aligns = vec![Align::Center, Align::Left, Align::Left, Align::Left, Align::Center];
        if resources {
            headers.insert(4, RESOURCES_HEADER);
            widths.insert(4, widths[3]);
            aligns.insert(4, Align::Left);
        }
        let trimmed = |t: &Text| t.as_str().trim().to_owned();
        let mut rows = Vec::new();
        for (i, t) in tasks.iter().enumerate() {
            if let Some(group) = text_or_none(&t.group) {
                rows.push(vec![Proto { colspan: headers.len(), bold: true, align: Some(Align::Left), ..Proto::new(Rich::plain(group)) }]);
            }
            let mut cells = vec![(i + 1).to_string(), trimmed(&t.content), trimmed(&t.lead), t.support.as_ref().map(trimmed).unwrap_or_default()];
            if resources {
                cells.push(t.resources.as_ref().map(trimmed).unwrap_or_default());
            }
            cells.push(trimmed(&t.time));
            rows.push(cells.into_iter().map(|c| Proto::new(Rich::plain(c))).collect());
        }
        let columns = headers.iter().zip(widths).zip(aligns).map(|((h, w), a)| (Rich::plain(*h), None, w, a)).collect();
        let draft = Draft { title: None, columns, rows, blank_rows: 0, note: None };
        Some(self.table_block("tasks", draft))
    }

    /// Table blocks, every cell in its printed form.
    pub(crate) fn tables(&mut self, path: &str, tables: &[Table]) -> Vec<Block> {
        tables
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let path = format!("{path}[{i}]");
                let draft = self.draft(&path, t);
                self.table_block(&path, draft)
            })
            .collect()
    }

    /// A table as typed, its text parsed (markup, numbers).
    fn draft(&mut self, path: &str, t: &Table) -> Draft {
        let width = t.columns.len();
        let mut rows = Vec::new();
        for (r, row) in t.rows.iter().enumerate() {
            let at = format!("{path}.rows[{r}]");
            rows.push(match row {
                Row::Group { group } => {
                    let text = self.rich(&format!("{at}.group"), group);
                    vec![Proto { colspan: width, bold: true, align: Some(Align::Left), ..Proto::new(text) }]
                }
                Row::Cells(cells) => cells
                    .iter()
                    .enumerate()
                    .map(|(c, cell)| match cell {
                        Cell::Text(s) => Proto::new(self.rich(&format!("{at}[{c}]"), s)),
                        Cell::Span(s) => Proto {
                            colspan: s.colspan.unwrap_or(1).max(1) as usize,
                            rowspan: s.rowspan.unwrap_or(1).max(1) as usize,
                            align: s.align,
                            ..Proto::new(self.rich(&format!("{at}[{c}].text"), &s.text))
                        },
                        number => Proto::new(Rich::plain(vietnamese_number(number).unwrap_or_default())),
                    })
                    .collect(),
            });
        }
        let blank = (t.blank_rows as usize).min(200);
        rows.extend((0..blank).map(|_| (0..width).map(|_| Proto::new(Rich::plain(""))).collect()));
        let columns = t
            .columns
            .iter()
            .enumerate()
            .map(|(c, col)| {
                let align = col.align.unwrap_or_else(|| {
                    let cells = || t.rows.iter().filter_map(|r| match r {
                        Row::Cells(cells) => cells.get(c),
                        Row::Group { .. } => None,
                    });
                    let numeric = cells().all(|cell| matches!(cell, Cell::Integer(_) | Cell::Float(_))) && cells().next().is_some();
                    if numeric { Align::Right } else { Align::Left }
                });
                let header = self.rich(&format!("{path}.columns[{c}].header"), &col.header);
                let group = col.group.as_ref().map(|g| self.rich(&format!("{path}.columns[{c}].group"), g));
                (header, group, col.width.filter(|w| w.is_finite() && *w > 0.0).unwrap_or(1.0), align)
            })
            .collect();
        Draft {
            title: text_or_none(&t.title).map(str::to_owned),
            columns,
            rows,
            blank_rows: blank,
            note: t.note.as_ref().map(|n| self.rich(&format!("{path}.note"), n)),
        }
    }

    /// The header rows and the placed rows of a draft, as a table block;
    /// a row that does not fill the table is a problem at `path.rows[r]`.
    fn table_block(&mut self, path: &str, d: Draft) -> Block {
        let width = d.columns.len();
        let aligns: Vec<Align> = d.columns.iter().map(|c| c.3).collect();
        let widths: Vec<f64> = d.columns.iter().map(|c| c.2).collect();
        let spans = d.rows.iter().any(|r| r.iter().any(|p| p.colspan > 1 || p.rowspan > 1));
        let typed: Vec<usize> = d.rows.iter().map(Vec::len).collect();
        let (mut body, misfits) = place(width, d.rows, &aligns);
        for (r, misfit) in misfits {
            let at = format!("{path}.rows[{r}]");
            let message = match misfit {
                // Without spans, the message of old: cells against columns.
                Misfit::Width { .. } | Misfit::Overlap { .. } if !spans => crate::tr!(
                    "table-row-cells",
                    cells = count(typed[r], "count-one-cell", "count-cells"),
                    columns = count(width, "count-one-column", "count-columns")
                ),
                Misfit::Width { filled } => crate::tr!("table-row-fill", filled = filled, width = width),
                Misfit::Overlap { cell } => crate::tr!("table-cell-overlap", cell = cell + 1, width = width),
                Misfit::PastEnd { cell, rowspan, left } => crate::tr!("table-rowspan-past-end", cell = cell + 1, rowspan = rowspan, left = left),
            };
            self.problem("table-row-width", &at, message);
        }
        let head = header_rows(&d.columns);
        let room = self.cell_room;
        let total: f64 = widths.iter().sum();
        let wrap = |cells: &mut Vec<Vec<CellCtx>>, bold: bool| {
            if room.text_width_pt <= 0.0 {
                return;
            }
            for cell in cells.iter_mut().flatten() {
                let share: f64 = widths[cell.x..(cell.x + cell.colspan).min(width)].iter().sum::<f64>() / total;
                let room_pt = room.text_width_pt * share - 2.0 * room.inset_pt;
                cell.text = breakable(std::mem::take(&mut cell.text), room_pt, room.size_pt, bold || cell.bold);
            }
        };
        let mut head = head;
        wrap(&mut head, room.header_bold);
        wrap(&mut body, false);
        let table = TableCtx {
            title: d.title,
            headers: d.columns.iter().map(|c| c.0.to_plain()).collect(),
            head,
            widths,
            body,
            blank_rows: d.blank_rows,
            note: d.note,
        };
        Block { kind: BlockKind::Table, runs: Rich::default(), table: Some(table), keep: false }
    }
}

/// One header row, or two when a column names a group: the group's cell over
/// its neighbours of the same group, the other headers over both rows.
fn header_rows(columns: &[(Rich, Option<Rich>, f64, Align)]) -> Vec<Vec<CellCtx>> {
    let cell = |text: Rich, x, colspan, rowspan, merged| CellCtx { text, x, colspan, rowspan, align: Align::Center, bold: false, merged };
    if columns.iter().all(|c| c.1.is_none()) {
        return vec![columns.iter().enumerate().map(|(x, c)| cell(c.0.clone(), x, 1, 1, false)).collect()];
    }
    let (mut top, mut bottom) = (Vec::new(), Vec::new());
    let mut x = 0;
    while x < columns.len() {
        match &columns[x].1 {
            Some(group) => {
                let span = columns[x..].iter().take_while(|c| c.1.as_ref() == Some(group)).count();
                top.push(cell(group.clone(), x, span, 1, false));
                bottom.extend((x..x + span).map(|k| cell(columns[k].0.clone(), k, 1, 1, false)));
                x += span;
            }
            None => {
                top.push(cell(columns[x].0.clone(), x, 1, 2, false));
                bottom.push(cell(Rich::default(), x, 1, 1, true));
                x += 1;
            }
        }
    }
    vec![top, bottom]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn protos(row: &[(&str, usize, usize)]) -> Vec<Proto> {
        row.iter().map(|(t, c, r)| Proto { colspan: *c, rowspan: *r, ..Proto::new(Rich::plain(*t)) }).collect()
    }

    #[test]
    fn spans_are_placed_as_html_places_them() {
        let rows = vec![protos(&[("a", 1, 2), ("b", 2, 1)]), protos(&[("c", 1, 1), ("d", 1, 1)])];
        let (grid, misfits) = place(3, rows, &[Align::Left; 3]);
        assert!(misfits.is_empty());
        let xs: Vec<Vec<(usize, bool)>> = grid.iter().map(|r| r.iter().map(|c| (c.x, c.merged)).collect()).collect();
        assert_eq!(xs, vec![vec![(0, false), (1, false)], vec![(0, true), (1, false), (2, false)]]);
    }

    #[test]
    fn a_row_that_does_not_fill_the_table_is_a_misfit() {
        let (_, misfits) = place(3, vec![protos(&[("a", 2, 1)])], &[Align::Left; 3]);
        assert!(matches!(misfits[..], [(0, Misfit::Width { filled: 2 })]));
        let (_, misfits) = place(2, vec![protos(&[("a", 1, 3)]), protos(&[("b", 1, 1)])], &[Align::Left; 2]);
        assert!(matches!(misfits[0], (0, Misfit::PastEnd { cell: 0, rowspan: 3, left: 1 })));
    }

    #[test]
    fn only_words_wider_than_the_cell_get_break_opportunities() {
        let wide = |s: &str| s.chars().count() > 6;
        assert_eq!(split_words("ngắn gọn", &wide), "ngắn gọn");
        assert_eq!(split_words("xem https://a.vn/x", &wide), "xem https:\u{200B}/\u{200B}/\u{200B}a.\u{200B}vn/\u{200B}x");
        assert_eq!(split_words("ABCDEFGH", &wide), "A\u{200B}B\u{200B}C\u{200B}D\u{200B}E\u{200B}F\u{200B}G\u{200B}H");
    }

    #[test]
    fn a_word_of_a_few_letters_stays_whole_however_narrow_its_cell() {
        assert_eq!(breakable(Rich::plain("TT"), 1.0, 13.0, true).to_plain(), "TT");
        // Its pieces after the punctuation are short too: broken after the dash only.
        assert_eq!(breakable(Rich::plain("TT-12"), 1.0, 13.0, true).to_plain(), "TT-\u{200B}12");
        assert_eq!(breakable(Rich::plain("TT-12"), 100.0, 13.0, true).to_plain(), "TT-12");
    }

    #[test]
    fn numbers_are_printed_the_vietnamese_way() {
        assert_eq!(vietnamese_number(&Cell::Integer(1639)).unwrap(), "1.639");
        assert_eq!(vietnamese_number(&Cell::Integer(746)).unwrap(), "746");
        assert_eq!(vietnamese_number(&Cell::Integer(-1234567)).unwrap(), "-1.234.567");
        assert_eq!(vietnamese_number(&Cell::Float(12.5)).unwrap(), "12,5");
        assert_eq!(vietnamese_number(&Cell::Float(1639.25)).unwrap(), "1.639,25");
        assert_eq!(vietnamese_number(&Cell::Float(100.0)).unwrap(), "100");
    }
}
