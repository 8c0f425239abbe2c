# kehoach verify's measurements of the page and its header (src/verify:
# page.rs, header.rs, body.rs, appendix.rs, measure.rs, typeface.rs,
# departures.rs, two_sided.rs): what a rule expects and what was measured.
# Every id here is also in locales/en/verify-page.ftl.

## Các cụm từ dùng chung (src/verify/measure.rs; phần kiểm tra các khối cũng dùng)

v-style = { $size }, chữ { $slant }, { $weight }
v-style-slant = { $size }, chữ { $slant }
v-style-bold = đậm
v-style-regular = không đậm
v-style-partly-bold = đậm một phần
v-style-upright = đứng
v-style-italic = nghiêng
v-style-partly-italic = nghiêng một phần
v-size-profile = { $chosen } (bộ thông số; quy định { $spec } pt)
v-capitals = chữ in hoa
v-not-capitals = không phải chữ in hoa
v-none = không có
v-at-least = ít nhất { $value }
v-on-every-page = { $value } ở mọi trang
v-on-page = { $value } ở trang { $page }
v-on-page-1 = { $text } ở trang 1
v-one-line = 1 dòng
v-one-line-at = 1 dòng, { $left }–{ $right }
v-wrapped = xuống { $lines } dòng: { $quoted }
v-centre-offset = { $measured }, lệch tâm { $offset }
v-lines-style-offset = { $lines } dòng, { $style }, lệch tâm { $offset }
v-in-left-column = { $text } ở cột trái
v-in-right-column = { $text } ở cột phải

## Trang: khổ giấy, lề, số trang (src/verify/page.rs)

v-page-size-expected = { $paper } { $width } × { $height } mm ± { $tolerance } ở mọi trang (trang phụ lục có thể xoay ngang)
v-page-size-on-page = { $width } × { $height } mm ở trang { $page }
v-page-size-actual = { $width } × { $height } mm ({ $pages } { $plural ->
   *[other] trang
    })
v-page-size-no-pages = không có trang nào
v-right-margin-no-justified-line = không có dòng căn đều hai bên nào chạm lề phải (chữ gần mép phải nhất còn cách mép { $actual })
v-margins-text = chữ trên các trang
v-margin-at = { $distance } (trang { $page }, { $text })
v-top-margin-expected = { $margin } (tính đến mép trên dòng chữ đầu tiên của mỗi trang)
v-bottom-margin-expected = { $margin } ± { $tolerance } (chữ không xuống dưới lề; các trang kín chữ đến lề)
v-bottom-margin-between = trong khoảng { $low } đến { $high } (chữ thấp nhất kết thúc cách mép dưới { $lowest }, ở trang { $page }; dòng chuyển từ trang { $carried } sang trang { $next }, nếu để lại, kể cả khoảng cách dòng, sẽ kết thúc cách mép dưới { $would })
v-bottom-margin-at-least = ít nhất { $distance } (chữ kết thúc cách mép dưới { $distance } ở trang { $page })
v-page-number-on-appendix-start = trang { $page } là trang đầu của phụ lục nhưng có số trang { $number }
v-page-number-wrong = trang { $page } đánh số { $number }
v-page-number-style = trang { $page }: số trang không phải chữ đứng, không đậm
v-page-number-missing = trang { $page } không có số trang
v-page-number-several = trang { $page } có { $count } số trang
v-page-numbers-expected = chữ số Ả Rập { $size }, chữ đứng, ở mọi trang từ trang 2
v-page-numbers-actual = { $style }, chữ số Ả Rập, các trang 2–{ $last }
v-page-number-top-centre = giữa lề trên
v-page-number-position-expected = { $position ->
    [top-center] giữa lề trên
    [top-right] góc phải lề trên
    [bottom-right] góc phải lề dưới
   *[bottom-center] giữa lề dưới
    } (bộ thông số), chân chữ cách mép { $edge ->
    [top] trên
   *[bottom] dưới
    } { $distance } (quy định { $range } mm)
