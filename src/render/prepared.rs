//! Stages 1–5 of one document, driven in order: [`prepare`] takes TOML text
//! through load (`load`), the checks ([`crate::check`]: those on the raw
//! values, then, once the profile is resolved ([`crate::profile`]), those that
//! depend on the rule set) and the context ([`crate::context`], the printed
//! wording) to a [`Prepared`] document; [`typst_source`] and [`typeset()`]
//! take it through the typeset stage ([`mod@crate::typeset`]) to laid-out
//! pages.
//!
//! [`Prepared`] is what every later stage reads: the page checks
//! ([`crate::verify`]), the outputs for a document system
//! ([`crate::document_system`]), the Word document (`docx`) and the routes of
//! [`super`], which call them; none of them calls back here but through a
//! `&Prepared` handed to it.

use crate::check::form_rules::{self, sort_by_place, Checker};
use crate::check::{self, allow, limits};
use crate::load::tree::{Positions, Tree};
use crate::context::{self, DocContext};
use crate::diagnostic::{ids, Diagnostic};
use crate::profile::{self, Profile};
use crate::typeset::TypesetError;
use crate::{load, model, Error};

/// A document that passed validation, ready to typeset.
#[derive(Clone, Debug)]
pub struct Prepared {
    /// The input file's name as the user gave it (in every diagnostic).
    pub file: String,
    /// The resolved layout profile: every layout number.
    pub profile: Profile,
    /// Every printed word in its final form.
    pub context: DocContext,
    /// Warnings: the document renders, but something is likely wrong.
    pub warnings: Vec<Diagnostic>,
    /// Ids the document allows (`[check] allow`): their warnings are
    /// silenced, including those of the page checks after layout.
    pub allowed: Vec<String>,
    /// Where each value of the TOML is, to locate the page checks' warnings.
    pub(crate) positions: Positions,
    /// A user template directory layered over the embedded templates (see
    /// [`crate::typeset::world::TemplateDir`]); `None`, as [`prepare`] sets it, uses only the
    /// embedded ones.
    pub templates: Option<crate::typeset::world::TemplateDir>,
    /// A user's fonts directory (`--fonts`), set by [`Prepared::use_fonts`];
    /// `None` sets the document in the bundled Liberation Serif.
    pub fonts: Option<std::sync::Arc<crate::typeset::fonts::FontDir>>,
    /// The document as read (for the metadata and the signature images).
    pub document: std::sync::Arc<model::Document>,
    /// The TOML source as read (embedded in the PDF by `--embed-source`).
    pub source: std::sync::Arc<str>,
    /// The plan's own directory, opened as a sandbox for the signer's images
    /// (`None` when the signer has none).
    pub plan: Option<crate::typeset::world::TemplateDir>,
    /// How the profile was chosen: named in the file, or by the document's date.
    pub chosen_by: ProfileChoice,
}

/// What the PDF's keywords say about a typeface from `--fonts` ("Phông chữ: Times New Roman").
pub const TYPEFACE_KEYWORD: &str = "Phông chữ: ";

/// How a document's profile, and so its rule set, was chosen.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProfileChoice {
    /// `profile = "…"` in the file: it always wins.
    Named,
    /// No `profile`: the rule set in force on the document's `date`.
    Date(model::date::DocDate),
}

impl Prepared {
    /// Sets the document in the typeface of a fonts directory (Times New
    /// Roman, where the office has it), the bundled font behind it for any
    /// glyph it lacks.
    pub fn use_fonts(&mut self, fonts: std::sync::Arc<crate::typeset::fonts::FontDir>) {
        let family = fonts.family().to_owned();
        self.profile.font.families.retain(|f| *f != family);
        self.profile.font.families.insert(0, family.clone());
        // The PDF's keywords record the typeface beside the rule set.
        self.context.meta.keywords.retain(|k| !k.starts_with(TYPEFACE_KEYWORD));
        self.context.meta.keywords.push(format!("{TYPEFACE_KEYWORD}{family}"));
        self.fonts = Some(fonts);
    }

    /// One line naming the rule set and why: "Hướng dẫn 05-HD/VPTW (profile
    /// dang-hd05-2026, by the date 2026-05-27)".
    pub fn rule_set_line(&self) -> String {
        let why = match &self.chosen_by {
            ProfileChoice::Named => crate::tr!("rule-set-named"),
            ProfileChoice::Date(d) => crate::tr!("rule-set-by-date", date = d),
        };
        crate::tr!("rule-set-line", title = self.profile.rule_set.title, profile = self.profile.name, why = why)
    }

    /// A diagnostic about this document placed at its field (`with_field`):
    /// line, column and snippet, as the checks place theirs.
    pub fn locate(&self, d: Diagnostic) -> Diagnostic {
        match d.field.as_deref().and_then(|f| self.positions.span(f)) {
            Some(span) => d.at(&self.source, span),
            None => d,
        }
    }

