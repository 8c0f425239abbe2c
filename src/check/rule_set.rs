//! Checks of the data that catch today's real mistakes: bodies abolished by
//! the 2025 reorganisation, signing authorities the rule set no longer has,
//! issuer codes that are not the initials HD 05 prescribes, place names
//! that need their administrative level. Each is a located warning with the
//! fix as its hint, and each has a stable id (docs/form-rules.md).
//!
//! What depends on the rule set is read from the profile's `[checks]`; the
//! reorganisation is a fact about the world, so it depends on the date alone.

use crate::check::form_rules::Checker;
use crate::model::Document;
use crate::profile::Profile;
use crate::vietnamese::tone_marks::folded;
use crate::vietnamese::upper;

/// Id of the warning: a district-level body, abolished on 1/7/2025.
pub const ABOLISHED_DISTRICT_BODY: &str = "abolished-district-body";
/// Id of the warning: "T/M" for a body the rule set does not let sign so.
pub const TM_NOT_ALLOWED: &str = "tm-not-allowed";
/// Id of the warning: an issuer code that is not the prescribed initials.
pub const ISSUER_CODE_INITIALS: &str = "issuer-code-initials";
/// Id of the warning: a place name without its administrative level.
pub const PLACE_NAME_LEVEL: &str = "place-name-level";

/// The day the district level of local government ceased to exist
/// (Nghị quyết 202/2025/QH15 and the two-level local government).
const DISTRICT_LEVEL_ABOLISHED: (i32, u8, u8) = (2025, 7, 1);

/// Runs every check of this module.
pub(crate) fn check(c: &mut Checker, doc: &Document, profile: &Profile) {
    abolished_district_bodies(c, doc);
    tm_authority(c, doc, profile);
    issuer_code(c, doc, profile);
    place_level(c, doc, profile);
    crate::check::content::check(c, doc, profile);
}

/// The words that open the name of a district-level Party body.
const DISTRICT_BODIES: [&str; 6] = ["huyện ủy", "quận ủy", "thị ủy", "đảng bộ huyện", "đảng bộ quận", "đảng bộ thị xã"];

fn district_body(name: &str) -> Option<&'static str> {
    let name = folded(name);
    DISTRICT_BODIES.iter().copied().find(|body| {
        name.match_indices(body).any(|(i, _)| i == 0 || name[..i].ends_with(' '))
    })
}

/// A document dated on or after 1/7/2025 whose issuer or superior body is a
/// district-level body: the district level was abolished that day.
fn abolished_district_bodies(c: &mut Checker, doc: &Document) {
    if doc.date.ordinal() < DISTRICT_LEVEL_ABOLISHED {
        return;
    }
    let fields = [("issuer.superior", doc.issuer.superior.as_ref()), ("issuer.name", Some(&doc.issuer.name))];
    for (field, text) in fields {
        let Some(text) = text.filter(|t| !t.is_blank()) else { continue };
        if let Some(body) = district_body(text.as_str()) {
            c.warning(
                ABOLISHED_DISTRICT_BODY,
                field,
                crate::tr!("abolished-district-body", name = text.as_str().trim()),
                Some(crate::tr!("hint-abolished-district-body", date = doc.date.short_form(), body = body)),
            );
        }
    }
}

/// "T/M Đảng đoàn …" or "T/M Ban cán sự đảng …" under a rule set that
/// no longer lists them (HD 05 7.1.1a).
fn tm_authority(c: &mut Checker, doc: &Document, profile: &Profile) {
    let s = &doc.signer;
    let is_tm = s.authority.as_ref().is_some_and(|a| a.as_str().trim() == "T/M");
    let Some(body) = s.body.as_ref().filter(|_| is_tm) else { return };
    let name = folded(body.as_str().trim());
    let Some(refused) = profile.checks.tm_refused_bodies.iter().find(|r| name.starts_with(&folded(r))) else { return };
    c.warning(
        TM_NOT_ALLOWED,
        "signer.body",
        crate::tr!("tm-not-allowed", body = body.as_str().trim(), refused = refused, rule_set = profile.rule_set.title),
        Some(crate::tr!("hint-tm-not-allowed")),
    );
}

