//! The table of bad inputs: every `tests/bad_inputs/NAME.toml` is checked with
//! `kehoach check NAME.toml` and must give exactly the exit code and the
//! messages recorded in `NAME.expected` (first line `exit: N`, then stderr).
//! `KEHOACH_BLESS=1 cargo test --release --test bad_inputs` rewrites the
//! expectations; review the diff before committing it. The messages are
//! English (`LC_ALL=C`); a case with a `NAME.vi.expected` is also checked in
//! Vietnamese (`LANG=vi_VN.UTF-8`), the same diagnostics in the other words.

mod common;

use std::fs;
use std::process::Command;

#[test]
fn every_bad_input_gets_its_exact_message_and_exit_code() {
    let dir = common::root().join("tests/bad_inputs");
    let bless = std::env::var_os("KEHOACH_BLESS").is_some();
    let cases = common::toml_files(&dir);
    assert!(cases.len() >= 30, "the table has {} cases", cases.len());
    let mut failures = Vec::new();
    let vi = |case: &std::path::Path| case.with_extension("vi.expected");
    let runs = cases.iter().map(|c| (c, false)).chain(cases.iter().filter(|c| vi(c).exists()).map(|c| (c, true)));
    for (case, in_vietnamese) in runs {
        let name = case.file_name().unwrap().to_str().unwrap();
        let before = fs::read_dir(&dir).unwrap().count();
        let mut command = Command::new(env!("CARGO_BIN_EXE_kehoach"));
        command.args(["check", name]).current_dir(&dir).env_remove("LC_ALL").env_remove("LC_MESSAGES");
        command.env("LANG", if in_vietnamese { "vi_VN.UTF-8" } else { "C" });
        let out = command.output().unwrap();
        assert_eq!(fs::read_dir(&dir).unwrap().count(), before, "{name}: check wrote a file");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{name}: {stderr}");
        let actual = format!("exit: {}\n{stderr}", out.status.code().unwrap_or(-1));
        let expected_path = if in_vietnamese { vi(case) } else { case.with_extension("expected") };
        if bless {
            fs::write(&expected_path, &actual).unwrap();
            continue;
        }
        let expected = fs::read_to_string(&expected_path).unwrap_or_else(|_| panic!("{} is missing (run with KEHOACH_BLESS=1)", expected_path.display()));
        if actual != expected {
            failures.push(format!("--- {name}: expected\n{expected}--- got\n{actual}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn json_report_is_machine_readable() {
    let dir = common::root().join("tests/bad_inputs");
    let out = Command::new(env!("CARGO_BIN_EXE_kehoach"))
        .args(["check", "--json", "unknown-nested-key.toml", "academic-title-warning.toml"])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    let files = report["files"].as_array().unwrap();
    assert_eq!(files[0]["file"], "unknown-nested-key.toml");
    assert_eq!(files[0]["valid"], false);
    let d = &files[0]["diagnostics"][0];
    assert_eq!(d["severity"], "error");
    assert_eq!(d["line"], 15);
    assert_eq!(d["column"], 1);
    assert_eq!(d["field"], "signer.positon");
    assert_eq!(d["hint"], "did you mean `position`?");
    assert_eq!(files[1]["valid"], true);
    assert_eq!(files[1]["diagnostics"][0]["severity"], "warning");
}

#[test]
fn warnings_fail_only_when_denied() {
    let dir = common::root().join("tests/bad_inputs");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_kehoach")).args(args).current_dir(&dir).output().unwrap().status.code()
    };
    assert_eq!(run(&["check", "academic-title-warning.toml"]), Some(0));
    assert_eq!(run(&["check", "--deny-warnings", "academic-title-warning.toml"]), Some(1));
    assert_eq!(run(&["check", "missing-file.toml"]), Some(2));
}

#[test]
fn the_starter_plan_passes_check() {
    let out = Command::new(env!("CARGO_BIN_EXE_kehoach")).args(["new", "ke-hoach"]).output().unwrap();
    let starter = String::from_utf8(out.stdout).unwrap();
    let prepared = kehoach::prepare("new.toml", &starter).unwrap_or_else(|e| panic!("{e}"));
    assert!(prepared.warnings.is_empty(), "{:?}", prepared.warnings);
}

#[test]
fn schema_lists_every_field_and_forbids_others() {
    let out = Command::new(env!("CARGO_BIN_EXE_kehoach")).args(["schema"]).output().unwrap();
    let schema: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(schema["additionalProperties"], false);
    for key in ["issuer", "number", "date", "subject", "purpose", "content", "organization", "signer", "recipients"] {
        assert!(schema["properties"].get(key).is_some(), "schema lacks {key}");
    }
    assert_eq!(schema["$defs"]["Signer"]["additionalProperties"], false);
}
