//! The injection corpus: hostile strings — Typst markup and code, minijinja,
//! quotes, HTML, shell, invisible and bidirectional characters, control
//! characters, NFD, a 1 MB string — placed in every text field of a plan.
//!
//! * Each printable string appears literally in the laid-out text of every
//!   single-column body field (headings of level 1 are upper-cased, so there
//!   the upper-cased string is looked for), and the document still renders
//!   in the two-column parts (header, signature, recipients), where lines of
//!   the two columns share baselines and so cannot be compared literally.
//! * Nothing executes: no file content appears, every page stays A4, the
//!   page count stays within bounds.
//! * Control characters are refused with an error naming the field and its
//!   `file:line:column`.
//! * The 1 MB string is refused by the documented limits (64 KiB for one
//!   string, 4 MiB for the file), with a clear error.
//!
//! The one exception to "prints as typed" is the inline markup — complete
//! `[b]…[/b]`, `[i]…[/i]`, `[u]…[/u]`, `[date]…[/date]` tags — so the corpus
//! holds broken and look-alike tags, never complete ones.

mod common;

use common::*;
use kehoach::vietnamese::{nfc, upper};

/// Where a field is printed, and how.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Print {
    /// In the single-column body, as typed.
    Body,
    /// In the single-column body, upper-cased (level-1 headings).
    BodyUpper,
    /// As typed after list punctuation ("- " before, ",;." after) is
    /// stripped, because it is computed (basis lines).
    BodyBare,
    /// In a two-column part (header, signature, recipients).
    Column,
}

use Print::*;

/// Every text field of a plan: (field path, where it prints, TOML line with `{v}`).
/// Tables are opened by the lines marked with a leading `[`.
const FIELDS: &[(&str, Print, &str)] = &[
    ("place", Column, "place = {v}"),
    ("subject", Body, "subject = {v}"),
    ("opening[0]", Body, "opening = [{v}]"),
    ("basis[0]", BodyBare, "basis = [{v}]"),
    ("closing[0]", Body, "closing = [{v}]"),
    ("issuer.superior", Column, "[issuer]\nsuperior = {v}"),
    ("issuer.name", Column, "name = {v}\ncode = \"ĐU\""),
    ("purpose.title", BodyUpper, "[purpose]\ntitle = {v}"),
    ("purpose.text[0]", Body, "text = [{v}]"),
    ("purpose.points[0]", Body, "points = [{v}]"),
    ("content.title", BodyUpper, "[content]\ntitle = {v}"),
    ("content.text[0]", Body, "text = [{v}]"),
    ("content.sectors_title", Body, "sectors_title = {v}"),
    ("content.sectors_text[0]", Body, "sectors_text = [{v}]"),
    ("content.participants.title", Body, "[content.participants]\ntitle = {v}"),
    ("content.participants.text[0]", Body, "text = [{v}]"),
    ("content.participants.collective", Body, "collective = {v}"),
    ("content.participants.individual", Body, "individual = {v}"),
    ("content.sectors[0].name", Body, "[[content.sectors]]\nname = {v}"),
    ("content.sectors[0].text[0]", Body, "text = [{v}]"),
    ("content.sectors[0].items[0]", Body, "items = [{v}]"),
    ("content.sectors[0].targets[0]", Body, "targets = [{v}]"),
    ("content.timeline.title", Body, "[content.timeline]\ntitle = {v}"),
    ("content.timeline.text[0]", Body, "text = [{v}]"),
    ("content.timeline.milestones[0].task", Body, "milestones = [{ date = 2024-05-01, task = {v} }]"),
    ("content.criteria.title", Body, "[content.criteria]\ntitle = {v}"),
    ("content.criteria.text[0]", Body, "text = [{v}]"),
    ("content.criteria.items[0]", Body, "items = [{v}]"),
    ("content.standards.title", Body, "[content.standards]\ntitle = {v}"),
    ("content.standards.text[0]", Body, "text = [{v}]"),
    ("content.standards.levels[0].name", Body, "[[content.standards.levels]]\nname = {v}"),
    ("content.standards.levels[0].text[0]", Body, "text = [{v}]"),
    ("content.standards.levels[0].items[0]", Body, "items = [{v}]"),
    ("content.sections[0].title", Body, "[[content.sections]]\ntitle = {v}"),
    ("content.sections[0].text[0]", Body, "text = [{v}]"),
    ("content.sections[0].items[0]", Body, "items = [{v}]"),
    ("content.sections[0].sections[0].title", Body, "[[content.sections.sections]]\ntitle = {v}"),
    ("content.sections[0].sections[0].text[0]", Body, "text = [{v}]"),
    ("sections[0].title", BodyUpper, "[[sections]]\ntitle = {v}"),
    ("sections[0].text[0]", Body, "text = [{v}]"),
    ("sections[0].items[0]", Body, "items = [{v}]"),
    ("organization.title", BodyUpper, "[organization]\ntitle = {v}"),
    ("organization.text[0]", Body, "text = [{v}]"),
    ("organization.tasks[0].unit", Body, "[[organization.tasks]]\nunit = {v}"),
    ("organization.tasks[0].task", Body, "task = {v}"),
    ("organization.sections[0].title", Body, "[[organization.sections]]\ntitle = {v}"),
    ("organization.sections[0].text[0]", Body, "text = [{v}]"),
    ("signer.body", Column, "[signer]\nauthority = \"T/M\"\nbody = {v}"),
    ("signer.position", Column, "position = {v}"),
    ("signer.name", Column, "name = {v}"),
    ("recipients.to[0]", Column, "[recipients]\nto = [{v}, { name = {v}, note = {v} }]"),
    ("recipients.archive", Column, "archive = {v}"),
];

