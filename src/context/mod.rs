//! Template context: the document as the template sees it — every string in
//! its final printed form (capitals, date forms, computed numbering, list
//! punctuation), with the inline markup parsed into styled runs.
//!
//! This stage owns every rule of *wording* (what is printed); the Typst layout
//! library owns every rule of *placement* (where and how big), read from the
//! profile.

pub mod blocks;
pub(crate) mod breaks;
pub mod columns;
pub mod copy;
pub mod forms;
pub mod linebreak;
pub(crate) mod numerals;
pub mod parts;
pub(crate) mod plan;
pub mod rich;
pub mod rules;
pub mod tables;
pub(crate) mod spelling;

use serde::Serialize;

use crate::diagnostic::FieldProblem;
use crate::model::date::DocDate;
use crate::model::{Document, Kind, Recipients, Section, Signer};
use crate::profile::{HeadingStyle, NumberStyle, Profile, Punctuation};
use self::numerals::{point_letter, roman};
use self::rich::Rich;
use crate::vietnamese::{upper, Text};

/// Everything the templates need: the header and the printed body as ordered
/// blocks ([`DocContext::blocks`], which both writers dress), and the parts
/// of it that `verify`, the metadata and the signature fields look up.
#[derive(Clone, Debug, Serialize)]
pub struct DocContext {
    /// The kind's id ("ke-hoach"); a user's template directory may hold a
    /// template of that name (the embedded templates never read it).
    pub kind: &'static str,
    /// "KẾ HOẠCH"; none for a công văn, which has no type-name line, and for
    /// a political report to a congress, whose theme replaces it.
    pub type_name: Option<String>,
    /// The header: party title, bodies, number, place and date, marks.
    pub header: HeaderCtx,
    /// The subject line as printed; for a political report to a congress,
    /// its theme as typed (what the metadata names it by; the page prints
    /// [`DocContext::congress`]).
    pub subject: String,
    /// The title block of a political report to a congress (HD 05 5.1.2),
    /// printed in place of the type name and the subject.
    pub congress: Option<CongressCtx>,
    /// "Kính gửi:" lines of a công văn, punctuated.
    pub to: Vec<Rich>,
    /// Author lines of the subject block, in capitals ("CỦA BAN THƯỜNG VỤ THÀNH UỶ").
    pub author: Vec<String>,
    /// "Kính trình:" lines of a Tờ trình, punctuated as "Kính gửi" lines.
    pub kinh_trinh: Vec<Rich>,
    /// A Biên bản's closing block: the recorder's column, the confirmation.
    pub minutes: Option<forms::MinutesCtx>,
    /// "Căn cứ" lines, punctuated.
    pub basis: Vec<Rich>,
    /// The enacting line of a Quyết định, the enacting sentence of a Nghị quyết.
    pub enacting: Option<String>,
    /// Articles of a Quyết định ("Điều 1. …"), or of a Quy chế / Quy định
    /// without divisions (before them, when it has both).
    pub articles: Vec<Node>,
    /// "(Ban hành kèm theo Quyết định số …)" of a Quy chế or Quy định.
    pub issued_with: Option<String>,
    /// Phần / Chương / Mục of a Quy chế or Quy định.
    pub divisions: Vec<rules::DivisionCtx>,
    /// The body's numbered parts and sections.
    pub sections: Vec<Node>,
    /// The closing block.
    pub signer: SignerCtx,
    /// The other signers of a joint document (or minutes), in grid order
    /// after the lead: left of it, then the next row right and left.
    pub co_signers: Vec<SignerCtx>,
    /// The block confirming the lead signer's signature, under it.
    pub confirmation: Option<ConfirmationCtx>,
    /// The "Nơi nhận" block.
    pub recipients: RecipientsCtx,
    /// Appendices, each on its own pages.
    pub appendices: Vec<parts::AppendixCtx>,
    /// The issuing body's contact information, for the foot of the last page.
    pub contact: Option<String>,
    /// Printed as a copy: the stamp and the copier's signature after the closing block.
    pub copy: Option<copy::CopyCtx>,
    /// The printed body after the header, in order: what both writers print.
    pub blocks: Vec<blocks::DocBlock>,
    /// The PDF's metadata.
    pub meta: Meta,
    /// Every date written in `[date]` tags, with its field path.
    #[serde(skip)]
    pub dates: Vec<(String, DocDate)>,
}

