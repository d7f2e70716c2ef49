//! Starting a meeting from its published agenda pack, or from the body's previous meeting.

mod carry;
mod clean;
mod front_sheet;

pub use carry::carry_forward;

pub use front_sheet::{ImportError, Imported, import, kind_of, parse_date, parse_time};

mod summary;
pub use summary::summary;

/// The text of a PDF agenda pack. A damaged PDF is an error, never a panic.
pub fn pdf_text(bytes: &[u8]) -> Result<String, String> {
    // The PDF library can panic on malformed files; a bad file must not take Minutebook down.
    let bytes = bytes.to_vec();
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let result = std::panic::catch_unwind(move || pdf_extract::extract_text_from_mem(&bytes));
    std::panic::set_hook(previous);
    match result {
        Ok(Ok(text)) => Ok(text),
        Ok(Err(error)) => Err(format!("cannot read the text of this PDF: {error}")),
        Err(_) => Err("cannot read the text of this PDF: the file is damaged".into()),
    }
}
