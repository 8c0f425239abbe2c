# kehoach's messages about damaged input text and the TOML reader's errors
# (src/vietnamese, src/load, the remaining messages of src/check and
# src/context). Every id here is also in locales/vi/input.ftl.

## The TOML reader's messages (src/load/messages.rs): the crates' own words
## in English; `toml-<words>` is a fixed phrase, its id made of its words.

toml-said = { $message }
toml-expected = { $problem }, expected { $expected }
toml-expected-nothing = { $problem }, expected nothing
toml-list = { $first }, { $items }
toml-list-last = { $items }, { $last }
toml-one-of = one of { $names }
toml-either = { $first } or { $second }
toml-between = { $what } between { $from } and { $to }
toml-cannot-extend = cannot extend value of type { $kind } with a dotted key
toml-invalid-type = invalid type: { $found }, expected { $expected }
toml-wrong-value = invalid value: { $found }, expected { $expected }
toml-invalid-length = invalid length { $length }, expected { $expected }
toml-unknown-variant = unknown variant `{ $name }`, expected { $allowed }
toml-unknown-variant-none = unknown variant `{ $name }`, there are no variants
toml-unknown-field = unknown field `{ $name }`, expected { $allowed }
toml-unknown-field-none = unknown field `{ $name }`, there are no fields
toml-missing-field = missing field `{ $name }`
toml-duplicate-field = duplicate field `{ $name }`
toml-untagged = data did not match any variant of untagged enum { $name }
toml-found-boolean = boolean { $value }
toml-found-integer = integer { $value }
toml-found-float = floating point { $value }
toml-found-character = character { $value }
toml-found-string = string { $value }
toml-expected-struct = struct { $name }
toml-expected-enum = enum { $name }
# What the parser found wrong.
toml-key-with-no-value = key with no value
toml-string-values-must-be-quoted = string values must be quoted
toml-string-values-must-be-quoted-expected-literal-string = string values must be quoted, expected literal string
toml-duplicate-key = duplicate key
toml-recursion-limit = recursion limit
toml-cannot-recurse-further-max-recursion-depth-met = cannot recurse further; max recursion depth met
toml-invalid-key = invalid key
toml-invalid-table = invalid table
toml-invalid-unquoted-key = invalid unquoted key
toml-unquoted-keys-cannot-be-empty = unquoted keys cannot be empty
toml-keys-cannot-be-multi-line-literal-strings = keys cannot be multi-line literal strings
toml-keys-cannot-be-multi-line-basic-strings = keys cannot be multi-line basic strings
toml-invalid-string = invalid string
toml-invalid-literal-string = invalid literal string
toml-invalid-basic-string = invalid basic string
toml-invalid-multi-line-literal-string = invalid multi-line literal string
toml-invalid-multi-line-basic-string = invalid multi-line basic string
toml-missing-opening-quote = missing opening quote
toml-missing-escaped-value = missing escaped value
toml-too-few-unicode-value-digits = too few unicode value digits
toml-invalid-boolean = invalid boolean
toml-invalid-float = invalid float
toml-invalid-integer-number = invalid integer number
toml-invalid-hexadecimal-number = invalid hexadecimal number
toml-invalid-octal-number = invalid octal number
toml-invalid-binary-number = invalid binary number
toml-invalid-mantissa = invalid mantissa
toml-invalid-fraction = invalid fraction
toml-invalid-exponent = invalid exponent
toml-unexpected-leading-zero = unexpected leading zero
toml-unexpected-sign = unexpected sign
toml-redundant-numeric-sign = redundant numeric sign
toml-redundant-integer-number-prefix = redundant integer number prefix
toml-integers-with-a-radix-cannot-be-signed = integers with a radix cannot be signed
toml-radix-must-be-lowercase = radix must be lowercase
toml-may-only-go-between-digits = `_` may only go between digits
toml-invalid-date = invalid date
toml-invalid-time = invalid time
toml-invalid-offset = invalid offset
toml-invalid-date-time = invalid date-time
toml-invalid-datetime = invalid datetime
toml-invalid-value = invalid value
toml-missing-value = missing value
toml-missing-value-for-key = missing value for key
toml-invalid-key-value-pair = invalid key-value pair
toml-extra = extra `=`
toml-extra-assignment-between-key-value-pairs = extra assignment between key-value pairs
toml-missing-assignment-between-key-value-pairs = missing assignment between key-value pairs
toml-missing-comma-between-key-value-pairs = missing comma between key-value pairs
toml-unclosed-table = unclosed table
toml-unclosed-array-table = unclosed array table
toml-missing-table-open = missing table open
toml-unclosed-array = unclosed array
toml-missing-array-opening = missing array opening
toml-extra-comma-in-array = extra comma in array
toml-missing-comma-between-array-elements = missing comma between array elements
toml-unexpected-in-array = unexpected `=` in array
toml-unclosed-inline-table = unclosed inline table
toml-missing-inline-table-opening = missing inline table opening
toml-extra-comma-in-inline-table = extra comma in inline table
toml-missing-key-for-inline-table-element = missing key for inline table element
toml-invalid-inline-table-element = invalid inline table element
toml-unexpected-key-or-value = unexpected key or value
toml-unexpected-content = unexpected content
toml-unexpected-content-between-comment-and-newline = unexpected content between comment and newline
toml-missing-comment-start = missing comment start
toml-invalid-comment-character = invalid comment character
toml-carriage-return-must-be-followed-by-newline = carriage return must be followed by newline
# What the parser expected, and the kinds of values.
toml-key = key
toml-value = value
toml-letters = letters
toml-numbers = numbers
toml-digits = digits
toml-characters = characters
toml-printable-characters = printable characters
toml-non-single-quote-characters = non-single-quote characters
toml-non-single-quote-visible-characters = non-single-quote visible characters
toml-non-double-quote-visible-characters = non-double-quote visible characters
toml-unicode-hexadecimal-value = unicode hexadecimal value
toml-literal-string = literal string
toml-basic-string = basic string
toml-multi-line-literal-string = multi-line literal string
toml-multi-line-basic-string = multi-line basic string
toml-unquoted-string = unquoted string
toml-newline = newline
toml-whitespace = whitespace
toml-comment = comment
toml-token = token
toml-end-of-input = end-of-input
toml-etc = etc
toml-string = string
toml-integer = integer
toml-float = float
toml-boolean = boolean
toml-datetime = datetime
toml-array = array
toml-table = table
toml-inline-table = inline table
# The parts of a date and a time of day (the date reader).
toml-year-or-hour = year or hour
toml-yyyy-mm-or-hh-mm = `-` (YYYY-MM) or `:` (HH:MM)
toml-mm-dd = `-` (MM-DD)
toml-hh-mm = `:` (HH:MM)
toml-t-between-date-and-time = `T` between date and time
toml-z-offset-offset = `Z`, +OFFSET, -OFFSET
toml-year = year
toml-month = month
toml-day = day
toml-hour = hour
toml-hours = hours
toml-minute = minute
toml-minutes = minutes
toml-second = second
toml-nanosecond = nanosecond
toml-nanoseconds-overflowed = nanoseconds overflowed
toml-a-four-digit-year-yyyy = a four-digit year (YYYY)
toml-a-two-digit-month-mm = a two-digit month (MM)
toml-a-two-digit-day-dd = a two-digit day (DD)
toml-a-two-digit-hour-hh = a two-digit hour (HH)
toml-a-two-digit-minute-mm = a two-digit minute (MM)
toml-a-two-digit-second-ss = a two-digit second (SS)
# What serde found and what it expected.
toml-sequence = sequence
toml-map = map
toml-enum = enum
toml-unit-value = unit value
toml-option-value = Option value
toml-byte-array = byte array
toml-newtype-struct = newtype struct
toml-unit-variant = unit variant
toml-newtype-variant = newtype variant
toml-tuple-variant = tuple variant
toml-struct-variant = struct variant
toml-offset-datetime = offset datetime
toml-local-datetime = local datetime
toml-local-date = local date
toml-local-time = local time
toml-a-string = a string
toml-a-borrowed-string = a borrowed string
toml-a-boolean = a boolean
toml-a-character = a character
toml-a-sequence = a sequence
toml-a-map = a map
toml-u8 = u8
toml-u16 = u16
toml-u32 = u32
toml-u64 = u64
toml-usize = usize
toml-i8 = i8
toml-i16 = i16
toml-i32 = i32
toml-i64 = i64
toml-isize = isize
toml-f32 = f32
toml-f64 = f64

