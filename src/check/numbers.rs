//! Numbers that do not collide: across the documents of one `kehoach check`
//! (or `kehoach register`), two that share type code, number and issuer code
//! in the same period are reported on the later file's `number`, naming the
//! first (HD 05 3.1.1: numbers run "liên tục từ số 01 cho mỗi tên loại văn
//! bản trong một nhiệm kỳ cấp uỷ"; a repeated number is almost always a typo
//! or a copied file).
//!
//! The period is a committee's term, or a congress, as the repository's
//! `kehoach.toml` names them (`crate::issuing::config` finds it and gives each
//! document its [`Period`]); without one, the calendar year. A congress's
//! documents (issuer code `ĐH`) share one numbering across every kind
//! (HD 05 3.1.1a), so their key leaves the type code out.

use std::ops::Range;
use std::sync::Arc;

use crate::diagnostic::Diagnostic;
use crate::model::date::DocDate;
use crate::model::Document;
use crate::profile::Profile;

/// The id of the warning (see [`crate::diagnostic::ids`]).
pub const DUPLICATE_NUMBER: &str = "duplicate-number";

/// The issuer code of a congress's bodies: one numbering across every kind.
pub const CONGRESS_CODE: &str = "ĐH";

/// The period a number runs in.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Period {
    /// A committee's term or a congress (from `kehoach.toml`): its first day,
    /// its last day (none while it runs), and how it is named.
    Term {
        /// The congress's date that opened the term (or a congress's preparatory session).
        start: DocDate,
        /// The term's last day; `None` for the current term.
        end: Option<DocDate>,
        /// Its name in messages ("2025 - 2030").
        label: String,
    },
    /// The calendar year (no `kehoach.toml`, or a date in no configured term).
    Year(i32),
}

impl Period {
    /// Whether the period contains a date.
    pub fn contains(&self, date: &DocDate) -> bool {
        match self {
            Period::Term { start, end, .. } => {
                start.ordinal() <= date.ordinal() && end.is_none_or(|e| date.ordinal() <= e.latest())
            }
            Period::Year(y) => date.year == *y,
        }
    }
}

impl Period {
    /// The period in a message: "the term 2025 - 2030", "the congress …"
    /// (a term of the issuer code `ĐH`), "2024".
    pub fn describe(&self, issuer_code: &str) -> String {
        match self {
            Period::Term { label, .. } if issuer_code == CONGRESS_CODE => {
                crate::tr!("period-congress", label = label)
            }
            Period::Term { label, .. } => crate::tr!("period-term", label = label),
            Period::Year(y) => crate::tr!("period-year", year = y),
        }
    }
}

/// What makes a number unique: the series (the type code, or none for a
/// congress's shared numbering), the number, the issuer code and the period.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NumberKey {
    /// The issuer code ("ĐU").
    pub issuer_code: String,
    /// The type code ("KH"); empty for a congress (`ĐH`), whose numbering is
    /// shared across kinds.
    pub series: String,
    /// The period the number runs in.
    pub period: Period,
    /// The document's number.
    pub number: u32,
}

/// A numbered document of a set: its file, key, the number as printed, and
/// where `number` is written (to locate the warning).
#[derive(Clone, Debug)]
pub struct Numbered {
    /// The input file as the user named it.
    pub file: String,
    /// The key its number must not share.
    pub key: NumberKey,
    /// "03-KH/ĐU".
    pub code: String,
    /// The type code ("KH").
    pub type_code: String,
    /// The document's source and the span of its `number` value.
    place: Option<(Arc<str>, Range<usize>)>,
}

impl Numbered {
    /// The numbered document of a prepared file, in its period; `None` for an
    /// unnumbered draft.
    /// `place` is the document's source and the span of its `number` value.
    pub fn of(file: &str, doc: &Document, profile: &Profile, place: Option<(Arc<str>, Range<usize>)>, period: Period) -> Option<Numbered> {
        let number = doc.number?;
        let type_code = type_code(doc, profile);
        let issuer_code = doc.issuer.code.as_str().trim().to_owned();
        let series = if issuer_code == CONGRESS_CODE { String::new() } else { type_code.clone() };
        Some(Numbered {
            file: file.to_owned(),
            code: format!("{number:02}-{type_code}/{issuer_code}"),
            key: NumberKey { issuer_code, series, period, number },
            type_code,
            place,
        })
    }

    /// A diagnostic located at this document's `number`.
    pub fn locate(&self, d: Diagnostic) -> Diagnostic {
        let d = d.with_field("number");
        match &self.place {
            Some((source, span)) => d.at(source, span.clone()),
            None => d,
        }
    }
}

