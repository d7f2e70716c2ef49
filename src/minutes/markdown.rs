//! Minutes as Markdown: headings, paragraphs and lists, readable as plain text too.

use super::document::{Block, Document, Point, Table};
use crate::model::Clause;

/// Characters that would otherwise start Markdown formatting.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A bullet as a list item; a labelled point on its own line with the label as typed ("1\."
/// keeps Markdown from renumbering the list its own way); the points under a point as a list
/// indented under its text, a blank line ending them before a labelled line follows. Under a
/// point, points numbered 1, 2, 3 … are a real numbered list, which shows them as typed.
fn points(out: &mut String, list: &[Point], depth: usize, indent: usize) {
    let counted = depth > 0 && counts_from_one(list);
    let pad = " ".repeat(indent);
    for (n, point) in list.iter().enumerate() {
        let text = escape(&point.text);
        let marker = match (&point.label, depth) {
            (Some(label), 0) => {
                if n > 0 && list[n - 1].label.is_none() {
                    out.push('\n');
                }
                out.push_str(&format!("{} {text}  \n", escape_label(label)));
                String::new()
            }
            (Some(label), _) if counted => label.to_string(),
            (Some(label), _) => format!("- {}", escape_label(label)),
            (None, _) => "-".to_string(),
        };
        if !marker.is_empty() {
            out.push_str(&format!("{pad}{marker} {text}\n"));
        }
        // Points under a numbered item sit under its text.
        let under = if counted {
            indent + marker.chars().count() + 1
        } else {
            indent + 2
        };
        points(out, &point.points, depth + 1, under);
        if depth == 0 && point.label.is_some() && !point.points.is_empty() {
            out.push('\n');
        }
    }
}

/// Whether every point is labelled 1, 2, 3 … in turn with the same stop ("1." or "1)"), as
/// Markdown's own numbered list counts, so that it can show them as typed.
fn counts_from_one(list: &[Point]) -> bool {
    let Some(stop) = list
        .first()
        .and_then(|p| p.label.as_deref())
        .and_then(|l| l.chars().last())
        .filter(|c| matches!(c, '.' | ')'))
    else {
        return false;
    };
    list.iter().enumerate().all(|(n, point)| {
        point
            .label
            .as_deref()
            .is_some_and(|label| label.strip_suffix(stop) == Some((n + 1).to_string().as_str()))
    })
}

/// A list label written so that Markdown shows it as typed.
fn escape_label(label: &str) -> String {
    escape(label).replace('.', "\\.").replace(')', "\\)")
}

fn clauses(out: &mut String, list: &[Clause], depth: usize) {
    for clause in list {
        let indent = "   ".repeat(depth);
        // A line break inside a clause stays one, indented with the clause.
        let text = escape(&clause.text).replace('\n', &format!("  \n{indent}"));
        match &clause.label {
            Some(label) => out.push_str(&format!("{indent}{} {text}\n\n", escape(label))),
            None => out.push_str(&format!("{indent}{text}\n\n")),
        }
        clauses(out, &clause.clauses, depth + 1);
    }
}

/// A pipe table, sums set flush right, the total row in bold.
fn table(out: &mut String, table: &Table) {
    let row = |cells: &[String], bold: bool| {
        let cells: Vec<String> = cells
            .iter()
            .map(|c| match escape(c).replace('\n', " ") {
                c if bold && !c.is_empty() => format!("**{c}**"),
                c => c,
            })
            .collect();
        format!("| {} |\n", cells.join(" | "))
    };
    out.push_str(&row(&table.header, false));
    let rule: Vec<&str> = (0..table.header.len())
        .map(|column| {
            if table.is_amount(column) {
                "---:"
            } else {
                "---"
            }
        })
        .collect();
    out.push_str(&format!("| {} |\n", rule.join(" | ")));
    for cells in &table.rows {
        out.push_str(&row(cells, false));
    }
    if let Some(total) = &table.total {
        out.push_str(&row(total, true));
    }
    out.push('\n');
}

pub fn write(document: &Document) -> String {
    // The confidential version says so before anything else.
    let mut out = match &document.confidential {
        Some(mark) => format!("> **{}**\n\n", escape(mark)),
        None => String::new(),
    };
    let mut in_lines = false;
    for block in &document.blocks {
        // Attendance lines run together as one list of lines, each ending in a hard break.
        if in_lines && !matches!(block, Block::Line(_)) {
            out.push('\n');
            in_lines = false;
        }
        match block {
            Block::Council(text) => out.push_str(&format!("**{}**\n\n", escape(text))),
            Block::Heading { text, subtitle } if subtitle.is_empty() => {
                out.push_str(&format!("# {}\n\n", escape(text)))
            }
            Block::Heading { text, subtitle } => {
                out.push_str(&format!("# {}\n\n{}\n\n", escape(text), escape(subtitle)))
            }
            Block::Section(text) => out.push_str(&format!("## {}\n\n", escape(text))),
            Block::Group(text) => out.push_str(&format!("### {}\n\n", escape(text))),
            Block::Line(text) => {
                out.push_str(&format!("{}  \n", escape(text)));
                in_lines = true;
            }
            Block::Minute { line, .. } => out.push_str(&format!("## {}\n\n", escape(line))),
            Block::NotForPublication(text) => out.push_str(&format!("> **{}**\n\n", escape(text))),
            Block::Paragraph(text) => {
                out.push_str(&format!("{}\n\n", escape(text).replace('\n', "  \n")))
            }
            Block::Paragraphs(text) => {
                for line in text.lines() {
                    out.push_str(&format!("{}\n\n", escape(line)));
                }
            }
            Block::Points(list) => {
                points(&mut out, list, 0, 0);
                out.push('\n');
            }
            Block::Resolved {
                marker,
                preamble,
                clauses: list,
            } => {
                out.push_str(&format!("**{}**\n\n", escape(marker)));
                if let Some(preamble) = preamble {
                    out.push_str(&format!("{}\n\n", escape(preamble).replace('\n', "  \n")));
                }
                clauses(&mut out, list, 0);
            }
            Block::RecordedVote { lines } => {
                for (heading, names) in lines {
                    out.push_str(&format!("- {}: {}\n", escape(heading), escape(names)));
                }
                out.push('\n');
            }
            Block::Table(table_) => table(&mut out, table_),
            Block::Signature(text) => out.push_str(&format!("\n{}\n", escape(text))),
        }
    }
    out
}
