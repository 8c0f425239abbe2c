//! Property: any string prints exactly as typed.
//!
//! Random strings — Vietnamese words (every tone mark, đ, ư, ơ, capitals),
//! digits, spaces and the characters of Typst markup and code, minijinja,
//! HTML and shells — are put into the subject and a body paragraph of a plan;
//! the laid-out text contains each literally (after NFC, with runs of white
//! space squashed, as line breaking may turn a space into a line end).
//!
//! The one documented exception is the inline markup: a complete tag
//! (`[b]`, `[/b]`, `[i]`, `[/i]`, `[u]`, `[/u]`, `[date]`, `[/date]`) means
//! something, so the generated strings contain none; broken tags (`[b`,
//! `[/x]`, `[ i ]`) are generated and must print as typed.

mod common;

use common::*;
use proptest::prelude::*;

/// Whole Vietnamese words (never mistaken for legacy-encoding damage), the
/// markup and code characters, digits and look-alike tags.
const TOKENS: &[&str] = &[
    "Đảng", "ủy", "uỷ", "xã", "Nghĩa", "Thái", "phong", "trào", "thi", "đua", "dân", "vận", "khéo", "năm",
    "hướng", "dẫn", "thực", "hiện", "Bí", "thư", "Chi", "bộ", "Ủy", "ban", "nhân", "quỹ", "người", "được",
    "Trường", "Sơn", "Ngô", "Đức", "Kế", "hoạch", "ĐẢNG", "CỘNG", "SẢN", "VIỆT", "NAM", "ữ", "ỵ", "ẫ", "ặ",
    "#", "$", "*", "_", "@", "<", ">", "/", "//", "/*", "*/", "\\", "\"", "'", "`", "```", "[", "]", "{", "}",
    "(", ")", "-", "--", "---", "+", "=", "~", ".", "...", ",", ";", ":", "!", "?", "%", "&", "|", "^", "“", "”",
    "{{", "}}", "{%", "%}", "{#", "#}", "#read(\"/etc/passwd\")", "#set", "#include", "#let", "#import",
    "$(", "${", "&amp;", "<script>", "</b>", "[b", "[/x]", "[ i ]", "[date", "date]", "b]", "[/",
    "0", "1", "7", "2024", "1.", "- ", "= ", "+ ", "/ ", " ", " ", "  ", "\n",
];

/// The complete inline-markup tags: the one exception to "prints as typed".
const TAGS: &[&str] = &["[b]", "[/b]", "[i]", "[/i]", "[u]", "[/u]", "[date]", "[/date]"];

fn hostile_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TOKENS), 1..16)
        .prop_map(|tokens| tokens.concat())
        .prop_filter("not blank", |s| !s.trim().is_empty())
        .prop_filter("no complete markup tag", |s| !TAGS.iter().any(|t| s.contains(t)))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_string_prints_literally(subject in hostile_text(), paragraph in hostile_text()) {
        let source = MINIMAL
            .replace("subject = \"về thử nghiệm\"", &format!("subject = {}", toml_string(&subject)))
            .replace("[issuer]", &format!("opening = [{}]\n[issuer]", toml_string(&paragraph)));
        let layout = layout_of("roundtrip.toml", &source);
        prop_assert_eq!(layout.pages.len(), 1);
        // Compared without white space: a line may break inside a token (after
        // "/" or "-"), and the text of two lines is joined with a space.
        let dense = |s: &str| kehoach::vietnamese::nfc(s).split_whitespace().collect::<String>();
        let text = dense(&layout.text());
        for typed in [&subject, &paragraph] {
            let typed = dense(typed);
            prop_assert!(text.contains(&typed), "{:?} is not printed literally in:\n{}", typed, text);
        }
        prop_assert!(!text.contains("root:"));
    }
}
