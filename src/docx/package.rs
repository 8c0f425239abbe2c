//! The OPC package: the rendered parts zipped in a fixed order with fixed
//! entry times, so identical input gives identical bytes.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

/// Zips `(name, content)` parts in the given order. Every entry is deflated
/// and dated 1980-01-01 00:00 (the zip epoch), with no extra fields.
pub fn zip_parts(parts: &[(String, String)]) -> Result<Vec<u8>, String> {
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(DateTime::default())
        .unix_permissions(0o644);
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, content) in parts {
        zip.start_file(name.as_str(), options).map_err(|e| format!("zip entry {name}: {e}"))?;
        zip.write_all(content.as_bytes()).map_err(|e| format!("zip entry {name}: {e}"))?;
    }
    let cursor = zip.finish().map_err(|e| format!("zip: {e}"))?;
    Ok(cursor.into_inner())
}
