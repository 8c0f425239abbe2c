//! Upper-casing by Unicode rules, for header names, the signature block and
//! level-1 headings.

use super::nfc::nfc;

/// Upper-cases by Unicode rules ("Đảng uỷ" → "ĐẢNG UỶ"), keeping NFC.
pub fn upper(s: &str) -> String {
    nfc(&s.to_uppercase())
}

/// Upper-cases the first letter only ("phó bí thư" → "Phó bí thư").
pub fn capitalize_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn upper_follows_unicode() {
        assert_eq!(upper("Đảng uỷ xã Nghĩa Thái"), "ĐẢNG UỶ XÃ NGHĨA THÁI");
        assert_eq!(upper("ban dân vận"), "BAN DÂN VẬN");
        assert_eq!(upper("thường trực"), "THƯỜNG TRỰC");
    }
}
