//! Every message the server adds, in Vietnamese and English side by side
//! (the people who use kehoach read Vietnamese first): one function per
//! message, its words in the localisation files (`locales/*/mcp.ftl`).
//! A message is sent as "tiếng Việt | English", whatever the server's
//! language: an assistant relays it to a person whose language it knows.

use crate::i18n::{tr_in, Lang};

/// The message `id` as "tiếng Việt | English".
fn both(id: &str, args: &[(&str, &dyn std::fmt::Display)]) -> String {
    format!("{} | {}", tr_in(Lang::Vi, id, args), tr_in(Lang::En, id, args))
}

/// The message `id` as "tiếng Việt | English", its argument `why` an
/// operating-system error said in each language ([`crate::Error::io_reason_in`]).
fn both_io(id: &str, args: &[(&str, &dyn std::fmt::Display)], e: &std::io::Error) -> String {
    let said = |lang: Lang| {
        let why = crate::Error::io_reason_in(lang, e);
        let mut all: Vec<(&str, &dyn std::fmt::Display)> = args.to_vec();
        all.push(("why", &why));
        tr_in(lang, id, &all)
    };
    format!("{} | {}", said(Lang::Vi), said(Lang::En))
}

/// The root directory cannot be opened.
pub fn root_unusable_io(dir: &str, e: &std::io::Error) -> String {
    both_io("mcp-root-unusable", &[("dir", &dir)], e)
}

/// A file that cannot be read, for an operating-system error.
pub fn cannot_read_io(name: &str, e: &std::io::Error) -> String {
    both_io("mcp-cannot-read", &[("name", &name)], e)
}

/// A file that cannot be written, for an operating-system error.
pub fn cannot_write_io(name: &str, e: &std::io::Error) -> String {
    both_io("mcp-cannot-write", &[("name", &name)], e)
}

/// The root directory cannot be used.
pub fn root_unusable(dir: &str, why: &str) -> String {
    both("mcp-root-unusable", &[("dir", &dir), ("why", &why)])
}

/// An empty path.
pub fn path_empty() -> String {
    both("mcp-path-empty", &[])
}

/// A path with control characters or too long.
pub fn path_unusable(name: &str) -> String {
    let shown: String = name.chars().take(80).map(|c| if c.is_control() { '\u{fffd}' } else { c }).collect();
    both("mcp-path-unusable", &[("shown", &shown)])
}

/// An absolute path.
pub fn path_absolute(name: &str) -> String {
    both("mcp-path-absolute", &[("name", &name)])
}

/// A path with `..`.
pub fn path_parent(name: &str) -> String {
    both("mcp-path-parent", &[("name", &name)])
}

/// A path that leads outside the root through a symlink.
pub fn path_outside(name: &str) -> String {
    both("mcp-path-outside", &[("name", &name)])
}

/// A file to write that is a symlink.
pub fn path_symlink(name: &str) -> String {
    both("mcp-path-symlink", &[("name", &name)])
}

/// A path that is not a regular file.
pub fn not_a_file(name: &str) -> String {
    both("mcp-not-a-file", &[("name", &name)])
}

/// A file that cannot be read.
pub fn cannot_read(name: &str, why: &str) -> String {
    both("mcp-cannot-read", &[("name", &name), ("why", &why)])
}

/// A file that cannot be written.
pub fn cannot_write(name: &str, why: &str) -> String {
    both("mcp-cannot-write", &[("name", &name), ("why", &why)])
}

/// A file that exists and may not be replaced.
pub fn exists(name: &str) -> String {
    both("mcp-exists", &[("name", &name)])
}

/// An unknown kind of document.
pub fn unknown_kind(kind: &str, known: &str) -> String {
    both("mcp-unknown-kind", &[("kind", &kind), ("known", &known)])
}

/// A missing or mistyped argument of a tool; `expected` is the id of what
/// it must be (`mcp-expected-string` …), said in each language.
pub fn bad_argument(name: &str, expected: &str) -> String {
    bad_argument_with(name, expected, &[])
}

/// An argument that must be one of some codes.
pub fn bad_argument_one_of(name: &str, codes: &str) -> String {
    bad_argument_with(name, "mcp-expected-one-of", &[("codes", &codes)])
}

