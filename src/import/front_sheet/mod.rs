//! Reading an agenda front sheet into a meeting ready to record: the body, when and where, the
//! notices, the contact officer, the membership and every item. Lenient about layout, and it
//! never guesses silently: every line is accounted for (used, set aside as page furniture, or
//! not placed), and what conflicts (two dates, two times) is said, with its line numbers.
//!
//! The reader (`reader`) goes down the sheet a line at a time, a method for each part of it,
//! noting what it finds with where it found it (`found`); `decide` then chooses among what was
//! found and builds the meeting.

mod agenda;
mod decide;
mod found;
mod items;
mod reader;

use std::collections::HashMap;

use chrono::NaiveDate;

use found::Found;
pub use found::{Conflict, Use};

use crate::model::Meeting;

/// A meeting built from an agenda, with an account of every line of its front sheet.
#[derive(Debug, Clone)]
pub struct Imported {
    pub meeting: Meeting,
    /// What became of each line of the front sheet, by line number (from 1).
    pub uses: Vec<(usize, String, Use)>,
    /// Where two lines said different things of the same fact, and which was taken.
    pub conflicts: Vec<Conflict>,
    /// What the clerk should check, in a sentence each: a date taken from the letter, no
    /// members found, a year supplied for a date printed without one.
    pub warnings: Vec<String>,
    /// Where the first minute number came from, in words.
    pub first_minute_from: String,
    /// Where the front sheet ended and the pack's next document began: its line number and
    /// text. The lines after it are not the front sheet's, and are not accounted for here.
    pub ended_at: Option<(usize, String)>,
}

impl Imported {
    /// The lines of one use, with their numbers and text.
    pub fn lines(&self, wanted: Use) -> Vec<(usize, &str)> {
        self.uses
            .iter()
            .filter(|(_, _, used)| *used == wanted)
            .map(|(number, text, _)| (*number, text.as_str()))
            .collect()
    }

    /// True when every line that says anything went into the meeting.
    pub fn every_line_placed(&self) -> bool {
        self.uses.iter().all(|(_, _, used)| used.placed())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("this does not look like an agenda front sheet: {0}")]
    NotAnAgenda(String),
    /// An agenda whose meeting's date is nowhere on it: everything else was read, and the
    /// clerk is asked for the date.
    #[error(
        "the agenda gives no date for its meeting (no line such as \"Date: Thursday, 24th \
         March, 2022\", nor a summons \"… on Tuesday 3rd June 2025 at 7pm …\")"
    )]
    Undated,
}

/// The shapes of item line the reader knows, for a refusal to name.
pub const ITEM_SHAPES: &str = "\"1. Apologies\", \"1) Apologies\", \"1 Apologies\", \
\"1Apologies\", \"2025-06_1. Apologies\", \"FGP01/22 Apologies\", \"5.1\" and \"5 a)\" for parts \
of an item, or a line \"1 Apologies 2 Declarations 3 Minutes\"";

/// Reads an agenda pack's text (front sheet first) into a meeting ready to record.
pub fn import(text: &str) -> Result<Imported, ImportError> {
    import_dated(text, None)
}

/// As [`import`]; a front sheet that gives no date takes `date`.
pub fn import_dated(text: &str, supplied: Option<NaiveDate>) -> Result<Imported, ImportError> {
    let lines = super::clean::lines(text);
    let mut found = reader::Reader::new(&lines).read();
    if found.items.is_empty()
        && let Some(again) = read_marked(&lines)
    {
        found = again;
    }
    if found.items.is_empty() {
        // No item numbered or bulleted: the lines under the agenda's heading are its items.
        let listed = unnumbered(&lines);
        let again = reader::Reader::listing(&listed).read();
        if !again.items.is_empty() {
            found = again;
            found.unnumbered = true;
        }
    }
    decide::meeting(found, &lines, supplied)
}

/// The items of a sheet that marks them with letters or roman numerals ("a)", "(ii)", "C."):
/// read as bullets, each keeping its mark as its printed number. A marked line the reader does
/// not take for an item is given back its mark and read again as the text it is.
fn read_marked(lines: &[super::clean::Line]) -> Option<Found> {
    let mut text_only: Vec<usize> = Vec::new();
    for _ in 0..4 {
        let (listed, marks) = marked(lines, &text_only);
        if marks.len() < 2 {
            return None;
        }
        let mut found = reader::Reader::listing(&listed).read();
        if found.items.is_empty() {
            return None;
        }
        let not_items: Vec<usize> = marks
            .keys()
            .copied()
            .filter(|&at| found.uses.get(at) != Some(&Use::Item))
            .collect();
        if not_items.is_empty() {
            for item in &mut found.items {
                if let Some(mark) = marks.get(&(item.line - 1)) {
                    item.reference.printed.clone_from(mark);
                }
            }
            let mut in_order: Vec<(usize, String)> = marks.into_iter().collect();
            in_order.sort();
            found.marked = in_order.into_iter().map(|(_, mark)| mark).collect();
            return Some(found);
        }
        // Read again with those lines as the text they are.
        text_only.extend(not_items);
    }
    None
}

