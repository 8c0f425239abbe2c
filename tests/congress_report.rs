//! The political report to a congress (HD 05 5.1.2) measured on the laid-out
//! page: no "BÁO CÁO" line; the congress theme in capitals, bold, centred, at
//! the profile's size; "(Báo cáo của … trình Đại hội …)" italic, centred,
//! under it; "-----" under that; `verify` passing it (P-TTL-5) in both rule
//! sets and failing when a `[layout]` override breaks it; the located errors
//! of `check`.

mod common;

use common::*;
use kehoach::inspect::Line;
use kehoach::verify::CheckResult;

const FILE: &str = "bao-cao-chinh-tri-lam-dong-2025.toml";
const PROFILES: [&str; 2] = ["dang-hd36-2018", "dang-hd05-2026"];
/// The text area runs 30 → 195 mm on A4: its centre.
const CENTRE: f64 = (30.0 + 195.0) / 2.0;

fn source(profile: Option<&str>) -> String {
    let text = std::fs::read_to_string(example(FILE)).unwrap();
    let body: Vec<&str> = text.lines().filter(|l| !l.starts_with("profile")).collect();
    match profile {
        Some(p) => format!("profile = \"{p}\"\n{}", body.join("\n")),
        None => body.join("\n"),
    }
}

fn prepare(source: &str) -> kehoach::Prepared {
    kehoach::prepare(FILE, source).unwrap_or_else(|e| panic!("{e}"))
}

fn verify_source(source: &str) -> Vec<CheckResult> {
    let prepared = prepare(source);
    let layout = kehoach::inspect::inspect(&kehoach::typeset(&prepared).unwrap());
    kehoach::verify::verify(&prepared, &layout)
}

fn failures(results: &[CheckResult]) -> Vec<String> {
    results.iter().filter(|r| r.failed()).map(|r| r.to_string()).collect()
}

#[test]
fn the_theme_replaces_the_type_name_and_the_subject() {
    for profile in PROFILES {
        let prepared = prepare(&source(Some(profile)));
        let congress = prepared.context.congress.clone().expect("the congress title block");
        assert_eq!(prepared.context.type_name, None);
        assert!(congress.theme.starts_with("XÂY DỰNG ĐẢNG BỘ TỈNH LÂM ĐỒNG"), "{}", congress.theme);
        assert!(congress.presented.starts_with("(Báo cáo của Ban Chấp hành") && congress.presented.ends_with(')'));
        // The metadata names the report by its theme, as typed.
        assert!(prepared.context.meta.title.starts_with("Xây dựng Đảng bộ tỉnh Lâm Đồng"), "{}", prepared.context.meta.title);

        let layout = kehoach::inspect::inspect(&kehoach::typeset(&prepared).unwrap());
        let lines: Vec<Line> = layout.lines().into_iter().filter(|l| l.page == 1).collect();
        assert!(lines.iter().all(|l| squash(&l.text()) != "BÁO CÁO"), "{profile}: no type name line");
        let p = &prepared.profile;

        // The theme: its lines, in capitals, bold upright, centred, at the profile's size.
        let first = lines.iter().position(|l| l.text().starts_with("XÂY DỰNG ĐẢNG BỘ")).expect("the theme's first line");
        let open = lines.iter().position(|l| l.text().starts_with("(Báo cáo của")).expect("the presenting line");
        assert!(open > first, "{profile}: the presenting line under the theme");
        let theme = &lines[first..open];
        let printed = theme.iter().map(|l| squash(&l.text())).collect::<Vec<_>>().join(" ");
        assert_eq!(printed, congress.theme, "{profile}: the theme, whole, in capitals");
        assert_eq!(printed, kehoach::vietnamese::upper(&printed));
        for l in theme {
            assert!(l.runs.iter().all(|r| r.bold && !r.italic && r.size == p.title.theme_size_pt), "{profile}: {:?}", l.text());
            assert_near(l.center(), CENTRE, 1.0, &format!("{profile}: theme line {:?} centred", l.text()));
        }
        assert_eq!(p.title.theme_size_pt, p.title.subject_size_pt, "the theme at the subject's size");

        // The presenting line: italic, not bold, centred, in parentheses.
        let close = (open..lines.len()).find(|&i| lines[i].text().trim_end().ends_with(')')).expect("the closing parenthesis");
        let presented = &lines[open..=close];
        assert_eq!(presented.iter().map(|l| squash(&l.text())).collect::<Vec<_>>().join(" "), congress.presented);
        for l in presented {
            assert!(l.runs.iter().all(|r| r.italic && !r.bold && r.size == p.title.presented_size_pt), "{profile}: {:?}", l.text());
            assert_near(l.center(), CENTRE, 1.0, &format!("{profile}: presenting line {:?} centred", l.text()));
        }

        // The separator, centred, right under it.
        let sep = &lines[close + 1];
        assert_eq!(sep.text().trim(), "-----", "{profile}");
        assert_near(sep.center(), CENTRE, 1.0, "separator centred");
        assert_near(sep.y - lines[close].y, p.body.line_spacing_pt * 25.4 / 72.0, 0.05, "separator one line under");
    }
}

