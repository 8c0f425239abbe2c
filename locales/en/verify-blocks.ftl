# kehoach verify's measurements of the blocks under the header (src/verify:
# closing.rs, kinds.rs, marks.rs, copy.rs, images.rs, breaks.rs, blocks.rs,
# warnings.rs): what a rule expects and what was measured.
# Every id here is also in locales/vi/verify-blocks.ftl.

## Shared pieces (src/verify/closing.rs)

v-text-style-offset = { $text }, { $style }, centre offset { $offset }
v-text-on-page = { $text } on page { $page }
v-in-signature-column = { $text } in the signature column
v-rule-of-block = { $rule } ({ $who })
rule-position = position
rule-concurrent-title = concurrent title
rule-name = name

## Who signs a block (src/verify/blocks.rs)

v-who-signer = the signer
v-who-co-signer = co-signer { $n }
v-who-confirmation = the confirmation
v-who-copier = the copier

## The signature block (src/verify/closing.rs: P-SIG-1..3, P-SIG-5, P-SIG-6)

v-sig-missing-level = { $text } in the signature column, level with "Nơi nhận:"
v-sig-grid-block-missing = the block of co-signer { $n } ({ $name }) in its cell of the grid
v-sig-confirmation-missing = { $text } under the signature
v-sig-authority-expected = "T/M|K/T|T/L|Q. …" in capitals, { $size } bold upright, centred in the signature column
v-sig-authority-or-none = T/M, K/T, T/L or Q., or none when the head signs
v-sig-authority-none = none: the head signs
v-sig-no-position-expected = none (a collective signing "T/M …", an acting head "Q. …"): the name follows the authority line
v-sig-no-position-line = no position line
v-sig-line-between = a line between the authority and the name
v-sig-position-expected = capitals, { $size } { $weight } upright, centred
v-sig-position-bold = bold (no authority line)
v-sig-position-not-bold = NOT bold
v-sig-concurrent-expected = { $word } alone on the line under the position, { $size } regular upright; then the second title in capitals, styled as the position, centred
v-sig-concurrent-actual = { $word } { $word_style }, { $title } { $title_style }, centre offsets { $word_offset } / { $title_offset }
v-sig-concurrent-missing = { $word } and { $title } under the position
v-sig-name-blank-expected = { $size } bold, normal case
v-sig-name-blank = left blank (a draft: written by hand)
v-sig-name-expected = normal case, no academic title, { $size } bold upright, centred, at least { $room } below the position (the authority when there is none: room to sign)
v-sig-name-actual = { $text }, { $style }, centre offset { $offset }, { $room } below the position
v-grid-not-in-right-column = { $who } is not in the right column
v-grid-not-in-left-column = { $who } is not in the left column
v-grid-off-row = { $who } starts { $distance } off its row
v-grid-overlaps = { $who } overlaps the row above
v-grid-label-above = "Nơi nhận:" starts { $distance } above the grid's last line
v-grid-expected = the lead body's block on the right of the first row, the others on the left and in further rows below, a row's blocks level, "Nơi nhận:" under the grid
v-grid-actual = { $blocks } blocks in { $rows } row(s), "Nơi nhận:" { $distance } under the grid
v-confirmation-expected = "Xác nhận chữ ký của đồng chí { $name }" at least { $gap } under the signature it confirms, { $size } regular upright, centred in the signature column
v-confirmation-actual = { $found }, { $gap }
v-confirmation-gap = { $distance } under the signature
v-confirmation-no-signature = no signature above

## The recipients and the text layer (src/verify/closing.rs: P-RCV-1, P-RCV-2, P-TXT-1, P-TXT-2)

