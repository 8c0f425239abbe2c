//! Context of the parts several kinds share: header marks, "Kính gửi",
//! articles of a decision, appendices (tables: `super::tables`).

use serde::Serialize;

use super::{number_line, Block, Builder, Node, Sec};
use crate::context::numerals::vietnamese_letter;
use crate::model::{Appendix, Article, Clause, Document, Marks};
use crate::profile::{HeadingStyle, Profile, Punctuation};
use crate::context::rich::Rich;
use crate::vietnamese::{upper, Text};

/// Header marks as printed.
#[derive(Clone, Debug, Default, Serialize)]
pub struct MarksCtx {
    /// Framed boxes under the number: secrecy, then urgency.
    pub boxes: Vec<String>,
    /// "Dự thảo" (with its number), for a draft.
    pub draft: Option<String>,
    /// The circulation scope ("LƯU HÀNH NỘI BỘ").
    pub circulation: Option<String>,
    /// "Không phổ biến trên phương tiện thông tin đại chúng", for the last page.
    pub no_broadcast: Option<String>,
}

/// An appendix as printed.
#[derive(Clone, Debug, Serialize)]
pub struct AppendixCtx {
    /// "Phụ lục 1".
    pub label: String,
    /// The title, in capitals.
    pub title: String,
    /// A line under the title.
    pub subtitle: Option<String>,
    /// "(Kèm theo Kế hoạch số 15-KH/ĐU, ngày 01/4/2024 của Đảng uỷ xã Nghĩa Thái)".
    pub attached_to: String,
    /// Whether its pages are landscape.
    pub landscape: bool,
    /// Paragraphs and tables before its sections.
    pub blocks: Vec<Block>,
    /// Its numbered sections.
    pub sections: Vec<Node>,
    /// Captions of the signatures of a form.
    pub signatures: Vec<String>,
    /// The document's header, printed again at the top of the appendix's
    /// first page (`header = true`).
    pub header: Option<super::HeaderCtx>,
    /// Whether the data asks for the header (filled in `header` once the header is built).
    #[serde(skip)]
    pub repeats_header: bool,
}

fn text_or_none(t: &Option<Text>) -> Option<&str> {
    t.as_ref().map(|t| t.as_str().trim()).filter(|t| !t.is_empty())
}

/// Secrecy and urgency boxes, draft and circulation notes (circulation
/// scopes are printed in capitals: HD 05 Phụ lục 2 row 12).
pub(crate) fn marks(profile: &Profile, m: Option<&Marks>) -> MarksCtx {
    let Some(m) = m else { return MarksCtx::default() };
    MarksCtx {
        boxes: [&m.secrecy, &m.urgency].into_iter().filter_map(text_or_none).map(upper).collect(),
        draft: text_or_none(&m.draft).map(str::to_owned),
        circulation: text_or_none(&m.circulation).map(upper),
        no_broadcast: m.no_broadcast.then(|| upper(&profile.marks.no_broadcast)),
    }
}

/// "Kính gửi:" lines: one addressee on the label's line, several as "- …"
/// each, punctuated as the profile says (HD 36 "," and the last "."; HD 05
/// ";" after every one).
pub(crate) fn kinh_gui(b: &mut Builder, punctuation: &Punctuation, path: &str, to: &[Text]) -> Vec<Rich> {
    let parsed = b.rich_list(path, to);
    if parsed.len() == 1 && punctuation.addressee_single.is_empty() {
        return parsed;
    }
    if parsed.len() == 1 {
        return parsed
            .into_iter()
            .map(|runs| {
                let mut line = trim_end_punct(runs);
                line.push_str(&punctuation.addressee_single);
                line
            })
            .collect();
    }
    let count = parsed.len();
    parsed
        .into_iter()
        .enumerate()
        .map(|(i, runs)| {
            let mut line = Rich::plain("- ");
            line.push(trim_end_punct(runs));
            line.push_str(if i + 1 == count { &punctuation.addressee_last } else { &punctuation.addressee_between });
            line
        })
        .collect()
}

fn trim_end_punct(mut r: Rich) -> Rich {
    if let Some(last) = r.0.last_mut() {
        let trimmed = last.text.trim_end().trim_end_matches([',', ';', '.']).trim_end().len();
        last.text.truncate(trimmed);
    }
    r
}

/// "Điều 1. Title" (bold), then paragraphs and clauses "1.", "2." …
pub(crate) fn articles(b: &mut Builder, articles: &[Article]) -> Vec<Node> {
    numbered_articles(b, "articles", articles, 1)
}

