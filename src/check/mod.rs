//! Input checks: everything that can be wrong with a document file, each
//! found before typesetting and reported as a located [`crate::diagnostic::Diagnostic`].
//!
//! In the order the pipeline runs them:
//!
//! | module | checks |
//! |---|---|
//! | [`limits`] | size, nesting, values, text and page limits of untrusted input |
//! | `text` | Vietnamese text damage in every string (`vietnamese::damage`) and mixed tone-mark styles |
//! | `glyphs` | every character of the data in the embedded fonts |
//! | `schema` | every unknown key, missing field and wrong type at once |
//! | `values` | dates, times of day and signing authorities in the wrong form, each with the corrected value |
//! | `form_rules` | the rules of the Party form the types cannot express |
//! | [`header_lines`] | the header's lines for each level of issuer (HD 05 2.1.1–2.1.5): which superior line it has |
//! | [`signatures`] | the signature forms (T/M, K/T, T/L, Q., none, "kiêm"), a joint document's code and signatures |
//! | [`rule_set`] | what depends on the date or the rule set: abolished district bodies, T/M bodies, issuer initials, place levels |
//! | [`content`] | what a căn cứ must cite (6.2.3), a position without the body's name (7.1.2) |
//! | `status` | `status = "ready-to-sign"` / `"issued"` agrees with the number, date and draft mark |
//! | [`calendar`] | deadlines and the date of issue on a Sunday |
//! | `allow` | `[check] allow`: silences the warnings a document means to keep |
//! | [`numbers`] | across the files of one `kehoach check`: no number used twice |
//! | [`ids`] | the registry of the stable diagnostic ids, each defined beside its check |
//! | `images` | the signer's signature and seal images: PNG, inside the plan's directory |

pub(crate) mod allow;
pub mod as_written;
pub mod content;
pub mod calendar;
pub(crate) mod form_rules;
pub(crate) mod glyphs;
pub mod header_lines;
pub mod ids;
pub(crate) mod images;
pub mod limits;
pub mod numbers;
pub mod rule_set;
pub(crate) mod schema;
pub mod signatures;
pub(crate) mod status;
pub(crate) mod text;
pub(crate) mod values;
