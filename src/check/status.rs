//! `status`: a plan's place in its life agrees with its number, date and
//! marks. A plan "ready-to-sign" is signed before the office numbers and
//! dates it, so it has no number, no day and no draft mark; an "issued" one
//! has its number and full date (`kehoach issue` gives them).

use super::form_rules::Checker;
use crate::diagnostic::lang;
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
                    lang::pick("văn bản chờ ký chưa có số: văn thư cấp số khi ban hành", "a plan ready to sign has no number yet: the office gives it at issue"),
                    Some(lang::pick("bỏ `number`; sau khi ký, `kehoach issue` cấp số và ngày", "remove `number`; once signed, `kehoach issue` gives the number and the day")),
                );
            }
            if doc.date.day.is_some() {
                c.error(
                    STATUS,
                    "date",
                    lang::pick("văn bản chờ ký để trống ngày: văn thư điền ngày khi ban hành", "a plan ready to sign leaves the day blank: the office stamps it at issue"),
                    Some(lang::pick(
                        format!("ghi tháng và năm: date = \"{:04}-{:02}\"", doc.date.year, doc.date.month.unwrap_or(1)),
                        format!("write the month and year only: date = \"{:04}-{:02}\"", doc.date.year, doc.date.month.unwrap_or(1)),
                    )),
                );
            }
            if doc.marks.as_ref().and_then(|m| m.draft.as_ref()).is_some_and(|d| !d.is_blank()) {
                c.error(
                    STATUS,
                    "marks.draft",
                    lang::pick("văn bản chờ ký không còn là dự thảo", "a plan ready to sign is no longer a draft"),
                    Some(lang::pick("bỏ `marks.draft`", "remove `marks.draft`")),
                );
            }
        }
        Some(Status::Issued) if doc.number.is_none() || !doc.date.is_complete() => c.error(
            STATUS,
            "status",
            lang::pick("văn bản đã ban hành phải có số và đủ ngày tháng năm", "an issued plan has its number and its full date"),
            Some(lang::pick("`kehoach issue` cấp số và ngày", "`kehoach issue` gives them")),
        ),
        _ => {}
    }
}
