# kehoach's messages while it writes and signs (src/render, src/typeset,
# src/sandbox.rs, src/document_system, src/docx, src/diff, src/report,
# src/printed, src/mcp, file errors). Every id here is also in
# locales/en/output.ftl.

## Lỗi của hệ điều hành, nói theo loại lỗi (src/error.rs)

io-kind-not-found = không có tệp hoặc thư mục này
io-kind-permission-denied = không có quyền truy cập
io-kind-already-exists = đã có một tệp hoặc thư mục cùng tên
io-kind-is-a-directory = đây là một thư mục, không phải tệp
io-kind-not-a-directory = một phần của đường dẫn không phải thư mục
io-kind-directory-not-empty = thư mục còn tệp bên trong
io-kind-read-only = ổ đĩa chỉ cho đọc, không cho ghi
io-kind-storage-full = ổ đĩa đã hết chỗ trống
io-kind-file-too-large = tệp quá lớn
io-kind-busy = tệp đang được chương trình khác sử dụng
io-kind-invalid-data = dữ liệu không đúng dạng (ví dụ không phải văn bản UTF-8)
io-kind-invalid-filename = tên tệp không hợp lệ
io-kind-unexpected-eof = tệp kết thúc giữa chừng
io-kind-interrupted = bị ngắt giữa chừng
io-kind-timed-out = quá thời gian chờ
io-kind-crosses-devices = không chuyển được sang ổ đĩa khác
io-kind-too-many-links = quá nhiều liên kết
io-kind-out-of-memory = không đủ bộ nhớ
io-kind-unsupported = hệ thống này không hỗ trợ
io-kind-other = lỗi của hệ thống: { $reason }

## Đọc tệp PDF (src/document_system/pdf_file.rs, embed.rs, sign.rs)

pdf-not-ours = không phải tệp PDF do kehoach (hoặc typst) ghi ra: { $why }
pdf-no-header = tệp không bắt đầu bằng %PDF-
pdf-no-startxref = không có startxref
pdf-bad-startxref = startxref bị hỏng
pdf-broken-xref-chain = chuỗi các bảng tham chiếu chéo bị đứt
pdf-xref-streams = chưa đọc được bảng tham chiếu chéo dạng luồng
pdf-trailer-not-dictionary = phần trailer không phải từ điển
pdf-page-tree-deep = cây trang có quá nhiều cấp
pdf-page-node-no-kids = một nút của cây trang thiếu /Kids
pdf-bad-xref = bảng tham chiếu chéo bị hỏng
pdf-bad-key = { $key } bị hỏng
pdf-no-key = thiếu { $key }
pdf-nested-too-deeply = các đối tượng lồng nhau quá nhiều cấp
pdf-unexpected-end = tệp kết thúc giữa chừng
pdf-unterminated-string = một chuỗi không có dấu đóng
pdf-unterminated-hex = một chuỗi hex không có dấu đóng
pdf-key-not-name = khóa của từ điển không phải tên: { $found }
pdf-bad-object-number = số đối tượng { $number } bị hỏng
pdf-bad-generation = số thế hệ của đối tượng bị hỏng
pdf-unexpected-word = gặp `{ $word }` không đúng chỗ, ở byte { $at }
pdf-object-missing = thiếu đối tượng { $id }
pdf-object-misplaced = đối tượng { $id } không nằm ở chỗ bảng tham chiếu chéo ghi
pdf-object-not-stream = đối tượng { $id } không phải luồng dữ liệu
pdf-object-not-dictionary = đối tượng { $id } không phải từ điển mà là { $found }
pdf-stream-no-length = luồng dữ liệu { $id } thiếu /Length
pdf-stream-past-end = luồng dữ liệu { $id } vượt quá cuối tệp
pdf-no-stream-keyword = thiếu từ khóa stream
pdf-expected-array = cần một mảng, gặp { $found }
pdf-catalog-key-not-dictionary = { $key } của catalog không phải từ điển
sign-no-page = văn bản không có trang { $page }
embed-file-without-stream = một tệp đính kèm không có luồng dữ liệu
embed-file-compressed = tệp đính kèm { $name } bị nén; kehoach chỉ đọc các tệp đính kèm không nén do chính nó ghi
embed-standard-refuses = --embed-source với --pdf-standard { $standard }: PDF/A-1 và PDF/A-2 chỉ cho đính kèm tệp PDF/A; dùng a-3b
embed-no-record = tệp PDF không có tệp đính kèm { $name }
embed-no-source = tệp PDF không có tệp nguồn đính kèm { $name }
hint-embed-verify-embedded = chỉ thẩm định được tệp PDF trình bày với --embed-source (hoặc theo chuẩn PDF/A-3)
hint-embed-render-embedded = trình bày lại với --embed-source (hoặc theo chuẩn PDF/A-3)
hint-embed-render = trình bày lại với --embed-source
hint-embed-record-damaged = bản ghi tùy chọn trình bày đính kèm trong tệp bị hỏng
embed-differs = tệp khác với bản trình bày lại từ nguồn đính kèm, từ byte { $at } (trên tổng số { $total }): tệp đã bị sửa sau khi trình bày
embed-identical = trùng khớp với bản trình bày lại từ nguồn đính kèm
embed-identical-signed = trùng khớp với bản trình bày lại từ nguồn đính kèm; { $revisions } lần sửa sau đó chỉ điền vào ô chữ ký
embed-trailing-bytes = sau điểm kết thúc của lần sửa cuối ("%%EOF") còn { $count } byte không thuộc lần sửa nào: tệp đã bị sửa sau khi trình bày
embed-revision = một lần sửa thêm vào sau khi trình bày { $why }
embed-cannot-be-read = không đọc được: { $why }
embed-changes-object = sửa đối tượng { $id }
embed-moves-field = di chuyển ô chữ ký ở đối tượng { $id }
embed-changes-other-object = sửa đối tượng { $id }, không phải ô chữ ký cũng không phải trang
embed-changes-page-key = sửa /{ $key } của trang { $page }
embed-adds-annotation = thêm vào trang { $page } một chú thích không phải ô biểu mẫu
embed-adds-field-outside = thêm vào trang { $page } một ô biểu mẫu nằm ngoài chỗ ký và chỗ đóng dấu
rule-pages-match-the-embedded-source = các trang khớp với nguồn đính kèm
verify-source-expected = đúng từng byte của bản trình bày lại từ nguồn đính kèm, sau đó chỉ có các lần sửa điền vào ô chữ ký

