# kehoach verify's measurements of the blocks under the header (src/verify:
# closing.rs, kinds.rs, marks.rs, copy.rs, images.rs, breaks.rs, blocks.rs,
# warnings.rs): what a rule expects and what was measured.
# Every id here is also in locales/en/verify-blocks.ftl.

## Phần dùng chung (src/verify/closing.rs)

v-text-style-offset = { $text }, { $style }, lệch tâm { $offset }
v-text-on-page = { $text } ở trang { $page }
v-in-signature-column = { $text } ở cột chữ ký
v-rule-of-block = { $rule } ({ $who })
rule-position = chức vụ
rule-concurrent-title = chức vụ kiêm nhiệm
rule-name = họ tên

## Người ký của từng khối chữ ký (src/verify/blocks.rs)

v-who-signer = người ký
v-who-co-signer = người ký liên tịch thứ { $n }
v-who-confirmation = phần xác nhận
v-who-copier = người ký bản sao

## Khối chữ ký (src/verify/closing.rs: P-SIG-1..3, P-SIG-5, P-SIG-6)

v-sig-missing-level = { $text } ở cột chữ ký, ngang hàng với "Nơi nhận:"
v-sig-grid-block-missing = khối chữ ký của người ký liên tịch thứ { $n } ({ $name }) ở ô của mình trong bố cục chữ ký
v-sig-confirmation-missing = { $text } dưới chữ ký
v-sig-authority-expected = "T/M|K/T|T/L|Q. …" chữ in hoa, { $size }, chữ đứng, đậm, căn giữa cột chữ ký
v-sig-authority-or-none = T/M, K/T, T/L hoặc Q., hoặc không có khi người đứng đầu ký
v-sig-authority-none = không có: người đứng đầu ký
v-sig-no-position-expected = không có (tập thể ký "T/M …", người được giao quyền ký "Q. …"): họ tên ngay dưới dòng thẩm quyền ký
v-sig-no-position-line = không có dòng chức vụ
v-sig-line-between = có một dòng giữa thẩm quyền ký và họ tên
v-sig-position-expected = chữ in hoa, { $size }, chữ đứng, { $weight }, căn giữa
v-sig-position-bold = đậm (không có dòng thẩm quyền ký)
v-sig-position-not-bold = KHÔNG đậm
v-sig-concurrent-expected = { $word } đứng riêng một dòng dưới chức vụ, { $size }, chữ đứng, không đậm; tiếp đó là chức vụ thứ hai, chữ in hoa, cùng kiểu chữ với chức vụ, căn giữa
v-sig-concurrent-actual = { $word } { $word_style }, { $title } { $title_style }, lệch tâm { $word_offset } / { $title_offset }
v-sig-concurrent-missing = { $word } và { $title } dưới chức vụ
v-sig-name-blank-expected = { $size }, đậm, chữ thường
v-sig-name-blank = để trống (bản dự thảo: ghi họ tên bằng tay)
v-sig-name-expected = chữ thường, không ghi học hàm, học vị, { $size }, chữ đứng, đậm, căn giữa, cách dòng chức vụ ít nhất { $room } (cách dòng thẩm quyền ký khi không có chức vụ: khoảng trống để ký)
v-sig-name-actual = { $text }, { $style }, lệch tâm { $offset }, cách dòng chức vụ { $room }
v-grid-not-in-right-column = { $who } không ở cột phải
v-grid-not-in-left-column = { $who } không ở cột trái
v-grid-off-row = { $who } lệch { $distance } so với hàng của mình
v-grid-overlaps = { $who } chồng lên hàng trên
v-grid-label-above = "Nơi nhận:" bắt đầu cao hơn dòng cuối của bố cục chữ ký { $distance }
v-grid-expected = khối chữ ký của cơ quan chủ trì ở bên phải hàng đầu, các khối khác ở bên trái và ở các hàng dưới, các khối cùng hàng ngang nhau, "Nơi nhận:" dưới bố cục chữ ký
v-grid-actual = { $blocks } khối chữ ký trên { $rows } hàng, "Nơi nhận:" ở dưới, cách bố cục chữ ký { $distance }
v-confirmation-expected = "Xác nhận chữ ký của đồng chí { $name }" dưới chữ ký được xác nhận, cách ít nhất { $gap }, { $size }, chữ đứng, không đậm, căn giữa cột chữ ký
v-confirmation-actual = { $found }, { $gap }
v-confirmation-gap = cách chữ ký phía trên { $distance }
v-confirmation-no-signature = không có chữ ký phía trên

