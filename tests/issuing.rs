//! Issuing (issue 22): numbers per committee term (`kehoach.toml`), the
//! register of documents sent out (`kehoach register`: table, JSON, CSV,
//! XLSX read back with openpyxl), `kehoach issue` editing a commented plan in
//! place, and the Sunday warnings.

mod common;

use std::fs;
use std::path::Path;
use std::process::Command;

const TERMS: &str = "# the commune committee's terms\n[[term]]\nissuer = \"ĐU\"\nstart = 2020-08-20\nend = 2025-08-19\n\n[[term]]\nissuer = \"ĐU\"\nstart = 2025-08-20\nlabel = \"2025 - 2030\"\n\n[[term]]\nissuer = \"ĐH\"\nstart = 2025-08-15\nend = 2025-08-20\nlabel = \"Đảng bộ xã lần thứ I\"\n";

/// MINIMAL with another number and date.
fn plan(number: u32, date: &str) -> String {
    // A commune's committee after the 2025 merger answers to the province's Đảng bộ (HD 05 2.1.2c).
    common::MINIMAL
        .replace("number = 3", &format!("number = {number}"))
        .replace("date = 2024-04-01", &format!("date = {date}"))
        .replace("Đảng bộ huyện Nghĩa Hưng", "Đảng bộ tỉnh Ninh Bình")
}

fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

#[test]
fn a_clash_across_new_year_inside_one_term_is_reported_at_the_number() {
    let dir = common::scratch_in("issuing", "new-year");
    write(&dir, "plans/a.toml", &plan(278, "2025-12-19"));
    write(&dir, "plans/b.toml", &plan(278, "2026-01-14"));
    // Without terms, numbers run per year: no clash, and it says why once.
    let out = common::kehoach(&["check", "plans"], &dir);
    let stderr = common::stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("is also the number of"), "{stderr}");
    assert_eq!(stderr.matches("warning[no-terms]: no kehoach.toml in the plan's directory or above: numbers are compared per calendar year, not per committee term").count(), 1, "{stderr}");

    // With the repository's terms, both are in the term 2025 - 2030.
    write(&dir, "kehoach.toml", TERMS);
    let out = common::kehoach(&["check", "plans"], &dir);
    let stderr = common::stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("no-terms"), "{stderr}");
    assert!(
        stderr.contains("warning[duplicate-number]: number 278-KH/ĐU of the term 2025 - 2030 is also the number of plans/a.toml\n  --> plans/b.toml:3:10\n"),
        "{stderr}"
    );
    assert!(stderr.contains("3 | number = 278\n  |          ^^^"), "{stderr}");
    assert_eq!(common::kehoach(&["check", "--deny-warnings", "plans"], &dir).status.code(), Some(1));

    // In Vietnamese.
    let out = common::kehoach_env(&["check", "plans"], &dir, &[("KEHOACH_LANG", "vi")]);
    assert!(common::stderr(&out).contains("số 278-KH/ĐU nhiệm kỳ 2025 - 2030 trùng với số của plans/a.toml"), "{}", common::stderr(&out));
}

#[test]
fn the_same_number_in_two_terms_is_accepted() {
    let dir = common::scratch_in("issuing", "two-terms");
    write(&dir, "kehoach.toml", TERMS);
    // 2025-08-19 closes the term 2020 - 2025; 2025-08-21 is in the next.
    write(&dir, "plans/a.toml", &plan(1, "2025-08-19"));
    write(&dir, "plans/b.toml", &plan(1, "2025-08-21"));
    let out = common::kehoach(&["check", "--deny-warnings", "plans"], &dir);
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
    // A date before every term of its issuer is compared within its year, and said so.
    write(&dir, "plans/c.toml", &plan(1, "2019-05-06"));
    let out = common::kehoach(&["check", "plans"], &dir);
    let stderr = common::stderr(&out);
    assert!(stderr.contains("warning[outside-terms]: the date 2019-05-06 is in no term of ĐU in "), "{stderr}");
    assert!(stderr.contains("--> plans/c.toml:5:8"), "located at the date: {stderr}");
}

