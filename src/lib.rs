//! Minutebook: record a formal committee meeting as it happens and keep it safe on disk.
//!
//! `model` is the meeting and everything derived from it; `store` reads and writes meeting
//! files; `check` finds what is wrong or doubtful in a meeting.

pub mod across;
pub mod check;
pub mod commands;
pub mod duties;
pub mod generate;
pub mod import;
pub mod keeping;
pub mod minutes;
pub mod model;
pub mod printable;
pub mod session;
pub mod store;
pub mod tui;
