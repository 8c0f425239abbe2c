//! The wording of a copy (bản sao, HD 05 III.2, Phụ lục 3): the stamp's title
//! and its five lines, and the copier's signature block.

use serde::Serialize;

use super::{signer, SignerCtx};
use crate::model::copy::Copy;

/// The stamp's title (Phụ lục 3, 1.1: capitals, 13 pt, bold).
pub const STAMP_TITLE: &str = "BẢN SAO VĂN BẢN";

/// A copy as printed after the closing block.
#[derive(Clone, Debug, Serialize)]
pub struct CopyCtx {
    /// "BẢN SAO VĂN BẢN".
    pub title: String,
    /// The stamp's lines, each "label: value": the copying body, "Số, ký hiệu
    /// bản sao: 05-BS/VPTU", the form, the place and date, the recipients.
    pub lines: Vec<String>,
    /// The copier's signature block, on the right.
    pub signer: SignerCtx,
}

/// "05-BS/VPTU": the number from 01, the code "BS", the copying body's code.
pub fn copy_number(c: &Copy) -> String {
    format!("{:02}-BS/{}", c.number, c.code.as_str().trim())
}

/// The copy's wording.
pub fn copy(c: &Copy) -> CopyCtx {
    let recipients: Vec<&str> = c.recipients.iter().map(|r| r.as_str().trim().trim_end_matches([';', ',', '.'])).collect();
    CopyCtx {
        title: STAMP_TITLE.to_owned(),
        lines: vec![
            format!("Cơ quan, tổ chức sao: {}", c.body.as_str().trim()),
            format!("Số, ký hiệu bản sao: {}", copy_number(c)),
            format!("Hình thức sao: {}", c.form.words()),
            format!("Địa danh và ngày tháng năm sao: {}, {}", c.place.as_str().trim(), c.date.header_form()),
            format!("Nơi nhận bản sao: {}.", recipients.join("; ")),
        ],
        signer: signer(&c.signer),
    }
}
