//! The header's lines: which bodies the left column of the header names,
//! for each level of issuer (HD 05 2.1.1–2.1.5; HD 36 II.1.2.1 has the same
//! rules), decided from `issuer.name` and `issuer.superior`:
//!
//! | issuer | HD 05 | the header prints |
//! |---|---|---|
//! | a congress | 2.1.1 | the congress's name alone ("ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ TỈNH … LẦN THỨ I") |
//! | its presidium, secretariat, credentials or vote-counting board | 2.1.1 | the congress, then the body ("ĐOÀN CHỦ TỊCH") |
//! | the Central Committee, the Politburo, the Secretariat | 2.1.2a | "BAN CHẤP HÀNH TRUNG ƯƠNG" alone |
//! | a tỉnh uỷ, thành uỷ or đảng uỷ directly under the Centre | 2.1.2b | the committee's name alone ("TỈNH UỶ ĐIỆN BIÊN") |
//! | a commune, ward or special-zone committee, a grassroots committee or cell | 2.1.2c–đ | the superior Đảng bộ ("ĐẢNG BỘ TỈNH NINH BÌNH"), then the committee |
//! | a board, unit or body of a committee | 2.1.3–2.1.4 | the committee ("TỈNH UỶ ĐỒNG NAI"), then the board ("BAN TUYÊN GIÁO VÀ DÂN VẬN") |
//! | several bodies together | 2.1.5 | each body's full name, joined by " - ", no superior line |
//!
//! A wrong header is an error (`header-lines`) located at the field to
//! change, with the corrected header in the hint. A name the check cannot
//! place (a state body, a body it does not know) is left alone.
//!
//! Every message is a message of the localisation files (`check.ftl`) with
//! its arguments ([`Said`]), to be read in either language.

use crate::check::form_rules::Checker;
use crate::check::signatures::joint_bodies;
use crate::model::Document;
use crate::vietnamese::upper;

/// Id of the error: the header's lines are not those HD 05 2.1 gives the issuer.
pub const HEADER_LINES: &str = "header-lines";

/// A message of the localisation files with its arguments, to be read in
/// either language; `hint` is a message set inside it (`{ $hint }`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Said {
    /// The message's id (`check.ftl`).
    pub id: &'static str,
    /// Its arguments, as text.
    pub args: Vec<(&'static str, String)>,
    /// A message given as the argument `hint`, in the same language.
    pub inner: Option<Box<Said>>,
}

fn said(id: &'static str, args: &[(&'static str, &str)]) -> Said {
    Said { id, args: args.iter().map(|(k, v)| (*k, (*v).to_owned())).collect(), inner: None }
}

/// `hint` set inside the message `id` ("{ $hint } (e.g. …)").
fn around(id: &'static str, hint: Said) -> Said {
    Said { id, args: Vec::new(), inner: Some(Box::new(hint)) }
}

impl Said {
    /// The text in a language.
    pub fn in_lang(&self, lang: crate::i18n::Lang) -> String {
        let inner = self.inner.as_ref().map(|h| h.in_lang(lang));
        let mut args: Vec<(&str, &dyn std::fmt::Display)> = self.args.iter().map(|(k, v)| (*k, v as &dyn std::fmt::Display)).collect();
        if let Some(h) = &inner {
            args.push(("hint", h));
        }
        crate::i18n::tr_in(lang, self.id, &args)
    }

    /// The text in the language of the messages ([`crate::i18n::current`]).
    pub fn current(&self) -> String {
        self.in_lang(crate::i18n::current())
    }

    /// The Vietnamese text.
    pub fn vi(&self) -> String {
        self.in_lang(crate::i18n::Lang::Vi)
    }

    /// The English text.
    pub fn en(&self) -> String {
        self.in_lang(crate::i18n::Lang::En)
    }
}

/// A header whose lines are wrong: the field to change, what is wrong and
/// the corrected header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// `issuer.superior` or `issuer.name`.
    pub field: &'static str,
    /// What is wrong, with HD 05's section.
    pub message: Said,
    /// The corrected header, as the TOML to write.
    pub hint: Said,
}

