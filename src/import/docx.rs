//! The text of a Word agenda (.docx), as the front-sheet reader wants it: a line per paragraph,
//! the numbers Word draws itself (automatic numbering, which is not in the text) put back in
//! front of their paragraphs, and a table's rows as lines, an item's number and title on one
//! line and the rest of the row below it. The document is read by a well-kept library; this
//! file only lays its paragraphs out as lines.

use std::collections::HashMap;

use docx_rs::{
    DocumentChild, Docx, Paragraph, ParagraphChild, RunChild, TableCellContent, TableChild,
    TableRowChild,
};

/// The text of a Word document's body.
pub fn docx_text(bytes: &[u8]) -> Result<String, String> {
    super::docx_sound::check(bytes)?;
    // The library's own words ("Failed to parse int.") mean nothing to a clerk.
    let docx = docx_rs::read_docx(bytes).map_err(|_| {
        "this Word document is damaged or uses something Minutebook cannot read, so its text \
         cannot be read. Open it in Word and save it again, or save the agenda as text and \
         import that"
            .to_string()
    })?;
    let mut writer = Lines::new(&docx);
    for child in &docx.document.children {
        match child {
            DocumentChild::Paragraph(paragraph) => writer.paragraph(paragraph),
            DocumentChild::Table(table) => writer.table(table),
            _ => {}
        }
    }
    Ok(writer.out.join("\n"))
}

/// The lines made so far, and the counters of Word's numbered lists.
struct Lines<'d> {
    docx: &'d Docx,
    /// Each list's count at each level, by its numbering's handle.
    counters: HashMap<usize, Vec<usize>>,
    out: Vec<String>,
}

