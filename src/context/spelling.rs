//! Tone-mark spelling of the printed wording: when the profile says
//! `[spelling] tone_marks = "old"` or `"new"`, every string of the context is
//! rewritten to that style (hoà/hòa, uỷ/ủy) — the header, the body, the
//! signature block, the metadata alike — so that the page, `kehoach verify`
//! and every other output read the same words. With `"keep"` (the default)
//! nothing changes: both styles are correct, and the text prints as typed.
//!
//! [`Wording`] visits every string of a context value; a new field of the
//! context is added to its type's `each_string`, and the test
//! `every_string_of_every_example_is_unified` (tests/kinds.rs) fails for a
//! field that is forgotten.

use super::columns::HeaderLayout;
use super::parts::{AppendixCtx, MarksCtx};
use super::tables::{CellCtx, TableCtx};
use super::forms::MinutesCtx;
use super::copy::CopyCtx;
use super::rules::DivisionCtx;
use super::rich::Rich;
use super::{Block, CongressCtx, ConfirmationCtx, DocContext, HeaderCtx, Meta, Node, RecipientsCtx, SignerCtx};
use crate::profile::ToneMarks;
use crate::vietnamese::tone_marks::{convert_tone_marks, ToneStyle};

/// Rewrites every string of the context to the profile's tone-mark style.
pub fn unify(context: &mut DocContext, setting: ToneMarks) {
    let style = match setting {
        ToneMarks::Keep => return,
        ToneMarks::Old => ToneStyle::Old,
        ToneMarks::New => ToneStyle::New,
    };
    context.each_string(&mut |s: &mut String| {
        let converted = convert_tone_marks(s, style);
        if converted != *s {
            *s = converted;
        }
    });
}

/// A part of the context whose printed strings can be visited.
pub trait Wording {
    /// Calls `f` on every string that is printed.
    fn each_string(&mut self, f: &mut dyn FnMut(&mut String));
}

impl Wording for String {
    fn each_string(&mut self, f: &mut dyn FnMut(&mut String)) {
        f(self)
    }
}

impl<T: Wording> Wording for Option<T> {
    fn each_string(&mut self, f: &mut dyn FnMut(&mut String)) {
        if let Some(v) = self {
            v.each_string(f)
        }
    }
}

impl<T: Wording> Wording for Vec<T> {
    fn each_string(&mut self, f: &mut dyn FnMut(&mut String)) {
        for v in self {
            v.each_string(f)
        }
    }
}

impl Wording for Rich {
    fn each_string(&mut self, f: &mut dyn FnMut(&mut String)) {
        for run in &mut self.0 {
            f(&mut run.text)
        }
    }
}

/// `impl Wording` for a struct: the listed fields are its printed strings.
macro_rules! wording {
    ($ty:ty: $($field:ident),+) => {
        impl Wording for $ty {
            fn each_string(&mut self, f: &mut dyn FnMut(&mut String)) {
                $(self.$field.each_string(f);)+
            }
        }
    };
}

wording!(DocContext: type_name, header, subject, congress, to, author, kinh_trinh, minutes, basis, enacting, articles, issued_with, divisions, sections, signer, co_signers, confirmation, recipients, appendices, copy, blocks, meta);
wording!(HeaderCtx: party_title, superior, issuer, layout, number, date, subject, marks);
// The names' lines: the same letters whichever the style, so the breaks stand.
wording!(HeaderLayout: superior_lines, issuer_lines);
wording!(MarksCtx: boxes, draft, circulation);
wording!(SignerCtx: authority, position, concurrent_position, concurrently, name);
wording!(CongressCtx: theme, presented);
wording!(ConfirmationCtx: label, lead_in, whose, signer);
wording!(MinutesCtx: recorder_caption, recorder_name, confirmation);
wording!(DivisionCtx: label, title, articles, divisions);
wording!(CopyCtx: title, lines, signer);
wording!(RecipientsCtx: label, lines);
wording!(Meta: title, author);
wording!(Node: label, title, blocks, children);
wording!(Block: runs, table);
wording!(TableCtx: title, headers, head, body, note);
wording!(CellCtx: text);
wording!(AppendixCtx: label, title, subtitle, attached_to, blocks, sections, signatures);
