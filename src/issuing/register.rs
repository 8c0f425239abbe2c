//! The register of documents sent out (sổ đăng ký văn bản đi), kept from the
//! plans themselves: one row per numbered plan — number and code, date, kind,
//! subject (trích yếu), signer, recipients, copies, file — in the order of
//! issue; numbers used twice and gaps in a series, per term, as located
//! diagnostics; and the next free number of a series.

use std::path::{Path, PathBuf};

use serde::Serialize;

use super::config::Found;
use super::xlsx::Cell;
use super::TermsCache;
use crate::check::numbers::{self, NumberKey, Numbered, Period, CONGRESS_CODE};
use crate::diagnostic::Diagnostic;
use crate::model::date::DocDate;
use crate::Prepared;

/// The id of the warning that numbers are missing inside a series.
pub const NUMBER_GAP: &str = "number-gap";

/// One row of the register.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Row {
    /// "03-KH/ĐU".
    pub code: String,
    /// The number.
    pub number: u32,
    /// The type code ("KH").
    pub type_code: String,
    /// The issuer code ("ĐU").
    pub issuer_code: String,
    /// The date of issue ("2026-01-14" in JSON).
    #[serde(serialize_with = "date_string")]
    pub date: DocDate,
    /// The period the number runs in, as named in messages.
    pub period: String,
    /// The kind, as named in running text ("Kế hoạch").
    pub kind: String,
    /// The subject (trích yếu).
    pub subject: String,
    /// Who signed: "Nguyễn Văn An (Phó Bí thư)".
    pub signer: String,
    /// The recipients, then the archive ("Lưu VPĐU").
    pub recipients: Vec<String>,
    /// Copies issued, when given.
    pub copies: Option<u32>,
    /// The plan's file.
    pub file: String,
}

impl Row {
    fn of(prepared: &Prepared, numbered: &Numbered) -> Row {
        let doc = &prepared.document;
        let signer = match doc.signer.position.as_str().trim() {
            "" => doc.signer.name.as_str().trim().to_owned(),
            position => format!("{} ({position})", doc.signer.name.as_str().trim()),
        };
        let mut recipients: Vec<String> = Vec::new();
        if let Some(r) = &doc.recipients {
            recipients.extend(r.to.iter().map(|t| t.name().as_str().trim().to_owned()));
            recipients.push(format!("Lưu {}", r.archive.as_str().trim()));
        }
        let subject = match &doc.congress_report {
            Some(c) => c.theme.as_str(),
            None => doc.subject.as_str(),
        };
        Row {
            code: numbered.code.clone(),
            number: numbered.key.number,
            type_code: numbered.type_code.clone(),
            issuer_code: numbered.key.issuer_code.clone(),
            date: doc.date,
            period: numbered.key.period.describe(&numbered.key.issuer_code),
            kind: doc.kind.type_name_in_text(),
            subject: subject.split_whitespace().collect::<Vec<_>>().join(" "),
            signer,
            recipients,
            copies: doc.recipients.as_ref().and_then(|r| r.copies),
            file: prepared.file.clone(),
        }
    }

    /// The row's cells, in the order of [`header`].
    pub fn cells(&self) -> Vec<Cell> {
        vec![
            Cell::Text(self.code.clone()),
            Cell::Text(self.date.short_form()),
            Cell::Text(self.kind.clone()),
            Cell::Text(self.subject.clone()),
            Cell::Text(self.signer.clone()),
            Cell::Text(self.recipients.join("; ")),
            self.copies.map_or(Cell::Empty, |c| Cell::Number(c.into())),
            Cell::Text(self.file.clone()),
        ]
    }
}

/// The column headings of the table, the CSV and the workbook.
pub fn header() -> Vec<String> {
    use crate::tr;
    vec![
        tr!("register-col-number"),
        tr!("register-col-date"),
        tr!("register-col-kind"),
        tr!("register-col-subject"),
        tr!("register-col-signer"),
        tr!("register-col-recipients"),
        tr!("register-col-copies"),
        tr!("register-col-file"),
    ]
}

