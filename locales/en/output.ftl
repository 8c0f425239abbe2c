# kehoach's messages while it writes and signs (src/render, src/typeset,
# src/sandbox.rs, src/document_system, src/docx, src/diff, src/report,
# src/printed, src/mcp, file errors). Every id here is also in
# locales/vi/output.ftl.

## Operating-system errors by their kind (src/error.rs: English keeps the
## system's own text; these are the kinds' words)

io-kind-not-found = not found
io-kind-permission-denied = permission denied
io-kind-already-exists = already exists
io-kind-is-a-directory = is a directory
io-kind-not-a-directory = not a directory
io-kind-directory-not-empty = directory not empty
io-kind-read-only = read-only file system
io-kind-storage-full = no space left on the device
io-kind-file-too-large = file too large
io-kind-busy = the file is in use
io-kind-invalid-data = invalid data (e.g. not UTF-8 text)
io-kind-invalid-filename = invalid file name
io-kind-unexpected-eof = unexpected end of file
io-kind-interrupted = interrupted
io-kind-timed-out = timed out
io-kind-crosses-devices = cannot move across devices
io-kind-too-many-links = too many links
io-kind-out-of-memory = out of memory
io-kind-unsupported = not supported on this system
io-kind-other = { $reason }

## Reading a PDF (src/document_system/pdf_file.rs, embed.rs, sign.rs)

pdf-not-ours = not a PDF written by kehoach (or typst): { $why }
pdf-no-header = it does not start with %PDF-
pdf-no-startxref = no startxref
pdf-bad-startxref = bad startxref
pdf-broken-xref-chain = broken chain of cross-reference sections
pdf-xref-streams = cross-reference streams are not supported
pdf-trailer-not-dictionary = the trailer is not a dictionary
pdf-page-tree-deep = page tree too deep
pdf-page-node-no-kids = page tree node without /Kids
pdf-bad-xref = bad cross-reference table
pdf-bad-key = bad { $key }
pdf-no-key = no { $key }
pdf-nested-too-deeply = objects nested too deeply
pdf-unexpected-end = unexpected end of file
pdf-unterminated-string = unterminated string
pdf-unterminated-hex = unterminated hex string
pdf-key-not-name = a dictionary key is not a name: { $found }
pdf-bad-object-number = bad object number { $number }
pdf-bad-generation = bad generation
pdf-unexpected-word = unexpected `{ $word }` at byte { $at }
pdf-object-missing = object { $id } is missing
pdf-object-misplaced = object { $id } is not where the cross-reference table says
pdf-object-not-stream = object { $id } is not a stream
pdf-object-not-dictionary = object { $id } is not a dictionary but { $found }
pdf-stream-no-length = stream { $id } has no /Length
pdf-stream-past-end = stream { $id } runs past the end of the file
pdf-no-stream-keyword = no stream keyword
pdf-expected-array = expected an array, found { $found }
pdf-catalog-key-not-dictionary = the catalog's { $key } is not a dictionary
sign-no-page = the document has no page { $page }
embed-file-without-stream = an embedded file without its stream
embed-file-compressed = the embedded file { $name } is compressed; kehoach reads only its own uncompressed attachments
embed-standard-refuses = --embed-source with --pdf-standard { $standard }: PDF/A-1 and PDF/A-2 allow no attachments but PDF/A files; use a-3b
embed-no-record = the PDF has no embedded { $name }
embed-no-source = the PDF has no embedded source { $name }
hint-embed-verify-embedded = verify a PDF rendered with --embed-source (or a PDF/A-3 standard)
hint-embed-render-embedded = render it with --embed-source (or a PDF/A-3 standard)
hint-embed-render = render it with --embed-source
hint-embed-record-damaged = the embedded render record is damaged
embed-differs = the file differs from a fresh render of its embedded source from byte { $at } on (of { $total }): it was changed after rendering
embed-identical = identical to a fresh render of the embedded source
embed-identical-signed = identical to a fresh render of the embedded source; { $revisions } later revision(s) only fill in signature fields
embed-trailing-bytes = { $count } byte(s) follow the end of the last revision ("%%EOF"): they belong to no revision, so the file was changed after rendering
embed-revision = a revision appended after rendering { $why }
embed-cannot-be-read = cannot be read: { $why }
embed-changes-object = changes object { $id }
embed-moves-field = moves the signature field in object { $id }
embed-changes-other-object = changes object { $id }, which is neither a signature field nor a page
embed-changes-page-key = changes the /{ $key } of page { $page }
embed-adds-annotation = adds an annotation that is not a form field to page { $page }
embed-adds-field-outside = adds a form field outside the places of the signatures and stamps to page { $page }
rule-pages-match-the-embedded-source = pages match the embedded source
verify-source-expected = the bytes of a fresh render of the embedded source, followed only by revisions that fill in signature fields

## Rendering (src/render, src/typeset, src/sandbox.rs, src/docx)

