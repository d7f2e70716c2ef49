//! The live meeting screen: the clerk's keyboard in, the meeting and the screen out.

pub mod action;
pub mod app;
pub mod config;
pub mod describe;
pub mod folder_view;
pub mod forms;
pub mod house;
pub mod input;
pub mod keymap;
pub mod live;
pub mod live_run;
pub mod nav;
pub mod open;
pub mod overlays;
pub mod picker;
pub mod roll;
pub mod run;
pub mod safety;
pub mod start;
pub mod start_view;
pub mod theme;
pub mod view;
pub mod vote;
