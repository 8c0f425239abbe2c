//! `kehoach check` over several files or a directory warns when two documents
//! share type code, number and issuer code in the same year, naming both.

mod common;

use std::fs;

#[test]
fn a_number_used_twice_is_reported_with_both_files() {
    let dir = common::scratch_in("numbers", "dup");
    let plans = dir.join("plans");
    fs::create_dir_all(&plans).unwrap();
    let first = common::MINIMAL.to_owned();
    fs::write(plans.join("a.toml"), &first).unwrap();
    // Same type, number, issuer and year: reported.
    fs::write(plans.join("b.toml"), first.replace("date = 2024-04-01", "date = 2024-09-01")).unwrap();
    // Another year, another number: not reported.
    fs::write(plans.join("c.toml"), first.replace("date = 2024-04-01", "date = 2025-01-02")).unwrap();
    fs::write(plans.join("d.toml"), first.replace("number = 3", "number = 4")).unwrap();

    let out = common::kehoach(&["check", "plans"], &dir);
    let stderr = common::stderr(&out);
    assert_eq!(out.status.code(), Some(0), "a warning: {stderr}");
    let warning = format!("warning[duplicate-number]: number 03-KH/ĐU of 2024 is also the number of {}", plans.join("a.toml").display().to_string().replace(&format!("{}/", dir.display()), ""));
    assert!(stderr.contains(&warning), "{warning:?} not in\n{stderr}");
    assert!(stderr.contains("--> plans/b.toml:3:10\n"), "on the later file, at its number: {stderr}");
    assert!(stderr.contains("3 | number = 3\n"), "with the line: {stderr}");
    assert_eq!(stderr.matches("is also the number of").count(), 1, "{stderr}");

    assert_eq!(common::kehoach(&["check", "--deny-warnings", "plans"], &dir).status.code(), Some(1));
    let out = common::kehoach(&["check", "--json", "plans/a.toml", "plans/b.toml"], &dir);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let b = &report["files"][1];
    assert_eq!(b["file"], "plans/b.toml");
    let d = b["diagnostics"].as_array().unwrap().iter().find(|d| d["field"] == "number").expect("the warning");
    assert_eq!(d["severity"], "warning");
    assert_eq!((d["line"].as_u64(), d["column"].as_u64()), (Some(3), Some(10)));
    assert_eq!(d["message"], "number 03-KH/ĐU of 2024 is also the number of plans/a.toml");
}