/// Articles numbered from `first` ("Điều 5." …): the whole line "Điều N.
/// Title" bold (HD 05 Phụ lục 2 row 6), then paragraphs, dash items, clauses
/// "1." and their points "a)", regular.
pub(crate) fn numbered_articles(b: &mut Builder, path: &str, articles: &[Article], first: usize) -> Vec<Node> {
    let bold = HeadingStyle { bold: true, italic: false, upper: false };
    let plain = HeadingStyle { bold: false, italic: false, upper: false };
    articles
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let path = format!("{path}[{i}]");
            let label = format!("Điều {}.", first + i);
            let title = a.title.as_ref().map(|t| b.rich(&format!("{path}.title"), t));
            let mut blocks = b.paragraphs(&format!("{path}.text"), &a.text);
            if title.is_none() {
                // Without a title, "Điều N." runs in, in bold, before the first paragraph.
                let mut first = Rich(vec![crate::context::rich::Run { text: format!("{label} "), b: true, ..Default::default() }]);
                if !blocks.is_empty() {
                    first.push(blocks.remove(0).runs);
                }
                blocks.insert(0, Block::par(first));
            }
            blocks.extend(b.items(&format!("{path}.items"), &a.items));
            let mut children = clauses(b, &path, &a.clauses, 1);
            for (k, part) in a.parts.iter().enumerate() {
                let at = format!("{path}.parts[{k}]");
                // Text between or after the clauses: an unnumbered paragraph group of the article.
                let mut texts = b.paragraphs(&format!("{at}.text"), &part.text);
                texts.extend(b.items(&format!("{at}.items"), &part.items));
                if !texts.is_empty() {
                    children.push(Node { level: 2, label: String::new(), title: None, style: plain, blocks: texts, children: Vec::new() });
                }
                let first = children.iter().filter(|c| !c.label.is_empty()).count() + 1;
                children.extend(clauses(b, &at, &part.clauses, first));
            }
            Node {
                level: 1,
                label: if title.is_some() { label } else { String::new() },
                title,
                style: bold,
                blocks,
                children,
            }
        })
        .collect()
}

/// Clauses (khoản) "1.", "2." … numbered from `first`, each with its
/// further paragraphs and its points "a)", "b)" (HD 05 6.2.4).
fn clauses(b: &mut Builder, path: &str, clauses: &[Clause], first: usize) -> Vec<Node> {
    let plain = HeadingStyle { bold: false, italic: false, upper: false };
    let leaf = |level: usize, label: String, blocks: Vec<Block>, children: Vec<Node>| Node { level, label, title: None, style: plain, blocks, children };
    clauses
        .iter()
        .enumerate()
        .map(|(j, clause)| {
            let at = format!("{path}.clauses[{j}]");
            let (text_path, points_path) = match clause {
                Clause::Text(_) => (at.clone(), format!("{at}.points")),
                Clause::WithPoints { .. } => (format!("{at}.text"), format!("{at}.points")),
            };
            let mut blocks = vec![Block::par(b.rich(&text_path, clause.text()))];
            blocks.extend(b.paragraphs(&format!("{at}.more"), clause.more()));
            let points = b
                .rich_list(&points_path, clause.points())
                .into_iter()
                .enumerate()
                .map(|(k, runs)| leaf(3, format!("{})", vietnamese_letter(k + 1)), vec![Block::par(runs)], Vec::new()))
                .collect();
            leaf(2, format!("{}.", first + j), blocks, points)
        })
        .collect()
}
/// The label of appendix `index` (from 0) of `count`: "Phụ lục 1", "Phụ lục
/// 2" …, a lone appendix "Phụ lục" where the rule set numbers them only from
/// two (HD 05 II.1.1; `number_alone` false). `verify` holds the page to it.
pub(crate) fn appendix_label(index: usize, count: usize, number_alone: bool) -> String {
    if count > 1 || number_alone { format!("Phụ lục {}", index + 1) } else { "Phụ lục".to_owned() }
}

/// Appendices: "Phụ lục N", the title, "(Kèm theo … số …, ngày … của …)".
pub(crate) fn appendices(b: &mut Builder, profile: &Profile, doc: &Document) -> Vec<AppendixCtx> {
    let number = number_line(profile, doc);
    let number = number.strip_prefix("Số ").unwrap_or(&number);
    // A complete date in its short form; a draft's blanks in the header form.
    let date = if doc.date.is_complete() { format!("ngày {}", doc.date.short_form()) } else { doc.date.header_form() };
    let attached_to = format!(
        "(Kèm theo {} số {}, {} của {})",
        doc.type_name_in_text(),
        number,
        date,
        doc.issuer.name.as_str().trim()
    );
    doc.appendices
        .iter()
        .enumerate()
        .map(|(i, a): (usize, &Appendix)| {
            let path = format!("appendices[{i}]");
            let mut blocks = b.paragraphs(&format!("{path}.text"), &a.text);
            blocks.extend(b.tables(&format!("{path}.tables"), &a.tables));
            blocks.extend(b.tasks(&a.tasks));
            let sections: Vec<Sec> =
                a.sections.iter().enumerate().map(|(j, s)| b.section(&format!("{path}.sections[{j}]"), s)).collect();
            AppendixCtx {
                label: match text_or_none(&a.label) {
                    Some(given) => given.to_owned(),
                    None => appendix_label(i, doc.appendices.len(), profile.appendix.number_alone),
                },
                title: upper(a.title.as_str().trim()),
                subtitle: text_or_none(&a.subtitle).map(str::to_owned),
                attached_to: attached_to.clone(),
                landscape: a.landscape,
                blocks,
                sections: super::number(sections, profile),
                signatures: a.signatures.iter().map(|s| upper(s.as_str().trim())).collect(),
                header: None,
                repeats_header: a.header,
            }
        })
        .collect()
}
