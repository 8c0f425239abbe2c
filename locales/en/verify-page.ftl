# kehoach verify's measurements of the page and its header (src/verify:
# page.rs, header.rs, body.rs, appendix.rs, measure.rs, typeface.rs,
# departures.rs, two_sided.rs): what a rule expects and what was measured.
# Every id here is also in locales/vi/verify-page.ftl.

## Shared fragments (src/verify/measure.rs; the block checks use them too)

v-style = { $size } { $weight } { $slant }
v-style-slant = { $size } { $slant }
v-style-bold = bold
v-style-regular = regular
v-style-partly-bold = partly bold
v-style-upright = upright
v-style-italic = italic
v-style-partly-italic = partly italic
v-size-profile = { $chosen } (profile; spec { $spec } pt)
v-capitals = capitals
v-not-capitals = not in capitals
v-none = none
v-at-least = at least { $value }
v-on-every-page = { $value } on every page
v-on-page = { $value } on page { $page }
v-on-page-1 = { $text } on page 1
v-one-line = 1 line
v-one-line-at = 1 line, { $left }–{ $right }
v-wrapped = wrapped onto { $lines } lines: { $quoted }
v-centre-offset = { $measured }, centre offset { $offset }
v-lines-style-offset = { $lines } line(s), { $style }, centre offset { $offset }
v-in-left-column = { $text } in the left column
v-in-right-column = { $text } in the right column

## The page: size, margins, page numbers (src/verify/page.rs)

v-page-size-expected = { $paper } { $width } × { $height } mm ± { $tolerance } on every page (appendix pages may turn it landscape)
v-page-size-on-page = { $width } × { $height } mm on page { $page }
v-page-size-actual = { $width } × { $height } mm ({ $pages } { $plural ->
    [one] page
   *[other] pages
    })
v-page-size-no-pages = no pages
v-right-margin-no-justified-line = no justified line reaches the right margin (the text stops { $actual })
v-margins-text = text on the pages
v-margin-at = { $distance } (page { $page }, { $text })
v-top-margin-expected = { $margin } (first line box of each page)
v-bottom-margin-expected = { $margin } ± { $tolerance } (text never below it; pages full down to it)
v-bottom-margin-between = between { $low } and { $high } (the lowest text ends { $lowest } above the edge, on page { $page }; the line carried over from page { $carried } to page { $next } would have ended, with its leading, { $would } above it)
v-bottom-margin-at-least = at least { $distance } (the text ends { $distance } above the edge on page { $page })
v-page-number-on-appendix-start = page { $page }, an appendix's first page, is numbered { $number }
v-page-number-wrong = page { $page } is numbered { $number }
v-page-number-style = page { $page }: the number is not upright regular
v-page-number-missing = page { $page } has no number
v-page-number-several = page { $page } has { $count } numbers
v-page-numbers-expected = { $size } upright Arabic numerals on every page from 2
v-page-numbers-actual = { $style }, Arabic, pages 2–{ $last }
v-page-number-top-centre = top centre
v-page-number-position-expected = { $position } (profile), baseline { $distance } from the { $edge ->
    [top] top
   *[bottom] bottom
    } edge (spec { $range } mm)
v-page-number-off-right = page { $page }: baseline { $distance } from the edge, right edge { $offset } from the margin
v-page-number-off-centre = page { $page }: baseline { $distance } from the edge, centre { $offset } from the text centre
v-page-number-baseline = baseline { $distance } from the edge
v-page-number-none = no page numbers

## The header (src/verify/header.rs)

