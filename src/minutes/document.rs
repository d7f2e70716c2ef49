//! The minutes as a document: headings, paragraphs, lists and resolutions, with no layout.
//! The wording is decided once, when the document is built; each writer only lays it out.

use crate::model::Clause;

/// A whole document, in reading order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Document {
    /// What the document is, for a page title.
    pub title: String,
    /// What a printed page's header says: the body and the date.
    pub running_head: String,
    /// What a printed page's footer says, with [`PAGE`] and [`PAGES`] where the page number
    /// and the number of pages go: "Page \u{1} of \u{2}".
    pub page_footer: String,
    /// Who the document is by, for its properties: the council.
    pub author: String,
    /// On the confidential version, the mark every printed page carries.
    pub confidential: Option<String>,
    pub blocks: Vec<Block>,
}

/// Stands in a page footer for the number of the page.
pub const PAGE: char = '\u{1}';
/// Stands in a page footer for the number of pages.
pub const PAGES: char = '\u{2}';

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// The council's name above the minutes.
    Council(String),
    /// The document's own heading: "Minutes of a meeting of ...", and its second line.
    Heading {
        text: String,
        subtitle: String,
    },
    /// A section heading such as PRESENT or OFFICERS IN ATTENDANCE.
    Section(String),
    /// A small heading inside a section: a board's "Voting Members".
    Group(String),
    /// One line of an attendance list.
    Line(String),
    /// A minute's heading: its reference ("66", "T49.", "338.1"), its title as printed, and the
    /// whole line as the house style words it.
    Minute {
        reference: String,
        title: String,
        line: String,
    },
    /// A warning that what follows must not be published.
    NotForPublication(String),
    /// A paragraph; a line break inside it is kept as one.
    Paragraph(String),
    /// Paragraphs one after another, one to a line: the clerk's lines as typed, kept in one
    /// piece of text so that a note of many short lines takes little more memory than its text.
    Paragraphs(String),
    /// A list of points, each bulleted or carrying the label it was typed with ("1.", "(a)"),
    /// with the points typed under it.
    Points(Vec<Point>),
    /// The "RESOLVED:" line and what was resolved.
    Resolved {
        marker: String,
        preamble: Option<String>,
        clauses: Vec<Clause>,
    },
    /// A recorded vote: each side ("For") and the names on it.
    RecordedVote {
        lines: Vec<(String, String)>,
    },
    Table(Table),
    /// The signature line that ends the minutes.
    Signature(String),
}

/// A table: a schedule of payments, or the actions of a meeting.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Table {
    pub header: Vec<String>,
    /// The columns holding sums of money, set flush right so that the figures line up.
    pub amounts: Vec<usize>,
    pub rows: Vec<Vec<String>>,
    /// The row adding the sums up, its label in the first column.
    pub total: Option<Vec<String>>,
}

impl Table {
    /// A table of words alone, with no sums.
    pub fn of_words(header: Vec<String>, rows: Vec<Vec<String>>) -> Table {
        Table {
            header,
            rows,
            ..Table::default()
        }
    }

    pub fn is_amount(&self, column: usize) -> bool {
        self.amounts.contains(&column)
    }

    /// The rows, the total row last.
    pub fn body(&self) -> impl Iterator<Item = &Vec<String>> {
        self.rows.iter().chain(&self.total)
    }
}

/// A point of a list, and the points under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Point {
    /// The label as typed ("1.", "(a)"); none for a bullet. Boxed, as a long note may hold a
    /// great many points.
    pub label: Option<Box<str>>,
    pub text: String,
    pub points: Vec<Point>,
}

impl Point {
    pub fn bullet(text: impl Into<String>) -> Point {
        Point {
            label: None,
            text: text.into(),
            points: Vec::new(),
        }
    }

    pub fn numbered(label: impl Into<String>, text: impl Into<String>) -> Point {
        Point {
            label: Some(label.into().into_boxed_str()),
            text: text.into(),
            points: Vec::new(),
        }
    }

    /// The point, and every point under it, in reading order with its depth.
    pub fn walk<'p>(points: &'p [Point], depth: usize, visit: &mut dyn FnMut(&'p Point, usize)) {
        for point in points {
            visit(point, depth);
            Point::walk(&point.points, depth + 1, visit);
        }
    }
}

impl Block {
    /// For a minute's heading: whether its line is its reference then its title, so that a
    /// writer may hang the title's wrapped lines under itself, clear of the reference.
    pub fn hangs(reference: &str, title: &str, line: &str) -> bool {
        line.strip_prefix(reference)
            .and_then(|rest| rest.strip_prefix(' '))
            .is_some_and(|rest| rest == title)
    }
}

impl Document {
    /// Every piece of text in the document, in order, for searching it.
    pub fn all_text(&self) -> Vec<String> {
        let mut texts = Vec::new();
        fn clauses(list: &[Clause], texts: &mut Vec<String>) {
            for clause in list {
                texts.push(clause.text.clone());
                clauses(&clause.clauses, texts);
            }
        }
        for block in &self.blocks {
            match block {
                Block::Council(t)
                | Block::Section(t)
                | Block::Group(t)
                | Block::Line(t)
                | Block::NotForPublication(t)
                | Block::Paragraph(t)
                | Block::Signature(t) => texts.push(t.clone()),
                Block::Paragraphs(t) => texts.extend(t.lines().map(str::to_string)),
                Block::Heading { text, subtitle } => {
                    texts.push(text.clone());
                    texts.push(subtitle.clone());
                }
                Block::Minute { line, .. } => texts.push(line.clone()),
                Block::Points(points) => Point::walk(points, 0, &mut |point, _| {
                    texts.push(match &point.label {
                        Some(label) => format!("{label} {}", point.text),
                        None => point.text.clone(),
                    })
                }),
                Block::Resolved {
                    marker,
                    preamble,
                    clauses: list,
                } => {
                    texts.push(marker.clone());
                    texts.extend(preamble.iter().cloned());
                    clauses(list, &mut texts);
                }
                Block::RecordedVote { lines } => {
                    for (side, names) in lines {
                        texts.push(side.clone());
                        texts.push(names.clone());
                    }
                }
                Block::Table(table) => {
                    texts.extend(table.header.iter().cloned());
                    for row in table.body() {
                        texts.extend(row.iter().cloned());
                    }
                }
            }
        }
        texts
    }
}
