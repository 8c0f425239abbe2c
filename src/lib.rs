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
//! | 1. load | [`load`], [`model`] | TOML → typed document, every string NFC ([`vietnamese`]) |
//! | 2. check | [`check`] | limits, text damage, glyphs, schema, rules of the form: every problem located at file:line:column and field path |
//! | 3. profile | [`profile`] | every layout number, as data |
//! | 4. context | [`context`] | the printed wording: capitals, dates, numbering, tone marks |
//! | 5. typeset | [`typeset`] | minijinja writes Typst (user text only as string literals); in-process typst with embedded fonts and templates ([`assets`]) |
//! | 6. output | [`output`], [`batch`] | PDF / PNG / SVG written atomically; many documents on worker threads |
//! | after | [`inspect`], [`verify`] | what is on the laid-out pages, checked against the rules |
//!
//! The library never prints; the `kehoach` binary is a thin shell over it.
//!
//! ```
//! let source = r#"
//! kind = "ke-hoach"
//! number = 15
//! place = "Nghĩa Thái"
//! date = 2024-04-01
//! subject = "phát động phong trào thi đua “Dân vận khéo” năm 2024"
//! [issuer]
//! name = "Đảng ủy xã Nghĩa Thái"
//! code = "ĐU"
//! [purpose]
//! points = ["Đẩy mạnh phong trào thi đua “Dân vận khéo”."]
//! [signer]
//! authority = "T/M"
//! body = "Đảng ủy"
//! position = "Phó Bí thư"
//! name = "Đông Văn Chung"
//! [recipients]
//! to = ["Các Chi bộ"]
//! archive = "VPĐU"
//! "#;
//! let prepared = kehoach::prepare("plan.toml", source).expect("a valid plan");
//! assert_eq!(prepared.context.header.number, "Số 15-KH/ĐU");
//! let pdf = kehoach::render_pdf(&prepared, &Default::default()).expect("typeset");
//! assert!(pdf.starts_with(b"%PDF"));
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
mod memo;
pub mod metadata;
pub mod model;
pub mod output;
pub mod pdf_file;
pub mod pipeline;
pub mod profile;
pub mod sign;
pub mod typeset;
pub mod verify;
pub mod vietnamese;

pub use error::Error;
pub use pipeline::{
    json_schema, prepare, read_source, render_docx, render_file, render_pdf, render_pdf_output, starter, typeset, typst_source, PdfOutput, Prepared, ProfileChoice,
};
pub use typeset::PdfSettings;
