//! The data model of a document as written in TOML: the parts every Party
//! document shares (issuer, number, date, signer, recipients) and, in
//! submodules, the parts of each kind.
//!
//! Every struct denies unknown fields, so a misspelt key is an error rather
//! than a silently missing paragraph. Strings are [`Text`] (NFC); strings that
//! may carry inline markup (see [`crate::context::rich`]) are documented as "rich".

pub mod copy;
pub mod date;
pub mod forms;
pub mod parts;
pub mod plan;
pub mod rules;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use self::date::DocDate;
use crate::vietnamese::Text;

pub use forms::{Invitation, Introduction, Minutes, Paper};
pub use parts::{Appendix, Article, ArticlePart, Cell, Clause, Column, Marks, Row, SpanCell, Table, Task};
pub use rules::{Division, DivisionWord, IssuedWith, Structure};

/// The kinds of document this crate renders, with what distinguishes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize, JsonSchema)]
pub enum Kind {
    /// Kế hoạch (plan), type code KH.
    #[serde(rename = "ke-hoach")]
    KeHoach,
    /// Công văn (official letter), type code CV.
    #[serde(rename = "cong-van")]
    CongVan,
    /// Báo cáo (report), type code BC.
    #[serde(rename = "bao-cao")]
    BaoCao,
    /// Hướng dẫn (guidance), type code HD.
    #[serde(rename = "huong-dan")]
    HuongDan,
    /// Quyết định (decision), type code QĐ.
    #[serde(rename = "quyet-dinh")]
    QuyetDinh,
    /// Thông báo (notice), type code TB.
    #[serde(rename = "thong-bao")]
    ThongBao,
    /// Nghị quyết (resolution), type code NQ.
    #[serde(rename = "nghi-quyet")]
    NghiQuyet,
    /// Chỉ thị (directive), type code CT.
    #[serde(rename = "chi-thi")]
    ChiThi,
    /// Thông tri (circular), type code TT.
    #[serde(rename = "thong-tri")]
    ThongTri,
    /// Đề án (scheme), type code ĐA.
    #[serde(rename = "de-an")]
    DeAn,
    /// Kết luận (conclusions), type code KL.
    #[serde(rename = "ket-luan")]
    KetLuan,
    /// Tờ trình (submission), type code TTr.
    #[serde(rename = "to-trinh")]
    ToTrinh,
    /// Quy chế (working rules), type code QC.
    #[serde(rename = "quy-che")]
    QuyChe,
    /// Quy định (regulation), type code QĐ (HD 05; QĐi under HD 36).
    #[serde(rename = "quy-dinh")]
    QuyDinh,
    /// Chương trình (programme), type code CTr.
    #[serde(rename = "chuong-trinh")]
    ChuongTrinh,
    /// Biên bản (minutes), type code BB.
    #[serde(rename = "bien-ban")]
    BienBan,
    /// Giấy mời (invitation), type code GM.
    #[serde(rename = "giay-moi")]
    GiayMoi,
    /// Giấy giới thiệu (letter of introduction), type code GGT.
    #[serde(rename = "giay-gioi-thieu")]
    GiayGioiThieu,
}

