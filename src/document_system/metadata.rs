//! Data for the receiving office's document system: the fields of Nghị định
//! 30/2020 Phụ lục VI (Part II, the register of incoming documents) and of the
//! edXML message header of the national document-exchange axis.
//!
//! Every field comes from the document's data or from its layout (the page
//! count); nothing is typed twice. [`DocumentMetadata`] is the library API;
//! [`DocumentMetadata::to_json`] and [`DocumentMetadata::to_xml`] are the files
//! `kehoach render --metadata FILE.json|FILE.xml` writes. The JSON Schema of
//! the JSON form ships in the repository as `schemas/metadata.schema.json`
//! (generated from this struct by [`json_schema`]; a test keeps them equal).

use schemars::JsonSchema;
use serde::Serialize;

use crate::model::Document;
use crate::render::prepared::{Prepared, ProfileChoice};

/// Identifies the form of the JSON, so that a reader can tell versions apart.
pub const FORMAT: &str = "kehoach-metadata/1";

/// Everything a document system asks for about one document.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DocumentMetadata {
    /// Always "kehoach-metadata/1".
    #[schemars(extend("const" = "kehoach-metadata/1"))]
    pub format: String,
    /// The program that wrote the document ("kehoach 0.1.0").
    pub generator: String,
    /// The kind's id in kehoach ("ke-hoach"); the schema lists every kind
    /// of [`crate::model::Kind::ALL`].
    pub kind: String,
    /// Document type name, PL VI TypeName / edXML DocumentType ("Kế hoạch").
    pub type_name: String,
    /// Document type code inside the notation ("KH").
    #[schemars(length(min = 1))]
    pub type_code: String,
    /// The number, PL VI CodeNumber; null for an unnumbered draft.
    #[schemars(range(min = 1))]
    pub number: Option<u32>,
    /// Number and notation as printed without "Số", PL VI CodeNotation ("15-KH/ĐU").
    #[schemars(pattern(r"^[0-9]*-[^/\s]+/\S+$"))]
    pub notation: String,
    /// Date of issue, ISO 8601 ("2024-04-01"); a draft may give only "2024-04" or "2024".
    #[schemars(pattern(r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))]
    pub issued_date: String,
    /// Place of issue as printed in the date line ("Nghĩa Thái").
    pub place: String,
    /// The issuing body, PL VI OrganName / edXML From.
    pub issuer: Organ,
    /// The subject line (trích yếu), PL VI Subject.
    pub subject: String,
    /// Language of the text, BCP 47 ("vi").
    #[schemars(extend("const" = "vi"))]
    pub language: String,
    /// Pages of the laid-out document, appendices included, PL VI PageAmount.
    #[schemars(range(min = 1))]
    pub page_count: usize,
    /// Appendices attached in the same file (edXML Appendixes), by title.
    pub appendices: Vec<String>,
    /// Who signs, edXML SignerInfo.
    pub signer: SignerInfo,
    /// The "Nơi nhận" list, PL VI To / edXML ToPlaces, in printed order.
    pub recipients: Vec<RecipientInfo>,
    /// Where the original is archived ("VPĐU").
    pub archive: String,
    /// Urgency mark as printed (PL VI Priority): "KHẨN", "THƯỢNG KHẨN", "HỎA TỐC"; null when none.
    pub urgency: Option<String>,
    /// Secrecy mark as printed: "MẬT", "TỐI MẬT", "TUYỆT MẬT"; null when none.
    pub secrecy: Option<String>,
    /// The latest deadline of the timeline and the tasks (PL VI DueDate), ISO 8601; null when none.
    #[schemars(pattern(r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))]
    pub due_date: Option<String>,
    /// True when the document is a draft (no number, no full date, a draft note or a blank signer).
    pub draft: bool,
    /// The rule set the form follows, and the profile that lays it out.
    pub rule_set: RuleSet,
}

/// An issuing body.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Organ {
    /// Its name as written in the data ("Đảng ủy xã Nghĩa Thái").
    pub name: String,
    /// Its code in the notation ("ĐU").
    pub code: String,
    /// The directly superior body, if printed.
    pub superior: Option<String>,
}

/// The signer, edXML SignerInfo {Competence, Position, FullName}.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SignerInfo {
    /// "T/M", "K/T", "T/L"; null when the head signs directly.
    pub authority: Option<String>,
    /// The body the authority acts for ("Đảng ủy").
    pub authority_body: Option<String>,
    /// The authority line as printed ("T/M ĐẢNG ỦY").
    pub competence: Option<String>,
    /// The position as written in the data ("Phó Bí thư").
    pub position: String,
    /// The full name; empty in a draft to be signed by hand.
    pub full_name: String,
}

/// One recipient of the "Nơi nhận" list.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RecipientInfo {
    /// The recipient's name.
    pub name: String,
    /// Annotation such as "để báo cáo"; null when none.
    pub note: Option<String>,
}

