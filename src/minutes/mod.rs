//! Draft minutes: a meeting becomes one [`Document`] in the council's house style, which each
//! writer lays out as Markdown, plain text, HTML or DOCX.

mod compose;
mod direction;
mod document;
pub mod docx;
pub mod html;
pub mod markdown;
pub mod prose;
pub mod style;
pub mod table;
pub mod text;
pub mod wording;

pub use compose::{
    Options, Unprinted, actions, actions_in, author, capacity, minute, minute_in, minutes,
    minutes_in, page_footer, reference, said_blocks, unprinted, unprinted_warnings,
};
pub use document::{Block, Document, Table};

/// The formats minutes are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Text,
    Html,
    Docx,
}

impl Format {
    pub const ALL: &'static [Format] =
        &[Format::Markdown, Format::Text, Format::Html, Format::Docx];

    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Text => "txt",
            Format::Html => "html",
            Format::Docx => "docx",
        }
    }

    /// Lays the document out in this format.
    pub fn write(self, document: &Document) -> anyhow::Result<Vec<u8>> {
        Ok(match self {
            Format::Markdown => markdown::write(document).into_bytes(),
            Format::Text => text::write(document).into_bytes(),
            Format::Html => html::write(document).into_bytes(),
            Format::Docx => docx::write(document)?,
        })
    }
}