/// Static facts about a kind: (id, type name). The type codes of the number
/// ("KH") belong to the rule set: the profile's `[codes.types]`; the one-line
/// description is the message `kind-description-<id>` (locales/*/input.ftl).
const KINDS: &[(Kind, &str, &str)] = &[
    (Kind::KeHoach, "ke-hoach", "KẾ HOẠCH"),
    (Kind::CongVan, "cong-van", "CÔNG VĂN"),
    (Kind::BaoCao, "bao-cao", "BÁO CÁO"),
    (Kind::HuongDan, "huong-dan", "HƯỚNG DẪN"),
    (Kind::QuyetDinh, "quyet-dinh", "QUYẾT ĐỊNH"),
    (Kind::ThongBao, "thong-bao", "THÔNG BÁO"),
    (Kind::NghiQuyet, "nghi-quyet", "NGHỊ QUYẾT"),
    (Kind::ChiThi, "chi-thi", "CHỈ THỊ"),
    (Kind::ThongTri, "thong-tri", "THÔNG TRI"),
    (Kind::DeAn, "de-an", "ĐỀ ÁN"),
    (Kind::KetLuan, "ket-luan", "KẾT LUẬN"),
    (Kind::ToTrinh, "to-trinh", "TỜ TRÌNH"),
    (Kind::QuyChe, "quy-che", "QUY CHẾ"),
    (Kind::QuyDinh, "quy-dinh", "QUY ĐỊNH"),
    (Kind::ChuongTrinh, "chuong-trinh", "CHƯƠNG TRÌNH"),
    (Kind::BienBan, "bien-ban", "BIÊN BẢN"),
    (Kind::GiayMoi, "giay-moi", "GIẤY MỜI"),
    (Kind::GiayGioiThieu, "giay-gioi-thieu", "GIẤY GIỚI THIỆU"),
];

impl Kind {
    /// Every kind, in the order `kehoach kinds` lists them.
    pub const ALL: &'static [Kind] = &[
        Kind::KeHoach,
        Kind::CongVan,
        Kind::BaoCao,
        Kind::HuongDan,
        Kind::QuyetDinh,
        Kind::ThongBao,
        Kind::NghiQuyet,
        Kind::ChiThi,
        Kind::ThongTri,
        Kind::DeAn,
        Kind::KetLuan,
        Kind::ToTrinh,
        Kind::QuyChe,
        Kind::QuyDinh,
        Kind::ChuongTrinh,
        Kind::BienBan,
        Kind::GiayMoi,
        Kind::GiayGioiThieu,
    ];

    fn facts(self) -> (&'static str, &'static str) {
        KINDS.iter().find(|(k, ..)| *k == self).map(|(_, id, name)| (*id, *name)).unwrap_or(("", ""))
    }

    /// The `kind = "…"` value in TOML.
    pub fn id(self) -> &'static str {
        self.facts().0
    }

    /// The type name printed as the document's title ("KẾ HOẠCH").
    pub fn type_name(self) -> &'static str {
        self.facts().1
    }

    /// The type name in running text ("Kế hoạch"), for "(Kèm theo Kế hoạch số …)".
    pub fn type_name_in_text(self) -> String {
        crate::vietnamese::capitalize_first(&self.type_name().to_lowercase())
    }

    /// One line for `kehoach kinds`, in the user's language.
    pub fn description(self) -> String {
        crate::tr!(&format!("kind-description-{}", self.id()))
    }

    /// Whether the type name is printed as a title line (a công văn has none:
    /// its subject stands under the number instead).
    pub fn has_title_line(self) -> bool {
        self != Kind::CongVan
    }

    /// Whether "Nơi nhận" starts "- Như trên": the addressees of "Kính gửi"
    /// (a công văn) or "Kính trình" (a tờ trình, HD 05 9.2.4).
    pub fn lists_as_above(self) -> bool {
        matches!(self, Kind::CongVan | Kind::ToTrinh | Kind::GiayMoi | Kind::GiayGioiThieu)
    }

    /// Whether the kind is an administrative paper that may be printed on A5
    /// (HD 05 IV.3: "giấy tờ hành chính … A4 hoặc A5").
    pub fn may_be_a5(self) -> bool {
        matches!(self, Kind::GiayMoi | Kind::GiayGioiThieu)
    }

    /// Whether the top sections are points "1.", "2." rather than parts
    /// "I-", "II-": a công văn, a chỉ thị, a thông tri and a kết luận set out
    /// their points; the other kinds have parts.
    pub fn numbers_points(self) -> bool {
        matches!(self, Kind::CongVan | Kind::ChiThi | Kind::ThongTri | Kind::KetLuan | Kind::BienBan)
    }

    /// Whether the body is laid out in Phần / Chương / Mục and "Điều N."
    /// articles (HD 05 6.2.4): a Quy chế and a Quy định.
    pub fn has_divisions(self) -> bool {
        matches!(self, Kind::QuyChe | Kind::QuyDinh)
    }

    /// Looks a kind up by its TOML id.
    pub fn from_id(id: &str) -> Option<Kind> {
        Kind::ALL.iter().copied().find(|k| k.id() == id)
    }

    /// The kind a mistyped id most likely means: the same letters without
    /// dashes, capitals or tone marks ("giaymoi", "Giấy mời" → `giay-moi`),
    /// else one at most two letters away.
    pub fn closest(id: &str) -> Option<Kind> {
        fn bare(s: &str) -> String {
            use unicode_normalization::UnicodeNormalization;
            s.to_lowercase()
                .replace('đ', "d")
                .nfd()
                .filter(|c| c.is_ascii_alphanumeric())
                .collect()
        }
        let wanted = bare(id);
        Kind::ALL
            .iter()
            .copied()
            .map(|k| (strsim::levenshtein(&wanted, &bare(k.id())), k))
            .filter(|(d, _)| *d <= 2)
            .min_by_key(|(d, _)| *d)
            .map(|(_, k)| k)
    }
}