    /// The rule set as JSON: `{"title", "profile", "chosen_by"}`.
    pub fn rule_set_json(&self) -> serde_json::Value {
        serde_json::json!({
            "title": self.profile.rule_set.title,
            "profile": self.profile.name,
            "chosen_by": match self.chosen_by { ProfileChoice::Named => "profile", ProfileChoice::Date(_) => "date" },
        })
    }
}

/// Reads a file as UTF-8 text, refusing other encodings with a located error.
pub fn read_source(path: &std::path::Path) -> Result<String, Error> {
    let file = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| Error::Io { action: "read", path: path.to_owned(), source })?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let prefix = String::from_utf8_lossy(&bytes[..valid]).into_owned();
        Error::Invalid(vec![Diagnostic::error(&file, crate::tr!("render-not-utf8"))
            .with_id("not-utf8")
            .at(&prefix, valid..valid)
            .with_hint(crate::tr!("hint-render-not-utf8"))])
    })
}

/// A document through stages 1 and 2: typed, with the warnings about its
/// text and the positions of its values.
struct Loaded {
    document: model::Document,
    /// Warnings about its text and glyphs.
    warnings: Vec<Diagnostic>,
    /// Dates, times and authorities in the wrong form (errors): the later
    /// checks of the same fields are not repeated.
    values: Vec<Diagnostic>,
    /// The warning that it mixes tone-mark styles, reported unless the
    /// profile unifies the styles.
    mixed_tone_marks: Option<Diagnostic>,
    positions: Positions,
}

/// Stages 1 and 2: parses the file, walks its values once, runs the input
/// checks on them and deserialises the document. serde stops at the first
/// structural problem; only then does the schema check run, to report every
/// one at once (the schema is not even built for a valid file).
fn load_and_check(file: &str, source: &str) -> Result<Loaded, Vec<Diagnostic>> {
    limits::input_size(file, source.len()).map_err(|d| vec![d])?;
    let table = load::syntax(file, source, limits::MAX_DIAGNOSTICS)
        .map_err(|errors| errors.into_iter().map(limits::explain_depth).collect::<Vec<_>>())?;
    let tree = Tree::build(&table, limits::MAX_VALUES + 1);
    limits::tree(file, source, &tree)?;
    let kind = load::kind(file, source, &table).map_err(|d| vec![d])?;
    let text = check::text::check(file, source, &tree);
    let mut findings = text.diagnostics;
    findings.extend(check::glyphs::check(file, source, &tree));
    findings.extend(check::as_written::state_form_endings(file, source, &tree));
    let positions = tree.positions();
    // Dates, times and authorities are checked on the raw values, so that
    // they are reported with the structural problems, not a round later.
    let values = check::values::check(file, source, &tree);
    let (document, mut problems) = match load::document(file, source, table.clone(), &positions) {
        Ok(doc) => (Some(doc), Vec::new()),
        Err(first) => {
            let all = check::schema::check(file, source, &tree, load::schema_of(kind));
            let first = Some(first).filter(|f| !values.iter().any(|v| (v.line, v.column) == (f.line, f.column)));
            (None, if all.is_empty() { first.into_iter().collect() } else { all })
        }
    };
    problems.extend(findings.iter().filter(|d| d.is_error()).cloned());
    match document {
        Some(document) if problems.is_empty() => {
            Ok(Loaded { document, warnings: findings, values, mixed_tone_marks: text.mixed_tone_marks, positions })
        }
        _ => {
            problems.extend(values);
            problems.extend(findings.into_iter().filter(|d| !d.is_error()));
            problems.extend(text.mixed_tone_marks);
            sort_by_place(&mut problems);
            Err(problems)
        }
    }
}

/// Parses, validates and builds the template context of a document.
pub fn prepare(file: &str, source: &str) -> Result<Prepared, Error> {
    match load_and_check(file, source) {
        Ok(loaded) => prepare_loaded(file, source, loaded),
        Err(problems) => Err(Error::Invalid(with_later_problems(file, source, problems))),
    }
}

/// A file that cannot be loaded, with the problems the later checks (the
/// form's rules, the signatures) find too, so that one `check` shows them
/// all: they are looked for in the text with the sure fixes of
/// [`crate::fix`] applied (a misspelt key, a date written 05/10/2026 …), and
/// kept when they are on a line no fix changed, at a field not reported
/// already.
fn with_later_problems(file: &str, source: &str, mut problems: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let fixed = crate::fix::fix(source);
    if fixed.changes.is_empty() {
        return problems;
    }
    let later = match load_and_check(file, &fixed.text) {
        Ok(loaded) => match prepare_loaded(file, &fixed.text, loaded) {
            Ok(prepared) => prepared.warnings,
            Err(Error::Invalid(found)) => found,
            Err(_) => Vec::new(),
        },
        Err(found) => found,
    };
    let changed: Vec<usize> = fixed.changes.iter().map(|c| c.line).collect();
    for d in later {
        let known = d.line.is_some_and(|l| changed.contains(&l))
            || problems.iter().any(|p| (p.field.is_some() && p.field == d.field) || (p.line == d.line && p.message == d.message));
        if !known {
            problems.push(d);
        }
    }
    sort_by_place(&mut problems);
    problems
}

