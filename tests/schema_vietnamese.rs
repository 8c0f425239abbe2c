//! `kehoach schema` in Vietnamese: under `LANG=vi_VN.UTF-8` (or `--lang vi`)
//! every description and title of every printed schema (each kind's,
//! `metadata`, `kehoach.toml`) is its Vietnamese from
//! `locales/vi/schema.toml`, the rest of the JSON unchanged; under
//! `--lang en` the output is byte for byte the English schema. A doc comment
//! added or changed without its translation, and a translation no schema
//! carries any more, fail here.

mod common;

use std::collections::{BTreeSet, HashMap};

use kehoach::i18n::{schema, Lang};
use kehoach::model::Kind;
use serde_json::Value;

/// Every schema `kehoach schema` prints: (its argument, its English text as printed).
fn printed_schemas() -> Vec<(String, String)> {
    let mut all: Vec<(String, String)> = Kind::ALL.iter().map(|k| (k.id().to_owned(), format!("{}\n", kehoach::json_schema(*k)))).collect();
    all.push(("metadata".into(), kehoach::metadata::json_schema()));
    all.push(("kehoach.toml".into(), kehoach::issuing::config::json_schema()));
    all
}

/// Every description and title the printed schemas carry, once each.
fn english_texts() -> BTreeSet<String> {
    printed_schemas().iter().flat_map(|(_, text)| schema::texts(&serde_json::from_str(text).unwrap())).collect()
}

fn vietnamese() -> HashMap<String, String> {
    schema::translations(Lang::Vi).into_iter().collect()
}

