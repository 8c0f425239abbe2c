//! JSON pointers (RFC 6901) into what the assistant sent, from the field
//! paths of the diagnostics (`content.sectors[2].items[0]` →
//! `/content/sectors/2/items/0`).

use serde_json::Value;

/// A key as one token of a JSON pointer: `~` → `~0`, `/` → `~1`.
pub fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// The JSON pointer of a field path into `sent`. A key may itself hold a
/// `.` or `[`: each step takes the longest key `sent` has there, so the
/// pointer names the member that was sent; a field that was not sent (a
/// required field left out) is split at its dots.
pub fn of_field(field: &str, sent: &Value) -> String {
    let mut out = String::new();
    let mut node = Some(sent);
    let mut rest = field;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('[') {
            let close = after.find(']').unwrap_or(after.len());
            let index = &after[..close];
            out.push('/');
            out.push_str(index);
            node = node.and_then(|n| index.parse::<usize>().ok().and_then(|i| n.get(i)));
            rest = after.get(close + 1..).unwrap_or("");
        } else {
            let ends = rest.match_indices(['.', '[']).map(|(i, _)| i).chain([rest.len()]);
            let ends: Vec<usize> = ends.filter(|&i| i > 0).collect();
            let object = node.and_then(Value::as_object);
            let len = ends.iter().rev().copied().find(|&i| object.is_some_and(|o| o.contains_key(&rest[..i]))).unwrap_or(ends[0]);
            let key = &rest[..len];
            out.push('/');
            out.push_str(&escape(key));
            node = object.and_then(|o| o.get(key));
            rest = &rest[len..];
        }
        rest = rest.strip_prefix('.').unwrap_or(rest);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn field_paths_become_pointers() {
        let sent = json!({ "content": { "sectors": [{}, {}, { "items": ["x"] }] }, "a.b": { "c/d": 1 } });
        assert_eq!(of_field("content.sectors[2].items[0]", &sent), "/content/sectors/2/items/0");
        assert_eq!(of_field("a.b.c/d", &sent), "/a.b/c~1d");
        assert_eq!(of_field("place", &sent), "/place");
        assert_eq!(of_field("invitation.time", &sent), "/invitation/time");
        assert_eq!(of_field("", &sent), "");
    }
}