/// Stages 2 to 4 of a loaded file: the profile, the checks of the typed
/// document, the context.
fn prepare_loaded(file: &str, source: &str, loaded: Loaded) -> Result<Prepared, Error> {
    let doc = loaded.document;
    let mut checker = Checker::new(file, source, &loaded.positions);
    checker.diagnostics.extend(loaded.warnings);
    checker.claim(loaded.values);
    // An explicit profile wins; otherwise the rule set in force on the date.
    let (profile_name, chosen_by) = match doc.profile.as_deref() {
        Some(name) => (name, ProfileChoice::Named),
        None => (profile::for_date(&doc.date), ProfileChoice::Date(doc.date)),
    };
    let profile = match Profile::resolve_on(profile_name, doc.paper, doc.layout.as_ref()) {
        Ok(p) => {
            // Mixed tone-mark styles are no concern when the profile unifies them.
            if p.spelling.tone_marks == profile::ToneMarks::Keep {
                checker.diagnostics.extend(loaded.mixed_tone_marks);
            }
            Some(p)
        }
        Err(e) => {
            checker.diagnostics.extend(loaded.mixed_tone_marks);
            profile_problem(&mut checker, &e);
            None
        }
    };
    form_rules::parts(&mut checker, &doc);
    form_rules::issuer(&mut checker, &doc.issuer);
    check::header_lines::check(&mut checker, &doc);
    form_rules::number(&mut checker, doc.number);
    check::status::check(&mut checker, &doc);
    checker.required("place", &doc.place, "what-place");
    form_rules::subject(&mut checker, &doc);
    check::signatures::check(&mut checker, &doc);
    form_rules::copy(&mut checker, &doc);
    let plan = check::images::signer_images(&mut checker, &check::signatures::blocks(&doc));
    form_rules::recipients(&mut checker, doc.kind, doc.recipients.as_ref());
    let Some(profile) = profile else {
        return Err(Error::Invalid(checker.sorted()));
    };
    crate::check::rule_set::check(&mut checker, &doc, &profile);
    check::as_written::check(&mut checker, &doc);
    match context::build(&doc, &profile) {
        Ok(context) => {
            form_rules::deadlines(&mut checker, &doc.date, &context.dates);
            check::calendar::sundays(&mut checker, &doc.date, &context.dates);
            let allowed = allow::apply(&mut checker, doc.check.as_ref());
            let positions = loaded.positions.clone();
            let mut prepared = finish(file, profile, context, checker, chosen_by, allowed, positions, doc, source)?;
            prepared.plan = plan;
            Ok(prepared)
        }
        Err(problems) => {
            checker.problems(problems);
            Err(Error::Invalid(checker.sorted()))
        }
    }
}

/// The file name of a document built in code, in its diagnostics.
pub const IN_CODE: &str = "<document>";

/// Runs every check of [`prepare`] on a document built in code (see
/// [`model::Document::new`]), and builds its printed wording. Its
/// diagnostics are located by field path (`sections[0].title`), in the file
/// [`IN_CODE`], with no line or column: the document has no text of its own.
/// The signer's images are read relative to the current directory.
pub fn prepare_document(document: &model::Document) -> Result<Prepared, Error> {
    let source = document.to_toml();
    let by_field = |mut d: Diagnostic| {
        (d.line, d.column, d.snippet) = (None, None, None);
        d
    };
    match prepare(IN_CODE, &source) {
        Ok(mut prepared) => {
            prepared.warnings = prepared.warnings.into_iter().map(by_field).collect();
            Ok(prepared)
        }
        Err(Error::Invalid(diagnostics)) => Err(Error::Invalid(diagnostics.into_iter().map(by_field).collect())),
        Err(e) => Err(e),
    }
}