fn bad_argument_with(name: &str, expected: &str, args: &[(&str, &dyn std::fmt::Display)]) -> String {
    let said = |lang: Lang| {
        let what = tr_in(lang, expected, args);
        tr_in(lang, "mcp-bad-argument", &[("expected", &what), ("name", &name)])
    };
    format!("{} | {}", said(Lang::Vi), said(Lang::En))
}

/// No source, or several, given to a tool.
pub fn one_source() -> String {
    both("mcp-one-source", &[])
}

/// JSON `null`, which TOML cannot write.
pub fn null_value() -> String {
    both("mcp-null-value", &[])
}

/// A number TOML cannot hold.
pub fn number_too_large(n: &str) -> String {
    both("mcp-number-too-large", &[("n", &n)])
}

/// `fields` is not a JSON object.
pub fn fields_not_object() -> String {
    both("mcp-fields-not-object", &[])
}

/// `fields.kind` differs from `kind`.
pub fn kind_mismatch(kind: &str) -> String {
    both("mcp-kind-mismatch", &[("kind", &kind)])
}

/// A string longer than the limit for one string.
pub fn string_too_long(len: usize, limit: usize) -> String {
    both("mcp-string-too-long", &[("len", &len), ("limit", &limit)])
}

/// Too much text in all.
pub fn text_too_long(limit: usize) -> String {
    both("mcp-text-too-long", &[("limit", &limit)])
}

/// Too many values.
pub fn too_many_values(limit: usize) -> String {
    both("mcp-too-many-values", &[("limit", &limit)])
}

/// Nested too deep.
pub fn too_deep(limit: usize) -> String {
    both("mcp-too-deep", &[("limit", &limit)])
}

/// A page number outside the document.
pub fn no_such_page(page: usize, pages: usize) -> String {
    both("mcp-no-such-page", &[("page", &page), ("pages", &pages)])
}

/// A PDF without embedded files.
pub fn nothing_embedded(name: &str) -> String {
    both("mcp-nothing-embedded", &[("name", &name)])
}

/// A panic inside a tool: a bug, answered as an error.
pub fn internal(what: &str, message: &str) -> String {
    both("mcp-internal", &[("message", &message), ("what", &what)])
}

/// The summary line of a valid document.
pub fn valid(warnings: usize) -> String {
    both("mcp-valid", &[("warnings", &warnings)])
}

/// The summary line of an invalid document.
pub fn invalid(errors: usize) -> String {
    both("mcp-invalid", &[("errors", &errors)])
}

/// A message longer than the server reads.
pub fn message_too_long(limit: usize) -> String {
    both("mcp-message-too-long", &[("limit", &limit)])
}

/// A line that is not JSON.
pub fn not_json(why: &str) -> String {
    both("mcp-not-json", &[("why", &why)])
}

/// A JSON value that is not a JSON-RPC 2.0 request.
pub fn not_a_request(why: &str) -> String {
    both("mcp-not-a-request", &[("why", &why)])
}

/// An unknown method.
pub fn no_method(method: &str) -> String {
    both("mcp-no-method", &[("method", &method)])
}

/// An unknown resource.
pub fn no_resource(uri: &str) -> String {
    both("mcp-no-resource", &[("uri", &uri)])
}

/// An unknown tool.
pub fn no_tool(name: &str, known: &str) -> String {
    both("mcp-no-tool", &[("known", &known), ("name", &name)])
}

/// The server's instructions to the assistant, sent at initialisation.
pub const INSTRUCTIONS: &str = "kehoach soạn văn bản của Đảng (Kế hoạch, Công văn, Giấy mời …) đúng thể thức Hướng dẫn 05-HD/VPTW (2026) và 36-HD/VPTW (2018). \
Quy trình: kinds → schema (lược đồ JSON và bản mẫu điền sẵn) → compose (JSON → TOML, lỗi theo JSON pointer) → sửa → render (PDF, DOCX, PNG) → verify. \
Mọi đường dẫn là tương đối trong thư mục gốc của máy chủ. Các quy tắc thể thức là tài nguyên kehoach://rules/<mã>. | \
kehoach drafts Vietnamese Party documents in the form of Hướng dẫn 05-HD/VPTW (2026) and 36-HD/VPTW (2018). \
Workflow: kinds → schema (the JSON Schema and a filled-in blueprint) → compose (JSON → TOML, problems by JSON pointer) → fix → render (PDF, DOCX, PNG) → verify. \
Every path is relative to the server's root directory. The rules of the form are resources kehoach://rules/<id>.";