v-page-number-off-right = trang { $page }: chân chữ cách mép { $distance }, mép phải của số lệch { $offset } so với lề phải
v-page-number-off-centre = trang { $page }: chân chữ cách mép { $distance }, lệch tâm { $offset } so với giữa vùng trình bày
v-page-number-baseline = chân chữ cách mép { $distance }
v-page-number-none = không có số trang

## Phần đầu văn bản (src/verify/header.rs)

rule-superior-body = cơ quan cấp trên
rule-issuing-body = cơ quan ban hành
rule-separator = dấu gạch ngang phân cách
rule-presenting-line = dòng trình bày báo cáo
v-row-expected = cùng một đường chân chữ ± { $tolerance }
v-row-actual = lệch nhau { $distance }
v-title-missing = { $title } ở cột phải trang 1
v-title-position-expected = dòng đầu tiên của trang 1, căn giữa cột phải (± { $tolerance })
v-title-position-actual = mép trên thấp hơn dòng đầu tiên { $top }, lệch tâm { $offset }
v-title-rule-expected = đường kẻ liền dưới tiêu đề, dài { $length } ± { $tolerance } (bằng độ rộng tiêu đề), căn giữa ± { $centre }
v-title-rule-actual = dài { $length }, lệch tâm { $offset }, nét dày { $thickness }
v-title-rule-none = không có đường kẻ dưới tiêu đề
v-name-lines = tên { $name }: { $lines } { $plural ->
   *[other] dòng
    }
v-name-wraps = tên { $name } xuống { $lines } dòng: { $quoted }
v-name-spans = { $text } nằm trong khoảng { $left }–{ $right }
v-name-breaks-at-dash = tên { $name } bị ngắt dòng ở dấu gạch nối bên trong một tên: { $quoted }
v-name-lone-word = tên { $name } để { $word } đứng một mình trên một dòng: { $quoted }
v-header-names-expected = mỗi tên nhiều nhất { $max } dòng (tên liên tịch: { $max } dòng cho mỗi cơ quan) trong khoảng { $left }–{ $right }, ngắt dòng giữa hai từ, không ngắt ở dấu gạch nối bên trong một tên (được ngắt sau dấu gạch nối giữa hai cơ quan), không để một từ ngắn đứng một mình
v-asterisk-expected = "*" thành một dòng riêng dưới tên cơ quan ban hành, căn giữa ± { $tolerance }
v-asterisk-missing = "*" dưới tên cơ quan ban hành
v-header-name-expected = chữ in hoa, { $style }, căn giữa cột trái
v-number-missing = { $number } ở cột trái, dưới dấu "*"
v-number-expected = "Số <nn>-<ký hiệu loại>/<ký hiệu cơ quan>" (mục 3.4, không có dấu hai chấm) trên một dòng, { $style }, căn giữa cột trái
v-number-actual = { $text } trên { $lines } { $plural ->
   *[other] dòng
    }, { $style }, lệch tâm { $offset }
v-date-expected = "<địa danh>, ngày DD tháng M năm YYYY", { $style }, căn giữa dưới tiêu đề
v-date-line-expected = 1 dòng, nằm trong cột phải ({ $left }–{ $right })
v-letter-subject-missing = { $subject } ở cột trái, dưới số, ký hiệu
v-letter-subject-expected = không có tên loại văn bản; dưới số, ký hiệu, { $style }, căn giữa cột trái, không có "V/v"
v-letter-subject-v-v = { $measured }, bắt đầu bằng "V/v"

## Tên loại văn bản và trích yếu (src/verify/header.rs)

