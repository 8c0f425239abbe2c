//! Where a Vietnamese line may break, said in the text itself: the spaces a
//! break must not take become non-breaking spaces (U+00A0), and a word joiner
//! (U+2060) follows a "-" or "/" inside a number, so that typst, Word and
//! LibreOffice all keep the same words together.
//!
//! Two strengths:
//!
//! * [`bind_numbers`], for justified body text: a document number
//!   ("11-KH/ĐU", "số 11-KH/ĐU"), a date ("ngày 01 tháng 4 năm 2026",
//!   "01/4/2026", "tháng 4 năm 2026") and a year range ("2025 - 2030",
//!   "2025-2030") never break;
//! * [`bind_words`], for every line that is not justified (type name,
//!   subject, signature blocks, "Kính gửi", captions): also a word of several
//!   syllables from the embedded word list (`templates/words/vi-words.txt`:
//!   "đảng viên", "cán bộ") and a proper name — two to four capitalised words
//!   as typed ("Công Hải", "Đông Văn Chung", "Bà Rịa - Vũng Tàu").
//!
//! The binding is printing, not data: [`plain`] gives the text back with
//! ordinary spaces and hyphens, for every output that compares or stores
//! words (the printed text, metadata, `verify`'s reading of the page).

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::LazyLock;

/// A space no line may break at.
pub const NBSP: char = '\u{a0}';
/// A zero-width character no line may break beside.
pub const WORD_JOINER: char = '\u{2060}';
/// The non-breaking hyphen, read back as "-".
const NB_HYPHEN: char = '\u{2011}';

/// The words a number follows and stays with ("số 11-KH/ĐU", "ngày 01", "Điều 5"), lower case.
pub(crate) const BEFORE_A_NUMBER: &[&str] = &["số", "ngày", "tháng", "năm", "điều", "khoản"];

/// A proper name longer than this many words is several names: none of it is bound.
const MAX_NAME_WORDS: usize = 4;

/// The words of the list, syllables joined by one space, lower case.
static WORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    crate::assets::VI_WORDS
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| crate::vietnamese::nfc(&l.to_lowercase()))
        .collect()
});

/// The first syllables of the list's words.
static FIRST_SYLLABLES: LazyLock<HashSet<String>> =
    LazyLock::new(|| WORDS.iter().filter_map(|w| w.split(' ').next()).map(str::to_owned).collect());

/// Longest word of the list, in syllables.
const MAX_SYLLABLES: usize = 3;

/// The text with ordinary spaces and hyphens: what [`bind_numbers`] and
/// [`bind_words`] changed, undone.
pub fn plain(text: &str) -> Cow<'_, str> {
    if !text.contains([NBSP, WORD_JOINER, NB_HYPHEN]) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .filter(|c| *c != WORD_JOINER)
            .map(|c| match c {
                NBSP => ' ',
                NB_HYPHEN => '-',
                c => c,
            })
            .collect(),
    )
}

/// Binds the numbers, dates and year ranges of justified body text.
pub fn bind_numbers(text: &str) -> String {
    bind(text, false)
}

/// Binds numbers, dates, year ranges, the list's words and proper names: for
/// a line that is not justified.
pub fn bind_words(text: &str) -> String {
    bind(text, true)
}

/// Binds every space of a text that must stay on one line (a person's name).
pub fn bind_all(text: &str) -> String {
    join_number_marks(&text.replace(' ', "\u{a0}"))
}

/// The text with its forbidden breaks bound (`words`: the list's words and
/// proper names too).
fn bind(text: &str, words: bool) -> String {
    // Numbers, dates and ranges all hold a digit: body text without one is left as it is.
    let digits = text.bytes().any(|b| b.is_ascii_digit());
    if (!text.contains(' ') && !text.contains(['-', '/'])) || (!words && !digits) {
        return text.to_owned();
    }
    let tokens: Vec<&str> = text.split(' ').collect();
    let mut glue = if digits { number_glue(&tokens) } else { vec![false; tokens.len().saturating_sub(1)] };
    if words {
        // Each word's letters in lower case, once (the list's words compare them many times).
        let cores: Vec<String> = tokens.iter().map(|t| core(t)).collect();
        for (g, (w, name)) in glue.iter_mut().zip(word_glue(&tokens, &cores).into_iter().zip(name_glue(&tokens))) {
            *g |= w || name;
        }
    }
    let mut out = String::with_capacity(text.len() + 8);
    for (i, token) in tokens.iter().enumerate() {
        if i > 0 {
            push_gap(&mut out, tokens[i - 1], glue[i - 1]);
        }
        if is_number(token) {
            out.push_str(&join_number_marks(token));
        } else {
            out.push_str(token);
        }
    }
    out
}

