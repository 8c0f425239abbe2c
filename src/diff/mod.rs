//! What changed between two versions of a document, as printed: the header
//! fields that differ, and the paragraphs removed, added or reworded, each
//! with its place by its printed numbering and its page ([`crate::printed`]).
//!
//! The paragraphs are matched by a longest common subsequence of their
//! texts; a run of removed paragraphs followed by a run of added ones is
//! paired, one by one, into rewordings. [`Diff::to_text`],
//! [`Diff::to_markdown`] (a pull-request comment) and the `Serialize` form
//! (JSON) show the same changes.

mod words;

use serde::Serialize;

use crate::printed::{Paragraph, Printed};

/// One of the two versions compared: its name ("plans/x.toml",
/// "HEAD~1:plans/x.toml") and its printed text.
#[derive(Clone, Debug)]
pub struct Version<'a> {
    /// How the user named it.
    pub name: &'a str,
    /// The document as printed.
    pub printed: &'a Printed,
}

/// A header field that differs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    /// `number`, `date`, `issuer`, `signer`, `recipients` or `rule-set`.
    pub field: &'static str,
    /// The old value.
    pub old: String,
    /// The new value.
    pub new: String,
}

/// How a paragraph changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ChangeKind {
    /// Only in the old version.
    Removed,
    /// Only in the new version.
    Added,
    /// Reworded: the old text replaced by the new.
    Changed,
}

/// A paragraph that changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ParagraphChange {
    /// Removed, added or changed.
    pub change: ChangeKind,
    /// Its place in the new version (the old one's when removed).
    pub place: String,
    /// Its page in the new version (the old one's when removed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<usize>,
    /// Its place in the old version, when it differs from `place`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_place: Option<String>,
    /// Its page in the old version, when it differs from `page`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_page: Option<usize>,
    /// The old text (none when added).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old: Option<String>,
    /// The new text (none when removed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new: Option<String>,
}

/// Everything that differs between two printed documents.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diff {
    /// The old version's name.
    pub old: String,
    /// The new version's name.
    pub new: String,
    /// True when nothing printed differs.
    pub same: bool,
    /// The header fields that differ.
    pub header: Vec<FieldChange>,
    /// The paragraphs that differ, in reading order.
    pub paragraphs: Vec<ParagraphChange>,
}

/// The labels of the output, Vietnamese and English side by side.
struct Labels {
    header: &'static str,
    wording: &'static str,
    page: &'static str,
    same: &'static str,
    summary: &'static str,
    field: &'static str,
    old: &'static str,
    new: &'static str,
}

const VI: Labels = Labels {
    header: "Phần đầu và phần kết",
    wording: "Nội dung",
    page: "trang",
    same: "Văn bản in ra không thay đổi.",
    summary: "thay đổi",
    field: "Thành phần",
    old: "Cũ",
    new: "Mới",
};

const EN: Labels = Labels {
    header: "Header and closing",
    wording: "Wording",
    page: "page",
    same: "The printed document is unchanged.",
    summary: "changes",
    field: "Field",
    old: "Old",
    new: "New",
};

/// The name of a header field in the output language.
fn field_name(key: &str, vi: bool) -> &str {
    let (v, e) = match key {
        "number" => ("Số, ký hiệu", "number"),
        "date" => ("Địa danh, ngày tháng", "date"),
        "issuer" => ("Cơ quan ban hành", "issuer"),
        "signer" => ("Người ký", "signer"),
        "recipients" => ("Nơi nhận", "recipients"),
        "rule-set" => ("Thể thức", "rule set"),
        other => (other, other),
    };
    if vi { v } else { e }
}

impl Diff {
    /// Compares two printed documents.
    pub fn of(old: Version, new: Version) -> Diff {
        let header: Vec<FieldChange> = old
            .printed
            .header
            .iter()
            .filter_map(|f| {
                let now = new.printed.field(f.key);
                (now != f.value).then(|| FieldChange { field: f.key, old: f.value.clone(), new: now.to_owned() })
            })
            .collect();
        let paragraphs = paragraphs(&old.printed.paragraphs, &new.printed.paragraphs);
        Diff {
            old: old.name.to_owned(),
            new: new.name.to_owned(),
            same: header.is_empty() && paragraphs.is_empty(),
            header,
            paragraphs,
        }
    }

