# Thông báo của máy chủ MCP (src/mcp), gửi dạng "tiếng Việt | English". Mỗi
# mã ở đây cũng phải có trong locales/en/mcp.ftl.

## Thông báo của máy chủ (src/mcp/messages.rs)

mcp-root-unusable = không dùng được thư mục gốc { $dir }: { $why }
mcp-path-empty = đường dẫn rỗng: hãy ghi tên tệp trong thư mục gốc
mcp-path-unusable = đường dẫn `{ $shown }` bị từ chối: quá dài hoặc có ký tự điều khiển
mcp-path-absolute = đường dẫn tuyệt đối `{ $name }` bị từ chối: chỉ dùng đường dẫn tương đối trong thư mục gốc
mcp-path-parent = đường dẫn `{ $name }` bị từ chối: không được dùng `..` để ra khỏi thư mục gốc
mcp-path-outside = đường dẫn `{ $name }` bị từ chối: nó dẫn ra ngoài thư mục gốc (qua liên kết tượng trưng)
mcp-path-symlink = không ghi đè `{ $name }`: đó là một liên kết tượng trưng
mcp-not-a-file = `{ $name }` không phải là một tệp
mcp-cannot-read = không đọc được `{ $name }`: { $why }
mcp-cannot-write = không ghi được `{ $name }`: { $why }
mcp-exists = `{ $name }` đã có; đặt "overwrite": true để ghi đè
mcp-unknown-kind = không có loại văn bản `{ $kind }`; các loại là: { $known }
mcp-bad-argument = tham số `{ $name }` phải là { $expected }
mcp-one-source = cho đúng một nguồn: "path" (tệp .toml trong thư mục gốc), "toml" (văn bản TOML) hoặc "kind" và "fields" (JSON)
mcp-null-value = TOML không có giá trị null: bỏ hẳn trường này nếu không dùng
mcp-number-too-large = số { $n } vượt quá số nguyên 64 bit của TOML
mcp-fields-not-object = "fields" phải là một đối tượng JSON: các trường của văn bản, như trong bản mẫu của công cụ schema
mcp-kind-mismatch = "kind" trong fields khác với loại `{ $kind }` đã chọn: bỏ nó đi
mcp-string-too-long = chuỗi này dài { $len } byte; giới hạn cho một chuỗi là { $limit } byte: tách thành nhiều đoạn
mcp-text-too-long = tổng văn bản vượt quá { $limit } byte tại đây: một văn bản Đảng không dài như vậy, hãy tách ra
mcp-too-many-values = dữ liệu có hơn { $limit } giá trị; đó là giới hạn
mcp-too-deep = dữ liệu lồng sâu hơn { $limit } cấp; đó là giới hạn
mcp-no-such-page = không có trang { $page }: văn bản có { $pages } trang
mcp-nothing-embedded = { $name } không có tệp đính kèm: hãy kết xuất với embed_source
mcp-internal = lỗi nội bộ (xin báo lại): { $what } bị dừng đột ngột: { $message }
mcp-valid = hợp lệ, { $warnings } cảnh báo
mcp-invalid = không hợp lệ: { $errors } lỗi, mỗi lỗi ghi vị trí (pointer JSON khi nguồn là fields)
mcp-message-too-long = thông điệp dài quá { $limit } byte
mcp-not-json = không phải JSON: { $why }
mcp-not-a-request = không phải yêu cầu JSON-RPC 2.0: { $why }
mcp-no-method = không có phương thức `{ $method }`
mcp-no-resource = không có tài nguyên `{ $uri }`: các quy tắc là kehoach://rules/<mã>
mcp-no-tool = không có công cụ `{ $name }`; các công cụ là: { $known }