## Nơi nhận và lớp chữ (src/verify/closing.rs: P-RCV-1, P-RCV-2, P-TXT-1, P-TXT-2)

v-rcv-label-missing = cụm từ sát lề trái, ở phần nơi nhận và chữ ký cuối văn bản
v-rcv-label-missing-minutes = cụm từ sát lề trái, dưới các chữ ký
v-rcv-label-expected = { $label }, { $size }, chữ đứng, không đậm, có một đường kẻ liền dưới cụm từ, sát lề trái, { $place }
v-rcv-label-under-grid = dưới bố cục chữ ký
v-rcv-label-level = ngang đầu khối chữ ký
v-rcv-label-actual = { $text }, { $style }, { $underline }, mép trái ở { $left }, { $level }
v-rcv-underlined-once = gạch dưới { $percent }% cụm từ bằng một nét
v-rcv-underlined-in-strokes = gạch dưới { $percent }% cụm từ bằng { $strokes } nét
v-rcv-no-word = không có chữ
v-rcv-from-block-top = cách đầu khối chữ ký { $distance }
v-rcv-is-under-grid = dưới bố cục chữ ký
v-rcv-no-block = không có khối chữ ký
v-rcv-lines-differ = các dòng in ra là { $printed }, dữ liệu ghi { $data }
v-rcv-line-starts = { $text } bắt đầu ở { $at }
v-rcv-list-expected = { $size }, chữ đứng, không đậm, sát lề trái, mỗi dòng "- …{ $sep }", dòng cuối "- Lưu …."
v-rcv-list-actual = { $n } dòng, { $style }
v-txt-nfc-expected = chữ Unicode dựng sẵn (NFC), không có Ð/ð (U+00D0/U+00F0)
v-txt-all-nfc = { $runs } đoạn chữ, tất cả ở dạng NFC
v-txt-hyphenation-expected = tắt ngắt từ, không dòng nào kết thúc bằng dấu gạch nối mềm
v-txt-hyphenation-on = bộ thông số bật ngắt từ
v-txt-hyphenation-off = tắt

## Phần riêng của từng loại văn bản (src/verify/kinds.rs: P-NQ-1, P-QC-1..3, P-CTR-1, P-BB-1, P-BB-2)

rule-kem-theo-line = dòng "Ban hành kèm theo"
v-nq-missing = { $text } trước đề mục đầu tiên
v-nq-expected = một đoạn kết thúc bằng "{ $ending }", { $size }, chữ đứng, không đậm, dòng đầu thụt vào { $indent } (hoặc { $alternative }), tiếp theo là đề mục đầu tiên
v-nq-actual = { $text }, { $style }, thụt vào { $indent }, tiếp theo là { $next }
v-under-the-subject = trích yếu
v-paren-missing = { $text } ngay dưới { $under }
v-paren-expected = ngay dưới { $under }, { $opening }trong ngoặc đơn, { $size }, chữ nghiêng, không đậm, mọi dòng căn giữa
v-paren-actual = { $lines } dòng, { $style }, lệch tâm { $offset }
v-qc-heading-not-found = không thấy { $label } trên một dòng riêng
v-qc-not-capitals = { $title } không viết chữ in hoa
v-qc-not-under = { $title } không phải dòng ngay dưới { $label }
v-qc-off-centre = { $label } lệch tâm { $offset }
v-qc-headings-expected = mỗi đề mục ("Chương I") một dòng riêng, tên đề mục chữ in hoa ở dòng tiếp theo, căn giữa, { $size }, chữ đứng, đậm
v-qc-headings-ok = { $n } đề mục đúng quy định
v-qc-article-not-found = không thấy { $text }
v-qc-indented = { $text } thụt vào { $indent }
v-qc-articles-expected = toàn bộ dòng "Điều N. …" { $size }, chữ đứng, đậm, dòng đầu thụt vào { $indent } (hoặc { $alternative })
v-qc-articles-ok = { $n } dòng "Điều" đúng quy định
v-ctr-row-not-found = không thấy hàng { $text }
v-ctr-header-not-bold = hàng tiêu đề của bảng ở trang { $page } không in đậm
v-ctr-no-header = không có hàng tiêu đề phía trên các nhiệm vụ ở trang { $page }
v-ctr-expected = hàng tiêu đề của bảng ("{ $header }" …) in đậm, phía trên các hàng, ở mọi trang có bảng
v-ctr-actual = có hàng tiêu đề ở cả { $pages } trang
v-bb-name-not-found = không thấy
v-bb-recorder-expected = "{ $caption }" chữ in hoa, { $size }, chữ đứng, đậm, căn giữa cột trái (rộng { $width } tính từ lề trái), ngang hàng (± 0.5 mm) với "{ $chair }"; họ tên { $size }, đậm, căn giữa, cách ít nhất { $room } phía dưới, cùng đường chân chữ với họ tên người chủ trì (± 0.5 mm)
v-bb-recorder-actual = { $caption }, { $level }; { $name }, { $name_style }, lệch tâm { $name_offset }, cách { $room } phía dưới, { $baseline }
v-bb-from-chair-caption = lệch { $distance } so với dòng chức danh người chủ trì
v-bb-no-chair-caption = không có dòng chức danh người chủ trì
v-bb-from-chair-name = lệch { $distance } so với họ tên người chủ trì
v-bb-no-chair-name = không có họ tên người chủ trì
v-bb-confirmation-missing = { $text } dưới họ tên người chủ trì
v-bb-confirmation-lines-missing = { $lead }, rồi { $authority } / { $position } / { $name } dưới họ tên người chủ trì
v-bb-confirmation-expected = dưới họ tên người chủ trì, căn giữa cột chữ ký, { $size }: dòng xác nhận không đậm, thẩm quyền ký đậm, chức vụ không đậm, họ tên đậm, cách dòng chức vụ ít nhất { $room }
v-bb-confirmation-actual = { $found }, họ tên cách dòng chức vụ { $room }

