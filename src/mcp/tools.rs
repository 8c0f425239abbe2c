//! The tools of the server: what each takes (its JSON Schema, described in
//! Vietnamese and English) and what it answers. Each is the library's own
//! entry point — `crate::prepare`, `crate::render_pdf_output`,
//! `crate::render_docx`, `crate::verify`, `crate::embed` — with the
//! command line's checks and limits; the answer is JSON (`structuredContent`,
//! and the same as text), a PNG page also as an image.
//!
//! A document comes from exactly one source: `path` (a `.toml` under the
//! root), `toml` (its text) or `kind` with `fields` (JSON, composed as
//! [`super::compose`] does). With `fields`, every diagnostic carries the JSON
//! `pointer` of the field it is about in what was sent.

use std::panic::{catch_unwind, AssertUnwindSafe};

use base64::Engine as _;
use serde_json::{json, Value};

use super::jsonrpc::{panic_message, RpcError, INVALID_PARAMS};
use super::{blueprint, compose, messages, pointer, rules, Root};
use crate::check::limits;
use crate::diagnostic::Diagnostic;
use crate::model::Kind;
use crate::{Error, PdfSettings, Prepared};

/// The names of the tools, in the order they are listed.
const NAMES: &[&str] = &["kinds", "schema", "compose", "check", "render", "verify", "extract", "register"];

/// Largest PDF read by `verify` and `extract`, in bytes.
const MAX_PDF_BYTES: u64 = 64 * 1024 * 1024;

/// Largest embedded file whose text `extract` returns inline, in bytes.
const MAX_INLINE_TEXT: usize = 256 * 1024;

