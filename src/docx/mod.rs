//! DOCX output: the same template context as the PDF, written as
//! WordprocessingML through minijinja templates (`templates/docx/*.xml.j2`)
//! and zipped into an OPC package.
//!
//! Wording, numbering and punctuation come from [`crate::context`], exactly
//! as for the PDF; this module adds only what Word needs to be told in its own
//! terms: lengths in twips and half-points ([`units`]), the length of the rule
//! under the Party title measured in the embedded fonts ([`metrics`]), and the
//! derived column widths ([`Geometry`]). User text reaches the parts only
//! through the escaping formatter of [`xml`]. The zip is reproducible
//! ([`package`]): fixed order, fixed entry times.
//!
//! The document's body is the context's ordered blocks
//! (`crate::context::blocks`), each dressed by its macro of
//! `templates/docx/parts.xml.j2`; the templates are embedded by
//! [`crate::assets`]. A user template directory (`--templates DIR`) overrides
//! any part's template by a file `DIR/docx/NAME` (e.g. `docx/styles.xml.j2`),
//! layered as the Typst templates are ([`crate::typeset::template::layer`]).

pub mod metrics;
pub mod package;
pub mod units;
pub mod xml;

use std::sync::LazyLock;

use minijinja::{AutoEscape, Environment, UndefinedBehavior, Value};
use serde::Serialize;

use crate::assets::DOCX_TEMPLATES;
use crate::diagnostic::Diagnostic;
use crate::{profile, Error, Prepared};
use units::{mm_to_twips, pt_to_twips};

/// The package's parts in zip order: (part name, template).
const PARTS: &[(&str, &str)] = &[
    ("[Content_Types].xml", "content-types.xml.j2"),
    ("_rels/.rels", "package-rels.xml.j2"),
    ("docProps/core.xml", "core.xml.j2"),
    ("docProps/app.xml", "app.xml.j2"),
    ("word/document.xml", "document.xml.j2"),
    ("word/_rels/document.xml.rels", "document-rels.xml.j2"),
    ("word/styles.xml", "styles.xml.j2"),
    ("word/settings.xml", "settings.xml.j2"),
];

/// The part holding the page number (a header, or a footer when the profile
/// puts the number at the bottom), and the empty one of the first page.
const NUMBER_PART: &str = "word/pagenumber.xml";
const FIRST_PAGE_PART: &str = "word/firstpage.xml";

static EMBEDDED: LazyLock<Result<Environment<'static>, String>> = LazyLock::new(|| environment(None));

/// The context's breaks in a run of text (every user string stands in a
/// `w:t`): a "-" the context joined to what follows (U+2060 after it, see
/// `vietnamese::breaks`) becomes Word's non-breaking hyphen, and a line
/// break the data asks for ("\n") a `w:br`.
/// `text` is already escaped: a "\n" stands there as "&#10;".
fn breaks_in_run(text: String) -> String {
    const REOPEN: &str = "<w:t xml:space=\"preserve\">";
    if !text.contains("&#10;") && !text.contains("-\u{2060}") {
        return text;
    }
    text.replace("-\u{2060}", &format!("</w:t><w:noBreakHyphen/>{REOPEN}"))
        .replace("&#10;", &format!("</w:t><w:br/>{REOPEN}"))
}

/// A template environment: the embedded templates, each replaced by
/// `docx/NAME` of the user's template directory when that file exists.
fn environment(dir: Option<&crate::typeset::world::TemplateDir>) -> Result<Environment<'static>, String> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_auto_escape_callback(|_| AutoEscape::Custom("xml".into()));
    env.set_formatter(|out, _state, value| {
        let mut text = String::new();
        xml::format_value(value, &mut text)?;
        if !value.is_safe() && value.as_str().is_some() {
            text = breaks_in_run(text);
        }
        out.write_str(&text).map_err(minijinja::Error::from)
    });
    units::add_filters(&mut env);
    // The width of a "Kính gửi:" label's column: the label and the gap the PDF keeps after it.
    env.add_filter("label_width", |label: String, size_pt: f64, italic: bool, gap_em: f64| {
        pt_to_twips(metrics::styled_width_pt(&label, size_pt, false, italic) + size_pt * gap_em) + 1
    });
    match dir {
        Some(dir) => crate::typeset::template::layer(&mut env, dir, "docx/", DOCX_TEMPLATES),
        None => {
            for (name, source) in DOCX_TEMPLATES {
                env.add_template(name, source).map_err(|e| format!("docx/{name}: {e:#}"))?;
            }
        }
    }
    Ok(env)
}

