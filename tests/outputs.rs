//! Outputs for archives and CI: reproducible PDF and PDF/A with metadata from
//! the data, per-page PNG and SVG, batch rendering, safe writes, watch.

mod common;

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::*;

/// File names in a directory, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    v.sort();
    v
}

/// A valid one-page plan whose subject is `subject`.
fn plan(subject: &str) -> String {
    MINIMAL.replace("subject = \"về thử nghiệm\"", &format!("subject = \"{subject}\""))
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle.as_bytes())
}

/// The text between `start` and the next `end` in the PDF bytes (XMP and the
/// trailer are uncompressed in typst's output).
fn between(pdf: &[u8], start: &str, end: &str) -> Option<String> {
    let text = String::from_utf8_lossy(pdf);
    let from = text.find(start)? + start.len();
    let to = text[from..].find(end)? + from;
    Some(text[from..to].to_owned())
}

const SEED: &str = "nghia-thai-2024.toml";
const DRAFT: &str = "binh-phuoc-53-kh-tu.toml";

// ---- reproducibility -------------------------------------------------------

#[test]
fn two_processes_give_byte_identical_pdfs() {
    let (one, two) = (scratch("repro-1"), scratch("repro-2"));
    let input = example(SEED);
    // Two separate processes, different working directories, time zones and locales.
    let a = kehoach_env(&["render", input.to_str().unwrap(), "-o", "a.pdf"], &one, &[("TZ", "UTC"), ("LANG", "C")]);
    let b = kehoach_env(&["render", input.to_str().unwrap(), "-o", "b.pdf"], &two, &[("TZ", "Asia/Ho_Chi_Minh"), ("LANG", "vi_VN.UTF-8")]);
    assert_eq!((a.status.code(), b.status.code()), (Some(0), Some(0)), "{}{}", stderr(&a), stderr(&b));
    let (a, b) = (fs::read(one.join("a.pdf")).unwrap(), fs::read(two.join("b.pdf")).unwrap());
    assert!(a == b, "two processes wrote different bytes");
    // The only date in the file is the document's own (2024-04-01), never the clock.
    assert_eq!(between(&a, "/CreationDate(", ")").as_deref(), Some("D:20240401000000Z"));
    assert_eq!(between(&a, "<xmp:CreateDate>", "<").as_deref(), Some("2024-04-01T00:00:00Z"));
    // The library gives the same bytes as the command line.
    let prepared = kehoach::prepare("x.toml", &fs::read_to_string(&input).unwrap()).unwrap();
    assert!(kehoach::render_pdf(&prepared, &Default::default()).unwrap() == a, "library and binary differ");
}

#[test]
fn the_identifier_is_stable_and_differs_between_documents() {
    let dir = scratch("ident");
    fs::write(dir.join("one.toml"), plan("về việc thứ nhất")).unwrap();
    fs::write(dir.join("two.toml"), plan("về việc thứ hai")).unwrap();
    let o = kehoach(&["render", "one.toml", "two.toml"], &dir);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let ident = |name: &str| {
        let pdf = fs::read(dir.join(name)).unwrap();
        between(&pdf, "/ID[(", ")").unwrap_or_else(|| panic!("{name} has no /ID"))
    };
    let (one, two) = (ident("one.pdf"), ident("two.pdf"));
    assert_ne!(one, two, "different documents get different identifiers");
    let o = kehoach(&["render", "one.toml"], &dir);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(ident("one.pdf"), one, "the identifier is stable");
}