/// `tools/list`.
pub fn list() -> Value {
    let source = json!({
        "path": { "type": "string", "description": "Tệp .toml, tương đối trong thư mục gốc | a .toml file, relative to the root directory" },
        "toml": { "type": "string", "description": "Văn bản TOML của văn bản | the document's TOML text" },
        "kind": { "type": "string", "description": "Loại văn bản (công cụ kinds), dùng với fields | the kind (see the kinds tool), with fields" },
        "fields": { "type": "object", "description": "Các trường của văn bản dạng JSON, như bản mẫu của công cụ schema | the document's fields as JSON, as in the schema tool's blueprint" },
    });
    let with = |extra: Value| {
        let mut properties = source.clone();
        if let (Some(p), Some(e)) = (properties.as_object_mut(), extra.as_object()) {
            p.extend(e.clone());
        }
        json!({ "type": "object", "properties": properties })
    };
    let kind_only = json!({ "type": "object", "properties": { "kind": { "type": "string", "description": "ke-hoach, cong-van, giay-moi …" } }, "required": ["kind"] });
    json!({ "tools": [
        {
            "name": "kinds",
            "title": "Các loại văn bản | Document kinds",
            "description": "Liệt kê các loại văn bản của Đảng kehoach trình bày được, với ký hiệu viết tắt (KH, CV, GM …). | Lists the kinds of Party document kehoach lays out, with their type codes.",
            "inputSchema": { "type": "object", "properties": {} },
        },
        {
            "name": "schema",
            "title": "Lược đồ và bản mẫu | Schema and blueprint",
            "description": "Lược đồ JSON của một loại văn bản và bản mẫu điền sẵn (một văn bản hợp lệ tối thiểu, mỗi trường có mô tả): sửa bản mẫu rồi gửi cho compose. | The JSON Schema of a kind and a filled-in blueprint (a minimal valid document, every field described): edit the blueprint and send it to compose.",
            "inputSchema": kind_only,
        },
        {
            "name": "compose",
            "title": "Soạn TOML từ JSON | Compose TOML from JSON",
            "description": "Từ loại văn bản và các trường JSON, viết tệp TOML như người soạn viết, kiểm tra như lệnh kehoach check; mỗi lỗi có JSON pointer vào fields đã gửi. Có path thì ghi tệp (khi hợp lệ). | From a kind and JSON fields, writes the plan's TOML as a person would and checks it as `kehoach check` does; every problem carries a JSON pointer into the fields sent. With path, writes the file (when valid).",
            "inputSchema": { "type": "object", "properties": {
                "kind": { "type": "string", "description": "giay-moi, ke-hoach …" },
                "fields": { "type": "object", "description": "Các trường của văn bản | the document's fields" },
                "path": { "type": "string", "description": "Ghi TOML vào tệp này trong thư mục gốc | write the TOML to this file under the root" },
            }, "required": ["kind", "fields"] },
        },
        {
            "name": "check",
            "title": "Kiểm tra | Check",
            "description": "Kiểm tra một văn bản mà không trình bày: mọi lỗi và cảnh báo có vị trí, và bộ quy tắc được dùng (HD 05 hay HD 36). | Checks a document without laying it out: every error and warning located, and the rule set in force (HD 05 or HD 36).",
            "inputSchema": with(json!({})),
        },
        {
            "name": "render",
            "title": "Trình bày | Render",
            "description": "Trình bày văn bản ra PDF, DOCX hoặc PNG một trang, ghi tệp trong thư mục gốc; trả về đường dẫn, số trang, bộ quy tắc. PNG cũng được trả về như hình ảnh để xem. | Renders a document to PDF, DOCX or a PNG of one page, written under the root; returns the path, page count and rule set. A PNG is also returned as an image to look at.",
            "inputSchema": with(json!({
                "format": { "type": "string", "enum": ["pdf", "docx", "png"], "default": "pdf" },
                "output": { "type": "string", "description": "Tệp ra, tương đối trong thư mục gốc | the output file, relative to the root" },
                "page": { "type": "integer", "minimum": 1, "default": 1, "description": "Trang của PNG | the page of a PNG" },
                "ppi": { "type": "number", "minimum": 10, "maximum": 600, "default": 96, "description": "Độ phân giải PNG | PNG resolution" },
                "image": { "type": "boolean", "default": true, "description": "Trả PNG về như hình ảnh | return the PNG as an image" },
                "embed_source": { "type": "boolean", "default": false, "description": "Đính kèm nguồn TOML vào PDF (verify, extract đọc lại) | attach the TOML source to the PDF (for verify and extract)" },
            })),
        },
        {
            "name": "verify",
            "title": "Đối chiếu thể thức | Verify the form",
            "description": "Trình bày trong bộ nhớ và đo từng quy tắc thể thức trên trang: mã, trạng thái (pass, fail, warn, not-measurable), giá trị đo được, giá trị yêu cầu; path có thể là PDF có nguồn đính kèm. Giải thích quy tắc: tài nguyên kehoach://rules/<mã>. | Lays the document out in memory and measures every rule of the form on the page: id, status, measured and expected values; path may be a PDF with its source embedded. The rules are explained in the resources kehoach://rules/<id>.",
            "inputSchema": with(json!({})),
        },
        {
            "name": "extract",
            "title": "Lấy tệp đính kèm | Extract embedded files",
            "description": "Lấy lại nguồn TOML và siêu dữ liệu đính kèm trong một PDF (embed_source); có output_dir thì ghi ra thư mục đó trong thư mục gốc. | Returns the TOML source and metadata embedded in a PDF (embed_source); with output_dir, writes them there under the root.",
            "inputSchema": { "type": "object", "properties": {
                "path": { "type": "string", "description": "Tệp PDF trong thư mục gốc | a PDF under the root" },
                "output_dir": { "type": "string", "description": "Thư mục ghi tệp, trong thư mục gốc | the directory to write into, under the root" },
                "overwrite": { "type": "boolean", "default": false, "description": "Ghi đè tệp đã có | replace files that exist" },
            }, "required": ["path"] },
        },
        {
            "name": "register",
            "title": "Sổ đăng ký văn bản đi | Register of documents sent out",
            "description": "Sổ đăng ký lập từ mọi kế hoạch *.toml trong một thư mục (mọi cấp): số và ký hiệu, ngày, loại, trích yếu, người ký, nơi nhận, tệp; số trùng và số bỏ sót theo nhiệm kỳ (kehoach.toml). Có next thì cho thêm số tiếp theo còn trống của tên loại đó. | The register built from every *.toml plan under a directory: number and code, date, kind, subject, signer, recipients, file; duplicates and gaps per term (kehoach.toml). With next, also the next free number of that type.",
            "inputSchema": { "type": "object", "properties": {
                "path": { "type": "string", "default": ".", "description": "Thư mục trong thư mục gốc | a directory under the root" },
                "next": { "type": "string", "description": "Ký hiệu tên loại (\"KH\", \"CV\" …) cần số tiếp theo | the type code whose next free number to give" },
                "issuer": { "type": "string", "description": "Ký hiệu cơ quan ban hành (\"ĐU\"); cần khi có nhiều cơ quan | the issuer code, needed when the plans have several" },
                "date": { "type": "string", "description": "Ngày xác định nhiệm kỳ (YYYY-MM-DD; mặc định hôm nay) | the day whose term counts (default today)" },
            } },
        },
    ] })
}

