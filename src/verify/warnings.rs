//! The page checks of a render: after layout, `render` (and batch and
//! watch) runs every rule of [`super::verify`] on the pages it made and
//! reports each failure as a warning located at the field that caused it —
//! the place for a date that wraps, the issuing body for a name that overflows
//! its column, `[layout.body]` for a line spacing the spec does not allow.
//! Rules the document lets no one measure, and advisory rules, say nothing.
//! `[check] allow = ["P-…"]` silences a rule; an allowed rule that holds is
//! reported, so that stale allows do not pile up.

use typst_layout::PagedDocument;

use super::{names, CheckResult, RULE_IDS};
use crate::check::form_rules::Checker;
use crate::check::ids;
use crate::diagnostic::Diagnostic;
use crate::inspect::Layout;
use crate::render::prepared::Prepared;

impl Prepared {
    /// Every warning the command line prints for a rendered document: those
    /// of [`Prepared::warnings`] and those of the page checks on its laid-out
    /// `pages` (as [`crate::typeset()`] or [`crate::render_pdf_output`] give
    /// them), located at their fields; `[check] allow` applies to both.
    pub fn warnings_with_pages(&self, pages: &PagedDocument) -> Vec<Diagnostic> {
        let mut all = self.warnings.clone();
        all.extend(page_warnings(self, pages, &self.source));
        all
    }
}

/// The warnings of the page checks, located in `source` (the document's TOML).
pub fn page_warnings(prepared: &Prepared, doc: &PagedDocument, source: &str) -> Vec<Diagnostic> {
    layout_warnings(prepared, &crate::inspect::inspect(doc), source)
}

/// [`page_warnings`] of pages already measured (the layout a PDF render
/// returns), so that a render measures its pages once.
pub fn layout_warnings(prepared: &Prepared, layout: &Layout, source: &str) -> Vec<Diagnostic> {
    let results = super::verify(prepared, layout);
    let mut checker = Checker::new(&prepared.file, source, &prepared.positions);
    for r in results.iter().filter(|r| r.failed()) {
        if prepared.allowed.iter().any(|a| a == r.id) {
            continue;
        }
        checker.warning(
            r.id,
            field_of(prepared, r),
            crate::tr!("page-breaks-rule", id = r.id, rule = names::rule_name(&r.rule), expected = r.expected, actual = r.actual),
            Some(hint_of(r)),
        );
    }
    for (i, id) in prepared.allowed.iter().enumerate() {
        if RULE_IDS.contains(&id.as_str()) && !results.iter().any(|r| r.id == id && r.failed()) {
            checker.warning(
                ids::UNUSED_ALLOW,
                &format!("check.allow[{i}]"),
                crate::tr!("unused-allow-page-rule", id = id),
                Some(crate::tr!("hint-unused-allow")),
            );
        }
    }
    checker.diagnostics
}

/// The field of the data that decides what a rule measures.
fn field_of(prepared: &Prepared, r: &CheckResult) -> &'static str {
    if let Some(field) = r.field {
        return field;
    }
    match r.id {
        "P-HDR-3" if r.rule == "superior body" => "issuer.superior",
        "P-HDR-3" | "P-HDR-4" => "issuer.name",
        "P-HDR-5" => "number",
        "P-HDR-6" => "place",
        "P-HDR-1" | "P-HDR-2" => "layout.header",
        "P-TTL-1" => "kind",
        "P-TTL-2" | "P-CV-1" => "subject",
        "P-TTL-3" => "layout.title",
        // The theme's sizes are the profile's: an override of `[layout.title]` breaks it, else the data.
        "P-TTL-5" if prepared.positions.span("layout.title").is_some() => "layout.title",
        "P-TTL-5" => "congress_report",
        "P-BODY-1" => "layout.body",
        "P-BODY-2" => "basis",
        "P-SIG-1" | "P-SIG-2" | "P-SIG-3" => "signer",
        "P-BB-1" => "minutes.recorder",
        "P-BB-2" => "minutes.confirmation",
        "P-RCV-1" => "recipients",
        "P-RCV-2" => "recipients.to",
        "P-PAGE-3" => "layout.page_number",
        "P-PAGE-1" | "P-PAGE-2" => "layout.page",
        _ => "",
    }
}

/// How to fix a failed rule, or to keep it knowingly.
fn hint_of(r: &CheckResult) -> String {
    let fix = match r.id {
        "P-HDR-6" => crate::tr!("hint-fix-place-name"),
        "P-HDR-3" => crate::tr!("hint-fix-header-name"),
        id if id.starts_with("P-PAGE") || id.starts_with("P-BODY-1") => crate::tr!("hint-fix-layout"),
        _ => return crate::tr!("hint-page-rule", id = r.id),
    };
    crate::tr!("hint-page-rule-fix", fix = fix, id = r.id)
}