/// The type code of a document's kind in its rule set ("KH").
pub fn type_code(doc: &Document, profile: &Profile) -> String {
    profile.codes.types.get(doc.kind.id()).cloned().unwrap_or_default()
}

/// One warning for each document whose key an earlier one already has, on the
/// later file's `number` and naming the first.
pub fn duplicates(docs: &[Numbered]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (i, doc) in docs.iter().enumerate() {
        if let Some(first) = docs[..i].iter().find(|d| d.key == doc.key) {
            out.push(duplicate(doc, first));
        }
    }
    out
}

/// The warning that `doc` repeats the number of `first`.
fn duplicate(doc: &Numbered, first: &Numbered) -> Diagnostic {
    let (code, period, other) = (&doc.code, doc.key.period.describe(&doc.key.issuer_code), &first.file);
    // A congress's documents of different kinds share their numbers: name the first's code.
    let message = if first.code == doc.code {
        crate::tr!("duplicate-number", code = code, period = period, other = other)
    } else {
        crate::tr!("duplicate-number-congress", code = code, period = period, other = other, first_code = first.code)
    };
    let next = format!("kehoach register --next {}", doc.type_code);
    let hint = crate::tr!("hint-duplicate-number", next = next);
    doc.locate(Diagnostic::warning(&doc.file, message).with_id(DUPLICATE_NUMBER).with_hint(hint))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(file: &str, number: u32, code: &str, issuer: &str, period: Period) -> Numbered {
        let series = if issuer == CONGRESS_CODE { String::new() } else { code.to_owned() };
        Numbered {
            file: file.into(),
            key: NumberKey { issuer_code: issuer.into(), series, period, number },
            code: format!("{number:02}-{code}/{issuer}"),
            type_code: code.into(),
            place: Some((Arc::from("number = 15\n"), 9..11)),
        }
    }

    fn term(start: i32, end: i32) -> Period {
        Period::Term {
            start: DocDate::ymd(start, 8, 20).unwrap(),
            end: Some(DocDate::ymd(end, 8, 19).unwrap()),
            label: format!("{start} - {end}"),
        }
    }

    #[test]
    fn same_type_number_issuer_and_year_collide() {
        let docs = vec![
            doc("a.toml", 15, "KH", "ĐU", Period::Year(2024)),
            doc("b.toml", 15, "KH", "ĐU", Period::Year(2025)),
            doc("c.toml", 15, "TB", "ĐU", Period::Year(2024)),
            doc("d.toml", 15, "KH", "ĐU", Period::Year(2024)),
        ];
        let found = duplicates(&docs);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].file, "d.toml");
        assert_eq!((found[0].line, found[0].column, found[0].field.as_deref()), (Some(1), Some(10), Some("number")));
        assert_eq!(found[0].message, "number 15-KH/ĐU of 2024 is also the number of a.toml");
    }

    #[test]
    fn numbers_run_per_term_and_a_congress_shares_one_series() {
        let docs = vec![
            doc("a.toml", 278, "CV", "ĐU", term(2025, 2030)),
            doc("b.toml", 278, "CV", "ĐU", term(2020, 2025)),
            doc("c.toml", 278, "CV", "ĐU", term(2025, 2030)),
            doc("d.toml", 3, "NQ", CONGRESS_CODE, term(2025, 2025)),
            doc("e.toml", 3, "BB", CONGRESS_CODE, term(2025, 2025)),
        ];
        let found = duplicates(&docs);
        let found: Vec<(&str, &str)> = found.iter().map(|d| (d.file.as_str(), d.message.as_str())).collect();
        assert_eq!(
            found,
            [
                ("c.toml", "number 278-CV/ĐU of the term 2025 - 2030 is also the number of a.toml"),
                ("e.toml", "number 03-BB/ĐH of the congress 2025 - 2025 is also the number of d.toml (03-NQ/ĐH: a congress numbers all its documents in one series)"),
            ]
        );
    }

    #[test]
    fn a_term_contains_its_days_and_an_open_term_runs_on() {
        let t = term(2025, 2030);
        assert!(t.contains(&DocDate::ymd(2026, 1, 14).unwrap()));
        assert!(!t.contains(&DocDate::ymd(2025, 8, 19).unwrap()));
        assert!(t.contains(&DocDate::ymd(2030, 8, 19).unwrap()));
        let open = Period::Term { start: DocDate::ymd(2025, 8, 20).unwrap(), end: None, label: "2025 -".into() };
        assert!(open.contains(&DocDate::ymd(2031, 1, 1).unwrap()));
    }
}