#[test]
fn a_congress_numbers_all_its_kinds_in_one_series() {
    let dir = common::scratch_in("issuing", "congress");
    write(&dir, "kehoach.toml", TERMS);
    // A congress's documents carry its name alone (HD 05 2.1.1).
    let congress = |text: String| {
        text.replace("code = \"ĐU\"", "code = \"ĐH\"")
            .replace("superior = \"Đảng bộ tỉnh Ninh Bình\"\n", "")
            .replace("Đảng ủy xã Nghĩa Thái", "Đại hội đại biểu Đảng bộ xã Nghĩa Thái lần thứ I")
    };
    write(&dir, "plans/a-plan.toml", &congress(plan(3, "2025-08-18")));
    let notice = kehoach::starter(kehoach::model::Kind::ThongBao)
        .replace("code = \"BTGDVTU\"", "code = \"ĐH\"")
        .replace("number = 1", "number = 3")
        .replace("date = 2026-12-26", "date = 2025-08-19");
    write(&dir, "plans/b-notice.toml", &notice);
    let out = common::kehoach(&["check", "plans"], &dir);
    let stderr = common::stderr(&out);
    assert!(
        stderr.contains("number 03-TB/ĐH of the congress Đảng bộ xã lần thứ I is also the number of plans/a-plan.toml (03-KH/ĐH: a congress numbers all its documents in one series)"),
        "{stderr}"
    );
    // The next number of the congress is shared too: after 03 of any kind, 04.
    let out = common::kehoach(&["register", "plans", "--next", "BB", "--issuer", "ĐH", "--date", "2025-08-20"], &dir);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "04-BB/ĐH\n", "{}", common::stderr(&out));
}

/// The register's rows as the test expects them in every format.
fn expected_rows() -> Vec<Vec<String>> {
    let row = |code: &str, date: &str, file: &str| {
        vec![code, date, "Kế hoạch", "về thử nghiệm", "Nguyễn Văn A (Bí thư)", "Các Chi bộ; Lưu VPĐU", "", file].into_iter().map(String::from).collect::<Vec<_>>()
    };
    vec![
        row("01-KH/ĐU", "02/9/2025", "plans/b.toml"),
        row("02-KH/ĐU", "05/01/2026", "plans/sub/c.toml"),
        row("05-KH/ĐU", "09/02/2026", "plans/a.toml"),
    ]
}

#[test]
fn the_register_gives_the_same_rows_as_a_table_json_csv_and_xlsx() {
    let dir = common::scratch_in("issuing", "register");
    write(&dir, "kehoach.toml", TERMS);
    write(&dir, "plans/a.toml", &plan(5, "2026-02-09"));
    write(&dir, "plans/b.toml", &plan(1, "2025-09-02"));
    write(&dir, "plans/sub/c.toml", &plan(2, "2026-01-05"));
    // An unnumbered draft is not in the register.
    write(&dir, "plans/draft.toml", &common::MINIMAL.replace("number = 3\n", "").replace("date = 2024-04-01", "date = \"2026-03\""));
    let expected = expected_rows();

    // The table: columns two spaces apart.
    let out = common::kehoach(&["register", "plans", "--xlsx", "register.xlsx"], &dir);
    let stderr = common::stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let table = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines.len(), 4, "{table}");
    assert!(lines[0].starts_with("Number    Date        Kind      Subject        Signer"), "{table}");
    for (line, row) in lines[1..].iter().zip(&expected) {
        let cells: Vec<&str> = line.split("  ").map(str::trim).filter(|c| !c.is_empty()).collect();
        let want: Vec<&str> = row.iter().map(String::as_str).filter(|c| !c.is_empty()).collect();
        assert_eq!(cells, want, "{table}");
    }
    // The gap 03–04 is reported on the plan after it, at its number.
    assert!(
        stderr.contains("warning[number-gap]: numbers 03–04 (KH/ĐU, the term 2025 - 2030) are not in the register: between plans/sub/c.toml (02-KH/ĐU) and this document (05-KH/ĐU)\n  --> plans/a.toml:3:10"),
        "{stderr}"
    );

    // JSON.
    let out = common::kehoach(&["register", "--json", "plans"], &dir);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows: Vec<Vec<String>> = json["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let date = kehoach::model::date::DocDate::parse(r["date"].as_str().unwrap()).unwrap().short_form();
            let recipients: Vec<&str> = r["recipients"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
            let copies = r["copies"].as_u64().map(|c| c.to_string()).unwrap_or_default();
            let s = |k: &str| r[k].as_str().unwrap().to_owned();
            vec![s("code"), date, s("kind"), s("subject"), s("signer"), recipients.join("; "), copies, s("file")]
        })
        .collect();
    assert_eq!(rows, expected);
    assert_eq!(json["diagnostics"][0]["id"], "number-gap");
    assert_eq!(json["diagnostics"][0]["line"], 3);

    // CSV (with a byte-order mark for spreadsheets).
    let out = common::kehoach(&["register", "--csv", "plans"], &dir);
    let csv = String::from_utf8(out.stdout).unwrap();
    let csv = csv.strip_prefix('\u{FEFF}').expect("a byte-order mark");
    let rows: Vec<Vec<String>> = csv.lines().skip(1).map(|l| l.split(',').map(String::from).collect()).collect();
    assert_eq!(rows, expected, "{csv}");

    // XLSX, read back by a spreadsheet reader.
    let script = "import openpyxl, json, sys\nws = openpyxl.load_workbook(sys.argv[1]).active\nprint(json.dumps([[('' if c is None else str(c)) for c in r] for r in ws.iter_rows(values_only=True)]))";
    let out = Command::new("python3").arg("-c").arg(script).arg(dir.join("register.xlsx")).output().expect("python3 reads the workbook");
    assert!(out.status.success(), "openpyxl is needed (`python3 -m pip install openpyxl`, .ci/run does): {}", common::stderr(&out));
    let sheet: Vec<Vec<String>> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(sheet[0][0], "Number");
    assert_eq!(&sheet[1..], expected.as_slice());

    // The next free number of the term in force.
    let out = common::kehoach(&["register", "plans", "--next", "ke-hoach", "--date", "2026-03-02"], &dir);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "06-KH/ĐU\n");
    let out = common::kehoach(&["register", "plans", "--next", "KH", "--date", "2025-08-01"], &dir);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "01-KH/ĐU\n", "a new series in the earlier term");
}

