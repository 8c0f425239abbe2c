# Thông báo của kehoach bằng tiếng Việt. Mỗi mã ở đây cũng phải có trong
# locales/en/kehoach.ftl (tests/i18n.rs kiểm tra). Tham số là chữ.

## Ngày tháng, giờ, thẩm quyền ký (src/check/values.rs, signatures.rs)

date-form = `{ $value }` không phải ngày tháng: viết năm-tháng-ngày (ví dụ 2024-04-01), hoặc "YYYY-MM" / "YYYY" với bản dự thảo chưa có ngày
date-month = không có tháng { $month } (tháng từ 1 đến 12)
date-day = tháng { $month } năm { $year } có { $max } ngày, không có ngày { $day }
date-time = ngày tháng chỉ ghi ngày, không ghi giờ (`{ $value }`)
date-year = năm { $year } nằm ngoài khoảng 1900–2200
hint-write = viết `{ $key } = { $value }`
hint-date-form = viết ngày tháng theo thứ tự năm-tháng-ngày: `{ $key } = 2026-10-05` là ngày 05 tháng 10 năm 2026
hint-date-exists = viết một ngày có thật theo thứ tự năm-tháng-ngày, ví dụ `{ $key } = 2026-10-05`
time-form = `{ $value }` không phải giờ: viết "giờ:phút", ví dụ "14:00"
hint-time-form = viết giờ và phút dạng "HH:MM": `{ $key } = "08:00"`, `{ $key } = "14:30"`
authority-not-party = `{ $value }` không phải thẩm quyền ký theo thể thức văn bản của Đảng
hint-authority-state = `{ $value }` là cách viết của văn bản nhà nước (NĐ 30); văn bản của Đảng viết `{ $party }`: `authority = "{ $party }"`
hint-authority-tuq = HD 05 không có T.U.Q (thừa uỷ quyền): ký thừa lệnh ban thường vụ hoặc người đứng đầu là `T/L` (mục 7.1.1c)
hint-authority-acting = quyền cấp trưởng viết `Q.` (HD 05 mục 7.1.4c: "Q. TRƯỞNG BAN")
hint-authority-forms = văn bản của Đảng dùng T/M (thay mặt tập thể), K/T (cấp phó ký thay cấp trưởng), T/L (thừa lệnh) hoặc Q. (quyền cấp trưởng); cấp trưởng ký trực tiếp thì bỏ `authority`
tm-head-position = ký "T/M" (thay mặt tập thể) là người đứng đầu hoặc cấp phó của tập thể (Bí thư, Phó Bí thư …), không phải `{ $position }` (HD 05 mục 7.1.1a, 7.1.4a–b)
hint-tm-head-position = được tập thể giao, `{ $position }` ký thừa lệnh: `authority = "T/L"` (HD 05 mục 7.1.4d: "T/L BAN THƯỜNG VỤ" / "CHÁNH VĂN PHÒNG"); hoặc ghi chức vụ của người ký thay mặt: position = "Bí thư"
tl-delegate-position = ký "T/L" (thừa lệnh) là người được tập thể giao (Chánh Văn phòng, trưởng một ban), không phải `{ $position }` của chính tập thể (HD 05 mục 7.1.1c, 7.1.4d)
hint-tl-delegate-position = người đứng đầu hoặc cấp phó của tập thể ký thay mặt: `authority = "T/M"` (HD 05 mục 7.1.4b: "T/M BAN THƯỜNG VỤ" / "BÍ THƯ")

## Cấu trúc của tệp (src/check/schema.rs, src/load, src/diagnostic.rs)

