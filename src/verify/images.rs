//! P-SIG-4: the signature and seal images (HD 05 7.2.2, 8.2.2–8.2.3), when
//! the signer has them: the signature centred in the signature column and
//! between the position and the name; the seal at its diameter, over about
//! the left third of the signature, centred on it vertically.

use super::measure::*;
use super::*;
use crate::tr;

/// How much of the signature the seal may cover to be "about a third".
const SEAL_SHARE_PERCENT: Between = Between(25.0, 42.0);

impl Verifier<'_> {
    pub(super) fn sign_images(&mut self) {
        let signer = &self.prepared.context.signer;
        let (wants_signature, wants_seal) = (signer.signature_image.is_some(), signer.seal_image.is_some());
        if !wants_signature && !wants_seal {
            return;
        }
        let rule = "signature and seal images";
        let expected = tr!(
            "v-img-expected",
            tolerance = mm(self.spec.centre_tolerance_mm),
            diameter = mm(super::blocks::seal_diameter(self.prepared)),
            share = SEAL_SHARE_PERCENT
        );
        let Some(space) = super::blocks::sign_space(self.prepared, self.layout) else {
            return self.missing("P-SIG-4", rule, expected);
        };
        let images: Vec<&crate::inspect::ImageBox> = self.layout.images.iter().filter(|i| i.page == space.page).collect();
        let signature = if wants_signature { images.first().copied() } else { None };
        let seal = if wants_seal { images.last().copied() } else { None };
        let mut problems: Vec<String> = Vec::new();
        let mut found = Vec::new();
        let tol = self.spec.centre_tolerance_mm;
        if let Some(s) = signature {
            let (dx, dy) = (s.x + s.width / 2.0 - space.centre_x, s.y + s.height / 2.0 - (space.top + space.bottom) / 2.0);
            found.push(tr!("v-img-signature", width = mm(s.width), height = mm(s.height), across = mm(dx), down = mm(dy)));
            if dx.abs() > tol || dy.abs() > tol {
                problems.push(tr!("v-img-not-centred"));
            }
        } else if wants_signature {
            problems.push(tr!("v-img-no-signature"));
        }
        if let Some(d) = seal {
            let diameter = super::blocks::seal_diameter(self.prepared);
            found.push(tr!("v-img-seal", width = mm(d.width), height = mm(d.height)));
            if !near(d.width, diameter, 0.5) || !near(d.height, diameter, 0.5) {
                problems.push(tr!("v-img-seal-size"));
            }
            if let Some(s) = signature {
                let share = (d.x + d.width - s.x) / s.width.max(0.01);
                found.push(tr!("v-img-covering", percent = (share * 100.0).round()));
                if !SEAL_SHARE_PERCENT.contains(share * 100.0) || d.x > s.x {
                    problems.push(tr!("v-img-seal-share"));
                }
            }
            if !near(d.y + d.height / 2.0, (space.top + space.bottom) / 2.0, tol) {
                problems.push(tr!("v-img-seal-level"));
            }
        } else if wants_seal {
            problems.push(tr!("v-img-no-seal"));
        }
        let actual = if problems.is_empty() { found.join(", ") } else { format!("{}: {}", problems.join("; "), found.join(", ")) };
        self.push("P-SIG-4", rule, expected, actual, problems.is_empty());
    }
}
