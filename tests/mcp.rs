//! `kehoach mcp` driven over stdio as an assistant drives it: JSON-RPC
//! messages in, answers out, the server kept running through every hostile
//! message. `python_sdk_client` runs tests/mcp/client.py, the official MCP
//! Python SDK as the client, when the SDK is installed (`.ci/run` installs it).

mod common;

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

use serde_json::{json, Value};

/// A running server and the pipes to it.
struct Server {
    child: Child,
    input: ChildStdin,
    output: BufReader<ChildStdout>,
    next_id: u64,
}

impl Server {
    fn start(root: &Path) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_kehoach"))
            .args(["mcp", "--root"])
            .arg(root)
            .env_remove("SOURCE_DATE_EPOCH")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start kehoach mcp");
        let input = child.stdin.take().unwrap();
        let output = BufReader::new(child.stdout.take().unwrap());
        let mut server = Server { child, input, output, next_id: 0 };
        let init = server.request("initialize", json!({ "protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": { "name": "test", "version": "1" } }));
        assert_eq!(init["result"]["protocolVersion"], "2025-06-18", "{init}");
        server.send_raw(br#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#);
        server
    }

    fn send_raw(&mut self, line: &[u8]) {
        self.input.write_all(line).unwrap();
        self.input.write_all(b"\n").unwrap();
        self.input.flush().unwrap();
    }

