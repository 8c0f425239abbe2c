//! `--metadata`: the document-system fields (Nghị định 30 Phụ lục VI, edXML)
//! of every example, checked against the JSON Schema shipped in
//! `schemas/metadata.schema.json`, and their values against the data and the
//! layout.
//!
//! The schema is checked by the small validator below rather than a crate:
//! the schema uses a handful of keywords (type, properties, required,
//! additionalProperties, items, $ref, const, enum, minimum, minLength,
//! pattern), and the validator crates pull in an HTTP client and a second
//! regex engine for the rest of the specification. Every keyword the schema
//! uses is handled, and an unknown keyword fails the test, so the check
//! cannot silently weaken when the schema grows.

mod common;

use std::fs;

use serde_json::Value;

/// The problems of `value` against `schema` (JSON Schema 2020-12, the
/// keywords schemars emits), each with its JSON path.
fn validate(value: &Value, schema: &Value, root: &Value, path: &str, out: &mut Vec<String>) {
    let Some(schema) = schema.as_object() else { return out.push(format!("{path}: schema is not an object")) };
    for (keyword, rule) in schema {
        match keyword.as_str() {
            "$schema" | "title" | "description" | "format" | "$defs" => {}
            "$ref" => {
                let name = rule.as_str().and_then(|r| r.strip_prefix("#/$defs/")).expect("local $ref");
                validate(value, &root["$defs"][name], root, path, out);
            }
            "type" => {
                let types: Vec<&str> = match rule {
                    Value::String(t) => vec![t.as_str()],
                    Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
                    _ => panic!("bad type rule at {path}"),
                };
                let ok = types.iter().any(|t| match *t {
                    "string" => value.is_string(),
                    "integer" => value.is_u64() || value.is_i64(),
                    "number" => value.is_number(),
                    "boolean" => value.is_boolean(),
                    "array" => value.is_array(),
                    "object" => value.is_object(),
                    "null" => value.is_null(),
                    other => panic!("unknown type {other}"),
                });
                if !ok {
                    out.push(format!("{path}: {value} is not of type {types:?}"));
                }
            }
            "properties" => {
                if let Some(obj) = value.as_object() {
                    for (key, sub) in rule.as_object().unwrap() {
                        if let Some(v) = obj.get(key) {
                            validate(v, sub, root, &format!("{path}.{key}"), out);
                        }
                    }
                }
            }
            "required" => {
                if let Some(obj) = value.as_object() {
                    for key in rule.as_array().unwrap().iter().filter_map(Value::as_str) {
                        if !obj.contains_key(key) {
                            out.push(format!("{path}: missing required `{key}`"));
                        }
                    }
                }
            }
            "additionalProperties" => {
                if let (Some(obj), Some(false)) = (value.as_object(), rule.as_bool()) {
                    let known = schema["properties"].as_object().unwrap();
                    for key in obj.keys().filter(|k| !known.contains_key(*k)) {
                        out.push(format!("{path}: unknown field `{key}`"));
                    }
                }
            }
            "items" => {
                for (i, item) in value.as_array().into_iter().flatten().enumerate() {
                    validate(item, rule, root, &format!("{path}[{i}]"), out);
                }
            }
            "const" => {
                if value != rule {
                    out.push(format!("{path}: {value} is not {rule}"));
                }
            }
            "enum" => {
                if !rule.as_array().unwrap().contains(value) {
                    out.push(format!("{path}: {value} is not one of {rule}"));
                }
            }
            "minimum" => {
                if value.as_f64().is_some_and(|v| v < rule.as_f64().unwrap()) {
                    out.push(format!("{path}: {value} is below {rule}"));
                }
            }
            "minLength" => {
                if value.as_str().is_some_and(|s| (s.chars().count() as u64) < rule.as_u64().unwrap()) {
                    out.push(format!("{path}: {value} is shorter than {rule}"));
                }
            }
            "pattern" => {
                let re = regex::Regex::new(rule.as_str().unwrap()).unwrap();
                if value.as_str().is_some_and(|s| !re.is_match(s)) {
                    out.push(format!("{path}: {value} does not match {rule}"));
                }
            }
            other => panic!("the validator does not know the keyword `{other}` (at {path}): teach it"),
        }
    }
}

