//! The header corpus: the real names of tests/fixtures/provinces-2025.toml —
//! the Party committee of each of the 34 provincial-level units of 2025, its
//! standard boards, a joint document of two boards, and commune-level
//! committees with long names — in every kind and every profile, dated and as
//! undated drafts. Each header has the lines HD 05 2.1 gives its level (the
//! `header-lines` check refuses any other): a tỉnh uỷ alone, a board under its
//! committee, a committee under the province's Đảng bộ, a joint document with
//! no superior line.
//!
//! Every combination is prepared (the header's lines and columns are decided
//! in the context stage, without typesetting) and must keep the header rules:
//! each line inside its column, at most the profile's lines per name, no
//! short word alone on a line, no break at a dash inside a name, the unit's
//! own name never broken when it fits on a line, the place and date on one
//! line. Each header is then typeset once, as a draft (the longest date line)
//! with the kinds and profiles taken in turn, and `render`'s page checks must
//! find nothing to warn about. The starters of `kehoach new` are the bodies:
//! one short page each, so that the corpus stays fast.

mod common;

use kehoach::context::columns::{width_pt, Face};
use kehoach::context::linebreak::{bodies, is_lone_short_word, starts_a_body};
use kehoach::model::Kind;
use kehoach::vietnamese::upper;

/// One header of the corpus.
#[derive(Clone, Debug)]
struct Header {
    superior: Option<String>,
    issuer: String,
    code: String,
    place: String,
    /// The unit's name ("Thành phố Hồ Chí Minh"): its proper name ("Hồ Chí
    /// Minh") is never split by a break.
    unit: String,
}

/// The Đảng bộ of a provincial-level unit: "Đảng bộ tỉnh Lâm Đồng",
/// "Đảng bộ thành phố Huế", "Đảng bộ Thành phố Hồ Chí Minh".
fn party_of(unit: &str, city: bool) -> String {
    match (city, unit.starts_with("Thành phố")) {
        (true, true) => format!("Đảng bộ {unit}"),
        (true, false) => format!("Đảng bộ thành phố {unit}"),
        _ => format!("Đảng bộ tỉnh {unit}"),
    }
}

fn corpus() -> Vec<Header> {
    let text = std::fs::read_to_string(common::root().join("tests/fixtures/provinces-2025.toml")).unwrap();
    let data: toml::Table = toml::from_str(&text).unwrap();
    let s = |v: &toml::Value, k: &str| v[k].as_str().unwrap().to_owned();
    let units = data["units"].as_array().unwrap();
    let mut out = Vec::new();
    for u in units {
        let (name, place, city) = (s(u, "name"), s(u, "place"), u["city"].as_bool().unwrap());
        let (committee, suffix, level) = if city {
            (format!("Thành ủy {name}"), "TU", "thành phố")
        } else {
            (format!("Tỉnh ủy {name}"), "TU", "tỉnh")
        };
        let header = |superior: Option<String>, issuer: String, code: String| Header {
            superior,
            issuer,
            code,
            place: place.clone(),
            unit: name.clone(),
        };
        let party = party_of(&name, city);
        // HD 05 2.1.2b: the committee's name alone.
        out.push(header(None, committee.clone(), suffix.to_owned()));
        for b in data["boards"].as_array().unwrap() {
            let board = s(b, "name").replace("{level}", level);
            let code = s(b, "code");
            // A committee under the province's (2.1.2c–đ) stands under its Đảng bộ;
            // a board (2.1.3) under the committee.
            let (superior, code) = if code == "ĐU" { (party.clone(), code) } else { (committee.clone(), format!("{code}{suffix}")) };
            out.push(header(Some(superior), board, code));
        }
        let joint = &data["joint"];
        let short = if city { "Thành ủy" } else { "Tỉnh ủy" };
        let names: Vec<String> =
            joint["names"].as_array().unwrap().iter().map(|n| n.as_str().unwrap().replace("{committee}", short)).collect();
        let codes: Vec<String> =
            joint["codes"].as_array().unwrap().iter().map(|c| format!("{}{suffix}", c.as_str().unwrap())).collect();
        // HD 05 2.1.5: each body's full name, no superior line.
        out.push(header(None, names.join(" - "), codes.join("-")));
    }
    for c in data["communes"].as_array().unwrap() {
        let unit = s(c, "unit");
        let u = units.iter().find(|u| s(u, "name") == unit).unwrap();
        let party = party_of(&unit, u["city"].as_bool().unwrap());
        out.push(Header { superior: Some(party), issuer: s(c, "name"), code: "ĐU".into(), place: s(c, "place"), unit });
    }
    out
}