#[test]
fn verify_passes_in_both_rule_sets_and_fails_a_broken_theme() {
    for profile in [None, Some(PROFILES[0]), Some(PROFILES[1])] {
        let results = verify_source(&source(profile));
        assert_eq!(failures(&results), Vec::<String>::new(), "{profile:?}");
        let ttl5: Vec<&CheckResult> = results.iter().filter(|r| r.id == "P-TTL-5").collect();
        assert_eq!(ttl5.len(), 3, "theme, presenting line, separator");
        assert!(ttl5.iter().all(|r| r.passed && r.measurable), "{ttl5:?}");
        // The type name's rules do not apply: the theme replaces them.
        assert!(results.iter().all(|r| !["P-TTL-1", "P-TTL-2", "P-TTL-3"].contains(&r.id)), "{profile:?}");
    }
    // The theme at 16 pt, the presenting line at 12 pt: each fails P-TTL-5 with its line.
    for (override_, rule) in [("theme_size_pt = 16", "congress theme"), ("presented_size_pt = 12", "presenting line")] {
        let results = verify_source(&format!("{}\n[layout.title]\n{override_}\n", source(None)));
        let r = results.iter().find(|r| r.id == "P-TTL-5" && r.rule == rule).unwrap_or_else(|| panic!("no P-TTL-5 {rule}"));
        assert!(r.failed(), "{override_}: {r}");
        assert_eq!(failures(&results).len(), 1, "{override_}: only P-TTL-5 fails: {:?}", failures(&results));
    }
    // `render` warns at the override that broke it.
    let broken = format!("{}\n[layout.title]\ntheme_size_pt = 16\n", source(None));
    let prepared = prepare(&broken);
    let warnings = kehoach::verify::page_warnings(&prepared, &kehoach::typeset(&prepared).unwrap(), &broken);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!((warnings[0].id.as_deref(), warnings[0].field.as_deref()), (Some("P-TTL-5"), Some("layout.title")));
}

#[test]
fn check_refuses_a_congress_report_elsewhere_or_with_a_subject() {
    let errors = |source: &str| match kehoach::prepare("bad.toml", source) {
        Ok(_) => panic!("accepted:\n{source}"),
        Err(kehoach::Error::Invalid(d)) => d,
        Err(e) => panic!("{e}"),
    };
    let part = "[congress_report]\ntheme = \"Xây dựng Đảng bộ xã trong sạch, vững mạnh\"\npresented = \"Báo cáo của Ban Chấp hành Đảng bộ xã trình Đại hội\"\n";
    let plan = MINIMAL.replace("[issuer]", &format!("{part}[issuer]"));
    let d = errors(&plan);
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].message, "a Kế hoạch has no `congress_report`");
    assert_eq!(d[0].field.as_deref(), Some("congress_report"));
    assert!(d[0].line.is_some(), "located");

    // A Báo cáo with both: the subject is refused at its line, naming the fix.
    let report = source(None).replace("[congress_report]", "subject = \"kết quả nhiệm kỳ\"\n[congress_report]");
    let d = errors(&report);
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].field.as_deref(), Some("subject"));
    assert!(d[0].hint.as_deref().is_some_and(|h| h.contains("remove `subject`")), "{:?}", d[0].hint);

    // The presenting line names who presents it: "Báo cáo …".
    let d = errors(&source(None).replace("presented = \"Báo cáo của", "presented = \"Của"));
    assert_eq!(d[0].field.as_deref(), Some("congress_report.presented"), "{d:?}");
}
