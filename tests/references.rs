//! Page-image references: every page of every example, rendered at a low
//! resolution in shades of grey, must match `tests/references/<example>-<page>.png`
//! within a tolerance (what the layout assertions cannot see: a moved block,
//! a lost rule, a changed font).
//!
//! After an intended change of layout, regenerate the references and review
//! the images before committing them:
//!
//! ```sh
//! KEHOACH_BLESS=1 cargo test --release --test references
//! ```

mod common;

use std::path::{Path, PathBuf};

use common::*;

/// Resolution of the references: small files, yet a line of text is visible.
const PPI: f32 = 40.0;
/// Grey levels kept in a reference (4 bits): the tolerance below is far wider.
const LEVELS: u8 = 16;
/// A pixel differs when its grey level moves by more than this (of 255)…
const PIXEL_TOLERANCE: u8 = 64;
/// …and a page differs when more than this share of its pixels do.
const PAGE_TOLERANCE: f64 = 0.005;

/// A page in shades of grey, one byte a pixel.
#[derive(Clone, Debug, PartialEq)]
struct Grey {
    width: u32,
    height: u32,
    pixels: Vec<u8>,
}

fn references() -> PathBuf {
    root().join("tests/references")
}

fn blessing() -> bool {
    std::env::var_os("KEHOACH_BLESS").is_some_and(|v| !v.is_empty() && v != "0")
}

/// Decodes a PNG (RGB(A) 8-bit from the renderer, or grey 1–8 bit from a
/// reference) to grey levels.
fn decode(bytes: &[u8]) -> Grey {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::IDENTITY);
    let mut reader = decoder.read_info().expect("a PNG");
    let mut buf = vec![0; reader.output_buffer_size().expect("a size")];
    let info = reader.next_frame(&mut buf).expect("a frame");
    let (width, height) = (info.width, info.height);
    let pixels = match (info.color_type, info.bit_depth) {
        (png::ColorType::Rgba, png::BitDepth::Eight) => {
            buf.chunks(4).take((width * height) as usize).map(|p| luma(p[0], p[1], p[2])).collect()
        }
        (png::ColorType::Rgb, png::BitDepth::Eight) => {
            buf.chunks(3).take((width * height) as usize).map(|p| luma(p[0], p[1], p[2])).collect()
        }
        (png::ColorType::Grayscale, depth) => {
            let bits = depth as u8 as usize;
            let max = (1u16 << bits) - 1;
            let mut out = Vec::with_capacity((width * height) as usize);
            for row in buf.chunks(info.line_size).take(height as usize) {
                for x in 0..width as usize {
                    let bit = x * bits;
                    let byte = row[bit / 8];
                    let v = (byte >> (8 - bits - bit % 8)) as u16 & max;
                    out.push((v * 255 / max) as u8);
                }
            }
            out
        }
        other => panic!("unexpected PNG format {other:?}"),
    };
    Grey { width, height, pixels }
}

fn luma(r: u8, g: u8, b: u8) -> u8 {
    ((299 * r as u32 + 587 * g as u32 + 114 * b as u32 + 500) / 1000) as u8
}

/// Encodes grey levels as a 4-bit greyscale PNG.
fn encode(image: &Grey) -> Vec<u8> {
    let step = 255 / (LEVELS as u16 - 1);
    let row_bytes = (image.width as usize).div_ceil(2);
    let mut data = vec![0u8; row_bytes * image.height as usize];
    for y in 0..image.height as usize {
        for x in 0..image.width as usize {
            let v = image.pixels[y * image.width as usize + x] as u16;
            let level = ((v + step / 2) / step) as u8;
            data[y * row_bytes + x / 2] |= level << if x % 2 == 0 { 4 } else { 0 };
        }
    }
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, image.width, image.height);
    encoder.set_color(png::ColorType::Grayscale);
    encoder.set_depth(png::BitDepth::Four);
    encoder.set_compression(png::Compression::High);
    let mut writer = encoder.write_header().expect("a PNG header");
    writer.write_image_data(&data).expect("PNG data");
    writer.finish().expect("a PNG");
    out
}

/// The pages of a document as rendered now.
fn render(path: &Path) -> Vec<Grey> {
    let source = std::fs::read_to_string(path).unwrap();
    let prepared = kehoach::prepare(&path.display().to_string(), &source).unwrap_or_else(|e| panic!("{e}"));
    let doc = kehoach::typeset(&prepared).unwrap_or_else(|e| panic!("{e}"));
    kehoach::typeset::png(&doc, PPI).unwrap().iter().map(|png| decode(png)).collect()
}