## Kính gửi, dòng ký hiệu người đánh máy, các dấu ở lề, thông tin liên hệ (src/verify/marks.rs)

v-kg-missing = cụm từ và tên các nơi được gửi ở trang 1
v-kg-centred = căn giữa vùng chữ
v-kg-at-left-margin = cụm từ sát lề trái
v-kg-ends-one = kết thúc bằng { $mark }
v-kg-ends-each = mỗi dòng kết thúc bằng { $between }, dòng cuối bằng { $last }
v-kg-under-subject-block = {" "}dưới trích yếu
v-kg-label-italic = chữ nghiêng
v-kg-label-upright = chữ đứng
v-kg-expected = ở trang 1{ $under }, { $place }; cụm từ { $size }, { $slant }, tên các nơi được gửi { $names }, chữ đứng, không đậm, { $ends }
v-kg-actual = { $lines } dòng { $printed }, cụm từ { $label }, tên các nơi được gửi { $names }, khối chữ từ { $from } đến { $to } (lệch tâm { $offset })
v-typ-missing = { $text } dưới nơi nhận
v-typ-expected = dòng cuối cùng dưới "Nơi nhận", sát lề trái, { $size }, chữ đứng, không đậm, { $case }
v-typ-capitals = chữ in hoa
v-typ-normal-case = chữ thường
v-typ-actual = { $text }, { $style }, mép trái ở { $at }, { $last }
v-typ-last = là dòng cuối
v-typ-not-last = không phải dòng cuối
v-mark-circulation-top-expected = { $text } ở góc trên bên phải trang 1, đỉnh chữ in hoa cách mép trên { $distance } ± { $tolerance }, căn phải, chữ in hoa, { $size }, đậm
v-mark-circulation-top-actual = { $text }, đỉnh chữ in hoa ở { $top }, mép phải ở { $right }, { $style }
v-mark-circulation-top-missing = { $text } ở góc trên bên phải trang 1
v-mark-circulation-under-expected = { $text } dưới số và ký hiệu ở cột trái, chữ in hoa, { $size }, đậm
v-mark-circulation-under-missing = { $text } dưới số và ký hiệu
v-mark-no-broadcast-expected = { $text } ở trang cuối (trang có phần nơi nhận và chữ ký), căn giữa, đường chân chữ cách mép dưới { $distance } ± { $tolerance }, chữ in hoa, { $size }, đậm
v-mark-no-broadcast-actual = trang { $page }, đường chân chữ cách mép dưới { $distance }, lệch tâm { $offset }, { $style }
v-mark-no-broadcast-missing = { $text } ở cuối trang { $page }
v-contact-missing = một đường kẻ liền ngang vùng chữ, thông tin liên hệ dưới đường kẻ, ở trang cuối
v-contact-expected = ở trang có phần nơi nhận và chữ ký, dưới một đường kẻ liền từ { $from } đến { $to }, ở cuối vùng chữ, { $size }, chữ đứng, không đậm
v-contact-actual = trang { $page }, đường kẻ dài { $length } từ { $from }, { $lines } dòng { $text } kết thúc cách mép dưới { $bottom }, { $style }