/// Where a document is in its life (`status`; docs/issuing.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Being written.
    Draft,
    /// To be signed, then numbered and dated by the office: printed with a
    /// blank number and day and without a draft mark.
    ReadyToSign,
    /// Numbered and dated (`kehoach issue`).
    Issued,
}

impl Status {
    /// The value in TOML.
    pub fn id(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::ReadyToSign => "ready-to-sign",
            Status::Issued => "issued",
        }
    }
}

/// Settings of the checks: which warnings the document means to keep.
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CheckSettings {
    /// Ids of warnings to silence: a text check ("mixed-tone-marks") or a
    /// page rule of `verify` ("P-BODY-1"). `kehoach check` reports an entry
    /// that silences nothing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allow: Vec<Text>,
}

/// The body that issues the document (top-left of the header).
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Issuer {
    /// The directly superior body, printed above in regular weight
    /// (e.g. "Đảng bộ huyện Nghĩa Hưng"). Optional.
    #[serde(default)]
    pub superior: Option<Text>,
    /// The issuing body, printed in bold capitals (e.g. "Đảng ủy xã Nghĩa Thái").
    pub name: Text,
    /// Its code in the number, after the slash: ĐU, TU, HU, BDVTU …
    pub code: Text,
    /// Contact information (address, telephone, email, website), printed in
    /// 10 pt on the last page under a full-width rule. Optional.
    #[serde(default)]
    pub contact: Option<Text>,
}

/// Who signs, and in what capacity (HD 05 7.1; docs/form-rules.md "Signature forms").
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Signer {
    /// The form of the signature (HD 05 7.1.1): "T/M" (on behalf of a
    /// collective: congress, committee, inspection commission, council), "K/T"
    /// (a deputy for the head), "T/L" (by delegation of the standing committee
    /// or the head), "Q." (the acting head); omit when the head signs directly.
    #[serde(default)]
    pub authority: Option<Text>,
    /// What the authority names: the collective of "T/M" ("Đảng ủy", "Ban
    /// Thường vụ", "Đoàn Chủ tịch"), the head's title of "K/T" and "Q."
    /// ("Trưởng ban"), the delegating body of "T/L" ("Ban Thường vụ").
    #[serde(default)]
    pub body: Option<Text>,
    /// The signer's position ("Phó Bí thư Thường trực"); printed in capitals.
    /// Omitted under "T/M" of a collective that signs without one
    /// ("T/M BỘ CHÍNH TRỊ" / name, "T/M ĐOÀN CHỦ TỊCH": HD 05 7.1.4b) and
    /// under "Q." ("Q. TRƯỞNG BAN" / name, 7.1.4c).
    #[serde(default)]
    pub position: Text,
    /// A second title the signer holds concurrently (HD 05 7.1.4đ): printed
    /// under the position after a line "kiêm" — "BÍ THƯ" / "kiêm" /
    /// "TRƯỞNG BAN CHỈ ĐẠO".
    #[serde(default)]
    pub concurrent_position: Option<Text>,
    /// The signer's full name, without academic titles.
    pub name: Text,
    /// The handwritten signature for the electronic document (HD 05 7.2.2): a
    /// blue PNG with a transparent background, a path inside the plan's
    /// directory ("chu-ky.png"); centred between position and name.
    #[serde(default)]
    pub signature_image: Option<Text>,
    /// The body's seal (HD 05 8.2.3): a red PNG with a transparent background
    /// inside the plan's directory, printed at its real size over about the
    /// left third of the signature.
    #[serde(default)]
    pub seal_image: Option<Text>,
    /// The seal's real diameter in mm, 20–60 (default: the profile's
    /// `signature.seal_diameter_mm`).
    #[serde(default)]
    pub seal_diameter_mm: Option<f64>,
}

