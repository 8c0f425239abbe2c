//! The small inline markup allowed inside body text.
//!
//! Only these exact, paired tags mean anything:
//!
//! | tag | effect |
//! |---|---|
//! | `[b]…[/b]` | bold |
//! | `[i]…[/i]` | italic |
//! | `[u]…[/u]` | underline |
//! | `[date]2024-04-07[/date]` | a checked date, printed "07/4/2024" |
//!
//! Tags nest (`[b][date]2024-12-15[/date][/b]`). Everything else — `*`, `_`,
//! `#`, `$`, `[x]`, backslashes — is plain text and is printed as typed. The
//! parser produces [`Run`]s of plain text with a style; the runs reach Typst as
//! string data and never as markup.

use serde::Serialize;

use crate::model::date::{DateError, DocDate};

/// A piece of text with one style.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Run {
    /// The text.
    pub text: String,
    /// Bold.
    #[serde(skip_serializing_if = "is_false")]
    pub b: bool,
    /// Italic.
    #[serde(skip_serializing_if = "is_false")]
    pub i: bool,
    /// Underlined.
    #[serde(skip_serializing_if = "is_false")]
    pub u: bool,
}

fn is_false(v: &bool) -> bool {
    !*v
}

/// Styled text: a sequence of runs. Text without any style serialises as a
/// plain string (most paragraphs), styled text as the list of its runs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Rich(pub Vec<Run>);

impl Serialize for Rich {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.0.iter().all(|r| !r.b && !r.i && !r.u) {
            serializer.serialize_str(&self.to_plain())
        } else {
            self.0.serialize(serializer)
        }
    }
}

impl Rich {
    /// Plain text with no style.
    pub fn plain(text: impl Into<String>) -> Self {
        Rich(vec![Run { text: text.into(), ..Run::default() }])
    }

    /// The same text in italics.
    pub fn italic(text: impl Into<String>) -> Self {
        Rich(vec![Run { text: text.into(), i: true, ..Run::default() }])
    }

    /// Appends another rich text.
    pub fn push(&mut self, other: Rich) {
        self.0.extend(other.0);
    }

    /// Appends plain text.
    pub fn push_str(&mut self, text: &str) {
        self.push(Rich::plain(text));
    }

    /// The text without styles, as it appears on the page.
    pub fn to_plain(&self) -> String {
        self.0.iter().map(|r| r.text.as_str()).collect()
    }
}

/// A problem in the inline markup, with the byte offset where it starts
/// (its words in the user's language: `locales/*/kehoach.ftl`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum MarkupError {
    UnexpectedClose { tag: String, offset: usize },
    /// `what`: the style's message id ("markup-bold" …).
    Unclosed { tag: String, what: &'static str, offset: usize },
    Date { text: String, source: DateError },
    DateUnclosed { offset: usize },
}

impl std::fmt::Display for MarkupError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            MarkupError::UnexpectedClose { tag, .. } => crate::tr!("markup-unexpected-close", tag = tag),
            MarkupError::Unclosed { tag, what, .. } => crate::tr!("markup-unclosed", tag = tag, what = crate::tr!(what)),
            MarkupError::Date { text, source } => crate::tr!("markup-date", text = text, problem = source),
            MarkupError::DateUnclosed { .. } => crate::tr!("markup-date-unclosed"),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for MarkupError {}

impl MarkupError {
    /// Byte offset of the problem in the source string.
    pub fn offset(&self) -> Option<usize> {
        match self {
            MarkupError::UnexpectedClose { offset, .. }
            | MarkupError::Unclosed { offset, .. }
            | MarkupError::DateUnclosed { offset } => Some(*offset),
            MarkupError::Date { .. } => None,
        }
    }
}

/// Result of parsing: the runs and the dates found in `[date]` tags.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Parsed {
    pub rich: Rich,
    pub dates: Vec<DocDate>,
}

const STYLE_TAGS: [(&str, &str); 3] = [("b", "markup-bold"), ("i", "markup-italic"), ("u", "markup-underline")];

