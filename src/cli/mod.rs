//! The subcommands of the `kehoach` binary, one module each. The library does
//! the work; these modules parse arguments, print, and choose exit codes.

pub mod check;
pub mod extract;
pub mod mcp;
pub mod render;
pub mod verify;
pub mod watch;
