# Thông báo của dòng lệnh (src/cli, src/main.rs) và các bước nó chạy (dàn
# trang, bộ thông số, thư mục mẫu, nguồn đính kèm). Mỗi mã ở đây cũng phải có
# trong locales/en/cli.ftl.
