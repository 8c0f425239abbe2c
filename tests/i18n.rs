//! The messages in both languages: every message id of one language's file
//! is in the other's, every id the code names exists, the locale and
//! `--lang` choose the language, and the Vietnamese starters hold the same
//! data as the English ones.

mod common;

use std::collections::BTreeSet;
use std::process::Command;

use kehoach::i18n::{self, Lang};

#[test]
fn every_message_is_in_both_languages() {
    for lang in Lang::ALL {
        assert!(i18n::parse_errors(lang).is_empty(), "{}: {:?}", lang.code(), i18n::parse_errors(lang));
    }
    assert!(i18n::ids(Lang::En).len() >= 50, "only {} messages", i18n::ids(Lang::En).len());
    // File by file: a message lives in the same area's file in both languages.
    for file in kehoach::assets::LOCALE_FILES {
        let en: BTreeSet<String> = i18n::ids_in(Lang::En, file).into_iter().collect();
        let vi: BTreeSet<String> = i18n::ids_in(Lang::Vi, file).into_iter().collect();
        let only_en: Vec<&String> = en.difference(&vi).collect();
        let only_vi: Vec<&String> = vi.difference(&en).collect();
        assert!(only_en.is_empty() && only_vi.is_empty(), "{file}: missing in Vietnamese: {only_en:?}; missing in English: {only_vi:?}");
        for id in &en {
            assert!(i18n::has(Lang::En, id) && i18n::has(Lang::Vi, id), "{file}: {id} does not parse in both");
            assert_eq!(i18n::arguments(Lang::En, id), i18n::arguments(Lang::Vi, id), "{file}: {id} takes other arguments in Vietnamese");
        }
    }
    // One id, one message: none defined twice, in one file or across files.
    let all = i18n::ids(Lang::En);
    let unique: BTreeSet<&String> = all.iter().collect();
    let twice: Vec<&String> = all.iter().filter(|id| all.iter().filter(|x| x == id).count() > 1).collect();
    assert_eq!(unique.len(), all.len(), "defined twice: {twice:?}");
}

/// Every `tr!("id"…)` of the source names a message that exists.
#[test]
fn every_message_the_code_names_exists() {
    let mut missing = Vec::new();
    let mut dirs = vec![common::root().join("src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            if path.parent().is_some_and(|p| p.ends_with("i18n")) {
                continue; // the module's own documentation
            }
            let text = std::fs::read_to_string(&path).unwrap();
            // `tr!("id"…)`, the messages kept with their arguments (`said("id"…)`,
            // `around("id"…)` in check/header_lines, `both("id"…)` in mcp), and
            // the ids `Checker::required` takes ("what-place").
            let mut starts = Vec::new();
            for call in ["tr!(\"", "said(\"", "around(\"", "both(\""] {
                let calls = text.match_indices(call).filter(|(i, _)| !text[..*i].ends_with(|c: char| c.is_alphanumeric() || c == '_'));
                starts.extend(calls.map(|(i, _)| i + call.len()));
            }
            starts.extend(text.match_indices("\"what-").map(|(i, _)| i + 1));
            for i in starts {
                let id: String = text[i..].chars().take_while(|c| *c != '"').collect();
                if !i18n::has(Lang::En, &id) || !i18n::has(Lang::Vi, &id) {
                    missing.push(format!("{}: {id}", path.display()));
                }
            }
        }
    }
    assert!(missing.is_empty(), "{missing:?}");
}

#[test]
fn a_message_has_its_words_in_each_language() {
    let args: &[(&str, &dyn std::fmt::Display)] = &[("value", &"8h00")];
    assert_eq!(i18n::tr_in(Lang::En, "time-form", args), "`8h00` is not a time of day: write \"HH:MM\", e.g. \"14:00\"");
    assert_eq!(i18n::tr_in(Lang::Vi, "time-form", args), "`8h00` không phải giờ: viết \"giờ:phút\", ví dụ \"14:00\"");
    assert_eq!(i18n::tr_in(Lang::Vi, "word-or", &[]), " hoặc ");
}

fn kehoach(args: &[&str], lang: &str) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_kehoach"))
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", lang)
        .output()
        .unwrap()
}

#[test]
fn the_locale_and_the_flag_choose_the_language() {
    let help = |args: &[&str], lang: &str| String::from_utf8(kehoach(args, lang).stdout).unwrap();
    assert!(help(&["check", "--help"], "vi_VN.UTF-8").contains("Kiểm tra văn bản"), "{}", help(&["check", "--help"], "vi_VN.UTF-8"));
    assert!(help(&["check", "--help"], "C").contains("Validate documents"));
    assert!(help(&["--lang", "en", "check", "--help"], "vi_VN.UTF-8").contains("Validate documents"));
    assert!(help(&["--lang", "vi", "check", "--help"], "C").contains("Kiểm tra văn bản"));
}