/// What a tool answers: its JSON, whether it is an error, and more content
/// (a PNG page as an image).
struct Answer {
    value: Value,
    is_error: bool,
    images: Vec<Value>,
}

impl Answer {
    fn ok(value: Value) -> Answer {
        Answer { value, is_error: false, images: Vec::new() }
    }
}

/// `tools/call`: an unknown tool is a JSON-RPC error; everything that goes
/// wrong inside a tool, a panic included, is a tool error.
pub fn call(root: &Root, name: &str, args: &Value) -> Result<Value, RpcError> {
    if !NAMES.contains(&name) {
        return Err(RpcError::new(INVALID_PARAMS, messages::no_tool(name, &NAMES.join(", "))));
    }
    let empty = json!({});
    let args = if args.is_null() { &empty } else { args };
    let answer = match catch_unwind(AssertUnwindSafe(|| run(root, name, args))) {
        Ok(Ok(answer)) => answer,
        Ok(Err(message)) => Answer { value: json!({ "error": message }), is_error: true, images: Vec::new() },
        Err(panic) => Answer { value: json!({ "error": messages::internal(name, &panic_message(&*panic)) }), is_error: true, images: Vec::new() },
    };
    let text = match &answer.value {
        Value::Object(o) if o.len() == 1 && o.contains_key("error") => o["error"].as_str().unwrap_or_default().to_owned(),
        v => serde_json::to_string_pretty(v).unwrap_or_default(),
    };
    let mut content = vec![json!({ "type": "text", "text": text })];
    content.extend(answer.images);
    Ok(json!({ "content": content, "structuredContent": answer.value, "isError": answer.is_error }))
}

fn run(root: &Root, name: &str, args: &Value) -> Result<Answer, String> {
    if !args.is_object() {
        return Err(messages::bad_argument("arguments", "mcp-expected-object"));
    }
    match name {
        "kinds" => Ok(Answer::ok(kinds())),
        "schema" => schema(args).map(Answer::ok),
        "compose" => compose_tool(root, args),
        "check" => check(root, args),
        "render" => render(root, args),
        "verify" => verify(root, args),
        "extract" => extract(root, args).map(Answer::ok),
        "register" => register(root, args).map(Answer::ok),
        _ => Err(messages::no_tool(name, &NAMES.join(", "))),
    }
}

fn string_arg<'a>(args: &'a Value, name: &str) -> Result<Option<&'a str>, String> {
    match args.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(messages::bad_argument(name, "mcp-expected-string")),
    }
}

fn bool_arg(args: &Value, name: &str, default: bool) -> Result<bool, String> {
    match args.get(name) {
        None | Some(Value::Null) => Ok(default),
        Some(Value::Bool(b)) => Ok(*b),
        Some(_) => Err(messages::bad_argument(name, "mcp-expected-bool")),
    }
}

