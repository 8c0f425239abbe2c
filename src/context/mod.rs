//! Template context: the document as the template sees it — every string in
//! its final printed form (capitals, date forms, computed numbering, list
//! punctuation), with the inline markup parsed into styled runs.
//!
//! This stage owns every rule of *wording* (what is printed); the Typst layout
//! library owns every rule of *placement* (where and how big), read from the
//! profile.

pub mod plan;

use serde::Serialize;

use crate::date::DocDate;
use crate::model::{Issuer, Kind, Recipients, Section, Signer};
use crate::profile::{HeadingStyle, NumberStyle, Profile};
use crate::rich::{self, Rich};
use crate::text::{point_letter, roman, upper, Text};

/// A problem found while building the context, located by field path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldProblem {
    /// Dotted path into the TOML ("content.sectors[2].items[0]").
    pub path: String,
    /// What is wrong and how to fix it.
    pub message: String,
    /// Byte offset inside the string value, when known.
    pub offset: Option<usize>,
}

/// Everything the document template needs.
#[derive(Clone, Debug, Serialize)]
pub struct DocContext {
    pub kind: &'static str,
    pub type_name: String,
    pub header: HeaderCtx,
    pub subject: String,
    pub opening: Vec<Rich>,
    pub basis: Vec<Rich>,
    pub sections: Vec<Node>,
    pub closing: Vec<Rich>,
    pub signer: SignerCtx,
    pub recipients: RecipientsCtx,
    pub meta: Meta,
    /// Every date written in `[date]` tags, with its field path.
    #[serde(skip)]
    pub dates: Vec<(String, DocDate)>,
}

#[derive(Clone, Debug, Serialize)]
pub struct HeaderCtx {
    pub party_title: String,
    pub superior: Option<String>,
    pub issuer: String,
    pub number: String,
    pub date: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct SignerCtx {
    /// "T/M ĐẢNG ỦY"; none when the head signs directly.
    pub authority: Option<String>,
    /// "PHÓ BÍ THƯ THƯỜNG TRỰC".
    pub position: String,
    pub name: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct RecipientsCtx {
    pub label: String,
    /// "- Ban Dân vận Huyện ủy (để báo cáo)," … "- Lưu VPĐU."
    pub lines: Vec<String>,
}

/// PDF metadata.
#[derive(Clone, Debug, Serialize)]
pub struct Meta {
    pub title: String,
    pub author: String,
    pub date: Option<(i32, u8, u8)>,
}

/// A numbered (or unnumbered) section with its paragraphs and sub-sections.
#[derive(Clone, Debug, Serialize)]
pub struct Node {
    pub level: usize,
    /// "I-", "2.1.", "a)" or "" for an unnumbered heading.
    pub label: String,
    pub title: Option<Rich>,
    pub style: HeadingStyle,
    pub blocks: Vec<Block>,
    pub children: Vec<Node>,
}

/// A paragraph or a dash item.
#[derive(Clone, Debug, Serialize)]
pub struct Block {
    /// "par" or "item".
    pub kind: &'static str,
    pub runs: Rich,
}

/// Intermediate section tree before numbering.
#[derive(Clone, Debug, Default)]
pub struct Sec {
    pub title: Option<Rich>,
    pub numbered: bool,
    pub blocks: Vec<Block>,
    pub children: Vec<Sec>,
}

impl Sec {
    pub fn titled(title: Rich) -> Self {
        Sec { title: Some(title), numbered: true, ..Sec::default() }
    }
}

/// Collects parsed rich text and the problems found on the way.
#[derive(Debug, Default)]
pub struct Builder {
    pub problems: Vec<FieldProblem>,
    pub dates: Vec<(String, DocDate)>,
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
        self.rich_list(path, texts).into_iter().map(|runs| Block { kind: "par", runs }).collect()
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
        let children = s
            .sections
            .iter()
            .enumerate()
            .map(|(i, c)| self.section(&format!("{path}.sections[{i}]"), c))
            .collect();
        Sec { title, numbered: s.numbered, blocks, children }
    }

    /// Records a problem that is not about markup.
    pub fn problem(&mut self, path: &str, message: impl Into<String>) {
        self.problems.push(FieldProblem { path: path.to_owned(), message: message.into(), offset: None });
    }
}

/// A dash item: "- " then the runs.
pub fn item(runs: Rich) -> Block {
    let mut r = Rich::plain("- ");
    r.push(runs);
    Block { kind: "item", runs: r }
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
pub fn number(sections: Vec<Sec>, profile: &Profile) -> Vec<Node> {
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
                    n += 1;
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
                Node {
                    level,
                    label,
                    title,
                    style,
                    blocks: s.blocks,
                    children: walk(s.children, level + 1, &child_parents, profile),
                }
            })
            .collect()
    }
    walk(sections, 1, &[0], profile)
}

