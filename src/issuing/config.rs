//! The repository's configuration, `kehoach.toml`: the terms of each issuing
//! body, in which its numbers run (HD 05 3.1.1), and the congresses, whose
//! documents (issuer code `ĐH`) share one numbering across kinds (3.1.1a).
//!
//! ```toml
//! [[term]]
//! issuer = "ĐU"          # the issuer code in the number
//! start = 2025-08-20     # the congress that opened the term
//! end = 2030-08-19       # optional: its last day (none while it runs)
//! label = "2025 - 2030"  # optional: its name in messages
//!
//! [[term]]
//! issuer = "ĐH"          # a congress: from the preparatory session to closing
//! start = 2025-08-15
//! end = 2025-08-20
//! label = "Đảng bộ xã lần thứ I"
//! ```
//!
//! It is found by walking up from the plan's directory ([`Terms::find`]).
//! Without one, numbers run per calendar year, and [`no_configuration`] says
//! so once. `schemas/kehoach.schema.json` is [`json_schema`].

use std::path::{Path, PathBuf};

use schemars::JsonSchema;
use serde::Deserialize;

use crate::check::numbers::Period;
use crate::diagnostic::Diagnostic;
use crate::model::date::DocDate;
use crate::vietnamese::Text;

/// The file name of the configuration.
pub const FILE_NAME: &str = crate::render::batch::REPOSITORY_CONFIG;

/// The id of the warning that no configuration was found.
pub const NO_TERMS: &str = "no-terms";
/// The id of the warning that a numbered document's date is in no term of its issuer.
pub const OUTSIDE_TERMS: &str = "outside-terms";

/// `kehoach.toml` as written.
#[derive(Clone, Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "kehoach.toml", description = "The repository's issuing bodies' terms, in which document numbers run (HD 05 3.1.1)")]
pub struct Config {
    /// Each issuing body's terms, and each congress (issuer code "ĐH").
    #[serde(default)]
    pub term: Vec<Term>,
}

/// One term of an issuing body, or one congress.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// The issuer code in the number ("ĐU", "BTGDVTU"); "ĐH" for a congress,
    /// whose documents share one numbering across kinds.
    pub issuer: Text,
    /// The term's first day: the congress's date (a congress: its preparatory session).
    #[schemars(with = "String", regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    pub start: DocDate,
    /// The term's last day; omit for the current term.
    #[serde(default)]
    #[schemars(with = "Option<String>", regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    pub end: Option<DocDate>,
    /// Its name in messages ("2025 - 2030"); default: the years.
    #[serde(default)]
    pub label: Option<Text>,
}

impl Term {
    /// The period this term is.
    pub fn period(&self) -> Period {
        let label = match (&self.label, &self.end) {
            (Some(l), _) if !l.is_blank() => l.as_str().trim().to_owned(),
            (_, Some(end)) => format!("{} - {}", self.start.year, end.year),
            (_, None) => format!("{} -", self.start.year),
        };
        Period::Term { start: self.start, end: self.end, label }
    }
}

/// The terms in force for a set of plans: a found configuration, or none.
#[derive(Clone, Debug, Default)]
pub struct Terms {
    /// Where the configuration was found; `None`: numbers run per year.
    pub path: Option<PathBuf>,
    /// The configuration (empty without one).
    pub config: Config,
}

/// How a document's period was chosen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    /// In a configured term of its issuer.
    Term(Period),
    /// Its issuer has terms in the configuration, but none contains the date:
    /// the calendar year, with a warning.
    Outside(Period),
    /// No configuration, or none of its issuer's terms: the calendar year.
    Year(Period),
}

impl Found {
    /// The period, however found.
    pub fn period(&self) -> &Period {
        match self {
            Found::Term(p) | Found::Outside(p) | Found::Year(p) => p,
        }
    }
}