/// One line of the "Nơi nhận" list.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Recipient {
    /// Just the name: `"Các Chi ủy Chi bộ"`.
    Name(Text),
    /// A name with an annotation: `{ name = "Ban Dân vận Huyện ủy", note = "để báo cáo" }`.
    Annotated {
        /// The recipient.
        name: Text,
        /// The annotation, printed in brackets after the name.
        #[serde(default)]
        note: Option<Text>,
    },
}

impl Recipient {
    /// The recipient's name.
    pub fn name(&self) -> &Text {
        match self {
            Recipient::Name(n) | Recipient::Annotated { name: n, .. } => n,
        }
    }

    /// The annotation, if any ("để báo cáo").
    pub fn note(&self) -> Option<&Text> {
        match self {
            Recipient::Name(_) => None,
            Recipient::Annotated { note, .. } => note.as_ref(),
        }
    }
}

/// The "Nơi nhận" block: the recipients and the archive line.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Recipients {
    /// Recipients, in order. Each line is printed "- …," by the renderer.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub to: Vec<Recipient>,
    /// Where the original is archived: "VPĐU" prints "- Lưu VPĐU.".
    pub archive: Text,
    /// The typist's code ("NguyenVanAn"), printed after the archive line
    /// with the number of copies: "NguyenVanAn-26". Optional.
    #[serde(default)]
    pub typist: Option<Text>,
    /// The number of copies issued, printed after the typist's code.
    #[serde(default)]
    pub copies: Option<u32>,
}

/// A general section: the escape hatch for any structure the semantic fields
/// do not cover. Sections nest; their numbering (I-, 1., 1.1., a)) is computed.
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// The heading, without its number. Without a title, the number runs in
    /// before the first paragraph ("1. Đẩy mạnh …").
    #[serde(default)]
    pub title: Option<Text>,
    /// Paragraphs (rich).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub text: Vec<Text>,
    /// Dash items "- …" after the paragraphs (rich).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<Text>,
    /// Tables after the items.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tables: Vec<Table>,
    /// Tasks of a Chương trình, printed as a table after the tables: TT, nội
    /// dung, cơ quan chủ trì, cơ quan phối hợp, thời gian.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tasks: Vec<Task>,
    /// More of the section's content in the order the document gives it,
    /// after its paragraphs, items, tables and tasks: each part prints its
    /// paragraphs, then its dash items, then its tables ("[[sections.parts]]"
    /// with `text = ["Đoạn sau danh sách …"]`: a paragraph after a dash list).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<Part>,
    /// Sub-sections, numbered one level deeper.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sections: Vec<Section>,
    /// Set to false for an unnumbered sub-heading (printed in italics).
    #[serde(default = "yes")]
    pub numbered: bool,
    /// The section's number as the document gives it (`number = 4`: "4."
    /// or "IV-"), in the level's style; the sections after it count on from
    /// it (part III of a real plan runs 1, 2, 4, 5 …). Without it, kehoach counts.
    #[serde(default)]
    #[schemars(range(min = 1))]
    pub number: Option<u32>,
    /// A run-in heading: the title and the first paragraph in one paragraph
    /// ("1. Về công tác xây dựng Đảng: …"), the title in the level's
    /// heading style, the punctuation after it as typed in `title`.
    #[serde(default)]
    pub run_in: bool,
}