/// Printable hostile strings: each must print literally and execute nothing.
const PRINTABLE: &[&str] = &[
    // Typst code
    "#read(\"/etc/passwd\")",
    "#include \"/etc/passwd\"",
    "#import \"@preview/cetz:0.2.2\": *",
    "#image(\"/etc/passwd\")",
    "#set page(width: 10pt, height: 10pt)",
    "#set text(size: 200pt, fill: red)",
    "#pagebreak() #pagebreak() #pagebreak()",
    "#let x = read(\"/etc/passwd\"); #x",
    "#{ for i in range(100000) { [x] } }",
    "#eval(\"1 + 1\") #sys.inputs #panic(\"boom\")",
    "#show: it => [] #metadata(1) <nhan>",
    "#box[#text(red)[đỏ]] #h(1fr)",
    "\"); #read(\"/etc/passwd\"); (\"",
    "\")] } #read(\"/etc/passwd\") //",
    "\\\" + read(\"/etc/passwd\") + \\\"",
    // Typst markup
    "$x^2 + y_1$ và $ sum_(i=0)^n i $",
    "*đậm* và *không đóng",
    "_nghiêng_ và _không",
    "@nhan và thư user@example.com",
    "<nhan> <a href=\"x\">",
    "// chú thích dòng",
    "/* khối chú thích */ còn lại",
    "`mã` và ```rust khối```",
    "\\ gạch chéo ngược \\\\ và \\# và \\u{41}",
    "--- gạch dài -- gạch vừa",
    "... ba chấm",
    "- gạch đầu dòng",
    "+ danh sách số",
    "1. mục một",
    "= Tiêu đề cấp một",
    "/ Thuật ngữ: định nghĩa",
    "~ dấu ngã ~ không ngắt",
    "[ngoặc vuông] ]] [[",
    "dòng một\n#read(\"/etc/passwd\")\n= Tiêu đề\n- mục",
    "cột\tcột",
    // inline markup look-alikes (no complete tag)
    "[x]y[/x] [bb] [ i ] [date ] [/ b] [B]",
    // minijinja
    "{{ 7*7 }}",
    "{% for i in range(10) %}x{% endfor %}",
    "{# chú thích #} {{ doc.header }} {{ profile }}",
    "{%- raw %}{{ x }}{% endraw %}",
    // quotes
    "'nháy đơn' \"nháy kép\" “ngoặc cong” ‘đơn cong’ «góc»",
    // HTML
    "<script>alert(1)</script>",
    "<b>đậm</b> &amp; &lt; &#x41; <!-- x --> <![CDATA[y]]>",
    // shell and friends
    "$(rm -rf /) ; ls | cat && echo $HOME",
    "`id` ${PATH} %s %n %x {0} {}",
    "'; DROP TABLE users; --",
    "../../../../etc/passwd file:///etc/passwd C:\\Windows\\System32",
    "https://example.com/?q=1&r=<x>#frag",
    // values that look like other types
    "null none undefined true 0 NaN -inf",
    // decomposed (NFD): printed as NFC
    "Nghi\u{303}a Tha\u{301}i Đa\u{309}ng u\u{309}y",
];