fn schema() -> Value {
    serde_json::from_str(&fs::read_to_string(common::root().join("schemas/metadata.schema.json")).unwrap()).unwrap()
}

fn problems(value: &Value) -> Vec<String> {
    let schema = schema();
    let mut out = Vec::new();
    validate(value, &schema, &schema, "$", &mut out);
    out
}

#[test]
fn the_shipped_schema_is_the_one_the_code_generates() {
    let shipped = fs::read_to_string(common::root().join("schemas/metadata.schema.json")).unwrap();
    let generated = kehoach::metadata::json_schema();
    if std::env::var_os("KEHOACH_BLESS").is_some() {
        fs::write(common::root().join("schemas/metadata.schema.json"), &generated).unwrap();
        return;
    }
    assert_eq!(shipped, generated, "schemas/metadata.schema.json is stale: run with KEHOACH_BLESS=1 and review the diff");
    let out = common::kehoach(&["schema", "metadata"], &common::root());
    assert_eq!(String::from_utf8_lossy(&out.stdout), generated);
}

#[test]
fn every_example_writes_metadata_that_validates() {
    let dir = common::scratch_in("metadata", "examples");
    for example in common::examples() {
        let stem = example.file_stem().unwrap().to_string_lossy().into_owned();
        let pdf = dir.join(format!("{stem}.pdf"));
        let meta = dir.join(format!("{stem}.json"));
        let out = common::kehoach(
            &["render", example.to_str().unwrap(), "-o", pdf.to_str().unwrap(), "--metadata", meta.to_str().unwrap()],
            &dir,
        );
        assert_eq!(out.status.code(), Some(0), "{stem}: {}", common::stderr(&out));
        let value: Value = serde_json::from_str(&fs::read_to_string(&meta).unwrap()).unwrap();
        assert_eq!(problems(&value), Vec::<String>::new(), "{stem}");
        // The page count is the layout's.
        let layout = common::layout_of_file(&example);
        assert_eq!(value["page_count"], layout.pages.len(), "{stem}");
        // The notation is the printed number without "Số".
        let printed = common::squash(&layout.text());
        let notation = value["notation"].as_str().unwrap();
        assert!(printed.contains(&format!("Số {notation}")), "{stem}: Số {notation} is not on the page");
    }
}

#[test]
fn broken_metadata_fails_the_schema() {
    let dir = common::scratch_in("metadata", "broken");
    let meta = dir.join("m.json");
    let example = common::example("nghia-thai-2024.toml");
    let out = common::kehoach(
        &["render", example.to_str().unwrap(), "-o", dir.join("x.pdf").to_str().unwrap(), "--metadata", meta.to_str().unwrap()],
        &dir,
    );
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
    let good: Value = serde_json::from_str(&fs::read_to_string(&meta).unwrap()).unwrap();
    let mut bad = good.clone();
    bad["page_count"] = Value::from(0);
    bad["issued_date"] = Value::from("01/4/2024");
    bad["signer"].as_object_mut().unwrap().remove("full_name");
    bad["recipients"][0]["extra"] = Value::from(1);
    bad["language"] = Value::from("en");
    let found = problems(&bad);
    for expected in [
        "$.page_count: 0 is below 1",
        "$.issued_date: \"01/4/2024\" does not match",
        "$.signer: missing required `full_name`",
        "$.recipients[0]: unknown field `extra`",
        "$.language: \"en\" is not \"vi\"",
    ] {
        assert!(found.iter().any(|p| p.starts_with(expected)), "{expected} not in {found:?}");
    }
}

