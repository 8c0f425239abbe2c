//! # kehoach
//!
//! Turns structured TOML data into correctly formed PDFs of Vietnamese Party
//! documents (Kế hoạch …), laid out by the Party's rules on document form
//! (Hướng dẫn 05-HD/VPTW of 2026 and Hướng dẫn 36-HD/VPTW of 2018, chosen
//! by the document's date; docs/form-rules.md).
//!
//! The stages, in the order they import one another ([`render`] drives
//! them; ARCHITECTURE.md is the map for a newcomer):
//!
//! | stage | module | what it does |
//! |---|---|---|
//! | 1. load | `load`, [`model`] | TOML → typed document, every string NFC ([`vietnamese`]) |
//! | 2. profile | [`profile`] | every layout number, as data: the rule set in force on the document's date (or named), with its overrides |
//! | 3. check | [`check`] | limits, text damage, glyphs, schema, rules of the form: every problem located at file:line:column and field path. The checks run on both sides of the profile: those of the raw values before it is resolved, those that depend on the rule set after; their stable ids are listed in [`check::ids`] |
//! | 4. context | [`context`] | the printed wording: capitals, dates, numbering, tone marks |
//! | 5. typeset | [`mod@typeset`] | minijinja writes Typst (user text only as string literals); in-process typst with embedded fonts and templates ([`assets`]) |
//! | 6. prepare | [`render::prepared`] | drives stages 1–5 for one document: [`prepare`] → [`Prepared`], [`typeset()`] → pages |
//! | 7. after layout | [`inspect`], [`verify`] | what is on the laid-out pages, checked against the rules |
//! | 8. outputs | [`document_system`] (`metadata`, `sign`, `embed`), `docx` | what a document system needs besides the pages; the Word document from the same context |
//! | 9. render | [`render`] ([`render::pdf`], [`output`], [`batch`]) | the one route to a PDF, the other formats, files written atomically, many documents on worker threads |
//! | 10. issuing | [`issuing`] | terms (`kehoach.toml`), the register of documents sent out, giving a plan its number and date |
//! | after | [`printed`], [`diff`], [`report`] | the printed text with its numbering and pages; two versions compared; diagnostics as annotations and SARIF |
//! | serve | [`mcp`] | the same stages for a drafting assistant, over the Model Context Protocol (`kehoach mcp`) |
//!
//! No stage imports a later one and no file imports, through others, a file
//! that imports it (`tests/architecture.rs`). The library never prints; the
//! `kehoach` binary is a thin shell over it.
//!
//! ## Using the library
//!
//! [`prepare`] runs stages 1–4 on a TOML source ([`prepare_document`] on a
//! [`model::Document`] built in code) and gives a [`Prepared`]
//! document (or [`Error::Invalid`] with every located [`diagnostic::Diagnostic`]);
//! [`render_pdf_output`] (and [`render_pdf`], its bytes) is the one route to a
//! PDF, every option in [`PdfSettings`]; [`render_docx`], [`typeset()`] and
//! [`typst_source`] produce the other outputs; [`verify::verify_prepared`]
//! checks the rules of the form on the laid-out pages; [`batch::render_all`]
//! renders many files on worker threads.
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
pub mod check;
pub mod context;
pub mod diagnostic;
pub mod diff;
pub mod document_system;
pub(crate) mod docx;
pub mod fix;
pub mod i18n;
mod error;
pub mod inspect;
pub mod issuing;
pub(crate) mod load;
pub mod mcp;
mod memo;
pub mod model;
pub mod printed;
pub mod profile;
pub mod render;
pub mod report;
pub(crate) mod sandbox;
pub mod typeset;
pub mod verify;
pub mod vietnamese;

pub use document_system::{embed, metadata, pdf_file, sign};
pub use error::Error;
pub use render::pdf::{render_file, render_pdf, render_pdf_output, PdfOutput};
pub use render::prepared::{json_schema, prepare, prepare_document, read_source, starter, typeset, typst_source, Prepared, ProfileChoice};
pub use render::{batch, output, render_docx};
pub use typeset::PdfSettings;
