# Thông báo của `kehoach check` (src/check, src/context): lỗi của tệp dữ liệu
# và gợi ý sửa. Mỗi mã ở đây cũng phải có trong locales/en/check.ftl.

## Các dòng tên cơ quan (src/check/header_lines.rs, HD 05 mục 2.1)

header-hint-name-alone = chỉ viết `{ $toml }` và xoá `issuer.superior`; tiêu đề in { $lines }
header-hint-write = viết `{ $toml }`; tiêu đề in { $lines }
header-congress-superior = văn bản của đại hội chỉ ghi tên đại hội, không ghi cơ quan cấp trên `{ $superior }` (HD 05 2.1.1)
header-congress-body-not-congress = văn bản của `{ $name }` ghi tên đại hội ở dòng trên: `{ $superior }` không phải là đại hội (HD 05 2.1.1)
header-congress-body-no-superior = văn bản của `{ $name }` ghi tên đại hội ở dòng trên: thiếu `issuer.superior` (HD 05 2.1.1)
header-central-superior = văn bản của Ban Chấp hành Trung ương chỉ ghi "BAN CHẤP HÀNH TRUNG ƯƠNG", không ghi `{ $superior }` (HD 05 2.1.2a)
header-central-organ = văn bản của `{ $name }` ghi tên cơ quan ban hành là "BAN CHẤP HÀNH TRUNG ƯƠNG" (HD 05 2.1.2a)
header-standing-committee = văn bản của ban thường vụ ghi tên cấp ủy `{ $committee }`, không ghi `{ $name }` (HD 05 2.1.2)
header-provincial-superior = văn bản của tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương chỉ ghi tên cấp ủy, không ghi cơ quan cấp trên `{ $superior }` (HD 05 2.1.2b)
header-under-party-no-superior = văn bản của `{ $name }` ghi tên đảng bộ cấp trên trực tiếp ở dòng trên (HD 05 2.1.2c–đ): thiếu `issuer.superior`
header-hint-superior-party-province = { $hint } (đảng bộ cấp trên trực tiếp, ví dụ "Đảng bộ tỉnh Ninh Bình")
header-hint-superior-party-commune = { $hint } (đảng bộ cấp trên trực tiếp, ví dụ "Đảng bộ xã Nghĩa Thái")
header-under-party-committee = dòng trên ghi tên đảng bộ cấp trên `{ $party }`, không ghi tên cấp ủy `{ $superior }` (HD 05 2.1.2c–đ)
header-cell-no-superior = văn bản của chi bộ ghi tên đảng bộ cấp trên ở dòng trên (HD 05 2.1.2đ): thiếu `issuer.superior`
header-hint-body-committee = { $hint } (cấp ủy mà cơ quan trực thuộc, ví dụ "Tỉnh ủy Đồng Nai")
header-body-no-superior = văn bản của `{ $name }` ghi tên cấp ủy mà cơ quan trực thuộc ở dòng trên (HD 05 2.1.3–2.1.4): thiếu `issuer.superior`
header-body-party-superior = dòng trên ghi tên cấp ủy `{ $committee }` mà cơ quan trực thuộc, không ghi đảng bộ `{ $superior }` (HD 05 2.1.3–2.1.4)
header-joint-superior = văn bản liên tịch ghi tên đầy đủ của các cơ quan ban hành, không ghi cơ quan cấp trên `{ $superior }` (HD 05 2.1.5)
header-joint-short-names = văn bản liên tịch ghi tên đầy đủ của từng cơ quan ban hành: { $names } không ghi cấp ủy mà cơ quan trực thuộc (HD 05 2.1.5)
header-hint-joint-full = viết `{ $toml }` (cấp ủy của từng ban)

## Các phần của từng loại văn bản (src/check/form_rules.rs)