label-error = lỗi
label-warning = cảnh báo
label-field = trường
label-hint = gợi ý
type-string = một chuỗi chữ ("…")
type-integer = một số nguyên
type-number = một số
type-boolean = true hoặc false
type-array = một danh sách ([…])
type-object = một bảng ({"{"} … {"}"} hoặc [mục])
type-date = một ngày tháng
word-or = {" "}hoặc{" "}
expected-found = cần { $expected }, nhưng gặp { $found }
expected-at-least = cần một số nguyên từ { $min } trở lên, nhưng gặp { $found }
unknown-field = không có trường `{ $name }`
did-you-mean = có phải ý bạn là `{ $name }`?
fields-allowed = các trường được dùng ở đây: { $fields }
the-top-level = phần đầu tệp
missing-field-in = thiếu trường `{ $key }` trong { $table }
hint-add-field = thêm trường này; `kehoach new ke-hoach` in ra một tệp mẫu đầy đủ
missing-kind = thiếu trường `kind`: đây là loại văn bản nào?
hint-missing-kind = thêm `kind = "ke-hoach"` ở đầu tệp; các loại văn bản: { $kinds }
unknown-kind = không có loại văn bản `{ $kind }`
hint-kind-did-you-mean = có phải ý bạn là `{ $kind }`? Các loại văn bản: { $kinds }
hint-kinds = các loại văn bản: { $kinds }
kind-not-string = `kind` phải là một chuỗi chữ, ví dụ "ke-hoach"
hint-bare-date = ngày tháng viết năm-tháng-ngày: `{ $key } = { $value }`
hint-bare-time = giờ viết trong ngoặc kép, dạng "HH:MM": `{ $key } = "{ $value }"`

## Chữ bị hỏng (src/vietnamese/damage.rs)

decomposed-text = chữ bị tách dấu (dạng NFD, thường do dán từ Word), ví dụ { $codes } thay cho '{ $composed }': sẽ được chuyển về dạng dựng sẵn (NFC)
hint-decomposed-text = `kehoach check --fix` ghi lại chữ đúng dạng (NFC) vào tệp; khi trình bày, chương trình cũng tự chuyển

## Dòng lệnh (src/main.rs, src/cli)

cli-rule-set = quy định áp dụng: { $rule_set }
cli-ok = đạt
cli-ok-warnings = đạt ({ $warnings } cảnh báo)
cli-fixed = đã sửa
cli-cannot-write = không ghi được { $file }: { $reason }
cli-unknown-kind = không có loại văn bản `{ $kind }`; các loại văn bản: { $kinds }
cli-unknown-kind-did-you-mean = không có loại văn bản `{ $kind }`: có phải ý bạn là `{ $closest }`? Các loại văn bản: { $kinds }
fix-nfd = chữ bị tách dấu (NFD)
fix-nfc = chữ dựng sẵn (NFC)

## Chữ của --help (src/main.rs, src/cli): help-<lệnh>-<tham số>

