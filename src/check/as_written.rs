//! What the data says in place of the rule set's form, printed as written:
//! nothing is invented, and where the rule set asks for something the data
//! leaves out or writes otherwise, a located warning names the rule's
//! section (HD 05). A title block with neither subject nor author lines
//! (5.1.1, 5.2.1); a Tờ trình that writes "Kính gửi:" where the rule set
//! has "Kính trình:" (9.2.4); content that ends with the state form's "./."
//! (6.2.2: "kết thúc nội dung văn bản có dấu chấm (.)"). And the error of a
//! type name of the document's own that is not of its kind (5.1.1).
//! Messages in `locales/*/kehoach.ftl` ("## Real documents as written").

use crate::check::form_rules::Checker;
use crate::model::{Article, Document, Kind, Section};
use crate::vietnamese::tone_marks::folded;
use crate::vietnamese::Text;

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
    for (field, text) in body_texts(doc) {
        if text.as_str().trim_end().ends_with(STATE_ENDING) {
            c.warning(STATE_FORM_ENDING, &field, crate::tr!("state-form-ending"), Some(crate::tr!("hint-state-form-ending")));
        }
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

/// Every paragraph and item of the body with its field path: the closing
/// paragraphs, the sections (and their parts and sub-sections), the articles.
fn body_texts(doc: &Document) -> Vec<(String, &Text)> {
    let mut out = Vec::new();
    fn list<'a>(out: &mut Vec<(String, &'a Text)>, path: &str, texts: &'a [Text]) {
        out.extend(texts.iter().enumerate().map(|(i, t)| (format!("{path}[{i}]"), t)));
    }
    fn sections<'a>(out: &mut Vec<(String, &'a Text)>, path: &str, secs: &'a [Section]) {
        for (i, s) in secs.iter().enumerate() {
            let at = format!("{path}[{i}]");
            list(out, &format!("{at}.text"), &s.text);
            list(out, &format!("{at}.items"), &s.items);
            for (j, p) in s.parts.iter().enumerate() {
                list(out, &format!("{at}.parts[{j}].text"), &p.text);
                list(out, &format!("{at}.parts[{j}].items"), &p.items);
            }
            sections(out, &format!("{at}.sections"), &s.sections);
        }
    }
    fn articles<'a>(out: &mut Vec<(String, &'a Text)>, path: &str, arts: &'a [Article]) {
        for (i, a) in arts.iter().enumerate() {
            let at = format!("{path}[{i}]");
            list(out, &format!("{at}.text"), &a.text);
            list(out, &format!("{at}.items"), &a.items);
            for (j, p) in a.parts.iter().enumerate() {
                list(out, &format!("{at}.parts[{j}].text"), &p.text);
            }
        }
    }
    sections(&mut out, "sections", &doc.sections);
    articles(&mut out, "articles", &doc.articles);
    for (i, d) in doc.divisions.iter().enumerate() {
        articles(&mut out, &format!("divisions[{i}].articles"), &d.articles);
    }
    list(&mut out, "closing", &doc.closing);
    out
}
