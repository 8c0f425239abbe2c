//! Numbers that do not collide: across the documents of one `kehoach check`,
//! two that share type code, number and issuer code in the same year are
//! reported, naming both files (HD 05 3.1.1: numbers run per document type
//! within a committee's term, so a repeated number is almost always a typo or
//! a copied file).

use crate::diagnostic::Diagnostic;
use crate::model::Document;
use crate::profile::Profile;

/// The id of the warning (see [`super::ids`]).
pub const DUPLICATE_NUMBER: &str = "duplicate-number";

/// What makes a number unique: type code, number, issuer code, year.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct NumberKey {
    /// The type code ("KH").
    pub type_code: String,
    /// The document's number.
    pub number: u32,
    /// The issuer code ("ĐU").
    pub issuer_code: String,
    /// The year of the document's date.
    pub year: i32,
}

impl NumberKey {
    /// The key of a document under its profile (the profile gives the type
    /// code); `None` for an unnumbered draft.
    pub fn of(doc: &Document, profile: &Profile) -> Option<NumberKey> {
        Some(NumberKey {
            type_code: profile.codes.types.get(doc.kind.id()).cloned().unwrap_or_default(),
            number: doc.number?,
            issuer_code: doc.issuer.code.as_str().trim().to_owned(),
            year: doc.date.year,
        })
    }
}

/// One warning for each document whose key an earlier one already has, on the
/// later file and naming the first.
pub fn duplicates(docs: &[(String, NumberKey)]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (i, (file, key)) in docs.iter().enumerate() {
        if let Some((first, _)) = docs[..i].iter().find(|(_, k)| k == key) {
            out.push(
                Diagnostic::warning(
                    file,
                    format!(
                        "number {:02}-{}/{} of {} is also the number of {first}",
                        key.number, key.type_code, key.issuer_code, key.year
                    ),
                )
                .with_field("number")
                .with_id(DUPLICATE_NUMBER)
                .with_hint("numbers run per document type and issuer (HD 05 3.1.1): give one of them the next free number"),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(number: u32, code: &str, year: i32) -> NumberKey {
        NumberKey { type_code: code.into(), number, issuer_code: "ĐU".into(), year }
    }

    #[test]
    fn same_type_number_issuer_and_year_collide() {
        let docs = vec![
            ("a.toml".to_owned(), key(15, "KH", 2024)),
            ("b.toml".to_owned(), key(15, "KH", 2025)),
            ("c.toml".to_owned(), key(15, "TB", 2024)),
            ("d.toml".to_owned(), key(15, "KH", 2024)),
        ];
        let found = duplicates(&docs);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].file, "d.toml");
        assert_eq!(found[0].message, "number 15-KH/ĐU of 2024 is also the number of a.toml");
    }
}
