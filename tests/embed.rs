//! The source inside the PDF: `--embed-source` and PDF/A-3 attach the TOML
//! source, the metadata and the render options; `kehoach extract` returns them
//! byte for byte; `kehoach verify doc.pdf` re-renders the embedded source and
//! fails a PDF changed after rendering — but not one a signer filled in.

mod common;

use std::fs;
use std::path::Path;
use std::process::Command;

use kehoach::pdf_file::{amend, get, set, Obj};

fn render(dir: &Path, example: &str, pdf: &str, extra: &[&str]) {
    let mut args = vec!["render", example, "-o"];
    let target = dir.join(pdf);
    args.push(target.to_str().unwrap());
    args.extend(extra);
    let out = common::kehoach(&args, &common::root().join("examples"));
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
}

fn verify(dir: &Path, pdf: &str) -> (Option<i32>, String) {
    let out = common::kehoach(&["verify", pdf], dir);
    (out.status.code(), String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn extract_returns_the_exact_source_and_the_metadata() {
    let dir = common::scratch_in("embed", "extract");
    render(&dir, "nghia-thai-2024.toml", "a3.pdf", &["--pdf-standard", "a-3b", "--metadata", dir.join("meta.json").to_str().unwrap()]);
    render(&dir, "cong-van-121-bdvtu.toml", "plain.pdf", &["--embed-source"]);
    let out = common::kehoach(&["extract", "a3.pdf", "-o", "x"], &dir);
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
    assert_eq!(fs::read(dir.join("x/nghia-thai-2024.toml")).unwrap(), fs::read(common::example("nghia-thai-2024.toml")).unwrap());
    assert_eq!(fs::read(dir.join("x/kehoach-metadata.json")).unwrap(), fs::read(dir.join("meta.json")).unwrap());
    let record: serde_json::Value = serde_json::from_slice(&fs::read(dir.join("x/kehoach-render.json")).unwrap()).unwrap();
    assert_eq!(record["pdf_standards"], serde_json::json!(["a-3b"]));
    assert_eq!(record["source"], "nghia-thai-2024.toml");

    let out = common::kehoach(&["extract", "plain.pdf", "-o", "y"], &dir);
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
    assert_eq!(fs::read(dir.join("y/cong-van-121-bdvtu.toml")).unwrap(), fs::read(common::example("cong-van-121-bdvtu.toml")).unwrap());

    // The PDF/A-3 is typst's PDF with an update: /AF, /AFRelationship, ModDate.
    let bytes = fs::read(dir.join("a3.pdf")).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    for part in ["/AFRelationship /Source", "/AFRelationship /Data", "/Subtype /application#2Ftoml", "/ModDate (D:20240401000000Z)", "/AF [", "/EmbeddedFiles <</Names [("] {
        assert!(text.contains(part), "{part}");
    }
    assert!(text.contains("pdfaid:part>3<") || text.contains("pdfaid:part=\"3\""), "still PDF/A-3");

    // Extracting again refuses to replace the files, unless --force.
    let out = common::kehoach(&["extract", "a3.pdf", "-o", "x"], &dir);
    assert_eq!((out.status.code(), common::stderr(&out)), (Some(2), format!("error: {} exists; use --force to replace it\n", Path::new("x").join("kehoach-metadata.json").display())));
    assert_eq!(common::kehoach(&["extract", "a3.pdf", "-o", "x", "--force"], &dir).status.code(), Some(0));
    // A PDF without attachments.
    render(&dir, "cong-van-121-bdvtu.toml", "bare.pdf", &[]);
    let out = common::kehoach(&["extract", "bare.pdf"], &dir);
    assert_eq!(out.status.code(), Some(1));
    assert!(common::stderr(&out).starts_with("error: bare.pdf has no embedded files"), "{}", common::stderr(&out));
}

#[test]
fn verify_of_a_pdf_passes_when_untouched_and_when_signed() {
    let dir = common::scratch_in("embed", "verify");
    render(&dir, "cong-van-121-bdvtu.toml", "cv.pdf", &["--pdf-standard", "a-3b", "--signature-fields"]);
    let (code, stdout) = verify(&dir, "cv.pdf");
    assert_eq!(code, Some(0), "{stdout}");
    assert!(stdout.starts_with("cv.pdf (embedded source cong-van-121-bdvtu.toml, profile dang-hd36-2018)\nPASS P-SRC-1 pages match the embedded source"), "{stdout}");
    assert!(stdout.contains("got identical to a fresh render of the embedded source\n"), "{stdout}");
    assert!(stdout.contains("PASS P-SIG-3"), "the form rules run on the embedded source too");

    // Signed by pyHanko: two revisions appended, still the same pages.
    let script = common::root().join("tests/sign/pyhanko_sign.py");
    let out = Command::new("python3").arg(&script).args([dir.join("cv.pdf"), dir.join("signed.pdf")]).args(["nguoi-ky-1", "co-quan-1"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "pyHanko: {}", String::from_utf8_lossy(&out.stderr));
    let (code, stdout) = verify(&dir, "signed.pdf");
    assert_eq!(code, Some(0), "{stdout}");
    assert!(stdout.contains("2 later revision(s) only fill in signature fields"), "{stdout}");
}

#[test]
fn verify_fails_a_pdf_changed_after_rendering() {
    let dir = common::scratch_in("embed", "edited");
    render(&dir, "thong-bao-ket-qua-2023.toml", "tb.pdf", &["--embed-source"]);
    let original = fs::read(dir.join("tb.pdf")).unwrap();

    // 1. A byte of typst's PDF changed (the title in the information dictionary).
    let mut edited = original.clone();
    let at = edited.windows(11).position(|w| w == b"/Title<FEFF").expect("a title") + 11;
    edited[at] = if edited[at] == b'0' { b'1' } else { b'0' };
    fs::write(dir.join("edited.pdf"), &edited).unwrap();
    let (code, stdout) = verify(&dir, "edited.pdf");
    assert_eq!(code, Some(1), "{stdout}");
    assert!(stdout.contains(&format!("FAIL P-SRC-1 pages match the embedded source: expected the bytes of a fresh render of the embedded source, followed only by revisions that fill in signature fields, got the file differs from a fresh render of its embedded source from byte {at} on")), "{stdout}");

    // 2. A revision appended later that gives page 1 other content.
    let appended = amend(&original, |pdf, update, _catalog| {
        let page = pdf.pages()?[0];
        let mut dict = pdf.dict(page)?;
        let other = update.add_stream(Vec::new(), b"0 0 m 100 100 l S".to_vec());
        set(&mut dict, "Contents", other);
        update.replace(page, Obj::Dict(dict));
        Ok(())
    })
    .unwrap();
    fs::write(dir.join("appended.pdf"), &appended).unwrap();
    let (code, stdout) = verify(&dir, "appended.pdf");
    assert_eq!(code, Some(1), "{stdout}");
    assert!(stdout.contains("got a revision appended after rendering changes the /Contents of page 1"), "{stdout}");

    // 3. A revision that adds a drawing annotation (not a form field).
    let annotated = amend(&original, |pdf, update, _catalog| {
        let page = pdf.pages()?[0];
        let mut dict = pdf.dict(page)?;
        let ink = update.add(Obj::Dict(vec![("Type".into(), Obj::name("Annot")), ("Subtype".into(), Obj::name("Square")), ("Rect".into(), Obj::rect([0.0, 0.0, 10.0, 10.0]))]));
        let mut annots = pdf.array(get(&dict, "Annots"))?;
        annots.push(ink);
        set(&mut dict, "Annots", Obj::Array(annots));
        update.replace(page, Obj::Dict(dict));
        Ok(())
    })
    .unwrap();
    fs::write(dir.join("annotated.pdf"), &annotated).unwrap();
    let (code, stdout) = verify(&dir, "annotated.pdf");
    assert_eq!(code, Some(1), "{stdout}");
    assert!(stdout.contains("adds an annotation that is not a form field to page 1"), "{stdout}");

    // 4. Bytes appended after the last "%%EOF" (no revision at all); a line
    //    end alone changes nothing.
    let mut trailing = original.clone();
    trailing.extend_from_slice(b"x\n");
    fs::write(dir.join("trailing.pdf"), &trailing).unwrap();
    let (code, stdout) = verify(&dir, "trailing.pdf");
    assert_eq!(code, Some(1), "{stdout}");
    assert!(stdout.contains("byte(s) follow the end of the last revision (\"%%EOF\"): they belong to no revision"), "{stdout}");
    let mut newline = original.clone();
    newline.extend_from_slice(b"\r\n");
    fs::write(dir.join("newline.pdf"), &newline).unwrap();
    let (code, stdout) = verify(&dir, "newline.pdf");
    assert_eq!(code, Some(0), "{stdout}");
    assert!(stdout.contains("PASS P-SRC-1") && stdout.contains("got identical to a fresh render of the embedded source"), "{stdout}");

    // A PDF with no embedded source cannot be verified.
    render(&dir, "thong-bao-ket-qua-2023.toml", "bare.pdf", &[]);
    let out = common::kehoach(&["verify", "bare.pdf"], &dir);
    assert_eq!(out.status.code(), Some(1));
    assert!(common::stderr(&out).contains("the PDF has no embedded kehoach-render.json"), "{}", common::stderr(&out));
}

#[test]
fn embedding_is_reproducible_and_refused_under_pdfa_2() {
    let dir = common::scratch_in("embed", "repro");
    render(&dir, "huong-dan-08-bdvtu.toml", "one.pdf", &["--embed-source", "--signature-fields"]);
    render(&dir, "huong-dan-08-bdvtu.toml", "two.pdf", &["--embed-source", "--signature-fields"]);
    assert_eq!(fs::read(dir.join("one.pdf")).unwrap(), fs::read(dir.join("two.pdf")).unwrap());
    let out = common::kehoach(&["render", "huong-dan-08-bdvtu.toml", "-o", dir.join("x.pdf").to_str().unwrap(), "--embed-source", "--pdf-standard", "a-2b"], &common::root().join("examples"));
    assert_eq!(
        (out.status.code(), common::stderr(&out).as_str()),
        (Some(2), "error: --embed-source with --pdf-standard a-2b: PDF/A-1 and PDF/A-2 allow no attachments but PDF/A files; use a-3b\n")
    );
    assert!(!dir.join("x.pdf").exists());
}