fn kind_arg(args: &Value) -> Result<Kind, String> {
    let id = string_arg(args, "kind")?.ok_or_else(|| messages::bad_argument("kind", "mcp-expected-string"))?;
    Kind::from_id(id).ok_or_else(|| messages::unknown_kind(id, &Kind::ALL.iter().map(|k| k.id()).collect::<Vec<_>>().join(", ")))
}

fn kinds() -> Value {
    // The type code is the rule set's in force today (HD 05).
    let today = crate::profile::Profile::builtin("dang-hd05-2026").ok();
    let kinds: Vec<Value> = Kind::ALL
        .iter()
        .map(|k| {
            let code = today.as_ref().and_then(|p| p.codes.types.get(k.id()).cloned()).unwrap_or_default();
            json!({ "id": k.id(), "code": code, "type_name": k.type_name(), "description": k.description() })
        })
        .collect();
    json!({ "kinds": kinds })
}

fn schema(args: &Value) -> Result<Value, String> {
    let kind = kind_arg(args)?;
    let schema = blueprint::schema(kind);
    let blueprint = blueprint::blueprint(kind);
    let fields = blueprint::described_fields(kind, &blueprint, &schema);
    Ok(json!({ "kind": kind.id(), "schema": schema, "blueprint": blueprint, "fields": fields, "starter_toml": crate::starter(kind) }))
}

/// A document's TOML, whence it came, and the JSON it was composed from.
struct Source {
    /// The file name in diagnostics.
    name: String,
    text: String,
    /// The fields sent, when composed from JSON: diagnostics get pointers.
    fields: Option<Value>,
    /// The file under the root, when read from one.
    path: Option<String>,
    kind: Option<Kind>,
}

/// The one source of a document; `Ok(Err(answer))` when the JSON fields
/// cannot even be written as TOML (the answer lists the problems).
fn source(root: &Root, args: &Value) -> Result<Result<Source, Answer>, String> {
    let path = string_arg(args, "path")?;
    let toml = string_arg(args, "toml")?;
    let fields = args.get("fields").filter(|f| !f.is_null());
    if usize::from(path.is_some()) + usize::from(toml.is_some()) + usize::from(fields.is_some()) != 1 {
        return Err(messages::one_source());
    }
    if let Some(path) = path {
        let bytes = root.read(path, limits::MAX_INPUT_BYTES as u64)?;
        let text = String::from_utf8(bytes).map_err(|_| messages::cannot_read_io(path, &std::io::Error::new(std::io::ErrorKind::InvalidData, "not UTF-8 text")))?;
        return Ok(Ok(Source { name: path.to_owned(), text, fields: None, path: Some(path.to_owned()), kind: None }));
    }
    if let Some(text) = toml {
        return Ok(Ok(Source { name: "(toml)".into(), text: text.to_owned(), fields: None, path: None, kind: None }));
    }
    let kind = kind_arg(args)?;
    let fields = fields.cloned().unwrap_or_default();
    match compose::compose(kind, &fields) {
        Ok(text) => Ok(Ok(Source { name: "(fields)".into(), text, fields: Some(fields), path: None, kind: Some(kind) })),
        Err(problems) => {
            let diagnostics: Vec<Value> = problems
                .into_iter()
                .map(|p| json!({ "severity": "error", "pointer": p.pointer, "message": p.message }))
                .collect();
            let value = json!({ "valid": false, "summary": messages::invalid(diagnostics.len()), "diagnostics": diagnostics });
            Ok(Err(Answer { value, is_error: true, images: Vec::new() }))
        }
    }
}

impl Source {
    /// A diagnostic as JSON, with the pointer of its field when composed.
    fn diagnostic(&self, d: &Diagnostic) -> Value {
        let mut v = serde_json::to_value(d).unwrap_or_default();
        if let Some(fields) = &self.fields {
            v["pointer"] = Value::String(pointer::of_field(d.field.as_deref().unwrap_or(""), fields));
        }
        v
    }

