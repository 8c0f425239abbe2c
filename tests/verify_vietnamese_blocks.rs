//! `kehoach verify`'s measurements of the blocks under the header — the
//! signature blocks and their grid, the recipients, the typist's line, the
//! parts of a kind, a copy's stamp, the signature and seal images, the text
//! layer — said in Vietnamese when they fail (issue 24): each page below is
//! laid out, broken the way a careless edit would break it, and measured,
//! and the failure's expectation and measurement are read word for word.
//!
//! The language is one setting of the process: every test of this file
//! runs in Vietnamese; the English words are read with `tr_in`.

mod common;

use kehoach::i18n::{self, Lang};
use kehoach::inspect::Layout;
use kehoach::verify::{verify, CheckResult};

/// The failures of rule `id` on an example (`examples/…`) after `breaks`,
/// measured in Vietnamese; the rule must hold before the break.
fn failures(example: &str, id: &str, breaks: impl FnOnce(&mut Layout)) -> Vec<CheckResult> {
    i18n::set(Lang::Vi);
    let path = common::example(example);
    let source = std::fs::read_to_string(&path).unwrap();
    let prepared = kehoach::prepare(&path.display().to_string(), &source).unwrap();
    let mut layout = kehoach::inspect::inspect(&kehoach::typeset(&prepared).unwrap());
    let before: Vec<CheckResult> = verify(&prepared, &layout).into_iter().filter(|r| r.id == id).collect();
    assert!(!before.is_empty() && before.iter().all(|r| r.measurable && r.passed), "{id} does not hold before the break: {before:?}");
    breaks(&mut layout);
    let after: Vec<CheckResult> = verify(&prepared, &layout).into_iter().filter(|r| r.id == id && r.failed()).collect();
    assert!(!after.is_empty(), "{id} still holds after the break");
    after
}

/// A Chương trình's table of tasks with its header row printed regular on
/// page 3 (P-CTR-1).
#[test]
fn a_task_table_without_a_bold_header_row() {
    let failed = failures("chuong-trinh-dong-nai-2026.toml", "P-CTR-1", |l| {
        l.texts.iter_mut().filter(|r| r.page == 3 && r.text.contains("Nội dung")).for_each(|r| r.bold = false)
    });
    assert_eq!(failed[0].expected, "hàng tiêu đề của bảng (\"Nội dung\" …) in đậm, phía trên các hàng, ở mọi trang có bảng");
    assert_eq!(failed[0].actual, "hàng tiêu đề của bảng ở trang 3 không in đậm");
}

/// The seal moved 5 mm below the signature it should sit level with (P-SIG-4).
#[test]
fn a_seal_below_the_signature() {
    let failed = failures("thong-bao-ky-so-2026.toml", "P-SIG-4", |l| {
        let seal = l.images.iter_mut().last().unwrap();
        seal.y += 5.0;
    });
    assert_eq!(
        failed[0].expected,
        "chữ ký đặt chính giữa khoảng trống giữa chức vụ và họ tên (± 1 mm), dấu đường kính 36 mm trùm lên 25–42 % chiều rộng chữ ký về phía bên trái"
    );
    assert_eq!(
        failed[0].actual,
        "dấu không ngang với chữ ký: chữ ký 50 mm × 20 mm, lệch tâm 0 mm theo chiều ngang và 0 mm theo chiều dọc, dấu 36 mm × 36 mm, trùm lên 33% chữ ký về phía bên trái"
    );
    assert!(failed[0].to_string().starts_with("KHÔNG ĐẠT P-SIG-4 ảnh chữ ký và ảnh dấu: cần chữ ký đặt chính giữa"), "{}", failed[0]);
}