/// The register of a set of plans.
#[derive(Debug, Default)]
pub struct Register {
    /// The numbered plans, in the order of issue (date, issuer, type, number).
    pub rows: Vec<Row>,
    /// The plans that could not be read or failed their check (their errors),
    /// numbers used twice, gaps, dates in no term, and (once) that numbers
    /// run per calendar year for want of a `kehoach.toml`.
    pub diagnostics: Vec<Diagnostic>,
    /// The numbered plans with their keys.
    pub numbered: Vec<Numbered>,
    /// The terms of each plan's repository.
    pub terms: TermsCache,
}

impl Register {
    /// Reads and checks every file, and builds the register.
    pub fn build(files: &[PathBuf]) -> Register {
        let mut reg = Register::default();
        let mut numbered_rows = Vec::new();
        for file in files {
            let name = file.display().to_string();
            let prepared = match crate::read_source(file).and_then(|source| crate::prepare(&name, &source)) {
                Ok(p) => p,
                Err(crate::Error::Invalid(d)) => {
                    reg.diagnostics.extend(d.into_iter().filter(Diagnostic::is_error));
                    continue;
                }
                Err(e) => {
                    reg.diagnostics.push(Diagnostic::error(&name, e.to_string()));
                    continue;
                }
            };
            let (numbered, warnings) = reg.terms.number(&prepared);
            reg.diagnostics.extend(warnings);
            if let Some(n) = numbered {
                numbered_rows.push((Row::of(&prepared, &n), n));
            }
        }
        numbered_rows.sort_by(|(a, _), (b, _)| {
            (a.date.ordinal(), &a.issuer_code, &a.type_code, a.number).cmp(&(b.date.ordinal(), &b.issuer_code, &b.type_code, b.number))
        });
        let (rows, numbered): (Vec<Row>, Vec<Numbered>) = numbered_rows.into_iter().unzip();
        reg.rows = rows;
        reg.numbered = numbered;
        reg.diagnostics.extend(numbers::duplicates(&reg.numbered));
        reg.diagnostics.extend(gaps(&reg.numbered));
        reg.diagnostics.extend(reg.terms.unconfigured());
        reg
    }

    /// Whether a plan failed to be read or checked.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// The next free number of a series: one more than the highest number of
    /// `type_code` (any type of a congress, `ĐH`) by `issuer_code` in the
    /// period containing `date`; 1 when the series has none yet.
    pub fn next(&mut self, type_code: &str, issuer_code: &str, date: &DocDate, plan_dir: &Path) -> Result<u32, Diagnostic> {
        let period = self.period_of(issuer_code, date, plan_dir)?;
        let series = if issuer_code == CONGRESS_CODE { "" } else { type_code };
        let highest = self
            .numbered
            .iter()
            .filter(|n| n.key.issuer_code == issuer_code && n.key.series == series && n.key.period == period)
            .map(|n| n.key.number)
            .max();
        Ok(highest.map_or(1, |h| h + 1))
    }

    /// The plan that already has a number, if any.
    pub fn taken(&self, key: &NumberKey) -> Option<&Numbered> {
        self.numbered.iter().find(|n| &n.key == key)
    }

    /// The period of a date for an issuer, by the configuration above `plan_dir`.
    pub fn period_of(&mut self, issuer_code: &str, date: &DocDate, plan_dir: &Path) -> Result<Period, Diagnostic> {
        let terms = self.terms.for_file(&plan_dir.join("plan.toml"))?;
        Ok(match terms.period(issuer_code, date) {
            Found::Term(p) | Found::Outside(p) | Found::Year(p) => p,
        })
    }

    /// The issuer codes of the register, each once, in order.
    pub fn issuer_codes(&self) -> Vec<String> {
        let mut codes: Vec<String> = self.rows.iter().map(|r| r.issuer_code.clone()).collect();
        codes.sort();
        codes.dedup();
        codes
    }

    /// The register as an aligned text table.
    pub fn table(&self) -> String {
        let header: Vec<String> = header();
        let rows: Vec<Vec<String>> = self.rows.iter().map(|r| r.cells().iter().map(cell_text).collect()).collect();
        let widths: Vec<usize> = (0..header.len())
            .map(|c| std::iter::once(&header).chain(&rows).map(|r| r[c].chars().count()).max().unwrap_or(0))
            .collect();
        let mut out = String::new();
        for row in std::iter::once(&header).chain(&rows) {
            let cells: Vec<String> = row.iter().zip(&widths).map(|(t, w)| format!("{t}{}", " ".repeat(w - t.chars().count()))).collect();
            out.push_str(cells.join("  ").trim_end());
            out.push('\n');
        }
        out
    }

