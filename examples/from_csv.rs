//! A plan built in code from a CSV of sectors, with no TOML text: each row
//! of `examples/sectors.csv` is a sector and one of its dash items. The plan
//! is checked like a file (`prepare_document`: every problem located by
//! field path), then rendered to PDF.
//!
//! ```text
//! cargo run --release --example from_csv -- examples/sectors.csv plan.pdf
//! ```

use std::error::Error;

use kehoach::model::date::DocDate;
use kehoach::model::plan::{Content, Organization, Purpose, Sector, Task};
use kehoach::model::{Document, Issuer, Kind, Recipients, Signer};

fn main() -> Result<(), Box<dyn Error>> {
    let mut args = std::env::args().skip(1);
    let csv = args.next().unwrap_or_else(|| "examples/sectors.csv".into());
    let out = args.next().unwrap_or_else(|| "plan.pdf".into());
    let rows = read_csv(&std::fs::read_to_string(&csv)?)?;

    let mut plan = Document::new(
        Kind::KeHoach,
        Issuer::new("Đảng ủy xã Nghĩa Thái", "ĐU").under("Đảng bộ tỉnh Ninh Bình"),
        "Nghĩa Thái",
        DocDate::ymd(2026, 6, 5)?,
        "Phát động phong trào thi đua “Dân vận khéo” năm 2026",
        Signer::new("Phó Bí thư Thường trực", "Đông Văn Chung").on_behalf_of("Đảng ủy"),
    );
    plan.number = Some(12);
    plan.purpose = Some(Purpose { points: vec!["Phát huy quyền làm chủ của nhân dân.".into()], ..Purpose::default() });
    let mut sectors: Vec<Sector> = Vec::new();
    for (sector, item) in rows {
        match sectors.iter_mut().find(|s| s.name.as_str() == sector) {
            Some(s) => s.items.push(item.into()),
            None => sectors.push(Sector { name: sector.into(), items: vec![item.into()], ..Sector::default() }),
        }
    }
    plan.content = Some(Content { sectors, ..Content::default() });
    plan.organization = Some(Organization {
        tasks: vec![Task { unit: "Các Chi ủy - Chi bộ".into(), task: "xây dựng kế hoạch thực hiện.".into(), deadline: None }],
        ..Organization::default()
    });
    plan.recipients = Some(Recipients::new(["Ban Tuyên giáo và Dân vận Tỉnh ủy", "Các Chi ủy Chi bộ"], "VPĐU"));

    // Every check of a file, located by field path; `?` prints them readably.
    let prepared = kehoach::prepare_document(&plan)?;
    for warning in &prepared.warnings {
        eprint!("{warning}");
    }
    let pdf = kehoach::render_pdf(&prepared, &kehoach::PdfSettings::default())?;
    kehoach::output::write_atomic(std::path::Path::new(&out), &pdf)?;
    println!("{out}: {} sectors, {} bytes", plan.content.as_ref().map_or(0, |c| c.sectors.len()), pdf.len());
    Ok(())
}

/// The rows of a two-column CSV with a header line (`sector,item`), fields
/// quoted with `"` when they hold a comma (`""` for a quote inside).
fn read_csv(text: &str) -> Result<Vec<(String, String)>, String> {
    let mut rows = Vec::new();
    for (n, line) in text.lines().enumerate().skip(1).filter(|(_, l)| !l.trim().is_empty()) {
        let mut fields = Vec::new();
        let mut field = String::new();
        let mut chars = line.chars().peekable();
        let mut quoted = false;
        while let Some(c) = chars.next() {
            match (c, quoted) {
                ('"', true) if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                ('"', _) => quoted = !quoted,
                (',', false) => fields.push(std::mem::take(&mut field)),
                (c, _) => field.push(c),
            }
        }
        fields.push(field);
        match <[String; 2]>::try_from(fields) {
            Ok([sector, item]) => rows.push((sector.trim().to_owned(), item.trim().to_owned())),
            Err(f) => return Err(format!("line {}: expected 2 fields (sector,item), found {}", n + 1, f.len())),
        }
    }
    Ok(rows)
}