/// A joint plan's co-signer block 3 mm lower than the lead's (P-SIG-5,
/// P-SIG-7: the block and its name off the row).
#[test]
fn a_co_signer_off_its_row() {
    let lower = |l: &mut Layout| {
        let top = l.texts.iter().find(|r| r.text.trim().starts_with("K/T") && r.x < 100.0).unwrap().clone();
        let name = l.texts.iter().find(|r| r.text.contains("Lê Văn Quang")).unwrap().y;
        l.texts
            .iter_mut()
            .filter(|r| r.page == top.page && r.x < 100.0 && r.y > top.y - 0.5 && r.y < name + 0.5)
            .for_each(|r| r.y += 3.0);
    };
    let grid = failures("ke-hoach-lien-tich-lam-dong-2026.toml", "P-SIG-5", lower);
    assert_eq!(
        grid[0].expected,
        "khối chữ ký của cơ quan chủ trì ở bên phải hàng đầu, các khối khác ở bên trái và ở các hàng dưới, các khối cùng hàng ngang nhau, \"Nơi nhận:\" dưới bố cục chữ ký"
    );
    assert_eq!(grid[0].actual, "người ký liên tịch thứ 1 lệch 3 mm so với hàng của mình");
    let names = failures("ke-hoach-lien-tich-lam-dong-2026.toml", "P-SIG-7", lower);
    assert_eq!(names[0].expected, "họ tên người ký trong mỗi hàng của bố cục chữ ký trên cùng một đường chân chữ");
    assert_eq!(names[0].actual, "người ký liên tịch thứ 1 lệch 3 mm so với người ký");
}

/// A copy's stamp drawn 10 mm too wide (P-BS-1).
#[test]
fn a_copy_stamp_of_the_wrong_size() {
    let failed = failures("ban-sao-chi-thi-dong-nai-2026.toml", "P-BS-1", |l| {
        l.frames.iter_mut().filter(|f| (f.width - 80.0).abs() < 0.5).for_each(|f| f.width += 10.0)
    });
    assert_eq!(
        failed[0].expected,
        "sau phần nơi nhận và chữ ký, một đường kẻ liền ngang vùng chữ, rồi sát lề trái một khung 80 × 50 mm chứa \"BẢN SAO VĂN BẢN\" (chữ in hoa, 13 pt, đậm) và năm dòng của dấu bản sao"
    );
    assert_eq!(failed[0].actual, "dấu bản sao có kích thước 90 mm × 50 mm");
}

/// The typist's line gone from under the recipients (P-TYP-1): the line
/// printed says what was looked for, and where.
#[test]
fn a_missing_typists_line() {
    let failed = failures("nghia-thai-2026.toml", "P-TYP-1", |l| l.texts.retain(|r| !r.text.contains("NguyenThiHoa")));
    assert_eq!(failed[0].expected, "\"NguyenThiHoa-20\" dưới nơi nhận");
    assert_eq!(
        failed[0].to_string(),
        "KHÔNG ĐẠT P-TYP-1 dòng ký hiệu người đánh máy: cần \"NguyenThiHoa-20\" dưới nơi nhận, đo được không thấy trên trang"
    );
}

/// Text in decomposed form on the page (P-TXT-1): the run is quoted, with its page.
#[test]
fn decomposed_text_on_the_page() {
    let mut damaged = (String::new(), 0);
    let failed = failures("nghia-thai-2026.toml", "P-TXT-1", |l| {
        let run = l.texts.iter_mut().find(|r| r.text.contains("nhận") && r.text.chars().count() < 40).unwrap();
        run.text = run.text.replace("nhận", "nha\u{0302}\u{0323}n");
        damaged = (run.text.trim().to_owned(), run.page);
    });
    assert_eq!(failed[0].expected, "chữ Unicode dựng sẵn (NFC), không có Ð/ð (U+00D0/U+00F0)");
    assert_eq!(failed[0].actual, format!("{:?} ở trang {}", damaged.0, damaged.1));
}

/// The English words are today's, word for word (every other test reads them).
#[test]
fn the_english_words_are_unchanged() {
    let en = |id: &str, args: &[(&str, &dyn std::fmt::Display)]| i18n::tr_in(Lang::En, id, args);
    assert_eq!(en("v-grid-off-row", &[("who", &"co-signer 1"), ("distance", &"3 mm")]), "co-signer 1 starts 3 mm off its row");
    assert_eq!(en("v-who-co-signer", &[("n", &1)]), "co-signer 1");
    assert_eq!(en("v-kg-under-subject-block", &[]), " under the subject block");
    assert_eq!(
        en("v-rcv-list-expected", &[("size", &"12 pt"), ("sep", &";")]),
        "12 pt regular upright at the left margin, each \"- …;\", the last \"- Lưu ….\""
    );
    assert_eq!(i18n::tr_in(Lang::Vi, "v-who-co-signer", &[("n", &2)]), "người ký liên tịch thứ 2");
}
