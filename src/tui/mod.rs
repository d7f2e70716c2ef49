//! The screen: the clerk's keyboard in, the meeting and the screen out. Two rooms, the start
//! screen and the live screen, share the key tables, the settings and the terminal.

pub mod action;
pub mod config;
pub mod cursor;
pub mod input;
pub mod keymap;
pub mod live;
pub mod run;
pub mod start;
pub mod terminal;
pub mod theme;
pub mod widgets;