#[test]
fn a_kind_without_dashes_gets_its_name() {
    let out = kehoach(&["new", "giaymoi"], "C");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.starts_with("error: unknown kind `giaymoi`: did you mean `giay-moi`?"), "{stderr}");
    assert!(stderr.ends_with('\n'));
    let vi = String::from_utf8(kehoach(&["new", "giay_moi"], "vi_VN.UTF-8").stderr).unwrap();
    assert!(vi.starts_with("lỗi: không có loại văn bản `giay_moi`: có phải ý bạn là `giay-moi`?"), "{vi}");
}

/// The Vietnamese starter prints Vietnamese comments over the same data as
/// the English one, and passes `check` without a warning.
#[test]
fn the_vietnamese_starters_hold_the_same_data() {
    for kind in kehoach::model::Kind::ALL {
        let vi = kehoach::assets::starter_vi(*kind);
        let en = kehoach::assets::starter(*kind);
        let data = |s: &str| s.parse::<toml::Table>().unwrap();
        assert_eq!(data(vi), data(en), "{}: the data differ", kind.id());
        let prepared = kehoach::prepare("vi.toml", vi).unwrap_or_else(|e| panic!("{}: {e}", kind.id()));
        assert!(prepared.warnings.is_empty(), "{}: {:?}", kind.id(), prepared.warnings);
    }
    let printed = String::from_utf8(kehoach(&["new", "giay-moi"], "vi_VN.UTF-8").stdout).unwrap();
    assert!(printed.starts_with("# Giấy mời soạn bằng kehoach"), "{printed}");
    let english = String::from_utf8(kehoach(&["new", "giay-moi"], "C").stdout).unwrap();
    assert!(english.starts_with("# A Giấy mời (invitation) for kehoach"), "{english}");
}

/// The clerk's guide exists, in Vietnamese, and names the commands it teaches.
#[test]
fn the_clerks_guide_teaches_the_commands() {
    let guide = std::fs::read_to_string(common::root().join("docs/huong-dan-van-thu.md")).unwrap();
    for command in ["kehoach new giay-moi", "kehoach check giay-moi.toml", "kehoach check --fix", "kehoach render giay-moi.toml", "--format docx"] {
        assert!(guide.contains(command), "the guide does not show `{command}`");
    }
    assert!(guide.contains("Hướng dẫn cho văn thư") && guide.contains("Mở bằng Word"));
    // The lines of `verify` the guide shows are what it prints.
    let example = common::root().join("examples/nghia-thai-2026.toml");
    let printed = String::from_utf8(kehoach(&["--lang", "vi", "verify", example.to_str().unwrap()], "C").stdout).unwrap();
    for line in ["ĐẠT P-PAGE-2 lề trái: cần 30 mm ± 0.5, đo được 30 mm (trang 1, \"", "ĐẠT P-HDR-5 số, ký hiệu: cần \"Số <nn>-<ký hiệu loại>/<ký hiệu cơ quan>\""] {
        assert!(guide.contains(line) && printed.contains(line), "{line}\n{printed}");
    }
    assert!(printed.contains("đo được \"Số 12-KH/ĐU\" trên 1 dòng, 14 pt, chữ đứng, không đậm"), "{printed}");
}

/// A message of the command line, from cli.ftl, in each language.
#[test]
fn the_command_line_speaks_the_users_language() {
    let vi = kehoach(&["watch", "tests"], "vi_VN.UTF-8");
    assert_eq!(vi.status.code(), Some(2));
    assert_eq!(String::from_utf8(vi.stderr).unwrap(), "lỗi: tests là một thư mục; `kehoach watch` theo dõi một tệp TOML\n");
    let en = kehoach(&["--lang", "en", "watch", "tests"], "vi_VN.UTF-8");
    assert_eq!(String::from_utf8(en.stderr).unwrap(), "error: tests is a directory; `kehoach watch` takes one TOML file\n");
}

/// The messages of issuing and the header's lines, from issuing.ftl and check.ftl.
#[test]
fn issuing_and_header_messages_are_in_both_languages() {
    let args: &[(&str, &dyn std::fmt::Display)] = &[("number", &"07"), ("other", &"plans/a.toml"), ("code", &"07-KH/ĐU")];
    assert_eq!(i18n::tr_in(Lang::Vi, "issue-number-taken", args), "số 07 đã cấp cho plans/a.toml (07-KH/ĐU)");
    assert_eq!(i18n::tr_in(Lang::En, "issue-number-taken", args), "number 07 is taken by plans/a.toml (07-KH/ĐU)");
    let f = kehoach::check::header_lines::finding("Ban Thường vụ Tỉnh ủy Đồng Nai", None).unwrap();
    assert_eq!(f.message.vi(), "văn bản của ban thường vụ ghi tên cấp ủy `Tỉnh ủy Đồng Nai`, không ghi `Ban Thường vụ Tỉnh ủy Đồng Nai` (HD 05 2.1.2)");
    assert!(f.hint.vi().starts_with("viết `issuer.name = \"Tỉnh ủy Đồng Nai\"`; tiêu đề in"), "{}", f.hint.vi());
}

