//! Everything kehoach says, said in Vietnamese under `--lang vi` (issue 24):
//! `verify`'s measurements of every example and `check`'s messages on every
//! bad input carry no English sentence, and the code of `src/verify` builds
//! no English text outside the message files.
//!
//! "English" is found by its everyday words (the, of, on, page, line …)
//! outside quoted document text, paths and code: the words a measurement or
//! a message would use if it had been left untranslated.

mod common;

use std::path::Path;
use std::process::Command;

/// Words of English that no Vietnamese message uses (without tone marks,
/// Vietnamese has none of them as a word of its own).
const ENGLISH: &[&str] = &[
    "the", "of", "on", "page", "pages", "line", "lines", "every", "below", "above", "left", "right", "from", "with",
    "without", "none", "expected", "found", "least", "most", "centred", "centered", "capitals", "regular", "upright",
    "not", "and", "is", "are", "first", "last", "under", "margin", "column", "body", "number", "title", "block",
    "signature", "must", "should", "write", "missing", "invalid", "between", "inside", "outside", "its", "their",
    "than", "only", "after", "before", "each", "which", "this", "that", "there", "here", "has", "have", "was", "were",
    "unknown", "cannot", "does", "into", "text", "words", "word", "letter", "space", "measured", "wide", "high", "apart",
    "seal", "stamp", "image", "file", "cell", "row", "rows", "columns", "table", "equal", "centre", "center", "baseline",
];

/// The English words of a line, outside "…" / `…` quotes and outside
/// paths, ids, TOML keys (`body = …`) and names ("Word").
fn english_words(line: &str) -> Vec<String> {
    if line.trim_start().starts_with("= trường:") || line.trim_start().starts_with("= field:") {
        return Vec::new(); // the field's name, a key of the data
    }
    let mut outside = String::new();
    let mut quote: Option<char> = None;
    for c in line.chars() {
        match (quote, c) {
            (None, '"' | '`' | '“') => {
                quote = Some(if c == '“' { '”' } else { c });
                outside.push(' ');
            }
            (Some(q), _) if c == q => quote = None,
            (None, _) => outside.push(c),
            _ => {}
        }
    }
    let words: Vec<&str> = outside.split(|c: char| !(c.is_alphanumeric() || "-_./=".contains(c))).collect();
    let key = |i: usize| words.get(i + 1).is_some_and(|next| next.starts_with('='));
    words
        .iter()
        .enumerate()
        .filter(|(i, w)| !w.contains(['-', '_', '.', '/', '=']) && !key(*i))
        .map(|(_, w)| *w)
        .filter(|w| ENGLISH.contains(w) || ["The", "This", "No", "Every", "Each", "Expected"].contains(w))
        .map(str::to_owned)
        .collect()
}

fn kehoach(args: &[&str], dir: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_kehoach"))
        .args(args)
        .current_dir(dir)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "vi_VN.UTF-8")
        .output()
        .unwrap()
}

#[test]
fn the_detector_finds_english() {
    assert_eq!(english_words("ĐẠT P-PAGE-1 khổ giấy: cần A4 210 × 297 mm ± 0.5 on every page"), ["on", "every", "page"]);
    assert!(english_words("đo được \"Số 12-KH/ĐU\" trên 1 dòng, căn giữa cột trái").is_empty());
    assert!(english_words("lỗi: không đọc được `the file.toml`").is_empty());
    assert!(english_words("gợi ý: viết body = \"Đảng ủy\" (dán từ Word)").is_empty());
    assert_eq!(english_words("lỗi: this row has 1 cell"), ["this", "row", "has", "cell"]);
}

/// Every measurement `verify` prints for every example is in Vietnamese
/// (the examples are dated under both rule sets, HD 36 and HD 05).
#[test]
fn verify_measures_every_example_in_vietnamese() {
    let root = common::root();
    let examples: Vec<String> = common::examples().iter().map(|e| e.display().to_string()).collect();
    let mut args = vec!["verify"];
    args.extend(examples.iter().map(String::as_str));
    let out = kehoach(&args, &root);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("HD 36") || stdout.contains("36-HD/VPTW") || stdout.contains("hd36"), "no example under HD 36:\n{stdout}");
    let mut english: Vec<String> = stdout
        .lines()
        .filter_map(|line| {
            let words = english_words(line);
            (!words.is_empty()).then(|| format!("{line}  <- {words:?}"))
        })
        .collect();
    english.sort();
    english.dedup();
    assert!(english.is_empty(), "{} lines in English:\n{}", english.len(), english.join("\n"));
}

/// Every message `check` gives on every bad input is in Vietnamese (the
/// quoted source lines under it are the user's own).
#[test]
fn check_says_every_bad_input_in_vietnamese() {
    let dir = common::root().join("tests/bad_inputs");
    let mut english = Vec::new();
    let mut cases: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    cases.retain(|p| p.extension().is_some_and(|e| e == "toml"));
    cases.sort();
    for case in cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let out = kehoach(&["check", &name], &dir);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let said = stderr.lines().filter(|l| !l.trim_start().starts_with(|c: char| c.is_ascii_digit() || c == '|' || c == '-'));
        for line in said {
            let words = english_words(line);
            if !words.is_empty() {
                english.push(format!("{name}: {line}  <- {words:?}"));
            }
        }
    }
    assert!(english.is_empty(), "{} lines in English:\n{}", english.len(), english.join("\n"));
}

/// The code of `src/verify` writes no English text of its own: what a
/// measurement says comes from `locales/*/verify*.ftl` (`tr!`), so it is
/// printed in the user's language. Rule names (the second argument of a
/// result) are looked up by their id and stay as they are.
#[test]
fn verify_builds_no_english_text() {
    let mut english = Vec::new();
    for entry in std::fs::read_dir(common::root().join("src/verify")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for (n, line) in code.lines().enumerate() {
            let trimmed = line.trim_start();
            if trimmed.starts_with("//") {
                continue;
            }
            // The text of `format!("…")` and of a literal made into a String.
            let literals = line.match_indices("format!(\"").map(|(i, _)| i + 9).chain(
                line.match_indices("\".into()").chain(line.match_indices("\".to_owned()")).chain(line.match_indices("\".to_string()")).filter_map(|(end, _)| line[..end].rfind('"').map(|s| s + 1)),
            );
            for start in literals {
                let body: String = line[start..].chars().take_while(|c| *c != '"').collect();
                let words: Vec<String> = english_words(&strip_placeholders(&body));
                if !words.is_empty() {
                    english.push(format!("{}:{}: {}  <- {words:?}", path.file_name().unwrap().to_string_lossy(), n + 1, trimmed));
                }
            }
        }
    }
    english.sort();
    assert!(english.is_empty(), "{} texts in English:\n{}", english.len(), english.join("\n"));
}

fn strip_placeholders(s: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in s.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}