v-rcv-label-missing = the label at the left margin of the closing block
v-rcv-label-missing-minutes = the label at the left margin under the signatures
v-rcv-label-expected = { $label }, { $size } regular upright, the phrase underlined in one solid stroke, at the left margin, { $place }
v-rcv-label-under-grid = under the signature grid
v-rcv-label-level = top-aligned with the signature block
v-rcv-label-actual = { $text }, { $style }, { $underline }, left { $left }, { $level }
v-rcv-underlined-once = { $percent }% of the phrase underlined in one stroke
v-rcv-underlined-in-strokes = { $percent }% of the phrase underlined in { $strokes } strokes
v-rcv-no-word = no word
v-rcv-from-block-top = { $distance } from the signature block's top
v-rcv-is-under-grid = under the grid
v-rcv-no-block = no signature block
v-rcv-lines-differ = the lines are { $printed }, the data gives { $data }
v-rcv-line-starts = { $text } starts at { $at }
v-rcv-list-expected = { $size } regular upright at the left margin, each "- …{ $sep }", the last "- Lưu …."
v-rcv-list-actual = { $n } lines, { $style }
v-txt-nfc-expected = NFC Unicode text, no Ð/ð (U+00D0/U+00F0)
v-txt-all-nfc = { $runs } runs, all NFC
v-txt-hyphenation-expected = hyphenation off, no line ending in a soft hyphen
v-txt-hyphenation-on = hyphenation on in the profile
v-txt-hyphenation-off = off

## The parts of a kind (src/verify/kinds.rs: P-NQ-1, P-QC-1..3, P-CTR-1, P-BB-1, P-BB-2)

rule-kem-theo-line = kèm theo line
v-nq-missing = { $text } before the first section
v-nq-expected = a paragraph ending "{ $ending }", { $size } regular upright, first line indented { $indent } (or { $alternative }), then the first section
v-nq-actual = { $text }, { $style }, indented { $indent }, followed by { $next }
v-under-the-subject = the subject
v-paren-missing = { $text } right under { $under }
v-paren-expected = right under { $under }, { $opening }in parentheses, { $size } italic, not bold, every line centred
v-paren-actual = { $lines } line(s), { $style }, centre offset { $offset }
v-qc-heading-not-found = { $label } not found on a line of its own
v-qc-not-capitals = { $title } is not in capitals
v-qc-not-under = { $title } is not the line under { $label }
v-qc-off-centre = { $label } off centre by { $offset }
v-qc-headings-expected = each label ("Chương I") on its own line and its name in capitals on the next, centred, { $size } bold upright
v-qc-headings-ok = { $n } heading(s) as expected
v-qc-article-not-found = { $text } not found
v-qc-indented = { $text } indented { $indent }
v-qc-articles-expected = "Điều N. …" in full, { $size } bold upright throughout, first line indented { $indent } (or { $alternative })
v-qc-articles-ok = { $n } article line(s) as expected
v-ctr-row-not-found = row { $text } not found
v-ctr-header-not-bold = the header row on page { $page } is not bold
v-ctr-no-header = no header row above the tasks on page { $page }
v-ctr-expected = the header row ("{ $header }" …) bold above the rows on every page the table spans
v-ctr-actual = header row on each of { $pages } page(s)
v-bb-name-not-found = not found
v-bb-recorder-expected = "{ $caption }" { $size } bold upright capitals centred in the left column ({ $width } from the left margin), level (± 0.5 mm) with "{ $chair }"; the name { $size } bold, centred, at least { $room } below, on the chair's name's baseline (± 0.5 mm)
v-bb-recorder-actual = { $caption }, { $level }; { $name }, { $name_style }, centre offset { $name_offset }, { $room } below, { $baseline }
v-bb-from-chair-caption = { $distance } from the chair's caption
v-bb-no-chair-caption = no chair's caption
v-bb-from-chair-name = { $distance } from the chair's name
v-bb-no-chair-name = no chair's name
v-bb-confirmation-missing = { $text } under the chair's name
v-bb-confirmation-lines-missing = { $lead }, then { $authority } / { $position } / { $name } under the chair's name
v-bb-confirmation-expected = under the chair's name, centred in the signature column, { $size }: the lead regular, the authority bold, the position regular, the name bold at least { $room } below
v-bb-confirmation-actual = { $found }, name { $room } below the position

## Kính gửi, the typist's line, the marks in the margins, the contact block (src/verify/marks.rs)

