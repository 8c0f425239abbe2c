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
//! A user template directory (`--templates DIR`) overrides any part's template
//! by a file `DIR/docx/NAME` (e.g. `docx/styles.xml.j2`), as `DIR/lib/party.typ`
//! overrides the Typst layout library.

pub mod metrics;
pub mod package;
pub mod units;
pub mod xml;

use std::sync::LazyLock;

use minijinja::{AutoEscape, Environment, UndefinedBehavior, Value};
use serde::Serialize;

use crate::diagnostic::Diagnostic;
use crate::vietnamese::tone_marks;
use crate::{profile, Error, Prepared};
use units::{mm_to_twips, pt_to_twips};

/// The DOCX templates: (name, source). `parts.xml.j2` holds the macros the
/// document template imports.
const TEMPLATES: &[(&str, &str)] = &[
    ("content-types.xml.j2", include_str!("../../templates/docx/content-types.xml.j2")),
    ("package-rels.xml.j2", include_str!("../../templates/docx/package-rels.xml.j2")),
    ("document-rels.xml.j2", include_str!("../../templates/docx/document-rels.xml.j2")),
    ("core.xml.j2", include_str!("../../templates/docx/core.xml.j2")),
    ("app.xml.j2", include_str!("../../templates/docx/app.xml.j2")),
    ("document.xml.j2", include_str!("../../templates/docx/document.xml.j2")),
    ("parts.xml.j2", include_str!("../../templates/docx/parts.xml.j2")),
    ("styles.xml.j2", include_str!("../../templates/docx/styles.xml.j2")),
    ("settings.xml.j2", include_str!("../../templates/docx/settings.xml.j2")),
    ("header.xml.j2", include_str!("../../templates/docx/header.xml.j2")),
];

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

