//! Days offices do not work: a warning when a deadline (a `[date]…[/date]`
//! in the text, a milestone, a unit's deadline in the organisation) falls on
//! a Sunday, and when the document itself is dated on one. Either may be
//! meant (a Sunday campaign), so each is a warning a document can keep with
//! `[check] allow`.

use super::form_rules::Checker;
use crate::model::date::DocDate;

/// The id of the warning that a deadline falls on a Sunday.
pub const DEADLINE_ON_SUNDAY: &str = "deadline-on-sunday";
/// The id of the warning that the document is dated on a Sunday.
pub const DATED_ON_SUNDAY: &str = "dated-on-sunday";

/// Whether a complete date is a Sunday (`false` without a day).
pub fn is_sunday(date: &DocDate) -> bool {
    weekday(date) == Some(time::Weekday::Sunday)
}

fn weekday(date: &DocDate) -> Option<time::Weekday> {
    let (Some(month), Some(day)) = (date.month, date.day) else { return None };
    let month = time::Month::try_from(month).ok()?;
    Some(time::Date::from_calendar_date(date.year, month, day).ok()?.weekday())
}

/// The working days either side of a Sunday: "Friday 05/6/2026 or Monday 08/6/2026".
fn around(date: &DocDate) -> Option<(String, String)> {
    let (Some(month), Some(day)) = (date.month, date.day) else { return None };
    let d = time::Date::from_calendar_date(date.year, time::Month::try_from(month).ok()?, day).ok()?;
    let short = |d: time::Date| DocDate::ymd(d.year(), u8::from(d.month()), d.day()).map(|d| d.short_form()).unwrap_or_default();
    Some((short(d - time::Duration::days(2)), short(d + time::Duration::days(1))))
}

/// Warns of every deadline on a Sunday (`dates`: each date of the text with
/// its field path) and of a document dated on a Sunday.
pub fn sundays(c: &mut Checker, issued: &DocDate, dates: &[(String, DocDate)]) {
    for (path, date) in dates.iter().filter(|(_, d)| is_sunday(d)) {
        let (friday, monday) = around(date).unwrap_or_default();
        c.warning(
            DEADLINE_ON_SUNDAY,
            path,
            crate::tr!("deadline-on-sunday", date = date.short_form()),
            Some(crate::tr!("hint-deadline-on-sunday", friday = friday, monday = monday, id = DEADLINE_ON_SUNDAY)),
        );
    }
    if is_sunday(issued) {
        c.warning(
            DATED_ON_SUNDAY,
            "date",
            crate::tr!("dated-on-sunday", date = issued.short_form()),
            Some(crate::tr!("hint-dated-on-sunday", id = DATED_ON_SUNDAY)),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sundays_are_found_and_a_date_without_a_day_is_none() {
        assert!(is_sunday(&DocDate::ymd(2026, 6, 7).unwrap()));
        assert!(!is_sunday(&DocDate::ymd(2026, 6, 8).unwrap()));
        assert!(is_sunday(&DocDate::ymd(2024, 4, 7).unwrap()));
        assert!(!is_sunday(&DocDate::parse("2026-06").unwrap()));
        assert_eq!(around(&DocDate::ymd(2026, 6, 7).unwrap()), Some(("05/6/2026".into(), "08/6/2026".into())));
    }
}
