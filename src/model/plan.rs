//! Kế hoạch (plan): the semantic parts the seeds show — purpose and
//! requirements, content (participants, content by sector with targets,
//! timeline, evaluation criteria, standards per level), organisation — plus
//! general [`Section`]s for anything else. The plan itself is a
//! [`super::Document`] of kind `ke-hoach`.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Section;
use crate::model::date::DocDate;
use crate::vietnamese::Text;

/// Mục đích, yêu cầu: numbered points.
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Purpose {
    /// Its heading (default "Mục đích, yêu cầu").
    #[serde(default)]
    pub title: Option<Text>,
    /// Paragraphs before the points (rich).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub text: Vec<Text>,
    /// Points, numbered 1., 2., … (rich).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub points: Vec<Text>,
}

/// Nội dung: the parts of the plan's content, each numbered in this order.
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Content {
    /// Its heading (default "Nội dung").
    #[serde(default)]
    pub title: Option<Text>,
    /// Paragraphs before the parts (rich).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub text: Vec<Text>,
    /// Who takes part (đối tượng).
    #[serde(default)]
    pub participants: Option<Participants>,
    /// Heading of the content-by-sector part ("Nội dung").
    #[serde(default)]
    pub sectors_title: Option<Text>,
    /// Paragraphs before the sectors (rich).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sectors_text: Vec<Text>,
    /// Content by sector (kinh tế, văn hóa - xã hội, …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sectors: Vec<Sector>,
    /// Thời gian thực hiện.
    #[serde(default)]
    pub timeline: Option<Timeline>,
    /// Tiêu chí đánh giá.
    #[serde(default)]
    pub criteria: Option<Criteria>,
    /// Tiêu chuẩn mô hình các cấp.
    #[serde(default)]
    pub standards: Option<Standards>,
    /// Further parts after these, numbered on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sections: Vec<Section>,
}

/// Đối tượng thực hiện: collectives and individuals.
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Participants {
    /// Its heading (default "Đối tượng thực hiện").
    #[serde(default)]
    pub title: Option<Text>,
    /// Paragraphs before the list (rich).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub text: Vec<Text>,
    /// Printed "- *Tập thể*: …" (rich).
    #[serde(default)]
    pub collective: Option<Text>,
    /// Printed "- *Cá nhân*: …" (rich).
    #[serde(default)]
    pub individual: Option<Text>,
}

/// One sector of the content, with its items and optional targets.
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Sector {
    /// The sector's heading ("Trên lĩnh vực kinh tế").
    pub name: Text,
    /// Paragraphs (rich).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub text: Vec<Text>,
    /// Dash items (rich).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<Text>,
    /// Measurable targets ("100% số xã đạt chuẩn nông thôn mới"), printed
    /// after the items under "Chỉ tiêu:" (rich).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<Text>,
}

/// Thời gian thực hiện.
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Timeline {
    /// Its heading (default "Thời gian thực hiện").
    #[serde(default)]
    pub title: Option<Text>,
    /// Paragraphs (rich; put deadlines in `[date]…[/date]`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub text: Vec<Text>,
    /// Milestones printed as dash items "- 07/4/2024: …".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub milestones: Vec<Milestone>,
}

/// A dated step of the timeline.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    /// By when (a real date).
    pub date: DocDate,
    /// What is due (rich).
    pub task: Text,
}

/// Tiêu chí đánh giá: dash items.
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Criteria {
    /// Its heading (default "Tiêu chí đánh giá").
    #[serde(default)]
    pub title: Option<Text>,
    /// Paragraphs before the items.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub text: Vec<Text>,
    /// Dash items ("- …").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<Text>,
}

/// Tiêu chuẩn mô hình ở các cấp: one entry per level.
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Standards {
    /// Its heading (default "Tiêu chuẩn ở các cấp").
    #[serde(default)]
    pub title: Option<Text>,
    /// Paragraphs before the levels.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub text: Vec<Text>,
    /// The levels, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub levels: Vec<Level>,
}

/// The standard a model must meet at one level.
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Level {
    /// "Mô hình “Dân vận khéo” cấp cơ sở" — an unnumbered sub-heading.
    pub name: Text,
    /// Paragraphs of the level.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub text: Vec<Text>,
    /// Dash items of the level.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<Text>,
}

/// Tổ chức thực hiện: which unit does what.
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Organization {
    /// Its heading (default "Tổ chức thực hiện").
    #[serde(default)]
    pub title: Option<Text>,
    /// Paragraphs before the tasks.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub text: Vec<Text>,
    /// One dash item per unit: "- {unit} {task}".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tasks: Vec<Task>,
    /// Numbered sub-sections instead of (or after) the dash items.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sections: Vec<Section>,
}

/// A unit's assignment.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Task {
    /// Who ("Khối Dân vận Đảng ủy").
    pub unit: Text,
    /// What, continuing the sentence after the unit's name (rich).
    pub task: Text,
    /// By when; printed ", hoàn thành trước ngày 07/4/2024" unless the task
    /// text already carries the date.
    #[serde(default)]
    pub deadline: Option<DocDate>,
}