/// The level of an issuer, as HD 05 2.1 tells the header's lines by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// A congress (2.1.1): its name alone.
    Congress,
    /// A body of a congress (2.1.1): the congress above it.
    CongressBody,
    /// The Central Committee (2.1.2a): its name alone.
    Central,
    /// The Politburo or the Secretariat: their documents carry "BAN CHẤP
    /// HÀNH TRUNG ƯƠNG" (2.1.2a).
    CentralOrgan,
    /// A tỉnh uỷ, a thành uỷ, an đảng uỷ directly under the Centre (2.1.2b):
    /// its name alone.
    Provincial,
    /// A committee under a Đảng bộ (2.1.2c–đ): a commune's, a ward's, a
    /// special zone's, a grassroots committee (and, before 1/7/2025, a
    /// district's): the superior Đảng bộ above it.
    UnderPartyOrg,
    /// A Party cell (chi bộ): the body above it.
    Cell,
    /// The standing committee named as the issuer: the committee's name is
    /// the header (2.1.2b).
    StandingCommittee,
    /// A board, unit or body of a committee (2.1.3–2.1.4): the committee above it.
    Body,
    /// Several bodies together (2.1.5): their full names, no superior line.
    Joint,
}

/// Lower case in one tone-mark style ("Uỷ" → "ủy"), for comparing names.
fn folded(s: &str) -> String {
    crate::vietnamese::tone_marks::folded(s.trim())
}

/// Whether a folded name starts with a phrase, as whole words.
fn starts(name: &str, phrase: &str) -> bool {
    name == phrase || name.starts_with(&format!("{phrase} "))
}

/// The bodies a congress elects to run it (2.1.1).
const CONGRESS_BODIES: [&str; 5] = ["đoàn chủ tịch", "đoàn thư ký", "ban thẩm tra tư cách", "ban kiểm phiếu", "ban bầu cử"];

/// The first words of a board, unit or body that a committee sets up (2.1.3–2.1.4).
const BODIES: [&str; 13] = [
    "ban", "văn phòng", "ủy ban kiểm tra", "trường chính trị", "trung tâm", "báo", "tạp chí", "hội đồng", "tiểu ban",
    "học viện", "nhà xuất bản", "cơ quan", "tổ",
];

/// District-level committees (2.1.2c of HD 36; abolished on 1/7/2025).
const DISTRICT_COMMITTEES: [&str; 3] = ["huyện ủy", "quận ủy", "thị ủy"];

/// The level of an issuer, or `None` for a name the check does not know.
pub fn level(name: &str, superior: Option<&str>) -> Option<Level> {
    let n = folded(name);
    let sup = superior.map(folded).filter(|s| !s.is_empty());
    if joint_bodies(name).len() > 1 {
        return Some(Level::Joint);
    }
    if starts(&n, "đại hội") {
        return Some(Level::Congress);
    }
    if CONGRESS_BODIES.iter().any(|b| starts(&n, b)) {
        return Some(Level::CongressBody);
    }
    if n == "ban chấp hành trung ương" || n == "ban chấp hành trung ương đảng" {
        return Some(Level::Central);
    }
    if n == "bộ chính trị" || n == "ban bí thư" || n == "ban bí thư trung ương đảng" {
        return Some(Level::CentralOrgan);
    }
    if starts(&n, "ban thường vụ") && committee_words(&n["ban thường vụ".len()..]).is_some() {
        return Some(Level::StandingCommittee);
    }
    if starts(&n, "tỉnh ủy") {
        return Some(Level::Provincial);
    }
    if starts(&n, "thành ủy") {
        // A city of a province (before 1/7/2025) stands under the province's Đảng bộ.
        let of_province = sup.as_deref().is_some_and(|s| starts(s, "đảng bộ tỉnh"));
        return Some(if of_province { Level::UnderPartyOrg } else { Level::Provincial });
    }
    if DISTRICT_COMMITTEES.iter().any(|c| starts(&n, c)) {
        return Some(Level::UnderPartyOrg);
    }
    if starts(&n, "đảng ủy") {
        let central = n.ends_with("trung ương") || n == "đảng ủy chính phủ" || n == "đảng ủy quốc hội";
        return Some(if central { Level::Provincial } else { Level::UnderPartyOrg });
    }
    if starts(&n, "chi bộ") {
        return Some(Level::Cell);
    }
    // A Đảng bộ's Ban Chấp hành, a ban cán sự đảng, a state council: not placed.
    if ["ban chấp hành", "ban cán sự", "hội đồng nhân dân"].iter().any(|p| starts(&n, p)) {
        return None;
    }
    if BODIES.iter().any(|b| starts(&n, b)) {
        return Some(Level::Body);
    }
    None
}