impl Terms {
    /// The configuration above a plan: `kehoach.toml` in the plan's directory
    /// or the nearest directory above it; none found is no error.
    pub fn find(plan: &Path) -> Result<Terms, Diagnostic> {
        let dir = plan.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let start = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_owned());
        for dir in start.ancestors() {
            let candidate = dir.join(FILE_NAME);
            if candidate.is_file() {
                return Terms::read(&candidate);
            }
        }
        Ok(Terms::default())
    }

    /// Reads and checks a configuration file.
    pub fn read(path: &Path) -> Result<Terms, Diagnostic> {
        let name = path.display().to_string();
        let source = std::fs::read_to_string(path).map_err(|e| {
            Diagnostic::error(&name, crate::tr!("config-unreadable", reason = crate::Error::io_reason(&e)))
        })?;
        let config = Terms::parse(&name, &source)?;
        Ok(Terms { path: Some(path.to_owned()), config })
    }

    /// Parses a configuration's text; a bad value or overlapping terms are a located error.
    pub fn parse(file: &str, source: &str) -> Result<Config, Diagnostic> {
        let config: Config = toml::from_str(source).map_err(|e| {
            let d = Diagnostic::error(file, e.message().to_owned()).with_hint(crate::tr!("hint-config-form"));
            match e.span() {
                Some(span) => d.at(source, span),
                None => d,
            }
        })?;
        for (i, t) in config.term.iter().enumerate() {
            let at = |d: Diagnostic| d.with_field(format!("term[{i}]"));
            if let Some(end) = t.end.filter(|end| end.ordinal() < t.start.ordinal()) {
                return Err(at(Diagnostic::error(
                    file,
                    crate::tr!("term-ends-before-start", index = i + 1, issuer = t.issuer, end = end, start = t.start),
                )));
            }
            let overlaps = config.term[..i].iter().find(|o| o.issuer.as_str().trim() == t.issuer.as_str().trim() && overlap(o, t));
            if let Some(other) = overlaps {
                return Err(at(Diagnostic::error(
                    file,
                    crate::tr!("terms-overlap", issuer = t.issuer, first = other.start, second = t.start),
                )
                .with_hint(crate::tr!("hint-terms-overlap"))));
            }
        }
        Ok(config)
    }

    /// The period in which a document of `issuer_code` dated `date` is numbered.
    pub fn period(&self, issuer_code: &str, date: &DocDate) -> Found {
        let year = Period::Year(date.year);
        let mut own = self.config.term.iter().filter(|t| t.issuer.as_str().trim() == issuer_code.trim()).peekable();
        if own.peek().is_none() {
            return Found::Year(year);
        }
        match own.map(Term::period).find(|p| p.contains(date)) {
            Some(p) => Found::Term(p),
            None => Found::Outside(year),
        }
    }

    /// The configured terms of an issuer, in order.
    pub fn of_issuer<'a>(&'a self, issuer_code: &'a str) -> impl Iterator<Item = Period> + 'a {
        self.config.term.iter().filter(move |t| t.issuer.as_str().trim() == issuer_code.trim()).map(Term::period)
    }
}

fn overlap(a: &Term, b: &Term) -> bool {
    let before = |x: &Term, y: &Term| x.end.is_some_and(|end| end.latest() < y.start.ordinal());
    !before(a, b) && !before(b, a)
}

/// The warning, said once, that there is no configuration: numbers are
/// compared per calendar year.
pub fn no_configuration(file: &str) -> Diagnostic {
    Diagnostic::warning(
        file,
        crate::tr!("no-terms-config", config = FILE_NAME),
    )
    .with_id(NO_TERMS)
    .with_hint(crate::tr!("hint-no-terms-config", config = FILE_NAME))
}

/// The warning that a numbered document's date is in none of its issuer's
/// terms (its number is compared within the calendar year).
pub fn outside_terms(file: &str, issuer_code: &str, date: &DocDate, config: &Path) -> Diagnostic {
    Diagnostic::warning(
        file,
        crate::tr!("outside-terms", date = date, issuer = issuer_code, config = config.display(), year = date.year),
    )
    .with_id(OUTSIDE_TERMS)
    .with_field("date")
    .with_hint(crate::tr!("hint-outside-terms", config = FILE_NAME))
}

/// The JSON Schema of `kehoach.toml` (`schemas/kehoach.schema.json`).
pub fn json_schema() -> String {
    let mut s = serde_json::to_string_pretty(&schemars::schema_for!(Config)).unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONFIG: &str = "[[term]]\nissuer = \"ĐU\"\nstart = 2020-08-20\nend = 2025-08-19\n\n[[term]]\nissuer = \"ĐU\"\nstart = 2025-08-20\n";

    #[test]
    fn a_date_falls_in_its_issuers_term_or_its_year() {
        let terms = Terms { path: None, config: Terms::parse("k.toml", CONFIG).unwrap() };
        let d = |y, m, day| DocDate::ymd(y, m, day).unwrap();
        let p = |f: Found| match f {
            Found::Term(Period::Term { label, .. }) => label,
            other => format!("{other:?}"),
        };
        assert_eq!(p(terms.period("ĐU", &d(2026, 1, 14))), "2025 -");
        assert_eq!(p(terms.period("ĐU", &d(2025, 8, 19))), "2020 - 2025");
        assert_eq!(terms.period("ĐU", &d(2019, 1, 1)), Found::Outside(Period::Year(2019)));
        assert_eq!(terms.period("BTGDVTU", &d(2026, 1, 1)), Found::Year(Period::Year(2026)));
    }

    #[test]
    fn overlapping_terms_and_unknown_keys_are_located_errors() {
        let e = Terms::parse("k.toml", "[[term]]\nissuer = \"ĐU\"\nstart = 2020-08-20\n[[term]]\nissuer = \"ĐU\"\nstart = 2025-08-20\n").unwrap_err();
        assert_eq!(e.message, "two terms of ĐU overlap (starting 2020-08-20 and 2025-08-20)");
        assert_eq!(e.field.as_deref(), Some("term[1]"));
        let e = Terms::parse("k.toml", "[[term]]\nissuer = \"ĐU\"\nstart = 2020-08-20\nende = 2025-08-19\n").unwrap_err();
        assert!(e.message.contains("unknown field `ende`"), "{}", e.message);
        assert_eq!((e.line, e.column), (Some(4), Some(1)));
    }
}
