//! A reworded paragraph, word by word: the removed words struck through and
//! the added ones in bold, for the Markdown form of a diff.

use super::{md_text, steps, Step};

/// The old and new text as one Markdown line: common words as they are,
/// removed words `~~struck~~`, added words `**bold**`.
pub(super) fn markdown(old: &str, new: &str) -> String {
    let a: Vec<&str> = old.split_whitespace().collect();
    let b: Vec<&str> = new.split_whitespace().collect();
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
    for step in steps(&a, &b) {
        match step {
            Step::Same(i, _) => {
                flush(&mut pieces, &mut del, &mut ins);
                pieces.push(md_text(a[i]));
            }
            Step::Removed(i) => del.push(a[i]),
            Step::Added(j) => ins.push(b[j]),
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
