//! Numbers that do not collide: across the documents of one `kehoach check`,
//! two that share type code, number and issuer code in the same year are
//! reported, naming both files (HD 05 3.1.1: numbers run per document type
//! within a committee's term, so a repeated number is almost always a typo or
//! a copied file).

use crate::diagnostic::Diagnostic;
use crate::Prepared;

/// The id of the warning (see [`crate::diagnostic::ids`]).
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
    /// The key of a prepared document; `None` for an unnumbered draft.
    pub fn of(prepared: &Prepared) -> Option<NumberKey> {
        let doc = &prepared.document;
        Some(NumberKey {
            type_code: prepared.profile.codes.types.get(doc.kind.id()).cloned().unwrap_or_default(),
            number: doc.number?,
            issuer_code: doc.issuer.code.as_str().trim().to_owned(),
            year: doc.date.year,
        })
    }
}

/// Where a document's number is written: a warning without a message,
/// located at `number` (line, column, snippet), that [`duplicates`] fills.
pub fn site(prepared: &Prepared) -> Diagnostic {
    let d = Diagnostic::warning(&prepared.file, "").with_field("number");
    match prepared.positions.span("number") {
        Some(span) => d.at(&prepared.source, span),
        None => d,
    }
}

/// One warning for each document whose key an earlier one already has, on the
/// later file at its `number` (the [`site`] given with the key) and naming the first.
pub fn duplicates(docs: &[(Diagnostic, NumberKey)]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (i, (site, key)) in docs.iter().enumerate() {
        if let Some((first, _)) = docs[..i].iter().find(|(_, k)| k == key) {
            let mut d = site.clone();
            d.message = format!(
                "number {:02}-{}/{} of {} is also the number of {}",
                key.number, key.type_code, key.issuer_code, key.year, first.file
            );
            out.push(
                d.with_id(DUPLICATE_NUMBER)
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
        let site = |file: &str| Diagnostic::warning(file, "").with_field("number").at("number = 15\n", 9..11);
        let docs = vec![
            (site("a.toml"), key(15, "KH", 2024)),
            (site("b.toml"), key(15, "KH", 2025)),
            (site("c.toml"), key(15, "TB", 2024)),
            (site("d.toml"), key(15, "KH", 2024)),
        ];
        let found = duplicates(&docs);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].file, "d.toml");
        assert_eq!((found[0].line, found[0].column, found[0].field.as_deref()), (Some(1), Some(10), Some("number")));
        assert_eq!(found[0].message, "number 15-KH/ĐU of 2024 is also the number of a.toml");
    }
}
