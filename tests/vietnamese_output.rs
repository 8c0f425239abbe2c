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
    for (path, code) in common::code_of("src/verify") {
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

// ---------------------------------------------------------------------------
// The output side: errors, hints, notices and `--help` of every command (#24)
// ---------------------------------------------------------------------------

/// A scratch directory shared by the tests below: `plan.toml` (an example),
/// `other.toml` (its subject changed), `plain.pdf` (rendered without its
/// source), `embedded.pdf` (with it), `tampered.pdf` (embedded.pdf with a byte
/// of its pages changed), `notpdf.pdf` (text), `blocker` (a file where a
/// directory is wanted), `isdir.json/` and `empty/` (directories).
fn scene() -> &'static Path {
    static SCENE: std::sync::OnceLock<std::path::PathBuf> = std::sync::OnceLock::new();
    SCENE.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("kehoach-vietnamese-output-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("isdir.json")).unwrap();
        std::fs::create_dir_all(dir.join("empty")).unwrap();
        let plan = std::fs::read_to_string(common::example("nghia-thai-2026.toml")).unwrap();
        std::fs::write(dir.join("plan.toml"), &plan).unwrap();
        let subject = plan.lines().find(|l| l.starts_with("subject")).expect("the example has a subject");
        std::fs::write(dir.join("other.toml"), plan.replacen(subject, "subject = \"Tổ chức các hoạt động kỷ niệm\"", 1)).unwrap();
        std::fs::write(dir.join("notpdf.pdf"), "not a PDF\n").unwrap();
        std::fs::write(dir.join("blocker"), "a file\n").unwrap();
        for args in [&["render", "plan.toml", "-o", "plain.pdf"][..], &["render", "plan.toml", "-o", "embedded.pdf", "--embed-source"]] {
            let out = run(Some("en"), args, &dir);
            assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        }
        let mut bytes = std::fs::read(dir.join("embedded.pdf")).unwrap();
        let stream = bytes.windows(7).position(|w| w == b"stream\n").expect("a stream") + 60;
        bytes[stream] ^= 0x01;
        std::fs::write(dir.join("tampered.pdf"), bytes).unwrap();
        dir
    })
}

/// Runs kehoach under `LANG=vi_VN.UTF-8`, with `--lang` when given.
fn run(lang: Option<&str>, args: &[&str], dir: &Path) -> std::process::Output {
    let mut all: Vec<&str> = lang.map(|l| vec!["--lang", l]).unwrap_or_default();
    all.extend(args);
    kehoach(&all, dir)
}

/// Everything a run printed, standard error first.
fn said(out: &std::process::Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&out.stderr), String::from_utf8_lossy(&out.stdout))
}

/// The lines of a text that hold English words; of a message of the MCP
/// server ("tiếng Việt | English") only its Vietnamese half is looked at.
fn english_lines(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|line| {
            let vietnamese = line.split(" | ").next().unwrap_or(line);
            let words = english_words(vietnamese);
            (!words.is_empty()).then(|| format!("{line}  <- {words:?}"))
        })
        .collect()
}

/// The commands, as `kehoach <path> --help` takes them.
const COMMANDS: &[&[&str]] = &[
    &[],
    &["render"],
    &["watch"],
    &["check"],
    &["diff"],
    &["verify"],
    &["register"],
    &["issue"],
    &["extract"],
    &["schema"],
    &["new"],
    &["profiles"],
    &["kinds"],
    &["mcp"],
];

