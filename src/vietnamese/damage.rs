//! Checks on Vietnamese text values that the user typed or pasted.
//!
//! Text in these documents arrives by copy and paste from Word, old `.doc`
//! files, PDFs and web pages, and brings along damage that is invisible on screen
//! yet wrong in print, search or archives. [`check_text`] reports:
//!
//! * decomposed (NFD) text, e.g. `u` + U+0309 from macOS or Word (a warning: it is
//!   normalised to NFC automatically);
//! * the Icelandic eth `Ð`/`ð` (U+00D0/U+00F0) in place of `Đ`/`đ` (U+0110/U+0111);
//! * Cyrillic or Greek letters that look like Latin ones inside a Latin word (`Đоàn`);
//! * legacy-encoding mojibake: TCVN3 (`.VnTime`) or VNI text read as Latin-1,
//!   e.g. `§¶ng Céng s¶n` or `Ñaûng Coäng saûn`. A word is evidence only when it is
//!   not a possible Vietnamese syllable as it stands but becomes one once decoded.
//!   It weighs 4 (strong) with a symbol no real word has (TCVN3 `§ © ¶ ¸ × …`, VNI
//!   `ñ` for đ), a TCVN3 capital after a small letter (`ViÖt`) or a VNI mark inside
//!   it (`Coäng`); 2 with a plain VNI mark (`coù`) or a TCVN3 `µ · ª` at its edge
//!   (`hoµ`); 1 when its only clue is a letter that other European languages use
//!   (`Uû`, but also Swedish `på`, Turkish `tüm`). The weights of distinct words are
//!   added and the string is reported from 4: one strong word or two ordinary ones;
//! * control characters, and invisible or bidirectional formatting characters.
//!
//! Mixed tone-mark styles (`hoà` against `hòa`) are not reported here: both styles
//! are correct, and consistency is a property of the whole document, which the
//! caller checks with [`super::tone_marks::tone_styles`] and fixes with
//! [`super::tone_marks::convert_tone_marks`].

use unicode_normalization::char::is_combining_mark;

use super::tone_marks::is_tone;
use unicode_normalization::{is_nfc, is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Id of the diagnostic (see [`crate::check::ids`]): text in decomposed form (NFD), normalised automatically.
pub const DECOMPOSED_TEXT: &str = "decomposed-text";
/// Id of the diagnostic (see [`crate::check::ids`]): zero-width and bidirectional characters.
pub const INVISIBLE_CHARACTER: &str = "invisible-character";
/// Id of the diagnostic (see [`crate::check::ids`]): control characters.
pub const CONTROL_CHARACTER: &str = "control-character";
/// Id of the diagnostic (see [`crate::check::ids`]): `Ð`/`ð` (eth) for `Đ`/`đ`.
pub const ETH_FOR_D: &str = "eth-for-d";
/// Id of the diagnostic (see [`crate::check::ids`]): cyrillic or Greek letters inside a Vietnamese word.
pub const LOOK_ALIKE_LETTER: &str = "look-alike-letter";
/// Id of the diagnostic (see [`crate::check::ids`]): tCVN3 or VNI text read as Unicode.
pub const LEGACY_ENCODING: &str = "legacy-encoding";

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Error,
    Warning,
}

/// One problem in one string value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The stable id of the diagnostic ("decomposed-text"), see [`crate::check::ids`].
    pub id: &'static str,
    pub level: Level,
    /// Byte offset of the problem inside the checked string (the raw string, before any normalisation).
    pub offset: usize,
    /// Byte length of the offending text (at least 1 char).
    pub len: usize,
    /// What is wrong, one line in the user's language, naming the character(s) as U+XXXX and showing them.
    pub message: String,
    /// How to fix it, when known.
    pub hint: Option<String>,
}

fn finding(id: &'static str, level: Level, offset: usize, len: usize, message: String, hint: &str) -> Finding {
    let hint = Some(hint.to_string());
    Finding { id, level, offset, len, message, hint }
}

