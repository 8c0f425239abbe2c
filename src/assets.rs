//! Every file embedded in the binary, in one place: the Typst layout library,
//! the minijinja templates (Typst source and DOCX parts), the layout profiles, the
//! starter documents of `kehoach new`, and the fonts (parsed once per process).
//!
//! Nothing else in the crate calls `include_str!` or `include_bytes!`.

use std::sync::LazyLock;

use typst::foundations::Bytes;
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;

use crate::model::Kind;

/// The minijinja template that writes a document's Typst source: (name,
/// source). One for every kind: it hands the context's ordered blocks to the
/// layout library (src/context/blocks.rs decides them per kind).
pub const TEMPLATES: &[(&str, &str)] = &[("base.typ.j2", include_str!("../templates/base.typ.j2"))];

/// The minijinja templates of the DOCX parts: (name, source), each found as
/// `docx/NAME` in a user template directory. `parts.xml.j2` holds one macro
/// per block type, which the document template imports.
pub const DOCX_TEMPLATES: &[(&str, &str)] = &[
    ("content-types.xml.j2", include_str!("../templates/docx/content-types.xml.j2")),
    ("package-rels.xml.j2", include_str!("../templates/docx/package-rels.xml.j2")),
    ("document-rels.xml.j2", include_str!("../templates/docx/document-rels.xml.j2")),
    ("core.xml.j2", include_str!("../templates/docx/core.xml.j2")),
    ("app.xml.j2", include_str!("../templates/docx/app.xml.j2")),
    ("document.xml.j2", include_str!("../templates/docx/document.xml.j2")),
    ("parts.xml.j2", include_str!("../templates/docx/parts.xml.j2")),
    ("styles.xml.j2", include_str!("../templates/docx/styles.xml.j2")),
    ("settings.xml.j2", include_str!("../templates/docx/settings.xml.j2")),
    ("header.xml.j2", include_str!("../templates/docx/header.xml.j2")),
];

/// The Typst layout library the generated source imports, at its virtual path.
pub const LIBRARY: &[(&str, &str)] = &[("/lib/party.typ", include_str!("../templates/lib/party.typ"))];

/// docs/form-rules.md: every rule of the form, by id, explained (served by
/// `kehoach mcp` as resources an assistant can quote).
pub const FORM_RULES: &str = include_str!("../docs/form-rules.md");

/// Vietnamese words of several syllables that no line break may split
/// ("đảng viên", "cán bộ"): one a line, `#` comments; the file names its
/// source and licence. Read by `vietnamese::breaks`.
pub(crate) const VI_WORDS: &str = include_str!("../templates/words/vi-words.txt");

/// The built-in layout profiles: (name, TOML source).
pub(crate) const PROFILES: &[(&str, &str)] = &[
    ("dang", include_str!("../templates/profiles/dang.toml")),
    ("dang-hd36-2018", include_str!("../templates/profiles/dang-hd36-2018.toml")),
    ("dang-hd05-2026", include_str!("../templates/profiles/dang-hd05-2026.toml")),
];

/// The bundled fonts: Liberation Serif 2.x (SIL OFL 1.1), metric-compatible
/// with Times New Roman and complete for Vietnamese.
pub(crate) const FONT_FILES: &[(&str, &[u8])] = &[
    ("LiberationSerif-Regular.ttf", include_bytes!("../fonts/LiberationSerif-Regular.ttf")),
    ("LiberationSerif-Bold.ttf", include_bytes!("../fonts/LiberationSerif-Bold.ttf")),
    ("LiberationSerif-Italic.ttf", include_bytes!("../fonts/LiberationSerif-Italic.ttf")),
    ("LiberationSerif-BoldItalic.ttf", include_bytes!("../fonts/LiberationSerif-BoldItalic.ttf")),
];

/// The Vietnamese of the JSON Schemas' descriptions and titles
/// (`locales/vi/schema.toml`: each English text, exactly as the schema
/// carries it, with its Vietnamese). Read by `i18n::schema`.
pub(crate) const SCHEMA_VI: &str = include_str!("../locales/vi/schema.toml");

/// The Fluent files of every language, by area: the name each file has in
/// both `locales/en/` and `locales/vi/`.
pub const LOCALE_FILES: &[&str] = &["kehoach.ftl", "verify.ftl", "verify-page.ftl", "verify-blocks.ftl", "check.ftl", "input.ftl", "output.ftl", "cli.ftl", "issuing.ftl", "mcp.ftl"];