#[test]
fn source_date_epoch_is_the_timestamp() {
    let dir = scratch("epoch");
    let input = example(SEED);
    let input = input.to_str().unwrap();
    let epoch = [("SOURCE_DATE_EPOCH", "1700000000")]; // 2023-11-14T22:13:20Z
    for out in ["e1.pdf", "e2.pdf"] {
        let o = kehoach_env(&["render", input, "-o", out], &dir, &epoch);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    }
    let o = kehoach(&["render", input, "-o", "plain.pdf"], &dir);
    assert_eq!(o.status.code(), Some(0));
    let (e1, e2, plain) = (fs::read(dir.join("e1.pdf")).unwrap(), fs::read(dir.join("e2.pdf")).unwrap(), fs::read(dir.join("plain.pdf")).unwrap());
    assert!(e1 == e2, "the same SOURCE_DATE_EPOCH gives the same bytes");
    assert!(e1 != plain, "SOURCE_DATE_EPOCH changes the file");
    assert_eq!(between(&e1, "/CreationDate(", ")").as_deref(), Some("D:20231114221320Z"));
    assert_eq!(between(&e1, "<xmp:CreateDate>", "<").as_deref(), Some("2023-11-14T22:13:20+00:00"));
    // Malformed: a usage error, nothing written.
    let o = kehoach_env(&["render", input, "-o", "bad.pdf"], &dir, &[("SOURCE_DATE_EPOCH", "yesterday")]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("SOURCE_DATE_EPOCH must be whole seconds"), "{}", stderr(&o));
    assert!(!dir.join("bad.pdf").exists());
}

// ---- PDF/A -----------------------------------------------------------------

#[test]
fn pdfa_carries_the_metadata_of_the_data() {
    let dir = scratch("pdfa");
    let o = kehoach(&["render", example(SEED).to_str().unwrap(), "--pdf-standard", "a-2b", "-o", "a.pdf"], &dir);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let pdf = fs::read(dir.join("a.pdf")).unwrap();
    let title = between(&pdf, "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">", "<").unwrap();
    assert!(title.contains("Phát động phong trào thi đua “Dân vận khéo” năm 2024"), "the subject is the title: {title}");
    assert_eq!(between(&pdf, "<dc:creator><rdf:Seq><rdf:li>", "<").as_deref(), Some("Đảng uỷ xã Nghĩa Thái"), "the issuer is the author");
    assert_eq!(between(&pdf, "<dc:language><rdf:Bag><rdf:li>", "<").as_deref(), Some("vi-VN"));
    assert_eq!(between(&pdf, "/Lang(", ")").as_deref(), Some("vi-VN"));
    assert_eq!(between(&pdf, "<xmp:CreateDate>", "<").as_deref(), Some("2024-04-01T00:00:00Z"));
    assert_eq!(between(&pdf, "<pdfaid:part>", "<").as_deref(), Some("2"));
    assert_eq!(between(&pdf, "<pdfaid:conformance>", "<").as_deref(), Some("B"));
    // The document information dictionary says the same (UTF-16BE strings).
    let utf16 = |s: &str| s.encode_utf16().map(|u| format!("{u:04X}")).collect::<String>();
    assert!(contains(&pdf, &format!("/Author<FEFF{}>", utf16("Đảng uỷ xã Nghĩa Thái"))), "Info /Author");
    assert!(contains(&pdf, &utf16("Dân vận khéo")), "Info /Title");
}

#[test]
fn every_pdf_standard_typst_supports_renders() {
    let dir = scratch("standards");
    let input = example(SEED);
    let cases = [
        ("a-1b", "<pdfaid:part>1<"),
        ("a-2u", "<pdfaid:conformance>U<"),
        ("a-2a", "<pdfaid:conformance>A<"),
        ("a-3b", "<pdfaid:part>3<"),
        ("a-4", "<pdfaid:part>4<"),
        ("ua-1", "<pdfuaid:part>1<"),
        ("1.7", "%PDF-1.7"),
        ("2.0", "%PDF-2.0"),
    ];
    for (standard, mark) in cases {
        let out = format!("{standard}.pdf");
        let o = kehoach(&["render", input.to_str().unwrap(), "--pdf-standard", standard, "-o", &out], &dir);
        assert_eq!(o.status.code(), Some(0), "{standard}: {}", stderr(&o));
        assert!(contains(&fs::read(dir.join(&out)).unwrap(), mark), "{standard}: no {mark}");
    }
    let o = kehoach(&["render", input.to_str().unwrap(), "--pdf-standard", "a-9z"], &dir);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unknown PDF standard `a-9z`"), "{}", stderr(&o));
}

#[test]
fn pdfa_of_an_undated_draft_asks_for_a_date() {
    let dir = scratch("pdfa-draft");
    let input = example(DRAFT); // date = "2021": a draft without month and day
    let input = input.to_str().unwrap();
    fs::write(dir.join("draft.pdf"), b"old").unwrap();
    let o = kehoach(&["render", input, "--pdf-standard", "a-2b", "-o", "draft.pdf"], &dir);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("missing document date"), "{err}");
    assert!(err.contains("= field: date"), "{err}");
    assert!(err.contains("SOURCE_DATE_EPOCH"), "{err}");
    assert_eq!(fs::read(dir.join("draft.pdf")).unwrap(), b"old", "the old file is kept");
    // With SOURCE_DATE_EPOCH the draft has a date to record.
    let o = kehoach_env(&["render", input, "--pdf-standard", "a-2b", "-o", "draft.pdf"], &dir, &[("SOURCE_DATE_EPOCH", "1609459200")]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let pdf = fs::read(dir.join("draft.pdf")).unwrap();
    assert_eq!(between(&pdf, "<xmp:CreateDate>", "<").as_deref(), Some("2021-01-01T00:00:00+00:00"));
    assert_eq!(between(&pdf, "<pdfaid:part>", "<").as_deref(), Some("2"));
}

#[test]
fn pdfa_refuses_a_character_no_font_has() {
    let dir = scratch("pdfa-glyph");
    // 中 (CJK) and 🙂 (emoji) are in no embedded font.
    for (ch, name) in [('中', "cjk"), ('🙂', "emoji")] {
        fs::write(dir.join(format!("{name}.toml")), plan(&format!("về chữ {ch} trong trích yếu"))).unwrap();
        let out = format!("{name}.pdf");
        let o = kehoach(&["render", &format!("{name}.toml"), "--pdf-standard", "a-2b", "-o", &out], &dir);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(1), "{err}");
        assert!(err.contains(ch), "the message names the character: {err}");
        assert!(err.contains("= field: subject"), "and its field: {err}");
        assert!(!err.contains("internal error") && !err.contains("panicked"), "{err}");
        assert!(!dir.join(&out).exists(), "nothing written");
    }
}

