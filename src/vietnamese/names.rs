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

/// The bodies a joint issuer name joins, lead first: the name split at each
/// " - " followed by the first word of a body ("Ban Tổ chức Tỉnh ủy - Ban
/// Nội chính Tỉnh ủy"); a dash inside one body's name ("Chi bộ Phòng Hành
/// chính - Quản trị") does not split it.
pub fn joint_bodies(name: &str) -> Vec<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let mut bodies = vec![Vec::new()];
    for (i, w) in words.iter().enumerate() {
        if *w == "-" && words.get(i + 1).is_some_and(|next| starts_a_body(next)) && i > 0 {
            bodies.push(Vec::new());
        } else if let Some(last) = bodies.last_mut() {
            last.push(*w);
        }
    }
    bodies.into_iter().map(|b| b.join(" ")).filter(|b| !b.is_empty()).collect()
}
