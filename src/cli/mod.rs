//! The subcommands of the `kehoach` binary, one module each. The library does
//! the work; these modules parse arguments, print, and choose exit codes.

pub mod check;
pub mod diff;
pub mod extract;
pub mod fix;
pub mod issue;
pub mod register;
pub mod mcp;
pub mod render;
pub mod verify;
pub mod watch;

/// Whether to speak Vietnamese: the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`)
/// says `vi…`. (Until the messages move into the localisation files.)
pub fn vietnamese() -> bool {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
        .is_some_and(|v| v.starts_with("vi"))
}
