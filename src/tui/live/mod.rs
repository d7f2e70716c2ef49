//! The live screen: a meeting being recorded or reviewed. Its state (`app`), what each key
//! does (`keys`), the overlays over it, the forms they hold, how it is drawn (`view`), and its
//! loop in a real terminal (`run`).

pub mod app;
pub mod describe;
pub mod effect;
pub mod forms;
pub mod house;
pub mod keys;
pub mod meaning;
pub mod nav;
pub mod open;
pub mod overlays;
pub mod picker;
pub mod run;
pub mod view;
