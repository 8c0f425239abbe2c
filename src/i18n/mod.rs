//! The user's language: every message, hint and `--help` text in Vietnamese
//! or English, from the Project Fluent files `locales/vi/*.ftl` and
//! `locales/en/*.ftl`, one file per area (kehoach.ftl, verify.ftl, check.ftl,
//! cli.ftl, issuing.ftl, mcp.ftl; embedded by [`crate::assets`]): one bundle
//! per language holds them all.
//!
//! The language is one setting of the process ([`set`]): the command line
//! sets it from `--lang vi|en` or the locale ([`from_env`]); the library's
//! default is English. A diagnostic's id is the same in both languages; only
//! its words change. `tests/i18n.rs` fails when a message lacks either
//! language.

pub mod schema;

use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A language of the messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English (the library's default).
    En,
    /// Vietnamese (tiếng Việt).
    Vi,
}

impl Lang {
    /// Both languages, English first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Vi];

    /// The language of a code: "vi", "vi_VN.UTF-8", "vi-VN" → Vietnamese;
    /// "en", "en_US", "C", "POSIX" → English; anything else → `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let lower = code.trim().to_ascii_lowercase();
        let base = lower.split(['_', '-', '.', '@']).next().unwrap_or("");
        match base {
            "vi" => Some(Lang::Vi),
            "en" | "c" | "posix" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language's code, "en" or "vi".
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Vi => "vi",
        }
    }
}

static CURRENT: AtomicU8 = AtomicU8::new(0);

/// Sets the language of every message from now on.
pub fn set(lang: Lang) {
    CURRENT.store(lang as u8, Ordering::Relaxed);
}

/// The language messages are written in.
pub fn current() -> Lang {
    match CURRENT.load(Ordering::Relaxed) {
        1 => Lang::Vi,
        _ => Lang::En,
    }
}

/// The language the environment asks for: the first of `KEHOACH_LANG` (the
/// program's own), then `LC_ALL`, `LC_MESSAGES`, `LANG` (as POSIX orders
/// them) that is set and not empty decides:
/// `vi_VN…` → Vietnamese; anything else, or none set, → English.
pub fn from_env() -> Lang {
    from_vars(|name| std::env::var(name).ok())
}

/// [`from_env`] with the variables read by `var` (for tests).
pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Lang {
    ["KEHOACH_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|name| var(name).filter(|v| !v.trim().is_empty()))
        .and_then(|v| Lang::from_code(&v))
        .unwrap_or(Lang::En)
}

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static EN: LazyLock<FluentBundle<FluentResource>> = LazyLock::new(|| build(Lang::En));
    static VI: LazyLock<FluentBundle<FluentResource>> = LazyLock::new(|| build(Lang::Vi));
    match lang {
        Lang::En => &EN,
        Lang::Vi => &VI,
    }
}

fn build(lang: Lang) -> FluentBundle<FluentResource> {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // The messages go to a terminal, not into bidirectional text.
    bundle.set_use_isolating(false);
    for text in crate::assets::locales(lang.code()) {
        let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(r, _errors)| r);
        // A message defined twice keeps its first text (`tests/i18n.rs` forbids it).
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// The message `id` in the current language, with its arguments (each
/// given as text); the id itself if no language has it.
pub fn tr(id: &str, args: &[(&str, &dyn std::fmt::Display)]) -> String {
    tr_in(current(), id, args)
}

/// The message `id` in a given language.
pub fn tr_in(lang: Lang, id: &str, args: &[(&str, &dyn std::fmt::Display)]) -> String {
    let bundle = bundle(lang);
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return if lang == Lang::En { id.to_owned() } else { tr_in(Lang::En, id, args) };
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, FluentValue::from(value.to_string()));
    }
    let mut errors = Vec::new();
    bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned()
}

/// Whether a language has the message `id`.
pub fn has(lang: Lang, id: &str) -> bool {
    bundle(lang).has_message(id)
}

/// The ids of every message of a language, file by file
/// ([`crate::assets::LOCALE_FILES`]), each file's in its order.
pub fn ids(lang: Lang) -> Vec<String> {
    crate::assets::LOCALE_FILES.iter().flat_map(|file| ids_in(lang, file)).collect()
}

/// The ids of the messages of one of a language's files ("verify.ftl"), in file order.
pub fn ids_in(lang: Lang, file: &str) -> Vec<String> {
    let index = crate::assets::LOCALE_FILES.iter().position(|f| *f == file);
    index
        .map(|i| crate::assets::locales(lang.code())[i])
        .unwrap_or_default()
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim().to_owned()))
        .collect()
}

/// The syntax errors of a language's files (none, in a good build), each
/// named by its file.
pub fn parse_errors(lang: Lang) -> Vec<String> {
    let files = crate::assets::LOCALE_FILES.iter().zip(crate::assets::locales(lang.code()));
    files
        .flat_map(|(file, text)| match FluentResource::try_new(text.to_owned()) {
            Ok(_) => Vec::new(),
            Err((_, errors)) => errors.iter().map(|e| format!("{file}: {e:?}")).collect(),
        })
        .collect()
}

/// The names of the arguments (`{ $name }`) a message's text uses, sorted
/// (the variants of a selector included): both languages must take the same.
pub fn arguments(lang: Lang, id: &str) -> Vec<String> {
    let Some(at) = source_text(lang, id) else { return Vec::new() };
    let mut names: Vec<String> = at.match_indices("{ $").map(|(i, _)| at[i + 3..].chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '-').collect()).collect();
    names.sort();
    names.dedup();
    names
}

/// The source text of a message: its line and the indented lines under it.
fn source_text(lang: Lang, id: &str) -> Option<String> {
    let head = format!("{id} =");
    crate::assets::locales(lang.code()).iter().find_map(|text| {
        let mut lines = text.lines().skip_while(|l| !l.starts_with(&head));
        let first = lines.next()?;
        let rest: Vec<&str> = lines.take_while(|l| l.starts_with(' ')).collect();
        Some(std::iter::once(first).chain(rest).collect::<Vec<_>>().join("\n"))
    })
}

/// `tr!("id")`, `tr!("id", name = value, …)`: the message in the current language.
#[macro_export]
macro_rules! tr {
    ($id:expr) => {
        $crate::i18n::tr($id, &[])
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr($id, &[$((stringify!($name), &$value as &dyn ::std::fmt::Display)),+])
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_locale_chooses_the_language() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| pairs.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string())
        };
        assert_eq!(from_vars(env(&[("LANG", "vi_VN.UTF-8")])), Lang::Vi);
        assert_eq!(from_vars(env(&[("LANG", "vi_VN.UTF-8"), ("LC_ALL", "C")])), Lang::En);
        assert_eq!(from_vars(env(&[("LC_MESSAGES", "vi"), ("LANG", "en_US.UTF-8")])), Lang::Vi);
        assert_eq!(from_vars(env(&[("LC_ALL", ""), ("LANG", "vi_VN")])), Lang::Vi);
        assert_eq!(from_vars(env(&[])), Lang::En);
        assert_eq!(from_vars(env(&[("LANG", "fr_FR.UTF-8")])), Lang::En);
        assert_eq!(from_vars(env(&[("KEHOACH_LANG", "vi"), ("LC_ALL", "C")])), Lang::Vi);
    }
}

/// A starter in a language: its comments in Vietnamese for [`Lang::Vi`]
/// (`templates/new/vi/`), the same data.
pub fn starter(kind: crate::model::Kind, lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => crate::assets::starter_vi(kind),
        Lang::En => crate::assets::starter(kind),
    }
}
