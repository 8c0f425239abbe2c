//! `--signature-fields` and `--signature-map`: empty signature fields where
//! HD 05 7.2.2 and 8.2.2–8.2.3 put the signature and the seal, measured on the
//! laid-out page; the PDF typst wrote kept byte for byte underneath; and the
//! proof that a standard signer fills the fields: pyHanko signs both with a
//! self-made certificate and validates the signatures, on a plain PDF and on
//! a PDF/A-2b (tests/sign/pyhanko_sign.py; `pip install pyhanko`).

mod common;

use std::fs;
use std::process::Command;

use kehoach::sign::Role;
use kehoach::PdfSettings;
use serde_json::Value;

const PT: f64 = 25.4 / 72.0;

fn settings(fields: bool, standard: Option<&str>) -> PdfSettings {
    PdfSettings {
        signature_fields: fields,
        standards: standard.map(|s| vec![kehoach::typeset::parse_pdf_standard(s).unwrap()]).unwrap_or_default(),
        ..PdfSettings::default()
    }
}

fn prepared(name: &str) -> kehoach::Prepared {
    let path = common::example(name);
    kehoach::prepare(path.to_str().unwrap(), &fs::read_to_string(&path).unwrap()).unwrap()
}

#[test]
fn the_fields_sit_between_position_and_name_and_the_seal_over_the_left_third() {
    for example in common::examples() {
        let name = example.file_name().unwrap().to_str().unwrap().to_owned();
        let prepared = prepared(&name);
        let out = kehoach::render_pdf_output(&prepared, &settings(true, None)).unwrap();
        let p = &prepared.profile;
        let [signer, seal] = &out.places[..] else { panic!("{name}: {:?}", out.places) };
        assert_eq!((signer.name.as_str(), signer.role), ("nguoi-ky-1", Role::Signer));
        assert_eq!((seal.name.as_str(), seal.role), ("co-quan-1", Role::Seal));
        // The position's last line and the name line, measured on the page
        // (the signature column only: recipients share baselines with it).
        let sig_left = p.page.width_mm - p.page.margin_right_mm - p.signature.width_mm;
        let column = kehoach::inspect::Layout {
            texts: out.layout.texts.iter().filter(|r| r.center() >= sig_left).cloned().collect(),
            ..Default::default()
        };
        let lines = column.lines();
        // The line above the space: the position's last, or the authority's
        // when no position line is printed (a Kết luận's "T/M BỘ CHÍNH TRỊ").
        let s = &prepared.context.signer;
        let above = if s.position.trim().is_empty() { s.authority.clone().unwrap() } else { s.position.clone() };
        let position = lines
            .iter()
            .filter(|l| l.page == signer.page && common::squash(&above).ends_with(&common::squash(&l.text())))
            .next_back()
            .unwrap_or_else(|| panic!("{name}: position line"));
        let [left, top, right, bottom] = signer.mm;
        let size = p.signature.size_pt * PT;
        common::assert_near(top, position.y + 0.2 * size, 0.01, &format!("{name}: field top = bottom of the position line"));
        match lines.iter().find(|l| l.page == signer.page && l.text().trim() == prepared.context.signer.name) {
            Some(name_line) => {
                common::assert_near(bottom, name_line.y - 0.8 * size, 0.01, &format!("{name}: field bottom = top of the name line"));
                common::assert_near((left + right) / 2.0, name_line.center(), 1.0, &format!("{name}: centred on the name"));
            }
            // A draft leaves the name blank: the profile's space to sign.
            None => {
                assert!(prepared.context.signer.name.is_empty(), "{name}: name line not found");
                common::assert_near(bottom - top, p.signature.sign_space_mm, 0.01, &format!("{name}: the space of a blank name"));
            }
        }
        assert!(bottom - top >= 20.0, "{name}: the space to sign is {} mm", bottom - top);
        let column_centre = p.page.width_mm - p.page.margin_right_mm - p.signature.width_mm / 2.0;
        common::assert_near((left + right) / 2.0, column_centre, 0.01, &format!("{name}: centred in the signature column"));
        common::assert_near(right - left, p.signature.image_width_mm, 0.01, "signature width");
        // The seal: its diameter, its right edge a third into the signature, centred on it vertically.
        let [sl, st, sr, sb] = seal.mm;
        common::assert_near(sr - sl, p.signature.seal_diameter_mm, 0.01, "seal width");
        common::assert_near(sb - st, p.signature.seal_diameter_mm, 0.01, "seal height");
        common::assert_near((sr - left) / (right - left), 1.0 / 3.0, 0.01, &format!("{name}: the seal covers a third of the signature"));
        common::assert_near((st + sb) / 2.0, (top + bottom) / 2.0, 0.01, "seal centred on the signature");
        // PDF user space: bottom-left origin, pt.
        let height = out.layout.pages[signer.page - 1].height;
        common::assert_near(signer.rect[0], left / PT, 0.01, "x1 in pt");
        common::assert_near(signer.rect[1], (height - bottom) / PT, 0.01, "y1 in pt, from the bottom");
        common::assert_near(signer.rect[3], (height - top) / PT, 0.01, "y2 in pt, from the bottom");
    }
}

