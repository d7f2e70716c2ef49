//! Minutes as a Word document (DOCX), with real heading styles so that Word and LibreOffice
//! show the minutes' structure in their navigation panes.

use docx_rs::{
    Docx, Paragraph, Run, SpecialIndentType, Style, StyleType, Table, TableCell, TableRow,
};

use super::document::{Block, Document};
use crate::model::Clause;

fn text(paragraph: Paragraph, text: &str) -> Paragraph {
    paragraph.add_run(Run::new().add_text(text))
}

fn plain(line: &str) -> Paragraph {
    text(Paragraph::new(), line)
}

fn bold(line: &str) -> Paragraph {
    Paragraph::new().add_run(Run::new().add_text(line).bold())
}

fn heading(level: u8, line: &str) -> Paragraph {
    let style = if level == 1 { "Heading1" } else { "Heading2" };
    text(Paragraph::new().style(style).keep_next(true), line)
}

/// A label, a tab, and the text: "54⇥APOLOGIES FOR ABSENCE", "(i)⇥The use of ...".
fn labelled(paragraph: Paragraph, label: &str, line: &str) -> Paragraph {
    paragraph
        .add_run(Run::new().add_text(label).add_tab())
        .add_run(Run::new().add_text(line))
}

/// Twentieths of a point: half an inch per level.
fn indent(depth: usize) -> i32 {
    i32::try_from(depth * 720).unwrap_or(i32::MAX)
}

fn clauses(mut docx: Docx, list: &[Clause], depth: usize) -> Docx {
    for clause in list {
        let paragraph = match &clause.label {
            Some(label) => labelled(Paragraph::new(), label, &clause.text),
            None => plain(&clause.text),
        };
        let paragraph = paragraph.indent(
            Some(indent(depth + 1)),
            clause
                .label
                .as_ref()
                .map(|_| SpecialIndentType::Hanging(720)),
            None,
            None,
        );
        docx = docx.add_paragraph(paragraph);
        docx = clauses(docx, &clause.clauses, depth + 1);
    }
    docx
}

/// The document as DOCX bytes.
pub fn write(document: &Document) -> anyhow::Result<Vec<u8>> {
    let mut docx = Docx::new()
        .add_style(
            Style::new("Heading1", StyleType::Paragraph)
                .name("Heading 1")
                .bold()
                .size(28)
                .outline_lvl(0),
        )
        .add_style(
            Style::new("Heading2", StyleType::Paragraph)
                .name("Heading 2")
                .bold()
                .size(24)
                .outline_lvl(1),
        );
    for block in &document.blocks {
        docx = match block {
            Block::Council(line) => docx.add_paragraph(bold(line)),
            Block::Heading {
                text: line,
                subtitle,
            } => docx
                .add_paragraph(heading(1, line))
                .add_paragraph(plain(subtitle)),
            Block::Section(line) => docx.add_paragraph(heading(2, line)),
            Block::Group(line) => docx.add_paragraph(bold(line)),
            Block::Line(line) => docx.add_paragraph(plain(line)),
            Block::Minute { number, title } => docx.add_paragraph(labelled(
                Paragraph::new().style("Heading2").keep_next(true),
                &number.to_string(),
                title,
            )),
            Block::NotForPublication(line) => docx.add_paragraph(bold(line)),
            Block::Paragraph(line) => docx.add_paragraph(plain(line)),
            Block::Bullets(items) => items.iter().fold(docx, |docx, item| {
                docx.add_paragraph(labelled(Paragraph::new(), "•", item).indent(
                    Some(indent(1)),
                    Some(SpecialIndentType::Hanging(360)),
                    None,
                    None,
                ))
            }),
            Block::Resolved {
                marker,
                preamble,
                clauses: list,
            } => {
                let mut docx = docx.add_paragraph(bold(marker));
                if let Some(preamble) = preamble {
                    docx = docx.add_paragraph(plain(preamble));
                }
                clauses(docx, list, 0)
            }
            Block::RecordedVote { lines } => lines.iter().fold(docx, |docx, (heading, names)| {
                docx.add_paragraph(plain(&format!("{heading}: {names}")))
            }),
            Block::Table { header, rows } => {
                let row = |cells: &[String], strong: bool| {
                    TableRow::new(
                        cells
                            .iter()
                            .map(|cell| {
                                TableCell::new().add_paragraph(if strong {
                                    bold(cell)
                                } else {
                                    plain(cell)
                                })
                            })
                            .collect(),
                    )
                };
                let mut table_rows = vec![row(header, true)];
                table_rows.extend(rows.iter().map(|r| row(r, false)));
                docx.add_table(Table::new(table_rows))
            }
            Block::Signature(line) => docx.add_paragraph(plain("")).add_paragraph(plain(line)),
        };
    }
    let mut bytes = std::io::Cursor::new(Vec::new());
    docx.build()
        .pack(&mut bytes)
        .map_err(|error| anyhow::anyhow!("could not write the DOCX file: {error}"))?;
    Ok(bytes.into_inner())
}