/// The header as printed.
#[derive(Clone, Debug, Serialize)]
pub struct HeaderCtx {
    /// "ĐẢNG CỘNG SẢN VIỆT NAM".
    pub party_title: String,
    /// The names in capitals, whole (as `verify` finds them on the page).
    pub superior: Option<String>,
    /// The issuing body's name in capitals, whole.
    pub issuer: String,
    /// Column widths and the printed lines of the names, decided with the
    /// font's advances: every writer prints exactly these lines.
    pub layout: columns::HeaderLayout,
    /// "Số 15-KH/ĐU" (or "Số -KH/ĐU" for a draft).
    pub number: String,
    /// "Nghĩa Thái, ngày 01 tháng 4 năm 2024".
    pub date: String,
    /// The subject of a công văn, under the number (none for other kinds).
    pub subject: Option<String>,
    /// Secrecy, urgency, draft and circulation marks.
    pub marks: parts::MarksCtx,
}

/// The title block of a political report to a congress as printed (HD 05
/// 5.1.2): the theme, the line saying who presents it, then the separator.
#[derive(Clone, Debug, Serialize)]
pub struct CongressCtx {
    /// The congress's theme in capitals ("XÂY DỰNG ĐẢNG BỘ …"), one
    /// paragraph, centred (it may take several lines).
    pub theme: String,
    /// "(Báo cáo của Ban Chấp hành … trình Đại hội …)", in parentheses.
    pub presented: String,
}

/// The appendices that repeat the document's header (`header = true`) get it.
fn with_header(mut appendices: Vec<parts::AppendixCtx>, header: &HeaderCtx) -> Vec<parts::AppendixCtx> {
    for a in appendices.iter_mut().filter(|a| a.repeats_header) {
        a.header = Some(header.clone());
    }
    appendices
}

/// The title block of a political report: the theme in capitals, the
/// presenting line in parentheses (added when the data has none).
pub(crate) fn congress(r: &crate::model::CongressReport) -> CongressCtx {
    let presented = r.presented.as_str().trim();
    let presented = presented.strip_prefix('(').and_then(|p| p.strip_suffix(')')).unwrap_or(presented).trim();
    CongressCtx { theme: upper(r.theme.as_str().trim()), presented: format!("({presented})") }
}

/// The closing block as printed.
#[derive(Clone, Debug, Serialize)]
pub struct SignerCtx {
    /// "T/M ĐẢNG ỦY"; none when the head signs directly.
    pub authority: Option<String>,
    /// "PHÓ BÍ THƯ THƯỜNG TRỰC"; empty when none is printed.
    pub position: String,
    /// A concurrent title: "TRƯỞNG BAN CHỈ ĐẠO", printed under the line
    /// `concurrently` ("kiêm"), which is none without one.
    pub concurrent_position: Option<String>,
    /// "kiêm" when there is a concurrent title.
    pub concurrently: Option<String>,
    /// The signer's name, as typed.
    pub name: String,
    /// Virtual paths (`/plan/…`) of the signature and seal images, if any.
    pub signature_image: Option<String>,
    /// Virtual path of the seal image, if any.
    pub seal_image: Option<String>,
    /// The seal's diameter in mm, when the data gives it (else the profile's).
    pub seal_diameter_mm: Option<f64>,
    /// Empty lines added above the room to sign, so that the names of a
    /// signature grid's row stand on one baseline when the blocks above
    /// them take different numbers of lines (`breaks::settle` counts them).
    pub pad_lines: usize,
}

/// The word between a signer's two titles (HD 05 7.1.4đ).
pub const CONCURRENTLY: &str = "kiêm";

/// The lead-in of a confirmation block (HD 05 7.1.4a).
pub const CONFIRMS: &str = "Xác nhận chữ ký của đồng chí";

/// A block confirming a signature: "Xác nhận chữ ký của đồng chí …", then
/// the confirming signer's block.
#[derive(Clone, Debug, Serialize)]
pub struct ConfirmationCtx {
    /// "Xác nhận chữ ký của đồng chí Nguyễn Văn An", printed over two lines:
    /// `lead_in` ("Xác nhận chữ ký của đồng chí") and `whose` (the name, never broken).
    pub label: String,
    /// "Xác nhận chữ ký của đồng chí".
    pub lead_in: String,
    /// The confirmed signer's name.
    pub whose: String,
    /// The confirming signature.
    pub signer: SignerCtx,
}

/// The "Nơi nhận" block as printed.
#[derive(Clone, Debug, Serialize)]
pub struct RecipientsCtx {
    /// "Nơi nhận:".
    pub label: String,
    /// "- Ban Dân vận Huyện ủy (để báo cáo)," … "- Lưu VPĐU."
    pub lines: Vec<String>,
    /// "NguyenVanAn-26": the typist's code and the number of copies.
    pub typist: Option<String>,
}

impl DocContext {
    /// The first line of the closing block's left column, level with the
    /// signature: "Nơi nhận:", or a Biên bản's "NGƯỜI GHI BIÊN BẢN".
    pub fn closing_anchor(&self) -> &str {
        match &self.minutes {
            Some(m) => &m.recorder_caption,
            None => &self.recipients.label,
        }
    }
}