part-not-allowed = { $kind } không có phần `{ $field }`
hint-part-not-allowed = `{ $field }` chỉ có trong: { $owners }; xem lại `kind`, hoặc chuyển nội dung vào `sections`
missing-addressees = Công văn phải ghi nơi gửi sau "Kính gửi:"
hint-missing-addressees = thêm `to = ["Ban Thường vụ các huyện ủy"]`
missing-articles = Quyết định phải có ít nhất một điều ("Điều 1. …")
hint-missing-articles = thêm `[[articles]]` với `text = ["…"]`
missing-kinh-trinh = Tờ trình phải ghi cơ quan được trình sau "Kính trình:"
hint-missing-kinh-trinh = thêm `kinh_trinh = ["Ban Thường vụ Tỉnh ủy"]` (hoặc `to = […]` với tờ trình ghi "Kính gửi:")
missing-minutes = Biên bản phải có phần `[minutes]`: thời gian, địa điểm họp, người chủ trì và người ghi biên bản
hint-missing-minutes = thêm `[minutes]` với `start`, `venue`, `agenda`, `end`, `[minutes.recorder]` và `[minutes.attendance]` (`kehoach new bien-ban` in ra mẫu)
missing-invitation = Giấy mời phải có phần `[invitation]`: mời ai, thời gian và địa điểm
hint-missing-invitation = thêm `[invitation]` với `guests`, `time`, `day` và `venue` (`kehoach new giay-moi` in ra mẫu)
missing-introduction = Giấy giới thiệu phải có phần `[introduction]`: giới thiệu ai, đến đâu và về việc gì
hint-missing-introduction = thêm `[introduction]` với `person`, `position`, `sent_to`, `purpose` và `valid_until` (`kehoach new giay-gioi-thieu` in ra mẫu)
tasks-outside-programme = { $kind } không có bảng nhiệm vụ
hint-tasks-outside-programme = `tasks` chỉ dùng trong Chương trình (`kind = "chuong-trinh"`); văn bản khác trình bày bảng bằng `[[sections.tables]]`
paper-a4-only = { $kind } trình bày trên khổ A4; chỉ giấy tờ hành chính (Giấy mời, Giấy giới thiệu) mới được dùng khổ A5 (HD 05 mục IV.3)
hint-paper-a4-only = bỏ `paper = "A5"`
missing-guests = Giấy mời phải ghi ít nhất một người được mời sau "Trân trọng kính mời:"
hint-missing-guests = thêm `guests = ["Đồng chí Bí thư các chi bộ trực thuộc"]`
valid-until-before-date = giấy chỉ có giá trị đến { $until }, trước cả ngày ký giấy { $date }
hint-valid-until-before-date = xem lại năm: `valid_until` là ngày cuối cùng giấy còn giá trị
congress-presented-line = dòng dưới chủ đề báo cáo chính trị bắt đầu bằng "{ $opening }" (HD 05 mục 5.1.2: "(Báo cáo của Ban Chấp hành … trình Đại hội …)")
hint-congress-presented-line = ví dụ `presented = "Báo cáo của Ban Chấp hành Đảng bộ tỉnh khóa I trình Đại hội đại biểu Đảng bộ tỉnh lần thứ II"` (kehoach tự thêm dấu ngoặc đơn)
congress-subject-capitals = báo cáo chính trị trình đại hội không có trích yếu để in hoa: chủ đề luôn in chữ in hoa (HD 05 mục 5.1.2)
hint-congress-subject-capitals = bỏ `subject_capitals`
congress-no-subject = báo cáo chính trị trình đại hội in chủ đề thay cho trích yếu (HD 05 mục 5.1.2)
hint-congress-no-subject = bỏ `subject`; chủ đề ghi ở `congress_report.theme`
hint-add-field-of-kind = thêm trường này; `kehoach new { $kind }` in ra một tệp mẫu đầy đủ

## Các phần của từng loại văn bản, tiếp (src/check/form_rules.rs)