    /// The next line the server writes, as JSON.
    fn answer(&mut self) -> Value {
        let mut line = String::new();
        self.output.read_line(&mut line).unwrap();
        assert!(line.ends_with('\n'), "the server stopped answering: {line:?}");
        serde_json::from_str(&line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"))
    }

    /// Sends raw bytes as one line and reads the one answer.
    fn raw(&mut self, line: &[u8]) -> Value {
        self.send_raw(line);
        self.answer()
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        let answer = self.raw(json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }).to_string().as_bytes());
        assert_eq!(answer["id"], id, "{answer}");
        answer
    }

    /// A tool's result (`isError` and all).
    fn call(&mut self, tool: &str, arguments: Value) -> Value {
        let answer = self.request("tools/call", json!({ "name": tool, "arguments": arguments }));
        answer.get("result").cloned().unwrap_or_else(|| panic!("{tool}: {answer}"))
    }

    /// A tool's structured answer, which must not be an error.
    fn ok(&mut self, tool: &str, arguments: Value) -> Value {
        let result = self.call(tool, arguments);
        assert_eq!(result["isError"], false, "{tool}: {result}");
        result["structuredContent"].clone()
    }

    /// A tool error's text.
    fn tool_error(&mut self, tool: &str, arguments: Value) -> String {
        let result = self.call(tool, arguments);
        assert_eq!(result["isError"], true, "{tool}: {result}");
        result["content"][0]["text"].as_str().unwrap().to_owned()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn scratch(name: &str) -> PathBuf {
    common::scratch_in("mcp", name)
}

/// The Giấy mời blueprint of the `schema` tool.
fn blueprint(server: &mut Server) -> Value {
    server.ok("schema", json!({ "kind": "giay-moi" }))["blueprint"].clone()
}

/// The pointers of a result's error diagnostics.
fn error_pointers(result: &Value) -> Vec<String> {
    let diagnostics = result["diagnostics"].as_array().unwrap_or_else(|| panic!("{result}"));
    diagnostics.iter().filter(|d| d["severity"] == "error").map(|d| d["pointer"].as_str().unwrap().to_owned()).collect()
}

#[test]
fn versions_are_negotiated_and_every_tool_and_rule_is_listed() {
    let dir = scratch("versions");
    let mut server = Server::start(&dir);
    for (asked, agreed) in [("2024-11-05", "2024-11-05"), ("2025-03-26", "2025-03-26"), ("1999-01-01", "2025-06-18")] {
        let init = server.request("initialize", json!({ "protocolVersion": asked, "capabilities": {}, "clientInfo": { "name": "t", "version": "1" } }));
        assert_eq!(init["result"]["protocolVersion"], agreed);
        assert_eq!(init["result"]["serverInfo"]["name"], "kehoach");
        assert!(init["result"]["capabilities"]["tools"].is_object() && init["result"]["capabilities"]["resources"].is_object());
    }
    let tools = server.request("tools/list", json!({}));
    let names: Vec<&str> = tools["result"]["tools"].as_array().unwrap().iter().map(|t| t["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["kinds", "schema", "compose", "check", "render", "verify", "extract", "register"]);
    for tool in tools["result"]["tools"].as_array().unwrap() {
        assert_eq!(tool["inputSchema"]["type"], "object", "{tool}");
        assert!(tool["description"].as_str().unwrap().contains(" | "), "Vietnamese | English: {tool}");
    }
    assert_eq!(server.request("ping", json!({}))["result"], json!({}));
    let kinds = server.ok("kinds", json!({}));
    let gm = kinds["kinds"].as_array().unwrap().iter().find(|k| k["id"] == "giay-moi").unwrap().clone();
    assert_eq!(gm["code"], "GM");
    let resources = server.request("resources/list", json!({}));
    let uris: Vec<&str> = resources["result"]["resources"].as_array().unwrap().iter().map(|r| r["uri"].as_str().unwrap()).collect();
    for id in ["P-PAGE-1", "P-HDR-1", "P-KG-1", "P-SIG-3", "P-BS-2", "P-SRC-1"] {
        assert!(uris.contains(&format!("kehoach://rules/{id}").as_str()), "{id} is not a resource");
    }
    assert!(uris.len() > 35, "{uris:?}");
    let rule = server.request("resources/read", json!({ "uri": "kehoach://rules/P-HDR-1" }));
    let text = rule["result"]["contents"][0]["text"].as_str().unwrap();
    assert!(text.starts_with("**P-HDR-1 — \"ĐẢNG CỘNG SẢN VIỆT NAM\".**") && text.contains("15 pt bold"), "{text}");
    let missing = server.request("resources/read", json!({ "uri": "kehoach://rules/P-NO-9" }));
    assert_eq!(missing["error"]["code"], -32002);
}

#[test]
fn a_giay_moi_composed_with_two_mistakes_is_located_fixed_rendered_and_verified() {
    let dir = scratch("compose");
    let mut server = Server::start(&dir);
    let good = blueprint(&mut server);
    let mut bad = good.clone();
    // Two mistakes of structure (every one is reported at once; the rules of
    // the form are checked once the structure holds, see the Python client).
    bad["number"] = json!("một");
    let venue = bad["invitation"].as_object_mut().unwrap().remove("venue").unwrap();
    bad["invitation"]["venu"] = venue;
    let result = server.call("compose", json!({ "kind": "giay-moi", "fields": bad, "path": "gm.toml" }));
    assert_eq!(result["isError"], true);
    let answer = &result["structuredContent"];
    assert_eq!(answer["valid"], false);
    let mut pointers = error_pointers(answer);
    pointers.sort();
    assert_eq!(pointers, ["/invitation/venu", "/number"], "{answer}");
    let venu = answer["diagnostics"].as_array().unwrap().iter().find(|d| d["pointer"] == "/invitation/venu").unwrap();
    assert!(venu["hint"].as_str().unwrap().contains("venue"), "did you mean: {venu}");
    assert!(!dir.join("gm.toml").exists(), "an invalid plan is not written");

    // Fixed: written as a person writes it, and valid.
    let composed = server.ok("compose", json!({ "kind": "giay-moi", "fields": good, "path": "gm.toml" }));
    assert_eq!(composed["valid"], true);
    assert_eq!(composed["path"], "gm.toml");
    let toml = std::fs::read_to_string(dir.join("gm.toml")).unwrap();
    assert_eq!(composed["toml"], toml.as_str());
    assert!(toml.starts_with("kind = \"giay-moi\"\npaper = \"A5\"\nnumber = 1\n"), "{toml}");
    assert!(toml.contains("\ndate = 2026-12-21\n") && toml.contains("\nday = 2026-12-28\n"), "dates are TOML dates: {toml}");
    let order: Vec<usize> = ["[issuer]", "[invitation]", "[signer]", "[recipients]"].iter().map(|h| toml.find(h).unwrap()).collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "the starter's order: {toml}");

    let pdf = server.ok("render", json!({ "path": "gm.toml" }));
    assert_eq!((pdf["path"].as_str(), pdf["pages"].as_u64(), pdf["format"].as_str()), (Some("gm.pdf"), Some(1), Some("pdf")));
    assert_eq!(pdf["rule_set"]["profile"], "dang-hd05-2026");
    assert!(std::fs::read(dir.join("gm.pdf")).unwrap().starts_with(b"%PDF-"));
    let docx = server.ok("render", json!({ "path": "gm.toml", "format": "docx", "output": "out/gm.docx" }));
    assert_eq!(docx["path"], "out/gm.docx");
    assert!(std::fs::read(dir.join("out/gm.docx")).unwrap().starts_with(b"PK"));
    let png = server.call("render", json!({ "kind": "giay-moi", "fields": good, "format": "png", "output": "gm.png" }));
    let image = png["content"].as_array().unwrap().iter().find(|c| c["type"] == "image").unwrap();
    assert_eq!(image["mimeType"], "image/png");
    assert!(image["data"].as_str().unwrap().starts_with("iVBORw0KGgo"), "base64 of a PNG");
    assert!(std::fs::read(dir.join("gm.png")).unwrap().starts_with(b"\x89PNG"));

    let verified = server.ok("verify", json!({ "path": "gm.toml" }));
    assert_eq!(verified["passed"], true, "{verified}");
    let page = verified["results"].as_array().unwrap().iter().find(|r| r["id"] == "P-PAGE-1").unwrap();
    assert_eq!(page["status"], "pass");
    assert!(page["actual"].as_str().unwrap().contains("148 × 210 mm"), "A5, measured: {page}");
    assert_eq!(page["resource"], "kehoach://rules/P-PAGE-1");
}

#[test]
fn a_pdf_with_its_source_is_verified_and_extracted_under_the_root() {
    let dir = scratch("extract");
    let mut server = Server::start(&dir);
    let good = blueprint(&mut server);
    server.ok("render", json!({ "kind": "giay-moi", "fields": good, "output": "gm.pdf", "embed_source": true }));
    let verified = server.ok("verify", json!({ "path": "gm.pdf" }));
    assert_eq!(verified["results"][0]["id"], "P-SRC-1");
    assert_eq!(verified["results"][0]["status"], "pass", "{verified}");
    let extracted = server.ok("extract", json!({ "path": "gm.pdf", "output_dir": "back" }));
    let source = extracted["files"].as_array().unwrap().iter().find(|f| f["name"].as_str().unwrap().ends_with(".toml")).unwrap().clone();
    assert!(source["text"].as_str().unwrap().starts_with("kind = \"giay-moi\""), "{source}");
    assert!(dir.join("back").join(source["name"].as_str().unwrap()).exists());
    let again = server.tool_error("extract", json!({ "path": "gm.pdf", "output_dir": "back" }));
    assert!(again.contains("overwrite"), "{again}");
}

#[test]
fn the_register_of_the_plans_under_the_root_names_duplicates_and_the_next_number() {
    let dir = scratch("register");
    std::fs::create_dir_all(dir.join("plans")).unwrap();
    std::fs::write(dir.join("plans/a.toml"), common::MINIMAL).unwrap();
    std::fs::write(dir.join("plans/b.toml"), common::MINIMAL.replace("date = 2024-04-01", "date = 2024-05-02")).unwrap();
    let mut server = Server::start(&dir);
    let reg = server.ok("register", json!({ "path": "plans", "next": "KH", "date": "2024-06-01" }));
    let rows = reg["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 2, "{reg}");
    // Paths relative to the root, never the server's own directories.
    assert!(reg.to_string().contains("plans/a.toml") && !reg.to_string().contains(dir.to_str().unwrap()), "{reg}");
    let ids: Vec<&str> = reg["diagnostics"].as_array().unwrap().iter().filter_map(|d| d["id"].as_str()).collect();
    assert!(ids.contains(&"duplicate-number"), "{reg}");
    // Numbers run per calendar year without a kehoach.toml: 2024 has 03, so 04 is next.
    assert_eq!(reg["next"]["number"], 4, "{reg}");
    // A directory outside the root is refused, and the server keeps serving.
    let outside = server.tool_error("register", json!({ "path": ".." }));
    assert!(outside.contains(".."), "{outside}");
    // Both languages, Vietnamese first, from the localisation files (mcp.ftl).
    assert!(
        outside.starts_with("đường dẫn `..` bị từ chối: không được dùng `..` để ra khỏi thư mục gốc | the path `..` is refused"),
        "{outside}"
    );
    assert_eq!(server.ok("register", json!({}))["rows"].as_array().unwrap().len(), 2);
}

#[test]
fn hostile_requests_are_answered_with_errors_and_the_server_keeps_serving() {
    let dir = scratch("hostile");
    let outside = scratch("hostile-outside");
    std::fs::write(outside.join("secret.toml"), "kind = \"ke-hoach\"\n").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(&outside, dir.join("link")).unwrap();
    let mut server = Server::start(&dir);
    let good = blueprint(&mut server);

    // Paths outside the root.
    for (path, why) in [("../secret.toml", "`..`"), ("/etc/passwd", "absolute"), ("link/secret.toml", "outside the root")] {
        if path.starts_with("link") && !cfg!(unix) {
            continue;
        }
        let text = server.tool_error("check", json!({ "path": path }));
        assert!(text.contains(why) && text.contains("refused"), "{path}: {text}");
    }
    let text = server.tool_error("render", json!({ "kind": "giay-moi", "fields": good, "output": "../out.pdf" }));
    assert!(text.contains("`..`"), "{text}");
    assert!(!dir.parent().unwrap().join("out.pdf").exists());

    // A 10 MB string and control characters, each at its pointer.
    let mut fields = good.clone();
    fields["closing"] = json!(["x".repeat(10 * 1024 * 1024)]);
    fields["subject"] = json!("dự hội nghị\u{0}\u{7}\u{1b}[31m");
    let result = server.call("compose", json!({ "kind": "giay-moi", "fields": fields }));
    let answer = &result["structuredContent"];
    assert_eq!(error_pointers(answer), ["/closing/0"], "limits are checked before the TOML is written: {answer}");
    assert!(answer["diagnostics"][0]["message"].as_str().unwrap().contains("10485760 bytes"));
    fields["closing"] = json!(["Rất mong đồng chí đến dự."]);
    let result = server.call("compose", json!({ "kind": "giay-moi", "fields": fields }));
    let pointers = error_pointers(&result["structuredContent"]);
    assert!(!pointers.is_empty() && pointers.iter().all(|p| p == "/subject"), "{result}");
    assert!(result["structuredContent"]["toml"].as_str().unwrap().contains("\\u0000"), "escaped in the TOML");

    // Malformed JSON-RPC.
    let parse = server.raw(b"{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": ");
    assert_eq!((parse["error"]["code"].as_i64(), &parse["id"]), (Some(-32700), &Value::Null), "{parse}");
    assert_eq!(server.raw(&[0xff, 0xfe, b'{', b'}'])["error"]["code"], -32700);
    assert_eq!(server.raw(b"[]")["error"]["code"], -32600);
    assert_eq!(server.raw(b"42")["error"]["code"], -32600);
    let no_method = server.raw(br#"{"jsonrpc":"2.0","id":"a"}"#);
    assert_eq!((no_method["error"]["code"].as_i64(), no_method["id"].as_str()), (Some(-32600), Some("a")));
    assert_eq!(server.raw(br#"{"jsonrpc":"1.0","id":5,"method":"ping"}"#)["error"]["code"], -32600);
    assert_eq!(server.raw(br#"{"jsonrpc":"2.0","id":6,"method":"no/such"}"#)["error"]["code"], -32601);
    assert_eq!(server.request("tools/call", json!({ "name": "rm", "arguments": {} }))["error"]["code"], -32602);
    let text = server.tool_error("render", json!({ "toml": "x", "path": "a.toml" }));
    assert!(text.contains("exactly one source"), "{text}");
    let text = server.tool_error("render", json!({ "kind": "giay-moi", "fields": good, "format": "exe" }));
    assert!(text.contains("`format`"), "{text}");
    // A batch: two answers, the notification none.
    let batch = server.raw(br#"[{"jsonrpc":"2.0","id":7,"method":"ping"},{"jsonrpc":"2.0","method":"notifications/x"},{"jsonrpc":"2.0","id":8,"method":"nope"}]"#);
    assert_eq!(batch.as_array().map(Vec::len), Some(2), "{batch}");
    // A message longer than any the server reads is skipped whole.
    let long = vec![b'x'; kehoach::mcp::jsonrpc::MAX_MESSAGE_BYTES + 10];
    assert_eq!(server.raw(&long)["error"]["code"], -32600);

    // Still serving.
    assert_eq!(server.request("ping", json!({}))["result"], json!({}));
    let pdf = server.ok("render", json!({ "kind": "giay-moi", "fields": good }));
    assert_eq!(pdf["pages"], 1);
}

#[test]
fn the_root_must_exist() {
    let dir = scratch("no-root");
    let o = common::kehoach(&["mcp", "--root", "does-not-exist"], &dir);
    assert_eq!(o.status.code(), Some(2));
    assert!(common::stderr(&o).contains("cannot use the root directory does-not-exist"), "{}", common::stderr(&o));
}

/// The official MCP Python SDK as the client (tests/mcp/client.py): skipped
/// with a note when the SDK is not installed, run by `.ci/run`, which installs it.
#[test]
fn python_sdk_client() {
    let has_sdk = Command::new("python3").args(["-c", "import mcp.client.stdio"]).output().is_ok_and(|o| o.status.success());
    if !has_sdk {
        eprintln!("python_sdk_client: skipped, the MCP Python SDK is not installed (python3 -m pip install mcp)");
        assert!(std::env::var_os("CI").is_none(), "CI installs the MCP Python SDK");
        return;
    }
    let dir = scratch("python");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/mcp/client.py");
    let o = Command::new("python3").arg(script).arg(env!("CARGO_BIN_EXE_kehoach")).arg(&dir).output().unwrap();
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{out}\n{}", String::from_utf8_lossy(&o.stderr));
    assert!(out.contains("all steps passed"), "{out}");
}