/// [`PRINTABLE`] and the strings that are easier to build than to write.
fn printable() -> Vec<String> {
    let mut all: Vec<String> = PRINTABLE.iter().map(|s| s.to_string()).collect();
    all.push("NghĩaThái".repeat(60)); // one unbreakable 540-letter word
    all.push("#read(\"/etc/passwd\") ".repeat(40)); // long, breaks across lines
    all
}

/// Invisible and bidirectional characters: printed (the lint warns about
/// them), never executed. Bidi reordering changes the visual order, so only
/// the visible pieces are looked for, in either direction.
const INVISIBLE: &[&str] = &[
    "Đảng\u{200B}ủy\u{200C}xã\u{200D}Nghĩa\u{2060}Thái\u{FEFF}",
    "tên\u{00AD}mềm",
    "abc\u{202E}fed\u{202C} xyz",
    "\u{2067}#read(\"/etc/passwd\")\u{2069} hết",
    "\u{200F}\u{200E}trái\u{061C}phải",
];

/// Control characters: refused with a located error.
const CONTROL: &[&str] = &[
    "NUL\u{0}ở giữa",
    "chuông\u{7}",
    "\u{1B}[31mđỏ\u{1B}[0m",
    "xoá\u{8}lùi",
    "dòng\rvề đầu",
    "trang\u{C}mới",
    "tab\u{B}dọc",
    "DEL\u{7F}",
    "C1\u{85}dòng",
    "C1\u{9B}31m",
];

/// A plan with `value(i)` in the i-th field of [`FIELDS`].
fn plan(value: impl Fn(usize) -> String) -> String {
    let mut out = String::from("kind = \"ke-hoach\"\nnumber = 7\ndate = 2024-04-01\n");
    for (i, (_, _, line)) in FIELDS.iter().enumerate() {
        out.push_str(&line.replace("{v}", &value(i)));
        out.push('\n');
    }
    out
}

/// The 1-based line of a field's value in [`plan`].
fn line_of(field: &str) -> usize {
    let mut line = 4; // after kind, number, date
    for (f, _, text) in FIELDS {
        let lines: Vec<&str> = text.split('\n').collect();
        if *f == field {
            return line + lines.iter().position(|l| l.contains("{v}")).expect("a value line");
        }
        line += lines.len();
    }
    panic!("no field {field}")
}