    /// The changes as plain text, in Vietnamese (`vi`) or English.
    pub fn to_text(&self, vi: bool) -> String {
        let l = if vi { &VI } else { &EN };
        let mut out = format!("--- {}\n+++ {}\n", self.old, self.new);
        if self.same {
            out.push_str(l.same);
            out.push('\n');
            return out;
        }
        if !self.header.is_empty() {
            out.push_str(&format!("{}:\n", l.header));
            for c in &self.header {
                out.push_str(&format!("  {}:\n  - {}\n  + {}\n", field_name(c.field, vi), c.old, c.new));
            }
        }
        if !self.paragraphs.is_empty() {
            out.push_str(&format!("{}:\n", l.wording));
            for p in &self.paragraphs {
                out.push_str(&format!("  {}:\n", where_(p, l)));
                if let Some(old) = &p.old {
                    out.push_str(&format!("  - {old}\n"));
                }
                if let Some(new) = &p.new {
                    out.push_str(&format!("  + {new}\n"));
                }
            }
        }
        out
    }

    /// The changes as a Markdown pull-request comment: a title, a table of
    /// the header fields, then each reworded paragraph with its removed
    /// words struck through and its added words in bold.
    pub fn to_markdown(&self, vi: bool) -> String {
        let l = if vi { &VI } else { &EN };
        let n = self.header.len() + self.paragraphs.len();
        let mut out = format!("### `{}` → `{}`\n\n", md_code(&self.old), md_code(&self.new));
        if self.same {
            out.push_str(l.same);
            out.push('\n');
            return out;
        }
        out.push_str(&format!("{n} {}\n\n", l.summary));
        if !self.header.is_empty() {
            out.push_str(&format!("#### {}\n\n| {} | {} | {} |\n|---|---|---|\n", l.header, l.field, l.old, l.new));
            for c in &self.header {
                out.push_str(&format!("| {} | {} | {} |\n", field_name(c.field, vi), md_cell(&c.old), md_cell(&c.new)));
            }
            out.push('\n');
        }
        if !self.paragraphs.is_empty() {
            out.push_str(&format!("#### {}\n\n", l.wording));
            for p in &self.paragraphs {
                let text = match (&p.old, &p.new) {
                    (Some(old), Some(new)) => words::markdown(old, new),
                    (Some(old), None) => format!("~~{}~~", md_text(old)),
                    (None, Some(new)) => format!("**{}**", md_text(new)),
                    (None, None) => String::new(),
                };
                out.push_str(&format!("- **{}** ({}): {text}\n", md_text(&where_(p, l)), kind_word(p.change, vi)));
            }
        }
        out
    }
}

fn kind_word(kind: ChangeKind, vi: bool) -> &'static str {
    match (kind, vi) {
        (ChangeKind::Removed, true) => "bỏ",
        (ChangeKind::Added, true) => "thêm",
        (ChangeKind::Changed, true) => "sửa",
        (ChangeKind::Removed, false) => "removed",
        (ChangeKind::Added, false) => "added",
        (ChangeKind::Changed, false) => "changed",
    }
}

/// "II-2.1, page 3" (and where it was, when it moved: "(was II-2.2, page 2)").
fn where_(p: &ParagraphChange, l: &Labels) -> String {
    let at = |place: &str, page: Option<usize>| match page {
        Some(n) if place.is_empty() => format!("{} {n}", l.page),
        Some(n) => format!("{place}, {} {n}", l.page),
        None => place.to_owned(),
    };
    let mut s = at(&p.place, p.page);
    if p.old_place.is_some() || p.old_page.is_some() {
        let place = p.old_place.as_deref().unwrap_or(&p.place);
        s.push_str(&format!(" ({}: {})", l.old.to_lowercase(), at(place, p.old_page.or(p.page))));
    }
    s
}

/// Text safe inside Markdown: the characters that would start markup escaped.
pub(crate) fn md_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn md_cell(s: &str) -> String {
    md_text(s)
}

fn md_code(s: &str) -> String {
    s.replace('`', "'")
}

/// One step of turning a sequence into another.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Step {
    /// `a[i]` and `b[j]` are the same.
    Same(usize, usize),
    /// `a[i]` is removed.
    Removed(usize),
    /// `b[j]` is added.
    Added(usize),
}