/// Parses inline markup.
pub(crate) fn parse(source: &str) -> Result<Parsed, MarkupError> {
    let mut out = Parsed::default();
    let mut open: Vec<(&'static str, usize)> = Vec::new();
    let mut current = String::new();
    let mut pos = 0;
    let bytes = source.as_bytes();

    let flush = |current: &mut String, open: &[(&'static str, usize)], out: &mut Parsed| {
        if !current.is_empty() {
            let has = |t: &str| open.iter().any(|(o, _)| *o == t);
            out.rich.0.push(Run {
                text: std::mem::take(current),
                b: has("b"),
                i: has("i"),
                u: has("u"),
            });
        }
    };

    while pos < source.len() {
        if bytes[pos] == b'[' {
            let rest = &source[pos..];
            if let Some(after) = rest.strip_prefix("[date]") {
                let Some(end) = after.find("[/date]") else {
                    return Err(MarkupError::DateUnclosed { offset: pos });
                };
                let inner = &after[..end];
                let date = DocDate::parse(inner)
                    .map_err(|source| MarkupError::Date { text: inner.to_owned(), source })?;
                current.push_str(&date.short_form());
                out.dates.push(date);
                pos += "[date]".len() + end + "[/date]".len();
                continue;
            }
            let mut matched = false;
            for (tag, _) in STYLE_TAGS {
                let opening = format!("[{tag}]");
                let closing = format!("[/{tag}]");
                if rest.starts_with(&opening) {
                    flush(&mut current, &open, &mut out);
                    open.push((tag, pos));
                    pos += opening.len();
                    matched = true;
                    break;
                }
                if rest.starts_with(&closing) {
                    match open.last() {
                        Some((top, _)) if *top == tag => {
                            flush(&mut current, &open, &mut out);
                            open.pop();
                        }
                        _ => {
                            return Err(MarkupError::UnexpectedClose {
                                tag: tag.to_owned(),
                                offset: pos,
                            })
                        }
                    }
                    pos += closing.len();
                    matched = true;
                    break;
                }
            }
            if matched {
                continue;
            }
        }
        // Plain text up to the next '[' (or past a '[' that opens no tag).
        let first = source[pos..].chars().next().map_or(1, char::len_utf8);
        let next = source[pos + first..].find('[').map_or(source.len(), |i| pos + first + i);
        current.push_str(&source[pos..next]);
        pos = next;
    }
    if let Some((tag, offset)) = open.first() {
        let what = STYLE_TAGS.iter().find(|(t, _)| t == tag).map(|(_, w)| *w).unwrap_or("markup-tag");
        return Err(MarkupError::Unclosed { tag: (*tag).to_owned(), what, offset: *offset });
    }
    flush(&mut current, &open, &mut out);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runs(s: &str) -> Vec<(String, bool, bool)> {
        parse(s).unwrap().rich.0.into_iter().map(|r| (r.text, r.b, r.i)).collect()
    }

    #[test]
    fn plain_text_is_one_run() {
        assert_eq!(runs("Đảng ủy xã"), vec![("Đảng ủy xã".into(), false, false)]);
    }

    #[test]
    fn tags_style_their_content() {
        assert_eq!(
            runs("- [i]Tập thể[/i]: Cấp ủy"),
            vec![
                ("- ".into(), false, false),
                ("Tập thể".into(), false, true),
                (": Cấp ủy".into(), false, false)
            ]
        );
        assert_eq!(runs("[b][i]x[/i][/b]"), vec![("x".into(), true, true)]);
    }

    #[test]
    fn dates_are_checked_and_formatted() {
        let p = parse("trước ngày [b][date]2024-04-07[/date][/b].").unwrap();
        assert_eq!(p.rich.to_plain(), "trước ngày 07/4/2024.");
        assert_eq!(p.dates, vec![DocDate::ymd(2024, 4, 7).unwrap()]);
        assert!(matches!(parse("[date]2024-02-30[/date]"), Err(MarkupError::Date { .. })));
        assert!(matches!(parse("[date]2024-02-03"), Err(MarkupError::DateUnclosed { offset: 0 })));
    }

    #[test]
    fn everything_else_is_literal() {
        for s in ["Đ[b", "ủ[", "*bold*", "**x**", "#read(\"/etc/passwd\")", "$x$", "[x]", "[/x]", "\\", "[", "]", "[b", "- a", "= b"] {
            assert_eq!(parse(s).unwrap().rich.to_plain(), s);
        }
    }

    #[test]
    fn unbalanced_tags_are_errors() {
        assert!(matches!(parse("a [b]b"), Err(MarkupError::Unclosed { offset: 2, .. })));
        assert!(matches!(parse("a[/i]"), Err(MarkupError::UnexpectedClose { offset: 1, .. })));
        assert!(matches!(parse("[b][i]x[/b][/i]"), Err(MarkupError::UnexpectedClose { .. })));
    }
}
