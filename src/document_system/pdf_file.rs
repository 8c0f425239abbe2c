//! Reading and appending to the PDF typst wrote: just enough of the PDF
//! syntax (ISO 32000-1 §7.3) to find the catalog and the pages, change them
//! in an **incremental update** (§7.5.6), and read embedded files back.
//!
//! An incremental update leaves every byte typst wrote in place and appends
//! new versions of the changed objects, a cross-reference section for them
//! and a trailer pointing back (`/Prev`) to the original one. That keeps the
//! PDF/A conformance typst established (the XMP metadata and the document
//! identifier are untouched) and is exactly how a signing tool will append
//! its signature afterwards. Output is a pure function of the input bytes.
//!
//! Only classic cross-reference tables are read (typst writes them); a file
//! with cross-reference streams or object streams is refused with a message.

use std::collections::BTreeMap;
use std::fmt::Write as _;

/// A PDF object, as far as this module needs to understand one. Strings keep
/// their raw bytes (including the delimiters), so that writing an object back
/// reproduces them exactly.
#[derive(Clone, Debug, PartialEq)]
pub enum Obj {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number as written ("12", "-3.5").
    Num(String),
    /// A name without its slash, as written (with any #xx escapes).
    Name(String),
    /// A literal or hex string, raw, delimiters included.
    Str(Vec<u8>),
    /// An array.
    Array(Vec<Obj>),
    /// A dictionary.
    Dict(Dict),
    /// An indirect reference: object number, generation.
    Ref(u32, u16),
}

/// A dictionary, keys in the order they were read (or added).
pub type Dict = Vec<(String, Obj)>;

impl Obj {
    /// A name object (`/Annot`), from the name without its slash.
    pub fn name(s: &str) -> Obj {
        Obj::Name(s.to_owned())
    }

    /// A number object, as written.
    pub fn num(x: impl ToString) -> Obj {
        Obj::Num(x.to_string())
    }

    /// A text string: ASCII as a literal string, anything else as UTF-16BE
    /// hex with a byte-order mark (§7.9.2.2).
    pub fn text(s: &str) -> Obj {
        if s.bytes().all(|b| (0x20..0x7f).contains(&b) && !b"()\\".contains(&b)) {
            return Obj::Str(format!("({s})").into_bytes());
        }
        let mut hex = String::from("<FEFF");
        for unit in s.encode_utf16() {
            let _ = write!(hex, "{unit:04X}");
        }
        hex.push('>');
        Obj::Str(hex.into_bytes())
    }

    /// A rectangle of four numbers, written with two decimals.
    pub fn rect(r: [f64; 4]) -> Obj {
        Obj::Array(r.iter().map(|v| Obj::Num(fmt_num(*v))).collect())
    }

    /// The dictionary, if this is one.
    pub fn as_dict(&self) -> Option<&Dict> {
        match self {
            Obj::Dict(d) => Some(d),
            _ => None,
        }
    }

    /// The object number, if this is a reference.
    pub fn as_ref(&self) -> Option<u32> {
        match self {
            Obj::Ref(id, _) => Some(*id),
            _ => None,
        }
    }

    /// Writes the object in PDF syntax.
    pub fn write(&self, out: &mut Vec<u8>) {
        match self {
            Obj::Null => out.extend_from_slice(b"null"),
            Obj::Bool(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
            Obj::Num(n) => out.extend_from_slice(n.as_bytes()),
            Obj::Name(n) => {
                out.push(b'/');
                out.extend_from_slice(n.as_bytes());
            }
            Obj::Str(raw) => out.extend_from_slice(raw),
            Obj::Array(items) => {
                out.push(b'[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(b' ');
                    }
                    item.write(out);
                }
                out.push(b']');
            }
            Obj::Dict(entries) => {
                out.extend_from_slice(b"<<");
                for (k, v) in entries {
                    out.push(b'/');
                    out.extend_from_slice(k.as_bytes());
                    out.push(b' ');
                    v.write(out);
                    out.push(b' ');
                }
                out.extend_from_slice(b">>");
            }
            Obj::Ref(id, generation) => out.extend_from_slice(format!("{id} {generation} R").as_bytes()),
        }
    }
}

