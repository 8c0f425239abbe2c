//! The README a newcomer can finish and the book behind it: the README stays
//! under 250 lines and opens with the two commands (render an example, run
//! the tests); every chapter the book's SUMMARY.md lists exists; every
//! relative link in the README, the book and docs/ leads to a file that
//! exists (a moved chapter or file fails here, not in a reader's browser).

mod common;

use std::fs;
use std::path::{Path, PathBuf};

fn links(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find("](") {
        rest = &rest[i + 2..];
        let Some(end) = rest.find(')') else { break };
        let target = &rest[..end];
        if !target.contains("://") && !target.starts_with('#') && !target.starts_with("mailto:") && !target.contains(' ') {
            out.push(target.split('#').next().unwrap_or("").to_owned());
        }
    }
    out
}

fn markdown_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            markdown_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "md") {
            out.push(path);
        }
    }
}

#[test]
fn the_readme_is_short_and_opens_with_the_two_commands() {
    let readme = fs::read_to_string(common::root().join("README.md")).unwrap();
    let lines = readme.lines().count();
    assert!(lines < 250, "README.md has {lines} lines: move the rest into the book (docs/book/src)");
    let first_block = readme.split("```sh\n").nth(1).and_then(|b| b.split("```").next()).unwrap_or("");
    assert!(first_block.contains("cargo run --release -- render examples/"), "{first_block}");
    assert!(first_block.contains("bash .ci/test-tools && cargo test --release"), "{first_block}");
    // The example it renders exists, and .ci/run runs the same test command.
    let example = first_block.split_whitespace().find(|w| w.starts_with("examples/")).unwrap();
    assert!(common::root().join(example).exists(), "{example}");
    let ci = fs::read_to_string(common::root().join(".ci/run")).unwrap();
    assert!(ci.contains("bash .ci/test-tools") && ci.trim_end().ends_with("cargo test --release"), "{ci}");
}

#[test]
fn every_chapter_and_every_relative_link_exists() {
    let root = common::root();
    let summary = fs::read_to_string(root.join("docs/book/src/SUMMARY.md")).unwrap();
    let chapters = links(&summary);
    assert!(chapters.len() >= 15, "{chapters:?}");
    let mut missing = Vec::new();
    for c in &chapters {
        if !root.join("docs/book/src").join(c).is_file() {
            missing.push(format!("SUMMARY.md → {c}"));
        }
    }
    let mut files = vec![root.join("README.md"), root.join("ARCHITECTURE.md")];
    markdown_files(&root.join("docs"), &mut files);
    for file in &files {
        let text = fs::read_to_string(file).unwrap();
        let base = file.parent().unwrap();
        for link in links(&text) {
            if link.is_empty() {
                continue;
            }
            if !base.join(&link).exists() {
                missing.push(format!("{} → {link}", file.strip_prefix(&root).unwrap().display()));
            }
        }
    }
    assert!(missing.is_empty(), "links to nothing:\n{}", missing.join("\n"));
}

/// `path` with `.` and `..` taken out (no file-system access).
fn normalised(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// The `href`s of an HTML page.
fn hrefs(html: &str) -> Vec<String> {
    html.split("href=\"").skip(1).filter_map(|rest| rest.split('"').next()).map(str::to_owned).collect()
}

/// The book builds with mdBook (`.ci/test-tools` installs it) into HTML
/// pages, one per chapter of SUMMARY.md, and every link of every page
/// resolves: inside the book to a page (and to a heading's id when the link
/// names one), outside it to a file of the repository (the book is read from
/// `docs/book/book/`, beside its sources, so those links keep their depth).
#[test]
fn the_book_builds_with_mdbook_and_every_link_resolves() {
    let root = common::root();
    let scratch = common::scratch_in("book", "html");
    let out = scratch.join("docs/book/book");
    let built = std::process::Command::new("mdbook")
        .arg("build")
        .arg(root.join("docs/book"))
        .arg("--dest-dir")
        .arg(&out)
        .output()
        .expect("mdbook (installed by `bash .ci/test-tools`)");
    let log = String::from_utf8_lossy(&built.stderr);
    assert!(built.status.success(), "mdbook build failed:\n{log}");
    // mdBook's warnings (an unclosed HTML tag hides text on the page) fail too.
    assert!(!log.contains(" WARN "), "mdbook warns:\n{log}");
    let summary = fs::read_to_string(root.join("docs/book/src/SUMMARY.md")).unwrap();
    for chapter in links(&summary) {
        let page = out.join(chapter.replace(".md", ".html"));
        assert!(page.is_file(), "{} was not built", page.display());
    }
    let mut broken = Vec::new();
    for entry in fs::read_dir(&out).unwrap() {
        let page = entry.unwrap().path();
        if page.extension().is_none_or(|e| e != "html") {
            continue;
        }
        let html = fs::read_to_string(&page).unwrap();
        for href in hrefs(&html) {
            if href.contains("://") || href.starts_with("mailto:") || href.starts_with("javascript:") {
                continue;
            }
            let (path, fragment) = href.split_once('#').unwrap_or((href.as_str(), ""));
            let target = if path.is_empty() { page.clone() } else { normalised(&page.parent().unwrap().join(path)) };
            if let Ok(inside) = target.strip_prefix(&out) {
                if !target.exists() {
                    broken.push(format!("{}: {href} (no page {})", page.file_name().unwrap().to_string_lossy(), inside.display()));
                } else if !fragment.is_empty() && target.extension().is_some_and(|e| e == "html") {
                    let text = fs::read_to_string(&target).unwrap();
                    if !text.contains(&format!("id=\"{fragment}\"")) {
                        broken.push(format!("{}: {href} (no heading #{fragment})", page.file_name().unwrap().to_string_lossy()));
                    }
                }
                continue;
            }
            // A link out of the book: a file of the repository (mdBook turns
            // a linked .md into .html).
            let in_repo = root.join(target.strip_prefix(&scratch).unwrap_or(&target));
            let exists = in_repo.exists() || in_repo.with_extension("md").exists();
            if !exists {
                broken.push(format!("{}: {href} (no file {})", page.file_name().unwrap().to_string_lossy(), in_repo.display()));
            }
        }
    }
    broken.sort();
    broken.dedup();
    assert!(broken.is_empty(), "links to nothing in the built book:\n{}", broken.join("\n"));
}