// ---- formats ---------------------------------------------------------------

/// Width and height of a PNG, from its IHDR chunk.
fn png_size(png: &[u8]) -> (u32, u32) {
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    let be = |b: &[u8]| u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
    (be(&png[16..20]), be(&png[20..24]))
}

#[test]
fn png_and_svg_give_one_file_per_page() {
    let dir = scratch("pages");
    let input = example(SEED);
    let pages = layout_of_file(&input).pages.len();
    assert!(pages > 1, "the seed plan has several pages");
    let expected = |ext: &str| (1..=pages).map(|i| format!("out-{i}.{ext}")).collect::<Vec<_>>();
    for ppi in ["36", "72"] {
        let o = kehoach(&["render", input.to_str().unwrap(), "--format", "png", "--ppi", ppi, "-o", "out.png"], &dir);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        assert_eq!(names(&dir), expected("png"));
        // A4 is 595.3 × 841.9 pt: at 72 ppi that many pixels, at 36 half.
        let (w, h) = png_size(&fs::read(dir.join("out-1.png")).unwrap());
        let scale: f64 = ppi.parse::<f64>().unwrap() / 72.0;
        assert!((f64::from(w) - 595.3 * scale).abs() <= 1.0 && (f64::from(h) - 841.9 * scale).abs() <= 1.0, "{ppi} ppi: {w}×{h}");
    }
    let dir = scratch("pages-svg");
    let o = kehoach(&["render", input.to_str().unwrap(), "--format", "svg", "-o", "out.svg"], &dir);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(names(&dir), expected("svg"));
    for name in expected("svg") {
        let svg = fs::read_to_string(dir.join(&name)).unwrap();
        assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"), "{name}");
    }
    // Without -o, next to the input: plan-1.svg …
    let input = dir.join("plan.toml");
    fs::copy(example(SEED), &input).unwrap();
    let o = kehoach(&["render", "plan.toml", "--format", "svg"], &dir);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(dir.join("plan-1.svg").exists() && dir.join(format!("plan-{pages}.svg")).exists());
}

