//! # kehoach
//!
//! Turns structured TOML data into correctly formed PDFs of Vietnamese Party
//! documents (Kế hoạch …), laid out by the Party's rules on document form
//! (Hướng dẫn 05-HD/VPTW of 2026 and Hướng dẫn 36-HD/VPTW of 2018, chosen
//! by the document's date; docs/form-rules.md).
//!
//! The pipeline, in the order a document passes through it ([`pipeline`]
//! runs the stages; ARCHITECTURE.md is the map for a newcomer):
//!
//! | stage | module | what it does |
//! |---|---|---|
//! | 1. load | `load`, [`model`] | TOML → typed document, every string NFC ([`vietnamese`]) |
//! | 2. check | [`check`] | limits, text damage, glyphs, schema, rules of the form: every problem located at file:line:column and field path |
//! | 3. profile | [`profile`] | every layout number, as data |
//! | 4. context | [`context`] | the printed wording: capitals, dates, numbering, tone marks |
//! | 5. typeset | [`mod@typeset`] | minijinja writes Typst (user text only as string literals); in-process typst with embedded fonts and templates ([`assets`]) |
//! | 6. output | [`output`], [`batch`] | PDF / PNG / SVG written atomically; many documents on worker threads |
//! | after | [`inspect`], [`verify`] | what is on the laid-out pages, checked against the rules |
//! | serve | [`mcp`] | the same stages for a drafting assistant, over the Model Context Protocol (`kehoach mcp`) |
//!
//! The library never prints; the `kehoach` binary is a thin shell over it.
//!
//! ## Using the library
//!
//! [`prepare`] runs stages 1–4 on a TOML source and gives a [`Prepared`]
//! document (or [`Error::Invalid`] with every located [`diagnostic::Diagnostic`]);
//! [`render_pdf`], [`render_docx`], [`typeset()`] and [`typst_source`] produce
//! the outputs; [`verify::verify_prepared`] checks the rules of the form on the
//! laid-out pages; [`batch::render_all`] renders many files on worker threads.
//!
//! ```
//! use kehoach::{model::Kind, verify, PdfSettings};
//!
//! let source = kehoach::starter(Kind::KeHoach); // or kehoach::read_source(path)?
//! let prepared = kehoach::prepare("plan.toml", source)?; // load, check, profile, wording
//! for warning in &prepared.warnings {
//!     eprintln!("{warning}"); // file:line:column, field path, hint
//! }
//! assert_eq!(prepared.profile.page.margin_left_mm, 30.0); // every layout number, typed
//! let pdf = kehoach::render_pdf(&prepared, &PdfSettings::default())?;
//! assert!(pdf.starts_with(b"%PDF"));
//! assert!(verify::verify_prepared(&prepared)?.iter().all(|rule| !rule.failed()));
//! # Ok::<(), kehoach::Error>(())
//! ```

#![warn(missing_docs)]

pub mod assets;
pub mod batch;
pub mod check;
pub mod context;
pub mod diagnostic;
pub(crate) mod docx;
pub mod embed;
mod error;
pub mod inspect;
pub(crate) mod load;
pub mod mcp;
mod memo;
pub mod metadata;
pub mod model;
pub mod output;
pub mod pdf_file;
pub mod pipeline;
pub mod profile;
pub(crate) mod sandbox;
pub mod sign;
pub mod typeset;
pub mod verify;
pub mod vietnamese;

pub use error::Error;
pub use pipeline::{
    json_schema, prepare, read_source, render_docx, render_file, render_pdf, render_pdf_output, starter, typeset, typst_source, PdfOutput, Prepared, ProfileChoice,
};
pub use typeset::PdfSettings;