## Values read by kehoach's own deserializers (src/model/date.rs, src/profile.rs)

date-expected = expected a date such as 2024-04-01 (or "2024-04" for a draft without a day)
profile-range-form = a range is [min, max] (min ≤ max) or [min]

## Damaged text (src/vietnamese/damage.rs)

eth-for-d = '{ $character }' (U+{ $code }, Latin { $what } letter eth) is not the Vietnamese '{ $good }' (U+{ $good_code })
eth-capital = capital
eth-small = small
hint-eth-for-d = replace { $character } (U+{ $code }) with { $good } (U+{ $good_code })
invisible-character = invisible character U+{ $code } ({ $name }) in the text
hint-invisible-character = remove it; it does not print but changes how text is searched and copied
invisible-soft-hyphen = soft hyphen
invisible-zero-width-space = zero width space
invisible-zero-width-non-joiner = zero width non-joiner
invisible-zero-width-joiner = zero width joiner
invisible-left-to-right-mark = left-to-right mark
invisible-right-to-left-mark = right-to-left mark
invisible-bidirectional-override = bidirectional embedding or override
invisible-word-joiner = word joiner
invisible-bidirectional-isolate = bidirectional isolate
invisible-byte-order-mark = zero width no-break space / byte order mark
control-character = control character U+{ $code } is not allowed
control-character-named = control character U+{ $code } ({ $name }) is not allowed
hint-control-character = remove it
control-nul = NUL
control-backspace = backspace
control-vertical-tab = vertical tab
control-form-feed = form feed
control-carriage-return = carriage return
control-escape = escape
look-alike-letter = { $script } letter '{ $character }' (U+{ $code }) inside the word '{ $word }' looks like Latin '{ $latin }'
hint-look-alike-letter = retype the word; it was probably pasted from another source
script-cyrillic = Cyrillic
script-greek = Greek
legacy-encoding = this text looks like { $encoding } text read as Unicode: "{ $text }" (probably "{ $fixed }")
hint-legacy-encoding = convert it to Unicode (e.g. with Unikey's converter: { $converter } → Unicode) and paste it again

## Tables (src/context/tables.rs)

table-row-cells = this row has { $cells } but the table has { $columns }
count-one-cell = 1 cell
count-cells = { $count } cells
count-one-column = 1 column
count-columns = { $count } columns

## Type codes a rule set refuses (templates/profiles/*.toml `[codes] refused_types`)

refused-type-code-qdi = HD 05 3.1.2a gives Quy định the code `QĐ` (as Quyết định); `QĐi` was repealed with Công văn 3294-CV/VPTW/nb (HD 05 III.1)

## Hints to the TOML reader's messages (src/load/mod.rs)

hint-backslash = a backslash in text in double quotes is written `\\` ("C:\\Tài liệu"); or put the text in single quotes ('C:\Tài liệu')

## Kinds of document, one line each for `kehoach kinds` (src/model/mod.rs)

kind-description-ke-hoach = Kế hoạch — a committee's plan: purpose, content by sector, timeline, organisation
kind-description-cong-van = Công văn — an official letter: subject under the number, "Kính gửi:", body
kind-description-bao-cao = Báo cáo — a report: numbered sections with tables of figures, results against targets; a political report to a congress (`[congress_report]`): the theme in capitals and "(Báo cáo của … trình Đại hội …)" in place of type name and subject
kind-description-huong-dan = Hướng dẫn — guidance: the I- / 1. / a) hierarchy
kind-description-quyet-dinh = Quyết định — a decision: basis lines, enacting line, Điều 1. … articles
kind-description-thong-bao = Thông báo — a short notice
kind-description-nghi-quyet = Nghị quyết — a resolution: optional author lines and căn cứ, the enacting sentence "… quyết nghị:", I- / II- sections
kind-description-chi-thi = Chỉ thị — a directive: the situation, then numbered requirements
kind-description-thong-tri = Thông tri — a circular explaining how to carry out a resolution or directive
kind-description-de-an = Đề án — a scheme: basis, the situation, goals, tasks and solutions, organisation
kind-description-ket-luan = Kết luận — conclusions: author lines in the subject block ("CỦA BAN THƯỜNG VỤ …"), numbered points
kind-description-to-trinh = Tờ trình — a submission: "Kính trình:" under the subject, recipients from "- Như trên;"
kind-description-quy-che = Quy chế — working rules: Chương / Mục / "Điều N." / khoản / điểm, "(Ban hành kèm theo Quyết định số …)"
kind-description-quy-dinh = Quy định — a regulation: "… quy định … như sau:", Phần / Chương / Mục / "Điều N." / khoản / điểm
kind-description-chuong-trinh = Chương trình — a programme: sections with tables of tasks (chủ trì / phối hợp / thời gian), landscape where needed
kind-description-bien-ban = Biên bản — minutes of a meeting (HD 16-HD/VPTW): time, place, chair, recorder, attendance, proceedings, the closing time; "NGƯỜI GHI BIÊN BẢN" left, "CHỦ TRÌ HỘI NGHỊ" right
kind-description-giay-moi = Giấy mời — an invitation: "Trân trọng kính mời:", time, place, content, what to bring; A4 or A5 (`paper = "A5"`)
kind-description-giay-gioi-thieu = Giấy giới thiệu — a letter of introduction: who, position, sent to, about what, valid until; A4 or A5 (`paper = "A5"`)
