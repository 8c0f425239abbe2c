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
//! PDF/A-2b stays valid), as an incremental update (see [`super::pdf_file`]). A signing
//! tool — the Ban Cơ yếu token software, pyHanko, Adobe — then fills a field
//! by name; [`signature_map`] gives the same rectangles for tools that take
//! coordinates.

use serde::Serialize;

pub mod stamps;

pub use crate::verify::blocks::{seal_diameter, sign_space, SignSpace};
use crate::verify::blocks::{self, Who};
use crate::inspect::Layout;
use crate::verify::PT;
use crate::render::prepared::Prepared;
use super::pdf_file::{get, set, Dict, Obj, Pdf, Update};

/// What a field is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// The signer's personal digital signature (ô 7c).
    Signer,
    /// The issuing body's digital signature, shown as its seal (ô 8).
    Seal,
    /// Where the office stamps the number of a plan signed before it was
    /// numbered (in the map only, not a field; see [`stamps`]).
    Number,
    /// Where the office stamps the day of such a plan.
    Day,
    /// Under the signer's name: the signing body's appearance text (its name, the signing time).
    Appearance,
}

impl Role {
    /// Whether the place is a signature field in the PDF (the others are
    /// places for stamps, in the map).
    pub fn is_field(self) -> bool {
        matches!(self, Role::Signer | Role::Seal)
    }
}

/// A rectangle where a signature or a seal goes.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Place {
    /// The field's name: `nguoi-ky-1`, `co-quan-1`, …
    pub name: String,
    /// Whose mark goes here: the signer or the seal.
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
    pub(crate) fn new(name: String, role: Role, page: usize, mm: [f64; 4], page_height_mm: f64, label: String) -> Place {
        let pt = |v: f64| (v / PT * 100.0).round() / 100.0;
        let rect = [pt(mm[0]), pt(page_height_mm - mm[3]), pt(mm[2]), pt(page_height_mm - mm[1])];
        Place { name, role, page, mm, rect, label }
    }
}

/// The signature and seal rectangles of a laid-out document; `None` when it
/// has no signature block. One signer field per block (`nguoi-ky-1` the
/// lead, then the co-signers in order, then the confirmation); one seal
/// field per body that seals (`co-quan-N` over signature N): each signer's
/// block, but a confirmed signature takes none — the confirming body's seal
/// is on the confirmation (HD 05 7.1.4a).
pub fn places(prepared: &Prepared, layout: &Layout) -> Option<Vec<Place>> {
    let closing = blocks::locate(prepared, layout)?;
    closing.block(Who::Lead)?;
    let sp = &prepared.profile.signature;
    let doc = &prepared.document;
    let confirmed = closing.block(Who::Confirmation).is_some();
    let bodies = crate::vietnamese::names::joint_bodies(doc.issuer.name.as_str());
    let mut out = Vec::new();
    for (n, block) in closing.blocks.iter().enumerate() {
        let n = n + 1;
        let height = layout.pages.get(block.page - 1).map_or(prepared.profile.page.height_mm, |s| s.height);
        let half = sp.image_width_mm / 2.0;
        let centre = block.centre_x();
        let signature = [centre - half, block.sign_top, centre + half, block.sign_bottom];
        let label = match block.signer.name.trim() {
            "" => block.signer.position.clone(),
            name => name.to_owned(),
        };
        out.push(Place::new(format!("nguoi-ky-{n}"), Role::Signer, block.page, signature, height, label));
        let (seals, seal_of) = match block.who {
            Who::Lead => (!confirmed, bodies.first().cloned()),
            Who::CoSigner(i) => (true, bodies.get(i + 1).cloned()),
            Who::Confirmation => (true, doc.confirmation.as_ref().and_then(|c| c.body.as_ref()).map(|b| b.as_str().trim().to_owned())),
            // A copy is signed by hand under its stamp; the closing has no such block.
            Who::Copier => (false, None),
        };
        if !seals {
            continue;
        }
        let diameter = block.signer.seal_diameter_mm.unwrap_or(sp.seal_diameter_mm);
        let seal_right = signature[0] + sp.image_width_mm * sp.seal_overlap;
        let middle = (block.sign_top + block.sign_bottom) / 2.0;
        let seal = [seal_right - diameter, middle - diameter / 2.0, seal_right, middle + diameter / 2.0];
        let seal_label = seal_of.unwrap_or_else(|| doc.issuer.name.as_str().trim().to_owned());
        out.push(Place::new(format!("co-quan-{n}"), Role::Seal, block.page, seal, height, seal_label));
    }
    // A plan signed before it is numbered: the places of the office's stamps.
    if doc.status == Some(crate::model::Status::ReadyToSign) {
        out.extend(stamps::places(prepared, layout, &closing));
    }
    Some(out)
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
    let places: Vec<&Place> = places.iter().filter(|p| p.role.is_field()).collect();
    if places.is_empty() {
        return Ok(());
    }
    let pages = pdf.pages()?;
    let mut fields = Vec::new();
    let mut annots: std::collections::BTreeMap<u32, Vec<Obj>> = Default::default();
    for place in places {
        let page = *pages.get(place.page - 1).ok_or_else(|| crate::tr!("sign-no-page", page = place.page))?;
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
            _ => "Chữ ký số của cơ quan (dấu)",
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
        Some(f) => pdf.resolve(f)?.as_dict().cloned().ok_or_else(|| crate::tr!("pdf-catalog-key-not-dictionary", key = "/AcroForm"))?,
        None => Vec::new(),
    };
    let mut all = pdf.array(get(&form, "Fields"))?;
    all.extend(fields);
    set(&mut form, "Fields", Obj::Array(all));
    set(catalog, "AcroForm", Obj::Dict(form));
    Ok(())
}
