//! The wording of the minutes and the administrative papers: a Biên bản's
//! lines before its sections ("- Thời gian: bắt đầu vào hồi 14 giờ 00 phút,
//! ngày …"), its attendance section, the closing time and the two
//! signature columns; a Giấy mời's guests and its time, place and content; a
//! Giấy giới thiệu's person, position, destination and validity.

use serde::Serialize;

use super::rich::Rich;
use super::{confirmation, item, signer, Builder, ConfirmationCtx, Sec, SignerCtx};
use crate::model::forms::{Attendance, Introduction, Invitation, Minutes};
use crate::model::Document;
use crate::vietnamese::Text;

/// The caption over the recorder's signature (HD 05 7.1.4e).
pub const RECORDER_CAPTION: &str = "NGƯỜI GHI BIÊN BẢN";
/// The caption over the chair's signature (HD 05 7.1.4e).
pub const CHAIR_CAPTION: &str = "CHỦ TRÌ HỘI NGHỊ";

/// The closing block of a Biên bản.
#[derive(Clone, Debug, Serialize)]
pub struct MinutesCtx {
    /// "NGƯỜI GHI BIÊN BẢN" and the recorder's name, in the left column.
    pub recorder_caption: String,
    /// The recorder's name, as typed.
    pub recorder_name: String,
    /// Under the two signatures, in the signature column: "Xác nhận chữ ký
    /// của đồng chí …" and who confirms it.
    pub confirmation: Option<ConfirmationCtx>,
}

/// "14:00" → "14 giờ 00 phút"; `None` unless the text is a time of day "HH:MM".
pub fn clock(text: &str) -> Option<String> {
    let (h, m) = text.trim().split_once(':')?;
    let (hour, minute): (u8, u8) = (h.parse().ok()?, m.parse().ok()?);
    (h.len() <= 2 && m.len() == 2 && hour < 24 && minute < 60).then(|| format!("{hour:02} giờ {minute:02} phút"))
}

/// A time at a path, or a problem recorded there.
fn time_at(b: &mut Builder, path: &str, text: &Text) -> String {
    clock(text.as_str()).unwrap_or_else(|| {
        b.problem("time-of-day", path, crate::tr!("time-form", value = text.as_str().trim()));
        text.as_str().trim().to_owned()
    })
}

/// "Label: text." as a dash line, the text rich, a full stop added unless it ends one.
fn labelled(label: &str, mut text: Rich) -> Rich {
    let plain = text.to_plain();
    if !plain.trim_end().ends_with(['.', '!', '?', ':']) {
        text.push_str(".");
    }
    let mut line = Rich::plain(format!("- {label}: "));
    line.push(text);
    line
}

/// "đồng chí Trần Thị Hoa, Phó Bí thư …".
fn comrade(name: &Text, position: Option<&Text>) -> String {
    match position.filter(|p| !p.is_blank()) {
        Some(p) => format!("đồng chí {}, {}", name.as_str().trim(), p.as_str().trim()),
        None => format!("đồng chí {}", name.as_str().trim()),
    }
}

/// The wording of the minutes: the lines before the sections, the sections
/// (the attendance, then the proceedings), the closing paragraphs ending
/// with the closing time, the chair's signature and the closing block.
pub(crate) struct MinutesParts {
    /// "- Thời gian: …", "- Địa điểm: …" … before the sections.
    pub lines: Vec<Rich>,
    /// The attendance, then the proceedings.
    pub sections: Vec<Sec>,
    /// The closing paragraphs, the last giving the closing time.
    pub closing: Vec<Rich>,
    /// The chair, under "CHỦ TRÌ HỘI NGHỊ".
    pub signer: SignerCtx,
    /// The recorder's column and the confirmation.
    pub closing_block: MinutesCtx,
}

/// The minutes' parts from `[minutes]`, the proceedings being the document's sections.
pub(crate) fn minutes(b: &mut Builder, doc: &Document, m: &Minutes, proceedings: Vec<Sec>) -> MinutesParts {
    let day = m.day.unwrap_or(doc.date);
    let start = time_at(b, "minutes.start", &m.start);
    let end = time_at(b, "minutes.end", &m.end);
    let mut lines = vec![
        labelled("Thời gian", Rich::plain(format!("bắt đầu vào hồi {start}, {}", day.header_form()))),
        labelled("Địa điểm", b.rich("minutes.venue", &m.venue)),
        labelled("Nội dung", b.rich("minutes.agenda", &m.agenda)),
        labelled("Người chủ trì", Rich::plain(comrade(&doc.signer.name, Some(&doc.signer.position)))),
        labelled("Người ghi biên bản", Rich::plain(comrade(&m.recorder.name, m.recorder.position.as_ref()))),
    ];
    if !m.documents.is_empty() {
        let docs: Vec<&str> = m.documents.iter().map(|d| d.as_str().trim().trim_end_matches([';', '.'])).collect();
        lines.push(labelled("Tài liệu sử dụng trong hội nghị", Rich::plain(docs.join("; "))));
    }
    if let Some(other) = m.other.as_ref().filter(|o| !o.is_blank()) {
        lines.push(labelled("Thông tin khác", b.rich("minutes.other", other)));
    }
    let mut proceedings_sec = Sec::titled(Rich::plain("Diễn biến hội nghị"));
    proceedings_sec.children = proceedings;
    let sections = vec![attendance(b, &m.attendance), proceedings_sec];
    let end_day = m.end_day.unwrap_or(day);
    let mut closing = b.rich_list("closing", &doc.closing);
    closing.push(Rich::plain(format!("Hội nghị kết thúc vào lúc {end}, {}.", end_day.header_form())));
    let chair = SignerCtx { authority: None, position: CHAIR_CAPTION.to_owned(), ..signer(&doc.signer) };
    // Who confirms the chair's signature is printed as a signature block, without images.
    let confirmation = m.confirmation.as_ref().map(|c| {
        let mut block = confirmation(&doc.signer, c);
        block.signer = SignerCtx { signature_image: None, seal_image: None, seal_diameter_mm: None, ..block.signer };
        block
    });
    MinutesParts {
        lines,
        sections,
        closing,
        signer: chair,
        closing_block: MinutesCtx {
            recorder_caption: RECORDER_CAPTION.to_owned(),
            recorder_name: m.recorder.name.as_str().trim().to_owned(),
            confirmation,
        },
    }
}