rules-opening-wording = câu mở đầu của { $kind } kết thúc bằng "{ $ending }"
hint-rules-opening-wording = ví dụ `enacting = "Ban Thường vụ Tỉnh ủy quy định về … như sau:"`
issued-with-number = `{ $number }` không phải số, ký hiệu của một Quyết định ("125-QĐ/TU")
hint-issued-with-number = ghi số, ký hiệu như in trên quyết định, ví dụ `number = "125-QĐ/TU"` (bản dự thảo để trống trước dấu "-")
empty-division = chương, mục này chưa có điều nào
hint-empty-division = thêm `[[…articles]]` vào dưới, hoặc bỏ chương, mục này
enacting-wording = câu quyết nghị của Nghị quyết kết thúc bằng "{ $ending }"
hint-enacting-wording = ví dụ `enacting = "Ban Chấp hành Đảng bộ tỉnh quyết nghị:"`
issuer-code = `{ $code }` không phải chữ viết tắt tên cơ quan ban hành theo thể thức văn bản của Đảng
hint-issuer-code = viết chữ viết tắt bằng chữ in hoa, ví dụ ĐU, TU, HU, BDVTU; văn bản liên tịch nối các cơ quan bằng dấu "-" (BTCTU-BDVTU)
hint-number-zero = bản dự thảo chưa có số thì bỏ `number`
copy-number = số bản sao đánh từ 01 trong mỗi nhiệm kỳ cấp ủy (HD 05 Phụ lục 3)
hint-copy-number = bản sao đầu tiên của nhiệm kỳ ghi `number = 1`
missing-copy-recipients = bản sao phải ghi nơi nhận ("Nơi nhận bản sao")
hint-missing-copy-recipients = thêm `recipients = ["Các đảng ủy trực thuộc"]`
copy-before-original = bản sao đề ngày { $copy }, trước ngày của văn bản được sao ({ $date })
hint-copy-before-original = `date` của bản sao là ngày sao
copy-form-hd36 = bản sao làm ngày { $date } theo thể thức bản sao của HD 36, kehoach không trình bày thể thức này
hint-copy-form-hd36 = kehoach trình bày bản sao theo HD 05 (dấu sao dưới "Nơi nhận", từ 27/5/2026): ghi ngày sao là ngày thực hiện sao
missing-recipients = { $kind } phải có phần "Nơi nhận"
hint-missing-recipients = thêm `[recipients]` với `archive = "VPĐU"` (và `to = [...]`); chỉ Biên bản mới được không có nơi nhận
deadline-before-date = ngày { $date } trước ngày ban hành văn bản { $issued }
hint-deadline-before-date = xem lại năm; thời hạn không thể trước ngày ban hành kế hoạch

## Quy chế, quy định (src/check/form_rules.rs)

missing-rules-articles = { $kind } phải có các điều ("Điều 1. …"), chia chương hoặc không
hint-missing-rules-articles = thêm `[[divisions]]` với `title = "Quy định chung"` và `[[divisions.articles]]`, hoặc `[[articles]]`

## Giới hạn kích thước (src/check/limits.rs)

limit-file-bytes = tệp dài { $len } byte; giới hạn là { $limit } byte (4 MiB)
hint-limit-file-bytes = tách văn bản, hoặc đưa các phụ lục dài ra ngoài
limit-toml-depth = dữ liệu lồng nhau quá { $limit } cấp (danh sách trong danh sách, bảng trong bảng, hoặc khóa có chấm nhiều phần như vậy); đó là giới hạn
hint-limit-toml-depth = văn bản của Đảng chỉ cần vài cấp: kiểm tra các dấu ngoặc thừa
limit-values = tệp có hơn { $limit } giá trị; đó là giới hạn
hint-limit-large = một văn bản của Đảng không lớn như vậy: hãy tách ra
limit-string-bytes = chuỗi này dài { $len } byte; giới hạn cho một chuỗi là { $limit } byte (64 KiB)
hint-limit-string-bytes = tách thành nhiều đoạn (mỗi đoạn một chuỗi trong danh sách)
limit-text-bytes = chữ của tệp vượt quá { $limit } byte (1 MiB) tại đây; đó là giới hạn
hint-limit-long = một văn bản của Đảng không dài như vậy: hãy tách ra
limit-section-depth = các phần lồng nhau quá { $limit } cấp tại đây; đó là giới hạn
hint-limit-section-depth = giảm số cấp: từ cấp thứ năm trở xuống vẫn chỉ in thành đề mục gạch đầu dòng
limit-pages = văn bản dàn trang thành { $count } trang; giới hạn là { $limit } trang
hint-limit-pages = tách văn bản, hoặc xem lại các thông số trong [layout] (cỡ chữ, giãn dòng hoặc giãn đoạn lớn làm tăng số trang)
limit-pages-estimate = văn bản sẽ dàn trang thành khoảng { $count } trang; giới hạn là { $limit } trang