/// Checks one string value from the user's data; returns every finding, ordered by offset.
pub fn check_text(s: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    if s.is_ascii() {
        // Nothing below can fire on ASCII but control characters.
        for (i, c) in s.char_indices().filter(|&(_, c)| c.is_ascii_control() && c != '\n' && c != '\t') {
            out.push(control_finding(i, c));
        }
        return out;
    }
    let nfc = match is_nfc_quick(s.chars()) {
        IsNormalized::Yes => true,
        IsNormalized::No => false,
        IsNormalized::Maybe => is_nfc(s),
    };
    if !nfc {
        out.push(nfc_finding(s));
    }
    // Mis-decoded legacy text always holds a Latin-1 character that Vietnamese
    // spelling never uses (©, ¶, Ö, û, ä, ñ …): without one, skip the search.
    let suspicious = s.chars().any(|c| matches!(c as u32, 0x80..=0xFF) && !VIET_L1.contains(c));
    let moji = if suspicious { mojibake(s) } else { None };
    // In TCVN3 text Ð is "é" and U+00AD is "ư": converting the text fixes those.
    let tcvn3 = moji.as_ref().is_some_and(|(enc, _)| *enc == Enc::Tcvn3);
    let moji = moji.map(|(_, f)| f);
    for (i, c) in s.char_indices() {
        let (n, u) = (c.len_utf8(), c as u32);
        if (c == 'Ð' || c == 'ð') && !tcvn3 {
            let (good, gu, what) =
                if c == 'Ð' { ('Đ', 0x110, "eth-capital") } else { ('đ', 0x111, "eth-small") };
            let (code, good_code) = (format!("{u:04X}"), format!("{gu:04X}"));
            let msg = crate::tr!("eth-for-d", character = c, code = code, what = crate::tr!(what), good = good, good_code = good_code);
            let hint = crate::tr!("hint-eth-for-d", character = c, code = code, good = good, good_code = good_code);
            out.push(finding(ETH_FOR_D, Level::Error, i, n, msg, &hint));
        } else if (u < 0x20 && c != '\n' && c != '\t') || (0x7F..=0x9F).contains(&u) {
            out.push(control_finding(i, c));
        } else if let Some(name) = invisible_name(c).filter(|_| !(tcvn3 && c == '\u{AD}')) {
            let msg = crate::tr!("invisible-character", code = format!("{u:04X}"), name = crate::tr!(name));
            out.push(finding(INVISIBLE_CHARACTER, Level::Warning, i, n, msg, &crate::tr!("hint-invisible-character")));
        }
    }
    homoglyphs(s, &mut out);
    out.extend(moji);
    out.sort_by_key(|f| f.offset);
    out
}

fn control_finding(i: usize, c: char) -> Finding {
    let u = c as u32;
    let name = match u {
        0 => Some("control-nul"),
        8 => Some("control-backspace"),
        0xB => Some("control-vertical-tab"),
        0xC => Some("control-form-feed"),
        0xD => Some("control-carriage-return"),
        0x1B => Some("control-escape"),
        _ => None,
    };
    let code = format!("{u:04X}");
    let msg = match name {
        Some(name) => crate::tr!("control-character-named", code = code, name = crate::tr!(name)),
        None => crate::tr!("control-character", code = code),
    };
    finding(CONTROL_CHARACTER, Level::Error, i, c.len_utf8(), msg, &crate::tr!("hint-control-character"))
}

fn nfc_finding(s: &str) -> Finding {
    let nfc: Vec<char> = s.nfc().collect();
    // The first character that differs from the NFC form, with the marks that follow it.
    let mut diff = s.char_indices().enumerate().filter(|(k, (_, c))| nfc.get(*k) != Some(c));
    let at = diff.next().map_or(0, |(_, (i, _))| i);
    let rest = &s[at..];
    let mut after = rest.char_indices().skip(1).filter(|&(_, c)| !is_combining_mark(c));
    let len = after.next().map_or(rest.len(), |(j, _)| j);
    let cluster = &rest[..len];
    let codes: Vec<String> = cluster.chars().map(|c| format!("U+{:04X}", c as u32)).collect();
    let composed: String = cluster.nfc().collect();
    let msg = crate::tr!("decomposed-text", codes = codes.join(" "), composed = composed);
    finding(DECOMPOSED_TEXT, Level::Warning, at, len, msg, &crate::tr!("hint-decomposed-text"))
}