/// Lengths Word needs that are derived from the profile (and, for the title
/// rule, from the embedded fonts), in twips.
#[derive(Clone, Debug, Serialize)]
pub struct Geometry {
    /// Width between the margins of a portrait page.
    pub text_width: i64,
    /// Width between the margins of a landscape appendix page.
    pub landscape_text_width: i64,
    /// The length of "ĐẢNG CỘNG SẢN VIỆT NAM" in its size and weight: the
    /// rule under it is as long (the header's column widths are the
    /// context's, `doc.header.layout`, so the template centres it).
    pub party_title_width: i64,
    /// From the page's top edge to the top of the framed line of the
    /// circulation scope, so that its capitals stand `circulation_distance_mm`
    /// below the edge (HD 05: top right of page 1).
    pub circulation_y: i64,
    /// From the page's top edge to the top of the framed line of "KHÔNG PHỔ
    /// BIẾN …", so that its baseline stands `no_broadcast_distance_mm` above
    /// the bottom edge.
    pub no_broadcast_y: i64,
    /// The recipients' column of the closing block (the signature's is `signature.width_mm`).
    pub closing_left: i64,
    /// Distance from the page edge to the top (bottom) of the page number's line.
    pub page_number_distance: i64,
    /// A "single-spaced" line is this many times its font size, as in the
    /// PDF's layout library (`party.typ`): the profile's `body.single_line_factor`.
    pub single: f64,
    /// The spacer row between the header's two rows.
    pub header_row_gap: i64,
    /// Space before the type name ("KẾ HOẠCH").
    pub type_name_before: i64,
    /// Space before a congress report's theme, which stands in its place.
    pub theme_before: i64,
    /// Space after the "-----" separator, before the body.
    pub separator_after: i64,
    /// The spacer before the closing block (after the body's own paragraph spacing).
    pub closing_before: i64,
    /// The same spacer when a table ends the body (typst's weak gap after the
    /// table gives way to the closing block's own).
    pub closing_after_table: i64,
    /// Space before the signer's name: the room to sign.
    pub sign_space: i64,
    /// Between the rows of a joint document's signature grid, and from its
    /// last row down to "Nơi nhận:" (HD 05 7.2.4).
    pub grid_row_gap: i64,
    pub grid_recipients_gap: i64,
    /// From a signer's name down to the confirmation block under it.
    pub confirmation_gap: i64,
    /// Space before and after "Kính gửi".
    pub kinh_gui_before: i64,
    pub kinh_gui_after: i64,
    /// The spacer before a Quy chế's "Chương I" (typst's `above`, a weak gap that gives way to
    /// the paragraph spacing when that is larger; Word and LibreOffice keep only the larger of a
    /// paragraph's space after and the next one's space before, so it is a spacer).
    pub division_before: i64,
    /// The spacer before the enacting line of a decision, and the space after it.
    pub enacting_before: i64,
    pub enacting_after: i64,
    /// The spacer before a table of figures with a caption, without one, and after a table.
    pub table_before: i64,
    pub table_before_untitled: i64,
    pub table_after: i64,
    /// Top and bottom margin of a table cell: the profile's inset less what an
    /// office adds to a row (the leading of an exact line, half the border).
    pub table_cell_vmargin: i64,
    /// Height of the paragraph mark that must follow the closing block (Word
    /// ends every section with a paragraph): [`END_MARK_PT`].
    pub end_mark: i64,
}

