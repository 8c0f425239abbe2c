//! Every limit of `kehoach::limits` is a clear, located error (exit code 1)
//! naming the limit and the fix — never a hang, a stack overflow or an
//! out-of-memory kill. Each test also bounds its own time.

mod common;

use std::time::{Duration, Instant};

use common::*;
use kehoach::check::limits::*;

/// Prepares (and, if valid, typesets) on a thread with a small stack, so a
/// recursion that the limits fail to stop overflows here rather than pass.
fn run(source: String) -> (Result<usize, kehoach::Error>, Duration) {
    let start = Instant::now();
    let result = std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(move || {
            let prepared = kehoach::prepare("limits.toml", &source)?;
            kehoach::typeset(&prepared).map(|doc| doc.pages().len())
        })
        .unwrap()
        .join()
        .expect("no panic, no stack overflow");
    (result, start.elapsed())
}

/// The error of an invalid input, with its diagnostics shown on failure.
fn refused(source: String, limit: Duration) -> (Vec<kehoach::diagnostic::Diagnostic>, String) {
    let (result, took) = run(source);
    assert!(took < limit, "took {took:?}");
    match result {
        Err(kehoach::Error::Invalid(d)) => {
            let shown = kehoach::Error::Invalid(d.clone()).to_string();
            (d, shown)
        }
        Err(e) => panic!("expected invalid input, got {e}"),
        Ok(pages) => panic!("expected a refusal, got {pages} pages"),
    }
}

fn with_opening(paragraphs: &[String]) -> String {
    let list: Vec<String> = paragraphs.iter().map(|p| format!("\"{p}\"")).collect();
    MINIMAL.replace("[issuer]", &format!("opening = [{}]\n[issuer]", list.join(", ")))
}

#[test]
fn an_oversized_file_is_refused_before_parsing() {
    let source = format!("{MINIMAL}\n# {}\n", "x".repeat(MAX_INPUT_BYTES));
    let (d, shown) = refused(source, Duration::from_secs(5));
    assert!(d[0].message.contains("the limit is 4194304 bytes (4 MiB)"), "{shown}");
    assert!(d[0].hint.as_deref().unwrap_or("").contains("split the document"), "{shown}");
}

#[test]
fn deep_toml_nesting_is_refused_without_overflowing_the_stack() {
    let n = 100_000;
    let cases = [
        format!("kind = \"ke-hoach\"\na = {}{}\n", "[".repeat(n), "]".repeat(n)),
        format!("kind = \"ke-hoach\"\na = {}1{}\n", "{a=".repeat(n), "}".repeat(n)),
        format!("kind = \"ke-hoach\"\n[{}]\n", vec!["sections"; n].join(".")),
        format!("kind = \"ke-hoach\"\n{} = 1\n", vec!["a"; n].join(".")),
        format!("kind = \"ke-hoach\"\na = {}\n", "[".repeat(n)), // and never closed
    ];
    for source in cases {
        let (d, shown) = refused(source, Duration::from_secs(10));
        assert!(d.len() <= MAX_DIAGNOSTICS, "{} diagnostics", d.len());
        assert!(d[0].message.contains("nested more than 80 levels deep"), "{shown}");
    }
}

/// Nested `sections`, in a real plan: eight levels render (levels below the
/// fourth as dash headings), nine are refused at the ninth, by field path.
#[test]
fn section_nesting_is_bounded() {
    let nested = |levels: usize| {
        let mut s = String::from(MINIMAL);
        for level in 1..=levels {
            s.push_str(&format!("[[sections]]\n").replace("sections", &vec!["sections"; level].join(".")));
            s.push_str(&format!("title = \"Cấp {level}\"\ntext = [\"Đoạn cấp {level}.\"]\n"));
        }
        s
    };
    let (pages, _) = run(nested(MAX_SECTION_DEPTH));
    assert!(pages.is_ok(), "eight levels render: {}", pages.unwrap_err());
    let (d, shown) = refused(nested(MAX_SECTION_DEPTH + 1), Duration::from_secs(5));
    let deepest = format!("{}sections", "sections[0].".repeat(MAX_SECTION_DEPTH));
    assert_eq!(d[0].field.as_deref(), Some(deepest.as_str()), "{shown}");
    assert!(d[0].message.contains("more than 8 levels deep"), "{shown}");
    assert!(d[0].line.is_some(), "{shown}");
}

#[test]
fn one_string_is_at_most_64_kib() {
    let words = "Đảng ủy xã Nghĩa Thái phát động phong trào thi đua ";
    let fits: String = words.chars().cycle().take(MAX_STRING_BYTES / 2).collect(); // ≤ 2 bytes a char
    let (pages, took) = run(with_opening(&[fits]));
    assert!(pages.is_ok(), "{}", pages.unwrap_err());
    assert!(took < Duration::from_secs(20), "a 32 K-character paragraph lays out in {took:?}");

    let long: String = words.chars().cycle().take(MAX_STRING_BYTES).collect(); // > 64 KiB in UTF-8
    let (d, shown) = refused(with_opening(&["Ngắn.".into(), long]), Duration::from_secs(5));
    assert_eq!(d[0].field.as_deref(), Some("opening[1]"), "{shown}");
    assert!(d[0].message.contains("the limit for one string is 65536 bytes"), "{shown}");
    assert!(shown.contains("limits.toml:"), "{shown}");
}