/// PDF metadata.
#[derive(Clone, Debug, Serialize)]
pub struct Meta {
    /// The document's title: type name and subject.
    pub title: String,
    /// The issuing body.
    pub author: String,
    /// "Thể thức: Hướng dẫn 05-HD/VPTW": the rule set the document follows.
    pub keywords: Vec<String>,
    /// The document's date (year, month, day), when it has a day.
    pub date: Option<(i32, u8, u8)>,
}

/// A numbered (or unnumbered) section with its paragraphs and sub-sections.
#[derive(Clone, Debug, Serialize)]
pub struct Node {
    /// Depth, 1 for the top level.
    pub level: usize,
    /// "I-", "2.1.", "a)" or "" for an unnumbered heading.
    pub label: String,
    /// The heading's text, if it has one.
    pub title: Option<Rich>,
    /// Bold, italic and capitals of the heading (from the profile).
    pub style: HeadingStyle,
    /// The section's own paragraphs, items and tables.
    pub blocks: Vec<Block>,
    /// Sub-sections.
    pub children: Vec<Node>,
}

/// What a block is (serialised "par", "item", "table": `party.typ` reads it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    /// A paragraph.
    Par,
    /// A dash item ("- …").
    Item,
    /// A table of figures.
    Table,
}

/// A paragraph, a dash item or a table.
#[derive(Clone, Debug, Serialize)]
pub struct Block {
    /// What it is.
    pub kind: BlockKind,
    /// The text, as styled runs (empty for a table).
    pub runs: Rich,
    /// The table, when `kind` is `Table`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub table: Option<tables::TableCtx>,
    /// Kept on the page of what follows: the document's last paragraph
    /// before the closing block (decided in `blocks::layout`).
    pub keep: bool,
}

impl Block {
    /// A paragraph.
    pub fn par(runs: Rich) -> Self {
        Block { kind: BlockKind::Par, runs, table: None, keep: false }
    }
}

/// Intermediate section tree before numbering.
#[derive(Clone, Debug, Default)]
pub(crate) struct Sec {
    pub title: Option<Rich>,
    pub numbered: bool,
    pub blocks: Vec<Block>,
    pub children: Vec<Sec>,
    /// The number the document gives the section (`number = 4`), from which
    /// the count goes on.
    pub number: Option<usize>,
    /// The title runs in before the first paragraph (`run_in`).
    pub run_in: bool,
}

impl Sec {
    pub fn titled(title: Rich) -> Self {
        Sec { title: Some(title), numbered: true, ..Sec::default() }
    }
}

/// Collects parsed rich text and the problems found on the way.
#[derive(Debug, Default)]
pub(crate) struct Builder {
    pub problems: Vec<FieldProblem>,
    pub dates: Vec<(String, DocDate)>,
    /// Relative widths of the columns of a Chương trình's table of tasks
    /// (the profile's `[tasks] widths`).
    pub task_widths: Vec<f64>,
    /// The room of a table's cells, for breaking long words.
    pub cell_room: tables::CellRoom,
}

impl Builder {
    /// Parses one rich field; on error records the problem and returns the raw text.
    pub fn rich(&mut self, path: &str, text: &Text) -> Rich {
        match rich::parse(text.as_str()) {
            Ok(parsed) => {
                self.dates.extend(parsed.dates.into_iter().map(|d| (path.to_owned(), d)));
                parsed.rich
            }
            Err(e) => {
                self.problems.push(FieldProblem {
                    path: path.to_owned(),
                    offset: e.offset(),
                    id: Some(crate::diagnostic::ids::INVALID_MARKUP),
                    message: e.to_string(),
                });
                Rich::plain(text.as_str())
            }
        }
    }

    /// Parses a list of rich fields.
    pub fn rich_list(&mut self, path: &str, texts: &[Text]) -> Vec<Rich> {
        texts.iter().enumerate().map(|(i, t)| self.rich(&format!("{path}[{i}]"), t)).collect()
    }

    /// Paragraph blocks from a list of rich fields.
    pub fn paragraphs(&mut self, path: &str, texts: &[Text]) -> Vec<Block> {
        self.rich_list(path, texts).into_iter().map(Block::par).collect()
    }

    /// Dash-item blocks ("- …") from a list of rich fields.
    pub fn items(&mut self, path: &str, texts: &[Text]) -> Vec<Block> {
        self.rich_list(path, texts).into_iter().map(item).collect()
    }