/// The issuer code HD 05 3.1.2b prescribes for a body's name, when the
/// name says enough: the initials of its syllables ("và" left out), the
/// fixed codes for Party committees and cells, then the code of the
/// committee the body belongs to ("… Tỉnh ủy" → TU).
pub fn expected_issuer_code(name: &str, superior: Option<&str>) -> Option<String> {
    let name = folded(name.trim());
    // Every body of a congress (its presidium, secretariat …) writes "ĐH" (3.1.2b(i)).
    if superior.is_some_and(|s| folded(s).starts_with("đại hội")) {
        return Some("ĐH".to_owned());
    }
    // Party committees and cells: the fixed codes of 3.1.2b(iv).
    for (prefix, code) in [
        ("đại hội", "ĐH"),
        ("đảng ủy quân sự", "ĐUQS"),
        ("đảng ủy công an", "ĐUCA"),
        ("đảng ủy biên phòng", "ĐUBP"),
        ("đảng ủy", "ĐU"),
        ("chi bộ", "CB"),
        ("tỉnh ủy", "TU"),
        ("thành ủy", "TU"),
    ] {
        if name.starts_with(prefix) {
            return Some(code.to_owned());
        }
    }
    // A body of a committee: its own initials, then the committee's code,
    // named in the body's name or, failing that, by its superior.
    let committee = |s: &str| -> Option<(usize, &'static str)> {
        ["tỉnh ủy", "thành ủy", "đảng ủy", "trung ương"]
            .iter()
            .filter_map(|c| s.find(c).map(|i| (i, *c)))
            .min()
            .map(|(i, c)| (i, if c == "đảng ủy" { "ĐU" } else if c == "trung ương" { "TW" } else { "TU" }))
    };
    let starts_body = ["ban ", "văn phòng", "ủy ban kiểm tra", "trường chính trị", "trung tâm chính trị"].iter().any(|p| name.starts_with(p));
    if !starts_body {
        return None;
    }
    let (own, suffix) = match committee(&name) {
        Some((i, code)) => (&name[..i], code),
        None => (name.as_str(), committee(&folded(superior?.trim()))?.1),
    };
    let initials: String = own
        .split_whitespace()
        .filter(|w| *w != "và")
        .filter_map(|w| w.chars().next())
        .map(|ch| upper(&base_letter(ch).to_string()))
        .collect();
    (!initials.is_empty()).then(|| format!("{initials}{suffix}"))
}

/// The letter without its tone and vowel marks ("ủ" → "u"); "đ" stays "đ".
fn base_letter(ch: char) -> char {
    use unicode_normalization::UnicodeNormalization;
    std::iter::once(ch).nfd().next().unwrap_or(ch)
}

/// An issuer code that is not the initials HD 05 3.1.2b prescribes.
fn issuer_code(c: &mut Checker, doc: &Document, profile: &Profile) {
    if !profile.checks.issuer_initials {
        return;
    }
    let code = doc.issuer.code.as_str().trim();
    let superior = doc.issuer.superior.as_ref().map(|s| s.as_str());
    // A joint document ("BTCTU-BNCTU"): each part against its body, when
    // the parts and the bodies match in number (else `signatures` reports it).
    let bodies = crate::vietnamese::names::joint_bodies(doc.issuer.name.as_str());
    let parts: Vec<&str> = code.split('-').collect();
    if code.is_empty() || parts.len() != bodies.len() {
        return;
    }
    let expected: Vec<Option<String>> = bodies
        .iter()
        .zip(&parts)
        .map(|(body, part)| match profile.checks.fixed_issuer_codes.iter().any(|f| f == part) {
            true => Some((*part).to_owned()),
            false => expected_issuer_code(body, superior),
        })
        .collect();
    if expected.iter().any(Option::is_none) {
        return;
    }
    let expected: Vec<String> = expected.into_iter().flatten().collect();
    let expected = expected.join("-");
    if expected != code {
        c.warning(
            ISSUER_CODE_INITIALS,
            "issuer.code",
            crate::tr!("issuer-code-initials", code = code, name = doc.issuer.name.as_str().trim(), expected = expected),
            Some(crate::tr!("hint-issuer-code-initials", expected = expected)),
        );
    }
}

/// Words that give a place's administrative level (HD 05 4.1.1, 4.2.3).
const LEVELS: [&str; 12] =
    ["xã", "phường", "đặc khu", "thành phố", "tp", "đk", "tỉnh", "thị trấn", "thị xã", "quận", "huyện", "tp."];

/// Places named after a person that a Party body may write in its date
/// line (HD 05 4.1.1c, example "Phường Ngô Quyền"); the tool cannot tell a
/// person's name in general, so it knows these.
const PERSON_PLACES: [&str; 16] = [
    "ngô quyền", "lê lợi", "trần hưng đạo", "quang trung", "hai bà trưng", "nguyễn trãi", "lý thường kiệt",
    "hồ chí minh", "lê chân", "hoàng hoa thám", "phan bội châu", "trần phú", "nguyễn du", "lê hồng phong",
    "bà triệu", "nguyễn huệ",
];