// ---- batch -----------------------------------------------------------------

#[test]
fn batch_names_the_bad_file_and_renders_the_rest() {
    let dir = scratch("batch");
    fs::write(dir.join("a.toml"), plan("về việc A")).unwrap();
    fs::write(dir.join("bad.toml"), "kind = \"ke-hoach\"\nnumber = 15\nplace = \"Nghĩa Thái\n").unwrap();
    fs::write(dir.join("c.toml"), plan("về việc C")).unwrap();
    let o = kehoach(&["render", "a.toml", "bad.toml", "c.toml", "-o", "out"], &dir);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "the worst exit code: {err}");
    assert!(err.contains("bad.toml:3:"), "the error is located: {err}");
    assert!(err.contains("failed: bad.toml"), "the bad file is named: {err}");
    assert!(err.contains("rendered 2 of 3 documents, 1 failed ("), "summary: {err}");
    assert!(err.contains("wrote out/a.pdf") && err.contains("wrote out/c.pdf"), "plain lines when not on a terminal: {err}");
    assert!(!err.contains('\r'), "no progress bar when not on a terminal");
    assert_eq!(names(&dir.join("out")), ["a.pdf", "c.pdf"], "the output directory is created; no temporary files");
    for name in ["a.pdf", "c.pdf"] {
        assert!(fs::read(dir.join("out").join(name)).unwrap().starts_with(b"%PDF-"));
    }
    // Several inputs and an -o that is a file: an I/O error, nothing rendered.
    fs::write(dir.join("file.pdf"), b"x").unwrap();
    let o = kehoach(&["render", "a.toml", "c.toml", "-o", "file.pdf"], &dir);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("cannot create the output directory file.pdf"), "{}", stderr(&o));
}

#[test]
fn a_directory_stands_for_its_toml_files() {
    let dir = scratch("dir");
    let plans = dir.join("plans");
    fs::create_dir_all(plans.join("old")).unwrap();
    for name in ["b", "a", "c"] {
        fs::write(plans.join(format!("{name}.toml")), plan(&format!("về việc {name}"))).unwrap();
    }
    fs::write(plans.join("notes.txt"), "not a plan").unwrap();
    fs::write(plans.join("old/z.toml"), plan("về việc cũ")).unwrap();
    let o = kehoach(&["render", "plans", "-o", "pdf", "-j", "2"], &dir);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert_eq!(names(&dir.join("pdf")), ["a.pdf", "b.pdf", "c.pdf"], "not recursive: old/z.toml is not rendered");
    assert!(err.contains("rendered 3 of 3 documents ("), "{err}");
    assert!(err.contains("[3/3] wrote"), "{err}");
    // Without -o, every PDF lands next to its input.
    let o = kehoach(&["render", "plans"], &dir);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(plans.join("a.pdf").exists() && !plans.join("old/z.pdf").exists());
    // Two inputs with one name would overwrite each other: refused before rendering.
    fs::create_dir_all(dir.join("other")).unwrap();
    fs::write(dir.join("other/a.toml"), plan("về việc khác")).unwrap();
    let o = kehoach(&["render", "plans/a.toml", "other/a.toml", "-o", "clash"], &dir);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("would both be written to"), "{}", stderr(&o));
    // A directory without plans is a usage error.
    fs::create_dir_all(dir.join("empty")).unwrap();
    let o = kehoach(&["render", "empty"], &dir);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no .toml files in directory empty"), "{}", stderr(&o));
}

