//! Inspecting laid-out pages: every run of text and every drawn line with its
//! absolute position (mm from the page's top-left corner), size and weight.
//!
//! This is what lets tests — and form checks — assert on the document as
//! printed rather than on the source that produced it.

use typst::layout::{Abs, Frame, FrameItem, Point, Transform};
use typst::text::{FontStyle, FontWeight};
use typst::visualize::Geometry;
use typst_layout::PagedDocument;

/// A run of text on a page.
#[derive(Clone, Debug, PartialEq)]
pub struct TextRun {
    /// 1-based page number.
    pub page: usize,
    /// Left edge of the run, mm from the page's left edge.
    pub x: f64,
    /// Baseline, mm from the page's top edge.
    pub y: f64,
    /// Advance width, mm.
    pub width: f64,
    /// Font size, pt.
    pub size: f64,
    /// Set in a bold face.
    pub bold: bool,
    /// Set in an italic face.
    pub italic: bool,
    /// Font family ("Liberation Serif").
    pub family: String,
    /// The glyphs' colour as "#rrggbb" ("#000000" for black), or "pattern"
    /// for a gradient or tiling.
    pub color: String,
    /// The text of the run.
    pub text: String,
}

impl TextRun {
    /// Right edge, mm.
    pub fn right(&self) -> f64 {
        self.x + self.width
    }

    /// Horizontal centre, mm.
    pub fn center(&self) -> f64 {
        self.x + self.width / 2.0
    }
}

/// A straight line drawn on a page (rules, underlines).
#[derive(Clone, Debug, PartialEq)]
pub struct Rule {
    /// 1-based page number.
    pub page: usize,
    /// Start point, mm.
    pub x: f64,
    /// Start point's distance from the top edge, mm.
    pub y: f64,
    /// Horizontal extent, mm (negative when drawn right to left).
    pub dx: f64,
    /// Vertical extent, mm.
    pub dy: f64,
    /// Stroke thickness, pt.
    pub thickness: f64,
}

impl Rule {
    /// The rule from `start` to `end` (page coordinates) on a page.
    fn between(page: usize, start: Point, end: Point, thickness: f64) -> Rule {
        Rule { page, x: mm(start.x), y: mm(start.y), dx: mm(end.x - start.x), dy: mm(end.y - start.y), thickness }
    }
}

/// A stroked rectangle (the frame of a mark), mm from the page's top-left.
#[derive(Clone, Debug, PartialEq)]
pub struct FrameBox {
    /// 1-based page number.
    pub page: usize,
    /// Left edge, mm.
    pub x: f64,
    /// Top edge, mm.
    pub y: f64,
    /// Width, mm.
    pub width: f64,
    /// Height, mm.
    pub height: f64,
    /// Stroke thickness, pt.
    pub thickness: f64,
}

/// A placed image (the signature, the seal), mm from the page's top-left.
#[derive(Clone, Debug, PartialEq)]
pub struct ImageBox {
    /// 1-based page number.
    pub page: usize,
    /// Left edge, mm.
    pub x: f64,
    /// Top edge, mm.
    pub y: f64,
    /// Width, mm.
    pub width: f64,
    /// Height, mm.
    pub height: f64,
}

/// The size of a page, mm.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PageSize {
    /// Width, mm.
    pub width: f64,
    /// Height, mm.
    pub height: f64,
}

/// Everything drawn in a document.
#[derive(Clone, Debug, Default)]
pub struct Layout {
    /// Every page's size, in order.
    pub pages: Vec<PageSize>,
    /// Every run of text, in drawing order.
    pub texts: Vec<TextRun>,
    /// Every straight line.
    pub rules: Vec<Rule>,
    /// Every stroked rectangle.
    pub frames: Vec<FrameBox>,
    /// Every placed image.
    pub images: Vec<ImageBox>,
}

/// A line of text: runs sharing a baseline, left to right.
#[derive(Clone, Debug)]
pub struct Line {
    /// 1-based page number.
    pub page: usize,
    /// Baseline, mm from the page's top edge.
    pub y: f64,
    /// The runs, left to right.
    pub runs: Vec<TextRun>,
}

impl Line {
    /// The line's text, runs joined with a space where there is a visible gap.
    pub fn text(&self) -> String {
        let mut out = String::new();
        let mut last_right: Option<f64> = None;
        for r in &self.runs {
            if let Some(right) = last_right {
                if r.x - right > 0.3 && !out.ends_with(' ') && !r.text.starts_with(' ') {
                    out.push(' ');
                }
            }
            out.push_str(&r.text);
            last_right = Some(r.right());
        }
        out
    }

    /// Left edge of the first run, mm.
    pub fn left(&self) -> f64 {
        self.runs.first().map(|r| r.x).unwrap_or(0.0)
    }

    /// Right edge of the rightmost run, mm.
    pub fn right(&self) -> f64 {
        self.runs.iter().map(TextRun::right).fold(0.0, f64::max)
    }

    /// Middle between left and right edges, mm.
    pub fn center(&self) -> f64 {
        (self.left() + self.right()) / 2.0
    }
}