/// A committee's name and the Đảng bộ it leads: (the committee's first
/// words, folded; the Đảng bộ's first words as printed).
const COMMITTEE_PARTY: [(&str, &str); 6] = [
    ("tỉnh ủy", "Đảng bộ tỉnh"),
    ("thành ủy", "Đảng bộ thành phố"),
    ("huyện ủy", "Đảng bộ huyện"),
    ("quận ủy", "Đảng bộ quận"),
    ("thị ủy", "Đảng bộ thị xã"),
    ("đảng ủy", "Đảng bộ"),
];

/// Where a committee's name starts inside a folded name ("ban tuyên giáo
/// tỉnh ủy đồng nai" → the byte index of "tỉnh ủy"), and what it is.
fn committee_words(folded_name: &str) -> Option<(usize, &'static str)> {
    COMMITTEE_PARTY
        .iter()
        .map(|(c, _)| *c)
        .chain(["trung ương"])
        .filter_map(|c| {
            folded_name.match_indices(c).find(|(i, _)| *i == 0 || folded_name[..*i].ends_with(' ')).map(|(i, _)| (i, c))
        })
        .min()
}

/// The words of a name after its first `n` words ("Tỉnh ủy Đồng Nai", 2 → "Đồng Nai").
fn after_words(name: &str, n: usize) -> String {
    name.split_whitespace().skip(n).collect::<Vec<_>>().join(" ")
}

/// The Đảng bộ a committee leads: "Tỉnh ủy Đồng Nai" → "Đảng bộ tỉnh Đồng
/// Nai", "Đảng ủy xã Nghĩa Thái" → "Đảng bộ xã Nghĩa Thái".
pub fn party_of(committee: &str) -> Option<String> {
    let n = folded(committee);
    let (head, party) = COMMITTEE_PARTY.iter().find(|(c, _)| starts(&n, c))?;
    let rest = after_words(committee, head.split(' ').count());
    // "Thành ủy Thành phố Hồ Chí Minh": the city's name holds "Thành phố".
    if folded(&rest).starts_with("thành phố") {
        return Some(format!("Đảng bộ {rest}"));
    }
    (!rest.is_empty()).then(|| format!("{party} {rest}"))
}

/// The committee that leads a Đảng bộ: "Đảng bộ tỉnh Đồng Nai" → "Tỉnh ủy
/// Đồng Nai", in the tone-mark style of `style` ("uỷ" when it writes "uỷ").
pub fn committee_of(party: &str, style: &str) -> Option<String> {
    let n = folded(party);
    if !starts(&n, "đảng bộ") {
        return None;
    }
    let uy = if style.contains("uỷ") || style.contains("Uỷ") { "uỷ" } else { "ủy" };
    // "Đảng bộ Thành phố Hồ Chí Minh": the city's name holds "Thành phố".
    let rest = after_words(party, 2);
    if folded(&rest) == "thành phố hồ chí minh" {
        return Some(format!("Thành {uy} {rest}"));
    }
    let levels = [("đảng bộ tỉnh", "Tỉnh"), ("đảng bộ thành phố", "Thành"), ("đảng bộ huyện", "Huyện"), ("đảng bộ quận", "Quận"), ("đảng bộ thị xã", "Thị")];
    for (head, word) in levels {
        if starts(&n, head) {
            let rest = after_words(party, head.split(' ').count());
            return (!rest.is_empty()).then(|| format!("{word} {uy} {rest}"));
        }
    }
    // "Đảng bộ xã Nghĩa Thái", "Đảng bộ Khối …".
    (!rest.is_empty()).then(|| format!("Đảng {uy} {rest}"))
}

