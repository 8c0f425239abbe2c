# Thông báo về cấp số, ban hành và sổ văn bản đi (src/issuing, `kehoach issue`,
# `kehoach register`, kiểm tra số và trạng thái). Mỗi mã ở đây cũng phải có
# trong locales/en/issuing.ftl.

## Cấp số và ngày ban hành (src/issuing/issue.rs, src/cli/issue.rs)

issue-date-incomplete = ngày ban hành phải đủ ngày, tháng, năm
issue-number-taken = số { $number } đã cấp cho { $other } ({ $code })
hint-issue-next-free = số tiếp theo còn trống là { $next }
issue-number-zero = số văn bản bắt đầu từ 01
issue-signed-month = văn bản đã ký in sẵn tháng { $printed }; ngày ban hành { $date } thuộc tháng khác
hint-issue-signed-month = ban hành với --date trong { $printed }, hoặc in lại với date = "{ $wanted }" để ký lại
issue-no-date-key = không tìm thấy khoá `date`
cli-date-form = --date: ghi YYYY-MM-DD
issue-has-errors = { $file }: văn bản còn lỗi, chưa ban hành được
issue-done = { $file }: đã ban hành số { $code }, ngày { $date }
issue-already = { $file }: đã ban hành từ trước ({ $code }, ngày { $date }); không thay đổi gì

## Sổ văn bản đi (src/issuing/register.rs, src/cli/register.rs)

register-sheet = Sổ văn bản đi
register-col-number = Số, ký hiệu
register-col-date = Ngày
register-col-kind = Tên loại
register-col-subject = Trích yếu
register-col-signer = Người ký
register-col-recipients = Nơi nhận
register-col-copies = Số bản
register-col-file = Tệp
number-gap = sổ thiếu số { $missing } ({ $series }, { $period }): giữa { $before } ({ $before_code }) và văn bản này ({ $code })
hint-number-gap = số đánh liên tục: nếu các số này đã cấp cho văn bản lưu nơi khác thì không sao; nếu không, kiểm tra số của văn bản này
register-no-issuer = không có văn bản nào đã có số: ghi --issuer CODE
register-several-issuers = các văn bản có nhiều mã cơ quan ban hành ({ $codes }): ghi --issuer CODE

## Nhiệm kỳ (src/issuing/config.rs)

config-unreadable = không đọc được tệp cấu hình: { $reason }
hint-config-form = xem mẫu `kehoach.toml` trong docs/issuing.md: mỗi `[[term]]` có `issuer`, `start`, và có thể `end`, `label`
term-ends-before-start = nhiệm kỳ thứ { $index } của { $issuer } kết thúc ({ $end }) trước khi bắt đầu ({ $start })
terms-overlap = hai nhiệm kỳ của { $issuer } chồng lên nhau (bắt đầu { $first } và { $second })
hint-terms-overlap = nhiệm kỳ trước kết thúc trước ngày đại hội mở nhiệm kỳ sau: ghi `end` của nó
no-terms-config = không tìm thấy { $config } ở thư mục của văn bản hay thư mục trên: số văn bản được so theo năm dương lịch, không theo nhiệm kỳ
hint-no-terms-config = ghi các nhiệm kỳ của mỗi cơ quan ban hành vào { $config } ở gốc kho văn bản (docs/issuing.md)
outside-terms = ngày { $date } không thuộc nhiệm kỳ nào của { $issuer } trong { $config }: số được so trong năm { $year }
hint-outside-terms = thêm nhiệm kỳ chứa ngày này vào { $config }, hoặc sửa ngày

## Số văn bản, trạng thái, Chủ nhật (src/check/numbers.rs, status.rs, calendar.rs)

period-congress = đại hội { $label }
period-term = nhiệm kỳ { $label }
period-year = năm { $year }
duplicate-number = số { $code } { $period } trùng với số của { $other }
duplicate-number-congress = số { $code } { $period } trùng với số của { $other } ({ $first_code }; đại hội đánh số chung mọi loại văn bản)
hint-duplicate-number = số văn bản đánh liên tục theo từng tên loại trong một nhiệm kỳ cấp uỷ (HD 05 3.1.1): cho một văn bản số tiếp theo còn trống (`{ $next }`)
deadline-on-sunday = hạn { $date } rơi vào Chủ nhật
hint-deadline-on-sunday = chuyển sang ngày làm việc (thứ Sáu { $friday } hoặc thứ Hai { $monday }), hoặc giữ bằng `[check] allow = ["{ $id }"]`
dated-on-sunday = văn bản đề ngày { $date }, là Chủ nhật
hint-dated-on-sunday = kiểm tra lại ngày ban hành, hoặc giữ bằng `[check] allow = ["{ $id }"]`
status-ready-numbered = văn bản chờ ký chưa có số: văn thư cấp số khi ban hành
hint-status-ready-numbered = bỏ `number`; sau khi ký, `kehoach issue` cấp số và ngày
status-ready-dated = văn bản chờ ký để trống ngày: văn thư điền ngày khi ban hành
hint-status-ready-dated = ghi tháng và năm: date = "{ $month }"
status-ready-draft = văn bản chờ ký không còn là dự thảo
hint-status-ready-draft = bỏ `marks.draft`
status-issued-incomplete = văn bản đã ban hành phải có số và đủ ngày tháng năm
hint-status-issued-incomplete = `kehoach issue` cấp số và ngày