/// `kehoach schema ARG` with the given extra arguments, under a Vietnamese locale.
fn run_vi_locale(extra: &[&str], arg: &str) -> String {
    let mut args = extra.to_vec();
    args.extend(["schema", arg]);
    let env = [("LANG", "vi_VN.UTF-8"), ("LC_ALL", ""), ("LC_MESSAGES", ""), ("KEHOACH_LANG", "")];
    let out = common::kehoach_env(&args, &common::root(), &env);
    assert!(out.status.success(), "kehoach {args:?}: {}", common::stderr(&out));
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// The schema with every description and title emptied: its structure.
fn structure(text: &str) -> Value {
    let mut value: Value = serde_json::from_str(text).unwrap();
    blank(&mut value);
    value
}

fn blank(v: &mut Value) {
    match v {
        Value::Object(map) => {
            for (key, value) in map.iter_mut() {
                match value {
                    Value::String(s) if key == "description" || key == "title" => s.clear(),
                    _ => blank(value),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(blank),
        _ => {}
    }
}

#[test]
fn the_translation_file_parses() {
    assert_eq!(schema::parse_error(), None);
    assert!(schema::translations(Lang::Vi).len() > 250, "{}", schema::translations(Lang::Vi).len());
    assert!(schema::translations(Lang::En).is_empty());
}

#[test]
fn every_description_has_its_vietnamese() {
    let vi = vietnamese();
    let missing: Vec<String> = english_texts().into_iter().filter(|t| !vi.contains_key(t)).collect();
    assert!(
        missing.is_empty(),
        "{} description(s) of the printed schemas have no Vietnamese: add a [[text]] en = … vi = … for each to locales/vi/schema.toml:\n{}",
        missing.len(),
        missing.iter().map(|t| format!("  {t:?}")).collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn no_translation_is_stale_or_twice() {
    let texts = english_texts();
    let all = schema::translations(Lang::Vi);
    let stale: Vec<&String> = all.iter().map(|(en, _)| en).filter(|en| !texts.contains(*en)).collect();
    assert!(
        stale.is_empty(),
        "{} entr(ies) of locales/vi/schema.toml translate an English text no schema carries any more (a doc comment changed or went): update or remove them:\n{}",
        stale.len(),
        stale.iter().map(|t| format!("  {t:?}")).collect::<Vec<_>>().join("\n")
    );
    let mut seen = BTreeSet::new();
    let twice: Vec<&String> = all.iter().map(|(en, _)| en).filter(|en| !seen.insert(*en)).collect();
    assert!(twice.is_empty(), "translated twice: {twice:?}");
    let empty: Vec<&String> = all.iter().filter(|(_, vi)| vi.trim().is_empty()).map(|(en, _)| en).collect();
    assert!(empty.is_empty(), "an empty Vietnamese: {empty:?}");
}

/// What a translation must keep as written: the field names, TOML values and
/// examples in backquotes, and the HD 05 / HD 36 references.
#[test]
fn translations_keep_code_and_rule_references() {
    let squash = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut wrong = Vec::new();
    for (en, vi) in schema::translations(Lang::Vi) {
        let (en, vi) = (squash(&en), squash(&vi));
        for (i, code) in en.split('`').enumerate() {
            if i % 2 == 1 && !vi.contains(&format!("`{code}`")) {
                wrong.push(format!("`{code}` is not in {vi:?}"));
            }
        }
        for rule in ["HD 05", "HD 36"] {
            if en.matches(rule).count() != vi.matches(rule).count() {
                wrong.push(format!("{rule}: {en:?} → {vi:?}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_vietnamese_schema_is_the_english_one_in_other_words() {
    let vi = vietnamese();
    for (arg, english) in printed_schemas() {
        let printed = run_vi_locale(&[], &arg);
        let value: Value = serde_json::from_str(&printed).unwrap_or_else(|e| panic!("schema {arg} under vi_VN is not JSON: {e}"));
        assert_eq!(structure(&printed), structure(&english), "schema {arg}: the structure changed");
        let expected: Vec<String> = schema::texts(&serde_json::from_str(&english).unwrap()).iter().map(|t| vi.get(t).unwrap_or(t).clone()).collect();
        assert_eq!(schema::texts(&value), expected, "schema {arg}: every text is its Vietnamese, in place");
        assert!(printed.ends_with("}\n") && !printed.ends_with("\n\n"), "schema {arg} ends as the English one");
    }
}

#[test]
fn subject_issuer_and_signer_authority_read_in_vietnamese() {
    let value: Value = serde_json::from_str(&run_vi_locale(&[], "ke-hoach")).unwrap();
    let subject = value["properties"]["subject"]["description"].as_str().unwrap();
    assert!(subject.starts_with("Trích yếu: dưới tên loại, hoặc dưới số văn bản đối với công văn;"), "{subject}");
    assert!(subject.contains("(`[congress_report]`) không được có trích yếu"), "{subject}");
    assert_eq!(value["properties"]["issuer"]["description"], "Cơ quan ban hành và cơ quan cấp trên.");
    let authority = value["$defs"]["Signer"]["properties"]["authority"]["description"].as_str().unwrap();
    assert!(authority.starts_with("Thể thức đề ký (HD 05 7.1.1): \"T/M\" (thay mặt tập thể"), "{authority}");
    assert!(authority.contains("\"T/L\" (thừa lệnh"), "{authority}");
    assert_eq!(value["title"], "Văn bản");

    let metadata: Value = serde_json::from_str(&run_vi_locale(&["--lang", "vi"], "metadata")).unwrap();
    assert_eq!(metadata["properties"]["subject"]["description"], "Trích yếu, Subject của PL VI.");
    let config: Value = serde_json::from_str(&run_vi_locale(&[], "kehoach.toml")).unwrap();
    assert_eq!(config["title"], "kehoach.toml");
    assert!(config["description"].as_str().unwrap().starts_with("Các nhiệm kỳ của các cơ quan ban hành"), "{config}");
}

#[test]
fn english_is_byte_for_byte_unchanged() {
    for (arg, english) in printed_schemas() {
        assert_eq!(run_vi_locale(&["--lang", "en"], &arg), english, "schema {arg} under --lang en");
    }
    // The shipped files are the English schemas.
    for (arg, file) in [("metadata", "schemas/metadata.schema.json"), ("kehoach.toml", "schemas/kehoach.schema.json")] {
        let shipped = std::fs::read_to_string(common::root().join(file)).unwrap();
        assert_eq!(run_vi_locale(&["--lang", "en"], arg), shipped, "{file}");
    }
    // The library's schema (the one the checks validate input with) stays
    // English whatever the language of the messages.
    kehoach::i18n::set(Lang::Vi);
    let library: Value = serde_json::from_str(&kehoach::json_schema(Kind::KeHoach)).unwrap();
    kehoach::i18n::set(Lang::En);
    assert!(library["properties"]["subject"]["description"].as_str().unwrap().starts_with("Subject line (trích yếu)"), "{}", library["properties"]["subject"]);
}
