"""kehoach mcp driven by the official MCP Python SDK (`pip install mcp`), as a
desktop assistant drives it. Run by tests/mcp.rs:

    python3 tests/mcp/client.py path/to/kehoach ROOT_DIR

Every step asserts what the server answered; the last line printed is
"all steps passed". Works with the SDK's 1.x and 2.x attribute names.
"""

import asyncio
import copy
import json
import os
import subprocess
import sys

from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

KEHOACH, ROOT = sys.argv[1], sys.argv[2]


def field(obj, *names):
    """An attribute under its 2.x (snake_case) or 1.x (camelCase) name."""
    for name in names:
        if hasattr(obj, name):
            return getattr(obj, name)
    raise AttributeError(names)


def structured(result):
    return field(result, "structured_content", "structuredContent")


def is_error(result):
    return field(result, "is_error", "isError")


def step(name):
    print(f"ok: {name}", flush=True)


async def session_steps():
    params = StdioServerParameters(command=KEHOACH, args=["mcp", "--root", ROOT])
    async with stdio_client(params) as streams:
        read, write = streams[0], streams[1]
        async with ClientSession(read, write) as session:
            init = await session.initialize()
            assert field(init, "protocol_version", "protocolVersion") in ("2025-06-18", "2025-03-26", "2024-11-05")
            step("initialize")

            tools = await session.list_tools()
            names = [t.name for t in tools.tools]
            assert names == ["kinds", "schema", "compose", "check", "render", "verify", "extract", "register"], names
            step("list tools")

            schema = structured(await session.call_tool("schema", {"kind": "giay-moi"}))
            blueprint = schema["blueprint"]
            assert schema["schema"]["type"] == "object"
            assert any(f["pointer"] == "/invitation/venue" for f in schema["fields"])
            step("schema and blueprint of a Giấy mời")

            # Two mistakes: a time not "HH:MM", and a signing authority the form does not have.
            bad = copy.deepcopy(blueprint)
            bad["invitation"]["time"] = "tám giờ"
            bad["signer"]["authority"] = "T/U"
            result = await session.call_tool("compose", {"kind": "giay-moi", "fields": bad})
            assert is_error(result)
            answer = structured(result)
            pointers = sorted(d["pointer"] for d in answer["diagnostics"] if d["severity"] == "error")
            assert pointers == ["/invitation/time", "/signer/authority"], answer
            step("compose with two mistakes: both at their JSON pointers " + ", ".join(pointers))

            fixed = copy.deepcopy(bad)
            fixed["invitation"]["time"] = "08:00"
            fixed["signer"]["authority"] = "T/L"
            composed = structured(await session.call_tool("compose", {"kind": "giay-moi", "fields": fixed, "path": "giay-moi.toml"}))
            assert composed["valid"] is True and composed["path"] == "giay-moi.toml", composed
            assert os.path.exists(os.path.join(ROOT, "giay-moi.toml"))
            step("fixed and composed to giay-moi.toml")

            pdf = structured(await session.call_tool("render", {"path": "giay-moi.toml", "format": "pdf"}))
            assert pdf["path"] == "giay-moi.pdf" and pdf["pages"] == 1 and pdf["rule_set"]["profile"] == "dang-hd05-2026", pdf
            with open(os.path.join(ROOT, "giay-moi.pdf"), "rb") as f:
                assert f.read(5) == b"%PDF-"
            docx = structured(await session.call_tool("render", {"path": "giay-moi.toml", "format": "docx"}))
            with open(os.path.join(ROOT, docx["path"]), "rb") as f:
                assert f.read(2) == b"PK"
            step("render PDF and DOCX")

            png = await session.call_tool("render", {"path": "giay-moi.toml", "format": "png", "ppi": 40})
            images = [c for c in png.content if c.type == "image"]
            assert len(images) == 1 and field(images[0], "mime_type", "mimeType") == "image/png"
            step("render a PNG page, returned as an image")

            verified = structured(await session.call_tool("verify", {"path": "giay-moi.toml"}))
            assert verified["passed"] is True, verified
            statuses = {r["id"]: r["status"] for r in verified["results"]}
            assert statuses["P-HDR-1"] == "pass" and statuses["P-SIG-3"] == "pass", statuses
            step(f"verify: {len(verified['results'])} rules, none failing")

            rule = await session.read_resource("kehoach://rules/P-HDR-1")
            text = rule.contents[0].text
            assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text and "15 pt" in text, text
            step("read the rule resource P-HDR-1")

            # The hostile round: each answered with an error, the server serving on.
            for path in ["../etc/passwd", "/etc/passwd", "a/../../x.toml"]:
                result = await session.call_tool("check", {"path": path})
                assert is_error(result) and "refused" in result.content[0].text, result
            result = await session.call_tool("render", {"path": "giay-moi.toml", "output": "/tmp/kehoach-out.pdf"})
            assert is_error(result) and "refused" in result.content[0].text
            assert not os.path.exists("/tmp/kehoach-out.pdf")
            step("paths outside the root refused")

            huge = copy.deepcopy(fixed)
            huge["closing"] = ["x" * (10 * 1024 * 1024)]
            answer = structured(await session.call_tool("compose", {"kind": "giay-moi", "fields": huge}))
            assert [d["pointer"] for d in answer["diagnostics"]] == ["/closing/0"], answer
            step("a 10 MB string refused at /closing/0")

            control = copy.deepcopy(fixed)
            control["subject"] = "dự hội nghị\u0000\u001b[2J"
            answer = structured(await session.call_tool("check", {"kind": "giay-moi", "fields": control}))
            assert answer["valid"] is False and {d["pointer"] for d in answer["diagnostics"]} == {"/subject"}, answer
            step("control characters refused at /subject")

            try:
                await session.call_tool("format_disk", {})
                raise AssertionError("an unknown tool must be an error")
            except AssertionError:
                raise
            except Exception as e:  # McpError: -32602
                assert "format_disk" in str(e), e
            step("an unknown tool answered with a JSON-RPC error")

            again = structured(await session.call_tool("check", {"path": "giay-moi.toml"}))
            assert again["valid"] is True
            step("still serving after the hostile round")


def raw_steps():
    """Malformed JSON-RPC, which no SDK sends, on the wire itself."""
    server = subprocess.Popen([KEHOACH, "mcp", "--root", ROOT], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)

    def send(line):
        server.stdin.write(line + b"\n")
        server.stdin.flush()
        return json.loads(server.stdout.readline())

    assert send(b"{this is not json")["error"]["code"] == -32700
    assert send(b'{"jsonrpc":"2.0","id":1}')["error"]["code"] == -32600
    assert send(b'"just a string"')["error"]["code"] == -32600
    assert send(b'{"jsonrpc":"2.0","id":2,"method":"tools/call","params":"x"}')["error"]["code"] == -32600
    init = send(json.dumps({"jsonrpc": "2.0", "id": 3, "method": "initialize", "params": {"protocolVersion": "2024-11-05", "capabilities": {}, "clientInfo": {"name": "raw", "version": "1"}}}).encode())
    assert init["result"]["protocolVersion"] == "2024-11-05", init
    checked = send(json.dumps({"jsonrpc": "2.0", "id": 4, "method": "tools/call", "params": {"name": "check", "arguments": {"path": "giay-moi.toml"}}}).encode())
    assert checked["result"]["structuredContent"]["valid"] is True, checked
    server.stdin.close()
    assert server.wait(timeout=30) == 0
    step("malformed JSON-RPC answered -32700 / -32600, then served, then a clean exit")


asyncio.run(session_steps())
raw_steps()
print("all steps passed")