/// A number with at most two decimals, without trailing zeros ("12.5", "300").
pub fn fmt_num(v: f64) -> String {
    let s = format!("{:.2}", (v * 100.0).round() / 100.0);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" { "0".to_owned() } else { s.to_owned() }
}

/// The value of a key in a dictionary.
pub fn get<'a>(dict: &'a Dict, key: &str) -> Option<&'a Obj> {
    dict.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

/// Sets a key, replacing its value or appending it.
pub fn set(dict: &mut Dict, key: &str, value: Obj) {
    match dict.iter_mut().find(|(k, _)| k == key) {
        Some(entry) => entry.1 = value,
        None => dict.push((key.to_owned(), value)),
    }
}

// -- Parsing -------------------------------------------------------------------

struct Parser<'a> {
    b: &'a [u8],
    i: usize,
}

fn is_white(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\r' | b'\n' | b'\x0c' | b'\0')
}

fn is_delim(c: u8) -> bool {
    matches!(c, b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%')
}

impl<'a> Parser<'a> {
    fn skip(&mut self) {
        while self.i < self.b.len() {
            if is_white(self.b[self.i]) {
                self.i += 1;
            } else if self.b[self.i] == b'%' {
                while self.i < self.b.len() && !matches!(self.b[self.i], b'\r' | b'\n') {
                    self.i += 1;
                }
            } else {
                break;
            }
        }
    }

    fn word(&mut self) -> &'a [u8] {
        let start = self.i;
        while self.i < self.b.len() && !is_white(self.b[self.i]) && !is_delim(self.b[self.i]) {
            self.i += 1;
        }
        &self.b[start..self.i]
    }

    fn peek_word(&mut self) -> &'a [u8] {
        let at = self.i;
        self.skip();
        let w = self.word();
        self.i = at;
        w
    }

    fn object(&mut self, depth: usize) -> Result<Obj, String> {
        if depth > 64 {
            return Err(crate::tr!("pdf-nested-too-deeply"));
        }
        self.skip();
        let Some(&c) = self.b.get(self.i) else { return Err(crate::tr!("pdf-unexpected-end")) };
        match c {
            b'/' => {
                self.i += 1;
                Ok(Obj::Name(String::from_utf8_lossy(self.word()).into_owned()))
            }
            b'(' => {
                let start = self.i;
                let mut level = 0usize;
                while self.i < self.b.len() {
                    match self.b[self.i] {
                        b'\\' => self.i += 1,
                        b'(' => level += 1,
                        b')' => {
                            level -= 1;
                            if level == 0 {
                                self.i += 1;
                                return Ok(Obj::Str(self.b[start..self.i].to_vec()));
                            }
                        }
                        _ => {}
                    }
                    self.i += 1;
                }
                Err(crate::tr!("pdf-unterminated-string"))
            }
            b'<' if self.b.get(self.i + 1) == Some(&b'<') => {
                self.i += 2;
                let mut dict = Dict::new();
                loop {
                    self.skip();
                    if self.b[self.i..].starts_with(b">>") {
                        self.i += 2;
                        return Ok(Obj::Dict(dict));
                    }
                    match self.object(depth + 1)? {
                        Obj::Name(key) => {
                            let value = self.object(depth + 1)?;
                            dict.push((key, value));
                        }
                        other => return Err(crate::tr!("pdf-key-not-name", found = format!("{other:?}"))),
                    }
                }
            }
            b'<' => {
                let start = self.i;
                let end = self.b[start..].iter().position(|&c| c == b'>').ok_or_else(|| crate::tr!("pdf-unterminated-hex"))?;
                self.i = start + end + 1;
                Ok(Obj::Str(self.b[start..self.i].to_vec()))
            }
            b'[' => {
                self.i += 1;
                let mut items = Vec::new();
                loop {
                    self.skip();
                    if self.b.get(self.i) == Some(&b']') {
                        self.i += 1;
                        return Ok(Obj::Array(items));
                    }
                    items.push(self.object(depth + 1)?);
                }
            }
            _ => {
                let w = self.word();
                match w {
                    b"null" => Ok(Obj::Null),
                    b"true" => Ok(Obj::Bool(true)),
                    b"false" => Ok(Obj::Bool(false)),
                    _ if !w.is_empty() && w.iter().all(|c| c.is_ascii_digit() || b"+-.".contains(c)) => {
                        let n = String::from_utf8_lossy(w).into_owned();
                        // "12 0 R" is a reference.
                        let at = self.i;
                        let generation = self.peek_word();
                        if w.iter().all(u8::is_ascii_digit) && !generation.is_empty() && generation.iter().all(u8::is_ascii_digit) {
                            self.skip();
                            self.word();
                            if self.peek_word() == b"R" {
                                self.skip();
                                self.word();
                                let id = n.parse().map_err(|_| crate::tr!("pdf-bad-object-number", number = n))?;
                                let g = String::from_utf8_lossy(generation).parse().map_err(|_| crate::tr!("pdf-bad-generation"))?;
                                return Ok(Obj::Ref(id, g));
                            }
                        }
                        self.i = at;
                        Ok(Obj::Num(n))
                    }
                    _ => Err(crate::tr!("pdf-unexpected-word", word = String::from_utf8_lossy(w), at = self.i)),
                }
            }
        }
    }
}