/// The commented starter, made ready to sign: no number, no day.
fn commented_plan() -> String {
    let starter = kehoach::starter(kehoach::model::Kind::KeHoach);
    let number_line = starter.lines().find(|l| l.starts_with("number = ")).unwrap();
    starter
        .replace(&format!("{number_line}\n"), "")
        .replace("date = 2026-06-15 ", "date = \"2026-06\"")
        .replace("kind = \"ke-hoach\"\n", "kind = \"ke-hoach\"\nstatus = \"ready-to-sign\"  # signed first, numbered at issue\n")
}

#[test]
fn issue_writes_number_and_date_into_a_commented_plan_and_nothing_else() {
    let dir = common::scratch_in("issuing", "issue");
    write(&dir, "kehoach.toml", TERMS);
    write(&dir, "plans/earlier.toml", &plan(7, "2026-05-04"));
    let before = commented_plan();
    write(&dir, "plans/plan.toml", &before);

    // Signed with "tháng 6 năm 2026" printed: a day in July is refused.
    let out = common::kehoach(&["issue", "plans/plan.toml", "--date", "2026-07-01"], &dir);
    assert_eq!(out.status.code(), Some(1), "{}", common::stderr(&out));
    assert!(common::stderr(&out).contains("error: the plan was signed with 6/2026 printed; the date of issue 01/7/2026 is outside it"), "{}", common::stderr(&out));
    assert_eq!(fs::read_to_string(dir.join("plans/plan.toml")).unwrap(), before);

    let out = common::kehoach(&["issue", "plans/plan.toml", "--date", "2026-06-16"], &dir);
    let stderr = common::stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("plans/plan.toml: issued as 08-KH/ĐU, dated 16/6/2026"), "{stderr}");
    let after = fs::read_to_string(dir.join("plans/plan.toml")).unwrap();
    // Every line is the same but the date's value, and `number` before it.
    let date_line = before.lines().position(|l| l.starts_with("date = ")).unwrap();
    let mut expected: Vec<String> = before.lines().map(String::from).collect();
    expected[date_line] = expected[date_line].replace("date = \"2026-06\"", "date = 2026-06-16");
    let status_line = before.lines().position(|l| l.starts_with("status = ")).unwrap();
    expected[status_line] = "status = \"issued\"  # signed first, numbered at issue".into();
    expected.insert(date_line, "number = 8".into());
    assert_eq!(after, expected.join("\n") + "\n");
    assert!(dir.join("plans/plan.pdf").exists(), "the final PDF is rendered");

    // Idempotent: issuing again changes nothing.
    let out = common::kehoach(&["issue", "plans/plan.toml", "--no-render"], &dir);
    assert_eq!(out.status.code(), Some(0));
    assert!(common::stderr(&out).contains("already issued (08-KH/ĐU, dated 16/6/2026); nothing changed"), "{}", common::stderr(&out));
    assert_eq!(fs::read_to_string(dir.join("plans/plan.toml")).unwrap(), after);

    // A number another plan has is refused, naming it and the next free one.
    let out = common::kehoach(&["issue", "plans/plan.toml", "--number", "7", "--no-render"], &dir);
    let stderr = common::stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("error: number 07 is taken by plans/earlier.toml (07-KH/ĐU)"), "{stderr}");
    assert!(stderr.contains("hint: the next free number is 08"), "its own number, which it would give up: {stderr}");
    assert_eq!(fs::read_to_string(dir.join("plans/plan.toml")).unwrap(), after, "unchanged");

    // Asked for another number, it changes only the number's value.
    let out = common::kehoach(&["issue", "plans/plan.toml", "--number", "12", "--no-render"], &dir);
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
    assert_eq!(fs::read_to_string(dir.join("plans/plan.toml")).unwrap(), after.replace("number = 8\n", "number = 12\n"));
}

