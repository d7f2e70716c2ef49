//! Minutes as a Word document (DOCX): real heading styles (so Word and LibreOffice show the
//! minutes' structure in their navigation panes), real bullet and numbered lists from
//! numbering definitions, hanging indents for numbered clauses, the body and date in the page
//! header, "Page N of M" in the footer, and the signature block kept together at the end.

use docx_rs::{
    AbstractNumbering, BreakType, Docx, Footer, Header, IndentLevel, Level, LevelJc, LevelText,
    LineSpacing, NumPages, NumberFormat, Numbering, NumberingId, PageNum, Paragraph, Run, RunFonts,
    SpecialIndentType, Start, Style, StyleType, Table, TableCell, TableRow,
};

use super::document::{Block, Document, PAGE, PAGES};
use crate::model::Clause;

/// The numbering every bullet list shares. Word's own first numbering has the id 1.
const BULLETS: usize = 2;

/// Runs for text, a line break where the text has one.
fn text(mut paragraph: Paragraph, text: &str) -> Paragraph {
    for (n, line) in text.split('\n').enumerate() {
        let mut run = Run::new();
        if n > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        paragraph = paragraph.add_run(run.add_text(line));
    }
    paragraph
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
    text(
        paragraph.add_run(Run::new().add_text(label).add_tab()),
        line,
    )
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

/// How a typed label numbers its list: the format Word counts in, and the text around the
/// number ("(%1)" for "(a)"), with the number the list starts at.
fn numbering_of(label: &str) -> (&'static str, String, usize) {
    let open = label.starts_with('(');
    let body: String = label.chars().filter(char::is_ascii_alphanumeric).collect();
    let close = label.chars().last().filter(|c| !c.is_ascii_alphanumeric());
    let around = format!(
        "{}%1{}",
        if open { "(" } else { "" },
        close.map(String::from).unwrap_or_default()
    );
    // A lone "i" starts a roman list ("(i)", "(ii)"); any other letter counts as a letter.
    if let Ok(number) = body.parse::<usize>() {
        ("decimal", around, number)
    } else if body == "i" || body.len() > 1 {
        ("lowerRoman", around, roman_value(&body))
    } else {
        let start = body.chars().next().map_or(1, |c| {
            usize::from(c as u8).saturating_sub(usize::from(b'a')) + 1
        });
        ("lowerLetter", around, start)
    }
}

fn roman_value(text: &str) -> usize {
    let value = |c| match c {
        'i' => 1,
        'v' => 5,
        'x' => 10,
        'l' => 50,
        'c' => 100,
        _ => 0,
    };
    let digits: Vec<i64> = text.chars().map(value).collect();
    let mut total: i64 = 0;
    for (n, digit) in digits.iter().enumerate() {
        // A smaller numeral before a larger one is taken away: "iv" is 4.
        if digits.get(n + 1).is_some_and(|next| next > digit) {
            total -= digit;
        } else {
            total += digit;
        }
    }
    usize::try_from(total).unwrap_or(1).max(1)
}

fn list_level(format: &str, text: &str, start: usize) -> Level {
    Level::new(
        0,
        Start::new(start),
        NumberFormat::new(format),
        LevelText::new(text),
        LevelJc::new("left"),
    )
    .indent(
        Some(indent(1)),
        Some(SpecialIndentType::Hanging(360)),
        None,
        None,
    )
}

/// The document's styles, page header and footer, and the numbering bullet lists use.
fn frame(document: &Document) -> Docx {
    let mut footer = Paragraph::new();
    let mut words = String::new();
    let flush = |footer: Paragraph, words: &mut String| {
        if words.is_empty() {
            footer
        } else {
            footer.add_run(Run::new().add_text(std::mem::take(words)))
        }
    };
    for c in document.page_footer.chars() {
        match c {
            PAGE => footer = flush(footer, &mut words).add_page_num(PageNum::new()),
            PAGES => footer = flush(footer, &mut words).add_num_pages(NumPages::new()),
            c => words.push(c),
        }
    }
    footer = flush(footer, &mut words);
    Docx::new()
        .default_fonts(RunFonts::new().ascii("Arial").hi_ansi("Arial").cs("Arial"))
        .default_size(22)
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
        )
        .header(Header::new().add_paragraph(plain(&document.running_head)))
        .footer(Footer::new().add_paragraph(footer))
        .add_abstract_numbering(
            AbstractNumbering::new(BULLETS).add_level(list_level("bullet", "•", 1)),
        )
        .add_numbering(Numbering::new(BULLETS, BULLETS))
}

/// The document as DOCX bytes.
pub fn write(document: &Document) -> anyhow::Result<Vec<u8>> {
    let mut docx = frame(document);
    // Each numbered list counts from its own first label.
    let mut next_numbering = BULLETS + 1;
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
            Block::Minute {
                reference,
                title,
                line,
            } => {
                let heading = Paragraph::new().style("Heading2").keep_next(true);
                docx.add_paragraph(if Block::hangs(reference, title, line) {
                    labelled(heading, reference, title)
                } else {
                    text(heading, line)
                })
            }
            Block::NotForPublication(line) => docx.add_paragraph(bold(line)),
            Block::Paragraph(line) => docx.add_paragraph(plain(line)),
            Block::Bullets(items) => items.iter().fold(docx, |docx, item| {
                docx.add_paragraph(
                    plain(item).numbering(NumberingId::new(BULLETS), IndentLevel::new(0)),
                )
            }),
            Block::Numbered(items) => {
                let id = next_numbering;
                next_numbering += 1;
                let (format, around, start) = items
                    .first()
                    .map_or(("decimal", "%1.".to_string(), 1), |(label, _)| {
                        numbering_of(label)
                    });
                let docx = docx
                    .add_abstract_numbering(
                        AbstractNumbering::new(id).add_level(list_level(format, &around, start)),
                    )
                    .add_numbering(Numbering::new(id, id));
                items.iter().fold(docx, |docx, (_, item)| {
                    docx.add_paragraph(
                        plain(item).numbering(NumberingId::new(id), IndentLevel::new(0)),
                    )
                })
            }
            Block::Resolved {
                marker,
                preamble,
                clauses: list,
            } => {
                let mut docx = docx.add_paragraph(bold(marker).keep_next(true));
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
            // Room to sign above the name, kept on one page with it.
            Block::Signature(line) => docx.add_paragraph(
                plain(line)
                    .keep_lines(true)
                    .line_spacing(LineSpacing::new().before(1440)),
            ),
        };
    }
    let mut bytes = std::io::Cursor::new(Vec::new());
    docx.build()
        .pack(&mut bytes)
        .map_err(|error| anyhow::anyhow!("could not write the DOCX file: {error}"))?;
    Ok(bytes.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typed_label_gives_its_list_format_and_start() {
        assert_eq!(numbering_of("1."), ("decimal", "%1.".into(), 1));
        assert_eq!(numbering_of("3)"), ("decimal", "%1)".into(), 3));
        assert_eq!(numbering_of("(a)"), ("lowerLetter", "(%1)".into(), 1));
        assert_eq!(numbering_of("c."), ("lowerLetter", "%1.".into(), 3));
        assert_eq!(numbering_of("(i)"), ("lowerRoman", "(%1)".into(), 1));
        assert_eq!(numbering_of("iv)"), ("lowerRoman", "%1)".into(), 4));
    }
}
