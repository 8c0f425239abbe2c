# kehoach's messages about damaged input text and the TOML reader's errors
# (src/vietnamese, src/load, the remaining messages of src/check and
# src/context). Every id here is also in locales/en/input.ftl.

## Thông báo của bộ đọc TOML (src/load/messages.rs): các phần của thông báo
## gốc tiếng Anh, nói lại bằng tiếng Việt; chữ người dùng gõ giữ nguyên.

toml-said = bộ đọc TOML báo lỗi (bằng tiếng Anh): { $message }
toml-expected = { $problem }: cần { $expected }
toml-expected-nothing = { $problem }
toml-list = { $first }, { $items }
toml-list-last = { $items } hoặc { $last }
toml-one-of = một trong { $names }
toml-either = { $first } hoặc { $second }
toml-between = { $what } từ { $from } đến { $to }
toml-cannot-extend = không thể thêm khóa có dấu chấm vào giá trị là { $kind }
toml-invalid-type = sai kiểu giá trị: gặp { $found }, cần { $expected }
toml-wrong-value = giá trị không dùng được: gặp { $found }, cần { $expected }
toml-invalid-length = độ dài { $length } không đúng: cần { $expected }
toml-unknown-variant = không có giá trị `{ $name }`; cần { $allowed }
toml-unknown-variant-none = không có giá trị `{ $name }`; ở đây không dùng giá trị nào
toml-unknown-field = không có trường `{ $name }`; cần { $allowed }
toml-unknown-field-none = không có trường `{ $name }`; ở đây không có trường nào
toml-missing-field = thiếu trường `{ $name }`
toml-duplicate-field = trường `{ $name }` được ghi hai lần
toml-untagged = giá trị không đúng dạng nào được dùng ở đây ({ $name })
toml-found-boolean = giá trị đúng/sai { $value }
toml-found-integer = số nguyên { $value }
toml-found-float = số thập phân { $value }
toml-found-character = ký tự { $value }
toml-found-string = chuỗi chữ { $value }
toml-expected-struct = { $name ->
   *[other] một bảng ([mục] hoặc {"{"} … {"}"})
}
toml-expected-enum = { $name ->
   *[other] một giá trị trong danh sách được dùng
}
# Bộ đọc thấy lỗi gì.
toml-key-with-no-value = khóa không có giá trị
toml-string-values-must-be-quoted = giá trị chữ phải đặt trong dấu ngoặc kép
toml-string-values-must-be-quoted-expected-literal-string = giá trị chữ phải đặt trong dấu ngoặc kép ("…")
toml-duplicate-key = khóa hoặc bảng này đã được ghi ở trên; mỗi khóa, mỗi bảng chỉ ghi một lần
toml-recursion-limit = dữ liệu lồng nhau quá nhiều cấp
toml-cannot-recurse-further-max-recursion-depth-met = dữ liệu lồng nhau quá nhiều cấp
toml-invalid-key = tên khóa không hợp lệ
toml-invalid-table = tên bảng không hợp lệ
toml-invalid-unquoted-key = tên khóa có ký tự không được dùng
toml-unquoted-keys-cannot-be-empty = thiếu tên khóa trước dấu `=`
toml-keys-cannot-be-multi-line-literal-strings = tên khóa không được là chuỗi nhiều dòng
toml-keys-cannot-be-multi-line-basic-strings = tên khóa không được là chuỗi nhiều dòng
toml-invalid-string = chuỗi chữ không hợp lệ
toml-invalid-literal-string = chuỗi chữ trong dấu nháy đơn chưa đóng hoặc có ký tự không được dùng
toml-invalid-basic-string = chuỗi chữ trong dấu ngoặc kép chưa đóng hoặc có ký tự không được dùng
toml-invalid-multi-line-literal-string = chuỗi nhiều dòng trong ba dấu nháy đơn chưa đóng hoặc có ký tự không được dùng
toml-invalid-multi-line-basic-string = chuỗi nhiều dòng trong ba dấu ngoặc kép chưa đóng hoặc có ký tự không được dùng
toml-missing-opening-quote = thiếu dấu ngoặc mở đầu chuỗi chữ
toml-missing-escaped-value = sau dấu `\` thiếu ký tự thoát
toml-too-few-unicode-value-digits = mã Unicode sau `\u` thiếu chữ số
toml-invalid-boolean = giá trị đúng/sai không hợp lệ
toml-invalid-float = số thập phân không hợp lệ
toml-invalid-integer-number = số nguyên không hợp lệ
toml-invalid-hexadecimal-number = số hệ mười sáu không hợp lệ
toml-invalid-octal-number = số hệ tám không hợp lệ
toml-invalid-binary-number = số hệ hai không hợp lệ
toml-invalid-mantissa = phần định trị của số không hợp lệ
toml-invalid-fraction = phần thập phân của số không hợp lệ
toml-invalid-exponent = số mũ của số không hợp lệ
toml-unexpected-leading-zero = số không được bắt đầu bằng chữ số 0
toml-unexpected-sign = dấu + hoặc - đặt sai chỗ
toml-redundant-numeric-sign = thừa dấu + hoặc - trước số
toml-redundant-integer-number-prefix = thừa tiền tố cơ số trước số
toml-integers-with-a-radix-cannot-be-signed = số viết theo cơ số (0x, 0o, 0b) không được có dấu + hoặc -
toml-radix-must-be-lowercase = tiền tố cơ số viết chữ thường: 0x, 0o, 0b
toml-may-only-go-between-digits = dấu `_` chỉ được đứng giữa hai chữ số
toml-invalid-date = ngày tháng không hợp lệ
toml-invalid-time = giờ không hợp lệ
toml-invalid-offset = múi giờ không hợp lệ
toml-invalid-date-time = ngày giờ không hợp lệ
toml-invalid-datetime = ngày giờ không hợp lệ
toml-invalid-value = giá trị không hợp lệ
toml-missing-value = thiếu giá trị
toml-missing-value-for-key = khóa thiếu giá trị sau dấu `=`
toml-invalid-key-value-pair = dòng "khóa = giá trị" không hợp lệ
toml-extra = thừa dấu `=`
toml-extra-assignment-between-key-value-pairs = thừa dấu `=` giữa khóa và giá trị
toml-missing-assignment-between-key-value-pairs = thiếu dấu `=` giữa khóa và giá trị
toml-missing-comma-between-key-value-pairs = thiếu dấu phẩy giữa các cặp khóa = giá trị
toml-unclosed-table = tên bảng chưa đóng ngoặc vuông
toml-unclosed-array-table = tên bảng `[[…]]` chưa đóng ngoặc vuông
toml-missing-table-open = thiếu dấu `[` mở tên bảng
toml-unclosed-array = danh sách chưa đóng ngoặc vuông
toml-missing-array-opening = thiếu dấu `[` mở danh sách
toml-extra-comma-in-array = thừa dấu phẩy trong danh sách
toml-missing-comma-between-array-elements = thiếu dấu phẩy giữa các phần tử của danh sách
toml-unexpected-in-array = không dùng dấu `=` trong danh sách
toml-unclosed-inline-table = bảng viết trên một dòng chưa đóng ngoặc `{"}"}`
toml-missing-inline-table-opening = thiếu dấu `{"{"}` mở bảng viết trên một dòng
toml-extra-comma-in-inline-table = thừa dấu phẩy trong bảng viết trên một dòng
toml-missing-key-for-inline-table-element = thiếu tên khóa trong bảng viết trên một dòng
toml-invalid-inline-table-element = phần tử không hợp lệ trong bảng viết trên một dòng
toml-unexpected-key-or-value = khóa hoặc giá trị đặt sai chỗ
toml-unexpected-content = có nội dung thừa ở đây
toml-unexpected-content-between-comment-and-newline = có nội dung thừa giữa ghi chú và cuối dòng
toml-missing-comment-start = thiếu dấu `#` mở đầu ghi chú
toml-invalid-comment-character = ghi chú có ký tự không được dùng
toml-carriage-return-must-be-followed-by-newline = ký tự về đầu dòng (CR) phải đi liền trước ký tự xuống dòng
# Bộ đọc cần gì, và các loại giá trị.
toml-key = tên khóa
toml-value = một giá trị
toml-letters = chữ cái không dấu
toml-numbers = chữ số
toml-digits = chữ số
toml-characters = ký tự
toml-printable-characters = ký tự in được
toml-non-single-quote-characters = ký tự khác dấu nháy đơn
toml-non-single-quote-visible-characters = ký tự nhìn thấy được, khác dấu nháy đơn
toml-non-double-quote-visible-characters = ký tự nhìn thấy được, khác dấu ngoặc kép
toml-unicode-hexadecimal-value = mã Unicode hệ mười sáu
toml-literal-string = chuỗi chữ trong dấu nháy đơn
toml-basic-string = chuỗi chữ trong dấu ngoặc kép
toml-multi-line-literal-string = chuỗi nhiều dòng trong ba dấu nháy đơn
toml-multi-line-basic-string = chuỗi nhiều dòng trong ba dấu ngoặc kép
toml-unquoted-string = chữ không đặt trong ngoặc
toml-newline = xuống dòng
toml-whitespace = khoảng trắng
toml-comment = ghi chú
toml-token = một từ
toml-end-of-input = hết tệp
toml-etc = v.v.
toml-string = chuỗi chữ
toml-integer = số nguyên
toml-float = số thập phân
toml-boolean = giá trị đúng/sai
toml-datetime = ngày giờ
toml-array = danh sách
toml-table = bảng
toml-inline-table = bảng viết trên một dòng
# Các phần của ngày tháng và giờ (bộ đọc ngày giờ).
toml-year-or-hour = năm hoặc giờ
toml-yyyy-mm-or-hh-mm = `-` (năm-tháng) hoặc `:` (giờ:phút)
toml-mm-dd = `-` (tháng-ngày)
toml-hh-mm = `:` (giờ:phút)
toml-t-between-date-and-time = `T` giữa ngày và giờ
toml-z-offset-offset = `Z`, +HH:MM hoặc -HH:MM (múi giờ)
toml-year = năm
toml-month = tháng
toml-day = ngày
toml-hour = giờ
toml-hours = giờ
toml-minute = phút
toml-minutes = phút
toml-second = giây
toml-nanosecond = phần lẻ của giây
toml-nanoseconds-overflowed = phần lẻ của giây quá dài
toml-a-four-digit-year-yyyy = năm viết bốn chữ số (YYYY)
toml-a-two-digit-month-mm = tháng viết hai chữ số (MM), ví dụ 04
toml-a-two-digit-day-dd = ngày viết hai chữ số (DD), ví dụ 05
toml-a-two-digit-hour-hh = giờ viết hai chữ số (HH), ví dụ 08
toml-a-two-digit-minute-mm = phút viết hai chữ số (MM), ví dụ 05
toml-a-two-digit-second-ss = giây viết hai chữ số (SS)
# Serde gặp gì và cần gì.
toml-sequence = một danh sách ([…])
toml-map = một bảng
toml-enum = một giá trị trong danh sách
toml-unit-value = giá trị rỗng
toml-option-value = giá trị tùy chọn
toml-byte-array = một dãy byte
toml-newtype-struct = một giá trị bọc
toml-unit-variant = một giá trị trong danh sách
toml-newtype-variant = một giá trị trong danh sách
toml-tuple-variant = một giá trị trong danh sách
toml-struct-variant = một giá trị trong danh sách
toml-offset-datetime = ngày giờ có múi giờ
toml-local-datetime = ngày giờ
toml-local-date = một ngày tháng
toml-local-time = một giờ trong ngày
toml-a-string = một chuỗi chữ ("…")
toml-a-borrowed-string = một chuỗi chữ ("…")
toml-a-boolean = true hoặc false
toml-a-character = một ký tự
toml-a-sequence = một danh sách ([…])
toml-a-map = một bảng
toml-u8 = một số nguyên không âm
toml-u16 = một số nguyên không âm
toml-u32 = một số nguyên không âm
toml-u64 = một số nguyên không âm
toml-usize = một số nguyên không âm
toml-i8 = một số nguyên
toml-i16 = một số nguyên
toml-i32 = một số nguyên
toml-i64 = một số nguyên
toml-isize = một số nguyên
toml-f32 = một số
toml-f64 = một số

## Giá trị do kehoach tự đọc (src/model/date.rs, src/profile.rs)

date-expected = cần một ngày tháng, ví dụ 2024-04-01 (hoặc "2024-04" với bản dự thảo chưa có ngày)
profile-range-form = một khoảng giá trị viết [nhỏ nhất, lớn nhất] (nhỏ nhất ≤ lớn nhất) hoặc [nhỏ nhất]

## Chữ bị hỏng (src/vietnamese/damage.rs)

eth-for-d = '{ $character }' (U+{ $code }, chữ eth { $what } của bảng chữ Latin) không phải chữ '{ $good }' (U+{ $good_code }) của tiếng Việt
eth-capital = hoa
eth-small = thường
hint-eth-for-d = thay { $character } (U+{ $code }) bằng { $good } (U+{ $good_code })
invisible-character = trong chữ có ký tự ẩn U+{ $code } ({ $name })
hint-invisible-character = xóa ký tự này: nó không in ra nhưng làm sai việc tìm kiếm và sao chép chữ
invisible-soft-hyphen = dấu gạch nối ẩn
invisible-zero-width-space = dấu cách không có độ rộng
invisible-zero-width-non-joiner = ký tự ngăn nối, không có độ rộng
invisible-zero-width-joiner = ký tự nối, không có độ rộng
invisible-left-to-right-mark = dấu chiều viết từ trái sang phải
invisible-right-to-left-mark = dấu chiều viết từ phải sang trái
invisible-bidirectional-override = ký tự đổi chiều viết
invisible-word-joiner = ký tự nối từ
invisible-bidirectional-isolate = ký tự tách chiều viết
invisible-byte-order-mark = dấu BOM: dấu cách không ngắt, không có độ rộng
control-character = không được dùng ký tự điều khiển U+{ $code }
control-character-named = không được dùng ký tự điều khiển U+{ $code } ({ $name })
hint-control-character = xóa ký tự này
control-nul = ký tự rỗng NUL
control-backspace = xóa lùi
control-vertical-tab = tab dọc
control-form-feed = sang trang
control-carriage-return = về đầu dòng
control-escape = thoát, ESC
look-alike-letter = từ '{ $word }' có chữ '{ $character }' (U+{ $code }) của { $script }, trông giống chữ Latin '{ $latin }'
hint-look-alike-letter = gõ lại từ này bằng bàn phím tiếng Việt; có lẽ nó được dán từ một nguồn khác
script-cyrillic = bảng chữ Kirin (tiếng Nga)
script-greek = bảng chữ Hy Lạp
legacy-encoding = chữ này có vẻ gõ bằng bảng mã { $encoding } nhưng bị đọc như Unicode: "{ $text }" (có lẽ là "{ $fixed }")
hint-legacy-encoding = chuyển mã sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey: { $converter } → Unicode) rồi dán lại

## Bảng (src/context/tables.rs)

table-row-cells = hàng này có { $cells } nhưng bảng có { $columns }: mỗi cột một ô, ô trống ghi ""
count-one-cell = 1 ô
count-cells = { $count } ô
count-one-column = 1 cột
count-columns = { $count } cột

## Ký hiệu tên loại mà quy định không còn dùng (templates/profiles/*.toml `[codes] refused_types`)

refused-type-code-qdi = HD 05 mục 3.1.2a ghi ký hiệu của Quy định là `QĐ` (như Quyết định); ký hiệu `QĐi` đã bãi bỏ cùng Công văn 3294-CV/VPTW/nb (HD 05 mục III.1)

## Gợi ý cho thông báo của bộ đọc TOML (src/load/mod.rs)

hint-backslash = trong chuỗi đặt trong ngoặc kép, dấu gạch chéo ngược viết thành `\\` ("C:\\Tài liệu"); hoặc đặt chuỗi trong dấu nháy đơn ('C:\Tài liệu')

## Các loại văn bản, mỗi loại một dòng cho `kehoach kinds` (src/model/mod.rs)

kind-description-ke-hoach = Kế hoạch của cấp ủy: mục đích, yêu cầu, nội dung theo từng lĩnh vực, tiến độ, tổ chức thực hiện
kind-description-cong-van = Công văn: trích yếu dưới số, ký hiệu, "Kính gửi:", nội dung
kind-description-bao-cao = Báo cáo: các phần đánh số, bảng số liệu, kết quả so với chỉ tiêu; báo cáo chính trị trình đại hội (`[congress_report]`): chủ đề in hoa và dòng "(Báo cáo của … trình Đại hội …)" thay cho tên loại và trích yếu
kind-description-huong-dan = Hướng dẫn: các cấp đề mục I- / 1. / a)
kind-description-quyet-dinh = Quyết định: các dòng căn cứ, câu quyết định, các điều "Điều 1. …"
kind-description-thong-bao = Thông báo ngắn
kind-description-nghi-quyet = Nghị quyết: dòng tác giả và căn cứ (nếu có), câu "… quyết nghị:", các phần I- / II-
kind-description-chi-thi = Chỉ thị: tình hình, rồi các yêu cầu đánh số
kind-description-thong-tri = Thông tri: hướng dẫn thực hiện một nghị quyết, chỉ thị
kind-description-de-an = Đề án: căn cứ, thực trạng, mục tiêu, nhiệm vụ và giải pháp, tổ chức thực hiện
kind-description-ket-luan = Kết luận: dòng tác giả trong phần tên văn bản ("CỦA BAN THƯỜNG VỤ …"), các điểm đánh số
kind-description-to-trinh = Tờ trình: "Kính trình:" dưới trích yếu, nơi nhận bắt đầu bằng "- Như trên;"
kind-description-quy-che = Quy chế: Chương / Mục / "Điều N." / khoản / điểm, "(Ban hành kèm theo Quyết định số …)"
kind-description-quy-dinh = Quy định: "… quy định … như sau:", Phần / Chương / Mục / "Điều N." / khoản / điểm
kind-description-chuong-trinh = Chương trình: các phần có bảng nhiệm vụ (chủ trì / phối hợp / thời gian), trang ngang khi cần
kind-description-bien-ban = Biên bản họp (HD 16-HD/VPTW): thời gian, địa điểm, chủ trì, thư ký, thành phần, diễn biến, giờ kết thúc; "NGƯỜI GHI BIÊN BẢN" bên trái, "CHỦ TRÌ HỘI NGHỊ" bên phải
kind-description-giay-moi = Giấy mời: "Trân trọng kính mời:", thời gian, địa điểm, nội dung, tài liệu mang theo; khổ A4 hoặc A5 (`paper = "A5"`)
kind-description-giay-gioi-thieu = Giấy giới thiệu: giới thiệu ai, chức vụ, đến đâu, về việc gì, giá trị đến ngày nào; khổ A4 hoặc A5 (`paper = "A5"`)
