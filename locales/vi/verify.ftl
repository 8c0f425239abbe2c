# Thông báo của `kehoach verify` (src/verify): tên từng quy định thể thức trên
# trang, điều quy định đòi hỏi và điều đo được. Mỗi mã ở đây cũng phải có
# trong locales/en/verify.ftl (tests/i18n.rs kiểm tra).

## Dòng kết quả in ra (src/verify/names.rs)

verify-result = { $status } { $id } { $rule }: cần { $expected }, đo được { $actual }
verify-status-pass = ĐẠT
verify-status-fail = KHÔNG ĐẠT
verify-status-warn = CẢNH BÁO
verify-status-departure = ĐẠT (NGOẠI LỆ ĐÃ GHI)
verify-status-not-measurable = KHÔNG ĐO ĐƯỢC
verify-not-found = không thấy trên trang

rule-asterisk = dấu sao
rule-author-lines = dòng tác giả
rule-body = nội dung
rule-body-text-size = cỡ chữ phần nội dung
rule-bottom-margin = lề dưới
rule-can-cu-lines = các dòng căn cứ
rule-circulation-scope = phạm vi lưu hành
rule-confirmation-block = phần xác nhận
rule-confirmation-of-the-chair-s-signature = xác nhận chữ ký của người chủ trì
rule-congress-theme = chủ đề đại hội
rule-contact-information = thông tin liên hệ
rule-content-ends-with-a-full-stop = nội dung kết thúc bằng dấu chấm
rule-copier-s-signature = chữ ký của người sao
rule-copy-stamp = dấu bản sao
rule-dieu-n-lines = các dòng "Điều N."
rule-enacting-sentence = câu quyết nghị, ban hành
rule-first-line-indent = thụt đầu dòng
rule-header-names-fit-the-left-column = tên cơ quan vừa cột trái
rule-justified = căn đều hai bên
rule-khong-pho-bien = dấu "không phổ biến"
rule-left-margin = lề trái
rule-line-spacing = khoảng cách dòng
rule-margins = lề trang
rule-no-hyphenation = không ngắt từ bằng gạch nối
rule-no-page-number-on-page-1 = trang 1 không đánh số trang
rule-noi-nhan = "Nơi nhận:"
rule-number = số, ký hiệu
rule-number-and-date-on-one-row = số, ký hiệu và ngày tháng trên một hàng
rule-page-number-position = vị trí số trang
rule-page-numbers = số trang
rule-page-size = khổ giấy
rule-paragraph-spacing = khoảng cách đoạn
rule-phan-chuong-muc-headings = đề mục Phần / Chương / Mục
rule-place-and-date = địa danh và ngày tháng
rule-place-and-date-on-one-line = địa danh và ngày tháng trên một dòng
rule-recipients = nơi nhận
rule-recorder-s-signature = chữ ký của người ghi biên bản
rule-right-margin = lề phải
rule-signature-grid = bố cục chữ ký liên tịch
rule-signing-authority = thẩm quyền ký
rule-subject = trích yếu
rule-subject-in-normal-case = trích yếu chữ thường
rule-subject-of-a-cong-van = trích yếu công văn
rule-table-of-tasks = bảng nhiệm vụ
rule-text-colour = màu chữ
rule-text-encoding = mã hóa chữ
rule-title = tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM"
rule-title-on-one-line = tiêu đề trên một dòng
rule-title-position = vị trí tiêu đề
rule-title-rule = đường kẻ dưới tiêu đề
rule-top-margin = lề trên
rule-type-name = tên loại văn bản
rule-typeface = phông chữ
rule-typist-s-code-and-copies = ký hiệu người đánh máy và số bản
rule-typist-s-line = dòng ký hiệu người đánh máy

## Quy định trên trang không đạt, thành cảnh báo của check và render (src/verify/warnings.rs)

page-breaks-rule = trang không đạt quy định { $id } ({ $rule }): cần { $expected }, đo được { $actual }
unused-allow-page-rule = `{ $id }` được cho phép nhưng các trang đã đạt quy định này
hint-fix-place-name = viết tắt địa danh (HD 05 mục 4.2.3 cho viết "TP." và "ĐK")
hint-fix-header-name = rút gọn tên hoặc dùng tên viết tắt thông dụng của cơ quan
hint-fix-layout = xem lại các thông số trong `[layout]`
hint-page-rule = `kehoach verify` liệt kê mọi quy định; nếu cố ý như vậy, thêm "{ $id }" vào `[check] allow`
hint-page-rule-fix = { $fix }; `kehoach verify` liệt kê mọi quy định; nếu cố ý như vậy, thêm "{ $id }" vào `[check] allow`
rule-balanced-title-lines = các dòng tên loại, trích yếu cân đối
rule-numbers-and-dates-on-one-line = số, ký hiệu và ngày tháng trên một dòng
rule-names-of-a-signature-row-level = họ tên người ký cùng hàng ngang nhau
rule-room-between-the-signature-columns = khoảng cách giữa các cột chữ ký
