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