## Ảnh chữ ký, con dấu (src/check/images.rs)

seal-diameter = không có con dấu đường kính { $diameter } mm; đường kính phải từ { $min } đến { $max } mm
hint-seal-diameter = đo lại con dấu: con dấu của Đảng có đường kính khoảng 30–42 mm
plan-directory = không mở được thư mục của văn bản để đọc ảnh: { $reason }
hint-image-path = ghi đường dẫn tính từ tệp văn bản, trong thư mục của nó (ví dụ "chu-ky.png")
image-path-not-inside = `{ $path }` không phải đường dẫn trong thư mục của văn bản
image-path-parent = `{ $path }` dẫn ra ngoài thư mục của văn bản (`..`)
image-not-png = `{ $path }` không phải tệp PNG
hint-image-not-png = xuất ảnh ra dạng PNG, nền trong suốt
image-missing = không có `{ $path }` trong thư mục của văn bản
image-path-outside = không được đọc: `{ $path }` dẫn ra ngoài thư mục của văn bản (liên kết tượng trưng)
image-too-large = `{ $path }` dài { $len } byte; giới hạn cho một ảnh là { $limit } byte (2 MiB)
hint-image-too-large = ảnh chữ ký hoặc con dấu chỉ cần tối đa 600 × 600 điểm ảnh
image-content-not-png = `{ $path }` không phải ảnh PNG (nội dung tệp không phải PNG)
image-opaque = `{ $path }` không có nền trong suốt: ảnh sẽ che chữ bên dưới
hint-image-opaque = xuất ảnh ra dạng PNG có kênh alpha (RGBA), nền trong suốt

## Cảnh báo được cho phép (src/check/allow.rs)

unused-allow = `{ $id }` được cho phép nhưng văn bản không có cảnh báo này
hint-unused-allow = bỏ mã này khỏi `[check] allow`
hint-allow-did-you-mean = có phải ý bạn là `{ $near }`? Mã cảnh báo in trong ngoặc vuông sau chữ "cảnh báo"
hint-allow-ids = mã cảnh báo in trong ngoặc vuông sau chữ "cảnh báo" (ví dụ `mixed-tone-marks`), hoặc là mã quy định của `kehoach verify` (ví dụ `P-BODY-1`)
unknown-allow = `{ $id }` không phải mã của cảnh báo nào

## Ký tự phông chữ không có (src/check/glyphs.rs)

character-not-in-font = ký tự '{ $character }' (U+{ $code }) không có trong phông chữ nhúng ({ $font })
hint-character-not-in-font = bỏ hoặc thay ký tự này; nếu không sẽ in ra chỗ trống
capital-not-in-font = chữ in hoa của '{ $character }' (U+{ $code }) là '{ $capital }' (U+{ $capital_code }), không có trong phông chữ nhúng ({ $font })
hint-capital-not-in-font = ở tên cơ quan, phần chữ ký và đề mục cấp 1 (in hoa), ký tự này sẽ in ra chỗ trống; hãy thay ở những chỗ đó

## Kiểm tra theo quy định áp dụng (src/check/rule_set.rs)

