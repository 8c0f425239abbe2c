//! The printed body of a document as an ordered list of typed blocks: the
//! title block, "Kính gửi:" and its like, paragraphs, basis lines, the
//! enacting line, sections and articles, divisions, the closing block, the
//! foot of the last page, a copy's stamp, appendices.
//!
//! `layout` is the one place that decides, per [`Kind`], which blocks a
//! document has, in which order, with which labels, and which of them is kept
//! with what follows (the last paragraph before the signature). The two
//! writers only dress the blocks: `templates/lib/party.typ` has one function
//! per block type, named as the type and called with the profile and the
//! block (so a user's library that redefines `paragraph` dresses every
//! paragraph block), `templates/docx/parts.xml.j2` one macro per block type,
//! and each iterates the list. No template names a kind.
//!
//! A new kind that reuses existing blocks is one arm of `layout`'s match; a
//! new block type is a variant of [`DocBlock`], a function in `party.typ` and
//! a macro in `parts.xml.j2`.

use serde::Serialize;

use super::copy::CopyCtx;
use super::forms::MinutesCtx;
use super::parts::AppendixCtx;
use super::rich::Rich;
use super::rules::DivisionCtx;
use super::spelling::Wording;
use super::{BlockKind, CongressCtx, ConfirmationCtx, Node, RecipientsCtx, SignerCtx};
use crate::model::Kind;

/// The label of a công văn's addressees (HD 05 9.2.3).
pub const KINH_GUI: &str = "Kính gửi:";
/// The label of a tờ trình's addressees (HD 05 9.2.4).
pub const KINH_TRINH: &str = "Kính trình:";
/// The label of a giấy mời's guests, placed as "Kính gửi:".
pub const KINH_MOI: &str = "Trân trọng kính mời:";

/// One block of the printed body, serialised with its type in `type`
/// ("title", "addressees", "paragraph" …), the rest of its fields beside it.
#[derive(Clone, Debug, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum DocBlock {
    /// "KẾ HOẠCH", author lines, the subject, a "(Ban hành kèm theo …)"
    /// line, and the "-----" separator.
    Title {
        /// "KẾ HOẠCH", or the type name the document gives ("CHƯƠNG TRÌNH HÀNH ĐỘNG").
        type_name: String,
        /// Author lines in capitals ("CỦA BAN THƯỜNG VỤ THÀNH UỶ").
        author: Vec<String>,
        /// The subject as printed (a line break typed in it is a "\n");
        /// none when the document has none (a title by its author lines alone).
        subject: Option<String>,
        /// "(Ban hành kèm theo Quyết định số …)" of a Quy chế or Quy định.
        issued_with: Option<String>,
    },
    /// The title block of a political report to a congress (HD 05 5.1.2):
    /// the theme and who presents it, then the separator.
    CongressTitle(CongressCtx),
    /// "Kính gửi:", "Kính trình:" or "Trân trọng kính mời:" and the names.
    Addressees {
        /// The label, with its colon.
        label: String,
        /// The names, punctuated.
        names: Vec<Rich>,
        /// Whether it follows the title block directly (whose own gap
        /// after the separator is then all the space above it).
        after_title: bool,
    },
    /// A body paragraph: opening, closing, a form's line, an enacting sentence.
    Paragraph {
        /// Its runs.
        text: Rich,
        /// Kept on the page of what follows (the last paragraph before the
        /// signature, an enacting sentence before its sections).
        keep_with_next: bool,
    },
    /// A "Căn cứ" line.
    BasisLine {
        /// "- Căn cứ …;".
        text: Rich,
    },
    /// The enacting line of a decision, centred, bold ("BAN THƯỜNG VỤ … QUYẾT ĐỊNH:").
    Enacting {
        /// The line.
        text: String,
    },
    /// A numbered section (or a "Điều N." article) with its sub-sections; its
    /// paragraph kept with the closing block is marked in the tree. Written
    /// as the node's own fields (a block is a node with `type` and `article`).
    Section {
        /// The section.
        #[serde(flatten)]
        node: Node,
        /// Whether it is an article ("Điều N."), which an office styles apart.
        article: bool,
    },
    /// A division of a Quy chế or Quy định: Phần / Chương / Mục.
    Division(DivisionCtx),
    /// "Nơi nhận:" and the recipients beside the signature (or a joint
    /// document's signature grid), and a confirmation under it.
    Closing {
        /// The lead signer.
        signer: SignerCtx,
        /// The "Nơi nhận" block.
        recipients: RecipientsCtx,
        /// Other signers, in grid order after the lead.
        co_signers: Vec<SignerCtx>,
        /// The block confirming the lead signer's signature.
        confirmation: Option<ConfirmationCtx>,
        /// Whether a table ends the body just before it.
        after_table: bool,
    },
    /// A Biên bản's closing block: recorder and chair level, the
    /// confirmation, then "Nơi nhận" if given.
    MinutesClosing {
        /// The chair.
        signer: SignerCtx,
        /// The recorder's column and the confirmation.
        minutes: MinutesCtx,
        /// The "Nơi nhận" block (no lines when none is given).
        recipients: RecipientsCtx,
        /// Whether a table ends the body just before it.
        after_table: bool,
    },
    /// The foot of the closing block's page: the contact under a rule, the
    /// "KHÔNG PHỔ BIẾN …" mark.
    LastPage {
        /// The issuing body's contact information.
        contact: Option<String>,
        /// "KHÔNG PHỔ BIẾN …".
        no_broadcast: Option<String>,
    },
    /// A copy's stamp and the copier's signature.
    Copy(CopyCtx),
    /// An appendix on pages of its own, written as the appendix's own fields
    /// with `first` and `after_landscape`.
    Appendix {
        /// The appendix.
        #[serde(flatten)]
        appendix: AppendixCtx,
        /// Whether it is the document's first appendix.
        first: bool,
        /// Whether the pages before it are landscape (an earlier appendix's).
        after_landscape: bool,
    },
}

