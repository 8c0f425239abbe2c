//! Ready for signing: where the signature and the seal go on the laid-out
//! page, empty signature fields there, and a map of them for signing tools.
//!
//! HD 05 7.2.2 puts the signer's image centred between the position and the
//! name, inside the space left to sign; 8.2.2–8.2.3 put the body's seal over
//! about the left third of that signature. [`places`] measures that space on
//! the laid-out pages (the last line of the position and the name line in the
//! signature column, as [`crate::verify`] finds them) and derives from it,
//! with the profile's `[signature]` sizes, one rectangle per signer
//! (`nguoi-ky-1`) and one per seal (`co-quan-1`).
//!
//! [`add_fields`] writes them into typst's PDF as unsigned signature fields
//! (AcroForm `/FT /Sig` widgets with an empty appearance stream, so that a
//! PDF/A-2b stays valid), as an incremental update (see [`crate::pdf_file`]). A signing
//! tool — the Ban Cơ yếu token software, pyHanko, Adobe — then fills a field
//! by name; [`signature_map`] gives the same rectangles for tools that take
//! coordinates.

use serde::Serialize;

use crate::inspect::{Layout, Line};
use crate::verify::measure::{bottom, find_seq, lines_of, squash, top};
use crate::verify::PT;
use crate::Prepared;
use crate::pdf_file::{get, set, Dict, Obj, Pdf, Update};

/// What a field is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// The signer's personal digital signature (ô 7c).
    Signer,
    /// The issuing body's digital signature, shown as its seal (ô 8).
    Seal,
}

/// The space between the position and the name of one signer, mm from the
/// page's top-left corner.
#[derive(Clone, Debug, PartialEq)]
pub struct SignSpace {
    /// 1-based page.
    pub page: usize,
    /// Centre of the signature column.
    pub centre_x: f64,
    /// Bottom of the position's last line box.
    pub top: f64,
    /// Top of the name's line box (or `sign_space_mm` below `top` when the
    /// name is left blank).
    pub bottom: f64,
}

/// A rectangle where a signature or a seal goes.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Place {
    /// The field's name: `nguoi-ky-1`, `co-quan-1`, …
    pub name: String,
    pub role: Role,
    /// 1-based page.
    pub page: usize,
    /// Left, top, right, bottom in mm from the page's top-left corner.
    #[serde(skip)]
    pub mm: [f64; 4],
    /// x1, y1, x2, y2 in pt, PDF user space: origin at the page's bottom-left
    /// corner, y upwards (what a PDF's /Rect holds).
    pub rect: [f64; 4],
    /// Who signs (the signer's name, or the body whose seal it is).
    pub label: String,
}

impl Place {
    fn new(name: String, role: Role, page: usize, mm: [f64; 4], page_height_mm: f64, label: String) -> Place {
        let pt = |v: f64| (v / PT * 100.0).round() / 100.0;
        let rect = [pt(mm[0]), pt(page_height_mm - mm[3]), pt(mm[2]), pt(page_height_mm - mm[1])];
        Place { name, role, page, mm, rect, label }
    }
}

/// Finds the signing space of the closing block: on the page of the "Nơi
/// nhận" label, in the signature column, under the position's last line (or
/// the authority's, when the signature has no position line).
pub fn sign_space(prepared: &Prepared, layout: &Layout) -> Option<SignSpace> {
    let p = &prepared.profile;
    let right = p.page.width_mm - p.page.margin_right_mm;
    let sig_left = right - p.signature.width_mm;
    let label_text = squash(prepared.context.closing_anchor());
    let label = lines_of(layout.texts.iter().filter(|r| r.center() < sig_left))
        .into_iter()
        .filter(|l| squash(&l.text()) == label_text)
        .last()?;
    let column: Vec<Line> =
        lines_of(layout.texts.iter().filter(|r| r.page == label.page && r.center() >= sig_left && r.y > top(&label.runs[0])));
    let signer = &prepared.context.signer;
    let from = match &signer.authority {
        Some(a) => find_seq(&column, 0, a)?.end,
        None => 0,
    };
    // The space starts under the position, or under the authority when no
    // position line is printed ("T/M BỘ CHÍNH TRỊ" / name, HD 05 7.1.4b).
    let above = if signer.position.trim().is_empty() { from } else { find_seq(&column, from, &signer.position)?.end };
    let last = column.get(above.checked_sub(1)?)?.runs.first()?;
    let space_top = bottom(last);
    let name = (!signer.name.trim().is_empty()).then(|| find_seq(&column, above, &signer.name)).flatten();
    let space_bottom = match name {
        Some(r) => top(column[r.start].runs.first()?),
        None => space_top + p.signature.sign_space_mm,
    };
    Some(SignSpace { page: label.page, centre_x: (sig_left + right) / 2.0, top: space_top, bottom: space_bottom })
}

