//! P-APX-1: an appendix's heading (HD 05 II.1): on a page of its own, "Phụ
//! lục" and its number — a number only from two appendices (II.1.1) — on a
//! line of its own centred on the text area, its title under it, and under
//! the title the line that ties it to the document: its number and code,
//! date and issuing body (II.1.2).

use super::measure::*;
use super::*;
use crate::vietnamese::tone_marks::folded;

impl Verifier<'_> {
    /// P-APX-1 for every appendix of the document.
    pub(super) fn appendix_headings(&mut self) {
        let appendices = self.prepared.context.appendices.clone();
        let count = appendices.len();
        let document = &self.prepared.document;
        let number = self.prepared.context.header.number.trim_start_matches("Số ").trim().to_owned();
        let date = document.date.is_complete().then(|| document.date.short_form());
        let issuer = document.issuer.name.as_str().trim().to_owned();
        for (i, a) in appendices.iter().enumerate() {
            // The label the data gives ("PHỤ LỤC" as an office types it) is
            // held to as written; otherwise the rule set's.
            let given = document.appendices.get(i).and_then(|d| d.label.as_ref()).map(|l| l.as_str().trim().to_owned()).filter(|l| !l.is_empty());
            let label = match given {
                Some(given) => given,
                // The rule set's label (its own profile's, not the plan's `[layout]`).
                None => crate::context::parts::appendix_label(i, count, self.rules.appendix.number_alone),
            };
            let expected = crate::tr!("verify-appendix-expected", label = format!("{label:?}"));
            let Some(&page) = self.appendix_starts.get(i) else {
                self.push("P-APX-1", crate::tr!("verify-appendix-rule", label = label.clone()), expected, crate::tr!("verify-appendix-no-page", printed = format!("{:?}", a.label)), false);
                continue;
            };
            let all = lines_of(self.content.iter().filter(|r| r.page == page));
            // Under the header an appendix may repeat (`header = true`), the label opens the heading.
            let from = if a.header.is_some() { all.iter().position(|l| squash(&l.text()) == squash(&a.label)).unwrap_or(0) } else { 0 };
            let lines = &all[from..];
            let centre = (self.left + self.page_width(page) - self.p.page.margin_right_mm) / 2.0;
            let tol = self.spec.centre_tolerance_mm;
            let mut problems = Vec::new();
            let head = &lines[0];
            if squash(&head.text()) != squash(&label) {
                problems.push(crate::tr!("verify-appendix-label", printed = format!("{:?}", head.text().trim())));
            }
            let title = find_seq(lines, 1, &a.title);
            let attached = find_seq(lines, 1, &a.attached_to);
            match (&title, &attached) {
                (Some(t), Some(k)) if t.start == 1 && k.start >= t.end => {
                    let off = std::iter::once(head).chain(&lines[t.clone()]).chain(&lines[k.clone()]).map(|l| (l.center() - centre).abs()).fold(0.0, f64::max);
                    if off > tol {
                        problems.push(crate::tr!("verify-appendix-off-centre", offset = mm(off)));
                    }
                }
                _ => problems.push(crate::tr!("verify-appendix-order")),
            }
            // Compared in one tone-mark style: the page may print the
            // issuer's name unified (`[layout.spelling] tone_marks`).
            let attached = folded(&a.attached_to);
            let ties = attached.contains(&folded(&number))
                && date.as_ref().is_none_or(|d| attached.contains(d.as_str()))
                && attached.contains(&folded(&issuer));
            if !ties {
                problems.push(crate::tr!("verify-appendix-attached", printed = format!("{:?}", a.attached_to)));
            }
            let actual = if problems.is_empty() { crate::tr!("verify-appendix-actual", page = page) } else { problems.join("; ") };
            self.push("P-APX-1", crate::tr!("verify-appendix-rule", label = label), expected, actual, problems.is_empty());
        }
    }
}
