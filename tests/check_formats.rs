//! `kehoach check --format github|sarif`: GitHub workflow annotations and a
//! SARIF 2.1.0 log, every diagnostic with its id (errors too), place and
//! hint; the SARIF validated against the published schema
//! (tests/fixtures/sarif/, offline, with Python's `jsonschema`).

mod common;

use std::fs;
use std::process::Command;

use common::*;

/// A plan with an unknown field (an error) and a plan whose number another
/// already has (a warning located at `number`).
fn plans(name: &str) -> std::path::PathBuf {
    let dir = scratch_in("formats", name);
    fs::create_dir_all(dir.join("plans")).unwrap();
    fs::write(dir.join("plans/a.toml"), MINIMAL).unwrap();
    fs::write(dir.join("plans/b.toml"), MINIMAL.replace("date = 2024-04-01", "date = 2024-09-02")).unwrap();
    fs::write(dir.join("plans/c.toml"), MINIMAL.replace("[signer]", "[signer]\npositon = \"Bí thư\"")).unwrap();
    dir
}

#[test]
fn annotations_carry_the_id_place_field_and_hint() {
    let dir = plans("github");
    let o = kehoach_env(&["check", "--format", "github", "plans"], &dir, &[("LC_ALL", "C")]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = String::from_utf8(o.stdout).unwrap();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    assert_eq!(
        lines[0],
        "::error file=plans/c.toml,line=14,col=1,title=unknown-field::unknown field `positon`%0Afield: signer.positon%0Ahint: did you mean `position`?"
    );
    assert_eq!(
        lines[1],
        "::warning file=plans/b.toml,line=3,col=10,title=duplicate-number::number 03-KH/ĐU of 2024 is also the number of plans/a.toml\
         %0Afield: number%0Ahint: numbers run per document type and issuer within a committee's term (HD 05 3.1.1): give one of them the next free number (`kehoach register --next KH`)"
    );
    // Without a kehoach.toml, numbers were compared per calendar year: said once.
    assert!(lines[2].starts_with("::warning file=plans/a.toml,title=no-terms::"), "{out}");
    // Labelled in Vietnamese under a Vietnamese locale.
    let vi = kehoach_env(&["check", "--format", "github", "plans/c.toml"], &dir, &[("LC_ALL", "vi_VN.UTF-8")]);
    assert!(String::from_utf8_lossy(&vi.stdout).ends_with("::không có trường `positon`%0Atrường: signer.positon%0Agợi ý: có phải ý bạn là `position`?\n"));
    // The duplicate number in the text form, at `number` too.
    let text = stderr(&kehoach(&["check", "plans/a.toml", "plans/b.toml"], &dir));
    assert!(text.contains("warning[duplicate-number]: number 03-KH/ĐU of 2024 is also the number of plans/a.toml\n  --> plans/b.toml:3:10\n"), "{text}");
}

#[test]
fn sarif_is_valid_against_the_published_schema() {
    let dir = plans("sarif");
    let o = kehoach_env(&["check", "--format", "sarif", "plans"], &dir, &[("LC_ALL", "C")]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let log: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(log["version"], "2.1.0");
    let results = log["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 3);
    let r = &results[0];
    assert_eq!(r["ruleId"], "unknown-field");
    assert_eq!(r["level"], "error");
    assert_eq!(r["message"]["text"], "unknown field `positon` (hint: did you mean `position`?)");
    assert_eq!(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "plans/c.toml");
    assert_eq!(r["locations"][0]["physicalLocation"]["region"]["startLine"], 14);
    assert_eq!(r["locations"][0]["logicalLocations"][0]["fullyQualifiedName"], "signer.positon");
    assert_eq!(results[1]["ruleId"], "duplicate-number");
    assert_eq!(results[1]["level"], "warning");
    let rules: Vec<&str> = log["runs"][0]["tool"]["driver"]["rules"].as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(rules, ["duplicate-number", "no-terms", "unknown-field"]);
    for (i, r) in results.iter().enumerate() {
        assert_eq!(rules[r["ruleIndex"].as_u64().unwrap() as usize], r["ruleId"], "result {i}");
    }
    validate_sarif(&o.stdout);
}

/// Validates a SARIF log against the vendored schema with Python's
/// `jsonschema` (Draft 4, as the schema declares); a schema violation fails.
fn validate_sarif(log: &[u8]) {
    let schema = root().join("tests/fixtures/sarif/sarif-schema-2.1.0.json");
    let dir = scratch_in("formats", "validate");
    fs::write(dir.join("log.sarif"), log).unwrap();
    let script = "import json, sys, jsonschema\n\
                  schema = json.load(open(sys.argv[1], encoding='utf-8'))\n\
                  log = json.load(open(sys.argv[2], encoding='utf-8'))\n\
                  jsonschema.Draft4Validator.check_schema(schema)\n\
                  errors = list(jsonschema.Draft4Validator(schema).iter_errors(log))\n\
                  for e in errors: print(list(e.absolute_path), e.message)\n\
                  sys.exit(1 if errors else 0)\n";
    let o = Command::new("python3").arg("-c").arg(script).arg(&schema).arg(dir.join("log.sarif")).output().expect("python3");
    assert!(
        o.status.success(),
        "the SARIF log does not validate (python3 -m pip install jsonschema if it is missing):\n{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    // The validator catches a log that breaks the schema.
    let mut broken: serde_json::Value = serde_json::from_slice(log).unwrap();
    broken["runs"][0]["results"][0]["level"] = "fatal".into();
    fs::write(dir.join("broken.sarif"), serde_json::to_vec(&broken).unwrap()).unwrap();
    let o = Command::new("python3").arg("-c").arg(script).arg(&schema).arg(dir.join("broken.sarif")).output().unwrap();
    assert_eq!(o.status.code(), Some(1), "a broken log is refused");
}

/// Every diagnostic of every bad input has a stable id: kebab-case, or a page rule's ("P-HDR-6").
#[test]
fn every_diagnostic_of_the_bad_inputs_has_an_id() {
    let dir = root().join("tests/bad_inputs");
    let names: Vec<String> = toml_files(&dir).iter().map(|p| p.file_name().unwrap().to_string_lossy().into_owned()).collect();
    let mut args = vec!["check", "--format", "json"];
    args.extend(names.iter().map(String::as_str));
    let o = kehoach(&args, &dir);
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let mut missing = Vec::new();
    let mut count = 0;
    for file in report["files"].as_array().unwrap() {
        for d in file["diagnostics"].as_array().unwrap() {
            count += 1;
            let id = d["id"].as_str().unwrap_or("");
            let ok = kehoach::check::ids::is_kebab(id) || kehoach::check::ids::PAGE_RULES.contains(&id);
            if !ok {
                missing.push(format!("{}: {} ({id:?})", file["file"], d["message"]));
            }
        }
    }
    assert!(count >= 100, "{count} diagnostics");
    assert!(missing.is_empty(), "diagnostics without an id:\n{}", missing.join("\n"));
}