v-type-name-expected = chữ in hoa, { $style }, một dòng, căn giữa vùng trình bày
v-type-name-actual = { $text } trên { $lines } dòng, { $style }, lệch tâm { $offset }
v-subject-expected = { $style }, mọi dòng căn giữa
v-subject-case-expected = chữ thường, không in hoa (chỉ cảnh báo), trừ khi `subject_capitals` yêu cầu in hoa
v-subject-case-asked = { $subject }, in hoa theo yêu cầu của `subject_capitals`
v-subject-missing = { $subject } ngay dưới tên loại văn bản
v-under-subject = trích yếu
v-under-theme = chủ đề
v-under-presenting-line = dòng trình bày báo cáo
v-separator-expected = dòng tiếp theo là { $separator }, căn giữa
v-separator-missing = { $separator } dưới { $under }
v-congress-theme-expected = không có tên loại văn bản; chủ đề in hoa, { $style }, mọi dòng căn giữa (HD 05 mục 5.1.2)
v-congress-type-line = có dòng tên loại văn bản { $text }; { $measured }
v-author-lines-expected = ngay dưới tên loại văn bản, mỗi phần một dòng { $wanted }, chữ in hoa, { $style }, căn giữa

## Phần nội dung (src/verify/body.rs)

v-body-expected = các đoạn nội dung giữa tên loại, trích yếu và "Nơi nhận"
v-body-size-actual = { $sizes } ({ $lines } dòng)
v-indent-expected = { $chosen } (bộ thông số; quy định { $range } mm, hoặc { $alternative })
v-indent-actual = { $indent } ({ $count } trong { $total } đoạn)
v-indent-none = không có đoạn nào thụt đầu dòng
v-line-spacing-expected = đúng { $chosen } (bộ thông số; quy định { $range } pt)
v-line-spacing-none = không có hai dòng của cùng một đoạn để đo
v-line-spacing-actual = { $distances } ({ $pairs } cặp dòng)
v-paragraph-spacing-actual = nhỏ nhất { $gap } (trước { $text }, trang { $page })
v-paragraph-spacing-none = không có đoạn nào tiếp ngay sau một đoạn khác trên cùng trang
v-justified-expected = mọi dòng, trừ dòng cuối của mỗi đoạn, chạm lề phải ({ $right })
v-justified-none = không có đoạn nào dài từ hai dòng trở lên
v-justified-actual = { $lines } dòng căn đều hai bên
v-justified-short = { $text } (trang { $page }) kết thúc ở { $end }
v-basis-expected = có in, mỗi dòng "- …{ $between }", dòng cuối "- …{ $last }"
v-basis-actual = { $lines } dòng
v-full-stop-expected = dòng cuối của nội dung kết thúc bằng { $mark } (HD 05 mục 6.2.2)
v-full-stop-table = nội dung kết thúc bằng một bảng
v-full-stop-actual = "…{ $end }" ở trang { $page }

## Phông chữ và màu chữ (src/verify/typeface.rs)

v-typeface-expected = { $typeface } cho mọi chữ (HD 05 mục IV.1)
v-typeface-no-text = không có chữ trên các trang
v-typeface-substitute = Liberation Serif có cùng số đo với Times New Roman (cùng độ rộng từng chữ: cùng dòng, cùng trang) và được nhúng tự do; muốn theo đúng từng chữ của quy định, hãy dựng văn bản với --fonts THƯ_MỤC chứa phông Times New Roman (docs/form-rules.md, P-FONT-1)
v-colour-black = màu đen
v-colour-actual = { $text } màu { $colour } ở trang { $page } ({ $count } đoạn chữ không phải màu đen)
v-colour-expected = màu đen (HD 05 mục IV.1), trừ chữ màu đỏ của dấu bản sao

## Ngoại lệ của khổ A5 (src/verify/departures.rs)

v-a5-header-sizes = khổ A5 (HD 05 mục IV.3) không có cỡ chữ riêng; với cỡ 14 pt của Phụ lục 2, dòng địa danh, ngày tháng dài không đủ chỗ bên cạnh tên cơ quan trên khổ giấy hẹp, nên bộ thông số A5 in tên cơ quan, số, ký hiệu và ngày tháng cỡ { $size } pt (templates/profiles/dang.toml [paper.A5.header])
v-a5-margins = khổ A5 (HD 05 mục IV.3) không có lề riêng; bộ thông số A5 thu nhỏ lề 20/20/30/15 mm của khổ A4 thành { $margins } (templates/profiles/dang.toml [paper.A5.page])