/// A part of a section's content, in order: its paragraphs, then its dash
/// items, then its tables (see `sections.parts`).
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Part {
    /// Paragraphs (rich).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub text: Vec<Text>,
    /// Dash items "- …" after the paragraphs (rich).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<Text>,
    /// Tables after the items.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tables: Vec<Table>,
}

fn yes() -> bool {
    true
}

/// A whole document file, of any kind. Which parts a kind may use is checked
/// by validation (a Quyết định has articles, a Kế hoạch a purpose …).
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// The kind: ke-hoach, cong-van, bao-cao, huong-dan, quyet-dinh, thong-bao,
    /// nghi-quyet, chi-thi, thong-tri, de-an, ket-luan, to-trinh, bien-ban,
    /// giay-moi, giay-gioi-thieu (`kehoach kinds`).
    pub kind: Kind,
    /// The paper: "A4" (every kind), or "A5" for a Giấy mời or a Giấy giới
    /// thiệu (HD 05 IV.3); its size and margins are the profile's `[paper.A5]`.
    #[serde(default)]
    pub paper: Paper,
    /// Layout profile name (`kehoach profiles`); without it, the rule set in
    /// force on `date`: HD 36 (`dang-hd36-2018`) before 27/5/2026, HD 05
    /// (`dang-hd05-2026`) from that day.
    #[serde(default)]
    pub profile: Option<String>,
    /// Overrides of profile values, same keys as the profile file
    /// (e.g. `[layout.body] line_spacing_pt = 20`).
    #[serde(default)]
    #[schemars(with = "Option<serde_json::Map<String, serde_json::Value>>")]
    pub layout: Option<toml::Table>,
    /// The issuing body and its superior.
    pub issuer: Issuer,
    /// The document's number; omit for an unnumbered draft ("Số    -KH/ĐU").
    #[serde(default)]
    #[schemars(range(min = 0))]
    pub number: Option<u32>,
    /// Place name for the date line ("Nghĩa Thái").
    pub place: Text,
    /// Date of issue; "2024-04" or "2024" for a draft without a day.
    pub date: DocDate,
    /// Where the document is in its life: "draft", "ready-to-sign" (the form
    /// the leader signs before the office numbers it: blank number and day,
    /// no draft mark) or "issued" (`kehoach issue` sets it). Optional.
    #[serde(default)]
    pub status: Option<Status>,
    /// Subject line (trích yếu): under the type name, or under the number in a
    /// công văn; a line break typed in it ("\n") is printed as one. A công văn
    /// must have one; another kind may leave it out (a Kết luận titled
    /// "KẾT LUẬN" / "HỘI NGHỊ BAN CHẤP HÀNH … LẦN THỨ 2" by its `author`
    /// lines alone), with a warning when it has no author lines either (HD 05
    /// 5.1.1). A political report to a congress (`[congress_report]`) must
    /// not have one: its theme stands in its place.
    #[serde(default)]
    pub subject: Text,
    /// The type name as the document prints it, when it says more than the
    /// kind's ("Chương trình hành động", "Quy chế làm việc"): one line (HD 05
    /// 5.2.1) starting with the kind's type name, printed in capitals. The
    /// lines under it are `author` lines and the subject
    /// (`subject_capitals` for a subject in capitals).
    #[serde(default)]
    pub type_name: Option<Text>,
    /// Print the subject in capitals, as central documents do ("QUY ĐỊNH VỀ
    /// THỂ LOẠI …"); HD 05 Phụ lục 2 asks for normal case, so it is an option.
    #[serde(default)]
    pub subject_capitals: bool,
    /// The Quyết định a Quy chế or Quy định is issued with: prints "(Ban hành
    /// kèm theo Quyết định số …, ngày … của …)" in italics under the subject.
    #[serde(default)]
    pub issued_with: Option<IssuedWith>,
    /// How the divisions of a Quy chế or Quy định are named and numbered
    /// (default: "Chương I", "Mục 1").
    #[serde(default)]
    pub structure: Option<Structure>,
    /// Phần / Chương / Mục of a Quy chế or Quy định, each with its "Điều N."
    /// articles (numbered on through the document) and sub-divisions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub divisions: Vec<Division>,
    /// Secrecy and urgency marks, draft note, circulation note.
    #[serde(default)]
    pub marks: Option<Marks>,
    /// "Kính gửi:" addressees (rich): a công văn's (required), or those of any
    /// other kind that addresses someone (a Tờ trình written "Kính gửi:", a
    /// Báo cáo), printed under the title block. Not in a Biên bản, Giấy mời
    /// or Giấy giới thiệu, whose forms name their addressees.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub to: Vec<Text>,
    /// Author lines in the subject block, between the type name and the
    /// subject (any kind with a title line; HD 05 5.1.1): "Của Ban Thường vụ Thành ủy",
    /// or a conference over several lines "Hội nghị lần thứ bảy", "Ban Chấp
    /// hành Đảng bộ tỉnh (khoá XVI)". Printed in capitals, bold, centred.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub author: Vec<Text>,
    /// "Kính trình:" addressees of a Tờ trình, under the subject (HD 05 9.2.4) (rich).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kinh_trinh: Vec<Text>,
    /// Opening paragraphs ("Thực hiện Kế hoạch số 12-KH/BDVHU …") (rich).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub opening: Vec<Text>,
    /// Basis lines, each printed "- …;" and the last "- …," under HD 36,
    /// "- … ." under HD 05 (rich).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub basis: Vec<Text>,
    /// The enacting line of a Quyết định ("BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH:"),
    /// or the enacting sentence of a Nghị quyết ("Ban Chấp hành Đảng bộ tỉnh
    /// quyết nghị:"), printed as a paragraph before its sections. A Nghị
    /// quyết may leave it out: one whose `opening` ends "… thực hiện như
    /// sau:" has none (HD 05 requires none), and kehoach adds none.
    #[serde(default)]
    pub enacting: Option<Text>,
    /// Articles: "Điều 1. …" of a Quyết định, or of a Quy chế / Quy định without divisions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub articles: Vec<Article>,
    /// I- Mục đích, yêu cầu (Kế hoạch).
    #[serde(default)]
    pub purpose: Option<plan::Purpose>,
    /// II- Nội dung (Kế hoạch).
    #[serde(default)]
    pub content: Option<plan::Content>,
    /// Numbered sections: the body of a report, a guide, a notice, a letter;
    /// in a plan, further sections between the content and the organisation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sections: Vec<Section>,
    /// Tổ chức thực hiện (Kế hoạch, Hướng dẫn).
    #[serde(default)]
    pub organization: Option<plan::Organization>,
    /// Closing paragraphs after the last section (rich).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub closing: Vec<Text>,
    /// The lead signer: the lead body's in a joint document, placed on the
    /// right (HD 05 7.2.4).
    pub signer: Signer,
    /// The other signers, each a block of its own: in a joint document one
    /// per other body, in the order of the header's names (HD 05 7.1.4g,
    /// 7.2.4). They fill the signature grid after the lead: left of it, then
    /// the next row right and left.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub co_signers: Vec<Signer>,
    /// The block confirming the lead signer's signature, under it (HD 05
    /// 7.1.4a: a congress resolution is confirmed by the committee's
    /// secretary): "Xác nhận chữ ký của đồng chí …" / "T/M TỈNH ỦY" / "BÍ
    /// THƯ" / name.
    #[serde(default)]
    pub confirmation: Option<Signer>,
    /// "Nơi nhận"; every kind but a Biên bản must have it.
    #[serde(default)]
    pub recipients: Option<Recipients>,
    /// Appendices (phụ lục), each on a new page after the signature.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub appendices: Vec<Appendix>,
    /// The minutes of a Biên bản: time, place, chair, recorder, attendance, closing time.
    #[serde(default)]
    pub minutes: Option<Minutes>,
    /// What a Giấy mời invites to.
    #[serde(default)]
    pub invitation: Option<Invitation>,
    /// Whom a Giấy giới thiệu introduces.
    #[serde(default)]
    pub introduction: Option<Introduction>,
    /// Printed as a copy (bản sao, HD 05 III.2): the stamp and the copier's
    /// signature under a rule after the closing block.
    #[serde(default)]
    pub copy: Option<copy::Copy>,
    /// A Báo cáo that is the political report to a Party congress (HD 05
    /// 5.1.2): the congress's theme in capitals and "(Báo cáo của Ban Chấp
    /// hành … trình Đại hội …)" replace the type name and the subject.
    #[serde(default)]
    pub congress_report: Option<CongressReport>,
    /// `[check] allow = ["mixed-tone-marks", "P-BODY-1"]`: warnings the author
    /// means to keep, by id, silenced.
    #[serde(default)]
    pub check: Option<CheckSettings>,
}