/// Reports a profile that cannot be resolved at the plan's `profile` or `[layout]` key.
fn profile_problem(checker: &mut Checker, e: &profile::ProfileError) {
    use profile::ProfileError;
    match e {
        ProfileError::Unknown { .. } => {
            checker.error("unknown-profile", "profile", e.to_string(), Some(crate::tr!("hint-profile-unknown")))
        }
        ProfileError::Invalid { path: Some(path), message, hint, .. } => {
            let hint = hint.clone().unwrap_or_else(|| crate::tr!("hint-layout-override"));
            checker.error("layout-override", &format!("layout.{path}"), crate::tr!("layout-override", message = message), Some(hint))
        }
        ProfileError::RefusedTypeCode { kind, why, .. } => {
            let hint = crate::tr!("hint-layout-refused-type-code", why = why, kind = kind);
            checker.error("layout-override", &format!("layout.codes.types.{kind}"), e.to_string(), Some(hint))
        }
        _ => checker.error("layout-override", "layout", e.to_string(), None),
    }
}

fn finish(
    file: &str,
    profile: Profile,
    context: DocContext,
    checker: Checker,
    chosen_by: ProfileChoice,
    allowed: Vec<String>,
    positions: Positions,
    doc: model::Document,
    source: &str,
) -> Result<Prepared, Error> {
    if checker.has_errors() {
        return Err(Error::Invalid(checker.sorted()));
    }
    Ok(Prepared {
        file: file.to_owned(),
        profile,
        context,
        warnings: checker.sorted(),
        allowed,
        positions,
        templates: None,
        fonts: None,
        document: std::sync::Arc::new(doc),
        source: source.into(),
        plan: None,
        chosen_by,
    })
}

/// The generated Typst source of a prepared document.
pub fn typst_source(prepared: &Prepared) -> Result<String, Error> {
    crate::typeset::template::render(prepared.context.kind, &prepared.context, &prepared.profile, prepared.templates.as_ref())
        .map_err(|e| template_problem(prepared, TypesetError::Template(e)))
}

/// Typesets a prepared document into pages, refusing more than
/// [`limits::MAX_PAGES`]. An error with a user template directory is the
/// directory's (invalid input); without one it is a bug in kehoach.
pub fn typeset(prepared: &Prepared) -> Result<typst_layout::PagedDocument, Error> {
    limits::estimated_pages(&prepared.file, &prepared.profile, &prepared.context).map_err(|d| Error::Invalid(vec![d]))?;
    let source = typst_source(prepared)?;
    let doc = crate::typeset::compile_in(source, prepared.templates.clone(), prepared.plan.clone(), prepared.fonts.clone())
        .map_err(|e| template_problem(prepared, e))?;
    limits::pages(&prepared.file, doc.pages().len()).map_err(|d| Error::Invalid(vec![d]))?;
    Ok(doc)
}

/// A typesetting error: without a user template directory, a bug in
/// kehoach; with one, the directory's, each error located in the user's file
/// when it is one of theirs (line, column and snippet), else named with the
/// directory.
fn template_problem(prepared: &Prepared, e: TypesetError) -> Error {
    let Some(dir) = &prepared.templates else { return Error::Internal(e) };
    let hint = crate::tr!("hint-template-directory");
    let hint = hint.as_str();
    let in_dir = |vpath: &str| dir.read_text(vpath).ok().flatten().map(|_| dir.root().join(vpath.trim_start_matches('/')));
    let unlocated = |message: String| {
        Diagnostic::error(&prepared.file, crate::tr!("template-directory-failed", dir = dir.root().display(), message = message))
            .with_id(ids::TEMPLATE_DIRECTORY)
            .with_hint(hint)
    };
    let diagnostics = match e {
        TypesetError::Compile(errors) => errors
            .into_iter()
            .map(|error| match (&error.place, error.path().and_then(|p| in_dir(&p))) {
                (Some((source, range)), Some(file)) => {
                    Diagnostic::error(&file.display().to_string(), error.message.clone())
                        .with_id(ids::TEMPLATE_DIRECTORY)
                        .at(source.text(), range.clone())
                        .with_hint(hint)
                }
                _ => unlocated(error.to_string()),
            })
            .collect(),
        TypesetError::Template(t) => {
            let file = t.template.as_deref().and_then(|name| Some((dir.read_text(&format!("/{name}")).ok().flatten()?, name)));
            vec![match (file, t.line) {
                (Some((text, name)), Some(line)) => {
                    let start: usize = text.split_inclusive('\n').take(line - 1).map(str::len).sum();
                    Diagnostic::error(&dir.root().join(name).display().to_string(), t.message)
                        .with_id(ids::TEMPLATE_DIRECTORY)
                        .at(&text, start..start)
                        .with_hint(hint)
                }
                _ => unlocated(t.message),
            }]
        }
        other => vec![unlocated(other.to_string())],
    };
    Error::Invalid(diagnostics)
}

/// A JSON Schema of a document kind's TOML, for editors.
pub fn json_schema(kind: model::Kind) -> String {
    serde_json::to_string_pretty(load::schema_of(kind)).unwrap_or_default()
}

/// A commented starter document of a kind, valid as it stands.
pub fn starter(kind: model::Kind) -> &'static str {
    crate::assets::starter(kind)
}