/// A one-syllable place name, one named after a person, or a commune's
/// name that is also its province's, without its level (HD 05 4.1.1c).
fn place_level(c: &mut Checker, doc: &Document, profile: &Profile) {
    if !profile.checks.place_level {
        return;
    }
    let place = doc.place.as_str().trim();
    let lower = folded(place);
    if place.is_empty() || LEVELS.iter().any(|l| lower.starts_with(&format!("{l} "))) {
        return;
    }
    let one_syllable = !lower.contains(char::is_whitespace);
    let person = PERSON_PLACES.contains(&lower.as_str());
    // The level, when the issuing body's names tell it.
    let names = [doc.issuer.name.as_str(), doc.issuer.superior.as_ref().map_or("", |s| s.as_str())];
    let level = names.iter().find_map(|n| {
        let n = folded(n);
        [("xã", "Xã"), ("phường", "Phường"), ("đặc khu", "Đặc khu"), ("thành phố", "Thành phố"), ("thành ủy", "Thành phố"), ("tỉnh", "Tỉnh")]
            .iter()
            .find(|(word, _)| n.contains(&format!("{word} {lower}")))
            .map(|(_, level)| *level)
    });
    // A commune, ward or special zone named like its province ("Phường Phú
    // Thọ" in Phú Thọ): the bare name would read as the province.
    let province_named = names.iter().any(|n| {
        let n = folded(n);
        ["tỉnh", "thành phố"].iter().any(|w| n.ends_with(&format!("{w} {lower}")) || n.contains(&format!("{w} {lower} ")))
    });
    let like_province = province_named && matches!(level, Some("Xã" | "Phường" | "Đặc khu"));
    if !one_syllable && !person && !like_province {
        return;
    }
    let message = if like_province {
        crate::tr!("place-name-province", place = place)
    } else if person {
        crate::tr!("place-name-person", place = place)
    } else {
        crate::tr!("place-name-one-syllable", place = place)
    };
    let hint = match level {
        Some(level) => crate::tr!("hint-place-name-level", level = level, place = place),
        None => crate::tr!("hint-place-name-any-level", place = place),
    };
    c.warning(PLACE_NAME_LEVEL, "place", message, Some(hint));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::date::DocDate;

    #[test]
    fn issuer_codes_are_the_initials_of_the_name() {
        let code = |name: &str, superior: Option<&str>| expected_issuer_code(name, superior);
        assert_eq!(code("Ban Tuyên giáo và Dân vận Tỉnh ủy", None).as_deref(), Some("BTGDVTU"));
        assert_eq!(code("Ban Dân vận", Some("Tỉnh ủy Hải Dương")).as_deref(), Some("BDVTU"));
        assert_eq!(code("Văn phòng Tỉnh uỷ", None).as_deref(), Some("VPTU"));
        assert_eq!(code("Ủy ban Kiểm tra Trung ương", None).as_deref(), Some("UBKTTW"));
        assert_eq!(code("Ban Xây dựng Đảng", Some("Đảng ủy xã Vân Hồ")).as_deref(), Some("BXDĐĐU"));
        assert_eq!(code("Đảng uỷ xã Nghĩa Thái", None).as_deref(), Some("ĐU"));
        assert_eq!(code("Chi bộ Tổ 16", None).as_deref(), Some("CB"));
        assert_eq!(code("Tỉnh ủy Lâm Đồng", None).as_deref(), Some("TU"));
        assert_eq!(code("Đại hội đại biểu Đảng bộ tỉnh Lâm Đồng lần thứ I", None).as_deref(), Some("ĐH"));
        assert_eq!(code("Đoàn Chủ tịch", Some("Đại hội đại biểu Đảng bộ tỉnh Lâm Đồng lần thứ I")).as_deref(), Some("ĐH"));
        // What the name does not say, the check does not guess.
        assert_eq!(code("Ban Dân vận", None), None);
        assert_eq!(code("Hội đồng thi đua", None), None);
    }

    #[test]
    fn district_bodies_are_recognised_in_both_tone_mark_styles() {
        assert_eq!(district_body("Đảng bộ huyện Nghĩa Hưng"), Some("đảng bộ huyện"));
        assert_eq!(district_body("Ban Dân vận Huyện uỷ"), Some("huyện ủy"));
        assert_eq!(district_body("Thị ủy Phú Mỹ"), Some("thị ủy"));
        assert_eq!(district_body("Đảng bộ tỉnh Ninh Bình"), None);
        assert_eq!(district_body("Đảng ủy xã Nghĩa Hưng"), None);
    }

    #[test]
    fn the_district_level_ends_on_the_first_of_july_2025() {
        assert!(DocDate::ymd(2025, 6, 30).unwrap().ordinal() < DISTRICT_LEVEL_ABOLISHED);
        assert!(DocDate::ymd(2025, 7, 1).unwrap().ordinal() >= DISTRICT_LEVEL_ABOLISHED);
    }
}