/// The title block of a political report to a Party congress (HD 05 5.1.2):
/// the congress's theme in place of the type name and the subject, then the
/// line saying who presents the report to which congress.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CongressReport {
    /// The congress's theme, as typed ("Xây dựng Đảng bộ tỉnh trong sạch,
    /// vững mạnh …"); printed in bold capitals, centred, where the type name
    /// and the subject stand in other documents. The document's title in its
    /// metadata.
    pub theme: Text,
    /// Who presents the report to which congress, without the parentheses:
    /// "Báo cáo của Ban Chấp hành Đảng bộ tỉnh khóa I trình Đại hội đại biểu
    /// Đảng bộ tỉnh lần thứ II, nhiệm kỳ 2025 - 2030"; printed in italics,
    /// in parentheses, under the theme.
    pub presented: Text,
}

impl Document {
    /// A document with its required parts, every other part empty: set the
    /// public fields (`number`, `purpose`, `sections`, `recipients` …) after.
    /// [`crate::prepare_document`] checks it as it checks a file; [`Document::to_toml`]
    /// writes it as a file.
    ///
    /// ```
    /// use kehoach::model::{date::DocDate, Document, Issuer, Kind, Recipients, Section, Signer};
    ///
    /// let mut doc = Document::new(
    ///     Kind::ThongBao,
    ///     Issuer::new("Đảng ủy xã Nghĩa Thái", "ĐU").under("Đảng bộ tỉnh Ninh Bình"),
    ///     "Nghĩa Thái",
    ///     DocDate::ymd(2026, 6, 5).unwrap(),
    ///     "lịch sinh hoạt chi bộ tháng 6",
    ///     Signer::new("Bí thư", "Nguyễn Văn An").on_behalf_of("Đảng ủy"),
    /// );
    /// doc.number = Some(7);
    /// doc.sections.push(Section::new("Thời gian").paragraph("Ngày 10/6/2026."));
    /// doc.recipients = Some(Recipients::new(["Các chi bộ"], "VPĐU"));
    /// let prepared = kehoach::prepare_document(&doc)?;
    /// assert_eq!(prepared.context.header.number, "Số 07-TB/ĐU");
    /// assert!(doc.to_toml().contains("kind = \"thong-bao\""));
    /// # Ok::<(), kehoach::Error>(())
    /// ```
    pub fn new(kind: Kind, issuer: Issuer, place: impl Into<Text>, date: DocDate, subject: impl Into<Text>, signer: Signer) -> Document {
        Document {
            kind,
            paper: Paper::default(),
            status: None,
            profile: Default::default(),
            layout: Default::default(),
            issuer,
            number: Default::default(),
            place: place.into(),
            date,
            subject: subject.into(),
            type_name: None,
            subject_capitals: false,
            issued_with: Default::default(),
            structure: Default::default(),
            divisions: Default::default(),
            marks: Default::default(),
            to: Default::default(),
            author: Default::default(),
            kinh_trinh: Default::default(),
            opening: Default::default(),
            basis: Default::default(),
            enacting: Default::default(),
            articles: Default::default(),
            purpose: Default::default(),
            content: Default::default(),
            sections: Default::default(),
            organization: Default::default(),
            closing: Default::default(),
            signer,
            co_signers: Default::default(),
            confirmation: Default::default(),
            recipients: Default::default(),
            appendices: Default::default(),
            minutes: Default::default(),
            invitation: Default::default(),
            introduction: Default::default(),
            copy: Default::default(),
            congress_report: Default::default(),
            check: Default::default(),
        }
    }

