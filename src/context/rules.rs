//! Context of a Quy chế or Quy định (HD 05 6.2.4): the divisions Phần /
//! Chương / Mục with their labels ("Chương I", "Phần thứ nhất", "Mục 1") and
//! names in capitals, the "Điều N." articles numbered on through the
//! document, and the "(Ban hành kèm theo Quyết định số …)" line.

use serde::Serialize;

use super::numerals::{ordinal_words, roman};
use super::parts::numbered_articles;
use super::{Builder, Node};
use crate::model::rules::DivisionNumbering;
use crate::model::{Division, DivisionWord, Document, Structure};
use crate::vietnamese::upper;

/// A division as printed: "Chương I" and "QUY ĐỊNH CHUNG", each centred on a
/// line of its own, then the articles and the divisions below.
#[derive(Clone, Debug, Serialize)]
pub struct DivisionCtx {
    /// 0 for the top level, 1 below it, …
    pub depth: usize,
    /// "Phần I", "Chương thứ hai", "Mục 1".
    pub label: String,
    /// The name in capitals, if any.
    pub title: Option<String>,
    /// Its "Điều N." articles.
    pub articles: Vec<Node>,
    /// The divisions one level down.
    pub divisions: Vec<DivisionCtx>,
}

/// The word and number of the `n`-th (1-based) division of a level.
fn label(word: DivisionWord, numbering: DivisionNumbering, n: usize) -> String {
    let name = match word {
        DivisionWord::Phan => "Phần",
        DivisionWord::Chuong => "Chương",
        // Mục is numbered 1, 2, … whatever the numbering (HD 05 6.2.4b).
        DivisionWord::Muc => return format!("Mục {n}"),
    };
    match numbering {
        DivisionNumbering::Roman => format!("{name} {}", roman(n)),
        DivisionNumbering::Words => format!("{name} {}", ordinal_words(n)),
    }
}

/// The word one level down: Phần → Chương → Mục (and Mục below Mục).
fn below(word: DivisionWord) -> DivisionWord {
    match word {
        DivisionWord::Phan => DivisionWord::Chuong,
        DivisionWord::Chuong | DivisionWord::Muc => DivisionWord::Muc,
    }
}

/// The divisions of the document, articles numbered from `first_article`.
pub(crate) fn divisions(b: &mut Builder, doc: &Document, first_article: usize) -> Vec<DivisionCtx> {
    let structure = doc.structure.unwrap_or(Structure::default());
    let mut next = first_article;
    walk(b, "divisions", &doc.divisions, structure.top, structure.numbering, 0, &mut next)
}

fn walk(
    b: &mut Builder,
    path: &str,
    divisions: &[Division],
    word: DivisionWord,
    numbering: DivisionNumbering,
    depth: usize,
    next: &mut usize,
) -> Vec<DivisionCtx> {
    divisions
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let path = format!("{path}[{i}]");
            let articles = numbered_articles(b, &format!("{path}.articles"), &d.articles, *next);
            *next += d.articles.len();
            let divisions = walk(b, &format!("{path}.divisions"), &d.divisions, below(word), numbering, depth + 1, next);
            DivisionCtx {
                depth,
                label: label(word, numbering, i + 1),
                title: d.title.as_ref().filter(|t| !t.is_blank()).map(|t| upper(t.as_str().trim())),
                articles,
                divisions,
            }
        })
        .collect()
}

/// "(Ban hành kèm theo Quyết định số 125-QĐ/TU, ngày 15/6/2026 của Ban
/// Thường vụ Tỉnh ủy)", or none.
pub fn issued_with(doc: &Document) -> Option<String> {
    let w = doc.issued_with.as_ref()?;
    let date = if w.date.is_complete() { format!("ngày {}", w.date.short_form()) } else { w.date.header_form() };
    Some(format!(
        "(Ban hành kèm theo Quyết định số {}, {} của {})",
        w.number.as_str().trim(),
        date,
        w.by.as_str().trim()
    ))
}