/// The spacing (pt) an office needs between two lines so that the baselines
/// are as far apart as in the PDF, where `gap_pt` separates the line boxes.
/// An office puts the baseline of an "exactly" spaced line one descent above
/// the line's bottom; the PDF puts it the profile's `line.ascent_em` below
/// the box's top (and its bottom `line.descent_em` below the baseline).
fn office_gap(line: &profile::LineModel, gap_pt: f64, prev_size: f64, next_size: f64, next_line: f64) -> f64 {
    let d = metrics::descent_em();
    let typst = line.descent_em * prev_size + gap_pt + line.ascent_em * next_size;
    let office = d * prev_size + (next_line - d * next_size);
    (typst - office).max(0.0)
}

/// The paragraph that ends a section after its closing table is exactly this
/// high, so that it never pushes a page of its own.
pub const END_MARK_PT: f64 = 1.0;

impl Geometry {
    /// The geometry of a profile.
    pub fn of(p: &profile::Profile) -> Geometry {
        let pg = &p.page;
        let text_width = mm_to_twips(pg.width_mm - pg.margin_left_mm - pg.margin_right_mm);
        let title = metrics::text_width_pt(&p.header.party_title, p.header.party_title_size_pt, true);
        // A framed mark's single line: its baseline one descent above the line's bottom.
        let mp = &p.marks;
        let mark_line = mp.circulation_size_pt * p.body.single_line_factor;
        let mark_baseline = mark_line - metrics::descent_em() * mp.circulation_size_pt;
        let pn = &p.page_number;
        // The number's baseline lies `distance_mm` from the edge; in a line of
        // exactly its font size the baseline is one descent above the line's bottom.
        let baseline_in_line = pn.size_pt * (1.0 - metrics::descent_em());
        let at_top = matches!(pn.position, profile::PageNumberPosition::TopCenter | profile::PageNumberPosition::TopRight);
        let page_number_distance = if at_top {
            mm_to_twips(pn.distance_mm) - pt_to_twips(baseline_in_line)
        } else {
            mm_to_twips(pn.distance_mm) - pt_to_twips(pn.size_pt * metrics::descent_em())
        };
        let (hp, b, tp, sp) = (&p.header, &p.body, &p.title, &p.signature);
        let body_gap = b.line_spacing_pt - b.size_pt + b.paragraph_spacing_pt;
        let closing_line = sp.line_spacing_pt;
        // A table's weak gap gives way to the body's larger block spacing.
        let table_gap = p.table.gap_pt.max(body_gap);
        let kp = &p.kinh_gui;
        let lm = &p.line;
        // The blocks outside the body stand `block_spacing_em` of the body size apart.
        let block_gap = lm.block_spacing_em * b.size_pt;
        Geometry {
            text_width,
            landscape_text_width: mm_to_twips(pg.height_mm - pg.margin_left_mm - pg.margin_right_mm),
            party_title_width: pt_to_twips(title),
            circulation_y: (mm_to_twips(mp.circulation_distance_mm)
                - pt_to_twips(mark_baseline - metrics::cap_height_em() * mp.circulation_size_pt))
            .max(0),
            no_broadcast_y: mm_to_twips(pg.height_mm - mp.no_broadcast_distance_mm) - pt_to_twips(mark_baseline),
            closing_left: text_width - mm_to_twips(p.signature.width_mm),
            page_number_distance: page_number_distance.max(0),
            single: p.body.single_line_factor,
            end_mark: pt_to_twips(END_MARK_PT),
            // typst's weak spacing (`v(…, weak: true)`) gives way to larger block spacing.
            kinh_gui_before: pt_to_twips(office_gap(lm, 
                kp.gap_before_pt.max(block_gap),
                hp.date_size_pt,
                kp.size_pt,
                b.line_spacing_pt,
            )),
            kinh_gui_after: pt_to_twips(office_gap(lm, kp.gap_after_pt.max(body_gap), kp.size_pt, b.size_pt, b.line_spacing_pt)),
            division_before: pt_to_twips(
                office_gap(lm, p.division.gap_before_pt.max(body_gap), b.size_pt, b.size_pt, b.line_spacing_pt) - b.paragraph_spacing_pt,
            )
            .max(0),
            enacting_before: pt_to_twips(
                office_gap(lm, p.decision.gap_pt + body_gap, b.size_pt, p.decision.enacting_size_pt, b.line_spacing_pt) - b.paragraph_spacing_pt,
            )
            .max(1),
            enacting_after: pt_to_twips(office_gap(lm, p.decision.gap_pt + body_gap, p.decision.enacting_size_pt, b.size_pt, b.line_spacing_pt)),
            table_cell_vmargin: pt_to_twips(
                (p.table.inset_pt - (p.table.line_spacing_pt - p.table.size_pt) / 2.0 - p.table.stroke_pt / 2.0).max(0.0),
            ),
            table_before: pt_to_twips(
                office_gap(lm, table_gap, b.size_pt, p.table.title_size_pt, p.table.title_size_pt * p.body.single_line_factor) - b.paragraph_spacing_pt,
            )
            .max(1),
            table_before_untitled: pt_to_twips(
                lm.descent_em * b.size_pt + table_gap - metrics::descent_em() * b.size_pt - b.paragraph_spacing_pt,
            )
            .max(1),
            table_after: pt_to_twips(table_gap + lm.ascent_em * b.size_pt - (b.line_spacing_pt - metrics::descent_em() * b.size_pt)).max(1),
            // typst's header rows are their lines without the leading after the
            // last; an office's exact lines include it.
            header_row_gap: pt_to_twips((hp.row_gap_pt - (hp.line_spacing_pt - hp.issuer_size_pt)).max(0.0)).max(1),
            type_name_before: pt_to_twips(office_gap(lm, 
                tp.gap_before_pt + block_gap,
                hp.date_size_pt,
                tp.type_name_size_pt,
                tp.type_name_size_pt * p.body.single_line_factor,
            )),
            theme_before: pt_to_twips(office_gap(lm, 
                tp.gap_before_pt + block_gap,
                hp.date_size_pt,
                tp.theme_size_pt,
                b.line_spacing_pt,
            )),
            separator_after: pt_to_twips(office_gap(lm, tp.gap_after_pt + body_gap, tp.separator_size_pt, b.size_pt, b.line_spacing_pt)),
            closing_before: pt_to_twips(
                office_gap(lm, sp.gap_before_pt + body_gap, b.size_pt, p.recipients.label_size_pt, closing_line) - b.paragraph_spacing_pt,
            )
            .max(1),
            closing_after_table: {
                let ls = p.recipients.label_size_pt;
                let table_after = table_gap + lm.ascent_em * b.size_pt - (b.line_spacing_pt - metrics::descent_em() * b.size_pt);
                pt_to_twips(sp.gap_before_pt + lm.ascent_em * ls - (closing_line - metrics::descent_em() * ls) - table_after.max(0.0)).max(1)
            },
            sign_space: pt_to_twips(office_gap(lm, 
                units::mm_to_pt(sp.sign_space_mm) + (sp.line_spacing_pt - sp.size_pt),
                sp.size_pt,
                sp.size_pt,
                sp.line_spacing_pt,
            )),
            grid_row_gap: pt_to_twips(office_gap(lm, units::mm_to_pt(sp.grid_row_gap_mm), sp.size_pt, sp.size_pt, sp.line_spacing_pt)),
            grid_recipients_gap: pt_to_twips(units::mm_to_pt(sp.grid_recipients_gap_mm)).max(1),
            confirmation_gap: pt_to_twips(office_gap(lm, units::mm_to_pt(sp.confirmation_gap_mm), sp.size_pt, sp.size_pt, sp.line_spacing_pt)),
        }
    }
}