    /// The type name as printed ("CHƯƠNG TRÌNH HÀNH ĐỘNG"): `type_name` in
    /// capitals, else the kind's.
    pub fn printed_type_name(&self) -> String {
        match self.type_name.as_ref().filter(|t| !t.is_blank()) {
            Some(t) => crate::vietnamese::upper(t.as_str().trim()),
            None => self.kind.type_name().to_owned(),
        }
    }

    /// The type name in running text ("Chương trình hành động"), for
    /// "(Kèm theo Chương trình hành động số …)" and the metadata's title.
    pub fn type_name_in_text(&self) -> String {
        crate::vietnamese::capitalize_first(&self.printed_type_name().to_lowercase())
    }

    /// The document as TOML text, as a file of it would read (a document
    /// built in code can be saved, and read back the same).
    pub fn to_toml(&self) -> String {
        toml::to_string(self).unwrap_or_default()
    }
}

impl Issuer {
    /// An issuing body: its name ("Đảng ủy xã Nghĩa Thái") and code ("ĐU").
    pub fn new(name: impl Into<Text>, code: impl Into<Text>) -> Issuer {
        Issuer { superior: None, name: name.into(), code: code.into(), contact: None }
    }

    /// The body it answers to, printed above it (HD 05 2.1.2c–đ, 2.1.3–2.1.4:
    /// "Đảng bộ tỉnh Ninh Bình" above a commune's committee).
    pub fn under(mut self, superior: impl Into<Text>) -> Issuer {
        self.superior = Some(superior.into());
        self
    }
}

