//! Starting a meeting from its published agenda pack, or from the body's previous meeting.

mod carry;
mod clean;
mod fields;
mod front_sheet;
mod items;
mod members;
mod paragraphs;

pub use carry::carry_forward;

pub use front_sheet::{ImportError, Imported, import, import_dated};
pub use items::kind_of;

mod summary;
pub use summary::summary;

pub mod pdf;
pub use pdf::pdf_text;

/// The largest agenda pack read: a whole pack as a PDF runs to a few megabytes, its text to
/// less; anything far larger is not an agenda.
pub const MAX_AGENDA_BYTES: u64 = 64 * 1024 * 1024;
