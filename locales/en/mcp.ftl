# kehoach's messages of the MCP server (src/mcp), sent as
# "tiếng Việt | English". Every id here is also in locales/vi/mcp.ftl.

## The server's messages (src/mcp/messages.rs)

mcp-root-unusable = cannot use the root directory { $dir }: { $why }
mcp-path-empty = the path is empty: name a file inside the root directory
mcp-path-unusable = the path `{ $shown }` is refused: too long, or it holds control characters
mcp-path-absolute = the absolute path `{ $name }` is refused: name a path relative to the root directory
mcp-path-parent = the path `{ $name }` is refused: `..` may not lead outside the root directory
mcp-path-outside = the path `{ $name }` is refused: it leads outside the root directory (through a symlink)
mcp-path-symlink = `{ $name }` is not replaced: it is a symlink
mcp-not-a-file = `{ $name }` is not a regular file
mcp-cannot-read = cannot read `{ $name }`: { $why }
mcp-cannot-write = cannot write `{ $name }`: { $why }
mcp-exists = `{ $name }` exists; set "overwrite": true to replace it
mcp-unknown-kind = unknown kind `{ $kind }`; the kinds are: { $known }
mcp-bad-argument = the argument `{ $name }` must be { $expected }
mcp-one-source = give exactly one source: "path" (a .toml file under the root), "toml" (TOML text) or "kind" with "fields" (JSON)
mcp-null-value = TOML has no null: leave the field out instead
mcp-number-too-large = the number { $n } is beyond TOML's 64-bit integers
mcp-fields-not-object = "fields" must be a JSON object: the document's fields, as in the blueprint of the schema tool
mcp-kind-mismatch = "kind" in fields differs from the chosen kind `{ $kind }`: leave it out
mcp-string-too-long = this string is { $len } bytes; the limit for one string is { $limit } bytes: split it into several paragraphs
mcp-text-too-long = the text passes { $limit } bytes here: a single Party document is never this long, split it
mcp-too-many-values = the data holds more than { $limit } values; that is the limit
mcp-too-deep = the data is nested more than { $limit } levels deep; that is the limit
mcp-no-such-page = there is no page { $page }: the document has { $pages } pages
mcp-nothing-embedded = { $name } has no embedded files: render it with embed_source
mcp-internal = internal error (please report it): { $what } panicked: { $message }
mcp-valid = valid, { $warnings } warnings
mcp-invalid = invalid: { $errors } errors, each located (a JSON pointer when the source is fields)
mcp-message-too-long = the message is longer than { $limit } bytes
mcp-not-json = not JSON: { $why }
mcp-not-a-request = not a JSON-RPC 2.0 request: { $why }
mcp-no-method = method not found: `{ $method }`
mcp-no-resource = resource not found: `{ $uri }`; the rules are kehoach://rules/<id>
mcp-no-tool = unknown tool `{ $name }`; the tools are: { $known }