/// The signature and seal rectangles of a laid-out document; `None` when it
/// has no signature block.
pub fn places(prepared: &Prepared, layout: &Layout) -> Option<Vec<Place>> {
    let space = sign_space(prepared, layout)?;
    let sp = &prepared.profile.signature;
    let height = layout.pages.get(space.page - 1).map_or(prepared.profile.page.height_mm, |s| s.height);
    let half = sp.image_width_mm / 2.0;
    let signature = [space.centre_x - half, space.top, space.centre_x + half, space.bottom];
    let diameter = seal_diameter(prepared);
    let seal_right = signature[0] + sp.image_width_mm * sp.seal_overlap;
    let middle = (space.top + space.bottom) / 2.0;
    let seal = [seal_right - diameter, middle - diameter / 2.0, seal_right, middle + diameter / 2.0];
    let doc = &prepared.document;
    let signer_label = match doc.signer.name.as_str().trim() {
        "" => prepared.context.signer.position.clone(),
        name => name.to_owned(),
    };
    Some(vec![
        Place::new("nguoi-ky-1".into(), Role::Signer, space.page, signature, height, signer_label),
        Place::new("co-quan-1".into(), Role::Seal, space.page, seal, height, doc.issuer.name.as_str().trim().to_owned()),
    ])
}

/// The seal's diameter, mm: the signer's own, else the profile's.
pub fn seal_diameter(prepared: &Prepared) -> f64 {
    prepared.context.signer.seal_diameter_mm.unwrap_or(prepared.profile.signature.seal_diameter_mm)
}

/// The signature map: every field with its page and rectangle, for signing
/// tools that take coordinates (JSON, ending in a newline).
pub fn signature_map(pdf_name: &str, places: &[Place], layout: &Layout) -> String {
    #[derive(Serialize)]
    struct Map<'a> {
        format: &'static str,
        document: &'a str,
        unit: &'static str,
        origin: &'static str,
        pages: Vec<[f64; 2]>,
        fields: &'a [Place],
    }
    let pages = layout.pages.iter().map(|s| [(s.width / PT * 100.0).round() / 100.0, (s.height / PT * 100.0).round() / 100.0]).collect();
    let map = Map {
        format: "kehoach-signature-map/1",
        document: pdf_name,
        unit: "pt (1/72 inch)",
        origin: "bottom-left corner of the page, y upwards (PDF user space); rect = [x1, y1, x2, y2]",
        pages,
        fields: places,
    };
    let mut s = serde_json::to_string_pretty(&map).unwrap_or_default();
    s.push('\n');
    s
}

/// Adds unsigned signature fields at `places` to an update of a PDF: each a
/// merged field and widget (`/FT /Sig`, printable, with an empty appearance
/// stream), listed in the catalog's `/AcroForm` and in its page's `/Annots`.
pub fn add_fields(pdf: &Pdf<'_>, update: &mut Update<'_>, catalog: &mut Dict, places: &[Place]) -> Result<(), String> {
    if places.is_empty() {
        return Ok(());
    }
    let pages = pdf.pages()?;
    let mut fields = Vec::new();
    let mut annots: std::collections::BTreeMap<u32, Vec<Obj>> = Default::default();
    for place in places {
        let page = *pages.get(place.page - 1).ok_or_else(|| format!("the document has no page {}", place.page))?;
        let [x1, y1, x2, y2] = place.rect;
        let appearance = update.add_stream(
            vec![
                ("Type".into(), Obj::name("XObject")),
                ("Subtype".into(), Obj::name("Form")),
                ("BBox".into(), Obj::rect([0.0, 0.0, x2 - x1, y2 - y1])),
                ("Resources".into(), Obj::Dict(Vec::new())),
            ],
            Vec::new(),
        );
        let what = match place.role {
            Role::Signer => "Chữ ký số của người ký",
            Role::Seal => "Chữ ký số của cơ quan (dấu)",
        };
        let field = update.add(Obj::Dict(vec![
            ("Type".into(), Obj::name("Annot")),
            ("Subtype".into(), Obj::name("Widget")),
            ("FT".into(), Obj::name("Sig")),
            ("T".into(), Obj::text(&place.name)),
            ("TU".into(), Obj::text(&format!("{what}: {}", place.label))),
            // Print (4) only: PDF/A forbids hidden, invisible and no-view widgets.
            ("F".into(), Obj::num(4)),
            ("Rect".into(), Obj::rect(place.rect)),
            ("P".into(), Obj::Ref(page, 0)),
            ("AP".into(), Obj::Dict(vec![("N".into(), appearance)])),
        ]));
        annots.entry(page).or_default().push(field.clone());
        fields.push(field);
    }
    for (page, new) in annots {
        let mut dict = pdf.dict(page)?;
        let mut list = pdf.array(get(&dict, "Annots"))?;
        list.extend(new);
        set(&mut dict, "Annots", Obj::Array(list));
        update.replace(page, Obj::Dict(dict));
    }
    let mut form = match get(catalog, "AcroForm") {
        Some(f) => pdf.resolve(f)?.as_dict().cloned().ok_or("the catalog's /AcroForm is not a dictionary")?,
        None => Vec::new(),
    };
    let mut all = pdf.array(get(&form, "Fields"))?;
    all.extend(fields);
    set(&mut form, "Fields", Obj::Array(all));
    set(catalog, "AcroForm", Obj::Dict(form));
    Ok(())
}