/// A PDF as this module reads it: where each object is, and the trailer.
pub struct Pdf<'a> {
    pub(crate) bytes: &'a [u8],
    /// Object number → byte offset of "N G obj", newest revision first wins.
    offsets: BTreeMap<u32, usize>,
    /// The newest trailer.
    pub trailer: Dict,
    /// Offset of the newest cross-reference section.
    pub startxref: usize,
    /// The number of revisions (cross-reference sections) in the file.
    pub revisions: usize,
    /// The objects each cross-reference section defines, newest first.
    sections: Vec<Vec<u32>>,
}

fn not_ours(why: &str) -> String {
    crate::tr!("pdf-not-ours", why = why)
}

impl<'a> Pdf<'a> {
    /// Reads the cross-reference tables and trailers of a PDF.
    pub fn parse(bytes: &'a [u8]) -> Result<Pdf<'a>, String> {
        if !bytes.starts_with(b"%PDF-") {
            return Err(not_ours(&crate::tr!("pdf-no-header")));
        }
        let tail = &bytes[bytes.len().saturating_sub(1024)..];
        let at = rfind(tail, b"startxref").ok_or_else(|| not_ours(&crate::tr!("pdf-no-startxref")))? + bytes.len() - tail.len();
        let mut p = Parser { b: bytes, i: at + 9 };
        p.skip();
        let startxref: usize =
            std::str::from_utf8(p.word()).ok().and_then(|s| s.parse().ok()).ok_or_else(|| not_ours(&crate::tr!("pdf-bad-startxref")))?;
        let mut offsets = BTreeMap::new();
        let mut trailer: Option<Dict> = None;
        let mut next = Some(startxref);
        let mut revisions = 0;
        let mut sections = Vec::new();
        while let Some(at) = next {
            revisions += 1;
            if revisions > 1000 || at >= bytes.len() {
                return Err(not_ours(&crate::tr!("pdf-broken-xref-chain")));
            }
            let mut p = Parser { b: bytes, i: at };
            if p.word() != b"xref" {
                return Err(not_ours(&crate::tr!("pdf-xref-streams")));
            }
            let mut defined = Vec::new();
            loop {
                p.skip();
                if p.peek_word() == b"trailer" {
                    p.word();
                    break;
                }
                let first: u32 = parse_word(&mut p)?;
                let count: u32 = parse_word(&mut p)?;
                for n in 0..count {
                    let offset: usize = parse_word(&mut p)?;
                    let _generation: u32 = parse_word(&mut p)?;
                    p.skip();
                    let kind = p.word();
                    if kind == b"n" {
                        offsets.entry(first + n).or_insert(offset);
                        defined.push(first + n);
                    }
                }
            }
            sections.push(defined);
            let Obj::Dict(dict) = p.object(0)? else { return Err(not_ours(&crate::tr!("pdf-trailer-not-dictionary"))) };
            next = match get(&dict, "Prev") {
                Some(Obj::Num(n)) => Some(n.parse().map_err(|_| not_ours(&crate::tr!("pdf-bad-key", key = "/Prev")))?),
                _ => None,
            };
            if trailer.is_none() {
                trailer = Some(dict);
            }
        }
        Ok(Pdf { bytes, offsets, trailer: trailer.unwrap_or_default(), startxref, revisions, sections })
    }

    /// The object with this number (its dictionary, for a stream).
    pub fn object(&self, id: u32) -> Result<Obj, String> {
        let at = *self.offsets.get(&id).ok_or_else(|| crate::tr!("pdf-object-missing", id = id))?;
        let mut p = Parser { b: self.bytes, i: at };
        let (n, _g, kw) = (p.word().to_vec(), { p.skip(); p.word().to_vec() }, { p.skip(); p.word().to_vec() });
        if n != id.to_string().as_bytes() || kw != b"obj" {
            return Err(crate::tr!("pdf-object-misplaced", id = id));
        }
        p.object(0)
    }

    /// The raw data of a stream object, undecoded.
    pub fn stream_data(&self, id: u32) -> Result<&'a [u8], String> {
        let Obj::Dict(dict) = self.object(id)? else { return Err(crate::tr!("pdf-object-not-stream", id = id)) };
        let len: usize = match get(&dict, "Length") {
            Some(Obj::Num(n)) => n.parse().map_err(|_| crate::tr!("pdf-bad-key", key = "/Length"))?,
            Some(Obj::Ref(r, _)) => match self.object(*r)? {
                Obj::Num(n) => n.parse().map_err(|_| crate::tr!("pdf-bad-key", key = "/Length"))?,
                _ => return Err(crate::tr!("pdf-bad-key", key = "/Length")),
            },
            _ => return Err(crate::tr!("pdf-stream-no-length", id = id)),
        };
        let at = self.offsets[&id];
        let start = find(&self.bytes[at..], b"stream").ok_or_else(|| crate::tr!("pdf-no-stream-keyword"))? + at + 6;
        let start = if self.bytes[start..].starts_with(b"\r\n") { start + 2 } else { start + 1 };
        self.bytes.get(start..start + len).ok_or_else(|| crate::tr!("pdf-stream-past-end", id = id))
    }

