//! The one route from a [`Prepared`] document to a PDF: [`render_pdf_output`]
//! typesets it, exports the pages, measures them ([`crate::inspect`]), derives
//! the document-system metadata and the places to sign, and — when the
//! [`PdfSettings`] ask for signature fields or an embedded source — adds
//! them in one incremental update. [`render_pdf`] is the same route, keeping
//! only the bytes; [`check_pdf`] runs it again on the source a PDF embeds.
//!
//! Every option of a PDF is a field of [`PdfSettings`] (its standards, its
//! date, signature fields, embedded source); the outputs it calls
//! ([`crate::document_system`]) take the `Prepared` document and the
//! settings and never call back into the render.

use crate::diagnostic::Diagnostic;
use crate::document_system::{embed, metadata, pdf_file, sign};
use crate::typeset::{PdfSettings, TypesetError};
use crate::Error;

use super::prepared::{prepare, typeset, Prepared};

/// A rendered PDF with what was learnt from its layout.
#[derive(Clone, Debug)]
pub struct PdfOutput {
    /// The PDF, with signature fields and attachments when the settings ask.
    pub pdf: Vec<u8>,
    /// The fields for the document system (page count from the layout).
    pub metadata: metadata::DocumentMetadata,
    /// Where the signature and the seal go (empty when the layout has no
    /// signature block).
    pub places: Vec<sign::Place>,
    /// The laid-out pages, measured.
    pub layout: crate::inspect::Layout,
    /// The laid-out pages themselves.
    pub pages: typst_layout::PagedDocument,
}

/// Renders a prepared document to PDF bytes ([`render_pdf_output`], keeping
/// only the PDF).
///
/// The PDF's date is `settings.timestamp` when given (the command line sets it
/// from `SOURCE_DATE_EPOCH`), else the document's own date: identical input
/// gives identical bytes.
pub fn render_pdf(prepared: &Prepared, settings: &PdfSettings) -> Result<Vec<u8>, Error> {
    render_pdf_output(prepared, settings).map(|out| out.pdf)
}

/// Renders a prepared document to PDF, with its metadata and signature
/// places; adds signature fields (`settings.signature_fields`) and the
/// embedded source ([`embed::wanted`]) as one incremental update.
pub fn render_pdf_output(prepared: &Prepared, settings: &PdfSettings) -> Result<PdfOutput, Error> {
    let pages = typeset_for_pdf(prepared, settings)?;
    let mut pdf = crate::typeset::pdf(&pages, settings).map_err(|e| Error::Invalid(vec![pdf_problem(&prepared.file, e.to_string())]))?;
    let layout = crate::inspect::inspect(&pages);
    let metadata = metadata::DocumentMetadata::new(prepared, pages.pages().len());
    let places = sign::places(prepared, &layout);
    let embed = embed::wanted(settings);
    if settings.signature_fields || embed {
        let fields = match (&places, settings.signature_fields) {
            (None, true) => {
                return Err(Error::Invalid(vec![Diagnostic::error(
                    &prepared.file,
                    crate::tr!("render-no-signature-block"),
                )
                .with_field("signer")
                .with_hint(crate::tr!("hint-render-no-signature-block"))]))
            }
            (Some(places), true) => places.as_slice(),
            (_, false) => &[],
        };
        let files = if embed {
            embed::allowed(settings)
                .map_err(|e| Error::Invalid(vec![Diagnostic::error(&prepared.file, e).with_hint(crate::tr!("hint-render-a3b"))]))?;
            embed::attachments(prepared, settings, metadata.to_json())
        } else {
            Vec::new()
        };
        let date = embed::mod_date(prepared, settings);
        pdf = pdf_file::amend(&pdf, |pdf, update, catalog| {
            sign::add_fields(pdf, update, catalog, fields)?;
            embed::attach(pdf, update, catalog, &files, date.as_deref())
        })
        .map_err(|e| Error::Internal(TypesetError::Export(crate::tr!("render-amend-failed", why = e))))?;
    }
    Ok(PdfOutput { pdf, metadata, places: places.unwrap_or_default(), layout, pages })
}

/// The pages of a PDF render: with an explicit timestamp the document's own
/// date is left out of the metadata, so that the timestamp stands in for it.
fn typeset_for_pdf(prepared: &Prepared, settings: &PdfSettings) -> Result<typst_layout::PagedDocument, Error> {
    match settings.timestamp {
        Some(_) if prepared.context.meta.date.is_some() => {
            let mut undated = prepared.clone();
            undated.context.meta.date = None;
            typeset(&undated)
        }
        _ => typeset(prepared),
    }
}

/// A failed PDF export, explained in the terms of the data.
fn pdf_problem(file: &str, message: String) -> Diagnostic {
    if message.contains("missing document date") {
        return Diagnostic::error(file, crate::tr!("render-pdfa-no-day", message = message))
            .with_field("date")
            .with_hint(crate::tr!("hint-render-pdfa-no-day"));
    }
    Diagnostic::error(file, message)
}

/// The outcome of comparing a PDF with a fresh render of its embedded source.
#[derive(Clone, Debug)]
pub struct PdfCheck {
    /// The document, prepared from the embedded source.
    pub prepared: Prepared,
    /// Whether the pages are exactly those the source renders to.
    pub matches: bool,
    /// What was found ("identical to a fresh render; 2 later revisions fill signature fields").
    pub detail: String,
}

/// Re-renders the source embedded in a PDF ([`embed::embedded`]) with the
/// recorded options and compares the result with the file ([`embed::compare`]).
pub fn check_pdf(file: &str, bytes: &[u8]) -> Result<PdfCheck, Error> {
    let embedded = embed::embedded(file, bytes)?;
    let prepared = prepare(&embedded.file, &embedded.source)?;
    let fresh = render_pdf_output(&prepared, &embedded.settings)?;
    let (matches, detail) = embed::compare(&fresh.pdf, bytes, &fresh.places);
    Ok(PdfCheck { prepared, matches, detail })
}

/// `verify` of a PDF: its embedded source rendered again and compared with
/// the file (rule P-SRC-1), then every rule of the form on the fresh render.
/// Returns the document prepared from the embedded source and the results,
/// P-SRC-1 first.
pub fn verify_pdf(file: &str, bytes: &[u8]) -> Result<(Prepared, Vec<crate::verify::CheckResult>), Error> {
    let check = check_pdf(file, bytes)?;
    let mut results = vec![crate::verify::CheckResult {
        id: "P-SRC-1",
        rule: "pages match the embedded source".into(),
        expected: crate::tr!("verify-source-expected"),
        actual: check.detail,
        passed: check.matches,
        advisory: false,
        measurable: true,
        departure: None,
        field: None,
    }];
    results.extend(crate::verify::verify_prepared(&check.prepared)?);
    Ok((check.prepared, results))
}

/// Convenience: read, prepare and render a file to PDF bytes.
pub fn render_file(path: &std::path::Path) -> Result<Vec<u8>, Error> {
    let source = super::prepared::read_source(path)?;
    let prepared = prepare(&path.display().to_string(), &source)?;
    render_pdf(&prepared, &PdfSettings::default())
}