#[test]
fn issue_refuses_a_plan_with_errors() {
    let dir = common::scratch_in("issuing", "refuse");
    let broken = common::MINIMAL.replace("number = 3\n", "").replace("archive = \"VPĐU\"", "archive = \"\"");
    write(&dir, "plan.toml", &broken);
    let out = common::kehoach(&["issue", "plan.toml"], &dir);
    let stderr = common::stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("plan.toml: the plan has errors and cannot be issued"), "{stderr}");
    assert_eq!(fs::read_to_string(dir.join("plan.toml")).unwrap(), broken, "unchanged");
    assert!(!dir.join("plan.pdf").exists());
}

#[test]
fn deadlines_and_a_date_on_a_sunday_are_located_warnings() {
    let dir = common::scratch_in("issuing", "sunday");
    // 2024-04-07 is a Sunday: the document's date, a [date] in the text, a milestone.
    let text = common::MINIMAL.replace("date = 2024-04-01", "date = 2024-04-07").replace(
        "points = [\"Điểm thứ nhất.\"]",
        "points = [\"Hoàn thành trước ngày [date]2024-04-14[/date].\"]\n[content.timeline]\nmilestones = [{ date = 2024-04-21, task = \"Sơ kết.\" }, { date = 2024-04-22, task = \"Tổng kết.\" }]",
    );
    write(&dir, "plan.toml", &text);
    let out = common::kehoach(&["check", "plan.toml"], &dir);
    let stderr = common::stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("warning[dated-on-sunday]: the document is dated 07/4/2024, a Sunday\n  --> plan.toml:5:8"), "{stderr}");
    assert!(stderr.contains("warning[deadline-on-sunday]: the deadline 14/4/2024 falls on a Sunday\n  --> plan.toml:"), "{stderr}");
    assert!(stderr.contains("= field: purpose.points[0]"), "{stderr}");
    assert!(stderr.contains("warning[deadline-on-sunday]: the deadline 21/4/2024 falls on a Sunday"), "{stderr}");
    assert!(stderr.contains("= field: content.timeline.milestones[0].date"), "{stderr}");
    assert!(stderr.contains("hint: move it to a working day (Friday 19/4/2024 or Monday 22/4/2024)"), "{stderr}");
    assert_eq!(stderr.matches("deadline-on-sunday]").count(), 2, "the Monday is no concern: {stderr}");
    let out = common::kehoach_env(&["check", "plan.toml"], &dir, &[("KEHOACH_LANG", "vi")]);
    assert!(common::stderr(&out).contains("hạn 14/4/2024 rơi vào Chủ nhật"), "{}", common::stderr(&out));
    // Kept on purpose: silenced by [check] allow.
    write(&dir, "plan.toml", &format!("{text}[check]\nallow = [\"deadline-on-sunday\", \"dated-on-sunday\"]\n"));
    let out = common::kehoach(&["check", "--deny-warnings", "plan.toml"], &dir);
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
}

#[test]
fn the_configuration_schema_is_the_one_in_schemas() {
    let file = fs::read_to_string(common::root().join("schemas/kehoach.schema.json")).unwrap();
    assert_eq!(file, kehoach::issuing::config::json_schema(), "regenerate: kehoach schema kehoach.toml > schemas/kehoach.schema.json");
}