/// The pieces of a document's body, each in its printed form, that
/// `layout` puts in order.
pub(crate) struct Pieces {
    /// The title block (which a công văn does not print).
    pub title: Option<DocBlock>,
    /// The addressees of "Kính gửi:" (a công văn's, or any other kind's).
    pub to: Vec<Rich>,
    /// A tờ trình's addressees.
    pub kinh_trinh: Vec<Rich>,
    /// A giấy mời's guests.
    pub guests: Vec<Rich>,
    /// A form's lines before its sections.
    pub form_lines: Vec<Rich>,
    /// Opening paragraphs.
    pub opening: Vec<Rich>,
    /// Basis lines.
    pub basis: Vec<Rich>,
    /// The enacting line or sentence.
    pub enacting: Option<String>,
    /// "Điều N." articles before any division.
    pub articles: Vec<Node>,
    /// Phần / Chương / Mục.
    pub divisions: Vec<DivisionCtx>,
    /// The numbered sections.
    pub sections: Vec<Node>,
    /// Closing paragraphs.
    pub closing: Vec<Rich>,
    /// The lead signer.
    pub signer: SignerCtx,
    /// Co-signers.
    pub co_signers: Vec<SignerCtx>,
    /// The confirmation of the lead signer's signature.
    pub confirmation: Option<ConfirmationCtx>,
    /// A Biên bản's closing block.
    pub minutes: Option<MinutesCtx>,
    /// "Nơi nhận".
    pub recipients: RecipientsCtx,
    /// The contact for the last page.
    pub contact: Option<String>,
    /// "KHÔNG PHỔ BIẾN …".
    pub no_broadcast: Option<String>,
    /// A copy's stamp.
    pub copy: Option<CopyCtx>,
    /// Appendices.
    pub appendices: Vec<AppendixCtx>,
}