v-kg-missing = the label and its addressees on page 1
v-kg-centred = centred on the text width
v-kg-at-left-margin = the label at the left margin
v-kg-ends-one = { $mark }
v-kg-ends-each = each { $between }, the last { $last }
v-kg-under-subject-block = {" "}under the subject block
v-kg-label-italic = italic
v-kg-label-upright = upright
v-kg-expected = on page 1{ $under }, { $place }; the label { $size } { $slant }, the names { $names } regular upright, ending { $ends }
v-kg-actual = { $lines } line(s) { $printed }, label { $label }, names { $names }, block from { $from } to { $to } (centre offset { $offset })
v-typ-missing = { $text } under the recipients
v-typ-expected = the last line under "Nơi nhận", at the left margin, { $size } regular upright, { $case }
v-typ-capitals = capitals
v-typ-normal-case = normal case
v-typ-actual = { $text }, { $style }, at { $at }, { $last }
v-typ-last = last
v-typ-not-last = not last
v-mark-circulation-top-expected = { $text } top right of page 1, the top of its capitals { $distance } ± { $tolerance } from the top edge, flush right, { $size } bold capitals
v-mark-circulation-top-actual = { $text }, capitals' top at { $top }, right edge at { $right }, { $style }
v-mark-circulation-top-missing = { $text } top right of page 1
v-mark-circulation-under-expected = { $text } under the number in the left column, { $size } bold capitals
v-mark-circulation-under-missing = { $text } under the number
v-mark-no-broadcast-expected = { $text } on the last page (the closing block's), centred, its baseline { $distance } ± { $tolerance } above the bottom edge, { $size } bold capitals
v-mark-no-broadcast-actual = page { $page }, baseline { $distance } above the bottom edge, centre offset { $offset }, { $style }
v-mark-no-broadcast-missing = { $text } at the foot of page { $page }
v-contact-missing = a solid rule across the text area, the contact under it, on the last page
v-contact-expected = on the closing block's page, under a solid rule from { $from } to { $to }, at the foot of the text area, { $size } regular upright
v-contact-actual = page { $page }, rule { $length } long from { $from }, { $lines } line(s) { $text } ending { $bottom } from the bottom edge, { $style }

## A copy's stamp and the copier's signature (src/verify/copy.rs: P-BS-1, P-BS-2)

v-bs-missing = { $text } at the left margin after the closing block
v-bs-no-rule = no rule across the text area above the stamp
v-bs-stamp-size = the stamp is { $width } × { $height }
v-bs-stamp-left = the stamp starts { $distance } from the left margin
v-bs-lines-outside = the stamp's lines are not all inside it
v-bs-no-frame = no frame around "BẢN SAO VĂN BẢN"
v-bs-before-closing = the stamp stands before the closing block
v-bs-expected = after the closing block, a solid rule across the text area, then at the left margin a frame of { $width } × { $height } mm holding "BẢN SAO VĂN BẢN" ({ $size } bold capitals) and the stamp's five lines
v-bs-actual = rule, then a { $size } stamp on page { $page } with its title and lines
v-bs-copier-expected = in the signature column, under the rule (its lines as P-SIG-1..3)
v-bs-copier-actual = { $who } on page { $page }
v-bs-copier-missing = { $authority } / { $position } / { $name } in the signature column beside the stamp

## The signature and seal images (src/verify/images.rs: P-SIG-4)

rule-signature-and-seal-images = signature and seal images
v-img-expected = the signature centred between position and name (± { $tolerance }), the seal { $diameter } across over { $share } % of the signature's width on its left
v-img-signature = signature { $width } × { $height }, off centre by { $across } across and { $down } down
v-img-not-centred = the signature is not centred
v-img-no-signature = no signature image on the page
v-img-seal = seal { $width } × { $height }
v-img-seal-size = the seal is not at its real size
v-img-covering = covering { $percent }% of the signature on its left
v-img-seal-share = the seal does not cover about the left third of the signature
v-img-seal-level = the seal is not level with the signature
v-img-no-seal = no seal image on the page

## Line breaks and the rows of a signature grid (src/verify/breaks.rs: P-BRK-1, P-BRK-2, P-SIG-7, P-SIG-8)

v-brk-lone = { $word } alone under { $line }
v-brk-lone-expected = the type name, author lines and subject in balanced lines, none ending with one word alone
v-brk-no-lone-word = no lone word
v-brk-split = { $before } / { $after } on page { $page }
v-brk-split-expected = no document number, date or year range split across two lines
v-brk-none-split = none split
v-sig-row-off = { $who } { $distance } off { $other }
v-sig-rows-expected = the names of each row of the signature grid on one baseline
v-sig-rows-level = { $rows } row(s) level
v-sig-gutter-expected = at least { $min } between the lines of a row's two blocks
v-sig-no-lines-side-by-side = no lines side by side
