//! The numbered sections of a document: a plan's semantic parts (I- purpose,
//! II- content with its numbered parts, organisation) and the general
//! sections every kind may have.

use super::{item, Block, Builder, Sec};
use crate::model::plan::{Content, Organization};
use crate::model::Document;
use crate::context::rich::Rich;
use crate::vietnamese::Text;

/// Default headings, used where the plan gives no title.
const PURPOSE: &str = "Mục đích, yêu cầu";
const CONTENT: &str = "Nội dung";
const PARTICIPANTS: &str = "Đối tượng thực hiện";
const SECTORS: &str = "Nội dung";
const TIMELINE: &str = "Thời gian thực hiện";
const CRITERIA: &str = "Tiêu chí đánh giá";
const STANDARDS: &str = "Tiêu chuẩn ở các cấp";
const ORGANIZATION: &str = "Tổ chức thực hiện";

fn title(b: &mut Builder, path: &str, given: &Option<Text>, default: &str) -> Rich {
    match given {
        Some(t) if !t.is_blank() => b.rich(&format!("{path}.title"), t),
        _ => Rich::plain(default),
    }
}

/// The numbered sections of a document in the order of the seeds: purpose,
/// content, further sections, organisation (only a plan has the first two).
pub fn sections(b: &mut Builder, doc: &Document) -> Vec<Sec> {
    let mut sections = Vec::new();
    if let Some(p) = &doc.purpose {
        let mut s = Sec::titled(title(b, "purpose", &p.title, PURPOSE));
        s.blocks = b.paragraphs("purpose.text", &p.text);
        s.children = b
            .rich_list("purpose.points", &p.points)
            .into_iter()
            .map(|runs| Sec { numbered: true, blocks: vec![Block::par(runs)], ..Sec::default() })
            .collect();
        sections.push(s);
    }
    if let Some(c) = &doc.content {
        sections.push(content(b, c));
    }
    for (i, s) in doc.sections.iter().enumerate() {
        sections.push(b.section(&format!("sections[{i}]"), s));
    }
    if let Some(o) = &doc.organization {
        sections.push(organization(b, o));
    }
    sections
}

fn organization(b: &mut Builder, o: &Organization) -> Sec {
    let mut s = Sec::titled(title(b, "organization", &o.title, ORGANIZATION));
    s.blocks = b.paragraphs("organization.text", &o.text);
    for (i, t) in o.tasks.iter().enumerate() {
        let path = format!("organization.tasks[{i}]");
        let mut runs = Rich::plain(format!("{} ", t.unit.as_str().trim()));
        let dates_before = b.dates.len();
        runs.push(b.rich(&format!("{path}.task"), &t.task));
        if let Some(deadline) = t.deadline {
            let already = b.dates[dates_before..].iter().any(|(_, d)| *d == deadline);
            b.dates.push((format!("{path}.deadline"), deadline));
            if !already {
                runs.push_str(&format!(" (hoàn thành trước ngày {})", deadline.short_form()));
            }
        }
        s.blocks.push(item(runs));
    }
    s.children = o
        .sections
        .iter()
        .enumerate()
        .map(|(i, c)| b.section(&format!("organization.sections[{i}]"), c))
        .collect();
    s
}

fn content(b: &mut Builder, c: &Content) -> Sec {
    let mut s = Sec::titled(title(b, "content", &c.title, CONTENT));
    s.blocks = b.paragraphs("content.text", &c.text);

    if let Some(p) = &c.participants {
        let mut part = Sec::titled(title(b, "content.participants", &p.title, PARTICIPANTS));
        part.blocks = b.paragraphs("content.participants.text", &p.text);
        for (field, label, value) in [
            ("collective", "Tập thể", &p.collective),
            ("individual", "Cá nhân", &p.individual),
        ] {
            if let Some(v) = value {
                let mut runs = Rich::italic(label);
                runs.push_str(": ");
                runs.push(b.rich(&format!("content.participants.{field}"), v));
                part.blocks.push(item(runs));
            }
        }
        s.children.push(part);
    }

    if !c.sectors.is_empty() || c.sectors_title.is_some() || !c.sectors_text.is_empty() {
        let sectors_title = match &c.sectors_title {
            Some(t) if !t.is_blank() => b.rich("content.sectors_title", t),
            _ => Rich::plain(SECTORS),
        };
        let mut group = Sec::titled(sectors_title);
        group.blocks = b.paragraphs("content.sectors_text", &c.sectors_text);
        for (i, sector) in c.sectors.iter().enumerate() {
            let path = format!("content.sectors[{i}]");
            let mut sec = Sec::titled(b.rich(&format!("{path}.name"), &sector.name));
            sec.blocks = b.paragraphs(&format!("{path}.text"), &sector.text);
            sec.blocks.extend(b.items(&format!("{path}.items"), &sector.items));
            if !sector.targets.is_empty() {
                sec.blocks.push(Block::par(Rich::italic("Chỉ tiêu:")));
                sec.blocks.extend(b.items(&format!("{path}.targets"), &sector.targets));
            }
            group.children.push(sec);
        }
        s.children.push(group);
    }

    if let Some(t) = &c.timeline {
        let mut sec = Sec::titled(title(b, "content.timeline", &t.title, TIMELINE));
        sec.blocks = b.paragraphs("content.timeline.text", &t.text);
        for (i, m) in t.milestones.iter().enumerate() {
            let path = format!("content.timeline.milestones[{i}]");
            b.dates.push((format!("{path}.date"), m.date));
            let mut runs = Rich::plain(format!("{}: ", m.date.short_form()));
            runs.push(b.rich(&format!("{path}.task"), &m.task));
            sec.blocks.push(item(runs));
        }
        s.children.push(sec);
    }

    if let Some(cr) = &c.criteria {
        let mut sec = Sec::titled(title(b, "content.criteria", &cr.title, CRITERIA));
        sec.blocks = b.paragraphs("content.criteria.text", &cr.text);
        sec.blocks.extend(b.items("content.criteria.items", &cr.items));
        s.children.push(sec);
    }

    if let Some(st) = &c.standards {
        let mut sec = Sec::titled(title(b, "content.standards", &st.title, STANDARDS));
        sec.blocks = b.paragraphs("content.standards.text", &st.text);
        for (i, level) in st.levels.iter().enumerate() {
            let path = format!("content.standards.levels[{i}]");
            let mut l = Sec::titled(b.rich(&format!("{path}.name"), &level.name));
            l.numbered = false;
            l.blocks = b.paragraphs(&format!("{path}.text"), &level.text);
            l.blocks.extend(b.items(&format!("{path}.items"), &level.items));
            sec.children.push(l);
        }
        s.children.push(sec);
    }

    for (i, extra) in c.sections.iter().enumerate() {
        s.children.push(b.section(&format!("content.sections[{i}]"), extra));
    }
    s
}
