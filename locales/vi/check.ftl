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
