//! The source inside the PDF: `--embed-source` (and every PDF/A-3 render)
//! attaches the TOML source, the document-system metadata and a record of the
//! render options to the PDF as embedded files (PDF/A-3 associated files,
//! ISO 19005-3 §6.8), in the same incremental update as the signature fields
//! (see [`super::pdf_file`]).
//!
//! [`extract`] reads them back, byte for byte (`kehoach extract doc.pdf`),
//! [`embedded`] finds the source and the recorded options, and
//! [`crate::render::check_pdf`] renders it again and [`compare`]s
//! (`kehoach verify doc.pdf`): the file must begin with exactly the
//! bytes of the fresh render, and whatever was appended later (a signing
//! tool's revisions) may only fill in signature fields — anything that
//! changes a page is reported.

use serde::{Deserialize, Serialize};

use super::pdf_file::{get, set, Dict, Obj, Pdf, Update};
use crate::render::prepared::Prepared;
use crate::typeset::PdfSettings;
use crate::Error;

/// Name of the embedded metadata (see [`super::metadata`]).
pub const METADATA_NAME: &str = "kehoach-metadata.json";
/// Name of the embedded record of the render options.
pub const RENDER_NAME: &str = "kehoach-render.json";

/// A file to embed.
#[derive(Clone, Debug, PartialEq)]
pub struct Attachment {
    /// File name inside the PDF ("plan.toml").
    pub name: String,
    /// MIME type ("application/toml").
    pub mime: &'static str,
    /// How it relates to the document (PDF/A-3 `/AFRelationship`): Source, Data, Supplement.
    pub relationship: &'static str,
    /// A one-line description shown by PDF readers.
    pub description: &'static str,
    /// The file's bytes.
    pub data: Vec<u8>,
}

/// What `kehoach verify doc.pdf` needs to render the source again exactly.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RenderRecord {
    /// The program that rendered it ("kehoach 0.1.0").
    pub generator: String,
    /// The name of the embedded source file.
    pub source: String,
    /// The PDF standards enforced ("a-3b").
    pub pdf_standards: Vec<String>,
    /// The timestamp given by SOURCE_DATE_EPOCH, if any.
    pub timestamp: Option<i64>,
    /// Whether signature fields were added.
    pub signature_fields: bool,
}

/// Whether the settings ask for the source to be embedded: `--embed-source`,
/// or any PDF/A-3 standard.
pub fn wanted(settings: &PdfSettings) -> bool {
    settings.embed_source || settings.standards.iter().any(|s| standard_name(s).starts_with("a-3"))
}

