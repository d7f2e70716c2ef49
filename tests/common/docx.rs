//! Reading a Word document a test wrote: its parts, its paragraphs' text, and an outline of
//! the whole body to keep as a reviewed golden file.

use std::io::Read;

use super::xml::{self, Element};

/// A part of the Word document, parsed.
pub fn docx_part(bytes: &[u8], name: &str) -> Element {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip archive");
    let mut text = String::new();
    archive
        .by_name(name)
        .unwrap_or_else(|_| panic!("no {name}"))
        .read_to_string(&mut text)
        .expect("readable");
    xml::parse(&text)
}

/// The paragraph's text, a tab shown as "|".
pub fn paragraph_text(paragraph: &Element) -> String {
    let mut out = String::new();
    fn walk(element: &Element, out: &mut String) {
        for child in element.elements() {
            match child.name.as_str() {
                "w:t" => out.push_str(&child.text()),
                "w:tab" => out.push('|'),
                "w:br" => out.push('\n'),
                _ => walk(child, out),
            }
        }
    }
    walk(paragraph, &mut out);
    out
}

/// The document's body, a paragraph to a line: its style, its list numbering and level when
/// it has them, and its text: "[Heading2] 88 APOLOGIES", "[ListParagraph #3.0] (1) That …".
pub fn outline(bytes: &[u8]) -> String {
    let document = docx_part(bytes, "word/document.xml");
    let mut lines = Vec::new();
    for paragraph in document.all("w:p") {
        let style = paragraph
            .all("w:pStyle")
            .first()
            .and_then(|s| s.attr("w:val"))
            .unwrap_or("Normal")
            .to_string();
        let numbering = match (
            paragraph.all("w:numId").first(),
            paragraph.all("w:ilvl").first(),
        ) {
            (Some(id), level) => format!(
                " #{}.{}",
                id.attr("w:val").unwrap_or("?"),
                level.and_then(|l| l.attr("w:val")).unwrap_or("0")
            ),
            (None, _) => String::new(),
        };
        lines.push(format!(
            "[{style}{numbering}] {}",
            paragraph_text(paragraph)
        ));
    }
    lines.join("\n") + "\n"
}
