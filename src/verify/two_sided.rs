//! Two-sided printing (HD 05 IV.4.2): a back page mirrors the margins — left
//! 15, right 30 mm — so that the wide margin is always at the binding.
//!
//! Every rule of the page is stated for a front page. A two-sided document's
//! back pages are moved, for the checks, by the difference of the two
//! margins, so that each rule measures them as it measures a front page: a
//! back page laid out with the front page's margins then shows as text
//! outside the margins (P-PAGE-2 names the page).

use crate::inspect::Layout;
use crate::profile::Page;

/// Whether a physical page (1-based) is a back page of a two-sided document.
pub(crate) fn is_back_page(page: &Page, physical: usize) -> bool {
    page.two_sided && physical % 2 == 0
}

/// The layout with every back page moved to the front page's text area.
pub(crate) fn as_front_pages(layout: &Layout, page: &Page) -> Layout {
    let shift = page.margin_left_mm - page.margin_right_mm;
    let mut front = layout.clone();
    let back = |p: usize| is_back_page(page, p);
    front.texts.iter_mut().filter(|r| back(r.page)).for_each(|r| r.x += shift);
    front.rules.iter_mut().filter(|r| back(r.page)).for_each(|r| r.x += shift);
    front.frames.iter_mut().filter(|f| back(f.page)).for_each(|f| f.x += shift);
    front.images.iter_mut().filter(|i| back(i.page)).for_each(|i| i.x += shift);
    front
}
