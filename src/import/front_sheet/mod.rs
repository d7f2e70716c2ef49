//! Reading an agenda front sheet into a meeting ready to record: the body, when and where, the
//! notices, the contact officer, the membership and every item. Lenient about layout, and it
//! never guesses silently: every line is accounted for (used, set aside as page furniture, or
//! not placed), and what conflicts (two dates, two times) is said, with its line numbers.
//!
//! The reader (`reader`) goes down the sheet a line at a time, a method for each part of it,
//! noting what it finds with where it found it (`found`); `decide` then chooses among what was
//! found and builds the meeting.

mod decide;
mod found;
mod items;
mod reader;

use chrono::NaiveDate;

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

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("this does not look like an agenda front sheet: {0}")]
    NotAnAgenda(String),
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

/// The lines, each that could be an item's title marked as if bulleted: a line that says
/// anything and is no long sentence.
fn unnumbered(lines: &[super::clean::Line]) -> Vec<super::clean::Line> {
    lines
        .iter()
        .map(|line| {
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