/// The id of the message naming an invisible character.
fn invisible_name(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{AD}' => "invisible-soft-hyphen",
        '\u{200B}' => "invisible-zero-width-space",
        '\u{200C}' => "invisible-zero-width-non-joiner",
        '\u{200D}' => "invisible-zero-width-joiner",
        '\u{200E}' => "invisible-left-to-right-mark",
        '\u{200F}' => "invisible-right-to-left-mark",
        '\u{202A}'..='\u{202E}' => "invisible-bidirectional-override",
        '\u{2060}' => "invisible-word-joiner",
        '\u{2066}'..='\u{2069}' => "invisible-bidirectional-isolate",
        '\u{FEFF}' => "invisible-byte-order-mark",
        _ => return None,
    })
}

/// Maximal runs of characters satisfying `f`, with their byte offsets.
fn runs(s: &str, f: impl Fn(char) -> bool) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices().chain(std::iter::once((s.len(), ' '))) {
        match (start, f(c) && i < s.len()) {
            (None, true) => start = Some(i),
            (Some(b), false) => { out.push((b, &s[b..i])); start = None; }
            _ => {}
        }
    }
    out
}

const CONFUSABLES: &str = "аaеeоoрpсcхxуyіiѕsјjһhԁdԛqԝwӏlѐèёëАAВBЕEКKМMНHОOРPСCТTХXУYІIЈJЅSҮY\
    αaοoνvιiκkρpυuχxάáόóίíύúΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧX";

/// The id of the message naming the script of a letter that is not Latin.
fn script(c: char) -> Option<&'static str> {
    match c as u32 {
        0x400..=0x52F => Some("script-cyrillic"),
        0x370..=0x3FF | 0x1F00..=0x1FFF => Some("script-greek"),
        _ => None,
    }
}

fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic()
        || (matches!(c as u32, 0xC0..=0x24F | 0x1E00..=0x1EFF) && c != '×' && c != '÷')
}

fn homoglyphs(s: &str, out: &mut Vec<Finding>) {
    if !s.chars().any(|c| script(c).is_some()) {
        return;
    }
    for (start, word) in runs(s, |c| c.is_alphabetic() || is_combining_mark(c)) {
        let latin = word.chars().filter(|&c| is_latin(c)).count();
        let foreign = word.chars().filter(|&c| script(c).is_some()).count();
        if latin == 0 || foreign > latin {
            continue; // real Cyrillic or Greek text, or a plain Latin word
        }
        if foreign == 0 {
            continue;
        }
        for (i, c) in word.char_indices() {
            // The script first: the table lookup is a scan, so only for foreign letters.
            let Some(sc) = script(c) else { continue };
            let Some(latin) = pair_lookup(CONFUSABLES, c) else { continue };
            let code = format!("{:04X}", c as u32);
            let msg = crate::tr!("look-alike-letter", script = crate::tr!(sc), character = c, code = code, word = word, latin = latin);
            let hint = crate::tr!("hint-look-alike-letter");
            out.push(finding(LOOK_ALIKE_LETTER, Level::Error, start + i, c.len_utf8(), msg, &hint));
        }
    }
}

// ---- legacy encodings -------------------------------------------------------

#[derive(Clone, Copy, PartialEq)]
enum Enc {
    Tcvn3,
    Vni,
}

/// TCVN3 byte (read as Latin-1) → Unicode, as pairs.
const TCVN3: &str = "¡Ă¢Â£Ê¤Ô¥Ơ¦Ư§Đ¨ă©âªê«ô¬ơ\u{AD}ư®đµà¶ả·ã¸á¹ạ»ằ¼ẳ½ẵ¾ắÆặÇầÈẩÉẫÊấËậÌèÎẻÏẽÐéÑẹÒềÓểÔễÕếÖệ\
    ×ìØỉÜĩÝíÞịßòáỏâõãóäọåồæổçỗèốéộêờëởìỡíớîợïùñủòũóúôụõừöử÷ữøứùựúỳûỷüỹýýþỵ";