help-kehoach = Trình bày văn bản của Đảng từ dữ liệu TOML thành PDF đúng thể thức
help-kehoach-lang = Ngôn ngữ của thông báo: vi hoặc en (mặc định theo máy: `LANG=vi_VN…` là vi, còn lại en)
help-kehoach-render = Trình bày văn bản (mặc định ra PDF) cạnh tệp dữ liệu, hoặc vào -o
help-kehoach-render-files = Các tệp TOML, hoặc thư mục: thư mục là mọi tệp *.toml ngay trong nó (không kể thư mục con)
help-kehoach-render-output = Tệp kết quả (một tệp vào), hoặc thư mục (nhiều tệp vào, một thư mục vào, một thư mục có sẵn hoặc đường dẫn kết thúc bằng `/`; tạo mới nếu chưa có)
help-kehoach-render-format = Dạng kết quả; png và svg ra mỗi trang một tệp (out-1.png …); docx là tệp Word sửa được, cùng thể thức (mặc định: theo đuôi của tệp -o, nếu không thì pdf)
help-kehoach-render-ppi = Độ phân giải của ảnh PNG, điểm ảnh trên inch
help-kehoach-render-pdf_standard = Theo một chuẩn PDF, ví dụ a-2b (PDF/A-2b)
help-kehoach-render-deny_warnings = Coi cảnh báo là lỗi
help-kehoach-render-fonts = Thư mục phông chữ (ví dụ Times New Roman, HD 05 IV.1): văn bản được trình bày và nhúng bằng phông đó, trước phông Liberation Serif có sẵn
help-kehoach-watch-fonts = Thư mục phông chữ (ví dụ Times New Roman, HD 05 IV.1): văn bản được trình bày và nhúng bằng phông đó, trước phông Liberation Serif có sẵn
help-kehoach-verify-fonts = Thư mục phông chữ (ví dụ Times New Roman, HD 05 IV.1): văn bản được trình bày và nhúng bằng phông đó, trước phông Liberation Serif có sẵn
help-kehoach-render-templates = Một thư mục mẫu trình bày đặt chồng lên mẫu có sẵn (ví dụ lib/party.typ đã sửa); không đọc được gì ngoài thư mục đó
help-kehoach-render-metadata = Ghi thêm dữ liệu hệ thống quản lý văn bản cần (Nghị định 30 Phụ lục VI / edXML: số, ngày, trích yếu, người ký, số trang …) vào FILE.json hoặc FILE.xml (chỉ một tệp vào)
help-kehoach-render-signature_fields = Thêm ô chữ ký trống cho phần mềm ký số: `nguoi-ky-1` cho người ký, `co-quan-1` cho con dấu của cơ quan (chỉ PDF)
help-kehoach-render-signature_map = Ghi thêm trang và khung (pt, gốc ở góc dưới bên trái) của từng chỗ ký vào FILE.json (chỉ PDF, chỉ một tệp vào)
help-kehoach-render-embed_source = Đính kèm tệp TOML, dữ liệu quản lý và các tùy chọn vào PDF (luôn làm với chuẩn PDF/A-3); `kehoach extract` lấy lại, `kehoach verify doc.pdf` trình bày lại và so sánh
help-kehoach-render-jobs = Số văn bản trình bày cùng lúc (mặc định: mỗi nhân máy một văn bản)
help-kehoach-watch = Trình bày một văn bản, rồi trình bày lại mỗi lần tệp được lưu; gặp lỗi vẫn tiếp tục theo dõi
help-kehoach-watch-file = Tệp TOML cần theo dõi
help-kehoach-watch-output = Tệp kết quả (một tệp vào), hoặc thư mục (nhiều tệp vào, một thư mục vào, một thư mục có sẵn hoặc đường dẫn kết thúc bằng `/`; tạo mới nếu chưa có)
help-kehoach-watch-format = Dạng kết quả; png và svg ra mỗi trang một tệp (out-1.png …); docx là tệp Word sửa được, cùng thể thức (mặc định: theo đuôi của tệp -o, nếu không thì pdf)
help-kehoach-watch-ppi = Độ phân giải của ảnh PNG, điểm ảnh trên inch
help-kehoach-watch-pdf_standard = Theo một chuẩn PDF, ví dụ a-2b (PDF/A-2b)
help-kehoach-watch-deny_warnings = Coi cảnh báo là lỗi
help-kehoach-watch-templates = Một thư mục mẫu trình bày đặt chồng lên mẫu có sẵn (ví dụ lib/party.typ đã sửa); không đọc được gì ngoài thư mục đó
help-kehoach-watch-metadata = Ghi thêm dữ liệu hệ thống quản lý văn bản cần (Nghị định 30 Phụ lục VI / edXML: số, ngày, trích yếu, người ký, số trang …) vào FILE.json hoặc FILE.xml (chỉ một tệp vào)
help-kehoach-watch-signature_fields = Thêm ô chữ ký trống cho phần mềm ký số: `nguoi-ky-1` cho người ký, `co-quan-1` cho con dấu của cơ quan (chỉ PDF)
help-kehoach-watch-signature_map = Ghi thêm trang và khung (pt, gốc ở góc dưới bên trái) của từng chỗ ký vào FILE.json (chỉ PDF, chỉ một tệp vào)
help-kehoach-watch-embed_source = Đính kèm tệp TOML, dữ liệu quản lý và các tùy chọn vào PDF (luôn làm với chuẩn PDF/A-3); `kehoach extract` lấy lại, `kehoach verify doc.pdf` trình bày lại và so sánh
help-kehoach-check = Kiểm tra văn bản, không trình bày và không ghi gì
help-kehoach-check-files = Các tệp TOML, hoặc thư mục (mọi tệp *.toml trong đó); báo số văn bản bị dùng hai lần
help-kehoach-check-format = Dạng báo cáo các lỗi
help-kehoach-check-json = Như --format json
help-kehoach-check-deny_warnings = Coi cảnh báo là lỗi
help-kehoach-check-fix = Sửa ngay trong tệp những gì không làm đổi nội dung (chữ tách dấu, ngày tháng, giờ, T/M K/T T/L, tên khóa gõ sai), giữ nguyên ghi chú và cách trình bày; rồi kiểm tra
help-kehoach-check-dry_run = Đi cùng --fix: chỉ in các thay đổi dạng diff, không ghi gì
help-kehoach-verify = Trình bày văn bản trong bộ nhớ và kiểm tra mọi quy định thể thức trên từng trang
help-kehoach-verify-files = Các tệp TOML, hoặc PDF trình bày với --embed-source (trình bày lại nguồn đính kèm và so với tệp)
help-kehoach-verify-quiet = Chỉ in các quy định không đạt (và phần tổng kết)
help-kehoach-verify-json = In kết quả dạng JSON ra đầu ra chuẩn: `{"{"}"files": [{"{"}"file", "profile", "passed", "results": [{"{"}"id", "rule", "expected", "actual", "status", "departure"{"}"}]{"}"}]{"}"}`, status là pass, fail, warn, departure hoặc not-measurable; `expected`, `actual` và `departure` viết bằng ngôn ngữ của thông báo (--lang), `rule` bằng tiếng Anh
help-kehoach-extract = Ghi ra các tệp đính kèm bằng --embed-source (tệp TOML, dữ liệu quản lý)
help-kehoach-extract-file = Một tệp PDF trình bày với --embed-source (hoặc theo chuẩn PDF/A-3)
help-kehoach-extract-output = Thư mục ghi các tệp vào (mặc định: thư mục hiện tại)
help-kehoach-extract-force = Ghi đè tệp đã có
help-kehoach-schema = In JSON Schema của tệp TOML một loại văn bản (cho trình soạn thảo), hoặc của tệp JSON `--metadata` (`kehoach schema metadata`)
help-kehoach-schema-kind = Loại văn bản (ke-hoach, cong-van, …), hoặc `metadata`
help-kehoach-new = In một tệp mẫu có ghi chú của một loại văn bản
help-kehoach-new-kind = Loại văn bản: ke-hoach, giay-moi, cong-van … (`kehoach kinds` liệt kê đủ)
help-kehoach-profiles = Liệt kê các bộ thông số trình bày
help-kehoach-kinds = Liệt kê các loại văn bản