/// The profile the document was laid out with.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RuleSet {
    /// The guidance the form follows ("Hướng dẫn 05-HD/VPTW").
    pub title: String,
    /// Profile name ("dang-hd05-2026").
    pub profile: String,
    /// How the profile was chosen: "profile" (named in the file) or "date" (in force on the document's date).
    #[schemars(extend("enum" = ["profile", "date"]))]
    pub chosen_by: String,
}

/// Paths of `[date]` values that are deadlines (timeline milestones, tasks).
pub fn is_deadline_path(path: &str) -> bool {
    path.starts_with("content.timeline") || path.starts_with("organization")
}

fn trimmed(t: &crate::vietnamese::Text) -> String {
    t.as_str().trim().to_owned()
}

fn present(t: Option<&crate::vietnamese::Text>) -> Option<String> {
    t.filter(|t| !t.is_blank()).map(trimmed)
}

impl DocumentMetadata {
    /// The metadata of a prepared document laid out to `page_count` pages.
    pub fn new(prepared: &Prepared, page_count: usize) -> DocumentMetadata {
        let doc: &Document = &prepared.document;
        let ctx = &prepared.context;
        let marks = doc.marks.as_ref();
        let mark = |m: Option<&crate::vietnamese::Text>| present(m).map(|s| crate::vietnamese::upper(&s));
        let due_date = ctx.dates.iter().filter(|(p, _)| is_deadline_path(p)).map(|(_, d)| *d).max_by_key(|d| d.ordinal());
        DocumentMetadata {
            format: FORMAT.to_owned(),
            generator: format!("kehoach {}", env!("CARGO_PKG_VERSION")),
            kind: doc.kind.id().to_owned(),
            type_name: doc.kind.type_name_in_text(),
            type_code: prepared.profile.codes.types.get(doc.kind.id()).cloned().unwrap_or_default(),
            number: doc.number,
            notation: ctx.header.number.trim_start_matches("Số").trim().to_owned(),
            issued_date: doc.date.to_string(),
            place: trimmed(&doc.place),
            issuer: Organ {
                name: trimmed(&doc.issuer.name),
                code: trimmed(&doc.issuer.code),
                superior: present(doc.issuer.superior.as_ref()),
            },
            subject: ctx.subject.clone(),
            language: "vi".to_owned(),
            page_count,
            appendices: doc.appendices.iter().map(|a| trimmed(&a.title)).collect(),
            signer: SignerInfo {
                authority: present(doc.signer.authority.as_ref()),
                authority_body: present(doc.signer.body.as_ref()),
                competence: ctx.signer.authority.clone(),
                position: trimmed(&doc.signer.position),
                full_name: trimmed(&doc.signer.name),
            },
            recipients: doc
                .recipients
                .iter()
                .flat_map(|r| r.to.iter())
                .map(|r| RecipientInfo { name: trimmed(r.name()), note: present(r.note()) })
                .collect(),
            archive: doc.recipients.as_ref().map(|r| trimmed(&r.archive)).unwrap_or_default(),
            urgency: mark(marks.and_then(|m| m.urgency.as_ref())),
            secrecy: mark(marks.and_then(|m| m.secrecy.as_ref())),
            due_date: due_date.map(|d| d.to_string()),
            // A plan ready to sign is the final text: its number and day are the office's to stamp.
            draft: (doc.status != Some(crate::model::Status::ReadyToSign) && (doc.number.is_none() || !doc.date.is_complete()))
                || doc.signer.name.is_blank()
                || marks.is_some_and(|m| present(m.draft.as_ref()).is_some()),
            rule_set: RuleSet {
                title: prepared.profile.rule_set.title.clone(),
                profile: prepared.profile.name.clone(),
                chosen_by: match prepared.chosen_by {
                    ProfileChoice::Named => "profile".into(),
                    ProfileChoice::Date(_) => "date".into(),
                },
            },
        }
    }