/// Text without any white space: lines broken anywhere compare equal.
fn dense(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// What the basis lines keep of a value: list punctuation is computed.
fn bare(s: &str) -> &str {
    let s = s.trim();
    let s = s.strip_prefix("- ").unwrap_or(s).trim_start();
    s.trim_end_matches([',', ';', '.']).trim_end()
}

fn count(field: Print) -> usize {
    FIELDS.iter().filter(|(_, p, _)| *p == field).count()
}

/// The text of the pages without the page numbers (which would otherwise
/// split a string running across a page break).
fn body_text(layout: &kehoach::inspect::Layout) -> String {
    let lines = layout.lines();
    let text = lines.iter().filter(|l| l.page == 1 || l.y > 15.0).map(|l| l.text());
    text.collect::<Vec<_>>().join("\n")
}

/// The layout must be what it always is: A4, a bounded number of pages.
fn assert_sane(what: &str, layout: &kehoach::inspect::Layout, max_pages: usize) {
    assert!(!layout.pages.is_empty() && layout.pages.len() <= max_pages, "{what}: {} pages (at most {max_pages})", layout.pages.len());
    for (i, page) in layout.pages.iter().enumerate() {
        assert_near(page.width, 210.0, 0.5, &format!("{what}: page {} width", i + 1));
        assert_near(page.height, 297.0, 0.5, &format!("{what}: page {} height", i + 1));
    }
    let text = layout.text();
    assert!(!text.contains("root:") && !text.contains("/bin/"), "{what}: a file was read:\n{text}");
}

/// The field table is right: a distinct marker in each field shows up where
/// the table says (as typed, or upper-cased).
#[test]
fn every_field_prints_where_the_table_says() {
    let marker = |i: usize| format!("Mốcthử{i:02}kết");
    let layout = layout_of("markers.toml", &plan(|i| toml_string(&marker(i))));
    let text = dense(&layout.text());
    for (i, (field, print, _)) in FIELDS.iter().enumerate() {
        let m = marker(i);
        let found = match print {
            BodyUpper => text.contains(&upper(&m)) && !text.contains(&m),
            _ => text.contains(&m) || text.contains(&upper(&m)),
        };
        assert!(found, "{field} ({print:?}): marker {m} not printed as expected in:\n{text}");
    }
}

/// The plan with `h` in every field, prepared. The place and date must stand
/// on one line: a string too long for that is refused at `place` (and only
/// there), and the plan is then prepared with a usual place.
fn prepare_hostile(what: &str, h: &str) -> kehoach::Prepared {
    match kehoach::prepare("hostile.toml", &plan(|_| toml_string(h))) {
        Ok(p) => p,
        Err(kehoach::Error::Invalid(d))
            if d.iter().filter(|d| d.is_error()).all(|d| d.id.as_deref() == Some("place-too-long")) =>
        {
            assert!(d.iter().filter(|d| d.is_error()).all(|d| d.field.as_deref() == Some("place")), "{what}");
            let usual = plan(|i| if FIELDS[i].0 == "place" { toml_string("Nghĩa Thái") } else { toml_string(h) });
            kehoach::prepare("hostile.toml", &usual).unwrap_or_else(|e| panic!("{what} is refused:\n{e}"))
        }
        Err(e) => panic!("{what} is refused:\n{e}"),
    }
}

/// The page count of the plan with short, harmless text in every field.
fn baseline_pages() -> usize {
    layout_of("baseline.toml", &plan(|_| toml_string("Nội dung bình thường"))).pages.len()
}

#[test]
fn printable_hostile_strings_print_literally_and_never_execute() {
    let baseline = baseline_pages();
    let (body, upper_fields, bare_fields) = (count(Body), count(BodyUpper), count(BodyBare));
    let printable = printable();
    assert!(printable.len() + INVISIBLE.len() + CONTROL.len() + 1 >= 50, "the corpus has at least 50 strings");
    for h in &printable {
        let what = format!("{h:?}");
        let prepared = prepare_hostile(&what, h);
        let layout = kehoach::inspect::inspect(&kehoach::typeset(&prepared).unwrap_or_else(|e| panic!("{what}: {e}")));
        // Longer strings take more room: about a page per 2500 characters
        // or 25 line ends.
        let max_pages = baseline + 1 + (h.chars().count() * FIELDS.len()) / 2500 + (h.matches('\n').count() * FIELDS.len()) / 25;
        let h = h.as_str();
        assert_sane(&what, &layout, max_pages);

        let text = dense(&nfc(&body_text(&layout)));
        let typed = dense(&nfc(h));
        let mut expected = body;
        if dense(bare(&nfc(h))) == typed {
            expected += bare_fields;
        }
        let literal = text.matches(&typed).count();
        assert!(literal >= expected, "{what} printed literally {literal} times, expected at least {expected}:\n{text}");
        let upper_text = upper(&text);
        let shouted = upper_text.matches(&upper(&typed)).count();
        assert!(shouted >= expected + upper_fields, "{what} printed (upper-cased) {shouted} times, expected at least {}", expected + upper_fields);
    }
}

#[test]
fn invisible_and_bidi_characters_print_but_never_execute() {
    let baseline = baseline_pages();
    let invisible = |c: char| matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{00AD}' | '\u{061C}');
    for h in INVISIBLE {
        let what = format!("{h:?}");
        let prepared = prepare_hostile(&what, h);
        assert!(prepared.warnings.iter().any(|w| w.message.contains("invisible character")), "{what}: no warning");
        let layout = kehoach::inspect::inspect(&kehoach::typeset(&prepared).unwrap());
        assert_sane(&what, &layout, baseline + 1);
        // Bidi reordering moves neutral characters (`#`, quotes, brackets)
        // to the other end of a run: compare letters and digits only.
        let alnum = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).collect::<String>();
        let text = alnum(&body_text(&layout));
        for piece in h.split(invisible).filter(|p| !alnum(p).is_empty()) {
            let piece = alnum(piece);
            let reversed: String = piece.chars().rev().collect();
            let n = text.matches(&piece).count() + text.matches(&reversed).count();
            assert!(n >= count(Body), "{what}: {piece:?} printed {n} times, expected at least {}:\n{text}", count(Body));
        }
    }
}

