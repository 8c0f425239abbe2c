//! `[check] allow = ["mixed-tone-marks", "P-BODY-1"]`: the warnings a
//! document means to keep, silenced by their stable ids.
//!
//! An entry may name a diagnostic id ([`super::ids`]) or a page
//! rule of `verify` ([`crate::verify::RULE_IDS`]). Warnings found before
//! typesetting are silenced here; the page rules, which only a render
//! measures, are silenced by [`crate::verify::page_warnings`]. An entry that
//! is not an id at all, or a text-check id that silences nothing, is itself a
//! warning (`unused-allow`), so that a stale allow does not hide a future
//! problem unnoticed. Errors cannot be allowed.

use super::form_rules::Checker;
use super::ids;
use crate::model::CheckSettings;

/// Whether an id names a page rule of `verify` (measured only after layout).
pub fn is_page_rule(id: &str) -> bool {
    ids::PAGE_RULES.contains(&id)
}

/// Drops the warnings the document allows and reports allows that silence
/// nothing; returns the allowed ids, for the page checks after layout.
pub fn apply(checker: &mut Checker, settings: Option<&CheckSettings>) -> Vec<String> {
    let Some(settings) = settings else { return Vec::new() };
    let allowed: Vec<String> = settings.allow.iter().map(|a| a.as_str().trim().to_owned()).collect();
    let mut silenced = |id: &str| {
        let before = checker.diagnostics.len();
        checker.diagnostics.retain(|d| d.is_error() || d.id.as_deref() != Some(id));
        before - checker.diagnostics.len()
    };
    let mut unused = Vec::new();
    for (i, id) in allowed.iter().enumerate() {
        let count = silenced(id);
        if count == 0 && !is_page_rule(id) {
            unused.push((i, id.clone()));
        }
    }
    for (i, id) in unused {
        let field = format!("check.allow[{i}]");
        if ids::ALL.contains(&id.as_str()) {
            checker.warning(ids::UNUSED_ALLOW, &field, crate::tr!("unused-allow", id = id), Some(crate::tr!("hint-unused-allow")));
        } else {
            let hint = match closest(&id) {
                Some(near) => crate::tr!("hint-allow-did-you-mean", near = near),
                None => crate::tr!("hint-allow-ids"),
            };
            checker.warning(ids::UNUSED_ALLOW, &field, crate::tr!("unknown-allow", id = id), Some(hint));
        }
    }
    allowed
}

/// The known id nearest to a misspelt one: at most two edits away.
fn closest(id: &str) -> Option<&'static str> {
    let id = id.to_lowercase();
    ids::ALL
        .iter()
        .chain(ids::PAGE_RULES)
        .copied()
        .map(|known| (strsim::levenshtein(&id, &known.to_lowercase()), known))
        .filter(|(d, _)| *d <= 2)
        .min_by_key(|(d, _)| *d)
        .map(|(_, known)| known)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_misspelt_id_finds_its_neighbour() {
        assert_eq!(closest("mixed-tone-mark"), Some("mixed-tone-marks"));
        assert_eq!(closest("p-body-1"), Some("P-BODY-1"));
        assert_eq!(closest("something-else-entirely"), None);
        assert!(ids::ALL.iter().all(|id| ids::is_kebab(id)), "ids are kebab-case");
    }
}