/// The lines with each that starts with the next mark of a list of letters or roman numerals
/// ("a)", "b)"; "(i)", "(ii)"; "A.", "B.") freed of its mark and marked as a bullet, and the
/// marks by line. A mark only counts where it follows the one before it in turn, from the
/// first ("a", "i"), so that "A. Smith" among the members is not an item.
fn marked(
    lines: &[super::clean::Line],
    text_only: &[usize],
) -> (Vec<super::clean::Line>, HashMap<usize, String>) {
    let mut marks = HashMap::new();
    let mut roman: Option<bool> = None;
    let mut next = 1;
    let listed = lines
        .iter()
        .enumerate()
        .map(|(index, line)| {
            let Some((mark, rest)) =
                item_mark(line.text.trim_start()).filter(|_| !text_only.contains(&index))
            else {
                return line.clone();
            };
            let as_roman = roman.unwrap_or(mark.eq_ignore_ascii_case("i"));
            if ordinal(&mark, as_roman) != Some(next) {
                return line.clone();
            }
            roman = Some(as_roman);
            next += 1;
            marks.insert(index, mark);
            super::clean::Line {
                text: format!(" {rest}"),
                bullet: true,
                ..line.clone()
            }
        })
        .collect();
    (listed, marks)
}

/// A letter or roman numeral marking an item, and the title after it: "a) Apologies",
/// "(ii) Minutes", "C. Finance".
fn item_mark(text: &str) -> Option<(String, &str)> {
    let open = text.starts_with('(');
    let body = text.strip_prefix('(').unwrap_or(text);
    let end = body.find(|c: char| !c.is_ascii_alphabetic())?;
    let (mark, after) = body.split_at(end);
    let rest = if open {
        after.strip_prefix(')')?
    } else {
        after
            .strip_prefix(')')
            .or_else(|| after.strip_prefix('.'))?
    };
    let rest = rest.strip_prefix(' ')?.trim_start();
    let title = rest.chars().next().is_some_and(char::is_alphanumeric);
    (!mark.is_empty() && mark.len() <= 6 && title).then(|| (mark.to_string(), rest))
}

/// The place in its list of a mark: "c" is 3; as a roman numeral "iv" is 4.
fn ordinal(mark: &str, roman: bool) -> Option<u32> {
    let lower = mark.to_ascii_lowercase();
    if !roman {
        let mut chars = lower.chars();
        return match (chars.next(), chars.next()) {
            (Some(c @ 'a'..='z'), None) => Some(u32::from(c) - u32::from('a') + 1),
            _ => None,
        };
    }
    let value = |c: char| match c {
        'i' => Some(1),
        'v' => Some(5),
        'x' => Some(10),
        'l' => Some(50),
        'c' => Some(100),
        _ => None,
    };
    let values: Vec<u32> = lower.chars().map(value).collect::<Option<_>>()?;
    let mut total: i64 = 0;
    for (at, v) in values.iter().enumerate() {
        if values.get(at + 1).is_some_and(|next| next > v) {
            total -= i64::from(*v);
        } else {
            total += i64::from(*v);
        }
    }
    u32::try_from(total).ok()
}

/// The lines, each that could be an item's title marked as if bulleted: a line that says
/// anything and is no long sentence.
fn unnumbered(lines: &[super::clean::Line]) -> Vec<super::clean::Line> {
    // Only under the agenda's own heading: a report's cover or a letter has lines enough that
    // read as titles.
    let heading = lines
        .iter()
        .position(|line| reader::is_agenda_heading(&line.text));
    lines
        .iter()
        .enumerate()
        .map(|(index, line)| {
            if heading.is_none_or(|h| index <= h) {
                return line.clone();
            }
            let text = line.text.trim();
            let words = text.split_whitespace().count();
            let sentence = text.ends_with('.') && words > 8;
            let title = !text.is_empty()
                && words <= 15
                && !sentence
                && !text.ends_with([':', ';', ','])
                && text.chars().next().is_some_and(|c| c.is_uppercase());
            super::clean::Line {
                bullet: line.bullet || title,
                ..line.clone()
            }
        })
        .collect()
}
