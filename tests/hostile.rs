//! Text from the data is data: markup and code characters print exactly as
//! typed and never execute, in every kind of field.

mod common;

use common::*;

const HOSTILE: &[&str] = &[
    "#read(\"/etc/passwd\")",
    "#include \"/etc/passwd\"",
    "#set page(width: 10pt)",
    "*đậm* _nghiêng_",
    "$x^2$ và \\$",
    "\"ngoặc kép\" và \\ và \\\\",
    "--- và ... và --",
    "- gạch đầu dòng",
    "1. số thứ tự",
    "= tiêu đề",
    "+ cộng",
    "/ thuật ngữ: x",
    "@nhan <nhan>",
    "// chú thích /* khối */",
    "`mã` ```khối```",
    "{{ 7*7 }} {% if true %}x{% endif %}",
    "[x] [/x] [b",
    "<script>alert(1)</script> & $(rm -rf /)",
];

fn toml_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[test]
fn hostile_strings_print_literally_in_every_field() {
    for h in HOSTILE {
        let v = toml_string(h);
        let source = format!(
            r#"
kind = "ke-hoach"
place = {v}
date = 2024-04-01
subject = {v}
opening = [{v}]
basis = [{v}]
[issuer]
superior = {v}
name = {v}
code = "ĐU"
[purpose]
title = {v}
points = [{v}]
[content]
[[content.sectors]]
name = {v}
items = [{v}]
[signer]
authority = "T/M"
body = {v}
position = {v}
name = {v}
[recipients]
to = [{v}]
archive = {v}
"#
        );
        let layout = layout_of("hostile.toml", &source);
        assert_eq!(layout.pages.len(), 1, "{h}: still one A4 page");
        assert!((layout.pages[0].width - 210.0).abs() < 0.5, "{h}: page stays A4");
        let text = squash(&layout.text());
        let occurrences = text.matches(&squash(h)).count();
        // subject, opening, basis, purpose point, sector item, signer name,
        // recipient (plain); the others are upper-cased or framed.
        assert!(occurrences >= 6, "{h:?} printed literally only {occurrences} times in:\n{text}");
        assert!(!text.contains("root:x:0"), "{h}: no file was read");
    }
}
