//! Tone-mark placement: the old style (hoà, uỷ) and the new (hòa, ủy), both
//! correct. [`tone_styles`] finds the syllables whose placement differs
//! between the styles; `convert_tone_marks` rewrites them to one style.

use unicode_normalization::char::{compose, decompose_canonical, is_combining_mark};

/// Tone-mark placement styles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ToneStyle {
    /// hoà, khoá, uỷ, thuỷ
    Old,
    /// hòa, khóa, ủy, thủy
    New,
}

struct TonePair {
    start: usize,
    at: usize,
    end: usize,
    bases: (char, char),
    tone: char,
    style: ToneStyle,
}

/// The five tone marks: huyền, sắc, ngã, hỏi, nặng.
pub(crate) fn is_tone(c: char) -> bool {
    matches!(c, '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}')
}

/// Splits a precomposed vowel into (plain letter, tone mark); `None` if it has no tone or other marks.
fn split_tone(c: char) -> Option<(char, char)> {
    let (mut parts, mut n) = (['\0'; 2], 0);
    decompose_canonical(c, |d| {
        if let Some(p) = parts.get_mut(n) {
            *p = d;
        }
        n += 1;
    });
    (n == 2 && is_tone(parts[1])).then_some((parts[0], parts[1]))
}

fn tone_pairs(s: &str) -> Vec<TonePair> {
    let cs: Vec<(usize, char)> = s.char_indices().collect();
    let mut out = Vec::new();
    for k in 0..cs.len().saturating_sub(1) {
        let ((i1, c1), (i2, c2)) = (cs[k], cs[k + 1]);
        let (t1, t2) = (split_tone(c1), split_tone(c2));
        let (bases, tone, style) = match (t1, t2) {
            (Some((b, t)), None) => ((b, c2), t, ToneStyle::New),
            (None, Some((b, t))) => ((c1, b), t, ToneStyle::Old),
            _ => continue,
        };
        let pair = [bases.0.to_ascii_lowercase(), bases.1.to_ascii_lowercase()];
        if !matches!(pair, ['o', 'a'] | ['o', 'e'] | ['u', 'y']) {
            continue;
        }
        let letter = |c: char| c.is_alphabetic() || is_combining_mark(c);
        if cs.get(k + 2).is_some_and(|&(_, c)| letter(c)) {
            continue; // a final consonant or vowel follows: placement is fixed (hoạch, toán, khuya)
        }
        if let Some(&(_, p)) = k.checked_sub(1).and_then(|j| cs.get(j)) {
            let mut base = p;
            decompose_canonical(p, |d| if d.is_alphabetic() && base == p { base = d });
            let base = base.to_ascii_lowercase();
            if is_combining_mark(p) || "aeiouy".contains(base) || (pair[0] == 'u' && base == 'q') {
                continue; // not a syllable start, or "quý" where u belongs to the onset
            }
        }
        let start = cs[..k].iter().rev().take_while(|&&(_, c)| letter(c)).last().map_or(i1, |&(i, _)| i);
        out.push(TonePair { start, at: i1, end: i2 + c2.len_utf8(), bases, tone, style });
    }
    out
}

/// The tone-mark style of each syllable in `s` whose placement differs between the two styles
/// (syllables ending in "oa", "oe", "uy" with no final consonant: hoà/hòa, uỷ/ủy, khoẻ/khỏe;
/// not hoạch, huyết, toán, quý), with the byte offset of the syllable's first letter.
/// Expects NFC text: decomposed syllables are not recognised.
pub fn tone_styles(s: &str) -> Vec<(usize, ToneStyle)> {
    tone_pairs(s).into_iter().map(|p| (p.start, p.style)).collect()
}

/// Rewrites every such syllable to the given style, leaving everything else byte-for-byte
/// unchanged. The byte length is preserved except for uỳ/ùy and uỹ/ũy, where `ỳ`, `ỹ`
/// (U+1EF3, U+1EF9) take 3 bytes but `ù`, `ũ` (U+00F9, U+0169) only 2.
pub(crate) fn convert_tone_marks(s: &str, style: ToneStyle) -> String {
    let mut out = String::with_capacity(s.len());
    let mut last = 0;
    for p in tone_pairs(s).into_iter().filter(|p| p.style != style) {
        let (a, b) = p.bases;
        let new = match style {
            ToneStyle::New => compose(a, p.tone).map(|a| [a, b]),
            ToneStyle::Old => compose(b, p.tone).map(|b| [a, b]),
        };
        if let Some(chars) = new {
            out.push_str(&s[last..p.at]);
            out.extend(chars);
            last = p.end;
        }
    }
    out + &s[last..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tone_styles_of_syllables() {
        let s = "hoà khoá uỷ hòa ủy hoạch";
        let st = tone_styles(s);
        use ToneStyle::*;
        assert_eq!(st.iter().map(|x| x.1).collect::<Vec<_>>(), [Old, Old, Old, New, New]);
        assert_eq!(st[1].0, "hoà ".len());
        assert!(tone_styles("quý, huyết, toán, hoạch, khuya, hoa, ngoài, Hòa, THUỶ").len() == 2);
    }

    #[test]
    fn convert_round_trip() {
        use ToneStyle::*;
        for (old, new) in [
            ("Huyện uỷ Định Hoá", "Huyện ủy Định Hóa"),
            ("UỶ BAN", "ỦY BAN"),
            ("HOÀ", "HÒA"),
            ("khoẻ, hoạ, thuý, loè, Thuỵ; hoà.", "khỏe, họa, thúy, lòe, Thụy; hòa."),
        ] {
            assert_eq!(convert_tone_marks(old, New), new);
            assert_eq!(convert_tone_marks(new, Old), old);
            assert_eq!((convert_tone_marks(old, Old), convert_tone_marks(new, New)), (old.into(), new.into()));
            assert_eq!(old.len(), new.len());
        }
        let fixed = "quý hoạch huyết toán khuya ngoài, Nguyễn; hoa";
        assert_eq!((convert_tone_marks(fixed, New), convert_tone_marks(fixed, Old)), (fixed.into(), fixed.into()));
        // The one exception to equal byte length: ỳ/ỹ are 3 bytes, ù/ũ only 2.
        assert_eq!(convert_tone_marks("Thuỳ", New), "Thùy");
        assert_eq!(convert_tone_marks("Thùy", Old), "Thuỳ");
    }
}

/// A name as the checks compare it: lower case, in one tone-mark style
/// ("Đảng uỷ" and "Đảng ủy" both "đảng ủy").
pub fn folded(s: &str) -> String {
    convert_tone_marks(&s.to_lowercase(), ToneStyle::New)
}