/// A template environment: the embedded templates, each replaced by
/// `docx/NAME` of the user's template directory when that file exists.
fn environment(dir: Option<&crate::typeset::world::TemplateDir>) -> Result<Environment<'static>, String> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_auto_escape_callback(|_| AutoEscape::Custom("xml".into()));
    env.set_formatter(|out, _state, value| {
        let mut text = String::new();
        xml::format_value(value, &mut text)?;
        out.write_str(&text).map_err(minijinja::Error::from)
    });
    units::add_filters(&mut env);
    for (name, source) in TEMPLATES {
        let source = match dir {
            Some(dir) => match dir.read_text(&format!("docx/{name}")).map_err(|e| format!("docx/{name}: {e}"))? {
                Some(text) => text,
                None => (*source).to_owned(),
            },
            None => (*source).to_owned(),
        };
        env.add_template_owned(*name, source).map_err(|e| format!("docx/{name}: {e:#}"))?;
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
    /// Width of the "Kính gửi:" label column, when the addressees are listed under each other
    /// (the label and typst's gutter of half an em).
    pub kinh_gui_label: i64,
    /// The same for a Tờ trình's "Kính trình:".
    pub kinh_trinh_label: i64,
    /// The same for a Giấy mời's "Trân trọng kính mời:".
    pub kinh_moi_label: i64,
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

/// Edges of a line box in the PDF's layout library (`party.typ`'s
/// `exact-lines`): from 0.8 em above the baseline to 0.2 em below it, the
/// leading between lines only.
pub const TYPST_ASCENT_EM: f64 = 0.8;
/// See [`TYPST_ASCENT_EM`].
pub const TYPST_DESCENT_EM: f64 = 0.2;
/// typst's default spacing between blocks (1.2 em of the body size), which
/// the PDF keeps between the header and the title.
pub const TYPST_BLOCK_EM: f64 = 1.2;

/// The spacing (pt) an office needs between two lines so that the baselines
/// are as far apart as in the PDF, where `gap_pt` separates the line boxes.
/// An office puts the baseline of an "exactly" spaced line one descent above
/// the line's bottom; typst puts it [`TYPST_ASCENT_EM`] below the box's top.
fn office_gap(gap_pt: f64, prev_size: f64, next_size: f64, next_line: f64) -> f64 {
    let d = metrics::descent_em();
    let typst = TYPST_DESCENT_EM * prev_size + gap_pt + TYPST_ASCENT_EM * next_size;
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
        let label = |text: &str| pt_to_twips(metrics::styled_width_pt(text, kp.size_pt, false, kp.label_italic) + kp.size_pt / 2.0) + 1;
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
            kinh_gui_label: label("Kính gửi:"),
            kinh_trinh_label: label("Kính trình:"),
            kinh_moi_label: label("Trân trọng kính mời:"),
            end_mark: pt_to_twips(END_MARK_PT),
            // typst's weak spacing (`v(…, weak: true)`) gives way to larger block spacing.
            kinh_gui_before: pt_to_twips(office_gap(
                kp.gap_before_pt.max(TYPST_BLOCK_EM * b.size_pt),
                hp.date_size_pt,
                kp.size_pt,
                b.line_spacing_pt,
            )),
            kinh_gui_after: pt_to_twips(office_gap(kp.gap_after_pt.max(body_gap), kp.size_pt, b.size_pt, b.line_spacing_pt)),
            division_before: pt_to_twips(
                office_gap(p.division.gap_before_pt.max(body_gap), b.size_pt, b.size_pt, b.line_spacing_pt) - b.paragraph_spacing_pt,
            )
            .max(0),
            enacting_before: pt_to_twips(
                office_gap(p.decision.gap_pt + body_gap, b.size_pt, p.decision.enacting_size_pt, b.line_spacing_pt) - b.paragraph_spacing_pt,
            )
            .max(1),
            enacting_after: pt_to_twips(office_gap(p.decision.gap_pt + body_gap, p.decision.enacting_size_pt, b.size_pt, b.line_spacing_pt)),
            table_cell_vmargin: pt_to_twips(
                (p.table.inset_pt - (p.table.line_spacing_pt - p.table.size_pt) / 2.0 - p.table.stroke_pt / 2.0).max(0.0),
            ),
            table_before: pt_to_twips(
                office_gap(table_gap, b.size_pt, p.table.title_size_pt, p.table.title_size_pt * p.body.single_line_factor) - b.paragraph_spacing_pt,
            )
            .max(1),
            table_before_untitled: pt_to_twips(
                TYPST_DESCENT_EM * b.size_pt + table_gap - metrics::descent_em() * b.size_pt - b.paragraph_spacing_pt,
            )
            .max(1),
            table_after: pt_to_twips(table_gap + TYPST_ASCENT_EM * b.size_pt - (b.line_spacing_pt - metrics::descent_em() * b.size_pt)).max(1),
            // typst's header rows are their lines without the leading after the
            // last; an office's exact lines include it.
            header_row_gap: pt_to_twips((hp.row_gap_pt - (hp.line_spacing_pt - hp.issuer_size_pt)).max(0.0)).max(1),
            type_name_before: pt_to_twips(office_gap(
                tp.gap_before_pt + TYPST_BLOCK_EM * b.size_pt,
                hp.date_size_pt,
                tp.type_name_size_pt,
                tp.type_name_size_pt * p.body.single_line_factor,
            )),
            theme_before: pt_to_twips(office_gap(
                tp.gap_before_pt + TYPST_BLOCK_EM * b.size_pt,
                hp.date_size_pt,
                tp.theme_size_pt,
                b.line_spacing_pt,
            )),
            separator_after: pt_to_twips(office_gap(tp.gap_after_pt + body_gap, tp.separator_size_pt, b.size_pt, b.line_spacing_pt)),
            closing_before: pt_to_twips(
                office_gap(sp.gap_before_pt + body_gap, b.size_pt, p.recipients.label_size_pt, closing_line) - b.paragraph_spacing_pt,
            )
            .max(1),
            closing_after_table: {
                let ls = p.recipients.label_size_pt;
                let table_after = table_gap + TYPST_ASCENT_EM * b.size_pt - (b.line_spacing_pt - metrics::descent_em() * b.size_pt);
                pt_to_twips(sp.gap_before_pt + TYPST_ASCENT_EM * ls - (closing_line - metrics::descent_em() * ls) - table_after.max(0.0)).max(1)
            },
            sign_space: pt_to_twips(office_gap(
                units::mm_to_pt(sp.sign_space_mm) + (sp.line_spacing_pt - sp.size_pt),
                sp.size_pt,
                sp.size_pt,
                sp.line_spacing_pt,
            )),
            grid_row_gap: pt_to_twips(office_gap(units::mm_to_pt(sp.grid_row_gap_mm), sp.size_pt, sp.size_pt, sp.line_spacing_pt)),
            grid_recipients_gap: pt_to_twips(units::mm_to_pt(sp.grid_recipients_gap_mm)).max(1),
            confirmation_gap: pt_to_twips(office_gap(units::mm_to_pt(sp.confirmation_gap_mm), sp.size_pt, sp.size_pt, sp.line_spacing_pt)),
        }
    }
}

