//! `kehoach check --fix`: the corrections that cannot change the meaning,
//! written into the file itself with every comment, blank line and key order
//! kept.
//!
//! What is fixed:
//! - text in decomposed form (NFD, pasted from Word) → composed (NFC);
//! - a date or time written without quotes (`date = 05/10/2026`) → its TOML form;
//! - dates as Vietnam writes them ("05/10/2026", "ngày 05 tháng 10 năm
//!   2026") → `2026-10-05`; times ("8h00", "8 giờ 30") → "08:00";
//! - the state's signing authorities ("TM.", "KT.", "TL.") → the Party's
//!   ("T/M", "K/T", "T/L");
//! - a misspelt key with one candidate (`guest` → `guests`).
//!
//! Each edit replaces the source text of one value or key, found by its span
//! in the parsed file (`load::tree`), so that everything else stays byte for
//! byte; the result is parsed again, and if it were not valid TOML nothing is
//! changed. What needs a person (a wrong position, a missing field) is left
//! for `kehoach check` to report.

use std::ops::Range;

use crate::check::{limits, schema, values};
use crate::load::tree::Tree;
use crate::vietnamese::nfc;
use crate::vietnamese::written::{corrected_date, corrected_time, date_toml};

/// One change `--fix` made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// 1-based line of the change (in the file before it).
    pub line: usize,
    /// The field path (empty for a change of the text as a whole).
    pub field: String,
    /// The text before.
    pub before: String,
    /// The text after.
    pub after: String,
}

/// A file with its fixes applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fixed {
    /// The new text (the same as the old when there was nothing to fix).
    pub text: String,
    /// What changed, in the order of the file.
    pub changes: Vec<Change>,
}

/// Applies every fix that cannot change the meaning to a document's text.
pub fn fix(source: &str) -> Fixed {
    let mut changes = Vec::new();
    let text = composed(source, &mut changes);
    let text = quoted(&text, &mut changes);
    let text = corrected(&text, &mut changes);
    if !parses(&text) && parses(source) {
        return Fixed { text: source.to_owned(), changes: Vec::new() };
    }
    changes.sort_by_key(|c| c.line);
    Fixed { text, changes }
}

fn parses(text: &str) -> bool {
    toml::de::DeTable::parse(text).is_ok()
}

/// 1-based line of a byte offset.
fn line_of(text: &str, at: usize) -> usize {
    text[..at.min(text.len())].matches('\n').count() + 1
}

/// The whole text in NFC, each changed line reported.
fn composed(source: &str, changes: &mut Vec<Change>) -> String {
    let text = nfc(source);
    if text != source {
        for (i, (before, after)) in source.lines().zip(text.lines()).enumerate() {
            if before != after {
                changes.push(Change {
                    line: i + 1,
                    field: String::new(),
                    before: crate::tr!("fix-nfd"),
                    after: crate::tr!("fix-nfc"),
                });
            }
        }
    }
    text
}

/// Dates and times written without quotes, which TOML cannot read: each
/// line the parser stops at whose value is one, written in its TOML form.
fn quoted(text: &str, changes: &mut Vec<Change>) -> String {
    let (_, errors) = toml::de::DeTable::parse_recoverable(text);
    let mut edits: Vec<(Range<usize>, String)> = Vec::new();
    for e in &errors {
        let Some(span) = e.span() else { continue };
        let start = text[..span.start.min(text.len())].rfind('\n').map_or(0, |i| i + 1);
        let line = text[start..].lines().next().unwrap_or("");
        let Some(eq) = line.find('=') else { continue };
        let rest = &line[eq + 1..];
        let value = rest.split('#').next().unwrap_or("").trim();
        if value.is_empty() || value.starts_with(['"', '\'', '[', '{']) {
            continue;
        }
        let key = line[..eq].trim();
        let literal = match corrected_date(value) {
            Some(date) => date_toml(&date),
            None => match corrected_time(value) {
                Some(time) if values::TIME_PATHS.iter().any(|p| p.ends_with(&format!(".{key}"))) => format!("\"{time}\""),
                _ => continue,
            },
        };
        let at = start + eq + 1 + rest.find(value).unwrap_or(0);
        if edits.iter().all(|(r, _)| r.start != at) {
            changes.push(Change { line: line_of(text, at), field: key.to_owned(), before: value.to_owned(), after: literal.clone() });
            edits.push((at..at + value.len(), literal));
        }
    }
    apply(text, edits)
}

