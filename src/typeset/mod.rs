//! Typesetting: the template context → Typst source (`template`) →
//! laid-out pages, compiled in the sandboxed [`world`] → PDF, PNG or SVG.

use typst::diag::{Severity, SourceDiagnostic};
use typst::foundations::Smart;
use typst::{World, WorldExt};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};

pub(crate) mod error;
pub mod fonts;
pub(crate) mod template;
pub mod world;

pub use self::error::{TemplateError, TypesetError, TypstError};
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
    /// done under a PDF/A-3 standard; see [`crate::document_system::embed`]).
    pub embed_source: bool,
}

/// Parses a PDF standard name as typst spells it ("a-2b", "1.7", "ua-1").
pub fn parse_pdf_standard(name: &str) -> Result<PdfStandard, String> {
    serde_json::from_value(serde_json::Value::String(name.to_owned())).map_err(|_| {
        crate::tr!("typeset-unknown-standard", name = name)
    })
}

/// Compiles generated source into pages. Errors name their place in the
/// generated source; they mean a bug in a template, never bad data.
pub fn compile(source: String) -> Result<PagedDocument, TypesetError> {
    compile_with(source, None)
}

/// Compiles generated source with an optional user template directory
/// layered over the embedded templates (see [`TemplateDir`]).
pub fn compile_with(source: String, templates: Option<TemplateDir>) -> Result<PagedDocument, TypesetError> {
    compile_in(source, templates, None, None)
}

/// Compiles with optional template and plan directories (the plan's own
/// directory serves the signature and seal images; see [`world::PLAN_PREFIX`]).
pub(crate) fn compile_in(
    source: String,
    templates: Option<TemplateDir>,
    plan: Option<TemplateDir>,
    fonts: Option<std::sync::Arc<fonts::FontDir>>,
) -> Result<PagedDocument, TypesetError> {
    let world = DocWorld::with_dirs(source, templates, plan).with_fonts(fonts);
    let result = typst::compile::<PagedDocument>(&world);
    result.output.map_err(|errors| TypesetError::Compile(located(&world, &errors)))
}

/// Typst's errors with their places.
fn located(world: &DocWorld, diags: &[SourceDiagnostic]) -> Vec<TypstError> {
    diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| {
            let place = world.range(d.span).and_then(|r| Some((world.source(d.span.id()?).ok()?, r)));
            // typst's own hints about `--root` are for its command line, not ours.
            let hints: String = d.hints.iter().filter(|h| !h.v.contains("--root")).map(|h| crate::tr!("typeset-hint", hint = h.v)).collect();
            let refused = if d.message.contains("escape the project root") { crate::tr!("typeset-refused-prefix") } else { String::new() };
            TypstError { message: format!("{refused}{}{hints}", d.message), place }
        })
        .collect()
}

/// Exports pages as one PDF.
pub fn pdf(doc: &PagedDocument, settings: &PdfSettings) -> Result<Vec<u8>, TypesetError> {
    let standards = PdfStandards::new(&settings.standards).map_err(|e| TypesetError::Export(e.message().to_string()))?;
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
        TypesetError::Export(
            errors
                .iter()
                .map(|e| {
                    let hints: String = e.hints.iter().map(|h| crate::tr!("typeset-hint", hint = h.v)).collect();
                    format!("{}{hints}", e.message)
                })
                .collect::<Vec<_>>()
                .join("\n"),
        )
    })
}

/// A Unix timestamp (seconds since 1970, `SOURCE_DATE_EPOCH`) as a UTC date
/// and time: the one conversion of the PDF's and the DOCX's timestamps.
pub(crate) fn utc(secs: i64) -> Result<time::OffsetDateTime, TypesetError> {
    time::OffsetDateTime::from_unix_timestamp(secs).map_err(|_| TypesetError::Export(format!("timestamp {secs} is out of range")))
}

fn timestamp_from_unix(secs: i64) -> Result<typst_pdf::Timestamp, TypesetError> {
    let out_of_range = || TypesetError::Export(format!("timestamp {secs} is out of range"));
    let t = utc(secs)?;
    let dt = typst::foundations::Datetime::from_ymd_hms(t.year(), t.month().into(), t.day(), t.hour(), t.minute(), t.second())
        .ok_or_else(out_of_range)?;
    Ok(typst_pdf::Timestamp::new_utc(dt))
}

/// Renders each page as a PNG at the given resolution (pixels per inch).
pub fn png(doc: &PagedDocument, ppi: f32) -> Result<Vec<Vec<u8>>, TypesetError> {
    doc.pages().iter().map(|page| png_page(page, ppi)).collect()
}

/// Renders one page as a PNG at the given resolution (pixels per inch).
pub fn png_page(page: &typst_layout::Page, ppi: f32) -> Result<Vec<u8>, TypesetError> {
    let options = typst_render::RenderOptions { pixel_per_pt: typst::utils::Scalar::new(f64::from(ppi) / 72.0), render_bleed: false };
    typst_render::render(page, &options).encode_png().map_err(|e| TypesetError::Export(e.to_string()))
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
    fn unix_time_becomes_a_utc_timestamp() {
        assert!(timestamp_from_unix(0).is_ok());
        assert!(timestamp_from_unix(1_711_929_600).is_ok()); // 2024-04-01
        assert!(timestamp_from_unix(i64::MAX).unwrap_err().to_string().contains("out of range"));
    }

    #[test]
    fn standards_parse_by_name() {
        assert!(parse_pdf_standard("a-2b").is_ok());
        assert!(parse_pdf_standard("a-9z").unwrap_err().contains("a-2b"));
    }
}