/// The steps from `a` to `b` along a longest common subsequence, removals
/// before additions where both are possible.
pub(crate) fn steps<T: PartialEq>(a: &[T], b: &[T]) -> Vec<Step> {
    let (n, m) = (a.len(), b.len());
    // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if a[i] == b[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::with_capacity(n.max(m));
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            out.push(Step::Same(i, j));
            i += 1;
            j += 1;
        } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
            out.push(Step::Removed(i));
            i += 1;
        } else {
            out.push(Step::Added(j));
            j += 1;
        }
    }
    out
}

/// The paragraphs that differ: the steps between the texts, each run of
/// removals followed by additions paired into rewordings.
fn paragraphs(old: &[Paragraph], new: &[Paragraph]) -> Vec<ParagraphChange> {
    fn texts(ps: &[Paragraph]) -> Vec<&str> {
        ps.iter().map(|p| p.text.as_str()).collect()
    }
    let mut out = Vec::new();
    let (mut removed, mut added): (Vec<&Paragraph>, Vec<&Paragraph>) = (Vec::new(), Vec::new());
    for step in steps(&texts(old), &texts(new)) {
        match step {
            Step::Same(..) => flush(&mut out, &mut removed, &mut added),
            Step::Removed(i) => removed.push(&old[i]),
            Step::Added(j) => added.push(&new[j]),
        }
    }
    flush(&mut out, &mut removed, &mut added);
    out
}

/// Pairs removed and added paragraphs one by one as rewordings; the rest
/// stay removals or additions.
fn flush<'a>(out: &mut Vec<ParagraphChange>, removed: &mut Vec<&'a Paragraph>, added: &mut Vec<&'a Paragraph>) {
    let pairs = removed.len().min(added.len());
    for k in 0..pairs.max(removed.len()).max(added.len()) {
        let (o, n) = (removed.get(k), added.get(k));
        let change = match (o, n) {
            (Some(_), Some(_)) if k < pairs => ChangeKind::Changed,
            (Some(_), _) => ChangeKind::Removed,
            _ => ChangeKind::Added,
        };
        let at = n.or(o).copied();
        let Some(at) = at else { continue };
        let (old_place, old_page) = match (o, n) {
            (Some(o), Some(_)) => ((o.place != at.place).then(|| o.place.clone()), (o.page != at.page).then_some(o.page).flatten()),
            _ => (None, None),
        };
        out.push(ParagraphChange {
            change,
            place: at.place.clone(),
            page: at.page,
            old_place,
            old_page,
            old: o.map(|p| p.text.clone()),
            new: n.map(|p| p.text.clone()),
        });
    }
    removed.clear();
    added.clear();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::printed::Field;

    fn doc(number: &str, texts: &[(&str, &str)]) -> Printed {
        Printed {
            header: vec![Field { key: "number", value: number.into() }],
            paragraphs: texts.iter().map(|(place, text)| Paragraph { place: (*place).into(), text: (*text).into(), page: Some(1) }).collect(),
        }
    }

    #[test]
    fn a_reworded_paragraph_is_one_change_at_its_place() {
        let a = doc("Số 15-KH/ĐU", &[("I-", "I- MỤC ĐÍCH"), ("I- ¶1", "Một câu."), ("II-", "II- NỘI DUNG")]);
        let b = doc("Số 16-KH/ĐU", &[("I-", "I- MỤC ĐÍCH"), ("I- ¶1", "Một câu khác."), ("II-", "II- NỘI DUNG"), ("III-", "III- TỔ CHỨC")]);
        let d = Diff::of(Version { name: "a", printed: &a }, Version { name: "b", printed: &b });
        assert!(!d.same);
        assert_eq!(d.header, vec![FieldChange { field: "number", old: "Số 15-KH/ĐU".into(), new: "Số 16-KH/ĐU".into() }]);
        let kinds: Vec<_> = d.paragraphs.iter().map(|p| (p.change, p.place.as_str())).collect();
        assert_eq!(kinds, vec![(ChangeKind::Changed, "I- ¶1"), (ChangeKind::Added, "III-")]);
        let same = Diff::of(Version { name: "a", printed: &a }, Version { name: "a", printed: &a });
        assert!(same.same && same.paragraphs.is_empty());
    }
}
