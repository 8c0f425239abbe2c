//! The clerk's round trip (issue 24): the giay-moi starter with five
//! mistakes a clerk makes comes back in one `check`, in line order, each with
//! the corrected value; `check --fix` writes the fixes into the file keeping
//! every comment, and leaves only what needs a person.

mod common;

use std::fs;
use std::path::PathBuf;
use std::process::{Command, Output};

fn mistakes() -> String {
    fs::read_to_string(common::root().join("tests/bad_inputs/five-clerk-mistakes.toml")).unwrap()
}

/// A scratch copy of the five-mistake plan.
fn scratch(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kehoach-clerk-{tag}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    let file = dir.join("giay-moi.toml");
    fs::write(&file, mistakes()).unwrap();
    file
}

fn check(args: &[&str], file: &PathBuf) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kehoach"))
        .arg("check")
        .args(args)
        .arg("giay-moi.toml")
        .current_dir(file.parent().unwrap())
        .env("LC_ALL", "C")
        .output()
        .unwrap()
}

fn comments(text: &str) -> Vec<&str> {
    text.lines().filter_map(|l| l.find('#').map(|i| &l[i..])).collect()
}

#[test]
fn every_mistake_comes_back_in_one_pass_in_line_order() {
    let Err(kehoach::Error::Invalid(found)) = kehoach::prepare("giay-moi.toml", &mistakes()) else { panic!("the plan passed") };
    let places: Vec<(Option<usize>, Option<&str>)> = found.iter().map(|d| (d.line, d.field.as_deref())).collect();
    assert_eq!(
        places,
        [
            (Some(9), Some("date")),
            (Some(20), Some("invitation.guest")),
            (Some(21), Some("invitation.time")),
            (Some(23), Some("invitation.venue")),
            (Some(28), Some("signer.authority")),
            // Found by the later checks on the text with the sure fixes:
            // "T/M" (what "TM." means) is not signed by a Chánh Văn phòng.
            (Some(30), Some("signer.position")),
        ]
    );
    let hints: Vec<&str> = found.iter().filter_map(|d| d.hint.as_deref()).collect();
    assert_eq!(hints[0], "write `date = 2026-10-05`");
    assert_eq!(hints[1], "did you mean `guests`?");
    assert_eq!(hints[2], "write `time = \"08:00\"`");
    assert!(hints[4].ends_with("`authority = \"T/M\"`"), "{}", hints[4]);
}

#[test]
fn fix_leaves_only_what_needs_a_person_and_keeps_every_comment() {
    let file = scratch("fix");
    let out = check(&["--fix"], &file);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let fixed = fs::read_to_string(&file).unwrap();
    assert_eq!(comments(&fixed), comments(&mistakes()));
    assert_eq!(fixed.lines().count(), mistakes().lines().count());
    for line in ["date = 2026-10-05", "guests = [\"Đồng chí Bí thư chi bộ\"]", "time = \"08:00\"               # \"08 giờ 00 phút, ngày …\"", "venue = \"Hội trường Đảng ủy xã\"", "authority = \"T/M\""] {
        assert!(fixed.lines().any(|l| l == line), "no line {line:?} in\n{fixed}");
    }
    for change in [
        "fixed: giay-moi.toml:9: date: \"05/10/2026\" → 2026-10-05",
        "fixed: giay-moi.toml:20: invitation.guest: guest → guests",
        "fixed: giay-moi.toml:21: invitation.time: \"8h00\" → \"08:00\"",
        "fixed: giay-moi.toml:23: text in decomposed form (NFD) → composed (NFC)",
        "fixed: giay-moi.toml:28: signer.authority: \"TM.\" → \"T/M\"",
    ] {
        assert!(stderr.contains(change), "{change:?} not in\n{stderr}");
    }
    // What is left needs a person: T/M signed by the Chánh Văn phòng.
    let warnings: Vec<&str> = stderr.lines().filter(|l| l.starts_with("warning") || l.starts_with("error")).collect();
    assert_eq!(warnings.len(), 1, "{stderr}");
    assert!(warnings[0].starts_with("warning[tm-head-position]: \"T/M\" is signed by the collective's head or deputy"), "{stderr}");
    assert!(stderr.contains("--> giay-moi.toml:30:12") && stderr.contains("HD 05 7.1.1a"), "{stderr}");
    // Nothing more to fix: a second run changes nothing.
    let again = check(&["--fix"], &file);
    assert!(!String::from_utf8(again.stderr).unwrap().contains("fixed:"));
    assert_eq!(fs::read_to_string(&file).unwrap(), fixed);
    let _ = fs::remove_dir_all(file.parent().unwrap());
}

#[test]
fn dry_run_prints_the_diff_and_writes_nothing() {
    let file = scratch("dry");
    let out = check(&["--fix", "--dry-run"], &file);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(fs::read_to_string(&file).unwrap(), mistakes());
    let diff = String::from_utf8(out.stdout).unwrap();
    assert!(diff.starts_with("--- a/giay-moi.toml\n+++ b/giay-moi.toml\n@@ -6,7 +6,7 @@\n"), "{diff}");
    assert!(diff.contains("\n-date = \"05/10/2026\"\n+date = 2026-10-05\n"), "{diff}");
    assert!(diff.contains("\n-authority = \"TM.\"\n+authority = \"T/M\"\n"), "{diff}");
    assert_eq!(fs::read_dir(file.parent().unwrap()).unwrap().count(), 1, "dry run wrote a file");
    let _ = fs::remove_dir_all(file.parent().unwrap());
}

#[test]
fn an_unquoted_date_is_fixed_too() {
    let file = scratch("bare");
    fs::write(&file, kehoach::starter(kehoach::model::Kind::GiayMoi).replace("date = 2026-12-21", "date = 05/10/2026 # ngày ký")).unwrap();
    let out = check(&["--fix"], &file);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(fs::read_to_string(&file).unwrap().contains("\ndate = 2026-10-05 # ngày ký\n"));
    let _ = fs::remove_dir_all(file.parent().unwrap());
}

/// Every starter's signature block is right for its kind: no starter warns.
#[test]
fn every_starter_passes_check_without_a_warning() {
    for kind in kehoach::model::Kind::ALL {
        let prepared = kehoach::prepare("new.toml", kehoach::starter(*kind)).unwrap_or_else(|e| panic!("{}: {e}", kind.id()));
        assert!(prepared.warnings.is_empty(), "{}: {:?}", kind.id(), prepared.warnings);
    }
}

/// A misspelt key used to hide every check of the typed document until it
/// was fixed; now those come in the same pass, at their own lines.
#[test]
fn the_form_rules_come_with_the_structural_problems() {
    let source = kehoach::starter(kehoach::model::Kind::GiayMoi).replace("guests = [", "guest = [").replace("place = \"Nghĩa Thái\"", "place = \"\"");
    let Err(kehoach::Error::Invalid(found)) = kehoach::prepare("p.toml", &source) else { panic!("the plan passed") };
    let fields: Vec<&str> = found.iter().filter_map(|d| d.field.as_deref()).collect();
    assert_eq!(fields, ["place", "invitation.guest"], "{found:?}");
    assert_eq!(found[0].line, Some(8));
}