/// Latin-1 letters that Vietnamese itself uses.
const VIET_L1: &str = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ";
/// VNI marks typed after a vowel: (the letters, lower case then upper case; the shape mark
/// they add or '\0'; the tone mark of each letter or '\0'). Tones fit any vowel, circumflex
/// ones a e o, breve ones only a.
const VNI_MODS: [(&str, char, [char; 6]); 3] = [
    ("ùøûõïÙØÛÕÏ", '\0', ['\u{301}', '\u{300}', '\u{309}', '\u{303}', '\u{323}', '\0']),
    ("âáàåãäÂÁÀÅÃÄ", '\u{302}', ['\0', '\u{301}', '\u{300}', '\u{309}', '\u{303}', '\u{323}']),
    ("êéèúüëÊÉÈÚÜË", '\u{306}', ['\0', '\u{301}', '\u{300}', '\u{309}', '\u{303}', '\u{323}']),
];
/// VNI letters that stand alone: ơ ư đ ỉ ĩ ị í ì ỵ.
const VNI_ALONE: &str = "ôơÔƠöưÖƯñđÑĐæỉÆỈóĩÓĨòịÒỊííÍÍììÌÌîỵÎỴ";

/// Looks `c` up in a string of (from, to) character pairs.
fn pair_lookup(table: &str, c: char) -> Option<char> {
    let mut it = table.chars();
    while let (Some(a), Some(b)) = (it.next(), it.next()) {
        if a == c {
            return Some(b);
        }
    }
    None
}

/// Decodes one word as TCVN3 or VNI; `None` if it holds a character the encoding never produces.
fn decode(tok: &str, enc: Enc) -> Option<String> {
    if enc == Enc::Tcvn3 {
        return tok.chars().map(|c| if c.is_ascii() { Some(c) } else { pair_lookup(TCVN3, c) }).collect();
    }
    let cs: Vec<char> = tok.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while let Some(&c) = cs.get(i) {
        i += 1;
        let lower = c.is_lowercase();
        let kinds = match c.to_ascii_lowercase() {
            'a' => 3,
            'e' | 'o' => 2,
            'u' | 'y' => 1,
            _ if c.is_ascii() => 0,
            _ => {
                let d = pair_lookup(VNI_ALONE, c)?;
                out.push(d);
                if matches!(d, 'ơ' | 'ư' | 'Ơ' | 'Ư') { 1 } else { 0 }
            }
        };
        if c.is_ascii() {
            out.push(c);
        }
        let Some(&m) = cs.get(i) else { break };
        for (mods, shape, tones) in VNI_MODS.iter().take(kinds) {
            let Some(k) = mods.chars().position(|x| x == m) else { continue };
            let half = mods.chars().count() / 2;
            if (k < half) == lower {
                out.extend([*shape, tones[k % half]].into_iter().filter(|&x| x != '\0'));
                i += 1;
                break;
            }
        }
    }
    Some(out.nfc().collect())
}