/// The messages of a language by its code ("vi"; anything else is English),
/// in Project Fluent's syntax (read by `i18n`): one text per file of
/// [`LOCALE_FILES`], in that order.
pub fn locales(code: &str) -> [&'static str; 10] {
    macro_rules! files {
        ($lang:literal) => {
            [
                include_str!(concat!("../locales/", $lang, "/kehoach.ftl")),
                include_str!(concat!("../locales/", $lang, "/verify.ftl")),
                include_str!(concat!("../locales/", $lang, "/verify-page.ftl")),
                include_str!(concat!("../locales/", $lang, "/verify-blocks.ftl")),
                include_str!(concat!("../locales/", $lang, "/check.ftl")),
                include_str!(concat!("../locales/", $lang, "/input.ftl")),
                include_str!(concat!("../locales/", $lang, "/output.ftl")),
                include_str!(concat!("../locales/", $lang, "/cli.ftl")),
                include_str!(concat!("../locales/", $lang, "/issuing.ftl")),
                include_str!(concat!("../locales/", $lang, "/mcp.ftl")),
            ]
        };
    }
    match code {
        "vi" => files!("vi"),
        _ => files!("en"),
    }
}

/// The Vietnamese starter of a kind (`templates/new/vi/`): the same data,
/// its comments in Vietnamese (`tests/i18n.rs` compares the data).
pub fn starter_vi(kind: Kind) -> &'static str {
    use Kind::*;
    match kind {
        KeHoach => include_str!("../templates/new/vi/ke-hoach.toml"),
        CongVan => include_str!("../templates/new/vi/cong-van.toml"),
        BaoCao => include_str!("../templates/new/vi/bao-cao.toml"),
        HuongDan => include_str!("../templates/new/vi/huong-dan.toml"),
        QuyetDinh => include_str!("../templates/new/vi/quyet-dinh.toml"),
        ThongBao => include_str!("../templates/new/vi/thong-bao.toml"),
        NghiQuyet => include_str!("../templates/new/vi/nghi-quyet.toml"),
        ChiThi => include_str!("../templates/new/vi/chi-thi.toml"),
        ThongTri => include_str!("../templates/new/vi/thong-tri.toml"),
        DeAn => include_str!("../templates/new/vi/de-an.toml"),
        KetLuan => include_str!("../templates/new/vi/ket-luan.toml"),
        ToTrinh => include_str!("../templates/new/vi/to-trinh.toml"),
        QuyChe => include_str!("../templates/new/vi/quy-che.toml"),
        QuyDinh => include_str!("../templates/new/vi/quy-dinh.toml"),
        ChuongTrinh => include_str!("../templates/new/vi/chuong-trinh.toml"),
        BienBan => include_str!("../templates/new/vi/bien-ban.toml"),
        GiayMoi => include_str!("../templates/new/vi/giay-moi.toml"),
        GiayGioiThieu => include_str!("../templates/new/vi/giay-gioi-thieu.toml"),
    }
}

/// A commented starter document of a kind, valid as it stands.
pub fn starter(kind: Kind) -> &'static str {
    use Kind::*;
    match kind {
        KeHoach => include_str!("../templates/new/ke-hoach.toml"),
        CongVan => include_str!("../templates/new/cong-van.toml"),
        BaoCao => include_str!("../templates/new/bao-cao.toml"),
        HuongDan => include_str!("../templates/new/huong-dan.toml"),
        QuyetDinh => include_str!("../templates/new/quyet-dinh.toml"),
        ThongBao => include_str!("../templates/new/thong-bao.toml"),
        NghiQuyet => include_str!("../templates/new/nghi-quyet.toml"),
        ChiThi => include_str!("../templates/new/chi-thi.toml"),
        ThongTri => include_str!("../templates/new/thong-tri.toml"),
        DeAn => include_str!("../templates/new/de-an.toml"),
        KetLuan => include_str!("../templates/new/ket-luan.toml"),
        ToTrinh => include_str!("../templates/new/to-trinh.toml"),
        QuyChe => include_str!("../templates/new/quy-che.toml"),
        QuyDinh => include_str!("../templates/new/quy-dinh.toml"),
        ChuongTrinh => include_str!("../templates/new/chuong-trinh.toml"),
        BienBan => include_str!("../templates/new/bien-ban.toml"),
        GiayMoi => include_str!("../templates/new/giay-moi.toml"),
        GiayGioiThieu => include_str!("../templates/new/giay-gioi-thieu.toml"),
    }
}

/// Fonts and their book: parsed once per process and shared by every
/// document (and every thread) after that. Checking glyph coverage needs
/// only these, so they do not wait for typst's standard library.
struct FontSet {
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

static FONTS: LazyLock<FontSet> = LazyLock::new(|| {
    let fonts: Vec<Font> = FONT_FILES.iter().flat_map(|(_, data)| Font::iter(Bytes::new(*data))).collect();
    FontSet { book: LazyHash::new(FontBook::from_fonts(&fonts)), fonts }
});

/// The embedded fonts, parsed.
pub(crate) fn fonts() -> &'static [Font] {
    &FONTS.fonts
}

/// The book (index) of the embedded fonts, for the typst world.
pub(crate) fn font_book() -> &'static LazyHash<FontBook> {
    &FONTS.book
}
