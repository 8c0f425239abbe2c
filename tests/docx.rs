//! DOCX output: the package and its parts (well-formed XML, the content types
//! Word requires, reproducible bytes), the form as Word expresses it, user
//! text as data, bad input and safe writes — and LibreOffice's layout of
//! every example against kehoach's own PDF (`soffice --headless`, with the
//! repository's fonts; positions read with poppler's `pdftotext -bbox`).

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::io::Read;
use std::path::Path;
use std::process::Command;

use common::*;

/// The parts of a .docx, by name.
fn unzip(bytes: &[u8]) -> BTreeMap<String, String> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip archive");
    let mut parts = BTreeMap::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let name = f.name().unwrap().into_owned();
        let mut text = String::new();
        f.read_to_string(&mut text).unwrap_or_else(|e| panic!("{name} is not UTF-8: {e}"));
        parts.insert(name, text);
    }
    parts
}

fn docx_of(path: &Path) -> Vec<u8> {
    let source = fs::read_to_string(path).unwrap();
    let prepared = kehoach::prepare(&path.display().to_string(), &source).unwrap();
    kehoach::render_docx(&prepared, None).unwrap()
}

fn docx_of_source(source: &str) -> BTreeMap<String, String> {
    let prepared = kehoach::prepare("plan.toml", source).unwrap_or_else(|e| panic!("{e}"));
    unzip(&kehoach::render_docx(&prepared, None).unwrap())
}

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// The text of every `w:t` of a part (and "-" for a `w:noBreakHyphen`),
/// paragraph by paragraph, the context's bound spaces read as plain ones.
fn paragraphs(xml: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(xml).unwrap();
    doc.descendants()
        .filter(|n| n.has_tag_name((W, "p")))
        .map(|p| {
            p.descendants()
                .filter_map(|n| if n.has_tag_name((W, "noBreakHyphen")) { Some("-") } else if n.has_tag_name((W, "t")) { n.text() } else { None })
                .collect::<String>()
                .replace('\u{a0}', " ")
                .replace('\u{2060}', "")
        })
        .filter(|t| !t.is_empty())
        .collect()
}

fn attr<'a>(node: roxmltree::Node<'a, '_>, name: &str) -> Option<&'a str> {
    node.attribute((W, name))
}

// ---- the package -------------------------------------------------------------