/// The name typst gives a standard ("a-2b").
pub fn standard_name(s: &typst_pdf::PdfStandard) -> String {
    serde_json::to_value(s).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

/// The files to embed for a rendered document.
pub fn attachments(prepared: &Prepared, settings: &PdfSettings, metadata_json: String) -> Vec<Attachment> {
    let source = source_name(&prepared.file);
    let record = RenderRecord {
        generator: format!("kehoach {}", env!("CARGO_PKG_VERSION")),
        source: source.clone(),
        pdf_standards: settings.standards.iter().map(standard_name).collect(),
        timestamp: settings.timestamp,
        signature_fields: settings.signature_fields,
    };
    vec![
        Attachment {
            name: source,
            mime: "application/toml",
            relationship: "Source",
            description: "The kehoach TOML source of this document",
            data: prepared.source.as_bytes().to_vec(),
        },
        Attachment {
            name: METADATA_NAME.into(),
            mime: "application/json",
            relationship: "Data",
            description: "Document-system metadata (Nghị định 30 Phụ lục VI, edXML fields)",
            data: metadata_json.into_bytes(),
        },
        Attachment {
            name: RENDER_NAME.into(),
            mime: "application/json",
            relationship: "Supplement",
            description: "The options kehoach rendered this document with",
            data: serde_json::to_string_pretty(&record).unwrap_or_default().into_bytes(),
        },
    ]
}

/// The embedded name of a source file: its base name, or "source.toml".
fn source_name(file: &str) -> String {
    std::path::Path::new(file)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .filter(|n| !n.is_empty() && n.ends_with(".toml"))
        .unwrap_or_else(|| "source.toml".into())
}

/// The PDF date of the embedded files: the explicit timestamp, else the
/// document's own date ("D:20240401000000Z"), else none.
pub fn mod_date(prepared: &Prepared, settings: &PdfSettings) -> Option<String> {
    match settings.timestamp {
        Some(secs) => {
            let t = time::OffsetDateTime::from_unix_timestamp(secs).ok()?;
            Some(format!("D:{:04}{:02}{:02}{:02}{:02}{:02}Z", t.year(), u8::from(t.month()), t.day(), t.hour(), t.minute(), t.second()))
        }
        None => prepared.context.meta.date.map(|(y, m, d)| format!("D:{y:04}{m:02}{d:02}000000Z")),
    }
}

/// Refuses attachments under a PDF/A standard that forbids them (PDF/A-1 and
/// PDF/A-2 allow only PDF/A files inside).
pub fn allowed(settings: &PdfSettings) -> Result<(), String> {
    match settings.standards.iter().map(standard_name).find(|s| s.starts_with("a-1") || s.starts_with("a-2")) {
        Some(s) => Err(crate::tr!("embed-standard-refuses", standard = s)),
        None => Ok(()),
    }
}

/// Adds the files to an update: embedded file streams (uncompressed), file
/// specifications with `/AFRelationship`, the catalog's `/AF` and its
/// `/Names /EmbeddedFiles` name tree. `mod_date` is a PDF date string
/// ("D:20240401000000Z"), required by PDF/A-3.
pub fn attach(pdf: &Pdf<'_>, update: &mut Update<'_>, catalog: &mut Dict, files: &[Attachment], mod_date: Option<&str>) -> Result<(), String> {
    if files.is_empty() {
        return Ok(());
    }
    let mut names: Vec<(String, Obj)> = Vec::new();
    let mut associated = pdf.array(get(catalog, "AF"))?;
    for file in files {
        let mut params = vec![("Size".to_owned(), Obj::num(file.data.len()))];
        if let Some(date) = mod_date {
            params.push(("ModDate".into(), Obj::Str(format!("({date})").into_bytes())));
        }
        let stream = update.add_stream(
            vec![
                ("Type".into(), Obj::name("EmbeddedFile")),
                ("Subtype".into(), Obj::name(&file.mime.replace('/', "#2F"))),
                ("Params".into(), Obj::Dict(params)),
            ],
            file.data.clone(),
        );
        let spec = update.add(Obj::Dict(vec![
            ("Type".into(), Obj::name("Filespec")),
            ("F".into(), Obj::text(&file.name)),
            ("UF".into(), Obj::text(&file.name)),
            ("Desc".into(), Obj::text(file.description)),
            ("AFRelationship".into(), Obj::name(file.relationship)),
            ("EF".into(), Obj::Dict(vec![("F".into(), stream.clone()), ("UF".into(), stream)])),
        ]));
        associated.push(spec.clone());
        names.push((file.name.clone(), spec));
    }
    let mut name_dict = match get(catalog, "Names") {
        Some(n) => pdf.resolve(n)?.as_dict().cloned().ok_or_else(|| crate::tr!("pdf-catalog-key-not-dictionary", key = "/Names"))?,
        None => Vec::new(),
    };
    if let Some(existing) = get(&name_dict, "EmbeddedFiles") {
        let tree = pdf.resolve(existing)?;
        let flat = pdf.array(tree.as_dict().and_then(|d| get(d, "Names")))?;
        for pair in flat.chunks(2) {
            if let [Obj::Str(raw), spec] = pair {
                names.push((decode_text(raw), spec.clone()));
            }
        }
    }
    // A name tree's keys are sorted.
    names.sort_by(|a, b| a.0.cmp(&b.0));
    let flat = names.into_iter().flat_map(|(name, spec)| [Obj::text(&name), spec]).collect();
    set(&mut name_dict, "EmbeddedFiles", Obj::Dict(vec![("Names".into(), Obj::Array(flat))]));
    set(catalog, "Names", Obj::Dict(name_dict));
    set(catalog, "AF", Obj::Array(associated));
    Ok(())
}

/// Decodes a PDF text string (raw, with its delimiters): UTF-16BE with a BOM,
/// or PDFDocEncoding (read as Latin-1, exact for ASCII).
pub fn decode_text(raw: &[u8]) -> String {
    // Inside the delimiters; nothing for a token too short to have both.
    let inner = raw.get(1..raw.len().saturating_sub(1)).unwrap_or_default();
    let bytes: Vec<u8> = if raw.first() == Some(&b'<') {
        let hex: Vec<u8> = inner.iter().copied().filter(u8::is_ascii_hexdigit).collect();
        hex.chunks(2)
            .map(|c| u8::from_str_radix(std::str::from_utf8(c).unwrap_or("0"), 16).unwrap_or(0) << if c.len() == 1 { 4 } else { 0 })
            .collect()
    } else {
        unescape_literal(inner)
    };
    if bytes.starts_with(&[0xFE, 0xFF]) {
        let units: Vec<u16> = bytes[2..].chunks(2).map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)])).collect();
        String::from_utf16_lossy(&units)
    } else {
        bytes.iter().map(|&b| b as char).collect()
    }
}

