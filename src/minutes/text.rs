//! Minutes as plain text, wrapped at 78 columns, laid out as councils print them.

use super::document::{Block, Document, Point};
use super::table::Grid;
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

/// An initial ("A", "J.") stays on the line of the name after it.
fn is_initial(word: &str) -> bool {
    let mut chars = word.trim_end_matches('.').chars();
    chars.next().is_some_and(|c| c.is_uppercase()) && chars.next().is_none()
}

/// A dash standing between words: " – ".
fn is_dash(word: &str) -> bool {
    matches!(word, "-" | "–" | "—")
}

/// The words of a line, an initial joined to the word after it so that no line ends on one,
/// and a dash to the word before it so that no line starts with one or holds it alone.
fn unbreakable(text: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut joining = false;
    for word in text.split_whitespace() {
        match words.last_mut() {
            Some(last) if joining || is_dash(word) => {
                last.push(' ');
                last.push_str(word);
            }
            _ => words.push(word.to_string()),
        }
        joining = is_initial(word) || (is_dash(word) && words.len() == 1 && words[0] == word);
    }
    words
}

fn wrap_line(width: usize, text: &str, indent: &str, first: &str) -> String {
    let mut lines = Vec::new();
    let mut line = first.to_string();
    let mut empty = true;
    for word in &unbreakable(text) {
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

/// Points under their marks, labels lined up among their fellows, a wrapped point hanging
/// under its text, and the points under a point indented under its text.
fn points(width: usize, out: &mut String, list: &[Point], indent: usize) {
    let widest = list
        .iter()
        .map(|p| p.label.as_ref().map_or(1, |l| l.chars().count()))
        .max()
        .unwrap_or(1);
    for point in list {
        let mark = point.label.as_deref().unwrap_or("•");
        let first = format!("{}{mark:<widest$} ", " ".repeat(indent));
        let rest = " ".repeat(indent + widest + 1);
        out.push_str(&wrap(width, &point.text, &rest, &first));
        out.push('\n');
        points(width, out, &point.points, indent + widest + 1);
    }
}

/// The document as plain text, wrapped at 78 columns.
pub fn write(document: &Document) -> String {
    write_to_width(document, WIDTH)
}

/// The document as plain text wrapped to `width` columns, for a preview pane.
pub fn write_to_width(document: &Document, width: usize) -> String {
    let width = width.max(20);
    // The confidential version says so before anything else.
    let mut out = match &document.confidential {
        Some(mark) => format!("{}\n\n", wrap(width, mark, "", "")),
        None => String::new(),
    };
    let mut in_lines = false;
    for block in &document.blocks {
        if in_lines && !matches!(block, Block::Line(_)) {
            out.push('\n');
            in_lines = false;
        }
        match block {
            Block::Council(text) => out.push_str(&format!("{text}\n\n")),
            Block::Heading { text, subtitle } => {
                // The heading and its second line read as one sentence; a heading with no
                // second line stands alone.
                let line = if subtitle.is_empty() {
                    text.clone()
                } else {
                    format!("{text} {subtitle}")
                };
                out.push_str(&wrap(width, &line, "", ""));
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
            Block::Paragraphs(text) => {
                for line in text.lines() {
                    out.push_str(&wrap(width, line, "", ""));
                    out.push_str("\n\n");
                }
            }
            Block::NotForPublication(text) | Block::Paragraph(text) => {
                out.push_str(&wrap(width, text, "", ""));
                out.push_str("\n\n");
            }
            Block::Points(list) => {
                points(width, &mut out, list, 0);
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
            Block::Table(table) => {
                let grid = Grid {
                    header: &table.header,
                    rows: table.rows.iter().map(Vec::as_slice).collect(),
                    amounts: &table.amounts,
                    total: table.total.as_deref(),
                };
                out.push_str(&grid.text(width));
                out.push('\n');
            }
            Block::Signature(text) => out.push_str(&format!("\n{text}\n")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn a_name_is_never_split_between_its_initial_and_surname() {
        let wrapped = wrap(
            30,
            "Councillors P Redmond, J Saunders, A Okafor and K Wood",
            "",
            "",
        );
        for line in wrapped.lines() {
            assert!(line.chars().count() <= 30, "{wrapped}");
            let last = line.split_whitespace().last().unwrap_or_default();
            assert!(
                last.chars().count() > 1,
                "a line ends on an initial: {wrapped}"
            );
        }
        assert_eq!(
            wrapped,
            "Councillors P Redmond,\nJ Saunders, A Okafor and\nK Wood"
        );
    }

    #[test]
    fn a_dash_never_starts_a_line_or_stands_alone_on_one() {
        let wrapped = wrap(
            24,
            "26/00412/HOUSE – 4-6 Mill Cottages, Mill Lane – Wexcombe-under-Edge",
            "",
            "",
        );
        for line in wrapped.lines() {
            assert!(!line.trim_start().starts_with('–'), "{wrapped}");
        }
        assert!(wrapped.contains("Lane –\nWexcombe"), "{wrapped}");
    }
}
