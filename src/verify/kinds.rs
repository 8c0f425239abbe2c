//! The parts of a kind that no other kind prints: P-NQ the enacting sentence
//! of a Nghị quyết; P-QC the "kèm theo" line, the Phần / Chương / Mục headings
//! and the "Điều N." lines of a Quy chế or Quy định; P-CTR the table of tasks
//! of a Chương trình. (Author lines are P-TTL-4 with the title block, "Kính
//! trình:" P-KT-1 with "Kính gửi:", a signature with no position P-SIG-2.)

use super::measure::*;
use super::*;
use crate::model::Kind;
use crate::context::tables::TableCtx;
use crate::tr;
use super::closing::{quoted, styled_at};

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
            self.missing("P-NQ-1", "enacting sentence", tr!("v-nq-missing", text = quoted(&sentence)));
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
            tr!(
                "v-nq-expected",
                ending = crate::check::form_rules::RESOLVES,
                size = size_expectation(spec.body_pt, b.size_pt),
                indent = spec.indent_mm,
                alternative = mm(spec.indent_alternative_mm)
            ),
            tr!("v-nq-actual", text = quoted(&text), style = style, indent = mm(indent), next = quoted(&clip(&next))),
            text.to_lowercase().ends_with(crate::check::form_rules::RESOLVES)
                && size_ok(&style, spec.body_pt, b.size_pt)
                && style.bold == Some(false)
                && style.italic == Some(false)
                && (spec.indent_mm.contains(indent) || near(indent, spec.indent_alternative_mm, 0.2))
                && before_sections,
        );
    }
}

/// One division heading to find on the page: its label line and its name.
struct Heading {
    label: String,
    title: Option<String>,
}

/// Every division heading and every article's "Điều N. …" line of a Quy chế
/// or Quy định, in document order.
fn rules_parts(ctx: &crate::context::DocContext) -> (Vec<Heading>, Vec<String>) {
    fn walk(ds: &[crate::context::rules::DivisionCtx], headings: &mut Vec<Heading>, articles: &mut Vec<String>) {
        for d in ds {
            headings.push(Heading { label: d.label.clone(), title: d.title.clone() });
            articles.extend(d.articles.iter().filter_map(article_line));
            walk(&d.divisions, headings, articles);
        }
    }
    let mut headings = Vec::new();
    let mut articles: Vec<String> = ctx.articles.iter().filter_map(article_line).collect();
    walk(&ctx.divisions, &mut headings, &mut articles);
    (headings, articles)
}

/// "Điều 3. Tiêu chí": the article's heading as printed (none when its
/// number runs in before the text).
fn article_line(n: &crate::context::Node) -> Option<String> {
    let title = n.title.as_ref()?;
    Some(format!("{} {}", n.label, title.0.iter().map(|r| r.text.as_str()).collect::<String>()))
}

