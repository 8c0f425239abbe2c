//! The document as printed, as plain text: the header's fields (number, date,
//! issuer, signer, recipients, rule set) and every printed paragraph in
//! reading order, each with its place by its printed numbering ("II-2.1",
//! "Điều 5 khoản 2", "Căn cứ") and, once laid out, its page.
//!
//! Everything here is read from the context ([`crate::context::DocContext`]),
//! which holds the printed words in their final form, and the pages from the
//! layout ([`crate::inspect::Layout`]); no wording is recomputed. This is what
//! `kehoach render --format txt` writes (one paragraph a line) and what
//! `kehoach diff` compares ([`crate::diff`]).

use serde::Serialize;

use crate::context::tables::TableCtx;
use crate::context::rich::Rich;
use crate::context::rules::DivisionCtx;
use crate::context::{Block, BlockKind, DocContext, Node, SignerCtx};
use crate::inspect::Layout;
use crate::context::blocks::DocBlock;
use crate::Prepared;

/// A field of the document's header and closing that a reviewer checks first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Field {
    /// Which field: `number`, `date`, `issuer`, `signer`, `recipients`, `rule-set`.
    pub key: &'static str,
    /// Its printed value, lines joined with " / ".
    pub value: String,
}

/// One printed paragraph (a heading, a paragraph, an item, a table row, a line).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Paragraph {
    /// Where it is, by its printed numbering: "II-2.1", "II-2.1 ¶2",
    /// "Điều 5 khoản 2", "Chương I", "Căn cứ", "Phụ lục 1 I-".
    pub place: String,
    /// The text as printed, styles dropped, white space collapsed.
    pub text: String,
    /// The 1-based page it starts on, once [`Printed::locate_pages`] has run.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<usize>,
}

/// A whole document as printed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Printed {
    /// The header fields, in a fixed order.
    pub header: Vec<Field>,
    /// Every paragraph in reading order.
    pub paragraphs: Vec<Paragraph>,
}

/// Field keys, in the order [`Printed::header`] lists them.
pub const FIELDS: [&str; 6] = ["number", "date", "issuer", "signer", "recipients", "rule-set"];

impl Printed {
    /// The printed text of a prepared document (without pages: see [`Printed::locate_pages`]).
    pub fn of(prepared: &Prepared) -> Printed {
        let ctx = &prepared.context;
        let header = vec![
            field("number", [ctx.header.number.clone()]),
            field("date", [ctx.header.date.clone()]),
            field("issuer", ctx.header.superior.iter().chain([&ctx.header.issuer]).cloned()),
            field("signer", signers(ctx)),
            field("recipients", ctx.recipients.lines.iter().cloned()),
            field("rule-set", [format!("{} ({})", prepared.profile.rule_set.title, prepared.profile.name)]),
        ];
        let mut w = Walker::default();
        w.body(ctx);
        Printed { header, paragraphs: w.out }
    }

    /// The printed text of a prepared document with the page of every
    /// paragraph: the document is typeset and its pages inspected.
    pub fn laid_out(prepared: &Prepared) -> Result<Printed, crate::Error> {
        let mut printed = Printed::of(prepared);
        let pages = crate::typeset(prepared)?;
        printed.locate_pages(&crate::inspect::inspect(&pages));
        Ok(printed)
    }

    /// The value of a header field (`number`, …), empty when it has none.
    pub fn field(&self, key: &str) -> &str {
        self.header.iter().find(|f| f.key == key).map(|f| f.value.as_str()).unwrap_or("")
    }

    /// Finds the page of every paragraph in the laid-out pages: the first
    /// place, from where the previous paragraph was found, where its text
    /// (spaces ignored) starts; a paragraph not found there is searched from
    /// the start, and one not found at all keeps no page.
    pub fn locate_pages(&mut self, layout: &Layout) {
        let mut text = String::new();
        let mut pages = Vec::new();
        for line in layout.lines() {
            for c in line.text().chars().filter(|c| !c.is_whitespace()) {
                text.push(c);
                pages.push(line.page);
            }
        }
        let chars: Vec<char> = text.chars().collect();
        let mut cursor = 0;
        for p in &mut self.paragraphs {
            let needle: Vec<char> = p.text.chars().filter(|c| !c.is_whitespace()).take(60).collect();
            if needle.is_empty() {
                continue;
            }
            let found = find(&chars, &needle, cursor).or_else(|| find(&chars, &needle, 0));
            if let Some(at) = found {
                p.page = pages.get(at).copied();
                cursor = at + needle.len();
            }
        }
    }

    /// One paragraph a line, as `render --format txt` writes it: the header
    /// fields, a blank line, then every paragraph.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for f in &self.header {
            out.push_str(&format!("{}: {}\n", f.key, f.value));
        }
        out.push('\n');
        for p in &self.paragraphs {
            out.push_str(&p.text);
            out.push('\n');
        }
        out
    }
}