/// Binds the space between two runs of styled text ("trước ngày " and a bold
/// "15/12/2024"): whether the space ending `before` (or starting `after`)
/// must not break.
pub fn binds_across(before: &str, after: &str) -> bool {
    let tokens: Vec<&str> = before.split(' ').chain(after.split(' ')).filter(|t| !t.is_empty()).collect();
    let n_before = before.split(' ').filter(|t| !t.is_empty()).count();
    n_before > 0 && n_before < tokens.len() && number_glue(&tokens)[n_before - 1]
}

/// The words joined by non-breaking spaces: one line that nothing breaks.
pub fn join_bound(words: &[&str]) -> String {
    let mut out = String::new();
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            push_gap(&mut out, words[i - 1], true);
        }
        out.push_str(w);
    }
    out
}

/// A space after `before`, bound or not. A bound space after a dash gets a
/// word joiner first: Unicode lets a line break between a hyphen and a
/// non-breaking space (UAX #14, LB12a), never beside a word joiner.
fn push_gap(out: &mut String, before: &str, bound: bool) {
    if bound && before.ends_with(['-', '–']) {
        out.push(WORD_JOINER);
    }
    out.push(if bound { NBSP } else { ' ' });
}

/// A word joiner after each "-" and "/" that a character follows.
fn join_number_marks(token: &str) -> String {
    let mut out = String::with_capacity(token.len() + 6);
    let mut chars = token.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        if matches!(c, '-' | '/') && chars.peek().is_some_and(|n| *n != WORD_JOINER && !n.is_whitespace()) {
            out.push(WORD_JOINER);
        }
    }
    out
}

/// A number, a code or a date written as one word: a digit and a "-" or "/"
/// ("11-KH/ĐU", "01/4/2026", "2025-2030").
fn is_number(token: &str) -> bool {
    token.chars().any(|c| c.is_ascii_digit()) && token.contains(['-', '/'])
}

/// The letters and digits of a word, lower case, punctuation around it dropped.
fn core(token: &str) -> String {
    token.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()
}

/// Whether a word ends with punctuation (a comma, a colon …): a break after
/// it is a clause's, never bound.
fn ends_clause(token: &str) -> bool {
    token.chars().last().is_some_and(|c| matches!(c, ',' | ';' | ':' | '.' | ')' | '!' | '?'))
}

/// Whether a word starts with a digit (after an opening quote or bracket).
pub(crate) fn starts_with_digit(token: &str) -> bool {
    token.trim_start_matches(|c: char| !c.is_alphanumeric()).starts_with(|c: char| c.is_ascii_digit())
}

/// A year written alone ("2025").
pub(crate) fn is_year(token: &str) -> bool {
    let t = token.trim_matches(|c: char| !c.is_alphanumeric());
    t.len() == 4 && t.chars().all(|c| c.is_ascii_digit())
}

/// The gaps inside numbers, dates and year ranges.
fn number_glue(tokens: &[&str]) -> Vec<bool> {
    let n = tokens.len().saturating_sub(1);
    let mut glue = vec![false; n];
    for i in 0..n {
        let (a, b) = (tokens[i], tokens[i + 1]);
        if ends_clause(a) {
            continue;
        }
        // "số 11-KH/ĐU", "ngày 01", "tháng 4", "năm 2026", "Điều 5" (the word
        // lower-cased only beside a number).
        let before_number = starts_with_digit(b) && BEFORE_A_NUMBER.contains(&core(a).as_str());
        // "01 tháng", "4 năm".
        let number_before =
            starts_with_digit(a) && a.chars().all(|c| c.is_ascii_digit()) && matches!(core(b).as_str(), "tháng" | "năm");
        // "2025 - 2030": both sides of the dash.
        let range = is_year(a) && matches!(b, "-" | "–") && tokens.get(i + 2).is_some_and(|c| is_year(c));
        if before_number || number_before {
            glue[i] = true;
        }
        if range {
            glue[i] = true;
            glue[i + 1] = true;
        }
    }
    glue
}

/// The gaps inside the list's words ("đảng viên", "phó bí thư").
fn word_glue(tokens: &[&str], cores: &[String]) -> Vec<bool> {
    let n = tokens.len().saturating_sub(1);
    let mut glue = vec![false; n];
    let mut i = 0;
    while i < tokens.len() {
        // Only a word's first syllable can open one of the list's words.
        let opens = FIRST_SYLLABLES.contains(cores[i].as_str());
        let found = (2..=MAX_SYLLABLES).rev().filter(|_| opens).find(|&k| {
            i + k <= tokens.len()
                && !tokens[i..i + k - 1].iter().any(|t| ends_clause(t))
                && WORDS.contains(&cores[i..i + k].join(" "))
        });
        match found {
            Some(k) => {
                glue[i..i + k - 1].iter_mut().for_each(|g| *g = true);
                i += k - 1;
            }
            None => i += 1,
        }
    }
    glue
}