impl Verifier<'_> {
    /// P-QC-1: a Quy chế's or Quy định's "(Ban hành kèm theo Quyết định số …)"
    /// right under the subject: italic, not bold, the rule set's size, every
    /// line centred. Returns the index of the line after it.
    pub(super) fn issued_with_line(&mut self, lines: &[Line], next: usize, centre: f64) -> usize {
        let Some(wanted) = self.prepared.context.issued_with.clone() else { return next };
        let size = self.rules.title.issued_with_size_pt;
        let under = tr!("v-under-the-subject");
        self.parenthesised_line(("P-QC-1", "kèm theo line"), lines, next, centre, &wanted, ("(Ban hành kèm theo ", ""), size, &under)
    }

    /// A line in parentheses right under the title block — a Quy chế's
    /// kèm-theo line (P-QC-1), a political report's presenting line (P-TTL-5):
    /// found at `next`, opening with `opening.0` (shown in the expectation as
    /// `opening.1`) and closing with ")", `size` italic, not bold, every line
    /// centred. Returns the index of the line after it (`next` when missing).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn parenthesised_line(
        &mut self,
        (id, rule): (&'static str, &str),
        lines: &[Line],
        next: usize,
        centre: f64,
        wanted: &str,
        opening: (&str, &str),
        size: f64,
        under: &str,
    ) -> usize {
        let Some(r) = find_seq(lines, next, wanted).filter(|r| r.start == next) else {
            self.missing(id, rule, tr!("v-paren-missing", text = quoted(wanted), under = under));
            return next;
        };
        let printed = lines[r.clone()].to_vec();
        let style = Style::of(runs_of(&printed));
        let offset = worst_offset(&printed, centre);
        self.push(
            id,
            rule,
            tr!("v-paren-expected", under = under, opening = opening.1, size = pt(size)),
            tr!("v-paren-actual", lines = printed.len(), style = style, offset = mm(offset)),
            wanted.starts_with(opening.0)
                && wanted.ends_with(')')
                && style.size_is(size)
                && style.italic == Some(true)
                && style.bold == Some(false)
                && offset.abs() <= self.spec.centre_tolerance_mm,
        );
        r.end
    }

    /// P-QC-2 and P-QC-3: the divisions and articles of a Quy chế or Quy
    /// định (HD 05 6.2.4, Phụ lục 2 row 6). Each division's label ("Chương
    /// I") on a line of its own, centred, bold upright at the body's size, and
    /// its name in capitals on the next line, centred and bold; each article's
    /// "Điều N. …" line bold upright at the body's size throughout, its first
    /// line indented as a paragraph.
    pub(super) fn rules_structure(&mut self) {
        let ctx = &self.prepared.context;
        if ctx.divisions.is_empty() && !(ctx.issued_with.is_some() || ctx.kind == Kind::QuyChe.id() || ctx.kind == Kind::QuyDinh.id()) {
            return;
        }
        let (headings, articles) = rules_parts(ctx);
        let start = self.body_start.unwrap_or((1, 0.0));
        let lines = lines_of(self.content.iter().filter(|r| r.page > start.0 || (r.page == start.0 && r.y > start.1)));
        let b = &self.p.body;
        let spec = self.spec.clone();
        let centre = (self.left + self.right) / 2.0;
        let tol = spec.centre_tolerance_mm;
        if !headings.is_empty() {
            let mut from = 0;
            let mut problems = Vec::new();
            for h in &headings {
                let Some(i) = lines.iter().skip(from).position(|l| squash(&l.text()) == h.label).map(|i| i + from) else {
                    problems.push(tr!("v-qc-heading-not-found", label = quoted(&h.label)));
                    continue;
                };
                let mut printed = vec![lines[i].clone()];
                from = i + 1;
                if let Some(title) = &h.title {
                    match lines.get(i + 1).filter(|l| squash(&l.text()) == squash(title)) {
                        Some(l) => {
                            printed.push(l.clone());
                            from = i + 2;
                            if !is_caps(title) {
                                problems.push(tr!("v-qc-not-capitals", title = quoted(title)));
                            }
                        }
                        None => problems.push(tr!("v-qc-not-under", title = quoted(title), label = quoted(&h.label))),
                    }
                }
                let style = Style::of(runs_of(&printed));
                let offset = worst_offset(&printed, centre);
                if !(size_ok(&style, spec.body_pt, b.size_pt) && style.bold == Some(true) && style.italic == Some(false)) {
                    problems.push(format!("{:?}: {style}", h.label));
                }
                if offset.abs() > tol {
                    problems.push(tr!("v-qc-off-centre", label = quoted(&h.label), offset = mm(offset)));
                }
            }
            self.push(
                "P-QC-2",
                "Phần / Chương / Mục headings",
                tr!("v-qc-headings-expected", size = size_expectation(spec.body_pt, b.size_pt)),
                if problems.is_empty() { tr!("v-qc-headings-ok", n = headings.len()) } else { problems.join("; ") },
                problems.is_empty(),
            );
        }
        if articles.is_empty() {
            return;
        }
        let mut from = 0;
        let mut problems = Vec::new();
        for a in &articles {
            let Some(r) = find_seq(&lines, from, a) else {
                problems.push(tr!("v-qc-article-not-found", text = quoted(&clip(a))));
                continue;
            };
            from = r.end;
            let printed = lines[r].to_vec();
            let style = Style::of(runs_of(&printed));
            let indent = printed[0].left() - self.left;
            if !(size_ok(&style, spec.body_pt, b.size_pt) && style.bold == Some(true) && style.italic == Some(false)) {
                problems.push(format!("{:?}: {style}", clip(a)));
            }
            if !(spec.indent_mm.contains(indent) || near(indent, spec.indent_alternative_mm, 0.2)) {
                problems.push(tr!("v-qc-indented", text = quoted(&clip(a)), indent = mm(indent)));
            }
        }
        self.push(
            "P-QC-3",
            "\"Điều N.\" lines",
            tr!(
                "v-qc-articles-expected",
                size = size_expectation(spec.body_pt, b.size_pt),
                indent = spec.indent_mm,
                alternative = mm(spec.indent_alternative_mm)
            ),
            if problems.is_empty() { tr!("v-qc-articles-ok", n = articles.len()) } else { problems.join("; ") },
            problems.is_empty(),
        );
    }

    /// P-CTR-1: a Chương trình's table of tasks: on every page where its rows
    /// stand, the header row ("TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan
    /// phối hợp", "Thời gian") is printed above them, bold.
    pub(super) fn task_tables(&mut self) {
        let ctx = &self.prepared.context;
        let tables: Vec<&TableCtx> = task_tables_of(ctx);
        if tables.is_empty() {
            return;
        }
        // "Nội dung": one line in any column width ("Cơ quan chủ trì" wraps in a narrow one).
        let header = crate::context::tables::TASK_HEADERS[1];
        let mut problems = Vec::new();
        let mut pages_seen = 0;
        for t in tables {
            // The page and baseline of each row's first line of content.
            let mut row_pages: Vec<(usize, f64)> = Vec::new();
            for row in t.body.iter().filter(|row| !t.is_group(row)) {
                let content = TableCtx::cell_text(row, 1).unwrap_or_default().replace('\u{200B}', "");
                let first_words: String = content.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
                match self.content.iter().find(|r| squash(&r.text).starts_with(&first_words)) {
                    Some(r) => row_pages.push((r.page, r.y)),
                    None => problems.push(tr!("v-ctr-row-not-found", text = quoted(&clip(&content)))),
                }
            }
            let mut pages: Vec<usize> = row_pages.iter().map(|(p, _)| *p).collect();
            pages.dedup();
            for page in pages {
                pages_seen += 1;
                let first_row = row_pages.iter().filter(|(p, _)| *p == page).map(|(_, y)| *y).fold(f64::MAX, f64::min);
                let heads: Vec<&TextRun> =
                    self.content.iter().filter(|r| r.page == page && r.y < first_row && squash(&r.text).contains(header)).collect();
                match heads.last() {
                    Some(h) if h.bold => {}
                    Some(_) => problems.push(tr!("v-ctr-header-not-bold", page = page)),
                    None => problems.push(tr!("v-ctr-no-header", page = page)),
                }
            }
        }
        self.push(
            "P-CTR-1",
            "table of tasks",
            tr!("v-ctr-expected", header = header),
            if problems.is_empty() { tr!("v-ctr-actual", pages = pages_seen) } else { problems.join("; ") },
            problems.is_empty(),
        );
    }
}