    fn diagnostics(&self, list: &[Diagnostic]) -> Vec<Value> {
        list.iter().map(|d| self.diagnostic(d)).collect()
    }

    /// The document prepared, or the answer listing why it cannot be.
    fn prepare(&self) -> Result<Result<Prepared, Answer>, String> {
        match crate::prepare(&self.name, &self.text) {
            Ok(p) => Ok(Ok(p)),
            Err(Error::Invalid(list)) => {
                let errors = list.iter().filter(|d| d.is_error()).count();
                let value = json!({ "valid": false, "summary": messages::invalid(errors), "diagnostics": self.diagnostics(&list) });
                Ok(Err(Answer { value, is_error: true, images: Vec::new() }))
            }
            Err(e) => Err(e.to_string()),
        }
    }

    /// The answer of `check`: valid, the warnings, the rule set.
    fn checked(&self, prepared: &Prepared) -> Value {
        json!({
            "valid": true,
            "summary": messages::valid(prepared.warnings.len()),
            "diagnostics": self.diagnostics(&prepared.warnings),
            "rule_set": prepared.rule_set_json(),
            "rule_set_line": prepared.rule_set_line(),
        })
    }
}

/// Runs `f` on the prepared document of the arguments' source; answers the
/// source's or the document's problems otherwise.
fn with_prepared(root: &Root, args: &Value, f: impl FnOnce(&Source, Prepared) -> Result<Answer, String>) -> Result<Answer, String> {
    let source = match source(root, args)? {
        Ok(s) => s,
        Err(answer) => return Ok(answer),
    };
    match source.prepare()? {
        Ok(prepared) => f(&source, prepared),
        Err(mut answer) => {
            if source.fields.is_some() {
                answer.value["toml"] = Value::String(source.text.clone());
            }
            Ok(answer)
        }
    }
}

fn compose_tool(root: &Root, args: &Value) -> Result<Answer, String> {
    if args.get("fields").is_none_or(Value::is_null) {
        return Err(messages::bad_argument("fields", "mcp-expected-object"));
    }
    let target = string_arg(args, "path")?.map(str::to_owned);
    let mut sent = args.clone();
    if let Some(o) = sent.as_object_mut() {
        o.remove("path");
    }
    with_prepared(root, &sent, |source, prepared| {
        let mut value = source.checked(&prepared);
        value["toml"] = Value::String(source.text.clone());
        if let Some(target) = &target {
            value["path"] = Value::String(root.write(target, source.text.as_bytes())?);
        }
        Ok(Answer::ok(value))
    })
}

fn check(root: &Root, args: &Value) -> Result<Answer, String> {
    with_prepared(root, args, |source, prepared| Ok(Answer::ok(source.checked(&prepared))))
}

