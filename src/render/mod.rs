//! From TOML text to output files: the drivers of the stages.
//!
//! | module | what it does |
//! |---|---|
//! | [`prepared`] | stages 1–5 of one document: [`prepare`] (load, checks, profile, context) → [`Prepared`]; [`typst_source`], [`typeset()`] → laid-out pages |
//! | `pdf` | the one route to a PDF: [`render_pdf_output`] (and [`render_pdf`], its bytes), whose options are all in [`PdfSettings`]; [`check_pdf`] renders a PDF's embedded source again |
//! | [`output`] | output formats, file names, atomic writes |
//! | [`batch`] | many documents on worker threads, each through the same routes |
//!
//! The Word document takes [`render_docx`]. Every later stage — the page
//! checks ([`crate::verify`]), the outputs for a document system
//! ([`crate::document_system`]), `docx` — reads a `&Prepared` from
//! [`prepared`] and none calls a route: the routes call them.

pub mod batch;
pub mod output;
pub mod pdf;
pub mod prepared;

pub use pdf::{check_pdf, render_file, render_pdf, render_pdf_output, verify_pdf, PdfCheck, PdfOutput};
pub use prepared::{json_schema, prepare, read_source, starter, typeset, typst_source, Prepared, ProfileChoice};
pub use crate::typeset::PdfSettings;

use crate::Error;

/// Renders a prepared document to the bytes of an editable Word file (.docx),
/// from the same context as the PDF (see `docx`). `timestamp`
/// (seconds since 1970, from `SOURCE_DATE_EPOCH`) dates the document's
/// properties; without it the document's own date does, so identical input
/// gives identical bytes.
pub fn render_docx(prepared: &Prepared, timestamp: Option<i64>) -> Result<Vec<u8>, Error> {
    crate::docx::render(prepared, timestamp)
}