/// The tables of tasks of a document (their header is the task header).
fn task_tables_of(ctx: &crate::context::DocContext) -> Vec<&TableCtx> {
    fn walk<'a>(nodes: &'a [crate::context::Node], out: &mut Vec<&'a TableCtx>) {
        for n in nodes {
            out.extend(n.blocks.iter().filter_map(|b| b.table.as_ref()).filter(|t| is_task_table(t)));
            walk(&n.children, out);
        }
    }
    let mut out = Vec::new();
    walk(&ctx.sections, &mut out);
    for a in &ctx.appendices {
        out.extend(a.blocks.iter().filter_map(|b| b.table.as_ref()).filter(|t| is_task_table(t)));
        walk(&a.sections, &mut out);
    }
    out
}

fn is_task_table(t: &TableCtx) -> bool {
    use crate::context::tables::{RESOURCES_HEADER, TASK_HEADERS};
    let with_resources = TASK_HEADERS[..4].iter().chain([&RESOURCES_HEADER, &TASK_HEADERS[4]]);
    t.headers.iter().map(String::as_str).eq(TASK_HEADERS) || t.headers.iter().map(String::as_str).eq(with_resources.copied())
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
            None => (tr!("v-bb-name-not-found"), String::new(), f64::NAN, 0.0, None),
        };
        let name_ok = name.as_ref().is_some_and(|lines| {
            let st = Style::of(runs_of(lines));
            st.size_is(size) && st.bold == Some(true) && st.italic == Some(false)
        });
        self.push(
            "P-BB-1",
            "recorder's signature",
            tr!(
                "v-bb-recorder-expected",
                caption = m.recorder_caption,
                size = pt(size),
                width = mm(self.rules.minutes.recorder_width_mm),
                chair = crate::context::forms::CHAIR_CAPTION,
                room = mm(self.spec.sign_space_min_mm)
            ),
            tr!(
                "v-bb-recorder-actual",
                caption = styled_at(caption.text().trim(), &caption_style, caption.center() - centre),
                level = match level {
                    Some(d) => tr!("v-bb-from-chair-caption", distance = mm(d)),
                    None => tr!("v-bb-no-chair-caption"),
                },
                name = quoted(&name_text),
                name_style = name_style,
                name_offset = mm(name_offset),
                room = mm(room),
                baseline = match baseline {
                    Some(d) => tr!("v-bb-from-chair-name", distance = mm(d)),
                    None => tr!("v-bb-no-chair-name"),
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
            self.minutes_confirmation(&c, chair_name.as_ref());
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
    fn minutes_confirmation(&mut self, c: &crate::context::ConfirmationCtx, chair_name: Option<&Line>) {
        let size = self.spec.signature_pt;
        let tol = self.spec.centre_tolerance_mm;
        let centre = (self.sig_left + self.right) / 2.0;
        let Some(below) = chair_name else {
            self.missing("P-BB-2", "confirmation of the chair's signature", tr!("v-bb-confirmation-missing", text = quoted(&c.label)));
            return;
        };
        let column: Vec<Line> =
            lines_of(self.content.iter().filter(|r| r.page == below.page && r.center() >= self.sig_left && r.y > below.y + 0.1));
        let lead = find_seq(&column, 0, &c.label);
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
                tr!(
                    "v-bb-confirmation-lines-missing",
                    lead = quoted(&c.label),
                    authority = format!("{:?}", c.signer.authority),
                    position = quoted(&c.signer.position),
                    name = quoted(&c.signer.name)
                ),
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
            tr!("v-bb-confirmation-expected", size = pt(size), room = mm(self.spec.sign_space_min_mm)),
            tr!(
                "v-bb-confirmation-actual",
                found = styled_at(&squash(&quote_text(&all)), &Style::of(runs_of(&all)), worst_offset(&all, centre)),
                room = mm(room)
            ),
            styled(&column[lead.clone()], false)
                && (c.signer.authority.is_none() || styled(&column[authority.clone()], true))
                && styled(&column[position.clone()], c.signer.authority.is_none())
                && styled(&column[name.clone()], true)
                && room >= self.spec.sign_space_min_mm - 0.1,
        );
    }
}