## Quy định áp dụng (src/pipeline.rs)

rule-set-line = { $title } (bộ thông số { $profile }, { $why })
rule-set-named = ghi trong tệp
rule-set-by-date = theo ngày { $date }

## Phần chữ ký (src/check/signatures.rs)

confirmation-who = phần xác nhận phải ghi ai xác nhận
hint-confirmation-who = ví dụ authority = "T/M", body = "Tỉnh ủy", position = "Bí thư" (HD 05 mục 7.1.4a)
authority-needs-body = `{ $authority }` cần ghi tập thể hoặc cơ quan được thay mặt, thừa lệnh
hint-authority-needs-body = ví dụ `body = "Ban Thường vụ"` in ra "{ $authority } BAN THƯỜNG VỤ"
authority-needs-head = `{ $authority }` cần ghi chức danh cấp trưởng được ký thay
hint-authority-needs-head = ví dụ `body = "Trưởng ban"` in ra "{ $authority } TRƯỞNG BAN"
acting-no-position = quyền cấp trưởng ký "Q. TRƯỞNG BAN" / họ tên, không có dòng chức vụ (HD 05 mục 7.1.4c)
hint-acting-no-position = bỏ `position`: `body` ghi chức danh cấp trưởng mà người ký giữ quyền
authority-needs-position = "{ $authority } …" cần ghi chức vụ của chính người ký ở dòng dưới
hint-kt-needs-position = chức vụ của cấp phó: position = "Phó Trưởng ban" (HD 05 mục 7.1.4c: "K/T TRƯỞNG BAN" / "PHÓ TRƯỞNG BAN")
hint-tl-needs-position = ví dụ position = "Chánh Văn phòng" (HD 05 mục 7.1.4d: "T/L BAN THƯỜNG VỤ" / "CHÁNH VĂN PHÒNG")
position-empty = chưa ghi chức vụ của người ký
hint-position-empty = ghi chức vụ của người ký vào `{ $field }`; chỉ chữ ký "T/M …" của một tập thể mới được bỏ ("T/M BỘ CHÍNH TRỊ" / họ tên)
kt-collective = `K/T { $body }`: tập thể không ký "K/T" (HD 05 mục 7.1.1)
hint-kt-collective = cấp phó ký thay mặt tập thể: authority = "T/M", body = "{ $body }", position = "Phó Bí thư"
kt-deputy-position = "K/T" là cấp phó ký thay cấp trưởng, nhưng chức vụ `{ $position }` không phải của cấp phó
hint-kt-deputy-position = cấp trưởng ký trực tiếp thì bỏ `authority`; hoặc ghi chức vụ cấp phó ("Phó Trưởng ban")
concurrent-empty = chức vụ kiêm nhiệm đang để trống
hint-concurrent-empty = ghi chức vụ thứ hai ("Trưởng Ban Chỉ đạo") hoặc xóa khóa này
concurrent-without-position = chức vụ kiêm nhiệm ("kiêm …") đi sau chức vụ thứ nhất của người ký
hint-concurrent-without-position = ghi chức vụ thứ nhất vào `position` ("Bí thư"), chức vụ thứ hai vào `concurrent_position` (HD 05 mục 7.1.4đ)
academic-title = có học hàm, học vị `{ $title }` trước tên người ký
hint-academic-title = văn bản của Đảng chỉ ghi họ tên: bỏ học hàm, học vị
blank-signer-name = chưa ghi tên người ký; để trống để ký tay