    /// A dictionary object (resolving nothing else).
    pub fn dict(&self, id: u32) -> Result<Dict, String> {
        match self.object(id)? {
            Obj::Dict(d) => Ok(d),
            other => Err(crate::tr!("pdf-object-not-dictionary", id = id, found = format!("{other:?}"))),
        }
    }

    /// Resolves a reference; other objects stand for themselves.
    pub fn resolve(&self, obj: &Obj) -> Result<Obj, String> {
        match obj {
            Obj::Ref(id, _) => self.object(*id),
            other => Ok(other.clone()),
        }
    }

    /// Objects of `older` (a prefix of this file) that later revisions define again.
    pub fn changed_since(&self, older: &Pdf<'_>) -> Vec<u32> {
        let later = self.revisions.saturating_sub(older.revisions);
        let mut ids: Vec<u32> = self.sections[..later].iter().flatten().copied().filter(|id| older.offsets.contains_key(id)).collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// An array, resolved; no value is an empty array.
    pub fn array(&self, value: Option<&Obj>) -> Result<Vec<Obj>, String> {
        match value.map(|v| self.resolve(v)).transpose()? {
            None => Ok(Vec::new()),
            Some(Obj::Array(items)) => Ok(items),
            Some(other) => Err(crate::tr!("pdf-expected-array", found = format!("{other:?}"))),
        }
    }

    /// The catalog's object number.
    pub fn root(&self) -> Result<u32, String> {
        get(&self.trailer, "Root").and_then(Obj::as_ref).ok_or_else(|| not_ours(&crate::tr!("pdf-no-key", key = "/Root")))
    }

    /// Object numbers of the pages, in page order.
    pub fn pages(&self) -> Result<Vec<u32>, String> {
        let catalog = self.dict(self.root()?)?;
        let tree = get(&catalog, "Pages").and_then(Obj::as_ref).ok_or_else(|| not_ours(&crate::tr!("pdf-no-key", key = "/Pages")))?;
        let mut out = Vec::new();
        self.collect_pages(tree, &mut out, 0)?;
        Ok(out)
    }

    fn collect_pages(&self, id: u32, out: &mut Vec<u32>, depth: usize) -> Result<(), String> {
        if depth > 32 {
            return Err(not_ours(&crate::tr!("pdf-page-tree-deep")));
        }
        let node = self.dict(id)?;
        match get(&node, "Type") {
            Some(Obj::Name(t)) if t == "Pages" => {
                let Some(Obj::Array(kids)) = get(&node, "Kids").map(|k| self.resolve(k)).transpose()? else {
                    return Err(not_ours(&crate::tr!("pdf-page-node-no-kids")));
                };
                for kid in kids.iter().filter_map(Obj::as_ref) {
                    self.collect_pages(kid, out, depth + 1)?;
                }
            }
            _ => out.push(id),
        }
        Ok(())
    }

    /// One more than the highest object number in use.
    pub fn size(&self) -> u32 {
        let from_trailer = match get(&self.trailer, "Size") {
            Some(Obj::Num(n)) => n.parse().unwrap_or(0),
            _ => 0,
        };
        from_trailer.max(self.offsets.keys().next_back().map_or(0, |n| n + 1))
    }
}

fn parse_word<T: std::str::FromStr>(p: &mut Parser<'_>) -> Result<T, String> {
    p.skip();
    std::str::from_utf8(p.word()).ok().and_then(|s| s.parse().ok()).ok_or_else(|| not_ours(&crate::tr!("pdf-bad-xref")))
}

pub(crate) fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

// -- Writing an update ---------------------------------------------------------

/// Appends one incremental update to a PDF: `change` gets the parsed file, the
/// update to add objects to, and the catalog to modify (written back after it).
pub fn amend(
    bytes: &[u8],
    change: impl FnOnce(&Pdf<'_>, &mut Update<'_>, &mut Dict) -> Result<(), String>,
) -> Result<Vec<u8>, String> {
    let pdf = Pdf::parse(bytes)?;
    let mut update = Update::new(&pdf);
    let root = pdf.root()?;
    let mut catalog = pdf.dict(root)?;
    change(&pdf, &mut update, &mut catalog)?;
    update.replace(root, Obj::Dict(catalog));
    Ok(update.finish())
}

/// An incremental update being built over a parsed PDF.
pub struct Update<'a> {
    pdf: &'a Pdf<'a>,
    next_id: u32,
    /// Object number → its new body (a dictionary, or a stream with its data).
    objects: BTreeMap<u32, (Obj, Option<Vec<u8>>)>,
}

