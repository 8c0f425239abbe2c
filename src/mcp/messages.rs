//! Every message the server adds, in Vietnamese and English side by side
//! (the people who use kehoach read Vietnamese first): one function per
//! message, so that moving them into the localisation files is mechanical.
//! A message is sent as "tiếng Việt | English".

fn both(vi: String, en: String) -> String {
    format!("{vi} | {en}")
}

/// The root directory cannot be used.
pub fn root_unusable(dir: &str, why: &str) -> String {
    both(format!("không dùng được thư mục gốc {dir}: {why}"), format!("cannot use the root directory {dir}: {why}"))
}

/// An empty path.
pub fn path_empty() -> String {
    both("đường dẫn rỗng: hãy ghi tên tệp trong thư mục gốc".into(), "the path is empty: name a file inside the root directory".into())
}

/// A path with control characters or too long.
pub fn path_unusable(name: &str) -> String {
    let shown: String = name.chars().take(80).map(|c| if c.is_control() { '\u{fffd}' } else { c }).collect();
    both(
        format!("đường dẫn `{shown}` bị từ chối: quá dài hoặc có ký tự điều khiển"),
        format!("the path `{shown}` is refused: too long, or it holds control characters"),
    )
}

/// An absolute path.
pub fn path_absolute(name: &str) -> String {
    both(
        format!("đường dẫn tuyệt đối `{name}` bị từ chối: chỉ dùng đường dẫn tương đối trong thư mục gốc"),
        format!("the absolute path `{name}` is refused: name a path relative to the root directory"),
    )
}

/// A path with `..`.
pub fn path_parent(name: &str) -> String {
    both(
        format!("đường dẫn `{name}` bị từ chối: không được dùng `..` để ra khỏi thư mục gốc"),
        format!("the path `{name}` is refused: `..` may not lead outside the root directory"),
    )
}

/// A path that leads outside the root through a symlink.
pub fn path_outside(name: &str) -> String {
    both(
        format!("đường dẫn `{name}` bị từ chối: nó dẫn ra ngoài thư mục gốc (qua liên kết tượng trưng)"),
        format!("the path `{name}` is refused: it leads outside the root directory (through a symlink)"),
    )
}

/// A file to write that is a symlink.
pub fn path_symlink(name: &str) -> String {
    both(
        format!("không ghi đè `{name}`: đó là một liên kết tượng trưng"),
        format!("`{name}` is not replaced: it is a symlink"),
    )
}

/// A path that is not a regular file.
pub fn not_a_file(name: &str) -> String {
    both(format!("`{name}` không phải là một tệp"), format!("`{name}` is not a regular file"))
}

/// A file that cannot be read.
pub fn cannot_read(name: &str, why: &str) -> String {
    both(format!("không đọc được `{name}`: {why}"), format!("cannot read `{name}`: {why}"))
}

/// A file that cannot be written.
pub fn cannot_write(name: &str, why: &str) -> String {
    both(format!("không ghi được `{name}`: {why}"), format!("cannot write `{name}`: {why}"))
}

/// A file that exists and may not be replaced.
pub fn exists(name: &str) -> String {
    both(
        format!("`{name}` đã có; đặt \"overwrite\": true để ghi đè"),
        format!("`{name}` exists; set \"overwrite\": true to replace it"),
    )
}

/// An unknown kind of document.
pub fn unknown_kind(kind: &str, known: &str) -> String {
    both(
        format!("không có loại văn bản `{kind}`; các loại là: {known}"),
        format!("unknown kind `{kind}`; the kinds are: {known}"),
    )
}

/// A missing or mistyped argument of a tool.
pub fn bad_argument(name: &str, expected: &str) -> String {
    both(format!("tham số `{name}` phải là {expected}"), format!("the argument `{name}` must be {expected}"))
}

/// No source, or several, given to a tool.
pub fn one_source() -> String {
    both(
        "cho đúng một nguồn: \"path\" (tệp .toml trong thư mục gốc), \"toml\" (văn bản TOML) hoặc \"kind\" và \"fields\" (JSON)".into(),
        "give exactly one source: \"path\" (a .toml file under the root), \"toml\" (TOML text) or \"kind\" with \"fields\" (JSON)".into(),
    )
}

/// JSON `null`, which TOML cannot write.
pub fn null_value() -> String {
    both(
        "TOML không có giá trị null: bỏ hẳn trường này nếu không dùng".into(),
        "TOML has no null: leave the field out instead".into(),
    )
}

/// A number TOML cannot hold.
pub fn number_too_large(n: &str) -> String {
    both(format!("số {n} vượt quá số nguyên 64 bit của TOML"), format!("the number {n} is beyond TOML's 64-bit integers"))
}

/// `fields` is not a JSON object.
pub fn fields_not_object() -> String {
    both(
        "\"fields\" phải là một đối tượng JSON: các trường của văn bản, như trong bản mẫu của công cụ schema".into(),
        "\"fields\" must be a JSON object: the document's fields, as in the blueprint of the schema tool".into(),
    )
}

