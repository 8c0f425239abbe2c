//! Parts shared by several kinds: additional marks, articles of a decision,
//! tables of figures and appendices.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Section;
use crate::vietnamese::Text;

/// Additional marks of the header (HD 36 Mục II.2).
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Marks {
    /// Secrecy: "MẬT", "TỐI MẬT" or "TUYỆT MẬT" — a framed box under the number.
    #[serde(default)]
    pub secrecy: Option<Text>,
    /// Urgency: "KHẨN", "THƯỢNG KHẨN", "HỎA TỐC" / "HOẢ TỐC" (or "… HẸN GIỜ") — a framed box under the number.
    #[serde(default)]
    pub urgency: Option<Text>,
    /// Draft note, e.g. "Dự thảo" or "Dự thảo lần 2" (italic, top right).
    #[serde(default)]
    pub draft: Option<Text>,
    /// Circulation note, e.g. "LƯU HÀNH NỘI BỘ", "XONG HỘI NGHỊ TRẢ LẠI":
    /// under the number (HD 36), top right of page 1 (HD 05).
    #[serde(default)]
    pub circulation: Option<Text>,
    /// "Không phổ biến trên phương tiện thông tin đại chúng", centred at the
    /// foot of the last page.
    #[serde(default)]
    pub no_broadcast: bool,
}

/// An article of a Quyết định: "Điều 1. {title}" then its text.
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Article {
    /// The article's title, run in after "Điều N." in bold (optional).
    #[serde(default)]
    pub title: Option<Text>,
    /// Paragraphs; without a title the first runs in after "Điều N." (rich).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub text: Vec<Text>,
    /// Clauses (khoản) numbered 1., 2., …: a string (rich), or
    /// `{ text = "…", points = ["…"] }` with points (điểm) a), b), ….
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub clauses: Vec<Clause>,
    /// Dash items (rich).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<Text>,
    /// More of the article in the order the document gives it, after its
    /// text, items and clauses: each part prints its paragraphs, its dash
    /// items, then its clauses, numbered on from the article's
    /// (`[[articles.parts]]` with `text = ["…"]`: text after the clauses).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<ArticlePart>,
}

/// A part of an article, in order: paragraphs, dash items, clauses (see `articles.parts`).
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ArticlePart {
    /// Paragraphs (rich).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub text: Vec<Text>,
    /// Dash items (rich).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<Text>,
    /// Clauses, numbered on from those before them (see `articles.clauses`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub clauses: Vec<Clause>,
}

/// A clause (khoản) of an article: its text, and its points (điểm) "a)", "b)" ….
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Clause {
    /// Just the text: `"Quy chế này áp dụng đối với …"` (rich).
    Text(Text),
    /// The text and its points: `{ text = "… gồm:", points = ["…", "…"] }`,
    /// or a clause of several paragraphs: `{ text = "…", more = ["…"] }`.
    WithPoints {
        /// The clause's text (rich).
        text: Text,
        /// Points a), b), … (rich).
        #[serde(default)]
        points: Vec<Text>,
        /// Further paragraphs of the clause, after its points (rich).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        more: Vec<Text>,
    },
}

impl Clause {
    /// The clause's text.
    pub fn text(&self) -> &Text {
        match self {
            Clause::Text(t) | Clause::WithPoints { text: t, .. } => t,
        }
    }

    /// Its points ("a)", "b)" …), if any.
    pub fn points(&self) -> &[Text] {
        match self {
            Clause::Text(_) => &[],
            Clause::WithPoints { points, .. } => points,
        }
    }

    /// Its further paragraphs, if any.
    pub fn more(&self) -> &[Text] {
        match self {
            Clause::Text(_) => &[],
            Clause::WithPoints { more, .. } => more,
        }
    }
}

/// A task of a Chương trình: one row of its table of tasks.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Task {
    /// What is to be done (nội dung).
    pub content: Text,
    /// The body in charge (cơ quan chủ trì).
    pub lead: Text,
    /// The bodies that take part (cơ quan phối hợp); optional.
    #[serde(default)]
    pub support: Option<Text>,
    /// When ("Quý III/2026", "Hằng năm").
    pub time: Text,
    /// The resources (nguồn lực, kinh phí), optional: when any task of the
    /// table has them, the table gets a "Nguồn lực" column before "Thời gian".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<Text>,
    /// A group row printed before this task, bold across the whole table
    /// ("I. Công tác xây dựng Đảng"); the tasks keep their running numbers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<Text>,
}

