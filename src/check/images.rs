//! The signature and seal images of `[signer]` (HD 05 7.2.2, 8.2.3): each a
//! PNG inside the plan's own directory, read only through the sandbox of
//! [`crate::sandbox::TemplateDir`] (no absolute path, no `..`, no
//! symlink out, regular files only), at most [`MAX_IMAGE_BYTES`]; a PNG
//! without transparency is a warning (the seal would hide the text under it),
//! and the seal's diameter must be a real one, 20–60 mm.

use std::path::Path;

use typst::syntax::VirtualPath;
use typst::diag::FileError;

use crate::check::form_rules::Checker;
use crate::model::Signer;
use crate::vietnamese::Text;
use crate::sandbox::TemplateDir;

/// Id of the diagnostic (see [`crate::check::ids`]): a signature or seal image without a transparent background.
pub const OPAQUE_IMAGE: &str = "opaque-image";

/// Largest signature or seal image, in bytes.
pub const MAX_IMAGE_BYTES: usize = 2 * 1024 * 1024;

/// The diameters a Party seal has, mm.
pub const SEAL_DIAMETER_MM: (f64, f64) = (20.0, 60.0);

const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

/// Checks the images of every signer (`signer`, `co_signers[i]`,
/// `confirmation`: the field path of each); returns the plan's directory,
/// opened as the sandbox the typst world reads them from, when there is an image.
pub fn signer_images(c: &mut Checker, signers: &[(String, &Signer)]) -> Option<TemplateDir> {
    let mut images: Vec<(String, &Text)> = Vec::new();
    for (path, signer) in signers {
        if let Some(d) = signer.seal_diameter_mm {
            let (min, max) = SEAL_DIAMETER_MM;
            if !(min..=max).contains(&d) {
                c.error("seal-diameter", 
                    &format!("{path}.seal_diameter_mm"),
                    crate::tr!("seal-diameter", diameter = d, min = min, max = max),
                    Some(crate::tr!("hint-seal-diameter")),
                );
            }
        }
        let own = [("signature_image", &signer.signature_image), ("seal_image", &signer.seal_image)];
        images.extend(own.into_iter().filter_map(|(f, v)| v.as_ref().map(|v| (format!("{path}.{f}"), v))));
    }
    if images.is_empty() {
        return None;
    }
    let dir = Path::new(c.file).parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let plan = match TemplateDir::open(dir) {
        Ok(plan) => plan,
        Err(e) => {
            c.error("plan-directory", "signer", crate::tr!("plan-directory", reason = e), None);
            return None;
        }
    };
    for (field, path) in images {
        check_image(c, &plan, &field, path.as_str().trim());
    }
    Some(plan)
}

fn check_image(c: &mut Checker, plan: &TemplateDir, field: &str, path: &str) {
    let inside = crate::tr!("hint-image-path");
    if path.is_empty() || path.starts_with(['/', '\\']) || path.get(1..2) == Some(":") {
        return c.error("image-path", field, crate::tr!("image-path-not-inside", path = path), Some(inside.clone()));
    }
    if path.split(['/', '\\']).any(|part| part == "..") {
        return c.error("image-path", field, crate::tr!("image-path-parent", path = path), Some(inside.clone()));
    }
    if !path.to_ascii_lowercase().ends_with(".png") {
        return c.error("image-not-png", field, crate::tr!("image-not-png", path = path), Some(crate::tr!("hint-image-not-png")));
    }
    let vpath = match VirtualPath::new(path) {
        Ok(vpath) => vpath,
        Err(e) => return c.error("image-path", field, format!("`{path}`: {e}"), Some(inside)),
    };
    if plan.leads_outside(&vpath) {
        return c.error("image-path", field, crate::tr!("image-path-outside", path = path), Some(inside));
    }
    let bytes = match plan.read(&vpath) {
        Ok(Some(bytes)) => bytes,
        Ok(None) => return c.error("image-path", field, crate::tr!("image-missing", path = path), Some(inside)),
        // The sandbox's own words, without typst's "failed to load file (…)".
        Err(FileError::Other(Some(why))) => return c.error("image-path", field, why.to_string(), Some(inside)),
        Err(why) => return c.error("image-path", field, why.to_string(), Some(inside)),
    };
    if bytes.len() > MAX_IMAGE_BYTES {
        return c.error("image-too-large", 
            field,
            crate::tr!("image-too-large", path = path, len = bytes.len(), limit = MAX_IMAGE_BYTES),
            Some(crate::tr!("hint-image-too-large")),
        );
    }
    if !bytes.starts_with(PNG_SIGNATURE) || bytes.len() < 33 {
        return c.error("image-not-png", field, crate::tr!("image-content-not-png", path = path), Some(crate::tr!("hint-image-not-png")));
    }
    if !has_transparency(&bytes) {
        c.warning(
            OPAQUE_IMAGE,
            field,
            crate::tr!("image-opaque", path = path),
            Some(crate::tr!("hint-image-opaque")),
        );
    }
}

/// Whether a PNG can be transparent: an alpha channel (colour types 4 and 6)
/// or a `tRNS` chunk.
fn has_transparency(png: &[u8]) -> bool {
    // IHDR is the first chunk: 8 signature + 4 length + 4 type + 13 data.
    if matches!(png.get(25), Some(4 | 6)) {
        return true;
    }
    let mut at = 8;
    while at + 8 <= png.len() {
        let len = u32::from_be_bytes([png[at], png[at + 1], png[at + 2], png[at + 3]]) as usize;
        match &png[at + 4..at + 8] {
            b"tRNS" => return true,
            b"IDAT" | b"IEND" => return false,
            _ => at += 12 + len,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(colour_type: u8, chunk: &[u8]) -> Vec<u8> {
        let mut v = PNG_SIGNATURE.to_vec();
        v.extend([0, 0, 0, 13]);
        v.extend(b"IHDR");
        v.extend([0, 0, 0, 1, 0, 0, 0, 1, 8, colour_type, 0, 0, 0]);
        v.extend([0, 0, 0, 0]);
        v.extend([0, 0, 0, 0]);
        v.extend(chunk);
        v.extend([0, 0, 0, 0]);
        v.extend([0, 0, 0, 0]);
        v.extend(b"IDAT");
        v
    }

    #[test]
    fn transparency_by_alpha_or_trns() {
        assert!(has_transparency(&png(6, b"")));
        assert!(has_transparency(&png(4, b"")));
        assert!(!has_transparency(&png(2, b"")));
        assert!(has_transparency(&png(3, b"tRNS")));
    }
}