#[test]
fn parallel_batch_matches_one_at_a_time() {
    let dir = scratch("parallel");
    let plans = dir.join("plans");
    fs::create_dir_all(&plans).unwrap();
    let n = 24;
    for i in 0..n {
        fs::write(plans.join(format!("p{i:02}.toml")), plan(&format!("về việc số {i}"))).unwrap();
    }
    let o = kehoach(&["render", "plans", "-o", "many", "-j", "4"], &dir);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains(&format!("rendered {n} of {n} documents (")), "{}", stderr(&o));
    let o = kehoach(&["render", "plans", "-o", "one", "-j", "1"], &dir);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(names(&dir.join("many")).len(), n);
    for name in names(&dir.join("one")) {
        assert!(fs::read(dir.join("many").join(&name)).unwrap() == fs::read(dir.join("one").join(&name)).unwrap(), "{name} differs");
    }
}

#[test]
fn library_batch_reports_each_document_through_the_callback() {
    use kehoach::batch::{render_all, Options, Task};
    let dir = scratch("lib-batch");
    fs::write(dir.join("good.toml"), plan("về việc tốt")).unwrap();
    fs::write(dir.join("bad.toml"), plan("về việc xấu").replace("authority = \"T/M\"", "authority = \"TM.\"")).unwrap();
    let tasks: Vec<Task> = ["good", "bad", "missing"]
        .iter()
        .map(|n| Task { input: dir.join(format!("{n}.toml")), target: dir.join(format!("{n}.pdf")) })
        .collect();
    let mut calls = Vec::new();
    let outcomes = render_all(tasks, &Options::default(), 2, |p| calls.push((p.done, p.total, p.outcome.task.input.clone())));
    assert_eq!(outcomes.iter().map(|o| o.exit_code()).collect::<Vec<_>>(), [0, 1, 2], "in task order");
    assert_eq!(calls.iter().map(|c| c.0).collect::<Vec<_>>(), [1, 2, 3]);
    assert!(calls.iter().all(|c| c.1 == 3));
    assert_eq!(names(&dir), ["bad.toml", "good.pdf", "good.toml"]);
}

// ---- safe writes -----------------------------------------------------------

#[test]
fn a_failed_render_keeps_the_old_output_and_leaves_no_temporary_file() {
    let dir = scratch("safe");
    fs::write(dir.join("plan.toml"), plan("về việc an toàn")).unwrap();
    let o = kehoach(&["render", "plan.toml"], &dir);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let good = fs::read(dir.join("plan.pdf")).unwrap();
    // Invalid data (exit 1), and a validation error (exit 1): the PDF stays.
    for broken in [String::from("kind = \"ke-hoach\"\nplace = \"x"), plan("").replace("T/M", "TM.")] {
        fs::write(dir.join("plan.toml"), broken).unwrap();
        let o = kehoach(&["render", "plan.toml"], &dir);
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        assert!(fs::read(dir.join("plan.pdf")).unwrap() == good, "the old PDF is untouched");
    }
    // PNG pages too.
    fs::write(dir.join("plan-1.png"), b"old page").unwrap();
    let o = kehoach(&["render", "plan.toml", "--format", "png"], &dir);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(fs::read(dir.join("plan-1.png")).unwrap(), b"old page");
    assert_eq!(names(&dir), ["plan-1.png", "plan.pdf", "plan.toml"], "no temporary files");
    // A write that fails (the target is a directory): exit 2, no temporary file.
    fs::write(dir.join("plan.toml"), plan("về việc an toàn")).unwrap();
    fs::create_dir_all(dir.join("out/plan.pdf")).unwrap();
    let o = kehoach(&["render", "plan.toml", "-o", "out/"], &dir);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("cannot write out/plan.pdf"), "{}", stderr(&o));
    assert_eq!(names(&dir.join("out")), ["plan.pdf"]);
    assert!(dir.join("out/plan.pdf").is_dir());
}

// ---- watch -----------------------------------------------------------------