/// Control characters are refused, every field reported with its place.
/// Needs the Vietnamese text checks (src/check/text.rs) wired into `prepare`.
#[test]
fn control_characters_are_refused_with_a_located_error() {
    for h in CONTROL {
        let what = format!("{h:?}");
        let source = plan(|_| toml_string(h));
        let err = match kehoach::prepare("hostile.toml", &source) {
            Ok(_) => panic!("{what}: a control character was accepted"),
            Err(e) => e,
        };
        let kehoach::Error::Invalid(diags) = &err else { panic!("{what}: {err}") };
        let shown = err.to_string();
        for field in ["subject", "content.sectors[0].items[0]", "content.timeline.milestones[0].task", "signer.name"] {
            let d = diags
                .iter()
                .find(|d| d.field.as_deref() == Some(field) && d.is_error())
                .unwrap_or_else(|| panic!("{what}: no error names `{field}`:\n{shown}"));
            let (line, column) = (d.line.expect("a line"), d.column.expect("a column"));
            assert_eq!(line, line_of(field), "{what}: `{field}` located at the wrong line:\n{shown}");
            assert!(shown.contains(&format!("hostile.toml:{line}:{column}")), "{what}: no file:line:column for `{field}`:\n{shown}");
        }
    }
}

/// The 1 MB string: refused by the documented limits, never laid out.
#[test]
fn a_megabyte_string_is_refused_by_the_limits() {
    let mega: String = "Đảng ủy xã Nghĩa Thái #read(\"/etc/passwd\") ".chars().cycle().take(1 << 20).collect();
    // In every field the file passes 4 MiB.
    let err = kehoach::prepare("mega.toml", &plan(|_| toml_string(&mega))).unwrap_err();
    assert_eq!(err.exit_code(), 1);
    assert!(err.to_string().contains("the limit is 4194304 bytes"), "{err}");
    // In one field it passes the 64 KiB limit of one string, named by its field.
    let source = MINIMAL.replace("subject = \"về thử nghiệm\"", &format!("subject = {}", toml_string(&mega)));
    let start = std::time::Instant::now();
    let err = kehoach::prepare("mega.toml", &source).unwrap_err();
    let kehoach::Error::Invalid(diags) = &err else { panic!("{err}") };
    assert_eq!(diags[0].field.as_deref(), Some("subject"), "{err}");
    assert!(diags[0].message.contains("the limit for one string is 65536 bytes"), "{err}");
    assert!(err.to_string().contains("mega.toml:6:11"), "{err}");
    assert!(start.elapsed().as_secs() < 10, "refused quickly");
}