fn unescape_literal(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        if s[i] != b'\\' {
            out.push(s[i]);
            i += 1;
            continue;
        }
        i += 1;
        match s.get(i) {
            Some(b'n') => out.push(b'\n'),
            Some(b'r') => out.push(b'\r'),
            Some(b't') => out.push(b'\t'),
            Some(b'b') => out.push(8),
            Some(b'f') => out.push(12),
            Some(c @ b'0'..=b'7') => {
                let mut v = u32::from(c - b'0');
                let mut n = 1;
                while n < 3 && s.get(i + 1).is_some_and(|c| (b'0'..=b'7').contains(c)) {
                    i += 1;
                    n += 1;
                    v = v * 8 + u32::from(s[i] - b'0');
                }
                out.push(v as u8);
            }
            Some(b'\r') | Some(b'\n') => {}
            Some(c) => out.push(*c),
            None => {}
        }
        i += 1;
    }
    out
}

/// The embedded files of a PDF, by name, in name order, exact bytes.
pub fn extract(bytes: &[u8]) -> Result<Vec<(String, Vec<u8>)>, String> {
    let pdf = Pdf::parse(bytes)?;
    let catalog = pdf.dict(pdf.root()?)?;
    let Some(names) = get(&catalog, "Names") else { return Ok(Vec::new()) };
    let names = pdf.resolve(names)?;
    let Some(tree) = names.as_dict().and_then(|d| get(d, "EmbeddedFiles")) else { return Ok(Vec::new()) };
    let tree = pdf.resolve(tree)?;
    let flat = pdf.array(tree.as_dict().and_then(|d| get(d, "Names")))?;
    let mut out = Vec::new();
    for pair in flat.chunks(2) {
        let [Obj::Str(raw), spec] = pair else { continue };
        let spec = pdf.resolve(spec)?;
        let stream = spec
            .as_dict()
            .and_then(|d| get(d, "EF"))
            .map(|ef| pdf.resolve(ef))
            .transpose()?
            .and_then(|ef| ef.as_dict().and_then(|d| get(d, "F")).and_then(Obj::as_ref))
            .ok_or_else(|| crate::tr!("embed-file-without-stream"))?;
        if pdf.dict(stream).ok().is_some_and(|d| get(&d, "Filter").is_some()) {
            return Err(crate::tr!("embed-file-compressed", name = decode_text(raw)));
        }
        out.push((decode_text(raw), pdf.stream_data(stream)?.to_vec()));
    }
    Ok(out)
}

/// What a PDF embeds to be rendered again: its source and the options it
/// was rendered with.
#[derive(Clone, Debug)]
pub struct Embedded {
    /// The source's file name, placed beside the PDF (its signer's images are
    /// read next to the PDF, as they were next to the plan).
    pub file: String,
    /// The TOML source, exact.
    pub source: String,
    /// The recorded render options.
    pub settings: PdfSettings,
}

