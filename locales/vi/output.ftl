# kehoach's messages while it writes and signs (src/render, src/typeset,
# src/sandbox.rs, src/document_system, src/docx, src/diff, src/report,
# src/printed, src/mcp, file errors). Every id here is also in
# locales/en/output.ftl.
