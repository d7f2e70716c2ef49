//! Minutes as a Word document (DOCX), written part by part: real heading styles (so Word and
//! LibreOffice show the minutes' structure in their navigation panes), paragraph spacing and a
//! default style, real numbered and bullet lists at every level, hanging minute headings and
//! recorded-vote names, the body and date in the page header, "Page N of M" in the footer, a
//! confidential mark on every page of the confidential version, and the document's title,
//! author, dates and language. The body streams into the archive as it is written, so memory
//! grows with the text and no more.

mod lists;
mod parts;
mod xml;

use std::io::{BufWriter, Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use self::lists::{BULLETS, Lists, STEP};
use self::xml::{Props, paragraph, runs};
use super::direction::reads_right_to_left;
use super::document::{Block, Document, Point, Table};
use super::table::Grid;
use crate::model::Clause;

/// The document as DOCX bytes.
pub fn write(document: &Document) -> anyhow::Result<Vec<u8>> {
    let written = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    zip.start_file("word/document.xml", options)?;
    let (lists, lines) = write_body(&mut zip, document)?;
    let confidential = document.confidential.as_deref();
    // About 46 lines of text to an A4 page at 11 point with inch margins.
    let pages = lines / 46 + 1;
    let rest = [
        ("word/styles.xml", parts::styles()),
        ("word/numbering.xml", lists.xml()),
        ("word/settings.xml", parts::settings()),
        (
            "word/header1.xml",
            parts::header(&document.running_head, confidential),
        ),
        (
            "word/footer1.xml",
            parts::footer(&document.page_footer, pages, confidential),
        ),
        (
            "word/_rels/document.xml.rels",
            parts::DOCUMENT_RELATIONSHIPS.to_string(),
        ),
        (
            "docProps/core.xml",
            parts::core(&document.title, &document.author, &written),
        ),
        ("docProps/app.xml", parts::app()),
        ("_rels/.rels", parts::PACKAGE_RELATIONSHIPS.to_string()),
        ("[Content_Types].xml", parts::CONTENT_TYPES.to_string()),
    ];
    for (name, text) in rest {
        zip.start_file(name, options)?;
        zip.write_all(text.as_bytes())?;
    }
    Ok(zip.finish()?.into_inner())
}

/// The body, streamed into the archive; the lists' numbering it needs and its lines of text.
fn write_body(out: &mut impl Write, document: &Document) -> std::io::Result<(Lists, usize)> {
    let mut body = Body {
        out: BufWriter::new(out),
        lists: Lists::default(),
        lines: 0,
        after_table: false,
        held: None,
    };
    body.out.write_all(parts::document_start().as_bytes())?;
    for block in &document.blocks {
        body.block(block)?;
    }
    body.flush()?;
    // Word wants a paragraph after a table that ends the document.
    if body.after_table {
        body.out.write_all(b"<w:p/>")?;
    }
    body.out.write_all(parts::SECTION.as_bytes())?;
    body.out.write_all(parts::DOCUMENT_END.as_bytes())?;
    body.out.flush()?;
    Ok((body.lists, body.lines))
}

/// The body being written, the lists' numbering gathered, and the lines of text so far.
struct Body<W: Write> {
    out: W,
    lists: Lists,
    lines: usize,
    /// Whether the last thing written was a table, so that the next paragraph stands clear.
    after_table: bool,
    /// The last paragraph, not yet written.
    held: Option<(Props<'static>, String)>,
}

/// The width of the text on an A4 page with inch margins, in twentieths of a point.
const TEXT_WIDTH: usize = 11906 - 2 * 1440;
/// About the width of a character of Arial at 11 point, in twentieths of a point.
const CHARACTER: usize = 110;
/// A table cell's margins, left and right together.
const CELL_MARGINS: usize = 2 * 108;

/// A list's entry, whether a resolution's clause or a note's point.
trait Entry {
    fn label(&self) -> Option<&str>;
    fn text(&self) -> &str;
    fn under(&self) -> &[Self]
    where
        Self: Sized;
}

impl Entry for Clause {
    fn label(&self) -> Option<&str> {
        self.label.as_deref()
    }
    fn text(&self) -> &str {
        &self.text
    }
    fn under(&self) -> &[Clause] {
        &self.clauses
    }
}

impl Entry for Point {
    fn label(&self) -> Option<&str> {
        self.label.as_deref()
    }
    fn text(&self) -> &str {
        &self.text
    }
    fn under(&self) -> &[Point] {
        &self.points
    }
}

impl<W: Write> Body<W> {
    /// Holds the paragraph back until the next is known, so that what follows may keep it on
    /// its page; a paragraph introducing what follows (ending in a colon) keeps with it always.
    fn put(&mut self, mut props: Props<'static>, text: &str, bold: bool) -> std::io::Result<()> {
        self.lines += text.chars().count() / 90 + 2;
        // A heading has room above it already.
        let heading = props
            .style
            .is_some_and(|style| style.starts_with("Heading"));
        if std::mem::take(&mut self.after_table) && !heading {
            props.space_before = true;
        }
        if text.trim_end().ends_with(':') {
            props.keep_next = true;
        }
        props.right_to_left = reads_right_to_left(text);
        self.flush()?;
        self.held = Some((props, runs(text, bold, props.right_to_left)));
        Ok(())
    }

    /// Writes the paragraph held back.
    fn flush(&mut self) -> std::io::Result<()> {
        match self.held.take() {
            Some((props, runs)) => self.out.write_all(paragraph(props, &runs).as_bytes()),
            None => Ok(()),
        }
    }

    /// Keeps the paragraph before on the page of what comes next: the closing lines with the
    /// signature, a vote with what it was on.
    fn keep_with_previous(&mut self) {
        if let Some((props, _)) = &mut self.held {
            props.keep_next = true;
        }
    }

    fn styled(&mut self, style: &'static str, text: &str) -> std::io::Result<()> {
        let props = Props {
            style: Some(style),
            ..Props::default()
        };
        self.put(props, text, false)
    }

    fn block(&mut self, block: &Block) -> std::io::Result<()> {
        match block {
            Block::Council(line) => self.styled("Title", line),
            Block::Heading { text, subtitle } if subtitle.is_empty() => {
                self.styled("Heading1", text)
            }
            Block::Heading { text, subtitle } => {
                self.styled("Heading1", text)?;
                self.put(Props::default(), subtitle, false)
            }
            Block::Section(line) => self.styled("Heading2", line),
            Block::Group(line) => self.styled("Heading3", line),
            Block::Line(line) => {
                let props = Props {
                    tight: true,
                    ..Props::default()
                };
                self.put(props, line, false)
            }
            Block::Minute {
                reference,
                title,
                line,
            } => {
                // The title's wrapped lines hang clear of the reference.
                let hangs = Block::hangs(reference, title, line);
                let props = Props {
                    style: Some("Heading2"),
                    indent: hangs.then_some((2 * STEP, 2 * STEP)),
                    ..Props::default()
                };
                let text = if hangs {
                    format!("{reference}\t{title}")
                } else {
                    line.clone()
                };
                self.put(props, &text, false)
            }
            Block::NotForPublication(line) => self.put(Props::default(), line, true),
            Block::Paragraph(line) => self.put(Props::default(), line, false),
            Block::Paragraphs(text) => text
                .lines()
                .try_for_each(|line| self.put(Props::default(), line, false)),
            Block::Points(points) => self.entries(points, 0, true),
            Block::Resolved {
                marker,
                preamble,
                clauses,
            } => {
                let keep = Props {
                    keep_next: true,
                    ..Props::default()
                };
                self.put(keep, marker, true)?;
                if let Some(preamble) = preamble {
                    self.put(keep, preamble, false)?;
                }
                self.entries(clauses, 0, false)
            }
            // The names hang clear of "For:", "Against:"; the vote stays together, with what
            // introduced it and with what follows, and the last line stands clear of it.
            Block::RecordedVote { lines } => {
                self.keep_with_previous();
                for (n, (side, names)) in lines.iter().enumerate() {
                    let props = Props {
                        tight: n + 1 < lines.len(),
                        indent: Some((2 * STEP, 2 * STEP)),
                        keep_next: true,
                        keep_lines: true,
                        ..Props::default()
                    };
                    self.put(props, &format!("{side}:\t{names}"), false)?;
                }
                Ok(())
            }
            Block::Table(table) => self.table(table),
            Block::Signature(line) => {
                self.keep_with_previous();
                self.styled("Signature", line)
            }
        }
    }

    /// Clauses or points at a depth: a run of labels that count is a numbered list; a bullet
    /// is in the bullet list at its level; labels that do not count are typed, hanging.
    fn entries<E: Entry>(
        &mut self,
        list: &[E],
        depth: usize,
        bullets: bool,
    ) -> std::io::Result<()> {
        let mut start = 0;
        while start < list.len() {
            let labelled = list[start].label().is_some();
            let end = list[start..]
                .iter()
                .position(|e| e.label().is_some() != labelled)
                .map_or(list.len(), |n| start + n);
            let labels: Vec<&str> = list[start..end].iter().filter_map(E::label).collect();
            let numbering = if labelled {
                self.lists.numbered(&labels, depth.min(lists::DEEPEST))
            } else {
                None
            };
            for entry in &list[start..end] {
                self.entry(entry, depth, bullets, numbering)?;
                self.entries(entry.under(), depth + 1, bullets)?;
            }
            start = end;
        }
        Ok(())
    }

    fn entry<E: Entry>(
        &mut self,
        entry: &E,
        depth: usize,
        bullets: bool,
        numbering: Option<usize>,
    ) -> std::io::Result<()> {
        let left = STEP * (depth + 1);
        let list = Props {
            style: Some("ListParagraph"),
            ..Props::default()
        };
        match (entry.label(), numbering) {
            (Some(_), Some(id)) => {
                let props = Props {
                    numbered: Some((id, depth.min(lists::DEEPEST))),
                    ..list
                };
                self.put(props, entry.text(), false)
            }
            (Some(label), None) => {
                let props = Props {
                    indent: Some((left, STEP)),
                    ..list
                };
                self.put(props, &format!("{label}\t{}", entry.text()), false)
            }
            (None, _) if bullets => {
                let props = Props {
                    numbered: Some((BULLETS, depth.min(lists::DEEPEST))),
                    ..list
                };
                self.put(props, entry.text(), false)
            }
            (None, _) => {
                let props = Props {
                    indent: Some((left, 0)),
                    ..Props::default()
                };
                self.put(props, entry.text(), false)
            }
        }
    }

    /// A table sized to its content: columns as wide as their cells while the table fits the
    /// page, the widest columns of words narrowed (never below their longest word) when it
    /// does not; sums flush right; the header row repeated on each page and the total row in
    /// bold; no row split across pages.
    fn table(&mut self, table: &Table) -> std::io::Result<()> {
        let grid = Grid {
            header: &table.header,
            rows: table.rows.iter().map(Vec::as_slice).collect(),
            amounts: &table.amounts,
            total: table.total.as_deref(),
        };
        let room = TEXT_WIDTH.saturating_sub(table.header.len() * CELL_MARGINS) / CHARACTER;
        let widths: Vec<usize> = grid
            .fit(&grid.longest_words(), room)
            .into_iter()
            .map(|chars| chars * CHARACTER + CELL_MARGINS)
            .collect();
        let mut xml = format!(
            "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"{}\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"0420\" w:firstRow=\"1\" w:lastRow=\"{}\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>",
            widths.iter().sum::<usize>(),
            u8::from(table.total.is_some())
        );
        for width in &widths {
            xml.push_str(&format!("<w:gridCol w:w=\"{width}\"/>"));
        }
        xml.push_str("</w:tblGrid>");
        let row = |cells: &[String], heading: bool, bold: bool| {
            let mut row = String::from("<w:tr><w:trPr><w:cantSplit/>");
            if heading {
                row.push_str("<w:tblHeader/>");
            }
            row.push_str("</w:trPr>");
            for (column, width) in widths.iter().enumerate() {
                let cell = cells.get(column).map_or("", String::as_str);
                let props = Props {
                    right: table.is_amount(column),
                    right_to_left: reads_right_to_left(cell),
                    ..Props::default()
                };
                row.push_str(&format!(
                    "<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/></w:tcPr>{}</w:tc>",
                    paragraph(props, &runs(cell, bold, props.right_to_left))
                ));
            }
            row.push_str("</w:tr>");
            row
        };
        xml.push_str(&row(&table.header, true, true));
        self.flush()?;
        self.out.write_all(xml.as_bytes())?;
        for cells in &table.rows {
            self.lines += 2;
            self.out.write_all(row(cells, false, false).as_bytes())?;
        }
        if let Some(total) = &table.total {
            self.lines += 2;
            self.out.write_all(row(total, false, true).as_bytes())?;
        }
        // What follows a table stands clear of its border.
        self.after_table = true;
        self.out.write_all(b"</w:tbl>")
    }
}