## Nội dung bắt buộc (Checker::required, src/check/form_rules.rs)

required-empty = chưa ghi { $what }
hint-required = ghi { $what } vào `{ $field }`
what-place = địa danh
what-meeting-place = địa điểm hội nghị
what-meeting-content = nội dung hội nghị
what-recorder-name = tên người ghi biên bản
what-invitation-venue = địa điểm họp
what-introduced-person = tên người được giới thiệu
what-sent-to = nơi được cử đến
what-errand = công việc ("Về việc")
what-author-line = dòng tác giả
what-congress-theme = chủ đề đại hội
what-presented = dòng trình ("Báo cáo của … trình Đại hội …")
what-subject = trích yếu
what-issued-with-by = cơ quan ban hành Quyết định
what-issuer-name = tên cơ quan ban hành
what-copy-body = cơ quan sao ("Cơ quan, tổ chức sao")
what-copy-code = ký hiệu cơ quan sao sau "BS/" (ví dụ "VPTU")
what-copy-place = nơi sao
what-archive = dòng lưu ("Lưu …")

## Nội dung và chức vụ (src/check/content.rs, HD 05 6.2.3, 7.1.2)
basis-incomplete = căn cứ trích dẫn { $kind } nhưng thiếu { $what ->
    [number] số, ký hiệu
    [date] ngày, tháng, năm ban hành
   *[both] số, ký hiệu và ngày, tháng, năm ban hành
} (HD 05 6.2.3)
hint-basis-incomplete = ghi đầy đủ tên loại, số, ký hiệu, cơ quan ban hành, ngày ban hành và trích yếu, ví dụ "Căn cứ Kế hoạch số 53-KH/TU, ngày 15/3/2021 của Tỉnh ủy về …"
position-names-body = chức vụ `{ $position }` ghi kèm tên cơ quan ({ $body }) (HD 05 7.1.2)
hint-position-names-body = viết position = "{ $corrected }": chức vụ không kèm tên cấp uỷ, tổ chức, trừ văn bản liên cơ quan và ban chỉ đạo, tiểu ban, hội đồng không có con dấu riêng

