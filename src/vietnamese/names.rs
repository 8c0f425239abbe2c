//! Names of Party bodies as words: which words start a body's name, so that
//! a " - " before one joins two bodies of a joint name ("Ban Tổ chức Tỉnh ủy
//! - Ban Tuyên giáo và Dân vận Tỉnh ủy"). Used by the checks of joint
//! documents, the header's line breaking and `verify`.

/// First words of a body's name: a " - " followed by one of them separates
/// two bodies of a joint name (upper case).
const BODY_STARTS: &[&str] = &[
    "BAN", "ĐẢNG", "ỦY", "UỶ", "VĂN", "TỈNH", "THÀNH", "HUYỆN", "QUẬN", "THỊ", "CHI", "HỘI", "ĐOÀN", "MẶT", "CƠ",
    "TRƯỜNG", "BỘ", "SỞ", "CÔNG", "QUÂN", "BỘ", "TIỂU", "HỌC",
];

/// Whether a word after " - " starts the name of another body ("Ban …",
/// "Đảng ủy …"): the dash then joins two bodies of a joint name.
pub fn starts_a_body(word: &str) -> bool {
    BODY_STARTS.contains(&super::upper(word).as_str())
}

/// How many bodies a name joins: one, plus one for each " - " followed by a
/// body's first word ("Ban Tổ chức Tỉnh ủy - Ban Tuyên giáo …" joins two).
/// A joint name may take the lines of each of its bodies.
pub fn bodies(text: &str) -> usize {
    let words: Vec<&str> = text.split_whitespace().collect();
    1 + words.windows(2).filter(|w| w[0] == "-" && starts_a_body(w[1])).count()
}