/// Whether `word` could be one Vietnamese syllable: onset + vowel nucleus + final, one tone.
fn plausible(word: &str) -> bool {
    let (mut bare, mut tones, mut tone) = (String::new(), 0, '\0');
    for c in word.nfd() {
        if is_tone(c) {
            (tones, tone) = (tones + 1, c);
        } else {
            bare.extend(c.to_lowercase());
        }
    }
    let bare: String = bare.nfc().collect();
    if tones > 1 || !bare.chars().all(|c| "aăâbcdđeêghiklmnoôơpqrstuưvxy".contains(c)) {
        return false;
    }
    // No bare "p": it only starts loanwords, but Scandinavian "på" would read as TCVN3 "pồ".
    const ONSETS: [&str; 27] = ["ngh", "ng", "gh", "gi", "kh", "ch", "nh", "ph", "th", "tr", "qu", "b", "c",
        "d", "đ", "g", "h", "k", "l", "m", "n", "r", "s", "t", "v", "x", ""];
    const NUCLEI: &str = " a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi ua uâ uê ui \
        uô uơ ưa ưi ươ ưu uy yê iêu yêu oai oay oao oeo uây uôi ươi ươu uya uyê uyu ";
    ONSETS.iter().filter_map(|o| bare.strip_prefix(o)).any(|rest| {
        let end = rest.find(|c: char| !"aăâeêioôơuưy".contains(c)).unwrap_or(rest.len());
        let (nuc, fin) = rest.split_at(end);
        let last = nuc.chars().last().unwrap_or(' ');
        // ă â iê uô ươ … need a final consonant; ai ao iu … take none.
        let closed = ["ă", "â", "iê", "yê", "uô", "ươ", "uyê", "oă", "uâ"].contains(&nuc);
        let single = nuc.chars().count() == 1 && nuc != "y";
        let takes_final = closed || single || ["oa", "oe", "uy", "uê"].contains(&nuc);
        !nuc.is_empty()
            && NUCLEI.contains(&format!(" {nuc} "))
            && ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"].contains(&fin)
            && (if fin.is_empty() { !closed } else { takes_final })
            && (!matches!(fin, "ch" | "nh") || "aêiy".contains(last))
            // a syllable ending in c ch p t carries the sắc or nặng tone
            && (!matches!(fin, "c" | "ch" | "p" | "t") || matches!(tone, '\u{301}' | '\u{323}'))
    })
}

fn moji_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c as u32, 0xA1..=0xBE) || c == '×' || c == '÷'
}

/// Evidence weight of one word for `enc`: 0 none, 1 weak, 2 normal, 4 strong.
fn weight(tok: &str, enc: Enc) -> u32 {
    let n = tok.chars().count();
    let latin1 = tok.chars().all(|c| (c as u32) < 0x100);
    let letter = tok.chars().any(|c| c.is_alphabetic() && c != 'µ' && c != 'ª');
    // µ starts units (µm, µg), · « » are punctuation: not the start of a mis-read word.
    let skip = !latin1 || tok.is_ascii() || n < 2 || !letter || tok.starts_with(['µ', '·', '«', '»']);
    if skip || plausible(tok) || !decode(tok, enc).is_some_and(|d| plausible(&d)) {
        return 0;
    }
    let cs: Vec<char> = tok.chars().collect();
    let mut w = 0;
    for (k, &c) in cs.iter().enumerate().filter(|(_, c)| !c.is_ascii()) {
        let prev = k.checked_sub(1).and_then(|j| cs.get(j)).copied();
        let inside = prev.is_some() && k + 1 < n;
        w = w.max(match enc {
            // Symbols no word contains; µ · ª « » only count inside a word (5 µm, «Dân»).
            Enc::Tcvn3 if "¡¢£¤¥¦§¨©¬\u{AD}®¶¸¹¼½¾×÷".contains(c) => 4,
            Enc::Tcvn3 if "µ·ª«»".contains(c) => if inside { 4 } else { 2 },
            // "ViÖt", "tØnh": an accented capital after a small letter.
            Enc::Tcvn3 if c.is_uppercase() && prev.is_some_and(char::is_lowercase) => 4,
            Enc::Vni if c == 'ñ' || c == 'Ñ' => 4,
            // A tone or vowel mark after its vowel: "coù", "Vieät".
            Enc::Vni if prev.is_some_and(|p| "aeouyAEOUYôöÔÖ".contains(p))
                && VNI_MODS.iter().any(|m| m.0.contains(c)) =>
            {
                if inside && !VIET_L1.contains(c) { 4 } else { 2 }
            }
            // Letters of other European languages (Tüm, på, söt, höng): weak alone.
            _ => 1,
        });
    }
    let foreign = cs.iter().filter(|&&c| !c.is_ascii() && !VIET_L1.contains(c)).count();
    if enc == Enc::Vni && foreign >= 2 { 4 } else { w }
}

