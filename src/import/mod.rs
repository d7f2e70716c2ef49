//! Starting a meeting from its published agenda pack, or from the body's previous meeting.

mod applications;
mod carry;
mod clean;
mod docx;
mod docx_sound;
mod fields;
mod front_sheet;
mod items;
mod members;
mod numbers;
mod paragraphs;
mod summons;
mod unrun;

pub use carry::carry_forward;

pub use front_sheet::{Conflict, ITEM_SHAPES, ImportError, Imported, Use, import, import_dated};
pub use items::kind_of;

mod summary;
pub use summary::summary;

pub mod bounded;
pub use bounded::{STOPPED, Stop, document_text_until, pdf_text, word_text};

/// The largest agenda pack read: a whole pack as a PDF runs to a few megabytes, its text to
/// less; anything far larger is not an agenda.
pub const MAX_AGENDA_BYTES: u64 = 64 * 1024 * 1024;

/// Text written as Windows-1252 (Latin-1 with the printer's quotes and dashes at 0x80-0x9F),
/// read as what it says rather than as replacement marks.
pub fn windows_1252(bytes: &[u8]) -> String {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    bytes
        .iter()
        .map(|&byte| match byte {
            0x80..=0x9f => HIGH[usize::from(byte - 0x80)],
            _ => char::from(byte),
        })
        .collect()
}