/// Waits (at most 20 s) until `ready` holds.
fn wait_until(what: &str, mut ready: impl FnMut() -> bool) {
    let start = Instant::now();
    while !ready() {
        assert!(start.elapsed() < Duration::from_secs(20), "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn watch_rerenders_on_change_and_survives_errors() {
    let dir = scratch("watch");
    let toml = dir.join("plan.toml");
    let pdf_path = dir.join("plan.pdf");
    fs::write(&toml, plan("về bản thứ nhất")).unwrap();
    /// The watching process, ended however the test ends (a failed
    /// assertion unwinds through `drop`).
    struct Watcher(std::process::Child);
    impl Drop for Watcher {
        fn drop(&mut self) {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
    let mut child = Watcher(
        Command::new(env!("CARGO_BIN_EXE_kehoach"))
            .args(["watch", "plan.toml"])
            .current_dir(&dir)
            .env_remove("SOURCE_DATE_EPOCH")
            .stderr(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .expect("start kehoach watch"),
    );
    let log = Arc::new(Mutex::new(String::new()));
    let mut pipe = child.0.stderr.take().unwrap();
    let sink = Arc::clone(&log);
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = pipe.read(&mut buf) {
            if n == 0 {
                break;
            }
            sink.lock().unwrap().push_str(&String::from_utf8_lossy(&buf[..n]));
        }
    });
    let log = move || log.lock().unwrap().clone();
    let pdf = || fs::read(&pdf_path).unwrap_or_default();

    wait_until("the first PDF", || log().contains("rendered ("));
    let first = pdf();
    assert!(first.starts_with(b"%PDF-"), "{}", log());

    // Saved with a new subject: rendered again.
    fs::write(&toml, plan("về bản thứ hai")).unwrap();
    wait_until("the PDF to change", || {
        let now = pdf();
        !now.is_empty() && now != first
    });
    let second = pdf();
    let utf16 = |s: &str| s.encode_utf16().map(|u| format!("{u:04X}")).collect::<String>();
    assert!(contains(&second, &utf16("về bản thứ hai")), "the new subject is in the new PDF");

    // Saved broken: the error is printed, the PDF stays, watching goes on.
    fs::write(&toml, "kind = \"ke-hoach\"\nplace = \"unclosed\n").unwrap();
    wait_until("the error", || log().contains("failed; nothing written, the last good output stays"));
    assert!(log().contains("plan.toml:2:"), "the error is located: {}", log());
    assert!(pdf() == second, "the last good PDF is kept");
    assert!(child.0.try_wait().unwrap().is_none(), "still watching after an error");

    // Fixed: rendered again.
    fs::write(&toml, plan("về bản thứ ba")).unwrap();
    wait_until("the fixed PDF", || contains(&pdf(), &utf16("về bản thứ ba")));
    assert!(child.0.try_wait().unwrap().is_none());
    drop(child);
    assert_eq!(names(&dir), ["plan.pdf", "plan.toml"], "no temporary files");
}

fn scratch(name: &str) -> PathBuf {
    scratch_in("outputs", name)
}

#[test]
fn a_shorter_document_leaves_no_page_files_of_the_longer_one() {
    let dir = scratch("stale-pages");
    // A long document (the Nghĩa Thái plan) and a one-page one, rendered to the same target.
    fs::copy(example("nghia-thai-2024.toml"), dir.join("long.toml")).unwrap();
    fs::write(dir.join("short.toml"), MINIMAL).unwrap();
    let o = kehoach(&["render", "long.toml", "--format", "svg", "-o", "out.svg"], &dir);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(dir.join("out-6.svg").exists());
    fs::write(dir.join("out-9.svg"), "not ours: not numbered on from the last page").unwrap();
    let o = kehoach(&["render", "short.toml", "--format", "svg", "-o", "out.svg"], &dir);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(dir.join("out-1.svg").exists());
    for page in 2..=6 {
        assert!(!dir.join(format!("out-{page}.svg")).exists(), "out-{page}.svg is left over");
    }
    assert!(dir.join("out-9.svg").exists(), "a file after a gap is not touched");
}
