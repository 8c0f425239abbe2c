//! The registry of the stable ids of kehoach's diagnostics (kebab-case), the
//! names `[check] allow` accepts. Each id is defined beside the check that
//! raises it (`signatures::KT_POSITION`, `vietnamese::damage::ETH_FOR_D` …) and
//! listed here once, in [`ALL`]; only the ids of no single check are defined
//! here. The page rules of `verify` keep their own ids ("P-HDR-6"),
//! [`PAGE_RULES`], which `verify` reports as [`crate::verify::RULE_IDS`].
//!
//! The registry imports the checks and no check imports it back, except those
//! that read the registry itself (`allow`) and the later stages.

pub use super::as_written::{KINH_TRINH_WRITTEN_KINH_GUI, STATE_FORM_ENDING, SUBJECT_MISSING};
pub use super::calendar::{DATED_ON_SUNDAY, DEADLINE_ON_SUNDAY};
pub use super::content::{BASIS_INCOMPLETE, MARK_DRAFT_FORM, MARK_SECRECY_WORD, MARK_URGENCY_WORD, POSITION_NAMES_BODY};
pub use super::form_rules::DEADLINE_BEFORE_DATE;
pub use super::glyphs::{CAPITAL_NOT_IN_FONT, CHARACTER_NOT_IN_FONT};
pub use super::images::OPAQUE_IMAGE;
pub use super::numbers::DUPLICATE_NUMBER;
pub use super::rule_set::{ABOLISHED_DISTRICT_BODY, ISSUER_CODE_INITIALS, PLACE_NAME_LEVEL, TM_NOT_ALLOWED};
pub use super::signatures::{ACADEMIC_TITLE, BLANK_SIGNER_NAME, KT_POSITION, TL_POSITION, TM_POSITION};
pub use super::text::MIXED_TONE_MARKS;
pub use crate::vietnamese::damage::{
    CONTROL_CHARACTER, DECOMPOSED_TEXT, ETH_FOR_D, INVISIBLE_CHARACTER, LEGACY_ENCODING, LOOK_ALIKE_LETTER,
};

/// The ids of every rule `verify` checks on the page (`P-HDR-6` …), for `[check] allow`.
pub const PAGE_RULES: &[&str] = &[
    "P-PAGE-1", "P-PAGE-2", "P-PAGE-3", "P-HDR-1", "P-HDR-2", "P-HDR-3", "P-HDR-4", "P-HDR-5", "P-HDR-6", "P-TTL-1",
    "P-TTL-2", "P-TTL-3", "P-TTL-4", "P-TTL-5", "P-CV-1", "P-KG-1", "P-KT-1", "P-NQ-1", "P-BODY-1", "P-BODY-2", "P-SIG-1",
    "P-SIG-2", "P-SIG-3", "P-SIG-4", "P-SIG-5", "P-SIG-6", "P-RCV-1", "P-RCV-2", "P-TYP-1", "P-MARK-1", "P-MARK-2",
    "P-CONTACT-1", "P-TXT-1", "P-TXT-2", "P-QC-1", "P-QC-2", "P-QC-3", "P-CTR-1", "P-BB-1", "P-BB-2", "P-BS-1", "P-BS-2", "P-FONT-1", "P-FONT-2", "P-BODY-3", "P-MARK-3", "P-MARK-4", "P-APX-1", "P-SIG-7", "P-SIG-8", "P-BRK-1", "P-BRK-2",
];
/// An entry of `[check] allow` that silences nothing (raised by `allow` and
/// by the page checks of a render).
pub const UNUSED_ALLOW: &str = "unused-allow";
/// The place and date too long for one line beside the issuer's names
/// (raised by the context stage, which measures the header).
pub const PLACE_TOO_LONG: &str = "place-too-long";

/// Every id above, for `[check] allow` to recognise.
pub const ALL: &[&str] = &[
    DECOMPOSED_TEXT,
    INVISIBLE_CHARACTER,
    CONTROL_CHARACTER,
    ETH_FOR_D,
    LOOK_ALIKE_LETTER,
    LEGACY_ENCODING,
    MIXED_TONE_MARKS,
    CHARACTER_NOT_IN_FONT,
    CAPITAL_NOT_IN_FONT,
    ACADEMIC_TITLE,
    BLANK_SIGNER_NAME,
    DEADLINE_BEFORE_DATE,
    UNUSED_ALLOW,
    PLACE_TOO_LONG,
    OPAQUE_IMAGE,
    DUPLICATE_NUMBER,
    DEADLINE_ON_SUNDAY,
    DATED_ON_SUNDAY,
    ABOLISHED_DISTRICT_BODY,
    TM_NOT_ALLOWED,
    ISSUER_CODE_INITIALS,
    PLACE_NAME_LEVEL,
    KT_POSITION,
    TM_POSITION,
    TL_POSITION,
    BASIS_INCOMPLETE,
    MARK_URGENCY_WORD,
    MARK_SECRECY_WORD,
    MARK_DRAFT_FORM,
    POSITION_NAMES_BODY,
    SUBJECT_MISSING,
    KINH_TRINH_WRITTEN_KINH_GUI,
    STATE_FORM_ENDING,
];

/// Whether an id is kebab-case: lower-case ASCII words joined by "-".
pub fn is_kebab(id: &str) -> bool {
    !id.is_empty() && id.split('-').all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
}