## Dấu bản sao và chữ ký của người sao (src/verify/copy.rs: P-BS-1, P-BS-2)

v-bs-missing = { $text } sát lề trái, sau phần nơi nhận và chữ ký
v-bs-no-rule = không có đường kẻ ngang vùng chữ phía trên dấu bản sao
v-bs-stamp-size = dấu bản sao có kích thước { $width } × { $height }
v-bs-stamp-left = dấu bản sao bắt đầu cách lề trái { $distance }
v-bs-lines-outside = không phải mọi dòng của dấu bản sao đều nằm trong khung
v-bs-no-frame = không có khung quanh "BẢN SAO VĂN BẢN"
v-bs-before-closing = dấu bản sao đứng trước phần nơi nhận và chữ ký
v-bs-expected = sau phần nơi nhận và chữ ký, một đường kẻ liền ngang vùng chữ, rồi sát lề trái một khung { $width } × { $height } mm chứa "BẢN SAO VĂN BẢN" (chữ in hoa, { $size }, đậm) và năm dòng của dấu bản sao
v-bs-actual = có đường kẻ, rồi dấu bản sao { $size } ở trang { $page } với đủ tiêu đề và các dòng
v-bs-copier-expected = ở cột chữ ký, dưới đường kẻ (các dòng như P-SIG-1..3)
v-bs-copier-actual = { $who } ở trang { $page }
v-bs-copier-missing = { $authority } / { $position } / { $name } ở cột chữ ký, bên cạnh dấu bản sao

## Ảnh chữ ký và ảnh dấu (src/verify/images.rs: P-SIG-4)

rule-signature-and-seal-images = ảnh chữ ký và ảnh dấu
v-img-expected = chữ ký đặt chính giữa khoảng trống giữa chức vụ và họ tên (± { $tolerance }), dấu đường kính { $diameter } trùm lên { $share } % chiều rộng chữ ký về phía bên trái
v-img-signature = chữ ký { $width } × { $height }, lệch tâm { $across } theo chiều ngang và { $down } theo chiều dọc
v-img-not-centred = chữ ký không ở chính giữa
v-img-no-signature = không có ảnh chữ ký trên trang
v-img-seal = dấu { $width } × { $height }
v-img-seal-size = dấu không đúng kích thước thật
v-img-covering = trùm lên { $percent }% chữ ký về phía bên trái
v-img-seal-share = dấu không trùm lên khoảng một phần ba chữ ký về phía bên trái
v-img-seal-level = dấu không ngang với chữ ký
v-img-no-seal = không có ảnh dấu trên trang

## Ngắt dòng và các hàng của bố cục chữ ký (src/verify/breaks.rs: P-BRK-1, P-BRK-2, P-SIG-7, P-SIG-8)

v-brk-lone = { $word } đứng một mình dưới { $line }
v-brk-lone-expected = tên loại văn bản, các dòng tác giả và trích yếu chia dòng cân đối, không dòng cuối nào chỉ còn một từ
v-brk-no-lone-word = không có từ nào đứng một mình
v-brk-split = { $before } / { $after } ở trang { $page }
v-brk-split-expected = không tách số, ký hiệu văn bản, ngày tháng hay khoảng năm ra hai dòng
v-brk-none-split = không có chỗ nào bị tách
v-sig-row-off = { $who } lệch { $distance } so với { $other }
v-sig-rows-expected = họ tên người ký trong mỗi hàng của bố cục chữ ký trên cùng một đường chân chữ
v-sig-rows-level = { $rows } hàng ngang nhau
v-sig-gutter-expected = ít nhất { $min } giữa các dòng của hai khối chữ ký cùng hàng
v-sig-no-lines-side-by-side = không có dòng nào nằm cạnh nhau