#[test]
fn every_example_is_a_package_word_opens() {
    for path in examples() {
        let parts = unzip(&docx_of(&path));
        let name = path.display();
        for (part, xml) in &parts {
            roxmltree::Document::parse(xml).unwrap_or_else(|e| panic!("{name}: {part} is not well-formed XML: {e}"));
        }
        // The content types Word requires, and every part they name is there.
        let types = roxmltree::Document::parse(&parts["[Content_Types].xml"]).unwrap();
        let overrides: BTreeMap<&str, &str> = types
            .descendants()
            .filter(|n| n.has_tag_name("Override"))
            .map(|n| (n.attribute("PartName").unwrap(), n.attribute("ContentType").unwrap()))
            .collect();
        assert_eq!(
            overrides.get("/word/document.xml").copied(),
            Some("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
            "{name}"
        );
        assert!(types.descendants().any(|n| n.attribute("Extension") == Some("rels")), "{name}: no rels content type");
        for part in overrides.keys() {
            assert!(parts.contains_key(part.trim_start_matches('/')), "{name}: {part} is declared but missing");
        }
        // Every relationship points at a part of the package.
        for (rels, base) in [("_rels/.rels", ""), ("word/_rels/document.xml.rels", "word/")] {
            let doc = roxmltree::Document::parse(&parts[rels]).unwrap();
            for target in doc.descendants().filter_map(|n| n.attribute("Target")) {
                assert!(parts.contains_key(&format!("{base}{target}")), "{name}: {rels} points at missing {target}");
            }
        }
        let bytes = docx_of(&path);
        let zip = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
        assert_eq!(zip.file_names().next().map(|n| n.unwrap().into_owned()).as_deref(), Some("[Content_Types].xml"), "{name}: the content types come first");
    }
}

#[test]
fn identical_input_gives_identical_bytes_in_two_processes() {
    let dir = scratch_in("docx", "repro");
    let input = example("nghia-thai-2024.toml");
    let input = input.to_str().unwrap();
    let a = kehoach_env(&["render", input, "--format", "docx", "-o", "a.docx"], &dir, &[("TZ", "UTC")]);
    let b = kehoach_env(&["render", input, "--format", "docx", "-o", "b.docx"], &dir, &[("TZ", "Asia/Ho_Chi_Minh")]);
    assert_eq!((a.status.code(), b.status.code()), (Some(0), Some(0)), "{}{}", stderr(&a), stderr(&b));
    let (a, b) = (fs::read(dir.join("a.docx")).unwrap(), fs::read(dir.join("b.docx")).unwrap());
    assert!(a == b, "two processes wrote different bytes");
    assert!(a == docx_of(&example("nghia-thai-2024.toml")), "library and binary differ");
    // Every entry is dated 1980-01-01 00:00, the zip epoch, never the clock.
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&a)).unwrap();
    for i in 0..zip.len() {
        let f = zip.by_index(i).unwrap();
        let t = f.last_modified().unwrap();
        assert_eq!((t.year(), t.month(), t.day(), t.hour(), t.minute()), (1980, 1, 1, 0, 0));
    }
    // The core properties: title, author = issuing body, the document's date.
    let core = &unzip(&a)["docProps/core.xml"];
    assert!(core.contains("<dc:title>Kế hoạch "), "{core}");
    assert!(core.contains("<dc:creator>Đảng ủy xã Nghĩa Thái</dc:creator>") || core.contains("<dc:creator>Đảng uỷ xã Nghĩa Thái</dc:creator>"), "{core}");
    assert!(core.contains(">2024-04-01T00:00:00Z</dcterms:created>"), "{core}");
    // SOURCE_DATE_EPOCH dates the properties instead.
    let c = kehoach_env(&["render", input, "--format", "docx", "-o", "c.docx"], &dir, &[("SOURCE_DATE_EPOCH", "1700000000")]);
    assert_eq!(c.status.code(), Some(0), "{}", stderr(&c));
    let core = &unzip(&fs::read(dir.join("c.docx")).unwrap())["docProps/core.xml"];
    assert!(core.contains(">2023-11-14T22:13:20Z</dcterms:created>"), "{core}");
}

// ---- LibreOffice's layout against kehoach's PDF ------------------------------

/// A word on a page: its text, left edge and baseline, in points from the top left.
#[derive(Clone, Debug)]
struct Word {
    text: String,
    x: f64,
    baseline: f64,
}

/// The words of every page in the order they are drawn (`pdftotext -raw
/// -bbox`). Writers give different font ascents and descents, so word boxes
/// differ in height; the baseline is the box's bottom less the descent,
/// which for Liberation Serif in both writers' font descriptors (typst's
/// ascent/descent, LibreOffice's font box) is 0.237 of the box.
fn pdf_words(pdf: &Path) -> Vec<Vec<Word>> {
    let out = Command::new("pdftotext").args(["-raw", "-bbox"]).arg(pdf).arg("-").output().expect("pdftotext (poppler-utils) is installed");
    assert!(out.status.success(), "pdftotext {}: {}", pdf.display(), String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let number = |s: &str, key: &str| -> f64 {
        let from = s.find(&format!("{key}=\"")).unwrap() + key.len() + 2;
        s[from..from + s[from..].find('"').unwrap()].parse().unwrap()
    };
    let unescape = |s: &str| s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    text.split("<page ")
        .skip(1)
        .map(|page| {
            page.split("<word ")
                .skip(1)
                .map(|w| {
                    let (y_min, y_max) = (number(w, "yMin"), number(w, "yMax"));
                    let body = &w[w.find('>').unwrap() + 1..w.find("</word>").unwrap()];
                    // The word joiners kehoach's PDF carries (vietnamese::breaks) are invisible.
                    Word { text: unescape(body).replace('\u{2060}', ""), x: number(w, "xMin"), baseline: y_max - 0.237 * (y_max - y_min) }
                })
                .collect()
        })
        .collect()
}

/// The first occurrence of a word on a page.
fn find<'a>(page: &'a [Word], text: &str) -> Option<&'a Word> {
    page.iter().find(|w| w.text == text)
}