    /// A general [`Section`] from the TOML, recursively.
    pub fn section(&mut self, path: &str, s: &Section) -> Sec {
        let title = s.title.as_ref().map(|t| self.rich(&format!("{path}.title"), t));
        let mut blocks = self.paragraphs(&format!("{path}.text"), &s.text);
        blocks.extend(self.items(&format!("{path}.items"), &s.items));
        blocks.extend(self.tables(&format!("{path}.tables"), &s.tables));
        blocks.extend(self.tasks(&s.tasks));
        for (i, part) in s.parts.iter().enumerate() {
            let at = format!("{path}.parts[{i}]");
            blocks.extend(self.paragraphs(&format!("{at}.text"), &part.text));
            blocks.extend(self.items(&format!("{at}.items"), &part.items));
            blocks.extend(self.tables(&format!("{at}.tables"), &part.tables));
        }
        let children = s
            .sections
            .iter()
            .enumerate()
            .map(|(i, c)| self.section(&format!("{path}.sections[{i}]"), c))
            .collect();
        Sec { title, numbered: s.numbered, blocks, children, number: s.number.map(|n| n as usize), run_in: s.run_in }
    }

    /// Records a problem that is not about markup, under its stable id.
    pub fn problem(&mut self, id: &'static str, path: &str, message: impl Into<String>) {
        self.problems.push(FieldProblem { path: path.to_owned(), message: message.into(), offset: None, id: Some(id) });
    }
}

/// A dash item: "- " then the runs.
pub(crate) fn item(runs: Rich) -> Block {
    let mut r = Rich::plain("- ");
    r.push(runs);
    Block { kind: BlockKind::Item, runs: r, table: None, keep: false }
}

/// The label of the n-th (1-based) section at a level.
fn label(style: NumberStyle, n: usize, parent: &[usize]) -> String {
    match style {
        NumberStyle::RomanHyphen => format!("{}-", roman(n)),
        NumberStyle::RomanDot => format!("{}.", roman(n)),
        NumberStyle::ArabicDot => format!("{n}."),
        NumberStyle::ArabicHyphen => format!("{n}-"),
        NumberStyle::Decimal => {
            let mut parts: Vec<String> = parent.iter().skip(2).map(|p| p.to_string()).collect();
            parts.push(n.to_string());
            format!("{}.", parts.join("."))
        }
        NumberStyle::LetterParen => format!("{})", point_letter(n)),
    }
}

/// Numbers a section tree by the profile's rules: I-, 1., 2.1., a), then "-".
pub(crate) fn number(sections: Vec<Sec>, profile: &Profile) -> Vec<Node> {
    number_from(sections, profile, 1)
}

/// Numbers a section tree whose top sections are at `first_level` (a công
/// văn's points start at "1.", the second level).
pub(crate) fn number_from(sections: Vec<Sec>, profile: &Profile, first_level: usize) -> Vec<Node> {
    fn walk(secs: Vec<Sec>, level: usize, parents: &[usize], profile: &Profile) -> Vec<Node> {
        let mut n = 0;
        secs.into_iter()
            .map(|s| {
                let (style, number_style) = match level {
                    1 => (profile.headings.level1, Some(profile.numbering.level1)),
                    2 => (profile.headings.level2, Some(profile.numbering.level2)),
                    3 => (profile.headings.level3, Some(profile.numbering.level3)),
                    4 => (profile.headings.level4, Some(profile.numbering.level4)),
                    _ => (profile.headings.unnumbered, None),
                };
                let (label, style, ordinal) = if s.numbered {
                    // A number the document gives is printed as given, and the count goes on from it.
                    n = s.number.unwrap_or(n + 1);
                    let label = match number_style {
                        Some(ns) => label(ns, n, parents),
                        None => "-".to_owned(),
                    };
                    (label, style, n)
                } else {
                    (String::new(), profile.headings.unnumbered, 0)
                };
                let title = s.title.map(|t| if style.upper { upper_rich(t) } else { t });
                let mut child_parents = parents.to_vec();
                child_parents.push(ordinal);
                let children = walk(s.children, level + 1, &child_parents, profile);
                let node = Node { level, label, title, style, blocks: s.blocks, children };
                if s.run_in { run_in(node) } else { node }
            })
            .collect()
    }
    let parents = vec![0; first_level];
    walk(sections, first_level, &parents, profile)
}

/// A run-in heading: the label and the title, in the heading's style, then
/// the first paragraph's runs, as one paragraph ("1. Về công tác …: …"). A
/// section without a title or a first paragraph stays as it is.
fn run_in(mut node: Node) -> Node {
    let Some(title) = node.title.take() else { return node };
    if node.blocks.first().is_none_or(|b| b.kind != BlockKind::Par) {
        node.title = Some(title);
        return node;
    }
    let styled = |text: String| rich::Run { text, b: node.style.bold, i: node.style.italic, u: false };
    let mut runs = Rich(Vec::new());
    if !node.label.is_empty() {
        runs.0.push(styled(format!("{} ", std::mem::take(&mut node.label))));
    }
    runs.0.extend(title.0.into_iter().map(|r| rich::Run { b: r.b || node.style.bold, i: r.i || node.style.italic, ..r }));
    runs.push_str(" ");
    let first = &mut node.blocks[0];
    runs.push(std::mem::take(&mut first.runs));
    first.runs = runs;
    node
}

