//! Whether a Word document (.docx) can be read at all, checked before the library reads it:
//! that it is a zip file, that it has a body, that its parts are not built to inflate past
//! any agenda's size, and that every XML part is whole. The library can spin for as long as
//! it is let on XML that ends part-way; this check answers in milliseconds, with a sentence
//! a clerk understands rather than the library's words.

use std::io::{Cursor, Read};

use quick_xml::events::Event;

/// More XML, all parts together, than any agenda's Word document holds.
const XML_BYTES: u64 = 64 * 1024 * 1024;

/// What to do about a document that cannot be read, said after each refusal.
const WHAT_TO_DO: &str = "Open it in Word and save it again, or save the agenda as text and \
import that";

/// Refuses a Word document that cannot be read, saying why; a sound one passes.
pub fn check(bytes: &[u8]) -> Result<(), String> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| {
        "this is not a Word document (.docx): Word documents are zip files and this file is \
         not one. A document in Word's older format (.doc) can be saved as .docx; or \
         save the agenda as text and import that"
            .to_string()
    })?;
    if zip.index_for_name("word/document.xml").is_none() {
        return Err(format!(
            "this Word document has no body (word/document.xml is missing): it is damaged or \
             is not a Word document. {WHAT_TO_DO}"
        ));
    }
    let mut total: u64 = 0;
    for index in 0..zip.len() {
        let mut entry = zip
            .by_index(index)
            .map_err(|_| damaged("its list of parts"))?;
        let name = entry.name().to_string();
        if !(name.ends_with(".xml") || name.ends_with(".rels")) {
            continue;
        }
        let mut xml = Vec::new();
        // One byte past what is left of the bound is enough to know it was passed.
        let left = XML_BYTES.saturating_sub(total);
        (&mut entry)
            .take(left + 1)
            .read_to_end(&mut xml)
            .map_err(|_| damaged(&name))?;
        total += xml.len() as u64;
        if total > XML_BYTES {
            return Err(format!(
                "this Word document's text inflates to more than {} MB, far more than any \
                 agenda holds; it may be damaged or built to harm. Save the agenda as text and \
                 import that",
                XML_BYTES / (1024 * 1024)
            ));
        }
        whole(&xml).map_err(|_| damaged(&name))?;
    }
    Ok(())
}

fn damaged(part: &str) -> String {
    format!(
        "this Word document is damaged: {part} ends part-way or is not well formed, so its \
         text cannot be read. {WHAT_TO_DO}"
    )
}

/// Whether the XML is well formed to its end: every element closed, in order.
fn whole(xml: &[u8]) -> Result<(), ()> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    reader.config_mut().check_end_names = true;
    let mut depth: usize = 0;
    let mut buffer = Vec::new();
    loop {
        match reader.read_event_into(&mut buffer) {
            Ok(Event::Start(_)) => depth += 1,
            Ok(Event::End(_)) => depth = depth.checked_sub(1).ok_or(())?,
            Ok(Event::Eof) => return if depth == 0 { Ok(()) } else { Err(()) },
            Ok(_) => {}
            Err(_) => return Err(()),
        }
        buffer.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_that_ends_part_way_is_not_whole() {
        assert!(whole(b"<w:document><w:body><w:p><w:r><w:t>Apolo").is_err());
        assert!(whole(b"<w:document><w:body></w:document>").is_err());
        assert!(whole(b"<?xml version=\"1.0\"?><a><b/><c>text</c></a>").is_ok());
    }

    #[test]
    fn a_file_that_is_not_a_zip_is_refused_in_a_sentence() {
        let said = check(b"just some text").expect_err("refused");
        assert!(said.starts_with("this is not a Word document"), "{said}");
    }
}