/// Reads the source embedded in a PDF and the options it was rendered with,
/// for [`crate::render::check_pdf`] to render it again.
pub fn embedded(file: &str, bytes: &[u8]) -> Result<Embedded, Error> {
    let invalid = |message: String, hint: String| Error::Invalid(vec![crate::diagnostic::Diagnostic::error(file, message).with_id("embedded-source").with_hint(hint)]);
    let files = extract(bytes).map_err(|e| invalid(e, crate::tr!("hint-embed-verify-embedded")))?;
    let find = |name: &str| files.iter().find(|(n, _)| n == name).map(|(_, d)| d.as_slice());
    let record: RenderRecord = find(RENDER_NAME)
        .and_then(|d| serde_json::from_slice(d).ok())
        .ok_or_else(|| invalid(crate::tr!("embed-no-record", name = RENDER_NAME), crate::tr!("hint-embed-render-embedded")))?;
    let source = find(&record.source)
        .and_then(|d| std::str::from_utf8(d).ok())
        .ok_or_else(|| invalid(crate::tr!("embed-no-source", name = record.source), crate::tr!("hint-embed-render")))?;
    // Images of the signer are read next to the PDF, as they were next to the plan.
    let source_name = std::path::Path::new(&record.source).file_name().unwrap_or_default();
    let beside = std::path::Path::new(file).with_file_name(source_name);
    let mut settings = PdfSettings { timestamp: record.timestamp, signature_fields: record.signature_fields, ..PdfSettings::default() };
    for name in &record.pdf_standards {
        settings.standards.push(crate::typeset::parse_pdf_standard(name).map_err(|e| invalid(e, crate::tr!("hint-embed-record-damaged")))?);
    }
    settings.embed_source = true;
    Ok(Embedded { file: beside.display().to_string(), source: source.to_owned(), settings })
}

/// Compares a fresh render with a file: the file must start with it, and
/// later revisions may only fill in signature fields and add form fields
/// inside the places of the signatures and the office's stamps (`places`).
/// Gives whether it matches, and what was found ("identical to a fresh render …").
pub fn compare(fresh: &[u8], file: &[u8], places: &[super::sign::Place]) -> (bool, String) {
    if !file.starts_with(fresh) {
        let at = fresh.iter().zip(file).position(|(a, b)| a != b).unwrap_or(fresh.len().min(file.len()));
        return (false, crate::tr!("embed-differs", at = at, total = fresh.len()));
    }
    if file.len() == fresh.len() {
        return (true, crate::tr!("embed-identical"));
    }
    // What follows the last revision's "%%EOF" may be line ends only: bytes
    // after it belong to no revision and are a change no signer made.
    let end = file.windows(5).rposition(|w| w == b"%%EOF").map_or(0, |i| i + 5);
    if file[end..].iter().any(|b| !b.is_ascii_whitespace()) {
        return (false, crate::tr!("embed-trailing-bytes", count = file.len() - end));
    }
    match later_changes(fresh, file, places) {
        Ok(0) => (true, crate::tr!("embed-identical")),
        Ok(revisions) => (true, crate::tr!("embed-identical-signed", revisions = revisions)),
        Err(why) => (false, crate::tr!("embed-revision", why = why)),
    }
}

