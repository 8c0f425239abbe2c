//! JSON-RPC 2.0 over newline-delimited stdio: reading a line of bounded
//! length, telling requests from notifications, and the error answers
//! (-32700 for what is not JSON, -32600 for what is not a request).

use std::io::BufRead;

use serde_json::{json, Value};

use super::messages;

/// Invalid JSON.
pub const PARSE_ERROR: i64 = -32700;
/// JSON that is not a request.
pub const INVALID_REQUEST: i64 = -32600;
/// A method the server does not have.
pub const METHOD_NOT_FOUND: i64 = -32601;
/// Parameters of the wrong shape.
pub const INVALID_PARAMS: i64 = -32602;
/// A bug in the server.
pub const INTERNAL_ERROR: i64 = -32603;
/// MCP: a resource that does not exist.
pub const RESOURCE_NOT_FOUND: i64 = -32002;

/// Longest message read, in bytes: room for a 10 MB string escaped, far
/// above any document (whose limits the tools apply at each field). A
/// longer line is skipped to its end and answered with an error.
pub const MAX_MESSAGE_BYTES: usize = 64 * 1024 * 1024;

/// An error answer.
#[derive(Debug)]
pub struct RpcError {
    code: i64,
    message: String,
    data: Option<Value>,
}

impl RpcError {
    /// An error with a code and a message.
    pub fn new(code: i64, message: impl Into<String>) -> RpcError {
        RpcError { code, message: message.into(), data: None }
    }

    /// Attaches data.
    pub fn with_data(mut self, data: Value) -> RpcError {
        self.data = Some(data);
        self
    }

    /// The response carrying this error.
    pub fn response(&self, id: Value) -> Value {
        let mut error = json!({ "code": self.code, "message": self.message });
        if let Some(data) = &self.data {
            error["data"] = data.clone();
        }
        json!({ "jsonrpc": "2.0", "id": id, "error": error })
    }
}

/// The answer to a line that is not JSON.
pub fn parse_error(e: &serde_json::Error) -> Value {
    RpcError::new(PARSE_ERROR, messages::not_json(&e.to_string())).response(Value::Null)
}

/// A request or a notification.
pub struct Request {
    /// `None` for a notification: nothing is answered.
    pub id: Option<Value>,
    /// The method.
    pub method: String,
    /// The parameters (`{}` when left out).
    pub params: Value,
}

impl Request {
    /// Reads a message: `Ok(None)` for a response of the client (the server
    /// sends no requests, so there is nothing to match it with); an error
    /// answer, with the id when there is a usable one, for anything else
    /// that is not a request.
    pub fn of(message: &Value) -> Result<Option<Request>, (Value, RpcError)> {
        let invalid = |id: Value, why: &str| Err((id, RpcError::new(INVALID_REQUEST, messages::not_a_request(why))));
        let Some(object) = message.as_object() else { return invalid(Value::Null, "not an object") };
        let id = match object.get("id") {
            None => None,
            Some(id @ (Value::String(_) | Value::Number(_))) => Some(id.clone()),
            Some(_) => return invalid(Value::Null, "\"id\" must be a string or a number"),
        };
        let reply_id = id.clone().unwrap_or(Value::Null);
        if object.get("jsonrpc").and_then(Value::as_str) != Some("2.0") {
            return invalid(reply_id, "\"jsonrpc\" must be \"2.0\"");
        }
        let Some(method) = object.get("method") else {
            if id.is_some() && (object.contains_key("result") || object.contains_key("error")) {
                return Ok(None);
            }
            return invalid(reply_id, "no \"method\"");
        };
        let Some(method) = method.as_str() else { return invalid(reply_id, "\"method\" must be a string") };
        let params = match object.get("params") {
            None => json!({}),
            Some(p @ (Value::Object(_) | Value::Array(_))) => p.clone(),
            Some(_) => return invalid(reply_id, "\"params\" must be an object or an array"),
        };
        Ok(Some(Request { id, method: method.to_owned(), params }))
    }
}

/// One line of input.
pub enum Line {
    /// The input ended.
    End,
    /// An empty line.
    Blank,
    /// A line longer than the limit, skipped.
    TooLong,
    /// A line, without its end.
    Message(Vec<u8>),
}

/// Reads one line of at most `limit` bytes; a longer one is read to its
/// end and dropped, so that memory stays bounded.
pub fn read_line(input: &mut impl BufRead, limit: usize) -> std::io::Result<Line> {
    let mut line = Vec::new();
    let mut too_long = false;
    loop {
        let buffer = match input.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buffer.is_empty() {
            if line.is_empty() && !too_long {
                return Ok(Line::End);
            }
            break;
        }
        let (chunk, done) = match buffer.iter().position(|&b| b == b'\n') {
            Some(i) => (&buffer[..i], Some(i + 1)),
            None => (buffer, None),
        };
        if !too_long && line.len() + chunk.len() > limit {
            too_long = true;
            line = Vec::new();
        }
        if !too_long {
            line.extend_from_slice(chunk);
        }
        let used = done.unwrap_or(buffer.len());
        input.consume(used);
        if done.is_some() {
            break;
        }
    }
    if too_long {
        return Ok(Line::TooLong);
    }
    if line.iter().all(u8::is_ascii_whitespace) {
        return Ok(Line::Blank);
    }
    Ok(Line::Message(line))
}

/// The message of a panic's payload.
pub fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| crate::tr!("render-unknown-panic"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_bounded_and_a_long_one_is_skipped_whole() {
        let mut input: &[u8] = b"{\"a\":1}\r\n\n0123456789abcdef\nok";
        assert!(matches!(read_line(&mut input, 10).unwrap(), Line::Message(l) if l == b"{\"a\":1}\r"));
        assert!(matches!(read_line(&mut input, 10).unwrap(), Line::Blank));
        assert!(matches!(read_line(&mut input, 10).unwrap(), Line::TooLong));
        assert!(matches!(read_line(&mut input, 10).unwrap(), Line::Message(l) if l == b"ok"));
        assert!(matches!(read_line(&mut input, 10).unwrap(), Line::End));
    }

    #[test]
    fn requests_notifications_and_the_rest() {
        let ok = Request::of(&json!({"jsonrpc": "2.0", "id": 1, "method": "ping"})).unwrap().unwrap();
        assert_eq!((ok.id, ok.method.as_str()), (Some(json!(1)), "ping"));
        assert!(Request::of(&json!({"jsonrpc": "2.0", "method": "notifications/initialized"})).unwrap().unwrap().id.is_none());
        assert!(Request::of(&json!({"jsonrpc": "2.0", "id": 1, "result": {}})).unwrap().is_none());
        let (id, e) = Request::of(&json!({"jsonrpc": "1.0", "id": 7, "method": "ping"})).err().unwrap();
        assert_eq!((id, e.code), (json!(7), INVALID_REQUEST));
        assert_eq!(Request::of(&json!({"jsonrpc": "2.0", "id": null, "method": "x"})).err().unwrap().1.code, INVALID_REQUEST);
        assert_eq!(Request::of(&json!(3)).err().unwrap().1.code, INVALID_REQUEST);
    }
}
