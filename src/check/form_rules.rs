//! Validation: the rules of the Party form that the types alone cannot
//! express (number codes, required text, deadlines; the signatures are
//! [`crate::check::signatures`]), each
//! reported as a located diagnostic with the fix.

use crate::diagnostic::{Diagnostic, FieldProblem};
use crate::load::tree::Positions;
use crate::model::date::DocDate;
use crate::model::{Document, Issuer, Kind, Recipients};
use crate::vietnamese::Text;

/// Id of the diagnostic (see [`crate::check::ids`]): a deadline before the document's date.
pub const DEADLINE_BEFORE_DATE: &str = "deadline-before-date";

/// Collects diagnostics for one input file.
pub struct Checker<'a> {
    pub file: &'a str,
    pub source: &'a str,
    /// Where each value of the file is.
    pub positions: &'a Positions,
    pub diagnostics: Vec<Diagnostic>,
    /// Fields whose error is already reported (a date, time or authority in
    /// the wrong form, found on the raw values): not reported twice.
    claimed: Vec<String>,
}

/// Diagnostics in the order of the file (those without a place first, as
/// they concern the whole file); the order of one place's is kept.
pub fn sort_by_place(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by_key(|d| (d.line, d.column));
}

impl<'a> Checker<'a> {
    pub fn new(file: &'a str, source: &'a str, positions: &'a Positions) -> Self {
        Checker { file, source, positions, diagnostics: Vec::new(), claimed: Vec::new() }
    }

    /// Records errors found before the document was typed; later errors at
    /// their fields are not repeated.
    pub fn claim(&mut self, errors: Vec<Diagnostic>) {
        self.claimed.extend(errors.iter().filter_map(|d| d.field.clone()));
        self.diagnostics.extend(errors);
    }

    /// The diagnostics in the order of the file.
    pub fn sorted(mut self) -> Vec<Diagnostic> {
        sort_by_place(&mut self.diagnostics);
        self.diagnostics
    }

    fn located(&self, mut d: Diagnostic, field: &str, offset: Option<usize>) -> Diagnostic {
        // A missing field is shown at its table (the nearest parent that exists).
        let found = std::iter::successors(Some(field), |f| f.rfind(['.', '[']).map(|i| &f[..i]))
            .find_map(|f| self.positions.span(f).map(|span| (f == field, span)))
            // A missing top-level field: the start of the file.
            .or(Some((false, 0..0)));
        if let Some((exact, span)) = found {
            let offset = if exact { offset } else { None };
            let span = match offset {
                // Point inside a one-line string value: skip the opening quote.
                Some(o) if self.source[span.clone()].starts_with('"') && !self.source[span.clone()].starts_with("\"\"\"") => {
                    let start = (span.start + 1 + o).min(span.end);
                    start..(start + 1).min(span.end)
                }
                _ => span,
            };
            d = d.at(self.source, span);
        }
        d.with_field(field)
    }

    /// Records an error at a field, under its stable kebab-case id
    /// ("missing-part"; errors cannot be allowed, the id names the kind of
    /// problem for annotations and SARIF).
    pub fn error(&mut self, id: &'static str, field: &str, message: impl Into<String>, hint: Option<String>) {
        if self.claimed.iter().any(|c| c == field) {
            return;
        }
        let mut d = self.located(Diagnostic::error(self.file, message).with_id(id), field, None);
        if let Some(h) = hint {
            d = d.with_hint(h);
        }
        self.diagnostics.push(d);
    }

    /// Records a warning at a field, under its stable id (see [`crate::check::ids`]).
    pub fn warning(&mut self, id: &'static str, field: &str, message: impl Into<String>, hint: Option<String>) {
        let mut d = self.located(Diagnostic::warning(self.file, message).with_id(id), field, None);
        if let Some(h) = hint {
            d = d.with_hint(h);
        }
        self.diagnostics.push(d);
    }

    /// Records an error at a field under a stable id (an error cannot be
    /// allowed; the id names the rule for `check --json` and the docs).
    pub fn error_with_id(&mut self, id: &'static str, field: &str, message: impl Into<String>, hint: Option<String>) {
        self.error(id, field, message, hint);
        if let Some(d) = self.diagnostics.last_mut() {
            d.id = Some(id.to_owned());
        }
    }

    /// Records the problems found while building the context.
    pub fn problems(&mut self, problems: Vec<FieldProblem>) {
        for p in problems.into_iter().filter(|p| !self.claimed.contains(&p.path)) {
            let mut d = self.located(Diagnostic::error(self.file, p.message), &p.path, p.offset);
            d.id = Some(p.id.unwrap_or(crate::diagnostic::ids::INVALID_MARKUP).to_owned());
            self.diagnostics.push(d);
        }
    }