/// Whether a word is capitalised as a name's is: a capital, then lower case.
fn capitalised(token: &str) -> bool {
    let t = token.trim_start_matches(|c: char| !c.is_alphanumeric());
    t.chars().next().is_some_and(char::is_uppercase) && t.chars().any(char::is_lowercase)
}

/// The gaps inside proper names: runs of two to [`MAX_NAME_WORDS`]
/// capitalised words, a " - " between two of them included ("Bà Rịa - Vũng Tàu").
fn name_glue(tokens: &[&str]) -> Vec<bool> {
    let n = tokens.len().saturating_sub(1);
    let mut glue = vec![false; n];
    let mut i = 0;
    while i < tokens.len() {
        if !capitalised(tokens[i]) {
            i += 1;
            continue;
        }
        // The run of capitalised words from i (dashes between names count as none).
        let (mut j, mut words) = (i, 1);
        loop {
            if ends_clause(tokens[j]) {
                break;
            }
            match (tokens.get(j + 1), tokens.get(j + 2)) {
                (Some(&"-"), Some(next)) if capitalised(next) && words > 1 => {
                    j += 2;
                    words += 1;
                }
                (Some(next), _) if capitalised(next) => {
                    j += 1;
                    words += 1;
                }
                _ => break,
            }
        }
        if (2..=MAX_NAME_WORDS).contains(&words) {
            glue[i..j].iter_mut().for_each(|g| *g = true);
        }
        i = j + 1;
    }
    glue
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text with "~" for each bound space and "^" for each word joiner.
    fn shown(s: &str) -> String {
        s.replace(NBSP, "~").replace(WORD_JOINER, "^")
    }

    #[test]
    fn numbers_dates_and_ranges_hold_together() {
        assert_eq!(shown(&bind_numbers("theo Kế hoạch số 11-KH/ĐU của")), "theo Kế hoạch số~11-^KH/^ĐU của");
        assert_eq!(shown(&bind_numbers("Hà Nội, ngày 01 tháng 4 năm 2026")), "Hà Nội, ngày~01~tháng~4~năm~2026");
        assert_eq!(shown(&bind_numbers("giai đoạn 2025 - 2030 và 2025-2030")), "giai đoạn 2025~-^~2030 và 2025-^2030");
        assert_eq!(shown(&bind_numbers("ngày 01/4/2026.")), "ngày~01/^4/^2026.");
        // Body text keeps its words free.
        assert_eq!(bind_numbers("cán bộ, đảng viên xã Công Hải"), "cán bộ, đảng viên xã Công Hải");
        assert!(binds_across("trước ngày ", "15/12/2024."));
        assert!(!binds_across("trước ", "15 đơn vị"));
    }

    #[test]
    fn words_and_names_hold_together_in_lines() {
        assert_eq!(shown(&bind_words("trong cán bộ, đảng viên giai đoạn 2025 - 2030")), "trong cán~bộ, đảng~viên giai~đoạn 2025~-^~2030");
        assert_eq!(shown(&bind_words("Đảng uỷ xã Công Hải)")), "Đảng~uỷ xã Công~Hải)");
        assert_eq!(shown(&bind_words("của đồng chí Đông Văn Chung")), "của đồng~chí Đông~Văn~Chung");
        assert_eq!(shown(&bind_words("tỉnh Bà Rịa - Vũng Tàu")), "tỉnh Bà~Rịa~-^~Vũng~Tàu");
        // Capitals as typed: the list's words still hold.
        assert_eq!(shown(&bind_words("PHÓ BÍ THƯ THƯỜNG TRỰC")), "PHÓ~BÍ~THƯ THƯỜNG~TRỰC");
        // Five capitalised words are several names: only the list's words bound.
        assert_eq!(shown(&bind_words("Ban Chấp Hành Đảng Bộ Tỉnh")), "Ban Chấp~Hành Đảng~Bộ Tỉnh");
    }

    #[test]
    fn plain_undoes_the_binding() {
        let text = "Kế hoạch số 11-KH/ĐU ngày 01 tháng 4 năm 2026 của Đảng uỷ xã Công Hải";
        assert_eq!(plain(&bind_words(text)), text);
        assert!(matches!(plain(text), Cow::Borrowed(_)));
        assert_eq!(plain("a\u{2011}b"), "a-b");
        assert_eq!(shown(&bind_all("Đông Văn Chung")), "Đông~Văn~Chung");
    }
}