#[test]
fn the_fields_are_an_incremental_update_of_the_same_pdf() {
    for standard in [None, Some("a-2b")] {
        let prepared = prepared("nghia-thai-2024.toml");
        let plain = kehoach::render_pdf(&prepared, &settings(false, standard)).unwrap();
        let signed = kehoach::render_pdf(&prepared, &settings(true, standard)).unwrap();
        assert!(signed.len() > plain.len() && signed.starts_with(&plain), "typst's bytes are kept, the fields appended");
        let update = String::from_utf8_lossy(&signed[plain.len()..]).into_owned();
        for part in [
            "/Type /Catalog",
            "/AcroForm <</Fields [",
            "/FT /Sig /T (nguoi-ky-1)",
            "/FT /Sig /T (co-quan-1)",
            "/F 4 /Rect [",
            "/AP <</N ",
            "/Subtype /Form /BBox [0 0 ",
            "/Length 0 >>\nstream\n\nendstream",
            "/Annots [",
            "/Prev ",
            "%%EOF\n",
        ] {
            assert!(update.contains(part), "{part:?} not in the update:\n{update}");
        }
        // PDF/A forbids NeedAppearances and hidden widgets; the ID stays.
        assert!(!update.contains("NeedAppearances") && !update.contains("/V "), "{update}");
        assert!(update.contains("/ID ["));
        // Identical input, identical bytes.
        assert_eq!(signed, kehoach::render_pdf(&prepared, &settings(true, standard)).unwrap());
    }
}

/// Runs tests/sign/pyhanko_sign.py: signs the fields, validates them.
fn pyhanko(pdf: &std::path::Path, signed: &std::path::Path) -> Value {
    let script = common::root().join("tests/sign/pyhanko_sign.py");
    let out = Command::new("python3")
        .arg(&script)
        .args([pdf.as_os_str(), signed.as_os_str()])
        .args(["nguoi-ky-1", "co-quan-1"])
        .output()
        .expect("python3 is needed for the pyHanko test");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("No module named"),
        "pyHanko is missing: `python3 -m pip install pyhanko` (.ci/run does)\n{stderr}"
    );
    assert_eq!(out.status.code(), Some(0), "pyHanko failed:\n{}\n{stderr}", String::from_utf8_lossy(&out.stdout));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn pyhanko_signs_both_fields_and_validates_them_plain_and_pdfa() {
    let dir = common::scratch_in("signing", "pyhanko");
    for (example, standard) in [("nghia-thai-2024.toml", None), ("cong-van-121-bdvtu.toml", Some("a-2b"))] {
        let pdf = dir.join(example.replace(".toml", ".pdf"));
        let map = dir.join(example.replace(".toml", ".map.json"));
        let mut args = vec!["render", example, "-o", pdf.to_str().unwrap(), "--signature-fields", "--signature-map", map.to_str().unwrap()];
        if let Some(s) = standard {
            args.extend(["--pdf-standard", s]);
        }
        let out = common::kehoach(&args, &common::root().join("examples"));
        assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
        let report = pyhanko(&pdf, &dir.join("signed.pdf"));
        let map: Value = serde_json::from_str(&fs::read_to_string(&map).unwrap()).unwrap();
        let fields = report["fields"].as_array().unwrap();
        assert_eq!(fields.len(), 2, "{report}");
        for (signed, mapped) in fields.iter().zip(map["fields"].as_array().unwrap()) {
            assert_eq!(signed["name"], mapped["name"]);
            assert_eq!(signed["rect"], mapped["rect"], "the signed field is where the map says");
            assert_eq!((&signed["intact"], &signed["valid"], &signed["trusted"]), (&Value::Bool(true), &Value::Bool(true), &Value::Bool(true)), "{report}");
        }
        // The second signature covers the whole file; the first its revision, with only form filling after it.
        assert_eq!(fields[1]["coverage"], "ENTIRE_FILE");
        assert_eq!(fields[0]["modification_level"], "FORM_FILLING", "{report}");
    }
}

