//! The document structure: the context's ordered blocks, decided per kind in
//! `context::blocks::layout`, which both writers dress. These tests read the
//! blocks of every example; the pages they give are the business of
//! `references.rs` (PDF) and `docx.rs` (Word).

mod common;

use kehoach::context::blocks::{DocBlock, KINH_GUI, KINH_MOI, KINH_TRINH};
use kehoach::context::Node;
use kehoach::model::Kind;

fn blocks_of(path: &std::path::Path) -> (Kind, Vec<DocBlock>) {
    let source = std::fs::read_to_string(path).unwrap();
    let prepared = kehoach::prepare(&path.display().to_string(), &source).unwrap_or_else(|e| panic!("{e}"));
    (prepared.document.kind, prepared.context.blocks)
}

/// The `type` each block is written with.
fn types(blocks: &[DocBlock]) -> Vec<String> {
    blocks.iter().map(|b| serde_json::to_value(b).unwrap()["type"].as_str().unwrap().to_owned()).collect()
}

/// How many paragraphs of a section tree keep with what follows.
fn kept(nodes: &[Node]) -> usize {
    nodes.iter().map(|n| n.blocks.iter().filter(|b| b.keep).count() + kept(&n.children)).sum()
}

fn kept_in(b: &DocBlock) -> usize {
    match b {
        DocBlock::Section { node, .. } => kept(std::slice::from_ref(node)),
        DocBlock::Division(d) => {
            let mut n = kept(&d.articles);
            let mut below: Vec<_> = d.divisions.iter().collect();
            while let Some(d) = below.pop() {
                n += kept(&d.articles);
                below.extend(d.divisions.iter());
            }
            n
        }
        DocBlock::Paragraph { keep_with_next: true, .. } => 1,
        _ => 0,
    }
}

#[test]
fn every_example_is_header_blocks_closing_and_its_foot() {
    let examples = common::examples();
    assert!(examples.len() >= 20);
    for path in examples {
        let (kind, blocks) = blocks_of(&path);
        let name = path.display();
        let t = types(&blocks);
        // The title block first (a công văn has none: its subject stands under the number).
        assert_eq!(t[0] == "title" || t[0] == "congress-title", kind != Kind::CongVan, "{name}: {t:?}");
        // One closing block, the foot of its page right after it, appendices last.
        let closings: Vec<usize> = t.iter().enumerate().filter(|(_, t)| t.ends_with("closing")).map(|(i, _)| i).collect();
        assert_eq!(closings.len(), 1, "{name}: {t:?}");
        let close = closings[0];
        assert_eq!(t[close].as_str(), if kind == Kind::BienBan { "minutes-closing" } else { "closing" }, "{name}");
        assert_eq!(t[close + 1], "last-page", "{name}: {t:?}");
        assert!(t[close + 2..].iter().all(|t| t == "copy" || t == "appendix"), "{name}: {t:?}");
        // Exactly one paragraph keeps with the closing block, among the blocks
        // before it that are not an enacting sentence (which keeps with its sections).
        let body = &blocks[..close];
        let enacting_sentence = |b: &DocBlock| matches!(b, DocBlock::Paragraph { keep_with_next: true, text } if text.to_plain().ends_with(':'));
        let keeping: usize = body.iter().filter(|b| !enacting_sentence(b)).map(kept_in).sum();
        assert_eq!(keeping, 1, "{name}: {t:?}");
        // It is in the last block before the closing block.
        assert_eq!(kept_in(&body[body.len() - 1]), 1, "{name}: the last block before the closing keeps with it");
    }
}

#[test]
fn the_labels_are_the_contexts_and_follow_the_kind() {
    let label_of = |name: &str| -> (usize, String, bool) {
        let (_, blocks) = blocks_of(&common::example(name));
        blocks
            .iter()
            .enumerate()
            .find_map(|(i, b)| match b {
                DocBlock::Addressees { label, after_title, .. } => Some((i, label.clone(), *after_title)),
                _ => None,
            })
            .unwrap_or_else(|| panic!("{name}: no addressees"))
    };
    // A công văn: "Kính gửi:" first, under the header.
    assert_eq!(label_of("cong-van-121-bdvtu.toml"), (0, KINH_GUI.to_owned(), false));
    // A tờ trình: "Kính trình:" right under the title block (HD 05 9.2.4).
    assert_eq!(label_of("to-trinh-btgdv-dong-nai-2026.toml"), (1, KINH_TRINH.to_owned(), true));
    // A giấy mời: "Trân trọng kính mời:" after its opening.
    let (at, label, _) = label_of("giay-moi-nghia-thai-2026.toml");
    assert_eq!(label, KINH_MOI);
    assert!(at >= 1);
    // The other kinds have none.
    for name in ["nghia-thai-2024.toml", "quyet-dinh-cong-nhan-2023.toml", "quy-che-lam-dong-2026.toml"] {
        let (_, blocks) = blocks_of(&common::example(name));
        assert!(!types(&blocks).contains(&"addressees".to_owned()), "{name}");
    }
}

#[test]
fn a_decision_and_working_rules_order_their_parts() {
    let (_, qd) = blocks_of(&common::example("quyet-dinh-cong-nhan-2023.toml"));
    let t = types(&qd);
    let enacting = t.iter().position(|t| t == "enacting").expect("the enacting line");
    assert!(t[..enacting].iter().all(|t| t == "title" || t == "paragraph" || t == "basis-line"), "{t:?}");
    assert!(matches!(&qd[enacting + 1], DocBlock::Section { article: true, .. }), "{t:?}");

    let (_, qc) = blocks_of(&common::example("quy-che-lam-dong-2026.toml"));
    let t = types(&qc);
    assert!(!t.contains(&"enacting".to_owned()), "a Quy chế's enacting sentence is a paragraph: {t:?}");
    let first_division = t.iter().position(|t| t == "division").expect("divisions");
    assert!(t[first_division..].iter().take_while(|t| !t.ends_with("closing")).all(|t| t == "division" || t == "paragraph"), "{t:?}");
}
