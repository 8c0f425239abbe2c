//! What the data says in place of the rule set's form, printed as written:
//! nothing is invented, and where the rule set asks for something the data
//! leaves out or writes otherwise, a located warning names the rule's
//! section (HD 05). A title block with neither subject nor author lines
//! (5.1.1, 5.2.1); a Tờ trình that writes "Kính gửi:" where the rule set
//! has "Kính trình:" (9.2.4); content that ends with the state form's "./."
//! (6.2.2: "kết thúc nội dung văn bản có dấu chấm (.)"), checked on every value
//! of the file. And the error of a
//! type name of the document's own that is not of its kind (5.1.1).
//! Messages in `locales/*/kehoach.ftl` ("## Real documents as written").

use crate::check::form_rules::Checker;
use crate::diagnostic::Diagnostic;
use crate::load::tree::Tree;
use crate::model::{Document, Kind};
use crate::vietnamese::tone_marks::folded;

/// Id of the warning: a title block with neither a subject nor author lines in its place (HD 05 5.1.1, 5.2.1).
pub const SUBJECT_MISSING: &str = "subject-missing";
/// Id of the warning: a Tờ trình addressed with "Kính gửi:" in place of "Kính trình:" (HD 05 9.2.4).
pub const KINH_TRINH_WRITTEN_KINH_GUI: &str = "kinh-trinh-written-kinh-gui";
/// Id of the warning: content ending with the state form's "./." (HD 05 6.2.2).
pub const STATE_FORM_ENDING: &str = "state-form-ending";
/// Id of the error: a `type_name` that does not start with the kind's type name (HD 05 5.1.1).
pub const TYPE_NAME_KIND: &str = "type-name-kind";

/// The state form's ending of the content (NĐ 30), which the Party's is not.
pub const STATE_ENDING: &str = "./.";

/// Runs every check of this module.
pub(crate) fn check(c: &mut Checker, doc: &Document) {
    title_block(c, doc);
    if doc.kind == Kind::ToTrinh && doc.kinh_trinh.is_empty() && !doc.to.is_empty() {
        c.warning(KINH_TRINH_WRITTEN_KINH_GUI, "to", crate::tr!("kinh-trinh-written-kinh-gui"), Some(crate::tr!("hint-kinh-trinh-written-kinh-gui")));
    }
}

/// The type name of the document's own, and a title block with nothing under the type name.
fn title_block(c: &mut Checker, doc: &Document) {
    if !doc.kind.has_title_line() || doc.congress_report.is_some() {
        return;
    }
    if let Some(given) = doc.type_name.as_ref() {
        let kind = doc.kind.type_name();
        if given.as_str().trim().contains('\n') {
            c.error(TYPE_NAME_KIND, "type_name", crate::tr!("type-name-one-line"), Some(crate::tr!("hint-type-name-one-line")));
        } else if !folded(given.as_str().trim()).starts_with(&folded(kind)) {
            let example = crate::vietnamese::capitalize_first(&kind.to_lowercase());
            c.error(
                TYPE_NAME_KIND,
                "type_name",
                crate::tr!("type-name-kind", name = given.as_str().trim(), kind = kind),
                Some(crate::tr!("hint-type-name-kind", kind = example, id = doc.kind.id())),
            );
        }
    }
    let authored = doc.author.iter().any(|a| !a.is_blank());
    if c.positions.span("subject").is_none() && !authored {
        c.warning(SUBJECT_MISSING, "subject", crate::tr!("subject-missing"), Some(crate::tr!("hint-subject-missing")));
    }
}

/// Content that ends with the state form's "./." (HD 05 6.2.2), checked on
/// the file's own values ([`Tree`], the one walk every value check shares):
/// every paragraph, item, clause and point of the body — the sections, the
/// articles (their parts too, in divisions or not) and the closing paragraphs.
pub(crate) fn state_form_endings(file: &str, source: &str, tree: &Tree<'_>) -> Vec<Diagnostic> {
    tree.strings()
        .filter(|(path, value, _)| in_the_body(path) && value.trim_end().ends_with(STATE_ENDING))
        .map(|(path, _, span)| {
            Diagnostic::warning(file, crate::tr!("state-form-ending"))
                .with_id(STATE_FORM_ENDING)
                .at(source, span)
                .with_field(path)
                .with_hint(crate::tr!("hint-state-form-ending"))
        })
        .collect()
}

/// Whether a field path names a paragraph of the body: under `sections`,
/// `articles`, `divisions` or `closing`, its own key a paragraph's
/// (`sections[0].parts[1].items[2]`, `articles[0].clauses[1].points[0]`),
/// not a heading or a table's cell.
fn in_the_body(path: &str) -> bool {
    let keys: Vec<&str> = path.split('.').map(|k| k.split('[').next().unwrap_or(k)).collect();
    let top = keys.first().copied().unwrap_or_default();
    let own = keys.last().copied().unwrap_or_default();
    ["sections", "articles", "divisions", "closing"].contains(&top)
        && ["text", "items", "clauses", "points", "more", "closing"].contains(&own)
        && !keys.iter().any(|k| ["tables", "tasks"].contains(k))
}

#[cfg(test)]
mod tests {
    use super::in_the_body;

    #[test]
    fn the_body_is_its_paragraphs_items_clauses_and_points() {
        for path in ["sections[0].text[1]", "sections[2].sections[0].parts[1].items[0]", "articles[0].clauses[1]", "articles[3].parts[0].items[2]", "divisions[1].articles[0].clauses[0].points[2]", "articles[0].clauses[0].more[1]", "closing[0]"] {
            assert!(in_the_body(path), "{path}");
        }
        for path in ["sections[0].title", "sections[0].tables[0].rows[1][2]", "sections[0].tasks[0].content", "subject", "basis[0]", "appendices[0].text[0]"] {
            assert!(!in_the_body(path), "{path}");
        }
    }
}