/// The starter of a kind with this header, profile and date (a draft has no
/// number and no day).
fn plan(kind: Kind, profile: &str, h: &Header, draft: bool) -> String {
    let mut t: toml::Table = toml::from_str(kehoach::starter(kind)).unwrap();
    // The rule set's A4 page (the starters of the papers ask for A5, which
    // `every_a5_header_keeps_the_rules_or_says_to_print_on_a4` covers).
    t.remove("paper");
    t.insert("profile".into(), profile.into());
    t.insert("place".into(), h.place.clone().into());
    if draft {
        t.remove("number");
        t.insert("date".into(), "2026-05".into());
    } else {
        t.insert("number".into(), 128.into());
        t.insert("date".into(), toml::Value::Datetime("2026-12-28".parse().unwrap()));
    }
    let mut issuer = toml::Table::new();
    if let Some(sup) = &h.superior {
        issuer.insert("superior".into(), sup.clone().into());
    }
    issuer.insert("name".into(), h.issuer.clone().into());
    issuer.insert("code".into(), h.code.clone().into());
    t.insert("issuer".into(), issuer.into());
    // A joint document is signed by each body, each block naming its body.
    let bodies = kehoach::check::signatures::joint_bodies(&h.issuer);
    if bodies.len() > 1 {
        let block = |body: &String| {
            let mut s = toml::Table::new();
            s.insert("position".into(), format!("Trưởng {body}").into());
            s.insert("name".into(), "Nguyễn Văn An".into());
            toml::Value::Table(s)
        };
        t.insert("signer".into(), block(&bodies[0]));
        t.insert("co_signers".into(), toml::Value::Array(bodies[1..].iter().map(block).collect()));
    }
    toml::to_string(&t).unwrap()
}

/// Prepares a header of the corpus. When the place and date line cannot stand
/// beside the names (the longest boards of Ho Chi Minh City, dated), the
/// error must be at `place` with HD 05 4.2.3's hint, and the place
/// abbreviated as the hint says ("TP. Hồ Chí Minh") must then fit.
/// Returns the prepared document, its source and whether it was abbreviated.
fn prepare(kind: Kind, profile: &str, h: &Header, draft: bool) -> Result<(kehoach::Prepared, String, bool), String> {
    let source = plan(kind, profile, h, draft);
    match kehoach::prepare("corpus.toml", &source) {
        Ok(p) => Ok((p, source, false)),
        Err(kehoach::Error::Invalid(d)) if d.len() == 1 && d[0].id.as_deref() == Some("place-too-long") => {
            let e = &d[0];
            if e.field.as_deref() != Some("place") || !e.message.contains("\"TP.\"") || !h.place.starts_with("Thành phố") {
                return Err(e.to_string());
            }
            let short = Header { place: h.place.replacen("Thành phố", "TP.", 1), ..h.clone() };
            let source = plan(kind, profile, &short, draft);
            kehoach::prepare("corpus.toml", &source).map(|p| (p, source, true)).map_err(|e| format!("abbreviated: {e}"))
        }
        Err(e) => Err(e.to_string()),
    }
}

/// Every rule of the header that the context decides, or what breaks it.
fn header_problems(h: &Header, prepared: &kehoach::Prepared) -> Vec<String> {
    let p = &prepared.profile;
    let hp = &p.header;
    let ctx = &prepared.context.header;
    let l = &ctx.layout;
    let mut problems = Vec::new();
    let text_width = p.page.width_mm - p.page.margin_left_mm - p.page.margin_right_mm;
    if (l.left_width_mm + l.right_width_mm - text_width).abs() > 0.02 {
        problems.push(format!("columns {} + {} ≠ {text_width}", l.left_width_mm, l.right_width_mm));
    }
    let mm = |s: &str, face: Face, size: f64| width_pt(s, face, size) * 25.4 / 72.0;
    let pad = 2.0 * hp.column_padding_mm;
    let unit = upper(h.unit.strip_prefix("Thành phố ").unwrap_or(&h.unit));
    let superior = h.superior.clone().unwrap_or_default();
    let names = [
        (&l.superior_lines, Face::Regular, hp.superior_size_pt, bodies(&superior)),
        (&l.issuer_lines, Face::Bold, hp.issuer_size_pt, bodies(&h.issuer)),
    ];
    for (lines, face, size, bodies) in names {
        if lines.len() > hp.name_max_lines * bodies {
            problems.push(format!("{} lines: {lines:?}", lines.len()));
        }
        for (i, line) in lines.iter().enumerate() {
            if mm(line, face, size) > l.left_width_mm - pad + 0.01 {
                problems.push(format!("{line:?} is wider than the left column ({} mm)", l.left_width_mm));
            }
            if lines.len() > 1 && is_lone_short_word(line) {
                problems.push(format!("{line:?} alone on a line: {lines:?}"));
            }
            let next = lines.get(i + 1).and_then(|n| n.split(' ').next());
            if line.starts_with('-') || (line.ends_with('-') && !next.is_some_and(starts_a_body)) {
                problems.push(format!("broken at a dash: {lines:?}"));
            }
        }
        let joined = lines.join(" ");
        if joined.contains(&unit) && lines.len() > 1 && !lines.iter().any(|l| l.contains(&unit)) {
            problems.push(format!("{unit:?} broken: {lines:?}"));
        }
    }
    if mm(&ctx.date, Face::Italic, hp.date_size_pt) > l.right_width_mm - pad + 0.01 {
        problems.push(format!("{:?} is wider than the right column ({} mm)", ctx.date, l.right_width_mm));
    }
    problems
}