render-no-signature-block = --signature-fields: the document has no signature block to put the fields in
hint-render-no-signature-block = render without --signature-fields, or give the document a [signer] block that is printed
hint-render-a3b = render with --pdf-standard a-3b
render-amend-failed = adding signature fields or attachments to the PDF: { $why }
render-pdfa-no-day = { $message }: PDF/A records the document's date, and `date` gives no day (a draft)
hint-render-pdfa-no-day = write the full date (date = 2024-04-01), or set SOURCE_DATE_EPOCH to the time to record
render-not-utf8 = the file is not UTF-8 text
hint-render-not-utf8 = save the file as UTF-8 (Unicode); legacy Vietnamese encodings (TCVN3, VNI) must be converted first
render-deny-warnings = warnings are errors (--deny-warnings)
render-unknown-panic = unknown panic
template-directory-failed = the template directory { $dir } failed: { $message }
hint-template-directory = fix the template, or render without --templates to use the embedded ones
typeset-package-refused = package imports (`{ $spec }`) are refused: kehoach never downloads or reads packages
typeset-refused-prefix = access refused:{" "}
typeset-hint = {" "}(hint: { $hint })
sandbox-refused = access refused: { $why }
sandbox-outside = `{ $file }` leads outside the template directory (to { $target })
sandbox-not-a-file = `{ $file }` is not a regular file
sandbox-too-large = `{ $file }` is { $size } bytes; the limit is { $limit }
sandbox-larger-than = `{ $file }` is larger than { $limit } bytes
fonts-unusable = thư mục phông chữ { $dir } không dùng được / the fonts directory { $dir } cannot be used: { $why }
fonts-too-many = it holds { $count } font files; the limit is { $limit }
fonts-vanished = `{ $file }` vanished
fonts-not-a-font = `{ $file }` is not a font typst can read
fonts-none = it holds no font file (.ttf, .otf, .ttc)
fonts-no-vietnamese = none of its fonts ({ $families }) has an upright regular face with every Vietnamese letter (thiếu chữ tiếng Việt)

## clap's own words in --help and command-line errors (src/cli/clap_vi.rs;
## used under --lang vi only: English keeps clap's)

clap-usage = Usage:
clap-commands = Commands:
clap-arguments = Arguments:
clap-options = Options:
clap-help = Print help
clap-help-short = Print help (see more with '--help')
clap-help-long = Print help (see a summary with '-h')
clap-version = Print version
clap-help-command = Print this message or the help of the given subcommand(s)
clap-default = [default: { $value }]
clap-possible-values = [possible values: { $values }]
clap-possible-values-heading = Possible values:
clap-invalid-value = invalid value '{ $value }' for '{ $arg }'
clap-empty-value = a value is required for '{ $arg }' but none was supplied
clap-unknown-argument = unexpected argument '{ $arg }' found
clap-unknown-command = unrecognized subcommand '{ $command }'
clap-missing-argument = the following required arguments were not provided: { $args }
clap-missing-command = a subcommand is required
clap-conflict = the argument '{ $arg }' cannot be used with '{ $prior }'
clap-no-equals = equal sign is needed when assigning values to '{ $arg }'
clap-wrong-number = wrong number of values for '{ $arg }'
clap-invalid-utf8 = invalid UTF-8 was detected in one or more arguments
clap-did-you-mean = a similar one exists: '{ $suggestion }'
clap-more = For more information, try '--help'.
help-value-format-pdf = PDF (the default)
help-value-format-png = One PNG image per page
help-value-format-svg = One SVG image per page
help-value-format-typ = The generated Typst source
help-value-format-docx = An editable Word document (WordprocessingML)
help-value-format-txt = Plain text, one printed paragraph a line, for plain `diff` and review
help-value-check-format-text = Readable text on standard error
help-value-check-format-json = JSON on standard output: every file, valid or not, with its diagnostics
help-value-check-format-github = GitHub workflow annotations (`::error file=…,line=…,col=…,title=ID::…`) on standard output
help-value-check-format-sarif = A SARIF 2.1.0 log on standard output (code-scanning tools)
help-value-diff-format-text = Plain text, old lines with "-", new ones with "+"
help-value-diff-format-markdown = Markdown for a pull-request comment
help-value-diff-format-json = JSON

## More of rendering, and the MCP server's argument types

render-same-target = { $first } and { $second } would both be written to { $target }; render them to different directories
render-no-toml-files = no .toml files in directory { $dir }
render-signature-map-no-block = --signature-map: the document has no signature block
typeset-unknown-standard = unknown PDF standard `{ $name }`; use one of 1.4, 1.5, 1.6, 1.7, 2.0, a-1b, a-1a, a-2b, a-2u, a-2a, a-3b, a-3u, a-3a, a-4, a-4f, a-4e, ua-1
typeset-not-allowed = `{ $path }`: a document may only use kehoach's embedded templates and fonts
typeset-not-allowed-dir = `{ $path }`: a document may only use kehoach's embedded templates and fonts and files inside the template directory { $dir }
mcp-expected-string = a string
mcp-expected-object = an object
mcp-expected-bool = true or false
mcp-expected-format = "pdf", "docx" or "png"
mcp-expected-page = a page number from 1
mcp-expected-ppi = a number from 10 to 600
mcp-expected-one-of = one of { $codes }

## The list of `kehoach profiles` (src/main.rs; the English
## is the profiles' own description, a test keeps them equal; the kinds are input.ftl's kind-description-…)

profiles-dang = Party documents: the values both rule sets share, HD 36's where they differ
profiles-dang-hd36-2018 = Party documents under Hướng dẫn 36-HD/VPTW (2018): dated before 27/5/2026
profiles-dang-hd05-2026 = Party documents under Hướng dẫn 05-HD/VPTW (2026): dated on or after 27/5/2026