#[test]
fn the_signature_map_states_page_rectangle_and_origin() {
    let dir = common::scratch_in("signing", "map");
    let out = common::kehoach(
        &["render", "thong-bao-ket-qua-2023.toml", "-o", dir.join("tb.pdf").to_str().unwrap(), "--signature-map", dir.join("tb.json").to_str().unwrap()],
        &common::root().join("examples"),
    );
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
    let map: Value = serde_json::from_str(&fs::read_to_string(dir.join("tb.json")).unwrap()).unwrap();
    assert_eq!(map["format"], "kehoach-signature-map/1");
    assert_eq!(map["document"], "tb.pdf");
    assert!(map["origin"].as_str().unwrap().starts_with("bottom-left corner of the page"));
    assert_eq!(map["pages"][0], serde_json::json!([595.28, 841.89]));
    let prepared = prepared("thong-bao-ket-qua-2023.toml");
    let places = kehoach::render_pdf_output(&prepared, &PdfSettings::default()).unwrap().places;
    for (field, place) in map["fields"].as_array().unwrap().iter().zip(&places) {
        assert_eq!(field["name"], place.name.as_str());
        assert_eq!(field["page"], place.page);
        assert_eq!(field["rect"], serde_json::json!(place.rect));
    }
    // Without --signature-fields the PDF has no form.
    let pdf = fs::read(dir.join("tb.pdf")).unwrap();
    assert!(!String::from_utf8_lossy(&pdf).contains("/AcroForm"));
}

#[test]
fn signature_options_need_a_pdf() {
    let dir = common::scratch_in("signing", "usage");
    let ex = common::example("nghia-thai-2024.toml");
    for extra in [vec!["--signature-fields"], vec!["--signature-map", "m.json"]] {
        let mut args = vec!["render", ex.to_str().unwrap(), "-o", "x.png", "--format", "png"];
        args.extend(extra);
        let out = common::kehoach(&args, &dir);
        assert_eq!(
            (out.status.code(), common::stderr(&out).as_str()),
            (Some(2), "error: --signature-fields and --signature-map need --format pdf\n")
        );
        assert_eq!(fs::read_dir(&dir).unwrap().count(), 0, "nothing written");
    }
    let out = common::kehoach(&["render", ex.to_str().unwrap(), "-o", "x.pdf", "--signature-fields", "--pdf-standard", "a-2a"], &dir);
    assert_eq!(
        (out.status.code(), common::stderr(&out).as_str()),
        (Some(2), "error: --signature-fields with --pdf-standard a-2a: a tagged standard needs every field in the structure tree, which kehoach does not write; use a-2b or a-3b\n")
    );
    assert_eq!(fs::read_dir(&dir).unwrap().count(), 0, "nothing written");
}

#[test]
fn the_images_sit_on_the_fields_and_verify_checks_them() {
    let prepared = prepared("thong-bao-ky-so-2026.toml");
    let out = kehoach::render_pdf_output(&prepared, &settings(true, None)).unwrap();
    let [signer, seal] = &out.places[..] else { panic!("{:?}", out.places) };
    let images: Vec<_> = out.layout.images.iter().filter(|i| i.page == signer.page).collect();
    assert_eq!(images.len(), 2, "{images:?}");
    let (signature, stamp) = (images[0], images[1]);
    // The signature fills the field's width, centred in it (its aspect keeps the height smaller).
    let [left, top, right, bottom] = signer.mm;
    common::assert_near(signature.x, left, 0.05, "signature left = field left");
    common::assert_near(signature.x + signature.width, right, 0.05, "signature right = field right");
    common::assert_near(signature.y + signature.height / 2.0, (top + bottom) / 2.0, 0.05, "signature centred between position and name");
    // The seal covers exactly the seal field: 36 mm, a third into the signature.
    for (got, want, what) in [
        (stamp.x, seal.mm[0], "seal left"),
        (stamp.y, seal.mm[1], "seal top"),
        (stamp.width, 36.0, "seal diameter"),
        (stamp.height, 36.0, "seal diameter"),
    ] {
        common::assert_near(got, want, 0.05, what);
    }
    let results = kehoach::verify::verify(&prepared, &out.layout);
    let rule = results.iter().find(|r| r.id == "P-SIG-4").expect("P-SIG-4 runs when there are images");
    assert!(rule.passed, "{rule}");
    assert!(rule.actual.contains("covering 33% of the signature on its left"), "{rule}");

    // A profile that moves the seal onto the middle of the signature fails P-SIG-4.
    let source = fs::read_to_string(common::example("thong-bao-ky-so-2026.toml")).unwrap();
    let moved = format!("{source}\n[layout.signature]\nseal_overlap = 0.7\n");
    let path = common::example("thong-bao-ky-so-2026.toml");
    let prepared = kehoach::prepare(path.to_str().unwrap(), &moved).unwrap();
    let results = kehoach::verify::verify_prepared(&prepared).unwrap();
    let rule = results.iter().find(|r| r.id == "P-SIG-4").unwrap();
    assert!(!rule.passed && rule.actual.starts_with("the seal does not cover about the left third of the signature"), "{rule}");
    // Documents without images have no P-SIG-4.
    let plain = kehoach::verify::verify_prepared(&prepared_plain()).unwrap();
    assert!(plain.iter().all(|r| r.id != "P-SIG-4"));
}

fn prepared_plain() -> kehoach::Prepared {
    prepared("nghia-thai-2024.toml")
}
