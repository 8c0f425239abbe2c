# Thông báo của `kehoach verify` (src/verify): tên từng quy định thể thức trên
# trang, điều quy định đòi hỏi và điều đo được. Mỗi mã ở đây cũng phải có
# trong locales/en/verify.ftl (tests/i18n.rs kiểm tra).
