//! `kehoach mcp`: a Model Context Protocol server, so that a drafting
//! assistant can compose, check, render and verify Party documents with the
//! same checks as the command line, instead of writing files blind.
//!
//! The transport is stdio: one JSON-RPC 2.0 message per line in, one per
//! line out ([`jsonrpc`]); stderr is left for logs. Protocol versions
//! 2025-06-18, 2025-03-26 and 2024-11-05 are spoken; a client asking for
//! another is answered with the newest, as the protocol says.
//!
//! | part | module |
//! |---|---|
//! | the loop, the methods (`initialize`, `tools/*`, `resources/*`, `ping`) | this file |
//! | reading and answering JSON-RPC messages, bounded | [`jsonrpc`] |
//! | the tools: `kinds`, `schema`, `compose`, `check`, `render`, `verify`, `extract` | [`tools`] |
//! | JSON fields → TOML, in the starters' order | [`compose`], [`blueprint`] |
//! | field paths → JSON pointers | [`mod@pointer`] |
//! | the rules of docs/form-rules.md as resources | [`rules`] |
//! | the one directory the server reads and writes | [`root`] |
//! | every message, Vietnamese and English | [`messages`] |
//!
//! A request is handled on the server's thread, one at a time, inside
//! `catch_unwind`: a bug answers as an error (a tool error for a tool) and
//! the server keeps serving. Typst's memo caches stay warm between
//! requests, evicted as in a batch so that memory stays flat; a second
//! render of a plan with one field changed reuses most of the layout.

pub mod blueprint;
pub mod compose;
pub mod jsonrpc;
pub mod messages;
pub mod pointer;
pub mod root;
pub mod rules;
pub mod tools;

use std::io::{BufRead, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};

use serde_json::{json, Value};

pub use root::Root;

use jsonrpc::{RpcError, INTERNAL_ERROR, INVALID_PARAMS, INVALID_REQUEST, METHOD_NOT_FOUND};

/// The protocol versions spoken, newest first.
pub const PROTOCOL_VERSIONS: &[&str] = &["2025-06-18", "2025-03-26", "2024-11-05"];

/// Memo-cache entries unused for this many requests are dropped (as
/// `batch` does after each document).
const EVICT_MAX_AGE: usize = 10;

/// The server's state between messages.
pub struct Server {
    root: Root,
    /// The version agreed at `initialize`.
    version: &'static str,
}

impl Server {
    /// A server reading and writing only under `root`.
    pub fn new(root: Root) -> Server {
        Server { root, version: PROTOCOL_VERSIONS[0] }
    }

    /// The answer to one line of input, if it asks for one: a message, or
    /// a batch of them (an array, 2025-03-26 and 2024-11-05).
    pub fn handle_line(&mut self, line: &[u8]) -> Option<Value> {
        let value = match serde_json::from_slice::<Value>(line) {
            Ok(v) => v,
            Err(e) => return Some(jsonrpc::parse_error(&e)),
        };
        match value {
            Value::Array(items) if items.is_empty() => Some(RpcError::new(INVALID_REQUEST, "empty batch").response(Value::Null)),
            Value::Array(items) => {
                let answers: Vec<Value> = items.iter().filter_map(|m| self.handle_message(m)).collect();
                (!answers.is_empty()).then_some(Value::Array(answers))
            }
            message => self.handle_message(&message),
        }
    }

    /// The answer to one message: `None` for a notification or a response.
    fn handle_message(&mut self, message: &Value) -> Option<Value> {
        let request = match jsonrpc::Request::of(message) {
            Ok(Some(r)) => r,
            Ok(None) => return None,
            Err((id, e)) => return Some(e.response(id)),
        };
        let method = request.method.clone();
        let result = catch_unwind(AssertUnwindSafe(|| self.dispatch(&request.method, &request.params)))
            .unwrap_or_else(|panic| Err(RpcError::new(INTERNAL_ERROR, messages::internal(&method, &jsonrpc::panic_message(&*panic)))));
        let id = request.id?;
        Some(match result {
            Ok(value) => json!({ "jsonrpc": "2.0", "id": id, "result": value }),
            Err(e) => e.response(id),
        })
    }

