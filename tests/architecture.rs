//! The shape of `src/` that ARCHITECTURE.md describes, checked on the code.
//!
//! Every file's imports are read — each path it names in code (comments and
//! doc links aside) from `crate::`, `super::` or `self::`, `use` groups
//! included — and resolved to the file that defines it; a name the crate
//! root re-exports (`crate::Prepared`, `crate::Error`, `crate::sign` …) is
//! followed to the file it comes from. On that graph of files:
//!
//! - no file imports, through others, a file that imports it (the library and
//!   the `kehoach` binary, foundations included);
//! - each stage imports only the stages above it (and the shared
//!   foundations), and a foundation only foundations (`error.rs` also the
//!   typeset stage's error type, which `Error::Internal` wraps);
//! - `src/` holds at most [`MAX_FLAT_FILES`] files; the rest are folders.
//!
//! A failure names the files and lines of the imports at fault.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::fs;
use std::path::{Path, PathBuf};

/// The stages in their order, each with the modules (`a::b`) it is; a file
/// belongs to the stage of the longest module path it lies in.
const STAGES: &[&[&str]] = &[
    &["load"],
    &["profile"],
    &["check"],
    &["fix"],
    &["context"],
    &["typeset"],
    &["render::prepared"],
    &["inspect", "verify"],
    &["document_system", "docx"],
    &["printed", "diff", "report"],
    &["render"],
    &["issuing"],
    &["mcp"],
];

/// Modules any stage may use (they are themselves in the circle check).
const FOUNDATIONS: &[&str] = &["model", "vietnamese", "diagnostic", "assets", "memo", "error", "sandbox", "i18n", "tr"];

/// The stage modules a foundation may use: `Error` wraps the typeset stage's own error.
const FOUNDATION_MAY_USE: &[(&str, &str)] = &[("error", "typeset::error")];

/// The most `.rs` files directly in `src/` (`lib.rs` and `main.rs` included).
const MAX_FLAT_FILES: usize = 12;

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// One import: the file it is in, its line, and the path it names (from the crate root).
#[derive(Clone, Debug)]
struct Import {
    line: usize,
    path: Vec<String>,
}

/// The files of one crate, by module path, and their imports.
struct Crate {
    /// The folder the module paths start from (`src/`).
    base: PathBuf,
    files: BTreeMap<Vec<String>, PathBuf>,
    imports: BTreeMap<Vec<String>, Vec<Import>>,
    /// The crate root's re-exports: a name → the path it stands for.
    aliases: BTreeMap<String, Vec<String>>,
}

/// The module path of a file under `src/` (`render/pdf.rs` → `render::pdf`).
fn module_of(relative: &Path) -> Vec<String> {
    let mut parts: Vec<String> = relative.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    let last = parts.pop().unwrap_or_default();
    let stem = last.trim_end_matches(".rs");
    if !matches!(stem, "mod" | "lib" | "main") {
        parts.push(stem.to_owned());
    }
    parts
}

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// The code of a file with its comments blanked out (line breaks kept), so
/// that positions still give line numbers.
fn code_of(text: &str) -> String {
    text.lines().map(|line| line.split("//").next().unwrap_or("")).collect::<Vec<_>>().join("\n")
}

