//! Issuing: what happens to a document after `render` — its number in its
//! issuing body's term, the register of documents sent out (sổ đăng ký văn
//! bản đi), and giving a plan its number and date.
//!
//! | module | what it does |
//! |---|---|
//! | [`config`] | `kehoach.toml`: each issuing body's terms (and congresses), found by walking up from a plan |
//! | [`register`] | the register of a set of plans: rows, duplicates and gaps per term, the next free number; table, JSON, CSV, XLSX |
//! | [`xlsx`] | the register as an Excel workbook (a minimal SpreadsheetML package) |
//! | [`issue`] | `kehoach issue`: the number and date written into the plan's TOML in place, comments and layout kept |
//!
//! It comes after the pipeline: it prepares plans ([`crate::prepare`]) and
//! reads their numbers ([`crate::check::numbers`]).

pub mod config;
pub mod issue;
pub mod register;
pub mod xlsx;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::check::numbers::Numbered;
use crate::diagnostic::Diagnostic;
use crate::Prepared;
use config::{Found, Terms};

/// The configurations of a set of plans, each read once per directory.
#[derive(Debug, Default)]
pub struct TermsCache {
    by_dir: HashMap<PathBuf, Terms>,
    unconfigured: Option<String>,
}

impl TermsCache {
    /// The terms in force for a plan file (a broken `kehoach.toml` is an error).
    pub fn for_file(&mut self, file: &Path) -> Result<&Terms, Diagnostic> {
        let dir = file.parent().map(Path::to_owned).unwrap_or_default();
        if !self.by_dir.contains_key(&dir) {
            let terms = Terms::find(file)?;
            self.by_dir.insert(dir.clone(), terms);
        }
        Ok(&self.by_dir[&dir])
    }

    /// A prepared plan's number in its period, with the warning that its date
    /// is in no term of its issuer. A plan numbered without a configuration is
    /// remembered for [`TermsCache::unconfigured`].
    pub fn number(&mut self, prepared: &Prepared) -> (Option<Numbered>, Vec<Diagnostic>) {
        let doc = &prepared.document;
        if doc.number.is_none() {
            return (None, Vec::new());
        }
        let terms = match self.for_file(Path::new(&prepared.file)) {
            Ok(t) => t.clone(),
            Err(e) => return (None, vec![e]),
        };
        let code = doc.issuer.code.as_str().trim().to_owned();
        let found = terms.period(&code, &doc.date);
        let mut warnings = Vec::new();
        match (&found, &terms.path) {
            (Found::Outside(_), Some(path)) => {
                let d = config::outside_terms(&prepared.file, &code, &doc.date, path);
                warnings.push(match prepared.positions.span("date") {
                    Some(span) => d.at(&prepared.source, span),
                    None => d,
                });
            }
            (_, None) if self.unconfigured.is_none() => self.unconfigured = Some(prepared.file.clone()),
            _ => {}
        }
        (Numbered::of(&prepared.file, &prepared.document, &prepared.profile, prepared.positions.span("number").map(|span| (prepared.source.clone(), span)), found.period().clone()), warnings)
    }

    /// The warning, said once, that numbers were compared per calendar year
    /// for want of a `kehoach.toml` (on the first plan that was).
    pub fn unconfigured(&self) -> Option<Diagnostic> {
        self.unconfigured.as_deref().map(config::no_configuration)
    }
}