/// `--help` and `-h` of every command, and `kehoach help`, are in
/// Vietnamese: kehoach's texts and clap's own words (headings, the help
/// and version flags, defaults, possible values).
#[test]
fn every_help_is_in_vietnamese() {
    let dir = common::root();
    let mut english = Vec::new();
    for command in COMMANDS {
        for flag in ["--help", "-h"] {
            let args: Vec<&str> = command.iter().copied().chain([flag]).collect();
            let out = run(None, &args, &dir);
            assert!(out.status.success(), "{args:?}: {}", said(&out));
            english.extend(english_lines(&said(&out)).into_iter().map(|l| format!("{args:?}: {l}")));
        }
    }
    for args in [&["help"][..], &["help", "render"], &["help", "help"]] {
        let out = run(None, args, &dir);
        assert!(out.status.success(), "{args:?}: {}", said(&out));
        english.extend(english_lines(&said(&out)).into_iter().map(|l| format!("{args:?}: {l}")));
    }
    assert!(english.is_empty(), "{} lines in English:\n{}", english.len(), english.join("\n"));

    let top = said(&run(None, &["--help"], &dir));
    for text in ["Cách dùng: kehoach [OPTIONS] <COMMAND>", "\nLệnh:\n", "\nTùy chọn:\n", "In hướng dẫn này, hoặc hướng dẫn của lệnh con đã nêu", "In số phiên bản", "[giá trị dùng được: `vi`, `en`]"] {
        assert!(top.contains(text), "no {text:?} in:\n{top}");
    }
    let render = said(&run(None, &["render", "--help"], &dir));
    for text in ["Cách dùng: kehoach render [OPTIONS] <FILES>...", "\nĐối số:\n", "Giá trị dùng được:", "- `pdf`:  PDF (mặc định)", "- `docx`: tệp Word sửa được (WordprocessingML)", "(mặc định: theo đuôi của tệp -o, nếu không thì pdf)", "[mặc định: `144`]", "In hướng dẫn (xem bản tóm tắt: -h)"] {
        assert!(render.contains(text), "no {text:?} in:\n{render}");
    }
    let short = said(&run(None, &["check", "-h"], &dir));
    assert!(short.contains("[giá trị dùng được: `text`, `json`, `github`, `sarif`] [mặc định: `text`]"), "{short}");
    assert!(short.contains("In hướng dẫn (xem đầy đủ: --help)"), "{short}");
}

/// `kinds` and `profiles` describe each entry in Vietnamese.
#[test]
fn the_lists_are_in_vietnamese() {
    let dir = common::root();
    let kinds = said(&run(None, &["kinds"], &dir));
    assert!(kinds.contains("Giấy mời: \"Trân trọng kính mời:\", thời gian, địa điểm"), "{kinds}");
    let profiles = said(&run(None, &["profiles"], &dir));
    assert!(profiles.contains("Văn bản của Đảng theo Hướng dẫn 05-HD/VPTW (2026): ban hành từ ngày 27/5/2026"), "{profiles}");
    let english: Vec<String> = english_lines(&kinds).into_iter().chain(english_lines(&profiles)).collect();
    assert!(english.is_empty(), "{} lines in English:\n{}", english.len(), english.join("\n"));
    let en = said(&run(Some("en"), &["kinds"], &dir));
    assert!(en.contains("an invitation: \"Trân trọng kính mời:\", time, place"), "{en}");
}

/// Under `--lang en` the help keeps clap's English words, as before.
#[test]
fn help_stays_english_under_lang_en() {
    let dir = common::root();
    let top = said(&run(Some("en"), &["--help"], &dir));
    for text in ["Usage: kehoach [OPTIONS] <COMMAND>", "\nCommands:\n", "\nOptions:\n", "Print this message or the help of the given subcommand(s)", "-V, --version      Print version", "[possible values: vi, en]"] {
        assert!(top.contains(text), "no {text:?} in:\n{top}");
    }
    let render = said(&run(Some("en"), &["render", "--help"], &dir));
    for text in ["Usage: kehoach render [OPTIONS] <FILES>...", "\nArguments:\n", "Possible values:", "- pdf:  PDF (the default)", "(default: the extension of the -o file, else pdf)", "Print help (see a summary with '-h')"] {
        assert!(render.contains(text), "no {text:?} in:\n{render}");
    }
}

/// One error path: its arguments, exit code, and texts said in each language.
struct Case {
    args: &'static [&'static str],
    code: i32,
    vi: &'static [&'static str],
    en: &'static [&'static str],
}

