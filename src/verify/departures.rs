//! Where kehoach departs from HD 05's words on purpose, `verify` says so by
//! rule id with the reason (status DEPARTURE), instead of passing silently.
//!
//! - The typeface (P-FONT-1): see `typeface.rs`.
//! - A5 papers (IV.3 lets administrative papers — Giấy mời, Giấy giới thiệu —
//!   be A5 but gives them no sizes or margins of their own): Phụ lục 2's
//!   14 pt header leaves a long place's date line no room beside the names
//!   on a 118 mm text width, so the A5 profile sets the header's names,
//!   number and date smaller, and its margins are A4's scaled to the sheet.
//!   The page is measured at the profile's values (the rule holds as laid
//!   out), and the result names the departure.

use super::*;

/// The header results that measure a size (the others — lines, columns, the
/// row of number and date — hold at any size).
const SIZED: [&str; 4] = ["superior body", "issuing body", "number", "place and date"];

impl Verifier<'_> {
    /// Marks the results an A5 paper keeps only by the profile's own values.
    pub(super) fn a5_departures(&mut self) {
        if self.spec.paper != "A5" {
            return;
        }
        let h = &self.rules.header;
        let sizes = [h.superior_size_pt, h.issuer_size_pt, h.number_size_pt, h.date_size_pt];
        let smaller = sizes.iter().any(|s| (s - 14.0).abs() > 1e-6);
        let pg = &self.rules.page;
        let margins = format!(
            "{}/{}/{}/{} mm",
            measure::num(pg.margin_top_mm),
            measure::num(pg.margin_bottom_mm),
            measure::num(pg.margin_left_mm),
            measure::num(pg.margin_right_mm)
        );
        for r in self.out.iter_mut().filter(|r| r.measurable && r.passed) {
            let why = match r.id {
                "P-HDR-3" | "P-HDR-5" | "P-HDR-6" if smaller && SIZED.contains(&r.rule.as_str()) => {
                    crate::tr!("v-a5-header-sizes", size = measure::num(h.issuer_size_pt))
                }
                "P-PAGE-2" => crate::tr!("v-a5-margins", margins = margins),
                _ => continue,
            };
            r.departure = Some(why);
        }
    }
}