fn render(root: &Root, args: &Value) -> Result<Answer, String> {
    let format = string_arg(args, "format")?.unwrap_or("pdf");
    if !["pdf", "docx", "png"].contains(&format) {
        return Err(messages::bad_argument("format", "mcp-expected-format"));
    }
    let page = match args.get("page") {
        None | Some(Value::Null) => 1,
        Some(v) => v.as_u64().filter(|p| *p >= 1).ok_or_else(|| messages::bad_argument("page", "mcp-expected-page"))? as usize,
    };
    let ppi = match args.get("ppi") {
        None | Some(Value::Null) => 96.0,
        Some(v) => v.as_f64().filter(|p| (10.0..=600.0).contains(p)).ok_or_else(|| messages::bad_argument("ppi", "mcp-expected-ppi"))?,
    };
    let image = bool_arg(args, "image", true)?;
    let embed = bool_arg(args, "embed_source", false)?;
    let output = string_arg(args, "output")?.map(str::to_owned);
    // Where the file goes is checked before any work is done.
    let default_name = |source: &Source| {
        let stem = match (&source.path, source.kind) {
            (Some(p), _) => p.strip_suffix(".toml").unwrap_or(p).to_owned(),
            (None, Some(kind)) => kind.id().to_owned(),
            (None, None) => "kehoach".to_owned(),
        };
        if format == "png" {
            format!("{stem}-{page}.png")
        } else {
            format!("{stem}.{format}")
        }
    };
    if let Some(name) = &output {
        root.writable(name)?;
    }
    with_prepared(root, args, |source, mut prepared| {
        let name = output.clone().unwrap_or_else(|| default_name(source));
        root.writable(&name)?;
        let settings = PdfSettings { embed_source: embed, ..PdfSettings::default() };
        let invalid = |e: Error| match e {
            Error::Invalid(list) => Ok(Answer {
                value: json!({ "valid": false, "summary": messages::invalid(list.len()), "diagnostics": source.diagnostics(&list) }),
                is_error: true,
                images: Vec::new(),
            }),
            e => Err(e.to_string()),
        };
        let (bytes, pages) = match format {
            // The attachments need the whole output; a plain PDF only the pages.
            "pdf" if embed => match crate::render_pdf_output(&prepared, &settings) {
                Ok(out) => {
                    prepared.warnings.extend(crate::verify::page_warnings(&prepared, &out.pages, &source.text));
                    (out.pdf, out.pages.pages().len())
                }
                Err(e) => return invalid(e),
            },
            _ => {
                let doc = match crate::typeset(&prepared) {
                    Ok(doc) => doc,
                    Err(e) => return invalid(e),
                };
                prepared.warnings.extend(crate::verify::page_warnings(&prepared, &doc, &source.text));
                let pages = doc.pages().len();
                let bytes = if format == "pdf" {
                    crate::typeset::pdf(&doc, &settings).map_err(|e| e.to_string())?
                } else if format == "docx" {
                    match crate::render_docx(&prepared, None) {
                        Ok(b) => b,
                        Err(e) => return invalid(e),
                    }
                } else {
                    if page > pages {
                        return Err(messages::no_such_page(page, pages));
                    }
                    crate::typeset::png_page(&doc.pages()[page - 1], ppi as f32).map_err(|e| e.to_string())?
                };
                (bytes, pages)
            }
        };
        let path = root.write(&name, &bytes)?;
        let mut value = json!({
            "path": path,
            "format": format,
            "pages": pages,
            "bytes": bytes.len(),
            "rule_set": prepared.rule_set_json(),
            "rule_set_line": prepared.rule_set_line(),
            "warnings": source.diagnostics(&prepared.warnings),
        });
        let mut images = Vec::new();
        if format == "png" {
            value["page"] = json!(page);
            if image {
                images.push(json!({ "type": "image", "mimeType": "image/png", "data": base64::engine::general_purpose::STANDARD.encode(&bytes) }));
            }
        }
        Ok(Answer { value, is_error: false, images })
    })
}

fn verify(root: &Root, args: &Value) -> Result<Answer, String> {
    let pdf = string_arg(args, "path")?.filter(|p| p.to_ascii_lowercase().ends_with(".pdf"));
    let report = |prepared: &Prepared, results: Vec<crate::verify::CheckResult>| {
        let failed = results.iter().filter(|r| r.failed()).count();
        let results: Vec<Value> = results
            .iter()
            .map(|r| {
                let mut v = json!({ "id": r.id, "rule": r.rule, "status": r.status_id(), "actual": r.actual, "expected": r.expected });
                if rules::get(r.id).is_some() {
                    v["resource"] = Value::String(rules::uri(r.id));
                }
                v
            })
            .collect();
        json!({
            "passed": failed == 0,
            "failed": failed,
            "profile": prepared.profile.name,
            "rule_set": prepared.rule_set_json(),
            "rule_set_line": prepared.rule_set_line(),
            "results": results,
        })
    };
    if let Some(path) = pdf {
        if args.get("toml").is_some() || args.get("fields").is_some() {
            return Err(messages::one_source());
        }
        let bytes = root.read(path, MAX_PDF_BYTES)?;
        return match crate::render::verify_pdf(path, &bytes) {
            Ok((prepared, results)) => Ok(Answer::ok(report(&prepared, results))),
            Err(Error::Invalid(list)) => Ok(Answer {
                value: json!({ "valid": false, "diagnostics": list }),
                is_error: true,
                images: Vec::new(),
            }),
            Err(e) => Err(e.to_string()),
        };
    }
    with_prepared(root, args, |source, prepared| match crate::verify::verify_prepared(&prepared) {
        Ok(results) => Ok(Answer::ok(report(&prepared, results))),
        Err(Error::Invalid(list)) => Ok(Answer { value: json!({ "valid": false, "diagnostics": source.diagnostics(&list) }), is_error: true, images: Vec::new() }),
        Err(e) => Err(e.to_string()),
    })
}