    /// The register as CSV (RFC 4180, UTF-8 with a byte-order mark so that
    /// spreadsheets read the Vietnamese letters).
    pub fn csv(&self) -> String {
        let mut out = String::from("\u{FEFF}");
        let line = |cells: Vec<String>| cells.iter().map(|c| csv_field(c)).collect::<Vec<_>>().join(",") + "\r\n";
        out.push_str(&line(header()));
        for r in &self.rows {
            out.push_str(&line(r.cells().iter().map(cell_text).collect()));
        }
        out
    }

    /// The register as JSON: `{"rows": [...], "diagnostics": [...]}`.
    pub fn json(&self) -> serde_json::Value {
        serde_json::json!({ "rows": self.rows, "diagnostics": self.diagnostics })
    }

    /// The register as an Excel workbook.
    pub fn xlsx(&self) -> Result<Vec<u8>, String> {
        let rows: Vec<Vec<Cell>> = self.rows.iter().map(Row::cells).collect();
        super::xlsx::workbook(&crate::tr!("register-sheet"), &header().iter().map(String::as_str).collect::<Vec<_>>(), &rows)
    }
}

fn date_string<S: serde::Serializer>(date: &DocDate, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(date)
}

fn cell_text(c: &Cell) -> String {
    match c {
        Cell::Text(t) => t.clone(),
        Cell::Number(n) => n.to_string(),
        Cell::Empty => String::new(),
    }
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

/// A warning on each document after numbers missing in its series and
/// period, naming the document before the gap.
pub fn gaps(docs: &[Numbered]) -> Vec<Diagnostic> {
    let mut sorted: Vec<&Numbered> = docs.iter().collect();
    sorted.sort_by(|a, b| a.key.cmp(&b.key));
    let mut out = Vec::new();
    for pair in sorted.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let same_series = (&a.key.issuer_code, &a.key.series, &a.key.period) == (&b.key.issuer_code, &b.key.series, &b.key.period);
        if !same_series || b.key.number <= a.key.number + 1 {
            continue;
        }
        let (from, to) = (a.key.number + 1, b.key.number - 1);
        let missing = if from == to { format!("{from:02}") } else { format!("{from:02}–{to:02}") };
        let series = if b.key.series.is_empty() { b.key.issuer_code.clone() } else { format!("{}/{}", b.key.series, b.key.issuer_code) };
        let period = b.key.period.describe(&b.key.issuer_code);
        let message = crate::tr!(
            "number-gap",
            missing = missing,
            series = series,
            period = period,
            before = a.file,
            before_code = a.code,
            code = b.code
        );
        let hint = crate::tr!("hint-number-gap");
        out.push(b.locate(Diagnostic::warning(&b.file, message).with_id(NUMBER_GAP).with_hint(hint)));
    }
    out
}

/// The plans under the given paths: a file as it is; a directory's `*.toml`
/// files at any depth (hidden folders and `target` skipped), without the
/// configuration `kehoach.toml`; sorted.
pub fn plans_under(paths: &[PathBuf]) -> Result<Vec<PathBuf>, crate::Error> {
    let mut out = Vec::new();
    let mut dirs = Vec::new();
    for path in paths {
        if path.is_dir() {
            dirs.push(path.clone());
        } else {
            out.push(path.clone());
        }
    }
    while let Some(dir) = dirs.pop() {
        let entries = std::fs::read_dir(&dir).map_err(|source| crate::Error::Io { action: "read directory", path: dir.clone(), source })?;
        for path in entries.filter_map(|e| e.ok().map(|e| e.path())) {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            if path.is_dir() {
                if !name.starts_with('.') && name != "target" {
                    dirs.push(path);
                }
            } else if name.to_ascii_lowercase().ends_with(".toml") && name != super::config::FILE_NAME {
                out.push(path);
            }
        }
    }
    // "./plans/a.toml" is named "plans/a.toml".
    let mut out: Vec<PathBuf> = out.into_iter().map(|p| p.strip_prefix(".").map(Path::to_owned).unwrap_or(p)).collect();
    out.sort();
    out.dedup();
    Ok(out)
}
