//! The parts of the minutes and the administrative papers: a Biên bản's
//! `[minutes]` (Hướng dẫn 16-HD/VPTW's form: time, place, chair, recorder,
//! attendance, the closing time, the recorder's signature and the optional
//! confirmation of the chair's signature), a Giấy mời's `[invitation]` and a
//! Giấy giới thiệu's `[introduction]`; and the paper size of a document
//! (`paper = "A5"`, HD 05 IV.3).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::date::DocDate;
use super::Signer;
use crate::vietnamese::Text;

/// The paper a document is printed on: A4 for every Party document; A5 only
/// for the administrative papers (giấy mời, giấy giới thiệu; HD 05 IV.3).
/// The sizes and margins of each are the profile's `[paper.<size>]`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
pub enum Paper {
    /// A4, 210 × 297 mm.
    #[default]
    A4,
    /// A5, 148 × 210 mm.
    A5,
}

impl Paper {
    /// "A4", "A5": the key of the profile's `[paper.…]` table.
    pub fn id(self) -> &'static str {
        match self {
            Paper::A4 => "A4",
            Paper::A5 => "A5",
        }
    }
}

/// A person named in a form: "đồng chí {name}, {position}".
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Full name ("Trần Thị Hoa").
    pub name: Text,
    /// Position, in normal case ("Phó Bí thư Thường trực Đảng ủy xã"). Optional.
    #[serde(default)]
    pub position: Option<Text>,
}

/// An official delegate absent from the meeting, with the reason.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Absence {
    /// "Lê Văn Cường".
    pub name: Text,
    /// "đi công tác", "ốm".
    pub reason: Text,
}

/// "1. Thành phần hội nghị": the official delegates present and absent, and the guests.
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Attendance {
    /// Official delegates (đại biểu chính thức) in all; optional.
    #[serde(default)]
    pub total: Option<u32>,
    /// How many are present: "- Có mặt: 14 đồng chí."
    pub present: u32,
    /// Who is absent and why: "- Vắng mặt: 01 đồng chí: đồng chí Lê Văn Cường (lý do: đi công tác)."
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub absent: Vec<Absence>,
    /// "1.2. Đại biểu mời dự": one dash item each (rich).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub guests: Vec<Text>,
}

/// The minutes of a meeting (Biên bản, Hướng dẫn 16-HD/VPTW): the lines
/// before "1. Thành phần hội nghị", the attendance, the closing time and the
/// signatures. The proceedings ("2. Diễn biến hội nghị") are the document's
/// `sections`; the chair is the document's `signer` (name and position), who
/// signs under "CHỦ TRÌ HỘI NGHỊ" on the right.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Minutes {
    /// When the meeting began, "HH:MM" ("14:00" prints "14 giờ 00 phút").
    pub start: Text,
    /// The day of the meeting, if not the document's `date`.
    #[serde(default)]
    pub day: Option<DocDate>,
    /// Địa điểm.
    pub venue: Text,
    /// Nội dung: what the meeting is about (rich).
    pub agenda: Text,
    /// Người ghi biên bản: signs under "NGƯỜI GHI BIÊN BẢN" on the left.
    pub recorder: Person,
    /// Tài liệu sử dụng trong hội nghị, joined with "; ".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<Text>,
    /// Thông tin khác (rich). Optional.
    #[serde(default)]
    pub other: Option<Text>,
    /// Who attended and who was absent.
    pub attendance: Attendance,
    /// When the meeting ended, "HH:MM": "Hội nghị kết thúc vào lúc 16 giờ 30 phút, ngày …".
    pub end: Text,
    /// The day it ended, if not the day it began.
    #[serde(default)]
    pub end_day: Option<DocDate>,
    /// When the seal cannot go on the chair's signature (HD 05 7.1.4e(ii)):
    /// who confirms it, e.g. `authority = "T/L"`, `body = "Ban Thường vụ"`,
    /// `position = "Chánh Văn phòng"`; printed under the signatures after
    /// "Xác nhận chữ ký của đồng chí {chair}".
    #[serde(default)]
    pub confirmation: Option<Signer>,
}

/// A Giấy mời: whom it invites, when, where, to what, and what to bring.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Invitation {
    /// The guests after "Trân trọng kính mời:" ("Đồng chí Bí thư các chi bộ"),
    /// punctuated and placed as the names after "Kính gửi:" (rich).
    pub guests: Vec<Text>,
    /// The time, "HH:MM": "- Thời gian: 08 giờ 00 phút, ngày 10 tháng 7 năm 2026."
    pub time: Text,
    /// The day.
    pub day: DocDate,
    /// Địa điểm (rich).
    pub venue: Text,
    /// Nội dung (rich). Optional.
    #[serde(default)]
    pub content: Option<Text>,
    /// What to bring: "- Đề nghị đồng chí mang theo: …" (rich). Optional.
    #[serde(default)]
    pub bring: Option<Text>,
}

/// A Giấy giới thiệu: who is introduced, to whom, about what, until when.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Introduction {
    /// The body that introduces, before "trân trọng giới thiệu:" (default:
    /// the issuing body's name).
    #[serde(default)]
    pub introducer: Option<Text>,
    /// "- Đồng chí: Trần Thị Hoa".
    pub person: Text,
    /// "- Chức vụ: …".
    pub position: Text,
    /// "- Được cử đến: …" (rich).
    pub sent_to: Text,
    /// "- Về việc: …" (rich).
    pub purpose: Text,
    /// Who is asked to help, in "Đề nghị {…} giúp đỡ đồng chí hoàn thành
    /// nhiệm vụ." (default: the `sent_to` body).
    #[serde(default)]
    pub request_to: Option<Text>,
    /// "Giấy này có giá trị đến hết ngày 31 tháng 7 năm 2026."
    pub valid_until: DocDate,
}
