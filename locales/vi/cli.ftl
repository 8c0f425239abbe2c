# Thông báo của dòng lệnh (src/cli, src/main.rs) và các bước nó chạy (dàn
# trang, bộ thông số, thư mục mẫu, nguồn đính kèm). Mỗi mã ở đây cũng phải có
# trong locales/en/cli.ftl.

## Trình bày và theo dõi (src/cli/render.rs, src/cli/watch.rs)

cli-error-line = lỗi: { $message }
cli-ppi-range = --ppi phải từ 1 đến 2400
cli-metadata-extension = --metadata { $file }: tên tệp phải kết thúc bằng .json hoặc .xml
cli-metadata-needs-layout = --metadata cần văn bản đã dàn trang (để đếm số trang): dùng --format pdf, png hoặc svg
cli-signature-needs-pdf = --signature-fields và --signature-map chỉ dùng với --format pdf
cli-format-extension-conflict = `{ $file }` là tên tệp .{ $named }, nhưng --format là { $format }: bỏ --format (đuôi tệp quyết định dạng), hoặc đặt tên tệp đuôi .{ $format }
cli-embed-needs-pdf = --embed-source chỉ dùng với --format pdf
cli-signature-tagged = --signature-fields với --pdf-standard { $standard }: chuẩn có gắn thẻ cần mọi ô ký nằm trong cây cấu trúc, kehoach chưa ghi được; dùng a-2b hoặc a-3b
cli-one-document-only = --metadata và --signature-map ghi ra một tệp: mỗi lần chỉ trình bày một văn bản với các tùy chọn này
cli-source-date-epoch = SOURCE_DATE_EPOCH phải là số giây tròn kể từ 1970-01-01 UTC (từ 0 đến { $max }), không phải `{ $value }`
cli-rendered-summary = đã trình bày { $done } trên { $total } văn bản ({ $seconds } giây)
cli-rendered-summary-failed = đã trình bày { $done } trên { $total } văn bản, { $failed } văn bản lỗi ({ $seconds } giây)
cli-file-rule-set = { $file }: quy định áp dụng { $rule_set }
cli-wrote = đã ghi { $file }
cli-batch-wrote = { $counter }đã ghi { $file }; quy định áp dụng { $rule_set }
cli-batch-wrote-pages = { $counter }đã ghi { $file } (và { $more } trang nữa); quy định áp dụng { $rule_set }
cli-batch-failed = { $counter }lỗi: { $file }
cli-watch-directory = { $file } là một thư mục; `kehoach watch` theo dõi một tệp TOML
cli-watch-rendered = đã trình bày ({ $seconds } giây); đang theo dõi thay đổi của { $file } (Ctrl-C để dừng)
cli-watch-failed = lỗi; không ghi gì, bản trình bày đúng gần nhất vẫn giữ nguyên ({ $seconds } giây); đang theo dõi thay đổi của { $file } (Ctrl-C để dừng)

## Kiểm tra thể thức (src/cli/verify.rs)

cli-verify-embedded = { $file } (nguồn đính kèm { $source }, bộ thông số { $profile })
cli-verify-one-warning = , 1 cảnh báo
cli-verify-warnings = , { $count } cảnh báo
cli-verify-unmeasurable = , { $count } quy định không đo được
cli-verify-departures = { $file }: các điểm khác biệt đã ghi rõ (docs/form-rules.md): { $ids }
cli-verify-all-hold = { $file }: đạt cả { $total } quy định{ $warnings }
cli-verify-some-fail = { $file }: { $failed } trên { $total } quy định KHÔNG ĐẠT{ $warnings }

## Lấy tệp đính kèm (src/cli/extract.rs)

cli-cannot-read = không đọc được { $file }: { $reason }
cli-nothing-embedded = lỗi: { $file } không có tệp đính kèm
    {"   "}= gợi ý: trình bày với --embed-source (hoặc một chuẩn PDF/A-3)
cli-embedded-name-refused = { $file }: không nhận tên tệp đính kèm { $name }
cli-exists-force = { $file } đã có; dùng --force để ghi đè
cli-cannot-create = không tạo được { $file }: { $reason }

## So sánh, máy chủ MCP (src/cli/diff.rs, src/cli/mcp.rs)

cli-git-failed = không đọc được { $spec } bằng `git show`: { $why }
cli-git-hint = viết REV:ĐƯỜNG-DẪN với đường dẫn từ thư mục hiện tại, trong một kho git (ví dụ HEAD~1:plans/x.toml)
cli-hint-line = {"  "}= gợi ý: { $hint }
cli-mcp-root = kehoach mcp: thư mục gốc { $dir }

## Lỗi của thư viện (src/error.rs)

io-read = không đọc được { $path }: { $reason }
io-write = không ghi được { $path }: { $reason }
io-read-dir = không đọc được thư mục { $path }: { $reason }
io-create-output-dir = không tạo được thư mục kết quả { $path }: { $reason }
io-open-fonts = không mở được thư mục phông chữ { $path }: { $reason }
io-read-fonts = không đọc được thư mục phông chữ { $path }: { $reason }
io-open-templates = không mở được thư mục mẫu trình bày { $path }: { $reason }
io-other = không { $action } được { $path }: { $reason }
internal-error = lỗi nội bộ (xin báo lại): { $message }
internal-panicked = lỗi nội bộ (xin báo lại): trình bày { $file } bị dừng đột ngột: { $message }