fn decode_text(s: &str, enc: Enc) -> String {
    let mut out = String::new();
    let mut last = 0;
    for (i, tok) in runs(s, moji_char) {
        out.push_str(&s[last..i]);
        let d = if tok.is_ascii() { None } else { decode(tok, enc) };
        out.push_str(d.as_deref().unwrap_or(tok));
        last = i + tok.len();
    }
    out + &s[last..]
}

/// The finding of text in a legacy encoding, with the encoding.
fn mojibake(s: &str) -> Option<(Enc, Finding)> {
    let words = runs(s, moji_char);
    let score = |enc| -> (u32, Option<(usize, &str)>) {
        let mut hits: Vec<_> =
            words.iter().map(|&(i, w)| (weight(w, enc), i, w)).filter(|h| h.0 > 0).collect();
        let first = hits.first().map(|h| (h.1, h.2));
        hits.sort_by_key(|h| h.2);
        hits.dedup_by_key(|h| h.2); // a repeated word ("så … så") is one piece of evidence
        (hits.iter().map(|h| h.0).sum(), first)
    };
    let ((t, t_first), (v, v_first)) = (score(Enc::Tcvn3), score(Enc::Vni));
    let (enc, (at, word)) = match (t >= 4 && t >= v, v >= 4) {
        (true, _) => (Enc::Tcvn3, t_first?),
        (false, true) => (Enc::Vni, v_first?),
        _ => return None,
    };
    // Quote about 40 characters starting a few words before the first evidence.
    let starts: Vec<usize> = s.char_indices().map(|(i, _)| i).chain(Some(s.len())).collect();
    let k = starts.iter().position(|&i| i >= at).unwrap_or(0).saturating_sub(10);
    let (mut a, mut b) = (starts[k], starts[(k + 40).min(starts.len() - 1)].max(at + word.len()));
    if a > 0 {
        a += s[a..at].find(' ').map_or(0, |p| p + 1);
    }
    if b < s.len() {
        b = s[at + word.len()..b].rfind(' ').map_or(b, |p| at + word.len() + p);
    }
    let clean = |t: &str| -> String { t.chars().map(|c| if c.is_control() { ' ' } else { c }).collect() };
    let (dots_a, dots_b) = (if a > 0 { "…" } else { "" }, if b < s.len() { "…" } else { "" });
    let (name, conv) = match enc {
        Enc::Tcvn3 => ("TCVN3 (.VnTime)", "TCVN3"),
        Enc::Vni => ("VNI (VNI-Times)", "VNI Windows"),
    };
    let (raw, fixed) = (clean(&s[a..b]), clean(&decode_text(&s[a..b], enc)));
    let (text, fixed) = (format!("{dots_a}{raw}{dots_b}"), format!("{dots_a}{fixed}{dots_b}"));
    let msg = crate::tr!("legacy-encoding", encoding = name, text = text, fixed = fixed);
    let hint = crate::tr!("hint-legacy-encoding", converter = conv);
    Some((enc, finding(LEGACY_ENCODING, Level::Error, at, word.len(), msg, &hint)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vietnamese::tone_marks::{convert_tone_marks, tone_styles, ToneStyle};

    fn messages(s: &str) -> Vec<String> {
        check_text(s).into_iter().map(|f| f.message).collect()
    }

    #[test]
    fn real_vietnamese_is_clean() {
        for s in [
            "Đảng uỷ xã Nghĩa Thái xây dựng Kế hoạch phát động phong trào thi đua “Dân vận khéo” năm 2024, như sau:",
            "Ủy ban kiểm tra Đảng ủy thường xuyên theo dõi, kiểm tra việc đăng ký và triển khai các mô hình.",
            "Khánh thành công trình “số hóa” khu di tích; hòa giải; khỏe mạnh; thủy lợi; hoạch định; huyết áp; toán học; Quảng Trị, Thừa Thiên Huế",
            "© 2024 Müller Señor",
            "ĐẢNG CỘNG SẢN VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\tquý, giúp, già, gìn, khuya, tuyên, xoáy, ngoèo, Tây, mùa, tiêu, huých",
            "Nº 5, «Dân vận khéo», 30°C, 5µm, m², café, naïve, où, Größe für Lösung über Köln, São Paulo",
            "Москва, Αθήνα, α = 0,5",
            "5 µm và 3 µm; 10 µg; 2 × 3 × 4 = 24; ª º ¸ µ; Brand® ©Hà",
            "Nå kan du gå til",
            "Män, Tüm, söt",
            "SÆT; høng; Ørsted; Noël; Zoë; São Paulo",
            "",
        ] {
            assert_eq!(messages(s), Vec::<String>::new(), "{s}");
        }
    }

    #[test]
    fn decomposed_text_is_one_warning() {
        let s = "Đảng u\u{309}y và U\u{309}y ban";
        let f = check_text(s);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!((f[0].level, f[0].offset, f[0].len), (Level::Warning, "Đảng ".len(), 3));
        assert!(f[0].message.contains("decomposed form (NFD)") && f[0].message.contains("U+0075 U+0309"));
    }

    #[test]
    fn eth_instead_of_d_with_stroke() {
        let f = check_text("Ðảng ủy ðoàn");
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!((f[0].level, f[0].offset, f[0].len), (Level::Error, 0, 2));
        assert_eq!(f[0].hint.as_deref(), Some("replace Ð (U+00D0) with Đ (U+0110)"));
        assert_eq!(f[1].offset, "Ðảng ủy ".len());
        assert!(f[1].message.contains("U+00F0") && f[1].message.contains("U+0111"));
    }

    #[test]
    fn cyrillic_and_greek_lookalikes() {
        let f = check_text("Đоàn thanh niên");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].message, "Cyrillic letter 'о' (U+043E) inside the word 'Đоàn' looks like Latin 'o'");
        assert_eq!((f[0].offset, f[0].len, f[0].level), ("Đ".len(), 2, Level::Error));
        let f = check_text("СỘNG hòa, Ηà Nội, Bаn chấp hành");
        assert_eq!(f.len(), 3, "{f:?}");
        assert!(f[1].message.starts_with("Greek letter 'Η' (U+0397)"));
        assert!(f[2].message.contains("U+0430") && f[2].message.contains("'Bаn'"));
        assert!(check_text("Ленин").is_empty());
    }

    fn legacy(s: &str) -> Finding {
        let f: Vec<_> = check_text(s).into_iter().filter(|f| f.message.contains("looks like")).collect();
        assert_eq!(f.len(), 1, "{s}: {f:?}");
        assert_eq!(f[0].level, Level::Error);
        f[0].clone()
    }

    #[test]
    fn tcvn3_mojibake() {
        let t: Vec<char> = TCVN3.chars().collect();
        assert_eq!(t.len(), 2 * 74);
        assert!(t.chunks(2).all(|p| (0xA1..=0xFE).contains(&(p[0] as u32)) && p[1] as u32 >= 0xC0));
        let f = legacy("Uû ban nh©n d©n tØnh");
        assert!(f.message.starts_with("this text looks like TCVN3 (.VnTime) text read as Unicode: \"Uû ban nh©n d©n tØnh\""));
        assert!(f.message.contains("(probably \"Uỷ ban nhân dân tỉnh\")"), "{}", f.message);
        assert!(f.hint.as_deref().is_some_and(|h| h.contains("TCVN3 → Unicode")));
        assert_eq!((f.offset, f.len), (0, "Uû".len()));
        let f = legacy("§¶ng Céng s¶n ViÖt Nam");
        assert!(f.message.contains("TCVN3") && f.message.contains("Đảng Cộng sản Việt Nam"), "{}", f.message);
        legacy("Céng hoµ x· héi chñ nghÜa ViÖt Nam");
        legacy("nh©n"); // one very strong word is enough
        let long = "Noi dung gom cac phan sau day, xem ky truoc khi ban hanh: Uû ban nh©n d©n tØnh Th¸i B×nh";
        let f = legacy(long);
        assert_eq!(f.offset, long.find("Uû").unwrap_or(0));
        assert!(f.message.contains("\"…hanh: Uû ban nh©n d©n tØnh Th¸i B×nh\""), "{}", f.message);
        assert!(f.message.contains("Uỷ ban nhân dân tỉnh Thái Bình"), "{}", f.message);
        // ư is U+00AD in TCVN3: no separate soft-hyphen warnings then.
        assert_eq!(check_text("tr\u{AD}êng häc, n\u{AD}íc").len(), 1);
    }

    #[test]
    fn vni_mojibake() {
        let f = legacy("Ñaûng Coäng saûn Vieät Nam");
        assert!(f.message.starts_with("this text looks like VNI (VNI-Times)"), "{}", f.message);
        assert!(f.message.contains("Đảng Cộng sản Việt Nam"), "{}", f.message);
        assert!(f.hint.as_deref().is_some_and(|h| h.contains("VNI Windows → Unicode")));
        assert!(legacy("Coäng hoøa").message.contains("Cộng hòa"));
        assert!(legacy("tröôøng ñaïi hoïc").message.contains("trường đại học"));
        assert!(legacy("UÛY BAN NHAÂN DAÂN").message.contains("ỦY BAN NHÂN DÂN"));
        assert!(check_text("Uû ban").is_empty()); // a single weak word is not enough
    }

    #[test]
    fn control_characters() {
        let f = check_text("a\u{7}b\r\nc\u{85}\td\u{7F}");
        assert_eq!(f.iter().map(|f| f.offset).collect::<Vec<_>>(), [1, 3, 6, 10]);
        assert!(f.iter().all(|f| f.level == Level::Error && f.hint.as_deref() == Some("remove it")));
        assert_eq!(f[0].message, "control character U+0007 is not allowed");
        assert_eq!(f[2].len, 2);
    }

    #[test]
    fn invisible_characters() {
        let f = check_text("Đảng\u{200B}ủy\u{FEFF} Nghĩa\u{AD}Thái\u{202E}");
        assert_eq!(f.len(), 4, "{f:?}");
        assert!(f.iter().all(|f| f.level == Level::Warning));
        assert!(f[0].message.starts_with("invisible character U+200B (zero width space)"));
        assert_eq!((f[0].offset, f[0].len), ("Đảng".len(), 3));
        assert!(f[2].message.contains("U+00AD (soft hyphen)"));
    }

    #[test]
    fn all_findings_are_reported() {
        let f = check_text("Ðоàn\u{200B} xa\u{301}\u{1}");
        let levels: Vec<_> = f.iter().map(|f| f.level).collect();
        assert_eq!(levels, [Level::Error, Level::Error, Level::Warning, Level::Warning, Level::Error], "{f:?}");
    }

    #[test]
    fn no_panic_on_odd_input() {
        let pool: Vec<char> = "aAoOeEuUyYqQhđĐÐðàáạảãòóọỏõùúụủũỳýỵỷỹôơưâăêoaeuy ©¬ª«®§¶µ¸¹º»¼½¾ÖÓÒÇËÌÝüûôäøùõïìëåæÑñ\
            оаеСΑΗ\u{300}\u{301}\u{309}\u{323}\u{302}\u{31B}\u{0}\u{7}\u{85}\u{AD}\u{200B}\u{202E}\u{FEFF}\u{FFFF}\u{10FFFF}\n\t.,“”"
            .chars().collect();
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for n in 0..600 {
            let s: String = (0..n % 23)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    pool[(x % pool.len() as u64) as usize]
                })
                .collect();
            for f in check_text(&s) {
                assert!(f.len > 0 && s.is_char_boundary(f.offset) && s.is_char_boundary(f.offset + f.len), "{s:?} {f:?}");
            }
            for style in [ToneStyle::Old, ToneStyle::New] {
                let c = convert_tone_marks(&s, style);
                assert!(tone_styles(&c).iter().all(|t| t.1 == style), "{s:?}");
                assert_eq!(tone_styles(&c).len(), tone_styles(&s).len(), "{s:?}");
            }
        }
    }
}
