//! The values whose form is known — dates, times of day, signing authorities —
//! checked on the tree of raw values (`load::tree`), so that every wrong one
//! is reported in the same pass as the structural problems (an unknown key
//! stops serde before it reaches a date), each with the corrected value when
//! it can be known: "05/10/2026" → `2026-10-05`, "8h00" → "08:00", "TM." →
//! "T/M". The corrections are pure functions of the text; `kehoach check
//! --fix` ([`crate::fix`]) writes those that cannot change the meaning.

use crate::diagnostic::Diagnostic;
use crate::load::tree::Tree;
use crate::model::date::{DateError, DocDate};
use crate::vietnamese::nfc;
use crate::vietnamese::written::{corrected_date, corrected_time, date_toml, is_time, party_authority};

/// The keys whose values are dates (`model::date::DocDate`), wherever they
/// are: the document's `date`, `[invitation] day`, `[minutes] day` /
/// `end_day`, `valid_until`, a task's `deadline`.
pub const DATE_KEYS: [&str; 5] = ["date", "day", "end_day", "valid_until", "deadline"];

/// The field paths whose values are times of day, "HH:MM".
pub const TIME_PATHS: [&str; 3] = ["invitation.time", "minutes.start", "minutes.end"];

/// One wrong value found, with its correction when it is certain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Correction {
    /// The field path.
    pub path: String,
    /// The value's span in the source.
    pub span: std::ops::Range<usize>,
    /// The value to write instead, as TOML (`2026-10-05`, `"08:00"`), when
    /// it can be known.
    pub toml: Option<String>,
}

/// Id of the error: a date in a form that is not a date, or a day that does not exist.
pub const INVALID_DATE: &str = "invalid-date";
/// Id of the error: a time of day not written "HH:MM".
pub const INVALID_TIME: &str = "invalid-time";
/// Id of the error: a signing authority that is not the Party's (T/M, K/T, T/L, Q.).
pub const SIGNING_AUTHORITY: &str = "signing-authority";

/// Every date, time and authority of the file that has the wrong form, as
/// located errors with the corrected value in the hint.
pub fn check(file: &str, source: &str, tree: &Tree<'_>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for node in tree.nodes() {
        let toml::de::DeValue::String(raw) = node.value else { continue };
        let Some(key) = node.key else { continue };
        let value = nfc(raw);
        let problem = if DATE_KEYS.contains(&key) {
            date_problem(key, &value).map(|p| (INVALID_DATE, p))
        } else if TIME_PATHS.contains(&node.path.as_str()) {
            time_problem(key, &value).map(|p| (INVALID_TIME, p))
        } else if key == "authority" {
            crate::check::signatures::authority_problem(value.trim()).map(|p| (SIGNING_AUTHORITY, p))
        } else {
            None
        };
        if let Some((id, (message, hint))) = problem {
            out.push(Diagnostic::error(file, message).with_id(id).at(source, node.span.clone()).with_field(&node.path).with_hint(hint));
        }
    }
    out
}

/// Every correction of a date, time or authority that cannot change the
/// meaning, for `check --fix`.
pub fn corrections(tree: &Tree<'_>) -> Vec<Correction> {
    let mut out = Vec::new();
    for node in tree.nodes() {
        let toml::de::DeValue::String(raw) = node.value else { continue };
        let Some(key) = node.key else { continue };
        let value = nfc(raw);
        let literal = if DATE_KEYS.contains(&key) && DocDate::parse(&value).is_err() {
            corrected_date(&value).map(|d| date_toml(&d))
        } else if TIME_PATHS.contains(&node.path.as_str()) && !is_time(&value) {
            corrected_time(&value).map(|t| format!("\"{t}\""))
        } else if key == "authority" {
            party_authority(value.trim()).filter(|a| *a != value.trim()).map(|a| format!("\"{a}\""))
        } else {
            None
        };
        if literal.is_some() {
            out.push(Correction { path: node.path.clone(), span: node.span.clone(), toml: literal });
        }
    }
    out
}

/// The message and hint of a wrong date, or `None` when it is right.
fn date_problem(key: &str, value: &str) -> Option<(String, String)> {
    let error = DocDate::parse(value).err()?;
    let hint = match (&error, corrected_date(value)) {
        (_, Some(date)) => crate::tr!("hint-write", key = key, value = date_toml(&date)),
        (DateError::Form(_), None) => crate::tr!("hint-date-form", key = key),
        _ => crate::tr!("hint-date-exists", key = key),
    };
    Some((error.to_string(), hint))
}

/// The message and hint of a wrong time of day, or `None` when it is right.
fn time_problem(key: &str, value: &str) -> Option<(String, String)> {
    if is_time(value) {
        return None;
    }
    let hint = match corrected_time(value) {
        Some(t) => crate::tr!("hint-write", key = key, value = format!("\"{t}\"")),
        None => crate::tr!("hint-time-form", key = key),
    };
    Some((crate::tr!("time-form", value = value.trim()), hint))
}
