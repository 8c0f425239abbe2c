//! Typesetting: the template context → Typst source ([`template`]) →
//! laid-out pages, compiled in the sandboxed [`world`] → PDF, PNG or SVG.

use typst::diag::{Severity, SourceDiagnostic};
use typst::foundations::Smart;
use typst::{World, WorldExt};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};

pub mod template;
pub mod world;

use self::world::{DocWorld, TemplateDir};

/// Options of the PDF export.
#[derive(Clone, Debug, Default)]
pub struct PdfSettings {
    /// PDF/A or other standards to enforce ("a-2b", "1.7" …).
    pub standards: Vec<PdfStandard>,
    /// Creation time as a Unix timestamp (seconds); `None` writes no
    /// timestamp beyond the document's own date, so output is reproducible.
    pub timestamp: Option<i64>,
    /// Add empty signature fields (one per signer, one per seal) for signing tools.
    pub signature_fields: bool,
    /// Attach the TOML source, the metadata and the render options (always
    /// done under a PDF/A-3 standard; see [`crate::embed`]).
    pub embed_source: bool,
}

/// Parses a PDF standard name as typst spells it ("a-2b", "1.7", "ua-1").
pub fn parse_pdf_standard(name: &str) -> Result<PdfStandard, String> {
    serde_json::from_value(serde_json::Value::String(name.to_owned())).map_err(|_| {
        format!("unknown PDF standard `{name}`; use one of 1.4, 1.5, 1.6, 1.7, 2.0, a-1b, a-1a, a-2b, a-2u, a-2a, a-3b, a-3u, a-3a, a-4, a-4f, a-4e, ua-1")
    })
}

/// Compiles generated source into pages. Errors are rendered as text with the
/// line of the generated source; they mean a bug in a template, never bad data.
pub fn compile(source: String) -> Result<PagedDocument, String> {
    compile_with(source, None)
}

/// Compiles generated source with an optional user template directory
/// layered over the embedded templates (see [`TemplateDir`]).
pub fn compile_with(source: String, templates: Option<TemplateDir>) -> Result<PagedDocument, String> {
    compile_in(source, templates, None)
}

/// Compiles with optional template and plan directories (the plan's own
/// directory serves the signature and seal images; see [`world::PLAN_PREFIX`]).
pub fn compile_in(source: String, templates: Option<TemplateDir>, plan: Option<TemplateDir>) -> Result<PagedDocument, String> {
    let world = DocWorld::with_dirs(source, templates, plan);
    let result = typst::compile::<PagedDocument>(&world);
    result.output.map_err(|errors| describe(&world, &errors))
}

/// Renders typst diagnostics as "file:line:col: message" lines, `file` being
/// the virtual path of the Typst file (`main.typ` is the generated source).
fn describe(world: &DocWorld, diags: &[SourceDiagnostic]) -> String {
    diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| {
            let place = world
                .range(d.span)
                .and_then(|r| {
                    let src = world.source(d.span.id()?).ok()?;
                    let line = src.lines().byte_to_line(r.start)? + 1;
                    let col = src.lines().byte_to_column(r.start)? + 1;
                    Some(format!("{}:{line}:{col}: ", src.id().vpath().get_without_slash()))
                })
                .unwrap_or_default();
            // typst's own hints about `--root` are for its command line, not ours.
            let hints: String = d.hints.iter().filter(|h| !h.v.contains("--root")).map(|h| format!(" (hint: {})", h.v)).collect();
            let refused = if d.message.contains("escape the project root") { "access refused: " } else { "" };
            format!("{place}{refused}{}{hints}", d.message)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Exports pages as one PDF.
pub fn pdf(doc: &PagedDocument, settings: &PdfSettings) -> Result<Vec<u8>, String> {
    let standards = PdfStandards::new(&settings.standards).map_err(|e| e.message().to_string())?;
    let timestamp = match settings.timestamp {
        Some(secs) => Some(timestamp_from_unix(secs)?),
        None => None,
    };
    let options = PdfOptions {
        // The identifier is a hash of the title and author: stable from run to
        // run, and different for different documents.
        ident: Smart::Auto,
        creator: Smart::Custom(Some(format!("kehoach {}", env!("CARGO_PKG_VERSION")))),
        timestamp,
        standards,
        ..PdfOptions::default()
    };
    typst_pdf::pdf(doc, &options).map_err(|errors| {
        errors
            .iter()
            .map(|e| {
                let hints: String = e.hints.iter().map(|h| format!(" (hint: {})", h.v)).collect();
                format!("{}{hints}", e.message)
            })
            .collect::<Vec<_>>()
            .join("\n")
    })
}

fn timestamp_from_unix(secs: i64) -> Result<typst_pdf::Timestamp, String> {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    let dt = typst::foundations::Datetime::from_ymd_hms(
        y,
        m,
        d,
        (rem / 3600) as u8,
        ((rem % 3600) / 60) as u8,
        (rem % 60) as u8,
    )
    .ok_or_else(|| format!("timestamp {secs} is out of range"))?;
    Ok(typst_pdf::Timestamp::new_utc(dt))
}

/// Days since 1970-01-01 → (year, month, day) (Howard Hinnant's algorithm).
pub(crate) fn civil_from_days(z: i64) -> (i32, u8, u8) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    ((if m <= 2 { y + 1 } else { y }) as i32, m, d)
}

/// Renders each page as a PNG at the given resolution (pixels per inch).
pub fn png(doc: &PagedDocument, ppi: f32) -> Result<Vec<Vec<u8>>, String> {
    let options = typst_render::RenderOptions { pixel_per_pt: typst::utils::Scalar::new(f64::from(ppi) / 72.0), render_bleed: false };
    doc.pages()
        .iter()
        .map(|page| typst_render::render(page, &options).encode_png().map_err(|e| e.to_string()))
        .collect()
}

/// Renders each page as an SVG document.
pub fn svg(doc: &PagedDocument) -> Vec<String> {
    let options = typst_svg::SvgOptions { render_bleed: false, pretty: false };
    doc.pages().iter().map(|page| typst_svg::svg(page, &options)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_814), (2024, 4, 1));
    }

    #[test]
    fn standards_parse_by_name() {
        assert!(parse_pdf_standard("a-2b").is_ok());
        assert!(parse_pdf_standard("a-9z").unwrap_err().contains("a-2b"));
    }
}