## Trình bày (src/render, src/typeset, src/sandbox.rs, src/docx)

render-no-signature-block = --signature-fields: văn bản không có phần chữ ký để đặt ô ký
hint-render-no-signature-block = trình bày không dùng --signature-fields, hoặc thêm cho văn bản khối [signer] có in ra
hint-render-a3b = trình bày với --pdf-standard a-3b
render-amend-failed = thêm ô chữ ký hoặc tệp đính kèm vào PDF: { $why }
render-pdfa-no-day = { $message ->
   *[other] PDF/A phải ghi ngày của văn bản, mà `date` chưa có ngày (bản nháp)
}
hint-render-pdfa-no-day = ghi đủ ngày tháng (date = 2024-04-01), hoặc đặt SOURCE_DATE_EPOCH là thời điểm cần ghi
render-not-utf8 = tệp không phải văn bản UTF-8
hint-render-not-utf8 = lưu tệp theo bảng mã UTF-8 (Unicode); văn bản gõ bằng bảng mã cũ (TCVN3, VNI) phải chuyển mã trước
render-deny-warnings = coi cảnh báo là lỗi (--deny-warnings)
render-unknown-panic = lỗi không rõ nguyên nhân
template-directory-failed = thư mục mẫu trình bày { $dir } bị lỗi: { $message }
hint-template-directory = sửa mẫu trình bày, hoặc trình bày không dùng --templates để dùng mẫu có sẵn
typeset-package-refused = không cho nhập gói (`{ $spec }`): kehoach không bao giờ tải hay đọc gói
typeset-refused-prefix = không cho truy cập:{" "}
typeset-hint = {" "}(gợi ý: { $hint })
sandbox-refused = không cho truy cập: { $why }
sandbox-outside = `{ $file }` dẫn ra ngoài thư mục mẫu trình bày (tới { $target })
sandbox-not-a-file = `{ $file }` không phải tệp thông thường
sandbox-too-large = `{ $file }` nặng { $size } byte; giới hạn là { $limit }
sandbox-larger-than = `{ $file }` nặng hơn { $limit } byte
fonts-unusable = thư mục phông chữ { $dir } không dùng được: { $why }
fonts-too-many = thư mục có { $count } tệp phông chữ; giới hạn là { $limit }
fonts-vanished = `{ $file }` đã bị xóa mất
fonts-not-a-font = `{ $file }` không phải phông chữ typst đọc được
fonts-none = thư mục không có tệp phông chữ nào (.ttf, .otf, .ttc)
fonts-no-vietnamese = không phông nào ({ $families }) có kiểu chữ đứng, thường, đủ mọi chữ tiếng Việt