/// Checks what the revisions appended after `fresh` redefine: the catalog,
/// the information dictionary, signature fields that stay where they are,
/// and pages whose content, resources and size stay the same and that gain
/// only widget annotations lying inside one of `places` (a signature, a seal,
/// or the number, day and appearance stamps of a plan signed before it was
/// numbered: [`crate::sign::stamps`]). An annotation's appearance is clipped
/// to its rectangle, so nothing it draws reaches outside the place.
/// Returns the number of later revisions.
fn later_changes(fresh: &[u8], file: &[u8], places: &[crate::sign::Place]) -> Result<usize, String> {
    let old = Pdf::parse(fresh).map_err(|e| crate::tr!("embed-cannot-be-read", why = e))?;
    let new = Pdf::parse(file).map_err(|e| crate::tr!("embed-cannot-be-read", why = e))?;
    let later = new.revisions - old.revisions;
    let root = old.root()?;
    // The information dictionary, the catalog and its XMP metadata (a signer
    // records its name and the time), and the empty appearances of the fields.
    let catalog = old.dict(root)?;
    let mut free: Vec<u32> = [get(&old.trailer, "Info"), get(&catalog, "Metadata")].into_iter().flatten().filter_map(Obj::as_ref).collect();
    free.push(root);
    let form = get(&catalog, "AcroForm").map(|f| old.resolve(f)).transpose()?;
    for field in old.array(form.as_ref().and_then(|f| f.as_dict()).and_then(|f| get(f, "Fields")))? {
        let ap = old.resolve(&field)?.as_dict().and_then(|f| get(f, "AP")).map(|ap| old.resolve(ap)).transpose()?;
        free.extend(ap.as_ref().and_then(|ap| ap.as_dict()).and_then(|ap| get(ap, "N")).and_then(Obj::as_ref));
    }
    let pages = old.pages()?;
    for id in new.changed_since(&old) {
        if free.contains(&id) {
            continue;
        }
        let before = old.object(id)?;
        let after = new.object(id)?;
        let Some(b) = before.as_dict() else { return Err(crate::tr!("embed-changes-object", id = id)) };
        let a = after.as_dict().ok_or_else(|| crate::tr!("embed-changes-object", id = id))?;
        let is_sig_field = get(b, "FT") == Some(&Obj::name("Sig"));
        if is_sig_field {
            if get(a, "Rect") != get(b, "Rect") {
                return Err(crate::tr!("embed-moves-field", id = id));
            }
            continue;
        }
        if !pages.contains(&id) {
            return Err(crate::tr!("embed-changes-other-object", id = id));
        }
        for key in ["Contents", "Resources", "MediaBox", "CropBox", "Rotate"] {
            if get(a, key) != get(b, key) {
                return Err(crate::tr!("embed-changes-page-key", key = key, page = pages.iter().position(|p| *p == id).map_or(0, |i| i + 1)));
            }
        }
        let old_annots = old.array(get(b, "Annots"))?;
        for annot in new.array(get(a, "Annots"))? {
            if old_annots.contains(&annot) {
                continue;
            }
            let dict = new.resolve(&annot)?;
            let page = pages.iter().position(|p| *p == id).map_or(0, |i| i + 1);
            if dict.as_dict().and_then(|d| get(d, "Subtype")) != Some(&Obj::name("Widget")) {
                return Err(crate::tr!("embed-adds-annotation", page = page));
            }
            let rect = dict.as_dict().and_then(|d| get(d, "Rect")).map(|r| new.resolve(r)).transpose()?.and_then(|r| numbers(&r));
            let inside = |p: &&crate::sign::Place| p.page == page && rect.is_some_and(|r| within(r, p.rect));
            if !places.iter().any(|p| inside(&p)) {
                return Err(crate::tr!("embed-adds-field-outside", page = page));
            }
        }
    }
    Ok(later)
}

/// The four numbers of a rectangle, normalised (x1 ≤ x2, y1 ≤ y2).
fn numbers(rect: &Obj) -> Option<[f64; 4]> {
    let Obj::Array(items) = rect else { return None };
    let v: Vec<f64> = items.iter().filter_map(|o| if let Obj::Num(n) = o { n.parse().ok() } else { None }).collect();
    let [x1, y1, x2, y2] = v.as_slice() else { return None };
    Some([x1.min(*x2), y1.min(*y2), x1.max(*x2), y1.max(*y2)])
}

/// Whether a rectangle lies inside a place (pt, half a point of slack for rounding).
fn within(r: [f64; 4], place: [f64; 4]) -> bool {
    const SLACK: f64 = 0.5;
    r[0] >= place[0] - SLACK && r[1] >= place[1] - SLACK && r[2] <= place[2] + SLACK && r[3] <= place[3] + SLACK
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_strings_decode() {
        assert_eq!(decode_text(b"(plan.toml)"), "plan.toml");
        assert_eq!(decode_text(b"(a\\(b\\)\\\\c\\101)"), "a(b)\\cA");
        assert_eq!(decode_text(b"<FEFF0110>"), "Đ");
        // A token without both delimiters is not a panic.
        for raw in [&b""[..], b"<", b"(", b")"] {
            assert_eq!(decode_text(raw), "");
        }
        let Obj::Str(raw) = Obj::text("kế-hoạch.toml") else { panic!() };
        assert_eq!(decode_text(&raw), "kế-hoạch.toml");
    }
}