#[test]
fn a_plan_ready_to_sign_prints_blank_number_and_day_without_a_draft_mark() {
    let source = commented_plan();
    let layout = common::layout_of("plan.toml", &source);
    let page1: Vec<&str> = layout.texts.iter().filter(|t| t.page == 1).map(|t| t.text.as_str()).collect();
    assert!(page1.contains(&"Số      -KH/ĐU"), "{page1:?}");
    assert!(page1.contains(&"Nghĩa Thái, ngày      tháng 6 năm 2026"), "{page1:?}");
    assert!(!layout.texts.iter().any(|t| t.text.contains("Dự thảo")), "no draft mark");
    let prepared = kehoach::prepare("plan.toml", &source).unwrap();
    assert!(prepared.warnings.is_empty(), "{:?}", prepared.warnings);

    // A number, a day or a draft mark contradict it: located errors.
    let bad = source.replace("date = \"2026-06\"", "date = 2026-06-16").replace("[issuer]", "[marks]\ndraft = \"Dự thảo\"\n\n[issuer]");
    let kehoach::Error::Invalid(errors) = kehoach::prepare("plan.toml", &bad).unwrap_err() else { panic!("invalid") };
    let found: Vec<(&str, &str)> = errors.iter().map(|d| (d.field.as_deref().unwrap_or(""), d.message.as_str())).collect();
    assert!(found.contains(&("date", "a plan ready to sign leaves the day blank: the office stamps it at issue")), "{found:?}");
    assert!(found.contains(&("marks.draft", "a plan ready to sign is no longer a draft")), "{found:?}");
}

/// A widget annotation that draws `text` inside `rect` (pt), as a stamping tool adds it.
fn stamp(pdf: &[u8], page_no: usize, rect: [f64; 4], text: &str) -> Vec<u8> {
    use kehoach::pdf_file::{amend, get, set, Obj};
    amend(pdf, |pdf, update, _catalog| {
        let page = pdf.pages()?[page_no - 1];
        let mut dict = pdf.dict(page)?;
        let font = Obj::Dict(vec![("Type".into(), Obj::name("Font")), ("Subtype".into(), Obj::name("Type1")), ("BaseFont".into(), Obj::name("Times-Roman"))]);
        let resources = Obj::Dict(vec![("Font".into(), Obj::Dict(vec![("F1".into(), font)]))]);
        let ap = update.add_stream(
            vec![
                ("Type".into(), Obj::name("XObject")),
                ("Subtype".into(), Obj::name("Form")),
                ("BBox".into(), Obj::rect([0.0, 0.0, rect[2] - rect[0], rect[3] - rect[1]])),
                ("Resources".into(), resources),
            ],
            format!("BT /F1 12 Tf 1 3 Td ({text}) Tj ET").into_bytes(),
        );
        let widget = update.add(Obj::Dict(vec![
            ("Type".into(), Obj::name("Annot")),
            ("Subtype".into(), Obj::name("Widget")),
            ("F".into(), Obj::num(4)),
            ("Rect".into(), Obj::rect(rect)),
            ("P".into(), Obj::Ref(page, 0)),
            ("AP".into(), Obj::Dict(vec![("N".into(), ap)])),
        ]));
        let mut annots = pdf.array(get(&dict, "Annots"))?;
        annots.push(widget);
        set(&mut dict, "Annots", Obj::Array(annots));
        update.replace(page, Obj::Dict(dict));
        Ok(())
    })
    .unwrap()
}

/// Signs fields in turn with pyHanko (tests/sign/pyhanko_sign.py), which validates them.
fn pyhanko_sign(dir: &Path, from: &str, to: &str, fields: &[&str]) {
    let script = common::root().join("tests/sign/pyhanko_sign.py");
    let out = Command::new("python3").arg(&script).args([dir.join(from), dir.join(to)]).args(fields).output().expect("python3 runs pyHanko");
    assert_eq!(out.status.code(), Some(0), "pyHanko (`python3 -m pip install pyhanko`): {}", String::from_utf8_lossy(&out.stderr));
}

