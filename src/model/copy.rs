//! A copy (bản sao) of a document, as HD 05 III.2 and Phụ lục 3 lay it out on
//! paper: after the copied document, under a rule across the text area, the
//! stamp "BẢN SAO VĂN BẢN" (80 × 50 mm) on the left under "Nơi nhận", and the
//! signature of whoever may copy on the right.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::date::DocDate;
use super::Signer;
use crate::vietnamese::Text;

/// How a document is copied (HD 05 Phụ lục 3, 1.2 (3)).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum CopyForm {
    /// "sao y": the whole text, exactly.
    #[default]
    SaoY,
    /// "sao lục": copied again from a copy.
    SaoLuc,
    /// "trích sao": part of the text.
    TrichSao,
}

impl CopyForm {
    /// The words printed in the stamp.
    pub fn words(self) -> &'static str {
        match self {
            CopyForm::SaoY => "sao y",
            CopyForm::SaoLuc => "sao lục",
            CopyForm::TrichSao => "trích sao",
        }
    }
}

/// `[copy]`: the document is printed as a copy. The stamp's lines are HD 05
/// Phụ lục 3's: the copying body, the copy's number and code ("Số 05-BS/VPTU":
/// numbered from 01 within the committee's term, code "BS"), the form, the
/// place and date of copying, and who receives the copy.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Copy {
    /// "Cơ quan, tổ chức sao": the body that copies ("Văn phòng Tỉnh ủy").
    pub body: Text,
    /// The copy's number, from 1 within the committee's term (printed "05").
    pub number: u32,
    /// The copying body's code after "BS/" ("VPTU").
    pub code: Text,
    /// "sao-y" (default), "sao-luc" or "trich-sao".
    #[serde(default)]
    pub form: CopyForm,
    /// Where the copy is made ("Đồng Nai").
    pub place: Text,
    /// When the copy is made: its rule set is the one in force then (HD 05's
    /// copy form from 27/5/2026).
    pub date: DocDate,
    /// "Nơi nhận bản sao": who receives the copy.
    pub recipients: Vec<Text>,
    /// Who may copy signs: authority, position and name, as a document's signer.
    pub signer: Signer,
}