/// The blocks of a document of `kind`, in printed order: the one match that
/// says which parts each kind prints and where.
pub(crate) fn layout(kind: Kind, p: Pieces) -> Vec<DocBlock> {
    use Kind::*;
    let page = Page { blocks: Vec::new(), p };
    fn kinh_gui(p: &mut Pieces) -> &mut Vec<Rich> {
        &mut p.to
    }
    match kind {
        KeHoach | BaoCao | HuongDan | ThongBao | ChiThi | ThongTri | DeAn | KetLuan | ChuongTrinh => {
            page.title().addressees(KINH_GUI, kinh_gui).opening().basis().sections().closing()
        }
        // No title line: the subject stands under the number (in the header).
        CongVan => page.addressees(KINH_GUI, kinh_gui).opening().basis().sections().closing(),
        // "Kính trình:" (HD 05 9.2.4), or "Kính gửi:" as an office may write it.
        ToTrinh => page
            .title()
            .addressees(KINH_TRINH, |p| &mut p.kinh_trinh)
            .addressees(KINH_GUI, kinh_gui)
            .opening()
            .basis()
            .sections()
            .closing(),
        QuyetDinh => page.title().addressees(KINH_GUI, kinh_gui).opening().basis().enacting_line().articles().sections().closing(),
        NghiQuyet => page.title().addressees(KINH_GUI, kinh_gui).opening().basis().enacting_sentence().sections().closing(),
        QuyChe | QuyDinh => {
            page.title().addressees(KINH_GUI, kinh_gui).opening().basis().enacting_sentence().articles().divisions().closing()
        }
        BienBan => page.title().opening().basis().form_lines().sections().minutes_closing(),
        GiayMoi => page.title().opening().basis().addressees(KINH_MOI, |p| &mut p.guests).form_lines().sections().closing(),
        GiayGioiThieu => page.title().opening().basis().form_lines().sections().closing(),
    }
    .end()
}

/// The blocks so far and the pieces not yet placed.
struct Page {
    blocks: Vec<DocBlock>,
    p: Pieces,
}

impl Page {
    fn title(mut self) -> Self {
        self.blocks.extend(self.p.title.take());
        self
    }

    /// The label and its names, when there are any.
    fn addressees(mut self, label: &str, names: fn(&mut Pieces) -> &mut Vec<Rich>) -> Self {
        if names(&mut self.p).is_empty() {
            return self;
        }
        let after_title = matches!(self.blocks.last(), Some(DocBlock::Title { .. } | DocBlock::CongressTitle(_)));
        let names = std::mem::take(names(&mut self.p));
        self.blocks.push(DocBlock::Addressees { label: label.to_owned(), names, after_title });
        self
    }

    fn paragraphs(&mut self, texts: Vec<Rich>) {
        self.blocks.extend(texts.into_iter().map(|text| DocBlock::Paragraph { text, keep_with_next: false }));
    }

    fn opening(mut self) -> Self {
        let opening = std::mem::take(&mut self.p.opening);
        self.paragraphs(opening);
        self
    }

    fn basis(mut self) -> Self {
        self.blocks.extend(std::mem::take(&mut self.p.basis).into_iter().map(|text| DocBlock::BasisLine { text }));
        self
    }

    fn form_lines(mut self) -> Self {
        let lines = std::mem::take(&mut self.p.form_lines);
        self.paragraphs(lines);
        self
    }

    /// A decision's enacting line, centred and bold.
    fn enacting_line(mut self) -> Self {
        self.blocks.extend(self.p.enacting.take().map(|text| DocBlock::Enacting { text }));
        self
    }

    /// The enacting sentence of a Nghị quyết, Quy chế or Quy định: a
    /// paragraph kept with the sections it introduces. Without one, the
    /// opening paragraph that introduces them ("… thực hiện như sau:") is
    /// kept with them instead; nothing is added.
    fn enacting_sentence(mut self) -> Self {
        match self.p.enacting.take() {
            Some(t) => self.blocks.push(DocBlock::Paragraph { text: Rich::plain(t), keep_with_next: true }),
            None => {
                if let Some(DocBlock::Paragraph { text, keep_with_next }) = self.blocks.last_mut() {
                    *keep_with_next |= text.to_plain().trim_end().ends_with(':');
                }
            }
        }
        self
    }

    fn articles(mut self) -> Self {
        let articles = std::mem::take(&mut self.p.articles);
        self.blocks.extend(articles.into_iter().map(|node| DocBlock::Section { node, article: true }));
        self
    }

    fn sections(mut self) -> Self {
        let sections = std::mem::take(&mut self.p.sections);
        self.blocks.extend(sections.into_iter().map(|node| DocBlock::Section { node, article: false }));
        self
    }

    fn divisions(mut self) -> Self {
        self.blocks.extend(std::mem::take(&mut self.p.divisions).into_iter().map(DocBlock::Division));
        self
    }

