//! What a document system needs besides the pages — the outputs after layout
//! that read a [`Prepared`](crate::render::prepared::Prepared) document and,
//! for the PDF, its measured pages, and never call back into the render:
//!
//! | module | what it gives |
//! |---|---|
//! | [`metadata`] | the receiving office's fields (Nghị định 30 Phụ lục VI, edXML), as JSON or XML |
//! | [`sign`] | where the signature and the seal go, empty signature fields there, the signature map |
//! | [`embed`] | the TOML source, the metadata and the render options embedded in the PDF, and read back |
//! | [`pdf_file`] | reading typst's PDF and appending an incremental update (for `sign` and `embed`) |
//!
//! The one PDF route ([`crate::render::render_pdf_output`]) calls them in
//! order; the crate root re-exports them as `kehoach::metadata`,
//! `kehoach::sign`, `kehoach::embed` and `kehoach::pdf_file`.

pub mod embed;
pub mod metadata;
pub mod pdf_file;
pub mod sign;
