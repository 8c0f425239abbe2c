//! Section and point numbers as the Party form writes them: Roman numerals
//! and letters.

/// Upper-case Roman numeral for a section number (1 → "I").
pub fn roman(mut n: usize) -> String {
    const TABLE: [(usize, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (value, digits) in TABLE {
        while n >= value {
            out.push_str(digits);
            n -= value;
        }
    }
    out
}

/// Lower-case Vietnamese letter for the n-th point (1 → "a"). Vietnamese
/// documents skip no letters but use the Latin alphabet "a b c d đ e …"; we
/// follow the common practice of plain Latin letters a–z, then "aa", "ab"….
pub fn point_letter(n: usize) -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyz";
    let mut n = n;
    let mut out = Vec::new();
    while n > 0 {
        n -= 1;
        out.push(LETTERS[n % 26]);
        n /= 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numerals() {
        assert_eq!(roman(1), "I");
        assert_eq!(roman(4), "IV");
        assert_eq!(roman(9), "IX");
        assert_eq!(roman(14), "XIV");
        assert_eq!(point_letter(1), "a");
        assert_eq!(point_letter(26), "z");
        assert_eq!(point_letter(27), "aa");
    }
}

/// The n-th letter of the Vietnamese alphabet for a point (điểm) of a
/// clause, as HD 05 6.2.4đ asks ("chữ cái tiếng Việt theo thứ tự a, b,
/// c…"): a, b, c, d, đ, e, g, h, i, k …; past "y", the Latin sequence of
/// [`point_letter`] continues.
pub fn vietnamese_letter(n: usize) -> String {
    const LETTERS: [&str; 23] =
        ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"];
    match n.checked_sub(1).and_then(|i| LETTERS.get(i)) {
        Some(letter) => (*letter).to_owned(),
        None => point_letter(n),
    }
}

/// "thứ nhất", "thứ hai" … "thứ mười lăm": the ordinal of a Phần or Chương
/// written in words (HD 05 6.2.4a, Phụ lục 2 row 6: "Phần thứ nhất").
pub fn ordinal_words(n: usize) -> String {
    const UNITS: [&str; 10] = ["", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];
    let words = match n {
        1 => "nhất".to_owned(),
        4 => "tư".to_owned(),
        2..=9 => UNITS[n].to_owned(),
        10 => "mười".to_owned(),
        11..=19 => format!("mười {}", if n == 15 { "lăm" } else { UNITS[n - 10] }),
        20..=99 => {
            let (tens, unit) = (n / 10, n % 10);
            let unit = match unit {
                0 => String::new(),
                1 => " mốt".to_owned(),
                4 => " tư".to_owned(),
                5 => " lăm".to_owned(),
                u => format!(" {}", UNITS[u]),
            };
            format!("{} mươi{unit}", UNITS[tens])
        }
        _ => n.to_string(),
    };
    format!("thứ {words}")
}

#[cfg(test)]
mod word_tests {
    use super::*;

    #[test]
    fn vietnamese_letters_and_ordinal_words() {
        let letters: Vec<String> = (1..=7).map(vietnamese_letter).collect();
        assert_eq!(letters, ["a", "b", "c", "d", "đ", "e", "g"]);
        assert_eq!(ordinal_words(1), "thứ nhất");
        assert_eq!(ordinal_words(4), "thứ tư");
        assert_eq!(ordinal_words(15), "thứ mười lăm");
        assert_eq!(ordinal_words(21), "thứ hai mươi mốt");
    }
}