/// How a column's cells are aligned; numbers are right-aligned by default.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Align {
    /// Left-aligned.
    Left,
    /// Centred.
    Center,
    /// Right-aligned.
    Right,
}

/// A column of a table.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Column {
    /// The header cell.
    pub header: Text,
    /// Relative width (default 1; "TT" columns often 0.4).
    #[serde(default)]
    pub width: Option<f64>,
    /// Alignment; default: right for columns of numbers, left otherwise.
    #[serde(default)]
    pub align: Option<Align>,
    /// A heading over this column and its neighbours with the same `group`:
    /// a two-row header ("Thời gian trình" over "BTV" | "BCH"); the header of
    /// a column without a group spans both rows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<Text>,
}

/// A table cell: text, or a number printed the Vietnamese way (1.639; 12,5).
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Cell {
    /// A whole number ("1.639").
    Integer(i64),
    /// A decimal number ("12,5").
    Float(f64),
    /// Text, with the inline markup of body text (`[b]…[/b]` …).
    Text(Text),
    /// A cell over several columns or rows: `{ text = "…", colspan = 2,
    /// rowspan = 3, align = "center" }`. The cells it covers are left out of
    /// the rows it spans.
    Span(SpanCell),
}

/// A cell spanning columns or rows.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SpanCell {
    /// Its text, with the inline markup of body text.
    pub text: Text,
    /// How many columns it covers (default 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub colspan: Option<u32>,
    /// How many rows it covers, this one and those under it (default 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rowspan: Option<u32>,
    /// Alignment; default: the column's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub align: Option<Align>,
}

/// A row of a table: its cells, or a group row.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Row {
    /// The cells, one per column not covered by a span.
    Cells(Vec<Cell>),
    /// A group row, bold across the whole table: `{ group = "I. Công tác
    /// xây dựng Đảng" }`.
    Group {
        /// The group's title (inline markup allowed).
        group: Text,
    },
}

/// A table of figures or a form.
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Table {
    /// A caption above the table (bold, centred).
    #[serde(default)]
    pub title: Option<Text>,
    /// The columns, with their headers.
    pub columns: Vec<Column>,
    /// Rows: each a list of cells, as many as there are columns (less those
    /// a span above or beside covers), or a group row `{ group = "…" }`.
    /// Rows never split across pages; the header repeats on every page.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rows: Vec<Row>,
    /// Empty rows appended for a form to fill in by hand.
    #[serde(default)]
    pub blank_rows: u32,
    /// A note under the table (italic, rich).
    #[serde(default)]
    pub note: Option<Text>,
}

/// An appendix (phụ lục): a new page with its own heading.
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Appendix {
    /// The label as the document prints it, in place of "Phụ lục N":
    /// "PHỤ LỤC" for an only appendix without a number (HD 05 II.1 numbers
    /// appendices when there are two or more), "Phụ lục II". Printed as typed.
    #[serde(default)]
    pub label: Option<Text>,
    /// The document's header (issuer's names, party title, number and
    /// date) repeated at the top of the appendix's first page, as offices
    /// print an appendix that may be handed out alone.
    #[serde(default)]
    pub header: bool,
    /// The title, printed in bold capitals under "Phụ lục N".
    pub title: Text,
    /// A line under the title (e.g. "năm 2024"), bold, normal case.
    #[serde(default)]
    pub subtitle: Option<Text>,
    /// Landscape pages, for wide tables.
    #[serde(default)]
    pub landscape: bool,
    /// Paragraphs (rich).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub text: Vec<Text>,
    /// Tables.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tables: Vec<Table>,
    /// Tasks of a Chương trình, as a table after the tables (see `sections.tasks`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tasks: Vec<Task>,
    /// Numbered sections.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sections: Vec<Section>,
    /// Signature spaces at the foot of a form: one caption per column
    /// (e.g. ["XÁC NHẬN CỦA CHI BỘ", "NGƯỜI ĐĂNG KÝ"]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub signatures: Vec<Text>,
}