/// Upper-cases every run by Unicode rules.
pub(crate) fn upper_rich(r: Rich) -> Rich {
    Rich(r.0.into_iter().map(|mut run| {
        run.text = upper(&run.text);
        run
    }).collect())
}

/// Strips list punctuation a user may have typed ("- " before, ";" "," "." after).
fn bare(s: &str) -> &str {
    let s = s.trim();
    let s = s.strip_prefix("- ").unwrap_or(s).trim_start();
    s.trim_end_matches([',', ';', '.']).trim_end()
}

/// The document's number as printed: "Số 15-KH/ĐU", or blank for a draft.
/// The type code is the rule set's (`[codes.types]` of the profile).
pub(crate) fn number_line(profile: &Profile, doc: &Document) -> String {
    let code = doc.issuer.code.as_str().trim();
    let kind = profile.codes.types.get(doc.kind.id()).map(String::as_str).unwrap_or_default();
    match doc.number {
        Some(n) => format!("Số {n:02}-{kind}/{code}"),
        None => format!("Số      -{kind}/{code}"),
    }
}

/// The header strings: issuer names in capitals and broken into lines,
/// number, place and date, marks, the subject of a công văn, and the widths
/// of the two columns; a place too long for one line is a problem at `place`.
pub(crate) fn header(profile: &Profile, doc: &Document) -> Result<HeaderCtx, FieldProblem> {
    let issuer = &doc.issuer;
    let superior = issuer.superior.as_ref().filter(|s| !s.is_blank()).map(|s| s.as_str().trim());
    let number = number_line(profile, doc);
    let date = format!("{}, {}", doc.place.as_str().trim(), doc.date.header_form());
    let marks = parts::marks(profile, doc.marks.as_ref());
    let layout = columns::layout(
        profile,
        &columns::HeaderText {
            superior,
            issuer: issuer.name.as_str().trim(),
            number: &number,
            date: &date,
            draft: marks.draft.as_deref(),
        },
    )?;
    Ok(HeaderCtx {
        party_title: profile.header.party_title.clone(),
        superior: superior.map(upper),
        issuer: upper(issuer.name.as_str().trim()),
        layout,
        number,
        date,
        subject: (!doc.kind.has_title_line()).then(|| doc.subject.as_str().trim().to_owned()),
        marks,
    })
}