/// Why two pages differ, if they do.
fn difference(actual: &Grey, expected: &Grey) -> Option<String> {
    if (actual.width, actual.height) != (expected.width, expected.height) {
        return Some(format!(
            "the page is {}×{} px, the reference {}×{} px",
            actual.width, actual.height, expected.width, expected.height
        ));
    }
    let differing =
        actual.pixels.iter().zip(&expected.pixels).filter(|(a, b)| a.abs_diff(**b) > PIXEL_TOLERANCE).count();
    let share = differing as f64 / actual.pixels.len() as f64;
    (share > PAGE_TOLERANCE).then(|| {
        format!(
            "{differing} pixels ({:.2} %) differ by more than {PIXEL_TOLERANCE} grey levels (at most {:.1} % may)",
            share * 100.0,
            PAGE_TOLERANCE * 100.0
        )
    })
}

fn reference_name(example: &Path, page: usize) -> String {
    format!("{}-{page}.png", example.file_stem().unwrap().to_string_lossy())
}

#[test]
fn every_page_of_every_example_matches_its_reference() {
    let dir = references();
    let bless = blessing();
    if bless {
        std::fs::create_dir_all(&dir).unwrap();
    }
    let mut problems = Vec::new();
    let mut expected_files = Vec::new();
    for example in examples() {
        for (i, page) in render(&example).iter().enumerate() {
            let name = reference_name(&example, i + 1);
            let path = dir.join(&name);
            expected_files.push(name.clone());
            if bless {
                std::fs::write(&path, encode(page)).unwrap();
                continue;
            }
            let Ok(bytes) = std::fs::read(&path) else {
                problems.push(format!("{name}: no reference"));
                continue;
            };
            if let Some(why) = difference(page, &decode(&bytes)) {
                let seen = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("actual-{name}"));
                std::fs::write(&seen, encode(page)).unwrap();
                problems.push(format!("{name}: {why}; the page as rendered now: {}", seen.display()));
            }
        }
    }
    // References of pages that no longer exist.
    for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".png") && !expected_files.contains(&name) {
            if bless {
                std::fs::remove_file(entry.path()).unwrap();
            } else {
                problems.push(format!("{name}: a reference of a page that is not rendered any more"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "the pages differ from their references:\n{}\nIf the change is intended, regenerate them with \
         `KEHOACH_BLESS=1 cargo test --release --test references`, look at the images and commit them.",
        problems.join("\n")
    );
}

#[test]
fn references_stay_small() {
    let entries: Vec<_> = std::fs::read_dir(references()).expect("tests/references/ exists").map(Result::unwrap).collect();
    assert!(entries.len() >= 20, "only {} reference pages", entries.len());
    for entry in entries {
        let size = entry.metadata().unwrap().len();
        assert!(size < 40_000, "{} is {size} bytes", entry.path().display());
    }
}

/// The comparison itself: identical pages match, a moved block does not, a
/// little anti-aliasing noise is tolerated, and the 4-bit files round-trip.
#[test]
fn the_comparison_tolerates_noise_but_not_change() {
    let page = render(&example("nghia-thai-2024.toml")).remove(0);
    let round_trip = decode(&encode(&page));
    assert_eq!(difference(&round_trip, &page), None);
    assert!(round_trip.pixels.iter().zip(&page.pixels).all(|(a, b)| a.abs_diff(*b) <= 9));

    let mut noisy = page.clone();
    for p in noisy.pixels.iter_mut().step_by(500) {
        *p = 255 - *p;
    }
    assert_eq!(difference(&noisy, &page), None, "0.2 % of pixels flipped is within tolerance");

    // The same page with its content shifted 1 mm (about 2 px) down.
    let w = page.width as usize;
    let mut shifted = page.clone();
    shifted.pixels = vec![255; 2 * w];
    shifted.pixels.extend_from_slice(&page.pixels[..page.pixels.len() - 2 * w]);
    assert!(difference(&shifted, &page).is_some_and(|why| why.contains("differ by more than")));

    let mut wider = page.clone();
    wider.width += 1;
    assert!(difference(&wider, &page).is_some_and(|why| why.contains("px")));
}