/// The dates, times, authorities and misspelt keys of a file that parses.
fn corrected(text: &str, changes: &mut Vec<Change>) -> String {
    let Ok(table) = toml::de::DeTable::parse(text) else { return text.to_owned() };
    let tree = Tree::build(&table, limits::MAX_VALUES + 1);
    let mut edits: Vec<(Range<usize>, String)> = Vec::new();
    for c in values::corrections(&tree) {
        let (span, Some(toml)) = (c.span, c.toml) else { continue };
        changes.push(Change { line: line_of(text, span.start), field: c.path, before: text[span.clone()].to_owned(), after: toml.clone() });
        edits.push((span, toml));
    }
    if let Ok(kind) = crate::load::kind("", text, &table) {
        for r in schema::renames(&tree, crate::load::schema_of(kind)) {
            changes.push(Change { line: line_of(text, r.span.start), field: r.path, before: text[r.span.clone()].to_owned(), after: r.to.clone() });
            edits.push((r.span, r.to));
        }
    }
    apply(text, edits)
}

/// The text with each range replaced (the ranges do not overlap).
fn apply(text: &str, mut edits: Vec<(Range<usize>, String)>) -> String {
    edits.sort_by_key(|(r, _)| std::cmp::Reverse(r.start));
    let mut out = text.to_owned();
    let mut last = usize::MAX;
    for (range, with) in edits {
        if range.end <= last && text.is_char_boundary(range.start) && text.is_char_boundary(range.end) {
            out.replace_range(range.clone(), &with);
            last = range.start;
        }
    }
    out
}

/// A unified diff of two texts (`--fix --dry-run`), with three lines of
/// context, `a/` and `b/` naming the file.
pub fn unified_diff(name: &str, before: &str, after: &str) -> String {
    if before == after {
        return String::new();
    }
    let (a, b): (Vec<&str>, Vec<&str>) = (before.lines().collect(), after.lines().collect());
    let mut out = format!("--- a/{name}\n+++ b/{name}\n");
    if a.len() != b.len() {
        // Fixes keep the lines; should one not, the whole file is one hunk.
        out.push_str(&format!("@@ -1,{} +1,{} @@\n", a.len(), b.len()));
        a.iter().for_each(|l| out.push_str(&format!("-{l}\n")));
        b.iter().for_each(|l| out.push_str(&format!("+{l}\n")));
        return out;
    }
    let changed: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
    let mut i = 0;
    while i < changed.len() {
        // A hunk: changes whose contexts touch.
        let mut j = i;
        while j + 1 < changed.len() && changed[j + 1] <= changed[j] + 7 {
            j += 1;
        }
        let start = changed[i].saturating_sub(3);
        let end = (changed[j] + 4).min(a.len());
        out.push_str(&format!("@@ -{},{} +{},{} @@\n", start + 1, end - start, start + 1, end - start));
        let mut k = start;
        while k < end {
            if a[k] == b[k] {
                out.push_str(&format!(" {}\n", a[k]));
                k += 1;
                continue;
            }
            // A run of changed lines: the old ones, then the new ones.
            let run = (k..end).take_while(|&r| a[r] != b[r]).count();
            (k..k + run).for_each(|r| out.push_str(&format!("-{}\n", a[r])));
            (k..k + run).for_each(|r| out.push_str(&format!("+{}\n", b[r])));
            k += run;
        }
        i = j + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_and_keys_are_fixed_in_place_with_their_comments() {
        let source = "kind = \"giay-moi\"  # the kind\ndate = \"05/10/2026\" # issued\n\n[invitation]\nguest = [\"A\"]\ntime = \"8h00\"   # start\n\n[signer]\nauthority = \"TM.\"\n";
        let fixed = fix(source);
        assert_eq!(
            fixed.text,
            "kind = \"giay-moi\"  # the kind\ndate = 2026-10-05 # issued\n\n[invitation]\nguests = [\"A\"]\ntime = \"08:00\"   # start\n\n[signer]\nauthority = \"T/M\"\n"
        );
        let lines: Vec<usize> = fixed.changes.iter().map(|c| c.line).collect();
        assert_eq!(lines, [2, 5, 6, 9]);
    }

    #[test]
    fn an_unquoted_date_is_written_as_a_date() {
        let fixed = fix("kind = \"giay-moi\"\ndate = 05/10/2026 # issued\n");
        assert_eq!(fixed.text, "kind = \"giay-moi\"\ndate = 2026-10-05 # issued\n");
    }

    #[test]
    fn decomposed_text_is_composed() {
        let fixed = fix("kind = \"ke-hoach\"\nplace = \"Nghi\u{0303}a Tha\u{0301}i\"\n");
        assert_eq!(fixed.text, "kind = \"ke-hoach\"\nplace = \"Nghĩa Thái\"\n");
        assert_eq!(fixed.changes.len(), 1);
        assert_eq!(fixed.changes[0].line, 2);
    }

    #[test]
    fn the_diff_shows_the_changed_lines_in_context() {
        let diff = unified_diff("p.toml", "a\nb\nc\n", "a\nB\nc\n");
        assert_eq!(diff, "--- a/p.toml\n+++ b/p.toml\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n");
    }
}