impl Signer {
    /// A signer by position ("Bí thư") and name, signing directly.
    pub fn new(position: impl Into<Text>, name: impl Into<Text>) -> Signer {
        Signer {
            authority: None,
            body: None,
            position: position.into(),
            concurrent_position: None,
            name: name.into(),
            signature_image: None,
            seal_image: None,
            seal_diameter_mm: None,
        }
    }

    /// Signing "T/M" on behalf of a collective ("Đảng ủy").
    pub fn on_behalf_of(mut self, body: impl Into<Text>) -> Signer {
        self.authority = Some("T/M".into());
        self.body = Some(body.into());
        self
    }
}

impl Recipients {
    /// The "Nơi nhận" list and the archive line ("VPĐU" prints "- Lưu VPĐU.").
    pub fn new<T: Into<Text>>(to: impl IntoIterator<Item = T>, archive: impl Into<Text>) -> Recipients {
        Recipients { to: to.into_iter().map(|t| Recipient::Name(t.into())).collect(), archive: archive.into(), typist: None, copies: None }
    }
}

impl Section {
    /// A numbered section with a title and nothing in it yet.
    pub fn new(title: impl Into<Text>) -> Section {
        Section { title: Some(title.into()), numbered: true, ..Section::default() }
    }

    /// Adds a paragraph (rich: `[b]…[/b]` …).
    pub fn paragraph(mut self, text: impl Into<Text>) -> Section {
        self.text.push(text.into());
        self
    }

    /// Adds a dash item "- …" (rich).
    pub fn item(mut self, text: impl Into<Text>) -> Section {
        self.items.push(text.into());
        self
    }

    /// Adds a sub-section.
    pub fn section(mut self, section: Section) -> Section {
        self.sections.push(section);
        self
    }
}

/// A Kế hoạch is a [`Document`] of kind `ke-hoach`.
pub type Plan = Document;