/// Upper-cases every run by Unicode rules.
pub fn upper_rich(r: Rich) -> Rich {
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

/// The header strings: issuer names in capitals, number, place and date.
pub fn header(profile: &Profile, kind: Kind, issuer: &Issuer, number: Option<u32>, place: &Text, date: &DocDate) -> HeaderCtx {
    let number = match number {
        Some(n) => format!("Số {n:02}-{}/{}", kind.type_code(), issuer.code.as_str().trim()),
        None => format!("Số      -{}/{}", kind.type_code(), issuer.code.as_str().trim()),
    };
    HeaderCtx {
        party_title: profile.header.party_title.clone(),
        superior: issuer.superior.as_ref().filter(|s| !s.is_blank()).map(|s| upper(s.as_str().trim())),
        issuer: upper(issuer.name.as_str().trim()),
        number,
        date: format!("{}, {}", place.as_str().trim(), date.header_form()),
    }
}

/// Basis lines: "- Căn cứ …;" and the last "- … ,".
pub fn basis(b: &mut Builder, path: &str, lines: &[Text]) -> Vec<Rich> {
    let count = lines.len();
    lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let mut runs = Rich::plain("- ");
            runs.push(b.rich(&format!("{path}[{i}]"), &Text::new(bare(line.as_str()))));
            runs.push_str(if i + 1 == count { "," } else { ";" });
            runs
        })
        .collect()
}

/// The signature block strings.
pub fn signer(s: &Signer) -> SignerCtx {
    let authority = s.authority.as_ref().filter(|a| !a.is_blank()).map(|a| {
        let body = s.body.as_ref().map(|b| upper(b.as_str().trim())).unwrap_or_default();
        format!("{} {}", a.as_str().trim(), body).trim_end().to_owned()
    });
    SignerCtx {
        authority,
        position: upper(s.position.as_str().trim()),
        name: s.name.as_str().trim().to_owned(),
    }
}

/// The "Nơi nhận" lines: "- name (note)," … and "- Lưu archive.".
pub fn recipients(profile: &Profile, r: &Recipients) -> RecipientsCtx {
    let mut lines: Vec<String> = r
        .to
        .iter()
        .map(|rec| {
            let name = bare(rec.name().as_str());
            match rec.note().filter(|n| !n.is_blank()) {
                Some(note) => {
                    let note = note.as_str().trim().trim_start_matches('(').trim_end_matches(')');
                    format!("- {name} ({note}),")
                }
                None => format!("- {name},"),
            }
        })
        .collect();
    let archive = bare(r.archive.as_str());
    let archive = archive.strip_prefix(profile.recipients.archive_prefix.as_str()).unwrap_or(archive).trim_start();
    lines.push(format!("- {} {}.", profile.recipients.archive_prefix, archive));
    RecipientsCtx { label: profile.recipients.label.clone(), lines }
}

/// PDF metadata from the document's own data.
pub fn meta(subject: &Text, issuer: &Issuer, kind: Kind, date: &DocDate) -> Meta {
    Meta {
        title: format!("{} {}", crate::text::capitalize_first(&kind.type_name().to_lowercase()), subject.as_str().trim()),
        author: issuer.name.as_str().trim().to_owned(),
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
        let p = Profile::builtin("dang").unwrap();
        let r: Recipients = toml::from_str(
            "to = [{ name = \"Ban Dân vận Huyện ủy\", note = \"để báo cáo\" }, \"Các Chi ủy Chi bộ,\"]\narchive = \"Lưu VPĐU.\"",
        )
        .unwrap();
        assert_eq!(
            recipients(&p, &r).lines,
            vec!["- Ban Dân vận Huyện ủy (để báo cáo),", "- Các Chi ủy Chi bộ,", "- Lưu VPĐU."]
        );
        let mut b = Builder::default();
        let lines = basis(&mut b, "basis", &[Text::new("- Căn cứ Điều lệ Đảng;"), Text::new("Theo đề nghị của Văn phòng")]);
        let plain: Vec<String> = lines.iter().map(|r| r.to_plain()).collect();
        assert_eq!(plain, vec!["- Căn cứ Điều lệ Đảng;", "- Theo đề nghị của Văn phòng,"]);
    }
}