/// Every rule name a page rule of `src/verify` passes as a literal has its
/// message in verify.ftl (`rule-…`, spelt by `verify::rule_id`).
#[test]
fn every_page_rule_name_has_its_message() {
    let mut missing = Vec::new();
    for (path, code) in common::code_of("src/verify") {
        for call in [".push(", ".missing(", ".not_measurable("] {
            for (i, _) in code.match_indices(call) {
                let args = code[i + call.len()..].trim_start();
                let Some(rest) = args.strip_prefix("\"P-").and_then(|r| r.split_once("\",")).map(|(_, r)| r.trim_start()) else { continue };
                let Some(literal) = rest.strip_prefix('"') else { continue };
                let end = literal.match_indices('"').find(|(j, _)| !literal[..*j].ends_with('\\')).map(|(j, _)| j).unwrap();
                let name = literal[..end].replace("\\\"", "\"");
                let id = kehoach::verify::rule_id(&name);
                if !i18n::has(Lang::En, &id) || !i18n::has(Lang::Vi, &id) {
                    missing.push(format!("{}: {name} ({id})", path.display()));
                }
            }
        }
    }
    assert!(missing.is_empty(), "{missing:?}");
    assert_eq!(kehoach::verify::rule_id("subject of a công văn"), "rule-subject-of-a-cong-van");
}

/// `kehoach verify` prints its results in Vietnamese under `--lang vi`.
#[test]
fn verify_speaks_vietnamese() {
    let root = common::root();
    let example = root.join("examples/giay-moi-nghia-thai-2026.toml");
    let out = kehoach(&["--lang", "vi", "verify", example.to_str().unwrap()], "C");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("ĐẠT P-PAGE-1 khổ giấy: cần"), "{stdout}");
    assert!(stdout.contains("ĐẠT P-PAGE-3 trang 1 không đánh số trang: cần không có, đo được không có"), "{stdout}");
    assert!(stdout.contains("ĐẠT (NGOẠI LỆ ĐÃ GHI) P-PAGE-2 lề trái: cần 20 mm"), "{stdout}");
    assert!(stdout.contains(": đạt cả "), "{stdout}");
    let en = String::from_utf8(kehoach(&["verify", example.to_str().unwrap()], "C").stdout).unwrap();
    assert!(en.contains("PASS P-PAGE-1 page size: expected"), "{en}");
}

/// `kehoach kinds` lists each kind in the user's language (input.ftl): the
/// English line as before, a Vietnamese one of its own.
#[test]
fn kinds_are_described_in_both_languages() {
    for kind in kehoach::model::Kind::ALL {
        let id = format!("kind-description-{}", kind.id());
        let (en, vi) = (i18n::tr_in(Lang::En, &id, &[]), i18n::tr_in(Lang::Vi, &id, &[]));
        assert!(en != id && vi != en, "{id}: {en} / {vi}");
    }
    let line = |lang: &str| {
        let out = String::from_utf8(kehoach(&["kinds"], lang).stdout).unwrap();
        out.lines().find(|l| l.starts_with("giay-moi ")).unwrap_or_default().split_whitespace().skip(2).collect::<Vec<_>>().join(" ")
    };
    assert_eq!(line("vi_VN.UTF-8"), "Giấy mời: \"Trân trọng kính mời:\", thời gian, địa điểm, nội dung, tài liệu mang theo; khổ A4 hoặc A5 (`paper = \"A5\"`)");
    assert!(line("C").starts_with("Giấy mời — an invitation: \"Trân trọng kính mời:\""), "{}", line("C"));
}

/// The TOML reader's own words (input.ftl `toml-…`): the crate's English as
/// it writes it, and Vietnamese that keeps what the user typed.
#[test]
fn the_toml_readers_words_are_in_both_languages() {
    let args: &[(&str, &dyn std::fmt::Display)] = &[("problem", &"key with no value"), ("expected", &"`=`")];
    assert_eq!(i18n::tr_in(Lang::En, "toml-expected", args), "key with no value, expected `=`");
    assert_eq!(i18n::tr_in(Lang::En, "toml-key-with-no-value", &[]), "key with no value");
    assert_eq!(i18n::tr_in(Lang::Vi, "toml-key-with-no-value", &[]), "khóa không có giá trị");
    let unknown: &[(&str, &dyn std::fmt::Display)] = &[("name", &"guest"), ("allowed", &"`guests`")];
    assert_eq!(i18n::tr_in(Lang::Vi, "toml-unknown-field", unknown), "không có trường `guest`; cần `guests`");
    let out = kehoach(&["check", "tests/bad_inputs/syntax-missing-equals.toml"], "vi_VN.UTF-8");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.starts_with("lỗi: khóa không có giá trị: cần `=`\n"), "{stderr}");
}