    /// The closing paragraphs, the last kept with the closing block; without
    /// them, the last paragraph of the last section (or division) is. Returns
    /// whether a table ends the body.
    fn closing_paragraphs(&mut self) -> bool {
        let closing = std::mem::take(&mut self.p.closing);
        if closing.is_empty() {
            return match self.blocks.last_mut() {
                Some(DocBlock::Section { node, .. }) => keep_last(std::slice::from_mut(node)),
                Some(DocBlock::Division(d)) => keep_last_division(d),
                _ => false,
            };
        }
        let count = closing.len();
        self.blocks.extend(closing.into_iter().enumerate().map(|(i, text)| DocBlock::Paragraph { text, keep_with_next: i + 1 == count }));
        false
    }

    /// The closing block: "Nơi nhận:" and the signature(s).
    fn closing(mut self) -> Self {
        let after_table = self.closing_paragraphs();
        let p = &mut self.p;
        self.blocks.push(DocBlock::Closing {
            signer: p.signer.clone(),
            recipients: p.recipients.clone(),
            co_signers: std::mem::take(&mut p.co_signers),
            confirmation: p.confirmation.take(),
            after_table,
        });
        self
    }

    /// A Biên bản's closing block (the plain one when the minutes are missing).
    fn minutes_closing(mut self) -> Self {
        let Some(minutes) = self.p.minutes.take() else { return self.closing() };
        let after_table = self.closing_paragraphs();
        self.blocks.push(DocBlock::MinutesClosing {
            signer: self.p.signer.clone(),
            minutes,
            recipients: self.p.recipients.clone(),
            after_table,
        });
        self
    }

    /// What every document ends with: the foot of the last page, a copy's
    /// stamp, the appendices.
    fn end(mut self) -> Vec<DocBlock> {
        let p = &mut self.p;
        self.blocks.push(DocBlock::LastPage { contact: p.contact.take(), no_broadcast: p.no_broadcast.take() });
        self.blocks.extend(p.copy.take().map(DocBlock::Copy));
        let mut after_landscape = false;
        for (i, appendix) in std::mem::take(&mut p.appendices).into_iter().enumerate() {
            let landscape = appendix.landscape;
            self.blocks.push(DocBlock::Appendix { appendix, first: i == 0, after_landscape });
            after_landscape = landscape;
        }
        self.blocks
    }
}

/// Marks the paragraph that keeps with the closing block in the last of
/// `nodes`: the last block of its last descendant. Returns whether that block is a table.
fn keep_last(nodes: &mut [Node]) -> bool {
    let Some(last) = nodes.last_mut() else { return false };
    if !last.children.is_empty() {
        return keep_last(&mut last.children);
    }
    match last.blocks.last_mut() {
        Some(b) => {
            b.keep = true;
            b.kind == BlockKind::Table
        }
        None => false,
    }
}

/// [`keep_last`] for a division: its last division's, else its last article's.
fn keep_last_division(d: &mut DivisionCtx) -> bool {
    match d.divisions.last_mut() {
        Some(below) => keep_last_division(below),
        None => keep_last(&mut d.articles),
    }
}

impl Wording for DocBlock {
    fn each_string(&mut self, f: &mut dyn FnMut(&mut String)) {
        match self {
            DocBlock::Title { type_name, author, subject, issued_with } => {
                type_name.each_string(f);
                author.each_string(f);
                subject.each_string(f);
                issued_with.each_string(f);
            }
            DocBlock::CongressTitle(c) => c.each_string(f),
            DocBlock::Addressees { label, names, .. } => {
                label.each_string(f);
                names.each_string(f);
            }
            DocBlock::Paragraph { text, .. } | DocBlock::BasisLine { text } => text.each_string(f),
            DocBlock::Enacting { text } => text.each_string(f),
            DocBlock::Section { node, .. } => node.each_string(f),
            DocBlock::Division(d) => d.each_string(f),
            DocBlock::Closing { signer, recipients, co_signers, confirmation, .. } => {
                signer.each_string(f);
                recipients.each_string(f);
                co_signers.each_string(f);
                confirmation.each_string(f);
            }
            DocBlock::MinutesClosing { signer, minutes, recipients, .. } => {
                signer.each_string(f);
                minutes.each_string(f);
                recipients.each_string(f);
            }
            DocBlock::LastPage { contact, no_broadcast } => {
                contact.each_string(f);
                no_broadcast.each_string(f);
            }
            DocBlock::Copy(c) => c.each_string(f),
            DocBlock::Appendix { appendix, .. } => appendix.each_string(f),
        }
    }
}
