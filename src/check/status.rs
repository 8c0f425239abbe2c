//! `status`: a plan's place in its life agrees with its number, date and
//! marks. A plan "ready-to-sign" is signed before the office numbers and
//! dates it, so it has no number, no day and no draft mark; an "issued" one
//! has its number and full date (`kehoach issue` gives them).

use super::form_rules::Checker;
use crate::model::{Document, Status};

/// Id of the errors: a `status` that the number, the date or the draft mark contradict.
pub const STATUS: &str = "status-mismatch";

/// Checks `status` against `number`, `date` and `marks.draft`.
pub fn check(c: &mut Checker, doc: &Document) {
    match doc.status {
        Some(Status::ReadyToSign) => {
            if doc.number.is_some() {
                c.error(
                    STATUS,
                    "number",
                    crate::tr!("status-ready-numbered"),
                    Some(crate::tr!("hint-status-ready-numbered")),
                );
            }
            if doc.date.day.is_some() {
                c.error(
                    STATUS,
                    "date",
                    crate::tr!("status-ready-dated"),
                    Some(crate::tr!("hint-status-ready-dated", month = format!("{:04}-{:02}", doc.date.year, doc.date.month.unwrap_or(1)))),
                );
            }
            if doc.marks.as_ref().and_then(|m| m.draft.as_ref()).is_some_and(|d| !d.is_blank()) {
                c.error(
                    STATUS,
                    "marks.draft",
                    crate::tr!("status-ready-draft"),
                    Some(crate::tr!("hint-status-ready-draft")),
                );
            }
        }
        Some(Status::Issued) if doc.number.is_none() || !doc.date.is_complete() => c.error(
            STATUS,
            "status",
            crate::tr!("status-issued-incomplete"),
            Some(crate::tr!("hint-status-issued-incomplete")),
        ),
        _ => {}
    }
}