const CASES: &[Case] = &[
    Case {
        args: &["render", "missing.toml"],
        code: 2,
        vi: &["không đọc được missing.toml: không có tệp hoặc thư mục này"],
        en: &["cannot read missing.toml: No such file or directory (os error 2)"],
    },
    Case {
        args: &["render", "plan.toml", "-o", "blocker/sub/x.pdf"],
        code: 2,
        vi: &["không ghi được blocker/sub/x.pdf: một phần của đường dẫn không phải thư mục"],
        en: &["cannot write blocker/sub/x.pdf: Not a directory (os error 20)"],
    },
    Case {
        args: &["render", "plan.toml", "-o", "blocker/sub/"],
        code: 2,
        vi: &["không tạo được thư mục kết quả blocker/sub/: một phần của đường dẫn không phải thư mục"],
        en: &["cannot create the output directory blocker/sub/: Not a directory (os error 20)"],
    },
    Case {
        args: &["render", "empty"],
        code: 2,
        vi: &["thư mục empty không có tệp .toml nào"],
        en: &["no .toml files in directory empty"],
    },
    Case {
        args: &["render", "plan.toml", "-o", "o.pdf", "--metadata", "isdir.json"],
        code: 2,
        vi: &["không ghi được isdir.json: đây là một thư mục, không phải tệp"],
        en: &["cannot write isdir.json: Is a directory (os error 21)"],
    },
    Case {
        args: &["verify", "plain.pdf"],
        code: 1,
        vi: &["lỗi: tệp PDF không có tệp đính kèm kehoach-render.json", "= gợi ý: trình bày lại với --embed-source (hoặc theo chuẩn PDF/A-3)"],
        en: &["error: the PDF has no embedded kehoach-render.json", "= hint: render it with --embed-source (or a PDF/A-3 standard)"],
    },
    Case {
        args: &["verify", "notpdf.pdf"],
        code: 1,
        vi: &[
            "lỗi: không phải tệp PDF do kehoach (hoặc typst) ghi ra: tệp không bắt đầu bằng %PDF-",
            "= gợi ý: chỉ thẩm định được tệp PDF trình bày với --embed-source (hoặc theo chuẩn PDF/A-3)",
        ],
        en: &["error: not a PDF written by kehoach (or typst): it does not start with %PDF-", "= hint: verify a PDF rendered with --embed-source (or a PDF/A-3 standard)"],
    },
    Case {
        args: &["extract", "notpdf.pdf"],
        code: 1,
        vi: &["lỗi: notpdf.pdf: không phải tệp PDF do kehoach (hoặc typst) ghi ra: tệp không bắt đầu bằng %PDF-"],
        en: &["error: notpdf.pdf: not a PDF written by kehoach (or typst): it does not start with %PDF-"],
    },
    Case {
        args: &["extract", "plain.pdf"],
        code: 1,
        vi: &["lỗi: plain.pdf không có tệp đính kèm", "= gợi ý: trình bày với --embed-source (hoặc một chuẩn PDF/A-3)"],
        en: &["error: plain.pdf has no embedded files", "= hint: render with --embed-source (or a PDF/A-3 standard)"],
    },
    Case {
        args: &["extract", "embedded.pdf", "-o", "blocker"],
        code: 2,
        vi: &["lỗi: không tạo được blocker: đã có một tệp hoặc thư mục cùng tên"],
        en: &["error: cannot create blocker: File exists (os error 17)"],
    },
    Case {
        args: &["extract", "embedded.pdf", "-o", "."],
        code: 2,
        vi: &["lỗi: ./plan.toml đã có; dùng --force để ghi đè"],
        en: &["error: ./plan.toml exists; use --force to replace it"],
    },
    Case {
        args: &["render", "plan.toml", "--format", "xyz"],
        code: 2,
        vi: &["lỗi: giá trị 'xyz' không dùng được cho '--format <FORMAT>'", "[giá trị dùng được: `pdf`, `png`, `svg`, `typ`, `docx`, `txt`]", "Xem thêm: --help."],
        en: &["error: invalid value 'xyz' for '--format <FORMAT>'", "[possible values: pdf, png, svg, typ, docx, txt]", "For more information, try '--help'."],
    },
    Case {
        args: &["render", "plan.toml", "--ppi", "abc"],
        code: 2,
        vi: &["lỗi: giá trị 'abc' không dùng được cho '--ppi <PPI>'"],
        en: &["error: invalid value 'abc' for '--ppi <PPI>': invalid float literal"],
    },
    Case {
        args: &["rendr", "plan.toml"],
        code: 2,
        vi: &["lỗi: không có lệnh 'rendr'", "= gợi ý: có phải ý bạn là 'render'?", "Cách dùng: kehoach [OPTIONS] <COMMAND>"],
        en: &["error: unrecognized subcommand 'rendr'", "tip: a similar subcommand exists: 'render'", "Usage: kehoach [OPTIONS] <COMMAND>"],
    },
    Case { args: &["render"], code: 2, vi: &["lỗi: còn thiếu: <FILES>..."], en: &["error: the following required arguments were not provided:"] },
    Case {
        args: &["render", "plan.toml", "--bogus"],
        code: 2,
        vi: &["lỗi: không có tùy chọn '--bogus'", "Cách dùng: kehoach render <FILES>..."],
        en: &["error: unexpected argument '--bogus' found"],
    },
    Case {
        args: &["render", "plan.toml", "--embed-source", "--pdf-standard", "a-2b"],
        code: 2,
        vi: &["lỗi: --embed-source với --pdf-standard a-2b: PDF/A-1 và PDF/A-2 chỉ cho đính kèm tệp PDF/A; dùng a-3b"],
        en: &["error: --embed-source with --pdf-standard a-2b: PDF/A-1 and PDF/A-2 allow no attachments but PDF/A files; use a-3b"],
    },
    Case {
        args: &["render", "plan.toml", "--signature-fields", "--format", "png"],
        code: 2,
        vi: &["lỗi: --signature-fields và --signature-map chỉ dùng với --format pdf"],
        en: &["error: --signature-fields and --signature-map need --format pdf"],
    },
    Case {
        args: &["render", "plan.toml", "--signature-fields", "--pdf-standard", "ua-1"],
        code: 2,
        vi: &["lỗi: --signature-fields với --pdf-standard ua-1: chuẩn có gắn thẻ"],
        en: &["error: --signature-fields with --pdf-standard ua-1: a tagged standard"],
    },
    Case {
        args: &["render", "plan.toml", "--pdf-standard", "zz"],
        code: 2,
        vi: &["lỗi: không có chuẩn PDF `zz`; dùng một trong các chuẩn 1.4,"],
        en: &["error: unknown PDF standard `zz`; use one of 1.4,"],
    },
    Case {
        args: &["render", "plan.toml", "--fonts", "empty"],
        code: 2,
        vi: &["lỗi: thư mục phông chữ ", " không dùng được: thư mục không có tệp phông chữ nào (.ttf, .otf, .ttc)"],
        en: &["/ the fonts directory ", " cannot be used: it holds no font file (.ttf, .otf, .ttc)"],
    },
    Case {
        args: &["render", "plan.toml", "--templates", "missing-dir"],
        code: 2,
        vi: &["lỗi: không mở được thư mục mẫu trình bày missing-dir: không có tệp hoặc thư mục này"],
        en: &["error: cannot open the template directory missing-dir: No such file or directory (os error 2)"],
    },
    Case {
        args: &["register", "missing-dir"],
        code: 1,
        vi: &["lỗi: không đọc được missing-dir: không có tệp hoặc thư mục này"],
        en: &["error: cannot read missing-dir: No such file or directory (os error 2)"],
    },
    Case {
        args: &["issue", "missing.toml"],
        code: 2,
        vi: &["không đọc được missing.toml: không có tệp hoặc thư mục này"],
        en: &["cannot read missing.toml: No such file or directory (os error 2)"],
    },
    Case {
        args: &["diff", "plan.toml", "missing.toml"],
        code: 2,
        vi: &["không đọc được missing.toml: không có tệp hoặc thư mục này"],
        en: &["cannot read missing.toml: No such file or directory (os error 2)"],
    },
    Case { args: &["diff", "plan.toml", "other.toml"], code: 1, vi: &["--- plan.toml\n+++ other.toml\nNội dung:\n  Trích yếu"], en: &["Wording:\n"] },
    Case { args: &["diff", "plan.toml", "plan.toml"], code: 0, vi: &["Văn bản in ra không thay đổi."], en: &["The printed document is unchanged."] },
    Case {
        args: &["mcp", "--root", "missing-dir"],
        code: 2,
        vi: &["lỗi: không dùng được thư mục gốc missing-dir: không có tệp hoặc thư mục này | cannot use the root directory missing-dir: No such file or directory (os error 2)"],
        en: &["error: không dùng được thư mục gốc missing-dir: không có tệp hoặc thư mục này | cannot use the root directory missing-dir: No such file or directory (os error 2)"],
    },
];

