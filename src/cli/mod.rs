//! The subcommands of the `kehoach` binary, one module each. The library does
//! the work; these modules parse arguments, print, and choose exit codes.

pub mod check;
pub mod extract;
pub mod fix;
pub mod issue;
pub mod register;
pub mod render;
pub mod verify;
pub mod watch;
