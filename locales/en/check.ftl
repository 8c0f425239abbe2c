# kehoach's messages of `kehoach check` (src/check, src/context): the
# problems of the input file and their hints. Every id here is also in
# locales/vi/check.ftl.

## The header's lines (src/check/header_lines.rs, HD 05 2.1)

header-hint-name-alone = write only `{ $toml }` and remove `issuer.superior`; the header prints { $lines }
header-hint-write = write `{ $toml }`; the header prints { $lines }
header-congress-superior = a congress's documents carry the congress's name alone, with no superior body `{ $superior }` above it (HD 05 2.1.1)
header-congress-body-not-congress = the documents of `{ $name }` carry the congress's name above it: `{ $superior }` is not a congress (HD 05 2.1.1)
header-congress-body-no-superior = the documents of `{ $name }` carry the congress's name above it: `issuer.superior` is missing (HD 05 2.1.1)
header-central-superior = the Central Committee's documents carry "BAN CHẤP HÀNH TRUNG ƯƠNG" alone, not `{ $superior }` (HD 05 2.1.2a)
header-central-organ = the documents of `{ $name }` carry "BAN CHẤP HÀNH TRUNG ƯƠNG" as the issuing body (HD 05 2.1.2a)
header-standing-committee = a standing committee's documents carry its committee's name `{ $committee }`, not `{ $name }` (HD 05 2.1.2)
header-provincial-superior = the documents of a tỉnh uỷ, a thành uỷ or an đảng uỷ directly under the Centre carry the committee's name alone, with no superior body `{ $superior }` above it (HD 05 2.1.2b)
header-under-party-no-superior = the documents of `{ $name }` carry the directly superior Đảng bộ above it (HD 05 2.1.2c–đ): `issuer.superior` is missing
header-hint-superior-party-province = { $hint } (the Đảng bộ directly above it, e.g. "Đảng bộ tỉnh Ninh Bình")
header-hint-superior-party-commune = { $hint } (the Đảng bộ directly above it, e.g. "Đảng bộ xã Nghĩa Thái")
header-under-party-committee = the line above names the superior Đảng bộ `{ $party }`, not its committee `{ $superior }` (HD 05 2.1.2c–đ)
header-cell-no-superior = a Party cell's documents carry the superior Đảng bộ above its name (HD 05 2.1.2đ): `issuer.superior` is missing
header-hint-body-committee = { $hint } (the committee the body belongs to, e.g. "Tỉnh ủy Đồng Nai")
header-body-no-superior = the documents of `{ $name }` carry the committee it belongs to above its name (HD 05 2.1.3–2.1.4): `issuer.superior` is missing
header-body-party-superior = the line above names the committee `{ $committee }` the body belongs to, not the Đảng bộ `{ $superior }` (HD 05 2.1.3–2.1.4)
header-joint-superior = a joint document carries the full name of each issuing body, with no superior body `{ $superior }` above them (HD 05 2.1.5)
header-joint-short-names = a joint document carries each issuing body's full name: { $names } does not name the committee it belongs to (HD 05 2.1.5)
header-hint-joint-full = write `{ $toml }` (each board's committee)

## Parts of each kind (src/check/form_rules.rs)

part-not-allowed = a { $kind } has no `{ $field }`
hint-part-not-allowed = `{ $field }` belongs to: { $owners }; check `kind`, or move the text to `sections`
missing-addressees = a Công văn needs its addressees after "Kính gửi:"
hint-missing-addressees = add `to = ["Ban Thường vụ các huyện ủy"]`
missing-articles = a Quyết định needs at least one article ("Điều 1. …")
hint-missing-articles = add `[[articles]]` with `text = ["…"]`
missing-kinh-trinh = a Tờ trình needs the body it is submitted to after "Kính trình:"
hint-missing-kinh-trinh = add `kinh_trinh = ["Ban Thường vụ Tỉnh ủy"]` (or `to = […]` for a Tờ trình written "Kính gửi:")
missing-minutes = a Biên bản needs its `[minutes]`: when and where the meeting was, who chaired and who recorded it
hint-missing-minutes = add `[minutes]` with `start`, `venue`, `agenda`, `end`, `[minutes.recorder]` and `[minutes.attendance]` (`kehoach new bien-ban` prints them)
missing-invitation = a Giấy mời needs its `[invitation]`: whom it invites, when and where
hint-missing-invitation = add `[invitation]` with `guests`, `time`, `day` and `venue` (`kehoach new giay-moi` prints them)
missing-introduction = a Giấy giới thiệu needs its `[introduction]`: whom it introduces, to whom and why
hint-missing-introduction = add `[introduction]` with `person`, `position`, `sent_to`, `purpose` and `valid_until` (`kehoach new giay-gioi-thieu` prints them)
tasks-outside-programme = a { $kind } has no table of tasks
hint-tasks-outside-programme = `tasks` belong to a Chương trình (`kind = "chuong-trinh"`); elsewhere write a table with `[[sections.tables]]`
paper-a4-only = a { $kind } is printed on A4; only the administrative papers (Giấy mời, Giấy giới thiệu) may be A5 (HD 05 IV.3)
hint-paper-a4-only = remove `paper = "A5"`
missing-guests = a Giấy mời needs at least one guest after "Trân trọng kính mời:"
hint-missing-guests = add `guests = ["Đồng chí Bí thư các chi bộ trực thuộc"]`
valid-until-before-date = the paper would be valid only until { $until }, before its own date { $date }
hint-valid-until-before-date = check the year: `valid_until` is the last day the paper is valid
congress-presented-line = the line under a congress report's theme starts "{ $opening }" (HD 05 5.1.2: "(Báo cáo của Ban Chấp hành … trình Đại hội …)")
hint-congress-presented-line = e.g. `presented = "Báo cáo của Ban Chấp hành Đảng bộ tỉnh khóa I trình Đại hội đại biểu Đảng bộ tỉnh lần thứ II"` (kehoach adds the parentheses)
congress-subject-capitals = a political report to a congress has no subject to capitalise: its theme is always printed in capitals (HD 05 5.1.2)
hint-congress-subject-capitals = remove `subject_capitals`
congress-no-subject = a political report to a congress prints its theme in place of the subject (HD 05 5.1.2)
hint-congress-no-subject = remove `subject`; the theme is `congress_report.theme`
hint-add-field-of-kind = add the field; `kehoach new { $kind }` prints a complete example

## Parts of each kind, continued (src/check/form_rules.rs)

rules-opening-wording = the opening sentence of a { $kind } ends "{ $ending }"
hint-rules-opening-wording = e.g. `enacting = "Ban Thường vụ Tỉnh ủy quy định về … như sau:"`
issued-with-number = `{ $number }` is not the number of a Quyết định ("125-QĐ/TU")
hint-issued-with-number = write the number and code as printed in the decision, e.g. `number = "125-QĐ/TU"` (blank spaces before "-" in a draft)
empty-division = this division has no articles
hint-empty-division = add `[[…articles]]` under it, or remove it
enacting-wording = the enacting sentence of a Nghị quyết ends "{ $ending }"
hint-enacting-wording = e.g. `enacting = "Ban Chấp hành Đảng bộ tỉnh quyết nghị:"`
issuer-code = `{ $code }` is not an issuer code of the Party form
hint-issuer-code = use the body's code in capitals, e.g. ĐU, TU, HU, BDVTU; joint issuers are joined by "-" (BTCTU-BDVTU)
hint-number-zero = omit `number` for an unnumbered draft
copy-number = copies are numbered from 01 within the committee's term (HD 05 Phụ lục 3)
hint-copy-number = write `number = 1` for the term's first copy
missing-copy-recipients = a copy names who receives it ("Nơi nhận bản sao")
hint-missing-copy-recipients = add `recipients = ["Các đảng ủy trực thuộc"]`
copy-before-original = the copy is dated { $copy }, before the document it copies ({ $date })
hint-copy-before-original = the copy's `date` is the day it is made
copy-form-hd36 = a copy made on { $date } follows HD 36's copy form, which kehoach does not print
hint-copy-form-hd36 = kehoach prints HD 05's copy (the stamp under "Nơi nhận", from 27/5/2026): date the copy on the day it is made
missing-recipients = a { $kind } needs its "Nơi nhận" block
hint-missing-recipients = add `[recipients]` with `archive = "VPĐU"` (and `to = [...]`); only a Biên bản may leave it out
deadline-before-date = the date { $date } is before the document's date { $issued }
hint-deadline-before-date = check the year; a deadline cannot fall before the plan is issued

## Rules and regulations (src/check/form_rules.rs)

missing-rules-articles = a { $kind } needs its articles ("Điều 1. …"), in divisions or not
hint-missing-rules-articles = add `[[divisions]]` with `title = "Quy định chung"` and `[[divisions.articles]]`, or `[[articles]]`

## Limits (src/check/limits.rs)

limit-file-bytes = the file is { $len } bytes; the limit is { $limit } bytes (4 MiB)
hint-limit-file-bytes = split the document, or move long annexes out of it
limit-toml-depth = the data is nested more than { $limit } levels deep (lists in lists, tables in tables, or a dotted key of that many parts); that is the limit
hint-limit-toml-depth = a Party document needs a handful of levels: check for runaway brackets
limit-values = the file holds more than { $limit } values; that is the limit
hint-limit-large = a document this large cannot be a single Party document: split it
limit-string-bytes = this string is { $len } bytes; the limit for one string is { $limit } bytes (64 KiB)
hint-limit-string-bytes = split the text into several paragraphs (one string each in the list)
limit-text-bytes = the text of the file passes { $limit } bytes (1 MiB) here; that is the limit
hint-limit-long = a document this long cannot be a single Party document: split it
limit-section-depth = sections are nested more than { $limit } levels deep here; that is the limit
hint-limit-section-depth = flatten the structure: levels below the fourth print as plain dash headings anyway
limit-pages = the document lays out to { $count } pages; the limit is { $limit } pages
hint-limit-pages = split the document, or check the [layout] overrides (a large font size, line or paragraph spacing multiplies the pages)
limit-pages-estimate = the document would lay out to about { $count } pages; the limit is { $limit } pages

## Signature and seal images (src/check/images.rs)

seal-diameter = a seal of { $diameter } mm does not exist; the diameter must be { $min }–{ $max } mm
hint-seal-diameter = measure the seal: Party seals are about 30–42 mm across
plan-directory = the plan's directory cannot be opened for its images: { $reason }
hint-image-path = give a path relative to the plan's file, inside its directory (e.g. "chu-ky.png")
image-path-not-inside = `{ $path }` is not a path inside the plan's directory
image-path-parent = `{ $path }` leads out of the plan's directory (`..`)
image-not-png = `{ $path }` is not a PNG file
hint-image-not-png = export the image as PNG with a transparent background
image-missing = `{ $path }` does not exist in the plan's directory
image-path-outside = access refused: `{ $path }` leads outside the plan's directory (a symbolic link)
image-too-large = `{ $path }` is { $len } bytes; the limit for an image is { $limit } bytes (2 MiB)
hint-image-too-large = a signature or seal needs no more than 600 × 600 pixels
image-content-not-png = `{ $path }` is not a PNG image (its content is not PNG)
image-opaque = `{ $path }` has no transparent background: it will hide the text under it
hint-image-opaque = export it as PNG with an alpha channel (RGBA) and a transparent background

## Allowed warnings (src/check/allow.rs)

unused-allow = `{ $id }` is allowed but nothing in this document raises it
hint-unused-allow = remove it from `[check] allow`
hint-allow-did-you-mean = did you mean `{ $near }`? The ids are printed in brackets after "warning"
hint-allow-ids = the ids are printed in brackets after "warning" (e.g. `mixed-tone-marks`), or are the rule ids of `kehoach verify` (e.g. `P-BODY-1`)
unknown-allow = `{ $id }` is not the id of any warning

## Characters the fonts lack (src/check/glyphs.rs)

character-not-in-font = the character '{ $character }' (U+{ $code }) is not in the embedded fonts ({ $font })
hint-character-not-in-font = remove it or replace it; it would print as a blank
capital-not-in-font = the capital of '{ $character }' (U+{ $code }), '{ $capital }' (U+{ $capital_code }), is not in the embedded fonts ({ $font })
hint-capital-not-in-font = in header names, the signature block and level-1 headings it would print as a blank; replace it there

## The rule set's own checks (src/check/rule_set.rs)

abolished-district-body = `{ $name }` is a district-level body: the district level was abolished on 01/7/2025
hint-abolished-district-body = a document dated { $date } cannot come from or answer to a { $body }: a commune's Party committee answers to the province's ("Đảng bộ tỉnh …", "Đảng bộ thành phố …")
tm-not-allowed = `T/M { $body }`: { $refused } is not a body that signs "T/M" under { $rule_set }
hint-tm-not-allowed = HD 05 7.1.1a gives T/M to congresses, Party committees, inspection committees and councils: sign for the Party committee or its standing committee (authority = "T/M", body = "Ban Thường vụ")
issuer-code-initials = issuer code `{ $code }` is not the initials of `{ $name }`: HD 05 3.1.2b gives `{ $expected }`
hint-issuer-code-initials = write code = "{ $expected }" (the first letter of each syllable of the name, "và" left out, then the committee's code; a joint document joins its bodies' codes with "-")
place-name-province = the place name `{ $place }` is also the name of the province: HD 05 writes its administrative level before it
place-name-person = the place name `{ $place }` is a person's name: HD 05 writes its administrative level before it
place-name-one-syllable = the place name `{ $place }` has one syllable: HD 05 writes its administrative level before it
hint-place-name-level = write place = "{ $level } { $place }" (HD 05 4.1.1c: e.g. "Thành phố Huế", "Phường Ngô Quyền")
hint-place-name-any-level = write the administrative level before it: "Xã { $place }", "Phường { $place }", "Thành phố { $place }" … (HD 05 4.1.1c)

## Joint documents (src/check/signatures.rs)

joint-code-one-body = the joint code `{ $code }` has { $parts } part(s), but `issuer.name` names 1 body: { $names }
joint-code = the joint code `{ $code }` has { $parts } part(s), but `issuer.name` names { $bodies } bodies: { $names }
hint-joint-code-names = a joint document writes every issuing body in `issuer.name`, the lead first, joined by " - " (HD 05 2.1.5, 2.2.3)
hint-joint-code = one code per body, in the same order, joined by "-" (HD 05 3.1.2b(iii), e.g. "05-QC/BTCTU-BNCTU"): code = "{ $example }"
joint-signers = a joint document of { $bodies } bodies is signed by each of them: `[signer]` for the lead body and { $others } `[[co_signers]]`, found { $found }
hint-joint-signers-extra = remove the extra `[[co_signers]]` block, or name its body in `issuer.name` (HD 05 7.1.4g, 7.2.4)
hint-joint-signers-missing = add a `[[co_signers]]` block for { $missing } (HD 05 7.1.4g, 7.2.4: the lead on the right, the others on the left)
joint-signature-body = in a joint document each signature names its body: this one does not name "{ $body }"
hint-joint-signature-body = write the full title with the body (HD 05 7.1.2, 7.1.4g), e.g. position = "Trưởng { $body }"

## Tone-mark styles (src/check/text.rs)

one-word = 1 word
words = { $count } words
tone-style-old = old
tone-style-new = new
mixed-tone-marks = this document mixes tone-mark styles: “{ $word }” here ({ $style } style, { $count }) and “{ $other }” on line { $line } ({ $other_style } style, { $other_count })
hint-mixed-tone-marks = both spellings are correct; to print one style throughout, set `[layout.spelling] tone_marks = "{ $setting }"`