impl<'a> Update<'a> {
    pub(crate) fn new(pdf: &'a Pdf<'a>) -> Update<'a> {
        Update { pdf, next_id: pdf.size(), objects: BTreeMap::new() }
    }

    /// Adds a new object; returns a reference to it.
    pub fn add(&mut self, obj: Obj) -> Obj {
        let id = self.next_id;
        self.next_id += 1;
        self.objects.insert(id, (obj, None));
        Obj::Ref(id, 0)
    }

    /// Adds a stream with its dictionary (its /Length is set here).
    pub fn add_stream(&mut self, mut dict: Dict, data: Vec<u8>) -> Obj {
        set(&mut dict, "Length", Obj::num(data.len()));
        let id = self.next_id;
        self.next_id += 1;
        self.objects.insert(id, (Obj::Dict(dict), Some(data)));
        Obj::Ref(id, 0)
    }

    /// Replaces an existing object with a new version.
    pub fn replace(&mut self, id: u32, obj: Obj) {
        self.objects.insert(id, (obj, None));
    }

    /// The original bytes followed by the update.
    pub fn finish(self) -> Vec<u8> {
        let mut out = self.pdf.bytes.to_vec();
        if !out.ends_with(b"\n") {
            out.push(b'\n');
        }
        let mut offsets = Vec::new();
        for (id, (obj, data)) in &self.objects {
            offsets.push((*id, out.len()));
            out.extend_from_slice(format!("{id} 0 obj\n").as_bytes());
            obj.write(&mut out);
            if let Some(data) = data {
                out.extend_from_slice(b"\nstream\n");
                out.extend_from_slice(data);
                out.extend_from_slice(b"\nendstream");
            }
            out.extend_from_slice(b"\nendobj\n");
        }
        let xref = out.len();
        out.extend_from_slice(b"xref\n");
        // One subsection per run of consecutive object numbers.
        let mut i = 0;
        while i < offsets.len() {
            let mut j = i + 1;
            while j < offsets.len() && offsets[j].0 == offsets[j - 1].0 + 1 {
                j += 1;
            }
            out.extend_from_slice(format!("{} {}\n", offsets[i].0, j - i).as_bytes());
            for (_, at) in &offsets[i..j] {
                out.extend_from_slice(format!("{at:010} 00000 n\r\n").as_bytes());
            }
            i = j;
        }
        let mut trailer = Dict::new();
        trailer.push(("Size".into(), Obj::num(self.next_id)));
        for key in ["Root", "Info", "ID"] {
            if let Some(v) = get(&self.pdf.trailer, key) {
                trailer.push((key.into(), v.clone()));
            }
        }
        trailer.push(("Prev".into(), Obj::num(self.pdf.startxref)));
        out.extend_from_slice(b"trailer\n");
        Obj::Dict(trailer).write(&mut out);
        out.extend_from_slice(format!("\nstartxref\n{xref}\n%%EOF\n").as_bytes());
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn objects_read_and_write_back() {
        let src = b"<</Type /Page /Kids [3 0 R 4 0 R] /Title (a (b) \\) c) /H <FEFF00> /N -1.5 /B true>>";
        let mut p = Parser { b: src, i: 0 };
        let obj = p.object(0).unwrap();
        let d = obj.as_dict().unwrap();
        assert_eq!(get(d, "Kids"), Some(&Obj::Array(vec![Obj::Ref(3, 0), Obj::Ref(4, 0)])));
        assert_eq!(get(d, "Title"), Some(&Obj::Str(b"(a (b) \\) c)".to_vec())));
        let mut out = Vec::new();
        obj.write(&mut out);
        assert_eq!(out, b"<</Type /Page /Kids [3 0 R 4 0 R] /Title (a (b) \\) c) /H <FEFF00> /N -1.5 /B true >>".to_vec());
    }

    #[test]
    fn numbers_and_text_strings() {
        assert_eq!(fmt_num(12.0), "12");
        assert_eq!(fmt_num(12.345), "12.35");
        assert_eq!(fmt_num(-0.001), "0");
        assert_eq!(Obj::text("nguoi-ky-1"), Obj::Str(b"(nguoi-ky-1)".to_vec()));
        assert_eq!(Obj::text("Đ"), Obj::Str(b"<FEFF0110>".to_vec()));
    }
}