impl<'d> Lines<'d> {
    fn new(docx: &'d Docx) -> Lines<'d> {
        Lines {
            docx,
            counters: HashMap::new(),
            out: Vec::new(),
        }
    }

    fn paragraph(&mut self, paragraph: &Paragraph) {
        let text = paragraph_text(paragraph);
        let number = self.number_of(paragraph);
        match number {
            Some(number) if !text.trim().is_empty() => {
                self.out.push(format!("{number} {}", text.trim()));
            }
            _ => self.out.push(text),
        }
    }

    /// A table row by row: a row that starts with a number is an item, its title beside the
    /// number and the other cells under it; any other row is its cells side by side.
    fn table(&mut self, table: &docx_rs::Table) {
        for TableChild::TableRow(row) in &table.rows {
            let cells: Vec<String> = row
                .cells
                .iter()
                .map(|TableRowChild::TableCell(cell)| {
                    cell.children
                        .iter()
                        .filter_map(|content| match content {
                            TableCellContent::Paragraph(p) => Some(paragraph_text(p)),
                            _ => None,
                        })
                        .filter(|t| !t.trim().is_empty())
                        .collect::<Vec<_>>()
                        .join("\n")
                })
                .filter(|c| !c.trim().is_empty())
                .collect();
            let numbered = cells.first().is_some_and(|first| {
                first.len() <= 12
                    && first.chars().any(|c| c.is_ascii_digit())
                    && !first.contains(' ')
            });
            match cells.split_first() {
                Some((number, rest)) if numbered && !rest.is_empty() => {
                    let number = number.trim_end_matches(['.', ')']);
                    self.out.push(format!("{number}. {}", rest[0].trim()));
                    self.out.extend(rest[1..].iter().cloned());
                    self.out.push(String::new());
                }
                _ => self.out.push(cells.join("  ")),
            }
        }
    }

    /// The number Word draws before a paragraph of a numbered list ("3.", "3.1", "b)"),
    /// counting the list's paragraphs as Word does.
    fn number_of(&mut self, paragraph: &Paragraph) -> Option<String> {
        let numbering = paragraph
            .property
            .numbering_property
            .clone()
            .or_else(|| self.style_numbering(paragraph))?;
        let id = numbering.id?.id;
        let level = numbering.level.map_or(0, |l| l.val);
        if id == 0 {
            return None; // numbering turned off for this paragraph
        }
        let (starts, formats) = self.levels(id);
        let counts = self.counters.entry(id).or_default();
        if counts.len() <= level {
            counts.resize(level + 1, 0);
        }
        counts[level] += 1;
        counts.truncate(level + 1);
        let shown: Vec<String> = counts
            .iter()
            .enumerate()
            .map(|(at, count)| {
                let start = starts.get(at).copied().unwrap_or(1);
                let value = count + start.saturating_sub(1);
                shown_as(value, formats.get(at).map_or("decimal", String::as_str))
            })
            .collect();
        Some(match shown.as_slice() {
            [one] => format!("{one}."),
            [.., last] if last.chars().all(|c| c.is_ascii_lowercase()) => {
                format!("{} {last})", shown[0])
            }
            many => many.join("."),
        })
    }

    /// Numbering a paragraph takes from its style (a "List Number" style).
    fn style_numbering(&self, paragraph: &Paragraph) -> Option<docx_rs::NumberingProperty> {
        let style = paragraph.property.style.as_ref()?;
        self.docx
            .styles
            .styles
            .iter()
            .find(|s| s.style_id == style.val)
            .and_then(|s| s.paragraph_property.numbering_property.clone())
    }

    /// Where each level of a list starts, and how it is shown.
    fn levels(&self, id: usize) -> (Vec<usize>, Vec<String>) {
        let numberings = &self.docx.numberings;
        let Some(abstract_id) = numberings
            .numberings
            .iter()
            .find(|n| n.id == id)
            .map(|n| n.abstract_num_id)
        else {
            return (Vec::new(), Vec::new());
        };
        let Some(abstract_numbering) = numberings
            .abstract_nums
            .iter()
            .find(|a| a.id == abstract_id)
        else {
            return (Vec::new(), Vec::new());
        };
        let mut levels = abstract_numbering.levels.clone();
        levels.sort_by_key(|l| l.level);
        let starts = levels
            .iter()
            .map(|l| {
                serde_json::to_value(&l.start)
                    .ok()
                    .and_then(|v| v.as_u64())
                    .and_then(|v| usize::try_from(v).ok())
                    .unwrap_or(1)
            })
            .collect();
        let formats = levels.iter().map(|l| l.format.val.clone()).collect();
        (starts, formats)
    }
}

/// A count as a list shows it: 3, c, iii.
fn shown_as(value: usize, format: &str) -> String {
    match format {
        "lowerLetter" => letter(value),
        "upperLetter" => letter(value).to_uppercase(),
        "lowerRoman" => roman(value),
        "upperRoman" => roman(value).to_uppercase(),
        _ => value.to_string(),
    }
}

fn letter(value: usize) -> String {
    let index = value.saturating_sub(1) % 26;
    char::from(b'a' + u8::try_from(index).unwrap_or(0)).to_string()
}

fn roman(mut value: usize) -> String {
    let mut out = String::new();
    for (size, numeral) in [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")] {
        while value >= size && out.len() < 40 {
            out.push_str(numeral);
            value -= size;
        }
    }
    out
}

/// The text of a paragraph's runs, tabs as spaces and line breaks as new lines.
fn paragraph_text(paragraph: &Paragraph) -> String {
    let mut text = String::new();
    for child in &paragraph.children {
        let runs: Vec<&docx_rs::Run> = match child {
            ParagraphChild::Run(run) => vec![run.as_ref()],
            ParagraphChild::Hyperlink(link) => link
                .children
                .iter()
                .filter_map(|c| match c {
                    ParagraphChild::Run(run) => Some(run.as_ref()),
                    _ => None,
                })
                .collect(),
            ParagraphChild::Insert(insert) => insert
                .children
                .iter()
                .filter_map(|c| match c {
                    docx_rs::InsertChild::Run(run) => Some(run.as_ref()),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        };
        for run in runs {
            for piece in &run.children {
                match piece {
                    RunChild::Text(t) => text.push_str(&t.text),
                    RunChild::Tab(_) | RunChild::PTab(_) => text.push(' '),
                    RunChild::Break(_) | RunChild::CarriageReturn(_) => text.push('\n'),
                    _ => {}
                }
            }
        }
    }
    text
}
