//! The one walk over a parsed TOML file: every value with its field path
//! (`content.sectors[2].items[0]`), its source span and its key's span, in the
//! order of the file, built once per file. Every check that looks at values
//! (limits, text, glyphs, schema) iterates this list, and every located
//! diagnostic finds its place in the owned [`Positions`] taken from it.

use std::collections::HashMap;
use std::ops::Range;

use toml::de::{DeTable, DeValue};
use toml::Spanned;

/// One value of the file.
#[derive(Debug)]
pub struct Node<'a> {
    /// Field path; empty for the root table.
    pub path: String,
    /// The key naming the value in its table (`None` for the root and for
    /// array items).
    pub key: Option<&'a str>,
    /// Source span of the key.
    pub key_span: Option<Range<usize>>,
    /// The value.
    pub value: &'a DeValue<'a>,
    /// Source span of the value.
    pub span: Range<usize>,
    /// The indices (into [`Tree::nodes`]) of the values inside a table or array.
    pub children: Vec<usize>,
    /// How many `sections` keys the path passes through.
    pub section_depth: usize,
}

/// Every value of a file, the root table first, then in the order of the file.
#[derive(Debug)]
pub struct Tree<'a> {
    nodes: Vec<Node<'a>>,
    /// Set when the walk stopped at `max_values`.
    truncated: bool,
}

impl<'a> Tree<'a> {
    /// Walks a parsed file, visiting at most `max_values` values (the root
    /// table not counted), so that the work is bounded however large the file.
    pub fn build(root: &'a Spanned<DeTable<'a>>, max_values: usize) -> Tree<'a> {
        let mut tree = Tree { nodes: Vec::new(), truncated: false };
        let root_node = Node {
            path: String::new(),
            key: None,
            key_span: None,
            value: empty_table(),
            span: root.span(),
            children: Vec::new(),
            section_depth: 0,
        };
        tree.nodes.push(root_node);
        let children = tree.table(root.get_ref(), 0, max_values);
        tree.nodes[0].children = children;
        tree
    }

    /// The children of a table, each added with its own subtree.
    fn table(&mut self, t: &'a DeTable<'a>, parent: usize, max: usize) -> Vec<usize> {
        let mut out = Vec::new();
        for (key, value) in t.iter() {
            let name: &str = key.get_ref();
            let path = join(&self.nodes[parent].path, name);
            let depth = self.nodes[parent].section_depth + usize::from(name == "sections");
            match self.add(path, Some((name, key.span())), value, depth, max) {
                Some(i) => out.push(i),
                None => break,
            }
        }
        out
    }

    /// Adds one value and everything inside it; `None` once `max` is reached.
    fn add(&mut self, path: String, key: Option<(&'a str, Range<usize>)>, value: &'a Spanned<DeValue<'a>>, section_depth: usize, max: usize) -> Option<usize> {
        if self.nodes.len() > max {
            self.truncated = true;
            return None;
        }
        let index = self.nodes.len();
        let (key, key_span) = key.map_or((None, None), |(k, s)| (Some(k), Some(s)));
        self.nodes.push(Node { path, key, key_span, value: value.get_ref(), span: value.span(), children: Vec::new(), section_depth });
        let children = match value.get_ref() {
            DeValue::Table(t) => self.table(t, index, max),
            DeValue::Array(items) => {
                let mut out = Vec::new();
                for (i, item) in items.iter().enumerate() {
                    let path = format!("{}[{i}]", self.nodes[index].path);
                    match self.add(path, None, item, section_depth, max) {
                        Some(c) => out.push(c),
                        None => break,
                    }
                }
                out
            }
            _ => Vec::new(),
        };
        self.nodes[index].children = children;
        Some(index)
    }

    /// Every value, the root table first ([`Node::value`] of the root is an
    /// empty table: its entries are its children).
    pub fn nodes(&self) -> &[Node<'a>] {
        &self.nodes
    }

    /// Whether the walk stopped at its limit (the file holds more values).
    pub fn truncated(&self) -> bool {
        self.truncated
    }

    /// Every string value with its path and span, in the order of the file.
    pub fn strings(&self) -> impl Iterator<Item = (&str, &'a str, Range<usize>)> + '_ {
        self.nodes.iter().filter_map(|n| match n.value {
            DeValue::String(s) => Some((n.path.as_str(), s.as_ref(), n.span.clone())),
            _ => None,
        })
    }

    /// The source positions of every value, owned, for locating diagnostics
    /// after the parsed file is gone.
    pub fn positions(&self) -> Positions {
        Positions { spans: self.nodes.iter().map(|n| (n.path.clone(), n.span.clone())).collect() }
    }
}

/// The source span of every value of a file, by field path.
#[derive(Clone, Debug, Default)]
pub struct Positions {
    spans: HashMap<String, Range<usize>>,
}

impl Positions {
    /// The span of the value at a field path (`""` is the whole file).
    pub fn span(&self, path: &str) -> Option<Range<usize>> {
        self.spans.get(path).cloned()
    }
}

/// `path.key`, or `key` at the top level.
pub fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// The stand-in value of the root node.
fn empty_table() -> &'static DeValue<'static> {
    static EMPTY: std::sync::LazyLock<DeValue<'static>> = std::sync::LazyLock::new(|| DeValue::Table(DeTable::new()));
    &EMPTY
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_spans_and_order_follow_the_file() {
        let src = "a = 1\n[content]\nsectors = [{ items = [\"x\", \"yy\"] }]\n";
        let table = DeTable::parse(src).unwrap();
        let tree = Tree::build(&table, 100);
        let paths: Vec<&str> = tree.nodes().iter().map(|n| n.path.as_str()).collect();
        assert_eq!(paths, ["", "a", "content", "content.sectors", "content.sectors[0]", "content.sectors[0].items", "content.sectors[0].items[0]", "content.sectors[0].items[1]"]);
        let positions = tree.positions();
        assert_eq!(&src[positions.span("content.sectors[0].items[1]").unwrap()], "\"yy\"");
        assert_eq!(positions.span("content.missing"), None);
        let strings: Vec<&str> = tree.strings().map(|s| s.1).collect();
        assert_eq!(strings, ["x", "yy"]);
        assert!(!tree.truncated());
    }

    #[test]
    fn the_walk_stops_at_its_limit() {
        let src = "a = [1, 2, 3, 4, 5]";
        let table = DeTable::parse(src).unwrap();
        let tree = Tree::build(&table, 3);
        assert!(tree.truncated());
        assert_eq!(tree.nodes().len(), 4);
    }
}