/// Every error path of the output side says what went wrong in Vietnamese
/// under `LANG=vi_VN.UTF-8` (operating-system errors by their kind), with
/// the same exit code, and in today's English under `--lang en`.
#[test]
fn error_paths_are_in_vietnamese_and_in_english_under_lang_en() {
    let dir = scene();
    let mut english = Vec::new();
    let mut missing = Vec::new();
    for case in CASES {
        for (lang, texts) in [(None, case.vi), (Some("en"), case.en)] {
            let out = run(lang, case.args, dir);
            let text = said(&out);
            assert_eq!(out.status.code(), Some(case.code), "{lang:?} {:?}:\n{text}", case.args);
            missing.extend(texts.iter().filter(|t| !text.contains(*t)).map(|t| format!("{lang:?} {:?}: no {t:?} in:\n{text}", case.args)));
            if lang.is_none() {
                english.extend(english_lines(&text).into_iter().map(|l| format!("{:?}: {l}", case.args)));
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n\n"));
    assert!(english.is_empty(), "{} lines in English:\n{}", english.len(), english.join("\n"));
}

/// A PDF changed after rendering fails P-SRC-1, said in Vietnamese (the
/// other rules' measurements are `verify`'s own, tested above).
#[test]
fn a_changed_pdf_is_said_in_vietnamese() {
    let dir = scene();
    let out = run(None, &["verify", "tampered.pdf"], dir);
    let text = said(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    let line = text.lines().find(|l| l.contains("P-SRC-1")).unwrap_or_else(|| panic!("no P-SRC-1 in:\n{text}"));
    assert!(line.starts_with("KHÔNG ĐẠT P-SRC-1 các trang khớp với nguồn đính kèm: "), "{line}");
    assert!(line.contains("tệp khác với bản trình bày lại từ nguồn đính kèm, từ byte "), "{line}");
    assert!(line.ends_with("tệp đã bị sửa sau khi trình bày"), "{line}");
    assert!(english_words(line).is_empty(), "{line}");
    let good = said(&run(None, &["verify", "embedded.pdf"], dir));
    let line = good.lines().find(|l| l.contains("P-SRC-1")).unwrap_or_else(|| panic!("no P-SRC-1 in:\n{good}"));
    assert!(line.ends_with("đo được trùng khớp với bản trình bày lại từ nguồn đính kèm"), "{line}");
    let en = said(&run(Some("en"), &["verify", "tampered.pdf"], dir));
    assert!(en.contains("it was changed after rendering"), "{en}");
}

/// `watch` of a file that cannot be read says so, and that it goes on
/// watching, in Vietnamese.
#[test]
fn watch_says_its_errors_in_vietnamese() {
    let dir = scene();
    let log = dir.join("watch.log");
    let mut child = Command::new(env!("CARGO_BIN_EXE_kehoach"))
        .args(["watch", "missing.toml"])
        .current_dir(dir)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "vi_VN.UTF-8")
        .stdout(std::process::Stdio::null())
        .stderr(std::fs::File::create(&log).unwrap())
        .spawn()
        .unwrap();
    let start = std::time::Instant::now();
    let mut text = String::new();
    while start.elapsed() < std::time::Duration::from_secs(20) && !text.contains("Ctrl-C") {
        std::thread::sleep(std::time::Duration::from_millis(100));
        text = std::fs::read_to_string(&log).unwrap_or_default();
    }
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(text.contains("không đọc được missing.toml: không có tệp hoặc thư mục này"), "{text}");
    assert!(text.contains("lỗi; không ghi gì, bản trình bày đúng gần nhất vẫn giữ nguyên"), "{text}");
    let english = english_lines(&text);
    assert!(english.is_empty(), "{english:?}");
}

/// The MCP server's messages for people come in both languages, the
/// Vietnamese first and free of English (a bad argument of a tool).
#[test]
fn mcp_says_a_bad_argument_in_both_languages() {
    use std::io::Write;
    let dir = scene();
    let mut child = Command::new(env!("CARGO_BIN_EXE_kehoach"))
        .args(["mcp", "--root", "."])
        .current_dir(dir)
        .env("LANG", "vi_VN.UTF-8")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let call = r#"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"render","arguments":{"path":"plan.toml","format":"png","page":0}}}"#;
    child.stdin.take().unwrap().write_all(format!("{call}\n").as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("tham số `page` phải là số trang, từ 1 | the argument `page` must be a page number from 1"), "{stdout}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("kehoach mcp: thư mục gốc "), "{}", String::from_utf8_lossy(&out.stderr));
}

/// A render warning points at the field that breaks a page rule, in both
/// languages alike: a superior body too long for the left column is
/// `issuer.superior` (the result says which body broke the fit; its words
/// are in the language of the messages).
#[test]
fn a_page_warning_points_at_its_field_in_both_languages() {
    let dir = common::scratch_in("vietnamese-output", "superior-field");
    let plan = std::fs::read_to_string(common::example("nghia-thai-2026.toml")).unwrap();
    let long = "superior = \"Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Ninh Bình thuộc Đảng bộ tỉnh Ninh Bình khóa mới\"";
    let edited: String = plan.lines().map(|l| if l.starts_with("superior = ") { long } else { l }).collect::<Vec<_>>().join("\n");
    let line = edited.lines().position(|l| l == long).unwrap() + 1;
    std::fs::write(dir.join("sup.toml"), edited).unwrap();
    for (lang, field, fit) in [("vi", "trường: issuer.superior", "tên cơ quan vừa cột trái"), ("en", "field: issuer.superior", "header names fit the left column")] {
        let stderr = said(&run(Some(lang), &["render", "sup.toml", "-o", "sup.pdf"], &dir));
        let warning = stderr.split("\n\n").find(|w| w.contains("P-HDR-3")).unwrap_or_else(|| panic!("{lang}: no P-HDR-3 warning:\n{stderr}"));
        assert!(warning.contains(fit) && warning.contains(&format!("sup.toml:{line}:")) && warning.contains(field), "{lang}:\n{warning}");
    }
}
