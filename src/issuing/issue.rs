//! `kehoach issue`: gives a checked plan its number and its date by editing
//! the TOML in place. Only the values of `number` and `date` (and `status`,
//! when the plan has one) change: they are replaced at the source spans the
//! loader recorded, and a missing `number` is written on a line of its own
//! before `date`, so every comment, blank line and key order elsewhere stays
//! byte for byte. Issuing an issued plan changes nothing unless a different
//! number or date is asked for.

use std::path::Path;

use super::register::Register;
use crate::check::numbers::{NumberKey, CONGRESS_CODE};
use crate::diagnostic::Diagnostic;
use crate::model::date::DocDate;
use crate::model::Status;
use crate::Prepared;

/// What the command line asks.
#[derive(Clone, Copy, Debug, Default)]
pub struct Request {
    /// `--number N`: this number (refused if another plan has it).
    pub number: Option<u32>,
    /// `--date`: this date (default: `today`).
    pub date: Option<DocDate>,
}

/// The outcome of issuing a plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Issued {
    /// The plan's new text (the old one when nothing changed).
    pub source: String,
    /// Its number.
    pub number: u32,
    /// Its date.
    pub date: DocDate,
    /// "03-KH/ĐU".
    pub code: String,
    /// Whether the text changed.
    pub changed: bool,
}

/// Issues a prepared plan: its number (asked, or the next free one of its
/// series and term in `register`, the plans of its repository) and date
/// (asked, or `today`). Refuses a number another plan already has.
pub fn issue(prepared: &Prepared, request: Request, today: DocDate, register: &mut Register) -> Result<Issued, Diagnostic> {
    let doc = &prepared.document;
    let file = &prepared.file;
    let code_of = |n: u32| format!("{n:02}-{}/{}", crate::check::numbers::type_code(&prepared.document, &prepared.profile), doc.issuer.code.as_str().trim());
    // Already issued, and nothing else asked: nothing changes.
    if let (Some(number), true) = (doc.number, doc.date.is_complete()) {
        if request.number.is_none_or(|n| n == number) && request.date.is_none_or(|d| d == doc.date) {
            return Ok(Issued { source: prepared.source.to_string(), number, date: doc.date, code: code_of(number), changed: false });
        }
    }
    // An issued plan given another number keeps its date unless asked.
    let issued_date = doc.number.and(Some(doc.date)).filter(DocDate::is_complete);
    let date = request.date.or(issued_date).unwrap_or(today);
    if !date.is_complete() {
        return Err(Diagnostic::error(file, crate::tr!("issue-date-incomplete")));
    }
    signed_month(prepared, &date)?;
    let issuer = doc.issuer.code.as_str().trim().to_owned();
    let type_code = crate::check::numbers::type_code(&prepared.document, &prepared.profile);
    let dir = Path::new(file).parent().unwrap_or(Path::new("."));
    // The plan's own entry, if it was numbered, does not count against it.
    register.numbered.retain(|n| !same_file(&n.file, file));
    let number = match request.number {
        Some(n) => {
            let period = register.period_of(&issuer, &date, dir)?;
            let series = if issuer == CONGRESS_CODE { String::new() } else { type_code.clone() };
            let key = NumberKey { issuer_code: issuer.clone(), series, period, number: n };
            if let Some((other, other_code)) = register.taken(&key).map(|o| (o.file.clone(), o.code.clone())) {
                let next = register.next(&type_code, &issuer, &date, dir)?;
                return Err(Diagnostic::error(
                    file,
                    crate::tr!("issue-number-taken", number = format!("{n:02}"), other = other, code = other_code),
                )
                .with_field("number")
                .with_hint(crate::tr!("hint-issue-next-free", next = format!("{next:02}"))));
            }
            n
        }
        None => register.next(&type_code, &issuer, &date, dir)?,
    };
    if number == 0 {
        return Err(Diagnostic::error(file, crate::tr!("issue-number-zero")).with_field("number"));
    }
    let source = edit(prepared, number, &date)?;
    let changed = source != *prepared.source;
    Ok(Issued { source, number, date, code: code_of(number), changed })
}

/// A plan signed before it was numbered shows its month and year: the day
/// of issue must fall in them.
fn signed_month(prepared: &Prepared, date: &DocDate) -> Result<(), Diagnostic> {
    let signed = prepared.document.date;
    let same = signed.year == date.year && signed.month.is_none_or(|m| Some(m) == date.month);
    if prepared.document.status != Some(Status::ReadyToSign) || same {
        return Ok(());
    }
    let printed = signed.short_form();
    let wanted = format!("{:04}-{:02}", date.year, date.month.unwrap_or(1));
    Err(Diagnostic::error(
        &prepared.file,
        crate::tr!("issue-signed-month", printed = printed, date = date.short_form()),
    )
    .with_field("date")
    .with_hint(crate::tr!("hint-issue-signed-month", printed = printed, wanted = wanted)))
}

/// Two names of one file (as given, or canonical).
fn same_file(a: &str, b: &str) -> bool {
    a == b || matches!((std::fs::canonicalize(a), std::fs::canonicalize(b)), (Ok(x), Ok(y)) if x == y)
}

/// The plan's text with `number`, `date` and `status` replaced (or `number`
/// inserted before `date`), nothing else touched.
fn edit(prepared: &Prepared, number: u32, date: &DocDate) -> Result<String, Diagnostic> {
    let source: &str = &prepared.source;
    let span = |path: &str| prepared.positions.span(path);
    let Some(date_span) = span("date") else {
        return Err(Diagnostic::error(&prepared.file, crate::tr!("issue-no-date-key")));
    };
    // (span, replacement), applied from the end so the earlier spans stay valid.
    let mut edits = vec![(date_span.clone(), date.to_string())];
    match span("number") {
        Some(s) => edits.push((s, number.to_string())),
        None => {
            let line_start = source[..date_span.start].rfind('\n').map_or(0, |i| i + 1);
            let newline = if source.contains("\r\n") { "\r\n" } else { "\n" };
            edits.push((line_start..line_start, format!("number = {number}{newline}")));
        }
    }
    if prepared.document.status.is_some() {
        if let Some(s) = span("status") {
            edits.push((s, format!("\"{}\"", Status::Issued.id())));
        }
    }
    edits.sort_by_key(|(s, _)| std::cmp::Reverse(s.start));
    let mut out = source.to_owned();
    for (s, text) in edits {
        out.replace_range(s, &text);
    }
    Ok(out)
}

/// Today in Vietnam (UTC+7, no daylight saving time).
pub fn today() -> DocDate {
    let now = time::OffsetDateTime::now_utc().to_offset(time::UtcOffset::from_hms(7, 0, 0).unwrap_or(time::UtcOffset::UTC));
    DocDate::ymd(now.year(), u8::from(now.month()), now.day()).unwrap_or(DocDate { year: now.year(), month: None, day: None })
}
