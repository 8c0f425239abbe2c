# kehoach's messages of `kehoach verify` (src/verify): each page rule's name,
# what it expects and what was measured. Every id here is also in
# locales/vi/verify.ftl (tests/i18n.rs checks it).

## A result's printed line (src/verify/names.rs)

verify-result = { $status } { $id } { $rule }: expected { $expected }, got { $actual }
verify-status-pass = PASS
verify-status-fail = FAIL
verify-status-warn = WARN
verify-status-departure = DEPARTURE
verify-status-not-measurable = NOT MEASURABLE
verify-not-found = not found on the page

rule-asterisk = asterisk
rule-author-lines = author lines
rule-body = body
rule-body-text-size = body text size
rule-bottom-margin = bottom margin
rule-can-cu-lines = căn cứ lines
rule-circulation-scope = circulation scope
rule-confirmation-block = confirmation block
rule-confirmation-of-the-chair-s-signature = confirmation of the chair's signature
rule-congress-theme = congress theme
rule-contact-information = contact information
rule-content-ends-with-a-full-stop = content ends with a full stop
rule-copier-s-signature = copier's signature
rule-copy-stamp = copy stamp
rule-dieu-n-lines = "Điều N." lines
rule-enacting-sentence = enacting sentence
rule-first-line-indent = first-line indent
rule-header-names-fit-the-left-column = header names fit the left column
rule-justified = justified
rule-khong-pho-bien = không phổ biến
rule-left-margin = left margin
rule-line-spacing = line spacing
rule-margins = margins
rule-no-hyphenation = no hyphenation
rule-no-page-number-on-page-1 = no page number on page 1
rule-noi-nhan = "Nơi nhận:"
rule-number = number
rule-number-and-date-on-one-row = number and date on one row
rule-page-number-position = page-number position
rule-page-numbers = page numbers
rule-page-size = page size
rule-paragraph-spacing = paragraph spacing
rule-phan-chuong-muc-headings = Phần / Chương / Mục headings
rule-place-and-date = place and date
rule-place-and-date-on-one-line = place and date on one line
rule-recipients = recipients
rule-recorder-s-signature = recorder's signature
rule-right-margin = right margin
rule-signature-grid = signature grid
rule-signing-authority = signing authority
rule-subject = subject
rule-subject-in-normal-case = subject in normal case
rule-subject-of-a-cong-van = subject of a công văn
rule-table-of-tasks = table of tasks
rule-text-colour = text colour
rule-text-encoding = text encoding
rule-title = title
rule-title-on-one-line = title on one line
rule-title-position = title position
rule-title-rule = title rule
rule-top-margin = top margin
rule-type-name = type name
rule-typeface = typeface
rule-typist-s-code-and-copies = typist's code and copies
rule-typist-s-line = typist's line

## Page rules broken, as warnings of check and render (src/verify/warnings.rs)

page-breaks-rule = the page breaks rule { $id } ({ $rule }): expected { $expected }, got { $actual }
unused-allow-page-rule = `{ $id }` is allowed but the pages meet it
hint-fix-place-name = shorten the place name (HD 05 4.2.3 allows "TP." and "ĐK")
hint-fix-header-name = shorten the name or write the body's usual abbreviation
hint-fix-layout = check the `[layout]` overrides
hint-page-rule = `kehoach verify` lists every rule; if this is intended, add "{ $id }" to `[check] allow`
hint-page-rule-fix = { $fix }; `kehoach verify` lists every rule; if this is intended, add "{ $id }" to `[check] allow`
rule-balanced-title-lines = balanced title lines
rule-numbers-and-dates-on-one-line = numbers and dates on one line
rule-names-of-a-signature-row-level = names of a signature row level
rule-room-between-the-signature-columns = room between the signature columns
