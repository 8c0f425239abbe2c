//! The subcommands of the `kehoach` binary, one module each. The library does
//! the work; these modules parse arguments, print, and choose exit codes.

pub mod check;
pub mod clap_vi;
pub mod diff;
pub mod extract;
pub mod fix;
pub mod issue;
pub mod register;
pub mod mcp;
pub mod render;
pub mod verify;
pub mod watch;

/// Whether the messages are in Vietnamese (`--lang`, or the locale: see
/// [`kehoach::i18n`]), for the reports that take the language as a flag.
pub fn vietnamese() -> bool {
    kehoach::i18n::current() == kehoach::i18n::Lang::Vi
}