/// Builds the template context of any document, or every problem found.
pub(crate) fn build(doc: &Document, profile: &Profile) -> Result<DocContext, Vec<FieldProblem>> {
    let kind = doc.kind;
    let page = &profile.page;
    let cell_room = tables::CellRoom {
        text_width_pt: (page.width_mm - page.margin_left_mm - page.margin_right_mm) * 72.0 / 25.4,
        size_pt: profile.table.size_pt,
        inset_pt: profile.table.inset_pt + profile.table.stroke_pt,
        header_bold: profile.table.header_bold,
    };
    let mut b = Builder { task_widths: profile.tasks.widths.clone(), cell_room, ..Builder::default() };
    let header = header(profile, doc).map_err(|p| b.problems.push(p));
    let to = parts::kinh_gui(&mut b, &profile.punctuation, "to", &doc.to);
    let kinh_trinh = parts::kinh_gui(&mut b, &profile.punctuation, "kinh_trinh", &doc.kinh_trinh);
    let opening = b.rich_list("opening", &doc.opening);
    let basis = basis(&mut b, &profile.punctuation, "basis", &doc.basis);
    let articles = parts::articles(&mut b, &doc.articles);
    let mut sections = plan::sections(&mut b, doc);
    let divisions = rules::divisions(&mut b, doc, doc.articles.len() + 1);
    let mut closing = b.rich_list("closing", &doc.closing);
    let mut printed_signer = signer(&doc.signer);
    let (mut form_lines, mut minutes) = (Vec::new(), None);
    let guests = match &doc.invitation {
        Some(inv) => parts::kinh_gui(&mut b, &profile.punctuation, "invitation.guests", &inv.guests),
        None => Vec::new(),
    };
    match (kind, &doc.minutes, &doc.invitation, &doc.introduction) {
        (Kind::BienBan, Some(m), _, _) => {
            let parts = forms::minutes(&mut b, doc, m, sections);
            (form_lines, sections, closing, printed_signer) = (parts.lines, parts.sections, parts.closing, parts.signer);
            minutes = Some(parts.closing_block);
        }
        (Kind::GiayMoi, _, Some(inv), _) => form_lines = forms::invitation(&mut b, inv),
        (Kind::GiayGioiThieu, _, _, Some(intro)) => (form_lines, closing) = forms::introduction(&mut b, doc, intro),
        _ => {}
    }
    // A công văn's (chỉ thị's, kết luận's …) points are numbered from "1." (the second level).
    let first_level = if kind.numbers_points() { 2 } else { 1 };
    let appendices = parts::appendices(&mut b, profile, doc);
    let header = match header {
        Ok(h) if b.problems.is_empty() => h,
        _ => return Err(b.problems),
    };
    let author: Vec<String> = doc.author.iter().filter(|a| !a.is_blank()).map(|a| upper(a.as_str().trim())).collect();
    let subject = if doc.subject_capitals { upper(doc.subject.as_str().trim()) } else { doc.subject.as_str().trim().to_owned() };
    let type_name = doc.printed_type_name();
    let issued_with = rules::issued_with(doc);
    // Whether a kind prints it is `blocks::layout`'s business (a công văn does not).
    let title = match &doc.congress_report {
        Some(r) => Some(blocks::DocBlock::CongressTitle(congress(r))),
        None => Some(blocks::DocBlock::Title {
            type_name: type_name.clone(),
            author: author.clone(),
            subject: (!subject.is_empty()).then(|| subject.clone()),
            issued_with: issued_with.clone(),
        }),
    };
    let sections = number_from(sections, profile, first_level);
    let co_signers: Vec<SignerCtx> = doc.co_signers.iter().map(signer).collect();
    let confirmation = doc.confirmation.as_ref().map(|c| confirmation(&doc.signer, c));
    let recipients = recipients(profile, kind.lists_as_above() || !doc.to.is_empty(), doc.recipients.as_ref());
    let appendices = with_header(appendices, &header);
    let enacting = doc.enacting.as_ref().filter(|e| !e.is_blank()).map(|e| e.as_str().trim().to_owned());
    let contact = doc.issuer.contact.as_ref().filter(|c| !c.is_blank()).map(|c| c.as_str().trim().to_owned());
    let copy = doc.copy.as_ref().map(copy::copy);
    let pieces = blocks::Pieces {
        title,
        to: to.clone(),
        kinh_trinh: kinh_trinh.clone(),
        guests,
        form_lines,
        opening,
        basis: basis.clone(),
        enacting: enacting.clone(),
        articles: articles.clone(),
        divisions: divisions.clone(),
        sections: sections.clone(),
        closing,
        signer: printed_signer.clone(),
        co_signers: co_signers.clone(),
        confirmation: confirmation.clone(),
        minutes: minutes.clone(),
        recipients: recipients.clone(),
        contact: contact.clone(),
        no_broadcast: header.marks.no_broadcast.clone(),
        copy: copy.clone(),
        appendices: appendices.clone(),
    };
    let mut context = DocContext {
        kind: kind.id(),
        type_name: (kind.has_title_line() && doc.congress_report.is_none()).then_some(type_name),
        header,
        subject: match &doc.congress_report {
            Some(r) => r.theme.as_str().trim().to_owned(),
            None => subject,
        },
        congress: doc.congress_report.as_ref().map(congress),
        to,
        author,
        kinh_trinh,
        minutes,
        basis,
        enacting,
        articles,
        issued_with,
        divisions,
        sections,
        signer: printed_signer,
        co_signers,
        confirmation,
        recipients,
        appendices,
        contact,
        copy,
        blocks: blocks::layout(kind, pieces),
        meta: meta(profile, doc),
        dates: b.dates,
    };
    spelling::unify(&mut context, profile.spelling.tone_marks);
    breaks::settle(&mut context, profile);
    Ok(context)
}

/// Basis lines: "- Căn cứ …;" and the last "- … ," (HD 36) or "- … ." (HD 05),
/// as the profile's punctuation says.
pub(crate) fn basis(b: &mut Builder, punctuation: &Punctuation, path: &str, lines: &[Text]) -> Vec<Rich> {
    let count = lines.len();
    lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let mut runs = Rich::plain("- ");
            runs.push(b.rich(&format!("{path}[{i}]"), &Text::new(bare(line.as_str()))));
            runs.push_str(if i + 1 == count { &punctuation.basis_last } else { &punctuation.basis_between });
            runs
        })
        .collect()
}