/// The document's date and time as W3C-DTF for the core properties: the
/// timestamp when given (`SOURCE_DATE_EPOCH`), else the document's own date.
fn w3c_date(prepared: &Prepared, timestamp: Option<i64>) -> Option<String> {
    if let Some(secs) = timestamp {
        let days = secs.div_euclid(86_400);
        let rest = secs.rem_euclid(86_400);
        let (y, m, d) = civil_from_days(days);
        return Some(format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z", rest / 3600, rest % 3600 / 60, rest % 60));
    }
    prepared.context.meta.date.map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}T00:00:00Z"))
}

/// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// Whether a table is the last thing before the closing block.
fn ends_with_table(ctx: &crate::context::DocContext) -> bool {
    fn last_is_table(nodes: &[crate::context::Node]) -> Option<bool> {
        let last = nodes.last()?;
        last_is_table(&last.children).or_else(|| last.blocks.last().map(|b| b.kind == crate::context::BlockKind::Table))
    }
    ctx.closing.is_empty() && last_is_table(&ctx.sections).or_else(|| last_is_table(&ctx.articles)).unwrap_or(false)
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
        ends_with_table => ends_with_table(&prepared.context),
        doc => Value::from(minijinja::value::Serde(&prepared.context)),
        profile => Value::from(minijinja::value::Serde(p)),
        geo => Value::from(minijinja::value::Serde(Geometry::of(p))),
        date => w3c_date(prepared, timestamp),
        number_part => if number_at_top { "header" } else { "footer" },
        number_file => NUMBER_PART.trim_start_matches("word/"),
        first_page_file => FIRST_PAGE_PART.trim_start_matches("word/"),
        blank_first_page => !pn.first_page,
    };
    let render = |template: &str, extra: Value| -> Result<String, Error> {
        let t = env.get_template(template).map_err(|e| template_problem(prepared, format!("{e:#}")))?;
        let out = t
            .render(minijinja::context! { ..ctx.clone(), ..extra })
            .map_err(|e| template_problem(prepared, format!("docx/{template}: {e:#}")))?;
        // As for the Typst source: user text sits in character data, the markup is ASCII.
        Ok(match p.spelling.tone_marks {
            profile::ToneMarks::Keep => out,
            profile::ToneMarks::Old => tone_marks::convert_tone_marks(&out, tone_marks::ToneStyle::Old),
            profile::ToneMarks::New => tone_marks::convert_tone_marks(&out, tone_marks::ToneStyle::New),
        })
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
            format!("the template directory {} failed: {message}", dir.root().display()),
        )
        .with_id(crate::diagnostic::ids::TEMPLATE_DIRECTORY)
        .with_hint("fix the template, or render without --templates to use the embedded ones")]),
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
mod tests {
    use super::*;

    #[test]
    fn epoch_seconds_become_w3c_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_814), (2024, 4, 1));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
    }
}
