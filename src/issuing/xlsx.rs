//! A table as an Excel workbook (.xlsx, Office Open XML SpreadsheetML): one
//! sheet, a bold header row, text in inline strings and whole numbers as
//! numbers. The package is the few parts Excel, LibreOffice and openpyxl
//! need, zipped by the DOCX writer's `zip_parts` (fixed order and entry
//! times, so identical rows give identical bytes). Written by hand rather
//! than with a spreadsheet crate: the register needs nothing more, and the
//! zip crate is already built.

use std::fmt::Write as _;

use crate::docx::package::zip_parts;
use crate::docx::xml::escape_into;

/// One cell of the table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cell {
    /// Text.
    Text(String),
    /// A whole number.
    Number(u64),
    /// Nothing.
    Empty,
}

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>"#;

const ROOT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;

const WORKBOOK_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#;

/// Two fonts (regular, bold) and two cell formats: 0 plain, 1 bold.
const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>"#;

/// The workbook of one sheet named `sheet`: the header row in bold, then the rows.
pub fn workbook(sheet: &str, header: &[&str], rows: &[Vec<Cell>]) -> Result<Vec<u8>, String> {
    let mut name = String::new();
    // A sheet's name: at most 31 characters, none of []:*?/\.
    let clean: String = sheet.chars().filter(|c| !"[]:*?/\\".contains(*c)).take(31).collect();
    escape_into(&clean, &mut name);
    let book = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{name}" sheetId="1" r:id="rId1"/></sheets></workbook>"#
    );
    let header: Vec<Cell> = header.iter().map(|h| Cell::Text((*h).to_owned())).collect();
    let mut data = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#,
    );
    for (r, row) in std::iter::once(&header).chain(rows).enumerate() {
        let style = if r == 0 { " s=\"1\"" } else { "" };
        let _ = write!(data, "<row r=\"{}\">", r + 1);
        for (c, cell) in row.iter().enumerate() {
            let at = format!("{}{}", column_name(c), r + 1);
            match cell {
                Cell::Text(t) => {
                    let _ = write!(data, "<c r=\"{at}\"{style} t=\"inlineStr\"><is><t xml:space=\"preserve\">");
                    escape_into(t, &mut data);
                    data.push_str("</t></is></c>");
                }
                Cell::Number(n) => {
                    let _ = write!(data, "<c r=\"{at}\"{style}><v>{n}</v></c>");
                }
                Cell::Empty => {}
            }
        }
        data.push_str("</row>");
    }
    data.push_str("</sheetData></worksheet>");
    zip_parts(&[
        ("[Content_Types].xml".into(), CONTENT_TYPES.into()),
        ("_rels/.rels".into(), ROOT_RELS.into()),
        ("xl/workbook.xml".into(), book),
        ("xl/_rels/workbook.xml.rels".into(), WORKBOOK_RELS.into()),
        ("xl/styles.xml".into(), STYLES.into()),
        ("xl/worksheets/sheet1.xml".into(), data),
    ])
}

/// The spreadsheet's name of a 0-based column: A … Z, AA …
fn column_name(mut c: usize) -> String {
    let mut name = Vec::new();
    loop {
        name.push(b'A' + (c % 26) as u8);
        if c < 26 {
            break;
        }
        c = c / 26 - 1;
    }
    name.reverse();
    String::from_utf8(name).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_named_like_a_spreadsheets() {
        let names: Vec<String> = [0, 7, 25, 26, 27, 701, 702].into_iter().map(column_name).collect();
        assert_eq!(names, ["A", "H", "Z", "AA", "AB", "ZZ", "AAA"]);
    }
}