rule-superior-body = superior body
rule-issuing-body = issuing body
rule-separator = separator
rule-presenting-line = presenting line
v-row-expected = one baseline ± { $tolerance }
v-row-actual = { $distance } apart
v-title-missing = { $title } in the right column of page 1
v-title-position-expected = first line of page 1, centred in the right column (± { $tolerance })
v-title-position-actual = top { $top } below the first line, centre offset { $offset }
v-title-rule-expected = a solid line under the title, length { $length } ± { $tolerance } (the title's width), centred ± { $centre }
v-title-rule-actual = length { $length }, centre offset { $offset }, { $thickness } thick
v-title-rule-none = no rule under the title
v-name-lines = { $name } { $lines } { $plural ->
    [one] line
   *[other] lines
    }
v-name-wraps = the { $name } wraps onto { $lines } lines: { $quoted }
v-name-spans = { $text } spans { $left }–{ $right }
v-name-breaks-at-dash = the { $name } breaks at a dash inside a name: { $quoted }
v-name-lone-word = the { $name } leaves { $word } alone on a line: { $quoted }
v-header-names-expected = each name on at most { $max } lines (a joint name { $max } per body) inside { $left }–{ $right }, broken between words, never at a dash inside a name (after one between two bodies), never a short word alone
v-asterisk-expected = "*" on its own line under the issuing body, centred under it ± { $tolerance }
v-asterisk-missing = "*" under the issuing body
v-header-name-expected = capitals, { $style }, centred in the left column
v-number-missing = { $number } in the left column under "*"
v-number-expected = "Số <nn>-<type>/<issuer>" (§3.4, no colon) on one line, { $style }, centred in the left column
v-number-actual = { $text } on { $lines } { $plural ->
    [one] line
   *[other] lines
    }, { $style }, centre offset { $offset }
v-date-expected = "<place>, ngày DD tháng M năm YYYY", { $style }, centred under the title
v-date-line-expected = 1 line inside the right column ({ $left }–{ $right })
v-letter-subject-missing = { $subject } in the left column under the number
v-letter-subject-expected = no type name; under the number, { $style }, centred in the left column, no "V/v"
v-letter-subject-v-v = { $measured }, starts with "V/v"

## The title block (src/verify/header.rs)

v-type-name-expected = capitals, { $style }, one line centred on the text width
v-type-name-actual = { $text } on { $lines } line(s), { $style }, centre offset { $offset }
v-subject-expected = { $style }, every line centred
v-subject-case-expected = normal case, not capitals (warning only), unless `subject_capitals` asks for them
v-subject-case-asked = { $subject }, capitals as `subject_capitals` asks
v-subject-missing = { $subject } right under the type name
v-under-subject = the subject
v-under-theme = the theme
v-under-presenting-line = the presenting line
v-separator-expected = the next line is { $separator }, centred
v-separator-missing = { $separator } under { $under }
v-congress-theme-expected = no type name; the theme in capitals, { $style }, every line centred (HD 05 5.1.2)
v-congress-type-line = a type name line { $text }; { $measured }
v-author-lines-expected = right under the type name, one line each { $wanted }, capitals, { $style }, centred

## The body (src/verify/body.rs)

v-body-expected = paragraphs between the title and "Nơi nhận"
v-body-size-actual = { $sizes } ({ $lines } lines)
v-indent-expected = { $chosen } (profile; spec { $range } mm, or { $alternative })
v-indent-actual = { $indent } ({ $count } of { $total } paragraphs)
v-indent-none = no indented paragraph
v-line-spacing-expected = exactly { $chosen } (profile; spec { $range } pt)
v-line-spacing-none = no two lines of one paragraph to measure
v-line-spacing-actual = { $distances } ({ $pairs } line pairs)
v-paragraph-spacing-actual = { $gap } at the least (before { $text }, page { $page })
v-paragraph-spacing-none = no paragraph follows another on a page
v-justified-expected = every line but a paragraph's last reaches the right margin ({ $right })
v-justified-none = no paragraph runs over two lines
v-justified-actual = { $lines } lines justified
v-justified-short = { $text } (page { $page }) ends at { $end }
v-basis-expected = printed, each "- …{ $between }", the last "- …{ $last }"
v-basis-actual = { $lines } lines
v-full-stop-expected = the last line of the content ends with { $mark } (HD 05 6.2.2)
v-full-stop-table = the content ends with a table
v-full-stop-actual = "…{ $end }" on page { $page }

## The typeface and its colour (src/verify/typeface.rs)

v-typeface-expected = { $typeface } for every text (HD 05 IV.1)
v-typeface-no-text = no text on the pages
v-typeface-substitute = Liberation Serif is metric-compatible with Times New Roman (same advances: the same lines and pages) and free to embed; render with --fonts DIR holding Times New Roman to keep the rule to the letter (docs/form-rules.md, P-FONT-1)
v-colour-black = black
v-colour-actual = { $text } in { $colour } on page { $page } ({ $count } runs not black)
v-colour-expected = black (HD 05 IV.1), but the copy stamp's red words

## Departures of an A5 paper (src/verify/departures.rs)

v-a5-header-sizes = A5 (HD 05 IV.3) has no sizes of its own; Phụ lục 2's 14 pt leaves a long place's date no room beside the names on the narrow sheet, so the A5 profile prints the header's names, number and date at { $size } pt (templates/profiles/dang.toml [paper.A5.header])
v-a5-margins = A5 (HD 05 IV.3) has no margins of its own; the A5 profile scales A4's 20/20/30/15 mm to { $margins } (templates/profiles/dang.toml [paper.A5.page])