#[test]
fn every_header_keeps_the_rules_in_every_kind_and_profile() {
    let started = std::time::Instant::now();
    let corpus = corpus();
    assert_eq!(corpus.len(), 34 * 9 + 18, "34 committees with 7 boards and a joint document, 18 communes");
    let mut failures = Vec::new();
    let (mut count, mut abbreviated) = (0, 0);
    for h in &corpus {
        for &kind in Kind::ALL {
            for profile in kehoach::profile::names() {
                for draft in [false, true] {
                    count += 1;
                    match prepare(kind, profile, h, draft) {
                        Ok((prepared, _, short)) => {
                            abbreviated += usize::from(short);
                            for p in header_problems(h, &prepared) {
                                failures.push(format!("{} / {} / {profile} / draft {draft}: {p}", h.issuer, kind.id()));
                            }
                        }
                        Err(e) => failures.push(format!("{} / {} / {profile}: {e}", h.issuer, kind.id())),
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} of {count} headers break a rule:\n{}", failures.len(), failures.join("\n"));
    // Only a few of the longest boards of Ho Chi Minh City need "TP.".
    assert!(abbreviated * 50 < count, "{abbreviated} of {count} needed an abbreviated place");
    eprintln!("{count} headers prepared in {:.2} s ({abbreviated} with \"TP.\")", started.elapsed().as_secs_f64());
}

/// On an A5 paper (a Giấy mời, a Giấy giới thiệu) the header shares 118 mm:
/// every header of the corpus either keeps the rules (each name in at most
/// the A5 profile's lines, the place and date on one line) or is refused at
/// `place` with the hint to abbreviate or to print on A4 — never another error.
#[test]
fn every_a5_header_keeps_the_rules_or_says_to_print_on_a4() {
    let corpus = corpus();
    let (mut fit, mut refused, mut failures) = (0, 0, Vec::new());
    let mut communes_refused = Vec::new();
    for h in &corpus {
        for profile in kehoach::profile::names() {
            let mut t: toml::Table = toml::from_str(&plan(Kind::GiayMoi, profile, h, false)).unwrap();
            t.insert("paper".into(), "A5".into());
            let source = toml::to_string(&t).unwrap();
            match kehoach::prepare("corpus.toml", &source) {
                Ok(prepared) => {
                    fit += 1;
                    assert_eq!(prepared.profile.page.width_mm, 148.0);
                    for p in header_problems(h, &prepared) {
                        failures.push(format!("{} / {profile}: {p}", h.issuer));
                    }
                }
                Err(kehoach::Error::Invalid(d))
                    if d.len() == 1
                        && d[0].field.as_deref() == Some("place")
                        && d[0].message.contains("remove `paper = \"A5\"`") =>
                {
                    refused += 1;
                    if ["xã", "phường", "đặc khu"].iter().any(|w| h.issuer.starts_with(&format!("Đảng ủy {w} "))) {
                        communes_refused.push(format!("{} / {profile}", h.issuer));
                    }
                }
                Err(e) => failures.push(format!("{} / {profile}: {e}", h.issuer)),
            }
        }
    }
    assert!(failures.is_empty(), "{} A5 headers break a rule:\n{}", failures.len(), failures.join("\n"));
    // The committees of the communes, wards and special zones, who send most invitations, fit on A5;
    // the longest boards with a dated line do not, and are told to use A4.
    assert!(communes_refused.is_empty(), "refused on A5: {communes_refused:?}");
    assert!(refused * 20 < fit, "{fit} fit on A5, {refused} refused");
    eprintln!("A5: {fit} headers fit, {refused} refused with the hint to print on A4");
}

#[test]
fn every_header_renders_without_a_warning() {
    let started = std::time::Instant::now();
    let corpus = corpus();
    let profiles = kehoach::profile::names();
    let mut failures = Vec::new();
    for (i, h) in corpus.iter().enumerate() {
        // Kinds and profiles in turn; every header as a draft, whose date line is the longest.
        let kind = Kind::ALL[i % Kind::ALL.len()];
        let profile = profiles[i % profiles.len()];
        let (prepared, source, _) = prepare(kind, profile, h, true).unwrap();
        let doc = kehoach::typeset(&prepared).unwrap();
        let warnings: Vec<String> = prepared
            .warnings
            .iter()
            .chain(&kehoach::verify::page_warnings(&prepared, &doc, &source))
            .map(|w| w.to_string())
            .collect();
        if !warnings.is_empty() {
            failures.push(format!("{} / {} / {profile}:\n{}", h.issuer, kind.id(), warnings.join("")));
        }
    }
    assert!(failures.is_empty(), "{} of {} headers warn:\n{}", failures.len(), corpus.len(), failures.join("\n"));
    eprintln!("{} headers typeset and checked in {:.2} s", corpus.len(), started.elapsed().as_secs_f64());
}

#[test]
fn the_superior_body_of_ho_chi_minh_city_breaks_as_a_clerk_would() {
    let h = corpus().into_iter().find(|h| h.issuer == "Đảng ủy đặc khu Côn Đảo").unwrap();
    let prepared = kehoach::prepare("hcm.toml", &plan(Kind::KeHoach, "dang", &h, true)).unwrap();
    let l = &prepared.context.header.layout;
    assert_eq!(l.superior_lines, ["ĐẢNG BỘ THÀNH PHỐ", "HỒ CHÍ MINH"]);
    assert_eq!(l.issuer_lines, ["ĐẢNG ỦY ĐẶC KHU CÔN ĐẢO"]);
}

/// The `header-lines` check agrees with the corpus: every header of it is
/// accepted (the tests above prepare them all), and the same names with the
/// lines of another level are refused at the field to change, the corrected
/// header in the hint.
#[test]
fn the_wrong_lines_for_each_level_are_refused() {
    let corpus = corpus();
    let mut failures = Vec::new();
    let mut refused = 0;
    for h in &corpus {
        let bodies = kehoach::check::signatures::joint_bodies(&h.issuer).len();
        // The same names with the superior line of another level.
        let wrong: Option<(Option<String>, &str, String)> = match (&h.superior, bodies) {
            // A tỉnh uỷ or a joint document under its Đảng bộ or committee.
            (None, 1) => Some((Some(party_of(&h.unit, h.issuer.starts_with("Thành"))), "issuer.superior", format!("issuer.name = \"{}\"` and remove `issuer.superior`", h.issuer))),
            (None, _) => Some((Some(format!("Tỉnh ủy {}", h.unit)), "issuer.superior", "and remove `issuer.superior`".into())),
            // A commune's committee or a board without its superior line.
            (Some(sup), _) => Some((None, "issuer.name", format!("issuer.superior = \"{}", if sup.starts_with("Đảng bộ") { "Đảng bộ tỉnh …" } else { "Tỉnh ủy …" }))),
        };
        let Some((superior, field, hint)) = wrong else { continue };
        let bad = Header { superior: superior.clone(), ..h.clone() };
        match kehoach::prepare("wrong.toml", &plan(Kind::KeHoach, "dang", &bad, false)) {
            Err(kehoach::Error::Invalid(d)) => {
                let found = d.iter().find(|d| d.id.as_deref() == Some("header-lines"));
                match found {
                    Some(d) if d.field.as_deref() == Some(field) && d.hint.as_deref().is_some_and(|x| x.contains(&hint)) => refused += 1,
                    _ => failures.push(format!("{} under {superior:?}: {d:?}", h.issuer)),
                }
            }
            other => failures.push(format!("{} under {superior:?} is accepted: {:?}", h.issuer, other.map(|_| ()))),
        }
    }
    assert!(failures.is_empty(), "{} wrong headers not refused as expected:\n{}", failures.len(), failures.join("\n"));
    assert_eq!(refused, corpus.len());
}
