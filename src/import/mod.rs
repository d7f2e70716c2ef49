//! Starting a meeting from its published agenda pack, or from the body's previous meeting.

mod carry;
mod clean;
mod front_sheet;

pub use carry::carry_forward;

pub use front_sheet::{ImportError, Imported, import, kind_of, parse_date, parse_time};

mod summary;
pub use summary::summary;

pub mod pdf;
pub use pdf::pdf_text;