/// "1. Thành phần hội nghị": "1.1. Đại biểu chính thức" (present, absent
/// with names and reasons), "1.2. Đại biểu mời dự".
fn attendance(b: &mut Builder, a: &Attendance) -> Sec {
    let mut official = Sec::titled(Rich::plain("Đại biểu chính thức"));
    if let Some(total) = a.total {
        official.blocks.push(item(Rich::plain(format!("Tổng số: {total:02} đồng chí."))));
    }
    official.blocks.push(item(Rich::plain(format!("Có mặt: {:02} đồng chí.", a.present))));
    let absent = match a.absent.len() {
        0 => "Vắng mặt: không.".to_owned(),
        n => {
            let who: Vec<String> = a
                .absent
                .iter()
                .map(|x| format!("đồng chí {} (lý do: {})", x.name.as_str().trim(), x.reason.as_str().trim().trim_end_matches('.')))
                .collect();
            format!("Vắng mặt: {n:02} đồng chí: {}.", who.join("; "))
        }
    };
    official.blocks.push(item(Rich::plain(absent)));
    let mut sec = Sec::titled(Rich::plain("Thành phần hội nghị"));
    sec.children.push(official);
    if !a.guests.is_empty() {
        let mut guests = Sec::titled(Rich::plain("Đại biểu mời dự"));
        guests.blocks = b.items("minutes.attendance.guests", &a.guests);
        sec.children.push(guests);
    }
    sec
}

/// A Giấy mời's lines after the guests: time, place, content, what to bring.
pub(crate) fn invitation(b: &mut Builder, inv: &Invitation) -> Vec<Rich> {
    let time = time_at(b, "invitation.time", &inv.time);
    let mut lines = vec![
        labelled("Thời gian", Rich::plain(format!("{time}, {}", inv.day.header_form()))),
        labelled("Địa điểm", b.rich("invitation.venue", &inv.venue)),
    ];
    if let Some(content) = inv.content.as_ref().filter(|c| !c.is_blank()) {
        lines.push(labelled("Nội dung", b.rich("invitation.content", content)));
    }
    if let Some(bring) = inv.bring.as_ref().filter(|c| !c.is_blank()) {
        lines.push(labelled("Đề nghị đồng chí mang theo", b.rich("invitation.bring", bring)));
    }
    lines
}

/// A Giấy giới thiệu's lines ("… trân trọng giới thiệu:", then who, what
/// position, sent where, about what) and its closing paragraphs (the request
/// to help, the validity).
pub(crate) fn introduction(b: &mut Builder, doc: &Document, i: &Introduction) -> (Vec<Rich>, Vec<Rich>) {
    let introducer = i.introducer.as_ref().filter(|t| !t.is_blank()).unwrap_or(&doc.issuer.name);
    let lines = vec![
        Rich::plain(format!("{} trân trọng giới thiệu:", introducer.as_str().trim())),
        labelled("Đồng chí", Rich::plain(i.person.as_str().trim())),
        labelled("Chức vụ", Rich::plain(i.position.as_str().trim())),
        labelled("Được cử đến", b.rich("introduction.sent_to", &i.sent_to)),
        labelled("Về việc", b.rich("introduction.purpose", &i.purpose)),
    ];
    let helper = i.request_to.as_ref().filter(|t| !t.is_blank()).unwrap_or(&i.sent_to);
    let mut request = Rich::plain("Đề nghị ");
    request.push(b.rich(if i.request_to.is_some() { "introduction.request_to" } else { "introduction.sent_to" }, helper));
    request.push_str(" giúp đỡ đồng chí hoàn thành nhiệm vụ.");
    let mut closing = vec![request, Rich::plain(format!("Giấy này có giá trị đến hết {}.", i.valid_until.header_form()))];
    closing.extend(b.rich_list("closing", &doc.closing));
    (lines, closing)
}