fn verify(dir: &Path, pdf: &str) -> (Option<i32>, String) {
    let out = common::kehoach(&["verify", pdf], dir);
    (out.status.code(), String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn the_stamps_of_a_plan_ready_to_sign_are_mapped_and_verify_accepts_only_them() {
    let dir = common::scratch_in("issuing", "stamps");
    write(&dir, "plan.toml", &commented_plan());
    let out = common::kehoach(&["render", "plan.toml", "--embed-source", "--signature-fields", "--signature-map", "plan.map.json"], &dir);
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
    let map: serde_json::Value = serde_json::from_slice(&fs::read(dir.join("plan.map.json")).unwrap()).unwrap();
    let field = |name: &str| map["fields"].as_array().unwrap().iter().find(|f| f["name"] == name).unwrap_or_else(|| panic!("{name} in {map}")).clone();
    let rect = |f: &serde_json::Value| -> [f64; 4] { serde_json::from_value(f["rect"].clone()).unwrap() };
    let (number, day, appearance, signer) = (field("so-van-ban"), field("ngay-ban-hanh"), field("hien-thi-1"), field("nguoi-ky-1"));
    assert_eq!((number["role"].as_str(), number["page"].as_u64()), (Some("number"), Some(1)));
    assert_eq!((day["role"].as_str(), day["page"].as_u64()), (Some("day"), Some(1)));
    assert_eq!(appearance["role"], "appearance");
    assert_eq!(appearance["page"], signer["page"]);

    // Measured against the page: each blank lies inside its line, after "Số" / "ngày", on its baseline.
    let prepared = kehoach::prepare("plan.toml", &commented_plan()).unwrap();
    let layout = common::layout_of("plan.toml", &commented_plan());
    let height = layout.pages[0].height;
    let pt = |mm: f64| mm * 72.0 / 25.4;
    for (f, line) in [(&number, "Số      -KH/ĐU"), (&day, "Nghĩa Thái, ngày      tháng 6 năm 2026")] {
        let run = layout.texts.iter().find(|t| t.page == 1 && t.text == line).unwrap();
        let [x1, y1, x2, y2] = rect(f);
        let baseline = pt(height - run.y);
        assert!(x1 > pt(run.x) + 10.0 && x2 < pt(run.right()) && x2 - x1 > 12.0, "{line}: {:?} in {:.1}–{:.1}", rect(f), pt(run.x), pt(run.right()));
        assert!(y1 < baseline && baseline < y2 && y2 - y1 < 20.0, "{line}: {:?} around {baseline:.1}", rect(f));
    }
    assert_eq!(prepared.context.header.number, "Số      -KH/ĐU");
    let name = layout.texts.iter().find(|t| t.text == "Nguyễn Văn A").unwrap();
    let [_, _, _, top] = rect(&appearance);
    assert!(top < pt(layout.pages[name.page - 1].height - name.y), "the appearance place is under the name");
    // Only the signature and seal are fields in the PDF.
    let text = String::from_utf8_lossy(&fs::read(dir.join("plan.pdf")).unwrap()).into_owned();
    assert!(text.contains("nguoi-ky-1") && !text.contains("so-van-ban"), "stamp places are not fields");

    // The office stamps the number, the day and the appearance text; the
    // signer and the body sign (pyHanko validates both signatures).
    let mut pdf = fs::read(dir.join("plan.pdf")).unwrap();
    pdf = stamp(&pdf, 1, rect(&number), "05");
    pdf = stamp(&pdf, 1, rect(&day), "16");
    let page = appearance["page"].as_u64().unwrap() as usize;
    pdf = stamp(&pdf, page, rect(&appearance), "DANG UY XA NGHIA THAI 16-06-2026 09:30:00 +07:00");
    fs::write(dir.join("stamped.pdf"), &pdf).unwrap();
    pyhanko_sign(&dir, "stamped.pdf", "issued.pdf", &["nguoi-ky-1", "co-quan-1"]);
    let (code, stdout) = verify(&dir, "issued.pdf");
    assert_eq!(code, Some(0), "{stdout}");
    assert!(stdout.contains("5 later revision(s) only fill in signature fields"), "{stdout}");

    // A word changed on the page — drawn over it by a field outside the places — fails.
    let [x1, y1, _, y2] = rect(&number);
    let issued = fs::read(dir.join("issued.pdf")).unwrap();
    fs::write(dir.join("changed.pdf"), stamp(&issued, 1, [x1 + 200.0, y1 - 150.0, x1 + 260.0, y2 - 150.0], "khong")).unwrap();
    let (code, stdout) = verify(&dir, "changed.pdf");
    assert_eq!(code, Some(1), "{stdout}");
    assert!(stdout.contains("adds a form field outside the places of the signatures and stamps to page 1"), "{stdout}");
    // And so does a stamp that spills out of its place.
    let [x1, y1, x2, y2] = rect(&day);
    fs::write(dir.join("spilt.pdf"), stamp(&issued, 1, [x1, y1, x2 + 30.0, y2], "16")).unwrap();
    assert_eq!(verify(&dir, "spilt.pdf").0, Some(1));
}