    fn dispatch(&mut self, method: &str, params: &Value) -> Result<Value, RpcError> {
        match method {
            "initialize" => Ok(self.initialize(params)),
            "ping" => Ok(json!({})),
            "tools/list" => Ok(tools::list()),
            "tools/call" => {
                let name = params.get("name").and_then(Value::as_str).ok_or_else(|| RpcError::new(INVALID_PARAMS, messages::bad_argument("name", "mcp-expected-string")))?;
                let arguments = params.get("arguments").cloned().unwrap_or(json!({}));
                let result = tools::call(&self.root, name, &arguments);
                typst::comemo::evict(EVICT_MAX_AGE);
                result
            }
            "resources/list" => Ok(rules::list()),
            "resources/templates/list" => Ok(json!({ "resourceTemplates": [{
                "uriTemplate": format!("{}/{{id}}", rules::URI),
                "name": "form-rule",
                "title": "Một quy tắc thể thức theo mã | One rule of the form by id",
                "description": "P-HDR-1 … P-SIG-6: mã quy tắc mà verify báo | the rule ids verify reports",
                "mimeType": "text/markdown",
            }] })),
            "resources/read" => {
                let uri = params.get("uri").and_then(Value::as_str).ok_or_else(|| RpcError::new(INVALID_PARAMS, messages::bad_argument("uri", "mcp-expected-string")))?;
                match rules::read(uri) {
                    Some(text) => Ok(json!({ "contents": [{ "uri": uri, "mimeType": "text/markdown", "text": text }] })),
                    None => Err(RpcError::new(jsonrpc::RESOURCE_NOT_FOUND, messages::no_resource(uri)).with_data(json!({ "uri": uri }))),
                }
            }
            #[cfg(test)]
            "test/panic" => panic!("a bug"),
            _ => Err(RpcError::new(METHOD_NOT_FOUND, messages::no_method(method))),
        }
    }

    /// `initialize`: the version (the client's when we speak it, else our
    /// newest), what the server offers, and how to use it.
    fn initialize(&mut self, params: &Value) -> Value {
        let asked = params.get("protocolVersion").and_then(Value::as_str);
        self.version = PROTOCOL_VERSIONS.iter().copied().find(|v| Some(*v) == asked).unwrap_or(PROTOCOL_VERSIONS[0]);
        json!({
            "protocolVersion": self.version,
            "capabilities": { "tools": { "listChanged": false }, "resources": { "listChanged": false, "subscribe": false } },
            "serverInfo": { "name": "kehoach", "title": "kehoach — văn bản của Đảng | Party documents", "version": env!("CARGO_PKG_VERSION") },
            "instructions": messages::INSTRUCTIONS,
        })
    }
}

/// Serves MCP over a reader and a writer (stdin and stdout for `kehoach
/// mcp`) until the input ends. Relative names inside documents (a signer's
/// images) are read from the current directory: the command line makes it
/// the root before serving.
pub fn serve(input: impl BufRead, mut output: impl Write, root: Root) -> std::io::Result<()> {
    let mut server = Server::new(root);
    let mut input = input;
    loop {
        let answer = match jsonrpc::read_line(&mut input, jsonrpc::MAX_MESSAGE_BYTES)? {
            jsonrpc::Line::End => return Ok(()),
            jsonrpc::Line::Blank => continue,
            jsonrpc::Line::TooLong => Some(RpcError::new(INVALID_REQUEST, messages::message_too_long(jsonrpc::MAX_MESSAGE_BYTES)).response(Value::Null)),
            jsonrpc::Line::Message(bytes) => server.handle_line(&bytes),
        };
        if let Some(answer) = answer {
            let mut text = serde_json::to_string(&answer).unwrap_or_default();
            text.push('\n');
            output.write_all(text.as_bytes())?;
            output.flush()?;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_is_answered_as_an_internal_error_and_the_server_serves_on() {
        let mut server = Server::new(Root::open(&std::env::temp_dir()).unwrap());
        let answer = server.handle_line(br#"{"jsonrpc":"2.0","id":1,"method":"test/panic"}"#).unwrap();
        assert_eq!(answer["error"]["code"], INTERNAL_ERROR);
        assert!(answer["error"]["message"].as_str().unwrap().contains("test/panic panicked: a bug"), "{answer}");
        let ping = server.handle_line(br#"{"jsonrpc":"2.0","id":2,"method":"ping"}"#).unwrap();
        assert_eq!(ping["result"], json!({}));
    }
}