/// The signature block strings.
pub(crate) fn signer(s: &Signer) -> SignerCtx {
    let authority = s.authority.as_ref().filter(|a| !a.is_blank()).map(|a| {
        let body = s.body.as_ref().map(|b| upper(b.as_str().trim())).unwrap_or_default();
        format!("{} {}", a.as_str().trim(), body).trim_end().to_owned()
    });
    let concurrent = s.concurrent_position.as_ref().filter(|p| !p.is_blank()).map(|p| upper(p.as_str().trim()));
    SignerCtx {
        authority,
        position: upper(s.position.as_str().trim()),
        concurrent_position: concurrent.clone(),
        concurrently: concurrent.map(|_| CONCURRENTLY.to_owned()),
        name: s.name.as_str().trim().to_owned(),
        signature_image: s.signature_image.as_ref().map(|p| plan_path(p.as_str())),
        seal_image: s.seal_image.as_ref().map(|p| plan_path(p.as_str())),
        seal_diameter_mm: s.seal_diameter_mm,
        pad_lines: 0,
    }
}

/// The virtual path under which the typst world serves a file of the plan's
/// directory (checked by [`crate::check::images`] before it gets here).
fn plan_path(relative: &str) -> String {
    format!("{}{}", crate::sandbox::PLAN_PREFIX, relative.trim().replace('\\', "/"))
}

/// "Xác nhận chữ ký của đồng chí …" (of `confirmed`, "…" while the name is
/// blank) over the block of the one who confirms it (HD 05 7.1.4a, 7.1.4e).
pub(crate) fn confirmation(confirmed: &Signer, by: &Signer) -> ConfirmationCtx {
    let whose = match confirmed.name.as_str().trim() {
        "" => "…".to_owned(),
        name => name.to_owned(),
    };
    ConfirmationCtx { label: format!("{CONFIRMS} {whose}"), lead_in: CONFIRMS.to_owned(), whose, signer: signer(by) }
}

/// The "Nơi nhận" lines: "- name (note)," … and "- Lưu archive."; the list
/// of a document with "Kính gửi" or "Kính trình" (`as_above`) starts with "- Như trên,". The separator is the profile's ("," under
/// HD 36, ";" under HD 05); then the typist's line "NguyenVanAn-26".
pub(crate) fn recipients(profile: &Profile, as_above: bool, r: Option<&Recipients>) -> RecipientsCtx {
    let Some(r) = r else {
        // A Biên bản without "Nơi nhận".
        return RecipientsCtx { label: profile.recipients.label.clone(), lines: Vec::new(), typist: None };
    };
    let sep = profile.punctuation.recipient_between.as_str();
    let mut lines: Vec<String> = r
        .to
        .iter()
        .map(|rec| {
            let name = bare(rec.name().as_str());
            match rec.note().filter(|n| !n.is_blank()) {
                Some(note) => {
                    let note = note.as_str().trim().trim_start_matches('(').trim_end_matches(')');
                    format!("- {name} ({note}){sep}")
                }
                None => format!("- {name}{sep}"),
            }
        })
        .collect();
    let as_above_line = format!("- {AS_ABOVE}{sep}");
    if as_above && lines.first().is_none_or(|l| *l != as_above_line) {
        lines.insert(0, as_above_line);
    }
    let archive = bare(r.archive.as_str());
    let archive = archive.strip_prefix(profile.recipients.archive_prefix.as_str()).unwrap_or(archive).trim_start();
    lines.push(format!("- {} {}.", profile.recipients.archive_prefix, archive));
    let typist = r.typist.as_ref().filter(|t| !t.is_blank()).map(|t| {
        let code = t.as_str().trim();
        let code = if profile.typist.upper { upper(code) } else { code.to_owned() };
        match r.copies {
            Some(n) => format!("{code}-{n:02}"),
            None => code,
        }
    });
    RecipientsCtx { label: profile.recipients.label.clone(), lines, typist }
}

/// The first recipient of a công văn (tờ trình): the addressees of "Kính gửi" ("Kính trình").
const AS_ABOVE: &str = "Như trên";

/// What the PDF's keywords say about the rule set ("Thể thức: Hướng dẫn 05-HD/VPTW").
pub const RULE_SET_KEYWORD: &str = "Thể thức: ";