/// The document's date and time as W3C-DTF for the core properties: the
/// timestamp when given (`SOURCE_DATE_EPOCH`), else the document's own date.
fn w3c_date(prepared: &Prepared, timestamp: Option<i64>) -> Result<Option<String>, Error> {
    if let Some(secs) = timestamp {
        let t = crate::typeset::utc(secs)?;
        let (y, m, d) = (t.year(), u8::from(t.month()), t.day());
        return Ok(Some(format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z", t.hour(), t.minute(), t.second())));
    }
    Ok(prepared.context.meta.date.map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}T00:00:00Z")))
}

/// Renders every part of a prepared document: (part name, XML), in zip order.
pub fn parts(prepared: &Prepared, timestamp: Option<i64>) -> Result<Vec<(String, String)>, Error> {
    let owned;
    let env = match &prepared.templates {
        Some(dir) => {
            owned = environment(Some(dir)).map_err(|e| template_problem(prepared, e))?;
            &owned
        }
        None => EMBEDDED.as_ref().map_err(|e| Error::Internal(export(e.clone())))?,
    };
    let p = &prepared.profile;
    let pn = &p.page_number;
    let number_at_top = matches!(pn.position, profile::PageNumberPosition::TopCenter | profile::PageNumberPosition::TopRight);
    let ctx = minijinja::context! {
        doc => Value::from(minijinja::value::Serde(&prepared.context)),
        profile => Value::from(minijinja::value::Serde(p)),
        geo => Value::from(minijinja::value::Serde(Geometry::of(p))),
        date => w3c_date(prepared, timestamp)?,
        number_part => if number_at_top { "header" } else { "footer" },
        number_file => NUMBER_PART.trim_start_matches("word/"),
        first_page_file => FIRST_PAGE_PART.trim_start_matches("word/"),
        blank_first_page => !pn.first_page,
    };
    let render = |template: &str, extra: Value| -> Result<String, Error> {
        let t = env.get_template(template).map_err(|e| template_problem(prepared, format!("{e:#}")))?;
        // The context's words are already in the profile's tone-mark style (context::spelling).
        t.render(minijinja::context! { ..ctx.clone(), ..extra })
            .map_err(|e| template_problem(prepared, format!("docx/{template}: {e:#}")))
    };
    let mut out = Vec::with_capacity(PARTS.len() + 2);
    for (part, template) in PARTS {
        out.push((part.to_string(), render(template, Value::UNDEFINED)?));
    }
    out.push((NUMBER_PART.to_owned(), render("header.xml.j2", minijinja::context! { numbered => true })?));
    if !pn.first_page {
        out.push((FIRST_PAGE_PART.to_owned(), render("header.xml.j2", minijinja::context! { numbered => false })?));
    }
    Ok(out)
}

/// A failure in kehoach's own DOCX templates or packaging: an export error.
fn export(message: String) -> crate::typeset::TypesetError {
    crate::typeset::TypesetError::Export(format!("DOCX: {message}"))
}

/// A template error: the user's, when a template directory is in use; else a bug.
fn template_problem(prepared: &Prepared, message: String) -> Error {
    match &prepared.templates {
        Some(dir) => Error::Invalid(vec![Diagnostic::error(
            &prepared.file,
            crate::tr!("template-directory-failed", dir = dir.root().display(), message = message),
        )
        .with_id(crate::diagnostic::ids::TEMPLATE_DIRECTORY)
        .with_hint(crate::tr!("hint-template-directory"))]),
        None => Error::Internal(export(message)),
    }
}

/// Renders a prepared document to the bytes of a .docx file. The same input
/// (and `timestamp`, from `SOURCE_DATE_EPOCH`) gives the same bytes.
pub fn render(prepared: &Prepared, timestamp: Option<i64>) -> Result<Vec<u8>, Error> {
    let parts = parts(prepared, timestamp)?;
    package::zip_parts(&parts).map_err(|e| Error::Internal(export(e)))
}

#[cfg(test)]
mod run_tests {
    use super::*;

    #[test]
    fn a_typed_line_break_and_a_joined_hyphen_stay_in_word() {
        let mut escaped = String::new();
        xml::format_value(&minijinja::Value::from("a <b>\nc 11-\u{2060}KH"), &mut escaped).unwrap();
        assert_eq!(
            breaks_in_run(escaped),
            "a &lt;b&gt;</w:t><w:br/><w:t xml:space=\"preserve\">c 11</w:t><w:noBreakHyphen/><w:t xml:space=\"preserve\">KH"
        );
    }
}