#[test]
fn the_fields_come_from_the_data_and_the_layout() {
    let path = common::example("nghia-thai-2024.toml");
    let source = fs::read_to_string(&path).unwrap();
    let prepared = kehoach::prepare("nghia-thai-2024.toml", &source).unwrap();
    let out = kehoach::render_pdf_output(&prepared, &Default::default()).unwrap();
    let m = &out.metadata;
    assert_eq!((m.type_name.as_str(), m.type_code.as_str(), m.number), ("Kế hoạch", "KH", Some(15)));
    assert_eq!(m.notation, "15-KH/ĐU");
    assert_eq!(m.issued_date, "2024-04-01");
    assert_eq!(m.issuer.code, "ĐU");
    assert_eq!(m.issuer.superior.as_deref(), Some("Đảng bộ huyện Nghĩa Hưng"));
    assert!(m.subject.starts_with("Phát động phong trào thi đua"), "{}", m.subject);
    assert_eq!(m.page_count, out.layout.pages.len());
    assert_eq!(m.page_count, 6);
    assert_eq!(m.signer.competence.as_deref(), Some("T/M ĐẢNG ỦY"));
    assert_eq!(m.signer.full_name, "Đông Văn Chung");
    assert_eq!(m.recipients.len(), 3);
    assert_eq!(m.recipients[0].note.as_deref(), Some("để báo cáo"));
    assert_eq!(m.archive, "VPĐU");
    assert_eq!(m.due_date.as_deref(), Some("2024-12-15"), "the latest deadline of the timeline and tasks");
    assert!(!m.draft);
    assert_eq!((m.rule_set.profile.as_str(), m.rule_set.chosen_by.as_str()), ("dang-hd36-2018", "date"));
    assert_eq!(m.rule_set.title, "Hướng dẫn 36-HD/VPTW");
    assert_eq!(m.appendices.len(), 1);

    // Marks, a draft and the XML form.
    let marked = source
        .replace("number = 15\n", "")
        .replace("[issuer]", "[marks]\nsecrecy = \"Mật\"\nurgency = \"Hỏa tốc\"\n\n[issuer]");
    let prepared = kehoach::prepare("marked.toml", &marked).unwrap();
    let m = kehoach::metadata::DocumentMetadata::new(&prepared, 6);
    assert_eq!((m.secrecy.as_deref(), m.urgency.as_deref()), (Some("MẬT"), Some("HỎA TỐC")));
    assert_eq!((m.number, m.notation.as_str(), m.draft), (None, "-KH/ĐU", true));
    let xml = m.to_xml();
    for part in [
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<DocumentMetadata format=\"kehoach-metadata/1\"",
        "<CodeNotation>-KH/ĐU</CodeNotation>",
        "<PromulgationDate>2024-04-01</PromulgationDate>",
        "<Competence>T/M ĐẢNG ỦY</Competence>",
        "<Place note=\"để báo cáo\">Ban Dân vận Huyện ủy</Place>",
        "<Priority>HỎA TỐC</Priority>",
        "<Secrecy>MẬT</Secrecy>",
        "<PageAmount>6</PageAmount>",
        "<Draft>true</Draft>",
    ] {
        assert!(xml.contains(part), "{part} not in\n{xml}");
    }
    assert!(!xml.contains("<CodeNumber>"), "an unnumbered draft has no CodeNumber");
}

#[test]
fn metadata_as_xml_and_its_usage_errors() {
    let dir = common::scratch_in("metadata", "xml");
    let example = common::example("cong-van-121-bdvtu.toml");
    let ex = example.to_str().unwrap();
    let out = common::kehoach(&["render", ex, "-o", "cv.png", "--format", "png", "--ppi", "20", "--metadata", "cv.xml"], &dir);
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
    let xml = fs::read_to_string(dir.join("cv.xml")).unwrap();
    assert!(xml.contains("<TypeName>Công văn</TypeName>") && xml.contains("<PageAmount>"), "{xml}");
    assert!(dir.join("cv-1.png").exists());

    for (args, message) in [
        (vec!["render", ex, "-o", "a.pdf", "--metadata", "a.txt"], "error: --metadata a.txt: the file must end in .json or .xml\n"),
        (vec!["render", ex, "-o", "a.typ", "--format", "typ", "--metadata", "a.json"], "error: --metadata needs a layout (its page count): use --format pdf, png or svg\n"),
        (
            vec!["render", ex, common::example("nghia-thai-2024.toml").to_str().unwrap(), "-o", "out/", "--metadata", "a.json"],
            "error: --metadata and --signature-map name one file: render one document at a time with them\n",
        ),
    ] {
        let before: Vec<_> = fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name()).collect();
        let out = common::kehoach(&args, &dir);
        assert_eq!((out.status.code(), common::stderr(&out).as_str()), (Some(2), message), "{args:?}");
        let after: Vec<_> = fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(before, after, "{args:?} wrote a file");
    }
}