/// `fields.kind` differs from `kind`.
pub fn kind_mismatch(kind: &str) -> String {
    both(
        format!("\"kind\" trong fields khác với loại `{kind}` đã chọn: bỏ nó đi"),
        format!("\"kind\" in fields differs from the chosen kind `{kind}`: leave it out"),
    )
}

/// A string longer than the limit for one string.
pub fn string_too_long(len: usize, limit: usize) -> String {
    both(
        format!("chuỗi này dài {len} byte; giới hạn cho một chuỗi là {limit} byte: tách thành nhiều đoạn"),
        format!("this string is {len} bytes; the limit for one string is {limit} bytes: split it into several paragraphs"),
    )
}

/// Too much text in all.
pub fn text_too_long(limit: usize) -> String {
    both(
        format!("tổng văn bản vượt quá {limit} byte tại đây: một văn bản Đảng không dài như vậy, hãy tách ra"),
        format!("the text passes {limit} bytes here: a single Party document is never this long, split it"),
    )
}

/// Too many values.
pub fn too_many_values(limit: usize) -> String {
    both(format!("dữ liệu có hơn {limit} giá trị; đó là giới hạn"), format!("the data holds more than {limit} values; that is the limit"))
}

/// Nested too deep.
pub fn too_deep(limit: usize) -> String {
    both(format!("dữ liệu lồng sâu hơn {limit} cấp; đó là giới hạn"), format!("the data is nested more than {limit} levels deep; that is the limit"))
}

/// A page number outside the document.
pub fn no_such_page(page: usize, pages: usize) -> String {
    both(format!("không có trang {page}: văn bản có {pages} trang"), format!("there is no page {page}: the document has {pages} pages"))
}

/// A PDF without embedded files.
pub fn nothing_embedded(name: &str) -> String {
    both(
        format!("{name} không có tệp đính kèm: hãy kết xuất với embed_source"),
        format!("{name} has no embedded files: render it with embed_source"),
    )
}

/// A panic inside a tool: a bug, answered as an error.
pub fn internal(what: &str, message: &str) -> String {
    both(
        format!("lỗi nội bộ (xin báo lại): {what} bị dừng đột ngột: {message}"),
        format!("internal error (please report it): {what} panicked: {message}"),
    )
}

/// The summary line of a valid document.
pub fn valid(warnings: usize) -> String {
    both(format!("hợp lệ, {warnings} cảnh báo"), format!("valid, {warnings} warnings"))
}

/// The summary line of an invalid document.
pub fn invalid(errors: usize) -> String {
    both(
        format!("không hợp lệ: {errors} lỗi, mỗi lỗi ghi vị trí (pointer JSON khi nguồn là fields)"),
        format!("invalid: {errors} errors, each located (a JSON pointer when the source is fields)"),
    )
}

/// A message longer than the server reads.
pub fn message_too_long(limit: usize) -> String {
    both(format!("thông điệp dài quá {limit} byte"), format!("the message is longer than {limit} bytes"))
}

/// A line that is not JSON.
pub fn not_json(why: &str) -> String {
    both(format!("không phải JSON: {why}"), format!("not JSON: {why}"))
}

/// A JSON value that is not a JSON-RPC 2.0 request.
pub fn not_a_request(why: &str) -> String {
    both(format!("không phải yêu cầu JSON-RPC 2.0: {why}"), format!("not a JSON-RPC 2.0 request: {why}"))
}

/// An unknown method.
pub fn no_method(method: &str) -> String {
    both(format!("không có phương thức `{method}`"), format!("method not found: `{method}`"))
}

/// An unknown resource.
pub fn no_resource(uri: &str) -> String {
    both(
        format!("không có tài nguyên `{uri}`: các quy tắc là kehoach://rules/<mã>"),
        format!("resource not found: `{uri}`; the rules are kehoach://rules/<id>"),
    )
}

/// An unknown tool.
pub fn no_tool(name: &str, known: &str) -> String {
    both(format!("không có công cụ `{name}`; các công cụ là: {known}"), format!("unknown tool `{name}`; the tools are: {known}"))
}

/// The server's instructions to the assistant, sent at initialisation.
pub const INSTRUCTIONS: &str = "kehoach soạn văn bản của Đảng (Kế hoạch, Công văn, Giấy mời …) đúng thể thức Hướng dẫn 05-HD/VPTW (2026) và 36-HD/VPTW (2018). \
Quy trình: kinds → schema (lược đồ JSON và bản mẫu điền sẵn) → compose (JSON → TOML, lỗi theo JSON pointer) → sửa → render (PDF, DOCX, PNG) → verify. \
Mọi đường dẫn là tương đối trong thư mục gốc của máy chủ. Các quy tắc thể thức là tài nguyên kehoach://rules/<mã>. | \
kehoach drafts Vietnamese Party documents in the form of Hướng dẫn 05-HD/VPTW (2026) and 36-HD/VPTW (2018). \
Workflow: kinds → schema (the JSON Schema and a filled-in blueprint) → compose (JSON → TOML, problems by JSON pointer) → fix → render (PDF, DOCX, PNG) → verify. \
Every path is relative to the server's root directory. The rules of the form are resources kehoach://rules/<id>.";