abolished-district-body = `{ $name }` là cơ quan cấp huyện: cấp huyện đã kết thúc hoạt động từ ngày 01/7/2025
hint-abolished-district-body = văn bản đề ngày { $date } không thể do { $body } ban hành hay gửi { $body }: đảng bộ xã trực thuộc đảng bộ tỉnh ("Đảng bộ tỉnh …", "Đảng bộ thành phố …")
tm-not-allowed = `T/M { $body }`: theo { $rule_set }, { $refused } không ký "T/M"
hint-tm-not-allowed = HD 05 mục 7.1.1a chỉ cho đại hội, cấp ủy, ủy ban kiểm tra và hội đồng ký "T/M": ký thay mặt cấp ủy hoặc ban thường vụ (authority = "T/M", body = "Ban Thường vụ")
issuer-code-initials = chữ viết tắt `{ $code }` không khớp tên cơ quan `{ $name }`: theo HD 05 mục 3.1.2b là `{ $expected }`
hint-issuer-code-initials = viết code = "{ $expected }" (chữ cái đầu của mỗi âm tiết trong tên, bỏ chữ "và", rồi chữ viết tắt của cấp ủy; văn bản liên tịch nối chữ viết tắt của các cơ quan bằng dấu "-")
place-name-province = địa danh `{ $place }` trùng tên tỉnh: HD 05 ghi cấp hành chính trước địa danh
place-name-person = địa danh `{ $place }` là tên người: HD 05 ghi cấp hành chính trước địa danh
place-name-one-syllable = địa danh `{ $place }` chỉ có một âm tiết: HD 05 ghi cấp hành chính trước địa danh
hint-place-name-level = viết place = "{ $level } { $place }" (HD 05 mục 4.1.1c: ví dụ "Thành phố Huế", "Phường Ngô Quyền")
hint-place-name-any-level = ghi cấp hành chính trước địa danh: "Xã { $place }", "Phường { $place }", "Thành phố { $place }" … (HD 05 mục 4.1.1c)

## Văn bản liên tịch (src/check/signatures.rs)

joint-code-one-body = chữ viết tắt liên tịch `{ $code }` có { $parts } phần, nhưng `issuer.name` chỉ ghi 1 cơ quan: { $names }
joint-code = chữ viết tắt liên tịch `{ $code }` có { $parts } phần, nhưng `issuer.name` ghi { $bodies } cơ quan: { $names }
hint-joint-code-names = văn bản liên tịch ghi mọi cơ quan ban hành trong `issuer.name`, cơ quan chủ trì trước, nối bằng " - " (HD 05 mục 2.1.5, 2.2.3)
hint-joint-code = mỗi cơ quan một chữ viết tắt, cùng thứ tự, nối bằng "-" (HD 05 mục 3.1.2b(iii), ví dụ "05-QC/BTCTU-BNCTU"): code = "{ $example }"
joint-signers = văn bản liên tịch của { $bodies } cơ quan do từng cơ quan ký: `[signer]` cho cơ quan chủ trì và { $others } khối `[[co_signers]]`, hiện có { $found }
hint-joint-signers-extra = bỏ khối `[[co_signers]]` thừa, hoặc ghi cơ quan của người ký đó vào `issuer.name` (HD 05 mục 7.1.4g, 7.2.4)
hint-joint-signers-missing = thêm khối `[[co_signers]]` cho { $missing } (HD 05 mục 7.1.4g, 7.2.4: cơ quan chủ trì bên phải, các cơ quan khác bên trái)
joint-signature-body = trong văn bản liên tịch, mỗi chữ ký ghi rõ cơ quan của mình: chữ ký này chưa ghi "{ $body }"
hint-joint-signature-body = ghi đầy đủ chức vụ kèm tên cơ quan (HD 05 mục 7.1.2, 7.1.4g), ví dụ position = "Trưởng { $body }"

## Kiểu đặt dấu thanh (src/check/text.rs)

one-word = 1 từ
words = { $count } từ
tone-style-old = cũ
tone-style-new = mới
mixed-tone-marks = văn bản dùng lẫn hai kiểu đặt dấu thanh: “{ $word }” ở đây (kiểu { $style }, { $count }) và “{ $other }” ở dòng { $line } (kiểu { $other_style }, { $other_count })
hint-mixed-tone-marks = cả hai cách viết đều đúng; muốn in thống nhất một kiểu, đặt `[layout.spelling] tone_marks = "{ $setting }"`