    /// A required text must not be blank; `what` is the id of the message
    /// naming it (`what-place`, in `locales/*/kehoach.ftl`).
    pub fn required(&mut self, field: &str, text: &Text, what: &str) {
        if text.is_blank() {
            let what = crate::i18n::tr(what, &[]);
            self.error("empty-text", field, crate::tr!("required-empty", what = what), Some(crate::tr!("hint-required", what = what, field = field)));
        }
    }

    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Which parts each kind may have, and which it must have.
pub fn parts(c: &mut Checker, doc: &Document) {
    use Kind::*;
    let kind = doc.kind;
    const ALL_BUT_DECISION: &[Kind] = &[
        KeHoach, CongVan, BaoCao, HuongDan, ThongBao, NghiQuyet, ChiThi, ThongTri, DeAn, KetLuan, ToTrinh, ChuongTrinh, BienBan, GiayMoi,
        GiayGioiThieu,
    ];
    const RULES: &[Kind] = &[QuyChe, QuyDinh];
    let titled: Vec<Kind> = Kind::ALL.iter().copied().filter(|k| k.has_title_line()).collect();
    // Every kind that may address someone with "Kính gửi:"; the forms name theirs in their own lines.
    let addressing: Vec<Kind> = Kind::ALL.iter().copied().filter(|k| !matches!(k, BienBan | GiayMoi | GiayGioiThieu)).collect();
    let present: &[(&str, bool, &[Kind])] = &[
        ("minutes", doc.minutes.is_some(), &[BienBan]),
        ("invitation", doc.invitation.is_some(), &[GiayMoi]),
        ("introduction", doc.introduction.is_some(), &[GiayGioiThieu]),
        ("to", !doc.to.is_empty(), &addressing),
        ("kinh_trinh", !doc.kinh_trinh.is_empty(), &[ToTrinh]),
        ("author", !doc.author.is_empty(), &titled),
        ("type_name", doc.type_name.is_some(), &titled),
        ("congress_report", doc.congress_report.is_some(), &[BaoCao]),
        ("basis", !doc.basis.is_empty(), &[KeHoach, BaoCao, HuongDan, QuyetDinh, NghiQuyet, ChiThi, ThongTri, DeAn, ToTrinh, QuyChe, QuyDinh, ChuongTrinh]),
        ("enacting", doc.enacting.is_some(), &[QuyetDinh, NghiQuyet, QuyChe, QuyDinh]),
        ("articles", !doc.articles.is_empty(), &[QuyetDinh, QuyChe, QuyDinh]),
        ("divisions", !doc.divisions.is_empty(), RULES),
        ("structure", doc.structure.is_some(), RULES),
        ("issued_with", doc.issued_with.is_some(), RULES),
        ("subject_capitals", doc.subject_capitals, &titled),
        ("purpose", doc.purpose.is_some(), &[KeHoach]),
        ("content", doc.content.is_some(), &[KeHoach]),
        ("organization", doc.organization.is_some(), &[KeHoach, HuongDan, ChiThi, ThongTri, DeAn, ChuongTrinh]),
        ("opening", !doc.opening.is_empty(), &[ALL_BUT_DECISION, RULES].concat()),
        ("sections", !doc.sections.is_empty(), ALL_BUT_DECISION),
    ];
    for &(field, is_present, allowed) in present {
        if is_present && !allowed.contains(&kind) {
            let owners: Vec<String> = allowed.iter().map(|k| k.type_name_in_text()).collect();
            c.error("part-not-allowed", 
                field,
                crate::tr!("part-not-allowed", kind = kind.type_name_in_text(), field = field),
                Some(crate::tr!("hint-part-not-allowed", field = field, owners = owners.join(", "))),
            );
        }
    }
    match kind {
        CongVan if doc.to.is_empty() => c.error("missing-part", 
            "to",
            crate::tr!("missing-addressees"),
            Some(crate::tr!("hint-missing-addressees")),
        ),
        QuyetDinh if doc.articles.is_empty() => c.error("missing-part", 
            "articles",
            crate::tr!("missing-articles"),
            Some(crate::tr!("hint-missing-articles")),
        ),
        // An office that writes "Kính gửi:" in a Tờ trình: printed as written, with a warning (`as_written`).
        ToTrinh if doc.kinh_trinh.is_empty() && doc.to.is_empty() => c.error("missing-part", 
            "kinh_trinh",
            crate::tr!("missing-kinh-trinh"),
            Some(crate::tr!("hint-missing-kinh-trinh")),
        ),
        NghiQuyet => enacting_sentence(c, doc.enacting.as_ref()),
        QuyChe | QuyDinh => rules_parts(c, doc),
        BienBan if doc.minutes.is_none() => c.error("missing-part", 
            "minutes",
            crate::tr!("missing-minutes"),
            Some(crate::tr!("hint-missing-minutes")),
        ),
        GiayMoi if doc.invitation.is_none() => c.error("missing-part", 
            "invitation",
            crate::tr!("missing-invitation"),
            Some(crate::tr!("hint-missing-invitation")),
        ),
        GiayGioiThieu if doc.introduction.is_none() => c.error("missing-part", 
            "introduction",
            crate::tr!("missing-introduction"),
            Some(crate::tr!("hint-missing-introduction")),
        ),
        _ => {}
    }
    if kind != ChuongTrinh {
        tasks_outside_a_programme(c, kind, "sections", &doc.sections);
        for (i, a) in doc.appendices.iter().enumerate() {
            if !a.tasks.is_empty() {
                c.error("tasks-outside-programme", &format!("appendices[{i}].tasks"), crate::tr!("tasks-outside-programme", kind = kind.type_name_in_text()), Some(crate::tr!("hint-tasks-outside-programme")));
            }
            tasks_outside_a_programme(c, kind, &format!("appendices[{i}].sections"), &a.sections);
        }
    }
    if doc.paper == crate::model::Paper::A5 && !kind.may_be_a5() {
        c.error("paper-not-allowed", 
            "paper",
            crate::tr!("paper-a4-only", kind = kind.type_name_in_text()),
            Some(crate::tr!("hint-paper-a4-only")),
        );
    }
    if let Some(m) = &doc.minutes {
        c.required("minutes.venue", &m.venue, "what-meeting-place");
        c.required("minutes.agenda", &m.agenda, "what-meeting-content");
        c.required("minutes.recorder.name", &m.recorder.name, "what-recorder-name");
    }
    if let Some(g) = &doc.invitation {
        if g.guests.is_empty() {
            c.error("missing-part", "invitation.guests", crate::tr!("missing-guests"), Some(crate::tr!("hint-missing-guests")));
        }
        c.required("invitation.venue", &g.venue, "what-invitation-venue");
    }
    if let Some(i) = &doc.introduction {
        c.required("introduction.person", &i.person, "what-introduced-person");
        c.required("introduction.sent_to", &i.sent_to, "what-sent-to");
        c.required("introduction.purpose", &i.purpose, "what-errand");
        if i.valid_until.ordinal() < doc.date.ordinal() && doc.date.is_complete() {
            c.error("valid-until-before-date", 
                "introduction.valid_until",
                crate::tr!("valid-until-before-date", until = i.valid_until.short_form(), date = doc.date.short_form()),
                Some(crate::tr!("hint-valid-until-before-date")),
            );
        }
    }
    for (i, line) in doc.author.iter().enumerate() {
        c.required(&format!("author[{i}]"), line, "what-author-line");
    }
    if let Some(r) = doc.congress_report.as_ref().filter(|_| kind == BaoCao) {
        congress_report(c, doc, r);
    }
}

/// What the line under a congress report's theme starts with (HD 05 5.1.2:
/// "(Báo cáo của Ban Chấp hành … trình Đại hội …)").
pub const PRESENTED_OPENING: &str = "Báo cáo";

/// The title block of a political report to a congress (HD 05 5.1.2): a
/// theme and the "(Báo cáo của … trình Đại hội …)" line, no type name, no
/// subject (see [`subject`]; author lines belong to other kinds).
fn congress_report(c: &mut Checker, doc: &Document, r: &crate::model::CongressReport) {
    c.required("congress_report.theme", &r.theme, "what-congress-theme");
    c.required("congress_report.presented", &r.presented, "what-presented");
    let presented = r.presented.as_str().trim().trim_start_matches('(').trim_end_matches(')').trim();
    if !presented.is_empty() && !presented.starts_with(PRESENTED_OPENING) {
        c.error("congress-presented-line", 
            "congress_report.presented",
            crate::tr!("congress-presented-line", opening = PRESENTED_OPENING),
            Some(crate::tr!("hint-congress-presented-line")),
        );
    }
    if doc.subject_capitals {
        c.error("part-not-allowed", 
            "subject_capitals",
            crate::tr!("congress-subject-capitals"),
            Some(crate::tr!("hint-congress-subject-capitals")),
        );
    }
}

/// The subject: required in a công văn; another kind may leave it out
/// ([`crate::check::as_written`] warns when nothing stands in its place); a
/// political report to a congress, whose theme replaces it (HD 05 5.1.2),
/// must have none.
pub fn subject(c: &mut Checker, doc: &Document) {
    let written = c.positions.span("subject").is_some();
    // In another kind, `congress_report` is refused by [`parts`]; the subject stays required.
    let congress = doc.congress_report.as_ref().filter(|_| doc.kind == Kind::BaoCao);
    match (congress, written) {
        (Some(_), true) => c.error("part-not-allowed", 
            "subject",
            crate::tr!("congress-no-subject"),
            Some(crate::tr!("hint-congress-no-subject")),
        ),
        (Some(_), false) => {}
        (None, false) if doc.kind == Kind::CongVan => c.error("missing-field", 
            "subject",
            crate::tr!("missing-field-in", key = "subject", table = crate::tr!("the-top-level")),
            Some(crate::tr!("hint-add-field-of-kind", kind = doc.kind.id())),
        ),
        // Another kind may be titled by its author lines alone (`as_written`).
        (None, false) => {}
        (None, true) => c.required("subject", &doc.subject, "what-subject"),
    }
}


/// `tasks` in the sections of a kind other than a Chương trình.
fn tasks_outside_a_programme(c: &mut Checker, kind: Kind, path: &str, sections: &[crate::model::Section]) {
    for (i, s) in sections.iter().enumerate() {
        let at = format!("{path}[{i}]");
        if !s.tasks.is_empty() {
            c.error("tasks-outside-programme", &format!("{at}.tasks"), crate::tr!("tasks-outside-programme", kind = kind.type_name_in_text()), Some(crate::tr!("hint-tasks-outside-programme")));
        }
        tasks_outside_a_programme(c, kind, &format!("{at}.sections"), &s.sections);
    }
}

/// What the opening sentence of a Quy chế or Quy định ends with ("Ban Bí
/// thư quy định về … như sau:", QĐ 399).
pub const AS_FOLLOWS: &str = "như sau:";

/// A Quy chế or Quy định: articles (in divisions or not), an opening
/// sentence ending "như sau:", a well-formed "kèm theo" number, no empty division.
fn rules_parts(c: &mut Checker, doc: &Document) {
    let name = doc.kind.type_name_in_text();
    if doc.articles.is_empty() && doc.divisions.is_empty() {
        c.error("missing-part", 
            "divisions",
            crate::tr!("missing-rules-articles", kind = name),
            Some(crate::tr!("hint-missing-rules-articles")),
        );
    }
    if let Some(line) = &doc.enacting {
        if !line.as_str().trim().to_lowercase().ends_with(AS_FOLLOWS) {
            c.error("enacting-wording", 
                "enacting",
                crate::tr!("rules-opening-wording", kind = name, ending = AS_FOLLOWS),
                Some(crate::tr!("hint-rules-opening-wording")),
            );
        }
    }
    if let Some(w) = &doc.issued_with {
        let number = w.number.as_str().trim();
        let well_formed = number.split_once('-').is_some_and(|(n, code)| {
            n.trim().chars().all(|ch| ch.is_ascii_digit()) && code.starts_with("QĐ/") && code.len() > "QĐ/".len()
        });
        if !well_formed {
            c.error("issued-with-number", 
                "issued_with.number",
                crate::tr!("issued-with-number", number = number),
                Some(crate::tr!("hint-issued-with-number")),
            );
        }
        c.required("issued_with.by", &w.by, "what-issued-with-by");
    }
    empty_divisions(c, "divisions", &doc.divisions);
}

/// A division with neither articles nor divisions below it prints a bare heading.
fn empty_divisions(c: &mut Checker, path: &str, divisions: &[crate::model::Division]) {
    for (i, d) in divisions.iter().enumerate() {
        let at = format!("{path}[{i}]");
        if d.articles.is_empty() && d.divisions.is_empty() {
            c.error("empty-division", &at, crate::tr!("empty-division"), Some(crate::tr!("hint-empty-division")));
        }
        empty_divisions(c, &format!("{at}.divisions"), &d.divisions);
    }
}

/// What a Nghị quyết's enacting sentence ends with (HD 05 §4 examples:
/// "Ban Chấp hành Đảng bộ tỉnh quyết nghị:", "ĐẠI HỘI QUYẾT NGHỊ:").
pub const RESOLVES: &str = "quyết nghị:";

/// A Nghị quyết's enacting sentence, when it has one, ends "… quyết nghị:".
/// It may have none: HD 05 asks for none, and a real one opens "… ban hành
/// Nghị quyết thực hiện như sau:" in its own `opening`.
fn enacting_sentence(c: &mut Checker, enacting: Option<&Text>) {
    match enacting {
        None => {}
        Some(line) if !line.as_str().trim().to_lowercase().ends_with(RESOLVES) => c.error("enacting-wording", 
            "enacting",
            crate::tr!("enacting-wording", ending = RESOLVES),
            Some(crate::tr!("hint-enacting-wording")),
        ),
        Some(_) => {}
    }
}

/// Checks the issuer: names present, code of the Party form.
pub fn issuer(c: &mut Checker, issuer: &Issuer) {
    c.required("issuer.name", &issuer.name, "what-issuer-name");
    let code = issuer.code.as_str().trim();
    let well_formed = !code.is_empty()
        && code.split('-').all(|part| {
            let mut chars = part.chars();
            chars.next().is_some_and(|f| f.is_uppercase()) && chars.all(|ch| ch.is_alphabetic())
        });
    if !well_formed {
        c.error("issuer-code", 
            "issuer.code",
            crate::tr!("issuer-code", code = code),
            Some(crate::tr!("hint-issuer-code")),
        );
    }
}

/// Checks the number: the Party form starts numbering at 01.
pub fn number(c: &mut Checker, number: Option<u32>) {
    if number == Some(0) {
        c.error("number-zero", "number", crate::tr!("issue-number-zero"), Some(crate::tr!("hint-number-zero")));
    }
}

/// The day HD 05's copy form (III.2, Phụ lục 3) applies from: its own date.
const HD05_COPIES_FROM: (i32, u8, u8) = (2026, 5, 27);

/// Checks a copy (`[copy]`): its parts, its number, and that it is made on
/// or after the original's date, under HD 05 (whose copy form kehoach prints).
pub fn copy(c: &mut Checker, doc: &Document) {
    let Some(copy) = &doc.copy else { return };
    c.required("copy.body", &copy.body, "what-copy-body");
    c.required("copy.code", &copy.code, "what-copy-code");
    c.required("copy.place", &copy.place, "what-copy-place");
    if copy.number == 0 {
        c.error("copy-number", "copy.number", crate::tr!("copy-number"), Some(crate::tr!("hint-copy-number")));
    }
    if copy.recipients.iter().all(|r| r.is_blank()) {
        c.error("missing-part", "copy.recipients", crate::tr!("missing-copy-recipients"), Some(crate::tr!("hint-missing-copy-recipients")));
    }
    if copy.date.ordinal() < doc.date.ordinal() {
        c.error("copy-before-original", 
            "copy.date",
            crate::tr!("copy-before-original", copy = copy.date.short_form(), date = doc.date.short_form()),
            Some(crate::tr!("hint-copy-before-original")),
        );
    }
    if copy.date.latest() < HD05_COPIES_FROM {
        c.error("copy-form-hd36", 
            "copy.date",
            crate::tr!("copy-form-hd36", date = copy.date.short_form()),
            Some(crate::tr!("hint-copy-form-hd36")),
        );
    }
}

/// Checks recipients: every kind but a Biên bản has them, with an archive line.
pub fn recipients(c: &mut Checker, kind: Kind, r: Option<&Recipients>) {
    match r {
        Some(r) => c.required("recipients.archive", &r.archive, "what-archive"),
        None if kind != Kind::BienBan => c.error("missing-part", 
            "recipients",
            crate::tr!("missing-recipients", kind = kind.type_name_in_text()),
            Some(crate::tr!("hint-missing-recipients")),
        ),
        None => {}
    }
}

/// Deadlines (dates in the timeline and the organisation) should not fall before the document's date.
pub fn deadlines(c: &mut Checker, issued: &DocDate, dates: &[(String, DocDate)]) {
    if !issued.is_complete() {
        return;
    }
    let is_deadline = |path: &str| path.starts_with("content.timeline") || path.starts_with("organization");
    for (path, date) in dates.iter().filter(|(p, _)| is_deadline(p)) {
        if date.ordinal() < issued.ordinal() {
            c.warning(
                DEADLINE_BEFORE_DATE,
                path,
                crate::tr!("deadline-before-date", date = date.short_form(), issued = issued.short_form()),
                Some(crate::tr!("hint-deadline-before-date")),
            );
        }
    }
}