/// TOML of a corrected header: `superior = "…"` (when there is one) and `name = "…"`.
fn header_toml(superior: Option<&str>, name: &str) -> String {
    match superior {
        Some(s) => format!("issuer.superior = \"{s}\", issuer.name = \"{name}\""),
        None => format!("issuer.name = \"{name}\""),
    }
}

/// The header's lines in capitals, for the hint: "TỈNH UỶ ĐỒNG NAI" / "*".
fn printed(superior: Option<&str>, name: &str) -> String {
    let mut lines: Vec<String> = superior.into_iter().map(|s| format!("\"{}\"", upper(s))).collect();
    lines.push(format!("\"{}\"", upper(name)));
    lines.push("\"*\"".into());
    lines.join(" / ")
}

/// The hint that writes the name alone and removes the superior line.
fn name_alone(name: &str) -> Said {
    let toml = header_toml(None, name);
    let lines = printed(None, name);
    said("header-hint-name-alone", &[("toml", &toml), ("lines", &lines)])
}

/// The hint that writes another name, with no superior line.
fn another_name(name: &str) -> Said {
    let toml = header_toml(None, name);
    let lines = printed(None, name);
    said("header-hint-write", &[("toml", &toml), ("lines", &lines)])
}

/// The hint that writes a corrected header with a superior line.
fn with_superior(superior: &str, name: &str) -> Said {
    let toml = header_toml(Some(superior), name);
    let lines = printed(Some(superior), name);
    said("header-hint-write", &[("toml", &toml), ("lines", &lines)])
}

/// Checks the header's lines of a document (see the module's table).
pub(crate) fn check(c: &mut Checker, doc: &Document) {
    let superior = doc.issuer.superior.as_ref().map(|s| s.as_str().trim()).filter(|s| !s.is_empty());
    if let Some(f) = finding(doc.issuer.name.as_str().trim(), superior) {
        c.error_with_id(HEADER_LINES, f.field, f.message.current(), Some(f.hint.current()));
    }
}