fn find(hay: &[char], needle: &[char], from: usize) -> Option<usize> {
    if from >= hay.len() {
        return None;
    }
    hay[from..].windows(needle.len()).position(|w| w == needle).map(|i| from + i)
}

fn field(key: &'static str, lines: impl IntoIterator<Item = String>) -> Field {
    let lines: Vec<String> = lines.into_iter().map(|l| squash(&l)).filter(|l| !l.is_empty()).collect();
    Field { key, value: lines.join(" / ") }
}

/// The signature blocks: "T/M BAN THƯỜNG VỤ / BÍ THƯ / Nguyễn Văn An", the
/// co-signers' after the lead's, separated by " / ".
fn signers(ctx: &DocContext) -> Vec<String> {
    std::iter::once(&ctx.signer).chain(&ctx.co_signers).flat_map(signer_lines).collect()
}

fn signer_lines(s: &SignerCtx) -> Vec<String> {
    let mut lines: Vec<String> = s.authority.iter().cloned().collect();
    lines.push(s.position.clone());
    lines.extend(s.concurrently.iter().cloned());
    lines.extend(s.concurrent_position.iter().cloned());
    lines.push(s.name.clone());
    lines
}

/// White space collapsed to single spaces, trimmed.
/// White space collapsed, and the breaks the context bound
/// (`vietnamese::breaks`) read as plain spaces and hyphens.
fn squash(s: &str) -> String {
    crate::vietnamese::breaks::plain(s).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Collects the paragraphs in reading order.
#[derive(Default)]
struct Walker {
    out: Vec<Paragraph>,
}

impl Walker {
    fn push(&mut self, place: &str, text: &str) {
        let text = squash(text);
        if !text.is_empty() {
            self.out.push(Paragraph { place: place.to_owned(), text, page: None });
        }
    }

    fn rich(&mut self, place: &str, lines: &[Rich]) {
        for r in lines {
            self.push(place, &r.to_plain());
        }
    }

    fn body(&mut self, ctx: &DocContext) {
        if let Some(t) = &ctx.type_name {
            self.push("Tên loại", t);
        }
        if let Some(c) = &ctx.congress {
            self.push("Trích yếu", &c.theme);
            self.push("Trích yếu", &c.presented);
        } else if ctx.header.subject.is_none() {
            self.push("Trích yếu", &ctx.subject);
        }
        if let Some(s) = &ctx.header.subject {
            self.push("Trích yếu", s);
        }
        for a in &ctx.author {
            self.push("Trích yếu", a);
        }
        if let Some(w) = &ctx.issued_with {
            self.push("Trích yếu", w);
        }
        // The body in the order the page prints it (the context's blocks):
        // paragraphs before the first part are the opening, after it the closing.
        let mut after_parts = false;
        for block in &ctx.blocks {
            match block {
                DocBlock::Addressees { label, names, .. } => self.rich(label.trim_end_matches(':'), names),
                DocBlock::Paragraph { text, .. } => self.push(if after_parts { "Kết thúc" } else { "Mở đầu" }, &text.to_plain()),
                DocBlock::BasisLine { text } => self.push("Căn cứ", &text.to_plain()),
                DocBlock::Enacting { text } => self.push("Mở đầu", text),
                DocBlock::Section { node, article: true } => {
                    after_parts = true;
                    self.article(node);
                }
                DocBlock::Section { node, article: false } => {
                    after_parts = true;
                    self.section("", &[], node);
                }
                DocBlock::Division(d) => {
                    after_parts = true;
                    self.division(d);
                }
                _ => {}
            }
        }
        if let Some(c) = &ctx.confirmation {
            self.push("Xác nhận", &c.label);
        }
        if let Some(c) = &ctx.contact {
            self.push("Liên hệ", c);
        }
        if let Some(copy) = &ctx.copy {
            self.push("Bản sao", &copy.title);
            for l in &copy.lines {
                self.push("Bản sao", l);
            }
        }
        for a in &ctx.appendices {
            let place = a.label.clone();
            self.push(&place, &a.label);
            self.push(&place, &a.title);
            if let Some(s) = &a.subtitle {
                self.push(&place, s);
            }
            self.push(&place, &a.attached_to);
            self.blocks(&place, &a.blocks);
            for s in &a.sections {
                self.section(&place, &[], s);
            }
        }
    }

    /// A numbered section: its heading at its place, then its blocks, then
    /// its sub-sections. `labels` are its ancestors' labels.
    fn section(&mut self, prefix: &str, labels: &[&str], node: &Node) {
        let mut labels = labels.to_vec();
        labels.push(node.label.trim());
        let place = join(prefix, &section_place(&labels));
        match &node.title {
            Some(title) => {
                self.push(&place, &format!("{} {}", node.label, title.to_plain()));
                self.blocks(&place, &node.blocks);
            }
            None => self.run_in(&place, &node.label, &node.blocks),
        }
        for child in &node.children {
            self.section(prefix, &labels, child);
        }
    }

    /// Blocks numbered by a label printed before the first paragraph, as an
    /// untitled section's "1. …", a clause's "2. …", a point's "b) …".
    fn run_in(&mut self, place: &str, label: &str, blocks: &[Block]) {
        let mut blocks = blocks.to_vec();
        match blocks.first_mut() {
            Some(first) if first.kind != BlockKind::Table && !label.is_empty() => {
                let mut runs = Rich::plain(format!("{label} "));
                runs.push(first.runs.clone());
                first.runs = runs;
            }
            _ => self.push(place, label),
        }
        self.blocks(place, &blocks);
    }

    /// Blocks of one place; when there are several, each is "place ¶n".
    fn blocks(&mut self, place: &str, blocks: &[Block]) {
        let several = blocks.len() > 1;
        for (i, b) in blocks.iter().enumerate() {
            let here = if several { join(place, &format!("¶{}", i + 1)) } else { place.to_owned() };
            match (b.kind, &b.table) {
                (BlockKind::Table, Some(t)) => self.table(&here, t),
                _ => self.push(&here, &b.runs.to_plain()),
            }
        }
    }

    fn table(&mut self, place: &str, t: &TableCtx) {
        if let Some(title) = &t.title {
            self.push(place, title);
        }
        // Each row as its cells' text (a cell spanning rows once, in its first
        // row), without the break opportunities put into long words.
        for row in t.head.iter().chain(&t.body) {
            let cells: Vec<String> = row.iter().filter(|c| !c.merged).map(|c| c.text.to_plain().replace('\u{200B}', "")).collect();
            self.push(place, &cells.join(" | "));
        }
        if let Some(note) = &t.note {
            self.push(place, &note.to_plain());
        }
    }

    fn division(&mut self, d: &DivisionCtx) {
        self.push(&d.label, &d.label);
        if let Some(t) = &d.title {
            self.push(&d.label, t);
        }
        for a in &d.articles {
            self.article(a);
        }
        for sub in &d.divisions {
            self.division(sub);
        }
    }

    /// An article "Điều N" with its clauses ("khoản") and points ("điểm").
    fn article(&mut self, a: &Node) {
        let label = match a.label.trim() {
            "" => a.blocks.first().map(|b| b.runs.to_plain()).unwrap_or_default(),
            l => l.to_owned(),
        };
        let number: String = label.strip_prefix("Điều").unwrap_or("").trim_start().chars().take_while(char::is_ascii_digit).collect();
        let place = format!("Điều {number}");
        if let Some(title) = &a.title {
            self.push(&place, &format!("{} {}", a.label, title.to_plain()));
        }
        self.blocks(&place, &a.blocks);
        for clause in &a.children {
            let clause_place = format!("{place} khoản {}", clause.label.trim().trim_end_matches('.'));
            self.run_in(&clause_place, &clause.label, &clause.blocks);
            for point in &clause.children {
                let point_place = format!("{clause_place} điểm {}", point.label.trim().trim_end_matches(')'));
                self.run_in(&point_place, &point.label, &point.blocks);
            }
        }
    }
}

fn join(prefix: &str, place: &str) -> String {
    match (prefix.is_empty(), place.is_empty()) {
        (true, _) => place.to_owned(),
        (_, true) => prefix.to_owned(),
        _ => format!("{prefix} {place}"),
    }
}

/// The place of a section from its and its ancestors' labels: the first
/// numbered label, the deepest number under it (whose label already holds
/// its parents': "2.1."), and a point's letter: "II-2.1", "II-2.1 a)", "1".
/// Dashes and unnumbered headings add nothing.
fn section_place(labels: &[&str]) -> String {
    let numbered: Vec<&str> = labels.iter().copied().filter(|l| !l.is_empty() && *l != "-").collect();
    let Some((first, rest)) = numbered.split_first() else { return String::new() };
    let mut place = first.trim_end_matches('.').to_owned();
    let deepest = rest.iter().rev().find(|l| !l.ends_with(')'));
    if let Some(n) = deepest {
        if !place.ends_with('-') {
            place.push('.');
        }
        place.push_str(n.trim_end_matches('.'));
    }
    if let Some(letter) = rest.iter().rev().find(|l| l.ends_with(')')) {
        place.push(' ');
        place.push_str(letter);
    }
    place
}

#[cfg(test)]
mod tests {
    use super::section_place;

    #[test]
    fn a_place_is_the_printed_numbering_of_the_part() {
        assert_eq!(section_place(&["II-", "2.", "2.1."]), "II-2.1");
        assert_eq!(section_place(&["II-", "2."]), "II-2");
        assert_eq!(section_place(&["I-"]), "I-");
        assert_eq!(section_place(&["II.", "1."]), "II.1");
        assert_eq!(section_place(&["III-", "1.", "1.2.", "a)", "-"]), "III-1.2 a)");
        assert_eq!(section_place(&["1.", "a)"]), "1 a)");
        assert_eq!(section_place(&["", "-"]), "");
    }
}