## Lời của clap trong --help và lỗi dòng lệnh (src/cli/clap_vi.rs)

clap-usage = Cách dùng:
clap-commands = Lệnh:
clap-arguments = Đối số:
clap-options = Tùy chọn:
clap-help = In hướng dẫn
clap-help-short = In hướng dẫn (xem đầy đủ: --help)
clap-help-long = In hướng dẫn (xem bản tóm tắt: -h)
clap-version = In số phiên bản
clap-help-command = In hướng dẫn này, hoặc hướng dẫn của lệnh con đã nêu
clap-default = [mặc định: { $value }]
clap-possible-values = [giá trị dùng được: { $values }]
clap-possible-values-heading = Giá trị dùng được:
clap-invalid-value = giá trị '{ $value }' không dùng được cho '{ $arg }'
clap-empty-value = '{ $arg }' cần một giá trị nhưng chưa có
clap-unknown-argument = không có tùy chọn '{ $arg }'
clap-unknown-command = không có lệnh '{ $command }'
clap-missing-argument = còn thiếu: { $args }
clap-missing-command = cần một lệnh con
clap-conflict = không dùng được '{ $arg }' cùng với '{ $prior }'
clap-no-equals = cần dấu bằng khi gán giá trị cho '{ $arg }'
clap-wrong-number = số giá trị cho '{ $arg }' không đúng
clap-invalid-utf8 = có đối số không phải văn bản UTF-8
clap-did-you-mean = có phải ý bạn là '{ $suggestion }'?
clap-more = Xem thêm: --help.
help-value-format-pdf = PDF (mặc định)
help-value-format-png = mỗi trang một ảnh PNG
help-value-format-svg = mỗi trang một ảnh SVG
help-value-format-typ = mã nguồn Typst được tạo ra
help-value-format-docx = tệp Word sửa được (WordprocessingML)
help-value-format-txt = văn bản thuần, mỗi đoạn in ra một dòng, để so sánh bằng `diff` và rà soát
help-value-check-format-text = văn bản dễ đọc, ra đầu ra lỗi chuẩn
help-value-check-format-json = JSON ra đầu ra chuẩn: mọi tệp, đúng hay sai, kèm các chẩn đoán
help-value-check-format-github = chú thích cho GitHub Actions (`::error file=…,line=…,col=…,title=ID::…`) ra đầu ra chuẩn
help-value-check-format-sarif = nhật ký SARIF 2.1.0 ra đầu ra chuẩn (cho công cụ quét mã)
help-value-diff-format-text = văn bản thuần, dòng cũ có "-", dòng mới có "+"
help-value-diff-format-markdown = Markdown để bình luận trong pull request
help-value-diff-format-json = JSON

## Trình bày (tiếp), kiểu tham số của máy chủ MCP

render-same-target = { $first } và { $second } sẽ cùng ghi vào { $target }; hãy trình bày chúng vào hai thư mục khác nhau
render-no-toml-files = thư mục { $dir } không có tệp .toml nào
render-signature-map-no-block = --signature-map: văn bản không có phần chữ ký
typeset-unknown-standard = không có chuẩn PDF `{ $name }`; dùng một trong các chuẩn 1.4, 1.5, 1.6, 1.7, 2.0, a-1b, a-1a, a-2b, a-2u, a-2a, a-3b, a-3u, a-3a, a-4, a-4f, a-4e, ua-1
typeset-not-allowed = `{ $path }`: văn bản chỉ được dùng mẫu trình bày và phông chữ có sẵn của kehoach
typeset-not-allowed-dir = `{ $path }`: văn bản chỉ được dùng mẫu trình bày, phông chữ có sẵn của kehoach và các tệp trong thư mục mẫu trình bày { $dir }
mcp-expected-string = một chuỗi ký tự
mcp-expected-object = một đối tượng JSON
mcp-expected-bool = true hoặc false
mcp-expected-format = "pdf", "docx" hoặc "png"
mcp-expected-page = số trang, từ 1
mcp-expected-ppi = một số từ 10 đến 600
mcp-expected-one-of = một trong các mã { $codes }

## Danh sách của `kehoach profiles` (src/main.rs)

profiles-dang = Văn bản của Đảng: các thông số chung của hai bộ quy định, chỗ khác nhau theo HD 36
profiles-dang-hd36-2018 = Văn bản của Đảng theo Hướng dẫn 36-HD/VPTW (2018): ban hành trước ngày 27/5/2026
profiles-dang-hd05-2026 = Văn bản của Đảng theo Hướng dẫn 05-HD/VPTW (2026): ban hành từ ngày 27/5/2026