/// What is wrong with a header of these names, if anything.
pub fn finding(name: &str, superior: Option<&str>) -> Option<Finding> {
    let found = level(name, superior)?;
    let n = folded(name);
    let sup = superior.map(folded);
    let error = |field: &'static str, message: Said, hint: Said| Some(Finding { field, message, hint });
    match found {
        Level::Congress => {
            let s = superior?;
            // "Đảng bộ tỉnh Sơn La" over "Đại hội đại biểu lần thứ I" (HD 11 of 2004) → one name.
            let merged = match sup.as_deref().is_some_and(|s| starts(s, "đảng bộ") || starts(s, "chi bộ")) {
                true => {
                    let head = if starts(&n, "đại hội đại biểu") { 4 } else { 2 };
                    let words: Vec<&str> = name.split_whitespace().collect();
                    let rest = words[head.min(words.len())..].join(" ");
                    format!("{} {s}{}", words[..head.min(words.len())].join(" "), if rest.is_empty() { String::new() } else { format!(" {rest}") })
                }
                false => name.to_owned(),
            };
            error(
                "issuer.superior",
                said("header-congress-superior", &[("superior", s)]),
                name_alone(&merged),
            )
        }
        Level::CongressBody => {
            if sup.as_deref().is_some_and(|s| starts(s, "đại hội")) {
                return None;
            }
            let (field, message) = match superior {
                Some(s) => ("issuer.superior", said("header-congress-body-not-congress", &[("name", name), ("superior", s)])),
                None => ("issuer.name", said("header-congress-body-no-superior", &[("name", name)])),
            };
            let example = "Đại hội đại biểu Đảng bộ tỉnh … lần thứ …";
            error(field, message, with_superior(example, name))
        }
        Level::Central => {
            let s = superior?;
            error(
                "issuer.superior",
                said("header-central-superior", &[("superior", s)]),
                name_alone("Ban Chấp hành Trung ương"),
            )
        }
        Level::CentralOrgan => error(
            "issuer.name",
            said("header-central-organ", &[("name", name)]),
            match superior {
                Some(_) => name_alone("Ban Chấp hành Trung ương"),
                None => another_name("Ban Chấp hành Trung ương"),
            },
        ),
        Level::StandingCommittee => {
            let (i, _) = committee_words(&n)?;
            let committee = after_words(name, n[..i].split_whitespace().count());
            let fixed = match (level(&committee, superior), superior) {
                (Some(Level::Provincial), Some(_)) => name_alone(&committee),
                (Some(Level::Provincial), None) => another_name(&committee),
                (_, Some(s)) => with_superior(s, &committee),
                (_, None) => with_superior("Đảng bộ …", &committee),
            };
            error(
                "issuer.name",
                said("header-standing-committee", &[("committee", &committee), ("name", name)]),
                fixed,
            )
        }
        Level::Provincial => {
            let s = superior?;
            error(
                "issuer.superior",
                said("header-provincial-superior", &[("superior", s)]),
                name_alone(name),
            )
        }
        Level::UnderPartyOrg => match (superior, sup.as_deref()) {
            (None, _) => error(
                "issuer.name",
                said("header-under-party-no-superior", &[("name", name)]),
                around("header-hint-superior-party-province", with_superior("Đảng bộ tỉnh …", name)),
            ),
            (Some(s), Some(f)) if !starts(f, "đảng bộ") => {
                let party = party_of(s)?;
                error(
                    "issuer.superior",
                    said("header-under-party-committee", &[("party", &party), ("superior", s)]),
                    with_superior(&party, name),
                )
            }
            _ => None,
        },
        Level::Cell => {
            if superior.is_some() {
                return None;
            }
            error(
                "issuer.name",
                said("header-cell-no-superior", &[]),
                around("header-hint-superior-party-commune", with_superior("Đảng bộ …", name)),
            )
        }
        Level::Body => match superior {
            None => {
                let (fixed_superior, fixed_name) = match committee_words(&n) {
                    Some((i, c)) => {
                        let own = name.split_whitespace().take(n[..i].split_whitespace().count()).collect::<Vec<_>>().join(" ");
                        let committee = after_words(name, own.split_whitespace().count());
                        match c {
                            "trung ương" => ("Ban Chấp hành Trung ương".to_owned(), own),
                            // "Ban Tuyên giáo Tỉnh ủy" names no province: the committee's full name is needed.
                            _ if committee.split_whitespace().count() <= c.split(' ').count() => (format!("{committee} …"), own),
                            _ => (committee, own),
                        }
                    }
                    None => ("Tỉnh ủy …".to_owned(), name.to_owned()),
                };
                let h = with_superior(&fixed_superior, &fixed_name);
                let h = match fixed_superior.contains('…') {
                    true => around("header-hint-body-committee", h),
                    false => h,
                };
                error(
                    "issuer.name",
                    said("header-body-no-superior", &[("name", name)]),
                    h,
                )
            }
            Some(s) => {
                let committee = committee_of(s, name)?;
                error(
                    "issuer.superior",
                    said("header-body-party-superior", &[("committee", &committee), ("superior", s)]),
                    with_superior(&committee, name),
                )
            }
        },
        Level::Joint => joint(name, superior),
    }
}

