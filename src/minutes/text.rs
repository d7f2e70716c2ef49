//! Minutes as plain text, wrapped at 78 columns, laid out as councils print them.

use super::document::{Block, Document};
use crate::model::Clause;

const WIDTH: usize = 78;

/// Wraps text at word boundaries, starting each line with `indent`; a line break in the text
/// is kept, and the text after it starts at the indent.
fn wrap(width: usize, text: &str, indent: &str, first: &str) -> String {
    let mut out = Vec::new();
    for (n, line) in text.split('\n').enumerate() {
        out.push(wrap_line(
            width,
            line,
            indent,
            if n == 0 { first } else { indent },
        ));
    }
    out.join("\n")
}

fn wrap_line(width: usize, text: &str, indent: &str, first: &str) -> String {
    let mut lines = Vec::new();
    let mut line = first.to_string();
    let mut empty = true;
    for word in text.split_whitespace() {
        let needed = line.chars().count() + word.chars().count() + usize::from(!empty);
        if !empty && needed > width {
            lines.push(std::mem::replace(&mut line, indent.to_string()));
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(word);
        empty = false;
    }
    lines.push(line);
    lines.join("\n")
}

fn clauses(width: usize, out: &mut String, list: &[Clause], depth: usize) {
    for clause in list {
        let indent = " ".repeat(depth * 4);
        let first = match &clause.label {
            Some(label) => format!("{indent}{label} "),
            None => indent.clone(),
        };
        let hanging = " ".repeat(first.chars().count());
        out.push_str(&wrap(width, &clause.text, &hanging, &first));
        out.push_str("\n\n");
        clauses(width, out, &clause.clauses, depth + 1);
    }
}

/// The document as plain text, wrapped at 78 columns.
pub fn write(document: &Document) -> String {
    write_to_width(document, WIDTH)
}

/// The document as plain text wrapped to `width` columns, for a preview pane.
pub fn write_to_width(document: &Document, width: usize) -> String {
    let width = width.max(20);
    let mut out = String::new();
    let mut in_lines = false;
    for block in &document.blocks {
        if in_lines && !matches!(block, Block::Line(_)) {
            out.push('\n');
            in_lines = false;
        }
        match block {
            Block::Council(text) => out.push_str(&format!("{text}\n\n")),
            Block::Heading { text, subtitle } => {
                out.push_str(&wrap(width, &format!("{text} {subtitle}"), "", ""));
                out.push_str("\n\n");
            }
            Block::Section(text) => out.push_str(&format!("{text}\n\n")),
            Block::Group(text) => out.push_str(&format!("{text}\n")),
            Block::Line(text) => {
                out.push_str(&wrap(width, text, "    ", ""));
                out.push('\n');
                in_lines = true;
            }
            Block::Minute {
                reference,
                title,
                line,
            } => {
                if Block::hangs(reference, title, line) {
                    let first = format!("{reference} ");
                    let hanging = " ".repeat(first.chars().count());
                    out.push_str(&wrap(width, title, &hanging, &first));
                } else {
                    out.push_str(&wrap(width, line, "", ""));
                }
                out.push_str("\n\n");
            }
            Block::NotForPublication(text) | Block::Paragraph(text) => {
                out.push_str(&wrap(width, text, "", ""));
                out.push_str("\n\n");
            }
            Block::Bullets(items) => {
                for item in items {
                    out.push_str(&wrap(width, item, "  ", "• "));
                    out.push('\n');
                }
                out.push('\n');
            }
            Block::Numbered(items) => {
                // Labels line up, and a wrapped point hangs under its text.
                let widest = items
                    .iter()
                    .map(|(label, _)| label.chars().count())
                    .max()
                    .unwrap_or(0);
                for (label, item) in items {
                    let first = format!("{label:<widest$} ");
                    out.push_str(&wrap(width, item, &" ".repeat(widest + 1), &first));
                    out.push('\n');
                }
                out.push('\n');
            }
            Block::Resolved {
                marker,
                preamble,
                clauses: list,
            } => {
                out.push_str(&wrap(width, marker, "", ""));
                out.push_str("\n\n");
                if let Some(preamble) = preamble {
                    out.push_str(&wrap(width, preamble, "", ""));
                    out.push_str("\n\n");
                }
                clauses(width, &mut out, list, 0);
            }
            Block::RecordedVote { lines } => {
                for (heading, names) in lines {
                    out.push_str(&wrap(width, names, "    ", &format!("{heading}: ")));
                    out.push('\n');
                }
                out.push('\n');
            }
            Block::Table { header, rows } => {
                out.push_str(&header.join("  |  "));
                out.push('\n');
                for row in rows {
                    out.push_str(&wrap(width, &row.join("  |  "), "    ", ""));
                    out.push('\n');
                }
                out.push('\n');
            }
            Block::Signature(text) => out.push_str(&format!("\n{text}\n")),
        }
    }
    out
}