fn mm(a: Abs) -> f64 {
    a.to_mm()
}

/// Flattens a laid-out document.
pub fn inspect(doc: &PagedDocument) -> Layout {
    let mut layout = Layout::default();
    for (i, page) in doc.pages().iter().enumerate() {
        let size = page.frame.size();
        layout.pages.push(PageSize { width: mm(size.x), height: mm(size.y) });
        walk(&page.frame, Transform::identity(), i + 1, &mut layout);
    }
    layout
}

fn walk(frame: &Frame, ts: Transform, page: usize, out: &mut Layout) {
    for (pos, item) in frame.items() {
        match item {
            FrameItem::Group(group) => {
                let inner = ts.pre_concat(Transform::translate(pos.x, pos.y)).pre_concat(group.transform);
                walk(&group.frame, inner, page, out);
            }
            FrameItem::Text(text) => {
                let at = pos.transform(ts);
                let info = text.font.font().info();
                out.texts.push(TextRun {
                    page,
                    x: mm(at.x),
                    y: mm(at.y),
                    width: mm(visible_width(text)),
                    size: text.size.to_pt(),
                    bold: info.variant.weight >= FontWeight::SEMIBOLD,
                    italic: info.variant.style != FontStyle::Normal,
                    family: info.family.clone(),
                    color: match &text.fill {
                        typst::visualize::Paint::Solid(c) => c.to_hex().to_string(),
                        _ => "pattern".to_owned(),
                    },
                    // The context's non-breaking spaces and word joiners read as plain text.
                    text: crate::vietnamese::breaks::plain(&text.text).into_owned(),
                });
            }
            FrameItem::Shape(shape, _) => {
                let thickness = shape.stroke.as_ref().map(|s| s.thickness.to_pt()).unwrap_or(0.0);
                let start = pos.transform(ts);
                match &shape.geometry {
                    Geometry::Line(delta) => {
                        out.rules.push(Rule::between(page, start, (*pos + *delta).transform(ts), thickness));
                    }
                    Geometry::Rect(size) if shape.fill.is_some() && size.y.to_pt() < 2.0 => {
                        // Underlines and thin filled bars: treat as a rule.
                        let end = (*pos + Point::new(size.x, Abs::zero())).transform(ts);
                        out.rules.push(Rule::between(page, start, end, size.y.to_pt()));
                    }
                    Geometry::Rect(size) if shape.stroke.is_some() => {
                        // Frames (secrecy and urgency marks).
                        let end = (*pos + Point::new(size.x, size.y)).transform(ts);
                        out.frames.push(FrameBox {
                            page,
                            x: mm(start.x),
                            y: mm(start.y),
                            width: mm(end.x - start.x),
                            height: mm(end.y - start.y),
                            thickness,
                        });
                    }
                    _ => {}
                }
            }
            FrameItem::Image(_, size, _) => {
                let start = pos.transform(ts);
                let end = (*pos + Point::new(size.x, size.y)).transform(ts);
                out.images.push(ImageBox { page, x: mm(start.x), y: mm(start.y), width: mm(end.x - start.x), height: mm(end.y - start.y) });
            }
            _ => {}
        }
    }
}

/// Advance width without trailing spaces (a justified line's last run keeps
/// its space, which is not ink on the page).
fn visible_width(text: &typst::text::TextItem) -> Abs {
    let mut width = text.width();
    for glyph in text.glyphs.iter().rev() {
        let covers = text.text.get(glyph.range()).unwrap_or("");
        if covers.chars().all(char::is_whitespace) && !covers.is_empty() {
            width -= glyph.x_advance.at(text.size);
        } else {
            break;
        }
    }
    width
}

impl Layout {
    /// Text lines, page by page, top to bottom; runs whose baselines are within
    /// 0.5 pt of each other share a line.
    pub fn lines(&self) -> Vec<Line> {
        let mut runs = self.texts.clone();
        runs.sort_by(|a, b| {
            (a.page, a.y, a.x).partial_cmp(&(b.page, b.y, b.x)).unwrap_or(std::cmp::Ordering::Equal)
        });
        let mut lines: Vec<Line> = Vec::new();
        for r in runs {
            match lines.last_mut() {
                Some(l) if l.page == r.page && (l.y - r.y).abs() < 0.18 => l.runs.push(r),
                _ => lines.push(Line { page: r.page, y: r.y, runs: vec![r] }),
            }
        }
        for l in &mut lines {
            l.runs.sort_by(|a, b| a.x.partial_cmp(&b.x).unwrap_or(std::cmp::Ordering::Equal));
        }
        lines
    }

    /// The first line whose text contains `needle`.
    pub fn find_line(&self, needle: &str) -> Option<Line> {
        self.lines().into_iter().find(|l| l.text().contains(needle))
    }

    /// The first run whose text contains `needle`.
    pub fn find_run(&self, needle: &str) -> Option<&TextRun> {
        self.texts.iter().find(|r| r.text.contains(needle))
    }

    /// All the text of the document, line by line.
    pub fn text(&self) -> String {
        self.lines().iter().map(Line::text).collect::<Vec<_>>().join("\n")
    }
}
