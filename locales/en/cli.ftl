# kehoach's messages of the command line (src/cli, src/main.rs) and of the
# stages it runs (typesetting, profiles, the sandbox, embedded sources).
# Every id here is also in locales/vi/cli.ftl.

## render and watch (src/cli/render.rs, src/cli/watch.rs)

cli-error-line = error: { $message }
cli-ppi-range = --ppi must be between 1 and 2400
cli-metadata-extension = --metadata { $file }: the file must end in .json or .xml
cli-metadata-needs-layout = --metadata needs a layout (its page count): use --format pdf, png or svg
cli-signature-needs-pdf = --signature-fields and --signature-map need --format pdf
cli-format-extension-conflict = `{ $file }` names a .{ $named } file, but --format is { $format }: drop --format (the extension decides), or name the file .{ $format }
cli-embed-needs-pdf = --embed-source needs --format pdf
cli-signature-tagged = --signature-fields with --pdf-standard { $standard }: a tagged standard needs every field in the structure tree, which kehoach does not write; use a-2b or a-3b
cli-one-document-only = --metadata and --signature-map name one file: render one document at a time with them
cli-source-date-epoch = SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 UTC (0 to { $max }), not `{ $value }`
cli-rendered-summary = rendered { $done } of { $total } documents ({ $seconds } s)
cli-rendered-summary-failed = rendered { $done } of { $total } documents, { $failed } failed ({ $seconds } s)
cli-file-rule-set = { $file }: rule set { $rule_set }
cli-wrote = wrote { $file }
cli-batch-wrote = { $counter }wrote { $file }; rule set { $rule_set }
cli-batch-wrote-pages = { $counter }wrote { $file } (and { $more } more pages); rule set { $rule_set }
cli-batch-failed = { $counter }failed: { $file }
cli-watch-directory = { $file } is a directory; `kehoach watch` takes one TOML file
cli-watch-rendered = rendered ({ $seconds } s); watching { $file } for changes (Ctrl-C to stop)
cli-watch-failed = failed; nothing written, the last good output stays ({ $seconds } s); watching { $file } for changes (Ctrl-C to stop)

## verify (src/cli/verify.rs)

cli-verify-embedded = { $file } (embedded source { $source }, profile { $profile })
cli-verify-one-warning = , 1 warning
cli-verify-warnings = , { $count } warnings
cli-verify-unmeasurable = , { $count } not measurable
cli-verify-departures = { $file }: documented departures (docs/form-rules.md): { $ids }
cli-verify-all-hold = { $file }: all { $total } rules hold{ $warnings }
cli-verify-some-fail = { $file }: { $failed } of { $total } rules FAIL{ $warnings }

## extract (src/cli/extract.rs)

cli-cannot-read = cannot read { $file }: { $reason }
cli-nothing-embedded = error: { $file } has no embedded files
    {"   "}= hint: render with --embed-source (or a PDF/A-3 standard)
cli-embedded-name-refused = { $file }: refusing the embedded file name { $name }
cli-exists-force = { $file } exists; use --force to replace it
cli-cannot-create = cannot create { $file }: { $reason }

## diff, mcp (src/cli/diff.rs, src/cli/mcp.rs)

cli-git-failed = cannot read { $spec } with `git show`: { $why }
cli-git-hint = write REV:PATH with the path from the current directory, inside a git repository (e.g. HEAD~1:plans/x.toml)
cli-hint-line = {"  "}= hint: { $hint }
cli-mcp-root = kehoach mcp: root { $dir }

## Errors of the library (src/error.rs)

io-read = cannot read { $path }: { $reason }
io-write = cannot write { $path }: { $reason }
io-read-dir = cannot read the directory { $path }: { $reason }
io-create-output-dir = cannot create the output directory { $path }: { $reason }
io-open-fonts = cannot open the fonts directory { $path }: { $reason }
io-read-fonts = cannot read the fonts directory { $path }: { $reason }
io-open-templates = cannot open the template directory { $path }: { $reason }
io-other = cannot { $action } { $path }: { $reason }
internal-error = internal error (please report it): { $message }
internal-panicked = internal error (please report it): typesetting { $file } panicked: { $message }