/// The register of the plans under a directory of the root, with the paths
/// relative to the root; with `next`, the next free number of that type.
fn register(root: &Root, args: &Value) -> Result<Value, String> {
    let dir = root.directory(string_arg(args, "path")?.unwrap_or("."))?;
    // Only plans that are really inside the root: a link out is left out.
    let files: Vec<std::path::PathBuf> = crate::issuing::register::plans_under(&[dir.clone()])
        .map_err(|e| e.to_string())?
        .into_iter()
        .filter(|f| f.canonicalize().is_ok_and(|real| real.starts_with(root.dir())))
        .collect();
    let mut reg = crate::issuing::register::Register::build(&files);
    let prefix = format!("{}/", root.dir().display());
    let mut value: Value = serde_json::from_str(&serde_json::to_string(&reg.json()).unwrap_or_default().replace(&prefix, "")).unwrap_or_default();
    if let Some(type_code) = string_arg(args, "next")? {
        let codes = reg.issuer_codes();
        let issuer = match string_arg(args, "issuer")? {
            Some(i) => i.to_owned(),
            None if codes.len() == 1 => codes[0].clone(),
            None => return Err(messages::bad_argument_one_of("issuer", &codes.join(", "))),
        };
        let date = match string_arg(args, "date")? {
            Some(d) => crate::model::date::DocDate::parse(d).map_err(|e| format!("date: {e}"))?,
            None => crate::issuing::issue::today(),
        };
        let next = reg.next(type_code, &issuer, &date, &dir).map_err(|d| d.message.clone())?;
        value["next"] = json!({ "type_code": type_code, "issuer": issuer, "number": next });
    }
    Ok(value)
}

fn extract(root: &Root, args: &Value) -> Result<Value, String> {
    let path = string_arg(args, "path")?.ok_or_else(|| messages::bad_argument("path", "mcp-expected-string"))?;
    let bytes = root.read(path, MAX_PDF_BYTES)?;
    let files = crate::embed::extract(&bytes).map_err(|e| format!("{path}: {e}"))?;
    if files.is_empty() {
        return Err(messages::nothing_embedded(path));
    }
    let overwrite = bool_arg(args, "overwrite", false)?;
    let dir = string_arg(args, "output_dir")?;
    let mut out = Vec::new();
    // Every target is checked before any is written.
    let mut targets = Vec::new();
    for (name, data) in &files {
        if let Some(dir) = dir {
            if name.is_empty() || name.starts_with('.') || name.contains(['/', '\\']) {
                return Err(messages::path_unusable(name));
            }
            let target = format!("{dir}/{name}");
            let (real, _) = root.writable(&target)?;
            if real.exists() && !overwrite {
                return Err(messages::exists(&target));
            }
            targets.push((target, data));
        }
        let mut entry = json!({ "name": name, "bytes": data.len() });
        if let Ok(text) = std::str::from_utf8(data) {
            if text.len() <= MAX_INLINE_TEXT {
                entry["text"] = Value::String(text.to_owned());
            }
        }
        out.push(entry);
    }
    let mut written = Vec::new();
    for (target, data) in targets {
        written.push(root.write(&target, data)?);
    }
    Ok(json!({ "files": out, "written": written }))
}