#[test]
fn text_in_all_is_at_most_1_mib() {
    let paragraph: String = "Đảng ủy xã Nghĩa Thái phát động ".chars().cycle().take(40_000).collect();
    let (d, shown) = refused(with_opening(&vec![paragraph; 30]), Duration::from_secs(5));
    assert!(d[0].message.contains("passes 1048576 bytes (1 MiB)"), "{shown}");
    assert!(d[0].field.as_deref().unwrap_or("").starts_with("opening["), "{shown}");
}

#[test]
fn values_are_at_most_twenty_thousand() {
    let (d, shown) = refused(with_opening(&vec!["a".to_string(); MAX_VALUES]), Duration::from_secs(5));
    assert!(d[0].message.contains("more than 20000 values"), "{shown}");
    // Unknown keys cannot flood the checker either.
    let flood: String = (0..MAX_VALUES + 5).map(|i| format!("x{i} = 1\n")).collect();
    let (d, _) = refused(format!("{MINIMAL}{flood}"), Duration::from_secs(5));
    assert!(d[0].message.contains("more than 20000 values"));
}

/// Many problems are reported, up to a bound, quickly: locating each one
/// re-reads the file, so an unbounded list would be quadratic.
#[test]
fn floods_of_problems_are_bounded() {
    let flood: String = (0..5_000).map(|i| format!("x{i} = 1\n")).collect();
    let (d, _) = refused(format!("{MINIMAL}{flood}"), Duration::from_secs(10));
    assert_eq!(d.len(), MAX_DIAGNOSTICS);
    let padding = format!("# {}\n", "x".repeat(3_000_000));
    let (d, _) = refused(with_opening(&vec!["[b]không đóng".to_string(); 3_000]) + &padding, Duration::from_secs(20));
    assert!(d.len() >= MAX_DIAGNOSTICS);
    let syntax: String = (0..5_000).map(|_| "= 1\n").collect();
    let (d, _) = refused(format!("{MINIMAL}{syntax}"), Duration::from_secs(10));
    assert!(d.len() <= MAX_DIAGNOSTICS);
}

/// Thousands of problems on one long line: every snippet is cut to a window
/// around its problem, so the diagnostics stay small (whole 200 KB lines
/// copied into 15 000 diagnostics took 24 s and 4.8 GB).
#[test]
fn diagnostics_on_a_long_line_stay_small() {
    let (d, _) = refused(with_opening(&vec!["a\\u0007b".to_string(); 15_000]), Duration::from_secs(10));
    assert!(d.len() >= MAX_DIAGNOSTICS);
    for diag in &d {
        let snippet = diag.snippet.as_ref().map(|s| s.0.chars().count()).unwrap_or(0);
        assert!(snippet <= 202, "a snippet of {snippet} characters");
    }
}

/// Pages: a document that would obviously lay out to thousands of pages is
/// refused before layout; one just over the limit after it.
#[test]
fn pages_are_at_most_500() {
    // Each paragraph on a page of its own: about 600 pages, counted after layout.
    let one_per_page = with_opening(&vec!["Đoạn.".to_string(); 600]) + "[layout.body]\nparagraph_spacing_pt = 700\n";
    let (d, shown) = refused(one_per_page, Duration::from_secs(60));
    assert!(d[0].message.contains("lays out to") && d[0].message.contains("the limit is 500 pages"), "{shown}");
    assert!(d[0].hint.as_deref().unwrap_or("").contains("[layout]"), "{shown}");

    // A 1999 pt font: hundreds of thousands of pages, refused before layout.
    let paragraph: String = "Đảng ủy xã Nghĩa Thái ".chars().cycle().take(30_000).collect();
    let huge = with_opening(&[paragraph]) + "[layout.body]\nsize_pt = 1999\nline_spacing_pt = 1999\n";
    let (d, shown) = refused(huge, Duration::from_secs(5));
    assert!(d[0].message.contains("would lay out to about") && d[0].message.contains("the limit is 500 pages"), "{shown}");
}

/// The estimate stays well under the refusal threshold for the real examples.
#[test]
fn the_page_estimate_lets_real_documents_through() {
    for path in examples() {
        let source = std::fs::read_to_string(&path).unwrap();
        let prepared = kehoach::prepare(&path.display().to_string(), &source).unwrap();
        let estimate = estimate_pages(&prepared.profile, &prepared.context);
        let pages = kehoach::typeset(&prepared).unwrap().pages().len();
        assert!(estimate >= pages && estimate <= 4 * pages + 4, "{}: estimate {estimate}, real {pages}", path.display());
    }
}