/// A joint document (2.1.5): every body's full name, no superior line.
fn joint(name: &str, superior: Option<&str>) -> Option<Finding> {
    let bodies = joint_bodies(name);
    // The committee a board's short name leaves out ("Ban Tổ chức" of the Tỉnh ủy).
    let short_committee = superior.and_then(|s| {
        let f = folded(s);
        COMMITTEE_PARTY.iter().find(|(c, _)| starts(&f, c)).map(|(c, _)| s.split_whitespace().take(c.split(' ').count()).collect::<Vec<_>>().join(" "))
    });
    let mut short = Vec::new();
    let full: Vec<String> = bodies
        .iter()
        .map(|b| {
            let f = folded(b);
            let board = starts(&f, "ban") && !starts(&f, "ban chấp hành");
            if board && committee_words(&f).is_none() {
                short.push(b.clone());
                format!("{b} {}", short_committee.as_deref().unwrap_or("Tỉnh ủy"))
            } else {
                b.clone()
            }
        })
        .collect();
    let full = full.join(" - ");
    match superior {
        Some(s) => Some(Finding {
            field: "issuer.superior",
            message: said("header-joint-superior", &[("superior", s)]),
            hint: name_alone(&full),
        }),
        None if !short.is_empty() => {
            let names = short.iter().map(|b| format!("`{b}`")).collect::<Vec<_>>().join(", ");
            let toml = header_toml(None, &full);
            Some(Finding {
                field: "issuer.name",
                message: said("header-joint-short-names", &[("names", &names)]),
                hint: said("header-hint-joint-full", &[("toml", &toml)]),
            })
        }
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en(name: &str, superior: Option<&str>) -> Option<(&'static str, String, String)> {
        finding(name, superior).map(|f| (f.field, f.message.en(), f.hint.en()))
    }

    #[test]
    fn each_level_is_told_by_its_names() {
        assert_eq!(level("Đại hội đại biểu Đảng bộ tỉnh Lâm Đồng lần thứ I", None), Some(Level::Congress));
        assert_eq!(level("Đoàn Chủ tịch", Some("Đại hội đại biểu Đảng bộ tỉnh Lâm Đồng lần thứ I")), Some(Level::CongressBody));
        assert_eq!(level("Ban Chấp hành Trung ương", None), Some(Level::Central));
        assert_eq!(level("Bộ Chính trị", None), Some(Level::CentralOrgan));
        assert_eq!(level("Tỉnh uỷ Điện Biên", None), Some(Level::Provincial));
        assert_eq!(level("Thành ủy Hà Nội", None), Some(Level::Provincial));
        assert_eq!(level("Thành ủy Vũng Tàu", Some("Đảng bộ tỉnh Bà Rịa - Vũng Tàu")), Some(Level::UnderPartyOrg));
        assert_eq!(level("Đảng ủy Công an Trung ương", None), Some(Level::Provincial));
        assert_eq!(level("Đảng ủy Chính phủ", None), Some(Level::Provincial));
        assert_eq!(level("Đảng uỷ xã Nghĩa Thái", None), Some(Level::UnderPartyOrg));
        assert_eq!(level("Đảng ủy các cơ quan Đảng tỉnh", None), Some(Level::UnderPartyOrg));
        assert_eq!(level("Huyện ủy Nghĩa Hưng", None), Some(Level::UnderPartyOrg));
        assert_eq!(level("Chi bộ Thôn 3", None), Some(Level::Cell));
        assert_eq!(level("Ban Tuyên giáo và Dân vận", None), Some(Level::Body));
        assert_eq!(level("Ủy ban Kiểm tra Tỉnh ủy", None), Some(Level::Body));
        assert_eq!(level("Văn phòng Tỉnh ủy", None), Some(Level::Body));
        assert_eq!(level("Ban Thường vụ Tỉnh ủy Đồng Nai", None), Some(Level::StandingCommittee));
        assert_eq!(level("Ban Tổ chức Tỉnh ủy - Ban Nội chính Tỉnh ủy", None), Some(Level::Joint));
        // Names the check does not know are left alone.
        assert_eq!(level("Ủy ban nhân dân tỉnh Đồng Nai", None), None);
        assert_eq!(level("Ban cán sự đảng Bộ Tư pháp", None), None);
        assert_eq!(level("Hội đồng nhân dân tỉnh Đồng Nai", None), None);
    }

    #[test]
    fn right_headers_pass() {
        for (name, superior) in [
            ("Đại hội đại biểu Đảng bộ tỉnh Lâm Đồng lần thứ I", None),
            ("Đoàn Chủ tịch", Some("Đại hội đại biểu Đảng bộ tỉnh Lâm Đồng lần thứ I")),
            ("Ban Chấp hành Trung ương", None),
            ("Tỉnh ủy Đồng Nai", None),
            ("Thành ủy Thành phố Hồ Chí Minh", None),
            ("Đảng ủy xã Nghĩa Thái", Some("Đảng bộ tỉnh Ninh Bình")),
            ("Đảng ủy đặc khu Côn Đảo", Some("Đảng bộ Thành phố Hồ Chí Minh")),
            ("Đảng ủy xã Nghĩa Thái", Some("Đảng bộ huyện Nghĩa Hưng")),
            ("Chi bộ Thôn 3", Some("Đảng bộ xã Nghĩa Thái")),
            ("Ban Dân vận", Some("Tỉnh ủy Bình Thuận")),
            ("Ban Xây dựng Đảng", Some("Đảng ủy xã Vân Hồ")),
            ("Ban Tổ chức", Some("Ban Chấp hành Trung ương")),
            ("Ban Tổ chức Tỉnh ủy - Ban Nội chính Tỉnh ủy", None),
            ("Ủy ban nhân dân tỉnh Đồng Nai", None),
        ] {
            assert_eq!(en(name, superior), None, "{name} / {superior:?}");
        }
    }

    #[test]
    fn a_provincial_committee_carries_its_name_alone() {
        let (field, message, hint) = en("Tỉnh ủy Đồng Nai", Some("Đảng bộ tỉnh Đồng Nai")).unwrap();
        assert_eq!(field, "issuer.superior");
        assert!(message.contains("HD 05 2.1.2b"), "{message}");
        assert_eq!(hint, "write only `issuer.name = \"Tỉnh ủy Đồng Nai\"` and remove `issuer.superior`; the header prints \"TỈNH ỦY ĐỒNG NAI\" / \"*\"");
    }

    #[test]
    fn a_commune_committee_is_under_its_party_organisation() {
        let (field, _, hint) = en("Đảng ủy xã Nghĩa Thái", None).unwrap();
        assert_eq!(field, "issuer.name");
        assert!(hint.starts_with("write `issuer.superior = \"Đảng bộ tỉnh …\", issuer.name = \"Đảng ủy xã Nghĩa Thái\"`"), "{hint}");
        let (field, message, hint) = en("Đảng ủy xã Nghĩa Thái", Some("Tỉnh ủy Ninh Bình")).unwrap();
        assert_eq!(field, "issuer.superior");
        assert!(message.contains("`Đảng bộ tỉnh Ninh Bình`"), "{message}");
        assert!(hint.contains("\"ĐẢNG BỘ TỈNH NINH BÌNH\" / \"ĐẢNG ỦY XÃ NGHĨA THÁI\" / \"*\""), "{hint}");
    }

    #[test]
    fn a_board_is_under_its_committee() {
        let (_, _, hint) = en("Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai", None).unwrap();
        assert!(hint.starts_with("write `issuer.superior = \"Tỉnh ủy Đồng Nai\", issuer.name = \"Ban Tuyên giáo và Dân vận\"`"), "{hint}");
        let (_, _, hint) = en("Ban Tổ chức Trung ương", None).unwrap();
        assert!(hint.starts_with("write `issuer.superior = \"Ban Chấp hành Trung ương\", issuer.name = \"Ban Tổ chức\"`"), "{hint}");
        let (field, _, hint) = en("Ban Dân vận", Some("Đảng bộ tỉnh Bình Thuận")).unwrap();
        assert_eq!(field, "issuer.superior");
        assert!(hint.starts_with("write `issuer.superior = \"Tỉnh ủy Bình Thuận\", issuer.name = \"Ban Dân vận\"`"), "{hint}");
    }

    #[test]
    fn congress_central_and_joint_headers_have_no_superior_line() {
        let (_, _, hint) = en("Đại hội đại biểu lần thứ I", Some("Đảng bộ tỉnh Lâm Đồng")).unwrap();
        assert!(hint.starts_with("write only `issuer.name = \"Đại hội đại biểu Đảng bộ tỉnh Lâm Đồng lần thứ I\"`"), "{hint}");
        let (field, _, hint) = en("Bộ Chính trị", None).unwrap();
        assert_eq!(field, "issuer.name");
        assert!(hint.starts_with("write `issuer.name = \"Ban Chấp hành Trung ương\"`"), "{hint}");
        let (field, message, hint) = en("Ban Tuyên giáo và Dân vận Tỉnh ủy - Ban Tổ chức", Some("Tỉnh ủy Lâm Đồng")).unwrap();
        assert_eq!(field, "issuer.superior");
        assert!(message.contains("HD 05 2.1.5"), "{message}");
        assert!(hint.starts_with("write only `issuer.name = \"Ban Tuyên giáo và Dân vận Tỉnh ủy - Ban Tổ chức Tỉnh ủy\"`"), "{hint}");
        let (_, _, hint) = en("Ban Thường vụ Tỉnh uỷ Điện Biên", None).unwrap();
        assert_eq!(hint, "write `issuer.name = \"Tỉnh uỷ Điện Biên\"`; the header prints \"TỈNH UỶ ĐIỆN BIÊN\" / \"*\"");
    }

    #[test]
    fn committees_and_party_organisations_map_both_ways() {
        assert_eq!(party_of("Tỉnh uỷ Đồng Nai").as_deref(), Some("Đảng bộ tỉnh Đồng Nai"));
        assert_eq!(party_of("Thành ủy Thành phố Hồ Chí Minh").as_deref(), Some("Đảng bộ Thành phố Hồ Chí Minh"));
        assert_eq!(party_of("Thành ủy Huế").as_deref(), Some("Đảng bộ thành phố Huế"));
        assert_eq!(party_of("Đảng ủy xã Nghĩa Thái").as_deref(), Some("Đảng bộ xã Nghĩa Thái"));
        assert_eq!(committee_of("Đảng bộ tỉnh Đồng Nai", "Ban Dân vận Tỉnh uỷ").as_deref(), Some("Tỉnh uỷ Đồng Nai"));
        assert_eq!(committee_of("Đảng bộ Thành phố Hồ Chí Minh", "").as_deref(), Some("Thành ủy Thành phố Hồ Chí Minh"));
        assert_eq!(committee_of("Đảng bộ xã Vân Hồ", "").as_deref(), Some("Đảng ủy xã Vân Hồ"));
    }

    #[test]
    fn every_message_is_in_both_languages() {
        let cases = [
            ("Tỉnh ủy Đồng Nai", Some("Đảng bộ tỉnh Đồng Nai")),
            ("Đảng ủy xã Nghĩa Thái", None),
            ("Đảng ủy xã Nghĩa Thái", Some("Tỉnh ủy Ninh Bình")),
            ("Chi bộ Thôn 3", None),
            ("Ban Dân vận", None),
            ("Ban Dân vận", Some("Đảng bộ tỉnh Bình Thuận")),
            ("Đại hội đại biểu Đảng bộ tỉnh Lâm Đồng lần thứ I", Some("Tỉnh ủy Lâm Đồng")),
            ("Đoàn Chủ tịch", None),
            ("Ban Chấp hành Trung ương", Some("Đảng Cộng sản Việt Nam")),
            ("Ban Bí thư", None),
            ("Ban Thường vụ Tỉnh ủy Đồng Nai", None),
            ("Ban Tổ chức - Ban Nội chính", None),
            ("Ban Tổ chức Tỉnh ủy - Ban Nội chính Tỉnh ủy", Some("Tỉnh ủy Lâm Đồng")),
        ];
        for (name, superior) in cases {
            let f = finding(name, superior).unwrap_or_else(|| panic!("{name} / {superior:?} passes"));
            for text in [&f.message, &f.hint] {
                assert!(!text.vi().is_empty() && !text.en().is_empty() && text.vi() != text.en(), "{text:?}");
                // The same names and TOML in both languages.
                let quoted = |s: &str| s.split('`').skip(1).step_by(2).map(str::to_owned).collect::<Vec<_>>();
                assert_eq!(quoted(&text.vi()), quoted(&text.en()), "{text:?}");
            }
            assert!(f.message.vi().contains("HD 05 2.1"), "{:?}", f.message);
        }
    }
}