fn first_word(s: &str) -> &str {
    s.split_whitespace().next().unwrap_or_default()
}

#[test]
fn libreoffice_lays_out_every_example_like_the_pdf() {
    let dir = scratch_in("docx", "libreoffice");
    let mut docx = Vec::new();
    let mut cases = Vec::new();
    for path in examples() {
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let source = fs::read_to_string(&path).unwrap();
        let prepared = kehoach::prepare(&path.display().to_string(), &source).unwrap();
        fs::write(dir.join(format!("{stem}.pdf")), kehoach::render_pdf(&prepared, &Default::default()).unwrap()).unwrap();
        let file = dir.join(format!("{stem}.docx"));
        fs::write(&file, kehoach::render_docx(&prepared, None).unwrap()).unwrap();
        docx.push(file);
        cases.push((stem, prepared));
    }
    // The HD 05 marks no example prints: the Nghĩa Thái plan with the
    // circulation scope, "không phổ biến" and the body's contact.
    let source = fs::read_to_string(example("nghia-thai-2026.toml"))
        .unwrap()
        .replacen("[issuer]\n", "[marks]\ncirculation = \"LƯU HÀNH NỘI BỘ\"\nno_broadcast = true\n\n[issuer]\ncontact = \"Địa chỉ: xã Nghĩa Thái, tỉnh Ninh Bình; điện thoại: 0228 3800 000\"\n", 1);
    let marked = kehoach::prepare("nghia-thai-2026-marks.toml", &source).unwrap();
    assert!(marked.context.header.marks.circulation.is_some() && marked.context.contact.is_some(), "the marks are in the variant");
    fs::write(dir.join("nghia-thai-2026-marks.pdf"), kehoach::render_pdf(&marked, &Default::default()).unwrap()).unwrap();
    fs::write(dir.join("nghia-thai-2026-marks.docx"), kehoach::render_docx(&marked, None).unwrap()).unwrap();
    docx.push(dir.join("nghia-thai-2026-marks.docx"));
    cases.push(("nghia-thai-2026-marks".to_owned(), marked));
    let lo_dir = libreoffice_pdfs(&dir, &docx);
    const MM: f64 = 25.4 / 72.0;
    let mut report = Vec::new();
    for (stem, prepared) in &cases {
        let ours = pdf_words(&dir.join(format!("{stem}.pdf")));
        let office = pdf_words(&lo_dir.join(format!("{stem}.pdf")));
        assert_eq!(office.len(), ours.len(), "{stem}: LibreOffice lays out {} pages, kehoach {}", office.len(), ours.len());
        // The same words in the same order, page by page (the page numbers,
        // above the top margin, aside).
        let top = prepared.profile.page.margin_top_mm / MM;
        // One deviation of LibreOffice's is known and accepted: it may leave an
        // article's heading ("Điều 4. …", kept with the next paragraph: the
        // Article style's keepNext, which Word honours) alone at the foot of a
        // page when the paragraph after it cannot start there; typst (and Word)
        // carry it over. The heading's words then open kehoach's next page.
        let mut carried: Vec<&str> = Vec::new();
        // The first page whose lines that deviation moved up by one (their
        // heights are not compared).
        let mut shifted_after: Option<usize> = None;
        for (i, (a, b)) in ours.iter().zip(&office).enumerate() {
            let a: Vec<&str> = a.iter().filter(|w| w.baseline > top).map(|w| w.text.as_str()).collect();
            let b_words: Vec<&Word> = b.iter().filter(|w| w.baseline > top).collect();
            let mut b: Vec<&str> = carried.drain(..).chain(b_words.iter().map(|w| w.text.as_str())).collect();
            if b.len() > a.len() && b.starts_with(&a) && b[a.len()] == "Điều" {
                let extra = b.split_off(a.len());
                let one_line = b_words.iter().rev().take(extra.len()).all(|w| w.baseline == b_words[b_words.len() - 1].baseline);
                let next: Vec<&str> = ours.get(i + 1).map(|p| p.iter().filter(|w| w.baseline > top).map(|w| w.text.as_str()).take(extra.len()).collect()).unwrap_or_default();
                assert!(one_line && next == extra, "{stem} page {}: LibreOffice prints more than a kept heading: {extra:?}", i + 1);
                report.push(format!("{stem} p{}: LibreOffice leaves the kept heading {:?} at the page's foot", i + 1, extra.join(" ")));
                carried = extra;
                shifted_after.get_or_insert(i);
            }
            if a != b {
                let at = a.iter().zip(&b).position(|(x, y)| x != y).unwrap_or(a.len().min(b.len()));
                panic!("{stem} page {}: words differ at {at}: kehoach {:?}, LibreOffice {:?}", i + 1, &a[at.saturating_sub(3)..(at + 5).min(a.len())], &b[at.saturating_sub(3)..(at + 5).min(b.len())]);
            }
        }
        // The parts of the form at the same place within 2 mm: the header, the
        // title on page 1; the signature and the recipients on their page;
        // the first line of the last page.
        let ctx = &prepared.context;
        let closing_page = ours.iter().position(|p| find(p, first_word(ctx.closing_anchor())).is_some()).expect("the closing block is printed");
        let signature = ctx.signer.authority.as_deref().unwrap_or(&ctx.signer.position);
        let mut anchors: Vec<(usize, &str)> = vec![
            (0, first_word(&ctx.header.party_title)),
            (0, first_word(&ctx.header.issuer)),
            (0, first_word(&ctx.header.number)),
            (closing_page, first_word(ctx.closing_anchor())),
            (closing_page, first_word(signature)),
            (closing_page, first_word(&ctx.signer.name)),
        ];
        if let Some(t) = &ctx.type_name {
            anchors.push((0, first_word(t)));
        }
        // A political report's theme and presenting line, in the type name's place.
        if let Some(c) = &ctx.congress {
            anchors.push((0, first_word(&c.theme)));
            anchors.push((0, first_word(&c.presented)));
        }
        // HD 05's marks: the circulation scope top right of page 1, the
        // contact and "không phổ biến" at the foot of the closing page.
        if let Some(c) = &ctx.header.marks.circulation {
            anchors.push((0, first_word(c)));
        }
        if let Some(c) = &ctx.contact {
            anchors.push((closing_page, first_word(c)));
        }
        if let Some(n) = &ctx.header.marks.no_broadcast {
            anchors.push((closing_page, first_word(n)));
        }
        if let Some(t) = &ctx.recipients.typist {
            anchors.push((closing_page, first_word(t)));
        }
        let last = ours.len() - 1;
        let first_on_last = ours[last].iter().find(|w| w.baseline > top).map(|w| w.text.as_str()).unwrap();
        anchors.push((last, first_on_last));
        for (page, word) in anchors.into_iter().filter(|(_, w)| !w.is_empty()) {
            let a = find(&ours[page], word).unwrap_or_else(|| panic!("{stem}: `{word}` not on page {} of kehoach's PDF", page + 1));
            let b = find(&office[page], word).unwrap_or_else(|| panic!("{stem}: `{word}` not on page {} of LibreOffice's PDF", page + 1));
            let (dx, dy) = ((b.x - a.x) * MM, (b.baseline - a.baseline) * MM);
            report.push(format!("{stem} p{} {word}: dx {dx:+.2} mm, dy {dy:+.2} mm", page + 1));
            let dy_counts = shifted_after.is_none_or(|p| page <= p);
            assert!(std::env::var("DOCX_REPORT").is_ok() || dx.abs() <= 2.0 && (dy.abs() <= 2.0 || !dy_counts), "{stem}: `{word}` on page {} is {dx:+.2} mm, {dy:+.2} mm from kehoach's place", page + 1);
        }
    }
    eprintln!("{}", report.join("\n"));
}

