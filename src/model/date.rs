//! Calendar dates of a document: the issue date (possibly without a day or
//! month for a draft) and the deadlines inside its text.
//!
//! A date is written in TOML as a local date (`date = 2024-04-01`) or as a
//! string for drafts: `"2024-04"` (no day yet) or `"2024"` (no day or month).

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};


/// A date that may lack its day (and month) while the document is a draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DocDate {
    /// The year.
    pub year: i32,
    /// The month (1–12), if given.
    pub month: Option<u8>,
    /// The day, if given (only with a month).
    pub day: Option<u8>,
}

/// Why a date is not acceptable (said in the user's language: `date-…` in
/// `locales/*/kehoach.ftl`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not a TOML date nor "YYYY-MM" / "YYYY".
    Form(String),
    /// A month outside 1–12.
    Month(u8),
    /// A day the month does not have.
    Day {
        /// The year.
        year: i32,
        /// The month.
        month: u8,
        /// The day asked for.
        day: u8,
        /// The month's last day.
        max: u8,
    },
    /// A date with a time of day.
    Time(String),
    /// A year outside 1900–2200.
    Year(i32),
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let said = match self {
            DateError::Form(value) => crate::tr!("date-form", value = value),
            DateError::Month(month) => crate::tr!("date-month", month = month),
            DateError::Day { year, month, day, max } => {
                crate::tr!("date-day", year = year, month = format!("{month:02}"), day = day, max = max)
            }
            DateError::Time(value) => crate::tr!("date-time", value = value),
            DateError::Year(year) => crate::tr!("date-year", year = year),
        };
        f.write_str(&said)
    }
}

impl std::error::Error for DateError {}

impl DocDate {
    /// A complete date, checked to exist.
    pub fn ymd(year: i32, month: u8, day: u8) -> Result<Self, DateError> {
        Self::checked(year, Some(month), Some(day))
    }

    fn checked(year: i32, month: Option<u8>, day: Option<u8>) -> Result<Self, DateError> {
        if !(1900..=2200).contains(&year) {
            return Err(DateError::Year(year));
        }
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return Err(DateError::Month(m));
            }
            if let Some(d) = day {
                let max = days_in_month(year, m);
                if d == 0 || d > max {
                    return Err(DateError::Day { year, month: m, day: d, max });
                }
            }
        }
        Ok(DocDate { year, month, day })
    }

    /// Parses "YYYY-MM-DD", "YYYY-MM" or "YYYY".
    pub fn parse(s: &str) -> Result<Self, DateError> {
        let s = s.trim();
        if s.contains('T') || s.contains(':') {
            return Err(DateError::Time(s.to_owned()));
        }
        let form = || DateError::Form(s.to_owned());
        let parts: Vec<&str> = s.split('-').collect();
        let num = |p: &str, len: usize| -> Result<u32, DateError> {
            if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) {
                p.parse().map_err(|_| form())
            } else {
                Err(form())
            }
        };
        match parts.as_slice() {
            [y] => Self::checked(num(y, 4)? as i32, None, None),
            [y, m] => Self::checked(num(y, 4)? as i32, Some(num(m, 2)? as u8), None),
            [y, m, d] => Self::checked(
                num(y, 4)? as i32,
                Some(num(m, 2)? as u8),
                Some(num(d, 2)? as u8),
            ),
            _ => Err(form()),
        }
    }

    /// True when day and month are known.
    pub fn is_complete(&self) -> bool {
        self.month.is_some() && self.day.is_some()
    }

    /// The header form: "ngày 01 tháng 4 năm 2024"; unknown parts are left as
    /// blanks to fill in by hand ("ngày    tháng 4 năm 2024").
    pub fn header_form(&self) -> String {
        let day = self.day.map(day_form).unwrap_or_else(|| "    ".into());
        let month = self.month.map(month_form).unwrap_or_else(|| "    ".into());
        format!("ngày {day} tháng {month} năm {}", self.year)
    }

    /// The short form used inside the text: "07/4/2024", "11/02/2015".
    pub fn short_form(&self) -> String {
        match (self.day, self.month) {
            (Some(d), Some(m)) => format!("{}/{}/{}", day_form(d), month_form(m), self.year),
            (None, Some(m)) => format!("{}/{}", month_form(m), self.year),
            _ => self.year.to_string(),
        }
    }

    /// The latest day the date can stand for: a draft dated "2026-05" may
    /// still be issued on 31/5/2026, one dated "2026" on 31/12/2026.
    pub fn latest(&self) -> (i32, u8, u8) {
        let month = self.month.unwrap_or(12);
        (self.year, month, self.day.unwrap_or_else(|| days_in_month(self.year, month)))
    }

    /// A sortable day number, treating missing parts as the earliest value.
    pub fn ordinal(&self) -> (i32, u8, u8) {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }
}

