//! How Vietnamese offices write dates, times of day and signing authorities
//! ("05/10/2026", "ngày 05 tháng 10 năm 2026", "8h00", "8 giờ 30", "TM."),
//! and the forms a document file takes instead ("2026-10-05", "08:00",
//! "T/M"). Pure functions of strings: `check::values` reports the wrong
//! forms with these corrections, `kehoach check --fix` writes them.

use crate::model::date::DocDate;

/// Whether the text is a time of day as the document prints it: "H:MM" or "HH:MM".
pub fn is_time(text: &str) -> bool {
    let Some((h, m)) = text.trim().split_once(':') else { return false };
    matches!((h.parse::<u8>(), m.parse::<u8>()), (Ok(hour), Ok(minute)) if h.len() <= 2 && m.len() == 2 && hour < 24 && minute < 60)
}

/// The numbers of a text, in order ("ngày 05 tháng 10 năm 2026" → 5, 10, 2026).
fn numbers(s: &str) -> Vec<u32> {
    s.split(|c: char| !c.is_ascii_digit()).filter(|p| !p.is_empty() && p.len() <= 4).filter_map(|p| p.parse().ok()).collect()
}

/// The date a text means as "YYYY-MM-DD" (or "YYYY-MM" for a month):
/// day/month/year as Vietnam writes it ("05/10/2026", "5-10-2026",
/// "5.10.2026"), the words "ngày 05 tháng 10 năm 2026", or year first with
/// other separators ("2026/10/5"). `None` when the text is not one of these
/// or the date does not exist.
pub fn corrected_date(text: &str) -> Option<String> {
    let t = text.trim().to_lowercase();
    let words = t.contains("tháng") || t.contains("năm") || t.contains("ngày");
    let allowed = |c: char| c.is_ascii_digit() || "/-. ".contains(c);
    if !words && !t.chars().all(allowed) {
        return None;
    }
    if words && t.chars().any(|c| c.is_ascii_alphabetic() && !"ngaythm".contains(c)) {
        return None;
    }
    let n = numbers(&t);
    let year_first = !words && t.split(|c: char| !c.is_ascii_digit()).next().is_some_and(|p| p.len() == 4);
    let (y, m, d) = match (n.as_slice(), year_first) {
        ([y, m, d], true) => (*y, *m, Some(*d)),
        ([d, m, y], false) if *y >= 1000 => (*y, *m, Some(*d)),
        ([m, y], false) if *y >= 1000 && (!words || t.contains("tháng")) => (*y, *m, None),
        _ => return None,
    };
    let (y, m) = (i32::try_from(y).ok()?, u8::try_from(m).ok()?);
    match d {
        Some(d) => DocDate::ymd(y, m, u8::try_from(d).ok()?).ok().map(|date| date.to_string()),
        None => DocDate::parse(&format!("{y:04}-{m:02}")).ok().map(|date| date.to_string()),
    }
}

/// A date as TOML: a local date unquoted (`2026-10-05`), a draft's month or
/// year quoted (`"2026-10"`).
pub fn date_toml(date: &str) -> String {
    if date.len() == 10 {
        date.to_owned()
    } else {
        format!("\"{date}\"")
    }
}

/// The time a text means as "HH:MM": "8h00", "8h", "8g30", "8 giờ 30",
/// "08 giờ 00 phút", "8.30", "8:00 sáng". `None` when it is none of these.
pub fn corrected_time(text: &str) -> Option<String> {
    let t = text.trim().to_lowercase();
    let t = t.strip_suffix(" sáng").unwrap_or(&t).trim();
    let rest = t.trim_start_matches(|c: char| c.is_ascii_digit());
    let hour = &t[..t.len() - rest.len()];
    let rest = rest.trim_start();
    let rest = ["giờ", "h", "g", ":", "."].iter().find_map(|sep| rest.strip_prefix(sep))?.trim_start();
    let after = rest.trim_start_matches(|c: char| c.is_ascii_digit());
    let minute = &rest[..rest.len() - after.len()];
    if !matches!(after.trim(), "" | "phút" | "p") || hour.is_empty() || hour.len() > 2 || minute.len() > 2 {
        return None;
    }
    let h: u8 = hour.parse().ok()?;
    let m: u8 = if minute.is_empty() { 0 } else { minute.parse().ok()? };
    (h < 24 && m < 60).then(|| format!("{h:02}:{m:02}"))
}

/// The Party form of a signing authority written in the state's form
/// ("TM." → "T/M", "KT." → "K/T", "TL." → "T/L"), or in other capitals or
/// punctuation ("t/m", "T.M"); `None` when it is not one of these.
pub fn party_authority(text: &str) -> Option<&'static str> {
    let compact: String = text.to_uppercase().chars().filter(|c| c.is_alphabetic()).collect();
    match compact.as_str() {
        "TM" => Some("T/M"),
        "KT" => Some("K/T"),
        "TL" => Some("T/L"),
        "Q" => Some("Q."),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_as_vietnam_writes_them_are_corrected() {
        assert_eq!(corrected_date("05/10/2026").as_deref(), Some("2026-10-05"));
        assert_eq!(corrected_date("5/10/2026").as_deref(), Some("2026-10-05"));
        assert_eq!(corrected_date("5-10-2026").as_deref(), Some("2026-10-05"));
        assert_eq!(corrected_date("05.10.2026").as_deref(), Some("2026-10-05"));
        assert_eq!(corrected_date("ngày 05 tháng 10 năm 2026").as_deref(), Some("2026-10-05"));
        assert_eq!(corrected_date("Ngày 5 tháng 10 năm 2026").as_deref(), Some("2026-10-05"));
        assert_eq!(corrected_date("tháng 10 năm 2026").as_deref(), Some("2026-10"));
        assert_eq!(corrected_date("10/2026").as_deref(), Some("2026-10"));
        assert_eq!(corrected_date("2026/10/5").as_deref(), Some("2026-10-05"));
        assert_eq!(corrected_date("2026-10-5").as_deref(), Some("2026-10-05"));
        // Impossible or not a date at all: no guess.
        assert_eq!(corrected_date("31/02/2026"), None);
        assert_eq!(corrected_date("10/05"), None);
        assert_eq!(corrected_date("hôm nay"), None);
        assert_eq!(corrected_date("Quý III/2026"), None);
    }

    #[test]
    fn times_as_vietnam_writes_them_are_corrected() {
        assert_eq!(corrected_time("8h00").as_deref(), Some("08:00"));
        assert_eq!(corrected_time("8h").as_deref(), Some("08:00"));
        assert_eq!(corrected_time("8 giờ 30").as_deref(), Some("08:30"));
        assert_eq!(corrected_time("08 giờ 00 phút").as_deref(), Some("08:00"));
        assert_eq!(corrected_time("14g30").as_deref(), Some("14:30"));
        assert_eq!(corrected_time("7.30").as_deref(), Some("07:30"));
        assert_eq!(corrected_time("25h00"), None);
        assert_eq!(corrected_time("sáng mai"), None);
        assert!(is_time("8:00") && is_time("14:30") && !is_time("8h00"));
    }

    #[test]
    fn state_authorities_become_the_party_forms() {
        assert_eq!(party_authority("TM."), Some("T/M"));
        assert_eq!(party_authority("KT."), Some("K/T"));
        assert_eq!(party_authority("tl"), Some("T/L"));
        assert_eq!(party_authority("T.U.Q"), None);
    }
}