## --help of diff, register, issue, mcp
help-kehoach-diff = Cho biết văn bản in ra đã thay đổi gì giữa hai phiên bản (hai tệp, hoặc REV:PATH ở một phiên bản git); mã thoát 0 giống nhau, 1 khác nhau, 2 có lỗi
help-kehoach-diff-old = Phiên bản cũ: một tệp, hoặc REV:PATH (tệp ở một phiên bản git, ví dụ HEAD~1:plans/x.toml)
help-kehoach-diff-new = Phiên bản mới: một tệp, hoặc REV:PATH
help-kehoach-diff-format = Định dạng kết quả: `text`, `markdown` (bình luận cho pull request) hoặc `json`
help-kehoach-diff-no_pages = Bỏ số trang (không dàn trang: nhanh hơn)
help-kehoach-register = Sổ đăng ký văn bản đi, lập từ các kế hoạch: bảng, --json, --csv, --xlsx TỆP; số trùng và số bị bỏ sót theo nhiệm kỳ; --next LOẠI
help-kehoach-register-paths = Các tệp kế hoạch, hoặc thư mục để tìm mọi tệp *.toml ở mọi cấp
help-kehoach-register-json = In sổ đăng ký dạng JSON (các dòng và các chẩn đoán)
help-kehoach-register-csv = In sổ đăng ký dạng CSV
help-kehoach-register-xlsx = Ghi thêm sổ đăng ký thành tệp Excel TỆP
help-kehoach-register-next = Chỉ in số tiếp theo còn trống của một tên loại ("KH", hoặc loại văn bản: "ke-hoach") trong nhiệm kỳ hiện hành (hoặc vào ngày --date)
help-kehoach-register-issuer = Ký hiệu cơ quan ban hành cho --next ("ĐU"); cần khi các kế hoạch có nhiều cơ quan
help-kehoach-register-date = Ngày để xác định nhiệm kỳ cho --next (mặc định: hôm nay)
help-kehoach-issue = Cấp số (số tiếp theo còn trống, hoặc --number) và ngày (--date, mặc định hôm nay) cho một kế hoạch đã kiểm tra, ghi vào tệp TOML, giữ nguyên chú thích; rồi trình bày văn bản
help-kehoach-issue-plan = Kế hoạch cần ban hành
help-kehoach-issue-number = Dùng số này thay cho số tiếp theo còn trống (bị từ chối nếu kế hoạch khác đã có số đó)
help-kehoach-issue-date = Ngày ban hành (mặc định: hôm nay, theo giờ Việt Nam)
help-kehoach-issue-no_render = Chỉ ghi số và ngày vào kế hoạch; không trình bày văn bản
help-kehoach-mcp = Phục vụ trợ lý soạn thảo các công cụ soạn, kiểm tra, trình bày và thẩm định qua Model Context Protocol (stdio), chỉ đọc và ghi trong --root
help-kehoach-mcp-root = Thư mục duy nhất máy chủ được đọc và ghi: mọi đường dẫn đều tính từ đây; đường dẫn tuyệt đối, `..` và liên kết ra ngoài đều bị từ chối

## Quy định của HD 05 đo trên trang (src/verify: dấu, nơi nhận, phụ lục)

