# kehoach's messages in English. Every id here must also be in
# locales/vi/kehoach.ftl (tests/i18n.rs checks it). Arguments are given as text.

## Dates, times of day, signing authorities (src/check/values.rs, signatures.rs)

date-form = `{ $value }` is not a date: write YYYY-MM-DD (e.g. 2024-04-01), or "YYYY-MM" / "YYYY" for a draft without a day
date-month = month { $month } does not exist (months run from 1 to 12)
date-day = { $year }-{ $month } has { $max } days, so day { $day } does not exist
date-time = a date must carry only a day, not a time (`{ $value }`)
date-year = year { $year } is out of range (1900–2200)
hint-write = write `{ $key } = { $value }`
hint-date-form = write the date as year-month-day: `{ $key } = 2026-10-05` for 5 October 2026
hint-date-exists = write an existing date as year-month-day, e.g. `{ $key } = 2026-10-05`
time-form = `{ $value }` is not a time of day: write "HH:MM", e.g. "14:00"
hint-time-form = write the hour and minutes as "HH:MM": `{ $key } = "08:00"`, `{ $key } = "14:30"`
authority-not-party = `{ $value }` is not a signing authority of the Party form
hint-authority-state = `{ $value }` is the state form (NĐ 30); Party documents write `{ $party }`: `authority = "{ $party }"`
hint-authority-tuq = HD 05 names no T.U.Q (thừa uỷ quyền): a signature by delegation of the standing committee or the head is `T/L` (7.1.1c)
hint-authority-acting = the acting head's form is written `Q.` (HD 05 7.1.4c: "Q. TRƯỞNG BAN")
hint-authority-forms = Party documents use T/M (on behalf of a collective), K/T (a deputy for the head), T/L (by delegation) or Q. (the acting head); omit `authority` when the head signs
tm-head-position = "T/M" is signed by the collective's head or deputy (Bí thư, Phó Bí thư …), not by `{ $position }` (HD 05 7.1.1a, 7.1.4a–b)
hint-tm-head-position = by delegation of the collective, `{ $position }` signs `authority = "T/L"` (HD 05 7.1.4d: "T/L BAN THƯỜNG VỤ" / "CHÁNH VĂN PHÒNG"); or write the secretary's title: position = "Bí thư"
tl-delegate-position = "T/L" is signed by the one the collective delegates to (the Chánh Văn phòng, a board's head), not by its own `{ $position }` (HD 05 7.1.1c, 7.1.4d)
hint-tl-delegate-position = the collective's head or deputy signs on its behalf: `authority = "T/M"` (HD 05 7.1.4b: "T/M BAN THƯỜNG VỤ" / "BÍ THƯ")

## The structure of the file (src/check/schema.rs, src/load, src/diagnostic.rs)

label-error = error
label-warning = warning
label-field = field
label-hint = hint
type-string = a string ("…")
type-integer = a whole number
type-number = a number
type-boolean = true or false
type-array = a list ([…])
type-object = a table ({"{"} … {"}"} or [section])
type-date = a date
word-or = {" "}or{" "}
expected-found = expected { $expected }, found { $found }
expected-at-least = expected a whole number of at least { $min }, found { $found }
unknown-field = unknown field `{ $name }`
did-you-mean = did you mean `{ $name }`?
fields-allowed = the fields allowed here are: { $fields }
the-top-level = the top level
missing-field-in = missing field `{ $key }` in { $table }
hint-add-field = add the field; `kehoach new ke-hoach` prints a complete example
missing-kind = missing field `kind`: which kind of document is this?
hint-missing-kind = add `kind = "ke-hoach"` at the top; the kinds are: { $kinds }
unknown-kind = unknown kind `{ $kind }`
hint-kind-did-you-mean = did you mean `{ $kind }`? The kinds are: { $kinds }
hint-kinds = the kinds are: { $kinds }
kind-not-string = `kind` must be a string such as "ke-hoach"
hint-bare-date = a date is written year-month-day: `{ $key } = { $value }`
hint-bare-time = a time of day is written in quotes, "HH:MM": `{ $key } = "{ $value }"`

## Text damage (src/vietnamese/damage.rs)

decomposed-text = text is in decomposed form (NFD), e.g. { $codes } for '{ $composed }': it will be normalised to NFC
hint-decomposed-text = `kehoach check --fix` writes it composed (NFC) into the file; rendering converts it anyway

## The command line (src/main.rs, src/cli)

cli-rule-set = rule set { $rule_set }
cli-ok = ok
cli-ok-warnings = ok ({ $warnings } warnings)
cli-fixed = fixed
cli-cannot-write = cannot write { $file }: { $reason }
cli-unknown-kind = unknown kind `{ $kind }`; the kinds are: { $kinds }
cli-unknown-kind-did-you-mean = unknown kind `{ $kind }`: did you mean `{ $closest }`? The kinds are: { $kinds }
fix-nfd = text in decomposed form (NFD)
fix-nfc = composed (NFC)

## --help texts (src/main.rs, src/cli): help-<command path>-<argument>

help-kehoach = Render Vietnamese Party documents from TOML to correctly formed PDFs
help-kehoach-lang = Language of the messages: vi or en (default: the locale, `LANG=vi_VN…` → vi, else en)
help-kehoach-render = Render documents (PDF by default) next to their input, or to -o
help-kehoach-render-files = Input TOML files, or directories: a directory stands for the *.toml files directly inside it (not its subdirectories)
help-kehoach-render-output = Output file (one input), or directory (several inputs, a directory input, an existing directory or a path ending in `/`; created if missing)
help-kehoach-render-format = Output format; png and svg give one file per page (out-1.png …); docx is an editable Word document of the same form (default: the extension of the -o file, else pdf)
help-kehoach-render-ppi = Resolution of PNG output, in pixels per inch
help-kehoach-render-pdf_standard = Enforce a PDF standard, e.g. a-2b (PDF/A-2b)
help-kehoach-render-deny_warnings = Treat warnings as errors
help-kehoach-render-fonts = A directory of fonts (e.g. Times New Roman, HD 05 IV.1): its typeface is set and embedded before the bundled Liberation Serif
help-kehoach-watch-fonts = A directory of fonts (e.g. Times New Roman, HD 05 IV.1): its typeface is set and embedded before the bundled Liberation Serif
help-kehoach-verify-fonts = A directory of fonts (e.g. Times New Roman, HD 05 IV.1): its typeface is set and embedded before the bundled Liberation Serif
help-kehoach-render-templates = A directory of templates layered over the embedded ones (e.g. a modified lib/party.typ); nothing outside it can be read
help-kehoach-render-metadata = Also write the data a document system asks for (Nghị định 30 Phụ lục VI / edXML: number, date, subject, signer, page count …) to FILE.json or FILE.xml (one input only)
help-kehoach-render-signature_fields = Add empty signature fields for signing tools: `nguoi-ky-1` for the signer, `co-quan-1` for the body's seal (PDF only)
help-kehoach-render-signature_map = Also write the page and rectangle (pt, origin bottom-left) of each signature place to FILE.json (PDF only, one input only)
help-kehoach-render-embed_source = Attach the TOML source, the metadata and the render options to the PDF (always done with a PDF/A-3 standard); `kehoach extract` gets them back, `kehoach verify doc.pdf` re-renders and compares
help-kehoach-render-jobs = Documents rendered at once (default: one per core)
help-kehoach-watch = Render a document, then again each time it is saved; errors do not stop it
help-kehoach-watch-file = The TOML file to watch
help-kehoach-watch-output = Output file (one input), or directory (several inputs, a directory input, an existing directory or a path ending in `/`; created if missing)
help-kehoach-watch-format = Output format; png and svg give one file per page (out-1.png …); docx is an editable Word document of the same form (default: the extension of the -o file, else pdf)
help-kehoach-watch-ppi = Resolution of PNG output, in pixels per inch
help-kehoach-watch-pdf_standard = Enforce a PDF standard, e.g. a-2b (PDF/A-2b)
help-kehoach-watch-deny_warnings = Treat warnings as errors
help-kehoach-watch-templates = A directory of templates layered over the embedded ones (e.g. a modified lib/party.typ); nothing outside it can be read
help-kehoach-watch-metadata = Also write the data a document system asks for (Nghị định 30 Phụ lục VI / edXML: number, date, subject, signer, page count …) to FILE.json or FILE.xml (one input only)
help-kehoach-watch-signature_fields = Add empty signature fields for signing tools: `nguoi-ky-1` for the signer, `co-quan-1` for the body's seal (PDF only)
help-kehoach-watch-signature_map = Also write the page and rectangle (pt, origin bottom-left) of each signature place to FILE.json (PDF only, one input only)
help-kehoach-watch-embed_source = Attach the TOML source, the metadata and the render options to the PDF (always done with a PDF/A-3 standard); `kehoach extract` gets them back, `kehoach verify doc.pdf` re-renders and compares
help-kehoach-check = Validate documents without rendering or writing anything
help-kehoach-check-files = Input TOML files, or directories (their *.toml files); numbers used twice across them are reported
help-kehoach-check-format = Output format of the diagnostics
help-kehoach-check-json = Same as --format json
help-kehoach-check-deny_warnings = Treat warnings as errors
help-kehoach-check-fix = Fix in the files what cannot change the meaning (NFC text, dates, times, T/M K/T T/L, misspelt keys), keeping comments and layout; then check
help-kehoach-check-dry_run = With --fix: print the changes as a unified diff, write nothing
help-kehoach-verify = Render documents in memory and check every rule of the Party form on the pages
help-kehoach-verify-files = Input TOML files, or PDFs rendered with --embed-source (their embedded source is rendered again and compared with the file)
help-kehoach-verify-quiet = Print only the rules that fail (and the summary)
help-kehoach-verify-json = Print the results as JSON on standard output: `{"{"}"files": [{"{"}"file", "profile", "passed", "results": [{"{"}"id", "rule", "expected", "actual", "status", "departure"{"}"}]{"}"}]{"}"}`, status one of pass, fail, warn, departure, not-measurable; `expected`, `actual` and `departure` are in the language of the messages (--lang), `rule` in English
help-kehoach-extract = Write the files embedded by --embed-source (the TOML source, the metadata) back out
help-kehoach-extract-file = A PDF rendered with --embed-source (or a PDF/A-3 standard)
help-kehoach-extract-output = The directory to write the files into (default: the current directory)
help-kehoach-extract-force = Replace files that already exist
help-kehoach-schema = Print a JSON Schema of a document kind's TOML (for editors), or of the `--metadata` JSON (`kehoach schema metadata`)
help-kehoach-schema-kind = The document kind (ke-hoach, cong-van, …), or `metadata`
help-kehoach-new = Print a commented starter document of a kind
help-kehoach-new-kind = The document kind: ke-hoach, giay-moi, cong-van … (`kehoach kinds` lists them)
help-kehoach-profiles = List the layout profiles
help-kehoach-kinds = List the document kinds

## The rule set in force (src/pipeline.rs)

rule-set-line = { $title } (profile { $profile }, { $why })
rule-set-named = named in the file
rule-set-by-date = by the date { $date }

## Signature blocks (src/check/signatures.rs)

confirmation-who = the confirmation block names who confirms
hint-confirmation-who = e.g. authority = "T/M", body = "Tỉnh ủy", position = "Bí thư" (HD 05 7.1.4a)
authority-needs-body = `{ $authority }` needs the body it acts for
hint-authority-needs-body = e.g. `body = "Ban Thường vụ"` prints "{ $authority } BAN THƯỜNG VỤ"
authority-needs-head = `{ $authority }` needs the head's title it acts for
hint-authority-needs-head = e.g. `body = "Trưởng ban"` prints "{ $authority } TRƯỞNG BAN"
acting-no-position = an acting head signs "Q. TRƯỞNG BAN" / name, with no position line (HD 05 7.1.4c)
hint-acting-no-position = remove `position`: `body` holds the head's title the signer acts as
authority-needs-position = "{ $authority } …" needs the signer's own position under it
hint-kt-needs-position = the deputy's title: position = "Phó Trưởng ban" (HD 05 7.1.4c: "K/T TRƯỞNG BAN" / "PHÓ TRƯỞNG BAN")
hint-tl-needs-position = e.g. position = "Chánh Văn phòng" (HD 05 7.1.4d: "T/L BAN THƯỜNG VỤ" / "CHÁNH VĂN PHÒNG")
position-empty = signer's position is empty
hint-position-empty = write the signer's position in `{ $field }`; only a "T/M …" signature of a collective may omit it ("T/M BỘ CHÍNH TRỊ" / name)
kt-collective = `K/T { $body }`: a collective does not sign "K/T" (HD 05 7.1.1)
hint-kt-collective = its deputy signs on its behalf: authority = "T/M", body = "{ $body }", position = "Phó Bí thư"
kt-deputy-position = "K/T" is a deputy signing for the head, but the position `{ $position }` is not a deputy's
hint-kt-deputy-position = the head signs directly: omit `authority`; or write the deputy's title ("Phó Trưởng ban")
concurrent-empty = the concurrent title is empty
hint-concurrent-empty = write the second title ("Trưởng Ban Chỉ đạo") or remove the key
concurrent-without-position = a concurrent title ("kiêm …") follows the signer's first position
hint-concurrent-without-position = write the first title in `position` ("Bí thư"), the second in `concurrent_position` (HD 05 7.1.4đ)
academic-title = academic title `{ $title }` before the signer's name
hint-academic-title = Party documents print the name alone: remove the title
blank-signer-name = the signer's name is blank; it will be left empty to fill in by hand

## Required texts (Checker::required, src/check/form_rules.rs)

required-empty = { $what } is empty
hint-required = write the { $what } in `{ $field }`
what-place = place name
what-meeting-place = meeting's place
what-meeting-content = meeting's content
what-recorder-name = recorder's name
what-invitation-venue = place of the meeting
what-introduced-person = name of the person introduced
what-sent-to = body the person is sent to
what-errand = errand ("Về việc")
what-author-line = author line
what-congress-theme = congress theme
what-presented = presenting line ("Báo cáo của … trình Đại hội …")
what-subject = subject line
what-issued-with-by = body that issued the Quyết định
what-issuer-name = issuing body's name
what-copy-body = copying body ("Cơ quan, tổ chức sao")
what-copy-code = copying body's code after "BS/" (e.g. "VPTU")
what-copy-place = place of copying
what-archive = archive line ("Lưu …")

## Nội dung và chức vụ (src/check/content.rs, HD 05 6.2.3, 7.1.2)
basis-incomplete = the basis cites a { $kind } without its { $what ->
    [number] number and code
    [date] date
   *[both] number and code and date
} (HD 05 6.2.3)
hint-basis-incomplete = write the type, number and code, issuing body, date and subject, e.g. "Căn cứ Kế hoạch số 53-KH/TU, ngày 15/3/2021 của Tỉnh ủy về …"
position-names-body = the position `{ $position }` carries the body's name ({ $body }) (HD 05 7.1.2)
hint-position-names-body = write position = "{ $corrected }": a position carries no committee's or body's name, except in joint documents and for steering boards without a seal of their own

## --help of diff, register, issue, mcp
help-kehoach-diff = Show what changed in the printed document between two versions (files, or REV:PATH at a git revision); exit 0 same, 1 different, 2 trouble
help-kehoach-diff-old = The old version: a file, or REV:PATH (a file at a git revision, e.g. HEAD~1:plans/x.toml)
help-kehoach-diff-new = The new version: a file, or REV:PATH
help-kehoach-diff-format = Output format: text, markdown (a pull-request comment) or json
help-kehoach-diff-no_pages = Leave out the page numbers (no layout: faster)
help-kehoach-register = The register of documents sent out, from the plans: table, --json, --csv, --xlsx FILE; duplicates and gaps per term; --next TYPE
help-kehoach-register-paths = Plans, or directories searched for *.toml plans at any depth
help-kehoach-register-json = Print the register as JSON (rows and diagnostics)
help-kehoach-register-csv = Print the register as CSV
help-kehoach-register-xlsx = Also write the register as an Excel workbook to FILE
help-kehoach-register-next = Print only the next free number of a type ("KH", or a kind: "ke-hoach") in the term in force today (or on --date)
help-kehoach-register-issuer = The issuer code of --next ("ĐU"); needed when the plans have several
help-kehoach-register-date = The day whose term --next counts in (default: today)
help-kehoach-issue = Give a checked plan its number (the next free one, or --number) and date (--date, default today) in its TOML, comments kept; then render it
help-kehoach-issue-plan = The plan to issue
help-kehoach-issue-number = This number instead of the next free one (refused if another plan has it)
help-kehoach-issue-date = The date of issue (default: today, in Vietnam)
help-kehoach-issue-no_render = Only write the number and date into the plan; render nothing
help-kehoach-mcp = Serve compose, check, render and verify to a drafting assistant over the Model Context Protocol (stdio), reading and writing only under --root
help-kehoach-mcp-root = The only directory the server reads and writes: every path a tool names is relative to it; absolute paths, `..` and links out are refused

## HD 05 rules on the page (src/verify: marks, recipients, appendices)

verify-urgency-rule = secrecy or urgency mark
verify-urgency-expected = { $text } { $place }, { $size } bold capitals, centred in the left column (HD 05 II.3, Phụ lục 2 row 11)
verify-mark-under-number = under the number
verify-mark-under-subject = under the subject of the công văn
verify-draft-rule = draft note
verify-draft-expected = { $text } under the number, { $size } italic, centred in the left column (HD 05 II.4.2, Phụ lục 2 row 12)
verify-mark-actual = { $text } { $place }, { $style }, centre offset { $offset }
verify-mark-is-under = in its place
verify-mark-is-above = not under the number (or the subject of a công văn)
verify-mark-in-right-column = in the right column (under the date), not under the number
verify-mark-not-found = not found on page 1
mark-urgency-word = `{ $value }` is not a degree of urgency: HD 05 II.3 names Khẩn, Thượng khẩn and Hỏa tốc
mark-secrecy-word = `{ $value }` is not a degree of secrecy: the Law on the Protection of State Secrets (2018, Article 8), to which HD 05 II.2 refers, names Tuyệt mật, Tối mật and Mật
hint-mark-word = write one of { $list }
mark-draft-form = `{ $value }` is not a draft note: HD 05 writes "Dự thảo" or "Dự thảo lần 2" (II.4.2, Phụ lục 2 row 12)
hint-mark-draft-form = write `draft = "Dự thảo"` or `draft = "Dự thảo lần 2"`
verify-subject-capitals-departure = the subject is in capitals because the data asks for them (`subject_capitals`, as central documents and HD 05's own title print it); Phụ lục 2 row 5 says "in thường" (normal case)
verify-no-numbered-page = no page carries a number: each of the { $pages } pages is the first page of the document or of an appendix (HD 05 IV.5.1–5.2)
verify-appendix-rule = heading of { $label }
verify-appendix-expected = { $label } on a line of its own at the top of a new page, centred, a number only from two appendices (HD 05 II.1.1); the title under it; under the title "(Kèm theo …)" with the document's number and code, date and issuing body (II.1.2)
verify-appendix-no-page = { $printed } does not open a page after the closing block
verify-appendix-label = the page opens with { $printed }
verify-appendix-off-centre = a line of the heading is { $offset } off the centre of the text area
verify-appendix-order = the title and "(Kèm theo …)" do not follow the label in that order
verify-appendix-attached = { $printed } does not name the document's number and code, date and issuing body
verify-appendix-actual = label, title and "(Kèm theo …)" centred at the top of page { $page }

## Real documents as written (src/check/as_written.rs, HD 05 5.1.1, 5.2.1, 6.2.2, 9.2.4)
subject-missing = the title block has no subject (trích yếu) and no author lines in its place (HD 05 5.1.1, 5.2.1)
hint-subject-missing = add `subject = "về …"`, or the author lines that title the document: `author = ["Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 2"]`
kinh-trinh-written-kinh-gui = a Tờ trình names the body it is submitted to after "Kính trình:" (HD 05 9.2.4); this one is printed with "Kính gửi:", as written
hint-kinh-trinh-written-kinh-gui = write `kinh_trinh = […]` in place of `to`, or keep `to` if the document was issued so
state-form-ending = the content ends with "./.", the state form's ending; a Party document's content ends with "." (HD 05 6.2.2)
hint-state-form-ending = remove "/.": kehoach prints the text as typed and adds no ending mark
type-name-kind = the type name `{ $name }` does not start with the kind's, { $kind } (HD 05 5.1.1)
hint-type-name-kind = start it with the kind's name ("{ $kind } …"), or change `kind` (now "{ $id }")
type-name-one-line = the type name stands on one line of its own (HD 05 5.2.1)
hint-type-name-one-line = put the lines under it in `author` (in capitals: "CỦA BAN THƯỜNG VỤ …") or in `subject` (with `subject_capitals = true`)

## Tables
table-row-fill = this row fills { $filled } of the table's { $width } columns (spans counted); give it a cell for each column that no span above or beside covers
table-cell-overlap = cell { $cell } of this row falls where a span from above covers, or reaches past the last of the { $width } columns; leave out of this row the cells a `rowspan` above covers, or shorten its `colspan`
table-rowspan-past-end = cell { $cell } spans { $rowspan } rows but only { $left } follow it; shorten its `rowspan`

## Profiles and `[layout]` (src/profile.rs, src/render/prepared.rs)

profile-unknown = unknown profile `{ $name }`; the profiles are: { $known }
hint-profile-unknown = `kehoach profiles` lists the profiles
profile-syntax = profile `{ $name }` is not valid TOML: { $message }
profile-invalid-at = profile `{ $name }`: `{ $path }`: { $message }
profile-invalid = profile `{ $name }`: { $message }
profile-cycle = profile `{ $name }` extends itself through a cycle
profile-refused-type-code = type code `{ $code }` of `{ $kind }` is not used under { $rule_set }
profile-no-paper = the profile has no values for { $paper } paper
profile-not-positive = `{ $key }` must be a positive number below 2000, not { $value }
profile-negative-margin = margins must be zero or positive
profile-no-room = the margins leave no room for text on the page
profile-spacing-below-size = `body.line_spacing_pt` ({ $spacing }) must be at least `body.size_pt` ({ $size })
profile-no-type-code = `codes.types` gives no type code for `{ $kind }`
profile-left-column-too-wide = `header.left_width_mm` leaves no room for the right header column
layout-override = in `[layout]`: { $message }
hint-layout-override = the keys and values of `[layout]` are those of the profile files in templates/profiles/
hint-layout-refused-type-code = { $why }; leave `{ $kind }` out of `[layout.codes.types]` to print the rule set's code

## Inline markup and the header's width (src/context/rich.rs, src/context/columns.rs)

markup-unexpected-close = `[/{ $tag }]` closes a tag that is not open; remove it, or open it with `[{ $tag }]` before
markup-unclosed = `[{ $tag }]` is never closed; add `[/{ $tag }]` where the { $what } ends
markup-bold = bold
markup-italic = italic
markup-underline = underline
markup-tag = tag
markup-date = `[date]{ $text }[/date]`: { $problem }
markup-date-unclosed = `[date]` needs `[/date]` right after the date, e.g. `[date]2024-04-07[/date]`
place-too-long = the place and date line is { $width } mm wide and must stand on one line, but beside the issuer's names the header has room for { $room } mm; shorten the place name: HD 05 4.2.3 allows "TP." for "Thành phố" and "ĐK" for "đặc khu" (e.g. "TP. Hồ Chí Minh")
place-too-long-a5 = ; or print the paper on A4: remove `paper = "A5"`
