//! Vietnamese text: NFC normalisation, Unicode upper-casing, the damage that
//! copy and paste brings (legacy encodings, look-alike letters, invisible
//! characters), the two tone-mark styles, and where a line may break.
//!
//! These are pure functions of strings; the stages that locate their findings
//! in a file live in [`crate::check`].

pub mod breaks;
pub mod case;
pub(crate) mod damage;
pub mod names;
pub mod nfc;
pub mod tone_marks;
pub mod written;

pub use case::{capitalize_first, upper};
pub use nfc::{nfc, Text};
