//! Units of WordprocessingML, converted from the profile's millimetres and
//! points: twips (1/20 pt) for lengths and spacing, half-points for font
//! sizes, eighths of a point for borders. The DOCX templates reach them as
//! the filters `mm`, `pt`, `half` and `eighths`, so every number written into
//! a part comes from the profile; the filter `width` measures text with the
//! embedded fonts ([`super::metrics`], which needs no unit of its own).

use super::metrics;

/// Twips in one millimetre (1 inch = 25.4 mm = 1440 twips).
const TWIPS_PER_MM: f64 = 1440.0 / 25.4;

/// Millimetres to twips, rounded.
pub fn mm_to_twips(mm: f64) -> i64 {
    (mm * TWIPS_PER_MM).round() as i64
}

/// Points to twips, rounded.
pub fn pt_to_twips(pt: f64) -> i64 {
    (pt * 20.0).round() as i64
}

/// Points to half-points (`w:sz` of a run), rounded.
pub fn pt_to_half_points(pt: f64) -> i64 {
    (pt * 2.0).round() as i64
}

/// Points to eighths of a point (`w:sz` of a border), within the 2–96 Word accepts.
pub fn pt_to_eighths(pt: f64) -> i64 {
    ((pt * 8.0).round() as i64).clamp(2, 96)
}

/// Millimetres to points.
pub fn mm_to_pt(mm: f64) -> f64 {
    mm * 72.0 / 25.4
}

/// Points to millimetres (the tests measure with it).
#[cfg(test)]
pub fn pt_to_mm(pt: f64) -> f64 {
    pt * 25.4 / 72.0
}

/// Registers the unit filters on a template environment.
pub fn add_filters(env: &mut minijinja::Environment<'_>) {
    env.add_filter("mm", |v: f64| mm_to_twips(v));
    env.add_filter("pt", |v: f64| pt_to_twips(v));
    env.add_filter("half", |v: f64| pt_to_half_points(v));
    env.add_filter("eighths", |v: f64| pt_to_eighths(v));
    env.add_filter("shares", |fractions: Vec<f64>, total: i64| shares(&fractions, total));
    env.add_filter("split", |total: i64, n: usize| shares(&vec![1.0; n], total));
    env.add_filter("width", |v: minijinja::Value, size_pt: f64| value_width_twips(&v, size_pt));
}

/// The width, in twips, of a value of the template context printed at
/// `size_pt`: a plain string, or styled runs (`[{text, b, i}, …]`) each in
/// its own weight and style. The DOCX templates call it as the filter `width`.
pub fn value_width_twips(value: &minijinja::Value, size_pt: f64) -> i64 {
    let flag = |run: &minijinja::Value, key: &str| run.get_attr(key).is_ok_and(|v| v.is_true());
    let pt = match value.as_str() {
        Some(text) => metrics::styled_width_pt(text, size_pt, false, false),
        None => value
            .try_iter()
            .map(|runs| {
                runs.map(|run| {
                    let text = run.get_attr("text").ok().map(|t| t.to_string()).unwrap_or_default();
                    metrics::styled_width_pt(&text, size_pt, flag(&run, "b"), flag(&run, "i"))
                })
                .sum()
            })
            .unwrap_or(0.0),
    };
    pt_to_twips(pt)
}

/// Splits `total` twips in proportion to `fractions`, in whole twips that add
/// up to `total` exactly (the last share takes the rounding).
pub fn shares(fractions: &[f64], total: i64) -> Vec<i64> {
    let sum: f64 = fractions.iter().sum();
    if fractions.is_empty() || sum <= 0.0 {
        return vec![0; fractions.len()];
    }
    let mut out: Vec<i64> = fractions.iter().map(|f| (total as f64 * f / sum).round() as i64).collect();
    let given: i64 = out.iter().sum();
    if let Some(last) = out.last_mut() {
        *last += total - given;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a4_and_party_margins_in_twips() {
        assert_eq!(mm_to_twips(210.0), 11906);
        assert_eq!(mm_to_twips(297.0), 16838);
        assert_eq!(mm_to_twips(30.0), 1701);
        assert_eq!(mm_to_twips(20.0), 1134);
        assert_eq!(mm_to_twips(15.0), 850);
        assert_eq!(mm_to_twips(10.0), 567);
        assert_eq!(pt_to_twips(18.0), 360);
        assert_eq!(pt_to_half_points(14.0), 28);
        assert_eq!(pt_to_eighths(0.6), 5);
        assert_eq!(pt_to_eighths(0.0), 2);
        assert_eq!(shares(&[3.0, 1.0, 1.0], 9355), vec![5613, 1871, 1871]);
        assert_eq!(shares(&[1.0, 1.0, 1.0], 100).iter().sum::<i64>(), 100);
    }

    #[test]
    fn the_party_title_is_about_73_mm_in_15_pt_bold() {
        let mm = pt_to_mm(metrics::text_width_pt("ĐẢNG CỘNG SẢN VIỆT NAM", 15.0, true));
        assert!((mm - 72.7).abs() < 0.3, "{mm}");
        assert!(metrics::text_width_pt("ĐẢNG", 15.0, false) < metrics::text_width_pt("ĐẢNG", 15.0, true));
        assert!((0.15..0.3).contains(&metrics::descent_em()), "{}", metrics::descent_em());
    }
}