#[cfg(test)]
mod latest_tests {
    use super::DocDate;

    #[test]
    fn a_date_without_a_day_stands_for_its_last_day() {
        assert_eq!(DocDate::parse("2026-05").unwrap().latest(), (2026, 5, 31));
        assert_eq!(DocDate::parse("2024-02").unwrap().latest(), (2024, 2, 29));
        assert_eq!(DocDate::parse("2026").unwrap().latest(), (2026, 12, 31));
        assert_eq!(DocDate::parse("2026-05-26").unwrap().latest(), (2026, 5, 26));
    }
}

impl fmt::Display for DocDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

impl schemars::JsonSchema for DocDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "DocDate".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A date: a TOML local date (2024-04-01), or \"YYYY-MM\" / \"YYYY\" for a draft without a day",
            "anyOf": [
                { "type": "string", "format": "date" },
                { "type": "string", "pattern": "^[0-9]{4}(-[0-9]{2}){0,2}$" }
            ]
        })
    }
}

/// Written as the text it is read from: "2024-04-01", or "2024-04" for a
/// draft without a day (so that a document built in code is written as
/// TOML that reads back the same).
impl Serialize for DocDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for DocDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Toml(toml::value::Datetime),
            Str(String),
        }
        let text = match Raw::deserialize(d).map_err(|_| {
serde::de::Error::custom(crate::tr!("date-expected"))
        })? {
            Raw::Toml(dt) => {
                if dt.time.is_some() || dt.offset.is_some() {
                    return Err(serde::de::Error::custom(DateError::Time(dt.to_string())));
                }
                dt.to_string()
            }
            Raw::Str(s) => s,
        };
        DocDate::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// Day of a date as official documents write it: "05", "15".
pub(crate) fn day_form(day: u8) -> String {
    format!("{day:02}")
}

/// Month as official documents write it: "01", "02", then "3" … "12".
pub(crate) fn month_form(month: u8) -> String {
    if month <= 2 {
        format!("{month:02}")
    } else {
        month.to_string()
    }
}

/// Number of days in a month of the proleptic Gregorian calendar.
pub(crate) fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_forms() {
        assert_eq!(DocDate::ymd(2024, 4, 1).unwrap().header_form(), "ngày 01 tháng 4 năm 2024");
        assert_eq!(DocDate::ymd(2018, 2, 20).unwrap().header_form(), "ngày 20 tháng 02 năm 2018");
        assert_eq!(DocDate::ymd(2026, 1, 9).unwrap().header_form(), "ngày 09 tháng 01 năm 2026");
        assert_eq!(DocDate::ymd(2024, 12, 15).unwrap().header_form(), "ngày 15 tháng 12 năm 2024");
        assert_eq!(DocDate::parse("2026-05").unwrap().header_form(), "ngày      tháng 5 năm 2026");
        assert_eq!(DocDate::parse("2026").unwrap().header_form(), "ngày      tháng      năm 2026");
    }

    #[test]
    fn short_forms() {
        assert_eq!(DocDate::ymd(2024, 4, 7).unwrap().short_form(), "07/4/2024");
        assert_eq!(DocDate::ymd(2015, 2, 11).unwrap().short_form(), "11/02/2015");
        assert_eq!(DocDate::ymd(2024, 12, 15).unwrap().short_form(), "15/12/2024");
    }

    #[test]
    fn impossible_dates_are_refused() {
        assert!(matches!(DocDate::parse("2024-02-30"), Err(DateError::Day { max: 29, .. })));
        assert!(matches!(DocDate::parse("2023-02-29"), Err(DateError::Day { max: 28, .. })));
        assert!(matches!(DocDate::parse("2024-13-01"), Err(DateError::Month(13))));
        assert!(matches!(DocDate::parse("24-1-1"), Err(DateError::Form(_))));
        assert!(matches!(DocDate::parse("2024-04-01T10:00:00"), Err(DateError::Time(_))));
        assert!(DocDate::parse("2024-02-29").is_ok());
    }

    #[test]
    fn date_parts_follow_the_zero_rule() {
        assert_eq!(day_form(5), "05");
        assert_eq!(day_form(15), "15");
        assert_eq!(month_form(1), "01");
        assert_eq!(month_form(2), "02");
        assert_eq!(month_form(3), "3");
        assert_eq!(month_form(12), "12");
    }

    #[test]
    fn calendar() {
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(2023, 2), 28);
        assert_eq!(days_in_month(1900, 2), 28);
        assert_eq!(days_in_month(2000, 2), 29);
        assert_eq!(days_in_month(2024, 4), 30);
    }
}