/// The inline modules of a file (`mod tests { … }`): their names and the
/// byte range of their bodies. Formatted code closes one at its own indent.
fn inline_modules(code: &str) -> Vec<(String, std::ops::Range<usize>)> {
    let mut out = Vec::new();
    let mut open: Vec<(String, usize, usize)> = Vec::new();
    let mut at = 0;
    for line in code.split('\n') {
        let indent = line.len() - line.trim_start().len();
        let trimmed = line.trim();
        let words: Vec<&str> = trimmed.split_whitespace().collect();
        let mod_at = words.iter().position(|w| *w == "mod");
        if let Some(i) = mod_at.filter(|_| trimmed.ends_with('{') && words.len() >= 3) {
            if words[..i].iter().all(|w| w.starts_with("pub")) {
                open.push((words[i + 1].trim_end_matches('{').to_owned(), indent, at + line.len()));
            }
        } else if trimmed == "}" && open.last().is_some_and(|(_, i, _)| *i == indent) {
            let (name, _, start) = open.pop().unwrap();
            out.push((name, start..at));
        }
        at += line.len() + 1;
    }
    out
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Parses a use tree at `code[at..]` (`a::b`, `a::{b, c::d}`, `a::*`): the
/// paths it names, each as its segments (`self` resolved to its prefix).
fn parse_tree(code: &str, at: &mut usize, prefix: &[String], out: &mut Vec<Vec<String>>) {
    let bytes = code.as_bytes();
    let skip_space = |at: &mut usize| {
        while *at < bytes.len() && (bytes[*at] as char).is_whitespace() {
            *at += 1;
        }
    };
    let mut path = prefix.to_vec();
    loop {
        skip_space(at);
        if *at < bytes.len() && bytes[*at] == b'{' {
            *at += 1;
            loop {
                skip_space(at);
                if *at >= bytes.len() || bytes[*at] == b'}' {
                    *at += 1;
                    return;
                }
                parse_tree(code, at, &path, out);
                skip_space(at);
                if *at < bytes.len() && bytes[*at] == b',' {
                    *at += 1;
                }
            }
        }
        let start = *at;
        while *at < code.len() && code[*at..].starts_with(is_ident) {
            *at += code[*at..].chars().next().unwrap().len_utf8();
        }
        let segment = &code[start..*at];
        if segment.is_empty() {
            // `*`, or the end of the path.
            if *at < bytes.len() && bytes[*at] == b'*' {
                *at += 1;
            }
            out.push(path);
            return;
        }
        if segment != "self" {
            path.push(segment.to_owned());
        }
        if code[*at..].starts_with("::") {
            *at += 2;
        } else {
            // `as name`, generics or a call follow: the path ends here.
            skip_space(at);
            if code[*at..].starts_with("as ") {
                *at += 3;
                skip_space(at);
                while *at < code.len() && code[*at..].starts_with(is_ident) {
                    *at += 1;
                }
            }
            out.push(path);
            return;
        }
    }
}

/// Every path a piece of code names from `crate::`, `super::` or `self::`,
/// with its byte offset and the head that starts it.
fn named_paths(code: &str) -> Vec<(usize, &'static str, Vec<Vec<String>>)> {
    let mut out = Vec::new();
    for head in ["crate", "super", "self"] {
        let needle = format!("{head}::");
        for (i, _) in code.match_indices(&needle) {
            let before = code[..i].chars().next_back();
            if before.is_some_and(|c| is_ident(c) || c == '$' || c == ':') {
                continue; // `$crate::`, `super::super::` (read with its first `super`).
            }
            let mut at = i;
            let mut paths = Vec::new();
            parse_tree(code, &mut at, &[], &mut paths);
            out.push((i, head, paths));
        }
    }
    out
}

impl Crate {
    /// The crate whose root is `base/root` (`lib.rs` or `main.rs`), of the given files.
    fn read(base: &Path, root: &str, files: Vec<PathBuf>) -> Crate {
        let mut krate = Crate { base: base.to_path_buf(), files: BTreeMap::new(), imports: BTreeMap::new(), aliases: BTreeMap::new() };
        for file in files {
            let module = module_of(file.strip_prefix(base).unwrap());
            let code = code_of(&fs::read_to_string(&file).unwrap());
            let inline = inline_modules(&code);
            let mut imports = Vec::new();
            for (offset, head, paths) in named_paths(&code) {
                let line = code[..offset].matches('\n').count() + 1;
                // The module the code is in: the file's, and its inline modules.
                let mut here = module.clone();
                here.extend(inline.iter().filter(|(_, r)| r.contains(&offset)).map(|(n, _)| n.clone()));
                for segments in paths {
                    let mut segments = segments.into_iter().skip(1).peekable(); // the head
                    let path = match head {
                        "crate" => segments.collect(),
                        "self" => here.iter().cloned().chain(segments).collect(),
                        _ => {
                            let mut up = here.clone();
                            up.pop();
                            while segments.peek().is_some_and(|s| s == "super") {
                                segments.next();
                                up.pop();
                            }
                            up.into_iter().chain(segments).collect()
                        }
                    };
                    imports.push(Import { line, path });
                }
            }
            if file == base.join(root) {
                // `pub use a::b::{c, d as e};` at the root: the names it re-exports.
                for (i, _) in code.match_indices("pub use ") {
                    let mut at = i + "pub use ".len();
                    let mut paths = Vec::new();
                    parse_tree(&code, &mut at, &[], &mut paths);
                    for path in paths {
                        if let Some(name) = path.last() {
                            krate.aliases.insert(name.clone(), path.clone());
                        }
                    }
                }
            }
            krate.imports.insert(module.clone(), imports);
            krate.files.insert(module, file);
        }
        krate
    }

    /// The file a path names: the longest module it lies in, after following
    /// the crate root's re-exports.
    fn resolve(&self, path: &[String]) -> Option<&Vec<String>> {
        let mut path = path.to_vec();
        for _ in 0..4 {
            let module = (0..=path.len()).rev().map(|n| &path[..n]).find(|p| self.files.contains_key(*p))?;
            if !module.is_empty() || path.is_empty() {
                return self.files.get_key_value(module).map(|(k, _)| k);
            }
            // A name at the root that is not a module: a re-export.
            let target = self.aliases.get(&path[0])?;
            path = target.iter().cloned().chain(path[1..].iter().cloned()).collect();
        }
        None
    }

    /// Each file's imports of other files, with the line of each.
    fn graph(&self) -> BTreeMap<&Vec<String>, BTreeMap<&Vec<String>, usize>> {
        let mut graph = BTreeMap::new();
        for (module, imports) in &self.imports {
            let edges: &mut BTreeMap<&Vec<String>, usize> = graph.entry(module).or_default();
            for import in imports {
                if let Some(target) = self.resolve(&import.path).filter(|t| *t != module) {
                    edges.entry(target).or_insert(import.line);
                }
            }
        }
        graph
    }

    fn name(&self, module: &Vec<String>) -> String {
        self.files[module].strip_prefix(&self.base).unwrap().display().to_string()
    }

    /// Every import circle, each as its files in order with the line of each
    /// import ("a.rs:3 → b.rs:9 → a.rs").
    fn circles(&self) -> Vec<String> {
        let graph = self.graph();
        let mut seen: BTreeSet<BTreeSet<&Vec<String>>> = BTreeSet::new();
        let mut out = Vec::new();
        for (&from, edges) in &graph {
            for &to in edges.keys() {
                // The shortest way back from `to` to `from`.
                let mut back: BTreeMap<&Vec<String>, &Vec<String>> = BTreeMap::new();
                let mut queue = VecDeque::from([to]);
                while let Some(at) = queue.pop_front() {
                    if at == from {
                        break;
                    }
                    for &next in graph.get(at).into_iter().flat_map(|e| e.keys()) {
                        if next != to && !back.contains_key(next) {
                            back.insert(next, at);
                            queue.push_back(next);
                        }
                    }
                }
                if !back.contains_key(from) {
                    continue;
                }
                let mut circle = vec![from];
                let mut at = from;
                while at != to {
                    at = back[at];
                    circle.push(at);
                }
                circle.reverse(); // to … from
                circle.insert(0, from); // from → to … → from
                if !seen.insert(circle.iter().copied().collect()) {
                    continue;
                }
                let steps: Vec<String> =
                    circle.windows(2).map(|w| format!("{}:{}", self.name(w[0]), graph[w[0]][w[1]])).collect();
                out.push(format!("{} → {}", steps.join(" → "), self.name(from)));
            }
        }
        out
    }
}

fn library() -> Crate {
    let root = src();
    let files = rust_files(&root).into_iter().filter(|f| f != &root.join("main.rs") && !f.starts_with(root.join("cli"))).collect();
    Crate::read(&root, "lib.rs", files)
}

fn binary() -> Crate {
    let root = src();
    let mut files = rust_files(&root.join("cli"));
    files.push(root.join("main.rs"));
    Crate::read(&root, "main.rs", files)
}

#[test]
fn no_file_imports_a_file_that_imports_it() {
    let mut circles = library().circles();
    circles.extend(binary().circles());
    assert!(circles.is_empty(), "import circles (file:line of each import):\n{}", circles.join("\n"));
}

/// The stage of a module: the index in [`STAGES`] of the longest module path
/// it lies in; `None` for a foundation or the crate root.
fn stage_of(module: &[String]) -> Option<Result<usize, ()>> {
    let joined = module.join("::");
    if module.is_empty() || FOUNDATIONS.contains(&module[0].as_str()) {
        return None;
    }
    let within = |m: &str| joined == m || joined.starts_with(&format!("{m}::"));
    let best = STAGES
        .iter()
        .enumerate()
        .flat_map(|(rank, modules)| modules.iter().map(move |m| (rank, *m)))
        .filter(|(_, m)| within(m))
        .max_by_key(|(_, m)| m.len());
    Some(best.map(|(rank, _)| rank).ok_or(()))
}

#[test]
fn every_stage_imports_only_the_stages_above_it() {
    let krate = library();
    let mut problems = Vec::new();
    for (from, edges) in krate.graph() {
        let Some(rank) = stage_of(from) else {
            // A foundation uses only foundations (and the typeset stage's error type, which `Error` wraps).
            if !from.is_empty() {
                for (to, line) in edges.iter().filter(|(to, _)| stage_of(to).is_some() && !FOUNDATION_MAY_USE.contains(&(from[0].as_str(), to.join("::").as_str()))) {
                    problems.push(format!("{}:{line}: the foundation `{}` uses the stage file {}", krate.name(from), from[0], krate.name(to)));
                }
            }
            continue;
        };
        let Ok(rank) = rank else {
            problems.push(format!("{} is neither a stage nor a foundation: add it to this test's tables", krate.name(from)));
            continue;
        };
        for (to, line) in edges {
            match stage_of(to) {
                Some(Ok(r)) if r > rank => problems.push(format!(
                    "{}:{line}: stage `{}` uses the later stage `{}` ({})",
                    krate.name(from),
                    STAGES[rank].join(", "),
                    STAGES[r].join(", "),
                    krate.name(to)
                )),
                Some(Err(())) => problems.push(format!("{}: not a stage nor a foundation: add it to this test's tables", krate.name(to))),
                _ => {}
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn src_holds_few_flat_files() {
    let flat: Vec<String> = fs::read_dir(src())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "rs"))
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert!(
        flat.len() <= MAX_FLAT_FILES,
        "src/ has {} flat files ({}); at most {MAX_FLAT_FILES}: put a new module in a folder of its stage",
        flat.len(),
        flat.join(", ")
    );
}

#[test]
fn the_reader_finds_every_import() {
    let code = code_of("use crate::verify::blocks::{self, Who}; // crate::sign\nuse super::{a::b, c as d};\n/// see [`crate::sign`]\nlet x = crate::typeset::png(&doc);");
    let found: Vec<(&str, Vec<Vec<String>>)> = named_paths(&code).into_iter().map(|(_, h, p)| (h, p)).collect();
    let path = |s: &str| s.split("::").map(str::to_owned).collect::<Vec<_>>();
    assert_eq!(
        found,
        [
            ("crate", vec![path("crate::verify::blocks"), path("crate::verify::blocks::Who")]),
            ("crate", vec![path("crate::typeset::png")]),
            ("super", vec![path("super::a::b"), path("super::c")]),
        ]
    );
}

#[test]
fn a_circle_is_found_and_named() {
    let dir = std::env::temp_dir().join(format!("kehoach-architecture-{}", std::process::id()));
    fs::create_dir_all(dir.join("a")).unwrap();
    fs::write(dir.join("lib.rs"), "mod a;\nmod b;\nmod c;\npub use a::Root;\n").unwrap();
    fs::write(dir.join("a/mod.rs"), "use crate::b::Thing;\npub struct Root;\n#[cfg(test)]\nmod tests {\n    use super::*;\n}\n").unwrap();
    fs::write(dir.join("b.rs"), "pub struct Thing;\nfn f() {\n    crate::c::g()\n}\n").unwrap();
    fs::write(dir.join("c.rs"), "use crate::Root; // the root's re-export of a::Root\npub fn g() {}\n").unwrap();
    let krate = Crate::read(&dir, "lib.rs", rust_files(&dir));
    let circles = krate.circles();
    fs::remove_dir_all(&dir).ok();
    assert_eq!(circles.len(), 1, "{circles:?}");
    let circle = &circles[0];
    assert!(
        ["a/mod.rs:1 → b.rs:3 → c.rs:1 → a/mod.rs", "b.rs:3 → c.rs:1 → a/mod.rs:1 → b.rs", "c.rs:1 → a/mod.rs:1 → b.rs:3 → c.rs"]
            .contains(&circle.as_str()),
        "{circle}"
    );
}

/// The templates that dress a document: the Typst layout library, the DOCX
/// parts and the Typst source template(s). They dress the context's blocks
/// and decide nothing per kind (src/context/blocks.rs does).
fn dressing_templates() -> Vec<(PathBuf, String)> {
    let templates = Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
    let mut files = Vec::new();
    for dir in [templates.join("lib"), templates.join("docx")] {
        for entry in fs::read_dir(&dir).unwrap() {
            files.push(entry.unwrap().path());
        }
    }
    for entry in fs::read_dir(&templates).unwrap() {
        let path = entry.unwrap().path();
        if path.to_string_lossy().ends_with(".typ.j2") {
            files.push(path);
        }
    }
    assert!(files.len() >= 3, "the templates are found: {files:?}");
    files.into_iter().map(|f| (f.clone(), fs::read_to_string(&f).unwrap())).collect()
}

/// No template names a kind: the order and the parts of each kind are
/// decided once, in `context::blocks::layout`, and both writers follow it.
#[test]
fn no_template_names_a_kind() {
    for (file, text) in dressing_templates() {
        for kind in kehoach::model::Kind::ALL {
            assert!(!text.contains(kind.id()), "{} names the kind `{}`", file.display(), kind.id());
        }
    }
}

/// No template writes a label: "Kính gửi:" and its like are printed words,
/// which come from the context like every other.
#[test]
fn no_template_writes_a_label() {
    use kehoach::context::blocks::{KINH_GUI, KINH_MOI, KINH_TRINH};
    for (file, text) in dressing_templates() {
        for label in [KINH_GUI, KINH_TRINH, KINH_MOI, "Nơi nhận:"] {
            assert!(!text.contains(label), "{} writes the label {label:?}", file.display());
        }
    }
}