verify-urgency-rule = dấu chỉ mức độ mật, khẩn
verify-urgency-expected = { $text } { $place }, chữ in hoa, đứng, đậm, cỡ { $size }, cân giữa cột trái (HD 05 mục II.3, Phụ lục 2 dòng 11)
verify-mark-under-number = dưới số và ký hiệu văn bản
verify-mark-under-subject = dưới trích yếu nội dung công văn
verify-draft-rule = chỉ dẫn dự thảo
verify-draft-expected = { $text } dưới số và ký hiệu văn bản, chữ in thường, nghiêng, cỡ { $size }, cân giữa cột trái (HD 05 mục II.4.2, Phụ lục 2 dòng 12)
verify-mark-actual = { $text } { $place }, { $style }, lệch tâm { $offset }
verify-mark-is-under = đúng vị trí
verify-mark-is-above = không nằm dưới số và ký hiệu (hoặc trích yếu công văn)
verify-mark-in-right-column = ở cột phải (dưới ngày tháng), không ở dưới số và ký hiệu
verify-mark-not-found = không thấy trên trang 1
mark-urgency-word = `{ $value }` không phải mức độ khẩn: HD 05 mục II.3 chỉ có Khẩn, Thượng khẩn, Hỏa tốc
mark-secrecy-word = `{ $value }` không phải mức độ mật: Luật Bảo vệ bí mật nhà nước năm 2018 (Điều 8), mà HD 05 mục II.2 dẫn chiếu, chỉ có Tuyệt mật, Tối mật, Mật
hint-mark-word = ghi một trong các mức: { $list }
mark-draft-form = `{ $value }` không phải chỉ dẫn dự thảo: HD 05 ghi "Dự thảo" hoặc "Dự thảo lần 2" (mục II.4.2, Phụ lục 2 dòng 12)
hint-mark-draft-form = ghi `draft = "Dự thảo"` hoặc `draft = "Dự thảo lần 2"`
verify-subject-capitals-departure = trích yếu in hoa theo yêu cầu của dữ liệu (`subject_capitals`, như văn bản của Trung ương và chính tiêu đề của HD 05); Phụ lục 2 dòng 5 quy định "in thường"
verify-no-numbered-page = không trang nào có số trang: cả { $pages } trang đều là trang đầu của văn bản hoặc của một phụ lục (HD 05 mục IV.5.1–5.2)
verify-appendix-rule = tiêu đề của { $label }
verify-appendix-expected = { $label } thành một dòng riêng ở đầu trang mới, cách đều hai lề, chỉ ghi số thứ tự khi có từ hai phụ lục trở lên (HD 05 mục II.1.1); tiêu đề phụ lục ở dưới; dưới tiêu đề là "(Kèm theo …)" ghi số, ký hiệu, ngày tháng năm và tên cơ quan ban hành văn bản (mục II.1.2)
verify-appendix-no-page = { $printed } không mở đầu một trang sau phần ký
verify-appendix-label = trang bắt đầu bằng { $printed }
verify-appendix-off-centre = một dòng của tiêu đề lệch { $offset } so với giữa vùng trình bày
verify-appendix-order = tiêu đề và dòng "(Kèm theo …)" không nằm tiếp theo dưới từ "Phụ lục" theo thứ tự đó
verify-appendix-attached = { $printed } không ghi đủ số, ký hiệu, ngày tháng năm và tên cơ quan ban hành văn bản
verify-appendix-actual = "Phụ lục", tiêu đề và "(Kèm theo …)" cân giữa ở đầu trang { $page }

## Văn bản thật như được viết (src/check/as_written.rs, HD 05 5.1.1, 5.2.1, 6.2.2, 9.2.4)
subject-missing = phần tên loại không có trích yếu nội dung, cũng không có dòng tác giả thay cho trích yếu (HD 05 5.1.1, 5.2.1)
hint-subject-missing = thêm `subject = "về …"`, hoặc dòng tác giả làm tên văn bản: `author = ["Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 2"]`
kinh-trinh-written-kinh-gui = tờ trình ghi cơ quan nhận sau "Kính trình:" (HD 05 9.2.4); văn bản này được in với "Kính gửi:" như đã viết
hint-kinh-trinh-written-kinh-gui = viết `kinh_trinh = […]` thay cho `to`, hoặc giữ `to` nếu văn bản đã ban hành như vậy
state-form-ending = nội dung kết thúc bằng "./." của văn bản nhà nước; nội dung văn bản của Đảng kết thúc bằng dấu chấm "." (HD 05 6.2.2)
hint-state-form-ending = bỏ "/.": kehoach in đúng chữ đã gõ, không tự thêm dấu kết thúc
type-name-kind = tên loại `{ $name }` không bắt đầu bằng tên loại của văn bản, { $kind } (HD 05 5.1.1)
hint-type-name-kind = viết tên loại bắt đầu bằng "{ $kind } …", hoặc sửa `kind` (hiện là "{ $id }")
type-name-one-line = tên loại văn bản trình bày một dòng riêng (HD 05 5.2.1)
hint-type-name-one-line = đưa các dòng dưới tên loại vào `author` (in hoa: "CỦA BAN THƯỜNG VỤ …") hoặc `subject` (với `subject_capitals = true`)