// ---- the form as Word expresses it ------------------------------------------

#[test]
fn the_form_is_written_in_word_terms() {
    let parts = unzip(&docx_of(&example("nghia-thai-2024.toml")));
    let styles = &parts["word/styles.xml"];
    let document = &parts["word/document.xml"];
    // Times New Roman in all four slots, and no theme fonts anywhere.
    assert!(styles.contains(r#"<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/>"#));
    for (name, xml) in &parts {
        assert!(!xml.contains("Theme"), "{name} names a theme font");
    }
    let doc = roxmltree::Document::parse(document).unwrap();
    // A4 portrait with the profile's margins (twips), then the landscape appendix.
    let sections: Vec<_> = doc.descendants().filter(|n| n.has_tag_name((W, "sectPr"))).collect();
    assert_eq!(sections.len(), 2, "the plan and its appendix");
    let size = |s: roxmltree::Node| {
        let sz = s.children().find(|n| n.has_tag_name((W, "pgSz"))).unwrap();
        (attr(sz, "w").unwrap().to_owned(), attr(sz, "h").unwrap().to_owned(), attr(sz, "orient").map(str::to_owned))
    };
    assert_eq!(size(sections[0]), ("11906".into(), "16838".into(), None));
    assert_eq!(size(sections[1]), ("16838".into(), "11906".into(), Some("landscape".into())));
    let margins = sections[0].children().find(|n| n.has_tag_name((W, "pgMar"))).unwrap();
    assert_eq!(
        ["top", "bottom", "left", "right"].map(|k| attr(margins, k).unwrap().to_owned()),
        ["1134", "1134", "1701", "850"].map(String::from)
    );
    // A different (blank) first page; the page number in the header of the others.
    assert!(sections[0].children().any(|n| n.has_tag_name((W, "titlePg"))));
    assert!(parts["word/pagenumber.xml"].contains(" PAGE "));
    assert!(!parts["word/firstpage.xml"].contains("PAGE"));
    // The header: a borderless table with both w:tblW and w:gridCol, 80 mm + 85 mm.
    let header = doc.descendants().find(|n| n.has_tag_name((W, "tbl"))).unwrap();
    let tbl_w = header.descendants().find(|n| n.has_tag_name((W, "tblW"))).unwrap();
    assert_eq!(attr(tbl_w, "w"), Some("9354"));
    let cols: Vec<&str> = header.descendants().filter(|n| n.has_tag_name((W, "gridCol"))).filter_map(|n| attr(n, "w")).collect();
    assert_eq!(cols, ["4535", "4819"]);
    assert!(header.descendants().filter(|n| n.has_tag_name((W, "top")) && n.parent().unwrap().has_tag_name((W, "tblBorders"))).all(|n| attr(n, "val") == Some("nil")));
    // The rule under the Party title: as long as the title (72.7 mm in 15 pt bold), centred.
    let rule = doc.descendants().find(|n| n.has_tag_name((W, "pBdr"))).unwrap().parent().unwrap();
    let ind = rule.children().find(|n| n.has_tag_name((W, "ind"))).unwrap();
    let (left, right): (f64, f64) = (attr(ind, "left").unwrap().parse().unwrap(), attr(ind, "right").unwrap().parse().unwrap());
    assert_eq!(left, right);
    let length_mm = (4819.0 - left - right) * 25.4 / 1440.0;
    assert!((length_mm - 72.7).abs() < 0.3, "{length_mm}");
    // Body: exact 18 pt lines, 6 pt after, 10 mm first-line indent, justified.
    assert!(styles.contains(r#"<w:spacing w:before="0" w:after="120" w:line="360" w:lineRule="exact"/><w:ind w:firstLine="567"/><w:jc w:val="both"/>"#), "{styles}");
    // Named styles for the parts, and the parts use them.
    for style in ["Heading1", "Heading2", "BasisLine", "IssuingBody", "PartyTitle", "PlaceDate", "TypeName", "RecipientsLabel", "Recipient", "SignerAuthority", "SignerName", "AppendixLabel", "TableHeader"] {
        assert!(styles.contains(&format!("w:styleId=\"{style}\"")), "no style {style}");
    }
    for style in ["Heading1", "Heading2", "IssuingBody", "PartyTitle", "PlaceDate", "TypeName", "RecipientsLabel", "Recipient", "SignerAuthority", "SignerName", "AppendixLabel", "TableHeader"] {
        assert!(document.contains(&format!("<w:pStyle w:val=\"{style}\"/>")), "{style} unused");
    }
    // Tables repeat their header row; the closing block never splits.
    assert!(document.contains("<w:tblHeader/>"));
    assert!(document.contains("<w:cantSplit/>"));
    // The words of the PDF's header and closing, as printed.
    let texts = paragraphs(document);
    for line in ["ĐẢNG CỘNG SẢN VIỆT NAM", "Số 15-KH/ĐU", "Nghĩa Thái, ngày 01 tháng 4 năm 2024", "KẾ HOẠCH", "-----", "T/M ĐẢNG ỦY", "- Lưu VPĐU.", "Phụ lục 1"] {
        assert!(texts.iter().any(|t| t == line), "no paragraph {line:?} in {texts:?}");
    }
}

#[test]
fn user_text_is_data_in_the_docx() {
    let hostile = "a <w:t>]]></w:t> & b \"q\" 'a' #read(\"/etc/passwd\") [x] $1 \\ *";
    let source = MINIMAL.replace("subject = \"về thử nghiệm\"", &format!("subject = {}", toml_string(hostile)));
    let parts = docx_of_source(&source);
    for (name, xml) in &parts {
        roxmltree::Document::parse(xml).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
    assert!(paragraphs(&parts["word/document.xml"]).iter().any(|t| t == hostile), "the subject is not printed literally");
    let core = roxmltree::Document::parse(&parts["docProps/core.xml"]).unwrap();
    let title = core.descendants().find(|n| n.tag_name().name() == "title").unwrap().text().unwrap();
    assert_eq!(title, format!("Kế hoạch {hostile}"));
}

#[test]
fn bad_input_gets_the_pdfs_errors_and_no_docx_is_written() {
    let dir = scratch_in("docx", "bad");
    let bad = MINIMAL.replace("authority = \"T/M\"", "authority = \"TM.\"");
    fs::write(dir.join("bad.toml"), &bad).unwrap();
    fs::write(dir.join("bad.docx"), b"old").unwrap();
    let pdf = kehoach(&["render", "bad.toml"], &dir);
    let docx = kehoach(&["render", "bad.toml", "--format", "docx"], &dir);
    assert_eq!((pdf.status.code(), docx.status.code()), (Some(1), Some(1)));
    assert_eq!(stderr(&docx), stderr(&pdf), "the same located errors");
    assert!(stderr(&docx).contains("bad.toml:"), "{}", stderr(&docx));
    assert_eq!(fs::read(dir.join("bad.docx")).unwrap(), b"old", "a failed render leaves the old file alone");
    let mut names: Vec<String> = fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    names.sort();
    assert_eq!(names, ["bad.docx", "bad.toml"], "no temporary or partial file");
    // A batch renders every example to DOCX next to the PDFs' names.
    let out = dir.join("out");
    let batch = kehoach(&["render", root().join("examples").to_str().unwrap(), "--format", "docx", "-o", out.to_str().unwrap()], &dir);
    assert_eq!(batch.status.code(), Some(0), "{}", stderr(&batch));
    assert_eq!(fs::read_dir(&out).unwrap().count(), examples().len());
}

#[test]
fn a_template_directory_overrides_a_docx_template() {
    let dir = scratch_in("docx", "templates");
    fs::create_dir_all(dir.join("docx")).unwrap();
    fs::write(dir.join("docx/app.xml.j2"), "<?xml version=\"1.0\"?><Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Company>{{ doc.meta.author }} &amp; co</Company></Properties>").unwrap();
    let mut prepared = kehoach::prepare("plan.toml", MINIMAL).unwrap();
    prepared.templates = Some(kehoach::typeset::world::TemplateDir::open(&dir).unwrap());
    let parts = unzip(&kehoach::render_docx(&prepared, None).unwrap());
    assert!(parts["docProps/app.xml"].contains("<Company>Đảng ủy xã Nghĩa Thái &amp; co</Company>"), "{}", parts["docProps/app.xml"]);
    // A broken template is the directory's error (exit code 1), naming it.
    fs::write(dir.join("docx/app.xml.j2"), "{{ doc.nothing_here }}").unwrap();
    let e = kehoach::render_docx(&prepared, None).unwrap_err();
    assert_eq!(e.exit_code(), 1);
    assert!(e.to_string().contains("template directory"), "{e}");
}

#[test]
fn the_parts_of_the_newer_kinds_are_written_to_the_docx() {
    let of = |name: &str| {
        let parts = unzip(&docx_of(&common::example(name)));
        paragraphs(&parts["word/document.xml"])
    };
    // Nghị quyết: the author lines between the type name and the subject; the enacting sentence.
    let nq = of("nghi-quyet-dong-nai-2026.toml");
    let title = nq.iter().position(|p| p == "NGHỊ QUYẾT").expect("type name");
    assert_eq!(nq[title + 1], "HỘI NGHỊ LẦN THỨ BA");
    assert_eq!(nq[title + 2], "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA I)");
    let enacting = nq.iter().position(|p| p == "Ban Chấp hành Đảng bộ tỉnh quyết nghị:").expect("enacting sentence");
    assert!(nq[enacting + 1].starts_with("I-"), "{:?}", &nq[enacting + 1]);
    // Kết luận: "T/M BỘ CHÍNH TRỊ", then the name, no position paragraph.
    let kl = of("ket-luan-01-kl-tw-2021.toml");
    assert_eq!(kl[kl.iter().position(|p| p == "KẾT LUẬN").unwrap() + 1], "CỦA BỘ CHÍNH TRỊ");
    let authority = kl.iter().position(|p| p == "T/M BỘ CHÍNH TRỊ").expect("authority");
    assert_eq!(kl[authority + 1], "Võ Văn Thưởng");
    // Tờ trình: "Kính trình:" and its addressees, "- Như trên;" first in Nơi nhận.
    let tt = of("to-trinh-btgdv-dong-nai-2026.toml");
    let label = tt.iter().position(|p| p == "Kính trình:").expect("Kính trình label");
    assert_eq!(tt[label + 1], "- Thường trực Tỉnh ủy;");
    assert!(tt.iter().any(|p| p == "- Như trên;"));
    // A political report to a congress (HD 05 5.1.2): no "BÁO CÁO"; the theme, the
    // presenting line and "-----" in their own named styles.
    let parts = unzip(&docx_of(&common::example("bao-cao-chinh-tri-lam-dong-2025.toml")));
    let bc = paragraphs(&parts["word/document.xml"]);
    assert!(!bc.iter().any(|p| p == "BÁO CÁO"), "no type name");
    let theme = bc.iter().position(|p| p.starts_with("XÂY DỰNG ĐẢNG BỘ TỈNH LÂM ĐỒNG")).expect("the theme");
    assert!(bc[theme + 1].starts_with("(Báo cáo của Ban Chấp hành") && bc[theme + 1].ends_with(')'), "{:?}", &bc[theme + 1]);
    assert_eq!(bc[theme + 2], "-----");
    for style in ["CongressMotto", "CongressPresented"] {
        assert!(parts["word/document.xml"].contains(&format!("<w:pStyle w:val=\"{style}\"/>")), "{style} used");
        assert!(parts["word/styles.xml"].contains(&format!("w:styleId=\"{style}\"")), "{style} defined");
    }
}

/// `[layout.spelling] tone_marks` reaches the Word file through the context
/// alone (`context/spelling.rs` unifies every printed string, labels
/// included): no word of the other style is left in any part, though the
/// XML is not converted again.
#[test]
fn the_docx_is_in_the_tone_mark_style_of_its_profile() {
    use kehoach::vietnamese::tone_marks::{tone_styles, ToneStyle};
    let mut words = 0;
    for path in examples() {
        let source = fs::read_to_string(&path).unwrap();
        for (name, style) in [("old", ToneStyle::Old), ("new", ToneStyle::New)] {
            let with_style = format!("{source}\n[layout.spelling]\ntone_marks = \"{name}\"\n");
            let prepared = kehoach::prepare(&path.display().to_string(), &with_style).unwrap_or_else(|e| panic!("{e}"));
            let parts = unzip(&kehoach::render_docx(&prepared, None).unwrap());
            for (part, xml) in &parts {
                let styles = tone_styles(xml);
                words += styles.len();
                let other: Vec<_> = styles.iter().filter(|(_, s)| *s != style).collect();
                assert!(other.is_empty(), "{} ({name}): {part} keeps the other style at {other:?}", path.display());
            }
        }
    }
    assert!(words > 0, "the examples have words of a tone-mark style");
}
