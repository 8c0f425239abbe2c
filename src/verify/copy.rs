//! P-BS-1, P-BS-2: a copy (bản sao, HD 05 III.2, Phụ lục 3) on the page — the
//! rule across the text area after the closing block, the stamp "BẢN SAO VĂN
//! BẢN" under it on the left, and the copier's signature on the right.

use super::blocks::{locate_copy, Who};
use super::closing::quoted;
use super::measure::*;
use super::*;
use crate::tr;

impl Verifier<'_> {
    pub(super) fn copy(&mut self) {
        let Some(copy) = self.prepared.context.copy.clone() else { return };
        let Some(placed) = locate_copy(self.prepared, self.layout) else {
            self.missing("P-BS-1", "copy stamp", tr!("v-bs-missing", text = quoted(&copy.title)));
            return;
        };
        let cp = self.rules.copy.clone();
        let tol = self.spec.margin_tolerance_mm;
        let page = placed.title.page;
        let title_top = top(&placed.title.runs[0]);
        // The stamp: the frame around the title, 80 × 50 mm, at the left margin.
        let frame = self
            .layout
            .frames
            .iter()
            .filter(|f| f.page == page && f.y <= title_top && f.y + f.height > title_top && f.x <= placed.title.left() && f.x + f.width >= placed.title.right())
            .min_by(|a, b| (a.width * a.height).total_cmp(&(b.width * b.height)))
            .cloned();
        // The rule above it, across the text area.
        let rule = self
            .layout
            .rules
            .iter()
            .filter(|r| r.page == page && r.dy.abs() < 0.01 && frame.as_ref().is_none_or(|f| r.y < f.y))
            .filter(|r| (r.x.min(r.x + r.dx) - self.left).abs() <= tol && (r.x.max(r.x + r.dx) - self.right).abs() <= tol)
            .max_by(|a, b| a.y.total_cmp(&b.y))
            .cloned();
        let style = Style::of(runs_of(std::slice::from_ref(&placed.title)));
        let lines_inside = frame.as_ref().is_some_and(|f| {
            let inside = lines_of(self.layout.texts.iter().filter(|r| {
                r.page == page && r.x >= f.x - 0.1 && r.right() <= f.x + f.width + 0.1 && r.y > f.y && r.y < f.y + f.height
            }));
            copy.lines.iter().all(|l| find_seq(&inside, 0, l).is_some())
        });
        let mut problems = Vec::new();
        match &rule {
            Some(_) => {}
            None => problems.push(tr!("v-bs-no-rule")),
        }
        match &frame {
            Some(f) => {
                if (f.width - cp.stamp_width_mm).abs() > 0.5 || (f.height - cp.stamp_height_mm).abs() > 0.5 {
                    problems.push(tr!("v-bs-stamp-size", width = mm(f.width), height = mm(f.height)));
                }
                if (f.x - self.left).abs() > tol {
                    problems.push(tr!("v-bs-stamp-left", distance = mm(f.x - self.left)));
                }
                if !lines_inside {
                    problems.push(tr!("v-bs-lines-outside"));
                }
            }
            None => problems.push(tr!("v-bs-no-frame")),
        }
        if !(style.size_is(cp.title_size_pt) && style.bold == Some(true) && style.italic == Some(false) && is_caps(&copy.title)) {
            problems.push(format!("\"BẢN SAO VĂN BẢN\": {style}"));
        }
        if let Some(closing) = self.closing_top {
            if page < closing.0 {
                problems.push(tr!("v-bs-before-closing"));
            }
        }
        self.push(
            "P-BS-1",
            "copy stamp",
            tr!("v-bs-expected", width = cp.stamp_width_mm, height = cp.stamp_height_mm, size = pt(cp.title_size_pt)),
            if problems.is_empty() {
                let f = frame.as_ref().map(|f| format!("{} × {}", mm(f.width), mm(f.height))).unwrap_or_default();
                tr!("v-bs-actual", size = f, page = page)
            } else {
                problems.join("; ")
            },
            problems.is_empty(),
        );
        // P-BS-2: the copier signs on the right (HD 05 III.2.2.2), as any signature (P-SIG-1..3).
        match &placed.copier {
            Some(b) => {
                let level = b.first_line().map(|l| top(&l.runs[0]) >= rule.as_ref().map_or(0.0, |r| r.y));
                self.push(
                    "P-BS-2",
                    "copier's signature",
                    tr!("v-bs-copier-expected"),
                    tr!("v-bs-copier-actual", who = Who::Copier.describe(), page = page),
                    level == Some(true),
                );
                self.signature_block(&b.clone());
            }
            None => self.missing(
                "P-BS-2",
                "copier's signature",
                tr!(
                    "v-bs-copier-missing",
                    authority = format!("{:?}", copy.signer.authority),
                    position = quoted(&copy.signer.position),
                    name = quoted(&copy.signer.name)
                ),
            ),
        }
    }
}