## Tables
table-row-fill = hàng này điền { $filled } trong { $width } cột của bảng (tính cả ô gộp); cho mỗi cột không bị ô gộp phía trên hoặc bên cạnh che một ô
table-cell-overlap = ô thứ { $cell } của hàng này rơi vào chỗ ô gộp phía trên đã chiếm, hoặc vượt quá cột cuối trong { $width } cột; bỏ khỏi hàng này các ô mà `rowspan` phía trên đã che, hoặc giảm `colspan`
table-rowspan-past-end = ô thứ { $cell } gộp { $rowspan } hàng nhưng phía dưới chỉ còn { $left } hàng; giảm `rowspan`

## Bộ thông số trình bày và `[layout]` (src/profile.rs, src/render/prepared.rs)

profile-unknown = không có bộ thông số `{ $name }`; các bộ thông số hiện có: { $known }
hint-profile-unknown = lệnh `kehoach profiles` liệt kê các bộ thông số
profile-syntax = bộ thông số `{ $name }` không phải TOML hợp lệ: { $message }
profile-invalid-at = bộ thông số `{ $name }`: `{ $path }`: { $message }
profile-invalid = bộ thông số `{ $name }`: { $message }
profile-cycle = bộ thông số `{ $name }` kế thừa (extends) vòng lại chính nó
profile-refused-type-code = ký hiệu tên loại `{ $code }` của `{ $kind }` không còn dùng theo { $rule_set }
profile-no-paper = bộ thông số không có giá trị cho khổ giấy { $paper }
profile-not-positive = `{ $key }` phải là số dương nhỏ hơn 2000, không phải { $value }
profile-negative-margin = lề trang phải bằng 0 hoặc lớn hơn 0
profile-no-room = lề trang không còn chỗ cho nội dung
profile-spacing-below-size = khoảng cách dòng `body.line_spacing_pt` ({ $spacing }) không được nhỏ hơn cỡ chữ `body.size_pt` ({ $size })
profile-no-type-code = `codes.types` thiếu ký hiệu tên loại của `{ $kind }`
profile-left-column-too-wide = `header.left_width_mm` quá rộng, không còn chỗ cho cột phải của phần đầu văn bản
layout-override = trong `[layout]`: { $message }
hint-layout-override = các khóa và giá trị của `[layout]` là những khóa trong các tệp thông số ở templates/profiles/
hint-layout-refused-type-code = { $why }; bỏ `{ $kind }` khỏi `[layout.codes.types]` để in ký hiệu theo quy định

## Định dạng trong câu chữ và bề rộng phần đầu văn bản (src/context/rich.rs, src/context/columns.rs)

markup-unexpected-close = `[/{ $tag }]` đóng một thẻ chưa mở; xóa thẻ này, hoặc mở bằng `[{ $tag }]` ở trước
markup-unclosed = `[{ $tag }]` chưa được đóng; thêm `[/{ $tag }]` ở chỗ hết phần chữ { $what }
markup-bold = đậm
markup-italic = nghiêng
markup-underline = gạch chân
markup-tag = của thẻ
markup-date = `[date]{ $text }[/date]`: { $problem }
markup-date-unclosed = `[date]` cần có `[/date]` ngay sau ngày tháng, ví dụ `[date]2024-04-07[/date]`
place-too-long = dòng địa danh và ngày tháng rộng { $width } mm và phải nằm trên một dòng, nhưng bên cạnh tên cơ quan ban hành phần đầu văn bản chỉ còn { $room } mm; hãy rút gọn địa danh: HD 05 mục 4.2.3 cho phép viết "TP." thay "Thành phố" và "ĐK" thay "đặc khu" (ví dụ "TP. Hồ Chí Minh")
place-too-long-a5 = ; hoặc in trên khổ A4: bỏ `paper = "A5"`