    /// The JSON form (pretty-printed, fields in the struct's order, ending in a newline).
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).unwrap_or_default();
        s.push('\n');
        s
    }

    /// The XML form: the same fields under the element names of the edXML
    /// message header where edXML has one (`Code/CodeNumber`,
    /// `PromulgationInfo/PromulgationDate`, `SignerInfo/Competence` …).
    pub fn to_xml(&self) -> String {
        let mut x = Xml::default();
        x.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.open("DocumentMetadata", &[("format", &self.format), ("generator", &self.generator)]);
        x.open("From", &[]);
        x.leaf("OrganName", &self.issuer.name);
        x.leaf("OrganCode", &self.issuer.code);
        x.opt("SuperiorOrganName", self.issuer.superior.as_deref());
        x.close("From");
        x.open("Code", &[]);
        x.opt("CodeNumber", self.number.map(|n| n.to_string()).as_deref());
        x.leaf("CodeNotation", &self.notation);
        x.close("Code");
        x.open("PromulgationInfo", &[]);
        x.leaf("Place", &self.place);
        x.leaf("PromulgationDate", &self.issued_date);
        x.close("PromulgationInfo");
        x.open("DocumentType", &[("kind", &self.kind)]);
        x.leaf("TypeCode", &self.type_code);
        x.leaf("TypeName", &self.type_name);
        x.close("DocumentType");
        x.leaf("Subject", &self.subject);
        x.leaf("Language", &self.language);
        x.open("SignerInfo", &[]);
        x.opt("Authority", self.signer.authority.as_deref());
        x.opt("AuthorityBody", self.signer.authority_body.as_deref());
        x.opt("Competence", self.signer.competence.as_deref());
        x.leaf("Position", &self.signer.position);
        x.leaf("FullName", &self.signer.full_name);
        x.close("SignerInfo");
        x.opt("DueDate", self.due_date.as_deref());
        x.open("ToPlaces", &[]);
        for r in &self.recipients {
            match &r.note {
                Some(note) => x.leaf_with("Place", &[("note", note)], &r.name),
                None => x.leaf("Place", &r.name),
            }
        }
        x.close("ToPlaces");
        x.open("OtherInfo", &[]);
        x.opt("Priority", self.urgency.as_deref());
        x.opt("Secrecy", self.secrecy.as_deref());
        x.leaf("PageAmount", &self.page_count.to_string());
        x.leaf("Archive", &self.archive);
        x.leaf("Draft", if self.draft { "true" } else { "false" });
        x.open("Appendixes", &[]);
        for a in &self.appendices {
            x.leaf("Appendix", a);
        }
        x.close("Appendixes");
        x.leaf_with("RuleSet", &[("profile", &self.rule_set.profile), ("chosen_by", &self.rule_set.chosen_by)], &self.rule_set.title);
        x.close("OtherInfo");
        x.close("DocumentMetadata");
        x.out
    }
}

/// Whether a metadata file is written as XML (by its extension, `.xml`);
/// anything else is JSON.
pub fn is_xml_path(path: &std::path::Path) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case("xml"))
}

/// The JSON Schema of [`DocumentMetadata`]'s JSON form (the text of
/// `schemas/metadata.schema.json`).
pub fn json_schema() -> String {
    let mut schema = serde_json::to_value(schemars::schema_for!(DocumentMetadata)).unwrap_or_default();
    // The kinds come from the model, so that a new kind cannot be left out.
    let kinds: Vec<&str> = crate::model::Kind::ALL.iter().map(|k| k.id()).collect();
    if let Some(kind) = schema.pointer_mut("/properties/kind").and_then(|v| v.as_object_mut()) {
        kind.insert("enum".into(), serde_json::json!(kinds));
    }
    let mut s = serde_json::to_string_pretty(&schema).unwrap_or_default();
    s.push('\n');
    s
}

/// A tiny indenting XML writer; every text and attribute is escaped.
#[derive(Default)]
struct Xml {
    out: String,
    depth: usize,
}

impl Xml {
    fn raw(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn start(&mut self, name: &str, attrs: &[(&str, &str)]) {
        self.out.push_str(&"  ".repeat(self.depth));
        self.out.push('<');
        self.out.push_str(name);
        for (k, v) in attrs {
            self.out.push_str(&format!(" {k}=\"{}\"", escape(v)));
        }
        self.out.push('>');
    }

    fn open(&mut self, name: &str, attrs: &[(&str, &str)]) {
        self.start(name, attrs);
        self.out.push('\n');
        self.depth += 1;
    }

    fn close(&mut self, name: &str) {
        self.depth -= 1;
        self.out.push_str(&format!("{}</{name}>\n", "  ".repeat(self.depth)));
    }

    fn leaf_with(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) {
        self.start(name, attrs);
        self.out.push_str(&format!("{}</{name}>\n", escape(text)));
    }

    fn leaf(&mut self, name: &str, text: &str) {
        self.leaf_with(name, &[], text);
    }

    /// An element only when there is a value.
    fn opt(&mut self, name: &str, text: Option<&str>) {
        if let Some(t) = text {
            self.leaf(name, t);
        }
    }
}

/// Escapes text for XML content and attribute values. Characters XML 1.0
/// cannot hold at all (C0 controls but tab and newline) never reach here:
/// the data checks refuse them.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_escapes_markup_in_data() {
        assert_eq!(escape("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&apos;");
        let mut x = Xml::default();
        x.open("A", &[("k", "<&>")]);
        x.leaf("B", "#read(\"/etc/passwd\") </B>");
        x.opt("C", None);
        x.close("A");
        assert_eq!(x.out, "<A k=\"&lt;&amp;&gt;\">\n  <B>#read(&quot;/etc/passwd&quot;) &lt;/B&gt;</B>\n</A>\n");
    }
}
