//! A reworded paragraph, word by word: the removed words struck through and
//! the added ones in bold, for the Markdown form of a diff.

use super::md_text;

/// The old and new text as one Markdown line: common words as they are,
/// removed words `~~struck~~`, added words `**bold**`.
pub(super) fn markdown(old: &str, new: &str) -> String {
    let a: Vec<&str> = old.split_whitespace().collect();
    let b: Vec<&str> = new.split_whitespace().collect();
    let (n, m) = (a.len(), b.len());
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if a[i] == b[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let mut pieces: Vec<String> = Vec::new();
    let (mut del, mut ins): (Vec<&str>, Vec<&str>) = (Vec::new(), Vec::new());
    let flush = |pieces: &mut Vec<String>, del: &mut Vec<&str>, ins: &mut Vec<&str>| {
        if !del.is_empty() {
            pieces.push(format!("~~{}~~", md_text(&del.join(" "))));
            del.clear();
        }
        if !ins.is_empty() {
            pieces.push(format!("**{}**", md_text(&ins.join(" "))));
            ins.clear();
        }
    };
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            flush(&mut pieces, &mut del, &mut ins);
            pieces.push(md_text(a[i]));
            i += 1;
            j += 1;
        } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
            del.push(a[i]);
            i += 1;
        } else {
            ins.push(b[j]);
            j += 1;
        }
    }
    flush(&mut pieces, &mut del, &mut ins);
    pieces.join(" ")
}

#[cfg(test)]
mod tests {
    #[test]
    fn removed_words_are_struck_and_added_words_bold() {
        assert_eq!(super::markdown("Hoàn thành trong quý II.", "Hoàn thành trong quý III."), "Hoàn thành trong quý ~~II.~~ **III.**");
        assert_eq!(super::markdown("a b", "a b"), "a b");
    }
}