/// PDF metadata from the document's own data and its rule set.
pub(crate) fn meta(profile: &Profile, doc: &Document) -> Meta {
    let date = &doc.date;
    Meta {
        // A political report to a congress is known by its theme.
        title: match &doc.congress_report {
            Some(r) => r.theme.as_str().trim().to_owned(),
            None => format!("{} {}", doc.type_name_in_text(), doc.subject.as_str().trim()).trim_end().to_owned(),
        },
        author: doc.issuer.name.as_str().trim().to_owned(),
        keywords: vec![format!("{RULE_SET_KEYWORD}{}", profile.rule_set.title)],
        date: match (date.month, date.day) {
            (Some(m), Some(d)) => Some((date.year, m, d)),
            _ => None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::Profile;

    fn sec(title: &str, children: Vec<Sec>) -> Sec {
        Sec { children, ..Sec::titled(Rich::plain(title)) }
    }

    #[test]
    fn numbering_follows_the_party_hierarchy() {
        let p = Profile::builtin("dang").unwrap();
        let tree = vec![
            sec("mục đích", vec![]),
            sec("nội dung", vec![sec("a", vec![]), sec("b", vec![sec("x", vec![]), sec("y", vec![sec("p", vec![])])])]),
        ];
        let nodes = number(tree, &p);
        assert_eq!(nodes[0].label, "I-");
        assert_eq!(nodes[0].title.as_ref().unwrap().to_plain(), "MỤC ĐÍCH");
        assert_eq!(nodes[1].label, "II-");
        assert_eq!(nodes[1].children[1].label, "2.");
        assert_eq!(nodes[1].children[1].children[1].label, "2.2.");
        assert_eq!(nodes[1].children[1].children[1].children[0].label, "a)");
    }

    #[test]
    fn unnumbered_sections_do_not_count() {
        let p = Profile::builtin("dang").unwrap();
        let mut loose = sec("cấp cơ sở", vec![]);
        loose.numbered = false;
        let nodes = number(vec![loose, sec("một", vec![])], &p);
        assert_eq!(nodes[0].label, "");
        assert_eq!(nodes[1].label, "I-");
    }

    #[test]
    fn list_punctuation_is_computed() {
        let p = Profile::builtin("dang-hd36-2018").unwrap();
        let r: Recipients = toml::from_str(
            "to = [{ name = \"Ban Dân vận Huyện ủy\", note = \"để báo cáo\" }, \"Các Chi ủy Chi bộ,\"]\narchive = \"Lưu VPĐU.\"",
        )
        .unwrap();
        assert_eq!(
            recipients(&p, false, Some(&r)).lines,
            vec!["- Ban Dân vận Huyện ủy (để báo cáo),", "- Các Chi ủy Chi bộ,", "- Lưu VPĐU."]
        );
        let mut b = Builder::default();
        let basis_lines = [Text::new("- Căn cứ Điều lệ Đảng;"), Text::new("Theo đề nghị của Văn phòng")];
        let lines = basis(&mut b, &p.punctuation, "basis", &basis_lines);
        let plain: Vec<String> = lines.iter().map(|r| r.to_plain()).collect();
        assert_eq!(plain, vec!["- Căn cứ Điều lệ Đảng;", "- Theo đề nghị của Văn phòng,"]);

        // HD 05 9.2.5 and 6.2.3: ";" after every recipient, "." after the last căn cứ.
        let hd05 = Profile::builtin("dang-hd05-2026").unwrap();
        assert_eq!(
            recipients(&hd05, true, Some(&r)).lines,
            vec!["- Như trên;", "- Ban Dân vận Huyện ủy (để báo cáo);", "- Các Chi ủy Chi bộ;", "- Lưu VPĐU."]
        );
        let lines = basis(&mut b, &hd05.punctuation, "basis", &basis_lines);
        let plain: Vec<String> = lines.iter().map(|r| r.to_plain()).collect();
        assert_eq!(plain, vec!["- Căn cứ Điều lệ Đảng;", "- Theo đề nghị của Văn phòng."]);
    }

    #[test]
    fn a_congress_report_prints_its_theme_in_capitals_and_one_pair_of_parentheses() {
        let r: crate::model::CongressReport = toml::from_str(
            "theme = \" Xây dựng Đảng bộ tỉnh trong sạch, vững mạnh \"\npresented = \"(Báo cáo của Ban Chấp hành trình Đại hội) \"",
        )
        .unwrap();
        let c = congress(&r);
        assert_eq!(c.theme, "XÂY DỰNG ĐẢNG BỘ TỈNH TRONG SẠCH, VỮNG MẠNH");
        assert_eq!(c.presented, "(Báo cáo của Ban Chấp hành trình Đại hội)");
        let bare: crate::model::CongressReport = toml::from_str("theme = \"a\"\npresented = \"Báo cáo của Tỉnh ủy\"").unwrap();
        assert_eq!(congress(&bare).presented, "(Báo cáo của Tỉnh ủy)");
    }

    #[test]
    fn the_typist_line_follows_the_rule_set() {
        let r: Recipients = toml::from_str("archive = \"VPĐU\"\ntypist = \"NguyenVanAn\"\ncopies = 26").unwrap();
        let hd05 = Profile::builtin("dang-hd05-2026").unwrap();
        let hd36 = Profile::builtin("dang-hd36-2018").unwrap();
        assert_eq!(recipients(&hd05, false, Some(&r)).typist.as_deref(), Some("NguyenVanAn-26"));
        assert_eq!(recipients(&hd36, false, Some(&r)).typist.as_deref(), Some("NGUYENVANAN-26"));
    }
}
